// The lookup structures KnowledgeBase builds over KbData when it is loaded: tries over actor,
// agent, discard and issue phrases, verb-pattern ranges by head, the CAMEO table by code.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "kb/kb_data.h"
#include "kb/phrase_trie.h"

namespace dyad::kb {

inline constexpr uint32_t kAgentBit = 0x80000000u;  // actor-trie value naming an agent
// Actor-trie value naming a person by surname alone ("Bush" for George W. Bush): used only after
// a title ("President Bush") or once the article has named the person in full.
inline constexpr uint32_t kSurnameBit = 0x40000000u;

class PhraseIndex {
 public:
  explicit PhraseIndex(const KbData& data);

  PhraseTrie actors;    // values: actor index, kAgentBit | agent index, kSurnameBit | person index
  PhraseTrie discards;  // values: discard index
  PhraseTrie issues;    // values: issue index
  std::unordered_map<std::string_view, std::pair<uint32_t, uint32_t>> verbs;  // head -> [b, e)
  std::unordered_map<std::string_view, uint32_t> cameo;                      // code -> index
  std::unordered_set<std::string> locatives;
  std::unordered_set<std::string> countries;  // alpha-3 codes that are countries

 private:
  static std::vector<std::string> Keys(std::string_view phrase);
  void AddSurnames(const KbData& data);
};

}  // namespace dyad::kb
