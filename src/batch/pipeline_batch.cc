// RunBatch over the coding pipeline: the generic runner with Pipeline::Process as the work.
// Kept apart from batch_runner.cc so code that never codes (tests of the runner, store tools)
// links without the NLP model and knowledge base.
#include "batch/batch_runner.h"

namespace dyad::batch {

Status RunBatch(text::ArticleReader& reader, const Pipeline& pipeline, const BatchOptions& options,
                const Sink& sink, const ErrorFn& on_error, BatchStats* stats) {
  ProcessFn process = [&pipeline](Document& doc) { return pipeline.Process(doc); };
  return RunBatch(reader, process, options, sink, on_error, stats);
}

}  // namespace dyad::batch
