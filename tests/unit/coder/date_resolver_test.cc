#include "coder/date_resolver.h"

#include <gtest/gtest.h>

#include <cctype>
#include <sstream>

namespace dyad::coder {
namespace {

// Splits on spaces; commas and "'s" must already be separate words, as the tokenizer leaves them.
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string First(const std::string& sentence, const char* published, Tense tense = Tense::kPast) {
  auto found = FindDates(Words(sentence), *ParseIsoDate(published), tense);
  return found.empty() ? "none" : found[0].date.Iso() + "/" + std::string(PrecisionName(found[0].date.precision));
}

struct Case {
  const char* sentence;
  const char* published;
  Tense tense;
  const char* expected;
};

class DateCases : public ::testing::TestWithParam<Case> {};

// Readable test names: the sentence's words joined by underscores.
std::string CaseName(const ::testing::TestParamInfo<Case>& info) {
  std::string name = std::to_string(info.index) + "_";
  for (const char* p = info.param.sentence; *p; ++p) name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
  return name;
}

TEST_P(DateCases, Resolves) {
  const Case& c = GetParam();
  EXPECT_EQ(First(c.sentence, c.published, c.tense), c.expected) << c.sentence << " @ " << c.published;
}

// 2023-10-28 is a Saturday.
INSTANTIATE_TEST_SUITE_P(
    Relative, DateCases,
    ::testing::Values(
        Case{"they met on Friday", "2023-10-28", Tense::kPast, "2023-10-27/day"},
        Case{"they met on Saturday", "2023-10-28", Tense::kPast, "2023-10-28/day"},
        Case{"they met on Sunday", "2023-10-28", Tense::kPast, "2023-10-22/day"},
        Case{"they will meet on Monday", "2023-10-28", Tense::kFuture, "2023-10-30/day"},
        Case{"they will meet on Friday", "2023-10-28", Tense::kFuture, "2023-11-03/day"},
        Case{"last Friday the talks ended", "2023-10-27", Tense::kPast, "2023-10-20/day"},
        Case{"talks resume next Tuesday", "2023-10-28", Tense::kFuture, "2023-10-31/day"},
        Case{"police fired yesterday", "2023-10-28", Tense::kPast, "2023-10-27/day"},
        Case{"police fired yesterday", "2024-01-01", Tense::kPast, "2023-12-31/day"},
        Case{"yesterday", "2024-03-01", Tense::kPast, "2024-02-29/day"},
        Case{"he arrives tomorrow", "2023-12-31", Tense::kFuture, "2024-01-01/day"},
        Case{"the minister said today", "2023-10-28", Tense::kPresent, "2023-10-28/day"},
        Case{"an attack last night", "2023-10-28", Tense::kPast, "2023-10-27/day"},
        Case{"they met on Thursday", "2024-01-02", Tense::kPast, "2023-12-28/day"},
        Case{"last month", "2023-10-28", Tense::kPast, "2023-09/month"},
        Case{"last month", "2024-01-15", Tense::kPast, "2023-12/month"},
        Case{"next month", "2023-12-15", Tense::kFuture, "2024-01/month"},
        Case{"this month", "2023-10-28", Tense::kPast, "2023-10/month"},
        Case{"last year", "2023-10-28", Tense::kPast, "2022/year"},
        Case{"next year", "2023-10-28", Tense::kFuture, "2024/year"},
        Case{"two days ago", "2023-10-28", Tense::kPast, "2023-10-26/day"},
        Case{"3 days ago", "2023-03-01", Tense::kPast, "2023-02-26/day"},
        Case{"a month ago", "2023-03-31", Tense::kPast, "2023-02/month"},
        Case{"two years ago", "2023-10-28", Tense::kPast, "2021/year"},
        Case{"earlier this week", "2023-10-28", Tense::kPast, "2023-10/month"},
        Case{"last week", "2023-10-03", Tense::kPast, "2023-09/month"},
        Case{"in two days", "2023-12-31", Tense::kFuture, "2024-01-02/day"},
        // Weekends are dated by their Saturday; 2023-10-30 is a Monday.
        Case{"clashes over the weekend", "2023-10-30", Tense::kPast, "2023-10-28/day"},
        Case{"clashes over the weekend", "2023-10-29", Tense::kPast, "2023-10-28/day"},
        Case{"protests last weekend", "2023-10-28", Tense::kPast, "2023-10-21/day"},
        Case{"protests last weekend", "2024-01-02", Tense::kPast, "2023-12-30/day"},
        Case{"talks this weekend", "2023-10-26", Tense::kFuture, "2023-10-28/day"},
        Case{"talks next weekend", "2023-10-28", Tense::kFuture, "2023-11-04/day"}),
    CaseName);

INSTANTIATE_TEST_SUITE_P(
    Calendar, DateCases,
    ::testing::Values(
        Case{"on 27 October", "2023-10-28", Tense::kPast, "2023-10-27/day"},
        Case{"on October 27", "2023-10-28", Tense::kPast, "2023-10-27/day"},
        Case{"on Oct. 27 , 2021", "2023-10-28", Tense::kPast, "2021-10-27/day"},
        Case{"on Dec. 30", "2024-01-02", Tense::kPast, "2023-12-30/day"},
        Case{"on Jan. 6", "2023-12-20", Tense::kFuture, "2024-01-06/day"},
        Case{"on the 5th of November 2022", "2023-10-28", Tense::kPast, "2022-11-05/day"},
        Case{"in November", "2023-10-28", Tense::kPast, "2022-11/month"},
        Case{"in November", "2023-10-28", Tense::kFuture, "2023-11/month"},
        Case{"at November 's G20 summit", "2023-10-28", Tense::kPast, "2022-11/month"},
        Case{"in March 2022", "2023-10-28", Tense::kPast, "2022-03/month"},
        Case{"in 2017", "2023-10-28", Tense::kPast, "2017/year"},
        Case{"since 2014", "2023-10-28", Tense::kPast, "2014/year"},
        Case{"October 2022", "2023-10-28", Tense::kPast, "2022-10/month"},
        Case{"on Feb. 29 , 2024", "2024-03-05", Tense::kPast, "2024-02-29/day"},
        // Fixed-date holidays, across the year's end.
        Case{"on New Year 's Eve", "2025-01-03", Tense::kPast, "2024-12-31/day"},
        Case{"on New Year 's Day", "2025-01-03", Tense::kPast, "2025-01-01/day"},
        Case{"on Christmas Eve", "2024-12-27", Tense::kPast, "2024-12-24/day"},
        Case{"on Christmas Day", "2024-12-20", Tense::kFuture, "2024-12-25/day"},
        Case{"on Boxing Day", "2025-01-10", Tense::kPast, "2024-12-26/day"}),
    CaseName);

TEST(DateResolver, IgnoresModalMayAndVerbMarch) {
  EXPECT_EQ(First("China may impose sanctions", "2023-10-28"), "none");
  EXPECT_EQ(First("thousands march on parliament", "2023-10-28"), "none");
  EXPECT_EQ(First("protests began in March", "2023-10-28"), "2023-03/month");
}

TEST(DateResolver, FindsEveryExpressionInOrder) {
  auto found = FindDates(Words("talks on Friday , after a summit last month"), *ParseIsoDate("2023-10-28"),
                         Tense::kPast);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].first, 2u);
  EXPECT_EQ(found[0].date.Iso(), "2023-10-27");
  EXPECT_EQ(found[1].date.Iso(), "2023-09");
}

}  // namespace
}  // namespace dyad::coder
