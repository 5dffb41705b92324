// The ingest loop. Before coding, a worker looks the article's key up in a sorted list of the
// stored keys' hashes and skips coding a stored article; the store's own key check on the
// calling thread stays the authority (a hash that matched by chance gets coded there instead).
// Storing happens on the calling thread in input order, committing every batch_articles or
// batch_seconds, so a kill leaves a prefix of the input stored and a rerun adds the rest.
#include "store/ingest.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "base/hash.h"

namespace dyad::store {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// The file part of an origin ("a.jsonl:12" -> "a.jsonl").
std::string_view FileOf(std::string_view origin) {
  size_t colon = origin.rfind(':');
  if (colon == std::string_view::npos || colon + 1 == origin.size()) return origin;
  for (size_t i = colon + 1; i < origin.size(); ++i)
    if (origin[i] < '0' || origin[i] > '9') return origin;
  return origin.substr(0, colon);
}

size_t FileSize(const std::string& path) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : static_cast<size_t>(size);
}

}  // namespace

size_t InputBytes(const std::vector<std::string>& inputs) {
  size_t total = 0;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in == "-") continue;
    if (std::filesystem::is_directory(in, ec)) {
      for (auto it = std::filesystem::recursive_directory_iterator(in, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) total += static_cast<size_t>(it->file_size(ec));
    } else {
      total += FileSize(in);
    }
  }
  return total;
}

Status Ingest(EventStore& store, const batch::ProcessFn& process, const IngestOptions& options,
              IngestSummary* summary) {
  const auto start = Clock::now();
  IngestProgress p;
  p.bytes_total = InputBytes(options.inputs);
  auto stored = store.ArticleKeyHashes();
  if (!stored.ok()) return stored.status();
  const std::vector<uint64_t> stored_keys = std::move(stored.value());

  text::ArticleReader reader(options.inputs, options.read, [&](const text::Rejection& r) {
    ++p.rejected;
    if (options.on_reject) options.on_reject(r);
  });
  batch::ProcessFn code_unless_stored = [&](Document& doc) -> Status {
    if (std::binary_search(stored_keys.begin(), stored_keys.end(), Fnv1a64(ArticleKey(doc)))) return Status::Ok();
    return process(doc);
  };

  std::string current_file;
  size_t files_done_bytes = 0, file_text_bytes = 0;
  size_t in_batch = 0;
  auto batch_start = Clock::now();
  auto last_progress = Clock::now();
  auto sink = [&](Document& doc) -> Status {
    ++p.articles;
    std::string_view file = FileOf(doc.origin);
    if (file != current_file) {
      files_done_bytes += FileSize(current_file);
      current_file = std::string(file);
      file_text_bytes = 0;
    }
    file_text_bytes += doc.text.size();
    p.bytes_done = files_done_bytes + std::min(file_text_bytes, FileSize(current_file));

    if (!store.in_batch()) {
      DYAD_RETURN_IF_ERROR(store.BeginBatch());
      batch_start = Clock::now();
      in_batch = 0;
    }
    auto has = store.HasArticle(ArticleKey(doc));
    if (!has.ok()) return has.status();
    if (*has) {
      ++p.skipped;
    } else {
      if (doc.sentences.empty()) DYAD_RETURN_IF_ERROR(process(doc));  // skipped by a hash match
      auto added = store.AddArticle(doc);
      if (!added.ok()) return added.status();
      p.added += added->added ? 1 : 0;
      p.mentions += added->mentions;
      p.new_events += added->new_events;
    }
    if (++in_batch >= options.batch_articles || Since(batch_start) >= options.batch_seconds)
      DYAD_RETURN_IF_ERROR(store.CommitBatch());
    if (options.on_progress && Since(last_progress) >= options.progress_seconds) {
      last_progress = Clock::now();
      p.seconds = Since(start);
      options.on_progress(p);
    }
    return Status::Ok();
  };
  auto on_error = [&](const Document& doc, const Status& s) {
    ++p.rejected;
    if (options.on_reject) options.on_reject({doc.origin, doc.origin + ": " + s.message(), doc.origin});
  };
  batch::BatchStats stats;
  Status run = batch::RunBatch(reader, code_unless_stored, options.batch, sink, on_error, &stats);
  // After an error the open batch may hold half an article: drop it, keep the committed ones.
  Status commit = run.ok() ? store.CommitBatch() : store.RollbackBatch();
  p.bytes_done = p.bytes_total ? p.bytes_total : p.bytes_done;
  p.seconds = Since(start);
  if (summary) *summary = {p, stats};
  DYAD_RETURN_IF_ERROR(run);
  return commit;
}

}  // namespace dyad::store
