// API views composed from the stored nodes and edges, shared by the gRPC service
// and the CLI so both answer the same way. Resource names follow Google AIP:
// "claims/{id}", "sources/{id}", "articles/{id}", "stories/{id}", "entities/{id}".
#ifndef CLAIMGRAPH_GRAPH_VIEWS_H_
#define CLAIMGRAPH_GRAPH_VIEWS_H_

#include <string>
#include <string_view>
#include <optional>
#include <unordered_map>
#include <vector>

#include "absl/status/statusor.h"
#include "claimgraph/v1/service.pb.h"
#include "graph/store.h"

namespace claimgraph::graph {

// "claims/123" for a claim id; the collection comes from the id's kind.
std::string ResourceName(NodeId id);
// Parses a resource name. `expected` NODE_KIND_UNSPECIFIED accepts any
// collection. InvalidArgument names what is wrong with `name`.
absl::StatusOr<NodeId> ParseResourceName(std::string_view name,
                                         v1::NodeKind expected);

// The stored form of an attribution's class.
v1::CueClass CueClassOf(ingest::AttributionClass cue_class);
// The class a stored one stands for; nullopt for CUE_CLASS_UNSPECIFIED.
std::optional<ingest::AttributionClass> AttributionClassOf(v1::CueClass cue_class);
// "statement", "belief", ... (ingest::AttributionClassName); empty for
// CUE_CLASS_UNSPECIFIED (an edge stored before extract-0.9).
std::string_view CueClassName(v1::CueClass cue_class);
// The class named `name`, or InvalidArgument naming `field` ("--cue-class")
// and the names it takes.
absl::StatusOr<v1::CueClass> ParseCueClass(std::string_view name, std::string_view field);

// A claim filter as a caller gives it: references to resolve, dates and cue
// classes to check (query::ClaimFilterOf, query/names.h).
struct ClaimFilterRefs {
  std::string_view speaker = {};  // name, alias or sources/ID; empty: any
  std::string_view entity = {};   // name or entities/ID; empty: any
  std::string_view article = {};  // doc_id or articles/ID; empty: any
  std::string_view said_after = {}, said_before = {};  // YYYY-MM-DD, inclusive; empty: open
  std::vector<v1::CueClass> cue_classes = {};  // any of these; empty: any class
};
// How error messages name the two dates: the API's fields by default; the
// command line passes its flags ("--after", "--before").
struct DateFieldNames {
  std::string_view after = "said_after";
  std::string_view before = "said_before";
};
// ValidateDate (common/dates.h) on each non-empty date: InvalidArgument
// `said_after: "2020-13-45" is not a date (expected YYYY-MM-DD)`.
absl::Status CheckDateRange(std::string_view after, std::string_view before,
                            const DateFieldNames& names = {});

// Short human label of a node ("Samantha Power", a claim's first words, ...).
std::string NodeLabel(const v1::Node& node);

bool IsConflictEdge(v1::EdgeType type);

// A claim view's provenance entry for its report `report` (a REPORTED_IN
// edge) in article `article` (node `article_id`): the article, the spans and
// cue the edge records, `speaker` when the claim has one, `via_name` (its
// relay's name, or empty).
v1::ClaimProvenance ProvenanceOf(const v1::Edge& report, NodeId article_id,
                                 const v1::Article& article, const v1::SourceRef* speaker,
                                 const std::string& via_name);

// Composes API views from the graph's nodes and edges (a GraphStore, or an
// article's batch over it). Each node is read once however often it recurs: a
// page of one speaker's claims reads the speaker once, claims of one article
// read it once, and so on. Not thread-safe; make one per request.
class ViewReader {
 public:
  explicit ViewReader(const GraphReads& store) : store_(store) {}

  // The claim with its speaker, provenance per carrying article, entities and
  // conflict edges, composed from the graph: what the claim's view record
  // holds (ClaimViewOf reads that). NotFound when `claim` is absent.
  absl::StatusOr<v1::ClaimView> Claim(NodeId claim);
  absl::StatusOr<v1::SourceView> Source(NodeId source);
  // A conflict edge with both claims' speakers and contents.
  absl::StatusOr<v1::ContradictionView> Contradiction(const v1::Edge& edge);

 private:
  absl::StatusOr<const v1::Node*> Node(NodeId id);
  // The first speaker (ASSERTED in-edge) of a claim, or nullptr.
  const v1::Node* SpeakerOf(NodeId claim);

  const GraphReads& store_;
  std::unordered_map<NodeId, v1::Node> nodes_;
  std::unordered_map<NodeId, NodeId> speakers_;  // claim -> source (0: none)
};

// A claim's view as its view record holds it (one read; GetClaim): equal to
// ViewReader::Claim of the store. InvalidArgument for an id that is not a
// claim's, NotFound "no node ID" when the claim is absent.
absl::StatusOr<v1::ClaimView> ClaimViewOf(const GraphStore& store, NodeId claim);
// The view records of `claims` in their order, with one MultiGet (a page of
// ListClaims, SearchClaims); errors as ClaimViewOf, for the first that fails.
absl::StatusOr<std::vector<v1::ClaimView>> ClaimViewsOf(const GraphStore& store,
                                                        const std::vector<NodeId>& claims);
// A one-off view (a reader per call).
absl::StatusOr<v1::SourceView> SourceViewOf(const GraphStore& store, NodeId source);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_VIEWS_H_
