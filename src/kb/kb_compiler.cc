// The compiler walks data/kb in a fixed order (so entry ids and the binary are reproducible),
// hands each file to its reader, adds the generated countries and places, then sorts verb
// patterns by head and specificity and places by name so the loader needs no sorting.
#include "kb/kb_compiler.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>

#include "kb/phrase_text.h"

#ifndef DYAD_KB_BUILD_DIR
#define DYAD_KB_BUILD_DIR ""
#endif

namespace dyad::kb {
namespace fs = std::filesystem;

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Io(path + ": cannot open for reading");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

CompileOptions DefaultCompileOptions(const std::string& data_dir) {
  CompileOptions o;
  o.data_dir = data_dir;
  std::error_code ec;
  if (fs::exists("/usr/share/iso-codes/json/iso_3166-1.json", ec))
    o.iso_codes_json = "/usr/share/iso-codes/json/iso_3166-1.json";
  for (const fs::path& modules :
       {fs::path(data_dir) / ".." / "node_modules", fs::path(DYAD_KB_BUILD_DIR) / ".." / ".." / "node_modules"}) {
    if (fs::exists(modules / "world-countries" / "countries.json", ec)) {
      o.world_countries_json = (modules / "world-countries" / "countries.json").string();
      break;
    }
  }
  if (const char* g = std::getenv("DYAD_GAZETTEER"); g && *g) {
    o.gazetteer_tsv = g;
  } else if (fs::exists(fs::path(DYAD_KB_BUILD_DIR) / "gazetteer.tsv", ec)) {
    o.gazetteer_tsv = (fs::path(DYAD_KB_BUILD_DIR) / "gazetteer.tsv").string();
  }
  return o;
}

namespace {

std::vector<std::string> TextFilesUnder(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".txt") out.push_back(e.path().filename());
  std::sort(out.begin(), out.end());
  return out;
}

int64_t MTime(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 ? static_cast<int64_t>(st.st_mtime) : 0;
}

}  // namespace

Result<std::unique_ptr<KbData>> CompileSources(const CompileOptions& options,
                                               SourceReport& report) {
  auto data = std::make_unique<KbData>();
  data->source_dir = options.data_dir;
  const fs::path kb = fs::path(options.data_dir) / "kb";
  std::error_code ec;
  if (!fs::is_directory(kb, ec))
    return Status::NotFound(kb.string() + ": no knowledge-base sources (expected data/kb)");
  int64_t newest = 0;
  // Reads data_dir/rel if present, else records it as missing when required.
  auto with_file = [&](const std::string& rel, bool required, auto fn) {
    std::string path = options.data_dir + "/" + rel;
    auto text = ReadWholeFile(path);
    if (!text.ok()) {
      if (required) report.errors.push_back({rel, 0, "missing required file"});
      return;
    }
    newest = std::max(newest, MTime(path));
    fn(text.value(), rel);
  };
  with_file("cameo/cameo_codes.tsv", true,
            [&](std::string_view t, const std::string& rel) { ReadCameoTable(t, rel, *data, report); });
  for (const char* folder : {"persons", "actors"}) {
    ActorKind kind = std::string(folder) == "persons" ? kPerson : kGroup;
    for (const std::string& f : TextFilesUnder(kb / folder))
      with_file(std::string("kb/") + folder + "/" + f, true,
                [&](std::string_view t, const std::string& rel) {
                  ReadActorFile(t, rel, kind, *data, report);
                });
  }
  for (const std::string& f : TextFilesUnder(kb / "agents"))
    with_file("kb/agents/" + f, true, [&](std::string_view t, const std::string& rel) {
      ReadAgentFile(t, rel, *data, report);
    });
  Synsets synsets;
  with_file("kb/synonyms.txt", false, [&](std::string_view t, const std::string& rel) {
    ReadSynonymFile(t, rel, synsets, report);
  });
  for (const std::string& f : TextFilesUnder(kb / "synonyms"))
    with_file("kb/synonyms/" + f, true, [&](std::string_view t, const std::string& rel) {
      ReadSynonymFile(t, rel, synsets, report);
    });
  for (const std::string& f : TextFilesUnder(kb / "verbs"))
    with_file("kb/verbs/" + f, true, [&](std::string_view t, const std::string& rel) {
      ReadVerbFile(t, rel, synsets, *data, report);
    });
  for (const char* kind : {"discards", "issues"}) {
    auto& list = std::string(kind) == "discards" ? data->discards : data->issues;
    auto read = [&](std::string_view t, const std::string& rel) { ReadPhraseFile(t, rel, list, report); };
    with_file(std::string("kb/") + kind + ".txt", false, read);
    for (const std::string& f : TextFilesUnder(kb / kind))
      with_file(std::string("kb/") + kind + "/" + f, true, read);
  }
  with_file("kb/locatives.txt", false, [&](std::string_view t, const std::string& rel) {
    ReadWordList(t, rel, data->locative_words, report);
  });
  with_file("kb/selftest.txt", false, [&](std::string_view t, const std::string& rel) {
    ReadSelfTestFile(t, rel, *data, report);
  });
  newest = std::max({newest, MTime(options.data_dir + "/kb/countries.txt"),
                     MTime(options.data_dir + "/kb/sites.txt")});
  AddCountries(options, *data, report);
  AddPlaces(options, *data, report);
  data->source_mtime = newest;

  std::sort(data->cameo.begin(), data->cameo.end(),
            [](const CameoCode& a, const CameoCode& b) { return a.code < b.code; });
  std::stable_sort(data->verbs.begin(), data->verbs.end(),
                   [](const VerbPattern& a, const VerbPattern& b) {
                     if (a.head != b.head) return a.head < b.head;
                     // The more words a pattern tests, the more specific it is; "$ and + *"
                     // tests one word, like "$ * agreement", and is not more specific.
                     auto words = [](const VerbPattern& p) {
                       return std::count_if(p.elements.begin(), p.elements.end(),
                                            [](const PatternElement& e) { return e.kind == PatternElement::kWord; });
                     };
                     if (words(a) != words(b)) return words(a) > words(b);
                     auto after = [](const VerbPattern& p) {  // words after the verb
                       auto v = std::find_if(p.elements.begin(), p.elements.end(),
                                             [](const PatternElement& e) { return e.kind == PatternElement::kVerb; });
                       return std::count_if(v, p.elements.end(), [](const PatternElement& e) { return e.kind == PatternElement::kWord; });
                     };
                     if (after(a) != after(b)) return after(a) > after(b);
                     return a.elements.size() > b.elements.size();
                   });
  data->place_keys.resize(data->places.size());
  for (size_t i = 0; i < data->places.size(); ++i)
    if (data->place_keys[i].empty()) data->place_keys[i] = NormalizePhrase(data->places[i].name);
  std::vector<size_t> order(data->places.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return data->place_keys[a] < data->place_keys[b]; });
  std::vector<Place> places;
  std::vector<std::string> keys;
  places.reserve(order.size());
  keys.reserve(order.size());
  for (size_t i : order) {
    places.push_back(std::move(data->places[i]));
    keys.push_back(std::move(data->place_keys[i]));
  }
  data->places = std::move(places);
  data->place_keys = std::move(keys);
  return data;
}

}  // namespace dyad::kb
