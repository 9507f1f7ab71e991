// bench_extract: extraction throughput (MB/s per core) over JSONL or text
// corpora, against a raw read of the same bytes in the same run.
//
//   bench_extract [--repeat N] [FILE...]     (default: the Wikinews corpus)
//
// Each repetition runs, on one thread, over every file:
//   raw read   read the file (1 MiB chunks) and xxh64 every byte
//   parse      ReadDocuments: read + split lines + JSON -> Document
//   extract    ReadDocuments + Extractor::Extract on every document
// and, over the documents already in memory, the extractor's stages on their own
// (AnalyzeLayout, SimHash, EntityLinker::Link) to show where the time goes.
// MB/s = file bytes / median thread CPU seconds (1 MB = 10^6 bytes); wall time
// is printed alongside. Single-threaded, so MB/s is per core.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <functional>
#include <iostream>
#include <map>

#include "bench_util.h"
#include "ingest/entities/entities.h"
#include "ingest/extraction.h"
#include "ingest/layout.h"
#include "ingest/near_duplicate.h"
#include "xxhash.h"

namespace claimgraph::bench {
namespace {

struct Sample {
  std::vector<double> cpu, wall;
  void Add(double c, double w) {
    cpu.push_back(c);
    wall.push_back(w);
  }
};

uint64_t RawRead(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error("cannot open " + path);
  std::vector<char> buffer(1 << 20);
  XXH64_state_t* state = XXH64_createState();
  XXH64_reset(state, 0);
  size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), f)) > 0) {
    XXH64_update(state, buffer.data(), n);
  }
  std::fclose(f);
  uint64_t digest = XXH64_digest(state);
  XXH64_freeState(state);
  return digest;
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App app{"Extraction throughput against a raw read of the same bytes"};
  int repeat = 5;
  std::vector<std::string> files;
  app.add_option("--repeat", repeat, "Repetitions (the median is reported)")
      ->check(CLI::Range(1, 1000));
  app.add_option("files", files, "JSONL (*.jsonl) or text files; default Wikinews");
  CLI11_PARSE(app, argc, argv);
  if (files.empty()) files.push_back(DefaultCorpus());

  uint64_t file_bytes = 0;
  for (const auto& f : files) file_bytes += std::filesystem::file_size(f);

  // Documents kept in memory for the per-stage timings.
  std::vector<ingest::Document> docs;
  uint64_t text_bytes = 0;
  for (const auto& f : files) {
    auto status = ingest::ReadDocuments(f, ingest::InputFormat::kAuto, [&](auto doc) {
      if (doc.ok()) {
        text_bytes += doc->text.size();
        docs.push_back(*std::move(doc));
      }
    });
    if (!status.ok()) {
      std::cerr << "bench_extract: " << status.message() << "\n";
      return 1;
    }
  }
  auto extractor = ingest::Extractor::Create();
  auto linker = ingest::EntityLinker::Create();
  if (!extractor.ok() || !linker.ok()) {
    std::cerr << "bench_extract: cannot create the extractor\n";
    return 1;
  }
  std::vector<ingest::Extraction> extractions;

  std::map<std::string, Sample> samples;
  std::vector<std::string> order = {"raw read (xxh64)", "parse (read+JSON)",
                                    "extract (read+parse+Extract)",
                                    "  stage: AnalyzeLayout", "  stage: SimHash",
                                    "  stage: EntityLinker::Link"};
  auto time = [&](const std::string& name, const std::function<void()>& body) {
    double c0 = ThreadCpuSeconds(), w0 = WallSeconds();
    body();
    samples[name].Add(ThreadCpuSeconds() - c0, WallSeconds() - w0);
  };
  uint64_t sink = 0;
  size_t attributions = 0, failed = 0;
  for (int r = 0; r < repeat; ++r) {
    // The raw read is fast: run it kRawLoops times and count one.
    constexpr int kRawLoops = 20;
    time(order[0], [&] {
      for (int k = 0; k < kRawLoops; ++k) {
        for (const auto& f : files) sink ^= RawRead(f);
      }
    });
    samples[order[0]].cpu.back() /= kRawLoops;
    samples[order[0]].wall.back() /= kRawLoops;
    time(order[1], [&] {
      for (const auto& f : files) {
        (void)ingest::ReadDocuments(f, ingest::InputFormat::kAuto, [&](auto doc) {
          if (doc.ok()) sink += doc->text.size();
        });
      }
    });
    attributions = failed = 0;
    time(order[2], [&] {
      for (const auto& f : files) {
        (void)ingest::ReadDocuments(f, ingest::InputFormat::kAuto, [&](auto doc) {
          if (!doc.ok()) return;
          auto extraction = (*extractor)->Extract(*doc);
          if (!extraction.ok()) {
            ++failed;
            return;
          }
          attributions += extraction->attributions.size();
          if (r == 0) extractions.push_back(*std::move(extraction));
        });
      }
    });
    std::vector<ingest::Layout> layouts;
    layouts.reserve(docs.size());
    time(order[3], [&] {
      for (const auto& d : docs) layouts.push_back(ingest::AnalyzeLayout(d.text));
    });
    time(order[4], [&] {
      for (size_t i = 0; i < docs.size(); ++i) {
        sink += ingest::SimHash(docs[i].text, layouts[i].paragraphs);
      }
    });
    time(order[5], [&] {
      for (size_t i = 0; i < extractions.size() && i < docs.size(); ++i) {
        (*linker)->Link(docs[i].text, &extractions[i]);
      }
    });
  }

  std::printf("corpus: %zu file(s), %.2f MB in files, %.2f MB of article text, "
              "%zu documents, %zu attributions (%zu failed); %d repetitions, "
              "median; 1 thread%s\n\n",
              files.size(), file_bytes / 1e6, text_bytes / 1e6, docs.size(),
              attributions, failed, repeat, sink == 42 ? " " : "");
  double raw_cpu = Median(samples[order[0]].cpu);
  Table table({"step", "MB/s per core (CPU)", "MB/s (wall)", "CPU s",
               "x slower than raw read"});
  for (const auto& name : order) {
    double cpu = Median(samples[name].cpu), wall = Median(samples[name].wall);
    // Stages run over text bytes, the rest over file bytes.
    double bytes = name.starts_with("  stage") ? text_bytes : file_bytes;
    table.Add({name, Fixed(bytes / 1e6 / std::max(cpu, 1e-9)),
               Fixed(bytes / 1e6 / std::max(wall, 1e-9)), Fixed(cpu, 4),
               Fixed(cpu / std::max(raw_cpu, 1e-9) * (file_bytes / double(bytes)), 0)});
  }
  table.Print();
  double extract_rate = file_bytes / 1e6 / std::max(Median(samples[order[2]].cpu), 1e-9);
  std::printf("\nextract: %.1f MB/s per core (target >= 30): %s\n", extract_rate,
              extract_rate >= 30 ? "met" : "NOT met");
  return 0;
}

}  // namespace claimgraph::bench

int main(int argc, char** argv) { return claimgraph::bench::Main(argc, argv); }
