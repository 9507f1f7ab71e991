// What a user may type for a node, and what it means: the one place where the
// gRPC service and the CLI turn names into nodes.
//
// A speaker is "sources/{id}", its name or an alias (what `inspect speakers`
// prints, or an entry of its aka list), or a lone surname when exactly one
// speaker has it, named in full or bare ("Trump" when only Donald Trump
// speaks). A search
// (ListSources) returns every candidate; a lookup that needs one speaker
// (a --speaker filter) is InvalidArgument when the name means several.
#ifndef CLAIMGRAPH_QUERY_NAMES_H_
#define CLAIMGRAPH_QUERY_NAMES_H_

#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"
#include "graph/views.h"

namespace claimgraph::query {

// Every speaker `name` may mean (at most `limit`): first those it names
// exactly (SourcesNamed: name, alias, lone surname, story-scoped name), then
// those whose name or alias it starts or nearly spells, word by word ("Chur",
// "Churkn" and "vit chu" find Vitaly Churkin: each query word a prefix of a
// name word or within one edit of it, two for words of 8 letters or more);
// each group ranked by claim count, most first. Empty when none; never
// ambiguous. Reads every source node (a scan) for the near matches.
absl::StatusOr<std::vector<graph::NodeId>> SearchSources(const graph::GraphStore& store,
                                                         std::string_view name,
                                                         std::size_t limit = 50);

// Exactly one speaker. NotFound "no speaker named 'X'"; InvalidArgument
// "'Power' is ambiguous: Samantha Power, Jonathan Power; give the full name".
absl::StatusOr<graph::NodeId> ResolveSource(const graph::GraphStore& store,
                                            std::string_view ref);
// "entities/{id}" or an entity's name or alias.
absl::StatusOr<graph::NodeId> ResolveEntity(const graph::GraphStore& store,
                                            std::string_view ref);
// "articles/{id}" or a doc_id.
absl::StatusOr<graph::NodeId> ResolveArticle(const graph::GraphStore& store,
                                             std::string_view ref);
// Any node, for traverse and export: a resource name ("claims/12"), else a
// speaker (as ResolveSource), else an entity name. NotFound names `ref`.
absl::StatusOr<graph::NodeId> ResolveNode(const graph::GraphStore& store,
                                          std::string_view ref);

// The one way a claim or contradiction listing's filter is built, by the gRPC
// service and the CLI alike: the dates checked by ValidateDate (common/dates.h;
// error messages name them as `names` says), the references resolved as above,
// the cue classes checked (UNSPECIFIED or an unknown value: InvalidArgument).
absl::StatusOr<graph::ClaimFilter> ClaimFilterOf(const graph::GraphStore& store,
                                                 const graph::ClaimFilterRefs& refs,
                                                 const graph::DateFieldNames& names = {});

}  // namespace claimgraph::query

#endif  // CLAIMGRAPH_QUERY_NAMES_H_
