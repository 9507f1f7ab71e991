// For benchmarks and tests only: the RocksDB settings GraphStore::Open uses, so
// that a raw-RocksDB baseline (bench/bench_ingest) runs on exactly the store's
// options. Not part of the store's API: nothing in the product includes it
// outside graph/.
#ifndef CLAIMGRAPH_GRAPH_TESTING_H_
#define CLAIMGRAPH_GRAPH_TESTING_H_

#include <vector>

#include "graph/store.h"
#include "rocksdb/db.h"

namespace claimgraph::graph {

// The DB options GraphStore::Open uses.
rocksdb::DBOptions StoreDbOptions(const StoreOptions& options);

// Its column families in open order ("default" first; one block cache shared
// by all).
std::vector<rocksdb::ColumnFamilyDescriptor> StoreColumnFamilies(
    const StoreOptions& options);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_TESTING_H_
