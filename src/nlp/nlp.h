// The NLP stage's public face: sentence splitter and tokenizer (rules, no model), and the
// trained tagger, lemmatizer and dependency parser (one immutable model shared by threads).
// Everything else in src/nlp/ is an implementation detail a better parser may replace.
#pragma once

#include <memory>
#include <string>

#include "dyad/stage.h"
#include "dyad/status.h"

namespace dyad::nlp {

// Sentence splitter + tokenizer: fills doc.sentences and doc.tokens from doc.text (byte offsets,
// Token::span, Token::space_after). Linear time; an article with no punctuation is split at a
// maximum sentence length. Needs no model file.
std::unique_ptr<Stage> MakeTokenizer();

// The trained tagger+lemmatizer+parser, immutable, shared by threads. Defined in model.h.
class Model;

// Reads a model file written by `dyad nlp train`; checks magic, version and self-test sentences.
Result<std::unique_ptr<const Model>> LoadModel(const std::string& path);

// DataPath("nlp/en_ewt.dyadnlp"): the model committed with the sources.
std::string DefaultModelPath();

// Sets Token::upos, xpos and lemma of every token. The model must outlive the stage.
std::unique_ptr<Stage> MakeTagger(const Model& model);

// Sets Token::head, deprel and Sentence::parsed; needs tagged tokens. The model must outlive it.
std::unique_ptr<Stage> MakeParser(const Model& model);

}  // namespace dyad::nlp
