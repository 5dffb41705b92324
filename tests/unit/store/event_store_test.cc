#include "store/event_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "store/schema.h"
#include "store_test_util.h"

namespace dyad::store {
namespace {

using testing::CodedDoc;
using testing::DumpStore;
using testing::TempDir;

std::unique_ptr<EventStore> OpenRw(const std::string& path) {
  auto st = EventStore::Open(path, EventStore::Mode::kReadWrite);
  EXPECT_TRUE(st.ok()) << st.status().message();
  return st.ok() ? std::move(st.value()) : nullptr;
}

void Add(EventStore& store, const std::vector<Document>& docs) {
  ASSERT_TRUE(store.BeginBatch().ok());
  for (const auto& d : docs) ASSERT_TRUE(store.AddArticle(d).ok());
  ASSERT_TRUE(store.CommitBatch().ok());
}

std::vector<Document> ThreeArticles() {
  return {CodedDoc("a1", "2023-10-27", "reuters.com", "USA>CHN:036 said the talks went well. CHN>USA:042 too."),
          CodedDoc("a2", "2023-10-27", "apnews.com", "Later USA>CHN:036 again. RUS>UKR:190@Kyiv was shelled."),
          CodedDoc("a3", "2023-10-28", "reuters.com", "USA>CHN:036 once more.")};
}

TEST(EventStore, CountsMentionsSourcesAndArticlesLikeGdelt) {
  std::string dir = TempDir("counts");
  auto store = OpenRw(dir + "/s.db");
  ASSERT_TRUE(store);
  Add(*store, ThreeArticles());
  auto counts = store->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->articles, 3);
  EXPECT_EQ(counts->mentions, 5);
  // USA>CHN:036 on 10-27 is one event (a1 + a2), on 10-28 another (the date is in the key).
  EXPECT_EQ(counts->events, 4);
  auto st = store->db().Prepare(
      "SELECT num_mentions, num_sources, num_articles, first_seen, last_seen, is_root FROM events "
      "WHERE source_code = 'USA' AND target_code = 'CHN' AND date = 20231027");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(st->Step().value());
  EXPECT_EQ(st->Int(0), 2);
  EXPECT_EQ(st->Int(1), 2);  // reuters.com and apnews.com
  EXPECT_EQ(st->Int(2), 2);
  EXPECT_EQ(st->Int(3), 20231027);
  EXPECT_EQ(st->Int(4), 20231027);
  EXPECT_EQ(st->Int(5), 1);  // a lead-sentence mention in a1
}

TEST(EventStore, SameSourceTwiceCountsOneSource) {
  std::string dir = TempDir("sources");
  auto store = OpenRw(dir + "/s.db");
  ASSERT_TRUE(store);
  Add(*store, {CodedDoc("b1", "2023-01-02", "x.org", "USA>MEX:051 met."),
               CodedDoc("b2", "2023-01-02", "x.org", "Also USA>MEX:051 met. And USA>MEX:051 met again.")});
  auto st = store->db().Prepare("SELECT num_mentions, num_sources, num_articles FROM events");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(st->Step().value());
  EXPECT_EQ(st->Int(0), 3);
  EXPECT_EQ(st->Int(1), 1);
  EXPECT_EQ(st->Int(2), 2);
}

TEST(EventStore, AddingTheSameArticleTwiceChangesNothing) {
  std::string dir = TempDir("twice");
  auto store = OpenRw(dir + "/s.db");
  ASSERT_TRUE(store);
  Add(*store, ThreeArticles());
  std::string before = DumpStore(*store);
  ASSERT_TRUE(store->BeginBatch().ok());
  for (const auto& d : ThreeArticles()) {
    auto r = store->AddArticle(d);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->added);
  }
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(DumpStore(*store), before);
  // An article without an id is keyed on its content.
  Document no_id = CodedDoc("", "2023-05-01", "", "GBR>FRA:040 spoke.");
  EXPECT_EQ(ArticleKey(no_id).rfind("sha:", 0), 0u);
  Add(*store, {no_id, no_id});
  EXPECT_EQ(store->Counts()->articles, 4);
}

TEST(EventStore, ContentDoesNotDependOnInsertionOrder) {
  std::string dir = TempDir("order");
  auto a = OpenRw(dir + "/a.db");
  auto b = OpenRw(dir + "/b.db");
  ASSERT_TRUE(a && b);
  auto docs = ThreeArticles();
  Add(*a, docs);
  Add(*b, {docs[2], docs[0], docs[1]});
  EXPECT_EQ(DumpStore(*a), DumpStore(*b));
}

TEST(EventStore, ReopensAndKeepsData) {
  std::string dir = TempDir("reopen");
  {
    auto store = OpenRw(dir + "/s.db");
    ASSERT_TRUE(store);
    Add(*store, ThreeArticles());
  }
  auto ro = EventStore::Open(dir + "/s.db", EventStore::Mode::kReadOnly);
  ASSERT_TRUE(ro.ok()) << ro.status().message();
  EXPECT_EQ((*ro)->Counts()->articles, 3);
}

TEST(EventStore, ReadOnlyOpenOfAMissingFileIsNotFound) {
  std::string dir = TempDir("missing");
  auto ro = EventStore::Open(dir + "/none.db", EventStore::Mode::kReadOnly);
  ASSERT_FALSE(ro.ok());
  EXPECT_EQ(ro.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(dir + "/none.db"));
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(EventStore, RefusesAFileThatIsNotSqliteAndLeavesItAlone) {
  std::string dir = TempDir("notdb");
  std::string path = dir + "/notes.db";
  std::ofstream(path) << "these are my notes, not a database\n" << std::string(5000, 'x');
  std::string before = ReadFile(path);
  auto st = EventStore::Open(path, EventStore::Mode::kReadWrite);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.status().message().find("not a dyad store"), std::string::npos) << st.status().message();
  EXPECT_EQ(ReadFile(path), before);
}

TEST(EventStore, RefusesAnotherProgramsDatabase) {
  std::string dir = TempDir("otherdb");
  std::string path = dir + "/other.db";
  {
    auto db = Database::Open(path, true, false);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Exec("CREATE TABLE customers(id INTEGER, name TEXT); INSERT INTO customers VALUES(1, 'x');").ok());
  }
  std::string before = ReadFile(path);
  auto st = EventStore::Open(path, EventStore::Mode::kReadWrite);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.status().message().find("another program"), std::string::npos) << st.status().message();
  EXPECT_EQ(ReadFile(path), before);
}

TEST(EventStore, RefusesANewerSchemaVersion) {
  std::string dir = TempDir("newer");
  std::string path = dir + "/s.db";
  {
    auto store = OpenRw(path);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->db().Exec("PRAGMA user_version = " + std::to_string(CurrentSchemaVersion() + 1)).ok());
  }
  auto st = EventStore::Open(path, EventStore::Mode::kReadWrite);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.status().message().find("newer"), std::string::npos) << st.status().message();
}

// A version-1 store (no roll-ups) is migrated on open, and the migration builds the same
// roll-ups that ingesting into a current store keeps up to date.
TEST(EventStore, MigratesAnOlderStoreToTheSameContent) {
  std::string dir = TempDir("migrate");
  std::string path = dir + "/s.db";
  std::string current;
  {
    auto store = OpenRw(path);
    ASSERT_TRUE(store);
    Add(*store, ThreeArticles());
    current = DumpStore(*store);
    ASSERT_TRUE(store->db().Exec("DROP TABLE dyad_days; DROP TABLE country_days; PRAGMA user_version = 1;").ok());
  }
  auto ro = EventStore::Open(path, EventStore::Mode::kReadOnly);
  ASSERT_FALSE(ro.ok());  // readers never migrate
  EXPECT_NE(ro.status().message().find("migrating"), std::string::npos) << ro.status().message();
  auto store = OpenRw(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(DumpStore(*store), current);
}

TEST(EventStore, RollbackDropsTheOpenBatchOnly) {
  std::string dir = TempDir("rollback");
  auto store = OpenRw(dir + "/s.db");
  ASSERT_TRUE(store);
  auto docs = ThreeArticles();
  Add(*store, {docs[0]});
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->AddArticle(docs[1]).ok());
  ASSERT_TRUE(store->RollbackBatch().ok());
  EXPECT_EQ(store->Counts()->articles, 1);
  EXPECT_FALSE(store->AddArticle(docs[1]).ok());  // outside a batch
}

}  // namespace
}  // namespace dyad::store
