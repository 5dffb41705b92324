// The coder's small rule tables (data/coder/rules.txt): negators, negations, modals,
// conditions, future markers, intent codes for planned events, targetless roots, locatives.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::coder {

struct CoderRules {
  std::set<std::string, std::less<>> negators, negations, modals, conditions, futures, locatives, speech;
  std::set<std::string, std::less<>> targetless_roots;
  std::map<std::string, std::string, std::less<>> intent;  // root -> intent code

  bool Has(const std::set<std::string, std::less<>>& s, std::string_view w) const { return s.count(w) > 0; }
};

Result<CoderRules> LoadCoderRules(const std::string& path);

// data/coder/rules.txt under the data directory.
std::string DefaultCoderRulesPath();

}  // namespace dyad::coder
