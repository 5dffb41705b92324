// Picks the right gold reader for a path, turns golden test cases into gold items, and the
// small helpers the readers share (whole-file reading, detokenizing).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/strings.h"
#include "eval/gold.h"
#include "eval/golden_file.h"

namespace dyad::eval {

std::string_view FormatName(GoldFormat f) {
  switch (f) {
    case GoldFormat::kPetrXml: return "petr-xml";
    case GoldFormat::kPloverGsr: return "plover-gsr";
    case GoldFormat::kConflibertClass: return "conflibert-class";
    case GoldFormat::kConflibertSpans: return "conflibert-spans";
    case GoldFormat::kGoldenTest: return "golden";
  }
  return "unknown";
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the gold file");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::Io(path + ": read error");
  return buf.str();
}

std::string Detokenize(const std::vector<std::string>& tokens, std::vector<Span>* spans) {
  static const std::string_view kNoSpaceBefore[] = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
                                                    "'s", "'S", "’s", "n't", "'re", "'ve", "'ll", "'d",
                                                    "'m", "''", "'", "...", "”", "’"};
  static const std::string_view kNoSpaceAfter[] = {"(", "[", "{", "$", "``", "“", "‘"};
  std::string text;
  bool space_allowed = false;
  bool in_double_quote = false;
  spans->clear();
  for (const std::string& token : tokens) {
    bool glue = !space_allowed;
    for (std::string_view p : kNoSpaceBefore) glue = glue || token == p;
    // A straight double quote opens, then closes: no space inside either way.
    if (token == "\"") glue = glue || in_double_quote;
    // A possessive split after its apostrophe: "Baghdad’" "s".
    if ((token == "s" || token == "S") && !text.empty() && (EndsWith(text, "'") || EndsWith(text, "’"))) glue = true;
    if (!text.empty() && !glue) text += ' ';
    uint32_t begin = static_cast<uint32_t>(text.size());
    text += token;
    spans->push_back({begin, static_cast<uint32_t>(text.size())});
    space_allowed = true;
    for (std::string_view p : kNoSpaceAfter) space_allowed = space_allowed && token != p;
    if (token == "\"") {
      space_allowed = in_double_quote;  // after an opening quote, no space
      in_double_quote = !in_double_quote;
    }
  }
  return text;
}

Result<GoldFile> ReadGoldenTests(const std::string& path) {
  auto cases = ReadGoldenFile(path);
  if (!cases.ok()) return cases.status();
  GoldFile file;
  file.path = path;
  file.format = GoldFormat::kGoldenTest;
  file.has_events = true;
  for (const GoldenCase& c : *cases) {
    GoldItem item;
    item.id = c.name;
    item.text = c.text;
    item.date = c.published;
    item.tags = c.tags;
    for (const GoldenEvent& e : c.events) item.events.push_back({e.source, e.target, e.cameo, e.date});
    file.items.push_back(std::move(item));
  }
  return file;
}

// All *.test files of a folder, in name order, as one gold file.
Result<GoldFile> ReadGoldenFolder(const std::string& path) {
  std::vector<std::string> tests;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
    if (entry.path().extension() == ".test") tests.push_back(entry.path().string());
  }
  if (ec) return Status::Io(path + ": cannot list the folder: " + ec.message());
  if (tests.empty()) return Status::NotFound(path + ": a gold folder must hold golden *.test files");
  std::sort(tests.begin(), tests.end());
  GoldFile all;
  all.path = path;
  all.format = GoldFormat::kGoldenTest;
  all.has_events = true;
  for (const std::string& t : tests) {
    auto file = ReadGoldenTests(t);
    if (!file.ok()) return file.status();
    for (GoldItem& item : file->items) {
      item.id = std::filesystem::path(t).filename().string() + ":" + item.id;
      all.items.push_back(std::move(item));
    }
  }
  return all;
}

Result<GoldFile> ReadGoldFile(const std::string& path) {
  std::filesystem::path p(path);
  if (std::filesystem::is_directory(p)) return ReadGoldenFolder(path);
  std::string ext = AsciiLower(p.extension().string());
  if (ext == ".xml") return ReadPetrXml(path);
  if (ext == ".test") return ReadGoldenTests(path);
  if (ext == ".tsv") return ReadConflibertClasses(path);
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::string_view body = Trim(*text);
  if (!body.empty() && body[0] == '[') return ParsePloverGsr(body, path);
  if (!body.empty() && body[0] == '<') return ParsePetrXml(*text, path);
  std::string_view first_line = body.substr(0, body.find('\n'));
  if (first_line.find('\t') != std::string_view::npos) return ParseConflibertClasses(*text, path);
  if (first_line.find(' ') != std::string_view::npos) return ParseConflibertSpans(*text, path);
  return Status::Invalid(path + ": unknown gold format (expected PETR .xml, PLOVER JSON, ConfliBERT "
                         ".tsv or token-tag spans, or a golden .test file)");
}

}  // namespace dyad::eval
