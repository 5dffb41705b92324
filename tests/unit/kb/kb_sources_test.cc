// Reading our dictionary formats: malformed lines are errors naming file and line, every one of
// them is reported, and the compiled binary round-trips and rejects corruption.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "kb/binary_format.h"
#include "kb/dictionary_reader.h"
#include "kb/kb_compiler.h"
#include "kb/knowledge_base.h"

namespace dyad::kb {
namespace {

TEST(DictionaryReader, MalformedLinesNameFileAndLine) {
  const char* text =
      "# comment\n"
      "Good Person | GP | USAELI; USAGOV 2001-01-20..2009-01-20 president\n"
      "No Codes | variants\n"                                           // 3: too few fields
      "Bad Code | | usagov\n"                                            // 4: not a code
      "Bad Range | | USAELI; USAGOV 2009-13-01..2010-01-01\n"            // 5: month 13
      "Inverted | | USAGOV 2010-01-01..2009-01-01\n"                     // 6: ends before start
      "Two Bases | | USAELI; USAGOV\n"                                   // 7: two undated codes
      "Tagged | | MED | weird\n"                                         // 8: unknown tag
      "Also Good | | CHNGOV 2013.. # trailing comment\n";
  KbData data;
  SourceReport report;
  ReadActorFile(text, "persons/test.txt", kPerson, data, report);
  ASSERT_EQ(report.errors.size(), 6u);
  int expected_line = 3;
  for (const SourceError& e : report.errors) {
    EXPECT_EQ(e.file, "persons/test.txt");
    EXPECT_EQ(e.line, expected_line++) << e.Text();
    EXPECT_NE(e.Text().find("persons/test.txt:"), std::string::npos);
  }
  EXPECT_NE(report.errors[0].message.find("expected"), std::string::npos);
  ASSERT_EQ(data.actors.size(), 2u);
  EXPECT_EQ(data.actors[0].phrases, (std::vector<std::string>{"Good Person", "GP"}));
  EXPECT_EQ(data.actors[1].roles.size(), 1u);
  EXPECT_EQ(data.actors[1].roles[0].to, kOpenTo);
  EXPECT_EQ(BoundText(data.actors[1].roles[0].from, false), "2013-01-01");
}

TEST(DictionaryReader, VerbPatternsExpandHeadsAndSynonyms) {
  Synsets sets;
  SourceReport report;
  ReadSynonymFile("&talk | talk; negotiation\n&Bad | Not Lower\n", "syn.txt", sets, report);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].line, 2);
  KbData data;
  ReadVerbFile(
      "036 | agree, offer | $ * to hold &talk with +\n"
      "046 | n: talks | * between $ and +\n"
      "999x | meet | $ * +\n"           // bad code
      "040 | meet | $ + +\n"            // no head, two targets
      "040 | Meet | $ * +\n"            // head not a lemma
      "040 | meet | $ * &nosuch\n",     // unknown set
      "verbs/test.txt", sets, data, report);
  EXPECT_EQ(report.errors.size(), 5u);
  ASSERT_EQ(data.verbs.size(), 5u) << "2 heads x 2 synonyms + 1 nominal";
  EXPECT_EQ(data.verbs[0].head, "agree");
  EXPECT_EQ(data.verbs[0].elements.size(), 7u);
  EXPECT_EQ(data.verbs[0].elements[1].kind, PatternElement::kVerb);
  EXPECT_EQ(data.verbs[0].elements[1].lemma, "agree");
  EXPECT_EQ(data.verbs[0].entry, "verbs/test.txt:1");
  EXPECT_TRUE(data.verbs[4].nominal);
}

TEST(DictionaryReader, LintFindsOverlapsShadowsAndUnknownCodes) {
  KbData data;
  SourceReport report;
  ReadCameoTable("040\tConsult\t1.0\t1\tCONSULT\n043\tHost\t2.8\t1\tCONSULT\n", "cameo.tsv", data,
                 report);
  ReadActorFile("Two Jobs | | USAELI; USAGOV 2001..2005; USAMIL 2004..2008\n", "p.txt", kPerson,
                data, report);
  Synsets none;
  ReadVerbFile("040 | meet | $ * +\n043 | meet | $ * +\n077 | visit | $ * +\n", "v.txt", none, data,
               report);
  ASSERT_TRUE(report.errors.empty());
  LintData(data, report);
  ASSERT_EQ(report.errors.size(), 3u);
  EXPECT_NE(report.errors[0].message.find("can never match"), std::string::npos);
  EXPECT_EQ(report.errors[0].line, 2);
  EXPECT_NE(report.errors[1].message.find("unknown CAMEO"), std::string::npos);
  EXPECT_NE(report.errors[2].message.find("overlap"), std::string::npos);
}

TEST(BinaryFormat, RoundTripsAndRejectsCorruption) {
  KbData d;
  SourceReport report;
  ReadActorFile("Joe Biden | Biden | USAELI; USAGOV 2021-01-20..2025-01-20 president\n", "p.txt",
                kPerson, d, report);
  ReadCameoTable("163\tImpose sanctions\t-8.0\t4\tCOERCE\n", "c.tsv", d, report);
  d.places.push_back({"Paris", "FRA", 48.85, 2.35, "city", 2100000});
  d.place_keys.push_back("paris");
  d.self_tests.push_back({"Joe Biden spoke.", "2022-01-01", {"USAGOV"}, "s.txt", 1});
  std::string bytes = SerializeKb(d);
  auto back = DeserializeKb(bytes, "mem");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back.value()->actors[0].roles[0].from, d.actors[0].roles[0].from);
  EXPECT_EQ(back.value()->cameo[0].goldstein, -8.0);
  EXPECT_EQ(back.value()->places[0].population, 2100000);
  auto kb = KnowledgeBase::FromData(std::move(back).value());
  ASSERT_TRUE(kb.ok()) << kb.status().message();

  std::string bad_magic = bytes;
  bad_magic[0] = 'X';
  EXPECT_NE(DeserializeKb(bad_magic, "f.dkb").status().message().find("magic"), std::string::npos);
  std::string bad_version = bytes;
  bad_version[8] = 99;
  EXPECT_NE(DeserializeKb(bad_version, "f.dkb").status().message().find("version"), std::string::npos);
  std::string flipped = bytes;
  flipped[bytes.size() - 3] ^= 0x55;
  EXPECT_FALSE(DeserializeKb(flipped, "f.dkb").ok());
  for (size_t cut : {size_t{0}, size_t{10}, size_t{40}, bytes.size() - 1})
    EXPECT_FALSE(DeserializeKb(bytes.substr(0, cut), "f.dkb").ok()) << cut;
}

TEST(BinaryFormat, FailingSelfTestStopsTheLoad) {
  auto d = std::make_unique<KbData>();
  d->self_tests.push_back({"Nobody here.", "2022-01-01", {"USAGOV"}, "selftest.txt", 7});
  auto kb = KnowledgeBase::FromData(std::move(d));
  ASSERT_FALSE(kb.ok());
  EXPECT_NE(kb.status().message().find("selftest.txt:7"), std::string::npos);
}

TEST(BinaryFormat, LoadReportsMissingFile) {
  auto kb = KnowledgeBase::Load("/nonexistent/dir/kb.dkb");
  ASSERT_FALSE(kb.ok());
  EXPECT_NE(kb.status().message().find("/nonexistent/dir/kb.dkb"), std::string::npos);
}

}  // namespace
}  // namespace dyad::kb
