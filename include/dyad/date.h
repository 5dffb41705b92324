// Calendar dates at day, month or year precision, as the event contract needs them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dyad {

enum class DatePrecision { kDay, kMonth, kYear };

struct Date {
  int year = 0;
  int month = 0;  // 1-12, 0 when precision is year
  int day = 0;    // 1-31, 0 when precision is month or year
  DatePrecision precision = DatePrecision::kDay;

  bool valid() const { return year > 0; }
  // "2023-10-27", "2023-10" or "2023", by precision.
  std::string Iso() const;
  // YYYYMMDD with zeros for missing parts (GDELT's SQLDATE convention).
  int Yyyymmdd() const;
  // Days since 1970-01-01 of the first day the date covers.
  long DaysSinceEpoch() const;
  static Date FromDaysSinceEpoch(long days);
  // 0 = Sunday ... 6 = Saturday; day precision only.
  int Weekday() const;
  Date AddDays(long n) const;
  Date AddMonths(int n) const;  // keeps precision; clamps the day
  friend bool operator==(const Date&, const Date&) = default;
};

std::string_view PrecisionName(DatePrecision p);

// Parses "2023-10-27", "2023-10", "2023" (and a time suffix such as "T12:00:00Z", ignored).
std::optional<Date> ParseIsoDate(std::string_view text);

// Finds the first ISO date YYYY-MM-DD in a string such as a file name.
std::optional<Date> FindIsoDate(std::string_view text);

int DaysInMonth(int year, int month);

// The weekday a lower-case word names (0 = sunday ... 6 = saturday), else -1.
int WeekdayNamed(std::string_view lower);

// The month a lower-case word names (1-12; "jan", "jan.", "january", "sept"), else 0.
int MonthNamed(std::string_view lower);

// The month a lower-case word names in full ("march", "may"; not "mar", "sept."), else 0.
int MonthFullNamed(std::string_view lower);

}  // namespace dyad
