// Parse repairs for news constructions (src/nlp/parse_repair.h).
#include "nlp/parse_repair.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

namespace dyad::nlp {
namespace {

// Tokens from (upos, head, deprel) triples; heads are 0-based, -1 for the root.
std::vector<Token> Tree(const std::vector<std::tuple<std::string, int, std::string>>& rows) {
  std::vector<Token> out;
  for (const auto& [upos, head, rel] : rows) {
    Token t;
    t.upos = upos;
    t.head = head;
    t.deprel = rel;
    out.push_back(t);
  }
  return out;
}

TEST(RepairReportedObjects, SecondComplementNounBecomesTheReportedVerbsObject) {
  // The Houthis detained 20 members , a spokesman said .
  auto t = Tree({{"DET", 1, "det"}, {"PROPN", 2, "nsubj"}, {"VERB", 9, "ccomp"}, {"NUM", 4, "nummod"},
                 {"NOUN", 9, "ccomp"}, {"PUNCT", 7, "punct"}, {"DET", 7, "det"}, {"NOUN", 9, "nsubj"},
                 {"PUNCT", 9, "punct"}, {"VERB", -1, "root"}, {"PUNCT", 9, "punct"}});
  // (token 8 is a comma hanging on "said"; tokens 5-8 lie after the noun.)
  EXPECT_EQ(RepairReportedObjects(t), 1);
  EXPECT_EQ(t[4].head, 2);
  EXPECT_EQ(t[4].deprel, "obj");
}

TEST(RepairReportedObjects, NounClauseWithItsOwnSubjectOrCopulaStays) {
  // it failed , it was a mistake , he said  (the second clause has a subject and a copula)
  auto t = Tree({{"PRON", 1, "nsubj"}, {"VERB", 10, "ccomp"}, {"PUNCT", 6, "punct"}, {"PRON", 6, "nsubj"},
                 {"AUX", 6, "cop"}, {"DET", 6, "det"}, {"NOUN", 10, "ccomp"}, {"PUNCT", 10, "punct"},
                 {"PRON", 10, "nsubj"}, {"PUNCT", 10, "punct"}, {"VERB", -1, "root"}});
  EXPECT_EQ(RepairReportedObjects(t), 0);
  EXPECT_EQ(t[6].head, 10);
  EXPECT_EQ(t[6].deprel, "ccomp");
}

TEST(RepairReportedObjects, VerbWithAnObjectOrAWordBetweenKeepsTheNoun) {
  // they seized the port , officials , ... said: the verb has its object already
  auto with_object = Tree({{"PRON", 1, "nsubj"}, {"VERB", 5, "ccomp"}, {"NOUN", 1, "obj"}, {"NOUN", 5, "ccomp"},
                           {"PUNCT", 5, "punct"}, {"VERB", -1, "root"}});
  EXPECT_EQ(RepairReportedObjects(with_object), 0);
  // a comma hanging on the report verb between the two complements keeps them apart
  auto apart = Tree({{"PRON", 1, "nsubj"}, {"VERB", 4, "ccomp"}, {"PUNCT", 4, "punct"}, {"NOUN", 4, "ccomp"},
                     {"VERB", -1, "root"}});
  EXPECT_EQ(RepairReportedObjects(apart), 0);
}

TEST(RepairReportedSubjects, FirstSubjectOfTheReportGoesToTheReportedVerb) {
  // Palestinians reject changes , negotiator Erakat said .
  auto t = Tree({{"PROPN", 6, "nsubj"}, {"VERB", 6, "ccomp"}, {"NOUN", 1, "obj"}, {"PUNCT", 6, "punct"},
                 {"NOUN", 5, "nmod:desc"}, {"PROPN", 6, "nsubj"}, {"VERB", -1, "root"}, {"PUNCT", 6, "punct"}});
  EXPECT_EQ(RepairReportedSubjects(t), 1);
  EXPECT_EQ(t[0].head, 1);
  EXPECT_EQ(t[0].deprel, "nsubj");
}

TEST(RepairReportedSubjects, ReportedVerbWithItsOwnSubjectKeepsTheTree) {
  // Officials , Israel struck targets , the army said: "struck" has its subject.
  auto t = Tree({{"NOUN", 7, "nsubj"}, {"PROPN", 2, "nsubj"}, {"VERB", 7, "ccomp"}, {"NOUN", 2, "obj"},
                 {"PUNCT", 7, "punct"}, {"DET", 6, "det"}, {"NOUN", 7, "nsubj"}, {"VERB", -1, "root"}});
  EXPECT_EQ(RepairReportedSubjects(t), 0);
  EXPECT_EQ(t[0].head, 7);
}

}  // namespace
}  // namespace dyad::nlp
