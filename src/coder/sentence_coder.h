// Codes the events of one sentence from its parse, its actor mentions and the knowledge base.
#pragma once

#include <vector>

#include "coder/coder_rules.h"
#include "coder/event_coder.h"
#include "dyad/document.h"

namespace dyad::kb { class KnowledgeBase; struct VerbPattern; }

namespace dyad::coder {

// Actors seen earlier in the article, for pronouns ("he", "they") and metonyms.
struct ArticleContext {
  int last_person = -1;  // index into doc.actors
  int last_actor = -1;
};

// False when the sentence cannot give an event whatever its parse: no actor mention, no
// personal pronoun that could name an earlier actor, no description or counted noun ("the
// group", "the two leaders") that could. Needs tagged tokens and the actor stage's mentions;
// the pipeline leaves such sentences unparsed. SentencesThatMayHoldEvents answers for every sentence in one pass.
std::vector<char> SentencesThatMayHoldEvents(const Document& doc, const CoderRules& rules);
bool MayHoldEvent(const Document& doc, uint32_t sentence, const CoderRules& rules);

class SentenceCoder {
 public:
  SentenceCoder(const kb::KnowledgeBase& kb, const CoderRules& rules, const CoderOptions& options)
      : kb_(kb), rules_(rules), options_(options) {}

  // Appends the sentence's events to doc.events.
  void Code(Document& doc, uint32_t sentence, ArticleContext& context) const;

 private:
  const kb::KnowledgeBase& kb_;
  const CoderRules& rules_;
  const CoderOptions& options_;
};

}  // namespace dyad::coder
