// Labels of the learned attribution tagger: BIO over source, cue and content
// (PolNeAR's tag sequence: each token belongs to at most one attribution).
// The order is part of the model file format (labels are written by name and
// checked on load).
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_LABELS_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_LABELS_H_

#include <array>
#include <cstdint>
#include <string_view>

namespace claimgraph::ingest::learned {

enum Label : uint8_t {
  kO = 0,
  kBSource,
  kISource,
  kBCue,
  kICue,
  kBContent,
  kIContent,
  kNumLabels
};

inline constexpr std::array<std::string_view, kNumLabels> kLabelNames = {
    "O", "B-SOURCE", "I-SOURCE", "B-CUE", "I-CUE", "B-CONTENT", "I-CONTENT"};

// 0 none, 1 source, 2 cue, 3 content.
inline constexpr int LabelType(int label) { return (label + 1) / 2; }
inline constexpr bool IsInside(int label) { return label != kO && label % 2 == 0; }

// BIO well-formedness: I-X only after B-X or I-X. `prev` is -1 at the start.
inline constexpr bool Allowed(int prev, int label) {
  if (!IsInside(label)) return true;
  return prev >= 0 && prev != kO && LabelType(prev) == LabelType(label);
}

}  // namespace claimgraph::ingest::learned

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_LABELS_H_
