// Actors in context. The dictionaries see a sentence as a sequence of words: "ministers from the
// Georgian government" gives a bare GOV and a GEOGOV, and "the minister" in the next sentence a
// bare GOV. This pass, run once per document before coding, walks the sentences in order and
//  1. Noun phrase: gives a mention with no country the one its own phrase in the parse names: a
//     country word modifying its head ("Chinese naval troops" -> CHNMIL), an actor it belongs
//     to through of/from/for/in/at ("ministers from the Georgian government" -> GEOGOV), or a
//     place it is of, from or in that the gazetteer knows ("the mayor of Nablus" -> PSEGOV). The
//     country word or actor it took is folded into the mention. A named organisation with no
//     country takes the country word before it ("Egypt's Muslim Brotherhood" -> EGY...).
//  2. Descriptions: a definite agent left without a country ("the minister", "the militants")
//     takes the code of the latest actor of the same role in the previous few sentences, only
//     when every such actor there has the same country; "the group" and "the country" (words in
//     data/coder/rules.txt) name the latest organisation or country on the same condition.
// A wrong actor is worse than none: every rule gives up when two readings disagree.
#include "coder/actor_context.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "base/strings.h"
#include "coder/dep_tree.h"
#include "kb/knowledge_base.h"

namespace dyad::coder {
namespace {

constexpr uint32_t kDescriptionWindow = 3;  // sentences back that a description may reach
constexpr long kMinPlacePopulation = 20000;  // smaller gazetteer towns are too often other words
// Before the noun ("Gaza police") a name is as often a person ("the Morrison government"): only
// big cities count there.
constexpr long kMinCompoundPlacePopulation = 100000;

bool Transnational(std::string_view code) {
  for (std::string_view p : {"IGO", "NGO", "IMG", "MNC"})
    if (StartsWith(code, p)) return true;
  return false;
}

// The file of the dictionary entry that matched: "persons/usa.txt" from ".../persons/usa.txt:12".
std::string_view EntryFile(const ActorMention& m) {
  std::string_view e = m.entry;
  return e.substr(0, e.rfind(':'));
}


// A country on its own ("China", "Chinese"): no role, no organisation.
bool CountryOnly(const ActorMention& m) { return !m.country.empty() && m.code == m.country; }

// A country, its adjective or a capital standing for its government ("Tehran"): in a noun
// phrase it says where, not which organisation.
bool CountryWord(const ActorMention& m) { return CountryOnly(m) || (FromCountryList(m) && !m.country.empty()); }

// An agent with neither a country nor a name ("officials", "the police").
bool Bare(const ActorMention& m) {
  return m.country.empty() && m.name.empty() && !m.code.empty() && !Transnational(m.code);
}

// A named organisation whose code has no country ("Muslim Brotherhood" MOSOPP).
bool CountrylessGroup(const ActorMention& m) {
  return m.country.empty() && !m.name.empty() && !IsPerson(m) && !Transnational(m.code) && m.code.size() >= 3;
}

// The country level of an actor: its country, or a transnational organisation's six letters.
std::string CountryKey(const ActorMention& m) {
  if (!m.country.empty()) return m.country;
  if (Transnational(m.code) && m.code.size() >= 6) return m.code.substr(0, 6);
  return "";
}

void SetCode(ActorMention& m, const std::string& code, const std::string& country) {
  m.code = code;
  m.country = country;
  size_t at = country.size();
  m.role = code.size() >= at + 3 ? code.substr(at, 3) : "";
}

// A bare mention ("civilians", CVL) given a country from its context: PSECVL.
void GiveCountry(ActorMention& m, const std::string& country) {
  SetCode(m, country + m.code, country);
  m.entry = "context:" + m.entry;
}

// The one country a set of mentions names, if they name exactly one.
struct OneCountry {
  std::string country;
  bool clash = false;
  void Add(const std::string& c) {
    if (country.empty()) country = c;
    clash = clash || country != c;
  }
  bool Named() const { return !country.empty() && !clash; }
};

class ContextPass {
 public:
  ContextPass(const kb::KnowledgeBase& kb, const CoderRules& rules, const ActorContextOptions& options, Document& doc)
      : kb_(kb), rules_(rules), options_(options), doc_(doc) {}

  void Run() {
    std::stable_sort(doc_.actors.begin(), doc_.actors.end(),
                     [](const ActorMention& a, const ActorMention& b) { return a.sentence < b.sentence; });
    // One list per sentence, and a last one for mentions of no sentence (left as they are).
    std::vector<std::vector<ActorMention>> by_sentence(doc_.sentences.size() + 1);
    for (ActorMention& m : doc_.actors)
      by_sentence[std::min<size_t>(m.sentence, doc_.sentences.size())].push_back(std::move(m));
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      if (!sent.parsed) continue;
      DepTree t(doc_, sent);
      std::vector<ActorMention>& ms = by_sentence[s];
      if (Dateline(t)) ms.clear();  // "KYIV, Ukraine (AP) —" names no party, nor an antecedent
      DropAdjectiveAgents(t, ms);
      CoordinatedCountryWords(t, ms);
      if (options_.descriptions) AddDescriptionNouns(t, s, by_sentence);
      // Inner phrases first settle: "leaders of Egypt's Muslim Brotherhood" needs two rounds.
      for (int round = 0; options_.noun_phrase && round < 3 && NounPhrases(t, ms); ++round) {
      }
      PossessivePronouns(t, ms);
      Casualties(t, ms);
      DomesticTargets(t, ms);
      if (options_.descriptions) Definites(t, s, by_sentence);
      if (options_.descriptions) CountedPairs(t, s, by_sentence);
      std::stable_sort(ms.begin(), ms.end(),
                       [](const ActorMention& a, const ActorMention& b) { return a.first_token < b.first_token; });
    }
    doc_.actors.clear();
    for (auto& ms : by_sentence)
      for (ActorMention& m : ms) doc_.actors.push_back(std::move(m));
  }

 private:
  // "its military support", "police reform": an agent word used as an adjective of a noun that
  // names no actor is no actor.
  // "Russian-speaking residents of Latvia": a country word before "-speaking" names a
  // language, no actor, and gives the noun after it no country.
  void DropAdjectiveAgents(const DepTree& t, std::vector<ActorMention>& ms) const {
    std::vector<char> drop(ms.size(), 0);
    for (size_t i = 0; i < ms.size(); ++i) {
      const ActorMention& m = ms[i];
      // "in Nigeria's Niger state": a country's name before "state" after another country's
      // possessive is one of that country's states, a place, no government.
      if (m.last_token == m.first_token + 2 && m.first_token >= 2 && !m.country.empty() &&
          AsciiLower(t.text(static_cast<int>(m.first_token) + 1)) == "state" &&
          t.text(static_cast<int>(m.first_token) - 1) == "'s") {
        int owner = MentionAt(ms, static_cast<int>(m.first_token) - 2);
        if (owner >= 0 && !ms[owner].country.empty() && ms[owner].country != m.country) {
          drop[i] = 1;
          continue;
        }
      }
      static const std::set<std::string> kLanguageWords = {"speaking", "speakers", "language"};
      if (CountryOnly(m) && m.last_token + 1 < t.size() && t.text(static_cast<int>(m.last_token)) == "-" &&
          kLanguageWords.count(AsciiLower(t.text(static_cast<int>(m.last_token) + 1)))) {
        drop[i] = 1;
        continue;
      }
      if (!Bare(m) || m.last_token != m.first_token + 1 || m.last_token > t.size()) continue;
      int k = static_cast<int>(m.first_token), h = t.head(k);
      // "a state of emergency", "state television": a weak agent word (rules.txt) names an actor
      // only as a phrase's head, not before "of" or modifying the next noun.
      // "a missile and drone attack": nor right before a noun that names no actor.
      bool before_noun = k + 1 < static_cast<int>(t.size()) && t.tok(k + 1).upos == "NOUN" && MentionAt(ms, k + 1) < 0;
      if (rules_.Has(rules_.weak_agents, AsciiLower(t.text(k))) &&
          ((k + 1 < static_cast<int>(t.size()) && t.lemma(k + 1) == "of") ||
           (t.rel(k) == "compound" && h == k + 1 && MentionAt(ms, h) < 0) || before_noun)) {
        drop[i] = 1;
        continue;
      }
      if (t.tok(k).upos != "ADJ" || t.rel(k) != "amod" || h <= k || t.tok(h).upos != "NOUN") continue;
      // "Chief Palestinian negotiator": an agent word right before another actor's phrase that
      // it modifies is part of that actor.
      int hm = MentionAt(ms, h);
      if (h > k + 1 && hm >= 0 && ms[hm].first_token == m.last_token) {
        drop[i] = 1;
        continue;
      }
      // Only right before its noun: a misread "An official said talks ..." keeps its agent.
      drop[i] = h == k + 1 && hm < 0;
    }
    size_t kept = 0;
    for (size_t i = 0; i < ms.size(); ++i)
      if (!drop[i]) {
        if (kept != i) ms[kept] = std::move(ms[i]);
        ++kept;
      }
    ms.resize(kept);
  }

  // "US and British activists": a country word coordinated with the country word of an agent
  // mention ("British activists" -> GBROPP) shares its role (USAOPP). Only an adjective or an
  // abbreviation ("US", "U.K."): "China and Russian troops" is not read as Chinese troops.
  static void CoordinatedCountryWords(const DepTree& t, std::vector<ActorMention>& ms) {
    for (size_t i = 0; i < ms.size(); ++i) {
      ActorMention& x = ms[i];
      if (!CountryOnly(x) || x.last_token != x.first_token + 1 || x.last_token + 1 >= t.size()) continue;
      const int k = static_cast<int>(x.first_token);
      std::string_view w = t.text(k);
      bool abbreviation = w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || c == '.';
      });
      // (The tagger reads some country adjectives as names: "Kyrgyz[PROPN] and Tajik officials".)
      // (Only before "and": "in a letter to Luxembourg, Namibia's ministry" lists nothing.)
      const bool name_tag = t.tok(k).upos == "PROPN" && t.lemma(k + 1) == "and";
      if (t.tok(k).upos != "ADJ" && !name_tag && !abbreviation) continue;
      if (t.lemma(k + 1) != "and" && t.text(k + 1) != ",") continue;
      int y = MentionAt(ms, k + 2);
      if (y < 0 || ms[y].first_token != static_cast<uint32_t>(k + 2) || ms[y].country.empty() || ms[y].role.empty() ||
          ms[y].country == x.country || ms[y].code != ms[y].country + ms[y].role)
        continue;
      SetCode(x, x.country + ms[y].role, x.country);
    }
  }

  // Index into ms of the mention covering token k, or -1.
  static int MentionAt(const std::vector<ActorMention>& ms, int k) {
    for (size_t i = 0; i < ms.size(); ++i)
      if (static_cast<int>(ms[i].first_token) <= k && k < static_cast<int>(ms[i].last_token)) return static_cast<int>(i);
    return -1;
  }

  // The token of the mention whose head lies outside it; -1 for a mention outside the sentence.
  static int HeadOf(const DepTree& t, const ActorMention& m) {
    if (m.first_token >= m.last_token || m.last_token > t.size()) return -1;
    for (uint32_t k = m.first_token; k < m.last_token; ++k) {
      int h = t.head(static_cast<int>(k));
      if (h < static_cast<int>(m.first_token) || h >= static_cast<int>(m.last_token)) return static_cast<int>(k);
    }
    return static_cast<int>(m.last_token) - 1;
  }

  std::string CaseOf(const DepTree& t, int k) const {
    int c = t.Child(k, "case");
    return c >= 0 ? AsciiLower(t.lemma(c)) : "";
  }

  // The country of the place named at token k ("Nablus" -> PSE), or "".
  std::string PlaceCountry(const DepTree& t, int k, long min_population = kMinPlacePopulation) const {
    if (t.tok(k).upos != "PROPN" || !t.Capitalized(k)) return "";
    int lo = k, hi = k;
    for (int c : t.children(k))
      if (t.rel(c) == "compound" || t.rel(c) == "flat") lo = std::min(lo, c), hi = std::max(hi, c);
    auto place = kb_.FindPlace(doc_.View(Span{t.tok(lo).span.begin, t.tok(hi).span.end}), "");
    if (!place || place->country.empty()) return "";
    if (place->precision == "city" && place->population < min_population) return "";
    return place->country;
  }

  // A country word among the tokens [from, to) ("Egypt's", "Egyptian"), or "".
  std::string CountryWordIn(const DepTree& t, uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k) {
      std::string_view w = t.text(static_cast<int>(k));
      if (w == "'s" || w == "'" || w == "the") continue;
      // A name outranks an adjective ("French" is also ATF's adjective), as in the matcher.
      std::string adjective;
      for (const kb::LookupMatch& l : kb_.Lookup(w, doc_.published)) {
        if (l.code.size() != 3) continue;
        if (l.kind == "country") return l.code;
        if (l.kind == "country adjective" && adjective.empty()) adjective = l.code;
      }
      return adjective;
    }
    return "";
  }

  // Rule 1: the country (or the whole actor) a mention's own noun phrase gives it.
  // Returns whether a mention changed.
  bool NounPhrases(const DepTree& t, std::vector<ActorMention>& ms) {
    bool changed = false;
    for (size_t i = 0; i < ms.size(); ++i) {
      bool bare = Bare(ms[i]), group = CountrylessGroup(ms[i]);
      if (!bare && !group) continue;
      int h = HeadOf(t, ms[i]);
      if (h < 0 || h >= static_cast<int>(t.size())) continue;
      std::string role = ms[i].code.substr(0, 3);
      bool posted = rules_.Has(rules_.posted, t.lemma(h));
      bool abroad = rules_.Has(rules_.abroad_roles, role);
      std::set<std::string> countries;  // what the modifiers say, as country keys
      std::string whole;                // an actor the mention belongs to: its code
      std::string whole_country, whole_key;
      std::vector<int> absorbed;
      bool conflict = false;
      if (group) {
        std::string c = CountryWordIn(t, ms[i].first_token, static_cast<uint32_t>(h));
        if (!c.empty()) countries.insert(c);
      }
      for (int c : t.children(h)) {
        if (c >= static_cast<int>(ms[i].first_token) && c < static_cast<int>(ms[i].last_token)) continue;
        std::string_view r = t.rel(c);
        bool modifier = r == "amod" || r == "compound" || t.full_rel(c) == "nmod:poss";
        std::string prep = r == "nmod" && t.full_rel(c) != "nmod:poss" ? CaseOf(t, c) : "";
        bool belongs = prep == "of" || prep == "from" || prep == "for" || prep == "in" || prep == "at";
        if (!modifier && !belongs) continue;
        // "the leaders of China and Japan": not one country. A conjunct that is an actor with a
        // role of its own ("President of Ukraine and Prime Minister of Britain", the parser
        // coordinating the second title with the first country) is no second country of h.
        if (int cj = t.Child(c, "conj"); cj >= 0) {
          int mc = MentionAt(ms, cj), cc = t.Child(cj, "cc");
          if (mc < 0 || CountryWord(ms[mc]) || ms[mc].role.empty() || cc < 0 || t.lemma(cc) != "and") {
            conflict = true;
            continue;
          }
        }
        int m = MentionAt(ms, c);
        if (m >= 0 && m != static_cast<int>(i)) {
          const ActorMention& o = ms[m];
          bool organisation = !o.name.empty() || Transnational(o.code);
          if (CountryWord(o)) {
            if (prep == "for" || prep == "at") continue;  // "the envoy for Syria" deals with Syria
            if (prep == "in" && (posted || abroad)) continue;
            countries.insert(o.country);
            absorbed.push_back(m);
          } else if (bare && !o.country.empty() && !organisation && prep != "for") {
            // "ministers from the Georgian government", "workers of an Iranian company": the
            // country, with the mention's own role.
            countries.insert(o.country);
            absorbed.push_back(m);
          } else if (bare && IsPerson(o) && !o.country.empty() && t.full_rel(c) == "nmod:poss") {
            // "Mugabe's ruling party", "Putin's spokesman": the person's country; the person
            // stays an actor of its own.
            countries.insert(o.country);
          } else if (bare && !IsPerson(o) && !CountryKey(o).empty()) {
            // "officials from the UN", "leaders of Egypt's Muslim Brotherhood", "a spokesman
            // for the Israeli army": the organisation itself.
            if (!whole.empty() && whole != o.code) conflict = true;
            whole = o.code;
            whole_country = o.country;
            whole_key = CountryKey(o);
            absorbed.push_back(m);
          }
          continue;
        }
        if (!bare || m >= 0) continue;
        // "the mayor of Nablus", "police in Nairobi", "Gaza police": a place the gazetteer knows.
        if (prep != "of" && prep != "from" && prep != "in" && r != "compound") continue;
        if (posted && (prep == "in" || r == "compound")) continue;
        if (prep == "in" && abroad) continue;  // "troops in Syria" are often foreign
        std::string country = PlaceCountry(t, c, r == "compound" ? kMinCompoundPlacePopulation : kMinPlacePopulation);
        // "the mayor of the West Bank city of Nablus": through a common noun to its place.
        // "the president of the Central Asian nation of Kyrgyzstan": or to its country.
        if (country.empty() && r == "nmod" && t.tok(c).upos == "NOUN")
          for (int g : t.children(c)) {
            if (t.rel(g) != "compound" && (t.rel(g) != "nmod" || CaseOf(t, g) != "of")) continue;
            if (int mg = MentionAt(ms, g); mg >= 0) {
              if (t.Child(g, "conj") >= 0) {
                conflict = true;
              } else if (CountryWord(ms[mg]) && t.rel(g) == "nmod") {
                countries.insert(ms[mg].country);
                absorbed.push_back(mg);
              }
              continue;
            }
            if (std::string in = PlaceCountry(t, g, t.rel(g) == "compound" ? kMinCompoundPlacePopulation
                                                                           : kMinPlacePopulation);
                !in.empty())
              countries.insert(in);
          }
        if (!country.empty()) countries.insert(country);
      }
      if (conflict || countries.size() > 1) continue;
      if (!whole.empty()) {
        if (!countries.empty() && *countries.begin() != whole_key) continue;
        SetCode(ms[i], whole, whole_country);
      } else if (countries.size() == 1) {
        const std::string& country = *countries.begin();
        SetCode(ms[i], country + ms[i].code, country);
      } else {
        continue;
      }
      i = Absorb(t, ms, i, absorbed);
      changed = true;
    }
    return changed;
  }

  // Folds the mentions at `absorbed` into ms[i] (its span grows over them) and drops them;
  // returns the new index of ms[i].
  size_t Absorb(const DepTree& t, std::vector<ActorMention>& ms, size_t i, std::vector<int> absorbed) {
    ActorMention& m = ms[i];
    // A verb between them ("ministers who flew in from the Georgian government") would become
    // part of the actor's name: such a mention keeps its own span.
    auto verb_between = [&](const ActorMention& a) {
      if (a.last_token > t.size()) return true;  // a malformed mention is left alone
      uint32_t lo = std::min(m.last_token, a.last_token), hi = std::max(m.first_token, a.first_token);
      for (uint32_t k = lo; k < hi; ++k)
        if (t.tok(static_cast<int>(k)).upos == "VERB" || t.tok(static_cast<int>(k)).upos == "AUX") return true;
      return false;
    };
    absorbed.erase(std::remove_if(absorbed.begin(), absorbed.end(), [&](int a) { return verb_between(ms[a]); }),
                   absorbed.end());
    for (int a : absorbed) {
      m.first_token = std::min(m.first_token, ms[a].first_token);
      m.last_token = std::max(m.last_token, ms[a].last_token);
    }
    m.span = {t.tok(static_cast<int>(m.first_token)).span.begin, t.tok(static_cast<int>(m.last_token) - 1).span.end};
    std::sort(absorbed.begin(), absorbed.end());
    absorbed.erase(std::unique(absorbed.begin(), absorbed.end()), absorbed.end());
    size_t before = 0;
    for (int a : absorbed) before += static_cast<size_t>(a) < i;
    for (auto it = absorbed.rbegin(); it != absorbed.rend(); ++it) ms.erase(ms.begin() + *it);
    return i - before;
  }

  // A definite determiner ("the", "this") on token k, and no "a", numeral or of-phrase.
  static bool Definite(const DepTree& t, int k) {
    bool def = false;
    for (int c : t.children(k)) {
      std::string_view r = t.rel(c), l = t.lemma(c);
      if (r == "det") def = l == "the" || l == "this" || l == "that" || l == "these" || l == "those";
      if (r == "nummod" || (r == "nmod" && t.full_rel(c) != "nmod:poss") || r == "appos") return false;
    }
    return def;
  }

  // The latest actor in the sentences before s that `fits`, when every fitting actor there has
  // the same country key; else nullptr.
  template <typename Fits>
  const ActorMention* Antecedent(uint32_t s, const std::vector<std::vector<ActorMention>>& by_sentence, Fits fits) const {
    const ActorMention* found = nullptr;
    for (uint32_t back = 1; back <= kDescriptionWindow && back <= s; ++back) {
      const auto& ms = by_sentence[s - back];
      for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
        // A region ("Africa", "European nations") is no antecedent of "the president".
        if (!fits(*it) || kb::IsRegionCode(it->country)) continue;
        if (!found) found = &*it;
        else if (CountryKey(*it) != CountryKey(*found)) return nullptr;
      }
    }
    return found;
  }

  // Rule 2 for the nouns the dictionaries do not know: "the group", "the country".
  void AddDescriptionNouns(const DepTree& t, uint32_t s, std::vector<std::vector<ActorMention>>& by_sentence) {
    std::vector<ActorMention>& ms = by_sentence[s];
    for (int k = 0; k < static_cast<int>(t.size()); ++k) {
      if (t.tok(k).upos != "NOUN" || MentionAt(ms, k) >= 0) continue;
      auto d = rules_.descriptions.find(t.lemma(k));
      if (d == rules_.descriptions.end() || !Definite(t, k)) continue;
      bool has_modifier = false;
      for (int c : t.children(k)) has_modifier = has_modifier || t.rel(c) == "amod" || t.rel(c) == "compound";
      if (has_modifier) continue;  // "the Islamist group", "the neighbouring country": another one
      const ActorMention* a = nullptr;
      if (d->second == "country") {
        a = Antecedent(s, by_sentence, [](const ActorMention& m) { return !m.country.empty(); });
      } else {
        a = Antecedent(s, by_sentence, [](const ActorMention& m) {
          return !m.name.empty() && !IsPerson(m) && !CountryOnly(m) && !CountryKey(m).empty();
        });
      }
      if (!a) continue;
      ActorMention m;
      m.sentence = s;
      m.first_token = m.last_token = static_cast<uint32_t>(k);
      ++m.last_token;
      m.span = t.tok(k).span;
      m.entry = "context:" + std::string(t.lemma(k));
      if (d->second == "country") SetCode(m, a->country, a->country);
      else SetCode(m, a->code, a->country);
      ms.push_back(std::move(m));
    }
  }

  // The actor with a country that is the subject of the speech verb (rules.txt speech) whose
  // reported clause holds token k, or -1.
  int Speaker(const DepTree& t, int k, const std::vector<ActorMention>& ms) const {
    for (int steps = 0; k >= 0 && steps < 16; ++steps) {
      int h = t.head(k);
      if (h < 0) return -1;
      if (t.rel(k) == "ccomp") {
        if (!rules_.Has(rules_.speech, t.lemma(h))) return -1;
        int subj = t.Child(h, "nsubj");
        int at = subj < 0 ? -1 : MentionAt(ms, subj);
        return at >= 0 && !ms[at].country.empty() ? at : -1;
      }
      k = h;
    }
    return -1;
  }

  // "Israel's defence minister ordered the army to prepare": the subject, with a country, of
  // the verb whose object is noun k when that verb commands or thanks one's own institutions
  // (rules.txt own-institution); else -1.
  int Commander(const DepTree& t, int k, const std::vector<ActorMention>& ms) const {
    int h = t.head(k);
    if (h < 0 || (t.rel(k) != "obj" && t.rel(k) != "iobj") || !rules_.Has(rules_.own_institution_verbs, t.lemma(h)))
      return -1;
    int subj = t.Child(h, "nsubj");
    int at = subj < 0 ? -1 : MentionAt(ms, subj);
    return at >= 0 && !ms[at].country.empty() && !kb::IsRegionCode(ms[at].country) ? at : -1;
  }

  // The latest earlier mention in the article, with a country, whose text ends with the words
  // of noun h's phrase from its first modifier ("interim government"); for a bare noun ("the
  // junta"), the one country all such mentions agree on.
  const ActorMention* SameWords(const DepTree& t, int h, uint32_t s,
                                const std::vector<std::vector<ActorMention>>& by_sentence) const {
    int lo = h;
    for (int c : t.children(h))
      if (c < lo && (t.rel(c) == "amod" || t.rel(c) == "compound")) lo = c;
    std::string words = AsciiLower(doc_.View(Span{t.tok(lo).span.begin, t.tok(h).span.end}));
    const ActorMention* found = nullptr;
    for (uint32_t back = 1; back <= s; ++back)
      for (auto it = by_sentence[s - back].rbegin(); it != by_sentence[s - back].rend(); ++it) {
        if (it->country.empty()) continue;
        std::string text = AsciiLower(doc_.View(it->span));
        if (text.size() <= words.size() || !EndsWith(text, words) || text[text.size() - words.size() - 1] != ' ')
          continue;
        if (lo < h) return &*it;  // "the interim government": the latest
        // A bare noun ("the junta" after "Mali's military junta") only when every such mention
        // agrees on the country.
        if (found && found->country != it->country) return nullptr;
        if (!found) found = &*it;
      }
    return found;
  }

  // Rule 2: a definite bare agent takes the latest earlier actor of its role.
  void Definites(const DepTree& t, uint32_t s, std::vector<std::vector<ActorMention>>& by_sentence) {
    for (ActorMention& m : by_sentence[s]) {
      if (!Bare(m) || m.code.size() != 3) continue;
      int h = HeadOf(t, m);
      if (h < 0 || !Definite(t, h)) continue;
      std::string role = m.code;
      // "Bangladesh's interim government ... the interim government": the same words, named
      // earlier in the article with a country.
      if (const ActorMention* same = SameWords(t, h, s, by_sentence)) {
        SetCode(m, same->code, same->country);
        m.entry = "context:" + m.entry;
        continue;
      }
      // A country named on its own could be the one whose government, army or police this is:
      // it competes ("Ukraine said Russian forces shelled Kharkiv. The military said ..." is
      // either), and for the government it is an answer ("China ... the government").
      bool state = rules_.Has(rules_.state_roles, role);
      // "Mexico's president said the government would not negotiate": the speaker's own; so is
      // the army a minister orders.
      int sp = state ? Speaker(t, h, by_sentence[s]) : -1;
      if (sp < 0 && state) sp = Commander(t, h, by_sentence[s]);
      if (sp >= 0) {
        const ActorMention& o = by_sentence[s][sp];
        SetCode(m, o.country + m.code, o.country);
        m.entry = "context:" + m.entry;
        continue;
      }
      const ActorMention* a = Antecedent(s, by_sentence, [&](const ActorMention& o) {
        if (CountryKey(o).empty()) return false;
        return o.role == role || (state && CountryOnly(o));
      });
      if (!a || (CountryOnly(*a) && role != "GOV")) continue;
      if (CountryOnly(*a)) SetCode(m, a->country + m.code, a->country);
      else SetCode(m, a->code, a->country);
      m.entry = "context:" + m.entry;
    }
  }

  // "The Pakistani army said its troops killed five militants": an agent with no country whose
  // possessor is "its" or "their" takes the country of the nearest actor before it in the
  // sentence, "his" or "her" that of the nearest person (relational agents aside: "its allies"
  // are someone else).
  static void PossessivePronouns(const DepTree& t, std::vector<ActorMention>& ms) {
    static const std::vector<std::string_view> kRelational = {"ally", "partner", "neighbor", "neighbour", "counterpart",
                                                              "rival", "enemy", "adversary", "opponent"};
    for (size_t i = 0; i < ms.size(); ++i) {
      ActorMention& m = ms[i];
      if (!Bare(m)) continue;
      int h = HeadOf(t, m);
      if (h < 0) continue;
      int poss = -1;
      for (int c : t.children(h))
        if (t.full_rel(c) == "nmod:poss") poss = c;
      if (poss < 0 || t.tok(poss).upos != "PRON") continue;
      std::string pronoun = AsciiLower(t.text(poss));
      // "Kristersson said his government had tightened the laws": a person's, the person's.
      bool personal = pronoun == "his" || pronoun == "her";
      if (pronoun != "its" && pronoun != "their" && !personal) continue;
      if (std::find(kRelational.begin(), kRelational.end(), t.lemma(h)) != kRelational.end()) continue;
      const ActorMention* owner = nullptr;
      for (const ActorMention& o : ms)
        if (o.last_token <= m.first_token && !o.country.empty() && (!personal || IsPerson(o)) &&
            (!owner || o.last_token > owner->last_token))
          owner = &o;
      if (!owner) continue;
      SetCode(m, owner->country + m.code, owner->country);
      m.entry = "context:" + m.entry;
    }
  }

  // "Israel struck Gaza, killing 20 civilians": victims with no country that a participle of
  // harm after a clause names are of the country that clause's object or oblique names (not
  // its subject's), when those name one country: PSECVL.
  // "Israeli strikes killed 104 people across Gaza": victims with no country that the harm
  // verb's own place phrase (a locative naming one country, not its subject's) puts there: PSECVL.
  void Casualties(const DepTree& t, std::vector<ActorMention>& ms) const {
    static const std::vector<std::string_view> kHarm = {"kill", "wound", "injure", "maim"};
    for (size_t i = 0; i < ms.size(); ++i) {
      if (!Bare(ms[i])) continue;
      int k = HeadOf(t, ms[i]);
      if (k < 0 || t.rel(k) != "obj") continue;
      int v = t.head(k);
      if (v < 0 || std::find(kHarm.begin(), kHarm.end(), t.lemma(v)) == kHarm.end()) continue;
      if (t.tok(v).xpos != "VBG" || t.rel(v) != "advcl") {
        PlaceOfVictims(t, ms, i, k, v);
        continue;
      }
      int h = t.head(v);
      if (h < 0) continue;
      OneCountry place;
      std::string subject_country;
      for (const ActorMention& o : ms) {
        int ok = HeadOf(t, o);
        if (o.country.empty() || ok < 0 || t.InSubtree(ok, v)) continue;
        bool inside = false;
        for (int c : t.children(h)) {
          std::string_view r = t.rel(c);
          if ((r == "obj" || r == "obl") && t.InSubtree(ok, c)) inside = true;
          if (r == "nsubj" && t.InSubtree(ok, c)) subject_country = o.country;
        }
        if (inside) place.Add(o.country);
      }
      if (place.Named() && place.country != subject_country) GiveCountry(ms[i], place.country);
    }
  }

  // A dateline the splitter made a sentence of its own: a few words with no verb, ending in a
  // dash or colon ("KYIV, Ukraine (AP) —", "LYON:").
  static bool Dateline(const DepTree& t) {
    const int n = static_cast<int>(t.size());
    if (n < 2 || n > 12) return false;
    std::string_view last = t.text(n - 1);
    if (last != "—" && last != "–" && last != "-" && last != "--" && last != ":") return false;
    for (int k = 0; k < n; ++k)
      if (t.tok(k).upos == "VERB" || t.tok(k).upos == "AUX") return false;
    return true;
  }

  // "Turkey arrested dozens of opposition mayors", "Tanzanian police killed protesters": people
  // with no country whom a country's actor arrests, bans or disperses (rules.txt domestic), or
  // its police do anything to, are that country's, unless the clause places them elsewhere
  // ("in Gaza"): TUROPP.
  void DomesticTargets(const DepTree& t, std::vector<ActorMention>& ms) const {
    for (size_t i = 0; i < ms.size(); ++i) {
      if (!Bare(ms[i]) || ms[i].code == "REF") continue;  // a migrant detained is often a foreigner
      int k = HeadOf(t, ms[i]);
      // "dozens of opposition mayors": the quantity is the object.
      if (k >= 0 && t.rel(k) == "nmod" && t.head(k) >= 0 && t.rel(t.head(k)) == "obj" && t.head(k) < k) k = t.head(k);
      if (k < 0 || t.rel(k) != "obj" || t.head(k) < 0) continue;
      int v = t.head(k);
      if (t.tok(v).upos != "VERB") continue;
      int subj = t.Child(v, "nsubj");
      if (subj < 0) continue;
      std::string country;
      bool police = false;  // a country's police act at home, whatever the verb ("killed protesters")
      for (const ActorMention& o : ms) {
        int ok = HeadOf(t, o);
        if (ok == subj && !o.country.empty() && !kb::IsRegionCode(o.country)) {
          country = o.country;
          police = o.code.size() >= 3 && o.code.compare(o.code.size() - 3, 3, "COP") == 0;
        }
      }
      if (!police && !rules_.Has(rules_.domestic, t.lemma(v))) continue;
      if (country.empty()) continue;
      bool elsewhere = false;  // a place phrase of the verb naming another country
      for (const ActorMention& o : ms) {
        int ok = HeadOf(t, o);
        if (o.country.empty() || o.country == country || ok < 0) continue;
        for (int c : t.children(v))
          if (t.rel(c) == "obl" && t.InSubtree(ok, c)) elsewhere = true;
        if (t.InSubtree(ok, k)) elsewhere = true;
      }
      for (int c : t.children(v)) {  // "arrested protesters in Jenin": a town of another country
        if (t.rel(c) != "obl" || !rules_.Has(rules_.locatives, CaseOf(t, c))) continue;
        std::string where = PlaceCountry(t, c, 0);
        if (!where.empty() && where != country) elsewhere = true;
      }
      if (!elsewhere) GiveCountry(ms[i], country);
    }
  }

  void PlaceOfVictims(const DepTree& t, std::vector<ActorMention>& ms, size_t i, int k, int v) const {
    OneCountry place;
    std::string subject_country;
    for (const ActorMention& o : ms) {
      int ok = HeadOf(t, o);
      if (o.country.empty() || ok < 0) continue;
      for (int c : t.children(v))
        if (t.rel(c) == "nsubj" && t.InSubtree(ok, c)) subject_country = o.country;
      bool placed = false;
      for (int p : {v, k})
        for (int c : t.children(p)) {
          int cm = t.Child(c, "case");
          if ((t.rel(c) == "obl" || t.rel(c) == "nmod") && cm >= 0 && rules_.Has(rules_.locatives, t.lemma(cm)) &&
              t.InSubtree(ok, c))
            placed = true;
        }
      if (placed) place.Add(o.country);
    }
    if (place.Named() && place.country != subject_country) GiveCountry(ms[i], place.country);
  }

  // The tokens of the subject of word k's own clause, and of the noun a relative clause holding
  // k modifies: up from k through its heads, to the first clause of its own (one with a subject
  // other than a relative pronoun; conj, ccomp, parataxis, advcl, root). None when k is a subject or an apposition itself ("X and Y agreed ... for
  // both countries agreeing", "X and Y, the two largest emitters") or names a relation
  // ("X and Y expanded cooperation between the two countries"; but "mediated between the two
  // sides", rules.txt third-party): then it may well be them.
  static std::vector<char> OwnClauseSubjects(const DepTree& t, const CoderRules& rules, int k) {
    std::vector<char> chain(t.size(), 0), out(t.size(), 0);
    if (t.rel(k) == "nsubj" || t.rel(k) == "csubj" || t.rel(k) == "appos") return out;
    // (An oblique with no preposition is most often an apposition the parser misread.)
    int c = t.Child(k, "case");
    // ... or of the noun such a verb governs ("hosted talks between the two sides").
    int h = t.head(k);
    bool third = h >= 0 && (rules.Has(rules.third_parties, t.lemma(h)) ||
                            (t.tok(h).upos == "NOUN" && t.head(h) >= 0 && rules.Has(rules.third_parties, t.lemma(t.head(h)))));
    if ((c >= 0 && t.lemma(c) == "between" && !third) || (c < 0 && t.rel(k) == "obl")) return out;
    std::vector<int> up;
    for (int a = k; a >= 0 && !chain[a]; a = t.head(a)) {
      chain[a] = 1;
      up.push_back(a);
      std::string_view r = t.rel(a);
      if (r == "conj" || r == "ccomp" || r == "parataxis" || r == "root") break;
    }
    auto mark = [&](int top, int except) {
      for (int w : t.Subtree(top))
        if (except < 0 || !t.InSubtree(w, except)) out[w] = 1;
    };
    for (int a : up) {
      bool own_subject = false;  // a clause with a subject of its own ends the walk
      for (int c : t.children(a))
        if (!chain[c] && (t.rel(c) == "nsubj" || t.rel(c) == "csubj")) {
          mark(c, -1);
          own_subject = own_subject || !(t.lemma(c) == "which" || t.lemma(c) == "who" || t.lemma(c) == "that");
        }
      if (t.rel(a) == "acl" && t.head(a) >= 0) mark(t.head(a), a);
      if (own_subject || t.rel(a) == "advcl") break;
    }
    return out;
  }

  // "The two leaders met", "both sides agreed": a counted description names the two latest
  // distinct actors of its kind in the sentences before (leaders, presidents, ministers: people
  // and governments; sides, countries, nations: any actor with a country). It becomes two
  // mentions, one on the noun and one on "two"/"both", each marked `context:pair` so that the
  // coder takes them together (Coder::ActorsAt).
  void CountedPairs(const DepTree& t, uint32_t s, std::vector<std::vector<ActorMention>>& by_sentence) {
    std::vector<ActorMention>& ms = by_sentence[s];
    for (int k = 0; k < static_cast<int>(t.size()); ++k) {
      auto kind = rules_.pairs.find(t.lemma(k));
      if (t.tok(k).upos != "NOUN" || kind == rules_.pairs.end()) continue;
      int count = -1;  // the "two" or "both" token
      for (int c : t.children(k)) {
        const std::string l = AsciiLower(t.text(c));
        if ((t.rel(c) == "nummod" && l == "two") || ((t.rel(c) == "det" || t.rel(c) == "amod") && l == "both")) count = c;
      }
      if (count < 0 || MentionAt(ms, count) >= 0) continue;
      // "the two other countries, Congo and Mozambique", "the two Somali sides": the phrase
      // names its own.
      bool named_here = false;
      for (int c : t.children(k)) {
        std::string_view r = t.rel(c);
        named_here = named_here || r == "appos" || r == "conj" || AsciiLower(t.text(c)) == "other" ||
                     ((r == "amod" || r == "compound" || r == "nmod") && MentionAt(ms, c) >= 0);
      }
      if (named_here) continue;
      int at = MentionAt(ms, k);
      if (at >= 0 && !Bare(ms[at])) continue;  // "the two Chinese ministers": the phrase says
      const bool people = kind->second == "people";
      std::vector<const ActorMention*> pair;
      auto consider = [&](const ActorMention& m) {
        if (pair.size() >= 2 || CountryKey(m).empty() || kb::IsRegionCode(m.country)) return;
        if (people && !IsPerson(m) && m.role != "GOV" && m.role != "ELI") return;
        for (const ActorMention* p : pair)
          if (CountryKey(*p) == CountryKey(m)) return;
        pair.push_back(&m);
      };
      // This sentence's actors before the noun first ("Xi hosted Lula, and the two leaders
      // signed ..."), then the sentences before.
      // But not the subject of the noun's own clause: in "the US and Britain urged restraint from
      // both sides" and "Egypt and Qatar, which mediated between the two sides" the pair is
      // someone else, named before.
      std::vector<char> own = OwnClauseSubjects(t, rules_, k);
      for (auto it = ms.rbegin(); it != ms.rend(); ++it)
        if (it->last_token <= static_cast<uint32_t>(count) && it->last_token <= static_cast<uint32_t>(k) &&
            !own[it->first_token])
          consider(*it);
      for (uint32_t back = 1; back <= kDescriptionWindow && back <= s && pair.size() < 2; ++back) {
        const auto& earlier = by_sentence[s - back];
        for (auto it = earlier.rbegin(); it != earlier.rend() && pair.size() < 2; ++it) consider(*it);
      }
      if (pair.size() != 2) continue;
      ActorMention noun = at >= 0 ? ms[at] : ActorMention{};
      noun.sentence = s;
      noun.first_token = static_cast<uint32_t>(k);
      noun.last_token = static_cast<uint32_t>(k + 1);
      // Both name their actor by the whole phrase ("two leaders"); each holds one token of it.
      noun.span = Span{t.tok(std::min(k, count)).span.begin, t.tok(std::max(k, count)).span.end};
      ActorMention counted = noun;
      counted.first_token = static_cast<uint32_t>(count);
      counted.last_token = static_cast<uint32_t>(count + 1);
      for (auto [m, a] : {std::pair<ActorMention*, const ActorMention*>{&noun, pair[0]}, {&counted, pair[1]}}) {
        SetCode(*m, a->code, a->country);
        m->name = a->name;
        m->entry = "context:pair:" + a->entry;
      }
      if (at >= 0) ms[at] = noun;
      else ms.push_back(noun);
      ms.push_back(counted);
    }
  }

  const kb::KnowledgeBase& kb_;
  const CoderRules& rules_;
  const ActorContextOptions& options_;
  Document& doc_;
};

}  // namespace

bool FromCountryList(const ActorMention& m) {
  std::string_view f = EntryFile(m);
  return EndsWith(f, "countries.txt") || StartsWith(f, "iso-codes") || StartsWith(f, "world-countries");
}

bool IsPerson(const ActorMention& m) {
  std::string_view f = EntryFile(m);
  return StartsWith(f, "persons/") || f.find("/persons/") != std::string_view::npos;
}

bool PersonLike(const ActorMention& m) {
  std::string_view f = EntryFile(m);
  return !FromCountryList(m) && !(StartsWith(f, "actors/") || f.find("/actors/") != std::string_view::npos);
}

void ResolveActorsInContext(const kb::KnowledgeBase& kb, const CoderRules& rules, const ActorContextOptions& options,
                            Document& doc) {
  ContextPass(kb, rules, options, doc).Run();
}

}  // namespace dyad::coder
