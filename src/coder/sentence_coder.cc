// How a sentence becomes events (docs/coding.md has a worked example of each rule):
//  1. Every verb (or event noun) whose lemma heads dictionary patterns is a candidate; its
//     patterns are tried most specific first against the lemmas of its own subtree (subject,
//     reported clauses and coordinated verbs left out), in order after the verb. A pattern that
//     uses words of a complement verb ("agreed to hold talks") consumes that verb.
//  2. The source is the subject's actor (or the "by" agent of a passive), inherited through
//     xcomp, conj and relative clauses; coordinated subjects give one event each. The target is
//     the actor after the pattern's last word before "+", else the object, indirect object or
//     oblique argument. Pronouns take the article's last person or actor.
//  3. An event is dropped when its verb, or a verb it complements, is negated ("did not"),
//     governed by a negator ("declined to"), modal ("could"), conditional ("if"), asked of
//     someone else ("urged X to"), or a question (polarity.h). A planned cooperative or hostile
//     act ("will meet") becomes the matching intent (03x/13x); a refused cooperative act
//     ("refused to meet", "will not lift") the matching rejection (12x).
//  4. The date is the date expression in the verb's own clause, else the sentence's, else the
//     publication date; a date after publication is kept only for planned events. The place is a
//     locative phrase ("in Bali") the gazetteer knows.
// DYAD_TRACE=1 prints why each candidate was coded or dropped.
#include "coder/sentence_coder.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>

#include "base/strings.h"
#include "coder/date_resolver.h"
#include "coder/dep_tree.h"
#include "coder/polarity.h"
#include "kb/knowledge_base.h"

namespace dyad::coder {
namespace {

const std::vector<std::string_view> kOutsideVerb = {"nsubj", "csubj", "ccomp", "parataxis", "conj",
                                                    "advcl", "punct", "discourse", "vocative", "list"};

struct Candidate {
  int verb = -1;
  const kb::VerbPattern* pattern = nullptr;
  std::vector<int> words;  // tokens the pattern's words matched
  int target_after = -1;   // the target comes after this token (-1: any argument)
  int target_case = -1;    // the preposition that introduces the target ("sanctions on +")
  bool has_target_slot = false;
  // A more specific pattern whose words all matched but whose target phrase names no actor
  // ("claimed responsibility for the attack"): coded with no target if the match finds none.
  const kb::VerbPattern* weak = nullptr;
  // An event noun's governing verb when the pattern names it ("$ hold * with +"): a light verb
  // whose subject is the event's source. A governor the pattern does not name ("condemned the
  // attack on a church") is a verb about the event, not its doer.
  int light = -1;
  bool weak_only = false;  // only a weak match: its target phrase named no actor
  int target_token = -1;   // the target is the actor at this token (a demand's addressee)
};

// Possible stems of a regularly inflected English word: "blamed" -> blame, blam; "shelled" ->
// shell; "boycotted" -> boycott; "carried" -> carry; "meeting" -> meet, meete; "talks" -> talk.
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

bool PronounLike(std::string_view lemma) {
  return lemma == "he" || lemma == "she" || lemma == "they" || lemma == "it" || lemma == "who" ||
         lemma == "which" || lemma == "that";
}

}  // namespace

// Every source is an actor mention of the sentence, one the context pass adds for a description
// or counted noun ("the group", "the two leaders"), or the antecedent of he/she/they/it
// (Coder::ActorsAt): without any, no event.
std::vector<char> SentencesThatMayHoldEvents(const Document& doc, const CoderRules& rules) {
  std::vector<char> may(doc.sentences.size(), 0);
  for (const ActorMention& a : doc.actors)
    if (a.sentence < may.size()) may[a.sentence] = 1;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    for (uint32_t i = 0; i < s.token_count && !may[si]; ++i) {
      const std::string& l = doc.tokens[s.first_token + i].lemma;
      may[si] = l == "he" || l == "she" || l == "they" || l == "it" || rules.descriptions.count(l) || rules.pairs.count(l);
    }
  }
  return may;
}

bool MayHoldEvent(const Document& doc, uint32_t sentence, const CoderRules& rules) {
  return SentencesThatMayHoldEvents(doc, rules)[sentence];
}

namespace {

class Coder {
 public:
  Coder(const kb::KnowledgeBase& kb, const CoderRules& rules, const CoderOptions& options, Document& doc,
        uint32_t si, ArticleContext& ctx)
      : kb_(kb),
        rules_(rules),
        options_(options),
        doc_(doc),
        si_(si),
        s_(doc.sentences[si]),
        t_(doc, s_),
        polarity_(t_, rules, s_.parsed),
        ctx_(ctx) {
    mention_at_.assign(s_.token_count, -1);
    lower_.reserve(s_.token_count);  // patterns compare lower-case words many times over
    for (uint32_t k = 0; k < s_.token_count; ++k) lower_.push_back(AsciiLower(t_.text(static_cast<int>(k))));
    for (size_t m = 0; m < doc_.actors.size(); ++m) {
      const ActorMention& a = doc_.actors[m];
      if (a.sentence != si_) continue;
      for (uint32_t k = a.first_token; k < a.last_token && k < s_.token_count; ++k) mention_at_[k] = static_cast<int>(m);
      if (options_.trace)
        std::fprintf(stderr, "trace %s s%u actor %s [%u,%u) %s\n", doc_.id.c_str(), si_, a.code.c_str(), a.first_token,
                     a.last_token, a.entry.c_str());
    }
  }

  // An adjective with a copula whose regular verb stem is a stative ("is opposed to").
  bool StativeAdjective(int i) const {
    if (t_.tok(i).upos != "ADJ" || t_.Child(i, "cop") < 0) return false;
    for (const std::string& stem : RegularStems(lower_[i]))
      if (rules_.Has(rules_.statives, stem)) return true;
    return false;
  }

  // "the government is skeptical of the toll", "Turkey remains critical of Sweden": an adjective
  // the rules name (rules.txt predicate), with a copula or complementing a linking verb.
  bool PredicateAdjective(int i) const {
    // (The tagger sometimes reads these adjectives as nouns: "remained skeptical[NOUN, obj]".)
    if (!s_.parsed || (t_.tok(i).upos != "ADJ" && t_.tok(i).upos != "NOUN") || !rules_.Has(rules_.predicates, t_.lemma(i)))
      return false;
    if (t_.Child(i, "cop") >= 0) return true;
    static const std::vector<std::string_view> kLinking = {"remain", "become", "seem", "appear", "grow", "stay"};
    int h = t_.head(i);
    return (t_.rel(i) == "xcomp" || t_.rel(i) == "obj") && h >= 0 &&
           std::find(kLinking.begin(), kLinking.end(), t_.lemma(h)) != kLinking.end();
  }

  void Run() {
    std::string_view text = Trim(doc_.SentenceText(s_));
    if (text.empty() || text.back() == '?') return;  // questions report no event
    if (kb_.FindDiscard(doc_, si_)) return;
    std::vector<Candidate> cands;
    for (int i = 0; i < static_cast<int>(s_.token_count); ++i) {
      const Token& tok = t_.tok(i);
      // EWT tags "is opposed to" as an adjective with a copula; a stative participle read so is
      // still the verb of its clause.
      bool verb = tok.upos == "VERB" || StativeAdjective(i) || PredicateAdjective(i);
      bool noun = tok.upos == "NOUN" && !verb;
      if (!verb && !noun) continue;
      if (mention_at_[i] >= 0) continue;  // part of an actor's name
      // An event noun is an event only as an argument ("held talks", "the invasion began") or
      // with its own actor ("Russia's invasion"); "talks about a ceasefire in Gaza" is a topic.
      if (noun && s_.parsed && !NominalEventPosition(i)) continue;
      const std::string& lower = lower_[i];
      auto c = Match(i, kb_.VerbPatterns(tok.lemma.empty() ? lower : tok.lemma), noun);
      if (!c && lower != tok.lemma) c = Match(i, kb_.VerbPatterns(lower), noun);  // "talks" the noun
      // A lemma the dictionary does not know may be a lemmatizer slip on a regular form
      // ("blamed" -> "blam"): try the regular stems of the surface form.
      if (!c && kb_.VerbPatterns(tok.lemma).empty())
        for (const std::string& stem : RegularStems(lower))
          if ((c = Match(i, kb_.VerbPatterns(stem), noun))) break;
      if (c) {
        cands.push_back(std::move(*c));
      } else if (options_.trace && (verb || !kb_.VerbPatterns(tok.lemma).empty())) {
        Why(i, nullptr, kb_.VerbPatterns(tok.lemma).empty() ? "no pattern for this lemma" : "no pattern matched");
      }
    }
    // A verb whose words a wider pattern used is part of that event, not one of its own.
    std::vector<char> consumed(s_.token_count, 0);
    for (const auto& c : cands)
      for (int w : c.words) consumed[w] = 1;
    if (s_.parsed) {
      std::vector<char> is_cand(s_.token_count, 0);
      for (const auto& c : cands) is_cand[c.verb] = 1;
      for (const auto& c : cands)  // "held talks with": the light verb yields to its event noun
        if (t_.tok(c.verb).upos == "NOUN" && t_.rel(c.verb) == "obj" && t_.head(c.verb) >= 0 &&
            !consumed[c.verb])
          consumed[t_.head(c.verb)] =
              is_cand[t_.head(c.verb)] && c.light == t_.head(c.verb) && !BareVerbPatternUsesNoun(cands, t_.head(c.verb), c.verb);
    }
    DatesOnce();
    std::vector<const Candidate*> deferred;
    coded_.assign(s_.token_count, 0);
    std::vector<char> demanding = Obligations();
    for (const auto& c : cands) {
      if (consumed[c.verb]) {
        Why(c.verb, c.pattern, "part of a wider pattern or a light verb");
        continue;
      }
      if (demanding[c.verb] && std::string_view(c.pattern->cameo).substr(0, 2) == "01") {
        Why(c.verb, c.pattern, "a statement coded as the demand it makes");
        continue;
      }
      // "agreed on Saturday to provide aid": the agreement (a statement, a general intent or
      // threat) is the intent coded from its complement, not an event of its own.
      std::string_view root = std::string_view(c.pattern->cameo).substr(0, 2);
      bool statement = root == "01" || root == "03" || root == "13";
      if (s_.parsed && statement && ComplementOf(c.verb, cands) >= 0) {
        deferred.push_back(&c);  // decided once its complement is
        continue;
      }
      // "declined to condemn": the refusal of an act the pattern does not name is no event.
      if (s_.parsed && rules_.Has(rules_.negators, t_.lemma(c.verb))) {
        int comp = t_.Child(c.verb, "xcomp");
        if (comp >= 0 && std::find(c.words.begin(), c.words.end(), comp) == c.words.end()) {
          Why(c.verb, c.pattern, "refusal of an act the pattern does not name");
          continue;
        }
      }
      Emit(c);
    }
    for (const Candidate* c : deferred) {
      if (coded_[ComplementOf(c->verb, cands)]) {
        Why(c->verb, c->pattern, "a statement whose complement is coded");
        continue;
      }
      Emit(*c);
    }
    RememberActors();
  }

 private:
  // "Russia said that Sudan must return the helicopter": a reported clause marked by an
  // auxiliary of obligation is a demand (rules.txt `obligation`) from the reporter on the clause's
  // subject; the clause's own act is not coded (Polarity::Requested). Returns the reporting
  // verbs whose demand was coded, whose statement it replaces.
  std::vector<char> Obligations() {
    std::vector<char> demanding(s_.token_count, 0);
    if (!s_.parsed) return demanding;
    for (int v = 0; v < static_cast<int>(s_.token_count); ++v) {
      std::string_view code = polarity_.Obligation(v);
      if (code.empty()) continue;
      // "we must be realistic": the speaker's own duty is no demand on anyone.
      int subject = t_.Child(v, "nsubj");  // nsubj:pass too
      if (subject < 0 || t_.lemma(subject) == "we" || t_.lemma(subject) == "I") continue;
      int reporter = polarity_.Reporter(v);
      kb::VerbPattern p;
      p.head = std::string(t_.lemma(reporter));
      p.cameo = std::string(code);
      p.elements = {{kb::PatternElement::kSource, ""}, {kb::PatternElement::kVerb, p.head},
                    {kb::PatternElement::kTarget, ""}};
      p.entry = "coder/rules.txt:obligation " + std::string(t_.lemma(t_.Child(v, "aux")));
      Candidate c;
      c.verb = reporter;
      c.pattern = &p;
      c.has_target_slot = true;
      c.target_token = subject;
      size_t before = doc_.events.size();
      Emit(c);
      if (doc_.events.size() > before) demanding[c.verb] = 1;
    }
    return demanding;
  }

  // DYAD_TRACE: one line per decision, so that a missing or wrong event can be explained.
  void Why(int v, const kb::VerbPattern* p, std::string_view reason) const {
    if (!options_.trace) return;
    std::string pattern;  // "[$ * + on]": which of the entry's patterns it was
    if (p) {
      pattern = " [";
      for (const kb::PatternElement& e : p->elements) {
        if (pattern.size() > 2) pattern += ' ';
        pattern += e.kind == kb::PatternElement::kSource ? "$"
                   : e.kind == kb::PatternElement::kTarget ? "+"
                   : e.kind == kb::PatternElement::kVerb   ? "*"
                                                           : e.lemma;
      }
      pattern += ']';
    }
    std::fprintf(stderr, "trace %s s%u %.*s(%.*s) %s%s: %.*s\n", doc_.id.c_str(), si_,
                 static_cast<int>(t_.text(v).size()), t_.text(v).data(), static_cast<int>(t_.lemma(v).size()),
                 t_.lemma(v).data(), p ? p->entry.c_str() : "-", pattern.c_str(), static_cast<int>(reason.size()),
                 reason.data());
  }

  // Verb v has two subjects or a coordinated one ("Scholz and Macron held talks").
  bool CoordinatedSubjects(int v) const {
    if (v < 0) return false;
    int n = 0;
    for (int c : t_.children(v))
      if (t_.rel(c) == "nsubj") n += 1 + !PhraseConjuncts(c).empty();
    return n >= 2;
  }

  // The verb of a candidate that is v's infinitive complement ("agreed to provide"), or -1.
  int ComplementOf(int v, const std::vector<Candidate>& cands) const {
    for (const auto& d : cands) {
      if (d.verb == v || t_.head(d.verb) != v || t_.tok(d.verb).upos != "VERB") continue;
      std::string_view r = t_.rel(d.verb);
      int mark = t_.Child(d.verb, "mark");
      if (r == "xcomp" || (r == "advcl" && mark >= 0 && t_.lemma(mark) == "to")) return d.verb;
    }
    return -1;
  }

  std::vector<int> VerbScope(int v) const {
    return s_.parsed ? t_.Subtree(v, kOutsideVerb) : std::vector<int>{};
  }

  // A verb's scope, and for a misread past tense ("police fired[amod] tear gas at protesters",
  // "Hamas[nsubj] fired[amod] rockets at Tel Aviv") also the phrase of the noun it was hung on,
  // after it: that noun is its object.
  std::vector<int> ClauseScope(int v) const {
    std::vector<int> scope = VerbScope(v);
    if (s_.parsed && t_.rel(v) == "amod" && t_.head(v) > v && (t_.Child(v, "nsubj") >= 0 || MisreadSubject(v) >= 0)) {
      for (int k : t_.Subtree(t_.head(v), kOutsideVerb))
        if (k > v) scope.push_back(k);
      std::sort(scope.begin(), scope.end());
      scope.erase(std::unique(scope.begin(), scope.end()), scope.end());
    }
    return scope;
  }

  std::optional<Candidate> Match(int v, std::span<const kb::VerbPattern> patterns, bool noun) const {
    if (std::none_of(patterns.begin(), patterns.end(), [&](const kb::VerbPattern& p) { return p.nominal == noun; }))
      return std::nullopt;
    std::vector<int> scope;
    int governor = -1;  // an event noun's light verb ("held talks with X": "with X" hangs on "held")
    if (s_.parsed) {
      if (noun && t_.rel(v) == "obj" && t_.head(v) >= 0 && t_.tok(t_.head(v)).upos == "VERB") governor = t_.head(v);
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
      size_t pos = 0;  // index into scope
      while (pos < scope.size() && scope[pos] <= v) ++pos;
      for (size_t e = 0; e < p.elements.size(); ++e) {
        const auto& el = p.elements[e];
        if (el.kind == kb::PatternElement::kVerb) {
          after_verb = true;
          continue;
        }
        if (!after_verb) {
          // Before an event noun, a word is its light verb or modifier ("$ launch legal * against
          // +"): it must be the noun's governor or one of the noun's own words before it.
          // "$ and + hold *": the "and" of coordinated subjects of the noun's governor.
          if (noun && s_.parsed && el.kind == kb::PatternElement::kWord && el.lemma == "and" &&
              CoordinatedSubjects(t_.head(v)))
            continue;
          if (noun && s_.parsed && el.kind == kb::PatternElement::kWord && !BeforeNoun(v, el.lemma)) {
            ok = false;
            break;
          }
          if (noun && s_.parsed && el.kind == kb::PatternElement::kWord && t_.head(v) >= 0 &&
              (t_.lemma(t_.head(v)) == el.lemma || lower_[t_.head(v)] == el.lemma))
            c.light = t_.head(v);
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
        bool marks_target = s_.parsed && e + 1 < p.elements.size() &&
                            p.elements[e + 1].kind == kb::PatternElement::kTarget;
        bool found = false;
        for (; pos < scope.size(); ++pos) {
          int k = scope[pos];
          std::string_view lemma = t_.lemma(k);
          if (lemma != el.lemma && lower_[k] != el.lemma) continue;
          if (marks_target && (t_.rel(k) != "case" || !Attached(t_.head(k), v, governor, c.words))) continue;
          if (marks_target && !NamesActor(t_.head(k))) {
            weak_marker = true;
            continue;
          }
          c.words.push_back(k);
          if (marks_target) c.target_case = k;
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
      if (ok && object_slot_empty) {
        if (!unfilled) unfilled = std::move(c);
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

  // True when the pattern's last word element is the target marker: only then does a marker
  // with no actor behind it leave every other word matched.
  static bool MarkerIsLastWord(const kb::VerbPattern& p) {
    for (size_t e = p.elements.size(); e-- > 0;) {
      if (p.elements[e].kind == kb::PatternElement::kTarget) return e > 0 && p.elements[e - 1].kind == kb::PatternElement::kWord;
      if (p.elements[e].kind == kb::PatternElement::kWord) return false;
    }
    return false;
  }

  // "rejected the request of +": the phrase a target marker introduces must hang on the verb,
  // its light verb or a word the pattern matched ("request of the government", not "request for
  // revocation of a ruling"), and must name an actor or a place (NamesActor).
  bool Attached(int h, int v, int governor, const std::vector<int>& words) const {
    if (h < 0) return false;
    // Inside a name with its title ("with European Council president Donald Tusk") the marker
    // may hang on a word of the name: climb to the name's head first.
    for (int steps = 0; steps < 4 && t_.head(h) >= 0; ++steps) {
      std::string_view r = t_.full_rel(h);
      if (r != "compound" && r != "flat" && r != "nmod:desc" && r != "appos") break;
      h = t_.head(h);
    }
    int up = t_.head(h);
    return up == v || up == governor || std::find(words.begin(), words.end(), up) != words.end();
  }

  // A word of the candidate's pattern is an object of verb v.
  bool NamesObject(const Candidate& c, int v) const {
    for (int k : c.words)
      if (t_.head(k) == v && (t_.rel(k) == "obj" || t_.rel(k) == "iobj")) return true;
    return false;
  }

  // Some object of verb v names an actor.
  bool ObjectNamesActor(int v) const {
    for (int c : t_.children(v))
      if ((t_.rel(c) == "obj" || t_.rel(c) == "iobj") && NamesActor(c)) return true;
    return false;
  }

  bool NamesActor(int h) const {
    for (int k : t_.Subtree(h, {"conj", "acl", "advcl", "punct", "parataxis"}))
      if (mention_at_[k] >= 0 || PronounLike(t_.lemma(k))) return true;
    // A place the gazetteer knows stands for its country ("arrived in Amman"); "on Friday" does not.
    if (t_.tok(h).upos != "PROPN" || !t_.Capitalized(h)) return false;
    auto [lo, hi] = PlaceName(h);  // "at Tel Aviv"
    auto place = kb_.FindPlace(doc_.View(Span{t_.tok(lo).span.begin, t_.tok(hi).span.end}), "");
    return place && !place->country.empty();
  }

  // The noun's governor or a word of its own subtree before it has this lemma.
  bool BeforeNoun(int n, std::string_view lemma) const {
    auto is = [&](int k) { return t_.lemma(k) == lemma || lower_[k] == lemma; };
    if (t_.head(n) >= 0 && is(t_.head(n))) return true;
    for (int k : t_.Subtree(n))
      if (k < n && is(k)) return true;
    return false;
  }

  // Actor mention covering token i, or the first one in its subtree; coordinated ones too.
  void ActorsAt(int i, std::vector<int>& out) const {
    if (i < 0) return;
    int m = mention_at_[i];
    if (m < 0 && PronounLike(t_.lemma(i))) m = Antecedent(i);
    if (m < 0 && s_.parsed) {
      for (int k : t_.Subtree(i, {"conj", "acl", "advcl", "punct", "parataxis"}))
        if (mention_at_[k] >= 0 && !UnderAttribution(k, i)) {
          m = mention_at_[k];
          break;
        }
    }
    if (m >= 0 && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    // "the two leaders": the context pass put the pair's other actor on "two" (actor_context.cc).
    if (m >= 0 && s_.parsed && doc_.actors[m].sentence == si_ && StartsWith(doc_.actors[m].entry, "context:pair:"))
      for (int c : t_.children(i)) {
        int other = mention_at_[c];
        if (other >= 0 && other != m && StartsWith(doc_.actors[other].entry, "context:pair:") &&
            std::find(out.begin(), out.end(), other) == out.end())
          out.push_back(other);
      }
    // "US and British activists": the coordinated country word before the mention, of its role.
    // A pronoun's antecedent may lie in an earlier sentence, whose token indices are not ours.
    if (m >= 0 && doc_.actors[m].sentence == si_ && doc_.actors[m].first_token >= 2 &&
        doc_.actors[m].first_token < s_.token_count) {
      const ActorMention& a = doc_.actors[m];
      int x = mention_at_[a.first_token - 2];
      std::string_view between = t_.lemma(static_cast<int>(a.first_token) - 1);
      if (x >= 0 && x != m && (between == "and" || between == ",") && !a.role.empty() &&
          doc_.actors[x].role == a.role && doc_.actors[x].country != a.country &&
          std::find(out.begin(), out.end(), x) == out.end())
        out.push_back(x);
    }
    if (!s_.parsed) return;
    for (int c : PhraseConjuncts(i)) ActorsAt(c, out);
  }

  // The conjuncts of token i, and those joined by "and"/"or" to the other words of the actor's
  // name i is in: "President of Ukraine and Prime Minister of Britain" hangs the second title on
  // "Ukraine" (a conjunct after a comma there is more often an apposition).
  std::vector<int> PhraseConjuncts(int i) const {
    std::vector<int> out;
    int m = mention_at_[i];
    int lo = i, hi = i + 1;
    if (m >= 0) lo = static_cast<int>(doc_.actors[m].first_token), hi = static_cast<int>(doc_.actors[m].last_token);
    for (int k = lo; k < hi; ++k)
      for (int c : t_.children(k))
        if (t_.rel(c) == "conj" && (c < lo || c >= hi) && (k == i || t_.Child(c, "cc") >= 0)) out.push_back(c);
    return out;
  }

  int Antecedent(int i) const {
    std::string_view l = t_.lemma(i);
    // "The rebels said they will release": the subject of the clause that reports this one.
    if (s_.parsed && (l == "he" || l == "she" || l == "they" || l == "it") && (t_.rel(i) == "nsubj" || t_.rel(i) == "expl")) {
      int clause = t_.head(i);
      int reporter = clause < 0 ? -1 : t_.rel(clause) == "ccomp" ? t_.head(clause) : polarity_.Reporter(clause);
      if (reporter >= 0) {
        int subj = t_.Child(reporter, "nsubj");
        // "The United States welcomed the deal but said it ...": the subject of the first conjunct.
        for (int u = reporter, steps = 0; subj < 0 && t_.rel(u) == "conj" && t_.head(u) >= 0 && steps < 4; ++steps) {
          u = t_.head(u);
          subj = t_.Child(u, "nsubj");
        }
        if (subj >= 0 && subj != i && !PronounLike(t_.lemma(subj))) {
          std::vector<int> found;
          ActorsAt(subj, found);
          if (found.size() == 1) return found[0];
        }
      }
    }
    if (l == "he" || l == "she") return ctx_.last_person;
    if (l == "they" || l == "it") return ctx_.last_actor;
    if ((l == "who" || l == "which" || l == "that") && s_.parsed) {  // relative pronoun: the noun it modifies
      int clause = t_.head(i);
      if (clause >= 0 && t_.full_rel(clause).substr(0, 3) == "acl" && t_.head(clause) >= 0)
        return mention_at_[t_.head(clause)];
    }
    return -1;
  }

  // The subjects of v (coordinated or, after a parser slip, several nsubj), climbing through
  // complements, coordination and relative clauses. An xcomp whose governor has an object takes
  // that object as subject ("urged Beijing to use").
  std::vector<int> SubjectsOf(int v, bool* passive) const {
    *passive = false;
    std::vector<int> out;
    const int own = v;
    for (int steps = 0; v >= 0 && steps < 8; ++steps) {
      for (int c : t_.children(v)) {
        // "said it is skeptical": the parser reads a predicate adjective's "it" as expletive.
        bool predicate_it = t_.rel(c) == "expl" && t_.tok(v).upos == "ADJ" && rules_.Has(rules_.predicates, t_.lemma(v));
        if (t_.rel(c) == "nsubj" || t_.rel(c) == "csubj" || predicate_it) {
          *passive = *passive || t_.full_rel(c) == "nsubj:pass" || t_.Child(v, "aux:pass") >= 0;
          out.push_back(c);
        }
      }
      if (!out.empty()) {
        // A subject borrowed through a conjunct or complement takes the voice of this clause:
        // "The civilians imprisoned ... were released by Putin" (released: conj of imprisoned)
        // is passive, "Obama is scheduled to attend" is not. An adverbial clause keeps the
        // governor's voice ("were killed, shelling ..." is a misparse, not the victims' act).
        if (v != own && t_.Child(own, "aux:pass") >= 0) *passive = true;
        else if (v != own && t_.rel(own) != "advcl") *passive = ByAgent(own) || (*passive && t_.tok(own).xpos == "VBN");
        return out;
      }
      if (v == own)
        if (int k = AdjacentSubject(own); k >= 0) return {k};
      std::string_view r = t_.rel(v);
      if (r == "acl" && t_.full_rel(v) == "acl:relcl") return {t_.head(v)};
      // "Trump's decision to recognize": the clause of a possessed noun is the possessor's act.
      if ((r == "acl" || r == "xcomp") && t_.head(v) >= 0 && t_.tok(t_.head(v)).upos == "NOUN") {
        int poss = t_.Child(t_.head(v), "nmod:poss");
        if (poss >= 0) return {poss};
      }
      // "it remained skeptical[obj]": a predicate adjective the parser made an object.
      if (r != "xcomp" && r != "conj" && r != "advcl" && !(r == "obj" && v == own && PredicateAdjective(v))) return out;
      // "struck targets after an attack near Ankara killed five": a conjunct with no "and" and
      // no comma before it is a clause the parser joined wrongly, not a shared subject's verb.
      if (r == "conj" && t_.Child(v, "cc") < 0 && (v == 0 || t_.text(v - 1) != ",")) return out;
      int h = t_.head(v);
      if (int obj = polarity_.ObjectControlled(v); obj >= 0) return {obj};
      // "jailed a student for helping militants": the reason clause is not the jailer's act.
      if (r == "advcl" && t_.tok(v).xpos == "VBG")
        if (int mark = t_.Child(v, "mark"); mark >= 0 && t_.lemma(mark) == "for") return out;
      v = h;
    }
    return out;
  }

  std::vector<int> Sources(int v, bool* passive, int* subject, int light = -1) const {
    std::vector<int> out;
    if (s_.parsed && t_.tok(v).upos == "NOUN" && !PredicateAdjective(v)) {  // an event noun
      *passive = false;
      int poss = t_.Child(v, "nmod:poss");
      // "expressed his concern": a possessive pronoun under a verb's object is that verb's subject.
      bool pronoun = poss >= 0 && t_.tok(poss).upos == "PRON";
      if (poss >= 0 && !(pronoun && t_.rel(v) == "obj")) {  // "Russia's invasion of Ukraine"
        ActorsAt(poss, out);
        return out;
      }
      for (int c : t_.children(v))  // "the invasion by Russia"
        if (ByPhrase(c, "nmod")) ActorsAt(c, out);
      if (!out.empty()) return out;
      if (int m = ModifyingActor(v); m >= 0) {  // "Israeli air strikes on Gaza"
        ActorsAt(m, out);
        return out;
      }
      std::string_view r = t_.rel(v);
      if ((r == "obj" || r == "obl") && t_.head(v) >= 0 && t_.head(v) == light) return Sources(light, passive, subject);
      // "Iraqi warplanes carried out a raid": a light verb (rules.txt) the pattern does not name.
      if (r == "obj" && t_.head(v) >= 0 && t_.tok(t_.head(v)).upos == "VERB" &&
          rules_.Has(rules_.light_verbs, t_.lemma(t_.head(v))))
        return Sources(t_.head(v), passive, subject);
      return out;  // a noun on its own ("the talks") names no actor
    }
    if (!s_.parsed) {
      for (int k = v - 1; k >= 0; --k)
        if (mention_at_[k] >= 0) return {mention_at_[k]};
      return out;
    }
    std::vector<int> subjects = SubjectsOf(v, passive);
    *subject = subjects.empty() ? -1 : subjects[0];
    if (*passive && rules_.Has(rules_.statives, t_.lemma(v)) && !ByAgent(v)) *passive = false;  // "is opposed to" 
    if (*passive) {  // the agent is the source: "was condemned by the UN"
      for (int c : t_.children(v))
        if (ByPhrase(c, "obl")) ActorsAt(c, out);
      // "were killed in Israeli tank shelling": the actor of the event noun that did it.
      for (int c : t_.children(v)) {
        if (!out.empty()) break;
        if (t_.rel(c) != "obl" || t_.tok(c).upos != "NOUN" || !EventNoun(c)) continue;
        int m = ModifyingActor(c);
        if (m >= 0) ActorsAt(m, out);
      }
      return out;
    }
    for (int subj : subjects) ActorsAt(subj, out);
    // "The missiles fired by the Israeli military struck": the agent of the subject's own clause.
    for (int subj : subjects) {
      if (!out.empty() || mention_at_[subj] >= 0) break;
      for (int c : t_.children(subj))
        if (t_.full_rel(c) == "acl" && ByAgent(c))
          for (int a : t_.children(c))
            if (ByPhrase(a, "obl")) ActorsAt(a, out);
    }
    // "Israeli air strikes killed 12 people", "Russia's shelling hit a school": the actor of an
    // event noun that is the subject.
    for (int subj : subjects)
      if (out.empty()) EventNounActors(subj, out);
    if (subjects.empty()) {
      int h = MisreadSubject(v);
      // "The parliament threatened[misread acl] to break relations": through the complements
      // up to the misread verb.
      for (int u = v, steps = 0; h < 0 && u >= 0 && steps < 8; ++steps) {
        std::string_view r = t_.rel(u);
        if (r != "xcomp" && r != "advcl" && r != "conj") break;
        u = t_.head(u);
        if (u >= 0) h = MisreadSubject(u);
      }
      if (h >= 0) ActorsAt(h, out);
      if (h >= 0 && out.empty()) EventNounActors(h, out);
    }
    return out;
  }

  // A noun that heads nominal patterns ("shelling", "attack", "strike").
  bool EventNoun(int n) const {
    auto nominal = [&](std::string_view head) {
      auto ps = kb_.VerbPatterns(head);
      return std::any_of(ps.begin(), ps.end(), [](const kb::VerbPattern& p) { return p.nominal; });
    };
    return nominal(t_.lemma(n)) || nominal(lower_[n]);
  }

  // Token c is a `rel` phrase introduced by "by" (a passive's agent: "was condemned by the UN").
  bool ByPhrase(int c, std::string_view rel) const {
    int marker = t_.Child(c, "case");
    return t_.rel(c) == rel && marker >= 0 && t_.lemma(marker) == "by";
  }

  // An actor among the words before noun n that modify it ("Israeli tank shelling": Israeli ->
  // tank -> shelling through amod and compound only), or -1.
  int ModifyingActor(int n) const {
    for (int k : t_.Subtree(n)) {
      if (k >= n) break;
      if (mention_at_[k] < 0) continue;
      int at = k;
      while (at != n && at >= 0 && (t_.rel(at) == "amod" || t_.rel(at) == "compound" || mention_at_[at] == mention_at_[k]))
        at = t_.head(at);
      if (at == n) return k;
    }
    return -1;
  }

  bool ByAgent(int v) const {
    for (int c : t_.children(v))
      if (ByPhrase(c, "obl")) return true;
    return false;
  }

  // "Russian police on Saturday detained dozens": a parser that reads the past tense as a
  // participle modifying the next noun (amod) leaves the verb with no subject. When the noun
  // phrase that governs it starts the clause before it, with no verb between, that phrase is
  // the subject and the modified noun the object. Returns the subject's head token, or -1.
  // The actor of event noun n that is no actor itself: "Israeli air strikes", "Russia's
  // shelling", "the attack by Hamas".
  void EventNounActors(int n, std::vector<int>& out) const {
    if (mention_at_[n] >= 0 || t_.tok(n).upos != "NOUN" || !EventNoun(n)) return;
    int poss = t_.Child(n, "nmod:poss");
    if (poss >= 0 && t_.tok(poss).upos != "PRON") ActorsAt(poss, out);
    for (int c : t_.children(n))
      if (out.empty() && ByPhrase(c, "nmod")) ActorsAt(c, out);
    if (int m = ModifyingActor(n); out.empty() && m >= 0) ActorsAt(m, out);
  }

  int MisreadSubject(int v) const {
    if (t_.tok(v).upos != "VERB" || (t_.tok(v).xpos != "VBN" && t_.tok(v).xpos != "VBD")) return -1;
    if (v + 1 < static_cast<int>(s_.token_count) && t_.lemma(v + 1) == "by") return -1;  // "seized by"
    for (int c : t_.children(v))
      if (t_.rel(c) == "aux" || t_.rel(c) == "nsubj") return -1;
    // "Egyptian demonstrators rioted": a sentence with no verb at its root, whose root noun
    // names an actor, read the main verb as a reduced relative clause; so did "Israeli tanks
    // fired four shells, witnesses said" (a reduced relative takes no direct object).
    int h = t_.head(v);
    std::vector<int> found;
    if (h >= 0 && mention_at_[h] < 0 && t_.tok(h).upos == "NOUN") ActorsAt(h, found);  // "Thousands of protesters"
    bool actor = h >= 0 && (mention_at_[h] >= 0 || !found.empty() || (EventNoun(h) && ModifyingActor(h) >= 0));
    // "Thousands of Kurds demonstrated in Kirkuk, witnesses said": a verb that takes no object
    // has no passive participle, so after its actor it is the past tense.
    auto intransitive = [&] {
      if (rules_.Has(rules_.intransitives, t_.lemma(v))) return true;
      for (const std::string& stem : RegularStems(lower_[v]))
        if (rules_.Has(rules_.intransitives, stem)) return true;
      return false;
    };
    if (t_.full_rel(v) == "acl" && h >= 0 && h < v && actor && (t_.tok(h).upos == "NOUN" || t_.tok(h).upos == "PROPN") &&
        (t_.head(h) < 0 || t_.Child(v, "obj") >= 0 || intransitive())) {
      // "Colombia's government and the ELN rebel group agreed[acl of group]": the first
      // conjunct, whose actors include the second.
      if (t_.rel(h) == "conj" && t_.head(h) >= 0 && t_.head(h) < h) return t_.head(h);
      return h;
    }
    if (t_.rel(v) != "amod" || h <= v) return -1;
    for (int k = v - 1; k >= 0; --k) {
      std::string_view pos = t_.tok(k).upos;
      if (pos == "VERB" || pos == "AUX" || pos == "SCONJ") return -1;
      if (mention_at_[k] < 0 || t_.Child(k, "case") >= 0) continue;
      int up = t_.head(k);
      if (up >= 0 && mention_at_[up] == mention_at_[k]) continue;  // not the phrase's head word
      // "Young Algerians blocked roads": the noun the verb modifies took the actor as subject.
      // "US troops provided food relief": or its possessor or compound.
      std::string_view kr = t_.full_rel(k);
      // "Kenyan police fired[amod] tear gas": or the parser hung the actor on the verb itself.
      // ("U.S.-backed forces", joined by a hyphen, is a modifier, not a misread verb).
      // "Chinese coast guard ships fired[amod] water cannons": or the actor modifies the noun
      // whose phrase holds the verb.
      const int phrase = kr == "compound" && up >= 0 && up < v && t_.tok(up).upos == "NOUN" && mention_at_[up] < 0 &&
                                 t_.text(v - 1) != "-"
                             ? up
                             : k;
      if (t_.InSubtree(v, phrase) || (t_.head(k) == v && t_.text(v - 1) != "-") ||
          ((kr == "nsubj" || kr == "nmod:poss" || kr == "compound") && t_.head(k) == h))
        return k;
    }
    return -1;
  }

  // "as Syrian government forces launched air strikes" ("as" read as a preposition), "Russian
  // police detained dozens" (police a compound of the verb): a past-tense verb with no subject right after
  // an actor whose noun the parse hung elsewhere, bare or behind a subordinator (rules.txt), has
  // that actor as its subject. Returns the actor's head token, or -1.
  int AdjacentSubject(int v) const {
    if (v < 1 || mention_at_[v - 1] < 0) return -1;
    // A participle at the root with a direct object is no passive: "Russian police
    // detained[VBN] dozens" (elsewhere it may name: "a report called 'Forgotten'").
    const std::string_view x = t_.tok(v).xpos;
    if (x != "VBD" && (x != "VBN" || t_.head(v) >= 0 || t_.Child(v, "obj") < 0)) return -1;
    for (int c : t_.children(v))
      if (t_.rel(c) == "aux" || t_.rel(c) == "nsubj" || t_.rel(c) == "expl") return -1;  // aux:pass too
    const ActorMention& a = doc_.actors[mention_at_[v - 1]];
    int k = -1;  // the mention's head word: its head lies outside it
    for (uint32_t i = a.first_token; i < a.last_token; ++i) {
      int h = t_.head(static_cast<int>(i));
      if (h < static_cast<int>(a.first_token) || h >= static_cast<int>(a.last_token)) k = static_cast<int>(i);
    }
    if (k < 0 || k != v - 1 || (t_.tok(k).upos != "NOUN" && t_.tok(k).upos != "PROPN")) return -1;
    std::string_view r = t_.rel(k);
    if (r == "nsubj" || r == "obj" || r == "iobj" || r == "appos" || r == "conj") return -1;  // an argument already
    int marker = t_.Child(k, "case");
    if (marker >= 0 && !rules_.Has(rules_.subordinators, t_.lemma(marker))) return -1;
    return k;
  }

  std::vector<int> Targets(const Candidate& c, bool passive, int subject, const std::vector<int>& sources) {
    std::vector<int> out;
    auto keep = [&](std::vector<int>& v) {
      v.erase(std::remove_if(v.begin(), v.end(),
                             [&](int m) { return std::find(sources.begin(), sources.end(), m) != sources.end(); }),
              v.end());
    };
    if (passive) {
      ActorsAt(subject, out);
      keep(out);
      return out;
    }
    if (!s_.parsed) {
      for (int k = c.verb + 1; k < static_cast<int>(s_.token_count); ++k)
        if (mention_at_[k] >= 0) return {mention_at_[k]};
      return out;
    }
    if (c.target_token >= 0) {
      ActorsAt(c.target_token, out);
      keep(out);
      return out;
    }
    std::vector<int> scope = t_.tok(c.verb).upos == "NOUN" ? VerbScope(c.verb) : ClauseScope(c.verb);
    if (c.target_case >= 0 && t_.head(c.target_case) >= 0) {  // "on Russia": the phrase the marker heads
      ActorsAt(t_.head(c.target_case), out);
      keep(out);
      // "arrived in Amman": a place where the pattern wants a target stands for its country.
      if (out.empty()) {
        int m = PlaceActor(t_.head(c.target_case));
        if (m >= 0 && std::find(sources.begin(), sources.end(), m) == sources.end()) out.push_back(m);
      }
      return out;
    }
    if (c.target_after >= 0) {  // the pattern says where: after its last word before "+"
      for (int k : scope) {
        if (k <= c.target_after || mention_at_[k] < 0) continue;
        ActorsAt(t_.head(k) >= 0 && mention_at_[t_.head(k)] == mention_at_[k] ? t_.head(k) : k, out);
        break;
      }
      keep(out);
      if (!out.empty()) return out;
    }
    for (std::string_view rel : {"obj", "iobj", "obl", "nmod", "xcomp"}) {
      for (int ch : t_.children(c.verb)) {
        if (t_.rel(ch) != rel) continue;
        if (rel == "obl" && t_.Child(ch, "case") >= 0 && rules_.Has(rules_.locatives, t_.lemma(t_.Child(ch, "case"))) &&
            mention_at_[ch] < 0)
          continue;  // "in Washington" is a place, not a target
        // "condemned the launch as a violation of U.N. resolutions": what the object is called;
        // "according to the Kremlin": who says so.
        if (rel == "obl" && t_.Child(ch, "case") >= 0 &&
            (t_.lemma(t_.Child(ch, "case")) == "as" || Attribution(t_.Child(ch, "case"))))
          continue;
        ActorsAt(ch, out);
        keep(out);
        if (!out.empty()) return out;
      }
    }
    // "demanded that Hamas renounce": an appeal or demand acts on its clause's subject.
    if (c.has_target_slot && (c.pattern->cameo.substr(0, 2) == "02" || c.pattern->cameo.substr(0, 2) == "10")) {
      for (int ch : t_.children(c.verb)) {
        if (t_.rel(ch) != "ccomp") continue;
        int subj = t_.Child(ch, "nsubj");
        if (subj < 0 || PronounLike(t_.lemma(subj))) continue;
        ActorsAt(subj, out);
        keep(out);
        if (!out.empty()) return out;
      }
    }
    if (MisreadSubject(c.verb) >= 0) {  // "police detained dozens of protesters"
      // The first actor under the modified noun that is not the source ("Turkish police
      // detained[amod] dozens of protesters": police is a compound of dozens).
      for (int k : t_.Subtree(t_.head(c.verb), {"conj", "acl", "advcl", "punct", "parataxis"})) {
        int m = mention_at_[k];
        if (m < 0 || std::find(sources.begin(), sources.end(), m) != sources.end()) continue;
        ActorsAt(k, out);
        keep(out);
        if (!out.empty()) return out;
      }
    }
    // "imposed sanctions on Russia": the actor may hang under the object.
    for (int k : scope) {
      if (k == c.verb || mention_at_[k] < 0 || InPlacePhrase(k, c.verb)) continue;
      ActorsAt(k, out);
      keep(out);
      if (!out.empty()) return out;
    }
    // "attacked 15 positions in the Gaza Strip", "took the city of Mosul": force used on a place,
    // or on a thing in a place, is used on that place's country.
    std::string_view root = std::string_view(c.pattern->cameo).substr(0, 2);
    // Likewise the place in the target phrase of a weak match: "expressed sorrow for the
    // shootings in South Carolina" -> USA.
    if ((root >= "15" && root <= "20") || c.weak_only)
      for (int k : c.weak_only && c.light >= 0 ? VerbScope(c.light) : scope) {
        int place = -1;
        if (t_.rel(k) == "case" && rules_.Has(rules_.locatives, t_.lemma(k))) place = t_.head(k);
        std::string_view r = t_.rel(k);
        if (t_.tok(k).upos == "PROPN" && (r == "obj" || r == "nmod" || r == "obl")) place = k;
        if (place < 0) continue;
        int m = PlaceActor(place);
        if (m >= 0 && std::find(sources.begin(), sources.end(), m) == sources.end()) return {m};
      }
    return out;
  }

  // A country-level actor for the place named at token h ("Amman" -> JOR), appended to the
  // document's mentions; -1 when the gazetteer does not know it.
  // The words of the place name headed by h, with its compounds ("Tel Aviv"): [lo, hi].
  std::pair<int, int> PlaceName(int h) const {
    int lo = h, hi = h;
    for (int c : t_.children(h))
      if (t_.rel(c) == "compound" || t_.rel(c) == "flat") lo = std::min(lo, c), hi = std::max(hi, c);
    return {lo, hi};
  }

  int PlaceActor(int h) {
    if (!s_.parsed || t_.tok(h).upos != "PROPN" || !t_.Capitalized(h)) return -1;
    auto [lo, hi] = PlaceName(h);
    Span span{t_.tok(lo).span.begin, t_.tok(hi).span.end};
    auto place = kb_.FindPlace(doc_.View(span), "");
    if (!place || place->country.empty()) return -1;
    ActorMention a;
    a.sentence = si_;
    a.first_token = static_cast<uint32_t>(lo);
    a.last_token = static_cast<uint32_t>(hi + 1);
    a.span = span;
    a.code = a.country = place->country;
    a.entry = "place:" + place->name;
    doc_.actors.push_back(std::move(a));
    return static_cast<int>(doc_.actors.size() - 1);
  }

  // True when the verb's own matched pattern already names the noun ("impose sanction on +").
  static bool BareVerbPatternUsesNoun(const std::vector<Candidate>& cands, int verb, int noun) {
    for (const auto& c : cands)
      if (c.verb == verb) return std::find(c.words.begin(), c.words.end(), noun) != c.words.end();
    return false;
  }

  // The verb has an object that is neither an actor nor a word of its pattern.
  bool ThingObject(const Candidate& c) const {
    if (!s_.parsed) return false;
    for (int ch : t_.children(c.verb)) {
      if (t_.rel(ch) != "obj" && t_.rel(ch) != "iobj") continue;
      if (mention_at_[ch] >= 0) continue;
      if (std::find(c.words.begin(), c.words.end(), ch) != c.words.end()) continue;
      return true;
    }
    return false;
  }

  // True when token k sits in a locative phrase ("at the G20 summit") below verb v.
  // Case marker c is "according (to)": its phrase says who reports, it takes no part.
  bool Attribution(int c) const {
    std::string_view l = t_.lemma(c);
    return l == "accord" || l == "according" || (l == "to" && c > 0 && AsciiLower(t_.text(c - 1)) == "according");
  }

  // Token k lies, below token top, in an "according to" phrase.
  bool UnderAttribution(int k, int top) const {
    for (int steps = 0; k >= 0 && k != top && steps < 32; ++steps, k = t_.head(k))
      for (int c : t_.children(k))
        if (t_.rel(c) == "case" && Attribution(c)) return true;
    return false;
  }

  // Token k lies, below verb v, in a place phrase ("in Bali") or in what the object is called
  // ("condemned the launch as a violation of U.N. resolutions").
  bool InPlacePhrase(int k, int v) const {
    for (int steps = 0; k >= 0 && k != v && steps < 32; ++steps) {
      int c = t_.Child(k, "case");
      if (c >= 0 && (rules_.Has(rules_.locatives, t_.lemma(c)) || t_.lemma(c) == "as" || Attribution(c))) return true;
      k = t_.head(k);
    }
    return false;
  }

  void DatesOnce() {
    std::vector<std::string> words;
    words.reserve(s_.token_count);
    for (uint32_t i = 0; i < s_.token_count; ++i) words.emplace_back(t_.text(static_cast<int>(i)));
    past_ = FindDates(words, doc_.published, Tense::kPast);
    future_ = FindDates(words, doc_.published, Tense::kFuture);
  }

  // Token k lies in a relative or adnominal clause (acl) that does not hold verb v.
  bool InOtherRelativeClause(int k, int v) const {
    for (int u = k, steps = 0; u >= 0 && steps < 64; u = t_.head(u), ++steps)
      if (t_.rel(u) == "acl" && t_.tok(u).upos == "VERB") return !t_.InSubtree(v, u);
    return false;
  }

  Date EventDate(int v, bool future) const {
    const auto& found = future ? future_ : past_;
    std::vector<int> own = s_.parsed ? t_.Subtree(v, {"nsubj", "csubj", "ccomp", "parataxis", "conj", "advcl", "xcomp",
                                                       "acl", "punct"})
                                     : std::vector<int>{};
    const DateMention* pick = nullptr;
    for (const auto& d : found)
      if (std::find(own.begin(), own.end(), static_cast<int>(d.first)) != own.end()) {
        pick = &d;
        break;
      }
    // Else the sentence's only date, unless a relative clause of some noun holds it ("The junta,
    // which seized power in July, expelled the ambassador": July is the seizure's).
    if (!pick && found.size() == 1 && !(s_.parsed && InOtherRelativeClause(static_cast<int>(found[0].first), v)))
      pick = &found[0];
    if (!pick) return doc_.published;
    // A happened event cannot lie after the article; a planned one keeps the date it gives.
    if (!future && pick->date.DaysSinceEpoch() > doc_.published.DaysSinceEpoch()) return doc_.published;
    return pick->date;
  }

  // The place of a locative phrase in v's clause, else in the sentence.
  std::optional<Location> Place(int v, const std::string& hint, bool clause_only = false) const {
    if (!s_.parsed) return std::nullopt;
    std::vector<int> scope = t_.Subtree(v, {"nsubj", "csubj", "ccomp", "parataxis", "conj", "advcl", "punct"});
    for (int pass = 0; pass < (clause_only ? 1 : 2); ++pass) {
      for (int k = 0; k < static_cast<int>(s_.token_count); ++k) {
        if (pass == 0 && std::find(scope.begin(), scope.end(), k) == scope.end()) continue;
        if (t_.rel(k) != "case" || !rules_.Has(rules_.locatives, t_.lemma(k))) continue;
        int h = t_.head(k);
        if (h < 0 || h == k || t_.tok(h).upos != "PROPN" || !t_.Capitalized(h)) continue;  // "at the summit" is no place name
        int lo = h, hi = h;
        for (int c : t_.children(h))
          if (t_.rel(c) == "compound" || t_.rel(c) == "flat" || (t_.rel(c) == "det" && t_.lemma(c) == "the")) {
            lo = std::min(lo, c);
            hi = std::max(hi, c);
          }
        for (int start : {lo, h}) {
          std::string_view name = doc_.View(Span{t_.tok(start).span.begin, t_.tok(hi).span.end});
          if (auto p = kb_.FindPlace(name, hint)) {
            Location l;
            l.name = p->name;
            l.country = p->country;
            l.lat = p->lat;
            l.lon = p->lon;
            l.precision = p->precision;
            return l;
          }
        }
      }
    }
    return std::nullopt;
  }

  // The rejection a refused act of this code is (rules.txt refusal, longest prefix), or "".
  std::string RefusalCode(std::string_view code) const {
    for (size_t n = code.size(); n >= 2; --n) {
      auto it = rules_.refusal.find(code.substr(0, n));
      if (it != rules_.refusal.end()) return it->second;
    }
    return "";
  }

  void Emit(const Candidate& c) {
    bool passive = false;
    int subject = -1;
    std::vector<int> sources = Sources(c.verb, &passive, &subject, c.light);
    if (sources.empty()) return Why(c.verb, c.pattern, "no source actor");
    int clause = ClauseVerb(c.verb);
    if (polarity_.Requested(clause)) return Why(c.verb, c.pattern, "an act someone else asked or wanted");
    if (polarity_.Alleged(clause)) return Why(c.verb, c.pattern, "an act someone is accused of or punished for");
    if (polarity_.WarnedAgainst(clause)) return Why(c.verb, c.pattern, "an act someone warned against");
    if (s_.parsed && rules_.Has(rules_.namings, t_.lemma(c.verb))) {
      int objects = 0;  // objects and non-verbal predicates: "called Xi[iobj] a dictator[obj]"
      for (int ch : t_.children(c.verb)) {
        std::string_view r = t_.rel(ch);
        objects += r == "obj" || r == "iobj" || (r == "xcomp" && t_.tok(ch).upos != "VERB");
      }
      if (objects >= 2 && t_.Child(c.verb, "compound") < 0)  // "called off" is no naming
        return Why(c.verb, c.pattern, "naming someone, not contacting them");
    }
    bool negated = polarity_.Negated(clause) || (clause != c.verb && polarity_.Negated(c.verb));
    // "refused to meet", "will not lift the sanctions": a refused cooperative act is the
    // matching rejection (rules.txt refusal), coded now.
    std::string refusal = negated && !options_.keep_negated && polarity_.Refused(clause) ? RefusalCode(c.pattern->cameo) : "";
    if (negated && !options_.keep_negated && refusal.empty()) return Why(c.verb, c.pattern, "negated");
    if (!refusal.empty()) negated = false;
    // "if they refuse to quit": the refusal itself may be hypothetical.
    if (polarity_.Hypothetical(clause) ||
        (!refusal.empty() && t_.rel(clause) == "xcomp" && polarity_.Hypothetical(t_.head(clause))))
      return Why(c.verb, c.pattern, "hypothetical");
    std::vector<int> targets = Targets(c, passive, subject, sources);
    // "Biden and Xi met": coordinated sources with no other target act on each other, unless
    // the verb acts on a thing ("Biden and Xi held a meeting" is not "held each other").
    bool mutual = targets.empty() && sources.size() >= 2 && !ThingObject(c) && c.target_token < 0;
    std::string code = c.pattern->cameo;
    // "Houthi rebels claimed that they had attacked Saudi cities": the claim of one's own act of
    // force is a claim of responsibility (015, rules.txt claim).
    if (s_.parsed && code.compare(0, 2, "14") >= 0 && t_.rel(clause) == "ccomp" && t_.head(clause) >= 0 &&
        rules_.Has(rules_.claims, t_.lemma(t_.head(clause)))) {
      bool p = false;
      int subj = -1;
      std::vector<int> claimers = Sources(t_.head(clause), &p, &subj);
      bool own = std::any_of(sources.begin(), sources.end(), [&](int s) {
        return std::any_of(claimers.begin(), claimers.end(),
                           [&](int x) { return x == s || doc_.actors[x].code == doc_.actors[s].code; });
      });
      if (own) code = "015";
    }
    bool threatened = polarity_.Threatened(clause);
    if (threatened && code.compare(0, 2, "14") < 0) return Why(c.verb, c.pattern, "a threat of a cooperative act");
    bool future = refusal.empty() && (threatened || polarity_.Future(clause));
    if (!refusal.empty()) code = refusal;
    if (future) {
      auto it = rules_.intent.find(code.substr(0, 2));
      if (it == rules_.intent.end()) return Why(c.verb, c.pattern, "future act with no intent code");
      code = it->second;
    }
    const kb::CameoCode* cameo = kb_.Cameo(code);
    if (!cameo) return Why(c.verb, c.pattern, "unknown CAMEO code");
    // A pattern with a target slot ("$ * +") needs its target; one without ("$ * to set up")
    // codes an act with no other party, as GDELT does with an empty Actor2.
    // Only patterns that name their roles ("$ * to set up") may code an act with no target;
    // imported PETRARCH patterns ("* outpost in +") leave source and target implicit.
    bool explicit_roles = std::any_of(c.pattern->elements.begin(), c.pattern->elements.end(),
                                      [](const kb::PatternElement& e) { return e.kind == kb::PatternElement::kSource; });
    if (targets.empty() && !mutual && c.has_target_slot && c.weak && explicit_roles && !future)
      cameo = kb_.Cameo(c.weak->cameo);
    if (!cameo) return Why(c.verb, c.pattern, "unknown CAMEO code");
    // A pattern whose words all matched ("responsibility for") codes the act even when its
    // target phrase names no actor ("for the attack").
    bool words_matched = explicit_roles && (c.target_case >= 0 || c.weak);
    // "made his remarks": a bare statement with no one addressed says nothing about relations.
    if (targets.empty() && !mutual && cameo->code == "010") return Why(c.verb, c.pattern, "statement with no target");
    if (targets.empty() && !mutual && (c.has_target_slot || !explicit_roles) && !words_matched &&
        !rules_.targetless_roots.count(cameo->root))
      return Why(c.verb, c.pattern, "no target actor");
    Date date = EventDate(clause, future && !threatened);  // a threat is made now
    std::string hint = doc_.actors[sources[0]].country;
    auto place = Place(clause, hint);
    // "protesters marched in Nairobi", "shelling destroyed a school in Kharkiv": an agent with no
    // country acts where its own clause happens (unless its role often serves abroad).
    auto local = Place(clause, hint, true);
    auto localized = [&](const ActorMention& a) {
      ActorMention m = a;
      if (local && !local->country.empty() && Bare(m) && !rules_.Has(rules_.abroad_roles, m.role) &&
          !(m.sentence == si_ && m.last_token > 0 && m.last_token <= s_.token_count &&
            rules_.Has(rules_.posted, t_.lemma(static_cast<int>(m.last_token) - 1)))) {
        m.code = local->country + m.code;
        m.country = local->country;
      }
      return m;
    };
    const Token& vt = t_.tok(c.verb);
    for (int s : sources) {
      // "Syrian state media reported": an outlet is never the actor of what it reports.
      if (cameo->root == "01" && IsMedia(doc_.actors[s])) continue;
      std::vector<int> ts = mutual ? sources : targets.empty() ? std::vector<int>{-1} : targets;
      // "Algerians protested in Algiers": an act whose only target is its own source's code is,
      // for roots that need none, an act with no target.
      bool only_self = !ts.empty() && std::all_of(ts.begin(), ts.end(), [&](int t) {
        return t == s || (t >= 0 && doc_.actors[t].code == doc_.actors[s].code);
      });
      if (only_self && !mutual && rules_.targetless_roots.count(cameo->root)) ts = {-1};
      if (only_self && ts[0] >= 0) Why(c.verb, c.pattern, "target is the source");
      for (int t : ts) {
        if (t == s || (t >= 0 && doc_.actors[t].code == doc_.actors[s].code)) continue;
        // "officials told reporters": two bare agents with no country say nothing about whom.
        ActorMention source = localized(doc_.actors[s]);
        ActorMention target = t >= 0 ? localized(doc_.actors[t]) : ActorMention{};
        if (source.code == target.code) continue;
        if (Bare(source) && (t < 0 || Bare(target))) {
          Why(c.verb, c.pattern, "source and target name no country");
          continue;
        }
        // "Ethiopian troops clashed with Fano fighters": a protest code done by an armed actor is
        // the act of force it stands for (rules.txt armed).
        const kb::CameoCode* coded = cameo;
        if (auto armed = rules_.armed.find(cameo->code); armed != rules_.armed.end() && ArmedActor(source))
          if (const kb::CameoCode* force = kb_.Cameo(armed->second)) coded = force;
        Event e;
        e.sentence = si_;
        e.source = std::move(source);
        e.has_target = t >= 0;
        if (t >= 0) e.target = std::move(target);
        e.cameo = coded->code;
        e.root = coded->root;
        e.quad_class = coded->quad_class;
        e.goldstein = coded->goldstein;
        e.plover = coded->plover;
        e.date = date;
        e.negated = negated;
        e.has_location = place.has_value();
        if (place) e.location = *place;
        e.verb = vt.span;
        e.pattern = c.pattern->entry;
        bool dup = false;
        for (const auto& prev : doc_.events)
          dup = dup || (prev.sentence == si_ && prev.source.code == e.source.code && prev.cameo == e.cameo &&
                        prev.has_target == e.has_target && (!e.has_target || prev.target.code == e.target.code));
        if (!dup) doc_.events.push_back(std::move(e));
        coded_[c.verb] = 1;
        Why(c.verb, c.pattern, dup ? "coded (duplicate)" : "coded");
      }
    }
  }

  // An actor whose code has an armed role (rules.txt armed-role) after its country.
  bool ArmedActor(const ActorMention& a) const {
    for (size_t at = a.country.size(); at + 3 <= a.code.size(); at += 3)
      if (rules_.Has(rules_.armed_roles, a.code.substr(at, 3))) return true;
    return false;
  }

  bool NominalEventPosition(int n) const {
    std::string_view r = t_.rel(n);
    return r == "obj" || r == "nsubj" || r == "root" || t_.Child(n, "nmod:poss") >= 0;
  }

  // The verb whose clause decides polarity, tense and date: an event noun's governing verb.
  int ClauseVerb(int v) const {
    // "police fired[amod] tear gas at protesters in Nairobi": the misread verb's clause is the
    // noun phrase it was hung on.
    if (s_.parsed && t_.tok(v).upos == "VERB" && t_.rel(v) == "amod" && t_.head(v) > v && MisreadSubject(v) >= 0)
      return t_.head(v);
    if (!s_.parsed || t_.tok(v).upos != "NOUN") return v;
    std::string_view r = t_.rel(v);
    if ((r == "obj" || r == "nsubj" || r == "obl") && t_.head(v) >= 0) return t_.head(v);
    return v;
  }

  static bool IsMedia(const ActorMention& a) {
    return a.code.size() >= 6 && a.code.compare(a.code.size() - 3, 3, "MED") == 0;
  }

  // An agent with no country and no organisation of its own ("officials", "police").
  static bool Bare(const ActorMention& a) { return a.country.empty() && a.code.size() <= 3; }

  void RememberActors() {
    for (size_t m = 0; m < doc_.actors.size(); ++m) {
      if (doc_.actors[m].sentence != si_) continue;
      ctx_.last_actor = static_cast<int>(m);
      if (!doc_.actors[m].name.empty()) ctx_.last_person = static_cast<int>(m);
    }
  }

  const kb::KnowledgeBase& kb_;
  const CoderRules& rules_;
  const CoderOptions& options_;
  Document& doc_;
  uint32_t si_;
  const Sentence& s_;
  DepTree t_;
  Polarity polarity_;
  ArticleContext& ctx_;
  std::vector<int> mention_at_;
  std::vector<char> coded_;  // tokens whose candidate produced an event
  std::vector<std::string> lower_;  // each token's text in lower case
  std::vector<DateMention> past_, future_;
};

}  // namespace

void SentenceCoder::Code(Document& doc, uint32_t sentence, ArticleContext& context) const {
  Coder(kb_, rules_, options_, doc, sentence, context).Run();
}

}  // namespace dyad::coder
