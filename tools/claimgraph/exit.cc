#include "exit.h"

#include <iostream>

#include "absl/strings/cord.h"
#include "common/strings.h"

namespace claimgraph::cli {
namespace {

// Marks the status DocumentsFailed makes, so that no other error, whatever
// its code (a server's, a store's), is taken for a batch with failures.
constexpr char kDocumentsFailedPayload[] = "claimgraph.cli/documents-failed";

void PrintError(std::string_view message) {
  std::cerr << "claimgraph: " << message << "\n";
}

}  // namespace

absl::Status DocumentsFailed(int failed) {
  if (failed == 0) return absl::OkStatus();
  absl::Status status = absl::AbortedError(Cat(failed, " document(s) failed"));
  status.SetPayload(kDocumentsFailedPayload, absl::Cord());
  return status;
}

int ReportAndExitCode(const absl::Status& status) {
  if (status.ok()) return kExitOk;
  PrintError(ToStd(status.message()));
  return status.GetPayload(kDocumentsFailedPayload).has_value() ? kExitDocumentsFailed
                                                                : kExitError;
}

void ReportDocumentError(std::string_view what, const absl::Status& status) {
  PrintError(what.empty() ? Cat(status.message()) : Cat(what, ": ", status.message()));
}

void ReportWarning(std::string_view message) { PrintError(Cat("warning: ", message)); }

}  // namespace claimgraph::cli
