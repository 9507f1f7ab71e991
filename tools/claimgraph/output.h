// How the CLI prints views: human-readable tables by default, JSON with --json.
// The same printers serve `inspect` (direct store reads) and `query` (gRPC).
#ifndef CLAIMGRAPH_TOOLS_CLAIMGRAPH_OUTPUT_H_
#define CLAIMGRAPH_TOOLS_CLAIMGRAPH_OUTPUT_H_

#include <ostream>
#include <vector>

#include "claimgraph/v1/service.pb.h"

namespace claimgraph::cli {

// [{"id","speaker","content","kind","said_on","cue","cue_class","articles":[doc_id,...],
//   "independent_reports"}, ...] (pinned by tests/cli/cli_test.cc); cue_class is
// null for a claim stored before extract-0.9.
void PrintClaimsJson(std::ostream& out, const std::vector<v1::ClaimView>& claims);
// Grouped by speaker, each claim with its date, kind, content and articles.
void PrintClaimsTable(std::ostream& out, const std::vector<v1::ClaimView>& claims);
// One claim with its full provenance.
void PrintClaimDetail(std::ostream& out, const v1::ClaimView& claim);

// [{"id","name","kind","aliases":[...],"claims":N}, ...]
void PrintSourcesJson(std::ostream& out, const std::vector<v1::SourceView>& sources);
void PrintSourcesTable(std::ostream& out, const std::vector<v1::SourceView>& sources);

// [{"type","a":{"claim_id","speaker","content"},"b":{...},"reason","confidence"}]
void PrintContradictionsJson(std::ostream& out,
                             const std::vector<v1::ContradictionView>& items);
void PrintContradictionsTable(std::ostream& out,
                              const std::vector<v1::ContradictionView>& items);

std::string SourceKindName(v1::SourceKind kind);  // "person", "organisation", ...
std::string ClaimKindName(v1::ClaimKind kind);    // "direct", ...
std::string ConflictTypeName(v1::EdgeType type);  // "contradicts", "rebuts", ...

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_TOOLS_CLAIMGRAPH_OUTPUT_H_
