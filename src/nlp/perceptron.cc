#include "nlp/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace dyad::nlp {

void KeyIndex::Reserve(size_t entries) {
  size_t cap = 16;
  while (cap < entries * 2) cap <<= 1;
  keys_.assign(cap, 0);
  rows_.assign(cap, 0);
  mask_ = static_cast<uint32_t>(cap - 1);
  size_ = 0;
}

uint32_t KeyIndex::Insert(uint32_t key, uint32_t row) {
  key = key ? key : 1;
  for (uint32_t slot = key & mask_;; slot = (slot + 1) & mask_) {
    if (keys_[slot] == key) return rows_[slot];
    if (keys_[slot] == 0) {
      keys_[slot] = key;
      rows_[slot] = row;
      ++size_;
      return row;
    }
  }
}

PerceptronTrainer::PerceptronTrainer(int num_classes, const std::vector<uint32_t>& keys)
    : num_classes_(num_classes) {
  index_.Reserve(keys.size());
  for (uint32_t key : keys) {
    auto row = static_cast<uint32_t>(row_keys_.size());
    if (index_.Insert(key, row) == row) row_keys_.push_back(key ? key : 1);
  }
  size_t cells = row_keys_.size() * static_cast<size_t>(num_classes_);
  weights_.assign(cells, 0.0f);
  totals_.assign(cells, 0.0f);
  stamps_.assign(row_keys_.size(), 1);
}

void PerceptronTrainer::Score(const uint32_t* keys, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    uint32_t row = index_.Find(keys[i]);
    if (row == KeyIndex::kNone) continue;
    const float* w = &weights_[static_cast<size_t>(row) * num_classes_];
    for (int c = 0; c < num_classes_; ++c) scores[c] += w[c];
  }
}

void PerceptronTrainer::CatchUp(uint32_t row) {
  auto elapsed = static_cast<float>(now_ - stamps_[row]);
  if (elapsed == 0) return;
  size_t base = static_cast<size_t>(row) * num_classes_;
  for (int c = 0; c < num_classes_; ++c) totals_[base + c] += weights_[base + c] * elapsed;
  stamps_[row] = now_;
}

void PerceptronTrainer::Update(const uint32_t* keys, size_t n, int good, int bad) {
  if (good == bad) return;
  for (size_t i = 0; i < n; ++i) {
    uint32_t row = index_.Find(keys[i]);
    if (row == KeyIndex::kNone) continue;
    CatchUp(row);
    size_t base = static_cast<size_t>(row) * num_classes_;
    weights_[base + good] += 1.0f;
    weights_[base + bad] -= 1.0f;
  }
}

WeightTable PerceptronTrainer::Average() const {
  std::vector<float> averages(row_keys_.size() * num_classes_, 0.0f);
  AddAverageTo(averages);
  return TableOf(averages);
}

void PerceptronTrainer::AddAverageTo(std::vector<float>& sum) const {
  for (size_t r = 0; r < row_keys_.size(); ++r) {
    auto elapsed = static_cast<float>(now_ - stamps_[r]);
    for (int c = 0; c < num_classes_; ++c) {
      size_t i = r * num_classes_ + c;
      sum[i] += (totals_[i] + weights_[i] * elapsed) / static_cast<float>(now_);
    }
  }
}

WeightTable PerceptronTrainer::TableOf(const std::vector<float>& averages) const {
  WeightTable table;
  table.num_classes_ = num_classes_;
  const size_t rows = row_keys_.size();
  auto average = [&](size_t r, int c) { return averages[r * num_classes_ + c]; };
  float max_abs = 0;
  for (size_t r = 0; r < rows; ++r)
    for (int c = 0; c < num_classes_; ++c) max_abs = std::max(max_abs, std::fabs(average(r, c)));
  table.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  // Rows in key order make the file deterministic and its key deltas small.
  std::vector<uint32_t> order(rows);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return row_keys_[a] < row_keys_[b]; });
  std::vector<uint32_t> keys, row_begin{0};
  std::vector<uint16_t> classes;
  std::vector<int16_t> weights;
  for (uint32_t r : order) {
    size_t before = weights.size();
    for (int c = 0; c < num_classes_; ++c) {
      long q = std::lround(average(r, c) / table.scale_);
      if (q == 0) continue;
      classes.push_back(static_cast<uint16_t>(c));
      weights.push_back(static_cast<int16_t>(std::clamp(q, -32767L, 32767L)));
    }
    if (weights.size() == before) continue;
    keys.push_back(row_keys_[r]);
    row_begin.push_back(static_cast<uint32_t>(weights.size()));
  }
  table.Build(keys, row_begin, classes, weights);
  return table;
}

void WeightTable::BuildInline(const std::vector<uint32_t>& keys, const std::vector<uint32_t>& row_begin,
                              const std::vector<uint16_t>& classes, const std::vector<int16_t>& weights) {
  inline_.assign(mask_ + size_t{1}, InlineSlot{0, {}});
  for (size_t r = 0; r < num_rows_; ++r) {
    uint32_t key = keys[r] ? keys[r] : 1;
    uint32_t slot = key & mask_;
    while (inline_[slot].key != 0 && inline_[slot].key != key) slot = (slot + 1) & mask_;
    if (inline_[slot].key == key) continue;  // a duplicate key keeps its first row
    inline_[slot].key = key;
    for (uint32_t e = row_begin[r]; e < row_begin[r + 1]; ++e) inline_[slot].w[classes[e]] = weights[e];
  }
}

void WeightTable::Build(const std::vector<uint32_t>& keys, const std::vector<uint32_t>& row_begin,
                        const std::vector<uint16_t>& classes, const std::vector<int16_t>& weights) {
  num_rows_ = keys.size();
  size_t cap = 16;
  while (cap < num_rows_ * 2) cap <<= 1;
  mask_ = static_cast<uint32_t>(cap - 1);
  slots_.clear();
  inline_.clear();
  sparse_.clear();
  dense_.clear();
  if (num_classes_ <= kInlineClasses) return BuildInline(keys, row_begin, classes, weights);
  add_dense_ = BestAddDenseRows();
  dense_chunks_ = (num_classes_ + kDenseChunk - 1) / kDenseChunk;
  const size_t dense_stride = static_cast<size_t>(dense_chunks_) * kDenseChunk;
  auto count = [&](uint32_t r) { return row_begin[r + 1] - row_begin[r]; };
  auto is_dense = [&](uint32_t r) { return 4 * count(r) >= static_cast<uint32_t>(num_classes_); };
  // The busiest rows first (see the header), key order among equals.
  // (A counting sort: counts are at most num_classes_.)
  std::vector<uint32_t> first_of(num_classes_ + 2, 0), order(num_rows_);
  for (uint32_t r = 0; r < num_rows_; ++r) ++first_of[num_classes_ - count(r) + 1];
  std::partial_sum(first_of.begin(), first_of.end(), first_of.begin());
  for (uint32_t r = 0; r < num_rows_; ++r) order[first_of[num_classes_ - count(r)]++] = r;
  // The slots, in that order, each first naming its row; of two rows with one key, the one
  // earlier in the file keeps the slot.
  slots_.assign(cap, Slot{0, 0});
  std::vector<uint32_t> slot_of(num_rows_);
  size_t dense_rows = 0, sparse_size = 0;
  for (uint32_t r : order) {
    const uint32_t key = keys[r] ? keys[r] : 1;
    uint32_t slot = key & mask_;
    while (slots_[slot].key != 0 && slots_[slot].key != key) slot = (slot + 1) & mask_;
    slot_of[r] = slot;
    if (slots_[slot].key == key) {
      slots_[slot].ref = std::min(slots_[slot].ref, r);
      continue;
    }
    slots_[slot] = {key, r};
  }
  for (uint32_t r : order) {
    if (slots_[slot_of[r]].ref != r) continue;
    if (is_dense(r)) {
      ++dense_rows;
    } else {
      sparse_size += 1 + 2 * size_t{count(r)};
    }
  }
  dense_.assign(dense_rows * dense_stride, 0);
  sparse_.reserve(sparse_size);
  uint32_t next_dense = 0;
  for (uint32_t r : order) {
    Slot& slot = slots_[slot_of[r]];
    if (slot.ref != r || (slot.ref & kDenseBit)) continue;
    if (is_dense(r)) {
      int16_t* row = &dense_[next_dense * dense_stride];
      for (uint32_t e = row_begin[r]; e < row_begin[r + 1]; ++e) row[classes[e]] = weights[e];
      slot.ref = kDenseBit | next_dense++;
    } else {
      slot.ref = static_cast<uint32_t>(sparse_.size());
      sparse_.push_back(static_cast<uint16_t>(count(r)));
      for (uint32_t e = row_begin[r]; e < row_begin[r + 1]; ++e) {
        sparse_.push_back(classes[e]);
        sparse_.push_back(static_cast<uint16_t>(weights[e]));
      }
    }
  }
}

void WeightTable::Write(ByteWriter& out) const {
  out.Var(static_cast<uint64_t>(num_classes_));
  uint32_t bits;
  static_assert(sizeof(bits) == sizeof(scale_));
  std::memcpy(&bits, &scale_, sizeof bits);
  out.Var(bits);
  // Rows in key order, each as its non-zero classes and weights.
  auto write_row = [&](const int16_t* w) {
    out.Var(static_cast<uint64_t>(std::count_if(w, w + num_classes_, [](int16_t x) { return x != 0; })));
    for (int c = 0; c < num_classes_; ++c) {
      if (w[c] == 0) continue;
      out.Var(static_cast<uint64_t>(c));
      out.SignedVar(w[c]);
    }
  };
  if (!inline_.empty()) {
    std::vector<const InlineSlot*> rows;
    for (const InlineSlot& s : inline_)
      if (s.key != 0) rows.push_back(&s);
    std::sort(rows.begin(), rows.end(), [](const InlineSlot* a, const InlineSlot* b) { return a->key < b->key; });
    out.Var(rows.size());
    uint32_t prev = 0;
    for (const InlineSlot* s : rows) {
      out.Var(s->key - prev);
      prev = s->key;
      write_row(s->w);
    }
    return;
  }
  std::vector<Slot> rows;
  for (const Slot& s : slots_)
    if (s.key != 0) rows.push_back(s);
  std::sort(rows.begin(), rows.end(), [](const Slot& a, const Slot& b) { return a.key < b.key; });
  out.Var(rows.size());
  uint32_t prev = 0;
  for (const Slot& s : rows) {
    out.Var(s.key - prev);
    prev = s.key;
    if (s.ref & kDenseBit) {
      write_row(DenseRow(s.ref));
      continue;
    }
    const uint16_t* row = &sparse_[s.ref];
    out.Var(row[0]);
    for (uint32_t e = 0; e < row[0]; ++e) {
      out.Var(row[1 + 2 * e]);
      out.SignedVar(static_cast<int16_t>(row[2 + 2 * e]));
    }
  }
}

Status WeightTable::Read(ByteReader& in) {
  num_classes_ = static_cast<int>(in.Count(4096, "a class count of at most 4096"));
  auto bits = static_cast<uint32_t>(in.Var());
  std::memcpy(&scale_, &bits, sizeof scale_);
  size_t rows = in.Count(1u << 26, "a feature count of at most 2^26");
  if (!in.ok()) return in.status();
  std::vector<uint32_t> keys(rows), row_begin{0};
  row_begin.reserve(rows + 1);
  std::vector<uint16_t> classes;
  std::vector<int16_t> weights;
  uint32_t key = 0;
  for (size_t r = 0; r < rows && in.ok(); ++r) {
    key += static_cast<uint32_t>(in.Var());
    keys[r] = key;
    size_t n = in.Count(static_cast<uint64_t>(num_classes_), "a row no longer than the classes");
    for (size_t e = 0; e < n && in.ok(); ++e) {
      classes.push_back(static_cast<uint16_t>(
          in.Count(static_cast<uint64_t>(num_classes_ - 1), "a class id below the class count")));
      int64_t w = in.SignedVar();
      if (w < -32767 || w > 32767) in.Fail("a 16-bit weight");
      weights.push_back(static_cast<int16_t>(w));
    }
    row_begin.push_back(static_cast<uint32_t>(weights.size()));
    // Sparse rows are addressed by 31-bit offsets.
    if (weights.size() > (size_t{1} << 29)) in.Fail("at most 2^29 weights");
  }
  if (!in.ok()) return in.status();
  Build(keys, row_begin, classes, weights);
  return Status::Ok();
}

}  // namespace dyad::nlp
