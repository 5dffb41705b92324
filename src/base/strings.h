// Small string helpers used across stages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

std::string_view Trim(std::string_view s);
std::vector<std::string_view> Split(std::string_view s, char sep);
std::string AsciiLower(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);

// True when s is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool IsValidUtf8(std::string_view s);
// Byte offset of the first ill-formed sequence, or npos.
size_t FirstInvalidUtf8(std::string_view s);

// Appends s to out as the body of a JSON string (quotes not included).
void AppendJsonEscaped(std::string& out, std::string_view s);

}  // namespace dyad
