// Byte sources for article readers: plain files, standard input, gzip and zstd streams. Each
// decompresses incrementally, so memory stays bounded by what the reader keeps (one record).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "dyad/status.h"

namespace dyad::text {

class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Reads up to n bytes into buf; 0 at the end. A truncated or corrupt stream is an error.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
  // The name used in messages ("a.jsonl.gz", "<stdin>").
  virtual const std::string& Name() const = 0;
};

// Opens path ("-" for standard input), decompressing by extension: .gz, .zst.
Result<std::unique_ptr<ByteStream>> OpenByteStream(const std::string& path);

// Reads a whole stream, failing past max_bytes (the message says so) so that one huge input
// cannot exhaust memory.
Result<std::string> ReadAll(ByteStream& in, size_t max_bytes);

// Splits a stream into lines ('\n', a trailing '\r' dropped), one at a time.
class LineReader {
 public:
  explicit LineReader(ByteStream& in) : in_(in) {}
  // Next line into *line; false at the end. A line longer than max_bytes is consumed and
  // reported as an error (its 1-based number stays correct for the following lines).
  Result<bool> Next(std::string* line, size_t max_bytes);
  size_t line_number() const { return line_number_; }
  // True after the stream itself failed (corrupt or truncated): no more lines will come.
  bool failed() const { return failed_; }

 private:
  Result<bool> Fill();
  ByteStream& in_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  size_t line_number_ = 0;
  bool failed_ = false;
};

}  // namespace dyad::text
