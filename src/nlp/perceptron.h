// Averaged perceptron weights over hashed features (Collins 2002; the "averaged" trick keeps
// a running total per weight so averaging costs nothing per update).
//   PerceptronTrainer: dense rows for the features seen often enough in a counting pass,
//     lazily averaged per row; only used by `dyad nlp train`.
//   WeightTable: the immutable result, sparse (a row keeps only its non-zero classes) and
//     quantized to 16-bit steps, in the file and in memory; what the tagger and parser score
//     with. A table of at most 14 classes keeps its rows inside the hash slots.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "dyad/status.h"
#include "nlp/byte_io.h"
#include "nlp/dense_rows.h"
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
    if (slots_.empty()) return;
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
  static constexpr uint32_t kDenseBit = 0x80000000u;
  struct Slot {
    uint32_t key;  // 0: empty (key 0 is stored as 1)
    uint32_t ref;  // kDenseBit | a dense row's number, or a sparse row's offset in sparse_
  };
  // A row is sparse (in sparse_: a count, then count pairs of class and 16-bit weight) or, when
  // at least a quarter of its classes are set, dense (in dense_: every class's 16-bit weight,
  // zero padded to whole 16-class chunks, widened only as it is added; dense_rows.h). Dense
  // rows are the frequent features. Rows are laid out, and inserted into the slots, in order of
  // how many classes they set, most first: that count stands for how often the feature was
  // seen in training, so the rows a text reads most share cache lines and sit in their home
  // slots. The slot itself says which kind a row is, so a dense row costs two memory reads.
  uint32_t FindRef(uint32_t key) const {
    key = key ? key : 1;
    for (uint32_t slot = key & mask_;; slot = (slot + 1) & mask_) {
      if (slots_[slot].key == key) return slots_[slot].ref;
      if (slots_[slot].key == 0) return kNoRow;
    }
  }
  const int16_t* DenseRow(uint32_t ref) const {
    return &dense_[static_cast<size_t>(ref & ~kDenseBit) * dense_chunks_ * kDenseChunk];
  }
  // Memory-latency bound: prefetch every feature's slot, then every row, then add the sparse
  // rows one by one and the dense rows all at once.
  void ScoreBatch(const uint32_t* keys, size_t n, int32_t* scores) const {
    uint32_t refs[kBatch];
    const int16_t* dense[kBatch];
    size_t num_dense = 0;
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[(keys[i] ? keys[i] : 1) & mask_]);
    const size_t dense_bytes = static_cast<size_t>(dense_chunks_) * kDenseChunk * sizeof(int16_t);
    for (size_t i = 0; i < n; ++i) {
      refs[i] = FindRef(keys[i]);
      if (refs[i] == kNoRow) continue;
      if (refs[i] & kDenseBit) {
        const char* row = reinterpret_cast<const char*>(DenseRow(refs[i]));
        for (size_t b = 0; b < dense_bytes; b += 64) __builtin_prefetch(row + b);
        __builtin_prefetch(row + dense_bytes - 1);
      } else {
        // A row of up to 15 classes lies in the 64 bytes from its start, often two lines.
        __builtin_prefetch(&sparse_[refs[i]]);
        __builtin_prefetch(reinterpret_cast<const char*>(&sparse_[refs[i]]) + 62);
      }
    }
    for (size_t i = 0; i < n; ++i) {
      const uint32_t ref = refs[i];
      if (ref == kNoRow) continue;
      if (ref & kDenseBit) {
        dense[num_dense++] = DenseRow(ref);
        continue;
      }
      const uint16_t* row = &sparse_[ref];
      for (uint32_t e = 0; e < row[0]; ++e) scores[row[1 + 2 * e]] += static_cast<int16_t>(row[2 + 2 * e]);
    }
    if (num_dense > 0) add_dense_(dense, num_dense, dense_chunks_, num_classes_, scores);
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
  // Builds the slots and rows from rows given in key order; of rows with the same key, the
  // first is kept.
  void Build(const std::vector<uint32_t>& keys, const std::vector<uint32_t>& row_begin,
             const std::vector<uint16_t>& classes, const std::vector<int16_t>& weights);
  void BuildInline(const std::vector<uint32_t>& keys, const std::vector<uint32_t>& row_begin,
                   const std::vector<uint16_t>& classes, const std::vector<int16_t>& weights);

  int num_classes_ = 0;
  float scale_ = 1;
  size_t num_rows_ = 0;
  uint32_t mask_ = 0;
  int dense_chunks_ = 0;  // a dense row's length in chunks of kDenseChunk classes
  AddDenseRowsFn add_dense_ = AddDenseRowsReference;
  template <class T>
  using Array = std::vector<T, HugePageAllocator<T>>;
  Array<Slot> slots_;
  Array<uint16_t> sparse_;
  Array<int16_t> dense_;
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
