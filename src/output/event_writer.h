// Event writers: JSONL per the event contract (../shared/spec/events.md), TSV with a header row,
// and GDELT 2.0's 61-column Events table. A writer formats one Document's events into a string,
// so worker threads can format and one thread can write them in input order.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::output {

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  // Text to write once before any event (a header row), possibly empty.
  virtual std::string Header() const = 0;
  // Appends every event of doc to out, one line each.
  virtual void Append(const Document& doc, std::string& out) const = 0;
};

// format: "jsonl" (default), "tsv" or "gdelt".
Result<std::unique_ptr<const EventWriter>> MakeEventWriter(std::string_view format);

// The stable id of an event: the same article coded twice gives the same id.
std::string EventId(const Document& doc, const Event& e);

// Code-point offset of byte offset `byte` within the UTF-8 string s.
uint32_t CharOffset(std::string_view s, uint32_t byte);

}  // namespace dyad::output
