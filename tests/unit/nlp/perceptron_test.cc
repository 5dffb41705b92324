// WeightTable's fast scoring against a plain sum over the rows it was read from, and every
// dense-row kernel the CPU runs against the reference loop.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "nlp/dense_rows.h"
#include "nlp/perceptron.h"

namespace dyad::nlp {
namespace {

TEST(DenseRows, EveryKernelAgreesWithTheReference) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> weight(-32767, 32767);
  for (int classes : {1, 3, 15, 16, 17, 100, 103, 112, 128, 129, 200, 300}) {
    const int chunks = (classes + kDenseChunk - 1) / kDenseChunk;
    for (size_t n : {0, 1, 2, 7, 32}) {
      std::vector<int16_t> data(n * chunks * kDenseChunk, 0);
      std::vector<const int16_t*> rows;
      for (size_t r = 0; r < n; ++r) {
        for (int c = 0; c < classes; ++c) data[r * chunks * kDenseChunk + c] = static_cast<int16_t>(weight(rng));
        rows.push_back(&data[r * chunks * kDenseChunk]);
      }
      std::vector<int32_t> start(classes);
      for (int32_t& s : start) s = weight(rng);
      std::vector<int32_t> want = start;
      AddDenseRowsReference(rows.data(), n, chunks, classes, want.data());
      for (const NamedKernel& k : SupportedAddDenseRows()) {
        // One more score than the classes: a kernel must not write past them.
        std::vector<int32_t> got = start;
        got.push_back(12345);
        k.fn(rows.data(), n, chunks, classes, got.data());
        EXPECT_EQ(got.back(), 12345) << k.name << " wrote past " << classes << " classes";
        got.pop_back();
        EXPECT_EQ(got, want) << k.name << ", " << classes << " classes, " << n << " rows";
      }
    }
  }
}

// A table in the file's format: rows in key order, each its non-zero classes and weights.
struct RandomTable {
  int classes = 0;
  std::map<uint32_t, std::map<int, int16_t>> rows;
  std::string bytes;
};

RandomTable MakeTable(int classes, size_t num_rows, std::mt19937& rng) {
  RandomTable t;
  t.classes = classes;
  std::uniform_int_distribution<uint32_t> key(2, UINT32_MAX);
  std::uniform_int_distribution<int> weight(-32767, 32767), klass(0, classes - 1);
  while (t.rows.size() < num_rows) {
    // Row fills from one class to all of them, so that both sparse and dense rows occur.
    const int fill = 1 + static_cast<int>(rng() % classes);
    auto& row = t.rows[key(rng)];
    for (int i = 0; i < fill; ++i) {
      int16_t w = static_cast<int16_t>(weight(rng));
      if (w != 0) row[klass(rng)] = w;
    }
  }
  ByteWriter w;
  w.Var(static_cast<uint64_t>(classes));
  w.Var(0x3f800000u);  // scale 1.0f
  w.Var(t.rows.size());
  uint32_t prev = 0;
  for (const auto& [k, row] : t.rows) {
    w.Var(k - prev);
    prev = k;
    w.Var(row.size());
    for (const auto& [c, x] : row) {
      w.Var(static_cast<uint64_t>(c));
      w.SignedVar(x);
    }
  }
  t.bytes = w.bytes();
  return t;
}

TEST(WeightTable, ScoresAsThePlainSumAndWritesWhatItRead) {
  std::mt19937 rng(11);
  for (int classes : {3, 14, 15, 40, 103, 130}) {
    RandomTable t = MakeTable(classes, 500, rng);
    WeightTable table;
    ByteReader in(t.bytes, "table");
    ASSERT_TRUE(table.Read(in).ok());
    ByteWriter out;
    table.Write(out);
    EXPECT_EQ(out.bytes(), t.bytes) << classes << " classes";
    std::vector<uint32_t> present;
    for (const auto& [k, row] : t.rows) present.push_back(k);
    for (int example = 0; example < 50; ++example) {
      // Up to 80 features, present or not, some repeated: more than one prefetch batch.
      std::vector<uint32_t> keys;
      const size_t n = rng() % 81;
      for (size_t i = 0; i < n; ++i) keys.push_back(rng() % 3 ? present[rng() % present.size()] : rng() | 2);
      std::vector<int32_t> want(classes, 0), got(classes + 1, 0);
      got[classes] = 777;
      for (uint32_t k : keys) {
        auto it = t.rows.find(k);
        if (it == t.rows.end()) continue;
        for (const auto& [c, x] : it->second) want[c] += x;
      }
      table.Score(keys.data(), keys.size(), got.data());
      EXPECT_EQ(got[classes], 777);
      got.pop_back();
      EXPECT_EQ(got, want) << classes << " classes, example " << example;
    }
  }
}

TEST(WeightTable, TheFirstOfTwoRowsWithOneKeyWins) {
  for (int classes : {5, 103}) {
    ByteWriter w;
    w.Var(static_cast<uint64_t>(classes));
    w.Var(0x3f800000u);
    w.Var(2);
    // Key 9: class 1 weight 4; key 9 again, dense: every class weight 2 (the busier row).
    w.Var(9);
    w.Var(1);
    w.Var(1);
    w.SignedVar(4);
    w.Var(0);
    w.Var(static_cast<uint64_t>(classes));
    for (int c = 0; c < classes; ++c) {
      w.Var(static_cast<uint64_t>(c));
      w.SignedVar(2);
    }
    WeightTable table;
    ByteReader in(w.bytes(), "table");
    ASSERT_TRUE(table.Read(in).ok());
    std::vector<int32_t> scores(classes, 0), want(classes, 0);
    want[1] = 4;
    uint32_t key = 9;
    table.Score(&key, 1, scores.data());
    EXPECT_EQ(scores, want) << classes << " classes";
  }
}

}  // namespace
}  // namespace dyad::nlp
