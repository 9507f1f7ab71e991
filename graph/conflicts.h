// Listing claim-claim conflict edges (CONTRADICTS, REBUTS, DENIES,
// FIGURES_DIFFER) and corrections (CORRECTS).
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
// entity and date range, `type` unless EDGE_TYPE_UNSPECIFIED, and whose
// confidence is at least `min_confidence` (0 keeps all). At most `page_size`
// edges a page, in both cases; `next_page_token` is empty on the last page.
absl::StatusOr<ConflictPage> ListConflicts(const GraphStore& store,
                                           const ClaimFilter& filter, NodeId claim,
                                           v1::EdgeType type, int page_size,
                                           std::string_view page_token,
                                           double min_confidence = 0);

// A minimum confidence must be a number from 0 to 1: InvalidArgument naming
// `name` ("min_confidence", "--min-confidence") otherwise.
absl::Status CheckMinConfidence(double value, std::string_view name);
// The same for text (a command-line flag); empty text is 0.
absl::StatusOr<double> ParseMinConfidence(std::string_view text, std::string_view name);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_CONFLICTS_H_
