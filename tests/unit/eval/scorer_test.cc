// The scorer on events built by hand: matching levels, one-to-one use of gold events, the
// confusion table, main-event figures and actor spans.
#include "eval/scorer.h"

#include <gtest/gtest.h>

namespace dyad::eval {
namespace {

CodedEvent Coded(std::string source, std::string src_country, std::string target, std::string tgt_country,
                 std::string cameo, std::string plover = "") {
  CodedEvent e;
  e.source = std::move(source);
  e.source_country = std::move(src_country);
  e.target = std::move(target);
  e.target_country = std::move(tgt_country);
  e.root = cameo.substr(0, 2);
  e.cameo = std::move(cameo);
  e.plover = std::move(plover);
  return e;
}

GoldFile EventsGold(std::vector<std::vector<GoldEvent>> per_item) {
  GoldFile file;
  file.path = "gold";
  file.has_events = true;
  for (size_t i = 0; i < per_item.size(); ++i) {
    GoldItem item;
    item.id = "s";
    item.id += std::to_string(i);
    item.text = "sentence ";
    item.text += std::to_string(i);
    item.events = std::move(per_item[i]);
    file.items.push_back(std::move(item));
  }
  return file;
}

TEST(ActorKeys, CountryLevelOfGoldAndCodedActors) {
  EXPECT_EQ(GoldCountryKey("USAGOV"), "USA");
  EXPECT_EQ(GoldCountryKey("USA"), "USA");
  EXPECT_EQ(GoldCountryKey("---REB"), "");
  EXPECT_EQ(GoldCountryKey("GOV"), "");  // a golden test's bare agent: no country
  EXPECT_EQ(GoldCountryKey("MIL*"), "");
  EXPECT_EQ(GoldCountryKey("---"), "");
  EXPECT_EQ(GoldCountryKey("-"), "");
  EXPECT_EQ(GoldCountryKey(""), "");
  EXPECT_EQ(GoldCountryKey("IGOUNOMIL"), "IGOUNO");
  EXPECT_EQ(GoldCountryKey("IGOEUREEC"), "IGOEUR");
  EXPECT_EQ(GoldCountryKey("USA*"), "USA");
  EXPECT_EQ(GoldCountryKey("*"), "*");
  EXPECT_EQ(CodedCountryKey("USAGOV", "USA"), "USA");
  EXPECT_EQ(CodedCountryKey("REB", ""), "");
  EXPECT_EQ(CodedCountryKey("IGOUNO", ""), "IGOUNO");
  EXPECT_EQ(NormalizeActorCode("---REB"), "REB");
  EXPECT_EQ(NormalizeActorCode("-"), "");
}

TEST(PentaClass, FollowsConflibertGrouping) {
  EXPECT_EQ(PentaClass("01"), 0);
  EXPECT_EQ(PentaClass("02"), 0);  // appeals are statements in the Phoenix convention
  EXPECT_EQ(PentaClass("03"), 1);
  EXPECT_EQ(PentaClass("05"), 1);
  EXPECT_EQ(PentaClass("06"), 2);
  EXPECT_EQ(PentaClass("08"), 2);
  EXPECT_EQ(PentaClass("09"), 3);
  EXPECT_EQ(PentaClass("13"), 3);
  EXPECT_EQ(PentaClass("14"), 4);
  EXPECT_EQ(PentaClass("16"), 3);  // reducing relations is verbal conflict
  EXPECT_EQ(PentaClass("17"), 4);
  EXPECT_EQ(PentaClass("20"), 4);
  EXPECT_EQ(PentaClass("21"), -1);
  EXPECT_EQ(PentaClass(""), -1);
}

TEST(Scorer, RootAndExactLevels) {
  GoldFile gold = EventsGold({{{"USAGOV", "CHN", "042", ""}}, {{"---REB", "SYRGOV", "190", ""}}, {}});
  std::vector<CodedItem> coded(3);
  coded[0].events = {Coded("USA", "USA", "CHNGOV", "CHN", "043")};       // root right, exact wrong
  coded[1].events = {Coded("REB", "", "SYRGOV", "SYR", "190")};          // both right
  coded[2].events = {Coded("RUS", "RUS", "UKR", "UKR", "190")};          // false event
  FileScores s = Score(gold, coded);
  EXPECT_EQ(s.root.tp, 2u);
  EXPECT_EQ(s.root.fp, 1u);
  EXPECT_EQ(s.root.fn, 0u);
  EXPECT_EQ(s.exact.tp, 1u);
  EXPECT_EQ(s.exact.fp, 2u);
  EXPECT_EQ(s.exact.fn, 1u);
  EXPECT_DOUBLE_EQ(s.root.precision(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.root.recall(), 1.0);
  EXPECT_DOUBLE_EQ(s.root.f1(), 0.8);
  // Actor slots over root matches: USAGOV/USA wrong, CHN/CHNGOV wrong, REB and SYRGOV right.
  EXPECT_EQ(s.actors.correct, 2u);
  EXPECT_EQ(s.actors.total, 4u);
  EXPECT_EQ(s.no_event.total, 1u);
  EXPECT_EQ(s.no_event.correct, 0u);
  ASSERT_EQ(s.mistakes.size(), 1u);
  EXPECT_EQ(s.mistakes[0].kind, "false");
  EXPECT_EQ(s.mistakes[0].item_id, "s2");
  EXPECT_EQ((s.confusion[{"04", "04"}]), 1u);
  EXPECT_EQ((s.confusion[{"none", "19"}]), 1u);
}

TEST(Scorer, EachGoldEventIsUsedOnce) {
  GoldFile gold = EventsGold({{{"USA", "RUS", "040", ""}}});
  std::vector<CodedItem> coded(1);
  coded[0].events = {Coded("USA", "USA", "RUS", "RUS", "040"), Coded("USA", "USA", "RUS", "RUS", "040")};
  FileScores s = Score(gold, coded);
  EXPECT_EQ(s.root.tp, 1u);
  EXPECT_EQ(s.root.fp, 1u);
  EXPECT_EQ(s.exact.tp, 1u);
  EXPECT_EQ(s.exact.fp, 1u);
}

TEST(Scorer, WrongRootWithRightActorsIsAConfusion) {
  GoldFile gold = EventsGold({{{"ISR", "PSE", "190", ""}, {"USA", "IRN", "112", ""}}});
  std::vector<CodedItem> coded(1);
  coded[0].events = {Coded("ISR", "ISR", "PSE", "PSE", "180")};
  FileScores s = Score(gold, coded);
  EXPECT_EQ(s.root.tp, 0u);
  EXPECT_EQ(s.root.fp, 1u);
  EXPECT_EQ(s.root.fn, 2u);
  EXPECT_EQ((s.confusion[{"19", "18"}]), 1u);
  EXPECT_EQ((s.confusion[{"11", "none"}]), 1u);
  EXPECT_EQ(s.confusion.count({"none", "18"}), 0u);
  EXPECT_EQ(s.miss_causes["wrong root"], 1u);
  EXPECT_EQ(s.miss_causes["actor not found"], 1u);  // no actor mention of IRN or USA
  EXPECT_DOUBLE_EQ(s.root.f1(), 0.0);
}

TEST(Scorer, NoTargetAndGoldenPatterns) {
  GoldFile gold = EventsGold({{{"IGOCOPITP", "---", "036", ""}}, {{"USA*", "-", "19*", "2023-10-27"}}});
  std::vector<CodedItem> coded(2);
  coded[0].events = {Coded("IGOCOPITP", "", "", "", "036")};
  CodedEvent e = Coded("USAMIL", "USA", "", "", "193");
  e.date = "2023-10-26";  // root level ignores the date, exact level checks it
  coded[1].events = {e};
  FileScores s = Score(gold, coded);
  EXPECT_EQ(s.root.tp, 2u);
  EXPECT_EQ(s.exact.tp, 1u);
  EXPECT_EQ(s.exact.fn, 1u);
}

TEST(Scorer, PloverAndClassesUseTheMainEvent) {
  GoldFile gold;
  gold.has_plover = gold.has_classes = true;
  gold.items.resize(3);
  gold.items[0].plover = "AGREE";
  gold.items[0].penta_class = 1;
  gold.items[1].plover = "ASSAULT";
  gold.items[1].penta_class = 4;
  gold.items[2].plover = "PROTEST";
  gold.items[2].penta_class = 4;
  std::vector<CodedItem> coded(3);
  coded[0].events = {Coded("HUN", "HUN", "ROU", "ROU", "030", "AGREE")};
  coded[1].events = {Coded("A", "", "B", "", "112", "ACCUSE"), Coded("A", "", "B", "", "190", "ASSAULT")};
  coded[2].actor_keys = {"KEN"};
  FileScores s = Score(gold, coded);  // item 2: nothing coded, a miss
  EXPECT_EQ(s.miss_causes["wrong type"], 1u);
  EXPECT_EQ(s.miss_causes["no event, one actor found"], 1u);
  EXPECT_EQ((s.confusion[{"ASSAULT", "ACCUSE"}]), 1u);
  EXPECT_EQ((s.confusion[{"PROTEST", "none"}]), 1u);
  EXPECT_EQ(s.plover.correct, 1u);
  EXPECT_EQ(s.plover.total, 3u);
  EXPECT_EQ(s.plover_any.correct, 2u);
  EXPECT_EQ(s.classes.correct, 1u);
  EXPECT_EQ(s.classes.total, 3u);
}

TEST(Scorer, PloverActorsByCountryPrefix) {
  GoldFile gold;
  gold.has_plover = true;
  gold.items.resize(2);
  gold.items[0].plover = "AGREE";
  gold.items[0].plover_sources = {"HUN", "ROU"};
  gold.items[0].plover_targets = {"IGO"};
  gold.items[1].plover = "PROTEST";
  gold.items[1].plover_sources = {"KEN"};
  std::vector<CodedItem> coded(2);
  coded[0].events = {Coded("ROUGOV", "ROU", "IGOUNO", "", "030", "AGREE")};
  FileScores s = Score(gold, coded);
  EXPECT_EQ(s.actors.correct, 2u);
  EXPECT_EQ(s.actors.total, 3u);  // item 1 coded nothing: its source slot is wrong
}

TEST(Scorer, ActorSpansOverlapAndExact) {
  GoldFile gold;
  gold.has_spans = true;
  gold.items.resize(1);
  gold.items[0].text = "a Swiss court rejected Croatia's request";
  gold.items[0].spans = {{'S', {0, 13}}, {'T', {23, 40}}};
  std::vector<CodedItem> coded(1);
  CodedEvent e = Coded("CHEJUD", "CHE", "HRV", "HRV", "120");
  e.source_span = {2, 13};   // "Swiss court": overlaps, not exact
  e.target_span = {23, 40};  // exact
  coded[0].events = {e, e};  // only the main event counts
  FileScores s = Score(gold, coded);
  EXPECT_EQ(s.spans.tp, 2u);
  EXPECT_EQ(s.spans.fp, 0u);
  EXPECT_EQ(s.spans_exact.tp, 1u);
  EXPECT_EQ(s.spans_exact.fp, 1u);
  EXPECT_EQ(s.spans_exact.fn, 1u);
  // A source guess never takes a target span.
  coded[0].events[0].source_span = {23, 30};
  coded[0].events[0].target_span = {};
  FileScores t = Score(gold, coded);
  EXPECT_EQ(t.spans.tp, 0u);
  EXPECT_EQ(t.spans.fn, 2u);
}

TEST(Scorer, MissWithBothActorsFoundIsANoEvent) {
  GoldFile gold = EventsGold({{{"USAGOV", "---", "010", ""}, {"USA", "CHN", "040", ""}}});
  std::vector<CodedItem> coded(1);
  coded[0].actor_keys = {"USA", "CHN"};
  FileScores s = Score(gold, coded);
  EXPECT_EQ(s.miss_causes["no event"], 2u);
  EXPECT_NE(s.mistakes[0].event.find("[no event]"), std::string::npos);
  coded[0].actor_keys = {"USA"};
  FileScores t = Score(gold, coded);
  EXPECT_EQ(t.miss_causes["no event"], 1u);
  EXPECT_EQ(t.miss_causes["actor not found"], 1u);
}

TEST(Scorer, PipelineErrorsAreCountedAndListed) {
  GoldFile gold = EventsGold({{{"USA", "RUS", "040", ""}}});
  std::vector<CodedItem> coded(1);
  coded[0].error = "parse: boom";
  FileScores s = Score(gold, coded);
  EXPECT_EQ(s.errors, 1u);
  EXPECT_EQ(s.root.fn, 1u);
  ASSERT_FALSE(s.mistakes.empty());
  EXPECT_EQ(s.mistakes[0].kind, "error");
}

}  // namespace
}  // namespace dyad::eval
