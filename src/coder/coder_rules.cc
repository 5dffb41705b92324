#include "coder/coder_rules.h"

#include <fstream>
#include <sstream>

#include "base/paths.h"
#include "base/strings.h"

namespace dyad::coder {

std::string DefaultCoderRulesPath() { return DataPath("coder/rules.txt"); }

Result<CoderRules> LoadCoderRules(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the coder rules");
  CoderRules r;
  std::string raw;
  for (int n = 1; std::getline(in, raw); ++n) {
    std::string_view line = Trim(raw);
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words{std::string(line)};
    std::string kind, rest, w;
    words >> kind;
    while (words >> w) rest += (rest.empty() ? "" : " ") + w;
    auto where = path + ":" + std::to_string(n);
    if (rest.empty()) return Status::Invalid(where + ": expected KIND WORD");
    if (kind == "negator") r.negators.insert(rest);
    else if (kind == "negation") r.negations.insert(rest);
    else if (kind == "modal") r.modals.insert(rest);
    else if (kind == "condition") r.conditions.insert(rest);
    else if (kind == "future") r.futures.insert(rest);
    else if (kind == "threat") r.threats.insert(rest);
    else if (kind == "allegation") r.allegations.insert(rest);
    else if (kind == "locative") r.locatives.insert(rest);
    else if (kind == "speech") r.speech.insert(rest);
    else if (kind == "stative") r.statives.insert(rest);
    else if (kind == "request") r.requests.insert(rest);
    else if (kind == "intransitive") r.intransitives.insert(rest);
    else if (kind == "subordinator") r.subordinators.insert(rest);
    else if (kind == "light") r.light_verbs.insert(rest);
    else if (kind == "predicate") r.predicates.insert(rest);
    else if (kind == "refuser") r.refusers.insert(rest);
    else if (kind == "caution") r.cautions.insert(rest);
    else if (kind == "claim") r.claims.insert(rest);
    else if (kind == "naming") r.namings.insert(rest);
    else if (kind == "weak-agent") r.weak_agents.insert(rest);
    else if (kind == "armed-role") r.armed_roles.insert(rest);
    else if (kind == "armed") {
      auto parts = Split(rest, ' ');
      if (parts.size() != 2) return Status::Invalid(where + ": expected 'armed CODE CODE'");
      r.armed[std::string(parts[0])] = std::string(parts[1]);
    }
    else if (kind == "targetless") r.targetless_roots.insert(rest);
    else if (kind == "posted") r.posted.insert(rest);
    else if (kind == "abroad") r.abroad_roles.insert(rest);
    else if (kind == "state") r.state_roles.insert(rest);
    else if (kind == "description") {
      auto parts = Split(rest, ' ');
      if (parts.size() != 2 || (parts[1] != "group" && parts[1] != "country"))
        return Status::Invalid(where + ": expected 'description LEMMA group|country'");
      r.descriptions[std::string(parts[0])] = std::string(parts[1]);
    }
    else if (kind == "pair") {
      auto parts = Split(rest, ' ');
      if (parts.size() != 2 || (parts[1] != "people" && parts[1] != "actors"))
        return Status::Invalid(where + ": expected 'pair LEMMA people|actors'");
      r.pairs[std::string(parts[0])] = std::string(parts[1]);
    }
    else if (kind == "obligation") {
      auto parts = Split(rest, ' ');
      if (parts.size() != 2) return Status::Invalid(where + ": expected 'obligation LEMMA CODE'");
      r.obligations[std::string(parts[0])] = std::string(parts[1]);
    }
    else if (kind == "refusal") {
      auto parts = Split(rest, ' ');
      if (parts.size() != 2) return Status::Invalid(where + ": expected 'refusal CODE-PREFIX CODE'");
      r.refusal[std::string(parts[0])] = std::string(parts[1]);
    }
    else if (kind == "intent") {
      auto parts = Split(rest, ' ');
      if (parts.size() != 2) return Status::Invalid(where + ": expected 'intent ROOT CODE'");
      r.intent[std::string(parts[0])] = std::string(parts[1]);
    } else {
      return Status::Invalid(where + ": unknown rule kind '" + kind +
                             "' (negator, negation, modal, condition, future, intent, obligation, intransitive, subordinator, light, predicate, refuser, refusal, caution, claim, naming, weak-agent, armed, armed-role, pair, targetless, locative, speech, stative, request, description, posted)");
    }
  }
  return r;
}

}  // namespace dyad::coder
