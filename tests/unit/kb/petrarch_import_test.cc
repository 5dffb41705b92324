// The PETRARCH/Phoenix importers: a round trip through our format on fixtures, and the real
// dictionaries of ../shared/reference/petrarch2 with every entry written or reported.
#include <gtest/gtest.h>

#include <filesystem>

#include "kb/dictionary_reader.h"
#include "kb/kb_compiler.h"
#include "kb/petrarch_import.h"

namespace dyad::kb {
namespace {

const ImportedFile* FileNamed(const ImportResult& r, std::string_view suffix) {
  for (const auto& f : r.files)
    if (f.path.size() >= suffix.size() && f.path.compare(f.path.size() - suffix.size(), suffix.size(), suffix) == 0)
      return &f;
  return nullptr;
}

TEST(PetrarchImport, ActorsRoundTripThroughOurFormat) {
  const char* phoenix =
      "# a comment\n"
      "JOE_BIDEN_  # CountryInfo.txt\n"
      "+VICE_PRESIDENT_BIDEN_\n"
      "+JOSEPH_BIDEN\n"
      "\t[USAELI 600101-090119]\n"
      "\t[USAGOV 090120-170120]\n"
      "\t[USAELI]\n"
      "UN_\t[IGOUNO] #CTA 14 Jul 2009\n"
      "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# two codes on one line\n"
      "UN_ [IGOUNO]\n"                      // duplicate entry
      "BROKEN_ENTRY [USAGOV 99999-170120]\n"  // bad date
      "NO_CODE_HERE\n";
  ImportResult r;
  ImportPhoenixActors(phoenix, "fixture.actors.txt", r);
  const auto& c = r.counts["fixture.actors.txt"];
  EXPECT_EQ(c.read, 6);
  EXPECT_EQ(c.written, 3);
  EXPECT_EQ(c.rejected, 3);
  ASSERT_EQ(r.rejected.size(), 3u);
  for (const SourceError& e : r.rejected) {
    EXPECT_EQ(e.file, "fixture.actors.txt");
    EXPECT_GT(e.line, 0);
    EXPECT_FALSE(e.message.empty());
  }
  const ImportedFile* f = FileNamed(r, "fixture.actors.txt");
  ASSERT_NE(f, nullptr);
  KbData data;
  SourceReport report;
  ReadActorFile(f->text, f->path, kGroup, data, report);
  EXPECT_TRUE(report.errors.empty()) << report.errors.front().Text();
  ASSERT_EQ(data.actors.size(), 3u);
  const ActorEntry& biden = data.actors[0];
  EXPECT_EQ(biden.name, "Joe Biden");
  EXPECT_EQ(biden.kind, kPerson);
  EXPECT_EQ(biden.base_code, "USAELI");
  ASSERT_EQ(biden.roles.size(), 2u);
  EXPECT_EQ(biden.roles[1].code, "USAGOV");
  EXPECT_EQ(BoundText(biden.roles[1].from, false), "2009-01-20");
  EXPECT_EQ(BoundText(biden.roles[1].to, true), "2017-01-20");
  EXPECT_EQ(BoundText(biden.roles[0].from, false), "1960-01-01");
  ASSERT_EQ(biden.phrases.size(), 3u);
  EXPECT_EQ(biden.phrases[1], "Vice President Biden");
  EXPECT_EQ(data.actors[1].name, "UN") << "acronyms keep their capitals";
  EXPECT_EQ(data.actors[2].base_code, "ELI");
  ASSERT_EQ(data.actors[2].roles.size(), 1u);
}

TEST(PetrarchImport, VerbsRoundTripThroughOurFormat) {
  const char* verbs =
      "&CURRENCY\n+MONEY\n+DOLLAR\n+CASH_\n+IS_TO\n\n"
      "---  ACCELERATE   [---]  ---\n"
      "ACCELERATE \nHURRY {HURRIES HURRYING HURRIED }\n+SPEED_UP\n"
      "- * (TO)                                              [042:043]     # RUSH\n"
      "- * &CURRENCY [071]\n"
      "- * {ARMS SHIPMENT} [072]\n"
      "- * {ARMS SHIPMENT} [072]\n"  // duplicate
      "- * AID [---]\n"              // null code
      "- * AID [:070]\n"             // reverse only
      "- * FOO [999]\n"              // not CAMEO
      "---  CIRCULATE   [010]  ---\nCIRCULATE\nASK [020]\n";
  ImportResult r;
  ImportPetrarchVerbs(verbs, "fixture.verbs.txt", {"010", "020", "042", "071", "072"}, r);
  const auto& c = r.counts["fixture.verbs.txt"];
  EXPECT_EQ(c.read, c.written + c.rejected);
  EXPECT_EQ(c.rejected, 5) << "multiword synonym, duplicate, null, reverse-only, unknown code";
  const ImportedFile* syn = FileNamed(r, "synonyms/fixture.verbs.txt");
  const ImportedFile* pat = FileNamed(r, "verbs/fixture.verbs.txt");
  ASSERT_TRUE(syn && pat);
  Synsets sets;
  SourceReport report;
  ReadSynonymFile(syn->text, syn->path, sets, report);
  KbData data;
  ReadVerbFile(pat->text, pat->path, sets, data, report);
  EXPECT_TRUE(report.errors.empty()) << report.errors.front().Text();
  int to_visit = 0, money = 0, particle = 0, defaults = 0;
  for (const VerbPattern& p : data.verbs) {
    if (p.cameo == "042" && p.elements.size() == 2 && p.elements[1].lemma == "to") ++to_visit;
    if (p.cameo == "071" && p.elements.back().lemma == "money") ++money;
    if (p.head == "speed" && p.elements.size() >= 2 && p.elements[1].lemma == "up") ++particle;
    if (p.cameo == "010" && p.head == "circulate") ++defaults;
  }
  EXPECT_EQ(to_visit, 2) << "accelerate, hurry";
  EXPECT_EQ(money, 3) << "accelerate, hurry, speed up";
  EXPECT_GE(particle, 3) << "the multiword verb keeps its particle";
  EXPECT_EQ(defaults, 1);
}

TEST(PetrarchImport, RealDictionariesEveryEntryAccountedFor) {
  const std::string dir = std::string(DYAD_SHARED_DIR) + "/reference/petrarch2";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " absent (no ../shared)";
  CodeSet codes;
  {
    KbData table;
    SourceReport r;
    auto text = ReadWholeFile(std::string(DYAD_SOURCE_DIR) + "/data/cameo/cameo_codes.tsv");
    ASSERT_TRUE(text.ok());
    ReadCameoTable(text.value(), "cameo_codes.tsv", table, r);
    for (const auto& c : table.cameo) codes.insert(c.code);
  }
  auto result = ImportPetrarchDir(dir, codes);
  ASSERT_TRUE(result.ok()) << result.status().message();
  const ImportResult& r = result.value();
  EXPECT_EQ(r.counts.size(), 13u) << "every dictionary file of the folder";
  for (const auto& [file, c] : r.counts) {
    EXPECT_EQ(c.read, c.written + c.rejected) << file;
    EXPECT_GT(c.read, 0) << file;
  }
  for (const SourceError& e : r.rejected) {
    ASSERT_GT(e.line, 0) << e.Text();
    ASSERT_FALSE(e.message.empty()) << e.Text();
  }
  // Entry counts as SOURCE.md describes the files (counted independently of this importer).
  auto read = [&](const char* f) { return r.counts.at(f).read; };
  EXPECT_EQ(read("Phoenix.Countries.actors.txt"), 18390);
  EXPECT_NEAR(read("Phoenix.International.actors.txt"), 7840, 10);
  EXPECT_NEAR(read("Phoenix.MilNonState.actors.txt"), 1020, 5);
  EXPECT_NEAR(read("Phoenix.agents.txt"), 2240, 10);
  EXPECT_EQ(read("Phoenix.discards.txt"), 506);
  EXPECT_GT(r.counts.at("CAMEO.2.0.txt").written, 4000);
  // What was written reads back through our own readers without a malformed line.
  SourceReport report;
  KbData data;
  Synsets sets;
  for (const ImportedFile& f : r.files)
    if (f.path.find("/synonyms/") != std::string::npos) ReadSynonymFile(f.text, f.path, sets, report);
  for (const ImportedFile& f : r.files) {
    if (f.path.find("/actors/") != std::string::npos) ReadActorFile(f.text, f.path, kGroup, data, report);
    if (f.path.find("/agents/") != std::string::npos) ReadAgentFile(f.text, f.path, data, report);
    if (f.path.find("/verbs/") != std::string::npos) ReadVerbFile(f.text, f.path, sets, data, report);
    if (f.path.find("/discards/") != std::string::npos) ReadPhraseFile(f.text, f.path, data.discards, report);
    if (f.path.find("/issues/") != std::string::npos) ReadPhraseFile(f.text, f.path, data.issues, report);
  }
  EXPECT_TRUE(report.errors.empty()) << report.errors.size() << " errors, first "
                                     << report.errors.front().Text();
  long actors_written = r.counts.at("Phoenix.Countries.actors.txt").written +
                        r.counts.at("Phoenix.International.actors.txt").written +
                        r.counts.at("Phoenix.MilNonState.actors.txt").written +
                        r.counts.at("PETR.Validate.actors.txt").written;
  EXPECT_EQ(static_cast<long>(data.actors.size()), actors_written);
}

}  // namespace
}  // namespace dyad::kb
