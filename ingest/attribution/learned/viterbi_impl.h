// Template body of learned::Viterbi (decode.h). Include decode.h instead.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_VITERBI_IMPL_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_VITERBI_IMPL_H_

#include <limits>

#include "ingest/attribution/learned/labels.h"

namespace claimgraph::ingest::learned {

template <typename EmissionFn, typename TransitionFn>
void Viterbi(const TokenFeatures& features, EmissionFn emission, TransitionFn transition,
             std::vector<float>* score, std::vector<uint8_t>* back, std::vector<uint8_t>* labels,
             std::vector<float>* emissions) {
  constexpr int L = kNumLabels;
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  const int n = features.size();
  labels->resize(n);
  if (n == 0) return;
  score->resize(size_t(n) * L);
  back->resize(size_t(n) * L);
  float emit[L];
  if (emissions != nullptr) emissions->resize(size_t(n) * L);
  // Transitions with the BIO constraints folded in (-inf where disallowed).
  float trans[L][L], start[L];
  for (int y = 0; y < L; ++y) start[y] = Allowed(-1, y) ? transition(-1)[y] : kNeg;
  for (int p = 0; p < L; ++p)
    for (int y = 0; y < L; ++y) trans[p][y] = Allowed(p, y) ? transition(p)[y] : kNeg;
  for (int i = 0; i < n; ++i) {
    // The next token's weight rows are fetched while this one is scored.
    if (i + 1 < n)
      for (uint32_t f : features.of(i + 1)) __builtin_prefetch(emission(f));
    // Summed in registers, feature by feature (the order, so the floats, of
    // a plain loop): the rows' loads do not wait on one another.
    for (int y = 0; y < L; ++y) emit[y] = 0;
    for (uint32_t f : features.of(i)) {
      const float* w = emission(f);
#pragma GCC unroll 8
      for (int y = 0; y < L; ++y) emit[y] += w[y];
    }
    if (emissions != nullptr)
      for (int y = 0; y < L; ++y) (*emissions)[size_t(i) * L + y] = emit[y];
    float* s = score->data() + size_t(i) * L;
    uint8_t* b = back->data() + size_t(i) * L;
    if (i == 0) {
      for (int y = 0; y < L; ++y) {
        s[y] = emit[y] + start[y];
        b[y] = 0;
      }
      continue;
    }
    const float* prev = s - L;
    for (int y = 0; y < L; ++y) {
      float best = prev[0] + trans[0][y];
      int arg = 0;
      for (int p = 1; p < L; ++p) {
        float v = prev[p] + trans[p][y];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      s[y] = best + emit[y];
      b[y] = static_cast<uint8_t>(arg);
    }
  }
  const float* last = score->data() + size_t(n - 1) * L;
  int y = 0;
  for (int k = 1; k < L; ++k)
    if (last[k] > last[y]) y = k;
  for (int i = n - 1; i >= 0; --i) {
    (*labels)[i] = static_cast<uint8_t>(y);
    y = (*back)[size_t(i) * L + y];
  }
}

}  // namespace claimgraph::ingest::learned

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_VITERBI_IMPL_H_
