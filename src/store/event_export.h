// Writing the store out: GDELT 2.0 Events (61 columns) and Mentions (16 columns) tables, JSONL
// per the event record contract (one line per mention, with the event's counts added), CSV of
// the events table. The same row formatters serve `dyad query`.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "store/event_query.h"
#include "store/event_store.h"

namespace dyad::store {

// Formats: "gdelt-events", "gdelt-mentions", "jsonl", "csv".
struct ExportOptions {
  std::string format = "jsonl";
  std::optional<Date> from, to;  // inclusive, by event date
};

// Writes the export in chunks through write; an error from write stops it.
Status Export(EventStore& store, const ExportOptions& options, const std::function<Status(std::string_view)>& write);

// One events row as a JSON object line (query --format jsonl).
void AppendEventJson(const EventRow& e, std::string& out);
// The events CSV header and one row (RFC 4180 quoting).
std::string EventCsvHeader();
void AppendEventCsv(const EventRow& e, std::string& out);

}  // namespace dyad::store
