// End-to-end checks of `dyad code` through the real binary: the JSONL schema of the event
// contract, the other formats, exit statuses and rejected records.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

#include "test_util.h"

namespace dyad {
namespace {

using nlohmann::json;
using testing::RunCommand;
using testing::TempDir;

const std::string kDyad = DYAD_BINARY;
const std::string kExamples = std::string(DYAD_SOURCE_DIR) + "/examples";

std::vector<json> Lines(const std::string& out) {
  std::vector<json> v;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) v.push_back(json::parse(line));
  return v;
}

void ExpectActor(const json& a) {
  ASSERT_TRUE(a.is_object());
  for (const char* k : {"code", "country", "role", "name", "text"}) {
    ASSERT_TRUE(a.contains(k)) << k;
    EXPECT_TRUE(a[k].is_string()) << k;
  }
  EXPECT_FALSE(a["code"].get<std::string>().empty());
  EXPECT_FALSE(a["text"].get<std::string>().empty());
}

void ExpectSpan(const json& s, size_t text_chars) {
  if (s.is_null()) return;
  ASSERT_TRUE(s.is_array());
  ASSERT_EQ(s.size(), 2u);
  EXPECT_LE(s[0].get<int>(), s[1].get<int>());
  EXPECT_LE(s[1].get<size_t>(), text_chars);
}

size_t Chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

TEST(Cli, JsonlCarriesEveryFieldOfTheContract) {
  auto r = RunCommand(kDyad + " code --date 2023-10-28 " + kExamples + "/2023-10-28-wang-yi-blinken.txt 2>/dev/null");
  ASSERT_EQ(r.status, 0);
  auto events = Lines(r.out);
  ASSERT_FALSE(events.empty());
  for (const auto& e : events) {
    for (const char* k : {"event_id", "doc_id", "date", "date_precision", "cameo", "root", "plover", "text"})
      ASSERT_TRUE(e.contains(k) && e[k].is_string()) << k << " in " << e.dump();
    ASSERT_TRUE(e["sentence"].is_number_integer());
    ASSERT_TRUE(e["quad_class"].is_number_integer());
    ASSERT_TRUE(e["goldstein"].is_number());
    ASSERT_TRUE(e["negated"].is_boolean());
    EXPECT_FALSE(e["negated"].get<bool>());
    ExpectActor(e["source"]);
    ASSERT_TRUE(e.contains("target"));
    if (!e["target"].is_null()) ExpectActor(e["target"]);
    ASSERT_TRUE(e.contains("location"));
    if (!e["location"].is_null()) {
      for (const char* k : {"name", "country", "lat", "lon", "precision"}) EXPECT_TRUE(e["location"].contains(k));
    }
    std::string cameo = e["cameo"], root = e["root"];
    EXPECT_TRUE(cameo.size() == 3 || cameo.size() == 4) << cameo;
    EXPECT_EQ(root, cameo.substr(0, 2));
    int quad = e["quad_class"];
    EXPECT_TRUE(quad >= 1 && quad <= 4);
    double g = e["goldstein"];
    EXPECT_TRUE(g >= -10 && g <= 10);
    std::string precision = e["date_precision"], date = e["date"];
    EXPECT_TRUE(precision == "day" || precision == "month" || precision == "year");
    EXPECT_EQ(date.size(), precision == "day" ? 10u : precision == "month" ? 7u : 4u);
    const json& ev = e["evidence"];
    ASSERT_TRUE(ev.is_object());
    size_t chars = Chars(e["text"]);
    ExpectSpan(ev["verb"], chars);
    ExpectSpan(ev["source"], chars);
    ExpectSpan(ev["target"], chars);
    ASSERT_TRUE(ev["pattern"].is_string());
    EXPECT_FALSE(ev["pattern"].get<std::string>().empty());
    // The evidence offsets point at the actor's words in the sentence.
    std::string text = e["text"];
    std::string src = e["source"]["text"];
    EXPECT_NE(text.find(src), std::string::npos);
  }
}

TEST(Cli, SameInputSameIds) {
  auto a = RunCommand(kDyad + " code " + kExamples + " 2>/dev/null");
  auto b = RunCommand(kDyad + " code -j 1 " + kExamples + " 2>/dev/null");
  ASSERT_EQ(a.status, 0);
  EXPECT_EQ(a.out, b.out);
  std::set<std::string> ids;
  for (const auto& e : Lines(a.out)) ids.insert(e["event_id"].get<std::string>());
  EXPECT_EQ(ids.size(), Lines(a.out).size());  // ids are unique
}

TEST(Cli, TsvAndGdeltFormats) {
  auto tsv = RunCommand(kDyad + " code --format tsv " + kExamples + " 2>/dev/null");
  ASSERT_EQ(tsv.status, 0);
  std::istringstream in(tsv.out);
  std::string header, row;
  std::getline(in, header);
  EXPECT_EQ(header.rfind("event_id\tdoc_id\tsentence\tdate", 0), 0u);
  size_t columns = std::count(header.begin(), header.end(), '\t') + 1;
  while (std::getline(in, row)) EXPECT_EQ(std::count(row.begin(), row.end(), '\t') + 1, static_cast<long>(columns));

  auto gdelt = RunCommand(kDyad + " code --format gdelt " + kExamples + " 2>/dev/null");
  ASSERT_EQ(gdelt.status, 0);
  std::istringstream g(gdelt.out);
  std::getline(g, header);
  EXPECT_EQ(header.rfind("GLOBALEVENTID\tSQLDATE\tMonthYear", 0), 0u);
  EXPECT_EQ(std::count(header.begin(), header.end(), '\t'), 60);
  int rows = 0;
  while (std::getline(g, row)) {
    ++rows;
    EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), 60) << row;
  }
  EXPECT_GT(rows, 0);
}

TEST(Cli, RejectedRecordsGoToFileAndExitThree) {
  TempDir dir;
  auto input = dir.Write("in.jsonl", "{\"id\":\"g1\",\"date\":\"2023-10-28\",\"text\":\"Putin met Xi on Friday.\"}\n"
                                     "{broken\n"
                                     "{\"id\":\"g2\",\"date\":\"2023-10-28\"}\n"
                                     "{\"id\":\"g3\",\"date\":\"2023-10-28\",\"text\":\"Biden met Modi.\"}\n");
  std::string rejects = dir.path() + "/rejects.jsonl";
  auto r = RunCommand(kDyad + " code --rejects " + rejects + " " + input + " 2>" + dir.path() + "/err.txt");
  EXPECT_EQ(r.status, 3);
  std::string err = testing::ReadFile(dir.path() + "/err.txt");
  EXPECT_NE(err.find(input + ":2"), std::string::npos) << err;
  EXPECT_NE(err.find(input + ":3"), std::string::npos) << err;
  auto rejected = Lines(testing::ReadFile(rejects));
  ASSERT_EQ(rejected.size(), 2u);
  EXPECT_EQ(rejected[0]["record"], "{broken");
  std::set<std::string> docs;
  for (const auto& e : Lines(r.out)) docs.insert(e["doc_id"].get<std::string>());
  EXPECT_TRUE(docs.count("g1"));
  EXPECT_TRUE(docs.count("g3"));

  auto strict = RunCommand(kDyad + " code --strict " + input + " 2>/dev/null");
  EXPECT_EQ(strict.status, 3);
  for (const auto& e : Lines(strict.out)) EXPECT_NE(e["doc_id"], "g3");
}

TEST(Cli, StdinAndUsageErrors) {
  auto r = RunCommand("printf '%s\\n' '{\"id\":\"s1\",\"date\":\"2023-10-28\",\"text\":\"Putin met Xi on Friday.\"}' | " + kDyad +
               " code - 2>/dev/null");
  EXPECT_EQ(r.status, 0);
  for (const auto& e : Lines(r.out)) EXPECT_EQ(e["doc_id"], "s1");
  EXPECT_EQ(RunCommand(kDyad + " code --format xml x.txt 2>/dev/null").status, 2);
  EXPECT_EQ(RunCommand(kDyad + " code --date 2023-13-01 x.txt 2>/dev/null").status, 2);
  EXPECT_EQ(RunCommand(kDyad + " frobnicate 2>/dev/null").status, 2);
  EXPECT_EQ(RunCommand(kDyad + " code --help >/dev/null 2>&1").status, 0);
}

TEST(Cli, HugeUnpunctuatedArticleIsBoundedAndReported) {
  TempDir dir;
  std::string words;
  words.reserve(50u << 20);
  while (words.size() < (50u << 20)) words += "the delegation waited outside the hall while talks went on ";
  auto big = dir.Write("2023-10-28-huge.txt", words);
  auto ok = dir.Write("2023-10-28-ok.txt", "Putin met Xi on Friday.");
  auto r = RunCommand(kDyad + " code --stats " + big + " " + ok + " 2>" + dir.path() + "/err.txt");
  EXPECT_EQ(r.status, 3);
  std::string err = testing::ReadFile(dir.path() + "/err.txt");
  EXPECT_NE(err.find(big), std::string::npos);
  EXPECT_NE(err.find("limit"), std::string::npos) << err;
  auto stats = json::parse(err.substr(err.rfind("{\"articles\"")));
  EXPECT_EQ(stats["articles"], 1);
  EXPECT_LT(stats["peak_rss_bytes"].get<double>(), 400e6);  // not the 50 MB file read whole and tokenized
}

}  // namespace
}  // namespace dyad
