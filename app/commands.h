// Each command group registers its subcommands on the root CLI::App. A command's callback
// stores its exit status in the shared ExitCode; see docs/cli.md for the table.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "coder/pipeline.h"
#include "dyad/status.h"

namespace dyad::cli {

enum Exit : int { kOk = 0, kInternal = 1, kUsage = 2, kRejected = 3 };

struct Context {
  int exit_code = kOk;
};

void AddCodeCommand(CLI::App& app, Context& ctx);   // dyad code      (cmd_code.cc)
void AddNlpCommands(CLI::App& app, Context& ctx);   // dyad nlp ...   (cmd_nlp.cc)
void AddKbCommands(CLI::App& app, Context& ctx);    // dyad kb ...    (cmd_kb.cc)
void AddEvalCommand(CLI::App& app, Context& ctx);   // dyad eval      (cmd_eval.cc)
void AddStoreCommands(CLI::App& app, Context& ctx); // dyad ingest/query/series/export (cmd_store.cc)

// Prints "dyad: <what> is not yet available (<issue>)" and sets exit status 2.
void NotYetAvailable(Context& ctx, const char* what, const char* where);

// The pipeline for --kb/--model (empty: the bundled ones); on failure prints
// "dyad: cannot start the pipeline: ..." and returns null (the caller exits with kInternal).
std::unique_ptr<const Pipeline> StartPipeline(const std::string& kb, const std::string& model,
                                              bool keep_negated = false);

// Where a command writes: standard output for "-", else a file it creates.
class OutputFile {
 public:
  bool Open(const std::string& path) {
    if (path == "-") return true;
    owned_.reset(std::fopen(path.c_str(), "w"));
    out_ = owned_.get();
    return out_ != nullptr;
  }
  Status Write(std::string_view s) {
    if (std::fwrite(s.data(), 1, s.size(), out_) != s.size()) return Status::Io("write failed");
    return Status::Ok();
  }
  std::FILE* file() const { return out_; }
  ~OutputFile() { std::fflush(out_); }

 private:
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> owned_{nullptr, std::fclose};
  std::FILE* out_ = stdout;
};

}  // namespace dyad::cli
