// ArticleWriter: removing the stored version of a doc_id, in the batch that then
// writes its new version (GraphStore::Ingest of a doc_id stored with other text).
#include "graph/article_writer.h"
#include "graph/views.h"

namespace claimgraph::graph::internal {

absl::Status ArticleWriter::RemoveOldVersion(const v1::Node& old) {
  const NodeId article = old.id();
  const v1::Article& body = old.article();
  std::vector<v1::Edge> reported;
  RETURN_IF_ERROR(VisitBatchEdges(article, Direction::kIn, v1::REPORTED_IN,
                                  [&](const v1::Edge& edge) {
                                    reported.push_back(edge);
                                    return true;
                                  }));
  std::set<NodeId> sources, entities;
  std::map<NodeId, CarriedClaim> carried;  // claims other articles still report
  std::map<NodeId, std::vector<std::string>> mentions;  // of each source, in it
  for (const v1::Edge& edge : reported) {
    RETURN_IF_ERROR(VisitBatchEdges(edge.src(), Direction::kIn, std::nullopt,
                                    [&](const v1::Edge& in) {
                                      const v1::Provenance& p = edge.provenance();
                                      if (in.type() == v1::ASSERTED && p.has_source()) {
                                        mentions[in.src()].push_back(p.source().text());
                                      } else if (in.type() == v1::RELAYED && p.has_via()) {
                                        mentions[in.src()].push_back(p.via().text());
                                      }
                                      return true;
                                    }));
    DeleteEdge(edge);
    CarriedClaim claim;
    RETURN_IF_ERROR(VisitBatchEdges(edge.src(), Direction::kOut, v1::REPORTED_IN,
                                    [&](const v1::Edge& other) {
                                      claim = CarrierOf(other);
                                      return false;
                                    }));
    claim.old_content = edge.provenance().content();
    if (claim.carrier.article_id() == 0) {
      RETURN_IF_ERROR(RemoveClaim(edge.src(), &sources, &entities));
    } else {
      carried.emplace(edge.src(), std::move(claim));
    }
  }
  for (const auto& [claim, how] : carried) {
    RETURN_IF_ERROR(MoveProvenance(claim, how, article, &sources));
  }
  for (const auto& [claim, how] : carried) {
    RETURN_IF_ERROR(MoveConflictEvidence(claim, article, carried));
  }

  // The article's place in its story, its fingerprint and, when it named its
  // text, that name (passed to a copy of the same text if there is one).
  const NodeId story = body.story_id();
  std::vector<v1::Edge> membership;
  RETURN_IF_ERROR(VisitBatchEdges(article, Direction::kOut, std::nullopt,
                                  [&](const v1::Edge& edge) {
                                    membership.push_back(edge);
                                    return true;
                                  }));
  for (const v1::Edge& edge : membership) DeleteEdge(edge);
  if (body.simhash() != 0) RETURN_IF_ERROR(bands_.Remove(article, body.simhash()));
  std::string hash_key;
  AppendU64(&hash_key, body.content_hash());
  if (Lookup(NameSpace::kArticleContent, hash_key) == article) {
    NodeId twin = 0;
    RETURN_IF_ERROR(VisitBatchEdges(story, Direction::kIn, v1::COPY_OF,
                                    [&](const v1::Edge& edge) {
                                      auto copy = impl_.GetNode(edge.src());
                                      if (copy.ok() && copy->article().content_hash() ==
                                                           body.content_hash()) {
                                        twin = edge.src();
                                      }
                                      return twin == 0;
                                    }));
    if (twin != 0) {
      PutName(NameSpace::kArticleContent, hash_key, twin);
    } else {
      DeleteName(NameSpace::kArticleContent, hash_key);
    }
  }
  DeleteNode(article);

  // Whatever the old version alone held up.
  for (NodeId source : sources) RETURN_IF_ERROR(RemoveIfOrphan(source));
  for (const auto& [source, spelled] : mentions) {
    if (!NodeDeleted(source)) RETURN_IF_ERROR(RemoveAliasesOf(source, spelled, article));
  }
  for (NodeId entity : entities) RETURN_IF_ERROR(RemoveIfOrphan(entity));
  if (story != 0) RETURN_IF_ERROR(RemoveIfOrphan(story));
  return absl::OkStatus();
}

absl::Status ArticleWriter::RemoveClaim(NodeId claim, std::set<NodeId>* sources,
                                        std::set<NodeId>* entities) {
  v1::Node* node = FindNode(claim);
  if (node == nullptr) return absl::OkStatus();
  const std::string time_key = node->claim().time_key();
  DeleteIndex(IndexId::kClaimsByTime, std::nullopt, time_key, claim);
  for (const std::string& term : node->claim().terms()) {
    std::string key = IndexPrefix(IndexId::kClaimTerm);
    AppendEscaped(&key, term);
    key.append(NewestFirst(time_key));
    AppendU64(&key, claim);
    batch_.Delete(impl_.idx, key);
  }
  std::vector<v1::Edge> in, out;
  auto collect = [](std::vector<v1::Edge>* into) {
    return [into](const v1::Edge& edge) {
      into->push_back(edge);
      return true;
    };
  };
  RETURN_IF_ERROR(VisitBatchEdges(claim, Direction::kIn, std::nullopt, collect(&in)));
  RETURN_IF_ERROR(VisitBatchEdges(claim, Direction::kOut, std::nullopt, collect(&out)));
  for (const v1::Edge& edge : in) {
    if (IsConflictEdge(edge.type())) {
      RemoveConflict(edge);
      continue;
    }
    if (edge.type() == v1::ASSERTED) {
      DeleteIndex(IndexId::kSpeakerClaimsByTime, edge.src(), time_key, claim);
    }
    if (edge.type() == v1::ASSERTED || edge.type() == v1::RELAYED) {
      sources->insert(edge.src());
    }
    DeleteEdge(edge);
  }
  for (const v1::Edge& edge : out) {
    if (IsConflictEdge(edge.type())) {
      RemoveConflict(edge);
      continue;
    }
    if (edge.type() == v1::MENTIONS) {
      DeleteIndex(IndexId::kEntityClaimsByTime, edge.dst(), time_key, claim);
      entities->insert(edge.dst());
    }
    DeleteEdge(edge);
  }
  DeleteNode(claim);
  removed_claims_.insert(claim);
  return absl::OkStatus();
}

ArticleWriter::CarriedClaim ArticleWriter::CarrierOf(const v1::Edge& reported_in) {
  CarriedClaim claim;
  claim.carrier = reported_in.provenance();
  claim.confidence = reported_in.confidence();
  claim.cue = reported_in.cue();
  claim.role = reported_in.role();
  claim.said_on = reported_in.said_on();
  return claim;
}

absl::StatusOr<std::optional<v1::Edge>> ArticleWriter::ReportInStory(NodeId claim,
                                                                    NodeId story) {
  std::optional<v1::Edge> found;
  RETURN_IF_ERROR(VisitBatchEdges(claim, Direction::kOut, v1::REPORTED_IN,
                                  [&](const v1::Edge& edge) {
                                    if (EdgeExists(edge.dst(), v1::COPY_OF, story)) found = edge;
                                    return !found;
                                  }));
  return found;
}

absl::Status ArticleWriter::MoveProvenance(NodeId claim, const CarriedClaim& carried,
                                           NodeId removed_article, std::set<NodeId>* sources) {
  moved_claims_.insert(claim);
  if (v1::Node* node = FindNode(claim);
      node && node->claim().first_article_id() == removed_article) {
    node->mutable_claim()->set_first_article_id(carried.carrier.article_id());
  }
  std::vector<v1::Edge> edges;
  auto from_removed = [&](const v1::Edge& edge) {
    if (edge.provenance().article_id() == removed_article) edges.push_back(edge);
    return true;
  };
  RETURN_IF_ERROR(VisitBatchEdges(claim, Direction::kIn, std::nullopt, from_removed));
  RETURN_IF_ERROR(VisitBatchEdges(claim, Direction::kOut, v1::MENTIONS, from_removed));
  for (v1::Edge edge : edges) {
    switch (edge.type()) {
      case v1::ASSERTED: {
        CarriedClaim by = carried;
        const v1::Node* source = FindNode(edge.src());
        if (const NodeId scope = source ? source->source().scope_story_id() : 0) {
          ASSIGN_OR_RETURN(std::optional<v1::Edge> in_scope, ReportInStory(claim, scope));
          if (!in_scope) {
            const v1::Node* node = FindNode(claim);
            if (node) DeleteIndex(IndexId::kSpeakerClaimsByTime, edge.src(),
                                  node->claim().time_key(), claim);
            DeleteEdge(edge);
            sources->insert(edge.src());
            break;
          }
          by = CarrierOf(*in_scope);
        }
        *edge.mutable_provenance() = by.carrier;
        edge.set_confidence(by.confidence);
        edge.set_cue(by.cue);
        edge.set_role(by.role);
        edge.set_said_on(by.said_on);
        PutEdge(edge);
        break;
      }
      case v1::RELAYED:
        // The relay as the other carrier names it; gone when it names none.
        if (!carried.carrier.has_via()) {
          DeleteEdge(edge);
          sources->insert(edge.src());
          break;
        }
        *edge.mutable_provenance() = carried.carrier;
        edge.set_confidence(carried.confidence);
        PutEdge(edge);
        break;
      case v1::MENTIONS:
        edge.mutable_provenance()->set_article_id(carried.carrier.article_id());
        edge.mutable_provenance()->set_doc_id(carried.carrier.doc_id());
        PutEdge(edge);
        break;
      default:
        break;  // conflict edges: MoveConflictEvidence
    }
  }
  return absl::OkStatus();
}

absl::Status ArticleWriter::MoveConflictEvidence(
    NodeId claim, NodeId removed_article, const std::map<NodeId, CarriedClaim>& carried) {
  std::vector<v1::Edge> edges;
  for (Direction direction : {Direction::kOut, Direction::kIn}) {
    RETURN_IF_ERROR(VisitBatchEdges(claim, direction, std::nullopt,
                                    [&](const v1::Edge& edge) {
                                      if (IsConflictEdge(edge.type())) edges.push_back(edge);
                                      return true;
                                    }));
  }
  for (v1::Edge edge : edges) {
    v1::Conflict* conflict = edge.mutable_conflict();
    bool changed = false, keep = true;
    // One end: its evidence moves by the offset of the claim's content in the
    // other carrier, when that content reads exactly the same there.
    auto move = [&](NodeId end, uint64_t* article, v1::Span* evidence) {
      if (*article != removed_article) return;
      auto it = carried.find(end);
      if (it == carried.end() ||
          it->second.carrier.content().text() != it->second.old_content.text()) {
        keep = false;
        return;
      }
      const int64_t shift = static_cast<int64_t>(it->second.carrier.content().start()) -
                            static_cast<int64_t>(it->second.old_content.start());
      evidence->set_start(static_cast<uint32_t>(evidence->start() + shift));
      evidence->set_end(static_cast<uint32_t>(evidence->end() + shift));
      *article = it->second.carrier.article_id();
      changed = true;
    };
    uint64_t article_a = conflict->article_a(), article_b = conflict->article_b();
    move(edge.src(), &article_a, conflict->mutable_evidence_a());
    move(edge.dst(), &article_b, conflict->mutable_evidence_b());
    if (!keep) {
      RemoveConflict(edge);
      continue;
    }
    if (!changed) continue;
    conflict->set_article_a(article_a);
    conflict->set_article_b(article_b);
    if (edge.provenance().article_id() == removed_article) {
      edge.mutable_provenance()->set_article_id(article_a);
      edge.mutable_provenance()->set_doc_id(carried.at(edge.src()).carrier.doc_id());
    }
    PutEdge(edge);
  }
  return absl::OkStatus();
}

void ArticleWriter::RemoveConflict(const v1::Edge& edge) {
  const std::string key = EdgeKey(edge.src(), edge.type(), edge.dst(), edge.rank());
  if (deleted_edges_.count(key)) return;
  // The index entries as WriteConflict made them: under the later claim's
  // time, store-wide and under each entity either claim mentions (as stored:
  // a superset of the entities known when the edge was written).
  std::string time_key;
  std::set<NodeId> entities;
  for (NodeId end : {edge.src(), edge.dst()}) {
    if (auto node = impl_.GetNode(end); node.ok()) {
      time_key = std::max(time_key, node->claim().time_key());
    }
    (void)impl_.VisitEdges(end, Direction::kOut, v1::MENTIONS, [&](const v1::Edge& m) {
      entities.insert(m.dst());
      return true;
    });
  }
  const std::string edge_key = EdgeKey(edge.src(), edge.type(), edge.dst(), 0);
  batch_.Delete(impl_.idx, Cat(IndexPrefix(IndexId::kConflictsByTime), time_key, edge_key));
  for (NodeId entity : entities) {
    std::string prefix = IndexPrefix(IndexId::kEntityConflictsByTime);
    AppendU64(&prefix, entity);
    batch_.Delete(impl_.idx, Cat(prefix, time_key, edge_key));
  }
  DeleteEdge(edge);
}

absl::Status ArticleWriter::RemoveAliasesOf(NodeId source,
                                            const std::vector<std::string>& mentions,
                                            NodeId removed_article) {
  v1::Node* node = FindNode(source);
  if (node == nullptr) return absl::OkStatus();
  const std::string name = node->source().name();
  auto keys_of = [&](const std::vector<std::string>& spelled) {
    std::set<std::string> keys;
    for (const std::string& mention : spelled) {
      if (auto alias = AliasIn(mention, name)) keys.insert(NormalizeName(*alias));
    }
    return keys;
  };
  std::set<std::string> doubtful = keys_of(mentions);
  if (doubtful.empty()) return absl::OkStatus();
  // The mentions of this source in every article still carrying its claims.
  std::vector<std::string> others;
  for (v1::EdgeType type : {v1::ASSERTED, v1::RELAYED}) {
    std::vector<NodeId> claims;
    RETURN_IF_ERROR(VisitBatchEdges(source, Direction::kOut, type, [&](const v1::Edge& e) {
      claims.push_back(e.dst());
      return true;
    }));
    for (NodeId claim : claims) {
      RETURN_IF_ERROR(VisitBatchEdges(
          claim, Direction::kOut, v1::REPORTED_IN, [&](const v1::Edge& e) {
            const v1::Provenance& p = e.provenance();
            if (e.dst() == removed_article) return true;
            if (type == v1::ASSERTED && p.has_source()) others.push_back(p.source().text());
            if (type == v1::RELAYED && p.has_via()) others.push_back(p.via().text());
            return true;
          }));
    }
  }
  for (const std::string& key : keys_of(others)) doubtful.erase(key);
  auto* aliases = node->mutable_source()->mutable_aliases();
  for (int i = aliases->size() - 1; i >= 0; --i) {
    std::string key = NormalizeName(aliases->Get(i));
    if (!doubtful.count(key)) continue;
    if (Lookup(NameSpace::kSource, key) == source) DeleteName(NameSpace::kSource, key);
    aliases->DeleteSubrange(i, 1);
  }
  return absl::OkStatus();
}

absl::Status ArticleWriter::RemoveIfOrphan(NodeId id) {
  if (NodeDeleted(id)) return absl::OkStatus();
  v1::Node* node = FindNode(id);
  if (node == nullptr) return absl::OkStatus();
  // What keeps a node: a source asserts or relays, an entity is mentioned, a
  // story has an article.
  auto holds = [&](Direction direction, v1::EdgeType type) -> absl::StatusOr<bool> {
    bool any = false;
    RETURN_IF_ERROR(VisitBatchEdges(id, direction, type, [&](const v1::Edge&) {
      any = true;
      return false;
    }));
    return any;
  };
  std::vector<std::string> spellings;
  NameSpace names = NameSpace::kSource;
  switch (node->kind()) {
    case v1::SOURCE: {
      ASSIGN_OR_RETURN(bool asserts, holds(Direction::kOut, v1::ASSERTED));
      ASSIGN_OR_RETURN(bool relays, holds(Direction::kOut, v1::RELAYED));
      if (asserts || relays) return absl::OkStatus();
      spellings.push_back(node->source().name());
      for (const auto& alias : node->source().aliases()) spellings.push_back(alias);
      std::string key = NormalizeName(node->source().name());
      if (std::string surname = LastToken(key); surname != key) {
        std::string entry = IndexPrefix(IndexId::kSurname);
        AppendEscaped(&entry, surname);
        AppendU64(&entry, id);
        batch_.Delete(impl_.idx, entry);
      }
      {
        // A story-scoped source's shown name (SourceFor writes it for roles,
        // documents and generic organisations; for others nothing is there).
        std::string entry = IndexPrefix(IndexId::kScopedSourceName);
        AppendEscaped(&entry, key);
        AppendU64(&entry, id);
        batch_.Delete(impl_.idx, entry);
      }
      std::vector<v1::Edge> links;  // POSSIBLY_SAME, either way
      for (Direction direction : {Direction::kOut, Direction::kIn}) {
        RETURN_IF_ERROR(VisitBatchEdges(id, direction, v1::POSSIBLY_SAME,
                                        [&](const v1::Edge& edge) {
                                          links.push_back(edge);
                                          return true;
                                        }));
      }
      for (const v1::Edge& edge : links) DeleteEdge(edge);
      break;
    }
    case v1::ENTITY: {
      ASSIGN_OR_RETURN(bool mentioned, holds(Direction::kIn, v1::MENTIONS));
      if (mentioned) return absl::OkStatus();
      names = NameSpace::kEntity;
      spellings.push_back(node->entity().name());
      for (const auto& alias : node->entity().aliases()) spellings.push_back(alias);
      break;
    }
    case v1::STORY: {
      ASSIGN_OR_RETURN(bool carried, holds(Direction::kIn, v1::COPY_OF));
      if (carried) return absl::OkStatus();
      break;
    }
    default:
      return absl::OkStatus();
  }
  for (const std::string& spelling : spellings) {
    std::string key = NormalizeName(spelling);
    if (Lookup(names, key) == id) DeleteName(names, key);
  }
  DeleteNode(id);
  return absl::OkStatus();
}

}  // namespace claimgraph::graph::internal
