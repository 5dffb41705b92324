#include "commands.h"

namespace dyad::cli {

void AddStoreCommands(CLI::App& app, Context& ctx) {
  for (const char* name : {"ingest", "query", "series", "export"}) {
    auto* sub = app.add_subcommand(name, std::string(name) + " events in the store");
    sub->allow_extras();
    sub->callback([&ctx, name] { NotYetAvailable(ctx, name, "event store, issue 6"); });
  }
}

}  // namespace dyad::cli
