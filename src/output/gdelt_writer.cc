#include "output/gdelt_writer.h"

#include <cstdio>
#include <fstream>
#include <unordered_map>

#include "base/hash.h"
#include "base/paths.h"
#include "base/strings.h"
#include "output/event_writer.h"

namespace dyad::output {
namespace {

const std::unordered_map<std::string, std::string>& FipsTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, std::string>;
    std::ifstream in(DataPath("geo/iso3_fips.tsv"));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto parts = Split(line, '\t');
      if (parts.size() == 2) (*t)[std::string(parts[0])] = std::string(parts[1]);
    }
    return t;
  }();
  return *table;
}

// Role codes after the country: "USAGOVMIL" with country USA -> GOV, MIL.
void Types(const std::string& code, const std::string& country, std::string types[3]) {
  size_t pos = code.compare(0, country.size(), country) == 0 ? country.size() : 0;
  for (int i = 0; i < 3 && pos + 3 <= code.size(); ++i, pos += 3) types[i] = code.substr(pos, 3);
}

int GeoType(const Location& l) {
  if (l.precision == "country") return 1;
  if (l.precision == "region") return 5;  // world state (ADM1)
  return 4;                              // world city or site
}

class GdeltWriter : public EventWriter {
 public:
  std::string Header() const override {
    std::string h;
    for (const char* c : GdeltEventColumns()) {
      if (!h.empty()) h += '\t';
      h += c;
    }
    return h + '\n';
  }
  void Append(const Document& doc, std::string& out) const override {
    for (const Event& e : doc.events) {
      GdeltEvent g;
      g.global_id = std::stoull(EventId(doc, e), nullptr, 16) >> 1;
      g.date = e.date;
      g.actor1_code = e.source.code;
      g.actor1_name = e.source.name.empty() ? std::string(doc.View(e.source.span)) : e.source.name;
      g.actor1_country = e.source.country;
      g.actor1_role = e.source.role;
      if (e.has_target) {
        g.actor2_code = e.target.code;
        g.actor2_name = e.target.name.empty() ? std::string(doc.View(e.target.span)) : e.target.name;
        g.actor2_country = e.target.country;
        g.actor2_role = e.target.role;
      }
      g.is_root = e.sentence == 0;
      g.cameo = e.cameo;
      g.quad_class = e.quad_class;
      g.goldstein = e.goldstein;
      g.has_location = e.has_location;
      g.location = e.location;
      g.added = doc.published;
      g.source_url = doc.url.empty() ? doc.id : doc.url;
      AppendGdeltRow(g, out);
    }
  }
};

}  // namespace

const std::array<const char*, 61>& GdeltEventColumns() {
  static const std::array<const char*, 61> kColumns = {
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL"};
  return kColumns;
}

std::string FipsOf(const std::string& iso3) {
  auto it = FipsTable().find(iso3);
  return it == FipsTable().end() ? "" : it->second;
}

void AppendGdeltRow(const GdeltEvent& e, std::string& out) {
  char buf[64];
  auto cell = [&out](std::string_view v) {
    for (char c : v) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    out += '\t';
  };
  auto actor = [&](const std::string& code, const std::string& name, const std::string& country) {
    cell(code);
    cell(name);
    cell(country);
    // Known groups (IGOs, NGOs, armed groups) carry no country: their code follows the type.
    std::string types[3];
    Types(code, country, types);
    bool group = country.empty() && (types[0] == "IGO" || types[0] == "NGO" || types[0] == "IMG");
    cell(group && code.size() > 3 ? code.substr(3, 3) : "");
    cell("");  // ethnic
    cell("");  // religion 1
    cell("");  // religion 2
    for (auto& t : types) cell(t);
  };
  cell(std::to_string(e.global_id));
  cell(std::to_string(e.date.Yyyymmdd()));
  cell(std::to_string(e.date.year * 100 + e.date.month));
  cell(std::to_string(e.date.year));
  int doy = static_cast<int>(e.date.DaysSinceEpoch() - Date{e.date.year, 1, 1}.DaysSinceEpoch()) + 1;
  std::snprintf(buf, sizeof buf, "%.4f", e.date.year + doy / 365.0);
  cell(buf);
  actor(e.actor1_code, e.actor1_name, e.actor1_country);
  actor(e.actor2_code, e.actor2_name, e.actor2_country);
  cell(e.is_root ? "1" : "0");
  cell(e.cameo);
  cell(e.cameo.substr(0, 3));
  cell(e.cameo.substr(0, 2));
  cell(std::to_string(e.quad_class));
  std::snprintf(buf, sizeof buf, "%.1f", e.goldstein);
  cell(buf);
  cell(std::to_string(e.num_mentions));
  cell(std::to_string(e.num_sources));
  cell(std::to_string(e.num_articles));
  cell("0");  // AvgTone: dyad does not score tone
  for (int i = 0; i < 2; ++i) {  // Actor1Geo, Actor2Geo: not resolved separately
    cell("0");
    for (int k = 0; k < 7; ++k) cell("");
  }
  if (e.has_location) {
    cell(std::to_string(GeoType(e.location)));
    cell(e.location.name);
    cell(FipsOf(e.location.country));
    cell("");
    cell("");
    std::snprintf(buf, sizeof buf, "%.4f", e.location.lat);
    cell(buf);
    std::snprintf(buf, sizeof buf, "%.4f", e.location.lon);
    cell(buf);
    cell("");
  } else {
    cell("0");
    for (int k = 0; k < 7; ++k) cell("");
  }
  cell(std::to_string(e.added.Yyyymmdd()) + "000000");
  out += e.source_url;  // last column: no trailing tab
  out += '\n';
}

Result<std::unique_ptr<const EventWriter>> MakeGdeltWriter() {
  return std::unique_ptr<const EventWriter>(new GdeltWriter);
}

}  // namespace dyad::output
