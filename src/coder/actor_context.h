// Actors in context: before events are coded, the actor mentions the dictionaries found are
// improved from the parse of their own noun phrase and from the article's earlier sentences
// (docs/coding.md, "Actors in context", has a worked example of each rule).
#pragma once

#include "coder/coder_rules.h"
#include "dyad/document.h"

namespace dyad::kb { class KnowledgeBase; }

namespace dyad::coder {

struct ActorContextOptions {
  bool noun_phrase = true;   // a country from the mention's own noun phrase
  bool descriptions = true;  // "the minister", "the group" -> an earlier actor of the article
};

// Whether the mention came from the country list (countries.txt, iso-codes, world-countries): a
// country, its adjective, or a capital or seat standing for its government.
bool FromCountryList(const ActorMention& m);

// Whether the mention came from the persons dictionaries (a named person, not "the White House").
bool IsPerson(const ActorMention& m);
// Whether "he" or "him" may name it: not a country, capital or seat, nor an organisation.
bool PersonLike(const ActorMention& m);

// Rewrites doc.actors in place (its order kept: by sentence, then by first token). Call once per
// document, after the actor stage and before any sentence is coded: mention indices change.
void ResolveActorsInContext(const kb::KnowledgeBase& kb, const CoderRules& rules,
                            const ActorContextOptions& options, Document& doc);

}  // namespace dyad::coder
