// dyad ingest as a library call: read articles, code them on worker threads (batch::RunBatch),
// store them in input order, one transaction per batch of articles. Articles already stored are
// skipped before coding, so rerunning an interrupted ingest finishes it without duplicates.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "batch/batch_runner.h"
#include "dyad/status.h"
#include "store/event_store.h"
#include "text/article_reader.h"

namespace dyad::store {

struct IngestProgress {
  size_t articles = 0;      // articles read and coded (or found stored)
  size_t added = 0;         // articles newly stored
  size_t skipped = 0;       // articles already in the store
  size_t mentions = 0;      // mentions stored by this run
  size_t new_events = 0;    // event rows created by this run
  size_t rejected = 0;      // records rejected (reader or pipeline)
  size_t bytes_done = 0;    // estimate: input files passed plus text read from the current one
  size_t bytes_total = 0;   // size of the input files (0 when reading stdin only)
  double seconds = 0;
};

struct IngestOptions {
  std::vector<std::string> inputs;
  text::ReadOptions read;
  batch::BatchOptions batch;
  size_t batch_articles = 1000;   // articles per transaction
  double batch_seconds = 5.0;     // or this long, whichever comes first
  double progress_seconds = 0.5;  // how often on_progress is called
  std::function<void(const IngestProgress&)> on_progress;  // optional, on the calling thread
  std::function<void(const text::Rejection&)> on_reject;   // optional, on the calling thread
};

struct IngestSummary {
  IngestProgress progress;
  batch::BatchStats stats;
};

// Ingests options.inputs into store, coding each article with process (thread-safe).
Status Ingest(EventStore& store, const batch::ProcessFn& process, const IngestOptions& options,
              IngestSummary* summary);

// Total size in bytes of the files named (directories walked); stdin counts 0.
size_t InputBytes(const std::vector<std::string>& inputs);

}  // namespace dyad::store
