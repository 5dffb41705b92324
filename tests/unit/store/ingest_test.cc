#include "store/ingest.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "store_test_util.h"

namespace dyad::store {
namespace {

using testing::DumpStore;
using testing::FakeCode;
using testing::TempDir;

// n articles in JSONL whose texts carry fake-coder markup; some share events across articles.
std::string WriteCorpus(const std::string& dir, int n, bool with_bad_records) {
  std::string path = dir + "/corpus.jsonl";
  std::ofstream out(path);
  const char* codes[] = {"USA>CHN:036", "CHN>USA:112", "RUS>UKR:190@Kyiv", "KEN>KENGOV:141@Nairobi", "FRA>DEU:040"};
  for (int i = 0; i < n; ++i) {
    if (with_bad_records && i == 5) out << "{\"id\": \"broken\", \"text\": \n";
    if (with_bad_records && i == 9) {
      out << R"({"id":"fails","date":"2023-10-01","text":"FAIL>FAIL:000 here."})" << "\n";
      continue;
    }
    out << "{\"id\":\"n" << i << "\",\"date\":\"2023-10-" << (10 + i % 7) << "\",\"outlet\":\"o" << i % 3
        << "\",\"text\":\"Lead " << codes[i % 5] << " today. Then " << codes[(i * 3) % 5] << " again.\"}\n";
  }
  return path;
}

Status IngestFake(const std::string& db, const std::string& corpus, size_t batch_articles, IngestSummary* summary) {
  auto store = EventStore::Open(db, EventStore::Mode::kReadWrite);
  if (!store.ok()) return store.status();
  IngestOptions o;
  o.inputs = {corpus};
  o.batch.threads = 2;
  o.batch_articles = batch_articles;
  return Ingest(**store, FakeCode, o, summary);
}

std::string Dump(const std::string& db) {
  auto store = EventStore::Open(db, EventStore::Mode::kReadOnly);
  return store.ok() ? DumpStore(**store) : store.status().message();
}

TEST(Ingest, TwiceLeavesTheStoreUnchanged) {
  std::string dir = TempDir("ingest_twice");
  std::string corpus = WriteCorpus(dir, 40, true);
  IngestSummary first, second;
  ASSERT_TRUE(IngestFake(dir + "/s.db", corpus, 7, &first).ok());
  EXPECT_EQ(first.progress.added, 39u);
  EXPECT_EQ(first.progress.rejected, 2u);  // the broken line and the article the coder fails on
  std::string before = Dump(dir + "/s.db");
  ASSERT_TRUE(IngestFake(dir + "/s.db", corpus, 7, &second).ok());
  EXPECT_EQ(second.progress.added, 0u);
  EXPECT_EQ(second.progress.skipped, 39u);
  EXPECT_EQ(Dump(dir + "/s.db"), before);
}

TEST(Ingest, ParallelAndSequentialRunsBuildTheSameStore) {
  std::string dir = TempDir("ingest_parallel");
  std::string corpus = WriteCorpus(dir, 60, false);
  auto run = [&](const std::string& db, int threads) {
    auto store = EventStore::Open(db, EventStore::Mode::kReadWrite);
    ASSERT_TRUE(store.ok());
    IngestOptions o;
    o.inputs = {corpus};
    o.batch.threads = threads;
    ASSERT_TRUE(Ingest(**store, FakeCode, o, nullptr).ok());
  };
  run(dir + "/one.db", 1);
  run(dir + "/four.db", 4);
  EXPECT_EQ(Dump(dir + "/one.db"), Dump(dir + "/four.db"));
}

// Kills an ingest (a forked child, SIGKILL) at random moments, resumes each time, and checks the
// final store equals an uninterrupted run's.
TEST(Ingest, KilledAtRandomPointsAndResumedEqualsOneRun) {
  std::string dir = TempDir("ingest_kill");
  std::string corpus = WriteCorpus(dir, 400, true);
  auto t0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(IngestFake(dir + "/whole.db", corpus, 5, nullptr).ok());
  const auto full_us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();
  // Kill moments drawn from [0, horizon): the horizon shrinks when a run finishes before its kill
  // and grows back when one is killed, so kills keep landing inside runs whatever the machine's
  // load. A run that finishes is checked, and the next starts over from an empty store.
  std::mt19937 rng(12345);
  std::uniform_real_distribution<double> unit(0, 1);
  double horizon_us = static_cast<double>(full_us);
  const std::string resumed = dir + "/resumed.db";
  int killed = 0;
  for (int round = 0; killed < 20 && round < 200; ++round) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      Status s = IngestFake(resumed, corpus, 5, nullptr);
      _exit(s.ok() ? 0 : 1);
    }
    std::this_thread::sleep_for(std::chrono::microseconds(static_cast<long>(unit(rng) * horizon_us)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) {
      ++killed;
      horizon_us = std::min(horizon_us * 1.1, 2.0 * full_us);
      continue;
    }
    ASSERT_EQ(WEXITSTATUS(status), 0) << "a run failed instead of being killed";
    horizon_us *= 0.7;
    ASSERT_EQ(Dump(resumed), Dump(dir + "/whole.db"));
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(resumed + suffix);
  }
  EXPECT_GE(killed, 20);
  IngestSummary last;
  ASSERT_TRUE(IngestFake(resumed, corpus, 5, &last).ok());
  EXPECT_EQ(Dump(resumed), Dump(dir + "/whole.db"));
}

}  // namespace
}  // namespace dyad::store
