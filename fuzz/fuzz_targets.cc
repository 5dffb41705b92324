#include "fuzz_targets.h"

#include <unistd.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "eval/golden_file.h"
#include "text/article_reader.h"
#include "text/html_extract.h"

namespace dyad::fuzz {
namespace {

// Writes bytes to a temporary file with the given suffix and returns its path.
std::string TempFile(const uint8_t* data, size_t size, const char* suffix) {
  char name[] = "/tmp/dyad-fuzz-XXXXXX";
  int fd = ::mkstemp(name);
  if (fd < 0) return "";
  if (size) (void)!::write(fd, data, size);
  ::close(fd);
  std::string path = std::string(name) + suffix;
  std::rename(name, path.c_str());
  return path;
}

void ReadAllFrom(const std::string& path) {
  text::ReadOptions options;
  options.max_article_bytes = 1 << 20;
  text::ArticleReader reader({path}, options, [](const text::Rejection&) {});
  Document doc;
  while (reader.Next(&doc)) {
  }
  std::remove(path.c_str());
}

}  // namespace

void JsonArticle(const uint8_t* data, size_t size) {
  (void)text::ParseJsonArticle(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz:1");
}

void HtmlArticle(const uint8_t* data, size_t size) {
  (void)text::ExtractHtmlText(std::string_view(reinterpret_cast<const char*>(data), size));
}

void JsonlStream(const uint8_t* data, size_t size) { ReadAllFrom(TempFile(data, size, ".jsonl")); }

void GzipStream(const uint8_t* data, size_t size) { ReadAllFrom(TempFile(data, size, ".jsonl.gz")); }

void GoldenFile(const uint8_t* data, size_t size) {
  std::string path = TempFile(data, size, ".test");
  (void)eval::ReadGoldenFile(path);
  std::remove(path.c_str());
}

}  // namespace dyad::fuzz
