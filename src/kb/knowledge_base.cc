// Loading and the simple queries of KnowledgeBase; FindActors is in actor_matcher.cc.
#include "kb/knowledge_base.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <tuple>

#include "base/paths.h"
#include "kb/binary_format.h"
#include "kb/kb_compiler.h"
#include "kb/phrase_index.h"
#include "kb/phrase_text.h"

#ifndef DYAD_KB_BUILD_DIR
#define DYAD_KB_BUILD_DIR ""
#endif

namespace dyad::kb {

const RoleSpan* ResolveRole(const ActorEntry& e, int32_t day, std::string& code);

KnowledgeBase::KnowledgeBase() = default;
KnowledgeBase::~KnowledgeBase() = default;

namespace {

Status RunSelfTests(const KnowledgeBase& kb) {
  for (const SelfTest& t : kb.data().self_tests) {
    Document doc = MakeSentenceDocument(t.sentence);
    auto date = ParseIsoDate(t.date);
    std::vector<std::string> got;
    for (const ActorMention& m : kb.FindActors(doc, 0, date ? *date : Date{})) got.push_back(m.code);
    if (got != t.codes) {
      std::string g, want;
      for (const auto& c : got) g += (g.empty() ? "" : " ") + c;
      for (const auto& c : t.codes) want += (want.empty() ? "" : " ") + c;
      return Status::Internal("knowledge-base self-test " + t.file + ":" + std::to_string(t.line) +
                              " failed: expected actors '" + want + "', got '" + g + "'");
    }
  }
  return Status::Ok();
}

// Newest modification time of the sources under data_dir, in seconds.
int64_t NewestSource(const std::string& data_dir) {
  namespace fs = std::filesystem;
  int64_t newest = 0;
  std::error_code ec;
  for (const char* sub : {"kb", "cameo"}) {
    for (auto it = fs::recursive_directory_iterator(fs::path(data_dir) / sub, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      struct stat st;
      if (stat(it->path().c_str(), &st) != 0) continue;
      int64_t secs = static_cast<int64_t>(st.st_mtime);
      newest = std::max<int64_t>(newest, secs);
    }
  }
  return newest;
}

}  // namespace

Result<std::unique_ptr<const KnowledgeBase>> KnowledgeBase::FromData(std::unique_ptr<KbData> data) {
  std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase());
  kb->index_ = std::make_unique<PhraseIndex>(*data);
  kb->data_ = std::move(data);
  DYAD_RETURN_IF_ERROR(RunSelfTests(*kb));
  return std::unique_ptr<const KnowledgeBase>(std::move(kb));
}

Result<std::unique_ptr<const KnowledgeBase>> KnowledgeBase::Load(const std::string& path) {
  auto data = ReadKbFile(path);
  if (!data.ok()) return data.status();
  return FromData(std::move(data).value());
}

Result<std::unique_ptr<const KnowledgeBase>> KnowledgeBase::LoadDefault() {
  if (const char* env = std::getenv("DYAD_KB"); env && *env) return Load(env);
  namespace fs = std::filesystem;
  const std::string data_dir = DataDir();
  std::error_code ec;
  const std::string compiled = std::string(DYAD_KB_BUILD_DIR) + "/default.dkb";
  if (!std::string(DYAD_KB_BUILD_DIR).empty() && fs::exists(compiled, ec)) {
    auto data = ReadKbFile(compiled);
    if (data.ok() && fs::equivalent(data.value()->source_dir, data_dir, ec) &&
        data.value()->source_mtime >= NewestSource(data_dir))
      return FromData(std::move(data).value());
  }
  SourceReport report;
  auto data = CompileSources(DefaultCompileOptions(data_dir), report);
  if (!data.ok()) return data.status();
  if (!report.errors.empty())
    return Status::Invalid(report.errors.front().Text() + " (and " +
                           std::to_string(report.errors.size() - 1) +
                           " more; run `dyad kb lint`)");
  return FromData(std::move(data).value());
}

std::span<const VerbPattern> KnowledgeBase::VerbPatterns(std::string_view head_lemma) const {
  auto it = index_->verbs.find(head_lemma);
  if (it == index_->verbs.end()) return {};
  return std::span<const VerbPattern>(data_->verbs).subspan(it->second.first,
                                                            it->second.second - it->second.first);
}

const CameoCode* KnowledgeBase::Cameo(std::string_view code) const {
  auto it = index_->cameo.find(code);
  return it == index_->cameo.end() ? nullptr : &data_->cameo[it->second];
}

std::optional<Place> KnowledgeBase::FindPlace(std::string_view name,
                                              std::string_view country_hint) const {
  std::string key = NormalizePhrase(name);
  if (key.rfind("the ", 0) == 0) key = key.substr(4);
  const auto& keys = data_->place_keys;
  auto lo = std::lower_bound(keys.begin(), keys.end(), key);
  const Place* best = nullptr;
  auto rank = [&](const Place& p) {
    // The hinted country first, then sites and countries (curated), then population.
    return std::make_tuple(!country_hint.empty() && p.country == country_hint,
                           p.precision == "country" || p.precision == "site", p.population);
  };
  for (auto it = lo; it != keys.end() && *it == key; ++it) {
    const Place& p = data_->places[it - keys.begin()];
    if (p.precision == "water") return std::nullopt;  // sites.txt: open water is no place
    if (!best || rank(p) > rank(*best)) best = &p;
  }
  if (!best) return std::nullopt;
  Place out = *best;
  if (out.precision == "site") out.precision = "city";  // a site resolves to its city
  return out;
}

std::optional<std::string> KnowledgeBase::FindDiscard(const Document& doc, uint32_t sentence) const {
  if (sentence >= doc.sentences.size()) return std::nullopt;
  auto keys = index_->discards.Keys(doc, doc.sentences[sentence]);
  for (uint32_t i = 0; i < keys.size(); ++i) {
    auto m = index_->discards.LongestAt(keys, i);
    if (m.end > m.begin) {
      const PhraseEntry& e = data_->discards[m.values.front()];
      return e.file + ":" + std::to_string(e.line);
    }
  }
  return std::nullopt;
}

std::vector<std::string> KnowledgeBase::FindIssues(const Document& doc, uint32_t sentence) const {
  std::vector<std::string> out;
  if (sentence >= doc.sentences.size()) return out;
  auto keys = index_->issues.Keys(doc, doc.sentences[sentence]);
  for (uint32_t i = 0; i < keys.size();) {
    auto m = index_->issues.LongestAt(keys, i);
    if (m.end == m.begin) {
      ++i;
      continue;
    }
    for (uint32_t v : m.values)
      if (std::find(out.begin(), out.end(), data_->issues[v].code) == out.end())
        out.push_back(data_->issues[v].code);
    i = m.end;
  }
  return out;
}

}  // namespace dyad::kb
