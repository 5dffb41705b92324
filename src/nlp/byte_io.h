// Little-endian varint writer and bounds-checked reader for the model file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::nlp {

class ByteWriter {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void Var(uint64_t v) {
    while (v >= 0x80) {
      U8(static_cast<uint8_t>(v) | 0x80);
      v >>= 7;
    }
    U8(static_cast<uint8_t>(v));
  }
  void SignedVar(int64_t v) { Var((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void Str(std::string_view s) {
    Var(s.size());
    out_.append(s);
  }
  void Raw(std::string_view s) { out_.append(s); }
  const std::string& bytes() const { return out_; }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Reads what ByteWriter wrote; the first short or malformed read sets an error that sticks,
// so callers check ok() once per section.
class ByteReader {
 public:
  ByteReader(std::string_view in, std::string origin) : in_(in), origin_(std::move(origin)) {}
  uint8_t U8() {
    if (pos_ >= in_.size()) return Fail("a byte"), 0;
    return static_cast<uint8_t>(in_[pos_++]);
  }
  uint64_t Var() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = U8();
      if (!ok_) return 0;
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    Fail("a varint of at most 10 bytes");
    return 0;
  }
  int64_t SignedVar() {
    uint64_t v = Var();
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  // A count that must not exceed `limit` (guards allocations against corrupt files).
  uint64_t Count(uint64_t limit, const char* what) {
    uint64_t v = Var();
    if (ok_ && v > limit) Fail(what);
    return ok_ ? v : 0;
  }
  std::string Str() {
    uint64_t n = Var();
    if (!ok_ || n > in_.size() - pos_) return Fail("a string"), std::string();
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == in_.size(); }
  void Fail(const std::string& expected) {
    if (!ok_) return;
    ok_ = false;
    error_ = origin_ + ": byte " + std::to_string(pos_) + ": expected " + expected;
  }
  Status status() const { return ok_ ? Status::Ok() : Status::Invalid(error_); }

 private:
  std::string_view in_;
  std::string origin_;
  size_t pos_ = 0;
  bool ok_ = true;
  std::string error_;
};

}  // namespace dyad::nlp
