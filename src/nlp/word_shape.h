// Per-word attributes the tagger and parser hash into features: lower-cased form, affixes
// and the word's shape ("Xxxx", "dd.d"). Computed once per word per sentence.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "nlp/feature_hash.h"

namespace dyad::nlp {

struct WordAttributes {
  uint32_t lower = 0;   // hash of the ASCII-lower-cased form
  uint32_t shape = 0;   // hash of the shape: X upper, x lower, d digit, runs cut at 3
  uint32_t prefix[3] = {0, 0, 0};  // first 1..3 bytes (lower case)
  uint32_t suffix[4] = {0, 0, 0, 0};  // last 1..4 bytes (lower case)
};

inline std::string AsciiLowered(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline void ComputeAttributes(std::string_view form, WordAttributes& a) {
  std::string lower = AsciiLowered(form);
  a.lower = HashText(lower);
  std::string shape;
  char last = 0;
  int run = 0;
  for (unsigned char c : form) {
    char k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd'
           : c >= 0x80 ? 'u' : static_cast<char>(c);
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 3) shape.push_back(k);
  }
  a.shape = HashText(shape);
  std::string_view lv = lower;
  for (size_t k = 1; k <= 3; ++k) a.prefix[k - 1] = HashText(lv.substr(0, k)) + static_cast<uint32_t>(k);
  for (size_t k = 1; k <= 4; ++k)
    a.suffix[k - 1] = HashText(lv.size() > k ? lv.substr(lv.size() - k) : lv) + static_cast<uint32_t>(k);
}

}  // namespace dyad::nlp
