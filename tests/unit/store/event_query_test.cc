#include "store/event_query.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "output/gdelt_writer.h"
#include "store/event_export.h"
#include "store_test_util.h"

namespace dyad::store {
namespace {

using testing::CodedDoc;

class EventQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto st = EventStore::Open(testing::TempDir("query") + "/s.db", EventStore::Mode::kReadWrite);
    ASSERT_TRUE(st.ok()) << st.status().message();
    store_ = std::move(st.value());
    ASSERT_TRUE(store_->BeginBatch().ok());
    for (const auto& d : {CodedDoc("q1", "2023-01-10", "a.com", "USA>CHN:036 talks on trade."),
                          CodedDoc("q2", "2023-01-11", "b.com", "CHN>USA:112 criticized the tariffs."),
                          CodedDoc("q3", "2023-02-03", "a.com", "USA>CHNGOV:061 cooperation on climate."),
                          CodedDoc("q4", "2023-02-04", "c.com", "KEN>KENGOV:141@Nairobi protest over prices."),
                          CodedDoc("q5", "2023-03-01", "a.com", "USA>RUS:163 sanctions imposed. GBR>RUS:163 also.")})
      ASSERT_TRUE(store_->AddArticle(d).ok());
    ASSERT_TRUE(store_->CommitBatch().ok());
  }

  std::vector<std::string> Codes(const EventFilter& f) {
    std::vector<std::string> out;
    Status s = QueryEvents(*store_, f, [&](const EventRow& e) {
      out.push_back(e.source_code + ">" + e.target_code + ":" + e.cameo);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s.message();
    return out;
  }

  std::unique_ptr<EventStore> store_;
};

TEST_F(EventQueryTest, DyadOneWayAndEither) {
  EventFilter f;
  ASSERT_TRUE(ParseDyad("USA:CHN", &f).ok());
  EXPECT_EQ(Codes(f), (std::vector<std::string>{"USA>CHN:036", "USA>CHNGOV:061"}));
  f.either_direction = true;
  EXPECT_EQ(Codes(f), (std::vector<std::string>{"USA>CHN:036", "CHN>USA:112", "USA>CHNGOV:061"}));
  EXPECT_FALSE(ParseDyad("USA", &f).ok());
}

TEST_F(EventQueryTest, ActorCodePrefixRoleCameoAndQuad) {
  EventFilter f;
  f.actor = "CHNGOV";
  EXPECT_EQ(Codes(f), (std::vector<std::string>{"USA>CHNGOV:061"}));
  f = {};
  f.role = "GOV";
  EXPECT_EQ(Codes(f).size(), 2u);
  f = {};
  f.cameo = {"16"};
  EXPECT_EQ(Codes(f), (std::vector<std::string>{"GBR>RUS:163", "USA>RUS:163"}));  // same day: by id
  f = {};
  f.quad_class = 3;
  EXPECT_EQ(Codes(f), (std::vector<std::string>{"CHN>USA:112"}));
}

TEST_F(EventQueryTest, DatesPlacesAndText) {
  EventFilter f;
  f.from = ParseIsoDate("2023-02");
  f.to = ParseIsoDate("2023-02");
  EXPECT_EQ(Codes(f), (std::vector<std::string>{"USA>CHNGOV:061", "KEN>KENGOV:141"}));
  f = {};
  f.place = "nairobi";
  EXPECT_EQ(Codes(f), (std::vector<std::string>{"KEN>KENGOV:141"}));
  f = {};
  f.text = "tariffs";
  EXPECT_EQ(Codes(f), (std::vector<std::string>{"CHN>USA:112"}));
  f = {};
  f.country = "KEN";
  f.limit = 0;
  EXPECT_TRUE(Codes(f).empty());
}

TEST_F(EventQueryTest, SeriesByMonthCountsEachEventOnce) {
  EventFilter f;
  ASSERT_TRUE(ParseDyad("USA:CHN", &f).ok());
  f.either_direction = true;
  auto points = Series(*store_, f, Bucket::kMonth);
  ASSERT_TRUE(points.ok()) << points.status().message();
  ASSERT_EQ(points->size(), 3u);
  EXPECT_EQ((*points)[0].start.Iso(), "2023-01-01");
  EXPECT_EQ((*points)[0].quad_class, 1);
  EXPECT_EQ((*points)[1].quad_class, 3);
  EXPECT_EQ((*points)[2].start.Iso(), "2023-02-01");
  EXPECT_EQ((*points)[2].events, 1);
  EXPECT_DOUBLE_EQ((*points)[2].goldstein_sum, 3.0);  // the fake coder's root 06 / 2

  EventFilter country;
  country.country = "KEN";  // both sides Kenyan: one event, not two
  auto k = Series(*store_, country, Bucket::kWeek);
  ASSERT_TRUE(k.ok());
  ASSERT_EQ(k->size(), 1u);
  EXPECT_EQ((*k)[0].events, 1);
  EXPECT_EQ((*k)[0].start.Weekday(), 1);  // weeks start on Monday
  EXPECT_FALSE(Series(*store_, EventFilter{}, Bucket::kDay).ok());
}

// The roll-up answers must equal the events-table answers for every filter they serve.
TEST(SeriesRollup, AgreesWithTheEventScanOnARandomStore) {
  auto st = EventStore::Open(testing::TempDir("rollup") + "/s.db", EventStore::Mode::kReadWrite);
  ASSERT_TRUE(st.ok());
  EventStore& store = **st;
  const char* countries[] = {"USA", "CHN", "RUS", "UKR", "KEN"};
  const char* roots[] = {"01", "04", "06", "08", "11", "14", "17", "19"};
  uint32_t seed = 99;
  auto next = [&seed](uint32_t n) { return (seed = seed * 1103515245u + 12345u) / 65536u % n; };
  ASSERT_TRUE(store.BeginBatch().ok());
  for (int i = 0; i < 300; ++i) {
    std::string text;
    for (int k = 0; k < 3; ++k) {
      text += std::string(countries[next(5)]) + ">" + countries[next(5)] + ":" + roots[next(8)] + std::to_string(next(10));
      text += " done. ";
    }
    std::string date = "2023-0" + std::to_string(1 + next(3)) + "-1" + std::to_string(next(10));
    ASSERT_TRUE(store.AddArticle(CodedDoc("r" + std::to_string(i), date, "o" + std::to_string(next(4)), text)).ok());
  }
  ASSERT_TRUE(store.CommitBatch().ok());
  std::vector<EventFilter> filters(6);
  ParseDyad("USA:CHN", &filters[0]);
  ParseDyad("USA:CHN", &filters[1]);
  filters[1].either_direction = true;
  ParseDyad("RUS:RUS", &filters[2]);
  filters[2].either_direction = true;
  filters[3].country = "KEN";
  filters[4].country = "UKR";
  filters[4].quad_class = 4;
  ParseDyad("CHN:USA", &filters[5]);
  filters[5].from = ParseIsoDate("2023-02-12");
  filters[5].to = ParseIsoDate("2023-03");
  for (size_t i = 0; i < filters.size(); ++i) {
    for (Bucket b : {Bucket::kDay, Bucket::kWeek, Bucket::kMonth}) {
      auto fast = Series(store, filters[i], b);
      auto slow = SeriesFromEvents(store, filters[i], b);
      ASSERT_TRUE(fast.ok() && slow.ok());
      ASSERT_EQ(fast->size(), slow->size()) << "filter " << i;
      ASSERT_FALSE(fast->empty()) << "filter " << i;
      for (size_t k = 0; k < fast->size(); ++k) {
        EXPECT_EQ((*fast)[k].start, (*slow)[k].start);
        EXPECT_EQ((*fast)[k].quad_class, (*slow)[k].quad_class);
        EXPECT_EQ((*fast)[k].events, (*slow)[k].events);
        EXPECT_EQ((*fast)[k].mentions, (*slow)[k].mentions);
        EXPECT_NEAR((*fast)[k].goldstein_sum, (*slow)[k].goldstein_sum, 1e-6);
      }
    }
  }
}

std::string ExportAll(EventStore& store, const std::string& format) {
  std::string out;
  ExportOptions o;
  o.format = format;
  Status s = Export(store, o, [&](std::string_view chunk) {
    out += chunk;
    return Status::Ok();
  });
  EXPECT_TRUE(s.ok()) << s.message();
  return out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

size_t Columns(const std::string& line) { return std::count(line.begin(), line.end(), '\t') + 1; }

TEST_F(EventQueryTest, ExportsGdeltTablesWithTheirColumnCounts) {
  auto events = Lines(ExportAll(*store_, "gdelt-events"));
  ASSERT_EQ(events.size(), 7u);  // header + 6 events
  for (const auto& l : events) EXPECT_EQ(Columns(l), 61u) << l;
  EXPECT_EQ(events[0].substr(0, 13), "GLOBALEVENTID");
  auto mentions = Lines(ExportAll(*store_, "gdelt-mentions"));
  ASSERT_EQ(mentions.size(), 7u);
  for (const auto& l : mentions) EXPECT_EQ(Columns(l), 16u) << l;
  auto csv = Lines(ExportAll(*store_, "csv"));
  EXPECT_EQ(csv.size(), 7u);
  ExportOptions bad;
  bad.format = "xml";
  EXPECT_FALSE(Export(*store_, bad, [](std::string_view) { return Status::Ok(); }).ok());
}

TEST_F(EventQueryTest, JsonlExportFollowsTheEventContract) {
  auto lines = Lines(ExportAll(*store_, "jsonl"));
  ASSERT_EQ(lines.size(), 6u);
  for (const auto& l : lines) {
    auto j = nlohmann::json::parse(l);
    for (const char* k : {"event_id", "doc_id", "sentence", "date", "date_precision", "source", "target", "cameo",
                          "root", "quad_class", "goldstein", "plover", "negated", "location", "text", "evidence"})
      EXPECT_TRUE(j.contains(k)) << k << " in " << l;
    EXPECT_EQ(j["event_id"].get<std::string>().size(), 16u);
    auto verb = j["evidence"]["verb"];
    ASSERT_TRUE(verb.is_array());
    std::string text = j["text"];
    EXPECT_LE(verb[1].get<int>(), static_cast<int>(text.size()));
    EXPECT_EQ(j["source"]["text"].get<std::string>(), text.substr(j["evidence"]["source"][0].get<int>(), 3));
  }
}

}  // namespace
}  // namespace dyad::store
