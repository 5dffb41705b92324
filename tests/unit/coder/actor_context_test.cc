// Actors in context (src/coder/actor_context.cc): each rule on a sentence or short article run
// through the real tokenizer, tagger, parser and actor stage, then through the pass alone.
#include "coder/actor_context.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "coder/coder_rules.h"
#include "coder/pipeline.h"
#include "coder/sentence_coder.h"
#include "kb/knowledge_base.h"

namespace dyad::coder {
namespace {

class ActorContextTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto p = Pipeline::Create({});
    ASSERT_TRUE(p.ok()) << p.status().message();
    pipeline_ = std::move(p).value().release();
    auto r = LoadCoderRules(DefaultCoderRulesPath());
    ASSERT_TRUE(r.ok()) << r.status().message();
    rules_ = new CoderRules(std::move(r).value());
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    delete rules_;
  }

  // The document after the actor stage and the pass (with `options`), before events.
  static Document Resolve(const std::string& text, ActorContextOptions options = {}) {
    Document doc;
    doc.text = text;
    doc.published = *ParseIsoDate("2024-03-01");
    for (const auto& stage : pipeline_->stages()) {
      if (stage->Name() == "events") break;
      EXPECT_TRUE(stage->Process(doc).ok());
    }
    ResolveActorsInContext(pipeline_->knowledge_base(), *rules_, options, doc);
    return doc;
  }

  // The code of the mention in sentence `sentence` over the first character of `words`, or "none".
  static std::string CodeOf(const Document& doc, std::string_view words, uint32_t sentence = 0) {
    size_t at = doc.text.find(words);
    if (at == std::string::npos) return "no such words";
    for (const ActorMention& m : doc.actors)
      if (m.sentence == sentence && m.span.begin <= at && at < m.span.end) return m.code;
    return "none";
  }

  static size_t MentionsIn(const Document& doc, uint32_t sentence) {
    size_t n = 0;
    for (const ActorMention& m : doc.actors) n += m.sentence == sentence;
    return n;
  }

  static const Pipeline* pipeline_;
  static const CoderRules* rules_;
};

const Pipeline* ActorContextTest::pipeline_ = nullptr;
const CoderRules* ActorContextTest::rules_ = nullptr;

ActorContextOptions Off() { return {false, false}; }

// Rule 1: the noun phrase.
TEST_F(ActorContextTest, AgentTakesTheActorItBelongsTo) {
  const char* text = "Ministers from the Georgian government met protesters in Tbilisi.";
  EXPECT_EQ(CodeOf(Resolve(text, Off()), "Ministers"), "GOV");
  Document doc = Resolve(text);
  EXPECT_EQ(CodeOf(doc, "Ministers"), "GEOGOV");
  EXPECT_EQ(CodeOf(doc, "Georgian government"), "GEOGOV");  // folded into one mention
}

TEST_F(ActorContextTest, AgentTakesThePlaceItIsOf) {
  Document doc = Resolve("The mayor of Nablus condemned the raid.");
  EXPECT_EQ(CodeOf(doc, "mayor"), "PSEGOV");
  EXPECT_EQ(doc.actors.front().country, "PSE");
}

TEST_F(ActorContextTest, PoliceInACityTakeItsCountry) {
  EXPECT_EQ(CodeOf(Resolve("Riot police in Nairobi arrested dozens of protesters."), "police"), "KENCOP");
}

TEST_F(ActorContextTest, CountryAdjectiveNotNextToTheAgent) {
  Document doc = Resolve("Chinese naval troops fired on the boat.");
  EXPECT_EQ(CodeOf(doc, "troops"), "CHNMIL");
  EXPECT_EQ(MentionsIn(doc, 0), 1u);
}

TEST_F(ActorContextTest, NamedGroupTakesTheCountryBeforeIt) {
  Document doc = Resolve("Egypt's Muslim Brotherhood called for protests.");
  ASSERT_EQ(MentionsIn(doc, 0), 1u);
  EXPECT_EQ(doc.actors[0].country, "EGY");
}

TEST_F(ActorContextTest, LeadersOfTwoCountriesTakeNeither) {
  EXPECT_EQ(CodeOf(Resolve("The leaders of China and Japan condemned the test."), "leaders"), "GOV");
}

TEST_F(ActorContextTest, EnvoyForACountryIsNotItsEnvoy) {
  EXPECT_EQ(CodeOf(Resolve("The special envoy for Syria met rebels."), "envoy"), "GOV");
}

TEST_F(ActorContextTest, AmbassadorInACityIsNotItsAmbassador) {
  EXPECT_EQ(CodeOf(Resolve("The ambassador in Kyiv met officials."), "ambassador"), "GOV");
}

TEST_F(ActorContextTest, TroopsInACountryKeepNoCountry) {
  EXPECT_EQ(CodeOf(Resolve("Troops in Syria shelled the town."), "Troops"), "MIL");
}

// Rule 2: descriptions resolved in the article.
TEST_F(ActorContextTest, TheMinisterIsTheLastMinister) {
  const char* text = "Japanese Foreign Minister Yoko Kamikawa arrived in Manila. The minister said talks went well.";
  EXPECT_EQ(CodeOf(Resolve(text, Off()), "minister said", 1), "GOV");
  EXPECT_EQ(CodeOf(Resolve(text), "minister said", 1), "JPNGOV");
}

TEST_F(ActorContextTest, TheMilitantsAreTheLastArmedGroup) {
  Document doc = Resolve("Hamas fired rockets at Israel on Monday. The militants said more would follow.");
  EXPECT_EQ(CodeOf(doc, "militants", 1), "PSEREBHMS");
}

TEST_F(ActorContextTest, TheGroupIsTheLastOrganisation) {
  Document doc = Resolve("Hamas fired rockets at Israel on Monday. The group said more would follow.");
  EXPECT_EQ(CodeOf(doc, "group", 1), "PSEREBHMS");
}

TEST_F(ActorContextTest, TwoCountriesOfTheSameRoleResolveNothing) {
  Document doc = Resolve("Russian President Vladimir Putin met Chinese President Xi Jinping. The president said ties were strong.");
  EXPECT_EQ(CodeOf(doc, "president said", 1), "GOV");
}

TEST_F(ActorContextTest, ACountryNamedAloneCompetesForStateRoles) {
  const char* text = "Russian forces shelled Kharkiv on Monday, Ukraine said. The military said two people died.";
  EXPECT_EQ(CodeOf(Resolve(text), "military", 1), "MIL");
  EXPECT_EQ(CodeOf(Resolve("Russian forces shelled Kharkiv on Monday. The military said two people died."), "military", 1),
            "RUSMIL");
}

TEST_F(ActorContextTest, TheGovernmentOfTheOnlyCountry) {
  EXPECT_EQ(CodeOf(Resolve("China tested a missile on Monday. The government said it was routine."), "government", 1),
            "CHNGOV");
}

TEST_F(ActorContextTest, IndefiniteAgentsResolveNothing) {
  Document doc = Resolve("Japanese Foreign Minister Yoko Kamikawa arrived in Manila. An official said talks went well.");
  EXPECT_EQ(CodeOf(doc, "official", 1), "GOV");
}

TEST_F(ActorContextTest, TooFarBackResolvesNothing) {
  Document doc = Resolve(
      "Japanese Foreign Minister Yoko Kamikawa arrived in Manila. It rained. The sea was calm. Ships waited. "
      "The minister said talks went well.");
  EXPECT_EQ(CodeOf(doc, "minister said", 4), "GOV");
}

// A bare agent does not take the article's only country: measured, it fixed nothing and risks
// foreign police, troops and protesters.
TEST_F(ActorContextTest, BareAgentsKeepNoCountry) {
  EXPECT_EQ(CodeOf(Resolve("Kenya faces a wave of unrest. Police fired tear gas at protesters."), "Police", 1), "COP");
}

// The pipeline parses only sentences that may hold an event: an actor, a pronoun that may
// name one, or a description noun; the events are those of a full parse.
TEST_F(ActorContextTest, ParsesOnlySentencesThatMayHoldAnEvent) {
  Document doc;
  doc.text = "Rain fell all day on the hills. Turkey condemned Sweden. It was angry. The group left.";
  doc.published = *ParseIsoDate("2024-03-01");
  ASSERT_TRUE(pipeline_->Process(doc).ok());
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_FALSE(doc.sentences[0].parsed);
  EXPECT_FALSE(MayHoldEvent(doc, 0, *rules_));
  for (uint32_t s = 1; s < 4; ++s) {
    EXPECT_TRUE(doc.sentences[s].parsed) << "sentence " << s;
    EXPECT_TRUE(MayHoldEvent(doc, s, *rules_)) << "sentence " << s;
  }
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].source.code.substr(0, 3), "TUR");
  EXPECT_EQ(doc.events[0].target.code.substr(0, 3), "SWE");
}

// Gold-parsed sentences reach the coder as they are: the parser stage leaves them alone.
TEST_F(ActorContextTest, ParserLeavesParsedSentencesAlone) {
  Document doc;
  doc.text = "Turkey condemned Sweden.";
  doc.published = *ParseIsoDate("2024-03-01");
  ASSERT_TRUE(pipeline_->Process(doc).ok());
  ASSERT_TRUE(doc.sentences[0].parsed);
  for (Token& t : doc.tokens) t.deprel = "dep";
  for (const auto& stage : pipeline_->stages()) {
    if (stage->Name() == "parse") {
      ASSERT_TRUE(stage->Process(doc).ok());
    }
  }
  for (const Token& t : doc.tokens) EXPECT_EQ(t.deprel, "dep");
}

}  // namespace
}  // namespace dyad::coder
