#include <catch2/catch.hpp>

#include "ingest/document.h"

namespace claimgraph::ingest {
namespace {

TEST_CASE("a leading date line sets the publication date and keeps the bytes",
          "[ingest]") {
  std::string text = " date 2016-09-18 US-led coalition air strikes reportedly";
  Document doc = DocumentFromText("a.txt", text);
  CHECK(doc.published == "2016-09-18");
  CHECK(doc.text == text);
  CHECK(doc.doc_id == "a.txt");
}

TEST_CASE("text without a date line has no publication date", "[ingest]") {
  CHECK(DocumentFromText("a.txt", "date of the vote was set").published.empty());
  CHECK(DocumentFromText("a.txt", "date 2016-13-40 later").published.empty());
}

TEST_CASE("a JSONL line becomes a document with its metadata", "[ingest]") {
  auto doc = DocumentFromJsonLine(
      R"({"id":"x1","text":"He said \u201chi\u201d.","date":"2019-01-04",)"
      R"("outlet":"Wikinews","url":"u","title":"t","extra":1})",
      "in.jsonl:1");
  REQUIRE(doc.ok());
  CHECK(doc->doc_id == "x1");
  CHECK(doc->text == "He said \xE2\x80\x9Chi\xE2\x80\x9D.");
  CHECK(doc->published == "2019-01-04");
  CHECK(doc->outlet == "Wikinews");
}

TEST_CASE("malformed JSONL lines are errors naming the line", "[ingest]") {
  auto bad = DocumentFromJsonLine("{\"id\":\"x\",\"text\":", "batch.jsonl:7");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == absl::StatusCode::kInvalidArgument);
  CHECK(std::string(bad.status().message()).find("batch.jsonl:7") !=
        std::string::npos);
  auto no_id = DocumentFromJsonLine(R"({"text":"t"})", "batch.jsonl:8");
  REQUIRE_FALSE(no_id.ok());
  CHECK(std::string(no_id.status().message()).find("\"id\"") != std::string::npos);
  auto bad_date =
      DocumentFromJsonLine(R"({"id":"d","text":"t","date":"May 5"})", "b:9");
  REQUIRE_FALSE(bad_date.ok());
}

TEST_CASE("text validation rejects invalid UTF-8 and NUL bytes", "[ingest]") {
  CHECK(ValidateText("Russia\xE2\x80\x99s").ok());
  auto invalid = ValidateText("ab\xC3(");
  REQUIRE_FALSE(invalid.ok());
  CHECK(std::string(invalid.message()).find("byte 2") != std::string::npos);
  CHECK_FALSE(ValidateText(std::string("a\0b", 3)).ok());
}

TEST_CASE("unknown input formats are refused", "[ingest]") {
  CHECK(ParseInputFormat("jsonl").ok());
  CHECK(ParseInputFormat("text").ok());
  CHECK_FALSE(ParseInputFormat("xml").ok());
}

}  // namespace
}  // namespace claimgraph::ingest
