#include "exit.h"

#include <iostream>

#include "absl/strings/cord.h"
#include "common/strings.h"

namespace claimgraph::cli {
namespace {

// Mark the statuses DocumentsFailed and UsageError make, so that no other
// error, whatever its code (a server's, a store's), is taken for them.
constexpr char kDocumentsFailedPayload[] = "claimgraph.cli/documents-failed";
constexpr char kUsagePayload[] = "claimgraph.cli/usage";

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

absl::Status UsageError(absl::Status status) {
  if (!status.ok()) status.SetPayload(kUsagePayload, absl::Cord());
  return status;
}

absl::Status UsageError(std::string_view message) {
  return UsageError(absl::InvalidArgumentError(absl::string_view(message.data(), message.size())));
}

int ReportAndExitCode(const absl::Status& status) {
  if (status.ok()) return kExitOk;
  PrintError(ToStd(status.message()));
  if (status.GetPayload(kUsagePayload).has_value()) return kExitUsage;
  return status.GetPayload(kDocumentsFailedPayload).has_value() ? kExitDocumentsFailed
                                                                : kExitError;
}

void ReportDocumentError(std::string_view what, const absl::Status& status) {
  PrintError(what.empty() ? Cat(status.message()) : Cat(what, ": ", status.message()));
}

void ReportWarning(std::string_view message) { PrintError(Cat("warning: ", message)); }

}  // namespace claimgraph::cli
