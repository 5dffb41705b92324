// Each command group registers its subcommands on the root CLI::App. A command's callback
// stores its exit status in the shared ExitCode; see docs/cli.md for the table.
#pragma once

#include <CLI/CLI.hpp>

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

}  // namespace dyad::cli
