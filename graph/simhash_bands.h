// Internal to graph/: the near-duplicate index (IndexId::kSimhashBand), which
// finds the stored articles whose SimHash lies within
// ingest::kSameStoryMaxDistance bits of a new article's.
//
// Each fingerprint is filed under kSimhashBands bands of 8 bits: two
// fingerprints up to 7 bits apart share at least one band exactly
// (pigeonhole), and most up to 9 do. The (article, fingerprint) pairs of one
// band value are packed into dense blocks 0, 1, ..., n-1, every block but the
// last holding kSimhashBlockPairs pairs:
//   key   IndexPrefix(kSimhashBand) · band:u8 · bits:u8 · block:u32be
//   value (article:u64be · simhash:u64be)*, in no particular order
// A lookup reads a band value with n + 1 point reads (N/256/kSimhashBlockPairs
// blocks for N stored articles) instead of scanning N/256 entries, and adding
// an article rewrites one block per band (schema 7; before it, one entry per
// pair, migrated by MigrateSimhashBands).
#ifndef CLAIMGRAPH_GRAPH_SIMHASH_BANDS_H_
#define CLAIMGRAPH_GRAPH_SIMHASH_BANDS_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store_impl.h"
#include "rocksdb/write_batch.h"

namespace claimgraph::graph {

inline constexpr int kSimhashBands = 8;
inline constexpr std::size_t kSimhashBlockPairs = 64;
// A pair's bytes, and a block key's: IndexPrefix · band · bits · block:u32be.
inline constexpr std::size_t kSimhashPairBytes = 16;
inline constexpr std::size_t kSimhashBlockKeyBytes = 1 + 2 + 4;

// One article writer's view of the index: the store's blocks with the
// changes of its batch over them. Not thread-safe; one per WriteBatch.
class SimhashBands {
 public:
  explicit SimhashBands(const GraphStore::Impl& impl) : impl_(impl) {}

  // The articles other than `self` filed under `band` of `simhash` whose
  // fingerprint is within kSameStoryMaxDistance bits of it, in ascending id
  // order, as the batch leaves the index.
  absl::StatusOr<std::vector<NodeId>> Near(int band, uint64_t simhash, NodeId self);

  // Files `article` under every band of `simhash` (appended to the band
  // value's last block, or a new block when it is full). simhash != 0.
  absl::Status Add(NodeId article, uint64_t simhash);
  // Removes `article`'s pair from every band of `simhash` (the band value's
  // last pair takes its place, so blocks stay dense); none is fine.
  absl::Status Remove(NodeId article, uint64_t simhash);

  // Puts every block this writer changed into `batch`, deleting those a
  // removal emptied, and forgets what it read.
  void Flush(rocksdb::WriteBatch& batch);

 private:
  struct BandValue {
    std::vector<std::string> blocks;  // as the batch leaves them
    std::size_t stored = 0;           // blocks in the store
    std::vector<bool> changed;
  };
  // The band value's blocks, read from the store on first use.
  absl::StatusOr<BandValue*> Load(int band, uint64_t simhash);

  const GraphStore::Impl& impl_;
  std::map<std::string, BandValue> values_;  // by key prefix
};

// Packs the one-entry-per-pair index of a schema 4–6 store into blocks, band
// value by band value, each in one write with the deletion of its old
// entries: a process killed meanwhile leaves every band value whole in one
// form or the other, and the next writable open finishes. Does not write the
// schema version.
absl::Status MigrateSimhashBands(const GraphStore::Impl& impl);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_SIMHASH_BANDS_H_
