#include "text/byte_stream.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <zlib.h>
#include <zstd.h>

#include "base/strings.h"

namespace dyad::text {
namespace {

class FileStream : public ByteStream {
 public:
  FileStream(std::FILE* f, std::string name, bool owned) : f_(f), name_(std::move(name)), owned_(owned) {}
  ~FileStream() override {
    if (owned_) std::fclose(f_);
  }
  Result<size_t> Read(char* buf, size_t n) override {
    size_t got = std::fread(buf, 1, n, f_);
    if (got == 0 && std::ferror(f_)) return Status::Io(name_ + ": read error: " + std::strerror(errno));
    return got;
  }
  const std::string& Name() const override { return name_; }

 private:
  std::FILE* f_;
  std::string name_;
  bool owned_;
};

// gzip through zlib's inflate with automatic header detection; concatenated members allowed.
class GzipStream : public ByteStream {
 public:
  explicit GzipStream(std::unique_ptr<ByteStream> raw) : raw_(std::move(raw)), in_(1 << 16) {
    std::memset(&z_, 0, sizeof z_);
    inflateInit2(&z_, 15 + 32);
  }
  ~GzipStream() override { inflateEnd(&z_); }
  Result<size_t> Read(char* buf, size_t n) override {
    if (done_) return size_t{0};
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(n);
    while (z_.avail_out == n) {
      if (z_.avail_in == 0) {
        auto got = raw_->Read(in_.data(), in_.size());
        if (!got.ok()) return got.status();
        if (*got == 0) {
          if (in_member_) return Status::Invalid(Name() + ": truncated gzip stream");
          done_ = true;
          break;
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = static_cast<uInt>(*got);
      }
      in_member_ = true;
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        in_member_ = false;
        inflateReset(&z_);
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        return Status::Invalid(Name() + ": corrupt gzip stream (" + (z_.msg ? z_.msg : "inflate error") + ")");
      }
    }
    return n - z_.avail_out;
  }
  const std::string& Name() const override { return raw_->Name(); }

 private:
  std::unique_ptr<ByteStream> raw_;
  std::vector<char> in_;
  z_stream z_;
  bool in_member_ = false;
  bool done_ = false;
};

class ZstdStream : public ByteStream {
 public:
  explicit ZstdStream(std::unique_ptr<ByteStream> raw)
      : raw_(std::move(raw)), dctx_(ZSTD_createDCtx()), in_(ZSTD_DStreamInSize()) {}
  ~ZstdStream() override { ZSTD_freeDCtx(dctx_); }
  Result<size_t> Read(char* buf, size_t n) override {
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0) {
      if (input_.pos == input_.size) {
        auto got = raw_->Read(in_.data(), in_.size());
        if (!got.ok()) return got.status();
        if (*got == 0) {
          if (pending_) return Status::Invalid(Name() + ": truncated zstd stream");
          return size_t{0};
        }
        input_ = ZSTD_inBuffer{in_.data(), *got, 0};
      }
      size_t rc = ZSTD_decompressStream(dctx_, &out, &input_);
      if (ZSTD_isError(rc))
        return Status::Invalid(Name() + ": corrupt zstd stream (" + ZSTD_getErrorName(rc) + ")");
      pending_ = rc != 0;
    }
    return out.pos;
  }
  const std::string& Name() const override { return raw_->Name(); }

 private:
  std::unique_ptr<ByteStream> raw_;
  ZSTD_DCtx* dctx_;
  std::vector<char> in_;
  ZSTD_inBuffer input_{nullptr, 0, 0};
  bool pending_ = false;
};

}  // namespace

Result<std::unique_ptr<ByteStream>> OpenByteStream(const std::string& path) {
  std::unique_ptr<ByteStream> raw;
  if (path == "-") {
    raw = std::make_unique<FileStream>(stdin, "<stdin>", false);
  } else {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return Status::NotFound(path + ": cannot open: " + std::strerror(errno));
    raw = std::make_unique<FileStream>(f, path, true);
  }
  if (EndsWith(path, ".gz")) return std::unique_ptr<ByteStream>(std::make_unique<GzipStream>(std::move(raw)));
  if (EndsWith(path, ".zst")) return std::unique_ptr<ByteStream>(std::make_unique<ZstdStream>(std::move(raw)));
  return raw;
}

Result<std::string> ReadAll(ByteStream& in, size_t max_bytes) {
  std::string out;
  char buf[1 << 16];
  for (;;) {
    auto got = in.Read(buf, sizeof buf);
    if (!got.ok()) return got.status();
    if (*got == 0) break;
    if (out.size() + *got > max_bytes)
      return Status::Invalid(in.Name() + ": larger than the limit of " + std::to_string(max_bytes) +
                             " bytes (--max-article-bytes)");
    out.append(buf, *got);
  }
  return out;
}

Result<bool> LineReader::Fill() {
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + (1 << 16));
  auto got = in_.Read(buf_.data() + old, 1 << 16);
  if (!got.ok()) {
    buf_.resize(old);
    failed_ = true;
    eof_ = true;
    return got.status();
  }
  buf_.resize(old + *got);
  if (*got == 0) eof_ = true;
  return *got > 0;
}

Result<bool> LineReader::Next(std::string* line, size_t max_bytes) {
  size_t scanned = 0;
  bool too_long = false;
  for (;;) {
    size_t nl = buf_.find('\n', pos_ + scanned);
    if (nl != std::string::npos) {
      ++line_number_;
      size_t len = nl - pos_;
      if (!too_long && len <= max_bytes) {
        line->assign(buf_, pos_, len);
        if (!line->empty() && line->back() == '\r') line->pop_back();
      }
      pos_ = nl + 1;
      if (too_long || len > max_bytes)
        return Status::Invalid("line " + std::to_string(line_number_) + " is longer than the limit of " +
                               std::to_string(max_bytes) + " bytes (--max-article-bytes)");
      return true;
    }
    scanned = buf_.size() - pos_;
    if (scanned > max_bytes) {  // drop what we hold of an over-long line, keep counting
      too_long = true;
      buf_.clear();
      pos_ = 0;
      scanned = 0;
    }
    if (eof_) {
      if (buf_.size() == pos_ && !too_long) return false;
      ++line_number_;
      size_t len = buf_.size() - pos_;
      if (!too_long) {
        line->assign(buf_, pos_, len);
        if (!line->empty() && line->back() == '\r') line->pop_back();
      }
      buf_.clear();
      pos_ = 0;
      if (too_long)
        return Status::Invalid("line " + std::to_string(line_number_) + " is longer than the limit of " +
                               std::to_string(max_bytes) + " bytes (--max-article-bytes)");
      return true;
    }
    auto more = Fill();
    if (!more.ok()) return more.status();
  }
}

}  // namespace dyad::text
