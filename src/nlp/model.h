// The trained NLP model: tagger, lemmatizer and parser, read from one versioned file.
// File layout: 8-byte magic "DYADNLP\x1a", format version (u32 little-endian), then one zstd
// frame holding the sections (description, tagger, lemmatizer, parser, self-tests), each
// written with ByteWriter. The self-test sentences, tagged and parsed by the model when it was
// written, must come out the same at load, which catches a corrupt file or a change in
// feature hashing that the version number missed.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "nlp/lemmatizer.h"
#include "nlp/nlp.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

namespace dyad::nlp {

inline constexpr char kModelMagic[8] = {'D', 'Y', 'A', 'D', 'N', 'L', 'P', '\x1a'};
inline constexpr uint32_t kModelFormatVersion = 2;

// One analysed sentence: what the tagger and parser produce for a list of words.
struct Analysis {
  std::vector<int> tags;          // tag id per word
  std::vector<std::string> lemmas;
  std::vector<int> heads;         // 0-based head per word, -1 for the root
  std::vector<int> labels;        // label id per word
};

class Model {
 public:
  Model() = default;
  Model(const Model&) = delete;  // large and immutable: share by const reference
  Model& operator=(const Model&) = delete;

  const Tagger& tagger() const { return tagger_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const Parser& parser() const { return parser_; }
  const std::string& description() const { return description_; }

  // Tags, lemmatizes and (when parse) parses one sentence of words.
  void Analyze(const std::vector<std::string_view>& words, bool parse, Analysis& out) const;

  // Serialises to `path`; records self-tests from `self_test_sentences` first.
  Status Save(const std::string& path,
              const std::vector<std::vector<std::string>>& self_test_sentences);
  static Result<std::unique_ptr<Model>> FromBytes(std::string_view bytes, const std::string& origin);

 private:
  friend class ModelBuilder;
  struct SelfTest {
    std::vector<std::string> words;
    Analysis expected;
  };
  Status CheckSelfTests(const std::string& origin) const;

  std::string description_;
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
  std::vector<SelfTest> self_tests_;
};

// Assembles a model from trained parts (training.cc).
class ModelBuilder {
 public:
  static std::unique_ptr<Model> Build(std::string description, Tagger tagger,
                                      Lemmatizer lemmatizer, Parser parser) {
    auto m = std::make_unique<Model>();
    m->description_ = std::move(description);
    m->tagger_ = std::move(tagger);
    m->lemmatizer_ = std::move(lemmatizer);
    m->parser_ = std::move(parser);
    return m;
  }
};

}  // namespace dyad::nlp
