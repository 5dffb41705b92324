#include "commands.h"

namespace dyad::cli {

void AddEvalCommand(CLI::App& app, Context& ctx) {
  auto* eval = app.add_subcommand("eval", "score coded events against gold files");
  eval->allow_extras();
  eval->callback([&ctx] { NotYetAvailable(ctx, "eval", "event coder, issue 5"); });
}

}  // namespace dyad::cli
