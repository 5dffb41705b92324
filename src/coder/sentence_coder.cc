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
#include <string>

#include "base/strings.h"
#include "coder/sentence_coding.h"

namespace dyad::coder {

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
      may[si] =
          l == "he" || l == "she" || l == "they" || l == "it" || rules.descriptions.count(l) || rules.pairs.count(l);
    }
  }
  return may;
}

bool MayHoldEvent(const Document& doc, uint32_t sentence, const CoderRules& rules) {
  return SentencesThatMayHoldEvents(doc, rules)[sentence];
}

namespace detail {

Coder::Coder(const kb::KnowledgeBase& kb, const CoderRules& rules, const CoderOptions& options, Document& doc,
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

void Coder::Run() {
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
    for (const auto& c : cands) {  // "held talks with": the light verb yields to its event noun
      // "launched a missile and drone attack": so does a light verb (rules.txt) whose object
      // the event noun is a conjunct of.
      int arg = t_.tok(c.verb).upos == "NOUN" ? ArgumentOfConjunct(c.verb) : c.verb;
      int h = t_.head(arg);
      if (t_.tok(c.verb).upos == "NOUN" && t_.rel(arg) == "obj" && h >= 0 && !consumed[c.verb])
        consumed[h] = is_cand[h] && (c.light == h || (arg != c.verb && rules_.Has(rules_.light_verbs, t_.lemma(h)))) &&
                      !BareVerbPatternUsesNoun(cands, h, c.verb);
      // "came under fire ... in southern Lebanon": "come under" is the noun's, no visit.
      if (c.target_first && c.light >= 0 && t_.tok(c.verb).upos == "NOUN" && !consumed[c.verb]) consumed[c.light] = 1;
    }
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
    // "declined to condemn": the refusal of an act the pattern does not name is no event. (An
    // "xcomp" with its own auxiliary, "after a state of siege was declared", is a clause the
    // parse misread, no refused act.)
    if (s_.parsed && rules_.Has(rules_.negators, t_.lemma(c.verb))) {
      int comp = t_.Child(c.verb, "xcomp");
      if (comp >= 0 && t_.Child(comp, "aux") >= 0) comp = -1;  // aux or aux:pass
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

std::vector<char> Coder::Obligations() {
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
    p.elements = {
        {kb::PatternElement::kSource, ""}, {kb::PatternElement::kVerb, p.head}, {kb::PatternElement::kTarget, ""}};
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

void Coder::Why(int v, const kb::VerbPattern* p, std::string_view reason) const {
  if (!options_.trace) return;
  std::string pattern;  // "[$ * + on]": which of the entry's patterns it was
  if (p) {
    pattern = " [";
    for (const kb::PatternElement& e : p->elements) {
      if (pattern.size() > 2) pattern += ' ';
      pattern += e.kind == kb::PatternElement::kSource   ? "$"
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

bool Coder::Reciprocal(int v) const {
  for (int k : ClauseScope(v)) {
    std::string w = AsciiLower(t_.text(k));
    if (k + 1 < static_cast<int>(s_.token_count) && (w == "each" || w == "one") &&
        AsciiLower(t_.text(k + 1)) == (w == "each" ? "other" : "another"))
      return true;
  }
  return false;
}

bool Coder::PatternWordActor(const Candidate& c, int m) const {
  const ActorMention& a = doc_.actors[m];
  if (a.sentence != si_) return false;
  return std::any_of(c.words.begin(), c.words.end(), [&](int w) {
    return w >= static_cast<int>(a.first_token) && w < static_cast<int>(a.last_token);
  });
}

std::string Coder::RefusalCode(std::string_view code) const {
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = rules_.refusal.find(code.substr(0, n));
    if (it != rules_.refusal.end()) return it->second;
  }
  return "";
}

// rules.txt targetless: a root ("14") whose events may have no target, or a code ("012") that
// is coded with none when its only target is its own source.
bool Coder::Targetless(const kb::CameoCode& code) const {
  return rules_.targetless_roots.count(code.root) > 0 || rules_.targetless_roots.count(code.code) > 0;
}

// A code listed in rules.txt own-forces.
bool Coder::OwnForcesCode(std::string_view code) const { return rules_.Has(rules_.own_forces, code); }

// "Iranian-backed Houthi rebels", "a Republican-controlled Congress": a participle written as the
// second half of a hyphenated word that modifies a noun describes that noun; no event happens.
bool Coder::HyphenatedModifier(int v) const {
  if (v < 2 || t_.text(v - 1) != "-") return false;
  if (t_.tok(v - 2).span.end != t_.tok(v - 1).span.begin || t_.tok(v - 1).span.end != t_.tok(v).span.begin)
    return false;
  const std::string_view x = t_.tok(v).xpos;
  if (x != "VBN" && x != "VBG" && x != "JJ") return false;
  std::string_view r = t_.rel(v);
  int h = t_.head(v);
  if (r == "amod" || r == "compound" || (h > v && (t_.tok(h).upos == "NOUN" || t_.tok(h).upos == "PROPN")))
    return true;
  // However the parse hung it, a hyphenated participle with no subject or auxiliary of its own
  // is a modifier ("troops test-fired the missile" keeps its subject).
  for (int c : t_.children(v)) {
    std::string_view cr = t_.rel(c);
    if (cr == "nsubj" || cr == "aux") return false;
  }
  return true;
}

bool Coder::ToMediaOutlet(int v) const {
  if (!s_.parsed) return false;
  for (int c : t_.children(v))
    if ((t_.rel(c) == "obj" || t_.rel(c) == "iobj") && rules_.Has(rules_.media_nouns, t_.lemma(c))) return true;
  return false;
}

void Coder::Emit(const Candidate& c) {
  if (s_.parsed && HyphenatedModifier(c.verb)) return Why(c.verb, c.pattern, "part of a hyphenated modifier");
  bool passive = false;
  int subject = -1;
  std::vector<int> sources = Sources(c.verb, &passive, &subject, c.light);
  // "Ukraine received weapons from the United States" ("+ * &milhelp from $"): the giver in the
  // "from" phrase is the source, the subject who receives the target.
  std::vector<int> receivers;
  if (c.source_case >= 0) {
    receivers.swap(sources);
    ActorsAt(t_.head(c.source_case), sources);
    receivers.erase(std::remove_if(receivers.begin(), receivers.end(),
                                   [&](int m) { return std::find(sources.begin(), sources.end(), m) != sources.end(); }),
                    receivers.end());
    if (receivers.empty()) return Why(c.verb, c.pattern, "no target actor");
  }
  // "Kyiv came under a Russian missile attack" ("+ come under *"): the light verb's subject is
  // the target, never the source; the source is the noun's own (modifier, from or by phrase).
  const bool target_before_light = c.target_first && c.pattern->nominal && c.light >= 0 && s_.parsed;
  if (target_before_light) {
    std::vector<int> hit;
    bool light_passive = false;
    for (int k : SubjectsOf(c.light, &light_passive)) ActorsAt(k, hit);
    sources.erase(std::remove_if(sources.begin(), sources.end(),
                                 [&](int m) { return std::find(hit.begin(), hit.end(), m) != hit.end(); }),
                  sources.end());
    if (c.source_case < 0) receivers = hit;
    if (receivers.empty()) return Why(c.verb, c.pattern, "no target actor");
  }
  if (sources.empty()) return Why(c.verb, c.pattern, "no source actor");
  // "More than 20 migrants arrived in Italy", "citizens who travel to Singapore": people of these
  // roles travel, they make no visit (rules.txt no-visit).
  if (rules_.Has(rules_.needs_target, c.pattern->cameo)) {
    sources.erase(std::remove_if(sources.begin(), sources.end(),
                                 [&](int m) { return rules_.Has(rules_.no_visit_roles, doc_.actors[m].role); }),
                  sources.end());
    if (sources.empty()) return Why(c.verb, c.pattern, "a journey, not a visit");
  }
  // "African leaders gathered at the AU headquarters": officials who gather meet, they do not
  // protest; "it demonstrates the commitment": demonstrating something is showing it (rules.txt
  // assembly, official-role, shows).
  if (std::string_view(c.pattern->cameo).substr(0, 2) == "14" && s_.parsed) {
    std::string_view lemma = t_.lemma(c.verb);
    if (rules_.Has(rules_.shows, lemma) && t_.Child(c.verb, "obj") >= 0)
      return Why(c.verb, c.pattern, "showing something, not protesting");
    // "gathered to commemorate the day of the murder", "gathered to celebrate New Year's": a
    // gathering for something other than protest (rules.txt gathering-purpose) is no protest,
    // unless protesters gather.
    bool protesters = std::any_of(sources.begin(), sources.end(), [&](int m) { return doc_.actors[m].role == "OPP"; });
    if ((rules_.Has(rules_.assemblies, lemma) || lemma == "march") && !protesters)
      for (int k : t_.children(c.verb)) {
        std::string_view r = t_.rel(k);
        int mark = t_.Child(k, "mark");
        if ((r == "advcl" || r == "xcomp") && mark >= 0 && t_.lemma(mark) == "to" &&
            rules_.Has(rules_.gathering_purposes, t_.lemma(k)))
          return Why(c.verb, c.pattern, "a gathering for something other than protest");
      }
    if (rules_.Has(rules_.assemblies, lemma)) {
      sources.erase(std::remove_if(sources.begin(), sources.end(),
                                   [&](int m) { return rules_.Has(rules_.official_roles, doc_.actors[m].role); }),
                    sources.end());
      if (sources.empty()) return Why(c.verb, c.pattern, "officials gathering, not protesting");
    }
  }
  int clause = ClauseVerb(c.verb);
  if (polarity_.Requested(clause)) return Why(c.verb, c.pattern, "an act someone else asked or wanted");
  if (polarity_.Alleged(clause)) return Why(c.verb, c.pattern, "an act someone is accused of or punished for");
  if (polarity_.WarnedAgainst(clause)) return Why(c.verb, c.pattern, "an act someone warned against");
  int insult = -1;  // "called Trump a dictator": the noun of a naming that denounces (rules.txt insult)
  if (s_.parsed && rules_.Has(rules_.namings, t_.lemma(c.verb))) {
    int objects = 0;  // objects and non-verbal predicates: "called Xi[iobj] a dictator[obj]"
    for (int ch : t_.children(c.verb)) {
      std::string_view r = t_.rel(ch);
      // (also a bare noun read as an unmarked oblique: "called the summit a success[obl]")
      bool object = r == "obj" || r == "iobj" || (r == "xcomp" && t_.tok(ch).upos != "VERB") ||
                    (t_.full_rel(ch) == "obl:unmarked" && t_.tok(ch).upos == "NOUN" && !TimePhrase(ch));
      objects += object;
      bool insulting = rules_.Has(rules_.insults, t_.lemma(ch));
      for (int m : t_.children(ch))  // "a terrorist state", "a criminal regime"
        insulting = insulting || ((t_.rel(m) == "amod" || t_.rel(m) == "compound") && rules_.Has(rules_.insults, t_.lemma(m)));
      if (object && insulting) insult = ch;
    }
    if (objects < 2) insult = -1;
    // "a rebel group called the Free Army", "the initiative, also called the Global
    // Partnership": a participle after its noun, or "also" after a comma, names it.
    const int v = c.verb;
    bool participle = t_.full_rel(v) == "acl" && t_.tok(v).xpos == "VBN" && t_.Child(v, "obj") >= 0;
    bool also = v >= 2 && t_.lemma(v - 1) == "also" && t_.text(v - 2) == "," && t_.Child(v, "obj") >= 0;
    // "despite what officials called massive Russian interference": a relative clause on
    // "what" or "which" with an object names that object.
    int antecedent = t_.full_rel(v) == "acl:relcl" ? t_.head(v) : -1;
    bool relative = antecedent >= 0 && (t_.lemma(antecedent) == "what" || t_.lemma(antecedent) == "which") &&
                    t_.Child(v, "obj") >= 0;
    if ((objects >= 2 || participle || also || relative) && t_.Child(v, "compound") < 0 && insult < 0)  // "called off" is no naming
      return Why(c.verb, c.pattern, "naming someone, not contacting them");
  }
  bool negated = polarity_.Negated(clause) || (clause != c.verb && polarity_.Negated(c.verb));
  // "refused to meet", "will not lift the sanctions": a refused cooperative act is the
  // matching rejection (rules.txt refusal), coded now.
  std::string refusal =
      negated && !options_.keep_negated && polarity_.Refused(clause) ? RefusalCode(c.pattern->cameo) : "";
  if (negated && !options_.keep_negated && refusal.empty()) return Why(c.verb, c.pattern, "negated");
  if (!refusal.empty()) negated = false;
  // "if they refuse to quit": the refusal itself may be hypothetical.
  if (polarity_.Hypothetical(clause) ||
      (!refusal.empty() && t_.rel(clause) == "xcomp" && polarity_.Hypothetical(t_.head(clause))))
    return Why(c.verb, c.pattern, "hypothetical");
  std::vector<int> targets =
      c.source_case >= 0 || target_before_light ? receivers : Targets(c, passive, subject, sources);
  if (insult >= 0)  // "a war criminal" is what the target is called, not a second target
    targets.erase(std::remove_if(targets.begin(), targets.end(), [&](int m) { return mention_at_[insult] == m; }),
                  targets.end());
  // "Ukraine and Russia exchanged 95 prisoners" ("$ and + * &captive"): they act on each other,
  // not on what they exchange, a word of the pattern.
  // "Taiwan deployed ships and aircraft": forces with no country that a show of force, a
  // peacekeeping offer or a withdrawal moves are the source's own, not its target (rules.txt
  // own-forces).
  if (std::string_view(c.pattern->cameo).substr(0, 2) == "15")
    targets.erase(std::remove_if(targets.begin(), targets.end(), [&](int m) { return Bare(doc_.actors[m]); }),
                  targets.end());
  else if (OwnForcesCode(c.pattern->cameo))  // "withdrew its troops", "contribute troops"
    targets.erase(std::remove_if(targets.begin(), targets.end(),
                                 [&](int m) {
                                   const ActorMention& a = doc_.actors[m];
                                   return (a.role == "MIL" || a.role == "COP") &&
                                          (a.country.empty() || a.country == doc_.actors[sources[0]].country);
                                 }),
                  targets.end());
  // "India and Canada expelled each other's diplomats": a reciprocal makes them act on each
  // other, whatever the phrase it sits in names.
  if (sources.size() >= 2 && s_.parsed && Reciprocal(c.verb)) targets.clear();
  if (c.mutual_slot && sources.size() >= 2)
    targets.erase(std::remove_if(targets.begin(), targets.end(), [&](int m) { return PatternWordActor(c, m); }),
                  targets.end());
  // "Biden and Xi met": coordinated sources with no other target act on each other, unless
  // the verb acts on a thing ("Biden and Xi held a meeting" is not "held each other").
  // Only acts that take two sides do (rules.txt mutual-root): "the government and the rebels
  // released 150 hostages" released them together, not each other.
  // "India and China agreed to resume flights between the two countries": targets that are all
  // among coordinated sources are those sources themselves, acting on each other.
  if (sources.size() >= 2 && !targets.empty() &&
      std::all_of(targets.begin(), targets.end(), [&](int t) {
        return std::any_of(sources.begin(), sources.end(),
                           [&](int s) { return s == t || doc_.actors[s].code == doc_.actors[t].code; });
      }))
    targets = sources;
  // (Consulting and negotiating are mutual whatever their object: "Putin and Trump discussed a
  // prisoner swap"; hosting and visiting are not: "Turkey and Malaysia welcomed it".)
  const std::string_view pcode = c.pattern->cameo;
  // ("Egypt, Qatar and Turkey mediated the talks": a third party's act, rules.txt third-party,
  // is never done to its fellow mediators.)
  bool mutual = targets.empty() && sources.size() >= 2 && !rules_.Has(rules_.third_parties, t_.lemma(c.verb)) &&
                (!ThingObject(c) || pcode == "040" || pcode == "041" || pcode == "046") && c.target_token < 0 &&
                (c.mutual_slot || (s_.parsed && Reciprocal(c.verb)) ||
                 rules_.Has(rules_.mutual_roots, std::string_view(c.pattern->cameo).substr(0, 2)) ||
                 rules_.Has(rules_.mutual_roots, c.pattern->cameo));
  // A bare "$ and + *" names two parties acting on each other: for consulting and cooperating
  // (04, 05), one source alone ("Police are working on several leads") is no such act (one
  // with words of its own, "established diplomatic ties", still is). (An agreement,
  // 03, with no partner named is still an agreement: "agreed to relax the curfew".)
  const std::string_view proot = std::string_view(c.pattern->cameo).substr(0, 2);
  if (c.mutual_slot && c.words.empty() && sources.size() < 2 && targets.empty() && (proot == "04" || proot == "05"))
    return Why(c.verb, c.pattern, "one party for a pattern of two");
  std::string code = insult >= 0 ? "111" : c.pattern->cameo;
  // "Houthi rebels claimed that they had attacked Saudi cities": the claim of one's own act of
  // force is a claim of responsibility (015, rules.txt claim).
  int claimed = clause;  // "claimed that ISIL had attacked Iraq and taken Mosul": conjuncts too
  for (int steps = 0; s_.parsed && t_.rel(claimed) == "conj" && t_.head(claimed) >= 0 && steps < 8; ++steps)
    claimed = t_.head(claimed);
  if (s_.parsed && code.compare(0, 2, "14") >= 0 && t_.rel(claimed) == "ccomp" && t_.head(claimed) >= 0 &&
      rules_.Has(rules_.claims, t_.lemma(t_.head(claimed)))) {
    bool p = false;
    int subj = -1;
    std::vector<int> claimers = Sources(t_.head(claimed), &p, &subj);
    bool own = std::any_of(sources.begin(), sources.end(), [&](int s) {
      return std::any_of(claimers.begin(), claimers.end(),
                         [&](int x) { return x == s || doc_.actors[x].code == doc_.actors[s].code; });
    });
    if (own) {
      code = "015";
    } else if (!claimers.empty() && rules_.Has(rules_.alleging, t_.lemma(t_.head(claimed))) &&
               std::none_of(claimers.begin(), claimers.end(), [&](int x) {
                 // "Trump claimed that the U.S. military is hitting ISIS harder": one's own
                 // country's act is reported, not alleged against it.
                 return std::any_of(sources.begin(), sources.end(), [&](int s) {
                   return !doc_.actors[x].country.empty() && doc_.actors[x].country == doc_.actors[s].country;
                 });
               })) {
      // "The US claimed that ISIL had attacked Iraq": claiming another's act of force accuses
      // its doer (112, rules.txt alleging); the act itself is only alleged.
      targets = sources;
      sources = claimers;
      code = "112";
      mutual = false;
    }
  }
  bool threatened = polarity_.Threatened(clause);
  if (threatened && code.compare(0, 2, "14") < 0) return Why(c.verb, c.pattern, "a threat of a cooperative act");
  // "pledged to strengthen the alliance during talks with Trump": the talks are under way, not
  // pledged, whatever the parser hung them on.
  const bool during = s_.parsed && t_.tok(c.verb).upos == "NOUN" && t_.CaseLemma(c.verb) == "during";
  bool future = refusal.empty() && (threatened || polarity_.Future(clause, !during));
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
    cameo = kb_.Cameo(refusal.empty() ? c.weak->cameo : RefusalCode(c.weak->cameo));  // "would not negotiate"
  if (!cameo) return Why(c.verb, c.pattern, "unknown CAMEO code");
  // A pattern whose words all matched ("responsibility for") codes the act even when its
  // target phrase names no actor ("for the attack").
  bool words_matched = explicit_roles && (c.target_case >= 0 || c.weak);
  // "made his remarks": a bare statement with no one addressed says nothing about relations.
  if (targets.empty() && !mutual && cameo->code == "010") return Why(c.verb, c.pattern, "statement with no target");
  // "they came in the morning", "came to power": a visit to no one is no visit (rules.txt
  // needs-target), whatever words of the pattern matched.
  if (targets.empty() && !mutual &&
      (rules_.Has(rules_.needs_target, cameo->code) ||
       ((c.has_target_slot || !explicit_roles) && !words_matched && !rules_.targetless_roots.count(cameo->root))))
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
    // So is one whose pattern names no target at all, neither after the verb nor as a second
    // party ("Peru declared a state of emergency in Lima", "Egypt let free the Egyptian-American
    // activist"): it is coded as it would be had no target been found.
    // (Force, roots 18-20, is always done to someone.)
    if (only_self && !mutual &&
        (Targetless(*cameo) || (explicit_roles && !c.has_target_slot && !c.mutual_slot && cameo->root < "18")))
      ts = {-1};
    if (only_self && ts[0] >= 0) Why(c.verb, c.pattern, "target is the source");
    for (int t : ts) {
      if (t == s || (t >= 0 && doc_.actors[t].code == doc_.actors[s].code)) continue;
      // "officials told reporters": two bare agents with no country say nothing about whom. One
      // with no target is still an event ("the governor's office declined to comment": GOV 011,
      // as PETRARCH's ---GOV), its country left empty for the analyst to filter.
      ActorMention source = localized(doc_.actors[s]);
      ActorMention target = t >= 0 ? localized(doc_.actors[t]) : ActorMention{};
      // "a missile attack on Kyiv": force used on a capital is used on the city, its country.
      if (t >= 0 && cameo->root >= "18" && SeatOfGovernment(target)) {
        target.code = target.country;
        target.role.clear();
      }
      if (source.code == target.code) continue;
      // "he told reporters", "she told Al Jazeera": a statement to the press is addressed to its
      // readers, not to the outlet.
      // So is one to an outlet that names only a country ("told Lebanon's National News Agency",
      // "told Argentine radio": rules.txt media-noun).
      if (cameo->code == "010" && t >= 0 && (target.role == "MED" || (target.role.empty() && ToMediaOutlet(c.verb)))) {
        Why(c.verb, c.pattern, "a statement to the press");
        continue;
      }
      if (Bare(source) && t >= 0 && Bare(target)) {
        Why(c.verb, c.pattern, "source and target name no country");
        continue;
      }
      // "Ethiopian troops clashed with Fano fighters": a protest code done by an armed actor is
      // the act of force it stands for (rules.txt armed).
      const kb::CameoCode* coded = cameo;
      if (auto armed = rules_.armed.find(cameo->code); armed != rules_.armed.end() && ArmedActor(source))
        if (const kb::CameoCode* force = kb_.Cameo(armed->second)) coded = force;
      // "killing dozens of ethnic Armenian fighters": killing armed men in numbers is fighting
      // (190), not a mass killing (202), which is of civilians.
      if (coded->code == "202" && t >= 0 && ArmedActor(target))
        if (const kb::CameoCode* force = kb_.Cameo("190")) coded = force;
      // CAMEO 044 is a meeting at a third location: one in the source's own country is its
      // hosting (043), one in the target's the source's visit (042).
      if (coded->code == "044" && place && !place->country.empty()) {
        const char* own = place->country == source.country                ? "043"
                          : t >= 0 && place->country == target.country ? "042"
                                                                         : nullptr;
        if (own)
          if (const kb::CameoCode* at = kb_.Cameo(own)) coded = at;
      }
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

bool Coder::ArmedActor(const ActorMention& a) const {
  for (size_t at = a.country.size(); at + 3 <= a.code.size(); at += 3)
    if (rules_.Has(rules_.armed_roles, a.code.substr(at, 3))) return true;
  return false;
}

int Coder::ClauseVerb(int v) const {
  // "police fired[amod] tear gas at protesters in Nairobi": the misread verb's clause is the
  // noun phrase it was hung on.
  if (s_.parsed && t_.tok(v).upos == "VERB" && t_.rel(v) == "amod" && t_.head(v) > v && MisreadSubject(v) >= 0)
    return t_.head(v);
  if (!s_.parsed || t_.tok(v).upos != "NOUN") return v;
  std::string_view r = t_.rel(v);
  if ((r == "obj" || r == "nsubj" || r == "obl") && t_.head(v) >= 0) return t_.head(v);
  if (r == "nmod")  // "held two rounds of talks": the verb of the measure
    if (int g = LightVerb(v); g >= 0) return g;
  return v;
}

bool Coder::IsMedia(const ActorMention& a) {
  return a.code.size() >= 6 && a.code.compare(a.code.size() - 3, 3, "MED") == 0;
}

void Coder::RememberActors() {
  for (size_t m = 0; m < doc_.actors.size(); ++m) {
    // A region ("Europe", "African nations") is no antecedent of "it" or "they".
    if (doc_.actors[m].sentence != si_ || kb::IsRegionCode(doc_.actors[m].country)) continue;
    ctx_.last_actor = static_cast<int>(m);
    if (!doc_.actors[m].name.empty()) ctx_.last_person = static_cast<int>(m);
  }
}

}  // namespace detail

void SentenceCoder::Code(Document& doc, uint32_t sentence, ArticleContext& context) const {
  detail::Coder(kb_, rules_, options_, doc, sentence, context).Run();
}

}  // namespace dyad::coder
