#include <catch2/catch.hpp>

#include <optional>
#include <random>

#include "claimgraph/v1/corpus.pb.h"
#include "common/strings.h"
#include "google/protobuf/util/json_util.h"
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

TEST_CASE("a gold-format line (doc_id, attributions) is read as a document", "[ingest]") {
  // PolNeAR and examples/gold.jsonl name the document "doc_id".
  auto doc = DocumentFromJsonLine(
      R"({"doc_id":"pn-7","text":"She said so.","attributions":[{"content":{"start":4}}]})",
      "gold.jsonl:3");
  REQUIRE(doc.ok());
  CHECK(doc->doc_id == "pn-7");
  auto both = DocumentFromJsonLine(R"({"id":"a","doc_id":"b","text":"x"})", "gold.jsonl:4");
  REQUIRE_FALSE(both.ok());
  CHECK(std::string(both.status().message()) == "gold.jsonl:4: \"id\" and \"doc_id\" differ");
  auto none = DocumentFromJsonLine(R"({"text":"x"})", "gold.jsonl:5");
  REQUIRE_FALSE(none.ok());
  CHECK(std::string(none.status().message()).find("gold.jsonl:5") == 0);
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
}

TEST_CASE("a JSONL date as feeds write it is read, an unreadable one keeps the article",
          "[ingest][dates]") {
  auto date_of = [](const std::string& value) {
    auto doc = DocumentFromJsonLine(
        Cat(R"({"id":"d1","text":"He said so.","date":")", value, R"("})"), "b.jsonl:1");
    REQUIRE(doc.ok());
    return *doc;
  };
  CHECK(date_of("27-MAR-1987 00:02:59.13").published == "1987-03-27");
  CHECK(date_of("2016-09-18T10:00:00Z").published == "2016-09-18");
  CHECK(date_of("Sun, 18 Sep 2016 10:00:00 +0000").published == "2016-09-18");
  CHECK(date_of("2016-09-18").warnings.empty());

  for (std::string bad : {"May 5", "2020-13-01", "2020-02-30", "yesterday"}) {
    ingest::Document doc = date_of(bad);
    CHECK(doc.published.empty());
    CHECK(doc.text == "He said so.");
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0] ==
          Cat("d1: \"date\" \"", bad, "\" is not a date (formats: ISO 8601, RFC 2822, ",
              "\"18 September 2016\"); stored with the date unknown"));
  }
}

TEST_CASE("a leading date line must be a real date", "[ingest][dates]") {
  CHECK(DocumentFromText("a.txt", "date 2020-02-29 He said.").published == "2020-02-29");
  CHECK(DocumentFromText("a.txt", "date 2020-02-30 He said.").published.empty());
}

// What protobuf's JSON parser (with unknown fields ignored) makes of `line`:
// DocumentFromJsonLine reads the usual lines by hand and must agree with it.
std::optional<v1::InputDocument> ProtobufParse(std::string_view line) {
  v1::InputDocument input;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(line.data(), line.size()), &input, options);
  if (!status.ok()) return std::nullopt;
  return input;
}

void CheckReadLikeProtobuf(const std::string& line) {
  INFO("line: " << line);
  auto doc = DocumentFromJsonLine(line, "t.jsonl:1");
  auto reference = ProtobufParse(line);
  if (!reference) {
    REQUIRE_FALSE(doc.ok());
    CHECK_THAT(std::string(doc.status().message()),
               Catch::Contains("not a JSON article object"));
    return;
  }
  if (!doc.ok()) {
    CHECK_THAT(std::string(doc.status().message()),
               !Catch::Contains("not a JSON article object"));
    return;
  }
  CHECK(doc->doc_id == reference->id());
  CHECK(doc->text == reference->text());
  CHECK(doc->outlet == reference->outlet());
  CHECK(doc->url == reference->url());
  CHECK(doc->title == reference->title());
}

TEST_CASE("JSONL lines are read exactly as protobuf's JSON parser reads them",
          "[ingest]") {
  const std::vector<std::string> lines = {
      R"({"id":"a","text":"plain"})",
      R"(  { "id" : "a" , "text" : "spaced" }  )",
      "{\"id\":\"a\",\"text\":\"crlf\"}\r",
      R"({})",
      R"({"id":"a","text":"esc \" \\ \/ \b \f \n \r \t end"})",
      R"({"id":"a","text":"\u00e9\u00C9 \u201chi\u201d \u0000"})",
      R"({"id":"a","text":"pair \ud83d\ude00 ok"})",
      R"({"id":"a","text":"lone \ud83d end"})",
      R"({"id":"a","text":"lone trail \ude00 end"})",
      R"({"id":"a","text":"bad \x escape"})",
      R"({"id":"a","text":"short \u12"})",
      "{\"id\":\"a\",\"text\":\"raw \xC3\xA9 \xE2\x80\x9C ok\"}",
      "{\"id\":\"a\",\"text\":\"raw bad \xff\xfe\"}",
      "{\"id\":\"a\",\"text\":\"raw tab \t in string\"}",
      R"({"id":"a","text":"t","date":"2019-01-04","outlet":"o","url":"u","title":"t","license":"l"})",
      R"({"id":"a","text":"t","extra":{"nested":[1,2,{"x":null}]},"more":3.5})",
      R"({"id":"a","text":"first","text":"second"})",
      R"({"id":"a","text":null})",
      R"({"id":"a","text":42})",
      R"({"id":"a","text":"t",})",
      R"({"id":"a","text":"t"} trailing)",
      R"({"id":"a" "text":"t"})",
      R"({"i\u0064":"a","text":"escaped key"})",
      R"(["id","a"])",
      R"("just a string")",
      R"({"id":"a","text":"unterminated)",
      "\xEF\xBB\xBF{\"id\":\"bom\",\"text\":\"t\"}",
  };
  for (const std::string& line : lines) CheckReadLikeProtobuf(line);

  // Mutations of a line with every kind of escape: dropped, inserted and
  // replaced bytes, JSON punctuation favoured.
  const std::string base =
      R"({"id":"m1","text":"He said \u201chi\u201d \ud83d\ude00 \"q\" a\\b\n\u00e9 caf)"
      "\xC3\xA9\",\"date\":\"2019-01-04\",\"outlet\":\"o\",\"x\":[1,\"y\"]}";
  const std::string alphabet = "\"\\{}[],: uU0dD8e\x01\xff\xC3\xE2nul";
  std::mt19937 rng(20241122);
  for (int round = 0; round < 3000; ++round) {
    std::string line = base;
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits && !line.empty(); ++e) {
      const std::size_t at = rng() % line.size();
      const char c = alphabet[rng() % alphabet.size()];
      switch (rng() % 3) {
        case 0: line.erase(at, 1); break;
        case 1: line.insert(line.begin() + static_cast<std::ptrdiff_t>(at), c); break;
        default: line[at] = c; break;
      }
    }
    CheckReadLikeProtobuf(line);
  }
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
