// The event coder: CAMEO events from a tokenized, tagged and parsed sentence whose actor
// mentions are known. See docs/coding.md for the rules, one worked example each.
#pragma once

#include <memory>

#include "coder/coder_rules.h"
#include "dyad/stage.h"

namespace dyad::kb { class KnowledgeBase; }

namespace dyad::coder {

struct CoderOptions {
  bool keep_negated = false;  // keep negated events (negated=true) instead of dropping them
  bool trace = false;         // print why each candidate verb was coded or dropped (stderr)
};

// Fills doc.events. The knowledge base must outlive the stage.
std::unique_ptr<Stage> MakeEventCoder(const kb::KnowledgeBase& kb, CoderRules rules, const CoderOptions& options);

}  // namespace dyad::coder
