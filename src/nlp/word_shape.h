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

// One pass over the bytes, no strings built: the lower-cased hash's running state gives the
// prefixes, the suffixes hash the last bytes again. Equal to hashing the strings
// AsciiLowered(form), its shape, lv.substr(0, k) and lv.substr(size - k) (the model's keys
// depend on it).
inline unsigned char AsciiLowerByte(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

// U+02BC (modifier letter apostrophe), which some outlets type for the apostrophe
// ("governmentʼs"), read as the ASCII one. The treebank has none, so the trained features are
// unchanged; words with it are analysed like their ASCII spelling.
inline bool HasModifierApostrophe(std::string_view form) {
  return form.find("\xCA\xBC") != std::string_view::npos;
}
inline std::string WithAsciiApostrophes(std::string_view form) {
  std::string out;
  out.reserve(form.size());
  for (size_t i = 0; i < form.size(); ++i) {
    if (i + 1 < form.size() && form[i] == '\xCA' && form[i + 1] == '\xBC') {
      out += '\'';
      ++i;
    } else {
      out += form[i];
    }
  }
  return out;
}

inline void ComputeAttributes(std::string_view form, WordAttributes& a) {
  if (HasModifierApostrophe(form)) return ComputeAttributes(WithAsciiApostrophes(form), a);
  constexpr uint32_t kBasis = 2166136261u, kPrime = 16777619u;  // HashText's FNV-1a
  const size_t n = form.size();
  uint32_t lower = kBasis, shape = kBasis;
  unsigned char last = 0;
  int run = 0;
  for (size_t j = 0; j < n; ++j) {
    const unsigned char c = static_cast<unsigned char>(form[j]);
    lower = (lower ^ AsciiLowerByte(c)) * kPrime;
    if (j < 3) a.prefix[j] = lower + static_cast<uint32_t>(j + 1);
    const unsigned char k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd'
                          : c >= 0x80 ? 'u' : c;
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 3) shape = (shape ^ k) * kPrime;
  }
  a.lower = lower;
  a.shape = shape;
  for (size_t k = n; k < 3; ++k) a.prefix[k] = lower + static_cast<uint32_t>(k + 1);
  for (size_t k = 1; k <= 4; ++k) {
    uint32_t h = kBasis;
    for (size_t j = n > k ? n - k : 0; j < n; ++j) h = (h ^ AsciiLowerByte(static_cast<unsigned char>(form[j]))) * kPrime;
    a.suffix[k - 1] = h + static_cast<uint32_t>(k);
  }
}

}  // namespace dyad::nlp
