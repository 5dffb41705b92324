// Orchestrates training: the tagger on all of train; k taggers on k-1 folds each to tag the
// fold they did not see (jackknifing), so the parser learns from tags as noisy as the ones it
// will get; the lemmatizer from gold tags; the parser from the jackknifed tags.
#include <algorithm>
#include <chrono>

#include "base/paths.h"
#include "nlp/model.h"
#include "nlp/training.h"

namespace dyad::nlp {

WeightTable SummedRuns(int runs, int classes, const std::vector<uint32_t>& keep,
                       const std::function<void(PerceptronTrainer&, int)>& train_run) {
  std::vector<float> averages(keep.size() * static_cast<size_t>(classes), 0.0f);
  PerceptronTrainer trainer(classes, keep);
  for (int run = 0; run < std::max(1, runs); ++run) {
    if (run > 0) trainer = PerceptronTrainer(classes, keep);
    train_run(trainer, run);
    trainer.AddAverageTo(averages);
  }
  return trainer.TableOf(averages);
}

std::string DefaultIrregularVerbsPath() { return DataPath("nlp/irregular_verbs.txt"); }

void AppendCopies(std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& extra,
                  int copies, std::vector<size_t>& origin) {
  while (origin.size() < train.size()) origin.push_back(origin.size());
  const size_t first = train.size();
  for (int c = 0; c < copies; ++c) {
    for (size_t e = 0; e < extra.size(); ++e) {
      train.push_back(extra[e]);
      origin.push_back(first + e);
    }
  }
}

std::unique_ptr<Model> TrainModel(const std::vector<ConlluSentence>& train,
                                  const std::string& description, const TrainOptions& options,
                                  const TrainLog& log, const std::vector<size_t>& origin) {
  auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::to_string(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()) + " s";
  };
  std::vector<const ConlluSentence*> all;
  for (const ConlluSentence& s : train) all.push_back(&s);
  Tagger tagger = TaggerTrainer::Train(all, options, log);
  log("tagger trained at " + elapsed());

  std::vector<std::vector<int>> gold_tags(train.size());
  for (size_t s = 0; s < train.size(); ++s) gold_tags[s] = GoldTagIds(tagger, train[s]);
  std::vector<std::string> xpos_of_tag;
  for (int t = 0; t < tagger.num_tags(); ++t) xpos_of_tag.push_back(tagger.Xpos(t));
  std::vector<IrregularVerb> irregular;
  if (auto list = ReadIrregularVerbs(DefaultIrregularVerbsPath()); list.ok()) {
    irregular = std::move(list.value());
  } else {
    log("lemmatizer: warning: " + list.status().message() + "; training without it");
  }
  Lemmatizer lemmatizer = LemmatizerTrainer::Train(all, gold_tags, xpos_of_tag, irregular);
  log("lemmatizer trained at " + elapsed() + " (" + std::to_string(irregular.size()) +
      " irregular verbs)");

  std::vector<std::vector<int>> parser_tags = gold_tags;
  const int folds = options.jackknife_folds;
  if (folds >= 2) {
    TrainLog quiet = [](const std::string&) {};
    TrainOptions fold_options = options;
    if (options.fold_tagger_runs > 0) fold_options.tagger_runs = options.fold_tagger_runs;
    for (int fold = 0; fold < folds; ++fold) {
      std::vector<const ConlluSentence*> rest;
      std::vector<size_t> held;
      for (size_t s = 0; s < train.size(); ++s) {
        size_t key = origin.empty() ? s : origin[s];
        if (static_cast<int>(key % folds) == fold) {
          held.push_back(s);
        } else {
          rest.push_back(&train[s]);
        }
      }
      Tagger fold_tagger = TaggerTrainer::Train(rest, fold_options, quiet);
      size_t right = 0, total = 0;
      std::vector<WordAttributes> attrs;
      std::vector<int> tags;
      for (size_t s : held) {
        attrs.resize(train[s].words.size());
        for (size_t i = 0; i < attrs.size(); ++i) ComputeAttributes(train[s].words[i].form, attrs[i]);
        fold_tagger.Tag(attrs, tags);
        for (size_t i = 0; i < tags.size(); ++i) {
          // Map the fold tagger's class to the full tagger's by name.
          int id = -1;
          for (int t = 0; t < tagger.num_tags() && id < 0; ++t)
            if (tagger.Upos(t) == fold_tagger.Upos(tags[i]) && tagger.Xpos(t) == fold_tagger.Xpos(tags[i]))
              id = t;
          parser_tags[s][i] = id;
          right += id == gold_tags[s][i];
          ++total;
        }
      }
      log("jackknife fold " + std::to_string(fold + 1) + ": tag accuracy " +
          std::to_string(100.0 * static_cast<double>(right) / static_cast<double>(total)) + " at " + elapsed());
    }
  }
  Parser parser = ParserTrainer::Train(all, parser_tags, options, log);
  log("parser trained at " + elapsed());
  return ModelBuilder::Build(description, std::move(tagger), std::move(lemmatizer), std::move(parser));
}

}  // namespace dyad::nlp
