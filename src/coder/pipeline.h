// The whole coding pipeline over one Document: tokenize -> tag -> actors -> parse -> events
// (the parse only of sentences that may hold an event).
// Built once from the NLP model and the knowledge base; Process is const and thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/stage.h"
#include "dyad/status.h"

namespace dyad::nlp { class Model; }
namespace dyad::kb { class KnowledgeBase; }

namespace dyad {

struct PipelineOptions {
  std::string kb_path;         // a compiled knowledge base; empty for the default
  std::string nlp_model_path;  // the NLP model; empty for the default
  bool keep_negated = false;   // emit negated events with negated=true instead of dropping them
  bool with_syntax = true;     // false: no NLP model, only the actor and event stages, for
                               // documents that arrive tokenized, tagged and parsed (gold parses)
};

class Pipeline {
 public:
  static Result<std::unique_ptr<const Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Runs the stages on doc in order, from the stage named first_stage ("tokenize", "tag",
  // "actors", "parse", "events"; empty = all): an evaluator with gold parses starts at
  // "actors" (the parser leaves parsed sentences alone). The first error stops and names the
  // stage.
  Status Process(Document& doc, std::string_view first_stage = {}) const;
  const kb::KnowledgeBase& knowledge_base() const { return *kb_; }
  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }

 private:
  Pipeline() = default;
  std::unique_ptr<const nlp::Model> model_;
  std::unique_ptr<const kb::KnowledgeBase> kb_;
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace dyad
