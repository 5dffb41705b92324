// The embedded event store: one SQLite file (WAL mode) holding articles, mentions (every coded
// event with its evidence sentence) and events (one row per unique date + source + target +
// CAMEO code + location, with GDELT's NumMentions, NumSources and NumArticles). Writes go in
// batches, one transaction each, so a killed writer leaves the store as of its last batch.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "store/sqlite_db.h"

namespace dyad::store {

struct StoreCounts {
  int64_t articles = 0, mentions = 0, events = 0;
  friend bool operator==(const StoreCounts&, const StoreCounts&) = default;
};

// What adding one article did.
struct AddResult {
  bool added = false;     // false: the article was already stored and nothing changed
  int mentions = 0;       // mentions stored
  int new_events = 0;     // events seen for the first time
};

class EventStore {
 public:
  enum class Mode { kReadOnly, kReadWrite };
  // Opens the store at path; kReadWrite creates it when missing. Files that are not dyad
  // stores, or stores of a newer schema, are refused untouched.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& path, Mode mode);
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  // Everything added between BeginBatch and CommitBatch lands at once or not at all.
  Status BeginBatch();
  Status CommitBatch();
  // Drops everything added since BeginBatch (after an error part-way through an article).
  Status RollbackBatch();
  bool in_batch() const { return in_batch_; }

  // Stores a coded article, its mentions and their events, unless an article with the same key
  // (ArticleKey) is already stored. Must be inside a batch.
  Result<AddResult> AddArticle(const Document& doc);
  Result<bool> HasArticle(std::string_view key);
  // Fnv1a64 of every stored article key, sorted: a cheap pre-check before coding on a rerun.
  Result<std::vector<uint64_t>> ArticleKeyHashes();
  Result<StoreCounts> Counts();

  Database& db() { return *db_; }
  const std::string& path() const { return db_->path(); }

 private:
  struct Statements;
  EventStore() = default;
  Result<int64_t> ResolveEventId(const Document& doc, const Event& e, bool* created);

  std::unique_ptr<Database> db_;
  std::unique_ptr<Statements> st_;
  bool in_batch_ = false;
};

// The key an article is deduplicated on: its id, or "sha:" and a hash of its text without one.
std::string ArticleKey(const Document& doc);
// The key an event is deduplicated on: date, source code, target code, CAMEO code, location.
std::string EventKey(const Event& e);
// Where an article came from, for NumSources: its outlet, else its URL's host, else "".
std::string SourceOf(const Document& doc);

}  // namespace dyad::store
