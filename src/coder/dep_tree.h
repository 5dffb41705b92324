// A read-only view of one parsed sentence: children lists, subtrees and relation tests over
// the heads and relations the parser stored in the Document's tokens.
#pragma once

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
  int head(int i) const { return tok(i).head; }
  // The relation without its subtype: "nsubj:pass" -> "nsubj".
  std::string_view rel(int i) const;
  std::string_view full_rel(int i) const { return tok(i).deprel; }
  const std::vector<int>& children(int i) const { return children_[i]; }
  // The first child with relation rel (subtype ignored unless given), or -1.
  int Child(int i, std::string_view rel) const;
  // Tokens of i's subtree, in sentence order; children reached through a relation in `skip`
  // (subtype ignored) are left out with their subtrees. Iterative: no recursion on input depth.
  std::vector<int> Subtree(int i, const std::vector<std::string_view>& skip = {}) const;
  bool InSubtree(int node, int root) const;

 private:
  const Document& doc_;
  uint32_t first_;
  size_t n_;
  std::vector<std::vector<int>> children_;
};

}  // namespace dyad::coder
