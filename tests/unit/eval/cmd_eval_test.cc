// `dyad eval` through the real binary: the JSON object per gold file, and exit statuses.
// Gold parses let it run without the NLP model (only the knowledge base is loaded).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "test_util.h"

namespace dyad {
namespace {

using dyad::testing::TempDir;

const std::string kDyad = DYAD_BINARY;

constexpr const char* kOneSentence = R"(<Sentences>
<Sentence id="one" date="20150609"/>
<EventCoding noevents="True" />
<Text>
The weather was fine.
</Text>
<Parse>
1	The	the	DET	DT	_	2	det	_	_
2	weather	weather	NOUN	NN	_	4	nsubj	_	_
3	was	be	AUX	VBD	_	4	cop	_	_
4	fine	fine	ADJ	JJ	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_
</Parse></Sentence>
</Sentences>
)";

TEST(CmdEval, PrintsOneJsonObjectPerGoldFile) {
  TempDir dir;
  std::string a = dir.Write("a.xml", kOneSentence);
  std::string b = dir.Write("b.xml", kOneSentence);
  auto r = dyad::testing::Run(kDyad + " eval --json --gold-parse " + a + " " + b + " 2>&1");
  ASSERT_EQ(r.status, 0) << r.out;
  std::istringstream lines(r.out);
  std::string line;
  int objects = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    ++objects;
    EXPECT_EQ(j["sentences"], 1);
    for (const char* level : {"root", "exact"}) {
      for (const char* k : {"precision", "recall", "f1"}) {
        double v = j[level][k].get<double>();
        EXPECT_GE(v, 0.0);
        EXPECT_LE(v, 1.0);
      }
    }
    EXPECT_TRUE(j.contains("actor_accuracy"));
    EXPECT_FALSE(j.contains("plover_accuracy"));
    EXPECT_EQ(j["no_event_sentences"], 1);
  }
  EXPECT_EQ(objects, 2);
}

TEST(CmdEval, BadGoldFileIsAUsageErrorNamingIt) {
  TempDir dir;
  std::string bad = dir.Write("bad.tsv", "a sentence\t9\n");
  auto r = dyad::testing::Run(kDyad + " eval " + bad + " 2>&1");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("bad.tsv:1"), std::string::npos) << r.out;
  auto missing = dyad::testing::Run(kDyad + " eval " + dir.path() + "/none.xml 2>&1");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.out.find("none.xml"), std::string::npos) << missing.out;
}

}  // namespace
}  // namespace dyad
