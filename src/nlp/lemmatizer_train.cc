// Lemmatizer training: count edit scripts per (suffix, tag) for every suffix length, keep
// the most frequent script of each, then store as exceptions the (form, tag) pairs whose most
// frequent gold lemma the rules would get wrong.
#include <map>

#include "nlp/training.h"
#include "nlp/word_shape.h"

namespace dyad::nlp {

Lemmatizer LemmatizerTrainer::Train(const std::vector<const ConlluSentence*>& train,
                                    const std::vector<std::vector<int>>& tags) {
  Lemmatizer lem;
  std::map<Lemmatizer::Script, uint32_t> script_ids;
  std::map<uint32_t, std::map<uint32_t, int>> rule_counts;  // rule key -> script -> count
  std::map<std::pair<std::string, int>, std::map<std::string, int>> form_counts;
  std::map<std::pair<std::string, int>, std::map<std::string, int>> cased_forms;
  for (size_t s = 0; s < train.size(); ++s) {
    for (size_t i = 0; i < train[s]->words.size(); ++i) {
      const ConlluWord& w = train[s]->words[i];
      int tag = tags[s][i];
      if (tag < 0 || w.lemma == "_") continue;
      Lemmatizer::Script script = Lemmatizer::ScriptFor(w.form, w.lemma);
      auto [it, added] = script_ids.emplace(script, static_cast<uint32_t>(lem.scripts_.size()));
      if (added) lem.scripts_.push_back(script);
      std::string lower = AsciiLowered(w.form);
      std::string_view lv = lower;
      for (size_t k = 0; k <= std::min(Lemmatizer::kMaxSuffix, lv.size()); ++k)
        ++rule_counts[Lemmatizer::RuleKey(lv.substr(lv.size() - k), tag)][it->second];
      ++form_counts[{lower, tag}][w.lemma];
      ++cased_forms[{lower, tag}][w.form];
    }
  }
  for (const auto& [key, counts] : rule_counts) {
    uint32_t best = 0;
    int best_count = -1;
    for (const auto& [script, c] : counts)
      if (c > best_count) best = script, best_count = c;
    lem.rule_keys_.push_back(key);
    lem.rule_scripts_.push_back(best);
  }
  lem.rule_index_.Reserve(lem.rule_keys_.size());
  for (size_t i = 0; i < lem.rule_keys_.size(); ++i)
    lem.rule_index_.Insert(lem.rule_keys_[i], lem.rule_scripts_[i]);
  // Exceptions: where the rules, applied to the form as it was most often written, disagree
  // with the form's most frequent lemma.
  auto most_frequent = [](const std::map<std::string, int>& counts) {
    std::string best;
    int best_count = -1;
    for (const auto& [value, c] : counts)
      if (c > best_count) best = value, best_count = c;
    return best;
  };
  for (const auto& [form_tag, lemmas] : form_counts) {
    std::string best = most_frequent(lemmas);
    const auto& [lower, tag] = form_tag;
    if (lem.Lemma(most_frequent(cased_forms[form_tag]), tag) == best) continue;
    lem.exception_keys_.push_back(Lemmatizer::ExceptionKey(lower, tag));
    lem.exception_lemmas_.push_back(best);
  }
  lem.exception_index_.Reserve(lem.exception_keys_.size());
  for (size_t i = 0; i < lem.exception_keys_.size(); ++i)
    lem.exception_index_.Insert(lem.exception_keys_[i], static_cast<uint32_t>(i));
  return lem;
}

}  // namespace dyad::nlp
