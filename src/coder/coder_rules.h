// The coder's small rule tables (data/coder/rules.txt): negators, negations, modals,
// conditions, future markers, intent codes for planned events, targetless roots, locatives,
// and the words the actors-in-context pass uses (descriptions, posted agents).
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::coder {

struct CoderRules {
  // threats: verbs whose infinitive complement is threatened ("threatened to impose sanctions").
  // allegations: verbs whose "of/for + -ing" clause is a charge, not a fact ("accused Ukraine of
  // attacking", "jailed for spying").
  std::set<std::string, std::less<>> negators, negations, modals, conditions, futures, threats, allegations, locatives, speech,
      statives, requests, intransitives, subordinators, light_verbs, predicates, refusers, cautions, claims, namings,
      weak_agents, armed_roles;
  // A protest code done by an armed actor (armed_roles) -> the act of force it stands for.
  std::map<std::string, std::string, std::less<>> armed;
  std::set<std::string, std::less<>> targetless_roots;
  std::set<std::string, std::less<>> needs_target;    // codes never coded without a target
  std::set<std::string, std::less<>> object_targets;  // verbs whose bare "$ * +" needs an actor object
  std::set<std::string, std::less<>> undertakings;    // "launched operations to detain": the launcher acts
  std::set<std::string, std::less<>> request_nouns;   // "an appeal to lay down arms": what was asked
  std::set<std::string, std::less<>> from_agents;     // "were expelled from North Korea": the expeller
  std::set<std::string, std::less<>> heeding;         // "accepted the invitation to discuss": it will be done
  std::set<std::string, std::less<>> gathering_purposes;  // "gathered to commemorate": no protest
  std::set<std::string, std::less<>> mutual_roots;    // "Biden and Xi met": roots whose acts take two sides
  std::set<std::string, std::less<>> no_object;       // "troops withdrew", not "withdrew the allegations"
  std::set<std::string, std::less<>> reason_phrases;  // "in response to": why, not what
  std::set<std::string, std::less<>> price_phrases;   // "in exchange for": what it buys
  std::set<std::string, std::less<>> domestic;  // "Turkey arrested opposition mayors": TUROPP
  std::set<std::string, std::less<>> summoning;  // "summoned the ambassador to protest": the summoner protests
  std::set<std::string, std::less<>> witness_nouns;  // "in the presence of Trump": a bystander, no party
  std::set<std::string, std::less<>> hearsay_nouns;  // "rumours that Germany had agreed": unconfirmed
  std::set<std::string, std::less<>> preventers;  // "banned women from studying": not studied
  std::set<std::string, std::less<>> disputed_nouns;  // ", a charge New Delhi denied": not the denier's clause
  std::set<std::string, std::less<>> media_nouns;     // "told Argentine radio": an outlet, no addressee
  std::set<std::string, std::less<>> object_own_targets;  // "received a letter from the IMF": no one
  std::set<std::string, std::less<>> no_visit_roles;  // "migrants arrived in Italy": a journey, no visit
  std::set<std::string, std::less<>> alleging;        // "claimed that ISIL had attacked Iraq": an accusation
  std::set<std::string, std::less<>> documents;       // "issued a statement condemning": the issuer acts
  std::set<std::string, std::less<>> issuing;         // verbs that issue a document: issue, adopt, sign
  std::set<std::string, std::less<>> assemblies;      // "gather": a protest only for non-officials
  std::set<std::string, std::less<>> official_roles;  // roles that gather to meet, not to protest
  std::set<std::string, std::less<>> shows;           // "demonstrate": with an object, no protest
  std::set<std::string, std::less<>> own_forces;      // codes whose troops or police are the source's own
  std::map<std::string, std::string, std::less<>> intent;  // root -> intent code
  // A refused cooperative act (Polarity::Refused) is coded as the matching rejection: the
  // longest prefix of the act's code -> the CAMEO 12x code ("refused to meet" 04x -> 125).
  std::map<std::string, std::string, std::less<>> refusal;
  // An auxiliary that makes a reported clause a demand on its subject ("said that Sudan must
  // return the helicopter"): lemma -> the CAMEO code of the demand.
  std::map<std::string, std::string, std::less<>> obligations;
  // A definite noun the dictionaries do not know that names an earlier actor of the article
  // ("the group" -> "group", "the country" -> "country"): lemma -> kind.
  std::map<std::string, std::string, std::less<>> descriptions;
  // A noun counted by "two" or "both" that names the article's last two actors of a kind
  // ("the two leaders"): lemma -> "people" (persons and governments) or "actors" (anything with
  // a country).
  std::map<std::string, std::string, std::less<>> pairs;
  // Agents that serve abroad: "in PLACE" does not give their country ("the ambassador in Kyiv").
  std::set<std::string, std::less<>> posted;
  // Role codes whose members are often abroad: "in PLACE" does not give their country.
  std::set<std::string, std::less<>> abroad_roles;
  // Role codes every country has: a country named alone may be the one "the army" belongs to.
  std::set<std::string, std::less<>> state_roles;
  // Verbs done between two others ("mediated between the two sides"): a counted description
  // in their "between" phrase is never their own subjects.
  std::set<std::string, std::less<>> third_parties;
  std::set<std::string, std::less<>> own_institution_verbs;  // "ordered the army": one's own army
  std::set<std::string, std::less<>> insults;  // "called Xi a dictator": naming that denounces (111)
  // Prepositions of time ("after Turkish mediation"): their phrase is never the target.
  std::set<std::string, std::less<>> temporals;
  // Nouns of a span of time ("a day after ..."): as a clause's subject, a misparse.
  std::set<std::string, std::less<>> time_units;
  // Words of waters named after a land ("the Gulf of Oman"): no force on that land's country.
  std::set<std::string, std::less<>> waters;
  // Nouns of an administrative place ("Kaduna state", "the Kharkiv region").
  std::set<std::string, std::less<>> place_nouns;

  bool Has(const std::set<std::string, std::less<>>& s, std::string_view w) const { return s.count(w) > 0; }
};

Result<CoderRules> LoadCoderRules(const std::string& path);

// data/coder/rules.txt under the data directory.
std::string DefaultCoderRulesPath();

}  // namespace dyad::coder
