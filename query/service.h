// ClaimGraphService handlers (internal to query/; servers are made through
// query/server.h).
#ifndef CLAIMGRAPH_QUERY_SERVICE_H_
#define CLAIMGRAPH_QUERY_SERVICE_H_

#include <map>
#include <mutex>
#include <string>

#include "claimgraph/v1/service.grpc.pb.h"
#include "graph/conflicts.h"
#include "graph/store.h"
#include "ingest/extraction.h"
#include "query/auth.h"
#include "query/server.h"
#include "query/walk_slots.h"

namespace claimgraph::query {

// The quick reads (GetClaim, GetSource and the listings) are served through
// gRPC's callback API, on the thread that read the call: the sync API hands
// every call from that thread to a worker of its pool, and on two cores those
// hand-offs cost more than the reads (bench/README.md, issue 15).
// The walks, the ingest stream, backups and search stay on the sync API: a
// call that works for milliseconds must not hold up the threads that read
// the others.
using ServiceBase = v1::ClaimGraphService::WithCallbackMethod_GetClaim<
    v1::ClaimGraphService::WithCallbackMethod_ListClaims<
        v1::ClaimGraphService::WithCallbackMethod_GetSource<
            v1::ClaimGraphService::WithCallbackMethod_ListSources<
                v1::ClaimGraphService::WithCallbackMethod_ListContradictions<
                    v1::ClaimGraphService::Service>>>>>;

class ClaimGraphServiceImpl final : public ServiceBase {
 public:
  // `store` and `auth` are not owned. `backup_dir`: where CreateBackup writes
  // (empty: CreateBackup is refused). `walk_slots`: ServerOptions::walk_slots.
  ClaimGraphServiceImpl(graph::GraphStore* store, const Authenticator* auth,
                        std::string backup_dir, const StreamLimits& limits,
                        int walk_slots);

  grpc::ServerUnaryReactor* GetClaim(grpc::CallbackServerContext*, const v1::GetClaimRequest*,
                                     v1::ClaimView*) override;
  grpc::ServerUnaryReactor* ListClaims(grpc::CallbackServerContext*,
                                       const v1::ListClaimsRequest*,
                                       v1::ListClaimsResponse*) override;
  grpc::ServerUnaryReactor* GetSource(grpc::CallbackServerContext*,
                                      const v1::GetSourceRequest*, v1::SourceView*) override;
  grpc::ServerUnaryReactor* ListSources(grpc::CallbackServerContext*,
                                        const v1::ListSourcesRequest*,
                                        v1::ListSourcesResponse*) override;
  grpc::Status Traverse(grpc::ServerContext*, const v1::TraverseRequest*,
                        v1::Subgraph*) override;
  grpc::Status ExportSubgraph(grpc::ServerContext*, const v1::ExportSubgraphRequest*,
                              v1::ExportSubgraphResponse*) override;
  grpc::ServerUnaryReactor* ListContradictions(grpc::CallbackServerContext*,
                                               const v1::ListContradictionsRequest*,
                                               v1::ListContradictionsResponse*) override;
  grpc::Status IngestDocuments(grpc::ServerContext*,
                               grpc::ServerReader<v1::IngestDocumentsRequest>*,
                               v1::IngestDocumentsResponse*) override;
  grpc::Status CreateBackup(grpc::ServerContext*, const v1::CreateBackupRequest*,
                            v1::CreateBackupResponse*) override;
  grpc::Status SearchClaims(grpc::ServerContext*, const v1::SearchClaimsRequest*,
                            v1::SearchClaimsResponse*) override;

  // The callback methods' bodies, which answer into `response` and return
  // the call's status: callable in-process (fuzz/fuzz_service.cc).
  grpc::Status DoGetClaim(grpc::ServerContextBase*, const v1::GetClaimRequest*,
                          v1::ClaimView*);
  grpc::Status DoListClaims(grpc::ServerContextBase*, const v1::ListClaimsRequest*,
                            v1::ListClaimsResponse*);
  grpc::Status DoGetSource(grpc::ServerContextBase*, const v1::GetSourceRequest*,
                           v1::SourceView*);
  grpc::Status DoListSources(grpc::ServerContextBase*, const v1::ListSourcesRequest*,
                             v1::ListSourcesResponse*);
  grpc::Status DoListContradictions(grpc::ServerContextBase*,
                                    const v1::ListContradictionsRequest*,
                                    v1::ListContradictionsResponse*);

 private:
  // Stores one streamed document, recorded as ingested by `token_name`;
  // warnings (an unreadable date) go to `result`.
  absl::StatusOr<graph::IngestOutcome> IngestOne(
      ingest::Extractor& extractor, const v1::IngestDocumentsRequest& request,
      std::string_view token_name, v1::DocumentResult* result);

  // Traverse and ExportSubgraph: resolves `name`, waits for a walk slot
  // (walks_), walks `depth` (0: 1) hops and calls `answer` with the subgraph
  // while the slot is still held (rendering is work too). Cancelled when the
  // caller goes while waiting its turn.
  absl::Status Walk(grpc::ServerContext* context, const std::string& name, int depth,
                    int max_nodes, const std::function<absl::Status(v1::Subgraph&)>& answer);

  // RESOURCE_EXHAUSTED when `client` has max_streams_per_client streams open;
  // else counts one more until EndStream.
  absl::Status BeginStream(const std::string& client);
  void EndStream(const std::string& client);

  graph::GraphStore* store_;
  const Authenticator* auth_;
  std::string backup_dir_;
  StreamLimits limits_;
  std::mutex streams_mu_;
  std::map<std::string, int> open_streams_;  // by client; guarded by streams_mu_
  WalkSlots walks_;  // Traverse and ExportSubgraph
};

}  // namespace claimgraph::query

#endif  // CLAIMGRAPH_QUERY_SERVICE_H_
