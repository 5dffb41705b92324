// End-to-end throughput driver: what `dyad code` does (read JSONL, split, tag, parse, code,
// format JSONL), timed over a corpus of the NGEC synthetic stories repeated until it holds at
// least --sentences sentences, once per thread count. Prints one Markdown table row per run:
// sentences/s, per core, articles/s, scaling over one thread and peak resident memory.
//
//   dyad_e2e_driver [--sentences 1000000] [--threads 1,2] [--dir DIR] [--shared ../shared]
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "batch/batch_runner.h"
#include "bench/ngec_corpus.h"
#include "coder/pipeline.h"
#include "output/event_writer.h"
#include "text/article_reader.h"

namespace {

using namespace dyad;

struct Args {
  size_t sentences = 1'000'000;
  std::vector<int> threads = {1, 2};
  std::string dir, shared = DYAD_SHARED_DIR;
};

bool ParseArgs(int argc, char** argv, Args* a) {
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    if (i + 1 >= argc) return false;
    std::string v = argv[++i];
    if (k == "--sentences") a->sentences = std::stoull(v);
    else if (k == "--dir") a->dir = v;
    else if (k == "--shared") a->shared = v;
    else if (k == "--threads") {
      a->threads.clear();
      for (auto part : Split(v, ',')) a->threads.push_back(std::stoi(std::string(part)));
    } else {
      return false;
    }
  }
  return true;
}

// Resets the kernel's peak-RSS mark so each run reports its own peak (Linux >= 4.0).
void ResetPeakRss() {
  std::FILE* f = std::fopen("/proc/self/clear_refs", "w");
  if (!f) return;
  std::fputs("5", f);
  std::fclose(f);
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  if (!ParseArgs(argc, argv, &a)) {
    std::fprintf(stderr, "usage: %s [--sentences N] [--threads 1,2,4] [--dir DIR] [--shared DIR]\n", argv[0]);
    return 2;
  }
  if (a.dir.empty()) a.dir = std::filesystem::read_symlink("/proc/self/exe").parent_path().string();
  auto pipeline = Pipeline::Create({});
  if (!pipeline.ok()) {
    std::fprintf(stderr, "e2e: cannot start the pipeline: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  auto stories = bench::NgecArticles(bench::NgecCsvPath(a.shared));
  if (stories.empty()) {
    std::fprintf(stderr, "e2e: no NGEC stories under %s\n", a.shared.c_str());
    return 1;
  }
  // Sentences per story, from a sample, to size the corpus.
  size_t sample_sentences = 0, sample = std::min<size_t>(stories.size(), 300);
  for (size_t i = 0; i < sample; ++i) {
    auto doc = text::ParseJsonArticle(stories[i], "sample");
    if (doc.ok() && (*pipeline)->Process(*doc).ok()) sample_sentences += doc->sentences.size();
  }
  double per_story = std::max(1.0, static_cast<double>(sample_sentences) / sample);
  int repeats = static_cast<int>(std::ceil(a.sentences / (per_story * stories.size())));
  std::string corpus = a.dir + "/e2e_corpus_" + std::to_string(repeats) + ".jsonl";
  if (!std::filesystem::exists(corpus)) {
    // Streamed repeat by repeat (ids "ngec-<repeat>-<row>"), so the driver's own memory does not
    // grow with the corpus and the peak-RSS column measures the pipeline.
    std::ofstream out(corpus + ".tmp");
    const std::string first = "{\"id\":\"ngec-0-";
    for (int r = 0; r < repeats; ++r) {
      const std::string prefix = "{\"id\":\"ngec-" + std::to_string(r) + "-";
      for (const auto& line : stories) out << prefix << std::string_view(line).substr(first.size()) << '\n';
    }
    out.close();
    std::filesystem::rename(corpus + ".tmp", corpus);
  }
  auto writer = output::MakeEventWriter("jsonl");
  std::printf("corpus: %s (%d x %zu stories, about %.1f sentences each)\n\n", corpus.c_str(), repeats, stories.size(),
              per_story);
  std::printf("| threads | articles | sentences | events | seconds | sentences/s | sentences/s per thread | "
              "articles/s | scaling | peak RSS MB |\n|---|---|---|---|---|---|---|---|---|---|\n");
  double base_rate = 0;
  bool have_single = false;
  std::FILE* sink_file = std::fopen("/dev/null", "w");
  for (int threads : a.threads) {
    ResetPeakRss();
    text::ArticleReader reader({corpus}, {}, nullptr);
    batch::BatchOptions options;
    options.threads = threads;
    batch::BatchStats stats;
    std::string buf;
    Status s = batch::RunBatch(
        reader, **pipeline, options,
        [&](Document& doc) {
          (*writer)->Append(doc, buf);
          if (buf.size() > (1 << 16)) std::fwrite(buf.data(), 1, buf.size(), sink_file), buf.clear();
          return Status::Ok();
        },
        nullptr, &stats);
    if (!s.ok()) {
      std::fprintf(stderr, "e2e: %s\n", s.message().c_str());
      return 1;
    }
    double rate = stats.sentences / stats.seconds;
    // Scaling is over the one-thread rate: the first one-thread run's, else the first run's.
    if (threads == 1 && !have_single) base_rate = rate, have_single = true;
    if (base_rate == 0) base_rate = rate / threads;
    std::printf("| %d | %zu | %zu | %zu | %.1f | %.0f | %.0f | %.1f | %.2fx | %.0f |\n", threads, stats.articles,
                stats.sentences, stats.events, stats.seconds, rate, rate / threads, stats.articles / stats.seconds,
                rate / base_rate, stats.peak_rss_bytes / 1e6);
    std::fflush(stdout);
  }
  std::fclose(sink_file);
  return 0;
}
