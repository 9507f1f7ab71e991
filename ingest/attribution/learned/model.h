// The learned attribution tagger's weights, in claimgraph's own file format
// (no learning library at run time).
//
// File layout (little-endian):
//   8 bytes  magic "CGATTRM\0"
//   u32      format version (kModelFormatVersion)
//   u32      feature version (features.h kFeatureVersion)
//   u32      hash bits (the feature table has 2^bits rows)
//   u32      number of labels, then per label: u8 length + name bytes
//   u64      number of weights = 2^bits * L + (L + 1) * L
//   f32 ...  weights: emission [feature][label], then transitions
//            [previous label + 1][label] (row 0: start of sequence)
//   u64      xxh64 (seed 0) of every byte before it
// Load() checks every field; a missing, truncated, corrupted or mismatched
// file is an error naming the path and what is wrong.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_MODEL_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace claimgraph::ingest::learned {

inline constexpr uint32_t kModelFormatVersion = 1;

class Model {
 public:
  // Reads and validates the model at `path`.
  static absl::StatusOr<std::shared_ptr<const Model>> Load(const std::string& path);
  // As Load, but loads each path once per process and shares the result.
  static absl::StatusOr<std::shared_ptr<const Model>> LoadShared(const std::string& path);

  // Writes a model (the trainer's output). `weights` as in the file layout.
  static absl::Status Save(const std::string& path, uint32_t hash_bits,
                           const std::vector<float>& weights, uint64_t* checksum = nullptr);

  // The default path: $CLAIMGRAPH_MODEL when set, else the source tree's
  // data/models/attribution.model compiled in.
  static std::string DefaultPath();

  uint32_t hash_bits() const { return hash_bits_; }
  uint64_t checksum() const { return checksum_; }
  // The scale of a per-token emission margin: 5 × the RMS of the non-zero
  // weights (computed at load), so that confidences do not depend on how the
  // trainer scaled the weights.
  float margin_scale() const { return margin_scale_; }
  // Emission weights of feature `f`: kNumLabels floats (in one 32-byte
  // aligned row of 8, so that a feature costs one cache line).
  const float* emission(uint32_t f) const { return rows_[f].w; }
  // Transition weights from `prev` (-1: start) to each label: kNumLabels floats.
  const float* transition(int prev) const { return rows_[(size_t{1} << hash_bits_) + prev + 1].w; }

 private:
  static constexpr size_t kLabels = 7;
  uint32_t hash_bits_ = 0;
  uint64_t checksum_ = 0;
  float margin_scale_ = 1;
  struct alignas(32) Row {
    float w[8];
  };
  std::vector<Row> rows_;  // 2^bits emission rows, then kLabels + 1 transition rows
};

}  // namespace claimgraph::ingest::learned

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_MODEL_H_
