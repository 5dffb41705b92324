// Reads news articles from files, directories and standard input into Documents: .txt (one
// article per file), .jsonl (one per line), .html (main text extracted), each optionally .gz or
// .zst compressed. Bad records are reported and skipped, never fatal: the reader moves on to the
// next record, so good records around a bad one are still coded.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dyad/date.h"
#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::text {

// A record the reader could not turn into a Document.
struct Rejection {
  std::string origin;  // "file" or "file:line"
  std::string reason;  // what was wrong, what was expected
  std::string record;  // the raw record (a JSONL line) or the file's path
};

struct ReadOptions {
  std::optional<Date> date;                    // publication date for .txt/.html without one
  size_t max_article_bytes = 16u << 20;        // larger records are rejected
  std::string format;                          // force "txt", "jsonl" or "html" (else by extension)
};

class ArticleReader {
 public:
  using RejectFn = std::function<void(const Rejection&)>;
  // inputs: files, directories (read recursively, in name order) and "-" for JSONL on stdin.
  ArticleReader(std::vector<std::string> inputs, ReadOptions options, RejectFn on_reject);
  ~ArticleReader();
  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;

  // The next good article; false when all inputs are read.
  bool Next(Document* doc);
  size_t rejected() const { return rejected_; }
  // Makes Next return false from its next step on (for --strict); safe to call from on_reject.
  void RequestStop() { stop_ = true; }

 private:
  struct Open;
  bool NextFromOpen(Document* doc);
  void OpenNextPath();
  void Reject(std::string origin, std::string reason, std::string record);

  std::vector<std::string> pending_;  // paths still to open, next at back
  ReadOptions options_;
  RejectFn on_reject_;
  std::unique_ptr<Open> open_;
  size_t rejected_ = 0;
  bool stop_ = false;
};

// Kind of file by name, compression suffix removed: "txt", "jsonl", "html" or "" when unknown.
std::string FormatOf(const std::string& path);

// Builds a Document from one JSONL line (fields per the event contract: id, date, title, text,
// url, outlet). origin names the line in messages.
Result<Document> ParseJsonArticle(std::string_view line, const std::string& origin);

// Builds a Document from a whole .txt or .html file's contents.
Result<Document> TextArticle(std::string contents, const std::string& path, const ReadOptions& options);
Result<Document> HtmlArticle(std::string_view html, const std::string& path, const ReadOptions& options);

}  // namespace dyad::text
