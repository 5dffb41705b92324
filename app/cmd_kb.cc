#include "commands.h"

namespace dyad::cli {

void AddKbCommands(CLI::App& app, Context& ctx) {
  auto* kb = app.add_subcommand("kb", "build, check and query the knowledge base");
  kb->require_subcommand(1);
  for (const char* name : {"build", "lint", "stats", "lookup", "import-petrarch"}) {
    auto* sub = kb->add_subcommand(name, std::string("kb ") + name);
    sub->allow_extras();
    sub->callback([&ctx, name] { NotYetAvailable(ctx, name, "knowledge base, issue 4"); });
  }
}

}  // namespace dyad::cli
