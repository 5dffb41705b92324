// Reader of the PETRARCH-2 validation file (PETR2_GSR_validation.xml).
//
// The file is XML in spirit only: <Sentence .../> is often self-closing and then closed again
// by a later </Sentence>, and comments hide whole records. So the reader does not use an XML
// parser: it removes <!-- ... --> comments, cuts the text at each "<Sentence " tag and reads,
// inside each piece, the tag's id and date, every <EventCoding .../> (noevents="True" adds
// none), the <Text> and the first <Parse> (CoNLL-U rows). The parse is converted from UD v1
// relation names (dobj, nsubjpass, nmod on a verb) to the UD v2 names our parser produces, so
// that --gold-parse feeds the coder the labels it expects.
#include <cctype>
#include <string>

#include "base/strings.h"
#include "eval/gold.h"

namespace dyad::eval {
namespace {

size_t LineOf(std::string_view text, size_t offset) {
  size_t line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// Replaces each comment by spaces and newlines, so that offsets and line numbers still hold.
std::string BlankComments(std::string_view xml) {
  std::string out(xml);
  size_t pos = 0;
  while ((pos = out.find("<!--", pos)) != std::string::npos) {
    size_t end = out.find("-->", pos + 4);
    end = end == std::string::npos ? out.size() : end + 3;
    for (size_t i = pos; i < end; ++i) {
      if (out[i] != '\n') out[i] = ' ';
    }
    pos = end;
  }
  return out;
}

// The value of name="..." inside one tag's text, or "" when absent.
std::string Attribute(std::string_view tag, std::string_view name) {
  std::string key(name);
  key += "=\"";
  size_t pos = 0;
  while ((pos = tag.find(key, pos)) != std::string_view::npos) {
    if (pos == 0 || std::isspace(static_cast<unsigned char>(tag[pos - 1]))) {
      size_t begin = pos + key.size();
      size_t end = tag.find('"', begin);
      if (end == std::string_view::npos) return "";
      return std::string(tag.substr(begin, end - begin));
    }
    pos += key.size();
  }
  return "";
}

// The text between <name> and </name>, from offset on; npos-begin when absent.
std::string_view Element(std::string_view piece, std::string_view name) {
  std::string open = "<", close = "</";
  open.append(name).append(">");
  close.append(name).append(">");
  size_t begin = piece.find(open);
  if (begin == std::string_view::npos) return {};
  begin += open.size();
  size_t end = piece.find(close, begin);
  if (end == std::string_view::npos) end = piece.size();
  return piece.substr(begin, end - begin);
}

// Wrapped text back on one line: newlines and runs of spaces become one space.
std::string Unwrap(std::string_view text) {
  std::string out;
  for (char c : Trim(text)) {
    bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

// UD v1 relations (as in the file) to UD v2 ones (as our parser writes them).
void ToUdV2(std::vector<GoldToken>& tokens) {
  for (GoldToken& t : tokens) {
    if (t.upos == "CONJ") t.upos = "CCONJ";
    if (t.deprel == "dobj") t.deprel = "obj";
    else if (t.deprel == "nsubjpass") t.deprel = "nsubj:pass";
    else if (t.deprel == "csubjpass") t.deprel = "csubj:pass";
    else if (t.deprel == "auxpass") t.deprel = "aux:pass";
    else if (t.deprel == "name") t.deprel = "flat";
    else if (t.deprel == "mwe") t.deprel = "fixed";
    else if (t.deprel == "neg") t.deprel = "advmod";
  }
  // A nominal modifier of a verb or adjective is an oblique in v2.
  for (GoldToken& t : tokens) {
    if (t.head < 0 || StartsWith(t.deprel, "nmod:poss")) continue;
    if (t.deprel != "nmod" && !StartsWith(t.deprel, "nmod:")) continue;
    const std::string& head_pos = tokens[t.head].upos;
    if (head_pos == "VERB" || head_pos == "ADJ" || head_pos == "AUX") t.deprel.replace(0, 4, "obl");
  }
}

Status ReadParse(std::string_view block, const std::string& where, std::vector<GoldToken>* out) {
  size_t line_no = 0;
  for (std::string_view line : Split(block, '\n')) {
    ++line_no;
    line = Trim(line);
    if (line.empty()) continue;
    std::vector<std::string_view> cols = Split(line, '\t');
    if (cols.size() < 8) {
      return Status::Invalid(where + ", parse row " + std::to_string(line_no) +
                             ": expected 10 tab-separated CoNLL-U columns, got " +
                             std::to_string(cols.size()));
    }
    if (cols[0].find_first_of("-.") != std::string_view::npos) continue;  // ranges, empty nodes
    GoldToken t;
    t.form = std::string(cols[1]);
    t.lemma = AsciiLower(cols[2]);
    t.upos = std::string(cols[3]);
    t.xpos = std::string(cols[4]);
    int head = 0;
    try {
      head = std::stoi(std::string(cols[6]));
    } catch (...) {
      return Status::Invalid(where + ", parse row " + std::to_string(line_no) +
                             ": expected a head number, got '" + std::string(cols[6]) + "'");
    }
    t.head = head - 1;
    t.deprel = std::string(cols[7]);
    if (cols.size() > 9) t.space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
    out->push_back(std::move(t));
  }
  for (const GoldToken& t : *out) {
    if (t.head >= static_cast<int>(out->size())) {
      return Status::Invalid(where + ": a parse head points past the sentence's last token");
    }
  }
  ToUdV2(*out);
  return Status::Ok();
}

}  // namespace

Result<GoldFile> ParsePetrXml(std::string_view raw, const std::string& path) {
  std::string xml = BlankComments(raw);
  std::string_view view(xml);
  GoldFile file;
  file.path = path;
  file.format = GoldFormat::kPetrXml;
  file.has_events = true;
  size_t pos = view.find("<Sentence ");
  while (pos != std::string_view::npos) {
    size_t next = view.find("<Sentence ", pos + 1);
    std::string_view piece = view.substr(pos, next == std::string_view::npos ? view.npos : next - pos);
    std::string where = path + ":" + std::to_string(LineOf(view, pos));
    size_t tag_end = piece.find('>');
    if (tag_end == std::string_view::npos) return Status::Invalid(where + ": unclosed <Sentence> tag");
    std::string_view tag = piece.substr(0, tag_end);
    GoldItem item;
    item.id = Attribute(tag, "id");
    if (item.id.empty()) return Status::Invalid(where + ": <Sentence> without id=\"...\"");
    // Dates are YYYYMMDD; a malformed one (the file has "121108") leaves the date unknown.
    std::string date = Attribute(tag, "date");
    if (date.size() == 8) {
      if (auto d = ParseIsoDate(date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2))) {
        item.date = *d;
      }
    }
    size_t coding = 0;
    while ((coding = piece.find("<EventCoding", coding)) != std::string_view::npos) {
      size_t end = piece.find('>', coding);
      std::string_view ctag = piece.substr(coding, end == std::string_view::npos ? piece.npos : end - coding);
      coding += 12;
      if (AsciiLower(Attribute(ctag, "noevents")) == "true") continue;
      GoldEvent e{Attribute(ctag, "sourcecode"), Attribute(ctag, "targetcode"), Attribute(ctag, "eventcode"), {}};
      if (e.cameo.size() < 2 || e.source.empty()) {
        return Status::Invalid(where + ": <EventCoding> needs sourcecode= and a CAMEO eventcode=");
      }
      item.events.push_back(std::move(e));
    }
    item.text = Unwrap(Element(piece, "Text"));
    DYAD_RETURN_IF_ERROR(ReadParse(Element(piece, "Parse"), where + " (" + item.id + ")", &item.parse));
    // One record has an empty <Text>: its words are those of the parse.
    if (item.text.empty()) {
      for (const GoldToken& t : item.parse) item.text += t.form + (t.space_after ? " " : "");
      item.text = std::string(Trim(item.text));
    }
    if (item.text.empty()) return Status::Invalid(where + ": sentence " + item.id + " has no <Text> and no <Parse>");
    file.items.push_back(std::move(item));
    pos = next;
  }
  if (file.items.empty()) return Status::Invalid(path + ": no <Sentence id=...> records found");
  return file;
}

Result<GoldFile> ReadPetrXml(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParsePetrXml(*text, path);
}

}  // namespace dyad::eval
