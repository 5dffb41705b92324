// The trained parts on a tiny synthetic treebank: perceptron, lemmatizer, CoNLL-U reading,
// model file round trip and its corruption checks.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "nlp/conllu.h"
#include "nlp/model.h"
#include "nlp/perceptron.h"
#include "nlp/training.h"

namespace dyad::nlp {
namespace {

// Subject-verb-object sentences with determiners, built in code: "the dog saw a cat ."
std::vector<ConlluSentence> ToyTreebank() {
  const char* nouns[] = {"dog", "cat", "bird", "horse", "farmer", "child"};
  const char* verbs[] = {"saw", "chased", "met", "sought", "liked"};
  const char* lemmas[] = {"see", "chase", "meet", "seek", "like"};
  std::vector<ConlluSentence> out;
  for (int i = 0; i < 120; ++i) {
    ConlluSentence s;
    auto add = [&](std::string form, std::string lemma, std::string upos, std::string xpos,
                   int head, std::string rel) {
      ConlluWord w;
      w.form = std::move(form), w.lemma = std::move(lemma), w.upos = std::move(upos);
      w.xpos = std::move(xpos), w.head = head, w.deprel = std::move(rel);
      s.words.push_back(w);
    };
    const char* subj = nouns[i % 6];
    const char* obj = nouns[(i / 6 + 1 + i) % 6];
    bool plural = i % 4 == 0;
    add(i % 3 ? "the" : "The", "the", "DET", "DT", 2, "det");
    add(std::string(subj) + (plural ? "s" : ""), subj, "NOUN", plural ? "NNS" : "NN", 3, "nsubj");
    add(verbs[i % 5], lemmas[i % 5], "VERB", "VBD", 0, "root");
    add("a", "a", "DET", "DT", 5, "det");
    add(obj, obj, "NOUN", "NN", 3, "obj");
    add(".", ".", "PUNCT", ".", 3, "punct");
    out.push_back(std::move(s));
  }
  return out;
}

std::unique_ptr<Model> TrainToy(int tagger_runs = 1, int parser_runs = 1) {
  TrainOptions options;
  options.tagger_runs = tagger_runs;
  options.parser_runs = parser_runs;
  options.tagger_epochs = 3;
  options.parser_epochs = 3;
  options.jackknife_folds = 2;
  options.tagger_min_count = 1;
  options.parser_min_count = 1;
  return TrainModel(ToyTreebank(), "toy", options, [](const std::string&) {});
}

std::string TempPath(const char* name) {
  return (std::filesystem::temp_directory_path() / (std::string("dyad_nlp_") + name + "_" +
                                                    std::to_string(::getpid()))).string();
}

TEST(Perceptron, LearnsAndRoundTrips) {
  std::vector<uint32_t> keys = {11, 22, 33};
  PerceptronTrainer trainer(3, keys);
  for (int epoch = 0; epoch < 5; ++epoch)
    for (uint32_t k = 0; k < 3; ++k) {
      uint32_t f = keys[k];
      float scores[3] = {0, 0, 0};
      trainer.Score(&f, 1, scores);
      int guess = static_cast<int>(std::max_element(scores, scores + 3) - scores);
      if (guess != static_cast<int>(k)) trainer.Update(&f, 1, static_cast<int>(k), guess);
      trainer.Tick();
    }
  WeightTable table = trainer.Average();
  ByteWriter w;
  table.Write(w);
  ByteReader r(w.bytes(), "table");
  WeightTable back;
  ASSERT_TRUE(back.Read(r).ok());
  for (uint32_t k = 0; k < 3; ++k) {
    int32_t a[3] = {0, 0, 0}, b[3] = {0, 0, 0};
    table.Score(&keys[k], 1, a);
    back.Score(&keys[k], 1, b);
    EXPECT_EQ(std::max_element(a, a + 3) - a, k);
    for (int c = 0; c < 3; ++c) EXPECT_EQ(a[c], b[c]);
  }
  uint32_t unknown = 999;
  int32_t none[3] = {0, 0, 0};
  back.Score(&unknown, 1, none);
  EXPECT_EQ(none[0] + none[1] + none[2], 0);
}

TEST(Lemmatizer, ScriptsTurnFormsIntoLemmas) {
  for (auto [form, lemma] : std::vector<std::pair<std::string, std::string>>{
           {"met", "meet"}, {"studies", "study"}, {"China", "China"}, {"The", "the"}, {"was", "be"}}) {
    EXPECT_EQ(Lemmatizer::Apply(Lemmatizer::ScriptFor(form, lemma), form), lemma) << form;
  }
}

TEST(Conllu, ReadsMultiwordTokensAndSpaceAfter) {
  std::string path = TempPath("conllu");
  {
    std::ofstream out(path);
    out << "# newdoc id = d1\n# text = I don't.\n"
           "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
           "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
           "2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n"
           "3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n"
           "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  }
  auto read = ReadConllu(path);
  std::remove(path.c_str());
  ASSERT_TRUE(read.ok()) << read.status().message();
  ASSERT_EQ(read->size(), 1u);
  const ConlluSentence& s = read->front();
  EXPECT_TRUE(s.new_document);
  ASSERT_EQ(s.words.size(), 4u);
  ASSERT_EQ(s.multiwords.size(), 1u);
  EXPECT_FALSE(s.words[1].space_after);
  EXPECT_FALSE(s.words[2].space_after);
  EXPECT_EQ(s.words[2].head, 2);
  EXPECT_FALSE(ReadConllu(path).ok());  // gone now: an error, not a crash
}

TEST(Conllu, RejectsMalformedLinesWithTheirLineNumber) {
  std::string path = TempPath("bad");
  {
    std::ofstream out(path);
    out << "1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n2\tbad line\n";
  }
  auto read = ReadConllu(path);
  std::remove(path.c_str());
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find(":2:"), std::string::npos) << read.status().message();
}

TEST(Model, LearnsToyTreebankAndRoundTripsThroughItsFile) {
  auto model = TrainToy();
  Analysis a;
  std::vector<std::string_view> words = {"the", "farmer", "met", "a", "bird", "."};
  model->Analyze(words, true, a);
  EXPECT_EQ(model->tagger().Xpos(a.tags[1]), "NN");
  EXPECT_EQ(model->tagger().Upos(a.tags[2]), "VERB");
  EXPECT_EQ(a.lemmas[2], "meet");
  EXPECT_EQ(a.heads[1], 2);
  EXPECT_EQ(a.heads[2], -1);
  EXPECT_EQ(model->parser().Label(a.labels[4]), "obj");

  std::string path = TempPath("model");
  ASSERT_TRUE(model->Save(path, {{"the", "dog", "saw", "a", "cat", "."}}).ok());
  auto loaded = LoadModel(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  Analysis b;
  (*loaded)->Analyze(words, true, b);
  EXPECT_EQ(a.tags, b.tags);
  EXPECT_EQ(a.heads, b.heads);
  EXPECT_EQ(a.labels, b.labels);

  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::remove(path.c_str());
  std::string bad_magic = bytes;
  bad_magic[0] = 'X';
  EXPECT_FALSE(Model::FromBytes(bad_magic, "m").ok());
  std::string bad_version = bytes;
  bad_version[8] = 99;
  EXPECT_NE(Model::FromBytes(bad_version, "m").status().message().find("version"), std::string::npos);
  EXPECT_FALSE(Model::FromBytes(bytes.substr(0, bytes.size() / 2), "m").ok());
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x55;
  EXPECT_FALSE(Model::FromBytes(flipped, "m").ok());
  EXPECT_FALSE(LoadModel(path + ".absent").ok());
}

// Summed runs (--tagger-runs, --parser-runs) still learn the toy grammar.
TEST(Model, SummedRunsLearnTheToyTreebank) {
  auto model = TrainToy(2, 3);
  Analysis a;
  std::vector<std::string_view> words = {"The", "bird", "saw", "a", "farmer", "."};
  model->Analyze(words, true, a);
  EXPECT_EQ(model->tagger().Xpos(a.tags[1]), "NN");
  EXPECT_EQ(model->tagger().Upos(a.tags[2]), "VERB");
  EXPECT_EQ(a.heads[1], 2);
  EXPECT_EQ(a.heads[2], -1);
  EXPECT_EQ(a.heads[4], 2);
  EXPECT_EQ(model->parser().Label(a.labels[1]), "nsubj");
  EXPECT_EQ(model->parser().Label(a.labels[4]), "obj");
}

TEST(Model, StagesAnnotateADocument) {
  auto model = TrainToy();
  Document doc;
  doc.text = "The cat chased a dog. A horse met the child.";
  ASSERT_TRUE(MakeTokenizer()->Process(doc).ok());
  ASSERT_TRUE(MakeTagger(*model)->Process(doc).ok());
  ASSERT_TRUE(MakeParser(*model)->Process(doc).ok());
  ASSERT_EQ(doc.sentences.size(), 2u);
  for (const Sentence& s : doc.sentences) {
    EXPECT_TRUE(s.parsed);
    int roots = 0;
    for (uint32_t i = 0; i < s.token_count; ++i) {
      const Token& t = doc.TokenAt(s, i);
      EXPECT_FALSE(t.upos.empty());
      EXPECT_LT(t.head, static_cast<int>(s.token_count));
      roots += t.head < 0;
    }
    EXPECT_EQ(roots, 1);
  }
  EXPECT_EQ(doc.tokens[2].lemma, "chase");
  std::string conllu = ToConllu(doc);
  EXPECT_NE(conllu.find("\tchased\tchase\tVERB\tVBD\t"), std::string::npos) << conllu;
}

}  // namespace
}  // namespace dyad::nlp
