// Civil-calendar arithmetic by Howard Hinnant's days_from_civil / civil_from_days algorithms
// (proleptic Gregorian), which need no tables and no time zone.
#include "dyad/date.h"

#include <cctype>
#include <cstdio>

namespace dyad {
namespace {

long DaysFromCivil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

int Num(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

}  // namespace

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

std::string Date::Iso() const {
  char buf[16];
  switch (precision) {
    case DatePrecision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case DatePrecision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case DatePrecision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
  }
  return buf;
}

int Date::Yyyymmdd() const {
  int m = precision == DatePrecision::kYear ? 0 : month;
  int d = precision == DatePrecision::kDay ? day : 0;
  return year * 10000 + m * 100 + d;
}

long Date::DaysSinceEpoch() const {
  int m = month > 0 ? month : 1;
  int d = day > 0 ? day : 1;
  return DaysFromCivil(year, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

Date Date::FromDaysSinceEpoch(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  Date out;
  out.year = static_cast<int>(y + (m <= 2));
  out.month = static_cast<int>(m);
  out.day = static_cast<int>(d);
  out.precision = DatePrecision::kDay;
  return out;
}

int Date::Weekday() const {
  long z = DaysSinceEpoch();
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

Date Date::AddDays(long n) const { return FromDaysSinceEpoch(DaysSinceEpoch() + n); }

Date Date::AddMonths(int n) const {
  Date out = *this;
  int total = year * 12 + (month - 1) + n;
  out.year = total / 12;
  out.month = total % 12 + 1;
  if (out.day > 0) {
    int dim = DaysInMonth(out.year, out.month);
    if (out.day > dim) out.day = dim;
  }
  return out;
}

std::string_view PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "day";
}

std::optional<Date> ParseIsoDate(std::string_view s) {
  Date d;
  if (!Digits(s, 0, 4)) return std::nullopt;
  d.year = Num(s, 0, 4);
  if (d.year < 1) return std::nullopt;
  if (s.size() == 4) {
    d.precision = DatePrecision::kYear;
    return d;
  }
  if (s.size() < 7 || s[4] != '-' || !Digits(s, 5, 2)) return std::nullopt;
  d.month = Num(s, 5, 2);
  if (d.month < 1 || d.month > 12) return std::nullopt;
  if (s.size() == 7) {
    d.precision = DatePrecision::kMonth;
    return d;
  }
  if (s.size() < 10 || s[7] != '-' || !Digits(s, 8, 2)) return std::nullopt;
  d.day = Num(s, 8, 2);
  if (d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  d.precision = DatePrecision::kDay;
  return d;
}

std::optional<Date> FindIsoDate(std::string_view s) {
  for (size_t i = 0; i + 10 <= s.size(); ++i) {
    if (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) continue;
    if (!Digits(s, i, 4) || s[i + 4] != '-' || !Digits(s, i + 5, 2) || s[i + 7] != '-' ||
        !Digits(s, i + 8, 2))
      continue;
    if (i + 10 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 10]))) continue;
    if (auto d = ParseIsoDate(s.substr(i, 10))) return d;
  }
  return std::nullopt;
}

int WeekdayNamed(std::string_view w) {
  static const char* kDays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (int i = 0; i < 7; ++i)
    if (w == kDays[i]) return i;
  return -1;
}

// Called for nearly every word of a text, so the length is checked before any comparison.
int MonthNamed(std::string_view w) {
  static const char* kFull[] = {"january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december"};
  static const char* kShort[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3 || w.size() > 9) return 0;
  for (int i = 0; i < 12; ++i)
    if (w[0] == kShort[i][0] && (w == kFull[i] || w == kShort[i] || (i == 8 && w == "sept"))) return i + 1;
  return 0;
}

int MonthFullNamed(std::string_view w) {
  if (w.empty() || w.back() == '.') return 0;
  int m = MonthNamed(w);
  return m > 0 && (w.size() > 4 || w == "may" || w == "june" || w == "july") ? m : 0;
}

}  // namespace dyad
