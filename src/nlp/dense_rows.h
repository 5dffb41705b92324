// Adding dense 16-bit weight rows into 32-bit scores, the inner loop of perceptron scoring.
// A row is `chunks` * 16 int16 weights, zero past the table's classes. The fast kernels sum a
// block of classes over all the rows in registers (AVX-512: 16 classes a register, AVX2 8,
// SSE2 4), widening each 16-bit weight as they load it, and touch the scores once per block:
// the rows of one scored example are few (tens) and read once, so the scores, not the rows,
// were the traffic of the old one-row-at-a-time add. Integer sums, so every kernel gives the
// same result as the reference loop. The kernel is picked once, by what the CPU supports: the
// build's baseline is plain x86-64 (SSE2) unless DYAD_NATIVE is set, and this runtime choice
// is safe on any x86-64 machine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dyad::nlp {

inline constexpr int kDenseChunk = 16;  // weights per chunk; a row is a whole number of chunks

// scores[c] += rows[r][c] for every r < n and c < num_classes; rows hold `chunks` chunks
// (chunks * 16 >= num_classes) and need no alignment.
using AddDenseRowsFn = void (*)(const int16_t* const* rows, size_t n, int chunks, int num_classes,
                                int32_t* scores);

// The plain loop the fast kernels must agree with.
void AddDenseRowsReference(const int16_t* const* rows, size_t n, int chunks, int num_classes,
                           int32_t* scores);

// The fastest kernel this CPU runs.
AddDenseRowsFn BestAddDenseRows();

// Every kernel this CPU runs, with its name, for tests and benchmarks.
struct NamedKernel {
  const char* name;
  AddDenseRowsFn fn;
};
std::vector<NamedKernel> SupportedAddDenseRows();

}  // namespace dyad::nlp
