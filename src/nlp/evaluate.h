// Evaluation against gold CoNLL-U, as `dyad nlp eval` reports it (udpipe's evaluator, with
// the CoNLL 2018 shared task's definitions): with gold tokenization the tagger and parser see
// the gold words; from raw text the whole pipeline runs on the text rebuilt from the file and
// words are matched by character span, so each score is an F1 over matched words. LAS
// compares universal relations (the part before ':'), as the shared task did.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/model.h"

namespace dyad::nlp {

struct RelationScore {
  size_t gold = 0;     // words with this gold relation
  size_t correct = 0;  // of those, right head and right relation
};

struct EvalReport {
  size_t sentences = 0, words = 0;
  // Gold tokenization, percentages.
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full_label = 0;
  // From raw text, F1 percentages.
  double sentence_f1 = 0, token_f1 = 0, raw_upos = 0, raw_xpos = 0, raw_lemma = 0, raw_uas = 0,
         raw_las = 0;
  std::map<std::string, RelationScore> by_relation;  // gold tokenization, universal relations
  double seconds_gold = 0, seconds_raw = 0;
};

// With predictions, also writes the gold-tokenized analysis as CoNLL-U (the gold words, our
// lemmas, tags, heads and relations) for error analysis.
EvalReport Evaluate(const Model& model, const std::vector<ConlluSentence>& gold,
                    std::string* predictions = nullptr);

// The universal part of a UD relation: "nsubj:pass" -> "nsubj".
std::string UniversalRelation(const std::string& deprel);

}  // namespace dyad::nlp
