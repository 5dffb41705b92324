// How dictionary phrases and sentence tokens are compared: both are cut into tokens and each
// token is normalised (case-folded, curly quotes straightened, periods dropped so "U.S." and
// "US" agree, possessive "'s" made transparent). Short all-capital acronyms ("US", "UN", "AP")
// stay case-sensitive so the pronoun "us" is not the United States.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::kb {

// Cuts text into word tokens the way a Penn/UD tokenizer does for names: whitespace, outer
// punctuation, hyphens and a possessive "'s" split off as UD English does; inner periods kept ("U.S.").
std::vector<Span> TokenizeText(std::string_view text);

// The tokens of a phrase as strings.
std::vector<std::string> PhraseTokens(std::string_view phrase);

// The matching key of one token: "" for tokens that are transparent in a match ("'s", ".").
std::string NormalizeToken(std::string_view token);

// Prefix marking a case-sensitive key ("\x01us" is "US" written in capitals).
inline constexpr char kCaseMark = '\x01';

// The key a dictionary token is indexed under: NormalizeToken, with kCaseMark for 2-3 letter
// all-capital acronyms.
std::string DictionaryKey(std::string_view token);

// True when the text token is written in capitals (so it may match a case-marked key).
bool IsAllCaps(std::string_view token);

// A document holding `text` as one sentence, tokenized by TokenizeText (tests, lookups, self-tests).
Document MakeSentenceDocument(std::string text);

// The key of a whole phrase: its normalised tokens joined by single spaces.
std::string NormalizePhrase(std::string_view phrase);

}  // namespace dyad::kb
