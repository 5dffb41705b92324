// The NLP stage's public face: sentence splitter and tokenizer (rules, no model), and the
// trained tagger, lemmatizer and dependency parser (one immutable model shared by threads).
// Everything else in src/nlp/ is an implementation detail a better parser may replace.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

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

// Which sentences of a document are worth parsing: one flag per sentence, computed once per
// document; the others stay unparsed.
using ParseFilter = std::function<std::vector<char>(const Document& doc)>;

// Sets Token::head, deprel and Sentence::parsed; needs tagged tokens. Sentences already parsed
// (gold parses) are left as they are, and with a filter so are those it declines. The model
// must outlive the stage.
std::unique_ptr<Stage> MakeParser(const Model& model, ParseFilter filter = {});

// Spans of tokens (document token indices, [first, last)) that name something and so are nouns.
using NounSpans = std::function<std::vector<std::pair<uint32_t, uint32_t>>(const Document& doc)>;

// Re-tags as a noun every token of the spans that the tagger made a verb (NN/NNS, or NNP/NNPS
// when capitalised), with its lemma: "Boko Haram jihadists[VBZ] overran" once the actor stage
// knows "jihadists" names an actor. Run after the tagger and before the parser.
std::unique_ptr<Stage> MakeNounRepair(const Model& model, NounSpans spans);

}  // namespace dyad::nlp
