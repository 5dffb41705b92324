#include "output/event_writer.h"

#include <cstdio>

#include "base/hash.h"
#include "base/strings.h"
#include "output/gdelt_writer.h"
#include "output/json_fields.h"

namespace dyad::output {
namespace {

// [start, end) in characters of the sentence text, or null when the span is empty.
void Offsets(std::string& out, std::string_view key, std::string_view sentence, uint32_t base, Span s) {
  out += '"';
  out += key;
  out += "\":";
  if (s.empty()) {
    out += "null";
    return;
  }
  out += '[' + std::to_string(CharOffset(sentence, s.begin - base)) + ',' +
         std::to_string(CharOffset(sentence, s.end - base)) + ']';
}

void Actor(std::string& out, const Document& doc, const ActorMention& a) {
  out += '{';
  JsonString(out, "code", a.code);
  out += ',';
  JsonString(out, "country", a.country);
  out += ',';
  JsonString(out, "role", a.role);
  out += ',';
  JsonString(out, "name", a.name);
  out += ',';
  JsonString(out, "text", doc.View(a.span));
  out += '}';
}

class JsonlWriter : public EventWriter {
 public:
  std::string Header() const override { return ""; }
  void Append(const Document& doc, std::string& out) const override {
    for (const Event& e : doc.events) {
      const Sentence& s = doc.sentences[e.sentence];
      std::string_view text = doc.SentenceText(s);
      out += '{';
      JsonString(out, "event_id", EventId(doc, e));
      out += ',';
      JsonString(out, "doc_id", doc.id);
      out += ",\"sentence\":" + std::to_string(e.sentence) + ',';
      JsonString(out, "date", e.date.Iso());
      out += ',';
      JsonString(out, "date_precision", PrecisionName(e.date.precision));
      out += ",\"source\":";
      Actor(out, doc, e.source);
      out += ",\"target\":";
      if (e.has_target) Actor(out, doc, e.target);
      else out += "null";
      out += ',';
      JsonString(out, "cameo", e.cameo);
      out += ',';
      JsonString(out, "root", e.root);
      out += ",\"quad_class\":" + std::to_string(e.quad_class) + ',';
      JsonNumber(out, "goldstein", e.goldstein);
      out += ',';
      JsonString(out, "plover", e.plover);
      out += ",\"negated\":";
      out += e.negated ? "true" : "false";
      out += ",\"location\":";
      JsonLocation(out, e.has_location, e.location);
      out += ',';
      JsonString(out, "text", text);
      out += ",\"evidence\":{";
      Offsets(out, "verb", text, s.span.begin, e.verb);
      out += ',';
      Offsets(out, "source", text, s.span.begin, e.source.span);
      out += ',';
      Offsets(out, "target", text, s.span.begin, e.has_target ? e.target.span : Span{});
      out += ',';
      JsonString(out, "pattern", e.pattern);
      out += "},";
      JsonString(out, "published", doc.published.Iso());
      if (!doc.url.empty()) {
        out += ',';
        JsonString(out, "url", doc.url);
      }
      out += "}\n";
    }
  }
};

// Tabs and line breaks inside a field would break the row: they become spaces.
void Field(std::string& out, std::string_view v) {
  for (char c : v) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

class TsvWriter : public EventWriter {
 public:
  std::string Header() const override {
    return "event_id\tdoc_id\tsentence\tdate\tdate_precision\tsource_code\tsource_name\tsource_text\t"
           "target_code\ttarget_name\ttarget_text\tcameo\troot\tquad_class\tgoldstein\tplover\tnegated\t"
           "location_name\tlocation_country\tlat\tlon\tpattern\ttext\n";
  }
  void Append(const Document& doc, std::string& out) const override {
    char num[32];
    for (const Event& e : doc.events) {
      auto cell = [&](std::string_view v) {
        Field(out, v);
        out += '\t';
      };
      cell(EventId(doc, e));
      cell(doc.id);
      cell(std::to_string(e.sentence));
      cell(e.date.Iso());
      cell(PrecisionName(e.date.precision));
      cell(e.source.code);
      cell(e.source.name);
      cell(doc.View(e.source.span));
      cell(e.has_target ? e.target.code : "");
      cell(e.has_target ? e.target.name : "");
      cell(e.has_target ? doc.View(e.target.span) : "");
      cell(e.cameo);
      cell(e.root);
      cell(std::to_string(e.quad_class));
      std::snprintf(num, sizeof num, "%g", e.goldstein);
      cell(num);
      cell(e.plover);
      cell(e.negated ? "true" : "false");
      cell(e.has_location ? e.location.name : "");
      cell(e.has_location ? e.location.country : "");
      std::snprintf(num, sizeof num, "%.4f", e.location.lat);
      cell(e.has_location ? num : "");
      std::snprintf(num, sizeof num, "%.4f", e.location.lon);
      cell(e.has_location ? num : "");
      cell(e.pattern);
      Field(out, doc.SentenceText(doc.sentences[e.sentence]));
      out += '\n';
    }
  }
};

}  // namespace

uint32_t CharOffset(std::string_view s, uint32_t byte) {
  uint32_t chars = 0;
  for (uint32_t i = 0; i < byte && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++chars;
  return chars;
}

std::string EventId(const Document& doc, const Event& e) {
  uint64_t h = Fnv1a64(doc.id);
  std::string key = std::to_string(e.sentence) + '|' + e.source.code + '|' + (e.has_target ? e.target.code : "") +
                    '|' + e.cameo + '|' + std::to_string(e.verb.begin) + '|' + std::to_string(e.source.span.begin) +
                    '|' + std::to_string(e.target.span.begin);
  return Hex64(Fnv1a64(key, h));
}

Result<std::unique_ptr<const EventWriter>> MakeEventWriter(std::string_view format) {
  if (format.empty() || format == "jsonl") return std::unique_ptr<const EventWriter>(new JsonlWriter);
  if (format == "tsv") return std::unique_ptr<const EventWriter>(new TsvWriter);
  if (format == "gdelt") return MakeGdeltWriter();
  return Status::Invalid("unknown output format '" + std::string(format) + "' (expected jsonl, tsv or gdelt)");
}

}  // namespace dyad::output
