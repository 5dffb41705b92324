// Countries are generated rather than typed: Debian's iso-codes gives every ISO 3166 country's
// names and alpha-3 code; npm's world-countries adds alternative spellings, demonyms, capitals
// and coordinates; data/kb/countries.txt adds what neither has (metonyms such as the Kremlin,
// informal names, plural demonyms). Each becomes an ActorEntry: country names code as the
// alpha-3 code, adjectives too (they combine with agents), capitals and metonyms as <ISO>GOV.
#include <cctype>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "kb/kb_compiler.h"

namespace dyad::kb {
namespace {

// Demonyms in -an and -i name people in the plural too: "Albanians", "Kenyans", "Iraqis".
std::set<std::string> WithPlurals(const std::set<std::string>& adjectives) {
  std::set<std::string> out = adjectives;
  for (const std::string& a : adjectives) {
    bool an = a.size() > 3 && a.compare(a.size() - 2, 2, "an") == 0;
    bool i = a.size() > 3 && a.back() == 'i';
    if ((an || i) && std::isupper(static_cast<unsigned char>(a[0])) && a.find(' ') == std::string::npos)
      out.insert(a + "s");
  }
  return out;
}

bool UsablePhrase(const std::string& s) {
  // Names written in another script, bare ISO codes and "Korea, Republic of" forms are skipped.
  if (s.size() < 3 || s.find(',') != std::string::npos) return false;
  for (unsigned char c : s)
    if (c >= 0xE0) return false;  // CJK, Arabic script etc. lead bytes above U+07FF
  return true;
}

struct CountryFacts {
  std::set<std::string> names, adjectives, metonyms;
  std::string display;
  std::string file;
  int line = 0;
};

}  // namespace

void AddCountries(const CompileOptions& options, KbData& data, SourceReport& report) {
  std::map<std::string, CountryFacts> countries;  // by alpha-3
  std::map<std::string, std::string> alpha2_to_3;
  if (!options.iso_codes_json.empty()) {
    auto text = ReadWholeFile(options.iso_codes_json);
    if (!text.ok()) {
      report.errors.push_back({options.iso_codes_json, 0, text.status().message()});
    } else {
      auto json = nlohmann::json::parse(text.value(), nullptr, false);
      if (json.is_discarded() || !json.contains("3166-1")) {
        report.errors.push_back({options.iso_codes_json, 0, "expected iso-codes' 3166-1 JSON"});
      } else {
        for (const auto& c : json["3166-1"]) {
          std::string a3 = c.value("alpha_3", ""), a2 = c.value("alpha_2", "");
          if (a3.size() != 3) continue;
          alpha2_to_3[a2] = a3;
          auto& facts = countries[a3];
          facts.file = "iso-codes/iso_3166-1.json";
          for (const char* key : {"name", "common_name", "official_name"}) {
            std::string n = c.value(key, "");
            if (UsablePhrase(n)) facts.names.insert(n);
          }
          facts.display = c.value("common_name", c.value("name", a3));
        }
      }
    }
  }
  if (!options.world_countries_json.empty()) {
    auto text = ReadWholeFile(options.world_countries_json);
    auto json = text.ok() ? nlohmann::json::parse(text.value(), nullptr, false) : nlohmann::json();
    if (!text.ok() || json.is_discarded() || !json.is_array()) {
      report.warnings.push_back({options.world_countries_json, 0,
                                 "world-countries not readable; countries come from iso-codes only"});
    } else {
      for (const auto& c : json) {
        std::string a3 = c.value("cca3", "");
        auto it = countries.find(a3);
        if (it == countries.end()) continue;  // only ISO 3166 countries
        auto& facts = it->second;
        if (c.contains("name")) {
          for (const char* key : {"common", "official"}) {
            std::string n = c["name"].value(key, "");
            if (UsablePhrase(n)) facts.names.insert(n);
          }
          facts.display = c["name"].value("common", facts.display);
        }
        if (c.contains("altSpellings"))
          for (const auto& s : c["altSpellings"])
            if (s.is_string() && UsablePhrase(s.get<std::string>()))
              facts.names.insert(s.get<std::string>());
        if (c.contains("demonyms") && c["demonyms"].contains("eng"))
          for (const char* key : {"f", "m"}) {
            std::string d = c["demonyms"]["eng"].value(key, "");
            if (UsablePhrase(d)) facts.adjectives.insert(d);
          }
        if (c.contains("capital"))
          for (const auto& s : c["capital"])
            if (s.is_string() && UsablePhrase(s.get<std::string>()))
              facts.metonyms.insert(s.get<std::string>());
        if (c.contains("latlng") && c["latlng"].size() == 2) {
          Place p{facts.display, a3, c["latlng"][0].get<double>(), c["latlng"][1].get<double>(),
                  "country", 0};
          data.places.push_back(std::move(p));
        }
      }
    }
  }
  // Our additions: ISO3 | names | adjectives | metonyms
  std::string rel = "kb/countries.txt";
  auto text = ReadWholeFile(options.data_dir + "/" + rel);
  if (!text.ok()) {
    report.errors.push_back({rel, 0, text.status().message()});
  } else {
    ++report.files;
    ForEachEntryLine(text.value(), [&](int n, std::string_view line) {
      ++report.lines;
      auto f = SplitFields(line);
      if (f.size() != 4 || f[0].size() != 3 || !IsActorCode(f[0])) {
        report.errors.push_back({rel, n, "expected 'ISO3 | names | adjectives | metonyms'"});
        return;
      }
      auto& facts = countries[f[0]];
      if (facts.file.empty() || facts.file[0] == 'i') {
        facts.file = rel;
        facts.line = n;
      }
      for (const std::string& s : SplitItems(f[1])) {
        if (s[0] == '-') {  // "-Island": a generated spelling that is an English word
          facts.names.erase(s.substr(1));
          continue;
        }
        for (auto& v : ExpandVariants(s)) facts.names.insert(v);
      }
      for (const std::string& s : SplitItems(f[2]))
        for (auto& v : ExpandVariants(s)) facts.adjectives.insert(v);
      for (const std::string& s : SplitItems(f[3])) {
        if (s[0] == '-') facts.metonyms.erase(s.substr(1));  // "-Victoria": not a metonym
        else facts.metonyms.insert(s);
      }
      if (facts.display.empty()) facts.display = facts.names.empty() ? f[0] : *facts.names.begin();
    });
  }
  for (auto& [a3, facts] : countries) {
    auto add = [&, a3 = a3](ActorKind kind, const std::set<std::string>& phrases,
                            const std::string& code) {
      if (phrases.empty()) return;
      ActorEntry e;
      e.name = kind == kCountry ? facts.display : *phrases.begin();
      e.kind = kind;
      e.base_code = code;
      e.phrases.assign(phrases.begin(), phrases.end());
      e.file = facts.file;
      e.line = facts.line;
      data.actors.push_back(std::move(e));
    };
    add(kCountry, facts.names, a3);
    add(kAdjective, WithPlurals(facts.adjectives), a3);
    // A capital that is also the country's name ("Singapore") names the country.
    for (const std::string& m : facts.metonyms)
      if (!facts.names.count(m)) add(kMetonym, {m}, a3 + "GOV");
  }
}

}  // namespace dyad::kb
