// dyad: political event data from news. The CLI is a thin shell over the library stages.
#include <cstdio>
#include <exception>

#include <fmt/core.h>

#include "commands.h"

namespace dyad::cli {
void NotYetAvailable(Context& ctx, const char* what, const char* where) {
  fmt::print(stderr, "dyad: {} is not yet available ({})\n", what, where);
  ctx.exit_code = kUsage;
}
}  // namespace dyad::cli

int main(int argc, char** argv) {
  using namespace dyad::cli;
  CLI::App app{"dyad: codes news articles into political event data (CAMEO, PLOVER)"};
  app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);
  app.require_subcommand(1);
  Context ctx;
  AddCodeCommand(app, ctx);
  AddNlpCommands(app, ctx);
  AddKbCommands(app, ctx);
  AddEvalCommand(app, ctx);
  AddStoreCommands(app, ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kOk : kUsage;
  } catch (const std::exception& e) {
    fmt::print(stderr, "dyad: internal error: {}\n", e.what());
    return kInternal;
  }
  return ctx.exit_code;
}
