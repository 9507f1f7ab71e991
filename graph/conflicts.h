// Listing claim-claim conflict edges (CONTRADICTS, REBUTS, DENIES,
// FIGURES_DIFFER).
#ifndef CLAIMGRAPH_GRAPH_CONFLICTS_H_
#define CLAIMGRAPH_GRAPH_CONFLICTS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"

namespace claimgraph::graph {

struct ConflictPage {
  std::vector<v1::Edge> edges;
  std::string next_page_token;
};

// Conflict edges touching `claim` (when non-zero), or else all conflict edges in
// time order, keeping those whose either end matches the filter's speaker,
// entity and date range, and `type` unless EDGE_TYPE_UNSPECIFIED.
absl::StatusOr<ConflictPage> ListConflicts(const GraphStore& store,
                                           const ClaimFilter& filter, NodeId claim,
                                           v1::EdgeType type, int page_size,
                                           std::string_view page_token);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_CONFLICTS_H_
