// Bulk load: many articles' extractions added to a store as RocksDB table
// files (SST) in one atomic step, rather than one write per article.
#ifndef CLAIMGRAPH_GRAPH_BULK_LOAD_H_
#define CLAIMGRAPH_GRAPH_BULK_LOAD_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "graph/store.h"
#include "ingest/document.h"
#include "ingest/extraction.h"

namespace claimgraph::graph {

struct BulkLoadResult {
  uint64_t puts = 0;     // keys written (added or changed)
  uint64_t deletes = 0;  // keys removed (replaced articles, merged sources)
  uint32_t files = 0;    // SST files added, one per column family written
  uint64_t bytes = 0;    // their size
};

// How a shard is loaded: Begin makes a checkpoint of the store (hard links,
// no copy) in a scratch directory beside it and opens it as a store; Ingest
// writes each article there through the normal write path (ArticleWriter:
// identities, stories, contradictions, replacements, all as a plain ingest
// does them, in order) and notes every key its batches touch; Finish writes
// those keys' final values (read back from the scratch store, so they are the
// normal encoder's) sorted into one SST file per column family
// (rocksdb::SstFileWriter), adds them all to the store with one
// IngestExternalFiles call, which is atomic across column families, and
// removes the scratch directory. So the store holds all of the shard or
// none of it, whenever the process dies, and ends as a plain ingest of the
// same articles in the same order would leave it. A killed load leaves the
// scratch directory, which the next Begin removes; loading the shard again
// completes it (articles already there are unchanged).
//
// The store must be read-write and written by nothing else while the load
// runs (the CLI holds it exclusively). Memory: the touched keys of the shard.
class BulkLoader {
 public:
  // `scratch`: the scratch directory, default the store's path + ".bulk";
  // it must be on the store's filesystem (hard links). Whatever is there is
  // removed first.
  static absl::StatusOr<std::unique_ptr<BulkLoader>> Begin(GraphStore& store,
                                                           std::string scratch = "");
  ~BulkLoader();  // removes the scratch directory (after Finish, or abandoning the load)

  // As GraphStore::Ingest, into the scratch store: nothing is in the store
  // before Finish.
  absl::StatusOr<IngestOutcome> Ingest(const ingest::Document& doc,
                                       const ingest::Extraction& extraction,
                                       std::string_view ingested_by = "");

  // Adds everything ingested to the store at once. Call once.
  absl::StatusOr<BulkLoadResult> Finish();

  class Impl;

 private:
  explicit BulkLoader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_BULK_LOAD_H_
