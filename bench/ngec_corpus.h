// The NGEC synthetic stories (../shared/reference/NGEC_synthetic, a CSV with quoted multi-line
// fields) as JSONL articles, for the end-to-end driver and the ingest tests. Header-only so both
// can use it without a library of its own.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/strings.h"

namespace dyad::bench {

// Splits RFC 4180 CSV text into records of fields ("" quotes a quote; fields may hold newlines).
inline std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field)), field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.back().push_back(std::move(field)), field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(std::move(field));
  while (!rows.empty() && rows.back().size() <= 1) rows.pop_back();
  return rows;
}

// The stories as JSONL article lines (id, date, title, text, outlet); repeat r gets ids
// "ngec-r-i" so repeats are distinct articles. Empty when the file cannot be read.
inline std::vector<std::string> NgecArticles(const std::string& csv_path, int repeats = 1, size_t limit = 0) {
  std::ifstream in(csv_path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  auto rows = ParseCsv(ss.str());
  std::vector<std::string> out;
  if (rows.size() < 2) return out;
  const auto& header = rows[0];
  auto col = [&](const char* name) {
    for (size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return static_cast<int>(i);
    return -1;
  };
  int text = col("text"), title = col("title"), source = col("source");
  if (text < 0) return out;
  for (int r = 0; r < repeats; ++r) {
    for (size_t i = 1; i < rows.size() && (limit == 0 || i <= limit); ++i) {
      const auto& row = rows[i];
      if (static_cast<int>(row.size()) <= text || row[text].empty()) continue;
      std::string line = "{\"id\":\"ngec-" + std::to_string(r) + "-" + std::to_string(i) + "\",\"date\":\"2023-10-" +
                         std::to_string(10 + i % 19) + "\",\"title\":\"";
      if (title >= 0 && title < static_cast<int>(row.size())) AppendJsonEscaped(line, row[title]);
      line += "\",\"text\":\"";
      AppendJsonEscaped(line, row[text]);
      line += "\",\"outlet\":\"";
      if (source >= 0 && source < static_cast<int>(row.size())) AppendJsonEscaped(line, row[source]);
      line += "\"}";
      out.push_back(std::move(line));
    }
  }
  return out;
}

inline std::string NgecCsvPath(const std::string& shared_dir) {
  return shared_dir + "/reference/NGEC_synthetic/gpt_synthetic_events_2023-10-19_19.csv";
}

}  // namespace dyad::bench
