// extract_bench ARTICLES.jsonl [ROUNDS]: extraction throughput (MB/s of article
// text, one core) against a raw pass over the same bytes in the same run.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/extraction.h"

int main(int argc, char** argv) {
  using namespace claimgraph::ingest;
  using Clock = std::chrono::steady_clock;
  if (argc < 2) {
    std::cerr << "usage: extract_bench ARTICLES.jsonl [ROUNDS]\n";
    return 2;
  }
  int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
  std::vector<Document> docs;
  size_t bytes = 0;
  auto status = ReadDocuments(argv[1], InputFormat::kJsonl, [&](absl::StatusOr<Document> d) {
    if (d.ok()) {
      bytes += d->text.size();
      docs.push_back(*std::move(d));
    }
  });
  if (!status.ok()) {
    std::cerr << status << "\n";
    return 1;
  }
  auto extractor = Extractor::Create();
  if (!extractor.ok()) return 1;
  // Raw read: touch every byte (a checksum the compiler cannot drop).
  uint64_t sum = 0;
  auto t0 = Clock::now();
  for (int r = 0; r < rounds; ++r)
    for (const Document& d : docs)
      for (unsigned char c : d.text) sum = sum * 31 + c;
  auto t1 = Clock::now();
  size_t attributions = 0;
  for (int r = 0; r < rounds; ++r)
    for (const Document& d : docs) {
      auto e = (*extractor)->Extract(d);
      if (e.ok()) attributions += e->attributions.size();
    }
  auto t2 = Clock::now();
  double mb = static_cast<double>(bytes) * rounds / 1e6;
  double raw_s = std::chrono::duration<double>(t1 - t0).count();
  double ext_s = std::chrono::duration<double>(t2 - t1).count();
  std::printf("documents %zu, %.2f MB x %d rounds, attributions/round %zu (checksum %llu)\n",
              docs.size(), bytes / 1e6, rounds, attributions / rounds,
              static_cast<unsigned long long>(sum % 1000));
  std::printf("raw read:   %8.1f MB/s\n", mb / raw_s);
  std::printf("extraction: %8.1f MB/s (%.2f ms per round)\n", mb / ext_s, 1000 * ext_s / rounds);
  return 0;
}
