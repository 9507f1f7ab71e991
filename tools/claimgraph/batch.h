// The document loop of the batch commands (extract, ingest, query ingest).
#ifndef CLAIMGRAPH_TOOLS_CLAIMGRAPH_BATCH_H_
#define CLAIMGRAPH_TOOLS_CLAIMGRAPH_BATCH_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "ingest/document.h"

namespace claimgraph::cli {

// Reads every document of `files` (`input`: auto, text or jsonl) and calls
// `process` on each. A document that cannot be read or that `process` fails
// is reported as "claimgraph: <what>: <message>", a file that cannot be read
// as "claimgraph: <message>", and the loop goes on; a document's warnings (an
// unreadable date) are reported as "claimgraph: warning: <warning>" and the
// document is processed. Returns how many failed.
int ForEachDocument(const std::vector<std::string>& files, std::string_view input,
                    std::string_view what,
                    const std::function<absl::Status(const ingest::Document&)>& process);

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_TOOLS_CLAIMGRAPH_BATCH_H_
