// The golden .test format (tests/golden/README.md): cases, expectations, patterns, errors.
#include "eval/golden_file.h"

#include <gtest/gtest.h>

#include "eval/gold.h"

namespace dyad::eval {
namespace {

constexpr const char* kTwoCases = R"(# diplomacy
case: wang-yi-meets-blinken
date: 2023-10-28
tags: diplomacy visit
text: Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken on Friday.
expect: 2023-10-27 CHNGOV USAGOV 04*
expect: 2023-10-27 USAGOV CHNGOV 04*

case: refused-talks
date: 2023-10-28
tags: negation
text: Russia refused to attend the talks.
expect: none
)";

TEST(GoldenFile, ReadsCases) {
  auto cases = ParseGoldenFile(kTwoCases, "g.test");
  ASSERT_TRUE(cases.ok()) << cases.status().message();
  ASSERT_EQ(cases->size(), 2u);
  const GoldenCase& a = (*cases)[0];
  EXPECT_EQ(a.name, "wang-yi-meets-blinken");
  EXPECT_EQ(a.published.Iso(), "2023-10-28");
  EXPECT_EQ(a.tags, (std::vector<std::string>{"diplomacy", "visit"}));
  EXPECT_EQ(a.line, 2u);
  EXPECT_EQ(a.file, "g.test");
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].date, "2023-10-27");
  EXPECT_EQ(a.events[0].source, "CHNGOV");
  EXPECT_EQ(a.events[0].target, "USAGOV");
  EXPECT_EQ(a.events[0].cameo, "04*");
  EXPECT_EQ(a.events[1].line, 7u);
  const GoldenCase& b = (*cases)[1];
  EXPECT_TRUE(b.expect_none);
  EXPECT_TRUE(b.events.empty());
}

TEST(GoldenFile, PatternsMatchByPrefix) {
  EXPECT_TRUE(GoldenMatch("04*", "042"));
  EXPECT_TRUE(GoldenMatch("USA*", "USAGOV"));
  EXPECT_TRUE(GoldenMatch("036", "036"));
  EXPECT_FALSE(GoldenMatch("036", "0361"));
  EXPECT_FALSE(GoldenMatch("04*", "140"));
  EXPECT_TRUE(GoldenMatch("-", "-"));
  GoldenEvent e{"2023-10", "RUS*", "-", "19*", 1};
  EXPECT_TRUE(GoldenEventMatches(e, "RUSMIL", "-", "190", "2023-10"));
  EXPECT_FALSE(GoldenEventMatches(e, "RUSMIL", "-", "190", "2023-10-01"));
  EXPECT_FALSE(GoldenEventMatches(e, "RUSMIL", "UKR", "190", "2023-10"));
}

void ExpectError(const char* text, const char* fragment) {
  auto cases = ParseGoldenFile(text, "bad.test");
  ASSERT_FALSE(cases.ok()) << text;
  EXPECT_NE(cases.status().message().find(fragment), std::string::npos) << cases.status().message();
}

TEST(GoldenFile, ErrorsSayWhereAndWhat) {
  ExpectError("date: 2023-01-01\n", "bad.test:1: a case must start with 'case: NAME'");
  ExpectError("case: a\ndate: 2023-01\ntext: x\nexpect: none\n", "bad.test:2: expected 'date: YYYY-MM-DD'");
  ExpectError("case: a\ndate: 2023-01-01\ntext: x\n", "needs at least one 'expect:'");
  ExpectError("case: a\ndate: 2023-01-01\nexpect: none\n", "needs 'text: ...'");
  ExpectError("case: a\ndate: 2023-01-01\ntext: x\nexpect: 2023 USA CHN\n", "bad.test:4: expected 'expect: DATE");
  ExpectError("case: a\ndate: 2023-01-01\ntext: x\nexpect: 2023 USA CHN 4\n", "CAMEO code");
  ExpectError("case: a\ndate: 2023-01-01\ntext: x\nexpect: none\nexpect: 2023 USA CHN 040\n", "after 'expect: none'");
  ExpectError("case: a\ndate: 2023-01-01\ntext: x\nwhen: now\n", "unknown key 'when'");
  ExpectError("case: a\ndate: 2023-01-01\ntext: x\nexpect: none\n\ncase: a\ndate: 2023-01-01\ntext: y\nexpect: none\n",
              "used twice");
}

}  // namespace
}  // namespace dyad::eval
