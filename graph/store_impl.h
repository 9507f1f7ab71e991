// Internal to graph/: the RocksDB handles behind GraphStore, shared by the store's
// read side (store.cc) and its write side (article_writer.cc).
#ifndef CLAIMGRAPH_GRAPH_STORE_IMPL_H_
#define CLAIMGRAPH_GRAPH_STORE_IMPL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "graph/store.h"
#include "rocksdb/db.h"

namespace claimgraph::graph {

// The one place rocksdb::Status becomes absl::Status.
absl::Status FromRocks(const rocksdb::Status& status, std::string_view what);

// The RocksDB options GraphStore::Open uses, and its column families in open
// order ("default" first; one block cache shared by all). Shared with
// bench/bench_ingest so its raw-RocksDB baseline runs on exactly these settings.
rocksdb::DBOptions StoreDbOptions(const StoreOptions& options);
std::vector<rocksdb::ColumnFamilyDescriptor> StoreColumnFamilies(
    const StoreOptions& options);

class GraphStore::Impl {
 public:
  ~Impl();

  rocksdb::DB* db = nullptr;
  rocksdb::ColumnFamilyHandle* nodes = nullptr;
  rocksdb::ColumnFamilyHandle* names = nullptr;
  rocksdb::ColumnFamilyHandle* out = nullptr;
  rocksdb::ColumnFamilyHandle* in = nullptr;
  rocksdb::ColumnFamilyHandle* idx = nullptr;
  rocksdb::ColumnFamilyHandle* meta = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  StoreOptions options;
  std::string secondary_path;  // read-only stores: removed on close
  std::mutex write_mu;

  // Point read; NotFound when absent.
  absl::StatusOr<std::string> Get(rocksdb::ColumnFamilyHandle* cf,
                                  const std::string& key) const;
  bool Exists(rocksdb::ColumnFamilyHandle* cf, const std::string& key) const;
  absl::StatusOr<v1::Node> GetNode(NodeId id) const;
};

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_STORE_IMPL_H_
