// Serialisation of KbData. Every field is written in declaration order; strings and vectors
// carry their length as a varint, numbers are fixed-width little-endian. The reader checks each
// length against the bytes left, so a truncated or corrupt file is an error, never a crash.
#include "kb/binary_format.h"

#include <cstring>
#include <fstream>

#include "kb/kb_compiler.h"

namespace dyad::kb {
namespace {

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

class Writer {
 public:
  std::string out;
  void Var(uint64_t v) {
    while (v >= 0x80) {
      out += static_cast<char>((v & 0x7F) | 0x80);
      v >>= 7;
    }
    out += static_cast<char>(v);
  }
  void Fixed(uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
  }
  void I32(int32_t v) { Fixed(static_cast<uint32_t>(v), 4); }
  void F64(double d) {
    uint64_t v;
    std::memcpy(&v, &d, 8);
    Fixed(v, 8);
  }
  void Str(const std::string& s) {
    Var(s.size());
    out += s;
  }
  void Strs(const std::vector<std::string>& v) {
    Var(v.size());
    for (const auto& s : v) Str(s);
  }
};

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  bool ok = true;
  uint64_t Var() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= b_.size()) return Fail();
      unsigned char c = b_[pos_++];
      v |= static_cast<uint64_t>(c & 0x7F) << shift;
      if (!(c & 0x80)) return v;
    }
    return Fail();
  }
  uint64_t Fixed(int bytes) {
    if (b_.size() - pos_ < static_cast<size_t>(bytes)) return Fail();
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(b_[pos_ + i])) << (8 * i);
    pos_ += bytes;
    return v;
  }
  int32_t I32() { return static_cast<int32_t>(static_cast<uint32_t>(Fixed(4))); }
  double F64() {
    uint64_t v = Fixed(8);
    double d;
    std::memcpy(&d, &v, 8);
    return d;
  }
  std::string Str() {
    uint64_t n = Var();
    if (!ok || n > b_.size() - pos_) return Fail(), std::string();
    std::string s(b_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::vector<std::string> Strs() {
    std::vector<std::string> v(Count());
    for (auto& s : v) s = Str();
    return v;
  }
  // A vector length, bounded by the bytes left (each element takes at least one byte).
  size_t Count(size_t min_each = 1) {
    uint64_t n = Var();
    if (!ok || n > (b_.size() - pos_) / min_each) return Fail(), 0;
    return n;
  }
  bool AtEnd() const { return pos_ == b_.size(); }

 private:
  uint64_t Fail() {
    ok = false;
    pos_ = b_.size();
    return 0;
  }
  std::string_view b_;
  size_t pos_ = 0;
};


}  // namespace

std::string SerializeKb(const KbData& d) {
  Writer w;
  w.Str(d.source_dir);
  w.Fixed(static_cast<uint64_t>(d.source_mtime), 8);
  w.Var(d.actors.size());
  for (const ActorEntry& e : d.actors) {
    w.Str(e.name);
    w.Strs(e.phrases);
    w.Str(e.base_code);
    w.Var(e.roles.size());
    for (const RoleSpan& r : e.roles) {
      w.Str(r.code);
      w.I32(r.from);
      w.I32(r.to);
      w.Str(r.title);
    }
    w.Var(e.kind);
    w.Str(e.file);
    w.Var(e.line);
  }
  w.Var(d.agents.size());
  for (const AgentEntry& a : d.agents) {
    w.Strs(a.phrases);
    w.Str(a.code);
    w.Str(a.file);
    w.Var(a.line);
  }
  w.Var(d.verbs.size());
  for (const VerbPattern& p : d.verbs) {
    w.Str(p.head);
    w.Var(p.nominal);
    w.Str(p.cameo);
    w.Var(p.elements.size());
    for (const PatternElement& e : p.elements) {
      w.Var(e.kind);
      w.Str(e.lemma);
    }
    w.Str(p.entry);
  }
  w.Var(d.cameo.size());
  for (const CameoCode& c : d.cameo) {
    w.Str(c.code);
    w.Str(c.root);
    w.Str(c.label);
    w.Str(c.plover);
    w.Var(c.quad_class);
    w.F64(c.goldstein);
  }
  w.Var(d.places.size());
  for (size_t i = 0; i < d.places.size(); ++i) {
    const Place& p = d.places[i];
    w.Str(d.place_keys[i]);
    w.Str(p.name);
    w.Str(p.country);
    w.F64(p.lat);
    w.F64(p.lon);
    w.Str(p.precision);
    w.Var(static_cast<uint64_t>(p.population));
  }
  for (const auto* list : {&d.discards, &d.issues}) {
    w.Var(list->size());
    for (const PhraseEntry& e : *list) {
      w.Str(e.phrase);
      w.Str(e.code);
      w.Str(e.file);
      w.Var(e.line);
    }
  }
  w.Strs(d.locative_words);
  w.Var(d.self_tests.size());
  for (const SelfTest& t : d.self_tests) {
    w.Str(t.sentence);
    w.Str(t.date);
    w.Strs(t.codes);
    w.Str(t.file);
    w.Var(t.line);
  }
  Writer header;
  header.out.append(kKbMagic, 8);
  header.Fixed(kKbFormatVersion, 4);
  header.Fixed(w.out.size(), 8);
  header.Fixed(Fnv1a(w.out), 8);
  return header.out + w.out;
}

Result<std::unique_ptr<KbData>> DeserializeKb(std::string_view bytes, const std::string& path) {
  if (bytes.size() < 28 || std::memcmp(bytes.data(), kKbMagic, 8) != 0)
    return Status::Invalid(path + ": not a dyad knowledge base (bad magic number)");
  Reader h(bytes.substr(8, 20));
  uint32_t version = static_cast<uint32_t>(h.Fixed(4));
  uint64_t size = h.Fixed(8), sum = h.Fixed(8);
  if (version != kKbFormatVersion)
    return Status::Invalid(path + ": knowledge-base format version " + std::to_string(version) +
                           ", expected " + std::to_string(kKbFormatVersion) + "; run `dyad kb build`");
  std::string_view payload = bytes.substr(28);
  if (payload.size() != size) return Status::Invalid(path + ": truncated knowledge base");
  if (Fnv1a(payload) != sum) return Status::Invalid(path + ": knowledge-base checksum mismatch");
  Reader r(payload);
  auto d = std::make_unique<KbData>();
  d->source_dir = r.Str();
  d->source_mtime = static_cast<int64_t>(r.Fixed(8));
  d->actors.resize(r.Count(8));
  for (ActorEntry& e : d->actors) {
    e.name = r.Str();
    e.phrases = r.Strs();
    e.base_code = r.Str();
    e.roles.resize(r.Count(10));
    for (RoleSpan& s : e.roles) {
      s.code = r.Str();
      s.from = r.I32();
      s.to = r.I32();
      s.title = r.Str();
    }
    uint64_t kind = r.Var();
    if (kind > kNews) return Status::Invalid(path + ": bad actor kind");
    e.kind = static_cast<ActorKind>(kind);
    e.file = r.Str();
    e.line = static_cast<int>(r.Var());
  }
  d->agents.resize(r.Count(4));
  for (AgentEntry& a : d->agents) {
    a.phrases = r.Strs();
    a.code = r.Str();
    a.file = r.Str();
    a.line = static_cast<int>(r.Var());
  }
  d->verbs.resize(r.Count(5));
  for (VerbPattern& p : d->verbs) {
    p.head = r.Str();
    p.nominal = r.Var() != 0;
    p.cameo = r.Str();
    p.elements.resize(r.Count(2));
    for (PatternElement& e : p.elements) {
      uint64_t kind = r.Var();
      if (kind > PatternElement::kVerb) return Status::Invalid(path + ": bad pattern element");
      e.kind = static_cast<PatternElement::Kind>(kind);
      e.lemma = r.Str();
    }
    p.entry = r.Str();
  }
  d->cameo.resize(r.Count(13));
  for (CameoCode& c : d->cameo) {
    c.code = r.Str();
    c.root = r.Str();
    c.label = r.Str();
    c.plover = r.Str();
    c.quad_class = static_cast<int>(r.Var());
    c.goldstein = r.F64();
  }
  size_t places = r.Count(22);
  d->places.resize(places);
  d->place_keys.resize(places);
  for (size_t i = 0; i < places; ++i) {
    Place& p = d->places[i];
    d->place_keys[i] = r.Str();
    p.name = r.Str();
    p.country = r.Str();
    p.lat = r.F64();
    p.lon = r.F64();
    p.precision = r.Str();
    p.population = static_cast<long>(r.Var());
  }
  for (auto* list : {&d->discards, &d->issues}) {
    list->resize(r.Count(4));
    for (PhraseEntry& e : *list) {
      e.phrase = r.Str();
      e.code = r.Str();
      e.file = r.Str();
      e.line = static_cast<int>(r.Var());
    }
  }
  d->locative_words = r.Strs();
  d->self_tests.resize(r.Count(5));
  for (SelfTest& t : d->self_tests) {
    t.sentence = r.Str();
    t.date = r.Str();
    t.codes = r.Strs();
    t.file = r.Str();
    t.line = static_cast<int>(r.Var());
  }
  if (!r.ok || !r.AtEnd()) return Status::Invalid(path + ": corrupt knowledge base payload");
  return d;
}

Status WriteKbFile(const KbData& data, const std::string& path) {
  std::string bytes = SerializeKb(data);
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::Io(tmp + ": cannot open for writing");
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return Status::Io(tmp + ": write failed");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return Status::Io(path + ": cannot rename into place");
  return Status::Ok();
}

Result<std::unique_ptr<KbData>> ReadKbFile(const std::string& path) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return DeserializeKb(bytes.value(), path);
}

}  // namespace dyad::kb
