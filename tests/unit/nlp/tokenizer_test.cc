// News-style tokenization and sentence splitting cases.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/char_class.h"
#include "nlp/nlp.h"
#include "nlp/tokenizer.h"

namespace dyad::nlp {
namespace {

Document Tokenize(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.origin = "test";
  auto status = MakeTokenizer()->Process(doc);
  EXPECT_TRUE(status.ok()) << status.message();
  return doc;
}

std::vector<std::string> Words(const std::string& text) {
  Document doc = Tokenize(text);
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.View(t.span));
  return out;
}

std::vector<std::string> Sentences(const std::string& text) {
  Document doc = Tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.SentenceText(s));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, KeepsAbbreviationsAndInitials) {
  EXPECT_EQ(Words("Gen. Smith met Mr. Li in the U.S. on Jan. 6."),
            (V{"Gen.", "Smith", "met", "Mr.", "Li", "in", "the", "U.S.", "on", "Jan.", "6", "."}));
  EXPECT_EQ(Words("Jennifer M. Anderson lives on Main St. now"),
            (V{"Jennifer", "M.", "Anderson", "lives", "on", "Main", "St.", "now"}));
}

TEST(Tokenizer, SplitsPossessivesAndClitics) {
  EXPECT_EQ(Words("China's"), (V{"China", "'s"}));
  EXPECT_EQ(Words("China\u2019s Xi's"), (V{"China", "\u2019s", "Xi", "'s"}));
  EXPECT_EQ(Words("don't can't won't I'm we'll"),
            (V{"do", "n't", "ca", "n't", "wo", "n't", "I", "'m", "we", "'ll"}));
  EXPECT_EQ(Words("the parents' rights"), (V{"the", "parents", "'", "rights"}));
  EXPECT_EQ(Words("O'Brien cannot"), (V{"O'Brien", "can", "not"}));
}

TEST(Tokenizer, SplitsQuotesStraightAndCurly) {
  EXPECT_EQ(Words("\"We will win,\" he said."),
            (V{"\"", "We", "will", "win", ",", "\"", "he", "said", "."}));
  EXPECT_EQ(Words("\u201cNo,\u201d she said \u2018twice\u2019."),
            (V{"\u201c", "No", ",", "\u201d", "she", "said", "\u2018", "twice", "\u2019", "."}));
}

TEST(Tokenizer, SplitsHyphensAsUd) {
  EXPECT_EQ(Words("a 15-year term"), (V{"a", "15", "-", "year", "term"}));
  EXPECT_EQ(Words("co-workers e-mail"), (V{"co-workers", "e-mail"}));
  EXPECT_EQ(Words("call 713-853-3989"), (V{"call", "713-853-3989"}));
  EXPECT_EQ(Words("U.S.-China talks"), (V{"U.S.", "-", "China", "talks"}));
}

TEST(Tokenizer, NumbersCurrenciesAndTimes) {
  EXPECT_EQ(Words("$1,500.50 or \u20ac30 (12%) at 10:30 on 11/28/2000 at 5pm"),
            (V{"$", "1,500.50", "or", "\u20ac", "30", "(", "12", "%", ")", "at", "10:30", "on",
               "11/28/2000", "at", "5", "pm"}));
}

TEST(Tokenizer, UrlsAndEmailsStayWhole) {
  EXPECT_EQ(Words("See https://example.org/a/b?c=1, or mail press@un.org."),
            (V{"See", "https://example.org/a/b?c=1", ",", "or", "mail", "press@un.org", "."}));
  EXPECT_EQ(Words("(www.example.com)"), (V{"(", "www.example.com", ")"}));
}

TEST(Tokenizer, EllipsesDashesAndParentheses) {
  EXPECT_EQ(Words("Wait... then\u2014nothing -- really (maybe)\u2026"),
            (V{"Wait", "...", "then", "\u2014", "nothing", "--", "really", "(", "maybe", ")",
               "\u2026"}));
  EXPECT_EQ(Words("and/or"), (V{"and", "/", "or"}));
}

TEST(Tokenizer, OffsetsPointIntoTheText) {
  Document doc = Tokenize("  Xi\u2019s  visit.\n");
  ASSERT_EQ(doc.tokens.size(), 4u);
  EXPECT_EQ(doc.tokens[0].span, (Span{2, 4}));
  EXPECT_FALSE(doc.tokens[0].space_after);
  EXPECT_TRUE(doc.tokens[1].space_after);
  EXPECT_EQ(doc.View(doc.tokens[3].span), ".");
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.SentenceText(doc.sentences[0]), "Xi\u2019s  visit.");
}

TEST(SentenceSplitter, SplitsAtFinalPunctuationNotAbbreviations) {
  EXPECT_EQ(Sentences("Mr. Biden met Gen. Milley on Nov. 3. They talked. Did it work? Yes!"),
            (V{"Mr. Biden met Gen. Milley on Nov. 3.", "They talked.", "Did it work?", "Yes!"}));
  EXPECT_EQ(Sentences("He works for Acme Inc. The firm grew."),
            (V{"He works for Acme Inc.", "The firm grew."}));
  EXPECT_EQ(Sentences("The U.S. Army left. It was late."),
            (V{"The U.S. Army left.", "It was late."}));
}

TEST(SentenceSplitter, QuotesStayWithTheirSentence) {
  EXPECT_EQ(Sentences("\"We will fight.\" Then he left. (It rained.) Next"),
            (V{"\"We will fight.\"", "Then he left.", "(It rained.)", "Next"}));
}

TEST(SentenceSplitter, DatelineIsItsOwnSentence) {
  EXPECT_EQ(Sentences("WASHINGTON (AP) \u2014 The president spoke."),
            (V{"WASHINGTON (AP) \u2014", "The president spoke."}));
  EXPECT_EQ(Sentences("BEIJING, Nov. 3 (Reuters) - China said no."),
            (V{"BEIJING, Nov. 3 (Reuters) -", "China said no."}));
  EXPECT_EQ(Sentences("US President Biden - who spoke - left."), (V{"US President Biden - who spoke - left."}));
  // The AP's style: the city in capitals, then its country or state in title case.
  EXPECT_EQ(Sentences("KYIV, Ukraine (AP) \u2014 Russian forces fired missiles."),
            (V{"KYIV, Ukraine (AP) \u2014", "Russian forces fired missiles."}));
  EXPECT_EQ(Sentences("NAIROBI, Kenya - Police fired tear gas."), (V{"NAIROBI, Kenya -", "Police fired tear gas."}));
  EXPECT_EQ(Sentences("In Paris, France \u2014 a dash."), (V{"In Paris, France \u2014 a dash."}));
  // AFP's style ends the dateline with a colon; a colon inside a sentence ends nothing.
  EXPECT_EQ(Sentences("LYON: Interpol said it will help."), (V{"LYON:", "Interpol said it will help."}));
  EXPECT_EQ(Sentences("GAZA CITY, Palestinian Territories: Four were killed."),
            (V{"GAZA CITY, Palestinian Territories:", "Four were killed."}));
  EXPECT_EQ(Sentences("The minister said: we will fight."), (V{"The minister said: we will fight."}));
}

TEST(SentenceSplitter, HeadingsBulletsAndParagraphs) {
  EXPECT_EQ(Sentences("Talks Collapse\nThe talks ended without a deal\n\nNew paragraph here"),
            (V{"Talks Collapse", "The talks ended without a deal", "New paragraph here"}));
  EXPECT_EQ(Sentences("Key points:\n\u2022 Troops withdrew\n\u2022 Aid resumed"),
            (V{"Key points:", "\u2022 Troops withdrew", "\u2022 Aid resumed"}));
  EXPECT_EQ(Sentences("the talks went on for\nhours and ended"),
            (V{"the talks went on for\nhours and ended"}));
}

TEST(SentenceSplitter, UnpunctuatedTextIsCutAtMaximumLength) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  Document doc = Tokenize(text);
  ASSERT_EQ(doc.tokens.size(), 1000u);
  EXPECT_EQ(doc.sentences.size(), (1000 + kMaxSentenceTokens - 1) / kMaxSentenceTokens);
  for (const Sentence& s : doc.sentences) EXPECT_LE(s.token_count, kMaxSentenceTokens);
}

TEST(Tokenizer, SurvivesIllFormedUtf8AndEmptyText) {
  EXPECT_TRUE(Words("").empty());
  EXPECT_TRUE(Words(" \n\t ").empty());
  EXPECT_EQ(Words("a\xff\xfe b").size(), 2u);
}

// The ASCII fast paths in char_class.h answer as ICU does.
TEST(CharClassTest, AsciiFastPathsMatchIcu) {
  for (UChar32 c = 0; c < 0x80; ++c) {
    EXPECT_EQ(IsSpace(c), IcuIsSpace(c)) << c;
    EXPECT_EQ(IsLetter(c), static_cast<bool>(u_isalpha(c))) << c;
    EXPECT_EQ(IsDigit(c), static_cast<bool>(u_isdigit(c))) << c;
    EXPECT_EQ(IsUpper(c), static_cast<bool>(u_isupper(c))) << c;
    EXPECT_EQ(IsLower(c), static_cast<bool>(u_islower(c))) << c;
    EXPECT_EQ(IsCurrency(c), u_charType(c) == U_CURRENCY_SYMBOL) << c;
  }
}

}  // namespace
}  // namespace dyad::nlp
