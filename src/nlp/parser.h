// Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with an averaged perceptron over
// joint labeled transitions, trained with Goldberg & Nivre's dynamic oracle (parser_train.cc).
// The configuration is a stack (ROOT at the bottom) and a buffer of the words not yet pushed:
//   SHIFT      push the first buffer word b0;
//   LEFT-l     pop s0 and make it an l-dependent of b0;
//   RIGHT-l    pop s0 and make it an l-dependent of s1.
// A word attaches to ROOT only once the buffer is empty, so each parse has exactly one root.
// Features follow Zhang & Nivre (2011): words, tags, child labels, distance and valency around
// s0, s1, s2, b0, b1, b2.
#pragma once

#include <string>
#include <vector>

#include "nlp/byte_io.h"
#include "nlp/perceptron.h"
#include "nlp/word_shape.h"

namespace dyad::nlp {

// The parse state; public so that the trainer can run the same transitions.
class ParseState {
 public:
  // words: 1..n (index 0 is ROOT); word_keys and tags hold n+1 entries.
  void Reset(const std::vector<uint32_t>& word_keys, const std::vector<int>& tags);
  bool Terminal() const { return buffer_ > n_ && stack_.size() == 1; }
  bool CanShift() const { return buffer_ <= n_; }
  bool CanLeft() const { return buffer_ <= n_ && stack_.size() >= 2; }
  bool CanRight() const { return stack_.size() >= 3 || (stack_.size() == 2 && buffer_ > n_); }
  // True when a RIGHT now attaches to ROOT (it must carry the root label then).
  bool RightIsRoot() const { return stack_.size() == 2; }
  void Shift();
  void Left(int label);
  void Right(int label);
  void Features(std::vector<uint32_t>& out) const;

  int n() const { return n_; }
  int S(size_t k) const { return stack_.size() > k ? stack_[stack_.size() - 1 - k] : -1; }
  int B(int k) const { return buffer_ + k <= n_ ? buffer_ + k : -1; }
  int buffer() const { return buffer_; }
  const std::vector<int>& stack() const { return stack_; }
  const std::vector<int>& heads() const { return head_; }
  const std::vector<int>& labels() const { return label_; }

 private:
  void Attach(int head, int dep, int label);
  int n_ = 0;
  int buffer_ = 1;
  std::vector<int> stack_;
  const uint32_t* word_ = nullptr;
  const int* tag_ = nullptr;
  std::vector<int> head_, label_;
  std::vector<int> left1_, left2_, right1_, right2_;  // closest children on each side
  std::vector<int> nleft_, nright_;
  std::vector<uint32_t> left_labels_, right_labels_;  // hashed label sets
};

class Parser {
 public:
  int num_labels() const { return static_cast<int>(labels_.size()); }
  const std::string& Label(int id) const { return labels_[id]; }
  int root_label() const { return root_label_; }
  // Transition ids: 0 SHIFT, 1 + 2l LEFT-l, 2 + 2l RIGHT-l.
  int num_transitions() const { return 1 + 2 * num_labels(); }
  // Parses words 1..n; heads[i] (0 = ROOT) and labels[i] for i in 1..n.
  void Parse(const std::vector<uint32_t>& word_keys, const std::vector<int>& tags,
             std::vector<int>& heads, std::vector<int>& labels) const;
  // The best transition allowed in `state` under `scores`.
  int BestValid(const ParseState& state, const int32_t* scores) const;
  void Apply(ParseState& state, int transition) const;
  void Write(ByteWriter& out) const;
  Status Read(ByteReader& in);

 private:
  friend class ParserTrainer;
  std::vector<std::string> labels_;
  int root_label_ = 0;
  WeightTable weights_;
};

}  // namespace dyad::nlp
