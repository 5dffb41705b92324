// The coding of one sentence, shared by the files that implement it: sentence_coder.cc (the
// candidates and the events they give), pattern_match.cc (dictionary patterns against the
// parse), sources.cc and targets.cc (who did it to whom), when_where.cc (date and place).
// Internal to the coder stage.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coder/date_resolver.h"
#include "coder/dep_tree.h"
#include "coder/polarity.h"
#include "coder/sentence_coder.h"
#include "kb/knowledge_base.h"

namespace dyad::coder::detail {

inline const std::vector<std::string_view> kOutsideVerb = {"nsubj", "csubj", "ccomp",     "parataxis", "conj",
                                                           "advcl", "punct", "discourse", "vocative",  "list"};

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
  bool mutual_slot = false;  // "$ and + * ...": coordinated sources act on each other
  // "+ * &milhelp from $": the preposition that introduces the source; the subject is the target
  // ("Ukraine received weapons from the United States").
  int source_case = -1;
  // "+ come under * from $": an event noun's pattern naming the target before its light verb;
  // that verb's subject is the target ("Kyiv came under a Russian missile attack").
  bool target_first = false;
};

// Possible stems of a regularly inflected English word: "blamed" -> blame, blam; "shelled" ->
// shell; "boycotted" -> boycott; "carried" -> carry; "meeting" -> meet, meete; "talks" -> talk.
std::vector<std::string> RegularStems(const std::string& w);
bool PronounLike(std::string_view lemma);

class Coder {
 public:
  Coder(const kb::KnowledgeBase& kb, const CoderRules& rules, const CoderOptions& options, Document& doc, uint32_t si,
        ArticleContext& ctx);

  // An adjective with a copula whose regular verb stem is a stative ("is opposed to").
  bool StativeAdjective(int i) const;

  // "the government is skeptical of the toll", "Turkey remains critical of Sweden": an adjective
  // the rules name (rules.txt predicate), with a copula or complementing a linking verb.
  bool PredicateAdjective(int i) const;

  void Run();

 private:
  // "Russia said that Sudan must return the helicopter": a reported clause marked by an
  // auxiliary of obligation is a demand (rules.txt `obligation`) from the reporter on the clause's
  // subject; the clause's own act is not coded (Polarity::Requested). Returns the reporting
  // verbs whose demand was coded, whose statement it replaces.
  std::vector<char> Obligations();

  // DYAD_TRACE: one line per decision, so that a missing or wrong event can be explained.
  void Why(int v, const kb::VerbPattern* p, std::string_view reason) const;

  // Verb v has two subjects or a coordinated one ("Scholz and Macron held talks").
  bool CoordinatedSubjects(int v) const;

  // The verb of a candidate that is v's infinitive complement ("agreed to provide"), or -1.
  int ComplementOf(int v, const std::vector<Candidate>& cands) const;

  std::vector<int> VerbScope(int v) const;

  // A verb's scope, and for a misread past tense ("police fired[amod] tear gas at protesters",
  // "Hamas[nsubj] fired[amod] rockets at Tel Aviv") also the phrase of the noun it was hung on,
  // after it: that noun is its object.
  std::vector<int> ClauseScope(int v) const;
  // The head of a noun phrase right after past-tense verb v that the parse hung on a later verb
  // as a clause ("killed three Palestinians[ccomp], the ministry said"), or -1.
  int MisreadObject(int v) const;

  std::optional<Candidate> Match(int v, std::span<const kb::VerbPattern> patterns, bool noun) const;

  // True when the pattern's last word element is the target marker: only then does a marker
  // with no actor behind it leave every other word matched.
  static bool MarkerIsLastWord(const kb::VerbPattern& p);

  // "rejected the request of +": the phrase a target marker introduces must hang on the verb,
  // its light verb or a word the pattern matched ("request of the government", not "request for
  // revocation of a ruling"), and must name an actor or a place (NamesActor).
  bool Attached(int h, int v, int governor, const std::vector<int>& words) const;

  // Verb v has a dependent before it with this lemma or form ("sexually assaulted").
  bool ModifiesFromBefore(int v, std::string_view lemma) const;

  // A word of the candidate's pattern is an object of verb v.
  bool NamesObject(const Candidate& c, int v) const;

  // Some object of verb v names an actor.
  bool ObjectNamesActor(int v) const;
  // An object or indirect object's own words (head, title, possessor, compound) name an actor.
  bool ObjectIsActor(int v) const;
  // The verb's object is a news outlet ("told Argentine radio").
  bool ToMediaOutlet(int v) const;

  bool NamesActor(int h) const;

  // The noun's governor or a word of its own subtree before it has this lemma.
  bool BeforeNoun(int n, std::string_view lemma) const;
  // The verb an event noun is the object of ("held talks"), or "come" of "came under attack";
  // -1 for none.
  int LightVerb(int n) const;
  // A number or an amount of money ("$", "billions"): no party, and what hangs on it as an
  // object hangs on the verb.
  bool Amount(int n) const;
  bool Count(int n) const;  // "hundreds", "dozens": a count the parse made the head of its noun

  // Actor mention covering token i, or the first one in its subtree; coordinated ones too.
  void ActorsAt(int i, std::vector<int>& out) const;

  // The conjuncts of token i, and those joined by "and"/"or" to the other words of the actor's
  // name i is in: "President of Ukraine and Prime Minister of Britain" hangs the second title on
  // "Ukraine" (a conjunct after a comma there is more often an apposition).
  std::vector<int> PhraseConjuncts(int i) const;

  std::vector<int> ReporterSubjectActors(int i) const;  // a subject pronoun's reporter's subject actors
  int Antecedent(int i) const;

  // The subjects of v (coordinated or, after a parser slip, several nsubj), climbing through
  // complements, coordination and relative clauses. An xcomp whose governor has an object takes
  // that object as subject ("urged Beijing to use").
  std::vector<int> SubjectsOf(int v, bool* passive) const;

  std::vector<int> Sources(int v, bool* passive, int* subject, int light = -1) const;

  // A noun that heads nominal patterns ("shelling", "attack", "strike").
  bool EventNoun(int n) const;

  // Token c is a `rel` phrase introduced by "by" (a passive's agent: "was condemned by the UN").
  bool ByPhrase(int c, std::string_view rel) const;

  // An actor among the words before noun n that modify it ("Israeli tank shelling": Israeli ->
  // tank -> shelling through amod and compound only), or -1.
  int ModifyingActor(int n) const;

  bool ByAgent(int v) const;

  // "Russian police on Saturday detained dozens": a parser that reads the past tense as a
  // participle modifying the next noun (amod) leaves the verb with no subject. When the noun
  // phrase that governs it starts the clause before it, with no verb between, that phrase is
  // the subject and the modified noun the object. Returns the subject's head token, or -1.
  // The actor of event noun n that is no actor itself: "Israeli air strikes", "Russia's
  // shelling", "the attack by Hamas".
  void EventNounActors(int n, std::vector<int>& out) const;

  int MisreadSubject(int v) const;

  // "as Syrian government forces launched air strikes" ("as" read as a preposition), "Russian
  // police detained dozens" (police a compound of the verb): a past-tense verb with no subject right after
  // an actor whose noun the parse hung elsewhere, bare or behind a subordinator (rules.txt), has
  // that actor as its subject; so does one after an opening phrase's comma that the parse made
  // an apposition in that phrase ("Speaking at the UN, President Lula criticized") or conjuncts
  // of its day ("On Wednesday, Putin and Trump discussed"). Returns the actors' head tokens.
  std::vector<int> AdjacentSubject(int v) const;

  std::vector<int> Targets(const Candidate& c, bool passive, int subject, const std::vector<int>& sources);

  // A country-level actor for the place named at token h ("Amman" -> JOR), appended to the
  // document's mentions; -1 when the gazetteer does not know it.
  // The words of the place name headed by h, with its compounds ("Tel Aviv"): [lo, hi].
  std::pair<int, int> PlaceName(int h) const;

  int PlaceActor(int h);

  // "Iran fired missiles at a U.S. base. Qatar condemned the attack": the doer of the latest act
  // of force (roots 18-20) in the two sentences before, as a mention on the definite force noun
  // that is the verb's object and names no actor; appended to the document's mentions, or -1.
  int EarlierAttacker(int verb, const std::vector<int>& sources);

  // True when the verb's own matched pattern already names the noun ("impose sanction on +").
  static bool BareVerbPatternUsesNoun(const std::vector<Candidate>& cands, int verb, int noun);

  // "the two countries", "both sides" (rules.txt pair): a counted description of actors.
  bool CountedPair(int n) const;
  // The verb has an object that is neither an actor nor a word of its pattern.
  bool ThingObject(const Candidate& c) const;

  // Case marker c opens a phrase that names no party: "according (to)" says who reports, a
  // preposition of time (rules.txt temporal: "after Turkish mediation") says when.
  bool NoPartyMarker(int c) const;
  // "in the presence of", "under the auspices of", "in response to" (rules.txt witness-noun,
  // reason-phrase): a phrase that names no party.
  bool WitnessPhrase(int k) const;
  bool PricePhrase(int k) const;  // "in exchange for" (rules.txt price-phrase)

  // Token k lies, below token top, in such a phrase: no actor of the phrase above it.
  bool UnderNoPartyPhrase(int k, int top) const;
  bool UnderVenuePhrase(int k, int top) const;

  // Token k lies, below verb v, in a place phrase ("in Bali") or in what the object is called
  // ("condemned the launch as a violation of U.N. resolutions").
  bool InPlacePhrase(int k, int v) const;

  void DatesOnce();

  // Token k lies in a relative or adnominal clause (acl) that does not hold verb v.
  bool InOtherRelativeClause(int k, int v) const;

  Date EventDate(int v, bool future) const;

  // The place a place noun names ("Kaduna state", "the Kharkiv region", "Nigeria's ... state"):
  // its proper-noun compound, else its possessor, as the gazetteer knows them.
  std::optional<Location> PlaceOfNoun(int h, const std::string& hint) const;
  // The country-level location of a country the actor stage named at token k ("the U.S.": the
  // United States, not the French town "Us" the letters also spell), or none.
  std::optional<Location> CountryLocation(int k) const;
  // The gazetteer's place of this name (hint: a preferred country), as an event location.
  std::optional<Location> Gazetteer(std::string_view name, const std::string& hint) const;

  // The place of a locative phrase in v's clause, else in the sentence.
  std::optional<Location> Place(int v, const std::string& hint, bool clause_only = false) const;

  // Actor mention m (of this sentence) covers a word the candidate's pattern matched.
  bool PatternWordActor(const Candidate& c, int m) const;
  // Verb v's clause holds "each other" or "one another".
  bool Reciprocal(int v) const;

  // The rejection a refused act of this code is (rules.txt refusal, longest prefix), or "".
  std::string RefusalCode(std::string_view code) const;
  // The verb is the participle of a hyphenated modifier ("Iranian-backed militias").
  bool HyphenatedModifier(int v) const;
  // The word heads a phrase of time ("on Sunday", "in March", "at night").
  bool TimePhrase(int h) const;
  // rules.txt own-forces and targetless.
  bool OwnForcesCode(std::string_view code) const;
  bool Targetless(const kb::CameoCode& code) const;

  void Emit(const Candidate& c);

  // An actor whose code has an armed role (rules.txt armed-role) after its country.
  bool ArmedActor(const ActorMention& a) const;

  bool NominalEventPosition(int n) const;
  // "announced aid during a visit to Kyiv", "on a trip to Paris": an event noun in a "during"
  // or "on" phrase of a verb, done by that verb's subject. Returns the verb, or -1.
  int DuringClauseEvent(int n) const;
  // "a day after the United States[nmod] and South Korea began drills": a parse that made the
  // time (rules.txt time-unit) the subject; the actor of its "after" phrase is. Else c.
  int TimeSubject(int c) const;
  // Token k names the land waters are named after ("the Gulf of Oman", rules.txt water).
  bool WaterOf(int k) const;
  // The noun a chain of noun conjuncts starts from ("a missile and drone attack" -> missile).
  int ArgumentOfConjunct(int n) const;

  // The verb whose clause decides polarity, tense and date: an event noun's governing verb.
  int ClauseVerb(int v) const;

  static bool IsMedia(const ActorMention& a);

  // An agent with no country and no organisation of its own ("officials", "police").
  static bool Bare(const ActorMention& a) { return a.country.empty() && a.code.size() <= 3; }
  // A capital or seat standing for its government ("the White House", "Kyiv": countries.txt).
  static bool SeatOfGovernment(const ActorMention& a);

  void RememberActors();

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
  std::vector<char> coded_;         // tokens whose candidate produced an event
  std::vector<std::string> lower_;  // each token's text in lower case
  std::vector<DateMention> past_, future_;
};

}  // namespace dyad::coder::detail
