// Subgraphs around a node, and their export as GraphML, DOT (both written by
// Boost.Graph's own writers), JSON, and a self-contained HTML viewer.
#ifndef CLAIMGRAPH_GRAPH_SUBGRAPH_H_
#define CLAIMGRAPH_GRAPH_SUBGRAPH_H_

#include <functional>
#include <string>

#include "absl/status/statusor.h"
#include "claimgraph/v1/service.pb.h"
#include "graph/store.h"

namespace claimgraph::graph {

inline constexpr int kMaxTraversalDepth = 4;
inline constexpr int kDefaultMaxNodes = 500;
inline constexpr int kMaxNodesLimit = 5000;

// Clears what the store keeps of a node for its own use and a user never reads:
// a claim's detector `terms` and `time_key` (its index sort key), an article's
// `content_hash` and `simhash` and a story's `simhash` (duplicate detection).
// Everything a client shows (content, dates, kinds, names, outlets, ids) stays.
void LeaveOutInternalFields(v1::Node* node);

// Breadth-first over edges in both directions from `start`, to `depth` hops,
// stopping at `max_nodes` nodes (Subgraph.truncated then says so). Each
// GraphNode.node is the stored record less its internal fields
// (LeaveOutInternalFields). NotFound when
// `start` is absent; InvalidArgument when depth is outside 0..kMaxTraversalDepth.
// Work is bounded too: at most kEdgeVisitsPerNode * max_nodes edges are read
// (a speaker with 100k claims is not walked in full); past that the subgraph is
// cut short and marked truncated. `cancelled`, when given, is polled every few
// dozen edges; once it returns true Traverse stops with Cancelled (the gRPC
// handlers pass the call's IsCancelled, which a passed deadline sets).
inline constexpr int kEdgeVisitsPerNode = 8;
absl::StatusOr<v1::Subgraph> Traverse(const GraphStore& store, NodeId start,
                                      int depth, int max_nodes,
                                      const std::function<bool()>& cancelled = {});

// Above this many nodes the DOT export asks Graphviz for the sfdp layout
// (overlap=prism) instead of dot's layers (README "Exports").
inline constexpr int kDotLayoutMaxNodes = 60;

// Renders the subgraph. GraphML and DOT come from boost::write_graphml and
// boost::write_graphviz_dp; contradiction edges are typed and styled (red, dashed
// in DOT), corrections (CORRECTS) typed and styled apart (blue, dotted). GraphML
// attributes are typed (confidence a double) and claims and articles carry a
// `date`. DOT is laid out left to right (sfdp above kDotLayoutMaxNodes), claims labelled with their date and
// first words, stories with their wire and outlets, and edges labelled only
// where the label says more than the shapes (README "Exports"). JSON is
// {"nodes":[{id,kind,label,date,content,...}],"edges":[{source,target,type,
// provenance...}],"truncated":bool}. HTML is the viewer page (data/viewer.html)
// with D3 and the JSON inlined: one file, no network. A truncated subgraph says
// so in every format: JSON's "truncated", a comment (TruncationNote) at the top
// of GraphML, DOT and HTML (and a notice on the page). Unknown formats are
// InvalidArgument.
absl::StatusOr<std::string> RenderSubgraph(const v1::Subgraph& graph,
                                           v1::ExportFormat format);

// "truncated: stopped at the node cap (N nodes); ...", for a truncated subgraph.
std::string TruncationNote(const v1::Subgraph& sub);

// The media type of each format ("application/graphml+xml", ...).
std::string MediaType(v1::ExportFormat format);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_SUBGRAPH_H_
