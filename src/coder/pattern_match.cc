// Dictionary patterns matched against a candidate verb or event noun and its subtree.

#include <algorithm>
#include <cstdio>
#include <string>

#include "base/strings.h"
#include "dyad/date.h"
#include "coder/sentence_coding.h"

namespace dyad::coder::detail {

std::vector<std::string> RegularStems(const std::string& w) {
  std::vector<std::string> out;
  auto cut = [&](size_t n) { return w.substr(0, w.size() - n); };
  if (w.size() > 4 && EndsWith(w, "ied")) out.push_back(cut(3) + "y");
  if (w.size() > 3 && EndsWith(w, "ed")) {
    out.push_back(cut(1));  // blamed -> blame
    out.push_back(cut(2));  // shelled -> shell, boycotted -> boycott
    if (w.size() > 5 && w[w.size() - 3] == w[w.size() - 4]) out.push_back(cut(3));  // banned -> ban
  }
  if (w.size() > 4 && EndsWith(w, "ing")) {
    out.push_back(cut(3));
    out.push_back(cut(3) + "e");
    if (w.size() > 6 && w[w.size() - 4] == w[w.size() - 5]) out.push_back(cut(4));
  }
  if (w.size() > 3 && EndsWith(w, "es")) out.push_back(cut(2));
  if (w.size() > 2 && EndsWith(w, "s")) out.push_back(cut(1));
  return out;
}

bool Coder::StativeAdjective(int i) const {
  if (t_.tok(i).upos != "ADJ" || t_.Child(i, "cop") < 0) return false;
  for (const std::string& stem : RegularStems(lower_[i]))
    if (rules_.Has(rules_.statives, stem)) return true;
  return false;
}

bool Coder::PredicateAdjective(int i) const {
  // (The tagger sometimes reads these adjectives as nouns: "remained skeptical[NOUN, obj]".)
  if (!s_.parsed || (t_.tok(i).upos != "ADJ" && t_.tok(i).upos != "NOUN") ||
      !rules_.Has(rules_.predicates, t_.lemma(i)))
    return false;
  if (t_.Child(i, "cop") >= 0) return true;
  static const std::vector<std::string_view> kLinking = {"remain", "become", "seem", "appear", "grow", "stay"};
  int h = t_.head(i);
  return (t_.rel(i) == "xcomp" || t_.rel(i) == "obj") && h >= 0 &&
         std::find(kLinking.begin(), kLinking.end(), t_.lemma(h)) != kLinking.end();
}

int Coder::ComplementOf(int v, const std::vector<Candidate>& cands) const {
  for (const auto& d : cands) {
    if (d.verb == v || t_.head(d.verb) != v || t_.tok(d.verb).upos != "VERB") continue;
    std::string_view r = t_.rel(d.verb);
    int mark = t_.Child(d.verb, "mark");
    if (r == "xcomp" || (r == "advcl" && mark >= 0 && t_.lemma(mark) == "to")) return d.verb;
  }
  return -1;
}

std::vector<int> Coder::VerbScope(int v) const { return s_.parsed ? t_.Subtree(v, kOutsideVerb) : std::vector<int>{}; }

std::vector<int> Coder::ClauseScope(int v) const {
  std::vector<int> scope = VerbScope(v);
  if (s_.parsed && t_.rel(v) == "amod" && t_.head(v) > v && (t_.Child(v, "nsubj") >= 0 || MisreadSubject(v) >= 0)) {
    for (int k : t_.Subtree(t_.head(v), kOutsideVerb))
      if (k > v) scope.push_back(k);
    std::sort(scope.begin(), scope.end());
    scope.erase(std::unique(scope.begin(), scope.end()), scope.end());
  }
  // "Beijing advised Chinese citizens to avoid[advcl] travelling to Japan": after a verb of
  // asking (rules.txt request), a to-infinitive right after the object that the parse hung on
  // the verb as a purpose clause is the object's complement (xcomp); the verb's patterns see it.
  // ("used water cannon to disperse" is a purpose: not a verb of asking.)
  if (int obj = s_.parsed && rules_.Has(rules_.requests, t_.lemma(v)) ? t_.Child(v, "obj") : -1; obj >= 0) {
    const int end = t_.Subtree(obj, kOutsideVerb).back();
    for (int c : t_.children(v)) {
      int mark = t_.rel(c) == "advcl" ? t_.Child(c, "mark") : -1;
      if (mark != end + 1 || t_.lemma(mark) != "to") continue;
      for (int k : t_.Subtree(c, kOutsideVerb)) scope.push_back(k);
    }
    std::sort(scope.begin(), scope.end());
  }
  // "Israeli troops killed three Palestinians[ccomp of said] in a raid, the ministry said": a
  // past tense with no object, right before a noun phrase the parse hung on a later verb,
  // takes that phrase as its object.
  if (int obj = MisreadObject(v); obj >= 0) {
    for (int k : t_.Subtree(obj, kOutsideVerb)) scope.push_back(k);
    std::sort(scope.begin(), scope.end());
    scope.erase(std::unique(scope.begin(), scope.end()), scope.end());
  }
  return scope;
}

int Coder::MisreadObject(int v) const {
  if (!s_.parsed || t_.tok(v).xpos != "VBD" || t_.Child(v, "obj") >= 0 || t_.Child(v, "xcomp") >= 0) return -1;
  auto skip_modifiers = [&](int n) {
    while (n < static_cast<int>(s_.token_count) && t_.head(n) > n &&
           (t_.tok(n).upos == "DET" || t_.tok(n).upos == "NUM" || t_.tok(n).upos == "ADJ" ||
            (t_.tok(n).upos == "VERB" && t_.rel(n) == "amod")))
      ++n;
    return n;
  };
  // "police arrested 14 suspected militants linked[ccomp] to the group": a participle clause
  // with no auxiliary whose subject follows the verb is a reduced relative on its object.
  if (int c = t_.Child(v, "ccomp"); c >= 0) {
    if (t_.tok(c).xpos != "VBN" || t_.Child(c, "aux") >= 0 || t_.Child(c, "aux:pass") >= 0 || t_.Child(c, "mark") >= 0)
      return -1;
    int n = skip_modifiers(v + 1);
    return n < c && t_.head(n) == c && t_.rel(n) == "nsubj" && (t_.tok(n).upos == "NOUN" || t_.tok(n).upos == "PROPN")
               ? n
               : -1;
  }
  int n = skip_modifiers(v + 1);
  if (n >= static_cast<int>(s_.token_count) || (t_.tok(n).upos != "NOUN" && t_.tok(n).upos != "PROPN")) return -1;
  std::string_view r = t_.rel(n);
  int h = t_.head(n);
  if (h <= n || t_.InSubtree(n, v) || !(r == "ccomp" || r == "parataxis" || r == "dep")) return -1;
  return n;
}

std::optional<Candidate> Coder::Match(int v, std::span<const kb::VerbPattern> patterns, bool noun) const {
  if (std::none_of(patterns.begin(), patterns.end(), [&](const kb::VerbPattern& p) { return p.nominal == noun; }))
    return std::nullopt;
  std::vector<int> scope;
  int governor = -1;  // an event noun's light verb ("held talks with X": "with X" hangs on "held")
  if (s_.parsed) {
    if (noun) governor = LightVerb(v);
    scope = noun ? VerbScope(governor >= 0 ? governor : v) : ClauseScope(v);
  } else {  // no parse: the words up to the next verb
    for (int k = v; k < static_cast<int>(s_.token_count); ++k) {
      if (k > v && t_.tok(k).upos == "VERB") break;
      scope.push_back(k);
    }
  }
  const kb::VerbPattern* weak = nullptr;
  // A pattern whose unmarked target slot ("$ * +": the object) holds no actor yields to a later
  // pattern that names the object itself ("signed an agreement on trade": "$ * &agreement",
  // not "$ * + on"); any other later pattern is no better evidence.
  std::optional<Candidate> unfilled;
  int object_named = -1;  // ObjectNamesActor(v), once asked
  for (const auto& p : patterns) {
    if (p.nominal != noun) continue;
    bool weak_marker = false, object_slot_empty = false;
    Candidate c;
    c.verb = v;
    c.pattern = &p;
    bool after_verb = false, ok = true;
    bool target_first = false;  // "+ * &milhelp from $": a converse pattern names its target first
    size_t pos = 0;  // index into scope
    while (pos < scope.size() && scope[pos] <= v) ++pos;
    for (size_t e = 0; e < p.elements.size(); ++e) {
      const auto& el = p.elements[e];
      if (el.kind == kb::PatternElement::kVerb) {
        after_verb = true;
        continue;
      }
      if (!after_verb) {
        if (el.kind == kb::PatternElement::kTarget) target_first = true;
        if (el.kind == kb::PatternElement::kTarget && e == 0) c.target_first = true;  // not "$ and + *"
        // "$ and + * ...": the target is the source's conjunct; they act on each other.
        if (el.kind == kb::PatternElement::kTarget && e > 0 && p.elements[e - 1].kind == kb::PatternElement::kWord &&
            p.elements[e - 1].lemma == "and")
          c.mutual_slot = true;
        // Before an event noun, a word is its light verb or modifier ("$ launch legal * against
        // +"): it must be the noun's governor or one of the noun's own words before it.
        // "$ and + hold *": the "and" of coordinated subjects of the noun's governor.
        if (noun && s_.parsed && el.kind == kb::PatternElement::kWord && el.lemma == "and" &&
            CoordinatedSubjects(governor >= 0 ? governor : t_.head(v)))
          continue;
        if (noun && s_.parsed && el.kind == kb::PatternElement::kWord && !BeforeNoun(v, el.lemma)) {
          ok = false;
          break;
        }
        // Before a verb, a word is its own modifier ("$ sexually * +", "$ ethnically * +").
        if (!noun && s_.parsed && el.kind == kb::PatternElement::kWord && el.lemma != "and" &&
            !ModifiesFromBefore(v, el.lemma)) {
          ok = false;
          break;
        }
        if (noun && s_.parsed && el.kind == kb::PatternElement::kWord && t_.head(v) >= 0 &&
            (t_.lemma(t_.head(v)) == el.lemma || lower_[t_.head(v)] == el.lemma))
          c.light = t_.head(v);
        else if (noun && s_.parsed && el.kind == kb::PatternElement::kWord && governor >= 0 && governor != t_.head(v) &&
                 (t_.lemma(governor) == el.lemma || lower_[governor] == el.lemma))
          c.light = governor;
        continue;
      }
      if (el.kind == kb::PatternElement::kTarget) {
        c.has_target_slot = true;
        c.target_after = c.words.empty() ? -1 : c.words.back();
        if (!noun && s_.parsed && p.elements[e - 1].kind == kb::PatternElement::kVerb) {
          if (object_named < 0) object_named = ObjectNamesActor(v);
          object_slot_empty = object_named == 0;
        }
        continue;
      }
      if (el.kind != kb::PatternElement::kWord) continue;
      // A word right before "+" is the preposition that marks the target: in a parse it
      // must be that phrase's case marker, not any "to" or "on" in the clause.
      bool marks_target =
          s_.parsed && e + 1 < p.elements.size() && p.elements[e + 1].kind == kb::PatternElement::kTarget;
      // Only a converse pattern ("+ * &milhelp from $": target before the head) marks its source
      // ("* by $ against +" keeps the ordinary roles).
      bool marks_source = s_.parsed && target_first && e + 1 < p.elements.size() &&
                          p.elements[e + 1].kind == kb::PatternElement::kSource;
      bool found = false;
      for (; pos < scope.size(); ++pos) {
        int k = scope[pos];
        std::string_view lemma = t_.lemma(k);
        if (lemma != el.lemma && lower_[k] != el.lemma) continue;
        // "pledged to strengthen the alliance during talks with Trump": a noun in a phrase of
        // time says when; it is no part of the act.
        // Nor is a reason or a price: "in response to U.S. pressure", "in exchange for
        // prisoners" (rules.txt reason-phrase, price-phrase).
        if (!marks_target && s_.parsed && t_.tok(k).upos == "NOUN" && !t_.CaseLemma(k).empty() &&
            (rules_.Has(rules_.temporals, t_.CaseLemma(k)) || WitnessPhrase(k) || PricePhrase(k)))
          continue;
        // "shot down Russian drones", "rounded up activists": the verb's particle marks no
        // phrase; the target is the verb's object, found as for "$ * +".
        const bool particle = marks_target && !noun && t_.full_rel(k) == "compound:prt" && t_.head(k) == v;
        if (particle) {
          if (object_named < 0) object_named = ObjectNamesActor(v);
          if (object_named == 0) continue;
        }
        if (marks_target && !particle && (t_.rel(k) != "case" || !Attached(t_.head(k), v, governor, c.words)))
          continue;
        // "in the presence of Trump", "on the sidelines of the summit": a bystander's phrase.
        if (marks_target && !particle && WitnessPhrase(t_.head(k))) continue;
        if (marks_target && !particle && !NamesActor(t_.head(k))) {
          // "fired his chief of staff on Sunday": a phrase of time is no target phrase at all.
          if (!TimePhrase(t_.head(k))) weak_marker = true;
          continue;
        }
        if (marks_source && (t_.rel(k) != "case" || !Attached(t_.head(k), v, governor, c.words) ||
                             !NamesActor(t_.head(k))))
          continue;
        c.words.push_back(k);
        if (marks_target && !particle) c.target_case = k;
        if (marks_source) c.source_case = k;
        ++pos;
        found = true;
        break;
      }
      if (!found) {
        ok = false;
        break;
      }
    }
    if (!ok && weak_marker && !weak && MarkerIsLastWord(p)) weak = &p;
    // "$ *" of some verbs says they have no object (rules.txt no-object): "troops withdrew", not
    // "withdrew all allegations", "abandoned the plan".
    if (ok && !noun && s_.parsed && p.elements.size() == 2 && rules_.Has(rules_.no_object, p.head) && ThingObject(c))
      continue;
    // "what he called a horrific act", "asked the same questions": some verbs act on their
    // object only (rules.txt object-target), never on an actor elsewhere; some on the object's own
    // words only (object-own-target: "received a letter from the union" hosts no one). A
    // passive with its agent takes its subject ("he was received by Lebanese officials"); "have
    // been engaged in a dispute" has none.
    bool own_words = rules_.Has(rules_.object_own_targets, p.head);
    bool object_only = ok && p.elements.size() == 3 &&  // "$ * +" itself, not "$ * + to step down"
                       p.elements[2].kind == kb::PatternElement::kTarget &&
                       (own_words || rules_.Has(rules_.object_targets, p.head)) && !ByAgent(v);
    if (object_only && own_words && !object_slot_empty && !ObjectIsActor(v)) continue;
    if (ok && object_slot_empty) {
      if (!unfilled && !object_only) unfilled = std::move(c);
      continue;
    }
    if (ok && unfilled && !NamesObject(c, v)) continue;  // only naming the object does better
    if (ok) {
      c.weak = weak;
      return c;
    }
  }
  if (unfilled) {
    unfilled->weak = weak;
    return unfilled;
  }
  if (!weak) return std::nullopt;
  Candidate c;  // only the weak match: an act with no named target
  c.verb = v;
  c.pattern = weak;
  c.weak_only = true;
  // "President Obama expressed sorrow for the shootings" ("$ express * for +"): the light
  // verb the pattern names still gives the source.
  if (noun && s_.parsed && t_.head(v) >= 0)
    for (const auto& el : weak->elements) {
      if (el.kind == kb::PatternElement::kVerb) break;
      if (el.kind == kb::PatternElement::kWord && (t_.lemma(t_.head(v)) == el.lemma || lower_[t_.head(v)] == el.lemma))
        c.light = t_.head(v);
    }
  return c;
}

bool Coder::MarkerIsLastWord(const kb::VerbPattern& p) {
  for (size_t e = p.elements.size(); e-- > 0;) {
    if (p.elements[e].kind == kb::PatternElement::kTarget)
      return e > 0 && p.elements[e - 1].kind == kb::PatternElement::kWord;
    if (p.elements[e].kind == kb::PatternElement::kWord) return false;
  }
  return false;
}

bool Coder::Attached(int h, int v, int governor, const std::vector<int>& words) const {
  if (h < 0) return false;
  // Inside a name with its title ("with European Council president Donald Tusk") the marker
  // may hang on a word of the name: climb to the name's head first.
  for (int steps = 0; steps < 4 && t_.head(h) >= 0; ++steps) {
    std::string_view r = t_.full_rel(h);
    if (r != "compound" && r != "flat" && r != "nmod:desc" && r != "appos") break;
    h = t_.head(h);
  }
  int up = t_.head(h);
  // "gave a warm welcome on Thursday to[nmod of Thursday] de Klerk": a phrase the parse hung on
  // the verb's phrase of time belongs to the verb.
  if (up >= 0 && up != v && TimePhrase(up) && (t_.head(up) == v || t_.head(up) == governor)) up = t_.head(up);
  // "will invest billions[obj] in[nmod of billions] the United States": a phrase the parse hung
  // on the verb's object when that object is an amount of money belongs to the verb.
  // Likewise a count: "launched hundreds[obj] of drones at[nmod of hundreds] Ukraine".
  if (up >= 0 && up != v && t_.head(up) == v && t_.rel(up) == "obj" && (Amount(up) || Count(up))) up = v;
  return up == v || up == governor || std::find(words.begin(), words.end(), up) != words.end();
}

bool Coder::Count(int n) const {
  std::string_view w = lower_[n];
  return w == "hundreds" || w == "dozens" || w == "thousands" || w == "scores" || w == "tens";
}

bool Coder::Amount(int n) const {
  std::string_view w = lower_[n];
  return t_.tok(n).upos == "NUM" || w == "$" || w == "billions" || w == "millions" || w == "trillions";
}

bool Coder::ModifiesFromBefore(int v, std::string_view lemma) const {
  for (int c : t_.children(v))
    if (c < v && (t_.lemma(c) == lemma || lower_[c] == lemma)) return true;
  return false;
}

bool Coder::NamesObject(const Candidate& c, int v) const {
  for (int k : c.words)
    if (t_.head(k) == v && (t_.rel(k) == "obj" || t_.rel(k) == "iobj")) return true;
  return false;
}

// A weekday or full month name (capitalised: "the march" is a protest) or a time of day or unit.
bool Coder::TimePhrase(int h) const {
  if (h < 0) return false;
  std::string_view w = lower_[h];
  if ((WeekdayNamed(w) >= 0 || MonthFullNamed(w) > 0) && t_.Capitalized(h)) return true;
  // "for the first time", "at the time".
  return w == "weekend" || w == "night" || w == "morning" || w == "evening" || w == "afternoon" || w == "time" ||
         rules_.Has(rules_.time_units, t_.lemma(h));
}

bool Coder::ObjectNamesActor(int v) const {
  for (int c : t_.children(v))
    if ((t_.rel(c) == "obj" || t_.rel(c) == "iobj") && NamesActor(c)) return true;
  return false;
}

bool Coder::ObjectIsActor(int v) const {
  // The object's own words: the head and its titles, possessor, compounds and adjectives
  // ("Bulgaria's President Rosen Plevneliev"), not its prepositional phrases or clauses.
  auto own = [&](int h) {
    if (mention_at_[h] >= 0 || PronounLike(t_.lemma(h))) return true;
    for (int c : t_.children(h)) {
      std::string_view r = t_.full_rel(c);
      if (r != "nmod:poss" && r != "nmod:desc" && r != "compound" && r != "flat" && r != "amod" && r != "appos") continue;
      for (int k : t_.Subtree(c))
        if (mention_at_[k] >= 0) return true;
    }
    return false;
  };
  for (int c : t_.children(v))
    if ((t_.rel(c) == "obj" || t_.rel(c) == "iobj") && own(c)) return true;
  return false;
}

bool Coder::NamesActor(int h) const {
  for (int k : t_.Subtree(h, {"conj", "acl", "advcl", "punct", "parataxis"}))
    if (mention_at_[k] >= 0 || PronounLike(t_.lemma(k))) return true;
  // A place the gazetteer knows stands for its country ("arrived in Amman"); "on Friday" does not.
  if (t_.tok(h).upos != "PROPN" || !t_.Capitalized(h)) return false;
  auto [lo, hi] = PlaceName(h);  // "at Tel Aviv"
  auto place = kb_.FindPlace(doc_.View(Span{t_.tok(lo).span.begin, t_.tok(hi).span.end}), "");
  return place && !place->country.empty();
}

int Coder::LightVerb(int n) const {
  if (t_.head(n) < 0) return -1;
  int h = t_.head(n);
  // "came under fire from Hezbollah": "come under" governs its noun as a light verb does.
  if (int c = t_.rel(n) == "obl" ? t_.Child(n, "case") : -1; c >= 0 && t_.lemma(c) == "under" && t_.lemma(h) == "come")
    return h;
  // "launched 10 days of war games", "held two rounds of talks": a noun measured by a span of
  // time or a count of rounds takes the verb of its measure.
  if (t_.rel(n) == "nmod" && (rules_.Has(rules_.time_units, t_.lemma(h)) || t_.lemma(h) == "round" || Count(h)) &&
      t_.rel(h) == "obj" && t_.head(h) >= 0 && t_.tok(t_.head(h)).upos == "VERB")
    return t_.head(h);
  if (t_.rel(n) != "obj") return -1;
  if (t_.tok(h).upos == "VERB") return h;
  // "launched large-scale[obl] military drills[obj of scale]": no noun takes an object; the
  // parse hung the noun phrase on a word of its own modifier, which hangs on the verb.
  if (t_.tok(h).upos == "NOUN" && h < n && t_.head(h) >= 0 && t_.head(h) < h && t_.tok(t_.head(h)).upos == "VERB")
    return t_.head(h);
  return -1;
}

bool Coder::BeforeNoun(int n, std::string_view lemma) const {
  auto is = [&](int k) { return t_.lemma(k) == lemma || lower_[k] == lemma; };
  if (t_.head(n) >= 0 && is(t_.head(n))) return true;
  if (int g = LightVerb(n); g >= 0 && is(g)) return true;
  for (int k : t_.Subtree(n))
    if (k < n && is(k)) return true;
  return false;
}

bool Coder::EventNoun(int n) const {
  auto nominal = [&](std::string_view head) {
    auto ps = kb_.VerbPatterns(head);
    return std::any_of(ps.begin(), ps.end(), [](const kb::VerbPattern& p) { return p.nominal; });
  };
  return nominal(t_.lemma(n)) || nominal(lower_[n]);
}

int Coder::DuringClauseEvent(int n) const {
  int c = t_.Child(n, "case");
  if (c < 0 || t_.head(n) < 0) return -1;
  if (t_.rel(n) == "obl" && t_.tok(t_.head(n)).upos == "VERB" && (t_.lemma(c) == "during" || t_.lemma(c) == "on"))
    return t_.head(n);
  // "announced aid worth 1.4 billion euros during[nmod of euros] a visit": the verb above.
  if (t_.rel(n) != "nmod" || t_.lemma(c) != "during") return -1;
  for (int h = t_.head(n), steps = 0; h >= 0 && steps < 8; h = t_.head(h), ++steps)
    if (t_.tok(h).upos == "VERB") return h;
  return -1;
}

bool Coder::NominalEventPosition(int n) const {
  if (t_.Child(n, "nmod:poss") >= 0) return true;
  // "launched a missile and drone attack": a conjunct stands where its first conjunct does.
  int arg = ArgumentOfConjunct(n);
  std::string_view r = t_.rel(arg);
  // "Kyiv came under a Russian missile attack": the "under" phrase of "come" is its argument.
  bool under = r == "obl" && LightVerb(arg) >= 0;
  bool measured = r == "nmod" && LightVerb(arg) >= 0;  // "held two rounds of talks"
  return r == "obj" || r == "nsubj" || r == "root" || under || measured || t_.Child(arg, "nmod:poss") >= 0 ||
         DuringClauseEvent(arg) >= 0;
}

}  // namespace dyad::coder::detail
