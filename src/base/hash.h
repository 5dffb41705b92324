// Stable 64-bit FNV-1a hashing, for ids that must be the same on every machine and run.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

inline uint64_t Fnv1a64(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// 16 lower-case hex digits.
std::string Hex64(uint64_t v);

}  // namespace dyad
