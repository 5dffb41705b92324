// The knowledge base: who the words of a sentence name (actors, agents, countries), which verb
// patterns code which CAMEO event, the CAMEO code table, places, discard phrases and issues.
// It is built from plain-text dictionaries under data/kb (see docs/dictionaries.md), compiled
// into one versioned binary by `dyad kb build`, and loaded once and shared by threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"
#include "dyad/document.h"
#include "dyad/stage.h"
#include "dyad/status.h"
#include "kb/phrase_trie.h"

namespace dyad::kb {

struct KbData;      // everything the dictionaries say (kb_data.h)
class PhraseIndex;  // the token tries (phrase_index.h)

struct PatternElement {
  enum Kind { kWord, kSource, kTarget, kVerb } kind;
  std::string lemma;  // kWord: the lemma; kVerb: the head lemma; empty for $ and +
};

struct VerbPattern {          // one dictionary entry
  std::string head;           // lemma of the verb ("agree") or of the event noun ("talks", "sanction")
  bool nominal = false;       // a nominal event ("talks between $ and +", "invasion of +")
  std::string cameo;          // "036"
  std::vector<PatternElement> elements;  // in sentence order, e.g. $ * to meet + ; words are lemmas
  std::string entry;          // where it came from: "verbs/04_consult.txt:12"
};

struct CameoCode {
  std::string code, root, label, plover;
  int quad_class = 0;
  double goldstein = 0;
};

struct Place {
  std::string name, country /*ISO alpha-3*/;
  double lat = 0, lon = 0;
  std::string precision;  // country, region, city, site
  long population = 0;
};

// One reason a phrase resolved as it did (for `dyad kb lookup`).
struct LookupMatch {
  std::string code;   // resolved at the asked date
  std::string name;   // canonical name of the entry
  std::string kind;   // person, actor, country, metonym, agent, news
  std::string from, to;  // the role's date bounds ("" when open)
  std::string title;  // the role's title when one is given
  std::string file;
  int line = 0;
};

class KnowledgeBase {  // immutable, non-copyable, shared by threads
 public:
  ~KnowledgeBase();
  KnowledgeBase(const KnowledgeBase&) = delete;
  KnowledgeBase& operator=(const KnowledgeBase&) = delete;

  // Loads a compiled knowledge base (`dyad kb build`), checking magic, version and self-tests.
  static Result<std::unique_ptr<const KnowledgeBase>> Load(const std::string& path);
  // The default compiled KB: $DYAD_KB, else the one built with this binary when it is current
  // for DataDir(), else compiled in memory from the sources in DataDir()/kb.
  static Result<std::unique_ptr<const KnowledgeBase>> LoadDefault();
  // Wraps already compiled data (the compiler and tests use it); runs the self-tests.
  static Result<std::unique_ptr<const KnowledgeBase>> FromData(std::unique_ptr<KbData> data);

  // Actor, agent and country mentions in one tokenized sentence of doc, leftmost-longest,
  // codes resolved at `date` (date-bounded roles). Agents combine with an adjacent country
  // word ("Chinese troops" -> CHNMIL); titles + names merge into one mention. News outlets and
  // capitals after a locative preposition ("in Beijing") are not actors.
  std::vector<ActorMention> FindActors(const Document& doc, uint32_t sentence,
                                       const Date& date) const;
  // News agencies and outlets named in the sentence ("AP", "Reuters"): never actors.
  std::vector<ActorMention> FindNewsOutlets(const Document& doc, uint32_t sentence) const;
  // Patterns whose head is head_lemma, most specific (most elements) first.
  std::span<const VerbPattern> VerbPatterns(std::string_view head_lemma) const;
  const CameoCode* Cameo(std::string_view code) const;  // nullptr when unknown
  // A place by name (case-insensitive); country_hint (alpha-3) prefers places of that country,
  // then the most populous. Famous sites resolve to their city.
  std::optional<Place> FindPlace(std::string_view name, std::string_view country_hint) const;
  // A discard phrase (sports, entertainment, business) in the sentence, if any: its entry id.
  std::optional<std::string> FindDiscard(const Document& doc, uint32_t sentence) const;
  // Issue codes named in the sentence ("refugees" -> REFUGEES), each once.
  std::vector<std::string> FindIssues(const Document& doc, uint32_t sentence) const;
  // Every entry a phrase can resolve to at `date`, best first (for `dyad kb lookup`).
  std::vector<LookupMatch> Lookup(std::string_view phrase, const Date& date) const;

  const KbData& data() const { return *data_; }

 private:
  KnowledgeBase();
  int SurnamePerson(const Document& doc, uint32_t sentence, const PhraseTrie::Match& m, int32_t day,
                    bool after_title, const std::vector<ActorMention>& so_far) const;
  std::unique_ptr<KbData> data_;
  std::unique_ptr<PhraseIndex> index_;
};

// Fills doc.actors for every sentence, resolving roles at doc.published.
std::unique_ptr<Stage> MakeActorStage(const KnowledgeBase& kb);

// CAMEO's international region codes (actor codebook, table 3.3: EUR, AFR, WST, ...), which
// kb/countries.txt lists like countries.
bool IsRegionCode(std::string_view code);

}  // namespace dyad::kb
