// Line iteration shared by the dictionary readers.
#pragma once

#include <string_view>

namespace dyad::kb {

template <typename Fn>
void ForEachEntryLine(std::string_view text, Fn fn) {
  int number = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    ++number;
    pos = end + 1;
    // A comment starts at '#' at the start of the line or after a space.
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        line = line.substr(0, i);
        break;
      }
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) fn(number, line);
    if (end == text.size()) break;
  }
}

}  // namespace dyad::kb
