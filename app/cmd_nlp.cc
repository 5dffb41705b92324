// dyad nlp train | eval | parse: the NLP core's commands (docs/nlp.md).
#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.h"
#include "nlp/conllu.h"
#include "nlp/evaluate.h"
#include "nlp/model.h"
#include "nlp/nlp.h"
#include "nlp/training.h"

namespace dyad::cli {
namespace {

struct TrainArgs {
  std::string train, dev, out;
  std::vector<std::string> extra;  // treebanks appended `extra_copies` times (our news sentences)
  int extra_copies = 3;
  nlp::TrainOptions options;
};

struct EvalArgs {
  std::string gold, model, predictions;
  bool json = false;
};

struct ParseArgs {
  std::string input = "-", model;
};

double Round2(double v) { return static_cast<double>(static_cast<long long>(v * 100 + 0.5)) / 100; }

void PrintReport(const nlp::EvalReport& r, bool json) {
  if (json) {
    nlohmann::json j;
    j["gold_tokenization"] = {{"upos", Round2(r.upos)}, {"xpos", Round2(r.xpos)},
                              {"lemma", Round2(r.lemma)}, {"uas", Round2(r.uas)},
                              {"las", Round2(r.las)}};
    j["raw_text"] = {{"sentence_f1", Round2(r.sentence_f1)}, {"token_f1", Round2(r.token_f1)},
                     {"upos", Round2(r.raw_upos)}, {"uas", Round2(r.raw_uas)},
                     {"las", Round2(r.raw_las)}};
    j["sentences"] = r.sentences;
    j["tokens"] = r.words;
    fmt::print("{}\n", j.dump());
    return;
  }
  fmt::print("{} sentences, {} words\n", r.sentences, r.words);
  fmt::print("gold tokenization: UPOS {:.2f}  XPOS {:.2f}  lemma {:.2f}  UAS {:.2f}  LAS {:.2f}"
             "  (LAS with subtypes {:.2f})  {:.0f} words/s\n",
             r.upos, r.xpos, r.lemma, r.uas, r.las, r.las_full_label,
             static_cast<double>(r.words) / std::max(r.seconds_gold, 1e-9));
  fmt::print("raw text:          sentence F1 {:.2f}  token F1 {:.2f}  UPOS {:.2f}  XPOS {:.2f}"
             "  lemma {:.2f}  UAS {:.2f}  LAS {:.2f}\n",
             r.sentence_f1, r.token_f1, r.raw_upos, r.raw_xpos, r.raw_lemma, r.raw_uas, r.raw_las);
  std::vector<std::pair<std::string, nlp::RelationScore>> rels(r.by_relation.begin(), r.by_relation.end());
  std::sort(rels.begin(), rels.end(), [](const auto& a, const auto& b) {
    return a.second.gold - a.second.correct > b.second.gold - b.second.correct;
  });
  fmt::print("relations by LAS errors (gold tokenization):\n");
  for (const auto& [name, s] : rels)
    fmt::print("  {:<12} {:>6} gold  {:>5} wrong  {:6.2f}% right\n", name, s.gold, s.gold - s.correct,
               100.0 * static_cast<double>(s.correct) / static_cast<double>(std::max<size_t>(s.gold, 1)));
}

void RunTrain(const TrainArgs& a, Context& ctx) {
  auto log = [](const std::string& m) { fmt::print(stderr, "{}\n", m); };
  auto train = nlp::ReadConllu(a.train);
  if (!train.ok()) {
    fmt::print(stderr, "dyad: {}\n", train.status().message());
    ctx.exit_code = kUsage;
    return;
  }
  const size_t own = train->size();
  std::vector<size_t> origin;
  std::string extra_note;
  for (const std::string& path : a.extra) {
    auto extra = nlp::ReadConllu(path);
    if (!extra.ok()) {
      fmt::print(stderr, "dyad: {}\n", extra.status().message());
      ctx.exit_code = kUsage;
      return;
    }
    nlp::AppendCopies(*train, *extra, std::max(a.extra_copies, 0), origin);
    extra_note += fmt::format(" + {} x {} ({} sentences)", std::max(a.extra_copies, 0),
                              path.substr(path.find_last_of('/') + 1), extra->size());
  }
  std::string description = fmt::format(
      "trained on {}{} ({} sentences); tagger epochs {} x {} runs, parser epochs {}{}, jackknife folds {}{}, "
      "min feature counts {}/{}, seed {}",
      a.train.substr(a.train.find_last_of('/') + 1), extra_note, own, a.options.tagger_epochs, a.options.tagger_runs,
      a.options.parser_epochs,
      a.options.parser_runs > 1 ? fmt::format(" x {} runs", a.options.parser_runs) : std::string(),
      a.options.jackknife_folds,
      a.options.fold_tagger_runs > 0 && a.options.fold_tagger_runs != a.options.tagger_runs
          ? fmt::format(" (tagger runs {})", a.options.fold_tagger_runs)
          : std::string(),
      a.options.tagger_min_count, a.options.parser_min_count,
      a.options.seed);
  auto model = nlp::TrainModel(*train, description, a.options, log, origin);
  std::vector<std::vector<std::string>> self_tests;
  for (size_t s = 0; s < train->size() && self_tests.size() < 3; ++s) {
    std::vector<std::string> words;
    for (const auto& w : (*train)[s].words) words.push_back(w.form);
    if (words.size() >= 5) self_tests.push_back(std::move(words));
  }
  std::string out = a.out.empty() ? nlp::DefaultModelPath() : a.out;
  if (Status s = model->Save(out, self_tests); !s.ok()) {
    fmt::print(stderr, "dyad: {}\n", s.message());
    ctx.exit_code = kInternal;
    return;
  }
  fmt::print(stderr, "wrote {}\n", out);
  auto loaded = nlp::LoadModel(out);
  if (!loaded.ok()) {
    fmt::print(stderr, "dyad: {}\n", loaded.status().message());
    ctx.exit_code = kInternal;
    return;
  }
  if (!a.dev.empty()) {
    auto dev = nlp::ReadConllu(a.dev);
    if (!dev.ok()) {
      fmt::print(stderr, "dyad: {}\n", dev.status().message());
      ctx.exit_code = kUsage;
      return;
    }
    fmt::print("dev ({}):\n", a.dev);
    PrintReport(nlp::Evaluate(**loaded, *dev), false);
  }
}

void RunEval(const EvalArgs& a, Context& ctx) {
  auto model = nlp::LoadModel(a.model.empty() ? nlp::DefaultModelPath() : a.model);
  if (!model.ok()) {
    fmt::print(stderr, "dyad: {}\n", model.status().message());
    ctx.exit_code = kInternal;  // as docs/cli.md: the model could not be loaded
    return;
  }
  auto gold = nlp::ReadConllu(a.gold);
  if (!gold.ok()) {
    fmt::print(stderr, "dyad: {}\n", gold.status().message());
    ctx.exit_code = kUsage;
    return;
  }
  std::string predictions;
  PrintReport(nlp::Evaluate(**model, *gold, a.predictions.empty() ? nullptr : &predictions), a.json);
  if (!a.predictions.empty()) {
    std::ofstream out(a.predictions, std::ios::binary);
    out << predictions;
    if (!out) {
      fmt::print(stderr, "dyad: {}: cannot write\n", a.predictions);
      ctx.exit_code = kUsage;
    }
  }
}

void RunParse(const ParseArgs& a, Context& ctx) {
  auto model = nlp::LoadModel(a.model.empty() ? nlp::DefaultModelPath() : a.model);
  if (!model.ok()) {
    fmt::print(stderr, "dyad: {}\n", model.status().message());
    ctx.exit_code = kInternal;  // as docs/cli.md: the model could not be loaded
    return;
  }
  Document doc;
  if (a.input == "-") {
    doc.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    doc.origin = "<stdin>";
  } else {
    std::ifstream in(a.input, std::ios::binary);
    if (!in) {
      fmt::print(stderr, "dyad: {}: cannot open\n", a.input);
      ctx.exit_code = kUsage;
      return;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    doc.text = buf.str();
    doc.origin = a.input;
  }
  for (const auto& stage : {nlp::MakeTokenizer(), nlp::MakeTagger(**model), nlp::MakeParser(**model)}) {
    if (Status s = stage->Process(doc); !s.ok()) {
      fmt::print(stderr, "dyad: {}: {}\n", stage->Name(), s.message());
      ctx.exit_code = kUsage;
      return;
    }
  }
  fmt::print("{}", nlp::ToConllu(doc));
}

}  // namespace

void AddNlpCommands(CLI::App& app, Context& ctx) {
  auto* nlp = app.add_subcommand("nlp", "train, evaluate and run the tagger and parser");
  nlp->require_subcommand(1);

  auto train = std::make_shared<TrainArgs>();
  auto* t = nlp->add_subcommand("train", "learn the tagger, lemmatizer and parser from CoNLL-U");
  t->add_option("--train", train->train, "training treebank (CoNLL-U)")->required();
  t->add_option("--dev", train->dev, "development treebank, scored after training");
  t->add_option("--out", train->out, "model file to write (default: the data/nlp model)");
  t->add_option("--tagger-epochs", train->options.tagger_epochs, "tagger passes over train");
  t->add_option("--tagger-runs", train->options.tagger_runs, "tagger trainings summed (shuffles)");
  t->add_option("--fold-tagger-runs", train->options.fold_tagger_runs,
                "runs of the jackknife fold taggers (default: --tagger-runs)");
  t->add_option("--parser-epochs", train->options.parser_epochs, "parser passes over train");
  t->add_option("--parser-runs", train->options.parser_runs, "parser trainings summed (shuffles)");
  t->add_option("--folds", train->options.jackknife_folds, "jackknife folds for parser tags (0: gold)");
  t->add_option("--tagger-min-count", train->options.tagger_min_count, "drop rarer tagger features");
  t->add_option("--parser-min-count", train->options.parser_min_count, "drop rarer parser features");
  t->add_option("--seed", train->options.seed, "random seed");
  t->add_option("--extra", train->extra, "extra treebank appended to train (repeatable)");
  t->add_option("--extra-copies", train->extra_copies, "copies of each --extra treebank (default 3)");
  t->callback([train, &ctx] { RunTrain(*train, ctx); });

  auto eval = std::make_shared<EvalArgs>();
  auto* e = nlp->add_subcommand("eval", "score the model against a gold CoNLL-U file");
  e->add_option("gold", eval->gold, "gold treebank (CoNLL-U)")->required();
  e->add_option("--model", eval->model, "model file (default: the data/nlp model)");
  e->add_flag("--json", eval->json, "print one JSON object");
  e->add_option("--predictions", eval->predictions, "write our analysis of the gold words as CoNLL-U");
  e->callback([eval, &ctx] { RunEval(*eval, ctx); });

  auto parse = std::make_shared<ParseArgs>();
  auto* p = nlp->add_subcommand("parse", "tokenize, tag and parse text into CoNLL-U");
  p->add_option("input", parse->input, "text file, or - for standard input (default)");
  p->add_option("--model", parse->model, "model file (default: the data/nlp model)");
  p->callback([parse, &ctx] { RunParse(*parse, ctx); });
}

}  // namespace dyad::cli
