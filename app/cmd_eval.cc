// dyad eval: code the sentences of gold files and score the events against the gold. See
// docs/evaluation.md for the formats, the matching and every figure's definition.
#include <cstdio>
#include <memory>

#include <fmt/core.h>

#include "coder/pipeline.h"
#include "commands.h"
#include "eval/evaluator.h"
#include "eval/gold.h"
#include "eval/report.h"
#include "eval/scorer.h"

namespace dyad::cli {
namespace {

struct EvalArgs {
  std::vector<std::string> gold;
  std::string kb, model;
  bool json = false, gold_parse = false;
  int threads = 0, mistakes = 30;
};

int RunEval(const EvalArgs& a) {
  std::vector<eval::GoldFile> files;
  for (const std::string& path : a.gold) {
    auto file = eval::ReadGoldFile(path);
    if (!file.ok()) {
      fmt::print(stderr, "dyad: {}\n", file.status().message());
      return kUsage;
    }
    files.push_back(std::move(*file));
  }
  // With gold parses for every sentence only the actor and event stages run: no NLP model.
  bool parses_only = a.gold_parse && a.model.empty();
  for (const eval::GoldFile& file : files) parses_only = parses_only && eval::AllParsed(file);
  std::unique_ptr<const Pipeline> pipeline;
  std::unique_ptr<const eval::GoldParseCoder> parse_coder;
  eval::CodeFn code_fn;
  if (parses_only) {
    auto created = eval::GoldParseCoder::Create(a.kb);
    if (!created.ok()) {
      fmt::print(stderr, "dyad: cannot load the knowledge base: {}\n", created.status().message());
      return kInternal;
    }
    parse_coder = std::move(created.value());
    code_fn = [&parse_coder](Document& doc, bool from_parse) { return parse_coder->Code(doc, from_parse); };
  } else {
    pipeline = StartPipeline(a.kb, a.model);
    if (!pipeline) return kInternal;
    code_fn = eval::PipelineCoder(*pipeline);
  }
  eval::CodeOptions code;
  code.gold_parse = a.gold_parse;
  code.threads = a.threads;
  for (const eval::GoldFile& file : files) {
    auto coded = eval::CodeGoldFile(code_fn, file, code);
    eval::FileScores scores = eval::Score(file, coded);
    std::string out = a.json ? eval::JsonReport(scores) + "\n" : eval::TextReport(scores, a.mistakes) + "\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
  }
  return kOk;
}

}  // namespace

void AddEvalCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<EvalArgs>();
  auto* cmd = app.add_subcommand("eval", "score coded events against gold files");
  cmd->add_option("gold", a->gold,
                  "gold files: PETR2 validation .xml, PLOVER GSR JSON, ConfliBERT class .tsv or span "
                  "file, golden .test")
      ->required();
  cmd->add_flag("--json", a->json, "print one JSON object per gold file");
  cmd->add_flag("--gold-parse", a->gold_parse, "code from the gold tokens and parse where the file has them");
  cmd->add_option("--kb", a->kb, "compiled knowledge base (default: the bundled one)");
  cmd->add_option("--model", a->model, "NLP model file (default: the bundled one)");
  cmd->add_option("-j,--threads", a->threads, "worker threads (default: all cores)");
  cmd->add_option("--mistakes", a->mistakes, "misses and false events to list per file (-1: all; default 30)");
  cmd->callback([a, &ctx] { ctx.exit_code = RunEval(*a); });
}

}  // namespace dyad::cli
