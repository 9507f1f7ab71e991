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

namespace claimgraph::query {

class ClaimGraphServiceImpl final : public v1::ClaimGraphService::Service {
 public:
  // `store` and `auth` are not owned. `backup_dir`: where CreateBackup writes
  // (empty: CreateBackup is refused).
  ClaimGraphServiceImpl(graph::GraphStore* store, const Authenticator* auth,
                        std::string backup_dir, const StreamLimits& limits);

  grpc::Status GetClaim(grpc::ServerContext*, const v1::GetClaimRequest*,
                        v1::ClaimView*) override;
  grpc::Status ListClaims(grpc::ServerContext*, const v1::ListClaimsRequest*,
                          v1::ListClaimsResponse*) override;
  grpc::Status GetSource(grpc::ServerContext*, const v1::GetSourceRequest*,
                         v1::SourceView*) override;
  grpc::Status ListSources(grpc::ServerContext*, const v1::ListSourcesRequest*,
                           v1::ListSourcesResponse*) override;
  grpc::Status Traverse(grpc::ServerContext*, const v1::TraverseRequest*,
                        v1::Subgraph*) override;
  grpc::Status ExportSubgraph(grpc::ServerContext*, const v1::ExportSubgraphRequest*,
                              v1::ExportSubgraphResponse*) override;
  grpc::Status ListContradictions(grpc::ServerContext*,
                                  const v1::ListContradictionsRequest*,
                                  v1::ListContradictionsResponse*) override;
  grpc::Status IngestDocuments(grpc::ServerContext*,
                               grpc::ServerReader<v1::IngestDocumentsRequest>*,
                               v1::IngestDocumentsResponse*) override;
  grpc::Status CreateBackup(grpc::ServerContext*, const v1::CreateBackupRequest*,
                            v1::CreateBackupResponse*) override;
  grpc::Status SearchClaims(grpc::ServerContext*, const v1::SearchClaimsRequest*,
                            v1::SearchClaimsResponse*) override;

 private:
  // Stores one streamed document, recorded as ingested by `token_name`;
  // warnings (an unreadable date) go to `result`.
  absl::StatusOr<graph::IngestOutcome> IngestOne(
      ingest::Extractor& extractor, const v1::IngestDocumentsRequest& request,
      std::string_view token_name, v1::DocumentResult* result);

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
};

}  // namespace claimgraph::query

#endif  // CLAIMGRAPH_QUERY_SERVICE_H_
