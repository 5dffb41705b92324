// Dates of events from the words of their sentence, anchored on the publication date: "on
// Friday", "yesterday", "last month", "next month", "on 27 October", "Oct. 27, 2023", "in 2017",
// "November's summit", "two days ago", "earlier this week". Precision follows what the text says:
// a named day is a day, a month is a month, a year a year (../shared/spec/events.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/date.h"

namespace dyad::coder {

enum class Tense { kPast, kPresent, kFuture };

struct DateMention {
  uint32_t first = 0;  // word index
  uint32_t last = 0;   // exclusive
  Date date;
};

// All date expressions in a sentence given as its words (any case; punctuation as separate
// words), in order. tense decides which way a bare weekday or month points from the
// publication date.
std::vector<DateMention> FindDates(const std::vector<std::string>& words, const Date& published,
                                   Tense tense);

}  // namespace dyad::coder
