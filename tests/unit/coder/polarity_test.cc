// Polarity (src/coder/polarity.cc) over hand-written parses, so that each rule is tested apart
// from the parser: negation, negators, modals and reported "would", requests, the future.
#include "coder/polarity.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "coder/coder_rules.h"

namespace dyad::coder {
namespace {

// One sentence from lines "word lemma UPOS head deprel" (head 1-based, 0 = root), as CoNLL-U.
Document Parsed(const std::string& rows) {
  Document doc;
  Sentence s;
  std::istringstream in(rows);
  std::string word, lemma, upos, deprel;
  int head = 0;
  while (in >> word >> lemma >> upos >> head >> deprel) {
    Token t;
    t.span = {static_cast<uint32_t>(doc.text.size()), static_cast<uint32_t>(doc.text.size() + word.size())};
    doc.text += word + " ";
    t.lemma = lemma;
    t.upos = upos;
    t.head = head - 1;
    t.deprel = deprel;
    doc.tokens.push_back(t);
  }
  s.span = {0, static_cast<uint32_t>(doc.text.size())};
  s.token_count = static_cast<uint32_t>(doc.tokens.size());
  s.parsed = true;
  doc.sentences.push_back(s);
  return doc;
}

class PolarityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = LoadCoderRules(DefaultCoderRulesPath());
    ASSERT_TRUE(r.ok()) << r.status().message();
    rules_ = new CoderRules(std::move(r).value());
  }
  static void TearDownTestSuite() { delete rules_; }
  static CoderRules* rules_;
};
CoderRules* PolarityTest::rules_ = nullptr;

TEST_F(PolarityTest, NotNegatesItsVerb) {
  Document d = Parsed("Biden Biden PROPN 4 nsubj  did do AUX 4 aux  not not PART 4 advmod  meet meet VERB 0 root"
                      "  Xi Xi PROPN 4 obj");
  DepTree t(d, d.sentences[0]);
  Polarity p(t, *rules_, true);
  EXPECT_TRUE(p.Negated(3));
  EXPECT_FALSE(p.Hypothetical(3));
}

TEST_F(PolarityTest, NegatorUndoesItsComplement) {
  Document d = Parsed("China China PROPN 2 nsubj  declined decline VERB 0 root  to to PART 4 mark"
                      "  condemn condemn VERB 2 xcomp  Russia Russia PROPN 4 obj");
  DepTree t(d, d.sentences[0]);
  EXPECT_TRUE(Polarity(t, *rules_, true).Negated(3));
}

TEST_F(PolarityTest, DenyingASayingDoesNotUndoWhatWasSaid) {
  // "Iran did not say that Iraq attacked Kuwait": the attack stands as reported.
  Document d = Parsed("Iran Iran PROPN 4 nsubj  did do AUX 4 aux  not not PART 4 advmod  say say VERB 0 root"
                      "  that that SCONJ 7 mark  Iraq Iraq PROPN 7 nsubj  attacked attack VERB 4 ccomp"
                      "  Kuwait Kuwait PROPN 7 obj");
  DepTree t(d, d.sentences[0]);
  Polarity p(t, *rules_, true);
  EXPECT_TRUE(p.Negated(3));
  EXPECT_FALSE(p.Negated(6));
}

TEST_F(PolarityTest, ModalIsHypotheticalButReportedWouldIsFuture) {
  Document could = Parsed("Washington Washington PROPN 3 nsubj  could could AUX 3 aux  impose impose VERB 0 root"
                          "  sanctions sanction NOUN 3 obj");
  DepTree t1(could, could.sentences[0]);
  EXPECT_TRUE(Polarity(t1, *rules_, true).Hypothetical(2));

  Document would = Parsed("Iraq Iraq PROPN 2 nsubj  said say VERB 0 root  it it PRON 5 nsubj  would would AUX 5 aux"
                          "  allow allow VERB 2 ccomp  inspectors inspector NOUN 5 obj");
  DepTree t2(would, would.sentences[0]);
  Polarity p(t2, *rules_, true);
  EXPECT_FALSE(p.Hypothetical(4));
  EXPECT_TRUE(p.Future(4));
}

TEST_F(PolarityTest, ConditionMakesItsClauseHypothetical) {
  Document d = Parsed("Russia Russia PROPN 2 nsubj  retaliate retaliate VERB 0 root  if if SCONJ 5 mark"
                      "  NATO NATO PROPN 5 nsubj  attacks attack VERB 2 advcl");
  DepTree t(d, d.sentences[0]);
  Polarity p(t, *rules_, true);
  EXPECT_TRUE(p.Hypothetical(4));
  EXPECT_FALSE(p.Hypothetical(1));
}

TEST_F(PolarityTest, ActAskedOfAnotherIsRequested) {
  Document asked = Parsed("Congress Congress PROPN 2 nsubj  asked ask VERB 0 root  Obama Obama PROPN 2 obj"
                          "  to to PART 5 mark  help help VERB 2 xcomp  Iran Iran PROPN 5 obj");
  DepTree t1(asked, asked.sentences[0]);
  EXPECT_TRUE(Polarity(t1, *rules_, true).Requested(4));

  Document demanded = Parsed("Washington Washington PROPN 2 nsubj  demanded demand VERB 0 root  that that SCONJ 5 mark"
                             "  Hamas Hamas PROPN 5 nsubj  release release VERB 2 ccomp  hostages hostage NOUN 5 obj");
  DepTree t3(demanded, demanded.sentences[0]);
  EXPECT_TRUE(Polarity(t3, *rules_, true).Requested(4));

  Document said = Parsed("Iran Iran PROPN 2 nsubj  said say VERB 0 root  Iraq Iraq PROPN 4 nsubj"
                         "  attacked attack VERB 2 ccomp  Kuwait Kuwait PROPN 4 obj");
  DepTree t4(said, said.sentences[0]);
  EXPECT_FALSE(Polarity(t4, *rules_, true).Requested(3));

  Document agreed = Parsed("Biden Biden PROPN 2 nsubj  agreed agree VERB 0 root  to to PART 4 mark"
                           "  meet meet VERB 2 xcomp  Xi Xi PROPN 4 obj");
  DepTree t2(agreed, agreed.sentences[0]);
  EXPECT_FALSE(Polarity(t2, *rules_, true).Requested(3));
}

TEST_F(PolarityTest, WillAndPlanningVerbsMakeTheFuture) {
  Document will = Parsed("Biden Biden PROPN 3 nsubj  will will AUX 3 aux  meet meet VERB 0 root  Xi Xi PROPN 3 obj");
  DepTree t1(will, will.sentences[0]);
  EXPECT_TRUE(Polarity(t1, *rules_, true).Future(2));

  Document plans = Parsed("Modi Modi PROPN 2 nsubj  plans plan VERB 0 root  to to PART 4 mark"
                          "  visit visit VERB 2 xcomp  Jakarta Jakarta PROPN 4 obj");
  DepTree t2(plans, plans.sentences[0]);
  EXPECT_TRUE(Polarity(t2, *rules_, true).Future(3));

  Document met = Parsed("Modi Modi PROPN 2 nsubj  met meet VERB 0 root  Widodo Widodo PROPN 2 obj");
  DepTree t3(met, met.sentences[0]);
  EXPECT_FALSE(Polarity(t3, *rules_, true).Future(1));
}

TEST_F(PolarityTest, WithoutAParseTheWordsBeforeTheVerbDecide) {
  Document d = Parsed("Biden Biden PROPN 0 root  will will AUX 0 root  not not PART 0 root  meet meet VERB 0 root");
  d.sentences[0].parsed = false;
  DepTree t(d, d.sentences[0]);
  Polarity p(t, *rules_, false);
  EXPECT_TRUE(p.Negated(3));
  EXPECT_TRUE(p.Future(3));
  EXPECT_FALSE(p.Hypothetical(3));
}

// A refused act: under a refusing verb, or negated with a future auxiliary; not a past "did not".
TEST_F(PolarityTest, RefusalsAreToldFromPastNegation) {
  Document refused = Parsed("Putin Putin PROPN 2 nsubj  refused refuse VERB 0 root  to to PART 4 mark"
                            "  meet meet VERB 2 xcomp  Zelensky Zelensky PROPN 4 obj");
  DepTree t1(refused, refused.sentences[0]);
  Polarity p1(t1, *rules_, true);
  EXPECT_TRUE(p1.Negated(3));
  EXPECT_TRUE(p1.Refused(3));

  Document will_not = Parsed("EU EU PROPN 4 nsubj  will will AUX 4 aux  not not PART 4 advmod"
                             "  lift lift VERB 0 root  sanctions sanction NOUN 4 obj");
  DepTree t2(will_not, will_not.sentences[0]);
  EXPECT_TRUE(Polarity(t2, *rules_, true).Refused(3));

  Document did_not = Parsed("Biden Biden PROPN 4 nsubj  did do AUX 4 aux  not not PART 4 advmod"
                            "  meet meet VERB 0 root  Xi Xi PROPN 4 obj");
  DepTree t3(did_not, did_not.sentences[0]);
  Polarity p3(t3, *rules_, true);
  EXPECT_TRUE(p3.Negated(3));
  EXPECT_FALSE(p3.Refused(3));
}

// "warned Israel against attacking Lebanon"; "threatened to use force to restore Bazoum".
TEST_F(PolarityTest, WarnedAgainstAndThreatenedPurposes) {
  Document warned = Parsed("Iran Iran PROPN 2 nsubj  warned warn VERB 0 root  Israel Israel PROPN 2 obj"
                           "  against against SCONJ 5 mark  attacking attack VERB 2 advcl  Lebanon Lebanon PROPN 5 obj");
  warned.tokens[4].xpos = "VBG";
  DepTree t1(warned, warned.sentences[0]);
  EXPECT_TRUE(Polarity(t1, *rules_, true).WarnedAgainst(4));

  Document threat = Parsed("ECOWAS ECOWAS PROPN 2 nsubj  threatened threaten VERB 0 root  to to PART 4 mark"
                           "  use use VERB 2 xcomp  force force NOUN 4 obj  to to PART 7 mark"
                           "  restore restore VERB 4 advcl  Bazoum Bazoum PROPN 7 obj");
  DepTree t2(threat, threat.sentences[0]);
  Polarity p2(t2, *rules_, true);
  EXPECT_TRUE(p2.Threatened(3));
  EXPECT_TRUE(p2.Threatened(6));
}

// A malformed rules line names its file and line and what was expected.
TEST(CoderRules, ErrorsSayWhereAndWhat) {
  const std::string path = ::testing::TempDir() + "/dyad_rules_test.txt";
  auto load = [&](const std::string& text) {
    std::ofstream(path) << text;
    return LoadCoderRules(path);
  };
  auto unknown = load("negator decline\nbogus word\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("dyad_rules_test.txt:2: unknown rule kind 'bogus'"), std::string::npos)
      << unknown.status().message();
  auto bad_pair = load("pair leader nobody\n");
  ASSERT_FALSE(bad_pair.ok());
  EXPECT_NE(bad_pair.status().message().find(":1: expected 'pair LEMMA people|actors'"), std::string::npos);
  auto good = load("refusal 04 125\nrefuser refuse\n");
  ASSERT_TRUE(good.ok()) << good.status().message();
  EXPECT_EQ(good.value().refusal.at("04"), "125");
  EXPECT_TRUE(good.value().refusers.count("refuse"));
}

}  // namespace
}  // namespace dyad::coder
