#include "coder/dep_tree.h"

#include <algorithm>

namespace dyad::coder {

DepTree::DepTree(const Document& doc, const Sentence& s)
    : doc_(doc), first_(s.first_token), n_(s.token_count), offsets_(s.token_count + 1, 0) {
  auto head_of = [&](size_t i) -> int {
    int h = tok(static_cast<int>(i)).head;
    return h >= 0 && static_cast<size_t>(h) < n_ && h != static_cast<int>(i) ? h : -1;
  };
  // Count each head's children, turn counts into start offsets, then fill in sentence order.
  for (size_t i = 0; i < n_; ++i)
    if (int h = head_of(i); h >= 0) ++offsets_[h + 1];
  for (size_t i = 0; i < n_; ++i) offsets_[i + 1] += offsets_[i];
  kids_.resize(offsets_[n_]);
  std::vector<uint32_t> next(offsets_.begin(), offsets_.end() - 1);
  for (size_t i = 0; i < n_; ++i)
    if (int h = head_of(i); h >= 0) kids_[next[h]++] = static_cast<int>(i);
}

std::string_view DepTree::rel(int i) const {
  std::string_view r = tok(i).deprel;
  return r.substr(0, r.find(':'));
}

int DepTree::Child(int i, std::string_view r) const {
  bool exact = r.find(':') != std::string_view::npos;
  for (int c : children(i))
    if ((exact ? full_rel(c) : rel(c)) == r) return c;
  return -1;
}

std::vector<int> DepTree::Subtree(int root, const std::vector<std::string_view>& skip) const {
  std::vector<int> out;
  // Scratch kept per thread: the coder asks for many subtrees per sentence.
  thread_local std::vector<int> stack;
  thread_local std::vector<char> seen;
  stack.assign(1, root);
  seen.assign(n_, 0);
  while (!stack.empty()) {
    int i = stack.back();
    stack.pop_back();
    if (seen[i]) continue;  // a malformed parse with a cycle must not loop forever
    seen[i] = 1;
    out.push_back(i);
    for (int c : children(i)) {
      if (std::find(skip.begin(), skip.end(), rel(c)) != skip.end()) continue;
      stack.push_back(c);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool DepTree::InSubtree(int node, int root) const {
  for (size_t steps = 0; node >= 0 && steps <= n_; ++steps) {
    if (node == root) return true;
    node = head(node);
  }
  return false;
}

}  // namespace dyad::coder
