// Repairs of the parser's trees for constructions of news that the web treebank it learned from
// hardly has (docs/nlp.md, "Parse repairs"). Each works on one parsed sentence's tokens.
#pragma once

#include <span>

#include "dyad/document.h"

namespace dyad::nlp {

// "The Houthis detained[ccomp] 20 UN staff members[ccomp], a UN spokesman said": a noun the
// parser made a second complement of a closing report verb, right after a reported verb that
// has no object, is that verb's object. The noun must have no subject, copula or expletive of
// its own ("said it was a mistake" keeps its noun clause). Returns how many arcs it moved.
int RepairReportedObjects(std::span<Token> tokens);

// "The Palestinians[nsubj of said] reject[ccomp] the changes, negotiator Saeb Erakat[nsubj] said":
// a report verb with two subjects, the first right before a reported verb that has none, gives
// that first subject to the reported verb. Returns how many arcs it moved.
int RepairReportedSubjects(std::span<Token> tokens);

}  // namespace dyad::nlp
