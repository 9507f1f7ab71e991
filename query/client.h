// Client-side helpers shared by the CLI and the tests.
#ifndef CLAIMGRAPH_QUERY_CLIENT_H_
#define CLAIMGRAPH_QUERY_CLIENT_H_

#include <chrono>
#include <memory>

#include "absl/status/statusor.h"

namespace grpc {
class Channel;
}

namespace claimgraph::query {

// Calls grpc.health.v1.Health/Check for the whole server with a deadline.
// Returns true for SERVING, false for any other serving status, or the call's
// error (Unavailable, DeadlineExceeded, ...).
absl::StatusOr<bool> CheckHealth(const std::shared_ptr<grpc::Channel>& channel,
                                 std::chrono::milliseconds deadline);

}  // namespace claimgraph::query

#endif  // CLAIMGRAPH_QUERY_CLIENT_H_
