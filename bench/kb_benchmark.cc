// Knowledge-base speed: loading the compiled default KB (target: under 200 ms), compiling it
// from the text sources, and matching actors in sentences.
#include <benchmark/benchmark.h>

#include <cstdio>

#include "kb/binary_format.h"
#include "kb/kb_compiler.h"
#include "kb/kb_stats.h"
#include "kb/knowledge_base.h"
#include "kb/phrase_text.h"

namespace {

using namespace dyad::kb;

const std::string& CompiledPath() {
  static const std::string path = [] {
    std::string p = "/tmp/dyad_kb_benchmark.dkb";
    dyad::kb::SourceReport report;
    auto data = CompileSources(DefaultCompileOptions(std::string(DYAD_SOURCE_DIR) + "/data"), report);
    if (data.ok()) (void)WriteKbFile(*data.value(), p);
    return p;
  }();
  return path;
}

void BM_LoadCompiled(benchmark::State& state) {
  const std::string& path = CompiledPath();
  for (auto _ : state) {
    auto kb = KnowledgeBase::Load(path);
    if (!kb.ok()) {
      state.SkipWithError(kb.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(kb.value().get());
  }
}
BENCHMARK(BM_LoadCompiled)->Unit(benchmark::kMillisecond);

void BM_CompileSources(benchmark::State& state) {
  auto options = DefaultCompileOptions(std::string(DYAD_SOURCE_DIR) + "/data");
  for (auto _ : state) {
    SourceReport report;
    auto data = CompileSources(options, report);
    benchmark::DoNotOptimize(data.ok());
  }
}
BENCHMARK(BM_CompileSources)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_FindActors(benchmark::State& state) {
  auto kb = KnowledgeBase::Load(CompiledPath());
  if (!kb.ok()) {
    state.SkipWithError(kb.status().message().c_str());
    return;
  }
  const char* sentences[] = {
      "Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Washington.",
      "Israeli troops clashed with Palestinian protesters near the border on Friday.",
      "The United Nations Security Council condemned the attack, Reuters reported.",
      "Russian President Vladimir Putin told reporters in Moscow that talks would continue.",
  };
  std::vector<dyad::Document> docs;
  for (const char* s : sentences) docs.push_back(MakeSentenceDocument(s));
  size_t tokens = 0;
  for (const auto& d : docs) tokens += d.tokens.size();
  for (auto _ : state)
    for (const auto& d : docs) benchmark::DoNotOptimize(kb.value()->FindActors(d, 0, {2023, 10, 27}));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_FindActors);

}  // namespace

BENCHMARK_MAIN();
