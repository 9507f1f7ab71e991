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
#include "ingest/conflict.h"
#include "rocksdb/db.h"

namespace claimgraph::graph {

// The one place rocksdb::Status becomes absl::Status.
absl::Status FromRocks(const rocksdb::Status& status, std::string_view what);

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
  // Read-write stores: checks each new claim against stored candidates.
  std::unique_ptr<ingest::ConflictDetector> detector;

  // Point read; NotFound when absent.
  absl::StatusOr<std::string> Get(rocksdb::ColumnFamilyHandle* cf,
                                  const std::string& key) const;
  bool Exists(rocksdb::ColumnFamilyHandle* cf, const std::string& key) const;
  absl::StatusOr<v1::Node> GetNode(NodeId id) const;
  // Calls `visit(key, value)` for each entry of `cf` starting with `prefix`, in
  // key order, until it returns false.
  absl::Status ScanPrefix(
      rocksdb::ColumnFamilyHandle* cf, const std::string& prefix,
      const std::function<bool(std::string_view key, std::string_view value)>& visit)
      const;
  // Sources named in full whose surname key is `surname` (kSurname index), at
  // most `limit`.
  absl::StatusOr<std::vector<NodeId>> SourcesWithSurname(const std::string& surname,
                                                         std::size_t limit) const;
  // See GraphStore::VisitEdges.
  absl::Status VisitEdges(NodeId node, Direction direction,
                          std::optional<v1::EdgeType> type,
                          const std::function<bool(const v1::Edge&)>& visit) const;
};

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_STORE_IMPL_H_
