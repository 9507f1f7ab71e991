#include "query/names.h"

#include <set>

#include "common/status_macros.h"
#include "common/strings.h"

namespace claimgraph::query {

using graph::NodeId;

absl::StatusOr<std::vector<NodeId>> SearchSources(const graph::GraphStore& store,
                                                  std::string_view name,
                                                  std::size_t limit) {
  return store.SourcesNamed(name, limit);
}

absl::StatusOr<NodeId> ResolveSource(const graph::GraphStore& store, std::string_view ref) {
  if (ref.starts_with("sources/")) return graph::ParseResourceName(ref, v1::SOURCE);
  // Ten candidates are enough to say who is meant.
  ASSIGN_OR_RETURN(std::vector<NodeId> ids, store.SourcesNamed(ref, 10));
  if (ids.empty()) return absl::NotFoundError(Cat("no speaker named '", ref, "'"));
  if (ids.size() == 1) return ids.front();
  // The candidates by name, and by resource name too when names repeat ("the
  // coalition" of two stories).
  std::vector<std::string> names;
  for (NodeId id : ids) {
    auto node = store.GetNode(id);
    names.push_back(node.ok() ? node->source().name() : std::string());
  }
  bool repeated = std::set<std::string>(names.begin(), names.end()).size() < names.size();
  std::string list;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    CatTo(&list, i ? ", " : "", names[i]);
    if (repeated) CatTo(&list, " (", graph::ResourceName(ids[i]), ")");
  }
  return absl::InvalidArgumentError(Cat("'", ref, "' is ambiguous: ", list, "; give ",
                                        repeated ? "a sources/ID" : "the full name"));
}

absl::StatusOr<NodeId> ResolveEntity(const graph::GraphStore& store, std::string_view ref) {
  if (ref.starts_with("entities/")) return graph::ParseResourceName(ref, v1::ENTITY);
  return store.FindEntity(ref);
}

absl::StatusOr<NodeId> ResolveArticle(const graph::GraphStore& store, std::string_view ref) {
  if (ref.starts_with("articles/")) return graph::ParseResourceName(ref, v1::ARTICLE);
  return store.FindArticle(ref);
}

absl::StatusOr<NodeId> ResolveNode(const graph::GraphStore& store, std::string_view ref) {
  auto id = graph::ParseResourceName(ref, v1::NODE_KIND_UNSPECIFIED);
  if (id.ok() || ref.find('/') != std::string_view::npos) return id;
  auto source = ResolveSource(store, ref);
  if (!absl::IsNotFound(source.status())) return source;
  auto entity = store.FindEntity(ref);
  if (!absl::IsNotFound(entity.status())) return entity;
  return absl::NotFoundError(
      Cat("'", ref, "' is neither a resource name (sources/123) nor the name of a "
                    "speaker or entity"));
}

absl::StatusOr<graph::ClaimFilter> ClaimFilterOf(const graph::GraphStore& store,
                                                 const graph::ClaimFilterRefs& refs,
                                                 const graph::DateFieldNames& names) {
  RETURN_IF_ERROR(graph::CheckDateRange(refs.said_after, refs.said_before, names));
  graph::ClaimFilter filter;
  filter.said_after = refs.said_after;
  filter.said_before = refs.said_before;
  if (!refs.speaker.empty()) {
    ASSIGN_OR_RETURN(filter.speaker, ResolveSource(store, refs.speaker));
  }
  if (!refs.entity.empty()) {
    ASSIGN_OR_RETURN(filter.entity, ResolveEntity(store, refs.entity));
  }
  if (!refs.article.empty()) {
    ASSIGN_OR_RETURN(filter.article, ResolveArticle(store, refs.article));
  }
  for (v1::CueClass cue_class : refs.cue_classes) {
    if (graph::CueClassName(cue_class).empty()) {
      return absl::InvalidArgumentError(
          Cat("cue_class ", static_cast<int>(cue_class), " is not a cue class"));
    }
  }
  filter.cue_classes = refs.cue_classes;
  return filter;
}

}  // namespace claimgraph::query
