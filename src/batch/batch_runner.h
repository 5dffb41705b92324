// Runs the pipeline over a stream of articles and hands coded documents to a sink in input
// order, so the same input gives the same output whatever the thread count.
#pragma once

#include <cstddef>
#include <functional>

#include "coder/pipeline.h"
#include "dyad/document.h"
#include "dyad/status.h"
#include "text/article_reader.h"

namespace dyad::batch {

struct BatchOptions {
  int threads = 0;            // worker threads; 0 = all cores
  size_t max_in_flight = 0;   // documents read but not yet written; 0 = 4 x threads
};

struct BatchStats {
  size_t articles = 0, sentences = 0, events = 0, rejected = 0;
  double seconds = 0;
  size_t peak_rss_bytes = 0;
};

// The sink sees each coded document on the calling thread, in input order; an error from it
// stops the run. A document the pipeline fails on goes to on_error (also on the calling thread,
// in input order) and is skipped.
using Sink = std::function<Status(Document&)>;
using ErrorFn = std::function<void(const Document&, const Status&)>;

// The work done to each document on a worker thread; must be safe to call from many threads.
using ProcessFn = std::function<Status(Document&)>;

Status RunBatch(text::ArticleReader& reader, const Pipeline& pipeline, const BatchOptions& options,
                const Sink& sink, const ErrorFn& on_error, BatchStats* stats);

// The same run with any per-document work in place of the pipeline (tests, benchmarks, tools
// that only parse). The reader, the sink and on_error are all used on the calling thread only.
Status RunBatch(text::ArticleReader& reader, const ProcessFn& process, const BatchOptions& options,
                const Sink& sink, const ErrorFn& on_error, BatchStats* stats);

// Peak resident memory of this process so far, in bytes (from /proc/self/status VmHWM).
size_t PeakRssBytes();

// Worker threads for a requested count: `requested` when positive, else the number of cores.
int ResolveThreads(int requested);

}  // namespace dyad::batch
