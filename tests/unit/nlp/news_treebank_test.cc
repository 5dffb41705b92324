// data/nlp/news_en.conllu, our own news treebank (docs/nlp.md): it must read, every tree must be
// a single-rooted projective tree with heads in range, and the committed model, which was
// trained on it, must still analyse it well. Also `dyad nlp train --extra`'s copying.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "base/paths.h"
#include "nlp/byte_io.h"
#include "nlp/conllu.h"
#include "nlp/evaluate.h"
#include "nlp/model.h"
#include "nlp/training.h"

namespace dyad::nlp {
namespace {

std::string NewsTreebankPath() { return DataPath("nlp/news_en.conllu"); }

// Regression floors for the committed model on the news treebank (gold tokenization), just
// under what it scores. The committed model is trained on EWT alone (docs/nlp.md, "The news
// treebank", says why), so these sentences are unseen: UPOS 96.89, UAS 89.49 on 2026-11-28
// (with the perfect-auxiliary repair; 96.78 / 89.30 without). A model trained with them
// (--extra, 2 copies) scores about 99.9 on both.
constexpr double kNewsUposFloor = 96.7;
constexpr double kNewsUasFloor = 89.3;

// True when no arc crosses another: every word between a head and its dependent descends
// from that head.
bool Projective(const std::vector<ConlluWord>& words) {
  auto descends = [&](int w, int ancestor) {
    for (size_t steps = 0; w != 0 && steps <= words.size(); ++steps) {
      if (w == ancestor) return true;
      w = words[w - 1].head;
    }
    return w == ancestor;
  };
  for (int d = 1; d <= static_cast<int>(words.size()); ++d) {
    int h = words[d - 1].head;
    for (int k = std::min(d, h) + 1; k < std::max(d, h); ++k)
      if (h != 0 && !descends(k, h)) return false;
  }
  return true;
}

TEST(NewsTreebank, EveryTreeIsWellFormed) {
  auto bank = ReadConllu(NewsTreebankPath());
  ASSERT_TRUE(bank.ok()) << bank.status().message();
  EXPECT_GE(bank->size(), 300u);
  const std::set<std::string> upos = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
                                      "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
  for (size_t s = 0; s < bank->size(); ++s) {
    const ConlluSentence& sentence = (*bank)[s];
    SCOPED_TRACE("sentence " + std::to_string(s + 1) + ": " + sentence.text);
    ASSERT_FALSE(sentence.words.empty());
    EXPECT_FALSE(sentence.text.empty());
    const int n = static_cast<int>(sentence.words.size());
    int roots = 0;
    for (int i = 1; i <= n; ++i) {
      const ConlluWord& w = sentence.words[i - 1];
      EXPECT_GE(w.head, 0);
      EXPECT_LE(w.head, n);
      EXPECT_NE(w.head, i) << w.form;
      EXPECT_TRUE(upos.count(w.upos)) << w.form << " " << w.upos;
      EXPECT_FALSE(w.xpos.empty() || w.xpos == "_") << w.form;
      EXPECT_FALSE(w.lemma.empty() || w.lemma == "_") << w.form;
      EXPECT_EQ(w.head == 0, w.deprel == "root") << w.form << " " << w.deprel;
      roots += w.head == 0;
    }
    EXPECT_EQ(roots, 1);
    // Every word reaches the root (no cycles).
    for (int i = 1; i <= n; ++i) {
      int w = i;
      for (int steps = 0; w != 0 && steps <= n; ++steps) w = sentence.words[w - 1].head;
      EXPECT_EQ(w, 0) << "word " << i << " is on a cycle";
    }
    EXPECT_TRUE(Projective(sentence.words));
  }
}

// The floors (a little under what the committed model scores) catch a worse model on news
// sentences or a broken reader.
TEST(NewsTreebank, CommittedModelAnalysesIt) {
  auto model = LoadModel(DefaultModelPath());
  ASSERT_TRUE(model.ok()) << model.status().message();
  auto bank = ReadConllu(NewsTreebankPath());
  ASSERT_TRUE(bank.ok()) << bank.status().message();
  EvalReport r = Evaluate(**model, *bank);
  EXPECT_EQ(r.token_f1, 100.0);
  EXPECT_GE(r.upos, kNewsUposFloor);
  EXPECT_GE(r.uas, kNewsUasFloor);
}

// --fold-tagger-runs: the parser learns from the jackknife fold taggers' tags only, so with
// 1-run fold taggers it is the 1-run model's parser whatever the run-time tagger's runs; with
// 3-run fold taggers (the default for --tagger-runs 3) the tags, and so the parser, differ.
TEST(NewsTreebank, FoldTaggerRunsDecideTheParser) {
  auto bank = ReadConllu(NewsTreebankPath());
  ASSERT_TRUE(bank.ok()) << bank.status().message();
  auto train = [&](int runs, int fold_runs) {
    TrainOptions o;
    o.tagger_epochs = 2;
    o.parser_epochs = 1;
    o.tagger_runs = runs;
    o.fold_tagger_runs = fold_runs;
    auto m = TrainModel(*bank, "news", o, [](const std::string&) {});
    ByteWriter parser, tagger;
    m->parser().Write(parser);
    m->tagger().Write(tagger);
    return std::make_pair(parser.bytes(), tagger.bytes());
  };
  auto one = train(1, 0), three_on_one = train(3, 1), three = train(3, 0);
  EXPECT_EQ(three_on_one.first, one.first);
  EXPECT_NE(three_on_one.second, one.second);  // the run-time tagger is the 3-run one
  EXPECT_NE(three.first, one.first);
}

// `dyad nlp eval --predictions`: one line per gold word, and the written analysis scores what
// the report says.
TEST(NewsTreebank, PredictionsAgreeWithTheReport) {
  auto model = LoadModel(DefaultModelPath());
  ASSERT_TRUE(model.ok()) << model.status().message();
  auto bank = ReadConllu(NewsTreebankPath());
  ASSERT_TRUE(bank.ok()) << bank.status().message();
  std::string text;
  EvalReport r = Evaluate(**model, *bank, &text);
  std::string path = (std::filesystem::temp_directory_path() / "dyad_news_predictions.conllu").string();
  std::ofstream(path, std::ios::binary) << text;
  auto pred = ReadConllu(path);
  std::filesystem::remove(path);
  ASSERT_TRUE(pred.ok()) << pred.status().message();
  ASSERT_EQ(pred->size(), bank->size());
  size_t words = 0, lemma = 0, uas = 0;
  for (size_t s = 0; s < bank->size(); ++s) {
    ASSERT_EQ((*pred)[s].words.size(), (*bank)[s].words.size()) << "sentence " << s;
    for (size_t i = 0; i < (*bank)[s].words.size(); ++i) {
      const ConlluWord& g = (*bank)[s].words[i];
      const ConlluWord& p = (*pred)[s].words[i];
      EXPECT_EQ(p.form, g.form);
      ++words;
      lemma += p.lemma == g.lemma;
      uas += p.head == g.head;
    }
  }
  EXPECT_EQ(words, r.words);
  EXPECT_NEAR(100.0 * static_cast<double>(lemma) / static_cast<double>(words), r.lemma, 1e-9);
  EXPECT_NEAR(100.0 * static_cast<double>(uas) / static_cast<double>(words), r.uas, 1e-9);
  EXPECT_LT(r.uas, 100.0);  // the comparison above must have had errors to find
}

TEST(NewsTreebank, AppendCopiesKeepsCopiesInOneFold) {
  std::vector<ConlluSentence> train(5), extra(2);
  extra[0].text = "a";
  extra[1].text = "b";
  std::vector<size_t> origin;
  AppendCopies(train, extra, 3, origin);
  ASSERT_EQ(train.size(), 11u);
  ASSERT_EQ(origin.size(), 11u);
  for (size_t s = 0; s < 5; ++s) EXPECT_EQ(origin[s], s);
  for (size_t c = 0; c < 3; ++c) {
    EXPECT_EQ(train[5 + 2 * c].text, "a");
    EXPECT_EQ(train[6 + 2 * c].text, "b");
    EXPECT_EQ(origin[5 + 2 * c], 5u);
    EXPECT_EQ(origin[6 + 2 * c], 6u);
  }
  AppendCopies(train, extra, 0, origin);
  EXPECT_EQ(train.size(), 11u);
}

}  // namespace
}  // namespace dyad::nlp
