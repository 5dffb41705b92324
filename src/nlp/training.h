// Training of the tagger, lemmatizer and parser from CoNLL-U (`dyad nlp train`).
// Deterministic: a fixed seed drives every shuffle and exploration choice.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

namespace dyad::nlp {

using TrainLog = std::function<void(const std::string&)>;

struct TrainOptions {
  int tagger_epochs = 8;
  // Tagger trainings over differently shuffled train, whose averaged weights are summed (a
  // bagged ensemble in one model). 5 runs: test UPOS 95.22 -> 95.46, lemma 96.88 -> 96.97,
  // but the parser on its jackknifed tags fell under its test UAS floor (85.14), so 1.
  int tagger_runs = 1;
  // Runs of the jackknife fold taggers whose tags the parser learns from; 0: tagger_runs. With
  // 1 here and more runs above, the parser is the one trained on 1-run tags.
  int fold_tagger_runs = 0;
  int parser_epochs = 15;
  // Parser trainings with different shuffles and exploration, averaged weights summed (as for
  // the tagger): the same features and parsing cost, a bagged ensemble.
  int parser_runs = 1;
  int jackknife_folds = 4;   // parser trains on tags predicted by taggers that never saw them
  int tagger_min_count = 2;  // features seen less often in the counting pass get no weights
  int parser_min_count = 2;
  uint32_t seed = 1;
};

// Visits 0..n-1 in an order shuffled by rng; portable (no std::shuffle).
std::vector<size_t> ShuffledOrder(size_t n, std::mt19937& rng);

// Trains `runs` perceptrons over the features `keep` (train_run(trainer, run) does one run's
// epochs) and returns their averaged weights summed into one table: a bagged ensemble that
// scores at the cost of one model (--tagger-runs, --parser-runs).
WeightTable SummedRuns(int runs, int classes, const std::vector<uint32_t>& keep,
                       const std::function<void(PerceptronTrainer&, int)>& train_run);

class TaggerTrainer {
 public:
  static Tagger Train(const std::vector<const ConlluSentence*>& train, const TrainOptions& options,
                      const TrainLog& log);
};

// One line of data/nlp/irregular_verbs.txt: a base and its past forms.
struct IrregularVerb {
  std::string base;
  std::vector<std::string> past, participle;
};

// Reads base<TAB>past<TAB>participle lines (alternatives joined by '/', '#' comments).
Result<std::vector<IrregularVerb>> ReadIrregularVerbs(const std::string& path);

// The irregular verb list shipped in data/nlp/.
std::string DefaultIrregularVerbsPath();

class LemmatizerTrainer {
 public:
  // tags[s][i] is the tagger's id for word i of train[s] (gold tags mapped to ids);
  // xpos_of_tag names each id's Penn tag.
  static Lemmatizer Train(const std::vector<const ConlluSentence*>& train,
                          const std::vector<std::vector<int>>& tags,
                          const std::vector<std::string>& xpos_of_tag,
                          const std::vector<IrregularVerb>& irregular);
};

class ParserTrainer {
 public:
  static Parser Train(const std::vector<const ConlluSentence*>& train,
                      const std::vector<std::vector<int>>& tags, const TrainOptions& options,
                      const TrainLog& log);
};

// The tag id of each gold (UPOS, XPOS) pair under `tagger`'s classes, or -1 when unseen.
std::vector<int> GoldTagIds(const Tagger& tagger, const ConlluSentence& sentence);

}  // namespace dyad::nlp

namespace dyad::nlp {

class Model;

// Trains tagger, lemmatizer and parser on `train` (the parser on jackknifed predicted tags).
// origin[s], when given, names the sentence that train[s] copies (see AppendCopies): copies of
// one sentence share its jackknife fold, so no fold tagger has seen the sentence it tags.
std::unique_ptr<Model> TrainModel(const std::vector<ConlluSentence>& train,
                                  const std::string& description, const TrainOptions& options,
                                  const TrainLog& log, const std::vector<size_t>& origin = {});

// Appends `copies` copies of `extra` to `train` (copy after copy, in file order) and extends
// `origin` (each sentence's own index, or for a copy the index of its first copy) for TrainModel.
void AppendCopies(std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& extra,
                  int copies, std::vector<size_t>& origin);

}  // namespace dyad::nlp
