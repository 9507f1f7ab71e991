// libFuzzer target for the gRPC request handlers (issue 13). The first byte of
// the input picks the method, the rest parses as that method's request proto,
// and ClaimGraphServiceImpl answers it in-process against a small store (the
// example articles) built once in a temporary directory. A name field "#k" is
// replaced by the resource name of the store's k-th node, so that the fuzzer
// reaches real claims, sources and entities as well as bad names. Every
// handler must answer with a status, never crash, hang or leak; an OK answer
// must be well formed (a page no larger than the page size asked for).
// IngestDocuments (a client stream) is not driven: its per-document path is
// DocumentFromText + Extract + Ingest, which fuzz_extract and fuzz_jsonl cover.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <google/protobuf/stubs/logging.h>
#include <grpcpp/grpcpp.h>

#include "graph/store.h"
#include "graph/subgraph.h"
#include "graph/views.h"
#include "ingest/document.h"
#include "ingest/extraction.h"
#include "query/service.h"

namespace {

using namespace claimgraph;

struct Fixture {
  std::unique_ptr<graph::GraphStore> store;
  query::Authenticator open;  // no token file: every call is let in
  std::unique_ptr<query::ClaimGraphServiceImpl> service;
  std::vector<std::string> names;  // resource names of every node

  Fixture() {
    // A string field with invalid UTF-8 fails to parse (as it does in gRPC);
    // protobuf's log line for each would only slow the fuzzer down.
    google::protobuf::SetLogHandler(nullptr);
    std::string dir = (std::filesystem::temp_directory_path() / "fuzz-service-XXXXXX").string();
    if (mkdtemp(dir.data()) == nullptr) std::abort();
    store = graph::GraphStore::Open(dir + "/store").value();
    auto extractor = ingest::Extractor::Create().value();
    for (const auto& entry : std::filesystem::directory_iterator(
             std::string(CLAIMGRAPH_SOURCE_DIR) + "/examples/articles")) {
      (void)ingest::ReadDocuments(entry.path().string(), ingest::InputFormat::kText,
                                  [&](absl::StatusOr<ingest::Document> doc) {
                                    if (!doc.ok()) std::abort();
                                    auto extraction = extractor->Extract(*doc);
                                    if (!extraction.ok() ||
                                        !store->Ingest(*doc, *extraction).ok()) {
                                      std::abort();
                                    }
                                  });
    }
    for (v1::NodeKind kind : {v1::ARTICLE, v1::STORY, v1::SOURCE, v1::CLAIM, v1::ENTITY}) {
      (void)store->VisitNodes(kind, [&](const v1::Node& node) {
        names.push_back(graph::ResourceName(node.id()));
        return true;
      });
    }
    if (names.empty()) std::abort();
    service = std::make_unique<query::ClaimGraphServiceImpl>(store.get(), &open, "",
                                                             query::StreamLimits{},
                                                             /*walk_slots=*/1);
  }

  // "#k" -> the k-th node's resource name; anything else unchanged.
  void Resolve(std::string* name) const {
    if (name->size() < 2 || (*name)[0] != '#') return;
    std::size_t k = 0;
    for (char c : name->substr(1)) k = k * 10 + static_cast<unsigned char>(c) % 10;
    *name = names[k % names.size()];
  }
};

template <typename Request>
bool Parse(const uint8_t* data, size_t size, Request* request) {
  return request->ParseFromArray(data, static_cast<int>(size));
}

void CheckPage(const grpc::Status& status, int returned, int32_t page_size) {
  if (!status.ok()) return;
  int limit = page_size <= 0 ? 50 : std::min(page_size, 500);
  if (returned > limit) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Fixture* fixture = new Fixture();
  if (size < 1) return 0;
  query::ClaimGraphServiceImpl& service = *fixture->service;
  grpc::ServerContext context;
  const uint8_t method = data[0] % 8;
  ++data;
  --size;
  switch (method) {
    case 0: {
      v1::GetClaimRequest request;
      if (!Parse(data, size, &request)) return 0;
      fixture->Resolve(request.mutable_name());
      v1::ClaimView response;
      (void)service.DoGetClaim(&context, &request, &response);
      break;
    }
    case 1: {
      v1::ListClaimsRequest request;
      if (!Parse(data, size, &request)) return 0;
      fixture->Resolve(request.mutable_speaker());
      fixture->Resolve(request.mutable_entity());
      fixture->Resolve(request.mutable_article());
      v1::ListClaimsResponse response;
      auto status = service.DoListClaims(&context, &request, &response);
      CheckPage(status, response.claims_size(), request.page_size());
      break;
    }
    case 2: {
      v1::GetSourceRequest request;
      if (!Parse(data, size, &request)) return 0;
      fixture->Resolve(request.mutable_name());
      v1::SourceView response;
      (void)service.DoGetSource(&context, &request, &response);
      break;
    }
    case 3: {
      v1::ListSourcesRequest request;
      if (!Parse(data, size, &request)) return 0;
      v1::ListSourcesResponse response;
      auto status = service.DoListSources(&context, &request, &response);
      CheckPage(status, response.sources_size(), request.page_size());
      break;
    }
    case 4: {
      v1::TraverseRequest request;
      if (!Parse(data, size, &request)) return 0;
      fixture->Resolve(request.mutable_name());
      v1::Subgraph response;
      auto status = service.Traverse(&context, &request, &response);
      if (status.ok() && response.nodes_size() > graph::kMaxNodesLimit) __builtin_trap();
      break;
    }
    case 5: {
      v1::ExportSubgraphRequest request;
      if (!Parse(data, size, &request)) return 0;
      fixture->Resolve(request.mutable_name());
      v1::ExportSubgraphResponse response;
      auto status = service.ExportSubgraph(&context, &request, &response);
      if (status.ok() && response.data().empty()) __builtin_trap();
      break;
    }
    case 7: {
      v1::SearchClaimsRequest request;
      if (!Parse(data, size, &request)) return 0;
      fixture->Resolve(request.mutable_speaker());
      fixture->Resolve(request.mutable_entity());
      fixture->Resolve(request.mutable_article());
      v1::SearchClaimsResponse response;
      auto status = service.SearchClaims(&context, &request, &response);
      CheckPage(status, response.hits_size(), request.page_size());
      if (status.ok() && response.total_size() < response.hits_size()) __builtin_trap();
      break;
    }
    default: {
      v1::ListContradictionsRequest request;
      if (!Parse(data, size, &request)) return 0;
      fixture->Resolve(request.mutable_claim());
      fixture->Resolve(request.mutable_speaker());
      fixture->Resolve(request.mutable_entity());
      v1::ListContradictionsResponse response;
      auto status = service.DoListContradictions(&context, &request, &response);
      CheckPage(status, response.contradictions_size(), request.page_size());
      break;
    }
  }
  return 0;
}
