// Export walks the events (or mentions joined to their events and articles) of a date range in
// date order and formats each row; output goes out in 64 KiB chunks so memory stays flat
// however large the store. GDELT event rows come from output::AppendGdeltRow, fed from the
// stored row instead of a coded Document.
#include "store/event_export.h"

#include <cstdio>

#include "base/strings.h"
#include "base/hash.h"
#include "output/gdelt_writer.h"
#include "output/json_fields.h"

namespace dyad::store {
namespace {

constexpr size_t kChunk = 1 << 16;

std::string IsoOf(int yyyymmdd) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
  return buf;
}

void Csv(std::string& out, std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += v;
  } else {
    out += '"';
    for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
  }
}

void Location(std::string& out, bool has, const Location& l) {
  out += ",\"location\":";
  output::JsonLocation(out, has, l);
}

Status ExportEvents(EventStore& store, const ExportOptions& o, const std::function<Status(std::string_view)>& write) {
  std::string buf;
  if (o.format == "gdelt-events") {
    for (const char* c : output::GdeltEventColumns()) buf += std::string(buf.empty() ? "" : "\t") + c;
    buf += '\n';
  } else if (o.format == "csv") {
    buf = EventCsvHeader();
  }
  EventFilter filter;
  filter.from = o.from, filter.to = o.to;
  Status failed;
  Status s = QueryEvents(store, filter, [&](const EventRow& e) {
    if (o.format == "gdelt-events") {
      output::GdeltEvent g;
      g.global_id = static_cast<uint64_t>(e.event_id);
      g.date = e.date;
      g.actor1_code = e.source_code, g.actor1_name = e.source_name;
      g.actor1_country = e.source_country, g.actor1_role = e.source_role;
      g.actor2_code = e.target_code, g.actor2_name = e.target_name;
      g.actor2_country = e.target_country, g.actor2_role = e.target_role;
      g.is_root = e.is_root;
      g.cameo = e.cameo;
      g.quad_class = e.quad_class;
      g.goldstein = e.goldstein;
      g.num_mentions = static_cast<int>(e.num_mentions);
      g.num_sources = static_cast<int>(e.num_sources);
      g.num_articles = static_cast<int>(e.num_articles);
      g.has_location = e.has_location;
      g.location = e.location;
      g.added = Date{e.first_seen / 10000, e.first_seen / 100 % 100, e.first_seen % 100};
      g.source_url = e.source_url;
      output::AppendGdeltRow(g, buf);
    } else {
      AppendEventCsv(e, buf);
    }
    if (buf.size() < kChunk) return true;
    failed = write(buf);
    buf.clear();
    return failed.ok();
  });
  DYAD_RETURN_IF_ERROR(failed);
  DYAD_RETURN_IF_ERROR(s);
  return buf.empty() ? Status::Ok() : write(buf);
}

// Mentions joined to their events and articles: GDELT's Mentions table or the JSONL contract.
Status ExportMentions(EventStore& store, const ExportOptions& o, const std::function<Status(std::string_view)>& write) {
  std::string sql =
      "SELECT m.mention_id, m.event_id, m.sentence, m.sentence_char, m.text, m.verb_begin, m.verb_end, "
      "m.source_begin, m.source_end, m.target_begin, m.target_end, m.source_text, m.target_text, m.source_name, "
      "m.target_name, m.pattern, e.date, e.date_precision, e.source_code, e.source_country, e.source_role, "
      "e.target_code, e.target_country, e.target_role, e.has_target, e.cameo, e.root, e.quad_class, e.goldstein, "
      "e.plover, e.location_name, e.location_country, e.location_precision, e.lat, e.lon, e.num_mentions, "
      "e.num_sources, e.num_articles, e.first_seen, a.doc_key, a.date, a.url, a.source, a.chars "
      "FROM mentions m JOIN events e ON e.event_id = m.event_id JOIN articles a ON a.article_id = m.article_id "
      "WHERE e.day >= ?1 AND e.day < ?2 ORDER BY e.day, m.event_id, m.mention_id";
  auto st = store.db().Prepare(sql);
  if (!st.ok()) return st.status();
  st->Bind(1, static_cast<int64_t>(o.from ? o.from->DaysSinceEpoch() : INT32_MIN));
  st->Bind(2, static_cast<int64_t>(o.to ? DayAfter(*o.to) : INT32_MAX));
  const bool gdelt = o.format == "gdelt-mentions";
  std::string buf;
  if (gdelt)
    buf = "GLOBALEVENTID\tEventTimeDate\tMentionTimeDate\tMentionType\tMentionSourceName\tMentionIdentifier\t"
          "SentenceID\tActor1CharOffset\tActor2CharOffset\tActionCharOffset\tInRawText\tConfidence\tMentionDocLen\t"
          "MentionDocTone\tMentionDocTranslationInfo\tExtras\n";
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    Statement& r = *st;
    if (gdelt) {
      auto offset = [&](int col) { return r.IsNull(col) ? std::string("-1") : std::to_string(r.Int(3) + r.Int(col)); };
      std::string url(r.Text(41));
      auto cell = [&buf](std::string_view v) {
        for (char c : v) buf += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
        buf += '\t';
      };
      cell(std::to_string(r.Int(1)));
      cell(std::to_string(r.Int(38)) + "000000");
      cell(std::to_string(r.Int(40)) + "000000");
      cell(url.empty() ? "2" : "1");
      cell(r.Text(42));
      cell(url.empty() ? r.Text(39) : std::string_view(url));
      cell(std::to_string(r.Int(2) + 1));
      cell(offset(7));
      cell(offset(9));
      cell(offset(5));
      cell("1");
      cell("");  // Confidence: dyad does not score one
      cell(std::to_string(r.Int(43)));
      cell("0");  // tone: not scored
      cell("");
      buf += '\n';  // Extras: empty, last column
    } else {
      auto span = [&](const char* key, int col, bool first) {
        buf += first ? "\"" : ",\"";
        buf += key;
        buf += "\":";
        buf += r.IsNull(col) ? "null" : "[" + std::to_string(r.Int(col)) + "," + std::to_string(r.Int(col + 1)) + "]";
      };
      auto actor = [&](int code, int name, int text) {
        buf += '{';
        output::JsonString(buf, "code", r.Text(code));
        buf += ',';
        output::JsonString(buf, "country", r.Text(code + 1));
        buf += ',';
        output::JsonString(buf, "role", r.Text(code + 2));
        buf += ',';
        output::JsonString(buf, "name", r.Text(name));
        buf += ',';
        output::JsonString(buf, "text", r.Text(text));
        buf += '}';
      };
      buf += '{';
      output::JsonString(buf, "event_id", Hex64(static_cast<uint64_t>(r.Int(0))));
      buf += ',';
      output::JsonString(buf, "doc_id", r.Text(39));
      buf += ",\"sentence\":" + std::to_string(r.Int(2)) + ',';
      std::string precision(r.Text(17));
      int64_t date = r.Int(16);
      std::string iso = IsoOf(static_cast<int>(date));
      iso.resize(precision == "year" ? 4 : precision == "month" ? 7 : 10);
      output::JsonString(buf, "date", iso);
      buf += ',';
      output::JsonString(buf, "date_precision", precision);
      buf += ",\"source\":";
      actor(18, 13, 11);
      buf += ",\"target\":";
      if (r.Int(24)) actor(21, 14, 12);
      else buf += "null";
      buf += ',';
      output::JsonString(buf, "cameo", r.Text(25));
      buf += ',';
      output::JsonString(buf, "root", r.Text(26));
      buf += ",\"quad_class\":" + std::to_string(r.Int(27)) + ',';
      output::JsonNumber(buf, "goldstein", r.Real(28));
      buf += ',';
      output::JsonString(buf, "plover", r.Text(29));
      buf += ",\"negated\":false";
      Location(buf, !r.IsNull(33), {std::string(r.Text(30)), std::string(r.Text(31)), r.Real(33), r.Real(34),
                                    std::string(r.Text(32))});
      buf += ',';
      output::JsonString(buf, "text", r.Text(4));
      buf += ",\"evidence\":{";
      span("verb", 5, true);
      span("source", 7, false);
      span("target", 9, false);
      buf += ',';
      output::JsonString(buf, "pattern", r.Text(15));
      buf += "},";
      output::JsonString(buf, "published", IsoOf(static_cast<int>(r.Int(40))));
      if (!r.Text(41).empty()) {
        buf += ',';
        output::JsonString(buf, "url", r.Text(41));
      }
      buf += ",\"store_event_id\":" + std::to_string(r.Int(1));
      buf += ",\"num_mentions\":" + std::to_string(r.Int(35));
      buf += ",\"num_sources\":" + std::to_string(r.Int(36));
      buf += ",\"num_articles\":" + std::to_string(r.Int(37));
      buf += "}\n";
    }
    if (buf.size() >= kChunk) {
      DYAD_RETURN_IF_ERROR(write(buf));
      buf.clear();
    }
  }
  return buf.empty() ? Status::Ok() : write(buf);
}

}  // namespace

Status Export(EventStore& store, const ExportOptions& options, const std::function<Status(std::string_view)>& write) {
  if (options.format == "gdelt-events" || options.format == "csv") return ExportEvents(store, options, write);
  if (options.format == "gdelt-mentions" || options.format == "jsonl") return ExportMentions(store, options, write);
  return Status::Invalid("unknown export format '" + options.format +
                         "' (expected gdelt-events, gdelt-mentions, jsonl or csv)");
}

void AppendEventJson(const EventRow& e, std::string& out) {
  auto actor = [&out](const std::string& code, const std::string& country, const std::string& role,
                      const std::string& name) {
    out += '{';
    output::JsonString(out, "code", code);
    out += ',';
    output::JsonString(out, "country", country);
    out += ',';
    output::JsonString(out, "role", role);
    out += ',';
    output::JsonString(out, "name", name);
    out += '}';
  };
  out += "{\"event_id\":" + std::to_string(e.event_id) + ',';
  output::JsonString(out, "date", e.date.Iso());
  out += ',';
  output::JsonString(out, "date_precision", PrecisionName(e.date.precision));
  out += ",\"source\":";
  actor(e.source_code, e.source_country, e.source_role, e.source_name);
  out += ",\"target\":";
  if (e.has_target) actor(e.target_code, e.target_country, e.target_role, e.target_name);
  else out += "null";
  out += ',';
  output::JsonString(out, "cameo", e.cameo);
  out += ',';
  output::JsonString(out, "root", e.root);
  out += ",\"quad_class\":" + std::to_string(e.quad_class) + ',';
  output::JsonNumber(out, "goldstein", e.goldstein);
  out += ',';
  output::JsonString(out, "plover", e.plover);
  Location(out, e.has_location, e.location);
  out += std::string(",\"is_root\":") + (e.is_root ? "true" : "false");
  out += ",\"num_mentions\":" + std::to_string(e.num_mentions);
  out += ",\"num_sources\":" + std::to_string(e.num_sources);
  out += ",\"num_articles\":" + std::to_string(e.num_articles) + ',';
  output::JsonString(out, "first_seen", IsoOf(e.first_seen));
  out += ',';
  output::JsonString(out, "last_seen", IsoOf(e.last_seen));
  out += ',';
  output::JsonString(out, "source_url", e.source_url);
  out += ',';
  output::JsonString(out, "text", e.example);
  out += "}\n";
}

std::string EventCsvHeader() {
  return "event_id,date,date_precision,source_code,source_country,source_role,source_name,target_code,"
         "target_country,target_role,target_name,cameo,root,quad_class,goldstein,plover,location_name,"
         "location_country,lat,lon,is_root,num_mentions,num_sources,num_articles,first_seen,last_seen,source_url,"
         "text\n";
}

void AppendEventCsv(const EventRow& e, std::string& out) {
  char num[40];
  auto cell = [&out](std::string_view v) {
    Csv(out, v);
    out += ',';
  };
  cell(std::to_string(e.event_id));
  cell(e.date.Iso());
  cell(PrecisionName(e.date.precision));
  for (const std::string* s : {&e.source_code, &e.source_country, &e.source_role, &e.source_name, &e.target_code,
                               &e.target_country, &e.target_role, &e.target_name, &e.cameo, &e.root})
    cell(*s);
  cell(std::to_string(e.quad_class));
  std::snprintf(num, sizeof num, "%g", e.goldstein);
  cell(num);
  cell(e.plover);
  cell(e.location.name);
  cell(e.location.country);
  std::snprintf(num, sizeof num, "%.4f", e.location.lat);
  cell(e.has_location ? num : "");
  std::snprintf(num, sizeof num, "%.4f", e.location.lon);
  cell(e.has_location ? num : "");
  cell(e.is_root ? "1" : "0");
  cell(std::to_string(e.num_mentions));
  cell(std::to_string(e.num_sources));
  cell(std::to_string(e.num_articles));
  cell(IsoOf(e.first_seen));
  cell(IsoOf(e.last_seen));
  cell(e.source_url);
  Csv(out, e.example);
  out += '\n';
}

}  // namespace dyad::store
