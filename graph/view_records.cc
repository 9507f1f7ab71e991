// Claim view records (graph/view_records.h): the batch's reads, the writer's
// rebuild of the views a batch alters, the schema 5 migration and Check's
// comparison.
#include "graph/view_records.h"

#include <algorithm>
#include <set>

#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/views.h"

namespace claimgraph::graph {
namespace {

std::string_view View(const rocksdb::Slice& slice) { return {slice.data(), slice.size()}; }

class TouchedByBatch : public BatchKeyHandler {
 public:
  TouchedByBatch(const GraphStore::Impl& impl, BatchTouches* touches)
      : nodes_cf_(impl.nodes->GetID()), out_cf_(impl.out->GetID()), t_(*touches) {}

 private:
  rocksdb::Status Key(uint32_t cf, const rocksdb::Slice& key) override {
    if (cf == nodes_cf_ && key.size() == 9) {
      t_.nodes.emplace(ReadU64(View(key).substr(1)), std::nullopt);
    } else if (cf == out_cf_) {
      if (auto parts = DecodeEdgeKey(View(key))) {
        for (NodeId end : {parts->first, parts->second}) {
          if (KindOfId(end) == v1::CLAIM) t_.edge_claims.insert(end);
        }
        if (parts->type == v1::ASSERTED) t_.asserted.insert(parts->second);
      }
    }
    return rocksdb::Status::OK();
  }

  uint32_t nodes_cf_, out_cf_;
  BatchTouches& t_;
};

// True when what a view shows of node `id` differs between `before` and
// `after` (nullopt: absent): a source's name and kind, an entity's name, a
// claim's or article's whole record. Stories show in no view.
bool ShownPartChanged(NodeId id, const std::optional<std::string>& before,
                      const std::optional<std::string>& after) {
  if (before.has_value() != after.has_value()) return true;
  if (!before || *before == *after) return false;
  v1::Node old_node, new_node;
  if (!old_node.ParseFromString(*before) || !new_node.ParseFromString(*after)) return true;
  switch (KindOfId(id)) {
    case v1::SOURCE:
      return old_node.source().name() != new_node.source().name() ||
             old_node.source().kind() != new_node.source().kind();
    case v1::ENTITY: return old_node.entity().name() != new_node.entity().name();
    case v1::STORY: return false;
    default: return true;
  }
}

// The claims whose view shows node `id`: a source's claims (asserted or
// relayed), an article's, an entity's; a claim itself.
absl::Status ClaimsShowing(const GraphReads& graph, NodeId id, std::set<NodeId>* claims) {
  auto add = [&](const EdgeKeyParts& edge) {
    claims->insert(edge.second);
    return true;
  };
  switch (KindOfId(id)) {
    case v1::CLAIM: claims->insert(id); return absl::OkStatus();
    case v1::SOURCE:
      RETURN_IF_ERROR(graph.VisitEdgeKeys(id, Direction::kOut, v1::ASSERTED, add));
      return graph.VisitEdgeKeys(id, Direction::kOut, v1::RELAYED, add);
    case v1::ARTICLE: return graph.VisitEdgeKeys(id, Direction::kIn, v1::REPORTED_IN, add);
    case v1::ENTITY: return graph.VisitEdgeKeys(id, Direction::kIn, v1::MENTIONS, add);
    default: return absl::OkStatus();
  }
}

}  // namespace

WriterReads::WriterReads(const GraphStore::Impl& impl, const HeldRecords& held,
                         const std::set<NodeId>& fresh)
    : impl_(impl), held_(held), fresh_(fresh) {
  for (const auto& [key, edge] : held_.edges) {
    in_edges_.emplace(EdgeKey(edge.dst(), edge.type(), edge.src(), edge.rank()), &edge);
  }
}

bool WriterReads::Holds(NodeId id) const {
  return held_.nodes.count(NodeKey(KindOfId(id), id)) > 0;
}

absl::StatusOr<std::optional<std::string>> WriterReads::NodeRecord(NodeId id) const {
  const std::string key = NodeKey(KindOfId(id), id);
  if (auto it = held_.nodes.find(key); it != held_.nodes.end()) {
    return it->second.SerializeAsString();
  }
  if (held_.deleted_nodes.count(key)) return std::nullopt;
  auto stored = impl_.Get(impl_.nodes, key);
  if (absl::IsNotFound(stored.status())) return std::nullopt;
  RETURN_IF_ERROR(stored.status());
  return *std::move(stored);
}

absl::StatusOr<v1::Node> WriterReads::GetNode(NodeId id) const {
  const std::string key = NodeKey(KindOfId(id), id);
  if (auto it = held_.nodes.find(key); it != held_.nodes.end()) return it->second;
  if (held_.deleted_nodes.count(key)) return absl::NotFoundError(Cat("no node ", id));
  return impl_.GetNode(id);
}

absl::StatusOr<v1::Edge> WriterReads::GetEdge(NodeId src, v1::EdgeType type, NodeId dst,
                                              uint64_t rank) const {
  const std::string key = EdgeKey(src, type, dst, rank);
  if (auto it = held_.edges.find(key); it != held_.edges.end()) return it->second;
  if (held_.deleted_edges.count(key)) return absl::NotFoundError("not found");
  ASSIGN_OR_RETURN(std::string record, impl_.Get(impl_.out, key));
  return EdgeFromRecord(record);
}

absl::StatusOr<std::map<std::string, WriterReads::Found>> WriterReads::EdgesOf(
    NodeId node, Direction direction, std::optional<v1::EdgeType> type) const {
  const std::string prefix = EdgeScanPrefix(node, type);
  const bool out = direction == Direction::kOut;
  std::map<std::string, Found> edges;
  if (!fresh_.count(node)) {
    absl::Status error;
    RETURN_IF_ERROR(impl_.ScanPrefix(
        out ? impl_.out : impl_.in, prefix, [&](std::string_view key, std::string_view value) {
          auto parts = DecodeEdgeKey(key);
          if (!parts) {
            error = absl::DataLossError("bad edge key");
            return false;
          }
          const std::string out_key =
              out ? std::string(key)
                  : EdgeKey(parts->second, static_cast<v1::EdgeType>(parts->type),
                            parts->first, parts->rank);
          if (!held_.deleted_edges.count(out_key)) {
            edges[std::string(key)].record = out ? std::string(value) : std::string();
          }
          return true;
        }));
    RETURN_IF_ERROR(error);
  }
  auto overlay = [&](const auto& held, auto edge_of) {
    for (auto it = held.lower_bound(prefix);
         it != held.end() && std::string_view(it->first).starts_with(prefix); ++it) {
      edges[it->first] = Found{edge_of(it->second), {}};
    }
  };
  if (out) {
    overlay(held_.edges, [](const v1::Edge& edge) { return &edge; });
  } else {
    overlay(in_edges_, [](const v1::Edge* edge) { return edge; });
  }
  return edges;
}

absl::Status WriterReads::VisitEdges(NodeId node, Direction direction,
                                     std::optional<v1::EdgeType> type,
                                     const std::function<bool(const v1::Edge&)>& visit) const {
  ASSIGN_OR_RETURN(auto edges, EdgesOf(node, direction, type));
  for (const auto& [key, found] : edges) {
    absl::StatusOr<v1::Edge> edge;
    if (found.held != nullptr) {
      edge = *found.held;
    } else if (direction == Direction::kOut) {
      edge = EdgeFromRecord(found.record);
    } else {
      // An in-edge's record is its out twin's.
      auto parts = DecodeEdgeKey(key);
      edge = GetEdge(parts->second, static_cast<v1::EdgeType>(parts->type), parts->first,
                     parts->rank);
      if (absl::IsNotFound(edge.status())) {
        edge = absl::DataLossError(Cat("in-edge without out twin at node ", node));
      }
    }
    RETURN_IF_ERROR(edge.status());
    if (!visit(*edge)) break;
  }
  return absl::OkStatus();
}

absl::Status WriterReads::VisitEdgeKeys(
    NodeId node, Direction direction, std::optional<v1::EdgeType> type,
    const std::function<bool(const EdgeKeyParts&)>& visit) const {
  ASSIGN_OR_RETURN(auto edges, EdgesOf(node, direction, type));
  auto scan = [&](rocksdb::ColumnFamilyHandle*, const std::string&,
                  const std::function<bool(std::string_view, std::string_view)>& each) {
    for (const auto& [key, found] : edges) {
      if (!each(key, {})) break;
    }
    return absl::OkStatus();
  };
  return VisitEdgeKeysBy(scan, impl_.out, impl_.in, node, direction, type, visit);
}

std::set<NodeId> BatchTouches::Fresh() const {
  std::set<NodeId> fresh;
  for (const auto& [id, stored] : nodes) {
    if (!stored) fresh.insert(id);
  }
  return fresh;
}

absl::StatusOr<BatchTouches> TouchesOf(const GraphStore::Impl& impl,
                                       const rocksdb::WriteBatch& batch) {
  BatchTouches touches;
  TouchedByBatch handler(impl, &touches);
  RETURN_IF_ERROR(FromRocks(batch.Iterate(&handler), "batch keys"));
  for (auto& [id, before] : touches.nodes) {
    auto stored = impl.Get(impl.nodes, NodeKey(KindOfId(id), id));
    if (stored.ok()) {
      before = *std::move(stored);
    } else if (!absl::IsNotFound(stored.status())) {
      return stored.status();
    }
  }
  return touches;
}

WriterReads::HeldEdges WriterReads::HeldEdgesOf(NodeId node) const {
  HeldEdges held;
  const std::string prefix = EdgePrefix(node);
  for (auto it = held_.edges.lower_bound(prefix);
       it != held_.edges.end() && it->first.starts_with(prefix); ++it) {
    held.puts.push_back(&it->second);
  }
  for (auto it = in_edges_.lower_bound(prefix);
       it != in_edges_.end() && it->first.starts_with(prefix); ++it) {
    held.puts.push_back(it->second);
  }
  for (const std::string& key : held_.deleted_edges) {
    auto parts = DecodeEdgeKey(key);
    if (!parts || parts->first == node || parts->second == node) {
      held.deletes = true;
      break;
    }
  }
  return held;
}

namespace {

// The view of `claim` when the batch's only change to it is new reports: the
// edges at it the batch puts are REPORTED_IN edges the store lacks, or
// records put again unchanged, and it deletes none. The view is then the
// stored one with the new reports' provenance in key order (by article, then
// rank) and the stories counted again: what ViewReader::Claim composes, without
// reading every report's edge and article again (a claim reported N times
// cost O(N) per report, O(N^2) in all). nullopt when the claim changed any
// other way, or a new report is of an article it is already reported in (its
// rank order is not in the view): compose it then. The caller has ruled out
// changes to the nodes the view shows (the claim's, its speaker's, ...).
absl::StatusOr<std::optional<v1::ClaimView>> WithNewReports(const GraphStore::Impl& impl,
                                                            const WriterReads& graph,
                                                            NodeId claim) {
  const WriterReads::HeldEdges held = graph.HeldEdgesOf(claim);
  if (held.deletes) return std::nullopt;
  std::vector<const v1::Edge*> reports;
  for (const v1::Edge* edge : held.puts) {
    auto stored = impl.Get(impl.out, EdgeKey(edge->src(), edge->type(), edge->dst(), edge->rank()));
    if (stored.ok()) {
      if (*stored != edge->SerializeAsString()) return std::nullopt;
      continue;
    }
    if (!absl::IsNotFound(stored.status())) return stored.status();
    if (edge->src() != claim || edge->type() != v1::REPORTED_IN) return std::nullopt;
    reports.push_back(edge);
  }
  if (reports.empty()) return std::nullopt;
  auto record = impl.Get(impl.idx, ClaimViewKey(claim));
  if (absl::IsNotFound(record.status())) return std::nullopt;
  if (!record.ok()) return record.status();
  v1::ClaimView view;
  if (!view.ParseFromString(*record) || view.provenance_size() == 0) return std::nullopt;
  std::vector<std::pair<NodeId, v1::ClaimProvenance>> entries;
  for (v1::ClaimProvenance& p : *view.mutable_provenance()) {
    auto article = ParseResourceName(p.article().name(), v1::ARTICLE);
    if (!article.ok()) return std::nullopt;
    entries.emplace_back(*article, std::move(p));
  }
  const std::string via_name = entries.front().second.via_name();
  for (const v1::Edge* edge : reports) {
    for (const auto& [article, p] : entries) {
      if (article == edge->dst()) return std::nullopt;
    }
  }
  for (const v1::Edge* edge : reports) {
    ASSIGN_OR_RETURN(v1::Node node, graph.GetNode(edge->dst()));
    v1::ClaimProvenance p =
        ProvenanceOf(*edge, edge->dst(), node.article(),
                     view.has_speaker() ? &view.speaker() : nullptr, via_name);
    entries.emplace_back(edge->dst(), std::move(p));
  }
  // Held edges come in key order, so a new article's reports keep their rank
  // order; the stored ones are in key order already.
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  view.clear_provenance();
  std::set<std::string> stories;
  for (auto& [article, p] : entries) {
    if (!p.article().story().empty()) stories.insert(p.article().story());
    *view.add_provenance() = std::move(p);
  }
  view.set_independent_reports(static_cast<int32_t>(stories.size()));
  return view;
}

}  // namespace

absl::Status PutClaimViews(const GraphStore::Impl& impl, rocksdb::WriteBatch& batch,
                           const BatchTouches& touched, const WriterReads& graph) {
  std::set<NodeId> dirty = touched.edge_claims;
  // Dirty claims whose view a change beyond the edges at them alters (a node
  // they show changed, a conflict partner's content or speaker): composed
  // anew. The others may be the stored view with new reports (WithNewReports).
  // A node new to the store alters only claims whose edges to it are new.
  std::set<NodeId> compose;
  // Claims whose content or speaker, as a conflict edge's view shows them,
  // may have changed. A claim new in this batch is not one: each of its
  // conflict edges is new too, so the claim at its other end is dirty already.
  std::set<NodeId> shown_to_partners;
  for (const auto& [id, before] : touched.nodes) {
    // A node new to the store changes what views show when the batch leaves
    // it there (the batch holds it).
    if (before) {
      ASSIGN_OR_RETURN(std::optional<std::string> after, graph.NodeRecord(id));
      if (!ShownPartChanged(id, before, after)) continue;
    } else if (!graph.Holds(id)) {
      continue;
    }
    std::set<NodeId> showing;
    RETURN_IF_ERROR(ClaimsShowing(graph, id, &showing));
    if (before && (KindOfId(id) == v1::CLAIM || KindOfId(id) == v1::SOURCE)) {
      shown_to_partners.insert(showing.begin(), showing.end());
    }
    if (before) compose.insert(showing.begin(), showing.end());
    dirty.merge(showing);
  }
  for (NodeId claim : touched.asserted) {
    auto it = touched.nodes.find(claim);
    if (it == touched.nodes.end() || it->second) shown_to_partners.insert(claim);
  }
  std::set<NodeId> partners;
  for (NodeId claim : shown_to_partners) {
    for (Direction direction : {Direction::kOut, Direction::kIn}) {
      RETURN_IF_ERROR(graph.VisitEdgeKeys(claim, direction, std::nullopt,
                                          [&](const EdgeKeyParts& edge) {
                                            if (IsConflictEdge(static_cast<v1::EdgeType>(edge.type))) {
                                              partners.insert(edge.second);
                                            }
                                            return true;
                                          }));
    }
  }
  compose.insert(partners.begin(), partners.end());
  dirty.merge(partners);
  ViewReader views(graph);
  for (NodeId claim : dirty) {
    if (KindOfId(claim) != v1::CLAIM) continue;
    if (!compose.count(claim)) {
      ASSIGN_OR_RETURN(std::optional<v1::ClaimView> reported, WithNewReports(impl, graph, claim));
      if (reported) {
        batch.Put(impl.idx, ClaimViewKey(claim), reported->SerializeAsString());
        continue;
      }
    }
    auto view = views.Claim(claim);
    if (absl::IsNotFound(view.status())) {
      batch.Delete(impl.idx, ClaimViewKey(claim));
      continue;
    }
    if (!view.ok()) return view.status();
    batch.Put(impl.idx, ClaimViewKey(claim), view->SerializeAsString());
  }
  return absl::OkStatus();
}

absl::Status MigrateClaimViews(const GraphStore::Impl& impl, const GraphReads& graph) {
  constexpr int kClaimsPerWrite = 1000;
  rocksdb::WriteBatch batch;
  std::optional<ViewReader> views;  // one per write: its node cache stays small
  absl::Status error;
  auto write = [&]() {
    error = FromRocks(impl.db->Write(rocksdb::WriteOptions(), &batch), "write claim views");
    batch.Clear();
    views.reset();
    return error.ok();
  };
  int pending = 0;
  std::unique_ptr<rocksdb::Iterator> it(impl.db->NewIterator(rocksdb::ReadOptions(), impl.nodes));
  const std::string prefix(1, static_cast<char>(v1::CLAIM));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    if (it->key().size() != 9) continue;
    const NodeId claim = ReadU64(View(it->key()).substr(1));
    if (!views) views.emplace(graph);
    ASSIGN_OR_RETURN(v1::ClaimView view, views->Claim(claim));
    batch.Put(impl.idx, ClaimViewKey(claim), view.SerializeAsString());
    if (++pending % kClaimsPerWrite == 0 && !write()) return error;
  }
  RETURN_IF_ERROR(FromRocks(it->status(), "migrate: scan claims"));
  std::string version;
  AppendU64(&version, kSchemaVersion);
  batch.Put(impl.meta, std::string(kSchemaVersionKey), version);
  rocksdb::WriteOptions sync;
  sync.sync = true;
  return FromRocks(impl.db->Write(sync, &batch), "write claim views");
}

std::optional<std::string> ClaimViewProblem(const GraphReads& graph, NodeId claim,
                                            const std::optional<std::string>& stored) {
  auto view = ViewReader(graph).Claim(claim);
  if (!view.ok()) {
    return Cat("claim ", claim, ": its view cannot be composed: ", view.status().message());
  }
  if (!stored) {
    return Cat("claim ", claim, " has no view record: GetClaim and listings cannot show it");
  }
  if (*stored != view->SerializeAsString()) {
    return Cat("claim ", claim, ": its view record differs from the view composed from "
               "the graph: GetClaim and listings show a stale view");
  }
  return std::nullopt;
}

}  // namespace claimgraph::graph
