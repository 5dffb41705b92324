// Word lists the tokenizer and sentence splitter consult. They describe English orthography
// (abbreviations, clitics, hyphen prefixes), not actors, verbs or places.
#pragma once

#include <string_view>

namespace dyad::nlp {

enum class AbbreviationKind {
  kNone,
  kNeverFinal,  // a title, month or "e.g.": the next word belongs to the same sentence
  kMaybeFinal,  // "Inc.", "Jr.", "etc.": ends a sentence when a sentence starter follows
};

// How `word` (without its final period, any case) is used as an abbreviation.
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// True for capitalised function words that usually open a sentence ("The", "He", "But").
bool IsSentenceStarter(std::string_view word);

// True when `prefix` (lower case) keeps its hyphen in UD English ("co-workers", "e-mail").
bool IsHyphenPrefix(std::string_view prefix);

// For a contraction written without its apostrophe ("dont", "cannot", "gonna"): the byte
// length of the first word, else 0.
int UnmarkedContractionSplit(std::string_view lower_word);

// Clitics split off the end of a word, as UD does ("n't", "'s", "'ll"); ASCII apostrophe form.
inline constexpr std::string_view kCliticSuffixes[] = {"n't", "'s", "'m", "'re", "'ve", "'ll",
                                                       "'d"};

}  // namespace dyad::nlp
