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

std::unique_ptr<const Pipeline> StartPipeline(const std::string& kb, const std::string& model, bool keep_negated) {
  PipelineOptions options;
  options.kb_path = kb;
  options.nlp_model_path = model;
  options.keep_negated = keep_negated;
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    fmt::print(stderr, "dyad: cannot start the pipeline: {}\n", pipeline.status().message());
    return nullptr;
  }
  return std::move(pipeline.value());
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
