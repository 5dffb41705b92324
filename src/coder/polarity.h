// Whether a coded verb's act happened: negated ("did not meet", "declined to condemn"),
// hypothetical ("could impose", "if ..."), requested of someone else ("asked Obama to help",
// "demanded that Hamas release"), or planned ("will meet", "plans to visit"). Reads the parse
// and data/coder/rules.txt.
#pragma once

#include "coder/coder_rules.h"
#include "coder/dep_tree.h"

namespace dyad::coder {

class Polarity {
 public:
  // `parsed` false: the sentence has no parse, and the tests look at the words before the verb.
  Polarity(const DepTree& t, const CoderRules& rules, bool parsed) : t_(t), rules_(rules), parsed_(parsed) {}

  bool Negated(int v) const;
  // A negated act that is a refusal: v is the complement of a refusing verb (rules.txt
  // `refuser`: "refused to meet") or carries a negation with a future auxiliary ("will not lift
  // the sanctions", "said it would not provide aid"). Not a past "did not meet".
  bool Refused(int v) const;
  bool Hypothetical(int v) const;
  bool Requested(int v) const;
  // planned = false: only auxiliaries ("will") make it future, not a verb of planning or
  // promising above it.
  bool Future(int v, bool planned = true) const;
  // "threatened to impose sanctions": v is the complement of a verb of threatening.
  bool Threatened(int v) const;
  // "accused Ukraine of attacking": v is the charge of a verb of accusing or punishing.
  bool Alleged(int v) const;
  // "warned Israel against attacking Lebanon": v is what a verb of warning (rules.txt
  // `caution`) warns against.
  bool WarnedAgainst(int v) const;
  // "asked Obama to help": Obama, the subject of complement v; -1 if v is no such complement.
  int ObjectControlled(int v) const;
  // "said that Sudan must return the helicopter": the demand code (rules.txt `obligation`) when
  // v is a clause a reporting verb introduces and an auxiliary of obligation marks it; "" if not.
  std::string_view Obligation(int v) const;
  // The reporting verb (rules.txt `speech`) that introduces clause v, or -1: v's head when v is
  // its ccomp, or the verb whose date the parser hung v on as a relative clause ("Japan said on
  // Tuesday it had halted aid": *halted* an acl:relcl of *Tuesday*).
  int Reporter(int v) const;

 private:
  bool ReportedWould(int v, int aux) const;
  bool ToInfinitive(int v) const;
  bool DisputedBefore(int v, int h) const;

  const DepTree& t_;
  const CoderRules& rules_;
  bool parsed_;
};

}  // namespace dyad::coder
