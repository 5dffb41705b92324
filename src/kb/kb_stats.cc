#include "kb/kb_stats.h"

#include <set>

#ifndef DYAD_KB_BUILD_DIR
#define DYAD_KB_BUILD_DIR "."
#endif

namespace dyad::kb {

std::string DefaultCompiledPath() { return std::string(DYAD_KB_BUILD_DIR) + "/default.dkb"; }

KbStats ComputeStats(const KbData& data) {
  KbStats s;
  auto& c = s.counts;
  for (const char* k : {"persons", "person_roles", "actors", "groups", "countries", "country_adjectives",
                        "metonyms", "news_outlets", "actor_phrases"})
    c[k] = 0;
  for (const ActorEntry& e : data.actors) {
    c["actor_phrases"] += static_cast<long>(e.phrases.size());
    switch (e.kind) {
      case kPerson: ++c["persons"]; c["person_roles"] += static_cast<long>(e.roles.size()); break;
      case kGroup: ++c["groups"]; break;
      case kCountry: ++c["countries"]; break;
      case kAdjective: ++c["country_adjectives"]; break;
      case kMetonym: ++c["metonyms"]; break;
      case kNews: ++c["news_outlets"]; break;
    }
    if (e.kind != kNews) ++c["actors"];
  }
  c["agents"] = 0;
  for (const AgentEntry& a : data.agents) c["agents"] += static_cast<long>(a.phrases.size());
  c["agent_entries"] = static_cast<long>(data.agents.size());
  c["verb_patterns"] = static_cast<long>(data.verbs.size());
  std::set<std::string> heads, covered, entries;
  for (const VerbPattern& p : data.verbs) {
    heads.insert(p.head);
    covered.insert(p.cameo);
    entries.insert(p.entry);
  }
  c["verb_heads"] = static_cast<long>(heads.size());
  c["verb_lines"] = static_cast<long>(entries.size());
  c["cameo_codes"] = static_cast<long>(data.cameo.size());
  long covered_known = 0;
  for (const CameoCode& code : data.cameo) {
    if (covered.count(code.code)) ++covered_known;
    else s.cameo_codes_missing.push_back(code.code);
  }
  c["cameo_codes_covered"] = covered_known;
  c["places"] = static_cast<long>(data.places.size());
  c["cities"] = c["regions"] = c["sites"] = 0;
  for (const Place& p : data.places) {
    if (p.precision == "city") ++c["cities"];
    else if (p.precision == "region") ++c["regions"];
    else if (p.precision == "site") ++c["sites"];
  }
  c["discards"] = static_cast<long>(data.discards.size());
  c["issues"] = static_cast<long>(data.issues.size());
  c["self_tests"] = static_cast<long>(data.self_tests.size());
  return s;
}

}  // namespace dyad::kb
