#include "nlp/model.h"

#include <zstd.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "base/paths.h"
#include "nlp/lexicon_repair.h"

namespace dyad::nlp {

void Model::Analyze(const std::vector<std::string_view>& words, bool parse, Analysis& out) const {
  const size_t n = words.size();
  std::vector<WordAttributes> attrs(n);
  for (size_t i = 0; i < n; ++i) ComputeAttributes(words[i], attrs[i]);
  tagger_.Tag(attrs, out.tags);
  RepairTags(tagger_, words, out.tags);
  MarkPresentAfterPluralSubject(tagger_, lemmatizer_, words, out.tags);
  out.lemmas.resize(n);
  for (size_t i = 0; i < n; ++i) out.lemmas[i] = lemmatizer_.Lemma(words[i], out.tags[i]);
  Lemmatizer::RepairInContext(words, out.lemmas);
  out.heads.assign(n, -1);
  out.labels.assign(n, -1);
  if (!parse || n == 0) return;
  std::vector<uint32_t> keys(n + 1, 0);
  std::vector<int> tags(n + 1, -1);
  for (size_t i = 0; i < n; ++i) keys[i + 1] = attrs[i].lower, tags[i + 1] = out.tags[i];
  std::vector<int> heads, labels;
  parser_.Parse(keys, tags, heads, labels);
  for (size_t i = 0; i < n; ++i) {
    out.heads[i] = heads[i + 1] - 1;
    out.labels[i] = labels[i + 1];
  }
}

namespace {

void WriteAnalysis(ByteWriter& w, const Analysis& a) {
  for (size_t i = 0; i < a.tags.size(); ++i) {
    w.Var(static_cast<uint64_t>(a.tags[i]));
    w.Str(a.lemmas[i]);
    w.SignedVar(a.heads[i]);
    w.SignedVar(a.labels[i]);
  }
}

}  // namespace

Status Model::Save(const std::string& path,
                   const std::vector<std::vector<std::string>>& self_test_sentences) {
  self_tests_.clear();
  for (const auto& words : self_test_sentences) {
    SelfTest t;
    t.words = words;
    std::vector<std::string_view> views(words.begin(), words.end());
    Analyze(views, true, t.expected);
    self_tests_.push_back(std::move(t));
  }
  ByteWriter body;
  body.Str(description_);
  tagger_.Write(body);
  lemmatizer_.Write(body);
  parser_.Write(body);
  body.Var(self_tests_.size());
  for (const SelfTest& t : self_tests_) {
    body.Var(t.words.size());
    for (const std::string& w : t.words) body.Str(w);
    WriteAnalysis(body, t.expected);
  }
  const std::string& raw = body.bytes();
  std::string packed(ZSTD_compressBound(raw.size()), '\0');
  // A checksummed frame, so a flipped byte fails the load instead of changing a weight.
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 19);
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
  size_t size = ZSTD_compress2(cctx, packed.data(), packed.size(), raw.data(), raw.size());
  ZSTD_freeCCtx(cctx);
  if (ZSTD_isError(size)) return Status::Internal(path + ": zstd: " + ZSTD_getErrorName(size));
  packed.resize(size);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::Io(path + ": cannot open for writing");
  out.write(kModelMagic, sizeof kModelMagic);
  const uint32_t version = kModelFormatVersion;
  char v[4] = {static_cast<char>(version & 0xff), static_cast<char>((version >> 8) & 0xff),
               static_cast<char>((version >> 16) & 0xff), static_cast<char>(version >> 24)};
  out.write(v, 4);
  out.write(packed.data(), static_cast<std::streamsize>(packed.size()));
  if (!out) return Status::Io(path + ": write failed");
  return Status::Ok();
}

Status Model::CheckSelfTests(const std::string& origin) const {
  Analysis got;
  for (size_t i = 0; i < self_tests_.size(); ++i) {
    const SelfTest& t = self_tests_[i];
    std::vector<std::string_view> views(t.words.begin(), t.words.end());
    Analyze(views, true, got);
    const Analysis& want = t.expected;
    if (got.tags != want.tags || got.lemmas != want.lemmas || got.heads != want.heads ||
        got.labels != want.labels)
      return Status::Invalid(origin + ": self-test sentence " + std::to_string(i + 1) +
                             " does not analyse as it did when the model was trained (corrupt "
                             "file or incompatible build)");
  }
  return Status::Ok();
}

Result<std::unique_ptr<Model>> Model::FromBytes(std::string_view bytes, const std::string& origin) {
  if (bytes.size() < 12 || std::memcmp(bytes.data(), kModelMagic, 8) != 0)
    return Status::Invalid(origin + ": not a dyad NLP model (bad magic number)");
  uint32_t version = 0;
  for (int i = 0; i < 4; ++i) version |= static_cast<uint32_t>(static_cast<uint8_t>(bytes[8 + i])) << (8 * i);
  if (version != kModelFormatVersion)
    return Status::Invalid(origin + ": model format version " + std::to_string(version) +
                           ", this build reads version " + std::to_string(kModelFormatVersion));
  std::string_view packed = bytes.substr(12);
  unsigned long long raw_size = ZSTD_getFrameContentSize(packed.data(), packed.size());
  if (raw_size == ZSTD_CONTENTSIZE_ERROR || raw_size == ZSTD_CONTENTSIZE_UNKNOWN ||
      raw_size > (1ull << 31))
    return Status::Invalid(origin + ": byte 12: expected a zstd frame with its size");
  std::string raw(raw_size, '\0');
  size_t got = ZSTD_decompress(raw.data(), raw.size(), packed.data(), packed.size());
  if (ZSTD_isError(got) || got != raw_size)
    return Status::Invalid(origin + ": corrupt zstd frame: " +
                           std::string(ZSTD_isError(got) ? ZSTD_getErrorName(got) : "short"));
  auto model = std::make_unique<Model>();
  ByteReader in(raw, origin + " (decompressed)");
  model->description_ = in.Str();
  DYAD_RETURN_IF_ERROR(in.status());
  DYAD_RETURN_IF_ERROR(model->tagger_.Read(in));
  DYAD_RETURN_IF_ERROR(model->lemmatizer_.Read(in));
  DYAD_RETURN_IF_ERROR(model->parser_.Read(in));
  size_t tests = in.Count(1000, "at most 1000 self-test sentences");
  for (size_t t = 0; t < tests && in.ok(); ++t) {
    SelfTest st;
    size_t n = in.Count(1000, "a self-test sentence of at most 1000 words");
    for (size_t i = 0; i < n && in.ok(); ++i) st.words.push_back(in.Str());
    Analysis& a = st.expected;
    for (size_t i = 0; i < n && in.ok(); ++i) {
      a.tags.push_back(static_cast<int>(in.Var()));
      a.lemmas.push_back(in.Str());
      a.heads.push_back(static_cast<int>(in.SignedVar()));
      a.labels.push_back(static_cast<int>(in.SignedVar()));
    }
    model->self_tests_.push_back(std::move(st));
  }
  DYAD_RETURN_IF_ERROR(in.status());
  if (!in.at_end()) return Status::Invalid(origin + ": trailing bytes after the last section");
  DYAD_RETURN_IF_ERROR(model->CheckSelfTests(origin));
  return model;
}

Result<std::unique_ptr<const Model>> LoadModel(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Status::NotFound(path + ": cannot open NLP model (train one with `dyad nlp train`)");
  std::ostringstream buf;
  buf << in.rdbuf();
  auto model = Model::FromBytes(buf.str(), path);
  if (!model.ok()) return model.status();
  return std::unique_ptr<const Model>(std::move(model.value()));
}

std::string DefaultModelPath() { return DataPath("nlp/en_ewt.dyadnlp"); }

}  // namespace dyad::nlp
