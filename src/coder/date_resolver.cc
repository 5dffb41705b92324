// A left-to-right scan over lower-cased words. At each position the longest of a few fixed
// shapes is tried (relative day words, weekday with optional last/next/this, month with
// optional day and year, day before month, "N units ago", "last/next/this unit", a bare year
// after "in"); a match consumes its words. Weekdays and months without a direction take the
// sentence's tense: past points back from the publication date, future forward.
#include "coder/date_resolver.h"

#include <cctype>
#include <algorithm>
#include <optional>
#include <string_view>

#include "base/strings.h"

namespace dyad::coder {
namespace {

std::optional<int> Number(std::string_view w) {
  static const char* kWords[] = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                                 "eight", "nine", "ten", "eleven", "twelve"};
  for (int i = 0; i < 13; ++i)
    if (w == kWords[i]) return i;
  if (w == "a" || w == "an") return 1;
  if (w == "several" || w == "few") return std::nullopt;
  if (w.empty() || w.size() > 4) return std::nullopt;
  int v = 0;
  for (char c : w) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// "27", "27th", "1st"
std::optional<int> DayOfMonth(std::string_view w) {
  size_t n = 0;
  while (n < w.size() && std::isdigit(static_cast<unsigned char>(w[n]))) ++n;
  if (n == 0 || n > 2) return std::nullopt;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return std::nullopt;
  int d = std::stoi(std::string(w.substr(0, n)));
  if (d < 1 || d > 31) return std::nullopt;
  return d;
}

std::optional<int> Year(std::string_view w) {
  if (w.size() != 4) return std::nullopt;
  for (char c : w)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  int y = std::stoi(std::string(w));
  if (y < 1900 || y > 2100) return std::nullopt;
  return y;
}

Date Day(const Date& d) {
  Date out = d;
  out.precision = DatePrecision::kDay;
  return out;
}

Date MonthOf(int year, int month) { return Date{year, month, 0, DatePrecision::kMonth}; }

// The weekday wd nearest the publication date in the direction dir (-1 back, +1 forward);
// the publication day itself counts for both.
Date NearestWeekday(const Date& pub, int wd, int dir, bool strict) {
  int today = pub.Weekday();
  int delta = dir < 0 ? (today - wd + 7) % 7 : (wd - today + 7) % 7;
  if (delta == 0 && strict) delta = 7;
  return Day(pub.AddDays(dir < 0 ? -delta : delta));
}

// The month `month` nearest the publication date in direction dir (its own month counts).
Date NearestMonth(const Date& pub, int month, int dir) {
  int year = pub.year;
  if (dir < 0 && month > pub.month) --year;
  if (dir > 0 && month < pub.month) ++year;
  return MonthOf(year, month);
}

// A day and month without a year: the nearest such day in the direction of the tense, with a
// day's slack for reports filed after midnight.
Date NearestDay(const Date& pub, int month, int day, int dir) {
  Date d{pub.year, month, day, DatePrecision::kDay};
  if (day > DaysInMonth(pub.year, month)) d.day = DaysInMonth(pub.year, month);
  long diff = d.DaysSinceEpoch() - pub.DaysSinceEpoch();
  if (dir < 0 && diff > 1) d.year -= 1;
  if (dir > 0 && diff < -1) d.year += 1;
  return d;
}

}  // namespace

std::vector<DateMention> FindDates(const std::vector<std::string>& raw, const Date& pub, Tense tense) {
  std::vector<std::string> w;
  w.reserve(raw.size());
  for (const auto& s : raw) w.push_back(AsciiLower(s));
  const int dir = tense == Tense::kFuture ? 1 : -1;
  auto at = [&](size_t i) -> std::string_view { return i < w.size() ? std::string_view(w[i]) : ""; };
  std::vector<DateMention> out;
  size_t i = 0;
  while (i < w.size()) {
    std::string_view a = at(i), b = at(i + 1), c = at(i + 2), d = at(i + 3);
    auto emit = [&](size_t n, Date date) {
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + n), date});
      i += n;
    };
    // Relative day words.
    if (a == "today" || a == "tonight") { emit(1, Day(pub)); continue; }
    if (a == "yesterday") { emit(1, Day(pub.AddDays(-1))); continue; }
    if (a == "tomorrow") { emit(1, Day(pub.AddDays(1))); continue; }
    if (a == "this" && (b == "morning" || b == "afternoon" || b == "evening")) { emit(2, Day(pub)); continue; }
    if (a == "last" && b == "night") { emit(2, Day(pub.AddDays(-1))); continue; }
    if (a == "earlier" && b == "this" && c == "week") { emit(3, MonthOf(pub.AddDays(-3).year, pub.AddDays(-3).month)); continue; }
    if (a == "later" && b == "this" && c == "week") { emit(3, MonthOf(pub.AddDays(3).year, pub.AddDays(3).month)); continue; }
    // "over the weekend", "last weekend", "this weekend": the weekend's Saturday, the last one
    // (or this one, on a Saturday or Sunday) for the past, the next one for the future.
    if ((a == "last" || a == "this" || a == "next" || ((a == "over" || a == "at") && b == "the")) &&
        (b == "weekend" || c == "weekend")) {
      const size_t n = b == "weekend" ? 2 : 3;
      int sign = a == "last" ? -1 : a == "next" ? 1 : dir;
      emit(n, NearestWeekday(pub, 6, sign, a == "last" || a == "next"));
      continue;
    }
    // Fixed-date holidays: "on New Year's Eve", "on Christmas Day".
    if (a == "new" && b == "year" && c == "'s" && (d == "eve" || d == "day")) {
      emit(4, d == "eve" ? NearestDay(pub, 12, 31, dir) : NearestDay(pub, 1, 1, dir));
      continue;
    }
    if (a == "christmas" && (b == "eve" || b == "day")) {
      emit(2, NearestDay(pub, 12, b == "eve" ? 24 : 25, dir));
      continue;
    }
    if (a == "boxing" && b == "day") { emit(2, NearestDay(pub, 12, 26, dir)); continue; }
    // last/next/this + weekday | week | month | year
    if (a == "last" || a == "next" || a == "this" || a == "past" || a == "coming") {
      int sign = (a == "last" || a == "past") ? -1 : (a == "next" || a == "coming") ? 1 : 0;
      if (int wd = WeekdayNamed(b); wd >= 0) {
        emit(2, sign == 0 ? NearestWeekday(pub, wd, dir, false) : NearestWeekday(pub, wd, sign, true));
        continue;
      }
      if (b == "week") {
        Date mid = pub.AddDays(7 * sign);
        emit(2, MonthOf(mid.year, mid.month));
        continue;
      }
      if (b == "month") { emit(2, MonthOf(pub.AddMonths(sign).year, pub.AddMonths(sign).month)); continue; }
      if (b == "year") { emit(2, Date{pub.year + sign, 0, 0, DatePrecision::kYear}); continue; }
      if (int m = MonthNamed(b); m && b != "may") { emit(2, NearestMonth(pub, m, sign == 0 ? dir : sign)); continue; }
    }
    // N days/weeks/months/years ago; in N days
    if (auto n = Number(a); n && c == "ago") {
      if (b == "day" || b == "days") { emit(3, Day(pub.AddDays(-*n))); continue; }
      if (b == "week" || b == "weeks") { Date x = pub.AddDays(-7 * *n); emit(3, MonthOf(x.year, x.month)); continue; }
      if (b == "month" || b == "months") { Date x = pub.AddMonths(-*n); emit(3, MonthOf(x.year, x.month)); continue; }
      if (b == "year" || b == "years") { emit(3, Date{pub.year - *n, 0, 0, DatePrecision::kYear}); continue; }
    }
    if (a == "in" && (b == "two" || b == "three" || Number(b)) && (c == "days" || c == "day")) {
      emit(3, Day(pub.AddDays(*Number(b))));
      continue;
    }
    // Weekday, optionally followed by a day-month ("Friday, Oct. 27").
    if (int wd = WeekdayNamed(a); wd >= 0) {
      emit(1, NearestWeekday(pub, wd, dir, false));
      continue;
    }
    // Month [day] [,] [year] | Month's | Month year
    if (int m = MonthNamed(a); m && !(a == "may" && !DayOfMonth(b) && !Year(b)) &&
                              !(a == "march" && !DayOfMonth(b) && !Year(b) && at(i ? i - 1 : 0) != "in")) {
      if (auto day = DayOfMonth(b)) {
        size_t n = 2;
        std::optional<int> year;
        if (c == "," && Year(d)) year = Year(d), n = 4;
        else if (Year(c)) year = Year(c), n = 3;
        if (year) emit(n, Date{*year, m, std::min(*day, DaysInMonth(*year, m)), DatePrecision::kDay});
        else emit(n, NearestDay(pub, m, *day, dir));
        continue;
      }
      if (auto year = Year(b)) { emit(2, MonthOf(*year, m)); continue; }
      if (b == "'s") { emit(2, NearestMonth(pub, m, dir)); continue; }
      emit(1, NearestMonth(pub, m, dir));
      continue;
    }
    // Day Month [Year]: "27 October", "27th of October 2023"
    if (auto day = DayOfMonth(a)) {
      size_t k = i + 1;
      if (at(k) == "of") ++k;
      if (int m = MonthNamed(at(k))) {
        size_t n = k + 1 - i;
        if (auto year = Year(at(k + 1))) {
          emit(n + 1, Date{*year, m, std::min(*day, DaysInMonth(*year, m)), DatePrecision::kDay});
        } else {
          emit(n, NearestDay(pub, m, *day, dir));
        }
        continue;
      }
    }
    // "in 2017", "since 2014", "by 2030"
    if ((a == "in" || a == "since" || a == "by" || a == "during") && Year(b)) {
      ++i;
      emit(1, Date{*Year(w[i]), 0, 0, DatePrecision::kYear});
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace dyad::coder
