#include "commands.h"

namespace dyad::cli {

void AddCodeCommand(CLI::App& app, Context& ctx) {
  auto* code = app.add_subcommand("code", "code articles into events");
  code->allow_extras();
  code->callback([&ctx] { NotYetAvailable(ctx, "code", "foundation"); });
}

}  // namespace dyad::cli
