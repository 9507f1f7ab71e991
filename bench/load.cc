#include "load.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <thread>

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include "claimgraph/v1/service.grpc.pb.h"
#include "common/strings.h"
#include "graph/views.h"

namespace claimgraph::bench {

std::string_view RpcName(Rpc rpc) {
  switch (rpc) {
    case Rpc::kEmpty: return "empty (health Check)";
    case Rpc::kGetClaim: return "GetClaim";
    case Rpc::kListClaims: return "ListClaims by speaker (page 50)";
    case Rpc::kListClaimsByEntity: return "ListClaims by entity (page 50)";
    case Rpc::kListContradictions: return "ListContradictions by entity";
    case Rpc::kListContradictionsBySpeaker: return "ListContradictions by speaker";
    case Rpc::kTraverse: return "Traverse depth 2";
    case Rpc::kExportSubgraph: return "ExportSubgraph depth 2 (GraphML)";
  }
  return "?";
}

absl::StatusOr<Targets> SampleTargets(const graph::GraphStore& store, int n) {
  Targets targets;
  auto claims = store.ListNodes(v1::CLAIM, n, "");
  if (!claims.ok()) return claims.status();
  for (auto id : claims->ids) targets.claims.push_back(graph::ResourceName(id));
  // Speakers with claims: the speakers of the sampled claims, deduplicated.
  std::vector<graph::NodeId> speakers;
  for (auto id : claims->ids) {
    (void)store.VisitEdges(id, graph::Direction::kIn, v1::ASSERTED,
                           [&](const v1::Edge& edge) {
                             speakers.push_back(edge.src());
                             return false;
                           });
  }
  std::sort(speakers.begin(), speakers.end());
  speakers.erase(std::unique(speakers.begin(), speakers.end()), speakers.end());
  for (auto id : speakers) targets.speakers.push_back(graph::ResourceName(id));
  auto entities = store.ListNodes(v1::ENTITY, n, "");
  if (!entities.ok()) return entities.status();
  for (auto id : entities->ids) targets.entities.push_back(graph::ResourceName(id));
  if (targets.claims.empty() || targets.speakers.empty() || targets.entities.empty()) {
    return absl::FailedPreconditionError("the store has no claims, speakers or entities");
  }
  return targets;
}

namespace {

using Clock = std::chrono::steady_clock;

// One outstanding call; its address is the CompletionQueue tag.
class Call {
 public:
  virtual ~Call() = default;
  virtual void Start(grpc::CompletionQueue* cq, std::mt19937_64& rng) = 0;
  bool ok() const { return status_.ok(); }
  const grpc::Status& status() const { return status_; }
  Clock::time_point started;

 protected:
  void Prepare(int deadline_ms) {
    context_ = std::make_unique<grpc::ClientContext>();
    context_->set_deadline(std::chrono::system_clock::now() +
                           std::chrono::milliseconds(deadline_ms));
    started = Clock::now();
  }
  std::unique_ptr<grpc::ClientContext> context_;
  grpc::Status status_;
};

template <typename Request, typename Response>
class TypedCall : public Call {
 public:
  using Prepare = std::function<std::unique_ptr<grpc::ClientAsyncResponseReader<Response>>(
      grpc::ClientContext*, const Request&, grpc::CompletionQueue*)>;
  using Fill = std::function<void(Request*, std::mt19937_64&)>;
  TypedCall(Prepare prepare, Fill fill, int deadline_ms)
      : prepare_(std::move(prepare)), fill_(std::move(fill)), deadline_ms_(deadline_ms) {}
  void Start(grpc::CompletionQueue* cq, std::mt19937_64& rng) override {
    Call::Prepare(deadline_ms_);
    request_.Clear();
    response_.Clear();
    fill_(&request_, rng);
    reader_ = prepare_(context_.get(), request_, cq);
    reader_->StartCall();
    reader_->Finish(&response_, &status_, this);
  }

 private:
  Prepare prepare_;
  Fill fill_;
  int deadline_ms_;
  Request request_;
  Response response_;
  std::unique_ptr<grpc::ClientAsyncResponseReader<Response>> reader_;
};

class EmptyCall : public Call {
 public:
  EmptyCall(grpc::GenericStub* stub, int deadline_ms)
      : stub_(stub), deadline_ms_(deadline_ms) {}
  void Start(grpc::CompletionQueue* cq, std::mt19937_64&) override {
    Call::Prepare(deadline_ms_);
    grpc::Slice empty("", 0);
    request_ = grpc::ByteBuffer(&empty, 1);
    response_.Clear();
    reader_ = stub_->PrepareUnaryCall(context_.get(), "/grpc.health.v1.Health/Check",
                                      request_, cq);
    reader_->StartCall();
    reader_->Finish(&response_, &status_, this);
  }

 private:
  grpc::GenericStub* stub_;
  int deadline_ms_;
  grpc::ByteBuffer request_, response_;
  std::unique_ptr<grpc::ClientAsyncResponseReader<grpc::ByteBuffer>> reader_;
};

const std::string& Pick(const std::vector<std::string>& v, std::mt19937_64& rng) {
  return v[rng() % v.size()];
}

std::unique_ptr<Call> MakeCall(Rpc rpc, v1::ClaimGraphService::Stub* stub,
                               grpc::GenericStub* generic, const Targets& t,
                               int deadline_ms) {
  using namespace std::placeholders;
  switch (rpc) {
    case Rpc::kEmpty: return std::make_unique<EmptyCall>(generic, deadline_ms);
    case Rpc::kGetClaim:
      return std::make_unique<TypedCall<v1::GetClaimRequest, v1::ClaimView>>(
          [stub](auto* c, const auto& r, auto* cq) {
            return stub->PrepareAsyncGetClaim(c, r, cq);
          },
          [&t](v1::GetClaimRequest* r, std::mt19937_64& rng) {
            r->set_name(Pick(t.claims, rng));
          },
          deadline_ms);
    case Rpc::kListClaims:
    case Rpc::kListClaimsByEntity:
      return std::make_unique<TypedCall<v1::ListClaimsRequest, v1::ListClaimsResponse>>(
          [stub](auto* c, const auto& r, auto* cq) {
            return stub->PrepareAsyncListClaims(c, r, cq);
          },
          [&t, by_entity = rpc == Rpc::kListClaimsByEntity](v1::ListClaimsRequest* r,
                                                            std::mt19937_64& rng) {
            if (by_entity) {
              r->set_entity(Pick(t.entities, rng));
            } else {
              r->set_speaker(Pick(t.speakers, rng));
            }
            r->set_page_size(50);
          },
          deadline_ms);
    case Rpc::kListContradictions:
    case Rpc::kListContradictionsBySpeaker:
      return std::make_unique<
          TypedCall<v1::ListContradictionsRequest, v1::ListContradictionsResponse>>(
          [stub](auto* c, const auto& r, auto* cq) {
            return stub->PrepareAsyncListContradictions(c, r, cq);
          },
          [&t, by_speaker = rpc == Rpc::kListContradictionsBySpeaker](
              v1::ListContradictionsRequest* r, std::mt19937_64& rng) {
            if (by_speaker) {
              r->set_speaker(Pick(t.speakers, rng));
            } else {
              r->set_entity(Pick(t.entities, rng));
            }
            r->set_page_size(50);
          },
          deadline_ms);
    case Rpc::kTraverse:
      return std::make_unique<TypedCall<v1::TraverseRequest, v1::Subgraph>>(
          [stub](auto* c, const auto& r, auto* cq) {
            return stub->PrepareAsyncTraverse(c, r, cq);
          },
          [&t](v1::TraverseRequest* r, std::mt19937_64& rng) {
            r->set_name(Pick(t.claims, rng));
            r->set_depth(2);
          },
          deadline_ms);
    case Rpc::kExportSubgraph:
      return std::make_unique<TypedCall<v1::ExportSubgraphRequest, v1::ExportSubgraphResponse>>(
          [stub](auto* c, const auto& r, auto* cq) {
            return stub->PrepareAsyncExportSubgraph(c, r, cq);
          },
          [&t](v1::ExportSubgraphRequest* r, std::mt19937_64& rng) {
            r->set_name(Pick(t.claims, rng));
            r->set_depth(2);
            r->set_format(v1::GRAPHML);
          },
          deadline_ms);
  }
  return nullptr;
}

}  // namespace

LoadResult RunLoad(const std::shared_ptr<grpc::Channel>& channel,
                   const std::vector<Rpc>& rpcs, const Targets& targets,
                   const LoadOptions& options) {
  auto stub = v1::ClaimGraphService::NewStub(channel);
  grpc::GenericStub generic(channel);
  std::mutex mu;
  LoadResult result;
  std::atomic<uint64_t> started{0}, completed{0};
  const Clock::time_point t0 = Clock::now();
  const Clock::time_point stop_at =
      t0 + std::chrono::microseconds(static_cast<int64_t>(options.seconds * 1e6));
  auto may_start = [&] {
    if (Clock::now() >= stop_at) return false;
    if (options.max_calls == 0) return true;
    return started.fetch_add(1) < options.max_calls;
  };
  auto worker = [&](int thread_index, int outstanding) {
    grpc::CompletionQueue cq;
    std::mt19937_64 rng(options.seed * 7919 + thread_index);
    std::vector<std::unique_ptr<Call>> calls;
    std::vector<uint32_t> latencies;
    uint64_t errors = 0;
    std::string first_error;
    size_t next_rpc = thread_index;
    int in_flight = 0;
    for (int i = 0; i < outstanding; ++i) {
      calls.push_back(MakeCall(rpcs[next_rpc++ % rpcs.size()], stub.get(), &generic,
                               targets, options.deadline_ms));
      if (may_start()) {
        calls.back()->Start(&cq, rng);
        ++in_flight;
      }
    }
    void* tag;
    bool ok;
    // Calls keep their RPC kind; with several kinds each slot is one kind, so
    // the mix follows the slot counts.
    while (in_flight > 0 && cq.Next(&tag, &ok)) {
      auto* call = static_cast<Call*>(tag);
      --in_flight;
      auto us = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() -
                                                                      call->started);
      latencies.push_back(static_cast<uint32_t>(us.count()));
      if (!call->ok()) {
        if (errors++ == 0) {
          first_error = Cat(static_cast<int>(call->status().error_code()), ": ",
                            call->status().error_message());
        }
      }
      uint64_t done = completed.fetch_add(1) + 1;
      if (options.progress && options.progress_every &&
          done % options.progress_every == 0) {
        std::lock_guard<std::mutex> lock(mu);
        options.progress(done);
      }
      if (may_start()) {
        call->Start(&cq, rng);
        ++in_flight;
      }
    }
    cq.Shutdown();
    while (cq.Next(&tag, &ok)) {
    }
    std::lock_guard<std::mutex> lock(mu);
    result.latencies_us.insert(result.latencies_us.end(), latencies.begin(),
                               latencies.end());
    result.errors += errors;
    if (result.first_error.empty()) result.first_error = first_error;
  };
  std::vector<std::thread> threads;
  int per_thread = std::max(1, options.concurrency / std::max(1, options.threads));
  for (int i = 0; i < options.threads; ++i) threads.emplace_back(worker, i, per_thread);
  for (auto& t : threads) t.join();
  result.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  std::sort(result.latencies_us.begin(), result.latencies_us.end());
  return result;
}

}  // namespace claimgraph::bench
