// NLP stage speed: tokenize, tag, parse separately and together, in tokens/s and sentences/s
// per thread, plus model load time and peak memory (max RSS). Text: UD English-EWT dev,
// rebuilt from ../shared; skipped with a message when absent.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <filesystem>

#include "nlp/conllu.h"
#include "nlp/model.h"
#include "nlp/nlp.h"

namespace dyad::nlp {
namespace {

const std::string kDev = std::string(DYAD_SHARED_DIR) + "/reference/UD_English-EWT/en_ewt-ud-dev.conllu";

struct Fixture {
  std::unique_ptr<const Model> model;
  std::string text;
  Document tokenized, tagged;
  std::string error;
};

const Fixture& Shared() {
  static Fixture* f = [] {
    auto* fx = new Fixture;
    auto model = LoadModel(DefaultModelPath());
    if (!model.ok()) {
      fx->error = model.status().message();
      return fx;
    }
    fx->model = std::move(model.value());
    auto gold = ReadConllu(kDev);
    if (!gold.ok()) {
      fx->error = gold.status().message() + " (../shared absent?)";
      return fx;
    }
    for (const ConlluSentence& s : *gold) {
      if (!fx->text.empty()) fx->text += s.new_paragraph ? "\n\n" : " ";
      fx->text += s.text;
    }
    fx->tokenized.text = fx->text;
    (void)MakeTokenizer()->Process(fx->tokenized);
    fx->tagged = fx->tokenized;
    (void)MakeTagger(*fx->model)->Process(fx->tagged);
    return fx;
  }();
  return *f;
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

void Report(benchmark::State& state, const Document& doc) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * doc.tokens.size()));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * doc.sentences.size()), benchmark::Counter::kIsRate);
  state.counters["peak_rss_MB"] = PeakRssMb();
}

#define DYAD_NEED_FIXTURE(f)                 \
  const Fixture& f = Shared();               \
  if (!f.error.empty()) {                    \
    state.SkipWithError(f.error.c_str());    \
    return;                                  \
  }

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) {
    auto model = LoadModel(DefaultModelPath());
    if (!model.ok()) {
      state.SkipWithError(model.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(model);
  }
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Tokenize(benchmark::State& state) {
  DYAD_NEED_FIXTURE(f);
  auto stage = MakeTokenizer();
  Document doc;
  for (auto _ : state) {
    doc.text = f.text;
    (void)stage->Process(doc);
  }
  Report(state, doc);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_Tag(benchmark::State& state) {
  DYAD_NEED_FIXTURE(f);
  auto stage = MakeTagger(*f.model);
  Document doc = f.tokenized;
  for (auto _ : state) (void)stage->Process(doc);
  Report(state, doc);
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond)->ThreadRange(1, 2);

void BM_Parse(benchmark::State& state) {
  DYAD_NEED_FIXTURE(f);
  auto stage = MakeParser(*f.model);
  Document doc = f.tagged;
  for (auto _ : state) {
    for (Sentence& s : doc.sentences) s.parsed = false;  // the parser skips parsed sentences
    (void)stage->Process(doc);
  }
  Report(state, doc);
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond)->ThreadRange(1, 2);

void BM_TokenizeTagParse(benchmark::State& state) {
  DYAD_NEED_FIXTURE(f);
  auto tokenizer = MakeTokenizer();
  auto tagger = MakeTagger(*f.model);
  auto parser = MakeParser(*f.model);
  Document doc;
  for (auto _ : state) {
    doc.text = f.text;
    (void)tokenizer->Process(doc);
    (void)tagger->Process(doc);
    (void)parser->Process(doc);
  }
  Report(state, doc);
}
BENCHMARK(BM_TokenizeTagParse)->Unit(benchmark::kMillisecond)->ThreadRange(1, 2);

}  // namespace
}  // namespace dyad::nlp

BENCHMARK_MAIN();
