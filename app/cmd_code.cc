// dyad code: read articles, code them, write events.
#include <cstdio>
#include <fstream>
#include <memory>

#include <fmt/core.h>

#include "base/strings.h"
#include "batch/batch_runner.h"
#include "coder/pipeline.h"
#include "commands.h"
#include "output/event_writer.h"
#include "text/article_reader.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string date, format = "jsonl", output = "-", rejects, kb, model, input_format;
  bool strict = false, keep_negated = false, stats = false;
  int threads = 0;
  size_t max_article_bytes = 16u << 20;
};

// A rejected record: a message on stderr and, with --rejects, the record in a JSONL file.
class RejectLog {
 public:
  Status Open(const std::string& path) {
    if (path.empty()) return Status::Ok();
    file_ = std::fopen(path.c_str(), "w");
    if (!file_) return Status::Io(path + ": cannot write the rejects file");
    return Status::Ok();
  }
  ~RejectLog() {
    if (file_) std::fclose(file_);
  }
  void Add(const text::Rejection& r) {
    ++count_;
    fmt::print(stderr, "dyad: rejected {}\n", r.reason);
    if (!file_) return;
    std::string line = "{\"origin\":\"";
    AppendJsonEscaped(line, r.origin);
    line += "\",\"reason\":\"";
    AppendJsonEscaped(line, r.reason);
    line += "\",\"record\":\"";
    // Invalid UTF-8 cannot travel in JSON: such a record keeps its bytes as \u00XX escapes.
    if (IsValidUtf8(r.record)) {
      AppendJsonEscaped(line, r.record);
    } else {
      for (unsigned char c : r.record) {
        if (c < 0x80) AppendJsonEscaped(line, std::string_view(reinterpret_cast<const char*>(&c), 1));
        else line += fmt::format("\\u00{:02x}", c);
      }
      line += "\",\"record_encoding\":\"bytes";
    }
    line += "\"}\n";
    std::fwrite(line.data(), 1, line.size(), file_);
  }
  size_t count() const { return count_; }

 private:
  std::FILE* file_ = nullptr;
  size_t count_ = 0;
};

struct StrictStop {};

int RunCode(const CodeArgs& a) {
  text::ReadOptions read;
  read.max_article_bytes = a.max_article_bytes;
  read.format = a.input_format;
  if (!a.date.empty()) {
    read.date = ParseIsoDate(a.date);
    if (!read.date || read.date->precision != DatePrecision::kDay) {
      fmt::print(stderr, "dyad: --date expects YYYY-MM-DD, got '{}'\n", a.date);
      return kUsage;
    }
  }
  auto writer = output::MakeEventWriter(a.format);
  if (!writer.ok()) {
    fmt::print(stderr, "dyad: {}\n", writer.status().message());
    return kUsage;
  }
  RejectLog rejects;
  if (Status s = rejects.Open(a.rejects); !s.ok()) {
    fmt::print(stderr, "dyad: {}\n", s.message());
    return kUsage;
  }
  auto pipeline = StartPipeline(a.kb, a.model, a.keep_negated);
  if (!pipeline) return kInternal;
  OutputFile output;
  if (!output.Open(a.output)) {
    fmt::print(stderr, "dyad: {}: cannot write the output file\n", a.output);
    return kUsage;
  }
  std::FILE* out = output.file();
  bool stop = false;
  text::ArticleReader* reader_ptr = nullptr;
  text::ArticleReader reader(a.inputs, read, [&](const text::Rejection& r) {
    rejects.Add(r);
    if (a.strict) stop = true, reader_ptr->RequestStop();
  });
  reader_ptr = &reader;
  std::string buf = (*writer)->Header();
  batch::BatchOptions batch_options;
  batch_options.threads = a.threads;
  batch::BatchStats stats;
  Status run = batch::RunBatch(
      reader, *pipeline, batch_options,
      [&](Document& doc) -> Status {
        if (stop) return Status::Invalid("stopped at the first rejected record (--strict)");
        (*writer)->Append(doc, buf);
        if (buf.size() > (1 << 16)) {
          if (std::fwrite(buf.data(), 1, buf.size(), out) != buf.size()) return Status::Io("write failed");
          buf.clear();
        }
        return Status::Ok();
      },
      [&](const Document& doc, const Status& s) {
        rejects.Add({doc.origin, doc.origin + ": " + s.message(), doc.origin});
        if (a.strict) stop = true, reader.RequestStop();
      },
      &stats);
  if (!buf.empty()) std::fwrite(buf.data(), 1, buf.size(), out);
  std::fflush(out);
  if (a.stats) {
    fmt::print(stderr,
               "{{\"articles\":{},\"sentences\":{},\"events\":{},\"rejected\":{},\"seconds\":{:.3f},"
               "\"peak_rss_bytes\":{}}}\n",
               stats.articles, stats.sentences, stats.events, rejects.count(), stats.seconds,
               stats.peak_rss_bytes);
  }
  if (!run.ok() && !stop) {
    fmt::print(stderr, "dyad: {}\n", run.message());
    return kInternal;
  }
  if (stop) fmt::print(stderr, "dyad: stopped at the first rejected record (--strict)\n");
  return rejects.count() > 0 ? kRejected : kOk;
}

}  // namespace

void AddCodeCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<CodeArgs>();
  auto* cmd = app.add_subcommand("code", "code articles into events (JSONL, TSV or GDELT)");
  cmd->add_option("inputs", a->inputs, "files (.txt .jsonl .html, optionally .gz/.zst), directories, or - for JSONL on stdin")
      ->required();
  cmd->add_option("--date", a->date, "publication date YYYY-MM-DD for .txt/.html files without one in the name");
  cmd->add_option("--format", a->format, "output format")->check(CLI::IsMember({"jsonl", "tsv", "gdelt"}));
  cmd->add_option("-o,--output", a->output, "output file (default: standard output)");
  cmd->add_option("--rejects", a->rejects, "write rejected records here (JSONL: origin, reason, record)");
  cmd->add_flag("--strict", a->strict, "stop at the first rejected record");
  cmd->add_option("--kb", a->kb, "compiled knowledge base (default: the bundled one)");
  cmd->add_option("--model", a->model, "NLP model file (default: the bundled one)");
  cmd->add_option("--input-format", a->input_format, "read every input as this format")
      ->check(CLI::IsMember({"txt", "jsonl", "html"}));
  cmd->add_option("--max-article-bytes", a->max_article_bytes, "reject articles larger than this (default 16 MiB)");
  cmd->add_flag("--keep-negated", a->keep_negated, "emit negated events with negated=true instead of dropping them");
  cmd->add_option("-j,--threads", a->threads, "worker threads (default: all cores)");
  cmd->add_flag("--stats", a->stats, "print one JSON line of counts, time and peak memory to stderr at the end");
  cmd->callback([a, &ctx] { ctx.exit_code = RunCode(*a); });
}

}  // namespace dyad::cli
