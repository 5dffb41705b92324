// Whether a coded verb's act happened: negation, modality, conditions, requests and the
// future (docs/coding.md, sections 3 and 4).
#include "coder/polarity.h"

#include <algorithm>
#include <string>

#include "base/strings.h"

namespace dyad::coder {

bool Polarity::Negated(int v) const {
  if (!parsed_) {
    for (int k = std::max(0, v - 3); k < v; ++k)
      if (rules_.Has(rules_.negations, AsciiLower(t_.text(k)))) return true;
    return false;
  }
  for (int steps = 0; v >= 0 && steps < 8; ++steps) {
    for (int c : t_.children(v)) {
      std::string_view r = t_.rel(c);
      if ((r == "advmod" || r == "det" || r == "cc" || r == "aux") && rules_.Has(rules_.negations, t_.lemma(c)))
        return true;
      // "Ghana is yet to sign[root]": the parser's reading of "is yet to" (rules.txt has "have yet").
      if (r == "advmod" && t_.lemma(c) == "yet" && c < v && ToInfinitive(v)) return true;
    }
    std::string_view r = t_.rel(v);
    int h = t_.head(v);
    // "Ukraine dismissed reports that it had attacked ...": the clause of a claim noun (rules.txt
    // disputed-noun) that a negator takes as its object was denied.
    if ((r == "ccomp" || r == "acl") && h >= 0 && t_.rel(h) == "obj" &&
        rules_.Has(rules_.disputed_nouns, t_.lemma(h)) && t_.head(h) >= 0 &&
        rules_.Has(rules_.negators, t_.lemma(t_.head(h))))
      return true;
    // "The rumours that Germany had agreed to send missiles were false": hearsay, never an event.
    if ((r == "ccomp" || r == "acl") && h >= 0 && rules_.Has(rules_.hearsay_nouns, t_.lemma(h))) return true;
    // "Hungary blocked an EU statement condemning Israel", "Russia vetoed a resolution demanding a
    // ceasefire": what a blocked or rejected document would have said was not said.
    // (The parse may hang the participle on the verb, right after the document.)
    auto blocked = [&](int verb) {
      return verb >= 0 && (rules_.Has(rules_.negators, t_.lemma(verb)) || rules_.Has(rules_.preventers, t_.lemma(verb)));
    };
    if (r == "acl" && h >= 0 && rules_.Has(rules_.documents, t_.lemma(h)) && t_.rel(h) == "obj" && blocked(t_.head(h)))
      return true;
    if (r == "advcl" && t_.tok(v).xpos == "VBG" && t_.Child(v, "mark") < 0 && blocked(h))
      if (int d = t_.Child(h, "obj"); d >= 0 && rules_.Has(rules_.documents, t_.lemma(d)) && t_.Subtree(d).back() + 1 == v)
        return true;
    if (r != "xcomp" && r != "ccomp" && r != "advcl" && r != "obl" && r != "conj") return false;
    if (h < 0) return false;
    // "rejected the truce, vowing to keep fighting": a participle beside the clause is an act
    // of its own, outside the clause's negation or refusal.
    if (r == "advcl" && t_.tok(v).xpos == "VBG" && t_.Child(v, "mark") < 0 && h < v) {
      const int first = t_.Subtree(v).front();  // its comma may hang on it
      if (t_.text(first) == "," || (first > 0 && t_.text(first - 1) == ",")) return false;
    }
    if (r != "conj") {
      if (rules_.Has(rules_.negators, t_.lemma(h)) && !DisputedBefore(v, h)) return true;
      // "banned women from studying", "prevented the ship from docking": kept from happening.
      if (rules_.Has(rules_.preventers, t_.lemma(h)))
        if (int m = t_.Child(v, "mark"); m >= 0 && t_.lemma(m) == "from") return true;
      for (int c : t_.children(h))
        if (rules_.Has(rules_.negators, std::string(t_.lemma(h)) + " " + std::string(t_.lemma(c)))) return true;
    }
    if (r == "ccomp") return false;  // "did not say that X attacked Y" does not undo the attack
    v = h;
  }
  return false;
}

// "Pakistan accused India of ..., a charge New Delhi denied": the parser makes the accusation the
// complement of the denial that follows it; a denial whose subject is a claim noun (rules.txt
// disputed-noun) after the clause denies the claim, it does not undo the clause.
bool Polarity::DisputedBefore(int v, int h) const {
  if (h < v) return false;
  for (int c : t_.children(h))
    if (c > v && c < h && t_.rel(c) == "nsubj" && rules_.Has(rules_.disputed_nouns, t_.lemma(c))) return true;
  return false;
}

bool Polarity::Refused(int v) const {
  if (!parsed_ || v < 0) return false;
  bool negation = false, future = false;
  for (int c : t_.children(v)) {
    std::string_view r = t_.rel(c);
    if ((r == "advmod" || r == "aux") && rules_.Has(rules_.negations, t_.lemma(c))) negation = true;
    if (r == "aux" && (rules_.Has(rules_.futures, t_.lemma(c)) || ReportedWould(v, c))) future = true;
  }
  if (negation) return future;
  int h = t_.head(v);
  return h >= 0 && t_.rel(v) == "xcomp" && rules_.Has(rules_.refusers, t_.lemma(h)) && !Negated(h);
}

// "Iraq said it would allow ...": "would" in a reported clause is the future of the report,
// not a hypothetical (unless a condition governs it).
bool Polarity::ReportedWould(int v, int aux) const {
  if (t_.lemma(aux) != "would") return false;
  for (int c : t_.children(v))
    if (t_.rel(c) == "mark" && rules_.Has(rules_.conditions, t_.lemma(c))) return false;
  return Reporter(v) >= 0;
}

int Polarity::Reporter(int v) const {
  if (!parsed_ || v < 0 || t_.head(v) < 0) return -1;
  int h = t_.head(v);
  if (t_.rel(v) == "ccomp") return rules_.Has(rules_.speech, t_.lemma(h)) ? h : -1;
  // A relative clause needs a relative word or a gap; a reported clause hung on a day name has
  // its own subject and no relative word.
  // ("said Wednesday that the US must[acl of Wednesday] ...": a "that" the parse made the
  // clause's marker, not its relative word, is a complement's too.)
  const int mark = t_.Child(v, "mark");
  const bool complement = t_.full_rel(v) == "acl" && mark >= 0 && t_.lemma(mark) == "that";
  if ((t_.full_rel(v) != "acl:relcl" && !complement) || t_.Child(v, "nsubj") < 0) return -1;
  for (int c : t_.children(v)) {
    std::string_view l = t_.lemma(c);
    if (c != mark && (l == "that" || l == "which" || l == "who" || l == "when" || l == "where")) return -1;
  }
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                               "Saturday", "Sunday", "today", "yesterday"};
  if (std::find(std::begin(kDays), std::end(kDays), t_.lemma(h)) == std::end(kDays)) return -1;
  int r = t_.head(h);
  return r >= 0 && rules_.Has(rules_.speech, t_.lemma(r)) ? r : -1;
}

bool Polarity::Hypothetical(int v) const {
  if (!parsed_) return false;
  for (int steps = 0; v >= 0 && steps < 8; ++steps) {
    for (int c : t_.children(v)) {
      std::string_view r = t_.rel(c);
      if (r == "aux" && rules_.Has(rules_.modals, t_.lemma(c)) && !ReportedWould(v, c)) return true;
      if (r == "mark" && rules_.Has(rules_.conditions, t_.lemma(c))) return true;
    }
    std::string_view r = t_.rel(v);
    if (r != "xcomp" && r != "conj") return false;
    v = t_.head(v);
  }
  return false;
}

// "Congress asked Obama to help Iran", "Obama wants Putin to attack": a complement whose
// subject is its governor's object is what the governor asked for, not an act that happened
// (the asking is coded by the governor's own pattern).
bool Polarity::Requested(int v) const {
  if (!parsed_ || t_.head(v) < 0) return false;
  int h = t_.head(v);
  if (t_.rel(v) == "ccomp")  // "demanded that X release", "said that X must release"
    return rules_.Has(rules_.requests, t_.lemma(h)) || !Obligation(v).empty();
  // "renewed its demand that Israel withdraw": the content clause of a request noun, with a
  // subject of its own (not a relative word: "the demand that was rejected").
  if (t_.rel(v) == "acl" && rules_.Has(rules_.request_nouns, t_.lemma(h)))
    if (int subj = t_.Child(v, "nsubj"); subj >= 0) {
      std::string_view l = t_.lemma(subj);
      if (l != "that" && l != "which" && l != "who") return true;
    }
  // "dismissed an appeal from Gbagbo to lay down their arms": an infinitive right after an object
  // that asks or offers (rules.txt request-noun) is what was asked, even where the parser hung it
  // on the verb; one accepted (rules.txt heeding) is the accepter's to do.
  if (t_.rel(v) == "advcl" && ToInfinitive(v)) {
    int obj = t_.Child(h, "obj");
    if (obj >= 0 && obj < v && rules_.Has(rules_.request_nouns, t_.lemma(obj)) && !rules_.Has(rules_.heeding, t_.lemma(h))) {
      std::vector<int> phrase = t_.Subtree(obj);
      int mark = t_.Child(v, "mark");
      if (!phrase.empty() && mark >= 0 && *std::max_element(phrase.begin(), phrase.end()) + 1 == mark) return true;
    }
  }
  return ObjectControlled(v) >= 0;
}

// "asked Obama to help": the governor's object, which is the subject of complement v; -1 if v
// is not such a complement. The parser sometimes labels the infinitive advcl instead of xcomp;
// under a verb of asking it is still the complement.
int Polarity::ObjectControlled(int v) const {
  if (!parsed_ || t_.head(v) < 0) return -1;
  int h = t_.head(v);
  bool complement = t_.rel(v) == "xcomp";
  if (!complement && t_.rel(v) == "advcl" && rules_.Has(rules_.requests, t_.lemma(h))) complement = ToInfinitive(v);
  if (!complement || rules_.Has(rules_.summoning, t_.lemma(h))) return -1;
  // "Obama is being pressured by Congress to help": the passive subject was asked.
  if (rules_.Has(rules_.requests, t_.lemma(h)) && t_.Child(h, "aux:pass") >= 0) {
    int subj = t_.Child(h, "nsubj:pass");
    if (subj >= 0) return subj;
  }
  int obj = t_.Child(h, "obj");
  if (obj < 0) obj = t_.Child(h, "iobj");
  // "called on supporters to join", "appealed to the UN to send": the addressee of a request.
  if (obj < 0 && rules_.Has(rules_.requests, t_.lemma(h)))
    for (int c : t_.children(h)) {
      int marker = t_.rel(c) == "obl" ? t_.Child(c, "case") : -1;
      if (marker >= 0 && (t_.lemma(marker) == "on" || t_.lemma(marker) == "upon" || t_.lemma(marker) == "to")) return c;
    }
  return obj;
}

std::string_view Polarity::Obligation(int v) const {
  if (Reporter(v) < 0) return {};
  for (int c : t_.children(v)) {
    if (t_.rel(c) != "aux") continue;
    auto it = rules_.obligations.find(t_.lemma(c));
    if (it != rules_.obligations.end()) return it->second;
  }
  return {};
}

bool Polarity::ToInfinitive(int v) const {
  int mark = t_.Child(v, "mark");
  return mark >= 0 && t_.lemma(mark) == "to";
}

bool Polarity::Alleged(int v) const {
  if (!parsed_ || t_.head(v) < 0 || t_.tok(v).xpos != "VBG") return false;
  std::string_view r = t_.rel(v);
  if (r != "advcl" && r != "acl" && r != "xcomp") return false;
  int mark = t_.Child(v, "mark");
  if (mark < 0) mark = t_.Child(v, "case");
  if (mark < 0 || (t_.lemma(mark) != "of" && t_.lemma(mark) != "for")) return false;
  // "accused Ukraine of attacking": the charge hangs on the verb or on its object.
  int h = t_.head(v);
  if (!rules_.Has(rules_.allegations, t_.lemma(h)) && t_.head(h) >= 0 && t_.rel(h) == "obj") h = t_.head(h);
  return rules_.Has(rules_.allegations, t_.lemma(h));
}

bool Polarity::WarnedAgainst(int v) const {
  if (!parsed_ || t_.head(v) < 0 || t_.tok(v).xpos != "VBG") return false;
  int mark = t_.Child(v, "mark");
  if (mark < 0) mark = t_.Child(v, "case");
  if (mark < 0 || t_.lemma(mark) != "against") return false;
  int h = t_.head(v);
  if (!rules_.Has(rules_.cautions, t_.lemma(h)) && t_.head(h) >= 0 && t_.rel(h) == "obj") h = t_.head(h);
  return rules_.Has(rules_.cautions, t_.lemma(h));
}

bool Polarity::Threatened(int v) const {
  if (!parsed_) return false;
  // "threatened to use force to restore Bazoum": up through infinitive complements and purpose
  // clauses to the verb of threatening.
  for (int steps = 0; v >= 0 && t_.head(v) >= 0 && steps < 4; ++steps) {
    if (t_.rel(v) != "xcomp" && !(t_.rel(v) == "advcl" && ToInfinitive(v))) return false;
    v = t_.head(v);
    if (rules_.Has(rules_.threats, t_.lemma(v))) return true;
  }
  return false;
}

bool Polarity::Future(int v, bool planned) const {
  if (!parsed_) {
    for (int k = std::max(0, v - 3); k < v; ++k)
      if (AsciiLower(t_.text(k)) == "will") return true;
    return false;
  }
  for (int steps = 0; v >= 0 && steps < 8; ++steps) {
    for (int c : t_.children(v))
      if (t_.rel(c) == "aux" && (rules_.Has(rules_.futures, t_.lemma(c)) || ReportedWould(v, c))) return true;
    int h = t_.head(v);
    // "agreed in principle on Saturday to provide aid": a to-infinitive the parser attached as
    // advcl is still the complement of a verb of planning or promising.
    if (planned && t_.rel(v) == "advcl" && ToInfinitive(v) && h >= 0 && rules_.Has(rules_.futures, t_.lemma(h)))
      return true;
    // "is willing to send material to help defend Saudi Arabia": a purpose clause lies ahead when
    // the act it serves does.
    if (t_.rel(v) == "advcl" && ToInfinitive(v) && h >= 0) {
      v = h;
      continue;
    }
    if (t_.rel(v) != "xcomp") return false;
    v = h;
    if (planned && v >= 0 && rules_.Has(rules_.futures, t_.lemma(v))) return true;
  }
  return false;
}

}  // namespace dyad::coder
