#include "text/article_reader.h"

#include <algorithm>
#include <filesystem>
#include <simdjson.h>

#include "base/hash.h"
#include "base/strings.h"
#include "text/byte_stream.h"
#include "text/html_extract.h"

namespace dyad::text {
namespace fs = std::filesystem;

namespace {

std::string StripCompression(const std::string& path) {
  for (const char* ext : {".gz", ".zst"})
    if (EndsWith(path, ext)) return path.substr(0, path.size() - std::string_view(ext).size());
  return path;
}

// A document id from a path: the path without directories' "./" and without extensions.
std::string IdFromPath(const std::string& path) {
  std::string p = StripCompression(path);
  fs::path fp(p);
  std::string id = (fp.parent_path() / fp.stem()).generic_string();
  while (StartsWith(id, "./")) id.erase(0, 2);
  return id;
}

Status CheckText(const std::string& text, const std::string& origin) {
  if (size_t bad = FirstInvalidUtf8(text); bad != std::string::npos)
    return Status::Invalid(origin + ": invalid UTF-8 at byte " + std::to_string(bad) +
                           " (expected UTF-8 text)");
  if (text.find('\0') != std::string::npos)
    return Status::Invalid(origin + ": binary content (NUL byte); expected text");
  if (Trim(text).empty()) return Status::Invalid(origin + ": empty article (no text)");
  return Status::Ok();
}

Result<Date> DateFor(const std::string& path, const ReadOptions& options) {
  if (options.date) return *options.date;
  if (auto d = FindIsoDate(fs::path(path).filename().string())) return *d;
  return Status::Invalid(path + ": no publication date: pass --date YYYY-MM-DD or put one in the file name");
}

}  // namespace

std::string FormatOf(const std::string& path) {
  std::string p = AsciiLower(StripCompression(path));
  if (EndsWith(p, ".txt")) return "txt";
  if (EndsWith(p, ".jsonl") || EndsWith(p, ".ndjson")) return "jsonl";
  if (EndsWith(p, ".html") || EndsWith(p, ".htm")) return "html";
  return "";
}

Result<Document> ParseJsonArticle(std::string_view line, const std::string& origin) {
  // The DOM parser validates the whole line (UTF-8 included) before we look at any field.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element json;
  if (auto err = parser.parse(line.data(), line.size()).get(json))
    return Status::Invalid(origin + ": not valid JSON (" + simdjson::error_message(err) +
                           "); expected one article object per line");
  simdjson::dom::object obj;
  if (json.get_object().get(obj)) return Status::Invalid(origin + ": expected a JSON object");
  Document doc;
  doc.origin = origin;
  bool has_text = false, has_date = false;
  for (auto field : obj) {
    std::string_view key = field.key;
    std::string* dest = nullptr;
    if (key == "id") dest = &doc.id;
    else if (key == "text") dest = &doc.text, has_text = true;
    else if (key == "title") dest = &doc.title;
    else if (key == "url") dest = &doc.url;
    else if (key == "outlet") dest = &doc.outlet;
    else if (key != "date") continue;
    if (field.value.is_null()) {
      if (key == "text" || key == "date") return Status::Invalid(origin + ": \"" + std::string(key) + "\" is null");
      continue;
    }
    if (key == "id" && field.value.is_int64()) {
      doc.id = std::to_string(int64_t(field.value));
      continue;
    }
    std::string_view value;
    if (field.value.get_string().get(value))
      return Status::Invalid(origin + ": \"" + std::string(key) + "\" must be a string");
    if (key == "date") {
      auto d = ParseIsoDate(value);
      if (!d) return Status::Invalid(origin + ": \"date\" is not an ISO 8601 date: " + std::string(value.substr(0, 40)));
      doc.published = *d;
      has_date = true;
      continue;
    }
    dest->assign(value);
  }
  if (!has_text) return Status::Invalid(origin + ": missing \"text\"");
  if (!has_date) return Status::Invalid(origin + ": missing \"date\" (publication date, ISO 8601)");
  DYAD_RETURN_IF_ERROR(CheckText(doc.text, origin));
  if (doc.id.empty()) doc.id = "doc-" + Hex64(Fnv1a64(doc.text));
  return doc;
}

Result<Document> TextArticle(std::string contents, const std::string& path, const ReadOptions& options) {
  DYAD_RETURN_IF_ERROR(CheckText(contents, path));
  auto date = DateFor(path, options);
  if (!date.ok()) return date.status();
  Document doc;
  doc.origin = path;
  doc.id = IdFromPath(path);
  doc.published = *date;
  doc.text = std::move(contents);
  return doc;
}

Result<Document> HtmlArticle(std::string_view html, const std::string& path, const ReadOptions& options) {
  if (size_t bad = FirstInvalidUtf8(html); bad != std::string::npos)
    return Status::Invalid(path + ": invalid UTF-8 at byte " + std::to_string(bad) + " (expected UTF-8 HTML)");
  if (html.find('\0') != std::string_view::npos)
    return Status::Invalid(path + ": binary content (NUL byte); expected HTML");
  HtmlText page = ExtractHtmlText(html);
  Document doc;
  doc.origin = path;
  doc.id = IdFromPath(path);
  if (auto d = ParseIsoDate(page.published.substr(0, std::min<size_t>(page.published.size(), 10)))) {
    doc.published = *d;
  } else {
    auto date = DateFor(path, options);
    if (!date.ok()) return date.status();
    doc.published = *date;
  }
  doc.title = std::move(page.title);
  doc.text = std::move(page.text);
  if (Trim(doc.text).empty()) return Status::Invalid(path + ": no article text found in the HTML");
  return doc;
}

// What is open now: a whole-file article waiting to be returned, or a JSONL stream.
struct ArticleReader::Open {
  std::string path;
  std::unique_ptr<ByteStream> stream;
  std::unique_ptr<LineReader> lines;
};

ArticleReader::ArticleReader(std::vector<std::string> inputs, ReadOptions options, RejectFn on_reject)
    : options_(std::move(options)), on_reject_(std::move(on_reject)) {
  pending_.assign(inputs.rbegin(), inputs.rend());
}

ArticleReader::~ArticleReader() = default;

void ArticleReader::Reject(std::string origin, std::string reason, std::string record) {
  ++rejected_;
  if (on_reject_) on_reject_({std::move(origin), std::move(reason), std::move(record)});
}

bool ArticleReader::Next(Document* doc) {
  for (;;) {
    if (stop_) return false;
    if (open_ && NextFromOpen(doc)) return true;
    open_.reset();
    if (pending_.empty()) return false;
    OpenNextPath();
    if (!open_) continue;
    if (!open_->lines) {  // a whole-file article
      std::string path = open_->path;
      std::string fmt = options_.format.empty() ? FormatOf(path) : options_.format;
      auto contents = ReadAll(*open_->stream, options_.max_article_bytes);
      open_.reset();
      if (!contents.ok()) {
        Reject(path, contents.status().message(), path);
        continue;
      }
      auto parsed = fmt == "html" ? HtmlArticle(*contents, path, options_)
                                  : TextArticle(std::move(contents.value()), path, options_);
      if (!parsed.ok()) {
        Reject(path, parsed.status().message(), path);
        continue;
      }
      if (stop_) return false;
      *doc = std::move(parsed.value());
      return true;
    }
  }
}

void ArticleReader::OpenNextPath() {
  std::string path = std::move(pending_.back());
  pending_.pop_back();
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && !FormatOf(it->path().string()).empty()) files.push_back(it->path().string());
    }
    if (ec) Reject(path, path + ": cannot read directory: " + ec.message(), path);
    std::sort(files.begin(), files.end());
    pending_.insert(pending_.end(), files.rbegin(), files.rend());
    return;
  }
  std::string fmt = path == "-" ? "jsonl" : (options_.format.empty() ? FormatOf(path) : options_.format);
  if (fmt.empty()) {
    Reject(path, path + ": unknown file type (expected .txt, .jsonl, .html, optionally .gz or .zst)", path);
    return;
  }
  auto stream = OpenByteStream(path);
  if (!stream.ok()) {
    Reject(path, stream.status().message(), path);
    return;
  }
  open_ = std::make_unique<Open>();
  open_->path = path == "-" ? "<stdin>" : path;
  open_->stream = std::move(stream.value());
  if (fmt == "jsonl") open_->lines = std::make_unique<LineReader>(*open_->stream);
}

bool ArticleReader::NextFromOpen(Document* doc) {
  if (!open_->lines) return false;
  std::string line;
  for (;;) {
    auto got = open_->lines->Next(&line, options_.max_article_bytes);
    std::string origin = open_->path + ":" + std::to_string(open_->lines->line_number());
    if (!got.ok()) {
      if (open_->lines->failed()) {
        Reject(open_->path, got.status().message() + " (records before it were read)", open_->path);
        return false;
      }
      Reject(origin, open_->path + ":" + got.status().message(), "");
      continue;
    }
    if (!*got) return false;
    if (Trim(line).empty()) continue;
    auto parsed = ParseJsonArticle(line, origin);
    if (!parsed.ok()) {
      Reject(origin, parsed.status().message(), line);
      if (stop_) return false;
      continue;
    }
    *doc = std::move(parsed.value());
    return true;
  }
}

}  // namespace dyad::text
