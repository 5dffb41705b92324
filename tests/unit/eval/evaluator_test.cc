// Documents built from gold items, the main-event order, and the JSON report's shape.
#include "eval/evaluator.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eval/report.h"

namespace dyad::eval {
namespace {

GoldItem ParsedItem() {
  GoldItem item;
  item.id = "x";
  item.text = "raw text , not used";
  item.date = *ParseIsoDate("2015-06-09");
  item.parse = {{"Israel", "israel", "PROPN", "NNP", "nsubj", 1, true},
                {"freed", "free", "VERB", "VBD", "root", -1, true},
                {"prisoners", "prisoner", "NOUN", "NNS", "obj", 1, false},
                {".", ".", "PUNCT", ".", "punct", 1, true}};
  return item;
}

TEST(MakeDocument, RawTextOrGoldParse) {
  GoldItem item = ParsedItem();
  Document raw = MakeDocument(item, false, "o");
  EXPECT_EQ(raw.text, item.text);
  EXPECT_TRUE(raw.tokens.empty());
  EXPECT_EQ(raw.published.Iso(), "2015-06-09");
  Document parsed = MakeDocument(item, true, "o");
  EXPECT_EQ(parsed.text, "Israel freed prisoners.");
  ASSERT_EQ(parsed.sentences.size(), 1u);
  EXPECT_TRUE(parsed.sentences[0].parsed);
  ASSERT_EQ(parsed.tokens.size(), 4u);
  EXPECT_EQ(parsed.View(parsed.tokens[2].span), "prisoners");
  EXPECT_EQ(parsed.View(parsed.tokens[3].span), ".");
  EXPECT_EQ(parsed.tokens[0].head, 1);
  EXPECT_EQ(parsed.tokens[1].head, -1);
  EXPECT_EQ(parsed.tokens[2].deprel, "obj");
  EXPECT_EQ(parsed.tokens[1].lemma, "free");
  item.parse.clear();  // no gold parse: raw text even when asked for one
  EXPECT_EQ(MakeDocument(item, true, "o").text, item.text);
}

Event MakeEvent(const Document& doc, uint32_t token, std::string cameo) {
  Event e;
  e.sentence = 0;
  e.verb = doc.tokens[token].span;
  e.root = cameo.substr(0, 2);
  e.cameo = std::move(cameo);
  e.source.code = "ISR";
  e.source.country = "ISR";
  e.has_target = false;
  return e;
}

TEST(CollectEvents, MainEventIsNearestTheRootAndNotAStatement) {
  Document doc = MakeDocument(ParsedItem(), true, "o");
  doc.events.push_back(MakeEvent(doc, 2, "190"));  // depth 2
  doc.events.push_back(MakeEvent(doc, 1, "0841"));  // the root verb
  doc.events.push_back(MakeEvent(doc, 1, "010"));   // a statement ranks last
  CodedItem item = CollectEvents(doc);
  ASSERT_EQ(item.events.size(), 3u);
  EXPECT_EQ(item.events[0].cameo, "0841");
  EXPECT_EQ(item.events[1].cameo, "190");
  EXPECT_EQ(item.events[2].cameo, "010");
  EXPECT_EQ(item.events[0].target, "");
  EXPECT_EQ(item.events[0].source_country, "ISR");
  EXPECT_EQ(item.events[0].sentence, "Israel freed prisoners.");
}

TEST(JsonReport, HasTheIssueFieldsAsFractions) {
  FileScores s;
  s.file = "gold.xml";
  s.items = 3;
  s.has_events = true;
  s.root = {3, 1, 2};
  s.actors = {3, 4};
  s.confusion[{"04", "none"}] = 2;
  auto j = nlohmann::json::parse(JsonReport(s));
  EXPECT_EQ(j["file"], "gold.xml");
  EXPECT_EQ(j["sentences"], 3);
  EXPECT_DOUBLE_EQ(j["root"]["precision"].get<double>(), 0.75);
  EXPECT_DOUBLE_EQ(j["root"]["recall"].get<double>(), 0.6);
  EXPECT_NEAR(j["root"]["f1"].get<double>(), 2 * 0.75 * 0.6 / 1.35, 1e-12);
  EXPECT_DOUBLE_EQ(j["exact"]["f1"].get<double>(), 0.0);
  EXPECT_DOUBLE_EQ(j["actor_accuracy"].get<double>(), 0.75);
  EXPECT_FALSE(j.contains("plover_accuracy"));
  EXPECT_EQ(j["confusion"]["04"]["none"], 2);
  EXPECT_FALSE(j.contains("class_accuracy"));
  FileScores c;
  c.has_classes = true;
  c.classes = {1, 4};
  auto k = nlohmann::json::parse(JsonReport(c));
  EXPECT_TRUE(k["root"].is_null());
  EXPECT_TRUE(k["actor_accuracy"].is_null());
  EXPECT_DOUBLE_EQ(k["class_accuracy"].get<double>(), 0.25);
}

TEST(TextReport, ListsMistakesWithTheirSentences) {
  FileScores s;
  s.file = "g";
  s.has_events = true;
  s.mistakes = {{"id7", "Israel freed prisoners.", "miss", "ISR PSE 0841"}, {"id8", "t", "false", "A B 190"}};
  std::string text = TextReport(s, 1);
  EXPECT_NE(text.find("ISR PSE 0841"), std::string::npos);
  EXPECT_NE(text.find("Israel freed prisoners."), std::string::npos);
  EXPECT_EQ(text.find("A B 190"), std::string::npos);
  EXPECT_NE(TextReport(s, -1).find("A B 190"), std::string::npos);
}

}  // namespace
}  // namespace dyad::eval
