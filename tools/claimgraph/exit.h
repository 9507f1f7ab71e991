// The one place where claimgraph turns a command's result into what the user
// sees: an error line on stderr and the exit status.
//
//   0  the command did what was asked
//   1  an error stopped it (usage, validation, store, server), or the answer
//      is "no" (`check` found problems, `query health` is not serving)
//   2  a batch ran to its end but some documents failed; each was reported by
//      name as it failed and the others landed
//
// Every error is printed once, as "claimgraph: <message>".
#ifndef CLAIMGRAPH_TOOLS_CLAIMGRAPH_EXIT_H_
#define CLAIMGRAPH_TOOLS_CLAIMGRAPH_EXIT_H_

#include <string_view>

#include "absl/status/status.h"

namespace claimgraph::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;
inline constexpr int kExitDocumentsFailed = 2;

// OK when `failed` is 0, else the status of a batch that lost `failed`
// documents ("N document(s) failed", exit 2).
absl::Status DocumentsFailed(int failed);

// Prints "claimgraph: <message>" on stderr unless `status` is OK, and returns
// the exit status above.
int ReportAndExitCode(const absl::Status& status);

// During a batch: "claimgraph: <what>: <message>" (or "claimgraph: <message>"
// when `what` is empty) for one document or file that failed; the batch goes on.
void ReportDocumentError(std::string_view what, const absl::Status& status);

// "claimgraph: warning: <message>" on stderr: something was wrong with a
// document that still went on (a date that cannot be read); no exit status.
void ReportWarning(std::string_view message);

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_TOOLS_CLAIMGRAPH_EXIT_H_
