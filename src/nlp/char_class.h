// Character classes the tokenizer needs, over ICU's Unicode properties.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>

namespace dyad::nlp {

// One decoded code point and its bytes in the text.
struct CodePoint {
  UChar32 cp;
  uint32_t begin;
  uint32_t end;
};

// Decodes the code point at byte `at`; ill-formed bytes read as U+FFFD, one byte long.
inline CodePoint DecodeAt(std::string_view text, uint32_t at) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  if (c < 0) c = 0xFFFD;
  return {c, at, static_cast<uint32_t>(i)};
}

// ASCII answers without calling ICU (most of the text is ASCII); the answers are ICU's own for
// every code point below 0x80 (tested in tokenizer_test.cc against the Icu* references).
inline bool IcuIsSpace(UChar32 c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF; }
inline bool IsSpace(UChar32 c) { return c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) : IcuIsSpace(c); }
inline bool IsLetter(UChar32 c) { return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c); }
inline bool IsDigit(UChar32 c) { return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c); }
inline bool IsUpper(UChar32 c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c); }
inline bool IsLower(UChar32 c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c); }
inline bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC || c == '`'; }
inline bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }
inline bool IsDash(UChar32 c) { return (c >= 0x2012 && c <= 0x2015) || c == 0x2E3A || c == 0x2E3B; }
inline bool IsCurrency(UChar32 c) { return c < 0x80 ? c == '$' : u_charType(c) == U_CURRENCY_SYMBOL; }
inline bool IsBullet(UChar32 c) {
  return c == 0x2022 || c == 0x00B7 || c == 0x25AA || c == 0x25E6 || c == 0x2023 ||
         c == 0x25CF || c == 0x25A0 || c == 0x25BA || c == 0x2043;
}
inline bool IsOpener(UChar32 c) {
  return c == '(' || c == '[' || c == '{' || c == '"' || c == 0x201C || c == 0x2018 ||
         c == 0x00AB || c == 0x201E || c == 0x201A || c == 0x00BF || c == 0x00A1 ||
         IsApostrophe(c);
}
inline bool IsCloser(UChar32 c) {
  return c == ')' || c == ']' || c == '}' || c == '"' || c == 0x201D || c == 0x00BB ||
         IsApostrophe(c);
}
inline bool IsEllipsis(UChar32 c) { return c == 0x2026; }

}  // namespace dyad::nlp
