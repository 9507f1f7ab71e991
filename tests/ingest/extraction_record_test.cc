// The extraction record (issue 17): ExtractionToJson and ExtractionFromJson.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "graph/store.h"
#include "ingest/extraction.h"
#include "test_util.h"

namespace claimgraph::ingest {
namespace {

using claimgraph::testing::SourceDir;

// Every document of the examples and the Wikinews corpus.
std::vector<Document> Corpus() {
  std::vector<Document> docs;
  auto keep = [&](absl::StatusOr<Document> doc) {
    REQUIRE(doc.ok());
    docs.push_back(*std::move(doc));
  };
  for (const auto& entry :
       std::filesystem::directory_iterator(SourceDir() + "/examples/articles")) {
    REQUIRE(ReadDocuments(entry.path().string(), InputFormat::kText, keep).ok());
  }
  REQUIRE(ReadDocuments(SourceDir() + "/tests/data/wikinews/articles.jsonl",
                        InputFormat::kJsonl, keep)
              .ok());
  return docs;
}

TEST_CASE("an extraction record reads back as the same record, byte for byte") {
  auto extractor = *Extractor::Create();
  int attributions = 0, entities = 0, warnings = 0;
  for (const Document& doc : Corpus()) {
    auto extraction = extractor->Extract(doc);
    REQUIRE(extraction.ok());
    std::string line = ExtractionToJson(doc, *extraction);
    auto parsed = ExtractionFromJson(line, "corpus");
    INFO(doc.doc_id);
    REQUIRE(parsed.ok());
    CHECK(ExtractionToJson(parsed->doc, parsed->extraction) == line);
    // What the store reads of the document is there.
    CHECK(parsed->doc.text.size() == doc.text.size());
    CHECK(parsed->extraction.content_hash == extraction->content_hash);
    CHECK(parsed->extraction.simhash == extraction->simhash);
    CHECK(parsed->extraction.extractor_version == kExtractorVersion);
    REQUIRE(parsed->extraction.attributions.size() == extraction->attributions.size());
    for (std::size_t i = 0; i < extraction->attributions.size(); ++i) {
      const Attribution& a = extraction->attributions[i];
      const Attribution& b = parsed->extraction.attributions[i];
      CHECK(b.content.in(parsed->doc.text) == a.content.in(doc.text));
      CHECK(b.confidence == a.confidence);  // exactly: the shortest round-trip form
      CHECK(b.entities == a.entities);
      CHECK(b.role == a.role);
      CHECK(b.source_type == a.source_type);
    }
    attributions += static_cast<int>(extraction->attributions.size());
    entities += static_cast<int>(extraction->entities.size());
    warnings += static_cast<int>(doc.warnings.size());
  }
  CHECK(attributions > 500);
  CHECK(entities > 500);
}

TEST_CASE("a store of parsed records equals a store of the extractions") {
  auto extractor = *Extractor::Create();
  claimgraph::testing::TempDir dir;
  auto direct = *graph::GraphStore::Open(dir.file("direct"));
  auto parsed = *graph::GraphStore::Open(dir.file("parsed"));
  int n = 0;
  for (const Document& doc : Corpus()) {
    if (++n > 40) break;
    auto extraction = *extractor->Extract(doc);
    REQUIRE(direct->Ingest(doc, extraction).ok());
    auto record = *ExtractionFromJson(ExtractionToJson(doc, extraction), "corpus");
    REQUIRE(parsed->Ingest(record.doc, record.extraction).ok());
  }
  auto a = *direct->Count();
  auto b = *parsed->Count();
  for (int kind = 0; kind < 6; ++kind) CHECK(a.nodes_by_kind[kind] == b.nodes_by_kind[kind]);
  CHECK(a.out_edges == b.out_edges);
  CHECK(a.index_entries == b.index_entries);
  CHECK(a.names == b.names);
  CHECK(parsed->Check()->empty());
}

TEST_CASE("a bad extraction record is refused naming the document and the field") {
  Document doc = DocumentFromText("d.txt", "Power said the talks failed. \"We tried,\" she said.");
  auto extraction = *Extract(doc);
  REQUIRE_FALSE(extraction.attributions.empty());
  const std::string line = ExtractionToJson(doc, extraction);
  auto error_of = [](const std::string& bad) {
    auto parsed = ExtractionFromJson(bad, "x.jsonl:3");
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.status().code() == absl::StatusCode::kInvalidArgument);
    return std::string(parsed.status().message());
  };
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string bad = line;
    auto at = bad.find(from);
    REQUIRE(at != std::string::npos);
    return bad.replace(at, from.size(), to);
  };
  CHECK(error_of("{\"doc_id\":\"d.txt\",").rfind("x.jsonl:3: not an extraction record: ",
                                                  0) == 0);
  CHECK(error_of(replaced("\"kind\":\"", "\"kind\":\"sideways")).rfind(
            "x.jsonl:3 (d.txt): attributions[0].kind: \"sideways", 0) == 0);
  CHECK(error_of(replaced("\"cue_class\":\"statement\"", "\"cue_class\":\"x\"")) ==
        "x.jsonl:3 (d.txt): attributions[0].cue_class: \"x\" is not a cue class");
  CHECK(error_of(replaced("\"bytes\":", "\"bytes\":-")).rfind(
            "x.jsonl:3 (d.txt): not an extraction record: ", 0) == 0);
  CHECK(error_of(replaced("\"bytes\":" + std::to_string(doc.text.size()), "\"bytes\":0")) ==
        "x.jsonl:3 (d.txt): body: " + std::to_string(extraction.body.start) + ".." +
            std::to_string(extraction.body.end) +
            " is not a span of the document's 0 bytes without text");
  CHECK(error_of(replaced("\"text\":\"Power\"", "\"text\":\"Pow\"")) ==
        "x.jsonl:3 (d.txt): attributions[0].source: the text is 3 bytes, the span 5");
  CHECK(error_of(replaced("\"content_hash\":\"", "\"content_hash\":\"z")).rfind(
            "x.jsonl:3 (d.txt): content_hash: ", 0) == 0);
  CHECK(error_of(replaced("\"doc_id\":\"d.txt\"", "\"doc_id\":\"\"")) == "x.jsonl:3: doc_id: missing");
  CHECK(error_of(replaced("\"extractor\":\"", "\"extractor\":\"\",\"x\":\"")).rfind(
            "x.jsonl:3 (d.txt): not an extraction record: ", 0) == 0);
  Extraction unknown_entity = extraction;
  unknown_entity.attributions[0].entities = {7};
  CHECK(error_of(ExtractionToJson(doc, unknown_entity)) ==
        "x.jsonl:3 (d.txt): attributions[0].entities: 7 is not an index into the " +
            std::to_string(extraction.entities.size()) + " entities");
}

}  // namespace
}  // namespace claimgraph::ingest
