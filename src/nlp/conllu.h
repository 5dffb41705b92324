// CoNLL-U reading (training and evaluation data) and writing (`dyad nlp parse`).
#pragma once

#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::nlp {

struct ConlluWord {
  std::string form, lemma, upos, xpos, deprel;
  int head = 0;  // 1-based; 0 for the root
  bool space_after = true;
};

// A multiword token ("don't" = "do" + "n't"): words [first, last], 0-based, inclusive.
struct ConlluMultiword {
  int first = 0, last = 0;
  std::string form;
  bool space_after = true;
};

struct ConlluSentence {
  std::vector<ConlluWord> words;  // syntactic words; empty nodes (8.1) are dropped
  std::vector<ConlluMultiword> multiwords;
  std::string text;               // "# text =" comment
  bool new_document = false;
  bool new_paragraph = false;
};

// Reads every sentence of a CoNLL-U file; errors name the file and line.
Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path);

// The Document's sentences as CoNLL-U (tokens, tags, lemmas, heads, relations, SpaceAfter).
std::string ToConllu(const Document& doc);

}  // namespace dyad::nlp
