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
#include "rocksdb/write_batch.h"

namespace claimgraph::graph {

// What an article's writer holds of its batch: the final record of each node
// (by node key) and edge (by out key) the batch puts, and the keys of those it
// deletes. Every node and edge record the batch puts or deletes is here.
struct HeldRecords {
  const std::map<std::string, v1::Node>& nodes;
  const std::set<std::string>& deleted_nodes;
  const std::map<std::string, v1::Edge>& edges;
  const std::set<std::string>& deleted_edges;
};

// The graph as an article's batch (not yet written) leaves the store, read
// from what the writer holds and the store, without the batch: a node or edge
// the batch puts or deletes from `held`, any other from the store; a node's
// edges are its stored ones less those `held` deletes, with those it puts, in
// key order. The edges of a node in `fresh` (one the store lacks: in a
// consistent store it has no stored edge) come from `held` alone, with no
// store scan. With nothing held, the store as it is. Reads only; must not
// outlive its arguments.
class WriterReads : public GraphReads {
 public:
  WriterReads(const GraphStore::Impl& impl, const HeldRecords& held,
              const std::set<NodeId>& fresh);

  // The record of node `id` as the batch leaves it; nullopt when absent.
  absl::StatusOr<std::optional<std::string>> NodeRecord(NodeId id) const;
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

  // The edges at `node` (either end) the batch puts, its out-edges first,
  // each group in key order; `deletes` when it deletes any edge at `node`.
  struct HeldEdges {
    std::vector<const v1::Edge*> puts;
    bool deletes = false;
  };
  HeldEdges HeldEdgesOf(NodeId node) const;

 private:
  // One edge of a node as the batch leaves it: the held record, or (null) a
  // stored one with its `out` record (empty for a stored in-edge's key).
  struct Found {
    const v1::Edge* held = nullptr;
    std::string record;
  };
  // The edges of `node` in `direction` under EdgeScanPrefix(node, type), by
  // their key in `out` or `in`.
  absl::StatusOr<std::map<std::string, Found>> EdgesOf(NodeId node, Direction direction,
                                                       std::optional<v1::EdgeType> type) const;

  const GraphStore::Impl& impl_;
  const HeldRecords& held_;
  const std::set<NodeId>& fresh_;
  // Every held edge by its in key.
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
                                       const rocksdb::WriteBatch& batch);

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
// `graph` reads the graph as the batch leaves it (from what the writer
// holds, WriterReads).
absl::Status PutClaimViews(const GraphStore::Impl& impl, rocksdb::WriteBatch& batch,
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
