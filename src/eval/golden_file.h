// Our golden test cases (tests/golden/*.test, format in tests/golden/README.md), parsed once
// here so that the golden runner and `dyad eval` read them the same way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"
#include "dyad/status.h"

namespace dyad::eval {

// One "expect: DATE SOURCE TARGET CAMEO" line. Source, target and cameo may end in '*' (a
// prefix pattern); target is "-" for an event without one.
struct GoldenEvent {
  std::string date;    // ISO at the event's precision: "2023-10-27", "2023-10", "2023"
  std::string source;
  std::string target;
  std::string cameo;
  size_t line = 0;     // where it was written, for messages
};

struct GoldenCase {
  std::string name;
  Date published;                     // the article's publication date (date:)
  std::vector<std::string> tags;      // "negation", "hypothetical", "agency", ...
  std::string text;
  std::vector<GoldenEvent> events;    // empty with expect_none
  bool expect_none = false;
  std::string file;
  size_t line = 0;                    // the case: line
};

// Parses the cases of one .test file; path names it in messages ("a.test:12: ...").
Result<std::vector<GoldenCase>> ParseGoldenFile(std::string_view text, const std::string& path);
Result<std::vector<GoldenCase>> ReadGoldenFile(const std::string& path);

// True when value matches pattern: equal, or pattern ends in '*' and value starts with the rest.
bool GoldenMatch(std::string_view pattern, std::string_view value);

// True when a coded event (source code, target code or "-" for none, CAMEO code, ISO date)
// satisfies an expected one.
bool GoldenEventMatches(const GoldenEvent& expected, std::string_view source, std::string_view target,
                        std::string_view cameo, std::string_view date_iso);

}  // namespace dyad::eval
