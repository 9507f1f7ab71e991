#include "query/names.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/status_macros.h"
#include "common/strings.h"
#include "text/text_fold.h"

namespace claimgraph::query {

using graph::NodeId;

namespace {

// The folded words of a name ("Vitaly Churkin" -> {"vitaly", "churkin"}).
std::vector<std::string> FoldedWords(std::string_view name) {
  std::vector<std::string> words;
  std::size_t at = 0;
  while (at <= name.size()) {
    std::size_t end = std::min(name.find_first_of(" -.,'", at), name.size());
    if (end > at) words.push_back(ingest::FoldWord(name.substr(at, end - at)));
    at = end + 1;
  }
  return words;
}

// Levenshtein distance, stopping early past `bound`.
std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t bound) {
  if (a.size() > b.size() + bound || b.size() > a.size() + bound) return bound + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0], best = row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > bound) return bound + 1;
  }
  return row[b.size()];
}

// True when every word of the query starts a word of the name or is within
// one edit (two for words of 8 letters or more) of one: "Chur" and "Churkn"
// find Vitaly Churkin, "sam pow" Samantha Power.
bool NameMatches(const std::vector<std::string>& query, const std::vector<std::string>& name) {
  for (const std::string& q : query) {
    std::size_t bound = q.size() >= 8 ? 2 : q.size() >= 4 ? 1 : 0;
    bool found = std::any_of(name.begin(), name.end(), [&](const std::string& w) {
      return w.starts_with(q) || (bound > 0 && EditDistance(q, w, bound) <= bound);
    });
    if (!found) return false;
  }
  return true;
}

}  // namespace

absl::StatusOr<std::vector<NodeId>> SearchSources(const graph::GraphStore& store,
                                                  std::string_view name,
                                                  std::size_t limit) {
  // The speakers the name means exactly, then those it starts or nearly spells.
  ASSIGN_OR_RETURN(std::vector<NodeId> exact, store.SourcesNamed(name, limit));
  std::set<NodeId> seen(exact.begin(), exact.end());
  const std::vector<std::string> query = FoldedWords(name);
  std::vector<NodeId> close;
  // A name has a few words; a longer query is no name to spell near.
  constexpr std::size_t kMaxNameWords = 8;
  if (!query.empty() && query.size() <= kMaxNameWords) {
    RETURN_IF_ERROR(store.VisitNodes(v1::SOURCE, [&](const v1::Node& node) {
      if (seen.count(node.id())) return true;
      bool match = NameMatches(query, FoldedWords(node.source().name()));
      for (const std::string& alias : node.source().aliases()) {
        match = match || NameMatches(query, FoldedWords(alias));
      }
      if (match) close.push_back(node.id());
      return true;
    }));
  }
  // Each group by claim count, most first; ties in id order.
  graph::ViewReader views(store);
  std::map<NodeId, int> claims;
  for (const auto* group : {&exact, &close}) {
    for (NodeId id : *group) {
      ASSIGN_OR_RETURN(v1::SourceView view, views.Source(id));
      claims[id] = view.claim_count();
    }
  }
  auto by_claims = [&](NodeId a, NodeId b) {
    return claims[a] != claims[b] ? claims[a] > claims[b] : a < b;
  };
  std::stable_sort(exact.begin(), exact.end(), by_claims);
  std::stable_sort(close.begin(), close.end(), by_claims);
  exact.insert(exact.end(), close.begin(), close.end());
  if (exact.size() > limit) exact.resize(limit);
  return exact;
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
