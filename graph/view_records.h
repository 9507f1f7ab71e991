// Internal to graph/: each claim's view record (IndexId::kClaimView, the
// serialized v1::ClaimView that GetClaim and a listing show). The writer keeps
// the records in the batch of every change that alters a view
// (PutClaimViews), a version 4 store gets them in place when opened for
// writing (MigrateClaimViews), and Check compares each with the view composed
// from the graph (ClaimViewProblem).
#ifndef CLAIMGRAPH_GRAPH_VIEW_RECORDS_H_
#define CLAIMGRAPH_GRAPH_VIEW_RECORDS_H_

#include <map>
#include <optional>
#include <set>
#include <string>

#include "absl/status/status.h"
#include "graph/store_impl.h"
#include "rocksdb/utilities/write_batch_with_index.h"

namespace claimgraph::graph {

// The graph as `batch` (not yet written) leaves the store: every read sees
// the batch's puts and deletes over the store's records. `batch` must index
// with overwrite_key. Reads only; must not outlive either.
class BatchReads : public GraphReads {
 public:
  BatchReads(const GraphStore::Impl& impl, rocksdb::WriteBatchWithIndex& batch)
      : impl_(impl), batch_(batch) {}

  // The value of `key` in `cf`; nullopt when absent.
  absl::StatusOr<std::optional<std::string>> Read(rocksdb::ColumnFamilyHandle* cf,
                                                  const std::string& key) const;
  absl::StatusOr<v1::Node> GetNode(NodeId id) const override;
  absl::StatusOr<v1::Edge> GetEdge(NodeId src, v1::EdgeType type, NodeId dst,
                                   uint64_t rank = 0) const override;
  absl::Status VisitEdges(NodeId node, Direction direction, std::optional<v1::EdgeType> type,
                          const std::function<bool(const v1::Edge&)>& visit) const override;
  absl::Status VisitEdgeKeys(
      NodeId node, Direction direction, std::optional<v1::EdgeType> type,
      const std::function<bool(const EdgeKeyParts&)>& visit) const override;

 private:
  // Calls `visit(key, value)` for each key of `cf` starting with `prefix`.
  absl::Status Scan(
      rocksdb::ColumnFamilyHandle* cf, const std::string& prefix,
      const std::function<bool(std::string_view key, std::string_view value)>& visit) const;

  const GraphStore::Impl& impl_;
  rocksdb::WriteBatchWithIndex& batch_;
};

// What an article's writer holds of its batch: the final record of each node
// (by node key) and edge (by out key) the batch puts, and the keys of those it
// deletes. Every node and edge record the batch puts or deletes is here.
struct HeldRecords {
  const std::map<std::string, v1::Node>& nodes;
  const std::set<std::string>& deleted_nodes;
  const std::map<std::string, v1::Edge>& edges;
  const std::set<std::string>& deleted_edges;
};

// The graph as an article's batch leaves the store, read from what the writer
// holds where it can (the same answers as BatchReads, without its batch and
// store iterators): a node or edge the batch puts or deletes from `held`, any
// other from the store; the edges of a node in `fresh` (nodes the store lacks:
// in a consistent store such a node has no stored edge, so the batch holds
// all of them) from `held` alone, in key order; the edges of other nodes
// through BatchReads. Reads only; must not outlive its arguments.
class WriterReads : public GraphReads {
 public:
  WriterReads(const GraphStore::Impl& impl, rocksdb::WriteBatchWithIndex& batch,
              const HeldRecords& held, const std::set<NodeId>& fresh);

  // The batch over the store, for reads `held` cannot answer.
  const BatchReads& batch() const { return batch_reads_; }
  // True when the batch puts a record of node `id`.
  bool Holds(NodeId id) const;
  absl::StatusOr<v1::Node> GetNode(NodeId id) const override;
  absl::StatusOr<v1::Edge> GetEdge(NodeId src, v1::EdgeType type, NodeId dst,
                                   uint64_t rank = 0) const override;
  absl::Status VisitEdges(NodeId node, Direction direction, std::optional<v1::EdgeType> type,
                          const std::function<bool(const v1::Edge&)>& visit) const override;
  absl::Status VisitEdgeKeys(
      NodeId node, Direction direction, std::optional<v1::EdgeType> type,
      const std::function<bool(const EdgeKeyParts&)>& visit) const override;

 private:
  // Calls `visit(key, edge)` for each held edge of fresh `node` in `direction`
  // (keys of `out` or `in`, in key order) under EdgeScanPrefix(node, type).
  void VisitHeld(NodeId node, Direction direction, std::optional<v1::EdgeType> type,
                 const std::function<bool(std::string_view, const v1::Edge&)>& visit) const;

  const GraphStore::Impl& impl_;
  BatchReads batch_reads_;
  const HeldRecords& held_;
  const std::set<NodeId>& fresh_;
  // The held edges into fresh nodes, by in key.
  std::map<std::string, const v1::Edge*> in_edges_;
};

// The nodes a batch puts or deletes, each with its record as stored before
// the batch (nullopt: the store lacks it), and the claims at either end of an
// edge it puts or deletes.
struct BatchTouches {
  std::map<NodeId, std::optional<std::string>> nodes;
  std::set<NodeId> edge_claims;
  std::set<NodeId> asserted;  // claims at the end of an ASSERTED edge put or deleted
  // The nodes of `nodes` the store lacks.
  std::set<NodeId> Fresh() const;
};
absl::StatusOr<BatchTouches> TouchesOf(const GraphStore::Impl& impl,
                                       rocksdb::WriteBatchWithIndex& batch);

// Puts into `batch` (an article's, before it is written, whose keys are
// `touched`) the view record of
// every claim whose view its changes alter, composed as the batch leaves the
// graph, and deletes the records of the claims it removes. A view shows the
// claim's node, its edges (ASSERTED, RELAYED, REPORTED_IN, MENTIONS, conflict
// edges both ways), the nodes at their other ends (speaker and relay names,
// articles, entity names) and, for each conflict edge, the other claim's
// content and speaker. So a claim is rebuilt when the batch writes or deletes
// an edge it is an end of, changes its node, the shown part of a node it
// links to (a source's name or kind, an entity's name, an article), or any of
// that for a claim it has a conflict edge with. This covers every writer step
// (a copy carrying the claim, conflict edges written, moved or removed,
// MergeSource, ShareWire, replacement) without each having to say so.
// `graph` reads that batch over the store (a new claim's view is composed
// from what the writer holds: WriterReads).
absl::Status PutClaimViews(const GraphStore::Impl& impl, rocksdb::WriteBatchWithIndex& batch,
                           const BatchTouches& touched, const WriterReads& graph);

// Writes the view record of every claim of a version 4 store, a thousand
// claims per write, then schema version 5 in the last write: a process killed
// meanwhile leaves a version 4 store, which the next writable open migrates
// again. `graph` reads the same store as `impl`.
absl::Status MigrateClaimViews(const GraphStore::Impl& impl, const GraphReads& graph);

// What is wrong with `claim`'s view record `stored` (nullopt: absent) against
// the view composed from `graph`, naming the claim; nullopt when they are
// equal byte for byte.
std::optional<std::string> ClaimViewProblem(const GraphReads& graph, NodeId claim,
                                            const std::optional<std::string>& stored);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_VIEW_RECORDS_H_
