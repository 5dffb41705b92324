// A trie over normalised tokens for leftmost-longest matching of many multiword phrases at
// once (the role sentencepiece's double-array trie plays for pieces). Edges live in one hash map
// keyed by (node, token id), so a lookup per token is one probe; values are the ids of the
// entries whose phrase ends at a node. Matching is iterative, bounded by the sentence length.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/document.h"

namespace dyad::kb {

// One sentence token as the trie sees it.
struct TokenKey {
  uint32_t id = 0;       // vocabulary id of the normalised token, 0 when unknown
  uint32_t caps_id = 0;  // id of the case-marked key when the token is in capitals, else 0
  bool transparent = false;  // "'s", "." inside a phrase
};

class PhraseTrie {
 public:
  PhraseTrie();
  // Adds a phrase given as dictionary keys (DictionaryKey of each token); empty keys are skipped.
  // Returns false when no key is left.
  bool Add(const std::vector<std::string>& keys, uint32_t value);
  // The keys of tokens [first, first+count) of the sentence.
  std::vector<TokenKey> Keys(const Document& doc, const Sentence& s) const;
  std::vector<TokenKey> Keys(const std::vector<std::string>& tokens) const;

  struct Match {
    uint32_t begin = 0, end = 0;  // token range, end exclusive
    std::span<const uint32_t> values;
  };
  // The longest phrase starting at token i, or a Match with end == begin when none.
  Match LongestAt(const std::vector<TokenKey>& keys, uint32_t i) const;
  // Every phrase end reachable from token i (shortest first), for lookups.
  std::vector<Match> AllAt(const std::vector<TokenKey>& keys, uint32_t i) const;

  size_t node_count() const { return values_.size(); }

 private:
  TokenKey KeyOf(std::string_view token) const;
  uint32_t Child(uint32_t node, uint32_t token) const;

  std::unordered_map<std::string, uint32_t> vocab_;  // key -> id (ids start at 1)
  std::unordered_map<uint64_t, uint32_t> edges_;     // (node << 32 | token) -> child
  std::vector<std::vector<uint32_t>> values_;        // per node
};

}  // namespace dyad::kb
