// soak: a long run of requests against a separately started `claimgraph serve`,
// sampling the server's resident memory, to show it stays flat.
//
//   soak --claimgraph build/tools/claimgraph --db DIR [--requests 1000000]
//        [--every 100000] [--concurrency 16]
//
// Starts `claimgraph serve --listen 127.0.0.1:0` on DIR as a child process,
// samples targets through a read-only (secondary) open of the same store, then
// sends --requests calls (a mix: health Check, GetClaim, ListClaims by speaker,
// ListContradictions by entity, Traverse depth 2; one kind per outstanding slot)
// and prints the server's VmRSS every --every completed calls. Stops the server
// with SIGTERM at the end.
#include <CLI/CLI.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <thread>

#include <grpcpp/grpcpp.h>

#include "bench_util.h"
#include "load.h"
#include "graph/store.h"

namespace claimgraph::bench {

int Main(int argc, char** argv) {
  CLI::App app{"Soak test: server RSS over a long run of requests"};
  std::string binary, db;
  LoadOptions load;
  load.seconds = 3600;
  load.max_calls = 1000000;
  load.progress_every = 100000;
  app.add_option("--claimgraph", binary, "Path of the claimgraph binary")->required();
  app.add_option("--db", db, "Store directory")->required();
  app.add_option("--requests", load.max_calls, "Calls in total");
  app.add_option("--every", load.progress_every, "Sample RSS every N calls");
  app.add_option("--concurrency", load.concurrency, "Outstanding calls");
  app.add_option("--max-seconds", load.seconds, "Stop after this long regardless");
  CLI11_PARSE(app, argc, argv);

  ScratchDir scratch("claimgraph-soak");
  std::string port_file = scratch.path() + "/port";
  pid_t child = fork();
  if (child == 0) {
    execl(binary.c_str(), binary.c_str(), "serve", "--db", db.c_str(), "--listen",
          "127.0.0.1:0", "--port-file", port_file.c_str(), (char*)nullptr);
    std::perror("exec claimgraph");
    _exit(127);
  }
  auto stop_server = [&] {
    kill(child, SIGTERM);
    int status = 0;
    waitpid(child, &status, 0);
  };
  std::string port;
  for (int i = 0; i < 300 && port.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    std::ifstream in(port_file);
    std::getline(in, port);
  }
  if (port.empty()) {
    std::cerr << "soak: the server did not start\n";
    stop_server();
    return 1;
  }
  graph::StoreOptions read_only;
  read_only.read_only = true;
  auto store = graph::GraphStore::Open(db, read_only);
  if (!store.ok()) {
    std::cerr << "soak: " << store.status().message() << "\n";
    stop_server();
    return 1;
  }
  auto targets = SampleTargets(**store, 5000);
  if (!targets.ok()) {
    std::cerr << "soak: " << targets.status().message() << "\n";
    stop_server();
    return 1;
  }
  auto channel = grpc::CreateChannel("127.0.0.1:" + port,
                                     grpc::InsecureChannelCredentials());
  double t0 = WallSeconds();
  double first_rss = CurrentRssMiB(child);
  std::printf("server pid %d on 127.0.0.1:%s, RSS at start %.1f MiB\n\n", child,
              port.c_str(), first_rss);
  std::printf("| calls | elapsed s | QPS | server RSS MiB |\n|---:|---:|---:|---:|\n");
  std::fflush(stdout);
  double last_rss = first_rss, max_rss = first_rss, rss_at_first_sample = -1;
  load.progress = [&](uint64_t done) {
    double now = WallSeconds() - t0;
    last_rss = CurrentRssMiB(child);
    max_rss = std::max(max_rss, last_rss);
    if (rss_at_first_sample < 0) rss_at_first_sample = last_rss;
    std::printf("| %llu | %.1f | %.0f | %.1f |\n", (unsigned long long)done, now,
                done / now, last_rss);
    std::fflush(stdout);
  };
  LoadResult r = RunLoad(channel,
                         {Rpc::kEmpty, Rpc::kGetClaim, Rpc::kListClaims,
                          Rpc::kListContradictions, Rpc::kTraverse},
                         *targets, load);
  stop_server();
  std::printf("\n%zu calls in %.1f s (%.0f QPS), %llu errors%s%s; p50 %.3f ms, p99 "
              "%.3f ms; server RSS: %.1f MiB at start, %.1f MiB at the first sample, "
              "%.1f MiB at the end, max %.1f MiB\n",
              r.latencies_us.size(), r.seconds, r.latencies_us.size() / r.seconds,
              (unsigned long long)r.errors, r.errors ? " (first: " : "",
              r.errors ? (r.first_error + ")").c_str() : "",
              Quantile(r.latencies_us, 0.5) / 1e3, Quantile(r.latencies_us, 0.99) / 1e3,
              first_rss, rss_at_first_sample, last_rss, max_rss);
  return 0;
}

}  // namespace claimgraph::bench

int main(int argc, char** argv) { return claimgraph::bench::Main(argc, argv); }
