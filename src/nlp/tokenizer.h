// Internal pieces of the rule tokenizer, exposed for tests and for the evaluator.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::nlp {

struct RawToken {
  uint32_t begin = 0;  // byte offsets into the text
  uint32_t end = 0;
  uint16_t newlines_before = 0;  // line breaks in the whitespace before this token
  bool space_before = false;
  bool space_after = false;
};

// Longest sentence the splitter lets through before it cuts (unpunctuated text).
inline constexpr uint32_t kMaxSentenceTokens = 100;

// Splits text into words as UD English does (clitics and hyphens split, abbreviations kept,
// URLs and e-mail addresses whole). Linear in the text's length.
std::vector<RawToken> TokenizeWords(std::string_view text);

// Groups the tokens into sentences; returns one past the last token of each sentence.
std::vector<uint32_t> SplitSentences(std::string_view text, const std::vector<RawToken>& tokens);

}  // namespace dyad::nlp
