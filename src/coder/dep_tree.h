// A read-only view of one parsed sentence: children lists, subtrees and relation tests over
// the heads and relations the parser stored in the Document's tokens.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::coder {

class DepTree {
 public:
  DepTree(const Document& doc, const Sentence& s);

  size_t size() const { return n_; }
  const Token& tok(int i) const { return doc_.tokens[first_ + i]; }
  std::string_view text(int i) const { return doc_.View(tok(i).span); }
  std::string_view lemma(int i) const { return tok(i).lemma; }
  // Written with a capital (or a non-ASCII letter): place names must be; the tagger's PROPN
  // "march" is no town of March.
  bool Capitalized(int i) const {
    std::string_view w = text(i);
    return !w.empty() && !(w[0] >= 'a' && w[0] <= 'z');
  }
  int head(int i) const { return tok(i).head; }
  // The relation without its subtype: "nsubj:pass" -> "nsubj".
  std::string_view rel(int i) const;
  std::string_view full_rel(int i) const { return tok(i).deprel; }
  // i's children in sentence order.
  std::span<const int> children(int i) const {
    return {kids_.data() + offsets_[i], kids_.data() + offsets_[i + 1]};
  }
  // The first child with relation rel (subtype ignored unless given), or -1.
  int Child(int i, std::string_view rel) const;
  // The lemma of i's case marker ("in" for "in Gaza"), or "" when it has none.
  std::string_view CaseLemma(int i) const {
    int c = Child(i, "case");
    return c >= 0 ? lemma(c) : std::string_view();
  }
  // Tokens of i's subtree, in sentence order; children reached through a relation in `skip`
  // (subtype ignored) are left out with their subtrees. Iterative: no recursion on input depth.
  std::vector<int> Subtree(int i, const std::vector<std::string_view>& skip = {}) const;
  bool InSubtree(int node, int root) const;

 private:
  const Document& doc_;
  uint32_t first_;
  size_t n_;
  // Children lists in one array (two allocations per tree, not one per head): node i's
  // children are kids_[offsets_[i], offsets_[i + 1]).
  std::vector<uint32_t> offsets_;
  std::vector<int> kids_;
};

}  // namespace dyad::coder
