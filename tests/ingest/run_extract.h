// For extractor tests: extracts `text` as one document named t.txt and fails
// the test case when extraction does.
#ifndef CLAIMGRAPH_TESTS_INGEST_RUN_EXTRACT_H_
#define CLAIMGRAPH_TESTS_INGEST_RUN_EXTRACT_H_

#include <catch2/catch.hpp>

#include <string>

#include "ingest/extraction.h"

namespace claimgraph::ingest::testing {

inline Extraction Run(const std::string& text) {
  Document doc = DocumentFromText("t.txt", text);
  auto extraction = Extract(doc);
  REQUIRE(extraction.ok());
  return *std::move(extraction);
}

}  // namespace claimgraph::ingest::testing

#endif  // CLAIMGRAPH_TESTS_INGEST_RUN_EXTRACT_H_
