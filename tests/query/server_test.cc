// Integration: the real server on an ephemeral loopback port, called with the
// real generated client.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include "claimgraph/v1/service.grpc.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "graph/store.h"
#include "graph/views.h"
#include "query/client.h"
#include "query/names.h"
#include "query/server.h"
#include "reflection_wire.pb.h"
#include "news_texts.h"
#include "test_util.h"

namespace claimgraph::query {
namespace {

using testing::ReadFile;
using testing::SourceDir;
using testing::TempDir;

constexpr char kToken[] = "s3cret-token";

struct Server {
  TempDir dir;
  std::unique_ptr<graph::GraphStore> store;
  std::unique_ptr<QueryServer> server;
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<v1::ClaimGraphService::Stub> stub;

  Server() {
    store = *graph::GraphStore::Open(dir.file("db"));
    ServerOptions options;
    options.listen = "127.0.0.1:0";
    options.token_file = dir.file("tokens");
    std::ofstream(options.token_file) << "tester read,write " << kToken << "\n";
    std::filesystem::permissions(options.token_file, std::filesystem::perms::owner_read |
                                                         std::filesystem::perms::owner_write);
    auto started = QueryServer::Start(store.get(), options);
    REQUIRE(started.ok());
    server = *std::move(started);
    REQUIRE(server->port() > 0);
    channel = grpc::CreateChannel("127.0.0.1:" + std::to_string(server->port()),
                                  grpc::InsecureChannelCredentials());
    stub = v1::ClaimGraphService::NewStub(channel);
  }

  std::unique_ptr<grpc::ClientContext> Context(bool with_token = true) {
    auto context = std::make_unique<grpc::ClientContext>();
    context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    if (with_token) context->AddMetadata("authorization", std::string("Bearer ") + kToken);
    return context;
  }

  v1::IngestDocumentsResponse IngestExamples(bool with_token = true) {
    auto context = Context(with_token);
    v1::IngestDocumentsResponse response;
    auto writer = stub->IngestDocuments(context.get(), &response);
    for (const auto& entry :
         std::filesystem::directory_iterator(SourceDir() + "/examples/articles")) {
      v1::IngestDocumentsRequest request;
      request.set_id(entry.path().filename().string());
      request.set_text(ReadFile(entry.path().string()));
      writer->Write(request);
    }
    v1::IngestDocumentsRequest bad;
    bad.set_id("broken.txt");
    bad.set_text("He said \xC3( nothing.");
    writer->Write(bad);
    writer->WritesDone();
    last_status = writer->Finish();
    return response;
  }

  grpc::Status last_status;
};

TEST_CASE("health reports SERVING for the server and the named service",
          "[query][server]") {
  Server s;
  auto stub = grpc::health::v1::Health::NewStub(s.channel);
  for (std::string service : {"", "claimgraph.v1.ClaimGraphService"}) {
    INFO(service);
    auto context = s.Context();
    grpc::health::v1::HealthCheckRequest request;
    request.set_service(service);
    grpc::health::v1::HealthCheckResponse response;
    grpc::Status status = stub->Check(context.get(), request, &response);
    REQUIRE(status.ok());
    CHECK(response.status() == grpc::health::v1::HealthCheckResponse::SERVING);
  }
  auto serving = CheckHealth(s.channel, std::chrono::seconds(5));
  REQUIRE(serving.ok());
  CHECK(*serving);
  auto unknown = CheckHealth(s.channel, std::chrono::seconds(5), "no.such.Service");
  CHECK(absl::IsNotFound(unknown.status()));
}

TEST_CASE("health turns NOT_SERVING for the named service once shutdown starts",
          "[query][server]") {
  Server s;
  auto stub = grpc::health::v1::Health::NewStub(s.channel);
  auto context = s.Context();
  grpc::health::v1::HealthCheckRequest request;
  request.set_service(kServiceName);
  auto watch = stub->Watch(context.get(), request);
  grpc::health::v1::HealthCheckResponse response;
  REQUIRE(watch->Read(&response));
  CHECK(response.status() == grpc::health::v1::HealthCheckResponse::SERVING);
  std::thread stopper([&] { s.server->Shutdown(); });
  REQUIRE(watch->Read(&response));
  CHECK(response.status() == grpc::health::v1::HealthCheckResponse::NOT_SERVING);
  context->TryCancel();  // the watch would otherwise hold shutdown to its grace
  stopper.join();
}

TEST_CASE("a second server on a port in use fails: address already in use",
          "[query][server]") {
  Server first;
  TempDir dir;
  auto store = *graph::GraphStore::Open(dir.file("db"));
  ServerOptions options;
  options.listen = "127.0.0.1:" + std::to_string(first.server->port());
  auto second = QueryServer::Start(store.get(), options);
  REQUIRE_FALSE(second.ok());
  CHECK(absl::IsUnavailable(second.status()));
  CHECK(std::string(second.status().message()) ==
        "cannot listen on " + options.listen + ": address already in use");
  // The first server still answers alone.
  auto serving = CheckHealth(first.channel, std::chrono::seconds(5));
  REQUIRE(serving.ok());
  CHECK(*serving);
}

TEST_CASE("reflection lists the claimgraph service", "[query][server]") {
  Server s;
  grpc::GenericStub generic(s.channel);
  grpc::CompletionQueue cq;
  auto context = s.Context();
  auto call = generic.PrepareCall(
      context.get(), "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
      &cq);
  void* tag;
  bool ok;
  auto step = [&](int id) {
    REQUIRE(cq.Next(&tag, &ok));
    CHECK(tag == reinterpret_cast<void*>(id));
    return ok;
  };
  call->StartCall(reinterpret_cast<void*>(1));
  REQUIRE(step(1));
  claimgraph::testing::ServerReflectionRequest request;
  request.set_list_services("*");
  std::string bytes = request.SerializeAsString();
  grpc::Slice slice(bytes);
  grpc::ByteBuffer buffer(&slice, 1);
  call->Write(buffer, reinterpret_cast<void*>(2));
  REQUIRE(step(2));
  grpc::ByteBuffer reply;
  call->Read(&reply, reinterpret_cast<void*>(3));
  REQUIRE(step(3));
  call->WritesDone(reinterpret_cast<void*>(4));
  step(4);
  grpc::Status status;
  call->Finish(&status, reinterpret_cast<void*>(5));
  step(5);
  std::vector<grpc::Slice> slices;
  REQUIRE(reply.Dump(&slices).ok());
  std::string raw;
  for (const auto& s : slices) raw.append(reinterpret_cast<const char*>(s.begin()), s.size());
  claimgraph::testing::ServerReflectionResponse response;
  REQUIRE(response.ParseFromString(raw));
  std::vector<std::string> names;
  for (const auto& service : response.list_services_response().service()) {
    names.push_back(service.name());
  }
  CHECK(std::find(names.begin(), names.end(), "claimgraph.v1.ClaimGraphService") !=
        names.end());
}

TEST_CASE("ingest is refused without the server's token", "[query][server]") {
  Server s;
  auto response = s.IngestExamples(/*with_token=*/false);
  CHECK(s.last_status.error_code() == grpc::StatusCode::UNAUTHENTICATED);
  auto counts = s.store->Count();
  REQUIRE(counts.ok());
  CHECK(counts->nodes_by_kind[v1::ARTICLE] == 0);
}

TEST_CASE("streamed ingest stores good documents and reports the bad one",
          "[query][server]") {
  Server s;
  auto response = s.IngestExamples();
  REQUIRE(s.last_status.ok());
  CHECK(response.ingested() == 3);
  CHECK(response.failed() == 1);
  const auto& bad = response.results(response.results_size() - 1);
  CHECK(bad.id() == "broken.txt");
  CHECK(bad.code() == static_cast<int>(grpc::StatusCode::INVALID_ARGUMENT));
  CHECK(bad.message().find("broken.txt") != std::string::npos);
  CHECK(bad.message().find("UTF-8") != std::string::npos);
  // Sending them again changes nothing.
  auto again = s.IngestExamples();
  CHECK(again.unchanged() == 3);
  CHECK(again.ingested() == 0);
}

TEST_CASE("a claim from the examples comes back with its provenance",
          "[query][server]") {
  Server s;
  s.IngestExamples();
  v1::ListClaimsRequest list;
  list.set_speaker("Samantha Power");
  v1::ListClaimsResponse claims;
  REQUIRE(s.stub->ListClaims(s.Context().get(), list, &claims).ok());
  REQUIRE(claims.claims_size() >= 1);
  v1::GetClaimRequest get;
  get.set_name(claims.claims(0).name());
  v1::ClaimView claim;
  REQUIRE(s.stub->GetClaim(s.Context().get(), get, &claim).ok());
  CHECK(claim.speaker().display_name() == "Samantha Power");
  REQUIRE(claim.provenance_size() == 1);
  const auto& p = claim.provenance(0);
  CHECK(p.article().doc_id() == "2016-09-18-deir-ezzor-airstrike.txt");
  CHECK(p.article().published() == "2016-09-18");
  CHECK_FALSE(p.extractor_version().empty());
  // The spans point into the article exactly as stored.
  std::string text = ReadFile(SourceDir() + "/examples/articles/" + p.article().doc_id());
  CHECK(text.substr(p.content().start(), p.content().end() - p.content().start()) ==
        p.content().text());
  CHECK(text.substr(p.cue().start(), p.cue().end() - p.cue().start()) == p.cue().text());
  CHECK(text.substr(p.source().start(), p.source().end() - p.source().start()) ==
        p.source().text());
}

TEST_CASE("unknown names are NOT_FOUND, malformed ones INVALID_ARGUMENT",
          "[query][server]") {
  Server s;
  s.IngestExamples();
  v1::GetClaimRequest get;
  v1::ClaimView claim;
  get.set_name("claims/" + std::to_string((4ULL << 56) | 12345));
  CHECK(s.stub->GetClaim(s.Context().get(), get, &claim).error_code() ==
        grpc::StatusCode::NOT_FOUND);
  get.set_name("claims/not-a-number");
  CHECK(s.stub->GetClaim(s.Context().get(), get, &claim).error_code() ==
        grpc::StatusCode::INVALID_ARGUMENT);
  get.set_name("sources/" + std::to_string((3ULL << 56) | 12345));
  CHECK(s.stub->GetClaim(s.Context().get(), get, &claim).error_code() ==
        grpc::StatusCode::INVALID_ARGUMENT);

  v1::ListClaimsRequest list;
  v1::ListClaimsResponse claims;
  list.set_page_size(-1);
  CHECK(s.stub->ListClaims(s.Context().get(), list, &claims).error_code() ==
        grpc::StatusCode::INVALID_ARGUMENT);
  list.set_page_size(10);
  list.set_speaker("Nobody Atall");
  CHECK(s.stub->ListClaims(s.Context().get(), list, &claims).error_code() ==
        grpc::StatusCode::NOT_FOUND);
  list.set_speaker("");
  list.set_said_after("yesterday");
  CHECK(s.stub->ListClaims(s.Context().get(), list, &claims).error_code() ==
        grpc::StatusCode::INVALID_ARGUMENT);
  list.set_said_after("");
  list.set_page_token("garbage!");
  CHECK(s.stub->ListClaims(s.Context().get(), list, &claims).error_code() ==
        grpc::StatusCode::INVALID_ARGUMENT);

  v1::ExportSubgraphRequest export_request;
  v1::ExportSubgraphResponse exported;
  export_request.set_name(claims.claims_size() ? claims.claims(0).name() : "claims/1");
  export_request.set_format(static_cast<v1::ExportFormat>(42));
  CHECK(s.stub->ExportSubgraph(s.Context().get(), export_request, &exported)
            .error_code() == grpc::StatusCode::INVALID_ARGUMENT);

  v1::TraverseRequest traverse;
  v1::Subgraph sub;
  traverse.set_name(graph::ResourceName(query::ResolveSource(*s.store, "Samantha Power").value()));
  traverse.set_depth(50);
  CHECK(s.stub->Traverse(s.Context().get(), traverse, &sub).error_code() ==
        grpc::StatusCode::INVALID_ARGUMENT);
}

// Streams `docs` (id, text) through IngestDocuments, published 2016-09-18
// (monitor.txt: 2016-09-19).
v1::IngestDocumentsResponse Send(Server& s,
                                 const std::vector<std::pair<std::string, std::string>>& docs) {
  auto context = s.Context(/*with_token=*/true);
  v1::IngestDocumentsResponse response;
  auto writer = s.stub->IngestDocuments(context.get(), &response);
  for (const auto& [id, text] : docs) {
    v1::IngestDocumentsRequest request;
    request.set_id(id);
    request.set_text(text);
    request.set_date(id == "monitor.txt" ? "2016-09-19" : "2016-09-18");
    writer->Write(request);
  }
  writer->WritesDone();
  REQUIRE(writer->Finish().ok());
  return response;
}

// Three short articles: two people named Smith, one Trump who is only ever
// named in full.
v1::IngestDocumentsResponse IngestNamesakes(Server& s) {
  return Send(
      s, {{"a.txt", "\"The archive will open next year,\" historian Martin Smith said on Monday.\n"},
          {"b.txt", "\"The telescope found nothing unusual,\" astronomer Jane Smith said on "
                    "Tuesday.\n"},
          {"c.txt", "\"We will finish the road by the summer,\" Donald Trump said on Monday.\n"}});
}

TEST_CASE("a name search returns every candidate, a lookup needing one is ambiguous",
          "[query][server][names]") {
  Server s;
  REQUIRE(IngestNamesakes(s).ingested() == 3);
  v1::ListSourcesRequest search;
  search.set_query("Smith");
  v1::ListSourcesResponse found;
  auto status = s.stub->ListSources(s.Context().get(), search, &found);
  INFO(status.error_message());
  REQUIRE(status.ok());
  std::set<std::string> names;
  for (const auto& source : found.sources()) names.insert(source.display_name());
  CHECK(names == std::set<std::string>{"Martin Smith", "Jane Smith"});

  search.set_query("Nobody Atall");
  found.Clear();
  CHECK(s.stub->ListSources(s.Context().get(), search, &found).ok());
  CHECK(found.sources_size() == 0);

  v1::ListClaimsRequest list;
  v1::ListClaimsResponse claims;
  list.set_speaker("Smith");
  status = s.stub->ListClaims(s.Context().get(), list, &claims);
  CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
  CHECK(status.error_message().find("Jane Smith") != std::string::npos);
  CHECK(status.error_message().find("Martin Smith") != std::string::npos);

  // A surname alone finds the one person named in full with it, though the
  // articles never call him just "Trump".
  list.set_speaker("Trump");
  status = s.stub->ListClaims(s.Context().get(), list, &claims);
  INFO(status.error_message());
  REQUIRE(status.ok());
  REQUIRE(claims.claims_size() == 1);
  CHECK(claims.claims(0).speaker().display_name() == "Donald Trump");
}

TEST_CASE("traverse and export take a name as well as a resource name, a cut export "
          "says so", "[query][server][names]") {
  Server s;
  IngestNamesakes(s);
  v1::TraverseRequest traverse;
  traverse.set_name("Martin Smith");
  v1::Subgraph sub;
  auto status = s.stub->Traverse(s.Context().get(), traverse, &sub);
  INFO(status.error_message());
  REQUIRE(status.ok());
  REQUIRE(sub.nodes_size() > 1);
  CHECK(sub.nodes(0).label() == "Martin Smith");
  CHECK_FALSE(sub.truncated());

  traverse.set_name("Smith");  // ambiguous
  CHECK(s.stub->Traverse(s.Context().get(), traverse, &sub).error_code() ==
        grpc::StatusCode::INVALID_ARGUMENT);
  traverse.set_name("Nobody Atall");
  CHECK(s.stub->Traverse(s.Context().get(), traverse, &sub).error_code() ==
        grpc::StatusCode::NOT_FOUND);

  for (v1::ExportFormat format : {v1::GRAPHML, v1::DOT, v1::JSON}) {
    v1::ExportSubgraphRequest request;
    request.set_name("Donald Trump");
    request.set_format(format);
    request.set_depth(2);
    request.set_max_nodes(2);
    v1::ExportSubgraphResponse exported;
    status = s.stub->ExportSubgraph(s.Context().get(), request, &exported);
    INFO(v1::ExportFormat_Name(format) << ": " << status.error_message());
    REQUIRE(status.ok());
    // In the file too: JSON's "truncated", a comment in GraphML and DOT.
    const std::string mark =
        format == v1::JSON ? "\"truncated\":true" : "truncated: stopped at the node cap";
    CHECK(exported.truncated());
    CHECK(exported.data().find(mark) != std::string::npos);
    request.set_max_nodes(0);  // the default cap holds the whole neighbourhood
    REQUIRE(s.stub->ExportSubgraph(s.Context().get(), request, &exported).ok());
    CHECK_FALSE(exported.truncated());
    CHECK(exported.data().find(mark) == std::string::npos);
  }
}

TEST_CASE("request dates must be real dates: INVALID_ARGUMENT naming the field",
          "[query][server][dates]") {
  Server s;
  s.IngestExamples();
  for (std::string bad : {"2020-02-30", "2020-13-45", "2020", "notadate"}) {
    INFO(bad);
    v1::ListClaimsRequest list;
    list.set_said_after(bad);
    v1::ListClaimsResponse claims;
    grpc::Status status = s.stub->ListClaims(s.Context().get(), list, &claims);
    CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK(status.error_message() ==
          "said_after: \"" + bad + "\" is not a date (expected YYYY-MM-DD)");
    v1::ListContradictionsRequest conflicts;
    conflicts.set_said_before(bad);
    v1::ListContradictionsResponse found;
    status = s.stub->ListContradictions(s.Context().get(), conflicts, &found);
    CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK(status.error_message().starts_with("said_before: \"" + bad + "\""));
  }
  v1::ListClaimsRequest leap;
  leap.set_said_after("2016-02-29");
  v1::ListClaimsResponse claims;
  CHECK(s.stub->ListClaims(s.Context().get(), leap, &claims).ok());
  CHECK(claims.claims_size() > 0);
}

TEST_CASE("streamed dates are read as feeds write them, an unreadable one is a warning",
          "[query][server][dates]") {
  Server s;
  auto context = s.Context(/*with_token=*/true);
  v1::IngestDocumentsResponse response;
  auto writer = s.stub->IngestDocuments(context.get(), &response);
  const std::pair<const char*, const char*> documents[] = {
      {"rfc2822", "Sun, 18 Sep 2016 23:30:00 -0500"},
      {"unreadable", "2020-13-01"},
  };
  for (const auto& [id, date] : documents) {
    v1::IngestDocumentsRequest request;
    request.set_id(id);
    request.set_text(std::string("\"We will vote,\" said Pedro Damang, the ") + id +
                     " party's leader.");
    request.set_date(date);
    writer->Write(request);
  }
  writer->WritesDone();
  REQUIRE(writer->Finish().ok());
  CHECK(response.ingested() == 2);
  CHECK(response.failed() == 0);
  REQUIRE(response.results_size() == 2);
  CHECK(response.results(0).warnings_size() == 0);
  REQUIRE(response.results(1).warnings_size() == 1);
  CHECK(response.results(1).warnings(0).starts_with(
      "unreadable: \"date\" \"2020-13-01\" is not a date"));
  CHECK(response.results(1).warnings(0).ends_with("stored with the date unknown"));
  auto published = [&](const std::string& doc_id) {
    auto id = s.store->FindArticle(doc_id);
    REQUIRE(id.ok());
    auto node = s.store->GetNode(*id);
    REQUIRE(node.ok());
    return node->article().published();
  };
  CHECK(published("rfc2822") == "2016-09-18");  // as written, not moved to UTC
  CHECK(published("unreadable").empty());
}

TEST_CASE("claims page through every claim once, page_size clamped",
          "[query][server]") {
  Server s;
  s.IngestExamples();
  v1::ListClaimsRequest list;
  list.set_page_size(4);
  std::set<std::string> names;
  int pages = 0;
  do {
    v1::ListClaimsResponse response;
    REQUIRE(s.stub->ListClaims(s.Context().get(), list, &response).ok());
    CHECK(response.claims_size() <= 4);
    for (const auto& c : response.claims()) CHECK(names.insert(c.name()).second);
    list.set_page_token(response.next_page_token());
    ++pages;
  } while (!list.page_token().empty());
  auto counts = s.store->Count();
  CHECK(names.size() == counts->nodes_by_kind[v1::CLAIM]);
  CHECK(pages == static_cast<int>((names.size() + 3) / 4));

  list.set_page_token("");
  list.set_page_size(100000);
  v1::ListClaimsResponse all;
  REQUIRE(s.stub->ListClaims(s.Context().get(), list, &all).ok());
  CHECK(all.claims_size() == static_cast<int>(names.size()));
}

TEST_CASE("exports come back in each format", "[query][server]") {
  Server s;
  s.IngestExamples();
  v1::ExportSubgraphRequest request;
  request.set_name(graph::ResourceName(query::ResolveSource(*s.store, "Vitaly Churkin").value()));
  request.set_depth(2);
  for (auto format : {v1::GRAPHML, v1::DOT, v1::JSON}) {
    request.set_format(format);
    v1::ExportSubgraphResponse response;
    REQUIRE(s.stub->ExportSubgraph(s.Context().get(), request, &response).ok());
    CHECK(response.data().find("Vitaly Churkin") != std::string::npos);
    CHECK_FALSE(response.media_type().empty());
  }
}

TEST_CASE("contradictions list with their speakers and evidence", "[query][server]") {
  Server s;
  s.IngestExamples();
  v1::ListContradictionsRequest request;
  request.set_speaker("Vitaly Churkin");
  v1::ListContradictionsResponse response;
  REQUIRE(s.stub->ListContradictions(s.Context().get(), request, &response).ok());
  REQUIRE(response.contradictions_size() >= 1);
  for (const auto& c : response.contradictions()) {
    CHECK((c.a_speaker().display_name() == "Vitaly Churkin" ||
           c.b_speaker().display_name() == "Vitaly Churkin"));
    CHECK_FALSE(c.reason().empty());
    CHECK(c.evidence().detector_version().size() > 0);
  }
  request.set_type(v1::ASSERTED);
  CHECK(s.stub->ListContradictions(s.Context().get(), request, &response).error_code() ==
        grpc::StatusCode::INVALID_ARGUMENT);

  // A minimum confidence filters; outside 0..1 is refused with the field named.
  v1::ListContradictionsRequest all;
  v1::ListContradictionsResponse every;
  REQUIRE(s.stub->ListContradictions(s.Context().get(), all, &every).ok());
  REQUIRE(every.contradictions_size() >= 1);
  float lowest = 1;
  for (const auto& c : every.contradictions()) lowest = std::min(lowest, c.confidence());
  all.set_min_confidence(lowest + 0.01f);
  v1::ListContradictionsResponse confident;
  REQUIRE(s.stub->ListContradictions(s.Context().get(), all, &confident).ok());
  CHECK(confident.contradictions_size() < every.contradictions_size());
  for (const auto& c : confident.contradictions()) CHECK(c.confidence() >= lowest + 0.01f);
  all.set_min_confidence(1.5f);
  grpc::Status status = s.stub->ListContradictions(s.Context().get(), all, &confident);
  CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
  CHECK(status.error_message().find("min_confidence") != std::string::npos);
}

// A new version of a doc_id over the wire (issue 12): reported as REPLACED, and
// no query path reaches the old version any more.
TEST_CASE("IngestDocuments replaces a new version of a doc_id, queries see only it",
          "[query][server][versions]") {
  Server s;
  auto first = Send(s, {{"monitor.txt", testing::kMonitorText}, {"ministry.txt", testing::kMinistryText}});
  REQUIRE(first.ingested() == 2);
  CHECK(first.results(1).outcome() == v1::STORED);
  v1::ListClaimsRequest by_doc;
  by_doc.set_article("ministry.txt");
  v1::ListClaimsResponse old_claims;
  REQUIRE(s.stub->ListClaims(s.Context().get(), by_doc, &old_claims).ok());
  REQUIRE(old_claims.claims_size() >= 2);
  v1::ListContradictionsResponse conflicts;
  REQUIRE(s.stub->ListContradictions(s.Context().get(), {}, &conflicts).ok());
  REQUIRE(conflicts.contradictions_size() == 1);

  auto second = Send(s, {{"ministry.txt", testing::kMinistryCorrectedText}});
  REQUIRE(second.results_size() == 1);
  CHECK(second.results(0).code() == 0);
  CHECK(second.results(0).outcome() == v1::REPLACED);
  CHECK(second.replaced() == 1);
  CHECK(second.ingested() == 1);
  CHECK(Send(s, {{"ministry.txt", testing::kMinistryCorrectedText}}).results(0).outcome() == v1::UNCHANGED);

  // GetClaim of every old claim: NOT_FOUND.
  for (const auto& claim : old_claims.claims()) {
    v1::GetClaimRequest get;
    get.set_name(claim.name());
    v1::ClaimView view;
    CHECK(s.stub->GetClaim(s.Context().get(), get, &view).error_code() ==
          grpc::StatusCode::NOT_FOUND);
  }
  // By article, speaker, entity and date: only the new version.
  v1::ListClaimsResponse now;
  REQUIRE(s.stub->ListClaims(s.Context().get(), by_doc, &now).ok());
  REQUIRE(now.claims_size() == 1);
  CHECK(now.claims(0).content().find("not flown") != std::string::npos);
  v1::ListClaimsRequest by_speaker;
  by_speaker.set_speaker("Igor Konashenkov");
  v1::ListClaimsResponse none;
  CHECK(s.stub->ListClaims(s.Context().get(), by_speaker, &none).error_code() ==
        grpc::StatusCode::NOT_FOUND);
  v1::ListClaimsRequest by_place;
  by_place.set_entity("Aleppo");
  by_place.set_said_after("2016-09-18");
  by_place.set_said_before("2016-09-18");
  v1::ListClaimsResponse about;
  REQUIRE(s.stub->ListClaims(s.Context().get(), by_place, &about).ok());
  REQUIRE(about.claims_size() == 1);
  CHECK(about.claims(0).name() == now.claims(0).name());
  v1::ListSourcesRequest sources;
  v1::ListSourcesResponse listed;
  REQUIRE(s.stub->ListSources(s.Context().get(), sources, &listed).ok());
  for (const auto& source : listed.sources()) {
    CHECK(source.display_name() != "Igor Konashenkov");
    CHECK(source.claim_count() > 0);
  }
  REQUIRE(s.stub->ListContradictions(s.Context().get(), {}, &conflicts).ok());
  CHECK(conflicts.contradictions_size() == 0);
  // Traverse and export from the article: the new version only.
  v1::ExportSubgraphRequest export_request;
  export_request.set_name(now.claims(0).provenance(0).article().name());
  export_request.set_depth(3);
  export_request.set_format(v1::JSON);
  v1::ExportSubgraphResponse exported;
  REQUIRE(s.stub->ExportSubgraph(s.Context().get(), export_request, &exported).ok());
  CHECK(exported.data().find("not flown") != std::string::npos);
  CHECK(exported.data().find("12 people") == std::string::npos);
  CHECK(exported.data().find("Konashenkov") == std::string::npos);
  auto problems = s.store->Check();
  REQUIRE(problems.ok());
  CHECK(problems->empty());
}

TEST_CASE("a non-loopback address needs an explicit flag and a token",
          "[query][server]") {
  TempDir dir;
  auto store = *graph::GraphStore::Open(dir.file("db"));
  ServerOptions options;
  options.listen = "0.0.0.0:0";
  CHECK(absl::IsInvalidArgument(QueryServer::Start(store.get(), options).status()));
  options.allow_remote = true;
  CHECK(absl::IsInvalidArgument(QueryServer::Start(store.get(), options).status()));
  CHECK(IsLoopbackAddress("127.0.0.1:80"));
  CHECK(IsLoopbackAddress("[::1]:80"));
  CHECK_FALSE(IsLoopbackAddress("10.0.0.1:80"));
}

TEST_CASE("claims carry their cue class, and ListClaims filters by it", "[query][server]") {
  Server s;
  {
    auto context = s.Context(/*with_token=*/true);
    v1::IngestDocumentsResponse response;
    auto writer = s.stub->IngestDocuments(context.get(), &response);
    v1::IngestDocumentsRequest request;
    request.set_id("classes.txt");
    request.set_text(
        "The mayor said the bridge would reopen in May.\n\n"
        "The governor vowed to rebuild every school destroyed by the flood.\n\n"
        "The senator described the budget as a gift to landlords.\n");
    writer->Write(request);
    writer->WritesDone();
    REQUIRE(writer->Finish().ok());
  }
  auto list = [&](std::vector<v1::CueClass> classes, grpc::StatusCode expect = grpc::OK) {
    v1::ListClaimsRequest request;
    request.set_page_size(50);
    for (v1::CueClass c : classes) request.add_cue_class(c);
    v1::ListClaimsResponse response;
    grpc::Status status = s.stub->ListClaims(s.Context().get(), request, &response);
    CHECK(status.error_code() == expect);
    return std::vector<v1::ClaimView>(response.claims().begin(), response.claims().end());
  };
  auto all = list({});
  REQUIRE(all.size() == 3);
  auto intentions = list({v1::INTENTION});
  REQUIRE(intentions.size() == 1);
  CHECK(intentions[0].content().rfind("to rebuild every school", 0) == 0);
  CHECK(intentions[0].cue_class() == v1::INTENTION);
  auto said_or_stance = list({v1::STATEMENT, v1::STANCE});
  REQUIRE(said_or_stance.size() == 2);
  for (const auto& c : said_or_stance) {
    INFO(c.content());
    CHECK(c.cue_class() == (c.content().rfind("the bridge", 0) == 0 ? v1::STATEMENT : v1::STANCE));
  }
  CHECK(list({v1::EVIDENCE}).empty());
  // The class comes back on GetClaim too.
  v1::GetClaimRequest get;
  get.set_name(intentions[0].name());
  v1::ClaimView claim;
  REQUIRE(s.stub->GetClaim(s.Context().get(), get, &claim).ok());
  CHECK(claim.cue_class() == v1::INTENTION);
  // UNSPECIFIED or an unknown value is a bad request, not "no filter".
  list({v1::CUE_CLASS_UNSPECIFIED}, grpc::INVALID_ARGUMENT);
  list({static_cast<v1::CueClass>(42)}, grpc::INVALID_ARGUMENT);
}

}  // namespace
}  // namespace claimgraph::query

namespace claimgraph::query {
namespace {

// Claims whose words a search is about: two mention evidence (one twice), one
// a phrase; another speaker says nothing of it.
v1::IngestDocumentsResponse IngestEvidence(Server& s) {
  return Send(
      s, {{"a.txt", "\"There is no evidence of a cover-up,\" historian Martin Smith said on "
                    "Monday.\n"},
          {"b.txt", "\"The evidence was destroyed, and the evidence is gone,\" astronomer Jane "
                    "Smith said on Tuesday.\n"},
          {"c.txt", "\"We will finish the road by the summer,\" Donald Trump said on Monday.\n"}});
}

std::vector<std::string> Found(Server& s, const v1::SearchClaimsRequest& request,
                               grpc::Status* status = nullptr) {
  v1::SearchClaimsResponse response;
  grpc::Status done = s.stub->SearchClaims(s.Context().get(), request, &response);
  if (status) *status = done;
  std::vector<std::string> speakers;
  for (const auto& hit : response.hits()) speakers.push_back(hit.claim().speaker().display_name());
  return speakers;
}

TEST_CASE("SearchClaims finds claims by stem and phrase, ranked, with filters",
          "[query][server][search]") {
  Server s;
  REQUIRE(IngestEvidence(s).ingested() == 3);
  v1::SearchClaimsRequest request;
  request.set_query("Evidences");  // any case, another form of the word
  // Jane Smith says "evidence" twice in a claim of about the same length: first.
  CHECK(Found(s, request) == std::vector<std::string>{"Jane Smith", "Martin Smith"});
  request.set_query("\"no evidence\"");
  CHECK(Found(s, request) == std::vector<std::string>{"Martin Smith"});
  request.set_query("evidence destroyed");  // every word must occur
  CHECK(Found(s, request) == std::vector<std::string>{"Jane Smith"});
  request.set_query("evidence");
  request.set_speaker("Martin Smith");
  CHECK(Found(s, request) == std::vector<std::string>{"Martin Smith"});
  request.clear_speaker();
  request.add_kind(v1::INDIRECT);  // both are direct quotes
  CHECK(Found(s, request).empty());
  request.clear_kind();
  request.add_kind(v1::DIRECT);
  CHECK(Found(s, request).size() == 2);
  request.set_said_after("2100-01-01");
  CHECK(Found(s, request).empty());
  request.clear_said_after();
  request.set_query("the");  // stop words only: searched after all
  CHECK(Found(s, request).size() == 2);  // "The evidence ...", "... by the summer"
  request.set_query("telescope");
  CHECK(Found(s, request).empty());
}

TEST_CASE("SearchClaims pages like every List and refuses bad requests",
          "[query][server][search]") {
  Server s;
  REQUIRE(IngestEvidence(s).ingested() == 3);
  v1::SearchClaimsRequest request;
  request.set_query("evidence");
  request.set_page_size(1);
  v1::SearchClaimsResponse first, second;
  REQUIRE(s.stub->SearchClaims(s.Context().get(), request, &first).ok());
  CHECK(first.hits_size() == 1);
  CHECK(first.total_size() == 2);
  REQUIRE_FALSE(first.next_page_token().empty());
  CHECK(first.hits(0).score() > 0);
  request.set_page_token(first.next_page_token());
  REQUIRE(s.stub->SearchClaims(s.Context().get(), request, &second).ok());
  CHECK(second.hits_size() == 1);
  CHECK(second.next_page_token().empty());
  CHECK(second.hits(0).claim().name() != first.hits(0).claim().name());
  CHECK(second.hits(0).score() <= first.hits(0).score());

  auto code = [&](const v1::SearchClaimsRequest& bad) {
    grpc::Status status;
    Found(s, bad, &status);
    return status.error_code();
  };
  v1::SearchClaimsRequest bad;
  CHECK(code(bad) == grpc::StatusCode::INVALID_ARGUMENT);  // no words
  bad.set_query("\"no evidence");
  CHECK(code(bad) == grpc::StatusCode::INVALID_ARGUMENT);  // unclosed phrase
  std::string long_query;
  for (int i = 0; i < 33; ++i) long_query += "word" + std::to_string(i) + " ";
  bad.set_query(long_query);
  CHECK(code(bad) == grpc::StatusCode::INVALID_ARGUMENT);  // more than 32 words
  bad.set_query("evidence");
  bad.set_page_token("claims:7");
  CHECK(code(bad) == grpc::StatusCode::INVALID_ARGUMENT);
  bad.clear_page_token();
  bad.add_kind(v1::CLAIM_KIND_UNSPECIFIED);
  CHECK(code(bad) == grpc::StatusCode::INVALID_ARGUMENT);
  bad.clear_kind();
  bad.set_said_before("2020-13-45");
  CHECK(code(bad) == grpc::StatusCode::INVALID_ARGUMENT);
  bad.clear_said_before();
  bad.set_speaker("Nobody Atall");
  CHECK(code(bad) == grpc::StatusCode::NOT_FOUND);
  bad.clear_speaker();
  bad.set_page_size(-1);
  CHECK(code(bad) == grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_CASE("a name search finds prefixes and near spellings, ranked by claim count",
          "[query][server][names]") {
  Server s;
  REQUIRE(IngestNamesakes(s).ingested() == 3);
  REQUIRE(Send(s, {{"d.txt", "\"The sky is clear tonight,\" astronomer Jane Smith said on "
                             "Wednesday.\n"}})
              .ingested() == 1);
  auto names = [&](const std::string& query) {
    v1::ListSourcesRequest request;
    request.set_query(query);
    v1::ListSourcesResponse response;
    REQUIRE(s.stub->ListSources(s.Context().get(), request, &response).ok());
    std::vector<std::string> out;
    for (const auto& source : response.sources()) out.push_back(source.display_name());
    return out;
  };
  // Exact candidates, Jane (2 claims) before Martin (1).
  CHECK(names("Smith") == std::vector<std::string>{"Jane Smith", "Martin Smith"});
  CHECK(names("Mart") == std::vector<std::string>{"Martin Smith"});           // a prefix
  CHECK(names("Smitth") == std::vector<std::string>{"Jane Smith", "Martin Smith"});  // one edit
  CHECK(names("don tru") == std::vector<std::string>{"Donald Trump"});       // word prefixes
  CHECK(names("Trumpet Smith").empty());  // every word must match
}

}  // namespace
}  // namespace claimgraph::query
