// Tagger training: tag classes and lexicon from counts, a counting pass that keeps features
// seen at least tagger_min_count times, then epochs of greedy tagging over shuffled
// sentences with a perceptron update at every mistake, and averaging at the end; repeated
// over tagger_runs shuffles, whose averaged weights are summed.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "nlp/training.h"

namespace dyad::nlp {
namespace {

constexpr int kLexiconMinCount = 2;
constexpr int kSureMinCount = 20;
constexpr double kSureShare = 0.995;
constexpr double kAmbiguityShare = 0.05;

std::string TagKey(const ConlluWord& w) { return w.upos + "\t" + w.xpos; }

}  // namespace

std::vector<size_t> ShuffledOrder(size_t n, std::mt19937& rng) {
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  for (size_t i = n; i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
  return order;
}

std::vector<int> GoldTagIds(const Tagger& tagger, const ConlluSentence& sentence) {
  std::vector<int> ids;
  for (const ConlluWord& w : sentence.words) {
    int id = -1;
    for (int t = 0; t < tagger.num_tags(); ++t)
      if (tagger.Upos(t) == w.upos && tagger.Xpos(t) == w.xpos) id = t;
    ids.push_back(id);
  }
  return ids;
}

Tagger TaggerTrainer::Train(const std::vector<const ConlluSentence*>& train,
                            const TrainOptions& options, const TrainLog& log) {
  Tagger tagger;
  // Classes, most frequent first (ties by name) so ids are stable.
  std::map<std::string, int> tag_counts;
  for (const ConlluSentence* s : train)
    for (const ConlluWord& w : s->words) ++tag_counts[TagKey(w)];
  std::vector<std::pair<std::string, int>> by_count(tag_counts.begin(), tag_counts.end());
  std::stable_sort(by_count.begin(), by_count.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::map<std::string, int> tag_id;
  for (const auto& [key, count] : by_count) {
    size_t tab = key.find('\t');
    tag_id[key] = static_cast<int>(tagger.upos_.size());
    tagger.upos_.push_back(key.substr(0, tab));
    tagger.xpos_.push_back(key.substr(tab + 1));
  }
  const int num_tags = tagger.num_tags();

  // Sentences as attributes and gold ids.
  std::vector<std::vector<WordAttributes>> attrs(train.size());
  std::vector<std::vector<int>> gold(train.size());
  std::map<uint32_t, std::map<int, int>> word_tags;
  for (size_t s = 0; s < train.size(); ++s) {
    for (const ConlluWord& w : train[s]->words) {
      WordAttributes a;
      ComputeAttributes(w.form, a);
      attrs[s].push_back(a);
      int id = tag_id[TagKey(w)];
      gold[s].push_back(id);
      ++word_tags[a.lower][id];
    }
  }
  for (const auto& [word, counts] : word_tags) {
    int total = 0, best = -1, best_count = 0;
    for (const auto& [tag, c] : counts) {
      total += c;
      if (c > best_count) best = tag, best_count = c;
    }
    if (total < kLexiconMinCount) continue;
    Tagger::LexiconEntry e;
    e.ambiguity = 0x12345u;
    for (const auto& [tag, c] : counts)
      if (c >= kAmbiguityShare * total) e.ambiguity = Mix(e.ambiguity, static_cast<uint32_t>(tag));
    if (total >= kSureMinCount && best_count >= kSureShare * total) e.sure_tag = best;
    tagger.lexicon_keys_.push_back(word);
    tagger.lexicon_.push_back(e);
  }
  tagger.lexicon_index_.Reserve(tagger.lexicon_keys_.size());
  for (size_t i = 0; i < tagger.lexicon_keys_.size(); ++i)
    tagger.lexicon_index_.Insert(tagger.lexicon_keys_[i], static_cast<uint32_t>(i));

  auto ambiguities = [&](size_t s, std::vector<uint32_t>& amb, std::vector<int>& sure) {
    amb.assign(attrs[s].size(), 0x2545f491u);
    sure.assign(attrs[s].size(), -1);
    for (size_t i = 0; i < attrs[s].size(); ++i)
      if (const auto* e = tagger.Lookup(attrs[s][i].lower)) amb[i] = e->ambiguity, sure[i] = e->sure_tag;
  };

  // Counting pass with gold history.
  std::unordered_map<uint32_t, int> counts;
  std::vector<uint32_t> feats, amb;
  std::vector<int> sure;
  for (size_t s = 0; s < train.size(); ++s) {
    ambiguities(s, amb, sure);
    for (size_t i = 0; i < attrs[s].size(); ++i) {
      if (sure[i] >= 0) continue;
      TaggerFeatures(attrs[s], amb, i, i > 0 ? gold[s][i - 1] : -1, i > 1 ? gold[s][i - 2] : -1,
                     feats);
      for (uint32_t f : feats) ++counts[f];
    }
  }
  std::vector<uint32_t> keep;
  for (const auto& [key, c] : counts)
    if (c >= options.tagger_min_count) keep.push_back(key);
  std::sort(keep.begin(), keep.end());
  log("tagger: " + std::to_string(num_tags) + " tags, " + std::to_string(tagger.lexicon_.size()) +
      " lexicon words, " + std::to_string(keep.size()) + " of " + std::to_string(counts.size()) +
      " features kept");
  counts = {};

  // Each run shuffles differently; the runs' averaged weights are summed into one table.
  std::vector<float> scores(num_tags);
  tagger.weights_ = SummedRuns(options.tagger_runs, num_tags, keep, [&](PerceptronTrainer& trainer, int run) {
    std::mt19937 rng(options.seed + static_cast<uint32_t>(run) * 7919u);
    for (int epoch = 0; epoch < options.tagger_epochs; ++epoch) {
      size_t correct = 0, total = 0;
      for (size_t s : ShuffledOrder(train.size(), rng)) {
        ambiguities(s, amb, sure);
        int prev = -1, prev2 = -1;
        for (size_t i = 0; i < attrs[s].size(); ++i) {
          int guess = sure[i];
          if (guess < 0) {
            TaggerFeatures(attrs[s], amb, i, prev, prev2, feats);
            std::fill(scores.begin(), scores.end(), 0.0f);
            trainer.Score(feats.data(), feats.size(), scores.data());
            guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
            if (guess != gold[s][i]) trainer.Update(feats.data(), feats.size(), gold[s][i], guess);
            trainer.Tick();
          }
          correct += guess == gold[s][i];
          ++total;
          prev2 = prev;
          prev = guess;
        }
      }
      log("tagger run " + std::to_string(run + 1) + " epoch " + std::to_string(epoch + 1) + ": train accuracy " +
          std::to_string(100.0 * static_cast<double>(correct) / static_cast<double>(total)));
    }
  });
  return tagger;
}

}  // namespace dyad::nlp
