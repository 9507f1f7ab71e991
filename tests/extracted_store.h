// A store in a temporary directory fed through the real extractor, for graph
// tests written as article texts.
#ifndef CLAIMGRAPH_TESTS_EXTRACTED_STORE_H_
#define CLAIMGRAPH_TESTS_EXTRACTED_STORE_H_

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "graph/store.h"
#include "graph/views.h"
#include "ingest/document.h"
#include "ingest/extraction.h"
#include "test_util.h"

namespace claimgraph::testing {

// The Wikinews test corpus (tests/data/wikinews/articles.jsonl), 334 articles.
inline std::vector<ingest::Document> WikinewsArticles() {
  std::vector<ingest::Document> docs;
  REQUIRE(ingest::ReadDocuments(SourceDir() + "/tests/data/wikinews/articles.jsonl",
                                ingest::InputFormat::kJsonl,
                                [&](absl::StatusOr<ingest::Document> doc) {
                                  if (doc.ok()) docs.push_back(*std::move(doc));
                                })
              .ok());
  REQUIRE(docs.size() > 300);
  return docs;
}

// Every claim's view record (what GetClaim and a listing show) is the view
// composed from the graph as it stands, byte for byte, and no record is left
// for a claim that is gone.
inline void RequireViewRecordsCurrent(const graph::GraphStore& store) {
  std::size_t claims = 0;
  REQUIRE(store.VisitNodes(v1::CLAIM, [&](const v1::Node& node) {
    ++claims;
    auto stored = graph::ClaimViewOf(store, node.id());
    auto composed = graph::ViewReader(store).Claim(node.id());
    INFO("claim " << node.id() << ": " << node.claim().content());
    REQUIRE(stored.ok());
    REQUIRE(composed.ok());
    REQUIRE(stored->SerializeAsString() == composed->SerializeAsString());
    return true;
  }).ok());
  auto records = store.ScanIndex(graph::IndexId::kClaimView, "", "", 1 << 30, "",
                                 [](std::string_view) { return true; });
  REQUIRE(records.ok());
  REQUIRE(records->keys.size() == claims);
}

struct ExtractedStore {
  TempDir dir;
  std::unique_ptr<graph::GraphStore> store = *graph::GraphStore::Open(dir.file("db"));
  std::unique_ptr<ingest::Extractor> extractor = *ingest::Extractor::Create();

  // Extracts and stores one article published on `date`; it must yield at
  // least one attribution and be stored (or replace the stored version).
  graph::IngestOutcome Add(const std::string& id, const std::string& text,
                           const std::string& date = "2016-09-20") {
    ingest::Document doc = ingest::DocumentFromText(id, text);
    doc.published = date;
    auto extraction = extractor->Extract(doc);
    REQUIRE(extraction.ok());
    REQUIRE_FALSE(extraction->attributions.empty());
    auto outcome = store->Ingest(doc, *extraction);
    REQUIRE(outcome.ok());
    RequireViewRecordsCurrent(*store);
    return *outcome;
  }

  // Extracts and stores every document of the JSONL corpus at `path` (under
  // the source tree: "tests/data/wikinews/articles.jsonl"); returns how many.
  int AddCorpus(const std::string& path) {
    int articles = 0;
    REQUIRE(ingest::ReadDocuments(SourceDir() + "/" + path, ingest::InputFormat::kJsonl,
                                  [&](absl::StatusOr<ingest::Document> doc) {
                                    REQUIRE(doc.ok());
                                    auto extraction = extractor->Extract(*doc);
                                    REQUIRE(extraction.ok());
                                    REQUIRE(store->Ingest(*doc, *extraction).ok());
                                    ++articles;
                                  })
                .ok());
    return articles;
  }
};

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_EXTRACTED_STORE_H_
