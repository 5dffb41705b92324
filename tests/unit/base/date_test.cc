#include "dyad/date.h"

#include <gtest/gtest.h>

namespace dyad {

TEST(Date, ParsesIsoAtEachPrecision) {
  auto d = ParseIsoDate("2023-10-27");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->Iso(), "2023-10-27");
  EXPECT_EQ(ParseIsoDate("2023-10")->precision, DatePrecision::kMonth);
  EXPECT_EQ(ParseIsoDate("2023")->Iso(), "2023");
  EXPECT_FALSE(ParseIsoDate("2023-02-30"));
  EXPECT_FALSE(ParseIsoDate("20x3"));
  EXPECT_TRUE(ParseIsoDate("2023-10-27T08:00:00Z"));
}

TEST(Date, ArithmeticAcrossBoundaries) {
  Date d = *ParseIsoDate("2023-12-31");
  EXPECT_EQ(d.AddDays(1).Iso(), "2024-01-01");
  EXPECT_EQ(ParseIsoDate("2024-03-01")->AddDays(-1).Iso(), "2024-02-29");
  EXPECT_EQ(ParseIsoDate("2023-01-31")->AddMonths(1).Iso(), "2023-02-28");
  EXPECT_EQ(ParseIsoDate("2023-10-28")->Weekday(), 6);  // a Saturday
  EXPECT_EQ(ParseIsoDate("1970-01-01")->Weekday(), 4);  // a Thursday
}

TEST(Date, FindsDateInFileName) {
  auto d = FindIsoDate("articles/2023-10-28-biden-xi.txt");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->Iso(), "2023-10-28");
  EXPECT_FALSE(FindIsoDate("report-12023-10-28.txt"));
}

}  // namespace dyad
