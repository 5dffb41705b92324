// Parser of golden .test files: blocks of "key: value" lines separated by blank lines, '#'
// comment lines, each block one case (see tests/golden/README.md). Every error names the file
// and line and says what was expected.
#include "eval/golden_file.h"

#include "base/strings.h"
#include "eval/gold.h"

namespace dyad::eval {
namespace {

std::string At(const std::string& path, size_t line) { return path + ":" + std::to_string(line) + ": "; }

Status ParseExpect(std::string_view value, const std::string& path, size_t line, GoldenCase& c) {
  if (value == "none") {
    if (!c.events.empty()) return Status::Invalid(At(path, line) + "'expect: none' after an expected event");
    c.expect_none = true;
    return Status::Ok();
  }
  if (c.expect_none) return Status::Invalid(At(path, line) + "an expected event after 'expect: none'");
  std::vector<std::string_view> fields;
  for (std::string_view f : Split(value, ' ')) {
    if (!Trim(f).empty()) fields.push_back(Trim(f));
  }
  if (fields.size() != 4) {
    return Status::Invalid(At(path, line) + "expected 'expect: DATE SOURCE TARGET CAMEO' or 'expect: none', got '" +
                           std::string(value) + "'");
  }
  if (!ParseIsoDate(fields[0])) {
    return Status::Invalid(At(path, line) + "expected an ISO date (2023-10-27, 2023-10 or 2023), got '" +
                           std::string(fields[0]) + "'");
  }
  std::string_view cameo = fields[3];
  std::string_view digits = cameo.substr(0, cameo.find('*'));
  bool cameo_ok = !digits.empty() && digits.size() <= 4 && digits.find_first_not_of("0123456789") == std::string_view::npos &&
                  (cameo.size() == digits.size() || cameo.size() == digits.size() + 1);
  if (!cameo_ok || (cameo.back() != '*' && digits.size() < 3)) {
    return Status::Invalid(At(path, line) + "expected a CAMEO code (036) or prefix ending in '*' (04*), got '" +
                           std::string(cameo) + "'");
  }
  c.events.push_back({std::string(fields[0]), std::string(fields[1]),
                       std::string(fields[2]), std::string(cameo), line});
  return Status::Ok();
}

Status FinishCase(GoldenCase& c, const std::string& path) {
  std::string where = At(path, c.line) + "case '" + c.name + "': ";
  if (!c.published.valid()) return Status::Invalid(where + "needs 'date: YYYY-MM-DD'");
  if (c.text.empty()) return Status::Invalid(where + "needs 'text: ...'");
  if (c.events.empty() && !c.expect_none) {
    return Status::Invalid(where + "needs at least one 'expect:' line ('expect: none' for no event)");
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<GoldenCase>> ParseGoldenFile(std::string_view text, const std::string& path) {
  std::vector<GoldenCase> cases;
  bool open = false;
  size_t line_no = 0;
  for (std::string_view raw : Split(text, '\n')) {
    ++line_no;
    std::string_view line = Trim(raw);
    if (line.empty()) {
      if (open) DYAD_RETURN_IF_ERROR(FinishCase(cases.back(), path));
      open = false;
      continue;
    }
    if (line[0] == '#') continue;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      return Status::Invalid(At(path, line_no) + "expected 'key: value' (case, date, tags, text, expect), got '" +
                             std::string(line) + "'");
    }
    std::string_view key = Trim(line.substr(0, colon)), value = Trim(line.substr(colon + 1));
    if (!open) {
      if (key != "case") return Status::Invalid(At(path, line_no) + "a case must start with 'case: NAME'");
      if (value.empty()) return Status::Invalid(At(path, line_no) + "'case:' needs a name");
      for (const GoldenCase& c : cases) {
        if (c.name == value) return Status::Invalid(At(path, line_no) + "case name '" + std::string(value) + "' used twice");
      }
      cases.push_back({});
      cases.back().name = std::string(value);
      cases.back().file = path;
      cases.back().line = line_no;
      open = true;
      continue;
    }
    GoldenCase& c = cases.back();
    if (key == "date") {
      auto d = ParseIsoDate(value);
      if (!d || d->precision != DatePrecision::kDay) {
        return Status::Invalid(At(path, line_no) + "expected 'date: YYYY-MM-DD', got '" + std::string(value) + "'");
      }
      c.published = *d;
    } else if (key == "tags") {
      for (std::string_view t : Split(value, ' ')) {
        if (!Trim(t).empty()) c.tags.emplace_back(Trim(t));
      }
    } else if (key == "text") {
      c.text = std::string(value);
    } else if (key == "expect") {
      DYAD_RETURN_IF_ERROR(ParseExpect(value, path, line_no, c));
    } else {
      return Status::Invalid(At(path, line_no) + "unknown key '" + std::string(key) +
                             "' (expected case, date, tags, text or expect)");
    }
  }
  if (open) DYAD_RETURN_IF_ERROR(FinishCase(cases.back(), path));
  return cases;
}

Result<std::vector<GoldenCase>> ReadGoldenFile(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseGoldenFile(*text, path);
}

bool GoldenMatch(std::string_view pattern, std::string_view value) {
  if (!pattern.empty() && pattern.back() == '*') return StartsWith(value, pattern.substr(0, pattern.size() - 1));
  return pattern == value;
}

bool GoldenEventMatches(const GoldenEvent& expected, std::string_view source, std::string_view target,
                        std::string_view cameo, std::string_view date_iso) {
  return expected.date == date_iso && GoldenMatch(expected.source, source) &&
         GoldenMatch(expected.target, target) && GoldenMatch(expected.cameo, cameo);
}

}  // namespace dyad::eval
