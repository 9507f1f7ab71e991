// Client-side helpers shared by the CLI and the tests.
#ifndef CLAIMGRAPH_QUERY_CLIENT_H_
#define CLAIMGRAPH_QUERY_CLIENT_H_

#include <chrono>
#include <memory>
#include <string>

#include "absl/status/statusor.h"

namespace grpc {
class Channel;
}

namespace claimgraph::query {

// The name under which the server reports the health of the claimgraph service
// (grpc.health.v1): SERVING while it serves, NOT_SERVING once shutdown starts.
inline constexpr char kServiceName[] = "claimgraph.v1.ClaimGraphService";

// Calls grpc.health.v1.Health/Check for `service` (empty: the whole server)
// with a deadline. Returns true for SERVING, false for any other serving
// status, or the call's error (Unavailable, DeadlineExceeded, NotFound for a
// service the server does not know, ...).
absl::StatusOr<bool> CheckHealth(const std::shared_ptr<grpc::Channel>& channel,
                                 std::chrono::milliseconds deadline,
                                 const std::string& service = kServiceName);

}  // namespace claimgraph::query

#endif  // CLAIMGRAPH_QUERY_CLIENT_H_
