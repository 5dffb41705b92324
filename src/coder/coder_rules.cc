#include "coder/coder_rules.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "base/paths.h"
#include "base/strings.h"

namespace dyad::coder {

std::string DefaultCoderRulesPath() { return DataPath("coder/rules.txt"); }

Result<CoderRules> LoadCoderRules(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the coder rules");
  CoderRules r;
  // Kinds of one word: "negator decline".
  const std::map<std::string_view, std::set<std::string, std::less<>>*> sets = {
      {"negator", &r.negators},       {"negation", &r.negations},      {"modal", &r.modals},
      {"condition", &r.conditions},   {"future", &r.futures},          {"threat", &r.threats},
      {"allegation", &r.allegations}, {"locative", &r.locatives},      {"speech", &r.speech},
      {"stative", &r.statives},       {"request", &r.requests},        {"intransitive", &r.intransitives},
      {"subordinator", &r.subordinators}, {"light", &r.light_verbs},   {"predicate", &r.predicates},
      {"refuser", &r.refusers},       {"caution", &r.cautions},        {"claim", &r.claims},
      {"naming", &r.namings},         {"weak-agent", &r.weak_agents},  {"armed-role", &r.armed_roles},
      {"targetless", &r.targetless_roots}, {"posted", &r.posted},      {"abroad", &r.abroad_roles},
      {"own-forces", &r.own_forces},  {"assembly", &r.assemblies},     {"official-role", &r.official_roles},
      {"shows", &r.shows},            {"undertaking", &r.undertakings}, {"object-target", &r.object_targets},
      {"document", &r.documents},     {"issuing", &r.issuing},         {"request-noun", &r.request_nouns},
      {"heeding", &r.heeding},        {"alleging", &r.alleging},       {"from-agent", &r.from_agents},
      {"no-visit", &r.no_visit_roles}, {"media-noun", &r.media_nouns}, {"object-own-target", &r.object_own_targets},
      {"no-object", &r.no_object},    {"mutual-root", &r.mutual_roots}, {"gathering-purpose", &r.gathering_purposes},
      {"needs-target", &r.needs_target}, {"disputed-noun", &r.disputed_nouns}, {"preventer", &r.preventers},
      {"hearsay-noun", &r.hearsay_nouns},
      {"witness-noun", &r.witness_nouns}, {"summoning", &r.summoning},
      {"domestic", &r.domestic}, {"reason-phrase", &r.reason_phrases},
      {"price-phrase", &r.price_phrases},
      {"state", &r.state_roles},     {"third-party", &r.third_parties}, {"insult", &r.insults},
      {"own-institution", &r.own_institution_verbs},
      {"temporal", &r.temporals},     {"time-unit", &r.time_units},
      {"water", &r.waters},           {"place-noun", &r.place_nouns}};
  // Kinds of a key and a value: "intent 04 036"; `values` lists the values allowed (any if empty).
  struct Pairs {
    std::map<std::string, std::string, std::less<>>* map;
    const char* usage;
    std::vector<std::string_view> values;
  };
  const std::map<std::string_view, Pairs> maps = {
      {"intent", {&r.intent, "intent ROOT CODE", {}}},
      {"refusal", {&r.refusal, "refusal CODE-PREFIX CODE", {}}},
      {"armed", {&r.armed, "armed CODE CODE", {}}},
      {"obligation", {&r.obligations, "obligation LEMMA CODE", {}}},
      {"description", {&r.descriptions, "description LEMMA group|country", {"group", "country"}}},
      {"pair", {&r.pairs, "pair LEMMA people|actors", {"people", "actors"}}}};
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
    if (auto set = sets.find(kind); set != sets.end()) {
      set->second->insert(rest);
    } else if (auto map = maps.find(kind); map != maps.end()) {
      const Pairs& m = map->second;
      auto parts = Split(rest, ' ');
      if (parts.size() != 2 ||
          (!m.values.empty() && std::find(m.values.begin(), m.values.end(), parts[1]) == m.values.end()))
        return Status::Invalid(where + ": expected '" + m.usage + "'");
      (*m.map)[std::string(parts[0])] = std::string(parts[1]);
    } else {
      std::string known;
      for (const auto& [k, unused] : sets) known += (known.empty() ? "" : ", ") + std::string(k);
      for (const auto& [k, unused] : maps) known += ", " + std::string(k);
      return Status::Invalid(where + ": unknown rule kind '" + kind + "' (" + known + ")");
    }
  }
  return r;
}

}  // namespace dyad::coder
