// build_store: ingests JSONL into a store (as `claimgraph ingest` does) and
// reports build time, bytes on disk per claim and resident memory over time.
//
//   build_store --db DIR [--every N] FILE...
//
// Prints a progress line every N articles (elapsed, MB/s, claims, current RSS,
// peak RSS from getrusage), then a summary with the store's counts.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "bench_util.h"
#include "graph/store.h"
#include "ingest/extraction.h"

namespace claimgraph::bench {

int Main(int argc, char** argv) {
  CLI::App app{"Build a store from JSONL, measuring time, size and RSS"};
  std::string db;
  long every = 10000;
  std::vector<std::string> files;
  app.add_option("--db", db, "Store directory (created)")->required();
  app.add_option("--every", every, "Progress line every N articles");
  app.add_option("files", files, "JSONL files")->required();
  CLI11_PARSE(app, argc, argv);

  auto store = graph::GraphStore::Open(db);
  auto extractor = ingest::Extractor::Create();
  if (!store.ok() || !extractor.ok()) {
    std::cerr << "build_store: cannot open " << db << "\n";
    return 1;
  }
  long articles = 0, failed = 0, claims = 0;
  uint64_t bytes = 0;
  double t0 = WallSeconds(), max_rss = 0;
  std::printf("| articles | elapsed s | MB read | MB/s | claims | RSS MiB | peak RSS MiB |\n"
              "|---:|---:|---:|---:|---:|---:|---:|\n");
  auto progress = [&] {
    double now = WallSeconds() - t0, rss = CurrentRssMiB();
    max_rss = std::max(max_rss, rss);
    std::printf("| %ld | %.1f | %.1f | %.2f | %ld | %.0f | %.0f |\n", articles, now,
                bytes / 1e6, bytes / 1e6 / now, claims, rss, PeakRssMiB());
    std::fflush(stdout);
  };
  for (const auto& f : files) {
    auto status = ingest::ReadDocuments(f, ingest::InputFormat::kJsonl, [&](auto doc) {
      if (!doc.ok()) return void(++failed);
      bytes += doc->text.size();
      auto e = (*extractor)->Extract(*doc);
      if (!e.ok()) return void(++failed);
      auto outcome = (*store)->Ingest(*doc, *e);
      if (!outcome.ok()) return void(++failed);
      claims += outcome->claims;
      if (++articles % every == 0) progress();
    });
    if (!status.ok()) {
      std::cerr << "build_store: " << status.message() << "\n";
      return 1;
    }
  }
  progress();
  store->reset();  // close: flush memtables before measuring the directory
  double build = WallSeconds() - t0;
  graph::StoreOptions read_only;
  read_only.read_only = true;
  auto reopened = graph::GraphStore::Open(db, read_only);
  if (!reopened.ok()) return 1;
  auto counts = (*reopened)->Count();
  if (!counts.ok()) return 1;
  uint64_t disk = DirectoryBytes(db);
  uint64_t claim_nodes = counts->nodes_by_kind[4];
  std::printf(
      "\nbuilt %s: %ld articles (%ld failed), %.1f MB of text, %ld attributions stored "
      "as %llu claim nodes, %llu sources, %llu entities, %llu edges, %llu index "
      "entries\nbuild time %.1f s (%.2f MB/s of text), %.1f MB on disk = %.0f bytes "
      "per claim node, peak RSS %.0f MiB (getrusage)\n",
      db.c_str(), articles, failed, bytes / 1e6, claims,
      (unsigned long long)claim_nodes, (unsigned long long)counts->nodes_by_kind[3],
      (unsigned long long)counts->nodes_by_kind[5],
      (unsigned long long)counts->out_edges,
      (unsigned long long)counts->index_entries, build, bytes / 1e6 / build,
      disk / 1e6, claim_nodes ? double(disk) / claim_nodes : 0.0, PeakRssMiB());
  return 0;
}

}  // namespace claimgraph::bench

int main(int argc, char** argv) { return claimgraph::bench::Main(argc, argv); }
