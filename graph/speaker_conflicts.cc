#include "graph/speaker_conflicts.h"

#include <algorithm>
#include <iterator>
#include <tuple>

#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/view_records.h"
#include "graph/views.h"

namespace claimgraph::graph {

absl::StatusOr<std::set<std::string>> SpeakerConflictKeys(const GraphReads& graph,
                                                          const EdgeKeyParts& edge) {
  std::set<std::string> keys;
  std::string time_key;
  std::set<NodeId> speakers;
  for (NodeId end : {edge.first, edge.second}) {
    auto node = graph.GetNode(end);
    if (absl::IsNotFound(node.status())) return keys;
    if (!node.ok()) return node.status();
    time_key = std::max(time_key, node->claim().time_key());
    RETURN_IF_ERROR(graph.VisitEdgeKeys(end, Direction::kIn, v1::ASSERTED,
                                        [&](const EdgeKeyParts& asserted) {
                                          speakers.insert(asserted.second);
                                          return true;
                                        }));
  }
  const std::string edge_key = EdgeKey(edge.first, edge.type, edge.second, 0);
  for (NodeId speaker : speakers) {
    std::string key = IndexPrefix(IndexId::kSpeakerConflictsByTime);
    AppendU64(&key, speaker);
    keys.insert(Cat(key, time_key, edge_key));
  }
  return keys;
}

namespace {

// The conflict edges (as out edge keys) of `claims` in `graph`.
absl::StatusOr<std::set<std::string>> ConflictEdgesOf(const GraphReads& graph,
                                                       const std::set<NodeId>& claims) {
  std::set<std::string> edges;
  for (NodeId claim : claims) {
    if (KindOfId(claim) != v1::CLAIM) continue;
    for (Direction direction : {Direction::kOut, Direction::kIn}) {
      RETURN_IF_ERROR(graph.VisitEdgeKeys(
          claim, direction, std::nullopt, [&](const EdgeKeyParts& edge) {
            if (!IsConflictEdge(static_cast<v1::EdgeType>(edge.type))) return true;
            edges.insert(direction == Direction::kOut
                             ? EdgeKey(edge.first, edge.type, edge.second, edge.rank)
                             : EdgeKey(edge.second, edge.type, edge.first, edge.rank));
            return true;
          }));
    }
  }
  return edges;
}

}  // namespace

absl::Status PutSpeakerConflicts(const GraphStore::Impl& impl,
                                 rocksdb::WriteBatch& batch, const GraphReads& after,
                                 const std::set<NodeId>& claims,
                                 const std::set<NodeId>& fresh) {
  // The store as it is (nothing held over it), and as the batch leaves it. A
  // claim the store lacks has no stored edge: only those it has are read
  // before.
  const std::map<std::string, v1::Node> no_nodes;
  const std::map<std::string, v1::Edge> no_edges;
  const std::set<std::string> no_keys;
  const std::set<NodeId> no_ids;
  const HeldRecords nothing{no_nodes, no_keys, no_edges, no_keys};
  const WriterReads before(impl, nothing, no_ids);
  std::set<NodeId> stored_claims;
  std::set_difference(claims.begin(), claims.end(), fresh.begin(), fresh.end(),
                      std::inserter(stored_claims, stored_claims.end()));
  std::set<std::string> old_keys, new_keys;
  for (auto [graph, of, keys] :
       {std::tuple<const GraphReads*, const std::set<NodeId>*, std::set<std::string>*>{
            &before, &stored_claims, &old_keys},
        {&after, &claims, &new_keys}}) {
    ASSIGN_OR_RETURN(std::set<std::string> edges, ConflictEdgesOf(*graph, *of));
    for (const std::string& edge : edges) {
      ASSIGN_OR_RETURN(std::set<std::string> of_edge,
                       SpeakerConflictKeys(*graph, *DecodeEdgeKey(edge)));
      keys->merge(of_edge);
    }
  }
  for (const std::string& key : old_keys) {
    if (!new_keys.count(key)) batch.Delete(impl.idx, key);
  }
  for (const std::string& key : new_keys) {
    if (!old_keys.count(key)) batch.Put(impl.idx, key, "");
  }
  return absl::OkStatus();
}

absl::Status MigrateSpeakerConflicts(const GraphStore::Impl& impl, const GraphReads& graph) {
  constexpr int kEdgesPerWrite = 1000;
  rocksdb::WriteBatch batch;
  int pending = 0;
  absl::Status error;
  RETURN_IF_ERROR(impl.ScanPrefix(
      impl.idx, IndexPrefix(IndexId::kConflictsByTime),
      [&](std::string_view key, std::string_view) {
        auto edge = key.size() >= kEdgeKeyBytes
                        ? DecodeEdgeKey(key.substr(key.size() - kEdgeKeyBytes))
                        : std::nullopt;
        if (!edge) return true;  // Check names it
        auto keys = SpeakerConflictKeys(graph, *edge);
        if (keys.ok()) {
          for (const std::string& entry : *keys) {
            if (auto s = batch.Put(impl.idx, entry, ""); !s.ok()) keys = FromRocks(s, "migrate");
          }
        }
        if (!keys.ok()) {
          error = keys.status();
          return false;
        }
        if (++pending % kEdgesPerWrite == 0) {
          error = FromRocks(impl.db->Write(rocksdb::WriteOptions(), &batch),
                            "write conflicts by speaker");
          batch.Clear();
        }
        return error.ok();
      }));
  RETURN_IF_ERROR(error);
  return FromRocks(impl.db->Write(rocksdb::WriteOptions(), &batch),
                   "write conflicts by speaker");
}

}  // namespace claimgraph::graph
