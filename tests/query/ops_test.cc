// Operating the server (issue 14), against the real gRPC stack on 127.0.0.1
// with an ephemeral port: named tokens with scopes for every method, token
// rotation, remote serving only with TLS (a certificate generated here) or an
// explicit --insecure-plaintext, mutual TLS, a full disk under a stream,
// backups taken during a stream and restored.
#include <catch2/catch.hpp>
#include <atomic>
#include <functional>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <set>
#include <thread>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include "claimgraph/v1/service.grpc.pb.h"
#include "corrupt_tables.h"
#include "fault_fs.h"
#include "graph/store.h"
#include "ingest/document.h"
#include "query/auth.h"
#include "query/client.h"
#include "query/server.h"
#include "test_util.h"

namespace claimgraph::query {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

constexpr char kReader[] = "r3ader-secret";
constexpr char kWriter[] = "wr1ter-secret";
constexpr char kBoth[] = "b0th-secret";

void WriteFile(const std::string& path, const std::string& text,
               fs::perms perms = fs::perms::owner_read | fs::perms::owner_write) {
  std::ofstream(path) << text;
  fs::permissions(path, perms);
}

std::string TokenFile(const TempDir& dir) {
  std::string path = dir.file("tokens");
  WriteFile(path, std::string("# name scopes secret\n") + "dashboard read " + kReader +
                      "\n" + "feeder write " + kWriter + "\n" + "newsdesk read,write " +
                      kBoth + "\n");
  return path;
}

// Wikinews test articles as IngestDocuments requests.
std::vector<v1::IngestDocumentsRequest> Articles(std::size_t n) {
  std::vector<v1::IngestDocumentsRequest> out;
  REQUIRE(ingest::ReadDocuments(
              testing::SourceDir() + "/tests/data/wikinews/articles.jsonl",
              ingest::InputFormat::kJsonl,
              [&](absl::StatusOr<ingest::Document> doc) {
                if (!doc.ok() || out.size() >= n) return;
                v1::IngestDocumentsRequest request;
                request.set_id(doc->doc_id);
                request.set_text(doc->text);
                request.set_date(doc->published);
                out.push_back(std::move(request));
              })
              .ok());
  return out;
}

// The store passes its integrity check.
void CheckWhole(const graph::GraphStore& store) {
  auto problems = store.Check();
  REQUIRE(problems.ok());
  CHECK(problems->empty());
}

struct Served {
  TempDir dir;
  std::unique_ptr<graph::GraphStore> store;
  std::unique_ptr<QueryServer> server;
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<v1::ClaimGraphService::Stub> stub;

  // Serves the store at `path` (default: a new one in `dir`).
  explicit Served(ServerOptions options, graph::StoreOptions store_options = {},
                  const std::string& path = "") {
    auto opened = graph::GraphStore::Open(path.empty() ? dir.file("db") : path,
                                          store_options);
    REQUIRE(opened.ok());
    store = *std::move(opened);
    if (options.token_file == "tokens") options.token_file = TokenFile(dir);
    auto started = QueryServer::Start(store.get(), options);
    REQUIRE(started.ok());
    server = *std::move(started);
    channel = grpc::CreateChannel("127.0.0.1:" + std::to_string(server->port()),
                                  grpc::InsecureChannelCredentials());
    stub = v1::ClaimGraphService::NewStub(channel);
  }

  static std::unique_ptr<grpc::ClientContext> Context(const std::string& token = kBoth) {
    auto context = std::make_unique<grpc::ClientContext>();
    context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    if (!token.empty()) context->AddMetadata("authorization", "Bearer " + token);
    return context;
  }

  // `after_write`, when given, runs after each document is written (with the
  // number written so far), the stream still open.
  grpc::Status Ingest(const std::vector<v1::IngestDocumentsRequest>& docs,
                      v1::IngestDocumentsResponse* response,
                      const std::string& token = kBoth,
                      const std::function<void(size_t)>& after_write = nullptr) {
    auto context = Context(token);
    auto writer = stub->IngestDocuments(context.get(), response);
    for (size_t i = 0; i < docs.size(); ++i) {
      if (!writer->Write(docs[i])) break;
      if (after_write) after_write(i + 1);
    }
    writer->WritesDone();
    return writer->Finish();
  }
};

// Calls `method` of the service with an empty request through the generic
// stub, as any client could.
grpc::StatusCode CallRaw(const std::shared_ptr<grpc::Channel>& channel,
                         const std::string& method, const std::string& token) {
  grpc::GenericStub generic(channel);
  auto context = Served::Context(token);
  grpc::ByteBuffer request, response;
  grpc::Slice empty("");
  request = grpc::ByteBuffer(&empty, 1);
  std::promise<grpc::Status> done;
  generic.UnaryCall(context.get(), method, grpc::StubOptions(), &request, &response,
                    [&](grpc::Status status) { done.set_value(status); });
  return done.get_future().get().error_code();
}

TEST_CASE("with a token file every method needs a known token with its scope",
          "[query][ops][auth]") {
  ServerOptions options;
  options.token_file = "tokens";
  Served s(options);
  REQUIRE(s.server->warnings().empty());  // the file is 0600
  const auto* service = google::protobuf::DescriptorPool::generated_pool()->FindServiceByName(
      v1::ClaimGraphService::service_full_name());
  REQUIRE(service != nullptr);
  REQUIRE(service->method_count() >= 9);
  const std::set<std::string> writes = {"IngestDocuments", "CreateBackup"};
  for (int i = 0; i < service->method_count(); ++i) {
    const std::string name = service->method(i)->name();
    const std::string path = "/" + service->full_name() + "/" + name;
    const bool write = writes.contains(name);
    INFO(path);
    CHECK(CallRaw(s.channel, path, "") == grpc::StatusCode::UNAUTHENTICATED);
    CHECK(CallRaw(s.channel, path, "not-a-token") == grpc::StatusCode::UNAUTHENTICATED);
    CHECK(CallRaw(s.channel, path, std::string(kBoth).substr(0, 5)) == grpc::StatusCode::UNAUTHENTICATED);
    auto wrong = CallRaw(s.channel, path, write ? kReader : kWriter);
    CHECK(wrong == grpc::StatusCode::PERMISSION_DENIED);
    // With the scope the call gets past the gate (whatever it then answers
    // to an empty request).
    auto right = CallRaw(s.channel, path, write ? kWriter : kReader);
    CHECK(right != grpc::StatusCode::UNAUTHENTICATED);
    CHECK(right != grpc::StatusCode::PERMISSION_DENIED);
  }
  // Health stays open for load balancers: it tells nothing of the graph.
  auto health = CheckHealth(s.channel, std::chrono::seconds(5));
  REQUIRE(health.ok());
  CHECK(*health);
}

TEST_CASE("each stored article records when it was ingested and by which token's name",
          "[query][ops][audit]") {
  ServerOptions options;
  options.token_file = "tokens";
  Served s(options);
  v1::IngestDocumentsResponse response;
  REQUIRE(s.Ingest(Articles(2), &response, kWriter).ok());
  REQUIRE(response.ingested() == 2);
  v1::ListClaimsRequest request;
  v1::ListClaimsResponse claims;
  REQUIRE(s.stub->ListClaims(Served::Context(kReader).get(), request, &claims).ok());
  REQUIRE(claims.claims_size() > 0);
  for (const auto& claim : claims.claims()) {
    for (const auto& p : claim.provenance()) {
      CHECK(p.ingested_by() == "feeder");  // the token's name, never its secret
      CHECK_THAT(p.ingested_at(), Catch::Matches(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"));
    }
  }
}

TEST_CASE("tokens rotate without a restart, and a broken file keeps the tokens in use",
          "[query][ops][auth]") {
  ServerOptions options;
  options.token_file = "tokens";
  Served s(options);
  v1::ListSourcesRequest request;
  v1::ListSourcesResponse response;
  REQUIRE(s.stub->ListSources(Served::Context(kReader).get(), request, &response).ok());

  WriteFile(s.dir.file("tokens"), "dashboard read n3w-secret\n");
  REQUIRE(s.server->ReloadTokens().ok());
  CHECK(s.stub->ListSources(Served::Context(kReader).get(), request, &response)
            .error_code() == grpc::StatusCode::UNAUTHENTICATED);
  CHECK(s.stub->ListSources(Served::Context("n3w-secret").get(), request, &response).ok());

  WriteFile(s.dir.file("tokens"), "dashboard reed n3w-secret\n");
  auto broken = s.server->ReloadTokens();
  CHECK(absl::IsInvalidArgument(broken));
  CHECK_THAT(std::string(broken.message()), Catch::Contains("tokens:1") &&
                                                Catch::Contains("unknown scope \"reed\""));
  CHECK(s.stub->ListSources(Served::Context("n3w-secret").get(), request, &response).ok());

  // A token file others can read is served, with a warning.
  WriteFile(s.dir.file("tokens"), "dashboard read n3w-secret\n",
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
  REQUIRE(s.server->ReloadTokens().ok());
  REQUIRE(s.server->warnings().size() == 1);
  CHECK_THAT(s.server->warnings()[0], Catch::Contains("can be read by other users"));
}

TEST_CASE("token files: named tokens with scopes, one bare secret, mistakes by line",
          "[query][ops][auth]") {
  auto tokens = ParseTokenFile("# comment\n\na read x1\nb read,write x2\n", "t");
  REQUIRE(tokens.ok());
  REQUIRE(tokens->size() == 2);
  CHECK((*tokens)[1].name == "b");
  CHECK(((*tokens)[1].read && (*tokens)[1].write));
  CHECK_FALSE((*tokens)[0].write);
  auto bare = ParseTokenFile("only-a-secret\n", "t");
  REQUIRE(bare.ok());
  CHECK((*bare)[0].name == "default");
  CHECK_THAT(std::string(ParseTokenFile("a read x\na write y\n", "t").status().message()),
             Catch::Contains("t:2") && Catch::Contains("used twice"));
  CHECK_THAT(std::string(ParseTokenFile("a read\n", "t").status().message()),
             Catch::Contains("t:1: expected NAME SCOPES SECRET"));
  CHECK_FALSE(ParseTokenFile("# nothing\n", "t").ok());
  CHECK(ConstantTimeEquals("abc", "abc"));
  CHECK_FALSE(ConstantTimeEquals("abc", "abd"));
  CHECK_FALSE(ConstantTimeEquals("abc", "abcd"));
  CHECK_FALSE(ConstantTimeEquals("", "a"));
}

// A self-signed CA and a certificate it signs for 127.0.0.1 / localhost, made
// with the openssl command line.
struct TestPki {
  TempDir dir;
  std::string ca = dir.file("ca.pem"), ca_key = dir.file("ca.key");
  std::string cert = dir.file("server.pem"), key = dir.file("server.key");
  std::string client_cert = dir.file("client.pem"), client_key = dir.file("client.key");

  TestPki() {
    const std::string d = dir.path();
    const std::string script =
        "cd " + d + " && " +
        "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=test-ca "
        "-keyout ca.key -out ca.pem && "
        "printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\\n' > san.ext && " +
        Sign("server", "san.ext") + " && " + Sign("client", "") + " 2>/dev/null";
    REQUIRE(std::system(("(" + script + ") >/dev/null 2>&1").c_str()) == 0);
  }
  static std::string Sign(const std::string& name, const std::string& ext) {
    return "openssl req -newkey rsa:2048 -nodes -subj /CN=" + name + " -keyout " + name +
           ".key -out " + name + ".csr && openssl x509 -req -in " + name +
           ".csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 -out " + name + ".pem" +
           (ext.empty() ? "" : " -extfile " + ext);
  }
};

std::shared_ptr<grpc::Channel> TlsChannel(const TestPki& pki, int port, bool client_cert) {
  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = testing::ReadFile(pki.ca);
  if (client_cert) {
    ssl.pem_cert_chain = testing::ReadFile(pki.client_cert);
    ssl.pem_private_key = testing::ReadFile(pki.client_key);
  }
  return grpc::CreateChannel("127.0.0.1:" + std::to_string(port), grpc::SslCredentials(ssl));
}

TEST_CASE("beyond loopback: a token file and TLS, or --insecure-plaintext said outright",
          "[query][ops][tls]") {
  TempDir dir;
  auto store = *graph::GraphStore::Open(dir.file("db"));
  ServerOptions options;
  options.listen = "0.0.0.0:0";
  options.allow_remote = true;
  CHECK_THAT(std::string(QueryServer::Start(store.get(), options).status().message()),
             Catch::Contains("token file"));
  options.token_file = TokenFile(dir);
  auto plaintext = QueryServer::Start(store.get(), options);
  REQUIRE(absl::IsInvalidArgument(plaintext.status()));
  CHECK_THAT(std::string(plaintext.status().message()),
             Catch::Contains("in clear") && Catch::Contains("--insecure-plaintext"));
  options.insecure_plaintext = true;
  auto insecure = QueryServer::Start(store.get(), options);
  REQUIRE(insecure.ok());
  (*insecure)->Shutdown();
  insecure->reset();

  TestPki pki;
  options.insecure_plaintext = false;
  options.tls_cert_file = pki.cert;
  options.tls_key_file = pki.key;
  auto tls = QueryServer::Start(store.get(), options);
  REQUIRE(tls.ok());
  auto stub = v1::ClaimGraphService::NewStub(TlsChannel(pki, (*tls)->port(), false));
  v1::ListSourcesRequest request;
  v1::ListSourcesResponse response;
  CHECK(stub->ListSources(Served::Context(kReader).get(), request, &response).ok());
  CHECK(stub->ListSources(Served::Context("").get(), request, &response).error_code() ==
        grpc::StatusCode::UNAUTHENTICATED);
  // A plaintext client cannot talk to it.
  auto plain = v1::ClaimGraphService::NewStub(grpc::CreateChannel(
      "127.0.0.1:" + std::to_string((*tls)->port()), grpc::InsecureChannelCredentials()));
  auto context = Served::Context(kReader);
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(3));
  CHECK_FALSE(plain->ListSources(context.get(), request, &response).ok());
  (*tls)->Shutdown();
  tls->reset();

  SECTION("mutual TLS: a client without a certificate the CA signed is refused") {
    options.tls_client_ca_file = pki.ca;
    auto mutual = QueryServer::Start(store.get(), options);
    REQUIRE(mutual.ok());
    auto with_cert = v1::ClaimGraphService::NewStub(TlsChannel(pki, (*mutual)->port(), true));
    CHECK(with_cert->ListSources(Served::Context(kReader).get(), request, &response).ok());
    auto without = v1::ClaimGraphService::NewStub(TlsChannel(pki, (*mutual)->port(), false));
    auto short_context = Served::Context(kReader);
    short_context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(3));
    CHECK(without->ListSources(short_context.get(), request, &response).error_code() ==
          grpc::StatusCode::UNAVAILABLE);
  }
}

TEST_CASE("a full disk stops the stream at the article it hits, named with the reason, "
          "reads go on and writes are UNAVAILABLE until space is freed",
          "[query][ops][faults]") {
  testing::FaultEnv fault;
  graph::StoreOptions store_options;
  store_options.env = fault.env.get();
  Served s(ServerOptions{}, store_options);
  auto docs = Articles(40);
  v1::IngestDocumentsResponse first;
  REQUIRE(s.Ingest({docs.begin(), docs.begin() + 5}, &first).ok());
  REQUIRE(first.ingested() == 5);

  fault.fs->FailAfterBytes(30000);  // room for a few more articles, not for 35
  v1::IngestDocumentsResponse response;
  grpc::Status status = s.Ingest({docs.begin() + 5, docs.end()}, &response);
  REQUIRE(status.error_code() == grpc::StatusCode::UNAVAILABLE);
  const std::string message = status.error_message();
  CHECK_THAT(message, Catch::Contains("No space left on device") &&
                          Catch::Contains("not stored: the store cannot write"));
  // The message names the document that hit the full disk: it is absent, the
  // ones before it in the stream are stored, the ones after it are not.
  std::size_t failed = docs.size();
  for (std::size_t i = 5; i < docs.size(); ++i) {
    if (message.starts_with(docs[i].id() + ": ")) failed = i;
  }
  REQUIRE(failed < docs.size());
  CHECK(failed > 5);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    INFO(docs[i].id());
    CHECK(s.store->FindArticle(docs[i].id()).ok() == (i < failed));
  }

  // Reads go on.
  v1::ListClaimsRequest list;
  v1::ListClaimsResponse claims;
  REQUIRE(s.stub->ListClaims(Served::Context().get(), list, &claims).ok());
  CHECK(claims.claims_size() > 0);
  auto health = CheckHealth(s.channel, std::chrono::seconds(5));
  REQUIRE(health.ok());
  CHECK(*health);
  // Writes are UNAVAILABLE while the disk is full ...
  v1::IngestDocumentsResponse again;
  CHECK(s.Ingest({docs[failed]}, &again).error_code() == grpc::StatusCode::UNAVAILABLE);
  // ... and resume once space is freed (RocksDB's recovery polls for space
  // every few seconds).
  fault.fs->Heal();
  v1::IngestDocumentsResponse resumed;
  grpc::Status resumed_status;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  do {
    resumed.Clear();
    resumed_status = s.Ingest({docs.begin() + failed, docs.end()}, &resumed);
    if (resumed_status.error_code() != grpc::StatusCode::UNAVAILABLE) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  } while (std::chrono::steady_clock::now() < deadline);
  INFO(resumed_status.error_message());
  REQUIRE(resumed_status.ok());
  CHECK(resumed.ingested() == static_cast<int>(docs.size() - failed));
  CheckWhole(*s.store);
}

TEST_CASE("backups taken during an ingest stream restore to whole stores",
          "[query][ops][backup]") {
  TempDir backups;
  ServerOptions options;
  options.backup_dir = backups.file("b");
  Served s(options);
  auto docs = Articles(120);
  std::atomic<bool> streaming = true;
  std::atomic<int> during = 0;
  grpc::Status stream_status;
  v1::IngestDocumentsResponse streamed;
  std::thread feeder([&] {
    // Halfway, the stream stays open until a backup has begun and ended
    // inside it (a loaded machine may otherwise finish the stream first).
    auto hold_open = [&](size_t written) {
      if (written != docs.size() / 2) return;
      // Within the stream's own 30 s deadline.
      const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
      while (during == 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    };
    stream_status = s.Ingest(docs, &streamed, kBoth, hold_open);
    streaming = false;
  });
  std::vector<v1::CreateBackupResponse> taken;
  while (taken.size() < 6) {
    bool was_streaming = streaming;
    v1::CreateBackupResponse backup;
    REQUIRE(s.stub->CreateBackup(Served::Context().get(), {}, &backup).ok());
    if (was_streaming && streaming) ++during;
    taken.push_back(backup);
    if (!streaming && taken.size() >= 3) break;
  }
  feeder.join();
  REQUIRE(stream_status.ok());
  REQUIRE(streamed.ingested() == static_cast<int>(docs.size()));
  CHECK(during >= 1);  // at least one backup began and ended inside the stream
  v1::CreateBackupResponse final_backup;
  REQUIRE(s.stub->CreateBackup(Served::Context().get(), {}, &final_backup).ok());
  taken.push_back(final_backup);
  CHECK(final_backup.backup_dir() == options.backup_dir);
  // Incremental: the last backup copies less than it holds.
  CHECK(final_backup.new_bytes() < final_backup.bytes());

  for (const auto& backup : taken) {
    INFO("backup " << backup.backup_id());
    std::string restored = backups.file("restored-" + std::to_string(backup.backup_id()));
    REQUIRE(graph::RestoreBackup(options.backup_dir, restored, backup.backup_id()).ok());
    graph::StoreOptions read_only;
    read_only.read_only = true;
    auto store = graph::GraphStore::Open(restored, read_only);
    REQUIRE(store.ok());
    CheckWhole(**store);  // includes: each article has all its claims
    // The articles in it are a prefix of the stream: each whole, the rest absent.
    std::size_t present = 0;
    while (present < docs.size() && (*store)->FindArticle(docs[present].id()).ok()) ++present;
    for (std::size_t i = present; i < docs.size(); ++i) {
      CHECK(absl::IsNotFound((*store)->FindArticle(docs[i].id()).status()));
    }
  }
  // The last one holds everything.
  std::string last = backups.file("restored-" + std::to_string(final_backup.backup_id()));
  graph::StoreOptions read_only;
  read_only.read_only = true;
  auto store = graph::GraphStore::Open(last, read_only);
  REQUIRE(store.ok());
  CHECK((*store)->FindArticle(docs.back().id()).ok());
  // Restoring over a store is refused.
  CHECK(absl::IsFailedPrecondition(graph::RestoreBackup(options.backup_dir, last)));
}

TEST_CASE("a client over its stream limits gets RESOURCE_EXHAUSTED and the server "
          "stays responsive", "[query][ops][limits]") {
  ServerOptions options;
  options.token_file = "tokens";
  options.stream_limits.max_streams_per_client = 2;
  options.stream_limits.max_stream_bytes = 40000;
  Served s(options);
  auto docs = Articles(30);

  SECTION("too many streams at once") {
    struct Stream {
      std::unique_ptr<grpc::ClientContext> context;
      v1::IngestDocumentsResponse response;
      std::unique_ptr<grpc::ClientWriter<v1::IngestDocumentsRequest>> writer;
    };
    std::vector<Stream> open(3);
    for (std::size_t i = 0; i < open.size(); ++i) {
      open[i].context = Served::Context(kWriter);
      open[i].writer = s.stub->IngestDocuments(open[i].context.get(), &open[i].response);
      open[i].writer->Write(docs[i]);
      // Let the server take this stream up before the next one comes.
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    }
    // The third stream of the same token is refused; the server still answers
    // (reads and another client's stream alike).
    open[2].writer->WritesDone();
    grpc::Status third = open[2].writer->Finish();
    CHECK(third.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED);
    CHECK_THAT(third.error_message(), Catch::Contains("token \"feeder\" has 2 ingest streams"));
    v1::ListSourcesRequest request;
    v1::ListSourcesResponse sources;
    CHECK(s.stub->ListSources(Served::Context(kReader).get(), request, &sources).ok());
    v1::IngestDocumentsResponse other;
    CHECK(s.Ingest({docs[10]}, &other, kBoth).ok());
    for (std::size_t i = 0; i < 2; ++i) {
      open[i].writer->WritesDone();
      CHECK(open[i].writer->Finish().ok());
      CHECK(open[i].response.ingested() == 1);
    }
    // Streams closed free their places.
    v1::IngestDocumentsResponse later;
    CHECK(s.Ingest({docs[11]}, &later, kWriter).ok());
  }
  SECTION("too many bytes in one stream") {
    v1::IngestDocumentsResponse response;
    grpc::Status status = s.Ingest(docs, &response, kWriter);
    REQUIRE(status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED);
    CHECK_THAT(status.error_message(), Catch::Contains("40000 bytes of text per stream"));
    // The documents before the one over the limit are stored, it is not.
    int64_t bytes = 0;
    std::size_t over = 0;
    while ((bytes += docs[over].text().size()) <= 40000) ++over;
    CHECK(over > 0);
    CHECK_THAT(status.error_message(), Catch::StartsWith(docs[over].id() + ": not stored"));
    for (std::size_t i = 0; i <= over; ++i) {
      CHECK(s.store->FindArticle(docs[i].id()).ok() == (i < over));
    }
  }
}

TEST_CASE("a server without --backup-dir refuses CreateBackup", "[query][ops][backup]") {
  Served s(ServerOptions{});
  v1::CreateBackupResponse backup;
  grpc::Status status = s.stub->CreateBackup(Served::Context().get(), {}, &backup);
  CHECK(status.error_code() == grpc::StatusCode::FAILED_PRECONDITION);
  CHECK_THAT(status.error_message(), Catch::Contains("--backup-dir"));
}

TEST_CASE("a call that reads a corrupt block answers DATA_LOSS naming the file, the "
          "server keeps answering",
          "[query][ops][faults]") {
  TempDir dir;
  v1::ListClaimsRequest list;
  list.set_page_size(500);
  v1::ListClaimsResponse before;
  {
    Served s(ServerOptions{}, {}, dir.file("db"));
    v1::IngestDocumentsResponse ingested;
    REQUIRE(s.Ingest(Articles(30), &ingested).ok());
    REQUIRE(s.stub->ListClaims(Served::Context().get(), list, &before).ok());
    REQUIRE(before.claims_size() > 0);
    s.server->Shutdown();
  }
  // Listings and GetClaim read the claims' view records, in the index.
  std::vector<std::string> nodes = testing::FlushedTables(dir.file("db"), "idx");
  REQUIRE(nodes.size() == 1);
  testing::FlipBytes(nodes[0], 0.5);  // data blocks only: the store still opens
  Served s(ServerOptions{}, {}, dir.file("db"));
  v1::ListClaimsResponse listed;
  grpc::Status status = s.stub->ListClaims(Served::Context().get(), list, &listed);
  CHECK(status.error_code() == grpc::StatusCode::DATA_LOSS);
  CHECK_THAT(status.error_message(), Catch::Contains("Corruption") && Catch::Contains(nodes[0]));
  int lost = 0, read = 0;
  for (const v1::ClaimView& claim : before.claims()) {
    v1::GetClaimRequest get;
    get.set_name(claim.name());
    v1::ClaimView view;
    status = s.stub->GetClaim(Served::Context().get(), get, &view);
    if (status.ok()) {
      ++read;
      CHECK(view.content() == claim.content());
      continue;
    }
    ++lost;
    CHECK(status.error_code() == grpc::StatusCode::DATA_LOSS);
    CHECK_THAT(status.error_message(), Catch::Contains(nodes[0]));
  }
  CHECK(lost > 0);
  INFO(read << " claims read whole");
  // The server is still up and says so.
  auto serving = CheckHealth(s.channel, std::chrono::seconds(5));
  REQUIRE(serving.ok());
  CHECK(*serving);
}

}  // namespace
}  // namespace claimgraph::query
