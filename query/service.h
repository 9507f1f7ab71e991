// ClaimGraphService handlers (internal to query/; servers are made through
// query/server.h).
#ifndef CLAIMGRAPH_QUERY_SERVICE_H_
#define CLAIMGRAPH_QUERY_SERVICE_H_

#include <string>

#include "claimgraph/v1/service.grpc.pb.h"
#include "graph/conflicts.h"
#include "graph/store.h"
#include "ingest/extraction.h"

namespace claimgraph::query {

class ClaimGraphServiceImpl final : public v1::ClaimGraphService::Service {
 public:
  // `store` is not owned. An empty `auth_token` leaves ingest open.
  ClaimGraphServiceImpl(graph::GraphStore* store, std::string auth_token);

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
  grpc::Status SearchClaims(grpc::ServerContext*, const v1::SearchClaimsRequest*,
                            v1::SearchClaimsResponse*) override;

 private:
  // Stores one streamed document; warnings (an unreadable date) go to `result`.
  absl::StatusOr<graph::IngestOutcome> IngestOne(
      ingest::Extractor& extractor, const v1::IngestDocumentsRequest& request,
      v1::DocumentResult* result);

  graph::GraphStore* store_;
  std::string auth_token_;
};

}  // namespace claimgraph::query

#endif  // CLAIMGRAPH_QUERY_SERVICE_H_
