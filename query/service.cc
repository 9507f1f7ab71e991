// The gRPC handlers: validate, call graph/, convert the status (in ToGrpc only).
#include "query/service.h"

#include <algorithm>
#include <chrono>
#include <functional>

#include "query/names.h"
#include "query/search.h"
#include "query/server.h"

#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/subgraph.h"
#include "graph/views.h"
#include "ingest/extraction.h"

namespace claimgraph::query {
namespace {

using graph::NodeId;

// Error messages may echo request fields (a name, a token): cut them so a
// 10 MB name cannot make a status larger than the HTTP/2 trailers allow.
inline constexpr std::size_t kMaxErrorMessageBytes = 512;

grpc::Status ToGrpc(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  std::string message(ToStd(status.message()));
  if (message.size() > kMaxErrorMessageBytes) {
    std::size_t cut = kMaxErrorMessageBytes;
    while (cut > 0 && (static_cast<uint8_t>(message[cut]) & 0xC0) == 0x80) --cut;
    message = Cat(message.substr(0, cut), "... (", message.size(), " bytes)");
  }
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()), message);
}

absl::StatusOr<int> PageSize(int32_t requested) {
  if (requested < 0) {
    return absl::InvalidArgumentError("page_size must not be negative");
  }
  if (requested == 0) return kDefaultPageSize;
  return std::min<int>(requested, kMaxPageSize);
}

// The first line of every method but IngestDocuments (which keeps the
// token's name): the call's token must have `scope`, as
// Authenticator::Authorize decides; UNAUTHENTICATED or PERMISSION_DENIED
// otherwise. gRPC 1.51 offers no other single point for plaintext servers:
// AuthMetadataProcessor runs only under TLS, and a server interceptor cannot
// answer a call with a status. server_test checks every method of the
// service descriptor against it.
#define CLAIMGRAPH_ADMIT(context, scope)                                \
  if (auto admitted = auth_->Authorize(*(context), (scope)); !admitted.ok()) \
    return ToGrpc(admitted.status());

// The claim filter of a ListClaims or SearchClaims request (the same fields).
template <typename Request>
absl::StatusOr<graph::ClaimFilter> ClaimFilterOfRequest(const graph::GraphStore& store,
                                                        const Request& request) {
  std::vector<v1::CueClass> cue_classes;
  for (int value : request.cue_class()) cue_classes.push_back(static_cast<v1::CueClass>(value));
  return ClaimFilterOf(store, {.speaker = request.speaker(),
                               .entity = request.entity(),
                               .article = request.article(),
                               .said_after = request.said_after(),
                               .said_before = request.said_before(),
                               .cue_classes = std::move(cue_classes)});
}

// Get{Claim,Source}: parse the resource name, build the view, and report a
// missing resource by the name the caller gave.
template <typename View, typename Response>
grpc::Status GetResource(const std::string& name, v1::NodeKind kind,
                         const std::function<absl::StatusOr<View>(graph::NodeId)>& view_of,
                         Response* response) {
  auto id = graph::ParseResourceName(name, kind);
  if (!id.ok()) return ToGrpc(id.status());
  auto view = view_of(*id);
  if (absl::IsNotFound(view.status())) {
    return ToGrpc(absl::NotFoundError(Cat(name, " not found")));
  }
  if (!view.ok()) return ToGrpc(view.status());
  *response = *std::move(view);
  return grpc::Status::OK;
}

}  // namespace

ClaimGraphServiceImpl::ClaimGraphServiceImpl(graph::GraphStore* store,
                                             const Authenticator* auth,
                                             std::string backup_dir,
                                             const StreamLimits& limits,
                                             int walk_slots)
    : store_(store),
      auth_(auth),
      backup_dir_(std::move(backup_dir)),
      limits_(limits),
      walks_(walk_slots) {}

absl::Status ClaimGraphServiceImpl::BeginStream(const std::string& client) {
  std::lock_guard<std::mutex> lock(streams_mu_);
  int& open = open_streams_[client];
  if (open >= limits_.max_streams_per_client) {
    return absl::ResourceExhaustedError(
        Cat(client, " has ", open, " ingest streams open, the most a client may; "
            "finish one first"));
  }
  ++open;
  return absl::OkStatus();
}

void ClaimGraphServiceImpl::EndStream(const std::string& client) {
  std::lock_guard<std::mutex> lock(streams_mu_);
  if (--open_streams_[client] <= 0) open_streams_.erase(client);
}

grpc::Status ClaimGraphServiceImpl::DoGetClaim(grpc::ServerContextBase* context,
                                             const v1::GetClaimRequest* request,
                                             v1::ClaimView* response) {
  CLAIMGRAPH_ADMIT(context, Scope::kRead);
  return GetResource<v1::ClaimView>(
      request->name(), v1::CLAIM,
      [&](graph::NodeId id) { return graph::ClaimViewOf(*store_, id); }, response);
}

grpc::Status ClaimGraphServiceImpl::DoListClaims(grpc::ServerContextBase* context,
                                               const v1::ListClaimsRequest* request,
                                               v1::ListClaimsResponse* response) {
  CLAIMGRAPH_ADMIT(context, Scope::kRead);
  auto page_size = PageSize(request->page_size());
  if (!page_size.ok()) return ToGrpc(page_size.status());
  auto filter = ClaimFilterOfRequest(*store_, *request);
  if (!filter.ok()) return ToGrpc(filter.status());
  auto page = store_->ListClaims(*filter, *page_size, request->page_token());
  if (!page.ok()) return ToGrpc(page.status());
  if (context->IsCancelled()) return grpc::Status::CANCELLED;
  auto views = graph::ClaimViewsOf(*store_, page->ids);
  if (!views.ok()) return ToGrpc(views.status());
  for (v1::ClaimView& view : *views) *response->add_claims() = std::move(view);
  response->set_next_page_token(page->next_page_token);
  return grpc::Status::OK;
}

grpc::Status ClaimGraphServiceImpl::SearchClaims(grpc::ServerContext* context,
                                                 const v1::SearchClaimsRequest* request,
                                                 v1::SearchClaimsResponse* response) {
  CLAIMGRAPH_ADMIT(context, Scope::kRead);
  auto page_size = PageSize(request->page_size());
  if (!page_size.ok()) return ToGrpc(page_size.status());
  auto filter = ClaimFilterOfRequest(*store_, *request);
  if (!filter.ok()) return ToGrpc(filter.status());
  std::vector<v1::ClaimKind> kinds;
  for (int value : request->kind()) {
    if (value == v1::CLAIM_KIND_UNSPECIFIED || !v1::ClaimKind_IsValid(value)) {
      return ToGrpc(absl::InvalidArgumentError(
          Cat("kind: ", value, " is not DIRECT, INDIRECT or MIXED")));
    }
    kinds.push_back(static_cast<v1::ClaimKind>(value));
  }
  auto found = query::SearchClaims(*store_, *filter, kinds, request->query(), *page_size,
                                   request->page_token(),
                                   [context] { return context->IsCancelled(); });
  if (!found.ok()) return ToGrpc(found.status());
  std::vector<NodeId> ids;
  for (const ClaimHit& hit : found->hits) ids.push_back(hit.claim);
  auto views = graph::ClaimViewsOf(*store_, ids);
  if (!views.ok()) return ToGrpc(views.status());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    v1::SearchClaimHit* out = response->add_hits();
    *out->mutable_claim() = std::move((*views)[i]);
    out->set_score(found->hits[i].score);
  }
  response->set_next_page_token(found->next_page_token);
  response->set_total_size(found->total);
  return grpc::Status::OK;
}

grpc::Status ClaimGraphServiceImpl::DoGetSource(grpc::ServerContextBase* context,
                                              const v1::GetSourceRequest* request,
                                              v1::SourceView* response) {
  CLAIMGRAPH_ADMIT(context, Scope::kRead);
  return GetResource<v1::SourceView>(
      request->name(), v1::SOURCE,
      [&](graph::NodeId id) { return graph::SourceViewOf(*store_, id); }, response);
}

grpc::Status ClaimGraphServiceImpl::DoListSources(grpc::ServerContextBase* context, const v1::ListSourcesRequest* request,
    v1::ListSourcesResponse* response) {
  CLAIMGRAPH_ADMIT(context, Scope::kRead);
  auto page_size = PageSize(request->page_size());
  if (!page_size.ok()) return ToGrpc(page_size.status());
  if (!request->query().empty()) {
    // A search: every speaker the name may mean (none is an empty answer).
    auto ids = SearchSources(*store_, request->query(), *page_size);
    if (!ids.ok()) return ToGrpc(ids.status());
    graph::ViewReader views(*store_);
    for (NodeId id : *ids) {
      auto view = views.Source(id);
      if (!view.ok()) return ToGrpc(view.status());
      *response->add_sources() = *std::move(view);
    }
    return grpc::Status::OK;
  }
  auto page = store_->ListNodes(v1::SOURCE, *page_size, request->page_token());
  if (!page.ok()) return ToGrpc(page.status());
  for (NodeId id : page->ids) {
    auto view = graph::SourceViewOf(*store_, id);
    if (!view.ok()) return ToGrpc(view.status());
    *response->add_sources() = *std::move(view);
  }
  response->set_next_page_token(page->next_page_token);
  return grpc::Status::OK;
}

absl::Status ClaimGraphServiceImpl::Walk(
    grpc::ServerContext* context, const std::string& name, int depth, int max_nodes,
    const std::function<absl::Status(v1::Subgraph&)>& answer) {
  ASSIGN_OR_RETURN(graph::NodeId id, ResolveNode(*store_, name));
  auto cancelled = [context] { return context->IsCancelled(); };
  WalkSlots::Slot slot = walks_.Acquire(cancelled);
  if (!slot.held()) {
    // As Traverse's own answer when cancelled while walking.
    return absl::CancelledError(
        "traversal cancelled (deadline or client) while waiting its turn");
  }
  ASSIGN_OR_RETURN(v1::Subgraph sub, graph::Traverse(*store_, id, depth == 0 ? 1 : depth,
                                                     max_nodes, cancelled));
  return answer(sub);
}

grpc::Status ClaimGraphServiceImpl::Traverse(grpc::ServerContext* context,
                                             const v1::TraverseRequest* request,
                                             v1::Subgraph* response) {
  CLAIMGRAPH_ADMIT(context, Scope::kRead);
  return ToGrpc(Walk(context, request->name(), request->depth(), request->max_nodes(),
                     [&](v1::Subgraph& sub) {
                       *response = std::move(sub);
                       return absl::OkStatus();
                     }));
}

grpc::Status ClaimGraphServiceImpl::ExportSubgraph(
    grpc::ServerContext* context, const v1::ExportSubgraphRequest* request,
    v1::ExportSubgraphResponse* response) {
  CLAIMGRAPH_ADMIT(context, Scope::kRead);
  if (request->format() == v1::EXPORT_FORMAT_UNSPECIFIED ||
      !v1::ExportFormat_IsValid(request->format())) {
    return ToGrpc(absl::InvalidArgumentError(
        "format must be GRAPHML, DOT, JSON or HTML"));
  }
  return ToGrpc(Walk(context, request->name(), request->depth(), request->max_nodes(),
                     [&](v1::Subgraph& sub) -> absl::Status {
                       ASSIGN_OR_RETURN(std::string data,
                                        graph::RenderSubgraph(sub, request->format()));
                       response->set_data(std::move(data));
                       response->set_media_type(graph::MediaType(request->format()));
                       response->set_truncated(sub.truncated());
                       return absl::OkStatus();
                     }));
}

grpc::Status ClaimGraphServiceImpl::DoListContradictions(grpc::ServerContextBase* context, const v1::ListContradictionsRequest* request,
    v1::ListContradictionsResponse* response) {
  CLAIMGRAPH_ADMIT(context, Scope::kRead);
  auto page_size = PageSize(request->page_size());
  if (!page_size.ok()) return ToGrpc(page_size.status());
  if (request->type() != v1::EDGE_TYPE_UNSPECIFIED &&
      !graph::IsConflictEdge(request->type())) {
    return ToGrpc(absl::InvalidArgumentError(
        "type must be CONTRADICTS, REBUTS, DENIES, FIGURES_DIFFER or CORRECTS"));
  }
  auto filter = ClaimFilterOf(*store_, {.speaker = request->speaker(),
                                                .entity = request->entity(),
                                                .said_after = request->said_after(),
                                                .said_before = request->said_before()});
  if (!filter.ok()) return ToGrpc(filter.status());
  graph::NodeId claim = 0;
  if (!request->claim().empty()) {
    auto id = graph::ParseResourceName(request->claim(), v1::CLAIM);
    if (!id.ok()) return ToGrpc(id.status());
    claim = *id;
  }
  if (auto valid = graph::CheckMinConfidence(request->min_confidence(), "min_confidence");
      !valid.ok()) {
    return ToGrpc(valid);
  }
  auto page = graph::ListConflicts(*store_, *filter, claim, request->type(),
                                   *page_size, request->page_token(),
                                   request->min_confidence());
  if (!page.ok()) return ToGrpc(page.status());
  graph::ViewReader views(*store_);
  for (const v1::Edge& edge : page->edges) {
    auto view = views.Contradiction(edge);
    if (!view.ok()) return ToGrpc(view.status());
    *response->add_contradictions() = *std::move(view);
  }
  response->set_next_page_token(page->next_page_token);
  return grpc::Status::OK;
}

grpc::Status ClaimGraphServiceImpl::IngestDocuments(
    grpc::ServerContext* context,
    grpc::ServerReader<v1::IngestDocumentsRequest>* reader,
    v1::IngestDocumentsResponse* response) {
  auto token_name = auth_->Authorize(*context, Scope::kWrite);
  if (!token_name.ok()) return ToGrpc(token_name.status());
  // Limits are per client: its token, or where it calls from.
  std::string peer = context->peer();  // "ipv4:127.0.0.1:54321"
  std::string client = !token_name->empty() ? Cat("token \"", *token_name, "\"")
                                            : peer.substr(0, peer.rfind(':'));
  if (auto begun = BeginStream(client); !begun.ok()) return ToGrpc(begun);
  struct Ended {
    ClaimGraphServiceImpl* service;
    const std::string& client;
    ~Ended() { service->EndStream(client); }
  } ended{this, client};
  const auto give_up = std::chrono::steady_clock::now() + limits_.max_stream_duration;
  int64_t bytes = 0;
  auto extractor = ingest::Extractor::Create();
  if (!extractor.ok()) return ToGrpc(extractor.status());
  v1::IngestDocumentsRequest request;
  while (reader->Read(&request)) {
    bytes += static_cast<int64_t>(request.text().size());
    const bool too_long = std::chrono::steady_clock::now() > give_up;
    if (bytes > limits_.max_stream_bytes || too_long) {
      return ToGrpc(absl::ResourceExhaustedError(Cat(
          request.id(), ": not stored: the stream is over the server's limit of ",
          too_long ? Cat(limits_.max_stream_duration.count(), " s")
                   : Cat(limits_.max_stream_bytes, " bytes of text"),
          " per stream; ", response->ingested() + response->unchanged(),
          " document(s) before it are stored; send the rest in another stream")));
    }
    v1::DocumentResult* result = response->add_results();
    result->set_id(request.id());
    auto outcome = IngestOne(**extractor, request, *token_name, result);
    if (graph::IsWriteFault(outcome.status())) {
      // The store cannot write (a full disk): the stream stops here, by name;
      // reads go on, and later writes are UNAVAILABLE until it can.
      return ToGrpc(absl::UnavailableError(
          Cat(outcome.status().message(), "; ingest stopped: ",
              response->ingested() + response->unchanged(),
              " document(s) of this stream before it are stored, it and the rest are not")));
    }
    if (!outcome.ok()) {
      result->set_code(static_cast<int>(outcome.status().code()));
      result->set_message(std::string(ToStd(outcome.status().message())));
      result->set_outcome(v1::FAILED);
      response->set_failed(response->failed() + 1);
      continue;
    }
    result->set_article(graph::ResourceName(outcome->article));
    result->set_claims(outcome->claims);
    if (outcome->unchanged) {
      result->set_code(static_cast<int>(absl::StatusCode::kAlreadyExists));
      result->set_message("same content already stored; nothing changed");
      result->set_outcome(v1::UNCHANGED);
      response->set_unchanged(response->unchanged() + 1);
    } else {
      result->set_outcome(outcome->replaced ? v1::REPLACED : v1::STORED);
      response->set_ingested(response->ingested() + 1);
      if (outcome->replaced) response->set_replaced(response->replaced() + 1);
    }
  }
  return grpc::Status::OK;
}

grpc::Status ClaimGraphServiceImpl::CreateBackup(grpc::ServerContext* context,
                                                 const v1::CreateBackupRequest*,
                                                 v1::CreateBackupResponse* response) {
  CLAIMGRAPH_ADMIT(context, Scope::kWrite);
  if (backup_dir_.empty()) {
    return ToGrpc(absl::FailedPreconditionError(
        "this server takes no backups: start it with --backup-dir DIR"));
  }
  auto backup = store_->Backup(backup_dir_);
  if (!backup.ok()) return ToGrpc(backup.status());
  response->set_backup_id(backup->id);
  response->set_backup_dir(backup_dir_);
  response->set_bytes(backup->bytes);
  response->set_new_bytes(backup->new_bytes);
  response->set_files(backup->files);
  return grpc::Status::OK;
}

absl::StatusOr<graph::IngestOutcome> ClaimGraphServiceImpl::IngestOne(
    ingest::Extractor& extractor, const v1::IngestDocumentsRequest& request,
    std::string_view token_name, v1::DocumentResult* result) {
  if (request.id().empty()) {
    return absl::InvalidArgumentError("document without an id");
  }
  if (request.text().size() > ingest::kMaxDocumentBytes) {
    return absl::InvalidArgumentError(
        Cat(request.id(), ": ", request.text().size(), " bytes, over the limit of ",
            ingest::kMaxDocumentBytes, " bytes per document"));
  }
  if (auto empty = ingest::RequireText(request.id(), request.text()); !empty.ok()) {
    return empty;
  }
  ingest::Document doc = ingest::DocumentFromText(request.id(), request.text());
  ingest::SetPublishedDate(request.date(), &doc);
  for (const std::string& warning : doc.warnings) result->add_warnings(warning);
  doc.outlet = request.outlet();
  doc.url = request.url();
  doc.title = request.title();
  auto extraction = extractor.Extract(doc);
  if (!extraction.ok()) return extraction.status();
  return store_->Ingest(doc, *extraction, token_name);
}

namespace {

// A callback method's answer: `status`, with the response already filled.
grpc::ServerUnaryReactor* Finished(grpc::CallbackServerContext* context, grpc::Status status) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  reactor->Finish(std::move(status));
  return reactor;
}

}  // namespace

grpc::ServerUnaryReactor* ClaimGraphServiceImpl::GetClaim(grpc::CallbackServerContext* context,
                                                          const v1::GetClaimRequest* request,
                                                          v1::ClaimView* response) {
  return Finished(context, DoGetClaim(context, request, response));
}

grpc::ServerUnaryReactor* ClaimGraphServiceImpl::ListClaims(
    grpc::CallbackServerContext* context, const v1::ListClaimsRequest* request,
    v1::ListClaimsResponse* response) {
  return Finished(context, DoListClaims(context, request, response));
}

grpc::ServerUnaryReactor* ClaimGraphServiceImpl::GetSource(grpc::CallbackServerContext* context,
                                                           const v1::GetSourceRequest* request,
                                                           v1::SourceView* response) {
  return Finished(context, DoGetSource(context, request, response));
}

grpc::ServerUnaryReactor* ClaimGraphServiceImpl::ListSources(
    grpc::CallbackServerContext* context, const v1::ListSourcesRequest* request,
    v1::ListSourcesResponse* response) {
  return Finished(context, DoListSources(context, request, response));
}

grpc::ServerUnaryReactor* ClaimGraphServiceImpl::ListContradictions(
    grpc::CallbackServerContext* context, const v1::ListContradictionsRequest* request,
    v1::ListContradictionsResponse* response) {
  return Finished(context, DoListContradictions(context, request, response));
}

}  // namespace claimgraph::query
