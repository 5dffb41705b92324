// Averaged perceptron weights over hashed features (Collins 2002; the "averaged" trick keeps
// a running total per weight so averaging costs nothing per update).
//   PerceptronTrainer: dense rows for the features seen often enough in a counting pass,
//     lazily averaged per row; only used by `dyad nlp train`.
//   WeightTable: the immutable result, sparse (a row keeps only its non-zero classes) and
//     quantized to 16-bit steps in the file; what the tagger and parser score with. A table of
//     at most 14 classes keeps its rows inside the hash slots.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "dyad/status.h"
#include "nlp/byte_io.h"
#include "nlp/huge_pages.h"

namespace dyad::nlp {

// Open-addressing map from a 32-bit feature key to a row number; key 0 is stored as 1.
class KeyIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  void Reserve(size_t entries);
  uint32_t Find(uint32_t key) const {
    if (mask_ == 0) return kNone;
    key = key ? key : 1;
    for (uint32_t slot = key & mask_;; slot = (slot + 1) & mask_) {
      if (keys_[slot] == key) return rows_[slot];
      if (keys_[slot] == 0) return kNone;
    }
  }
  // Returns the key's row, adding `row` for it when absent.
  uint32_t Insert(uint32_t key, uint32_t row);
  size_t size() const { return size_; }

 private:
  std::vector<uint32_t> keys_;
  std::vector<uint32_t> rows_;
  uint32_t mask_ = 0;
  size_t size_ = 0;
};

class WeightTable {
 public:
  // Tables of at most this many classes keep their rows in the hash slots (see ScoreInline).
  static constexpr int kInlineClasses = 14;
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_rows_; }
  // Adds the weights of each present feature to scores[0, num_classes), in units of the
  // quantization step (a positive scale, so the arg-max is the same as with real weights).
  void Score(const uint32_t* keys, size_t n, int32_t* scores) const {
    if (!inline_.empty()) return ScoreInline(keys, n, scores);
    for (size_t done = 0; done < n; done += kBatch) ScoreBatch(keys + done, std::min(kBatch, n - done), scores);
  }
  // Starts loading the slot of `key` into the cache, so that a caller can overlap its memory
  // latency with computing the next keys.
  void Prefetch(uint32_t key) const {
    key = key ? key : 1;
    if (!inline_.empty()) {
      __builtin_prefetch(&inline_[key & mask_]);
    } else if (!slots_.empty()) {
      __builtin_prefetch(&slots_[key & mask_]);
    }
  }
  void Write(ByteWriter& out) const;
  Status Read(ByteReader& in);

 private:
  friend class PerceptronTrainer;
  static constexpr size_t kBatch = 32;
  static constexpr uint32_t kNoRow = UINT32_MAX;
  static constexpr uint16_t kDenseRow = 0xffff;
  struct Slot {
    uint32_t key;     // 0: empty (key 0 is stored as 1)
    uint32_t offset;  // into entries_: a header, then the row
  };
  // A row is sparse (header = count, then count pairs of class and 16-bit weight) or, when at
  // least a quarter of its classes are set, dense (header = kDenseRow, then the row's index in
  // dense_ as two halves). Dense rows are the frequent features; they are widened to 32 bits
  // so that adding them is a plain vector add without sign extension.
  uint32_t FindOffset(uint32_t key) const {
    key = key ? key : 1;
    for (uint32_t slot = key & mask_;; slot = (slot + 1) & mask_) {
      if (slots_[slot].key == key) return slots_[slot].offset;
      if (slots_[slot].key == 0) return kNoRow;
    }
  }
  // scores[0, n) += w[0, n), four at a time: written out because the compiler, not knowing
  // that the two do not overlap, kept the plain loop scalar. Not inlined: inlined into a caller
  // with a short scores array, GCC warns about the vector path it never takes.
  __attribute__((noinline)) static void AddRow(const int32_t* __restrict w, int32_t* __restrict scores, int n) {
    typedef int32_t Vec __attribute__((vector_size(16)));
    int c = 0;
    for (; c + 4 <= n; c += 4) {
      Vec a, b;
      std::memcpy(&a, scores + c, sizeof a);
      std::memcpy(&b, w + c, sizeof b);
      a += b;
      std::memcpy(scores + c, &a, sizeof a);
    }
    for (; c < n; ++c) scores[c] += w[c];
  }
  static size_t DenseIndex(const uint16_t* row) { return row[1] | static_cast<size_t>(row[2]) << 16; }
  // Memory-latency bound: prefetch every feature's slot, then every row (a dense row's weights
  // are not prefetched: they are the frequent features, usually cached), then add.
  void ScoreBatch(const uint32_t* keys, size_t n, int32_t* scores) const {
    if (slots_.empty()) return;
    uint32_t offsets[kBatch];
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[(keys[i] ? keys[i] : 1) & mask_]);
    for (size_t i = 0; i < n; ++i) {
      offsets[i] = FindOffset(keys[i]);
      if (offsets[i] != kNoRow) __builtin_prefetch(&entries_[offsets[i]]);
    }
    for (size_t i = 0; i < n; ++i) {
      if (offsets[i] == kNoRow) continue;
      const uint16_t* row = &entries_[offsets[i]];
      if (row[0] == kDenseRow) {
        AddRow(&dense_[DenseIndex(row) * num_classes_], scores, num_classes_);
      } else {
        for (uint32_t e = 0; e < row[0]; ++e)
          scores[row[1 + 2 * e]] += static_cast<int16_t>(row[2 + 2 * e]);
      }
    }
  }
  // Tables of at most kInlineClasses classes (the parser's moves) keep each row inside its
  // hash slot, half a cache line: one memory access per feature, no row to chase.
  struct InlineSlot {
    uint32_t key;  // 0: empty
    int16_t w[kInlineClasses];
  };
  void ScoreInline(const uint32_t* keys, size_t n, int32_t* scores) const {
    const InlineSlot* slots = inline_.data();
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots[(keys[i] ? keys[i] : 1) & mask_]);
    int32_t sum[kInlineClasses] = {};
    for (size_t i = 0; i < n; ++i) {
      const uint32_t key = keys[i] ? keys[i] : 1;
      for (uint32_t slot = key & mask_;; slot = (slot + 1) & mask_) {
        const InlineSlot& e = slots[slot];
        if (e.key == key) {
          for (int c = 0; c < kInlineClasses; ++c) sum[c] += e.w[c];
          break;
        }
        if (e.key == 0) break;
      }
    }
    for (int c = 0; c < num_classes_; ++c) scores[c] += sum[c];
  }
  // Builds the slots and rows from rows given in key order.
  void Build(const std::vector<uint32_t>& keys, const std::vector<uint32_t>& row_begin,
             const std::vector<uint16_t>& classes, const std::vector<int16_t>& weights);

  int num_classes_ = 0;
  float scale_ = 1;
  size_t num_rows_ = 0;
  uint32_t mask_ = 0;
  template <class T>
  using Array = std::vector<T, HugePageAllocator<T>>;
  Array<Slot> slots_;
  Array<uint16_t> entries_;
  Array<int32_t> dense_;
  Array<InlineSlot> inline_;
};

class PerceptronTrainer {
 public:
  // Rows are made only for `keys` (the features worth learning); others are ignored.
  PerceptronTrainer(int num_classes, const std::vector<uint32_t>& keys);
  int num_classes() const { return num_classes_; }
  void Score(const uint32_t* keys, size_t n, float* scores) const;
  // One training example: reward `good`, penalise `bad` on the given features.
  void Update(const uint32_t* keys, size_t n, int good, int bad);
  // Advances the example clock; call once per example whether or not it updated.
  void Tick() { ++now_; }
  // The averaged weights, quantized; entries smaller than one quantum are dropped.
  WeightTable Average() const;
  // Adds the averaged weights (rows * classes, in this trainer's row order) to sum, and
  // builds a table from such sums: trainers over the same keys can be combined.
  void AddAverageTo(std::vector<float>& sum) const;
  WeightTable TableOf(const std::vector<float>& averages) const;

 private:
  void CatchUp(uint32_t row);
  int num_classes_;
  KeyIndex index_;
  std::vector<uint32_t> row_keys_;
  std::vector<float> weights_;
  std::vector<float> totals_;
  std::vector<uint32_t> stamps_;
  uint32_t now_ = 1;
};

}  // namespace dyad::nlp
