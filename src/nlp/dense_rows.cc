#include "nlp/dense_rows.h"

#include <algorithm>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define DYAD_X86_KERNELS 1
#endif

namespace dyad::nlp {

void AddDenseRowsReference(const int16_t* const* rows, size_t n, int /*chunks*/, int num_classes,
                           int32_t* scores) {
  for (size_t r = 0; r < n; ++r)
    for (int c = 0; c < num_classes; ++c) scores[c] += rows[r][c];
}

#if DYAD_X86_KERNELS
#define DYAD_KERNEL_INLINE inline __attribute__((always_inline))

#pragma GCC push_options
#pragma GCC target("avx512f")
namespace avx512 {
using Acc = __m512i;  // one chunk: 16 classes
constexpr int kMaxChunks = 8;
DYAD_KERNEL_INLINE void Zero(Acc& a) { a = _mm512_setzero_si512(); }
DYAD_KERNEL_INLINE void Add(Acc& a, const int16_t* w) {
  // The masked form: the plain one trips GCC 12's -Wmaybe-uninitialized in its own header.
  const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w));
  a = _mm512_add_epi32(a, _mm512_maskz_cvtepi16_epi32(0xffff, x));
}
DYAD_KERNEL_INLINE void Store(const Acc& a, int32_t* out) { _mm512_storeu_si512(out, a); }
#include "nlp/dense_rows_kernel.inc"
}  // namespace avx512
#pragma GCC pop_options

#pragma GCC push_options
#pragma GCC target("avx2")
namespace avx2 {
struct Acc {
  __m256i lo, hi;
};
constexpr int kMaxChunks = 7;  // 14 accumulators of the 16 registers
DYAD_KERNEL_INLINE void Zero(Acc& a) { a.lo = a.hi = _mm256_setzero_si256(); }
DYAD_KERNEL_INLINE void Add(Acc& a, const int16_t* w) {
  a.lo = _mm256_add_epi32(a.lo, _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(w))));
  a.hi = _mm256_add_epi32(a.hi, _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(w + 8))));
}
DYAD_KERNEL_INLINE void Store(const Acc& a, int32_t* out) {
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), a.lo);
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + 8), a.hi);
}
#include "nlp/dense_rows_kernel.inc"
}  // namespace avx2
#pragma GCC pop_options

namespace sse2 {  // the x86-64 baseline
struct Acc {
  __m128i v[4];
};
constexpr int kMaxChunks = 3;  // 12 accumulators of the 16 registers
DYAD_KERNEL_INLINE void Zero(Acc& a) {
  for (__m128i& v : a.v) v = _mm_setzero_si128();
}
DYAD_KERNEL_INLINE void Add(Acc& a, const int16_t* w) {
  for (int h = 0; h < 2; ++h) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(w + 8 * h));
    const __m128i sign = _mm_cmpgt_epi16(_mm_setzero_si128(), x);
    a.v[2 * h] = _mm_add_epi32(a.v[2 * h], _mm_unpacklo_epi16(x, sign));
    a.v[2 * h + 1] = _mm_add_epi32(a.v[2 * h + 1], _mm_unpackhi_epi16(x, sign));
  }
}
DYAD_KERNEL_INLINE void Store(const Acc& a, int32_t* out) {
  for (int k = 0; k < 4; ++k) _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 4 * k), a.v[k]);
}
#include "nlp/dense_rows_kernel.inc"
}  // namespace sse2
#endif

std::vector<NamedKernel> SupportedAddDenseRows() {
  std::vector<NamedKernel> kernels;
#if DYAD_X86_KERNELS
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f")) kernels.push_back({"avx512", avx512::AddDenseRows});
  if (__builtin_cpu_supports("avx2")) kernels.push_back({"avx2", avx2::AddDenseRows});
  kernels.push_back({"sse2", sse2::AddDenseRows});
#endif
  kernels.push_back({"reference", AddDenseRowsReference});
  return kernels;
}

AddDenseRowsFn BestAddDenseRows() {
  static const AddDenseRowsFn best = SupportedAddDenseRows().front().fn;
  return best;
}

}  // namespace dyad::nlp
