// Tag repairs that consult the lemmatizer's lexicon of treebank lemmas by word class.
#pragma once

#include <string_view>
#include <vector>

#include "nlp/lemmatizer.h"
#include "nlp/tagger.h"

namespace dyad::nlp {

// "Palestinians reject[JJ] proposed changes", "The Houthis vow[NN] to continue": in a headline's
// present tense, a lower-case word right after a plural noun that opens the sentence's first
// clause (no verb before it, none right after it), read as a singular noun or an adjective, is
// the clause's verb (VBP) when the treebank had it more often as a verb than as a noun and never
// as an adjective ("hand", "group", "demand" stay nouns).
void MarkPresentAfterPluralSubject(const Tagger& tagger, const Lemmatizer& lemmatizer,
                                   const std::vector<std::string_view>& words, std::vector<int>& tags);

}  // namespace dyad::nlp
