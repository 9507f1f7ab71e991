// claimgraph query: the gRPC client. Every call carries a deadline.
#include <chrono>
#include <fstream>
#include <iostream>

#include <grpcpp/grpcpp.h>

#include "claimgraph/v1/service.grpc.pb.h"
#include "common/json_text.h"
#include "common/strings.h"
#include "graph/conflicts.h"
#include "graph/subgraph.h"
#include "ingest/document.h"
#include "query/client.h"
#include "batch.h"
#include "commands.h"
#include "common/status_macros.h"
#include "exit.h"
#include "output.h"

namespace claimgraph::cli {
namespace {

struct Options {
  std::string server = "127.0.0.1:50151";
  int deadline_ms = 10000;
  std::string token_file, ca_cert, client_cert, client_key;
  bool json = false;
  bool all = false;
  ClaimFilterFlags filter;
  SearchFlags search;
  std::string name, query_text, type, min_confidence;
  std::string page_token, format, output = "-";
  InputFlags input;
  int page_size = 0;
  int depth = 1;
  int max_nodes = graph::kDefaultMaxNodes;
  std::vector<std::string> files;
};

std::unique_ptr<grpc::ClientContext> Context(const Options& o) {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() +
                        std::chrono::milliseconds(o.deadline_ms));
  if (!o.token_file.empty()) {
    std::ifstream in(o.token_file);
    std::string token;
    std::getline(in, token);
    context->AddMetadata("authorization", Cat("Bearer ", token));
  }
  return context;
}

std::shared_ptr<grpc::Channel> Channel(const Options& o) {
  std::shared_ptr<grpc::ChannelCredentials> credentials;
  if (!o.ca_cert.empty()) {
    std::ifstream in(o.ca_cert);
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs.assign(std::istreambuf_iterator<char>(in),
                              std::istreambuf_iterator<char>());
    if (!o.client_cert.empty()) {  // mutual TLS
      std::ifstream cert(o.client_cert), key(o.client_key);
      ssl.pem_cert_chain.assign(std::istreambuf_iterator<char>(cert),
                                std::istreambuf_iterator<char>());
      ssl.pem_private_key.assign(std::istreambuf_iterator<char>(key),
                                 std::istreambuf_iterator<char>());
    }
    credentials = grpc::SslCredentials(ssl);
  } else {
    credentials = grpc::InsecureChannelCredentials();
  }
  return grpc::CreateChannel(o.server, credentials);
}

// A failed call as a status, with the gRPC code in the message:
// "server unavailable: failed to connect (gRPC code 14)".
absl::Status FromGrpc(const grpc::Status& status) {
  if (status.ok()) return absl::OkStatus();
  return absl::Status(
      static_cast<absl::StatusCode>(status.error_code()),
      Cat(status.error_code() == grpc::StatusCode::UNAVAILABLE ? "server unavailable: " : "",
          status.error_message(), " (gRPC code ", static_cast<int>(status.error_code()), ")"));
}

// Fetches every page of a List call: `call(context, request, &response)` is
// the stub method, `items_of(response)` the page's repeated field.
template <typename Response, typename Request, typename Call, typename ItemsOf, typename Item>
absl::Status ListAll(const Options& o, Request request, Call call, ItemsOf items_of,
                     std::vector<Item>* items) {
  request.set_page_size(500);
  do {
    Response response;
    RETURN_IF_ERROR(FromGrpc(call(Context(o).get(), request, &response)));
    items->insert(items->end(), items_of(response).begin(), items_of(response).end());
    request.set_page_token(response.next_page_token());
  } while (!request.page_token().empty());
  return absl::OkStatus();
}

absl::Status RunHealth(const Options& o, const std::shared_ptr<grpc::Channel>& channel) {
  ASSIGN_OR_RETURN(bool serving,
                   query::CheckHealth(channel, std::chrono::milliseconds(o.deadline_ms)));
  if (o.json) {
    std::cout << "{\"serving\":" << (serving ? "true" : "false") << "}\n";
  } else {
    std::cout << (serving ? "SERVING" : "NOT_SERVING") << "\n";
  }
  if (!serving) return absl::UnavailableError(Cat("server ", o.server, " is not serving"));
  return absl::OkStatus();
}

// The claim filter flags into a ListClaims or SearchClaims request.
template <typename Request>
absl::Status SetClaimFilter(const Options& o, Request* request) {
  request->set_speaker(o.filter.speaker);
  request->set_entity(o.filter.entity);
  request->set_article(o.filter.article);
  request->set_said_after(o.filter.after);
  request->set_said_before(o.filter.before);
  ASSIGN_OR_RETURN(auto classes, o.filter.CueClasses());
  for (v1::CueClass cue_class : classes) request->add_cue_class(cue_class);
  return absl::OkStatus();
}

absl::Status RunClaims(const Options& o, v1::ClaimGraphService::Stub& stub) {
  // The service checks the dates too; checking here names the flags.
  RETURN_IF_ERROR(
      UsageError(graph::CheckDateRange(o.filter.after, o.filter.before, kDateFlags)));
  v1::ListClaimsRequest request;
  RETURN_IF_ERROR(SetClaimFilter(o, &request));
  request.set_page_size(o.page_size);
  request.set_page_token(o.page_token);
  std::vector<v1::ClaimView> claims;
  std::string next;
  do {
    v1::ListClaimsResponse response;
    RETURN_IF_ERROR(FromGrpc(stub.ListClaims(Context(o).get(), request, &response)));
    claims.insert(claims.end(), response.claims().begin(), response.claims().end());
    next = response.next_page_token();
    request.set_page_token(next);
  } while (o.all && !next.empty());
  o.json ? PrintClaimsJson(std::cout, claims) : PrintClaimsTable(std::cout, claims);
  if (!o.all && !next.empty()) std::cerr << "next page: --page-token " << next << "\n";
  return absl::OkStatus();
}

absl::Status RunSearch(const Options& o, v1::ClaimGraphService::Stub& stub) {
  RETURN_IF_ERROR(
      UsageError(graph::CheckDateRange(o.filter.after, o.filter.before, kDateFlags)));
  v1::SearchClaimsRequest request;
  request.set_query(o.search.Text());
  RETURN_IF_ERROR(SetClaimFilter(o, &request));
  ASSIGN_OR_RETURN(auto kinds, o.search.Kinds());
  for (v1::ClaimKind kind : kinds) request.add_kind(kind);
  request.set_page_size(o.page_size);
  request.set_page_token(o.page_token);
  std::vector<v1::ClaimView> claims;
  std::string next;
  int total = 0;
  do {
    v1::SearchClaimsResponse response;
    RETURN_IF_ERROR(FromGrpc(stub.SearchClaims(Context(o).get(), request, &response)));
    for (const v1::SearchClaimHit& hit : response.hits()) claims.push_back(hit.claim());
    total = response.total_size();
    next = response.next_page_token();
    request.set_page_token(next);
  } while (o.all && !next.empty());
  o.json ? PrintClaimsJson(std::cout, claims) : PrintClaimsTable(std::cout, claims);
  std::cerr << total << " match(es)\n";
  if (!o.all && !next.empty()) std::cerr << "next page: --page-token " << next << "\n";
  return absl::OkStatus();
}

absl::Status RunClaim(const Options& o, v1::ClaimGraphService::Stub& stub) {
  v1::GetClaimRequest request;
  request.set_name(o.name);
  v1::ClaimView response;
  RETURN_IF_ERROR(FromGrpc(stub.GetClaim(Context(o).get(), request, &response)));
  o.json ? PrintClaimsJson(std::cout, {response}) : PrintClaimDetail(std::cout, response);
  return absl::OkStatus();
}

absl::Status RunSources(const Options& o, v1::ClaimGraphService::Stub& stub) {
  v1::ListSourcesRequest request;
  request.set_query(o.query_text);
  std::vector<v1::SourceView> all;
  RETURN_IF_ERROR(ListAll<v1::ListSourcesResponse>(
      o, request,
      [&](auto* context, const auto& r, auto* response) {
        return stub.ListSources(context, r, response);
      },
      [](const auto& response) -> const auto& { return response.sources(); }, &all));
  o.json ? PrintSourcesJson(std::cout, all) : PrintSourcesTable(std::cout, all);
  return absl::OkStatus();
}

absl::Status RunContradictions(const Options& o, v1::ClaimGraphService::Stub& stub) {
  RETURN_IF_ERROR(
      UsageError(graph::CheckDateRange(o.filter.after, o.filter.before, kDateFlags)));
  v1::ListContradictionsRequest request;
  request.set_claim(o.name);
  request.set_speaker(o.filter.speaker);
  request.set_entity(o.filter.entity);
  request.set_said_after(o.filter.after);
  request.set_said_before(o.filter.before);
  ASSIGN_OR_RETURN(double min_confidence, MinConfidenceFlag(o.min_confidence));
  request.set_min_confidence(static_cast<float>(min_confidence));
  if (!o.type.empty()) {
    // --type is one of the names the tool prints (ConflictTypeName), in any case.
    std::string upper = o.type;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    v1::EdgeType type;
    if (!v1::EdgeType_Parse(upper, &type) || !graph::IsConflictEdge(type)) {
      return UsageError(Cat("--type must be contradicts, rebuts, denies, figures_differ or "
                            "corrects, not '", o.type, "'"));
    }
    request.set_type(type);
  }
  std::vector<v1::ContradictionView> all;
  RETURN_IF_ERROR(ListAll<v1::ListContradictionsResponse>(
      o, request,
      [&](auto* context, const auto& r, auto* response) {
        return stub.ListContradictions(context, r, response);
      },
      [](const auto& response) -> const auto& { return response.contradictions(); },
      &all));
  o.json ? PrintContradictionsJson(std::cout, all) : PrintContradictionsTable(std::cout, all);
  return absl::OkStatus();
}

absl::Status RunTraverse(const Options& o, v1::ClaimGraphService::Stub& stub) {
  v1::TraverseRequest request;
  request.set_name(o.name);
  request.set_depth(o.depth);
  request.set_max_nodes(o.max_nodes);
  v1::Subgraph response;
  RETURN_IF_ERROR(FromGrpc(stub.Traverse(Context(o).get(), request, &response)));
  if (response.truncated()) {
    ReportWarning("the traversal stopped at the node cap; --max-nodes raises it");
  }
  if (o.json) {
    // The export's JSON shape: {"nodes":[...],"edges":[...],"truncated":bool}.
    ASSIGN_OR_RETURN(auto json, graph::RenderSubgraph(response, v1::JSON));
    std::cout << json << "\n";
    return absl::OkStatus();
  }
  for (const auto& node : response.nodes()) {
    std::cout << node.name() << "\t" << node.label() << "\n";
  }
  for (const auto& edge : response.edges()) {
    std::cout << edge.source() << " -" << v1::EdgeType_Name(edge.type()) << "-> "
              << edge.target() << "\n";
  }
  if (response.truncated()) std::cout << "(truncated at the node cap)\n";
  return absl::OkStatus();
}

absl::Status RunExport(const Options& o, v1::ClaimGraphService::Stub& stub) {
  ASSIGN_OR_RETURN(std::string format, ExportFormatFor(o.format, o.json, o.output));
  v1::ExportSubgraphRequest request;
  request.set_name(o.name);
  request.set_depth(o.depth);
  request.set_format(ProtoExportFormat(format));
  request.set_max_nodes(o.max_nodes);
  v1::ExportSubgraphResponse response;
  RETURN_IF_ERROR(FromGrpc(stub.ExportSubgraph(Context(o).get(), request, &response)));
  RETURN_IF_ERROR(WriteExportFile(response.data(), format, o.output, response.truncated()));
  if (o.output != "-") std::cerr << "wrote " << o.output << " (" << format << ")\n";
  return absl::OkStatus();
}

absl::Status RunIngest(const Options& o, v1::ClaimGraphService::Stub& stub) {
  RETURN_IF_ERROR(CheckInputFlags(o.input));
  auto context = Context(o);
  v1::IngestDocumentsResponse response;
  auto writer = stub.IngestDocuments(context.get(), &response);
  bool closed = false;  // the server ended the stream (Finish says why)
  int local_failures =
      ForEachDocument(o.files, o.input, "not sent", [&](const ingest::Document& doc) {
        if (closed) return absl::OkStatus();
        v1::IngestDocumentsRequest request;
        request.set_id(doc.doc_id);
        request.set_text(doc.text);
        request.set_date(doc.published);
        request.set_outlet(doc.outlet);
        request.set_url(doc.url);
        request.set_title(doc.title);
        closed = !writer->Write(request);
        return absl::OkStatus();
      });
  writer->WritesDone();
  RETURN_IF_ERROR(FromGrpc(writer->Finish()));
  const int failed = response.failed() + local_failures;
  if (o.json) {
    // {"documents":[{"id","code","message","article","claims","replaced",
    // "warnings"}],"ingested","replaced","unchanged","failed"}; code is the
    // canonical code (0 stored, 6 unchanged). Warnings also go to stderr.
    std::string json = "{\"documents\":[";
    for (int i = 0; i < response.results_size(); ++i) {
      const auto& result = response.results(i);
      for (const std::string& warning : result.warnings()) ReportWarning(warning);
      CatTo(&json, i ? ",\n " : "", "{\"id\":");
      AppendJsonString(&json, result.id());
      CatTo(&json, ",\"code\":", result.code(), ",\"message\":");
      AppendJsonString(&json, result.message());
      json.append(",\"article\":");
      AppendJsonString(&json, result.article());
      CatTo(&json, ",\"claims\":", result.claims(), ",\"replaced\":",
            result.outcome() == v1::REPLACED ? "true" : "false", ",\"warnings\":[");
      for (int j = 0; j < result.warnings_size(); ++j) {
        if (j) json.push_back(',');
        AppendJsonString(&json, result.warnings(j));
      }
      json.append("]}");
    }
    CatTo(&json, "],\"ingested\":", response.ingested(), ",\"replaced\":",
          response.replaced(), ",\"unchanged\":", response.unchanged(),
          ",\"failed\":", failed, "}");
    std::cout << json << "\n";
    return DocumentsFailed(failed);
  }
  for (const auto& result : response.results()) {
    for (const std::string& warning : result.warnings()) ReportWarning(warning);
    std::cout << result.id() << ": "
              << (result.code() == 0
                      ? Cat(result.outcome() == v1::REPLACED ? "replaced, " : "stored, ",
                            result.claims(), " claims")
                      : result.message())
              << "\n";
  }
  std::cout << "ingested " << response.ingested() << " (" << response.replaced()
            << " replaced), unchanged " << response.unchanged() << ", failed " << failed
            << "\n";
  return DocumentsFailed(failed);
}

absl::Status RunBackup(const Options& o, v1::ClaimGraphService::Stub& stub) {
  v1::CreateBackupResponse response;
  RETURN_IF_ERROR(FromGrpc(stub.CreateBackup(Context(o).get(), {}, &response)));
  PrintBackup(response.backup_id(), response.backup_dir(), response.bytes(),
              response.new_bytes(), response.files(), o.json);
  return absl::OkStatus();
}

}  // namespace

void AddQueryCommand(CLI::App& app, absl::Status* result) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("query", "Ask a running claimgraph server (gRPC)");
  cmd->add_option("--server", o->server, "host:port of `claimgraph serve`");
  cmd->add_option("--deadline-ms", o->deadline_ms, "Deadline of each call");
  cmd->add_option("--token-file", o->token_file,
                  "File whose first line is the token every call presents");
  cmd->add_option("--tls-ca", o->ca_cert, "PEM root certificate: use TLS");
  cmd->add_option("--tls-cert", o->client_cert,
                  "PEM client certificate (mutual TLS; with --tls-ca)");
  cmd->add_option("--tls-key", o->client_key, "PEM client key (mutual TLS)");
  cmd->add_flag("--json", o->json, "Print JSON");
  cmd->require_subcommand(1);

  auto* health = cmd->add_subcommand("health", "Is the server serving?");
  auto* claims = cmd->add_subcommand("claims", "Claims, by time of statement");
  AddClaimFilterFlags(claims, &o->filter);
  claims->add_option("--page-size", o->page_size, "Claims per page (max 500)");
  claims->add_option("--page-token", o->page_token, "Token from the previous page");
  claims->add_flag("--all", o->all, "Fetch every page");
  auto* claim = cmd->add_subcommand("claim", "One claim with its provenance");
  claim->add_option("name", o->name, "claims/ID")->required();
  auto* search = cmd->add_subcommand("search", "Claims by what they say, best match first");
  AddSearchFlags(search, &o->search, &o->filter);
  search->add_option("--page-size", o->page_size, "Claims per page (max 500)");
  search->add_option("--page-token", o->page_token, "Token from the previous page");
  search->add_flag("--all", o->all, "Fetch every page");
  auto* sources = cmd->add_subcommand("sources", "Speakers");
  sources->add_option("--query", o->query_text,
                      "A name or alias: every speaker it may mean");
  auto* contradictions = cmd->add_subcommand("contradictions", "Conflict edges");
  contradictions->add_option("--claim", o->name, "claims/ID");
  contradictions->add_option("--speaker", o->filter.speaker, "Speaker name or sources/ID");
  contradictions->add_option("--entity", o->filter.entity, "Entity name or entities/ID");
  contradictions->add_option("--after", o->filter.after, "Said on or after YYYY-MM-DD");
  contradictions->add_option("--before", o->filter.before, "Said on or before YYYY-MM-DD");
  contradictions->add_option("--type", o->type,
                             "contradicts, rebuts, denies, figures_differ or corrects "
                             "(any case)");
  contradictions->add_option("--min-confidence", o->min_confidence,
                             "Only edges of at least this confidence (0-1)");
  auto* traverse = cmd->add_subcommand("traverse", "Nodes and edges around a node");
  constexpr char kNodeHelp[] =
      "claims/ID, sources/ID, entities/ID, ... or a speaker or entity name";
  traverse->add_option("name", o->name, kNodeHelp)->required();
  traverse->add_option("--depth", o->depth, "Hops (0-4)")
      ->check(CLI::Range(0, graph::kMaxTraversalDepth));
  traverse->add_option("--max-nodes", o->max_nodes, "Stop at this many nodes")
      ->check(CLI::Range(1, graph::kMaxNodesLimit));
  auto* export_cmd = cmd->add_subcommand(
      "export", "Render the subgraph around a node as GraphML, DOT, JSON or SVG");
  export_cmd->add_option("name", o->name, kNodeHelp)->required();
  export_cmd->add_option("--depth", o->depth, "Hops (0-4)")
      ->check(CLI::Range(0, graph::kMaxTraversalDepth));
  AddExportFlags(export_cmd, &o->format, &o->output, &o->max_nodes);
  auto* ingest_cmd = cmd->add_subcommand("ingest", "Stream articles to the server");
  AddInputFlags(ingest_cmd, &o->input);
  ingest_cmd->add_option("files", o->files, "Files, - for stdin")->required();
  auto* backup = cmd->add_subcommand(
      "backup", "Back the server's store up into its --backup-dir (consistent while it ingests)");
  for (auto* sub :
       {health, claims, claim, search, sources, contradictions, traverse, ingest_cmd, backup}) {
    sub->add_flag("--json", o->json, "Print JSON");
  }
  export_cmd->add_flag("--json", o->json, "Same as --format json");

  using Call = absl::Status (*)(const Options&, v1::ClaimGraphService::Stub&);
  const std::vector<std::pair<CLI::App*, Call>> calls = {
      {claims, RunClaims},     {claim, RunClaim},         {sources, RunSources},
      {search, RunSearch},
      {contradictions, RunContradictions}, {traverse, RunTraverse},
      {export_cmd, RunExport}, {ingest_cmd, RunIngest},       {backup, RunBackup},
  };
  cmd->callback([o, result, health, calls] {
    auto channel = Channel(*o);
    if (health->parsed()) {
      *result = RunHealth(*o, channel);
      return;
    }
    auto stub = v1::ClaimGraphService::NewStub(channel);
    for (const auto& [command, call] : calls) {
      if (command->parsed()) *result = call(*o, *stub);
    }
  });
}

}  // namespace claimgraph::cli
