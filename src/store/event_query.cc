// Filters compile to SQL text plus bound values, never to values spliced into SQL. An actor
// given as three letters matches the actor's country; anything longer matches actor codes by
// prefix through a range (code >= 'USAGOV' AND code < 'USAGOW'), which the code indexes serve.
// Series run one grouped query per direction (the covering dyad/target indexes make them
// index-only scans) and fold the per-day rows into weeks or months here.
#include "store/event_query.h"

#include <map>
#include <utility>
#include <variant>

namespace dyad::store {
namespace {

using Value = std::variant<int64_t, std::string>;

struct Where {
  std::string sql;
  std::vector<Value> values;

  void And(const std::string& clause) { sql += sql.empty() ? clause : " AND " + clause; }
  std::string Param(Value v) {
    values.push_back(std::move(v));
    std::string name = "?";
    name += std::to_string(values.size());
    return name;
  }
};

// The smallest string greater than every string starting with prefix (for prefix ranges).
std::string PrefixEnd(const std::string& prefix) {
  size_t n = prefix.size();
  while (n > 0 && static_cast<unsigned char>(prefix[n - 1]) == 0xff) --n;
  std::string end = prefix.substr(0, n);
  if (n > 0) end[n - 1] = static_cast<char>(end[n - 1] + 1);
  return end;
}

std::string Cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p.data(), p.size());
  return out;
}

std::string SideClause(Where& w, const char* side, const std::string& value) {
  if (value.size() == 3) return Cat({side, "_country = ", w.Param(value)});
  std::string lo = w.Param(value), hi = w.Param(PrefixEnd(value));
  return Cat({"(", side, "_code >= ", lo, " AND ", side, "_code < ", hi, ")"});
}

std::string PrefixClause(Where& w, const char* column, const std::string& value) {
  std::string lo = w.Param(value), hi = w.Param(PrefixEnd(value));
  return Cat({"(", column, " >= ", lo, " AND ", column, " < ", hi, ")"});
}

// Everything but the actor, dyad and country parts, which Series handles by direction.
void AddCommonClauses(const EventFilter& f, Where& w) {
  if (!f.role.empty()) w.And("(source_role = " + w.Param(f.role) + " OR target_role = " + w.Param(f.role) + ")");
  if (!f.cameo.empty()) {
    std::string any;
    for (const auto& c : f.cameo) any += (any.empty() ? "" : " OR ") + PrefixClause(w, "cameo", c);
    w.And("(" + any + ")");
  }
  if (f.quad_class) w.And("quad_class = " + w.Param(int64_t{f.quad_class}));
  if (f.from) w.And("day >= " + w.Param(int64_t{f.from->DaysSinceEpoch()}));
  if (f.to) w.And("day < " + w.Param(int64_t{DayAfter(*f.to)}));
  if (!f.place.empty())
    w.And("(location_name = " + w.Param(f.place) + " COLLATE NOCASE OR location_country = " + w.Param(f.place) + ")");
  if (!f.text.empty())
    w.And("event_id IN (SELECT m.event_id FROM mentions m WHERE m.mention_id IN "
          "(SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH " + w.Param(f.text) + "))");
}

void AddActorClauses(const EventFilter& f, Where& w) {
  if (!f.actor.empty()) {
    std::string s = SideClause(w, "source", f.actor), t = SideClause(w, "target", f.actor);
    w.And(Cat({"(", s, " OR ", t, ")"}));
  }
  if (!f.dyad_source.empty() || !f.dyad_target.empty()) {
    std::string one;
    if (!f.dyad_source.empty()) one = SideClause(w, "source", f.dyad_source);
    if (!f.dyad_target.empty()) one += (one.empty() ? "" : " AND ") + SideClause(w, "target", f.dyad_target);
    if (f.either_direction) {
      std::string other;
      if (!f.dyad_target.empty()) other = SideClause(w, "source", f.dyad_target);
      if (!f.dyad_source.empty()) other += (other.empty() ? "" : " AND ") + SideClause(w, "target", f.dyad_source);
      w.And("((" + one + ") OR (" + other + "))");
    } else {
      w.And("(" + one + ")");
    }
  }
  if (!f.country.empty())
    w.And("(source_country = " + w.Param(f.country) + " OR target_country = " + w.Param(f.country) + ")");
}

Result<Statement> PrepareWith(EventStore& store, const std::string& sql, const Where& w) {
  auto st = store.db().Prepare(sql);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < w.values.size(); ++i) {
    if (auto* n = std::get_if<int64_t>(&w.values[i])) st->Bind(static_cast<int>(i + 1), *n);
    else st->Bind(static_cast<int>(i + 1), std::get<std::string>(w.values[i]));
  }
  return st;
}

Date DateOf(int64_t yyyymmdd, std::string_view precision) {
  Date d{static_cast<int>(yyyymmdd / 10000), static_cast<int>(yyyymmdd / 100 % 100), static_cast<int>(yyyymmdd % 100)};
  d.precision = precision == "year" ? DatePrecision::kYear : precision == "month" ? DatePrecision::kMonth : DatePrecision::kDay;
  return d;
}

}  // namespace

long DayAfter(const Date& d) {
  if (d.precision == DatePrecision::kYear) return Date{d.year + 1, 1, 1}.DaysSinceEpoch();
  if (d.precision == DatePrecision::kMonth) return d.AddMonths(1).DaysSinceEpoch();
  return d.DaysSinceEpoch() + 1;
}

Status ParseDyad(const std::string& text, EventFilter* filter) {
  size_t colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size() || text.find(':', colon + 1) != std::string::npos)
    return Status::Invalid("--dyad expects SOURCE:TARGET (countries or actor codes, e.g. USA:CHN), got '" + text + "'");
  filter->dyad_source = text.substr(0, colon);
  filter->dyad_target = text.substr(colon + 1);
  return Status::Ok();
}

Status QueryEvents(EventStore& store, const EventFilter& filter, const std::function<bool(const EventRow&)>& on_row) {
  Where w;
  AddActorClauses(filter, w);
  AddCommonClauses(filter, w);
  std::string sql =
      "SELECT event_id, date, date_precision, source_code, source_country, source_role, source_name, target_code, "
      "target_country, target_role, target_name, has_target, cameo, root, quad_class, goldstein, plover, "
      "location_name, location_country, location_precision, lat, lon, is_root, num_mentions, num_sources, "
      "num_articles, first_seen, last_seen, source_url, "
      "(SELECT text FROM mentions m WHERE m.event_id = events.event_id LIMIT 1) FROM events";
  if (!w.sql.empty()) sql += " WHERE " + w.sql;
  sql += " ORDER BY day, event_id";
  if (filter.limit >= 0) sql += " LIMIT " + std::to_string(filter.limit);
  auto st = PrepareWith(store, sql, w);
  if (!st.ok()) return st.status();
  EventRow r;
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    int c = 0;
    r.event_id = st->Int(c++);
    int64_t date = st->Int(c++);
    r.date = DateOf(date, st->Text(c++));
    r.source_code = st->Text(c++), r.source_country = st->Text(c++), r.source_role = st->Text(c++);
    r.source_name = st->Text(c++);
    r.target_code = st->Text(c++), r.target_country = st->Text(c++), r.target_role = st->Text(c++);
    r.target_name = st->Text(c++);
    r.has_target = st->Int(c++) != 0;
    r.cameo = st->Text(c++), r.root = st->Text(c++);
    r.quad_class = static_cast<int>(st->Int(c++));
    r.goldstein = st->Real(c++);
    r.plover = st->Text(c++);
    r.location.name = st->Text(c++), r.location.country = st->Text(c++), r.location.precision = st->Text(c++);
    r.has_location = !st->IsNull(c);
    r.location.lat = st->Real(c++), r.location.lon = st->Real(c++);
    r.is_root = st->Int(c++) != 0;
    r.num_mentions = st->Int(c++), r.num_sources = st->Int(c++), r.num_articles = st->Int(c++);
    r.first_seen = static_cast<int>(st->Int(c++)), r.last_seen = static_cast<int>(st->Int(c++));
    r.source_url = st->Text(c++);
    r.example = st->Text(c++);
    if (!on_row(r)) return Status::Ok();
  }
}

Result<Bucket> ParseBucket(const std::string& name) {
  if (name == "day") return Bucket::kDay;
  if (name == "week") return Bucket::kWeek;
  if (name == "month") return Bucket::kMonth;
  return Status::Invalid("--by expects day, week or month, got '" + name + "'");
}

namespace {

// A series over country-level dyads or a country, filtered at most by dates and QuadClass,
// reads the daily roll-ups instead of the events.
bool RollupServes(const EventFilter& f) {
  if (!f.cameo.empty() || !f.role.empty() || !f.place.empty() || !f.text.empty() || !f.actor.empty()) return false;
  if (!f.country.empty()) return f.country.size() == 3 && f.dyad_source.empty() && f.dyad_target.empty();
  return f.dyad_source.size() == 3 && f.dyad_target.size() == 3;
}

void AddToBucket(std::map<std::pair<long, int>, SeriesPoint>& points, Bucket bucket, long days, int quad,
                 int64_t events, int64_t mentions, double goldstein_sum) {
  Date day = Date::FromDaysSinceEpoch(days);
  Date start = day;
  if (bucket == Bucket::kWeek) start = day.AddDays(-((day.Weekday() + 6) % 7));
  if (bucket == Bucket::kMonth) start = Date{day.year, day.month, 1};
  SeriesPoint& p = points[{start.DaysSinceEpoch(), quad}];
  p.start = start;
  p.quad_class = quad;
  p.events += events;
  p.mentions += mentions;
  p.goldstein_sum += goldstein_sum;
}

Status RollupSeries(EventStore& store, const EventFilter& f, Bucket bucket,
                    std::map<std::pair<long, int>, SeriesPoint>& points) {
  std::vector<std::pair<std::string, std::string>> directions;  // empty second: a country
  if (!f.country.empty()) directions.push_back({f.country, ""});
  else directions.push_back({f.dyad_source, f.dyad_target});
  if (f.country.empty() && f.either_direction && f.dyad_source != f.dyad_target)
    directions.push_back({f.dyad_target, f.dyad_source});
  for (const auto& [a, b] : directions) {
    Where w;
    std::string sql = "SELECT day, quad_class, events, mentions, goldstein_tenths FROM ";
    if (b.empty()) {
      w.And("country = " + w.Param(a));
      sql += "country_days";
    } else {
      w.And("source_country = " + w.Param(a));
      w.And("target_country = " + w.Param(b));
      sql += "dyad_days";
    }
    if (f.from) w.And("day >= " + w.Param(int64_t{f.from->DaysSinceEpoch()}));
    if (f.to) w.And("day < " + w.Param(int64_t{DayAfter(*f.to)}));
    if (f.quad_class) w.And("quad_class = " + w.Param(int64_t{f.quad_class}));
    auto st = PrepareWith(store, sql + " WHERE " + w.sql, w);
    if (!st.ok()) return st.status();
    for (;;) {
      auto row = st->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      AddToBucket(points, bucket, static_cast<long>(st->Int(0)), static_cast<int>(st->Int(1)), st->Int(2), st->Int(3),
                  st->Int(4) / 10.0);
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<SeriesPoint>> Series(EventStore& store, const EventFilter& filter, Bucket bucket) {
  std::map<std::pair<long, int>, SeriesPoint> points;
  if (RollupServes(filter)) {
    DYAD_RETURN_IF_ERROR(RollupSeries(store, filter, bucket, points));
    std::vector<SeriesPoint> out;
    for (auto& [key, p] : points) out.push_back(p);
    return out;
  }
  return SeriesFromEvents(store, filter, bucket);
}

Result<std::vector<SeriesPoint>> SeriesFromEvents(EventStore& store, const EventFilter& filter, Bucket bucket) {
  // Disjoint directions, so an event is counted once even when both sides match.
  std::vector<EventFilter> parts;
  auto one_way = [&](const std::string& src, const std::string& tgt) {
    EventFilter f = filter;
    f.country.clear(), f.either_direction = false, f.dyad_source = src, f.dyad_target = tgt;
    parts.push_back(f);
  };
  std::vector<std::string> exclude_source(1);  // per part: a source country to leave out
  if (!filter.country.empty()) {
    if (!filter.dyad_source.empty() || !filter.dyad_target.empty() || !filter.actor.empty())
      return Status::Invalid("a series is over a dyad or a country, not both");
    one_way(filter.country, "");
    one_way("", filter.country);
    exclude_source = {"", filter.country};
  } else if (filter.dyad_source.empty() && filter.dyad_target.empty() && filter.actor.empty()) {
    return Status::Invalid("a series needs a dyad (--dyad USA:CHN) or a country (--country KEN)");
  } else {
    one_way(filter.dyad_source, filter.dyad_target);
    parts.back().actor = filter.actor;
    if (filter.either_direction && filter.dyad_source != filter.dyad_target) {
      one_way(filter.dyad_target, filter.dyad_source);
      parts.back().actor = filter.actor;
    }
  }
  std::map<std::pair<long, int>, SeriesPoint> points;
  for (size_t i = 0; i < parts.size(); ++i) {
    Where w;
    AddActorClauses(parts[i], w);
    AddCommonClauses(parts[i], w);
    if (i < exclude_source.size() && !exclude_source[i].empty())
      w.And("source_country != " + w.Param(exclude_source[i]));
    if (i == 1 && filter.either_direction && filter.country.empty()) {
      // Leave out what the first direction already counted.
      std::string s = SideClause(w, "source", filter.dyad_source);
      std::string t = SideClause(w, "target", filter.dyad_target);
      w.And(Cat({"NOT (", s, " AND ", t, ")"}));
    }
    auto st = PrepareWith(store,
                          "SELECT day, quad_class, count(*), sum(num_mentions), sum(goldstein) FROM events WHERE " +
                              w.sql + " GROUP BY day, quad_class",
                          w);
    if (!st.ok()) return st.status();
    for (;;) {
      auto row = st->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      AddToBucket(points, bucket, static_cast<long>(st->Int(0)), static_cast<int>(st->Int(1)), st->Int(2), st->Int(3),
                  st->Real(4));
    }
  }
  std::vector<SeriesPoint> out;
  out.reserve(points.size());
  for (auto& [key, p] : points) out.push_back(p);
  return out;
}

}  // namespace dyad::store
