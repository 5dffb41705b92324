// Reading the store: filtered event lists and the per-day/week/month series analysts plot.
// Filters become one SQL WHERE clause over the events table, shaped so SQLite can use the
// dyad, actor and date indexes; text search goes through the FTS5 index of mention sentences.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dyad/date.h"
#include "dyad/status.h"
#include "store/event_store.h"

namespace dyad::store {

struct EventFilter {
  std::string actor;            // either side: a country (3 letters) or an actor-code prefix
  std::string dyad_source;      // with dyad_target: source -> target (country or code prefix)
  std::string dyad_target;
  bool either_direction = false;  // the dyad in both directions
  std::string country;          // either side's country
  std::string role;             // either side's role code (GOV, MIL, ...)
  std::vector<std::string> cameo;  // CAMEO codes or roots, each a prefix ("03", "036")
  int quad_class = 0;           // 1-4; 0 = any
  std::optional<Date> from, to; // inclusive, by the event's first day
  std::string place;            // location name (any case) or location country code
  std::string text;             // FTS5 query over the evidence sentences
  int64_t limit = -1;           // -1 = no limit
};

// The first day after the period a date names: the next day, or the first of the next month
// or year for month and year precision (an inclusive --to becomes an exclusive day bound).
long DayAfter(const Date& d);

// Parses "USA:CHN" into dyad_source/dyad_target.
Status ParseDyad(const std::string& text, EventFilter* filter);

// One events row as query and export return it.
struct EventRow {
  int64_t event_id = 0;
  Date date;
  std::string source_code, source_country, source_role, source_name;
  std::string target_code, target_country, target_role, target_name;
  bool has_target = true;
  std::string cameo, root, plover;
  int quad_class = 0;
  double goldstein = 0;
  bool has_location = false;
  Location location;
  bool is_root = false;
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  int first_seen = 0, last_seen = 0;  // YYYYMMDD
  std::string source_url;
  std::string example;  // the sentence of its first mention
};

// Calls on_row for each event matching filter, by date then id. on_row returning false stops.
Status QueryEvents(EventStore& store, const EventFilter& filter, const std::function<bool(const EventRow&)>& on_row);

enum class Bucket { kDay, kWeek, kMonth };
Result<Bucket> ParseBucket(const std::string& name);

struct SeriesPoint {
  Date start;            // the bucket's first day (weeks start on Monday)
  int quad_class = 0;
  int64_t events = 0, mentions = 0;
  double goldstein_sum = 0;
  double goldstein_mean() const { return events ? goldstein_sum / events : 0; }
};

// Counts and Goldstein sums per bucket and QuadClass of the events matching filter: a dyad
// (one way, or both with either_direction) or a country on either side. Sorted by bucket, then
// QuadClass; buckets without events are absent.
// Country-level dyads and countries, filtered at most by dates and QuadClass, are read from the
// daily roll-up tables; any other filter scans the matching events.
Result<std::vector<SeriesPoint>> Series(EventStore& store, const EventFilter& filter, Bucket bucket);
// The same answer from the events table alone (the reference the roll-ups are tested against).
Result<std::vector<SeriesPoint>> SeriesFromEvents(EventStore& store, const EventFilter& filter, Bucket bucket);

}  // namespace dyad::store
