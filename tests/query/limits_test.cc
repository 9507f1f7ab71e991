// Serving limits (issue 6): page_size clamp, traversal depth and work bounds,
// message size, error reasons, loopback by default. Real server on 127.0.0.1:0,
// real generated client.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "claimgraph/v1/service.grpc.pb.h"
#include "graph/store.h"
#include "graph/subgraph.h"
#include "graph/views.h"
#include "ingest/extraction.h"
#include "query/server.h"
#include "query/walk_slots.h"
#include "test_util.h"

namespace claimgraph {
namespace {

struct Served {
  testing::TempDir dir;
  std::unique_ptr<graph::GraphStore> store;
  std::unique_ptr<query::QueryServer> server;
  std::unique_ptr<v1::ClaimGraphService::Stub> stub;
  std::string claim;

  explicit Served(const query::ServerOptions& options = {}) {
    auto opened = graph::GraphStore::Open(dir.file("db"));
    REQUIRE(opened.ok());
    store = *std::move(opened);
    for (const auto& entry : std::filesystem::directory_iterator(
             testing::SourceDir() + "/examples/articles")) {
      (void)ingest::ReadDocuments(entry.path().string(), ingest::InputFormat::kText,
                                  [&](auto doc) {
                                    REQUIRE(doc.ok());
                                    auto e = ingest::Extract(*doc);
                                    REQUIRE(e.ok());
                                    REQUIRE(store->Ingest(*doc, *e).ok());
                                  });
    }
    auto started = query::QueryServer::Start(store.get(), options);
    REQUIRE(started.ok());
    server = *std::move(started);
    grpc::ChannelArguments args;
    args.SetMaxSendMessageSize(64 << 20);
    stub = v1::ClaimGraphService::NewStub(grpc::CreateCustomChannel(
        "127.0.0.1:" + std::to_string(server->port()),
        grpc::InsecureChannelCredentials(), args));
    auto page = store->ListNodes(v1::CLAIM, 1, "");
    REQUIRE(page.ok());
    REQUIRE_FALSE(page->ids.empty());
    claim = "claims/" + std::to_string(page->ids[0]);
  }
  std::unique_ptr<grpc::ClientContext> Context(int ms = 5000) {
    auto context = std::make_unique<grpc::ClientContext>();
    context->set_deadline(std::chrono::system_clock::now() +
                          std::chrono::milliseconds(ms));
    return context;
  }
};

TEST_CASE("page_size: negative is INVALID_ARGUMENT, huge is clamped", "[query][limits]") {
  Served s;
  v1::ListClaimsRequest request;
  v1::ListClaimsResponse response;
  request.set_page_size(-1);
  grpc::Status status = s.stub->ListClaims(s.Context().get(), request, &response);
  CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
  CHECK_THAT(status.error_message(), Catch::Contains("page_size"));
  request.set_page_size(1 << 30);
  status = s.stub->ListClaims(s.Context().get(), request, &response);
  REQUIRE(status.ok());
  CHECK(response.claims_size() <= query::kMaxPageSize);
  CHECK(response.claims_size() > 0);
}

TEST_CASE("traversal depth outside 0..4 is INVALID_ARGUMENT", "[query][limits]") {
  Served s;
  for (int depth : {-1, 5, 1 << 30}) {
    v1::TraverseRequest request;
    request.set_name(s.claim);
    request.set_depth(depth);
    v1::Subgraph response;
    grpc::Status status = s.stub->Traverse(s.Context().get(), request, &response);
    CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK_THAT(status.error_message(), Catch::Contains("depth"));
  }
  v1::TraverseRequest request;
  request.set_name(s.claim);
  request.set_depth(4);
  request.set_max_nodes(1 << 30);  // clamped to kMaxNodesLimit
  v1::Subgraph response;
  REQUIRE(s.stub->Traverse(s.Context().get(), request, &response).ok());
  CHECK(response.nodes_size() <= graph::kMaxNodesLimit);
}

TEST_CASE("traversal work is bounded by max_nodes", "[query][limits]") {
  Served s;
  auto sub = graph::Traverse(*s.store, *graph::ParseResourceName(s.claim, v1::CLAIM), 4, 2);
  REQUIRE(sub.ok());
  CHECK(sub->nodes_size() <= 2);
  CHECK(sub->truncated());
  int polls = 0;
  auto cancelled = graph::Traverse(*s.store, *graph::ParseResourceName(s.claim, v1::CLAIM),
                                   4, 5000, [&] { return ++polls > 0; });
  CHECK(absl::IsCancelled(cancelled.status()));
}

TEST_CASE("malformed names are INVALID_ARGUMENT with a short reason", "[query][limits]") {
  Served s;
  for (std::string name : {std::string("claims/abc"), std::string("sources/1"),
                           std::string(""), std::string("claims/") + std::string(1 << 20, '9'),
                           std::string(1 << 20, 'x')}) {
    v1::GetClaimRequest request;
    request.set_name(name);
    v1::ClaimView response;
    grpc::Status status = s.stub->GetClaim(s.Context().get(), request, &response);
    CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK_FALSE(status.error_message().empty());
    CHECK(status.error_message().size() < 1024);
  }
  v1::ListClaimsRequest request;
  request.set_said_after("last tuesday");
  v1::ListClaimsResponse response;
  grpc::Status status = s.stub->ListClaims(s.Context().get(), request, &response);
  CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
  // The field the caller set, as the CLI names its flag (query::ClaimFilterOf).
  CHECK(status.error_message() ==
        "said_after: \"last tuesday\" is not a date (expected YYYY-MM-DD)");
  request.Clear();
  request.set_page_token("not a token");
  status = s.stub->ListClaims(s.Context().get(), request, &response);
  CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_CASE("requests over the maximum message size are RESOURCE_EXHAUSTED",
          "[query][limits]") {
  Served s;
  v1::GetClaimRequest request;
  request.set_name(std::string(17 << 20, 'x'));
  v1::ClaimView response;
  grpc::Status status = s.stub->GetClaim(s.Context().get(), request, &response);
  CHECK(status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED);
}

TEST_CASE("an expired deadline is DEADLINE_EXCEEDED", "[query][limits]") {
  Served s;
  v1::TraverseRequest request;
  request.set_name(s.claim);
  request.set_depth(4);
  v1::Subgraph response;
  // Already past: a deadline of "now" raced the call and passed under ASan
  // when the server answered within the same clock tick.
  auto context = s.Context(-1000);
  grpc::Status status = s.stub->Traverse(context.get(), request, &response);
  CHECK(status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED);
}

// Waits (a bounded while) until `slots` has `n` callers waiting.
bool AwaitWaiting(const query::WalkSlots& slots, int n) {
  for (int i = 0; i < 2000 && slots.waiting() != n; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return slots.waiting() == n;
}

TEST_CASE("walks beyond the slots wait, and are let in first come, first served",
          "[query][limits]") {
  query::WalkSlots slots(1);
  std::vector<int> order;
  std::mutex order_mu;
  std::atomic<int> running{0}, most_running{0};
  std::vector<std::thread> callers;
  {
    query::WalkSlots::Slot first = slots.Acquire();
    REQUIRE(first.held());
    for (int i = 0; i < 4; ++i) {
      callers.emplace_back([&, i] {
        query::WalkSlots::Slot slot = slots.Acquire();
        CHECK(slot.held());
        const int now = ++running;
        most_running = std::max(most_running.load(), now);
        {
          std::lock_guard<std::mutex> lock(order_mu);
          order.push_back(i);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        --running;
      });
      // The next caller comes only once this one waits: arrival order is i.
      REQUIRE(AwaitWaiting(slots, i + 1));
    }
  }  // the first slot is given back: the waiters go in, one at a time
  for (std::thread& caller : callers) caller.join();
  CHECK(order == std::vector<int>{0, 1, 2, 3});
  CHECK(most_running.load() == 1);
  CHECK(slots.waiting() == 0);
}

TEST_CASE("a walk whose caller goes while it waits leaves the queue without a slot",
          "[query][limits]") {
  query::WalkSlots slots(1);
  std::optional<query::WalkSlots::Slot> first(slots.Acquire());
  std::atomic<bool> gone{false};
  bool held = true;
  std::thread caller([&] { held = slots.Acquire([&] { return gone.load(); }).held(); });
  REQUIRE(AwaitWaiting(slots, 1));
  gone = true;
  caller.join();
  CHECK_FALSE(held);
  CHECK(slots.waiting() == 0);
  // The slot it did not take is still the first caller's: once given back,
  // the next caller gets it at once.
  first.reset();
  CHECK(slots.Acquire().held());
}

TEST_CASE("walks beyond the server's walk slots all get their answer", "[query][limits]") {
  query::ServerOptions options;
  options.walk_slots = 1;
  Served s(options);
  v1::TraverseRequest request;
  request.set_name(s.claim);
  request.set_depth(2);
  v1::Subgraph alone;
  REQUIRE(s.stub->Traverse(s.Context().get(), request, &alone).ok());
  REQUIRE(alone.nodes_size() > 1);
  std::vector<v1::Subgraph> answers(8);
  std::vector<grpc::Status> statuses(8);
  std::vector<std::thread> callers;
  for (int i = 0; i < 8; ++i) {
    callers.emplace_back([&, i] {
      statuses[i] = s.stub->Traverse(s.Context(20000).get(), request, &answers[i]);
    });
  }
  for (std::thread& caller : callers) caller.join();
  for (int i = 0; i < 8; ++i) {
    INFO("call " << i << ": " << statuses[i].error_message());
    CHECK(statuses[i].ok());
    CHECK(answers[i].SerializeAsString() == alone.SerializeAsString());
  }
}

TEST_CASE("listening beyond loopback needs allow_remote and a token", "[query][limits]") {
  testing::TempDir dir;
  auto store = graph::GraphStore::Open(dir.file("db"));
  REQUIRE(store.ok());
  query::ServerOptions options;
  options.listen = "0.0.0.0:0";
  CHECK(absl::IsInvalidArgument(query::QueryServer::Start(store->get(), options).status()));
  options.allow_remote = true;
  CHECK(absl::IsInvalidArgument(query::QueryServer::Start(store->get(), options).status()));
}

}  // namespace
}  // namespace claimgraph
