#include "batch/batch_runner.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

namespace dyad::batch {
namespace {

// Removes the test directories when the test program ends.
struct TempDirs {
  std::vector<std::filesystem::path> dirs;
  ~TempDirs() {
    std::error_code ec;
    for (const auto& d : dirs) std::filesystem::remove_all(d, ec);
  }
} temp_dirs;

// A JSONL file of n articles; article i's text repeats its number so work varies by article.
std::string WriteArticles(const std::string& name, int n, int bad_every = 0) {
  auto dir = std::filesystem::temp_directory_path() / ("dyad_batch_" + name + "_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  temp_dirs.dirs.push_back(dir);
  std::string path = (dir / "in.jsonl").string();
  std::ofstream out(path);
  for (int i = 0; i < n; ++i) {
    if (bad_every && i % bad_every == bad_every - 1) {
      out << "{not json\n";
      continue;
    }
    out << "{\"id\":\"d" << i << "\",\"date\":\"2023-10-27\",\"text\":\"" << std::string(1 + (i * 7919) % 50, 'x')
        << "\"}\n";
  }
  return path;
}

// Uneven work: spins a little depending on the article, and fails on ids ending in 7.
Status FakeWork(Document& doc) {
  volatile uint64_t h = 0;
  for (size_t k = 0; k < doc.text.size() * 2000; ++k) h = h * 31 + k;
  if (doc.id.back() == '7') return Status::Invalid(doc.origin + ": fake failure");
  doc.sentences.resize(doc.text.size() % 3 + 1);
  return Status::Ok();
}

struct Outcome {
  std::vector<std::string> written, failed, rejected;
  BatchStats stats;
};

Outcome RunFake(const std::string& path, int threads, size_t in_flight = 0) {
  Outcome o;
  text::ArticleReader reader({path}, {}, [&](const text::Rejection& r) { o.rejected.push_back(r.origin); });
  BatchOptions options;
  options.threads = threads;
  options.max_in_flight = in_flight;
  Status s = RunBatch(
      reader, FakeWork, options,
      [&](Document& d) {
        o.written.push_back(d.id);
        return Status::Ok();
      },
      [&](const Document& d, const Status&) { o.failed.push_back(d.id); }, &o.stats);
  EXPECT_TRUE(s.ok()) << s.message();
  return o;
}

TEST(BatchRunner, OutputOrderIsTheSameWhateverTheThreadCount) {
  std::string path = WriteArticles("order", 300, 41);
  Outcome one = RunFake(path, 1);
  EXPECT_EQ(one.written.size() + one.failed.size() + one.rejected.size(), 300u);
  EXPECT_FALSE(one.failed.empty());
  EXPECT_FALSE(one.rejected.empty());
  for (int threads : {2, 3, 8}) {
    for (size_t in_flight : {size_t{0}, size_t{1}, size_t{5}}) {
      Outcome many = RunFake(path, threads, in_flight);
      EXPECT_EQ(many.written, one.written) << threads << " threads";
      EXPECT_EQ(many.failed, one.failed);
      EXPECT_EQ(many.rejected, one.rejected);
      EXPECT_EQ(many.stats.sentences, one.stats.sentences);
      EXPECT_EQ(many.stats.rejected, one.stats.rejected);
    }
  }
  EXPECT_EQ(one.stats.articles, one.written.size());
  EXPECT_EQ(one.stats.rejected, one.failed.size() + one.rejected.size());
  EXPECT_GT(one.stats.peak_rss_bytes, 0u);
}

TEST(BatchRunner, HoldsAtMostMaxInFlightDocuments) {
  std::string path = WriteArticles("bounded", 200);
  std::atomic<int> started{0};
  int written = 0, worst = 0;
  text::ArticleReader reader({path}, {}, nullptr);
  BatchOptions options;
  options.threads = 4;
  options.max_in_flight = 6;
  Status s = RunBatch(
      reader,
      [&](Document& d) {
        ++started;
        return FakeWork(d).ok() ? Status::Ok() : Status::Ok();
      },
      options,
      [&](Document&) {
        ++written;
        worst = std::max(worst, started.load() - written);
        return Status::Ok();
      },
      nullptr, nullptr);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(written, 200);
  EXPECT_LE(worst, 6);
}

TEST(BatchRunner, ASinkErrorStopsTheRun) {
  std::string path = WriteArticles("stop", 100);
  text::ArticleReader reader({path}, {}, nullptr);
  int written = 0;
  BatchOptions options;
  options.threads = 3;
  Status s = RunBatch(
      reader, [](Document&) { return Status::Ok(); }, options,
      [&](Document&) { return ++written == 10 ? Status::Io("disk full") : Status::Ok(); }, nullptr, nullptr);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "disk full");
  EXPECT_EQ(written, 10);
}

TEST(BatchRunner, ResolvesThreadCounts) {
  EXPECT_EQ(ResolveThreads(3), 3);
  EXPECT_GE(ResolveThreads(0), 1);
}

}  // namespace
}  // namespace dyad::batch
