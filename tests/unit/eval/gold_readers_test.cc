// Readers of the gold formats, on small fixtures written here in the files' own shapes.
#include <gtest/gtest.h>

#include "eval/gold.h"
#include "test_util.h"

namespace dyad::eval {
namespace {

// The PETR2 file's quirks: self-closing <Sentence/> closed again later, comments hiding a
// record, noevents codings, a malformed date, UD v1 relations.
constexpr const char* kPetr = R"(<Validation>
<Sentences>
<Sentence category="AFP" date="20080806" id="S1" evaluate="true"/>
<EventCoding eventcode="031" sourcecode="BRA" targetcode="USA" />
<EventCoding eventcode="0352" sourcecode="---REB" targetcode="USAGOV" />
<Text>
Brazil and the United
States agreed.
</Text>
<Parse>
1	Brazil	Brazil	PROPN	NNP	_	3	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	Lula	Lula	PROPN	NNP	_	2	dobj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence>
<!--
<Sentence category="X" date="20080806" id="HIDDEN" evaluate="true"/>
<EventCoding eventcode="010" sourcecode="USA" targetcode="CHN" />
<Text>hidden</Text>
-->
<Sentence category="AFP" date="121108" id="S2" evaluate="true">
<!-- a comment with <EventCoding eventcode="999" sourcecode="X" /> inside -->
<EventCoding noevents="True" />
<Text>
Nothing happened.
</Text>
<Parse>
1	talks	talk	NOUN	NNS	_	0	root	_	_
2	in	in	ADP	IN	_	3	case	_	_
3	Rome	Rome	PROPN	NNP	_	1	nmod	_	_
</Parse></Sentence>
</Sentences>
</Validation>
)";

TEST(PetrXml, ReadsRecordsEventsTextAndParse) {
  auto file = ParsePetrXml(kPetr, "petr.xml");
  ASSERT_TRUE(file.ok()) << file.status().message();
  ASSERT_EQ(file->items.size(), 2u);
  const GoldItem& a = file->items[0];
  EXPECT_EQ(a.id, "S1");
  EXPECT_EQ(a.text, "Brazil and the United States agreed.");
  EXPECT_EQ(a.date.Iso(), "2008-08-06");
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[1].source, "---REB");
  EXPECT_EQ(a.events[1].target, "USAGOV");
  EXPECT_EQ(a.events[1].cameo, "0352");
  ASSERT_EQ(a.parse.size(), 4u);
  EXPECT_EQ(a.parse[0].head, 2);
  EXPECT_EQ(a.parse[1].head, -1);
  EXPECT_EQ(a.parse[2].deprel, "obj");  // dobj in UD v1
  EXPECT_FALSE(a.parse[2].space_after);
  EXPECT_EQ(a.parse[0].lemma, "brazil");
  const GoldItem& b = file->items[1];
  EXPECT_EQ(b.id, "S2");
  EXPECT_TRUE(b.events.empty());
  EXPECT_FALSE(b.date.valid());
  EXPECT_EQ(b.parse[2].deprel, "nmod");  // a nominal's modifier stays nmod
}

TEST(PetrXml, NominalModifierOfVerbBecomesOblique) {
  auto file = ParsePetrXml(R"(<Sentence id="x" date="20150609"><EventCoding noevents="True"/><Text>a</Text>
<Parse>
1	met	meet	VERB	VBD	_	0	root	_	_
2	in	in	ADP	IN	_	3	case	_	_
3	Rome	Rome	PROPN	NNP	_	1	nmod	_	_
4	was	be	AUX	VBD	_	1	auxpass	_	_
</Parse></Sentence>)",
                           "t.xml");
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(file->items[0].parse[2].deprel, "obl");
  EXPECT_EQ(file->items[0].parse[3].deprel, "aux:pass");
}

TEST(PetrXml, ErrorsNameFileAndLine) {
  auto no_id = ParsePetrXml("<Sentences>\n<Sentence date=\"20150609\"/>\n<Text>x</Text>", "f.xml");
  ASSERT_FALSE(no_id.ok());
  EXPECT_NE(no_id.status().message().find("f.xml:2"), std::string::npos) << no_id.status().message();
  auto bad_head = ParsePetrXml("<Sentence id=\"a\"/><Text>x</Text><Parse>\n1\tx\tx\tX\tX\t_\tzz\troot\t_\t_\n</Parse>", "g.xml");
  ASSERT_FALSE(bad_head.ok());
  EXPECT_NE(bad_head.status().message().find("head"), std::string::npos);
  EXPECT_FALSE(ParsePetrXml("<Validation></Validation>", "h.xml").ok());
}

TEST(PloverGsr, ReadsTypesAndRenamesOldOnes) {
  auto file = ParsePloverGsr(R"([
    {"id": "DOC", "event": "DOCUMENT", "eventText": "no text here"},
    {"id": "A1", "date": "2000-01-01", "event": "AGREE", "text": " Hungary agreed. ",
     "source": [{"actorText": "Hungarian", "code": "HUN"}, {"code": "ROU", "sector": "GOV"}], "target": []},
    {"id": "D1", "date": "2000-01-01", "event": "DEMAND", "text": "They demanded."},
    {"id": "F1", "event": "FIGHT", "text": "They fought."},
    {"id": "X1", "event": "DISAPPROVE", "text": "They criticized."}
  ])",
                             "gsr.json");
  ASSERT_TRUE(file.ok()) << file.status().message();
  ASSERT_EQ(file->items.size(), 4u);
  EXPECT_TRUE(file->has_plover);
  EXPECT_EQ(file->items[0].text, "Hungary agreed.");
  EXPECT_EQ(file->items[0].plover, "AGREE");
  EXPECT_EQ(file->items[0].date.Iso(), "2000-01-01");
  EXPECT_EQ(file->items[0].plover_sources, (std::vector<std::string>{"HUN", "ROU"}));
  EXPECT_TRUE(file->items[0].plover_targets.empty());
  EXPECT_EQ(file->items[1].plover, "REQUEST");
  EXPECT_EQ(file->items[2].plover, "ASSAULT");
  EXPECT_EQ(file->items[3].plover, "ACCUSE");
  EXPECT_FALSE(ParsePloverGsr("{\"a\":1}", "x.json").ok());
  EXPECT_FALSE(ParsePloverGsr("[{\"text\": \"no event\"}]", "y.json").ok());
}

TEST(Conflibert, ReadsClassesWithWindowsLineEnds) {
  auto file = ParseConflibertClasses("A bomb killed two.\t4\r\nThey met.\t1\r\n\r\n", "c.tsv");
  ASSERT_TRUE(file.ok()) << file.status().message();
  ASSERT_EQ(file->items.size(), 2u);
  EXPECT_EQ(file->items[0].text, "A bomb killed two.");
  EXPECT_EQ(file->items[0].penta_class, 4);
  EXPECT_EQ(file->items[1].penta_class, 1);
  auto bad = ParseConflibertClasses("ok\t1\nbad\t7\n", "c.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("c.tsv:2"), std::string::npos) << bad.status().message();
}

TEST(Conflibert, ReadsSpansAsByteRangesOfRebuiltText) {
  auto file = ParseConflibertSpans(
      "a B-S\nSwiss I-S\ncourt I-S\nrejected O\nCroatia B-T\n's I-T\nrequest I-T\n. O\n\n"
      "Biden B-R\nand O\nXi B-R\nmet O\n",
      "n.txt");
  ASSERT_TRUE(file.ok()) << file.status().message();
  ASSERT_EQ(file->items.size(), 2u);
  const GoldItem& a = file->items[0];
  EXPECT_EQ(a.text, "a Swiss court rejected Croatia's request.");
  ASSERT_EQ(a.spans.size(), 2u);
  EXPECT_EQ(a.spans[0].role, 'S');
  EXPECT_EQ(a.text.substr(a.spans[0].span.begin, a.spans[0].span.size()), "a Swiss court");
  EXPECT_EQ(a.text.substr(a.spans[1].span.begin, a.spans[1].span.size()), "Croatia's request");
  const GoldItem& b = file->items[1];
  ASSERT_EQ(b.spans.size(), 2u);
  EXPECT_EQ(b.spans[1].role, 'R');
  EXPECT_EQ(b.text.substr(b.spans[1].span.begin, b.spans[1].span.size()), "Xi");
  EXPECT_FALSE(ParseConflibertSpans("word X-Q\n", "n.txt").ok());
}

TEST(Detokenize, GluesPunctuationCliticsAndQuotes) {
  std::vector<Span> spans;
  std::string text = Detokenize({"He", "said", "\"", "no", "\"", "(", "twice", ")", ",", "didn't", "n't", "."}, &spans);
  EXPECT_EQ(text, "He said \"no\" (twice), didn'tn't.");
  ASSERT_EQ(spans.size(), 12u);
  EXPECT_EQ(text.substr(spans[3].begin, spans[3].size()), "no");
  EXPECT_EQ(Detokenize({"Baghdad", "’", "s", "forces", "s"}, &spans), "Baghdad’s forces s");
}

TEST(ReadGoldFile, PicksTheReaderByNameAndContent) {
  dyad::testing::TempDir dir;
  auto format = [](const std::string& path) {
    auto f = ReadGoldFile(path);
    EXPECT_TRUE(f.ok()) << path << ": " << f.status().message();
    return f.ok() ? std::string(FormatName(f->format)) : std::string("error");
  };
  EXPECT_EQ(format(dir.Write("p.xml", kPetr)), "petr-xml");
  EXPECT_EQ(format(dir.Write("c.tsv", "They met.\t1\n")), "conflibert-class");
  EXPECT_EQ(format(dir.Write("g.json", "[{\"event\": \"AGREE\", \"text\": \"x\"}]")), "plover-gsr");
  EXPECT_EQ(format(dir.Write("n.txt", "They O\nmet O\n")), "conflibert-spans");
  std::string case_text = "case: a\ndate: 2023-01-01\ntext: x\nexpect: none\n";
  dir.Write("golden/one.test", case_text);
  dir.Write("golden/two.test", "case: b\ndate: 2023-01-01\ntext: y\nexpect: 2023 USA CHN 04*\n");
  auto folder = ReadGoldFile(dir.path() + "/golden");
  ASSERT_TRUE(folder.ok()) << folder.status().message();
  ASSERT_EQ(folder->items.size(), 2u);
  EXPECT_EQ(folder->items[0].id, "one.test:a");
  EXPECT_EQ(folder->items[1].events.size(), 1u);
  EXPECT_EQ(folder->items[1].events[0].date, "2023");
  EXPECT_FALSE(ReadGoldFile(dir.path() + "/missing.xml").ok());
  EXPECT_FALSE(ReadGoldFile(dir.Write("x.dat", "one-word-lines\nonly\n")).ok());
}

}  // namespace
}  // namespace dyad::eval
