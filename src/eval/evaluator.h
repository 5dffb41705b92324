// Runs the pipeline over the items of a gold file and collects what it coded, ready for the
// scorer. Each item is its own Document: from raw text (tokenize, tag, parse, actors, events),
// or, with gold parses, from the file's tokens and dependency parse (actors and events only),
// so that parser errors and coding errors can be told apart.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "coder/pipeline.h"
#include "dyad/document.h"
#include "eval/gold.h"
#include "eval/scorer.h"

namespace dyad::kb { class KnowledgeBase; }

namespace dyad::eval {

struct CodeOptions {
  bool gold_parse = false;  // use the gold tokens and parse where the item has them
  int threads = 0;          // 0 = all cores
};

// The Document for one item: its text, or with gold_parse and a parse, the text rebuilt from
// the gold tokens with those tokens, tags, lemmas, heads and relations filled in.
Document MakeDocument(const GoldItem& item, bool gold_parse, const std::string& origin);

// The coded events of a document, main event first: the one whose verb is nearest the root of
// its sentence's parse, earlier sentences and verbs breaking ties, and an event of root 01
// (make a statement) only when the sentence has nothing else.
CodedItem CollectEvents(const Document& doc);

// Codes one document; from_parse: it already has gold tokens and parses (start at the actors).
using CodeFn = std::function<Status(Document& doc, bool from_parse)>;

// The full pipeline as a CodeFn: all stages, or from "actors" on for a gold-parsed document.
CodeFn PipelineCoder(const Pipeline& pipeline);

// The actor and event stages alone, over a knowledge base: enough for gold-parsed documents,
// with no NLP model needed. Raw-text documents fail with a message saying so.
class GoldParseCoder {
 public:
  static Result<std::unique_ptr<const GoldParseCoder>> Create(const std::string& kb_path);
  ~GoldParseCoder();
  GoldParseCoder(const GoldParseCoder&) = delete;
  GoldParseCoder& operator=(const GoldParseCoder&) = delete;
  Status Code(Document& doc, bool from_parse) const;

 private:
  GoldParseCoder() = default;
  std::unique_ptr<const Pipeline> pipeline_;  // built without syntax: actors and events only
};

// True when every item of the file has a gold parse (so --gold-parse needs no NLP model).
bool AllParsed(const GoldFile& gold);

// Codes every item of the file; result[i] belongs to gold.items[i]. A coding error on an item
// is kept in its CodedItem::error, not returned.
std::vector<CodedItem> CodeGoldFile(const CodeFn& code, const GoldFile& gold, const CodeOptions& options);
std::vector<CodedItem> CodeGoldFile(const Pipeline& pipeline, const GoldFile& gold, const CodeOptions& options);

}  // namespace dyad::eval
