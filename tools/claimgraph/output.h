// How the CLI prints views: human-readable tables by default, JSON with --json.
// The same printers serve `inspect` (direct store reads) and `query` (gRPC).
#ifndef CLAIMGRAPH_TOOLS_CLAIMGRAPH_OUTPUT_H_
#define CLAIMGRAPH_TOOLS_CLAIMGRAPH_OUTPUT_H_

#include <ostream>
#include <vector>

#include "absl/status/statusor.h"
#include "claimgraph/v1/service.pb.h"

namespace claimgraph::cli {

// [{"id","speaker","content","kind","said_on","cue","cue_class",
//   "articles":[doc_id,...],"independent_reports","provenance":[{"doc_id",
//   "outlet","content","cue","source","via","via_name","extractor_version"}],
//   "contradictions":[{"type","a","b","reason"}]}, ...]; spans are
//   {"start","end","text"} (UTF-8 byte offsets) or null; cue_class is null for
//   a claim stored before extract-0.9 (pinned by tests/cli/cli_test.cc)
void PrintClaimsJson(std::ostream& out, const std::vector<v1::ClaimView>& claims);
// Grouped by speaker, each claim with its id, date, kind, content and articles.
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

// Export formats: "graphml", "dot", "json" or "svg" (DOT rendered by Graphviz).
// The format of an export to `output`: `format` when given (--json: "json"),
// else the file's suffix (.graphml, .dot/.gv, .json, .svg), else graphml. A usage
// error when they disagree, or when SVG would go to stdout.
absl::StatusOr<std::string> ExportFormatFor(std::string format, bool json,
                                            const std::string& output);
// The format the server renders: DOT for "svg".
v1::ExportFormat ProtoExportFormat(const std::string& format);
// Writes rendered `data` (SVG: the DOT that Graphviz's dot renders) to `output`
// ("-": stdout), and notes on stderr when the subgraph was cut at the node cap.
absl::Status WriteExportFile(const std::string& data, const std::string& format,
                             const std::string& output, bool truncated);

std::string SourceKindName(v1::SourceKind kind);  // "person", "organisation", ...
std::string ClaimKindName(v1::ClaimKind kind);    // "direct", ...
std::string ConflictTypeName(v1::EdgeType type);  // "contradicts", "rebuts", ...

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_TOOLS_CLAIMGRAPH_OUTPUT_H_
