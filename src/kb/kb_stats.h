// Counts over a knowledge base for `dyad kb stats`, and the paths the tools use by default.
#pragma once

#include <map>
#include <string>

#include "kb/kb_data.h"

namespace dyad::kb {

struct KbStats {
  std::map<std::string, long> counts;  // persons, actors, agents, verb_patterns, places, ...
  std::vector<std::string> cameo_codes_missing;  // codes of the table no pattern produces
};

KbStats ComputeStats(const KbData& data);

// Where `dyad kb build` writes and LoadDefault looks first: <build>/kb/default.dkb.
std::string DefaultCompiledPath();

}  // namespace dyad::kb
