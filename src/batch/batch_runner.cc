// The parallel batch runner. The calling thread reads articles into a ring of `capacity` slots
// and hands each slot's index to a queue that N worker threads drain; each worker codes the
// document in its slot and marks it done. The calling thread writes slots strictly in the order
// they were read, waiting on the oldest one, so output order never depends on which worker
// finished first, and at most `capacity` documents are ever in memory, however long the input.
// Reading on the calling thread keeps the reader's rejection callback, the sink and on_error on
// one thread, as the interface promises; reading (JSON parsing) is cheap next to coding.
#include "batch/batch_runner.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace dyad::batch {
namespace {

struct Slot {
  Document doc;
  Status status;
  bool done = false;  // guarded by the runner's mutex while the slot is queued
};

}  // namespace

size_t PeakRssBytes() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stoull(line.substr(6)) * 1024;
  return 0;
}

int ResolveThreads(int requested) {
  if (requested > 0) return requested;
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

Status RunBatch(text::ArticleReader& reader, const ProcessFn& process, const BatchOptions& options,
                const Sink& sink, const ErrorFn& on_error, BatchStats* stats) {
  const auto start = std::chrono::steady_clock::now();
  const int threads = ResolveThreads(options.threads);
  const size_t capacity = options.max_in_flight > 0 ? options.max_in_flight : 4 * static_cast<size_t>(threads);
  std::vector<Slot> ring(capacity);

  std::mutex mu;
  std::condition_variable work_ready, slot_done;
  std::deque<size_t> queue;  // indices of slots waiting for a worker
  bool closing = false;

  auto worker = [&] {
    for (;;) {
      size_t index;
      {
        std::unique_lock<std::mutex> lock(mu);
        work_ready.wait(lock, [&] { return closing || !queue.empty(); });
        if (queue.empty()) return;
        index = queue.front();
        queue.pop_front();
      }
      Status s = process(ring[index].doc);
      {
        std::lock_guard<std::mutex> lock(mu);
        ring[index].status = std::move(s);
        ring[index].done = true;
      }
      slot_done.notify_all();
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (int i = 0; i < threads; ++i) pool.emplace_back(worker);

  BatchStats local;
  Status result;
  size_t next_read = 0, next_write = 0;
  bool input_done = false;
  for (;;) {
    while (!input_done && next_read - next_write < capacity) {
      Slot& slot = ring[next_read % capacity];
      if (!reader.Next(&slot.doc)) {
        input_done = true;
        break;
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        slot.done = false;
        queue.push_back(next_read % capacity);
      }
      work_ready.notify_one();
      ++next_read;
    }
    if (next_write == next_read) break;
    Slot& head = ring[next_write % capacity];
    {
      std::unique_lock<std::mutex> lock(mu);
      slot_done.wait(lock, [&] { return head.done; });
    }
    ++next_write;
    if (!head.status.ok()) {
      ++local.rejected;
      if (on_error) on_error(head.doc, head.status);
    } else {
      ++local.articles;
      local.sentences += head.doc.sentences.size();
      local.events += head.doc.events.size();
      result = sink(head.doc);
    }
    head.doc = Document{};  // give the memory back now: the ring bounds what is held
    head.status = Status::Ok();
    if (!result.ok()) break;
  }

  {
    std::lock_guard<std::mutex> lock(mu);
    closing = true;
    queue.clear();  // after a sink error, queued documents are dropped
  }
  work_ready.notify_all();
  for (auto& t : pool) t.join();

  local.rejected += reader.rejected();
  local.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  local.peak_rss_bytes = PeakRssBytes();
  if (stats) *stats = local;
  return result;
}

}  // namespace dyad::batch
