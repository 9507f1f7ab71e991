// The one place where claimgraph turns a command's result into what the user
// sees: an error line on stderr and the exit status.
//
//   0   the command did what was asked
//   1   an error stopped it (a store that cannot be opened, a store that
//       cannot write: a full disk stops a batch at the first document that
//       does not fit, a name that is not found, a server error), or the
//       answer is "no" (`check` found
//       problems, `query health` is not serving)
//   2   a batch ran to its end but some documents failed; each was reported by
//       name as it failed and the others landed
//   64  usage error (sysexits EX_USAGE): a flag or argument that the command
//       does not take, or a flag value it refuses (a bad date, an unknown
//       --type, an export format that contradicts the file's suffix); nothing
//       was read or written
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
inline constexpr int kExitUsage = 64;

// OK when `failed` is 0, else the status of a batch that lost `failed`
// documents ("N document(s) failed", exit 2).
absl::Status DocumentsFailed(int failed);

// `status` (when not OK) marked as a usage error (exit 64). Only the CLI's own
// checks of what the user typed are marked: a server's or store's
// INVALID_ARGUMENT stays an error (exit 1).
absl::Status UsageError(absl::Status status);
absl::Status UsageError(std::string_view message);  // an InvalidArgument

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
