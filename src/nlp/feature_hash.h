// Feature keys for the perceptrons: a template id and up to three attribute hashes mixed into
// 32 bits. Stable across machines and runs (the model file stores only the keys), so it must
// never change without bumping the model format version.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad::nlp {

inline uint32_t HashText(std::string_view s) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

inline uint32_t Mix(uint32_t h, uint32_t v) {
  h ^= v + 0x9e3779b9u + (h << 6) + (h >> 2);
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  return h;
}

inline uint32_t FeatureKey(uint32_t templ, uint32_t a) { return Mix(Mix(templ * 0x27d4eb2du, a), 1); }
inline uint32_t FeatureKey(uint32_t templ, uint32_t a, uint32_t b) {
  return Mix(Mix(Mix(templ * 0x27d4eb2du, a), b), 2);
}
inline uint32_t FeatureKey(uint32_t templ, uint32_t a, uint32_t b, uint32_t c) {
  return Mix(Mix(Mix(Mix(templ * 0x27d4eb2du, a), b), c), 3);
}

}  // namespace dyad::nlp
