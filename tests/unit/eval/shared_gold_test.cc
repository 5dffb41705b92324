// The readers on the real gold files in ../shared (skipped when it is absent). Only the
// development (*_train*) files are read here; the held-out *_test* files never are.
#include <filesystem>

#include <gtest/gtest.h>

#include "eval/gold.h"

namespace dyad::eval {
namespace {

std::string Shared(const char* rel) { return std::string(DYAD_SHARED_DIR) + "/reference/" + rel; }

#define SKIP_WITHOUT(path)                                                              \
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent (../shared is not checked out)"

// 80 coded events and 12 sentences coded noevents="True" (the README counts 93 tags).
TEST(SharedGold, PetrValidationHas78SentencesAnd80Events) {
  std::string path = Shared("UniversalPetrarch_validation/PETR2_GSR_validation.xml");
  SKIP_WITHOUT(path);
  auto file = ReadGoldFile(path);
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(file->format, GoldFormat::kPetrXml);
  EXPECT_EQ(file->items.size(), 78u);
  size_t events = 0, parsed = 0, no_event = 0;
  for (const GoldItem& item : file->items) {
    EXPECT_FALSE(item.text.empty()) << item.id;
    events += item.events.size();
    parsed += !item.parse.empty();
    no_event += item.events.empty();
    for (const GoldToken& t : item.parse) {
      EXPECT_NE(t.deprel, "dobj") << item.id;
      EXPECT_LT(t.head, static_cast<int>(item.parse.size())) << item.id;
    }
  }
  EXPECT_EQ(events, 80u);
  EXPECT_EQ(no_event, 12u);
  EXPECT_EQ(parsed, 78u);
}

TEST(SharedGold, PloverGsrHasTypedSentences) {
  std::string path = Shared("PLOVER_GSR/PLOVER_GSR_CAMEO.txt");
  SKIP_WITHOUT(path);
  auto file = ReadGoldFile(path);
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(file->format, GoldFormat::kPloverGsr);
  EXPECT_EQ(file->items.size(), 322u);
  for (const GoldItem& item : file->items) {
    EXPECT_FALSE(item.text.empty()) << item.id;
    EXPECT_NE(item.plover, "DEMAND") << item.id;
    EXPECT_NE(item.plover, "FIGHT") << item.id;
  }
}

TEST(SharedGold, ConflibertTrainFiles) {
  std::string classes = Shared("ConfliBERT_CAMEO/cameo_class_train.tsv");
  std::string spans = Shared("ConfliBERT_CAMEO/cameo_ner_train.txt");
  SKIP_WITHOUT(classes);
  auto c = ReadGoldFile(classes);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->items.size(), 1349u);
  auto s = ReadGoldFile(spans);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->format, GoldFormat::kConflibertSpans);
  EXPECT_EQ(s->items.size(), 1153u);
  size_t source_spans = 0;
  for (const GoldItem& item : s->items) {
    for (const GoldSpan& g : item.spans) {
      ASSERT_LE(g.span.end, item.text.size());
      source_spans += g.role == 'S';
    }
  }
  // One per B-S tag, and one per I-S that follows no S tag (the file has three).
  EXPECT_EQ(source_spans, 1097u);
}

}  // namespace
}  // namespace dyad::eval
