// Google Benchmark micro-benchmarks: key encoding (graph/keys.h) and the
// extractor's inner loops (ValidateText, AnalyzeLayout, Tokenize, SimHash,
// NormalizeName, Extract on one paragraph and on one article).
//
//   bench_micro [--benchmark_filter=REGEX] [--benchmark_min_time=0.1]
#include <benchmark/benchmark.h>

#include <string>

#include "bench_util.h"
#include "graph/keys.h"
#include "graph/store.h"
#include "ingest/document.h"
#include "ingest/extraction.h"
#include "ingest/layout.h"
#include "text/lexicon.h"
#include "ingest/near_duplicate.h"
#include "text/text_scan.h"

namespace claimgraph::bench {
namespace {

const std::string& Paragraph() {
  static const std::string text =
      "\xE2\x80\x98Russia really needs to stop the cheap point scoring and focus on "
      "what matters,\xE2\x80\x99 Power told reporters on Saturday, adding that the "
      "Security Council would meet again in New York.\n";
  return text;
}

// The first Wikinews article (about 4 KB).
const ingest::Document& Article() {
  static const ingest::Document doc = [] {
    ingest::Document out;
    (void)ingest::ReadDocuments(DefaultCorpus(), ingest::InputFormat::kJsonl,
                                [&](auto doc) {
                                  if (out.text.empty() && doc.ok()) out = *doc;
                                });
    return out;
  }();
  return doc;
}

void BM_EdgeKey(benchmark::State& state) {
  uint64_t i = 0;
  for (auto _ : state) {
    std::string key = graph::EdgeKey(i, 3, i * 31, 0);
    benchmark::DoNotOptimize(key);
    ++i;
  }
}
BENCHMARK(BM_EdgeKey);

void BM_DecodeEdgeKey(benchmark::State& state) {
  std::string key = graph::EdgeKey(0x0400000000001234, 3, 0x0500000000005678, 7);
  for (auto _ : state) benchmark::DoNotOptimize(graph::DecodeEdgeKey(key));
}
BENCHMARK(BM_DecodeEdgeKey);

void BM_NodeKey(benchmark::State& state) {
  uint64_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(graph::NodeKey(4, ++i));
}
BENCHMARK(BM_NodeKey);

void BM_StableId(benchmark::State& state) {
  std::string key = "samantha power";
  for (auto _ : state) benchmark::DoNotOptimize(graph::StableId(3, key));
}
BENCHMARK(BM_StableId);

void BM_AppendEscaped(benchmark::State& state) {
  std::string term = std::string("security\0council", 16);
  for (auto _ : state) {
    std::string out;
    graph::AppendEscaped(&out, term);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_AppendEscaped);

void BM_NormalizeName(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(graph::NormalizeName("Samantha  Power"));
}
BENCHMARK(BM_NormalizeName);

void BM_ValidateText(benchmark::State& state) {
  const std::string& text = Article().text;
  for (auto _ : state) benchmark::DoNotOptimize(ingest::ValidateText(text));
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_ValidateText);

void BM_AnalyzeLayout(benchmark::State& state) {
  const std::string& text = Article().text;
  for (auto _ : state) benchmark::DoNotOptimize(ingest::AnalyzeLayout(text));
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_AnalyzeLayout);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Article().text;
  std::vector<ingest::Token> tokens;
  for (auto _ : state) {
    ingest::Tokenize(text, 0, static_cast<uint32_t>(text.size()),
                     ingest::Lexicon::Default(), &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_Tokenize);

void BM_SimHash(benchmark::State& state) {
  const std::string& text = Article().text;
  ingest::Layout layout = ingest::AnalyzeLayout(text);
  for (auto _ : state) benchmark::DoNotOptimize(ingest::SimHash(text, layout.paragraphs));
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_SimHash);

void BM_ExtractParagraph(benchmark::State& state) {
  auto extractor = ingest::Extractor::Create();
  ingest::Document doc = ingest::DocumentFromText("p.txt", Paragraph());
  for (auto _ : state) benchmark::DoNotOptimize((*extractor)->Extract(doc));
  state.SetBytesProcessed(state.iterations() * doc.text.size());
}
BENCHMARK(BM_ExtractParagraph);

void BM_ExtractArticle(benchmark::State& state) {
  auto extractor = ingest::Extractor::Create();
  const ingest::Document& doc = Article();
  for (auto _ : state) benchmark::DoNotOptimize((*extractor)->Extract(doc));
  state.SetBytesProcessed(state.iterations() * doc.text.size());
}
BENCHMARK(BM_ExtractArticle);

}  // namespace
}  // namespace claimgraph::bench

BENCHMARK_MAIN();
