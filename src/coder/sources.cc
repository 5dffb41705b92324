// The source of an event: subjects, passive agents, event nouns' own actors, antecedents of
// pronouns.

#include <algorithm>
#include <cstdio>
#include <string>

#include "base/strings.h"
#include "coder/actor_context.h"
#include "coder/sentence_coding.h"

namespace dyad::coder::detail {

bool PronounLike(std::string_view lemma) {
  return lemma == "he" || lemma == "she" || lemma == "they" || lemma == "it" || lemma == "who" || lemma == "which" ||
         lemma == "that";
}

bool Coder::CoordinatedSubjects(int v) const {
  if (v < 0) return false;
  int n = 0;
  for (int c : t_.children(v)) {
    if (t_.rel(c) != "nsubj") continue;
    n += 1 + !PhraseConjuncts(c).empty();
    // "the Japanese and South Korean foreign ministers": coordinated modifiers of one noun.
    for (int m : t_.children(c))
      if ((t_.rel(m) == "amod" || t_.rel(m) == "compound") && t_.Child(m, "conj") >= 0 && mention_at_[m] >= 0) ++n;
  }
  return n >= 2;
}

void Coder::ActorsAt(int i, std::vector<int>& out) const {
  if (i < 0) return;
  int m = mention_at_[i];
  // "Egypt and Qatar, which mediated": a relative pronoun stands for the whole noun phrase it
  // follows, conjuncts included.
  if (m < 0 && s_.parsed && (t_.lemma(i) == "who" || t_.lemma(i) == "which" || t_.lemma(i) == "that")) {
    int clause = t_.head(i);
    if (clause >= 0 && t_.full_rel(clause) == "acl:relcl" && t_.head(clause) >= 0 && mention_at_[t_.head(clause)] >= 0) {
      ActorsAt(t_.head(clause), out);
      return;
    }
    // "angering Algeria, which recalled[parataxis] its ambassador": the clause misattached, the
    // actor right before the comma is still the antecedent.
    if (t_.lemma(i) != "that" && i >= 2 && t_.text(i - 1) == "," && mention_at_[i - 2] >= 0 &&
        t_.rel(i) == "nsubj") {
      ActorsAt(i - 2, out);
      return;
    }
  }
  // "U.S. and Russian authorities announced they will return": "they" is all of them.
  if (m < 0 && t_.lemma(i) == "they")
    if (std::vector<int> group = ReporterSubjectActors(i); group.size() > 1) {
      for (int g : group)
        if (std::find(out.begin(), out.end(), g) == out.end()) out.push_back(g);
      return;
    }
  if (m < 0 && PronounLike(t_.lemma(i))) m = Antecedent(i);
  int at = i;  // the word whose conjuncts are the actor's too
  if (m < 0 && s_.parsed) {
    // Not in a clause a noun heads: "dismissed reports that it had attacked Russian civilians".
    const bool noun = t_.tok(i).upos == "NOUN";
    for (int k : noun ? t_.Subtree(i, {"conj", "acl", "advcl", "punct", "parataxis", "ccomp"})
                      : t_.Subtree(i, {"conj", "acl", "advcl", "punct", "parataxis"}))
      if (mention_at_[k] >= 0 && !UnderNoPartyPhrase(k, i) && !WaterOf(k)) {
        m = mention_at_[k];
        at = k;  // "suspended flights to Panama and Peru"
        break;
      }
  }
  if (m >= 0 && std::find(out.begin(), out.end(), m) != out.end()) return;  // seen: its conjuncts too
  if (m >= 0) out.push_back(m);
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
    const ActorMention& b = x >= 0 ? doc_.actors[x] : a;
    bool same_role = !a.role.empty() && b.role == a.role && b.country != a.country;
    // "Colombian government and ELN rebels", parsed as one noun phrase: a whole actor with a
    // role of its own, ending right before the "and", and a group after it (not a person's
    // second title: "Vice President and Foreign Minister Joschka Fischer").
    auto upos_at = [&](uint32_t k) { return std::string_view(t_.tok(static_cast<int>(k)).upos); };
    bool whole = !b.role.empty() && b.last_token + 1 == a.first_token &&
                 (upos_at(b.last_token - 1) == "NOUN" || upos_at(b.last_token - 1) == "PROPN") &&
                 upos_at(a.last_token - 1) == "NOUN";
    if (x >= 0 && x != m && ((same_role && (between == "and" || between == ",")) || (whole && between == "and")) &&
        std::find(out.begin(), out.end(), x) == out.end())
      out.push_back(x);
  }
  if (!s_.parsed) return;
  for (int c : PhraseConjuncts(i)) ActorsAt(c, out);
  if (at != i)
    for (int c : PhraseConjuncts(at)) ActorsAt(c, out);
}

std::vector<int> Coder::PhraseConjuncts(int i) const {
  std::vector<int> out;
  int m = mention_at_[i];
  int lo = i, hi = i + 1;
  if (m >= 0) lo = static_cast<int>(doc_.actors[m].first_token), hi = static_cast<int>(doc_.actors[m].last_token);
  for (int k = lo; k < hi; ++k)
    for (int c : t_.children(k))
      if (t_.rel(c) == "conj" && (c < lo || c >= hi) && (k == i || t_.Child(c, "cc") >= 0)) out.push_back(c);
  return out;
}

std::vector<int> Coder::ReporterSubjectActors(int i) const {
  std::vector<int> found;
  std::string_view l = t_.lemma(i);
  if (!s_.parsed || !(l == "he" || l == "she" || l == "they" || l == "it") ||
      !(t_.rel(i) == "nsubj" || t_.rel(i) == "expl"))
    return found;
  int clause = t_.head(i);
  int reporter = clause < 0 ? -1 : t_.rel(clause) == "ccomp" ? t_.head(clause) : polarity_.Reporter(clause);
  if (reporter < 0) return found;
  int subj = t_.Child(reporter, "nsubj");
  // "The United States welcomed the deal but said it ...": the subject of the first conjunct.
  for (int u = reporter, steps = 0; subj < 0 && t_.rel(u) == "conj" && t_.head(u) >= 0 && steps < 4; ++steps) {
    u = t_.head(u);
    subj = t_.Child(u, "nsubj");
  }
  if (subj >= 0 && subj != i && !PronounLike(t_.lemma(subj))) ActorsAt(subj, found);
  return found;
}

int Coder::Antecedent(int i) const {
  std::string_view l = t_.lemma(i);
  // "The rebels said they will release": the subject of the clause that reports this one.
  if (std::vector<int> found = ReporterSubjectActors(i); found.size() == 1) return found[0];
  // "Police arrested two activists, accusing them of plotting": an object pronoun names the
  // latest object actor before it in the sentence.
  const bool personal = l == "he" || l == "she";
  const bool object = s_.parsed && (t_.rel(i) == "obj" || t_.rel(i) == "iobj");
  auto head_word = [&](int k) { return mention_at_[k] >= 0 && !(t_.head(k) >= 0 && mention_at_[t_.head(k)] == mention_at_[k]); };
  // (A personal pronoun names a person or an office, not a country, seat or organisation: not
  // "the White House" the visitor went to.)
  if (object && (personal || l == "they"))
    for (int k = i - 1; k >= 0; --k) {
      if (!head_word(k) || (personal && !PersonLike(doc_.actors[mention_at_[k]]))) continue;
      if (t_.rel(k) == "obj" || t_.rel(k) == "iobj") return mention_at_[k];
    }
  // "MBS visited the White House, where Trump praised him": "he" or "him" is the latest named
  // person before it in the sentence other than its own clause's subject ("Trump, who
  // announced the deal, said he would travel": the parse left "said" no subject).
  if (s_.parsed && personal)
    for (int k = i - 1; k >= 0; --k) {
      if (!head_word(k) || !IsPerson(doc_.actors[mention_at_[k]])) continue;
      if (t_.rel(k) == "nsubj" && t_.head(k) == t_.head(i)) continue;
      return mention_at_[k];
    }
  if (personal) return ctx_.last_person;
  // "Turkey and Malaysia welcomed it": an object "it" is most often a thing (the case, the plan),
  // unless someone is accused or punished (rules.txt allegation: "accusing it of").
  if (l == "it" && s_.parsed && (t_.rel(i) == "obj" || t_.rel(i) == "iobj") &&
      !(t_.head(i) >= 0 && rules_.Has(rules_.allegations, t_.lemma(t_.head(i)))))
    return -1;
  if (l == "they" || l == "it") return ctx_.last_actor;
  if ((l == "who" || l == "which" || l == "that") && s_.parsed) {  // relative pronoun: the noun it modifies
    int clause = t_.head(i);
    if (clause >= 0 && t_.full_rel(clause).substr(0, 3) == "acl" && t_.head(clause) >= 0)
      return mention_at_[t_.head(clause)];
  }
  return -1;
}

std::vector<int> Coder::SubjectsOf(int v, bool* passive) const {
  *passive = false;
  std::vector<int> out;
  const int own = v;
  for (int steps = 0; v >= 0 && steps < 8; ++steps) {
    for (int c : t_.children(v)) {
      // "said it is skeptical": the parser reads a predicate adjective's "it" as expletive.
      bool predicate_it = t_.rel(c) == "expl" && t_.tok(v).upos == "ADJ" && rules_.Has(rules_.predicates, t_.lemma(v));
      if (t_.rel(c) == "nsubj" || t_.rel(c) == "csubj" || predicate_it) {
        // ("Somali troops backed[VBN root] by U.S. airstrikes": a participle with an agent and
        // no auxiliary is a passive the parse left unmarked.)
        *passive = *passive || t_.full_rel(c) == "nsubj:pass" || t_.Child(v, "aux:pass") >= 0 ||
                   (t_.tok(v).xpos == "VBN" && t_.Child(v, "aux") < 0 && t_.Child(v, "obj") < 0 && ByAgent(v));
        out.push_back(TimeSubject(c));
      }
    }
    if (!out.empty()) {
      // A subject borrowed through a conjunct or complement takes the voice of this clause:
      // "The civilians imprisoned ... were released by Putin" (released: conj of imprisoned)
      // is passive, "Obama is scheduled to attend" is not. An adverbial clause keeps the
      // governor's voice ("were killed, shelling ..." is a misparse, not the victims' act).
      if (v != own && t_.Child(own, "aux:pass") >= 0)
        *passive = true;
      else if (v != own && t_.rel(own) != "advcl")
        *passive = ByAgent(own) || (*passive && t_.tok(own).xpos == "VBN");
      return out;
    }
    if (v == own)
      if (std::vector<int> ks = AdjacentSubject(own); !ks.empty()) return ks;
    std::string_view r = t_.rel(v);
    if (r == "acl" && t_.full_rel(v) == "acl:relcl") return {t_.head(v)};
    // "summoned Japan's ambassador to protest" (the parser hung the clause on the object): the
    // purpose of calling someone in (rules.txt summoning) is the caller's.
    if (r == "acl" && t_.head(v) >= 0 && t_.rel(t_.head(v)) == "obj" && t_.head(t_.head(v)) >= 0 &&
        rules_.Has(rules_.summoning, t_.lemma(t_.head(t_.head(v)))) && t_.Child(v, "mark") >= 0 &&
        t_.lemma(t_.Child(v, "mark")) == "to") {
      v = t_.head(t_.head(v));
      continue;
    }
    // "Trump's decision to recognize": the clause of a possessed noun is the possessor's act.
    if ((r == "acl" || r == "xcomp") && t_.head(v) >= 0 && t_.tok(t_.head(v)).upos == "NOUN") {
      int poss = t_.Child(t_.head(v), "nmod:poss");
      if (poss >= 0) return {poss};
    }
    // "launched operations to detain", "took steps to ease": the purpose of an undertaking the
    // subject launched (rules.txt undertaking) is the subject's act.
    if (r == "acl" && t_.head(v) >= 0 && t_.rel(t_.head(v)) == "obj" && t_.head(t_.head(v)) >= 0 &&
        rules_.Has(rules_.undertakings, t_.lemma(t_.head(v)))) {
      int noun = t_.head(v), gov = t_.head(noun);
      int det = t_.Child(noun, "det");
      bool launched = rules_.Has(rules_.light_verbs, t_.lemma(gov)) || t_.lemma(gov) == "take" || t_.lemma(gov) == "make";
      bool none = det >= 0 && t_.lemma(det) == "no";  // "made no move to arm"
      if (int mark = t_.Child(v, "mark"); launched && !none && mark >= 0 && t_.lemma(mark) == "to") {
        v = gov;
        continue;
      }
    }
    // "issued a declaration demanding that", "adopted a resolution condemning": what a document
    // (rules.txt document) says in its -ing clause, its issuer (rules.txt issuing) says; not
    // who received or read it.
    if (r == "acl" && t_.tok(v).xpos == "VBG" && t_.head(v) >= 0 && t_.rel(t_.head(v)) == "obj" &&
        rules_.Has(rules_.documents, t_.lemma(t_.head(v))) && t_.head(t_.head(v)) >= 0 &&
        rules_.Has(rules_.issuing, t_.lemma(t_.head(t_.head(v))))) {
      v = t_.head(t_.head(v));
      continue;
    }
    // "it remained skeptical[obj]": a predicate adjective the parser made an object.
    if (r != "xcomp" && r != "conj" && r != "advcl" && !(r == "obj" && v == own && PredicateAdjective(v))) return out;
    // "struck targets after an attack near Ankara killed five": a conjunct with no "and" and
    // no comma before it is a clause the parser joined wrongly, not a shared subject's verb.
    if (r == "conj" && t_.Child(v, "cc") < 0 && (v == 0 || t_.text(v - 1) != ",")) return out;
    int h = t_.head(v);
    if (int obj = polarity_.ObjectControlled(v); obj >= 0) return {obj};
    // "jailed a student for helping militants": the reason clause is not the jailer's act.
    // "aid to Sudan, where fighting ... has displaced millions": a clause of a place is not the
    // main clause's act.
    if (r == "advcl")
      if (int adv = t_.Child(v, "advmod"); adv >= 0 && adv < v && t_.lemma(adv) == "where") return out;
    if (r == "advcl" && t_.tok(v).xpos == "VBG")
      if (int mark = t_.Child(v, "mark"); mark >= 0 && t_.lemma(mark) == "for") return out;
    // "Russia launched drones at Ukraine, killing 25 people, officials said": a participle the
    // parser hung on the closing report belongs to the reported clause before it.
    if (r == "advcl" && t_.tok(v).xpos == "VBG" && h >= 0 && h > v && rules_.Has(rules_.speech, t_.lemma(h)))
      if (int reported = t_.Child(h, "ccomp"); reported >= 0 && reported < v) {
        v = reported;
        continue;
      }
    v = h;
  }
  return out;
}

// "the Gulf of Oman", "the Indian Ocean", "the South China Sea": a land word naming waters.
bool Coder::WaterOf(int k) const {
  std::string_view r = t_.rel(k);
  return (r == "nmod" || r == "amod" || r == "compound") && t_.head(k) >= 0 &&
         rules_.Has(rules_.waters, AsciiLower(t_.text(t_.head(k))));
}

int Coder::TimeSubject(int c) const {
  if (!rules_.Has(rules_.time_units, t_.lemma(c))) return c;
  for (int k : t_.children(c)) {
    int mark = t_.Child(k, "case");
    if (t_.rel(k) == "nmod" && mark >= 0 && rules_.Has(rules_.temporals, t_.lemma(mark)) && mention_at_[k] >= 0) return k;
  }
  return c;
}

int Coder::ArgumentOfConjunct(int n) const {
  for (int steps = 0; t_.rel(n) == "conj" && t_.head(n) >= 0 && t_.tok(t_.head(n)).upos == "NOUN" && steps < 8; ++steps)
    n = t_.head(n);
  return n;
}

std::vector<int> Coder::Sources(int v, bool* passive, int* subject, int light) const {
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
    // "Israeli air strikes on Gaza"; but a modifier with no country ("China launched military
    // drills") yields to the light verb's subject.
    int modifier = ModifyingActor(v);
    if (modifier >= 0) {
      ActorsAt(modifier, out);
      if (std::none_of(out.begin(), out.end(), [&](int m) { return Bare(doc_.actors[m]); })) return out;
    }
    std::vector<int> by_verb;
    int arg = ArgumentOfConjunct(v);  // "launched a missile and drone attack"
    std::string_view r = t_.rel(arg);
    if ((r == "obj" || r == "obl" || r == "nmod") && t_.head(arg) >= 0 &&
        (t_.head(arg) == light || (light >= 0 && LightVerb(arg) == light))) {
      by_verb = Sources(light, passive, subject);
    } else if (int verb = DuringClauseEvent(arg); verb >= 0) {  // "during a visit"
      by_verb = Sources(verb, passive, subject);
    } else if (r == "obj" && t_.head(arg) >= 0 && t_.tok(t_.head(arg)).upos == "VERB" &&
               rules_.Has(rules_.light_verbs, t_.lemma(t_.head(arg)))) {
      // "Iraqi warplanes carried out a raid": a light verb (rules.txt) the pattern does not name.
      by_verb = Sources(t_.head(arg), passive, subject);
    }
    return by_verb.empty() ? out : by_verb;  // a noun on its own ("the talks") names no actor
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
    // "inspectors were expelled from North Korea": with no agent, the place they were put out of
    // (rules.txt from-agent).
    if (out.empty() && rules_.Has(rules_.from_agents, t_.lemma(v)))
      for (int c : t_.children(v)) {
        int marker = t_.rel(c) == "obl" ? t_.Child(c, "case") : -1;
        if (marker >= 0 && t_.lemma(marker) == "from") ActorsAt(c, out);
      }
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

bool Coder::ByPhrase(int c, std::string_view rel) const {
  int marker = t_.Child(c, "case");
  return t_.rel(c) == rel && marker >= 0 && t_.lemma(marker) == "by";
}

int Coder::ModifyingActor(int n) const {
  for (int k : t_.Subtree(n)) {
    if (k >= n) break;
    if (mention_at_[k] < 0) continue;
    int at = k;
    bool third = false;  // "U.S.-mediated talks": the mediator is no party (rules.txt third-party)
    while (at != n && at >= 0 &&
           (t_.rel(at) == "amod" || t_.rel(at) == "compound" || mention_at_[at] == mention_at_[k])) {
      third = third || (at != k && rules_.Has(rules_.third_parties, t_.lemma(at)));
      at = t_.head(at);
    }
    if (at == n && !third) return k;
  }
  return -1;
}

bool Coder::ByAgent(int v) const {
  for (int c : t_.children(v))
    if (ByPhrase(c, "obl")) return true;
  return false;
}

void Coder::EventNounActors(int n, std::vector<int>& out) const {
  if (mention_at_[n] >= 0 || t_.tok(n).upos != "NOUN" || !EventNoun(n)) return;
  int poss = t_.Child(n, "nmod:poss");
  if (poss >= 0 && t_.tok(poss).upos != "PRON") ActorsAt(poss, out);
  for (int c : t_.children(n))
    if (out.empty() && ByPhrase(c, "nmod")) ActorsAt(c, out);
  if (int m = ModifyingActor(n); out.empty() && m >= 0) ActorsAt(m, out);
}

int Coder::MisreadSubject(int v) const {
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
  // "Erdogan hosted[acl] Swedish Prime Minister Ulf Kristersson[obl]": an actor right after
  // it with no preposition is an object the parse mislabelled, which no passive takes either.
  auto bare_actor_oblique = [&] {
    for (int c : t_.children(v))
      if (c > v && t_.full_rel(c) == "obl" && t_.Child(c, "case") < 0 && mention_at_[c] >= 0) return true;
    return false;
  };
  if (t_.full_rel(v) == "acl" && h >= 0 && h < v && actor && (t_.tok(h).upos == "NOUN" || t_.tok(h).upos == "PROPN") &&
      (t_.head(h) < 0 || t_.Child(v, "obj") >= 0 || intransitive() || bare_actor_oblique())) {
    // "Colombia's government and the ELN rebel group agreed[acl of group]": the first
    // conjunct, whose actors include the second.
    if (t_.rel(h) == "conj" && t_.head(h) >= 0 && t_.head(h) < h) return t_.head(h);
    return h;
  }
  if (t_.rel(v) != "amod" || h <= v) return -1;
  // "in the occupied West Bank": a participle after a determiner is the noun's adjective.
  if (v > 0 && t_.tok(v - 1).upos == "DET") return -1;
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

std::vector<int> Coder::AdjacentSubject(int v) const {
  if (v < 1 || mention_at_[v - 1] < 0) return {};
  // A participle at the root with a direct object is no passive: "Russian police
  // detained[VBN] dozens" (elsewhere it may name: "a report called 'Forgotten'").
  const std::string_view x = t_.tok(v).xpos;
  if (x != "VBD" && (x != "VBN" || t_.head(v) >= 0 || t_.Child(v, "obj") < 0)) return {};
  for (int c : t_.children(v))
    if (t_.rel(c) == "aux" || t_.rel(c) == "nsubj" || t_.rel(c) == "expl") return {};  // aux:pass too
  const ActorMention& a = doc_.actors[mention_at_[v - 1]];
  int k = -1;  // the mention's head word: its head lies outside it
  for (uint32_t i = a.first_token; i < a.last_token; ++i) {
    int h = t_.head(static_cast<int>(i));
    if (h < static_cast<int>(a.first_token) || h >= static_cast<int>(a.last_token)) k = static_cast<int>(i);
  }
  if (k < 0 || k != v - 1 || (t_.tok(k).upos != "NOUN" && t_.tok(k).upos != "PROPN")) return {};
  std::string_view r = t_.rel(k);
  // "Speaking at the UN, Brazilian President Lula criticized", "On Wednesday, Putin and Trump
  // discussed": after an opening phrase and its comma, the parser hung the subject on that
  // phrase (as an apposition, or as conjuncts of its day).
  const bool after_comma = a.first_token >= 1 && t_.text(static_cast<int>(a.first_token) - 1) == ",";
  if (r == "appos" && after_comma && t_.tok(0).xpos == "VBG" && t_.head(k) < k) return {k};
  if (r == "conj" && t_.head(k) >= 0 && mention_at_[t_.head(k)] < 0 && TimePhrase(t_.head(k))) {
    std::vector<int> out;
    for (int c : t_.children(t_.head(k)))
      if (t_.rel(c) == "conj" && mention_at_[c] >= 0 && c > t_.head(k)) out.push_back(c);
    if (!out.empty() && out.front() >= 1 && t_.text(out.front() - 1) == ",") return out;
    return {};
  }
  if (r == "nsubj" || r == "obj" || r == "iobj" || r == "appos" || r == "conj") return {};  // an argument already
  int marker = t_.Child(k, "case");
  if (marker >= 0 && !rules_.Has(rules_.subordinators, t_.lemma(marker))) return {};
  return {k};
}

}  // namespace dyad::coder::detail
