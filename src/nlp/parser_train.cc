// Parser training with the arc-hybrid dynamic oracle (Goldberg & Nivre 2013).
//
// Gold trees are first made projective by lifting each crossing arc to its head's head. The
// cost of a transition is the number of gold arcs it makes unreachable:
//   SHIFT    dependents of b0 on the stack, plus b0's head if on the stack below s0;
//   LEFT-l   dependents of s0 in the buffer, plus s0's head if it is s1 or in the buffer
//            after b0, plus 1 if b0 is s0's head but l is the wrong label;
//   RIGHT-l  dependents of s0 in the buffer, plus s0's head if in the buffer, plus 1 for a
//            wrong label under the right head.
// Each step the model's best transition is compared with the best-scoring zero-cost one and
// the weights updated when they differ; after the first epoch the parser follows its own
// prediction 90% of the time (exploration), so it learns to recover from its mistakes.
#include <algorithm>
#include <chrono>
#include <map>
#include <unordered_map>

#include "nlp/training.h"

namespace dyad::nlp {
namespace {

struct GoldTree {
  std::vector<uint32_t> word_keys;  // index 0 is ROOT
  std::vector<int> tags;
  std::vector<int> heads;
  std::vector<int> labels;
};

bool Dominates(const std::vector<int>& heads, int h, int k) {
  for (int steps = 0; k > 0 && steps < static_cast<int>(heads.size()); ++steps) {
    if (k == h) return true;
    k = heads[k];
  }
  return k == h;
}

void Projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  for (int round = 0; round < n * n + 1; ++round) {
    int lift = -1, lift_span = 1 << 30;
    for (int d = 1; d <= n; ++d) {
      int h = heads[d];
      int lo = std::min(h, d), hi = std::max(h, d);
      for (int k = lo + 1; k < hi; ++k)
        if (!Dominates(heads, h, k)) {
          if (hi - lo < lift_span) lift = d, lift_span = hi - lo;
          break;
        }
    }
    if (lift < 0) return;
    heads[lift] = heads[heads[lift]];
  }
}

class Oracle {
 public:
  Oracle(const GoldTree& gold, int root_label) : gold_(gold), root_label_(root_label) {}

  int Cost(const ParseState& st, int transition) const {
    const int s0 = st.S(0), s1 = st.S(1), b = st.buffer(), n = st.n();
    const std::vector<int>& gh = gold_.heads;
    if (transition == 0) {
      int cost = 0;
      for (int s : st.stack()) {
        if (s == 0) continue;
        if (gh[s] == b) ++cost;
      }
      if (gh[b] != s0)
        for (int s : st.stack())
          if (s == gh[b]) ++cost;
      return cost;
    }
    int deps_in_buffer = 0;
    for (int d = b; d <= n; ++d) deps_in_buffer += gh[d] == s0;
    const int label = (transition - 1) / 2;
    if (transition % 2 == 1) {
      int cost = deps_in_buffer + ((gh[s0] == s1 || gh[s0] > b) ? 1 : 0);
      if (gh[s0] == b && label != gold_.labels[s0]) ++cost;
      return cost;
    }
    int cost = deps_in_buffer + (gh[s0] >= b && b <= n ? 1 : 0);
    if (gh[s0] == s1 && label != gold_.labels[s0]) ++cost;
    (void)root_label_;
    return cost;
  }

 private:
  const GoldTree& gold_;
  int root_label_;
};

void ValidTransitions(const Parser& parser, const ParseState& st, std::vector<int>& out) {
  out.clear();
  if (st.CanShift()) out.push_back(0);
  if (st.CanLeft())
    for (int l = 0; l < parser.num_labels(); ++l)
      if (l != parser.root_label()) out.push_back(1 + 2 * l);
  if (st.CanRight()) {
    if (st.RightIsRoot()) {
      out.push_back(2 + 2 * parser.root_label());
    } else {
      for (int l = 0; l < parser.num_labels(); ++l)
        if (l != parser.root_label()) out.push_back(2 + 2 * l);
    }
  }
}

}  // namespace

Parser ParserTrainer::Train(const std::vector<const ConlluSentence*>& train,
                            const std::vector<std::vector<int>>& tags,
                            const TrainOptions& options, const TrainLog& log) {
  Parser parser;
  std::map<std::string, int> label_counts;
  for (const ConlluSentence* s : train)
    for (const ConlluWord& w : s->words) ++label_counts[w.deprel];
  std::vector<std::pair<std::string, int>> by_count(label_counts.begin(), label_counts.end());
  std::stable_sort(by_count.begin(), by_count.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::map<std::string, int> label_id;
  for (const auto& [name, count] : by_count) {
    label_id[name] = static_cast<int>(parser.labels_.size());
    parser.labels_.push_back(name);
  }
  parser.root_label_ = label_id.count("root") ? label_id["root"] : 0;

  std::vector<GoldTree> trees(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    GoldTree& t = trees[s];
    const auto& words = train[s]->words;
    t.word_keys.assign(1, 0);
    t.tags.assign(1, -1);
    t.heads.assign(1, -1);
    t.labels.assign(1, -1);
    for (size_t i = 0; i < words.size(); ++i) {
      WordAttributes a;
      ComputeAttributes(words[i].form, a);
      t.word_keys.push_back(a.lower);
      t.tags.push_back(std::max(tags[s][i], 0));
      t.heads.push_back(words[i].head);
      t.labels.push_back(label_id[words[i].deprel]);
    }
    Projectivize(t.heads);
  }

  const int classes = parser.num_transitions();
  std::vector<uint32_t> feats;
  std::vector<int> valid;
  ParseState st;
  // Counting pass along the oracle's path.
  std::unordered_map<uint32_t, int> counts;
  for (const GoldTree& t : trees) {
    Oracle oracle(t, parser.root_label_);
    st.Reset(t.word_keys, t.tags);
    while (!st.Terminal()) {
      st.Features(feats);
      for (uint32_t f : feats) ++counts[f];
      ValidTransitions(parser, st, valid);
      int best = valid[0], best_cost = 1 << 30;
      for (int tr : valid) {
        int c = oracle.Cost(st, tr);
        if (c < best_cost || (c == best_cost && best == 0)) best = tr, best_cost = c;
      }
      parser.Apply(st, best);
    }
  }
  std::vector<uint32_t> keep;
  for (const auto& [key, c] : counts)
    if (c >= options.parser_min_count) keep.push_back(key);
  std::sort(keep.begin(), keep.end());
  log("parser: " + std::to_string(parser.num_labels()) + " labels, " +
      std::to_string(keep.size()) + " of " + std::to_string(counts.size()) + " features kept");
  counts = {};

  // Each run shuffles and explores differently; the runs' averaged weights are summed.
  std::vector<float> scores(classes);
  std::vector<int> costs(classes);
  parser.weights_ = SummedRuns(options.parser_runs, classes, keep, [&](PerceptronTrainer& trainer, int run) {
    std::mt19937 rng(options.seed + 17 + static_cast<uint32_t>(run) * 7919u);
    for (int epoch = 0; epoch < options.parser_epochs; ++epoch) {
      auto start = std::chrono::steady_clock::now();
      size_t steps = 0, wrong = 0;
      for (size_t s : ShuffledOrder(trees.size(), rng)) {
        const GoldTree& t = trees[s];
        Oracle oracle(t, parser.root_label_);
        st.Reset(t.word_keys, t.tags);
        while (!st.Terminal()) {
          st.Features(feats);
          std::fill(scores.begin(), scores.end(), 0.0f);
          trainer.Score(feats.data(), feats.size(), scores.data());
          ValidTransitions(parser, st, valid);
          int pred = -1, gold = -1, min_cost = 1 << 30;
          for (int tr : valid) {
            costs[tr] = oracle.Cost(st, tr);
            min_cost = std::min(min_cost, costs[tr]);
            if (pred < 0 || scores[tr] > scores[pred]) pred = tr;
          }
          for (int tr : valid)
            if (costs[tr] == min_cost && (gold < 0 || scores[tr] > scores[gold])) gold = tr;
          if (costs[pred] > min_cost) {
            trainer.Update(feats.data(), feats.size(), gold, pred);
            ++wrong;
          }
          trainer.Tick();
          ++steps;
          bool explore = epoch > 0 && rng() % 10 < 9;
          parser.Apply(st, explore ? pred : gold);
        }
      }
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      log("parser run " + std::to_string(run + 1) + " epoch " + std::to_string(epoch + 1) + ": " +
          std::to_string(100.0 * (1.0 - static_cast<double>(wrong) / static_cast<double>(steps))) +
          "% transitions right, " + std::to_string(secs) + " s");
    }
  });
  return parser;
}

}  // namespace dyad::nlp
