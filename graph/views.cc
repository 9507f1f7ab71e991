#include "graph/views.h"

#include <charconv>
#include <set>

#include "common/dates.h"
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

absl::Status CheckDateRange(std::string_view after, std::string_view before,
                            const DateFieldNames& names) {
  for (auto [name, date] : {std::pair{names.after, after}, std::pair{names.before, before}}) {
    if (!date.empty()) RETURN_IF_ERROR(ValidateDate(date, name));
  }
  return absl::OkStatus();
}

namespace {
constexpr std::pair<ingest::AttributionClass, v1::CueClass> kCueClasses[] = {
    {ingest::AttributionClass::kStatement, v1::STATEMENT},
    {ingest::AttributionClass::kBelief, v1::BELIEF},
    {ingest::AttributionClass::kIntention, v1::INTENTION},
    {ingest::AttributionClass::kEvidence, v1::EVIDENCE},
    {ingest::AttributionClass::kStance, v1::STANCE},
};
}  // namespace

v1::CueClass CueClassOf(ingest::AttributionClass cue_class) {
  for (const auto& [ours, stored] : kCueClasses)
    if (ours == cue_class) return stored;
  return v1::CUE_CLASS_UNSPECIFIED;
}

std::optional<ingest::AttributionClass> AttributionClassOf(v1::CueClass cue_class) {
  for (const auto& [ours, stored] : kCueClasses)
    if (stored == cue_class) return ours;
  return std::nullopt;
}

std::string_view CueClassName(v1::CueClass cue_class) {
  auto ours = AttributionClassOf(cue_class);
  return ours ? ingest::AttributionClassName(*ours) : std::string_view();
}

absl::StatusOr<v1::CueClass> ParseCueClass(std::string_view name, std::string_view field) {
  if (auto parsed = ingest::ParseAttributionClass(name)) return CueClassOf(*parsed);
  return absl::InvalidArgumentError(
      Cat(field, " must be statement, belief, intention, evidence or stance, not '", name, "'"));
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
         type == v1::FIGURES_DIFFER || type == v1::CORRECTS;
}

absl::StatusOr<const v1::Node*> ViewReader::Node(NodeId id) {
  if (auto it = nodes_.find(id); it != nodes_.end()) return &it->second;
  ASSIGN_OR_RETURN(v1::Node node, store_.GetNode(id));
  return &nodes_.emplace(id, std::move(node)).first->second;
}

const v1::Node* ViewReader::SpeakerOf(NodeId claim) {
  // Not a structured binding: clang 14 (the fuzz build) cannot capture one.
  auto emplaced = speakers_.emplace(claim, 0);
  auto it = emplaced.first;
  if (emplaced.second) {
    (void)store_.VisitEdgeKeys(claim, Direction::kIn, v1::ASSERTED,
                               [&](const EdgeKeyParts& in) {
                                 it->second = in.second;
                                 return false;
                               });
  }
  if (it->second == 0) return nullptr;
  auto node = Node(it->second);
  return node.ok() ? *node : nullptr;
}

v1::ClaimProvenance ProvenanceOf(const v1::Edge& report, NodeId article_id,
                                 const v1::Article& article, const v1::SourceRef* speaker,
                                 const std::string& via_name) {
  v1::ClaimProvenance p;
  v1::ArticleRef* ref = p.mutable_article();
  ref->set_name(ResourceName(article_id));
  ref->set_doc_id(article.doc_id());
  ref->set_outlet(article.outlet());
  ref->set_url(article.url());
  ref->set_published(article.published());
  p.set_ingested_at(article.ingested_at());
  p.set_ingested_by(article.ingested_by());
  ref->set_wire(article.wire());
  if (article.story_id() != 0) ref->set_story(ResourceName(article.story_id()));
  if (speaker != nullptr) *p.mutable_speaker() = *speaker;
  const v1::Provenance& prov = report.provenance();
  if (prov.has_source()) *p.mutable_source() = prov.source();
  if (prov.has_cue()) *p.mutable_cue() = prov.cue();
  *p.mutable_content() = prov.content();
  if (prov.has_via()) *p.mutable_via() = prov.via();
  p.set_via_name(via_name);
  p.set_role(report.role());
  p.set_confidence(report.confidence());
  p.set_extractor_version(prov.extractor_version());
  return p;
}

absl::StatusOr<v1::ClaimView> ViewReader::Claim(NodeId claim) {
  if (KindOfId(claim) != v1::CLAIM) {
    return absl::InvalidArgumentError(Cat(claim, " is not a claim id"));
  }
  ASSIGN_OR_RETURN(v1::Node node, store_.GetNode(claim));
  v1::ClaimView view;
  view.set_name(ResourceName(claim));
  view.set_content(node.claim().content());
  view.set_kind(node.claim().kind());
  view.set_said_on(node.claim().said_on());
  view.set_cue_class(node.claim().cue_class());

  // One scan of the in-edges by key: the speaker (its ASSERTED edge holds the
  // cue), a relay, and conflict edges pointing here. Only the ASSERTED and
  // conflict records are then read.
  std::optional<EdgeKeyParts> asserted;
  NodeId relay = 0;
  std::vector<EdgeKeyParts> conflicts_in;
  RETURN_IF_ERROR(store_.VisitEdgeKeys(
      claim, Direction::kIn, std::nullopt, [&](const EdgeKeyParts& in) {
        if (in.type == v1::ASSERTED && !asserted) asserted = in;
        if (in.type == v1::RELAYED && relay == 0) relay = in.second;
        if (IsConflictEdge(static_cast<v1::EdgeType>(in.type))) conflicts_in.push_back(in);
        return true;
      }));
  const v1::Node* speaker = nullptr;
  if (asserted) {
    speakers_.emplace(claim, asserted->second);
    auto source = Node(asserted->second);
    if (source.ok()) {
      speaker = *source;
      *view.mutable_speaker() = SourceRefOf(*speaker);
    }
    auto edge = store_.GetEdge(asserted->second, v1::ASSERTED, claim, asserted->rank);
    if (edge.ok()) view.set_cue(edge->cue());
  } else {
    speakers_.emplace(claim, 0);
  }
  std::string relay_name;
  if (relay != 0) {
    if (auto source = Node(relay); source.ok()) relay_name = (*source)->source().name();
  }

  std::set<NodeId> stories;
  absl::Status inner;
  RETURN_IF_ERROR(store_.VisitEdges(
      claim, Direction::kOut, std::nullopt, [&](const v1::Edge& edge) {
        if (edge.type() == v1::REPORTED_IN) {
          auto found = Node(edge.dst());
          if (!found.ok()) {
            inner = found.status();
            return false;
          }
          const v1::Article& article = (*found)->article();
          if (article.story_id() != 0) stories.insert(article.story_id());
          *view.add_provenance() =
              ProvenanceOf(edge, edge.dst(), article,
                           view.has_speaker() ? &view.speaker() : nullptr, relay_name);
        } else if (edge.type() == v1::MENTIONS) {
          if (auto entity = Node(edge.dst()); entity.ok()) {
            view.add_entities((*entity)->entity().name());
          }
        } else if (IsConflictEdge(edge.type())) {
          if (auto conflict = Contradiction(edge); conflict.ok()) {
            *view.add_contradictions() = *std::move(conflict);
          }
        }
        return true;
      }));
  RETURN_IF_ERROR(inner);
  for (const EdgeKeyParts& in : conflicts_in) {
    auto edge = store_.GetEdge(in.second, static_cast<v1::EdgeType>(in.type), claim,
                               in.rank);
    if (!edge.ok()) continue;
    if (auto conflict = Contradiction(*edge); conflict.ok()) {
      *view.add_contradictions() = *std::move(conflict);
    }
  }
  view.set_independent_reports(static_cast<int32_t>(stories.size()));
  return view;
}

absl::StatusOr<v1::SourceView> ViewReader::Source(NodeId source) {
  if (KindOfId(source) != v1::SOURCE) {
    return absl::InvalidArgumentError(Cat(source, " is not a source id"));
  }
  ASSIGN_OR_RETURN(const v1::Node* node, Node(source));
  v1::SourceView view;
  view.set_name(ResourceName(source));
  view.set_display_name(node->source().name());
  view.set_kind(node->source().kind());
  for (const auto& alias : node->source().aliases()) view.add_aliases(alias);
  int32_t claims = 0;
  RETURN_IF_ERROR(store_.VisitEdgeKeys(source, Direction::kOut, v1::ASSERTED,
                                       [&](const EdgeKeyParts&) {
                                         ++claims;
                                         return true;
                                       }));
  view.set_claim_count(claims);
  return view;
}

absl::StatusOr<v1::ContradictionView> ViewReader::Contradiction(const v1::Edge& edge) {
  v1::ContradictionView view;
  view.set_type(edge.type());
  view.set_a(ResourceName(edge.src()));
  view.set_b(ResourceName(edge.dst()));
  ASSIGN_OR_RETURN(const v1::Node* a, Node(edge.src()));
  ASSIGN_OR_RETURN(const v1::Node* b, Node(edge.dst()));
  view.set_a_content(a->claim().content());
  view.set_b_content(b->claim().content());
  if (const v1::Node* s = SpeakerOf(edge.src())) *view.mutable_a_speaker() = SourceRefOf(*s);
  if (const v1::Node* s = SpeakerOf(edge.dst())) *view.mutable_b_speaker() = SourceRefOf(*s);
  view.set_reason(edge.conflict().reason());
  view.set_confidence(edge.confidence());
  *view.mutable_evidence() = edge.conflict();
  return view;
}

absl::StatusOr<std::vector<v1::ClaimView>> ClaimViewsOf(const GraphStore& store,
                                                        const std::vector<NodeId>& claims) {
  for (NodeId claim : claims) {
    if (KindOfId(claim) != v1::CLAIM) {
      return absl::InvalidArgumentError(Cat(claim, " is not a claim id"));
    }
  }
  ASSIGN_OR_RETURN(std::vector<std::string> records, store.ClaimViewRecords(claims));
  std::vector<v1::ClaimView> views(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (!views[i].ParseFromString(records[i])) {
      return absl::DataLossError(Cat("the view record of claim ", claims[i],
                                     " does not parse (claimgraph check names such records)"));
    }
  }
  return views;
}

absl::StatusOr<v1::ClaimView> ClaimViewOf(const GraphStore& store, NodeId claim) {
  ASSIGN_OR_RETURN(std::vector<v1::ClaimView> views, ClaimViewsOf(store, {claim}));
  return std::move(views[0]);
}

absl::StatusOr<v1::SourceView> SourceViewOf(const GraphStore& store, NodeId source) {
  return ViewReader(store).Source(source);
}

}  // namespace claimgraph::graph
