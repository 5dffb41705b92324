#include "nlp/parser.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace dyad::nlp {
namespace {

constexpr uint32_t kRootWordKey = 0x6a09e667u;

uint32_t DistanceBucket(int a, int b) {
  if (a < 0 || b < 0) return 0;
  int d = std::abs(a - b);
  return d < 5 ? static_cast<uint32_t>(d) : d < 10 ? 5u : 6u;
}

uint32_t Count(int n) { return static_cast<uint32_t>(std::min(n, 4)); }

}  // namespace

void ParseState::Reset(const std::vector<uint32_t>& word_keys, const std::vector<int>& tags) {
  n_ = static_cast<int>(word_keys.size()) - 1;
  word_ = word_keys.data();
  tag_ = tags.data();
  buffer_ = 1;
  stack_.assign(1, 0);
  const size_t size = word_keys.size();
  head_.assign(size, -1);
  label_.assign(size, -1);
  left1_.assign(size, -1);
  left2_.assign(size, -1);
  right1_.assign(size, -1);
  right2_.assign(size, -1);
  nleft_.assign(size, 0);
  nright_.assign(size, 0);
  left_labels_.assign(size, 0);
  right_labels_.assign(size, 0);
}

void ParseState::Shift() { stack_.push_back(buffer_++); }

void ParseState::Attach(int head, int dep, int label) {
  head_[dep] = head;
  label_[dep] = label;
  if (dep < head) {
    // Keep the two leftmost children by position, whatever order they attach in.
    if (left1_[head] < 0 || dep < left1_[head]) {
      left2_[head] = left1_[head];
      left1_[head] = dep;
    } else if (left2_[head] < 0 || dep < left2_[head]) {
      left2_[head] = dep;
    }
    ++nleft_[head];
    left_labels_[head] = Mix(left_labels_[head] + 1, static_cast<uint32_t>(label));
  } else {
    if (right1_[head] < 0 || dep > right1_[head]) {
      right2_[head] = right1_[head];
      right1_[head] = dep;
    } else if (right2_[head] < 0 || dep > right2_[head]) {
      right2_[head] = dep;
    }
    ++nright_[head];
    right_labels_[head] = Mix(right_labels_[head] + 1, static_cast<uint32_t>(label));
  }
}

void ParseState::Left(int label) {
  int dep = stack_.back();
  stack_.pop_back();
  Attach(buffer_, dep, label);
}

void ParseState::Right(int label) {
  int dep = stack_.back();
  stack_.pop_back();
  Attach(stack_.back(), dep, label);
}

void ParseState::Features(std::vector<uint32_t>& out) const {
  out.clear();
  const int s0 = S(0), s1 = S(1), s2 = S(2), b0 = B(0), b1 = B(1), b2 = B(2);
  auto W = [&](int p) { return p < 0 ? 0u : p == 0 ? kRootWordKey : word_[p]; };
  auto T = [&](int p) { return p < 0 ? 0u : p == 0 ? 1u : static_cast<uint32_t>(tag_[p] + 2); };
  auto L = [&](int p) { return p < 0 ? 0u : static_cast<uint32_t>(label_[p] + 2); };
  auto lc1 = [&](int p) { return p < 0 ? -1 : left1_[p]; };
  auto lc2 = [&](int p) { return p < 0 ? -1 : left2_[p]; };
  auto rc1 = [&](int p) { return p < 0 ? -1 : right1_[p]; };
  auto rc2 = [&](int p) { return p < 0 ? -1 : right2_[p]; };
  auto nl = [&](int p) { return p < 0 ? 7u : Count(nleft_[p]); };
  auto nr = [&](int p) { return p < 0 ? 7u : Count(nright_[p]); };
  const uint32_t s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), b0w = W(b0), b0t = T(b0);
  const uint32_t b1w = W(b1), b1t = T(b1), b2t = T(b2), s2t = T(s2);
  const int s0l = lc1(s0), s0r = rc1(s0), s1r = rc1(s1), s1l = lc1(s1), b0l = lc1(b0);
  uint32_t id = 0;
  // Forced inline: GCC kept these as calls, a third of the cost of feature extraction.
  auto F1 = [&](uint32_t a) __attribute__((always_inline)) { out.push_back(FeatureKey(++id, a)); };
  auto F2 = [&](uint32_t a, uint32_t b) __attribute__((always_inline)) {
    out.push_back(FeatureKey(++id, a, b));
  };
  auto F3 = [&](uint32_t a, uint32_t b, uint32_t c) __attribute__((always_inline)) {
    out.push_back(FeatureKey(++id, a, b, c));
  };
  F1(0);
  F1(s0w), F1(s0t), F2(s0w, s0t);
  F1(s1w), F1(s1t), F2(s1w, s1t);
  F1(b0w), F1(b0t), F2(b0w, b0t);
  F1(b1w), F1(b1t), F2(b1w, b1t);
  F1(b2t), F1(s2t);
  F2(s0w, b0w), F2(s0t, b0t), F3(s0w, s0t, b0t), F3(s0t, b0w, b0t), F2(s0w, b0t), F2(s0t, b0w);
  F3(Mix(s0w, s0t), b0w, b0t);
  F2(s1w, s0w), F2(s1t, s0t), F2(s1t, s0w), F2(s1w, s0t), F3(Mix(s1w, s1t), s0w, s0t);
  F2(b0t, b1t), F3(b0t, b1t, b2t), F3(s0t, b0t, b1t), F3(s1t, s0t, b0t), F3(s2t, s1t, s0t);
  F3(s0t, T(s0l), b0t), F3(s0t, T(s0r), b0t), F3(s1t, s0t, T(s0l)), F3(s1t, T(s1r), s0t);
  F3(s0t, b0t, T(b0l)), F3(s1t, s0t, T(s0r)), F3(s1t, T(s1l), s0t);
  F2(T(s0l), L(s0l)), F2(T(s0r), L(s0r)), F2(T(b0l), L(b0l)), F2(T(s1r), L(s1r));
  F2(W(s0l), T(s0l)), F2(W(s0r), T(s0r)), F2(W(b0l), T(b0l)), F2(W(s1r), L(s1r));
  F3(s0t, L(s0l), L(lc2(s0))), F3(s0t, L(s0r), L(rc2(s0))), F3(b0t, L(b0l), L(lc2(b0)));
  F3(s1t, L(s1r), L(rc2(s1)));
  const uint32_t d01 = DistanceBucket(s0, b0), d10 = DistanceBucket(s1, s0);
  F2(d01, s0w), F3(d01, s0t, b0t), F2(d01, b0w), F3(d10, s1t, s0t), F2(d10, s1w), F2(d10, s0w);
  F2(s0w, nl(s0)), F2(s0w, nr(s0)), F3(s0t, nl(s0), nr(s0)), F2(b0w, nl(b0)), F2(b0t, nl(b0));
  F2(s1t, nr(s1)), F2(s1w, nr(s1));
  F2(s0t, s0 < 0 ? 0u : left_labels_[s0]), F2(s0t, s0 < 0 ? 0u : right_labels_[s0]);
  F2(b0t, b0 < 0 ? 0u : left_labels_[b0]), F2(s1t, s1 < 0 ? 0u : right_labels_[s1]);
  F3(s0t, b0t, b0 < 0 ? 0u : static_cast<uint32_t>(b0 == n_));
  F3(s0w, b0w, b0t), F3(s0w, s0t, b0w);
  // Surface neighbours: the word right of s0 and the word left of b0.
  const int s0next = s0 > 0 && s0 + 1 < b0 ? s0 + 1 : -1;
  const int b0prev = b0 > 1 && b0 - 1 != s0 ? b0 - 1 : -1;
  F3(s0t, T(s0next), b0t), F3(T(b0prev), b0t, s0t), F2(W(b0prev), b0t), F2(s0w, T(s0next));
  F1(W(s2)), F3(b1t, b2t, T(B(3))), F2(W(rc1(s0)), L(rc1(s0))), F2(T(lc2(b0)), L(lc2(b0)));
  F3(s0t, s1t, s2 < 0 ? 0u : T(rc1(s1)));
}

int Parser::BestValid(const ParseState& state, const int32_t* scores) const {
  int best = -1;
  int32_t best_score = std::numeric_limits<int32_t>::min();
  auto consider = [&](int t) {
    if (scores[t] > best_score) best = t, best_score = scores[t];
  };
  if (state.CanShift()) consider(0);
  if (state.CanLeft())
    for (int l = 0; l < num_labels(); ++l)
      if (l != root_label_) consider(1 + 2 * l);
  if (state.CanRight()) {
    if (state.RightIsRoot()) {
      consider(2 + 2 * root_label_);
    } else {
      for (int l = 0; l < num_labels(); ++l)
        if (l != root_label_) consider(2 + 2 * l);
    }
  }
  return best;
}

void Parser::Apply(ParseState& state, int transition) const {
  if (transition == 0) {
    state.Shift();
  } else if (transition % 2 == 1) {
    state.Left((transition - 1) / 2);
  } else {
    state.Right((transition - 2) / 2);
  }
}

void Parser::Parse(const std::vector<uint32_t>& word_keys, const std::vector<int>& tags,
                   std::vector<int>& heads, std::vector<int>& labels) const {
  ParseState state;
  state.Reset(word_keys, tags);
  std::vector<uint32_t> features;
  std::vector<int32_t> scores(num_transitions());
  while (!state.Terminal()) {
    // A forced move needs no scores: only SHIFT with ROOT alone on the stack, only the ROOT
    // attachment once the buffer is empty and one word is left.
    if (!state.CanLeft() && !state.CanRight()) {
      state.Shift();
      continue;
    }
    if (!state.CanShift() && state.RightIsRoot()) {
      state.Right(root_label_);
      continue;
    }
    state.Features(features);
    std::fill(scores.begin(), scores.end(), 0);
    weights_.Score(features.data(), features.size(), scores.data());
    Apply(state, BestValid(state, scores.data()));
  }
  heads = state.heads();
  labels = state.labels();
}

void Parser::Write(ByteWriter& out) const {
  out.Var(labels_.size());
  for (const std::string& l : labels_) out.Str(l);
  out.Var(static_cast<uint64_t>(root_label_));
  weights_.Write(out);
}

Status Parser::Read(ByteReader& in) {
  size_t n = in.Count(1000, "at most 1000 dependency labels");
  labels_.resize(n);
  for (std::string& l : labels_) l = in.Str();
  root_label_ = static_cast<int>(in.Count(n ? n - 1 : 0, "a root label id"));
  if (!in.ok()) return in.status();
  if (n == 0) return Status::Invalid("parser has no labels");
  DYAD_RETURN_IF_ERROR(weights_.Read(in));
  if (weights_.num_classes() != num_transitions())
    return Status::Invalid("parser weights have " + std::to_string(weights_.num_classes()) +
                           " classes, expected " + std::to_string(num_transitions()));
  return Status::Ok();
}

}  // namespace dyad::nlp
