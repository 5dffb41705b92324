// GDELT 2.0 Events table rows (61 tab-separated columns, in the codebook's order, no header in
// GDELT's own files; we write the column names as a header row for readability).
#pragma once

#include <array>
#include <memory>
#include <string>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::output {

class EventWriter;

// The column names in order (GLOBALEVENTID ... SOURCEURL).
const std::array<const char*, 61>& GdeltEventColumns();

// What one GDELT events row needs, independent of where it comes from (a coded Document or
// the event store).
struct GdeltEvent {
  uint64_t global_id = 0;
  Date date;
  std::string actor1_code, actor1_name, actor1_country, actor1_role;
  std::string actor2_code, actor2_name, actor2_country, actor2_role;
  bool is_root = false;
  std::string cameo;
  int quad_class = 0;
  double goldstein = 0;
  int num_mentions = 1, num_sources = 1, num_articles = 1;
  bool has_location = false;
  Location location;
  Date added;
  std::string source_url;
};

// Appends one row (61 columns, newline-terminated).
void AppendGdeltRow(const GdeltEvent& e, std::string& out);

// FIPS 10-4 code of an ISO 3166-1 alpha-3 code (GDELT's geography columns), "" when unknown.
std::string FipsOf(const std::string& iso3);

Result<std::unique_ptr<const EventWriter>> MakeGdeltWriter();

}  // namespace dyad::output
