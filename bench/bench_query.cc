// bench_query: latency percentiles and QPS of the query RPCs against an empty
// RPC on the same server in the same run.
//
//   bench_query --db DIR [--server HOST:PORT] [--seconds 3] [--concurrency 16]
//
// Without --server the store is opened read-write and served in-process on
// 127.0.0.1:0 (as `claimgraph serve` would); with --server the store is opened
// read-only only to sample request targets. Each RPC kind runs alone for
// --seconds after a short warm-up, with --concurrency calls outstanding from an
// asynchronous client (CompletionQueue per client thread). Client and server
// share the machine's cores.
//
// --only KIND,... measures only those RPC kinds (get, list_speaker, list_entity,
// conflicts_entity, conflicts_speaker, traverse, export), after the empty call
// that every ratio is taken against; a profiler attached to the server then sees
// one kind at a time.
//
// CPU per call: the client's (this process) for each kind, and the server's too
// with --server-pid (its /proc/PID/stat, which the server's machine must be this
// one): on 2 shared cores the machine time a call costs bounds QPS and p99 more
// than its latency alone shows.
//
// --cpu-loop N first reads N claim views (GetClaim's answer), N pages of 50
// claims by speaker (ListClaims's) and N/10 depth-2 subgraphs from sampled
// claims (Traverse's, each also rendered as GraphML: ExportSubgraph's) in this
// process, one after another, and prints the process CPU per call (loaded machines move QPS; CPU per call
// moves less) and an FNV-1a hash of the answers' bytes: two binaries on one
// store that print the same hash gave the same answers.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iterator>
#include <sstream>

#include <unistd.h>
#include <iostream>

#include <grpcpp/grpcpp.h>

#include "bench_util.h"
#include "common/status_macros.h"
#include "load.h"
#include "graph/store.h"
#include "graph/subgraph.h"
#include "graph/views.h"
#include "query/server.h"

namespace claimgraph::bench {
namespace {

double CpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

// The CPU seconds (user + system) process `pid` has used, from /proc/PID/stat;
// 0 when it cannot be read.
double ProcessCpuSeconds(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t after_name = stat.rfind(')');
  if (after_name == std::string::npos) return 0;
  std::istringstream fields(stat.substr(after_name + 2));
  std::string field;
  double ticks = 0;
  for (int i = 3; i <= 15 && fields >> field; ++i) {
    if (i == 14 || i == 15) ticks += std::stod(field);  // utime, stime
  }
  return ticks / sysconf(_SC_CLK_TCK);
}

void Fnv(uint64_t* hash, const std::string& bytes) {
  for (unsigned char c : bytes) *hash = (*hash ^ c) * 1099511628211ull;
}

// The one-process loop of --cpu-loop (see the file comment).
absl::Status CpuLoop(const graph::GraphStore& store, const Targets& targets, int calls) {
  uint64_t hash = 14695981039346656037ull;
  std::string bytes;
  double start = CpuSeconds();
  for (int i = 0; i < calls; ++i) {
    const std::string& name = targets.claims[i % targets.claims.size()];
    ASSIGN_OR_RETURN(graph::NodeId id, graph::ParseResourceName(name, v1::CLAIM));
    ASSIGN_OR_RETURN(v1::ClaimView view, graph::ClaimViewOf(store, id));
    view.SerializeToString(&bytes);
    Fnv(&hash, bytes);
  }
  double get_cpu = CpuSeconds() - start;
  start = CpuSeconds();
  for (int i = 0; i < calls; ++i) {
    const std::string& name = targets.speakers[i % targets.speakers.size()];
    graph::ClaimFilter filter;
    ASSIGN_OR_RETURN(filter.speaker, graph::ParseResourceName(name, v1::SOURCE));
    ASSIGN_OR_RETURN(graph::Page page, store.ListClaims(filter, 50, ""));
    ASSIGN_OR_RETURN(std::vector<v1::ClaimView> views, graph::ClaimViewsOf(store, page.ids));
    for (const v1::ClaimView& view : views) {
      view.SerializeToString(&bytes);
      Fnv(&hash, bytes);
    }
  }
  double list_cpu = CpuSeconds() - start;
  const int traversals = std::max(1, calls / 10);
  double traverse_cpu = 0, export_cpu = 0, traverse_bytes = 0;
  for (int i = 0; i < traversals; ++i) {
    const std::string& name = targets.claims[i % targets.claims.size()];
    ASSIGN_OR_RETURN(graph::NodeId id, graph::ParseResourceName(name, v1::CLAIM));
    start = CpuSeconds();
    ASSIGN_OR_RETURN(v1::Subgraph sub,
                     graph::Traverse(store, id, 2, graph::kDefaultMaxNodes));
    traverse_cpu += CpuSeconds() - start;
    sub.SerializeToString(&bytes);
    Fnv(&hash, bytes);
    traverse_bytes += bytes.size();
    start = CpuSeconds();
    ASSIGN_OR_RETURN(bytes, graph::RenderSubgraph(sub, v1::GRAPHML));
    export_cpu += CpuSeconds() - start;
    Fnv(&hash, bytes);
  }
  std::printf("one process, %d calls each: GetClaim %.1f us CPU per call, ListClaims "
              "by speaker (page 50) %.1f us CPU per call; %d calls: Traverse depth 2 "
              "%.1f us CPU per call (answer %.0f kB), GraphML render %.1f us; answers hash "
              "%016llx\n\n",
              calls, get_cpu / calls * 1e6, list_cpu / calls * 1e6, traversals,
              traverse_cpu / traversals * 1e6, traverse_bytes / traversals / 1e3,
              export_cpu / traversals * 1e6,
              (unsigned long long)hash);
  return absl::OkStatus();
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App app{"Query latency and QPS against an empty RPC"};
  std::string db, server_address;
  LoadOptions load;
  load.seconds = 3;
  double warmup = 0.5;
  int sample = 5000;
  int cpu_loop = 0;
  int server_pid = 0;
  std::vector<std::string> only;
  app.add_option("--db", db, "Store directory")->required();
  app.add_option("--server", server_address, "Use a running server (host:port)");
  app.add_option("--seconds", load.seconds, "Measured seconds per RPC kind");
  app.add_option("--warmup", warmup, "Warm-up seconds per RPC kind");
  app.add_option("--concurrency", load.concurrency, "Outstanding calls");
  app.add_option("--threads", load.threads, "Client threads");
  app.add_option("--sample", sample, "Claims/entities sampled as request targets");
  app.add_option("--server-pid", server_pid, "The --server's process (this machine): its CPU per call");
  app.add_option("--cpu-loop", cpu_loop,
                 "Calls of each of GetClaim and ListClaims read in this process first");
  const std::vector<std::pair<std::string, Rpc>> kinds = {
      {"get", Rpc::kGetClaim},
      {"list_speaker", Rpc::kListClaims},
      {"list_entity", Rpc::kListClaimsByEntity},
      {"conflicts_entity", Rpc::kListContradictions},
      {"conflicts_speaker", Rpc::kListContradictionsBySpeaker},
      {"traverse", Rpc::kTraverse},
      {"export", Rpc::kExportSubgraph}};
  std::vector<std::string> kind_names;
  for (const auto& [name, rpc] : kinds) kind_names.push_back(name);
  app.add_option("--only", only, "Only these RPC kinds (after the empty call)")
      ->delimiter(',')
      ->check(CLI::IsMember(kind_names));
  CLI11_PARSE(app, argc, argv);
  std::vector<Rpc> rpcs = {Rpc::kEmpty};
  for (const auto& [name, rpc] : kinds) {
    if (only.empty() || std::find(only.begin(), only.end(), name) != only.end()) {
      rpcs.push_back(rpc);
    }
  }

  graph::StoreOptions store_options;
  store_options.read_only = !server_address.empty();
  auto store = graph::GraphStore::Open(db, store_options);
  if (!store.ok()) {
    std::cerr << "bench_query: " << store.status().message() << "\n";
    return 1;
  }
  auto targets = SampleTargets(**store, sample);
  if (!targets.ok()) {
    std::cerr << "bench_query: " << targets.status().message() << "\n";
    return 1;
  }
  if (cpu_loop > 0) {
    if (absl::Status s = CpuLoop(**store, *targets, cpu_loop); !s.ok()) {
      std::cerr << "bench_query: " << s.message() << "\n";
      return 1;
    }
  }
  std::unique_ptr<query::QueryServer> server;
  if (server_address.empty()) {
    auto started = query::QueryServer::Start(store->get(), {});
    if (!started.ok()) {
      std::cerr << "bench_query: " << started.status().message() << "\n";
      return 1;
    }
    server = *std::move(started);
    server_address = "127.0.0.1:" + std::to_string(server->port());
  }
  auto channel = grpc::CreateChannel(server_address, grpc::InsecureChannelCredentials());
  auto counts = (*store)->Count();
  std::printf("store %s: %llu claims, %llu sources, %llu entities; server %s%s; "
              "%d outstanding calls, %d client thread(s), %.1f s per RPC; targets: "
              "%zu claims, %zu speakers, %zu entities\n\n",
              db.c_str(), counts.ok() ? (unsigned long long)counts->nodes_by_kind[4] : 0ull,
              counts.ok() ? (unsigned long long)counts->nodes_by_kind[3] : 0ull,
              counts.ok() ? (unsigned long long)counts->nodes_by_kind[5] : 0ull,
              server_address.c_str(), server ? " (in-process)" : "", load.concurrency,
              load.threads, load.seconds, targets->claims.size(),
              targets->speakers.size(), targets->entities.size());

  Table table({"RPC", "calls", "errors", "QPS", "p50 ms", "p90 ms", "p99 ms",
               "p99 / empty p99", "client CPU ms/call", "server CPU ms/call"});
  double empty_p99 = 0;
  double get_qps = 0, worst_list_p99 = 0, worst_ratio = 0;
  for (Rpc rpc : rpcs) {
    LoadOptions w = load;
    w.seconds = warmup;
    (void)RunLoad(channel, {rpc}, *targets, w);
    const double client_start = CpuSeconds();
    const double server_start = server_pid ? ProcessCpuSeconds(server_pid) : 0;
    LoadResult r = RunLoad(channel, {rpc}, *targets, load);
    const double calls = std::max<double>(1, r.latencies_us.size());
    const double client_ms = (CpuSeconds() - client_start) / calls * 1e3;
    const double server_ms = server_pid ? (ProcessCpuSeconds(server_pid) - server_start) / calls * 1e3 : 0;
    double p50 = Quantile(r.latencies_us, 0.5) / 1e3;
    double p90 = Quantile(r.latencies_us, 0.9) / 1e3;
    double p99 = Quantile(r.latencies_us, 0.99) / 1e3;
    double qps = r.latencies_us.size() / r.seconds;
    if (rpc == Rpc::kEmpty) empty_p99 = p99;
    if (rpc == Rpc::kGetClaim) get_qps = qps;
    if (rpc == Rpc::kGetClaim || rpc == Rpc::kListClaims || rpc == Rpc::kListClaimsByEntity) {
      worst_list_p99 = std::max(worst_list_p99, p99);
      worst_ratio = std::max(worst_ratio, p99 / empty_p99);
    }
    table.Add({std::string(RpcName(rpc)), std::to_string(r.latencies_us.size()),
               std::to_string(r.errors), Fixed(qps, 0), Fixed(p50, 3), Fixed(p90, 3),
               Fixed(p99, 3), Fixed(p99 / empty_p99, 1), Fixed(client_ms, 3),
               server_pid ? Fixed(server_ms, 3) : std::string("-")});
    if (r.errors) {
      std::fprintf(stderr, "%s: first error %s\n", std::string(RpcName(rpc)).c_str(),
                   r.first_error.c_str());
    }
  }
  table.Print();
  std::printf("\ntargets: p99 <= 1 ms for get/list: %s (worst %.3f ms); within 3x of "
              "the empty RPC: %s (worst %.1fx); GetClaim >= 20k QPS: %s (%.0f)\n",
              worst_list_p99 <= 1 ? "met" : "NOT met", worst_list_p99,
              worst_ratio <= 3 ? "met" : "NOT met", worst_ratio,
              get_qps >= 20000 ? "met" : "NOT met", get_qps);
  if (server) server->Shutdown();
  return 0;
}

}  // namespace claimgraph::bench

int main(int argc, char** argv) { return claimgraph::bench::Main(argc, argv); }
