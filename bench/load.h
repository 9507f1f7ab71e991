// An asynchronous gRPC load generator (one CompletionQueue per client thread,
// a fixed number of outstanding calls each) for bench_query and soak.
#ifndef CLAIMGRAPH_BENCH_LOAD_H_
#define CLAIMGRAPH_BENCH_LOAD_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"

namespace grpc {
class Channel;
}

namespace claimgraph::bench {

enum class Rpc {
  kEmpty,               // grpc.health.v1.Health/Check through the generic stub
  kGetClaim,            // GetClaim of a random claim
  kListClaims,          // ListClaims by a random speaker, page_size 50
  kListClaimsByEntity,  // ListClaims by a random entity, page_size 50
  kListContradictions,  // ListContradictions by a random entity, page_size 50
  kListContradictionsBySpeaker,  // ListContradictions by a random speaker, page_size 50
  kTraverse,            // Traverse depth 2 from a random claim
  kExportSubgraph,      // ExportSubgraph depth 2 from a random claim, GraphML
};
std::string_view RpcName(Rpc rpc);

// Resource names and speaker/entity names to draw requests from.
struct Targets {
  std::vector<std::string> claims;    // "claims/{id}"
  std::vector<std::string> speakers;  // "sources/{id}" with at least one claim
  std::vector<std::string> entities;  // "entities/{id}"
};
// Up to `n` of each, spread over the id space (ids are hashes, so the first
// n in key order are a uniform sample).
absl::StatusOr<Targets> SampleTargets(const graph::GraphStore& store, int n);

struct LoadOptions {
  int threads = 1;          // client threads, one CompletionQueue each
  int concurrency = 16;     // outstanding calls in total
  double seconds = 5;       // stop starting calls after this long...
  uint64_t max_calls = 0;   // ...or after this many calls (0: no limit)
  int deadline_ms = 2000;   // deadline of every call
  uint64_t seed = 1;
  // Called (from one client thread at a time) every `progress_every` completed
  // calls with the number completed so far.
  uint64_t progress_every = 0;
  std::function<void(uint64_t)> progress;
};

struct LoadResult {
  std::vector<uint32_t> latencies_us;  // sorted, one per completed call
  uint64_t errors = 0;                 // calls that did not end OK
  std::string first_error;
  double seconds = 0;  // wall time from the first start to the last completion
};

// Runs calls of `rpcs` (round-robin per call) against `channel`.
LoadResult RunLoad(const std::shared_ptr<grpc::Channel>& channel,
                   const std::vector<Rpc>& rpcs, const Targets& targets,
                   const LoadOptions& options);

}  // namespace claimgraph::bench

#endif  // CLAIMGRAPH_BENCH_LOAD_H_
