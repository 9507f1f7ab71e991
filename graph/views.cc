#include "graph/views.h"

#include <charconv>
#include <set>

#include "common/status_macros.h"
#include "common/strings.h"

namespace claimgraph::graph {
namespace {

std::string_view Collection(uint8_t kind) {
  switch (kind) {
    case v1::ARTICLE: return "articles";
    case v1::STORY: return "stories";
    case v1::SOURCE: return "sources";
    case v1::CLAIM: return "claims";
    case v1::ENTITY: return "entities";
    default: return "nodes";
  }
}

v1::SourceRef SourceRefOf(const v1::Node& node) {
  v1::SourceRef ref;
  ref.set_name(ResourceName(node.id()));
  ref.set_display_name(node.source().name());
  ref.set_kind(node.source().kind());
  return ref;
}

// The first speaker (ASSERTED in-edge) of a claim, if any.
std::optional<v1::Node> SpeakerOf(const GraphStore& store, NodeId claim) {
  std::optional<v1::Node> speaker;
  (void)store.VisitEdges(claim, Direction::kIn, v1::ASSERTED,
                         [&](const v1::Edge& edge) {
                           auto node = store.GetNode(edge.src());
                           if (node.ok()) speaker = *std::move(node);
                           return false;
                         });
  return speaker;
}

}  // namespace

std::string ResourceName(NodeId id) {
  return Cat(Collection(KindOfId(id)), "/", id);
}

absl::StatusOr<NodeId> ParseResourceName(std::string_view name,
                                         v1::NodeKind expected) {
  auto slash = name.find('/');
  if (slash == std::string_view::npos) {
    return absl::InvalidArgumentError(
        Cat("'", name, "' is not a resource name like claims/123"));
  }
  std::string_view collection = name.substr(0, slash);
  std::string_view digits = name.substr(slash + 1);
  NodeId id = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
  if (ec != std::errc() || end != digits.data() + digits.size() || id == 0) {
    return absl::InvalidArgumentError(Cat("'", name, "' has no valid numeric id"));
  }
  if (Collection(KindOfId(id)) != collection) {
    return absl::InvalidArgumentError(
        Cat("'", name, "': id does not belong to collection ", collection));
  }
  if (expected != v1::NODE_KIND_UNSPECIFIED && KindOfId(id) != expected) {
    return absl::InvalidArgumentError(
        Cat("'", name, "' is not in collection ", Collection(expected)));
  }
  return id;
}

absl::StatusOr<NodeId> ResolveSource(const GraphStore& store, std::string_view ref) {
  if (ref.starts_with("sources/")) return ParseResourceName(ref, v1::SOURCE);
  return store.FindSource(ref);
}

absl::StatusOr<NodeId> ResolveEntity(const GraphStore& store, std::string_view ref) {
  if (ref.starts_with("entities/")) return ParseResourceName(ref, v1::ENTITY);
  return store.FindEntity(ref);
}

absl::StatusOr<NodeId> ResolveArticle(const GraphStore& store, std::string_view ref) {
  if (ref.starts_with("articles/")) return ParseResourceName(ref, v1::ARTICLE);
  return store.FindArticle(ref);
}

std::string NodeLabel(const v1::Node& node) {
  switch (node.kind()) {
    case v1::ARTICLE: return node.article().doc_id();
    case v1::STORY:
      return node.story().wire().empty() ? Cat("story ", node.id())
                                         : Cat("story (", node.story().wire(), ")");
    case v1::SOURCE: return node.source().name();
    case v1::ENTITY: return node.entity().name();
    case v1::CLAIM: {
      const std::string& content = node.claim().content();
      if (content.size() <= 80) return content;
      std::size_t cut = 77;
      while (cut > 0 && (static_cast<uint8_t>(content[cut]) & 0xC0) == 0x80) --cut;
      return Cat(content.substr(0, cut), "...");
    }
    default: return Cat("node ", node.id());
  }
}

bool IsConflictEdge(v1::EdgeType type) {
  return type == v1::CONTRADICTS || type == v1::REBUTS || type == v1::DENIES ||
         type == v1::FIGURES_DIFFER;
}

absl::StatusOr<v1::ClaimView> ClaimViewOf(const GraphStore& store, NodeId claim) {
  if (KindOfId(claim) != v1::CLAIM) {
    return absl::InvalidArgumentError(Cat(claim, " is not a claim id"));
  }
  ASSIGN_OR_RETURN(v1::Node node, store.GetNode(claim));
  v1::ClaimView view;
  view.set_name(ResourceName(claim));
  view.set_content(node.claim().content());
  view.set_kind(node.claim().kind());
  view.set_said_on(node.claim().said_on());
  std::optional<v1::Node> speaker = SpeakerOf(store, claim);
  if (speaker) *view.mutable_speaker() = SourceRefOf(*speaker);
  RETURN_IF_ERROR(store.VisitEdges(claim, Direction::kIn, v1::ASSERTED,
                                   [&](const v1::Edge& edge) {
                                     view.set_cue(edge.cue());
                                     return false;
                                   }));
  std::string relay_name;
  RETURN_IF_ERROR(store.VisitEdges(claim, Direction::kIn, v1::RELAYED,
                                   [&](const v1::Edge& edge) {
                                     auto relay = store.GetNode(edge.src());
                                     if (relay.ok()) relay_name = relay->source().name();
                                     return false;
                                   }));
  std::set<NodeId> stories;
  absl::Status inner;
  RETURN_IF_ERROR(store.VisitEdges(
      claim, Direction::kOut, std::nullopt, [&](const v1::Edge& edge) {
        if (edge.type() == v1::REPORTED_IN) {
          auto article = store.GetNode(edge.dst());
          if (!article.ok()) {
            inner = article.status();
            return false;
          }
          v1::ClaimProvenance* p = view.add_provenance();
          v1::ArticleRef* ref = p->mutable_article();
          ref->set_name(ResourceName(edge.dst()));
          ref->set_doc_id(article->article().doc_id());
          ref->set_outlet(article->article().outlet());
          ref->set_url(article->article().url());
          ref->set_published(article->article().published());
          ref->set_wire(article->article().wire());
          if (article->article().story_id() != 0) {
            ref->set_story(ResourceName(article->article().story_id()));
            stories.insert(article->article().story_id());
          }
          if (speaker) *p->mutable_speaker() = SourceRefOf(*speaker);
          const v1::Provenance& prov = edge.provenance();
          if (prov.has_source()) *p->mutable_source() = prov.source();
          if (prov.has_cue()) *p->mutable_cue() = prov.cue();
          *p->mutable_content() = prov.content();
          if (prov.has_via()) *p->mutable_via() = prov.via();
          p->set_via_name(relay_name);
          p->set_role(edge.role());
          p->set_confidence(edge.confidence());
          p->set_extractor_version(prov.extractor_version());
        } else if (edge.type() == v1::MENTIONS) {
          auto entity = store.GetNode(edge.dst());
          if (entity.ok()) view.add_entities(entity->entity().name());
        } else if (IsConflictEdge(edge.type())) {
          auto conflict = ContradictionViewOf(store, edge);
          if (conflict.ok()) *view.add_contradictions() = *std::move(conflict);
        }
        return true;
      }));
  RETURN_IF_ERROR(inner);
  RETURN_IF_ERROR(store.VisitEdges(claim, Direction::kIn, std::nullopt,
                                   [&](const v1::Edge& edge) {
                                     if (IsConflictEdge(edge.type())) {
                                       auto conflict = ContradictionViewOf(store, edge);
                                       if (conflict.ok()) {
                                         *view.add_contradictions() = *std::move(conflict);
                                       }
                                     }
                                     return true;
                                   }));
  view.set_independent_reports(static_cast<int32_t>(stories.size()));
  return view;
}

absl::StatusOr<v1::SourceView> SourceViewOf(const GraphStore& store, NodeId source) {
  if (KindOfId(source) != v1::SOURCE) {
    return absl::InvalidArgumentError(Cat(source, " is not a source id"));
  }
  ASSIGN_OR_RETURN(v1::Node node, store.GetNode(source));
  v1::SourceView view;
  view.set_name(ResourceName(source));
  view.set_display_name(node.source().name());
  view.set_kind(node.source().kind());
  for (const auto& alias : node.source().aliases()) view.add_aliases(alias);
  int32_t claims = 0;
  RETURN_IF_ERROR(store.VisitEdges(source, Direction::kOut, v1::ASSERTED,
                                   [&](const v1::Edge&) {
                                     ++claims;
                                     return true;
                                   }));
  view.set_claim_count(claims);
  return view;
}

absl::StatusOr<v1::ContradictionView> ContradictionViewOf(const GraphStore& store,
                                                          const v1::Edge& edge) {
  v1::ContradictionView view;
  view.set_type(edge.type());
  view.set_a(ResourceName(edge.src()));
  view.set_b(ResourceName(edge.dst()));
  ASSIGN_OR_RETURN(v1::Node a, store.GetNode(edge.src()));
  ASSIGN_OR_RETURN(v1::Node b, store.GetNode(edge.dst()));
  view.set_a_content(a.claim().content());
  view.set_b_content(b.claim().content());
  if (auto s = SpeakerOf(store, edge.src())) *view.mutable_a_speaker() = SourceRefOf(*s);
  if (auto s = SpeakerOf(store, edge.dst())) *view.mutable_b_speaker() = SourceRefOf(*s);
  view.set_reason(edge.conflict().reason());
  view.set_confidence(edge.confidence());
  *view.mutable_evidence() = edge.conflict();
  return view;
}

}  // namespace claimgraph::graph
