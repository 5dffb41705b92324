#include "commands.h"

namespace dyad::cli {

void AddNlpCommands(CLI::App& app, Context& ctx) {
  auto* nlp = app.add_subcommand("nlp", "train, evaluate and run the tagger and parser");
  nlp->require_subcommand(1);
  for (const char* name : {"train", "eval", "parse"}) {
    auto* sub = nlp->add_subcommand(name, std::string("nlp ") + name);
    sub->allow_extras();
    sub->callback([&ctx, name] { NotYetAvailable(ctx, name, "NLP core, issue 3"); });
  }
}

}  // namespace dyad::cli
