// Hostile input: each document gets a clear per-document error or is handled,
// and nothing crashes, hangs or grows without bound.
#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "graph/store.h"
#include "ingest/extraction.h"
#include "test_util.h"

namespace claimgraph::ingest {
namespace {

long PeakRssKiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

const char kGoodText[] =
    "\"We will not accept this,\" Foreign Minister Anna Berg told reporters on "
    "Monday.\n\nThe talks resume next week, she said.\n";

std::string GoodLine(const std::string& id) {
  return "{\"id\":\"" + id + "\",\"date\":\"2020-01-06\",\"text\":\"\\\"We will not "
         "accept this,\\\" Foreign Minister Anna Berg told reporters.\"}";
}

// Everything ReadDocuments hands over, errors as their messages.
struct ReadResult {
  std::vector<Document> docs;
  std::vector<std::string> errors;
};
ReadResult ReadAll(const std::string& path, InputFormat format) {
  ReadResult out;
  auto status = ReadDocuments(path, format, [&](absl::StatusOr<Document> doc) {
    if (doc.ok()) {
      out.docs.push_back(*std::move(doc));
    } else {
      out.errors.emplace_back(doc.status().message());
    }
  });
  REQUIRE(status.ok());
  return out;
}

absl::StatusOr<Extraction> ExtractText(const std::string& text) {
  return Extract(DocumentFromText("hostile.txt", text));
}

TEST_CASE("invalid UTF-8 is a per-document error naming the byte",
          "[hostile][ingest]") {
  for (std::string bad : {std::string("abc \xff def"), std::string("caf\xc3"),
                          std::string("\xed\xa0\x80 surrogate"),
                          std::string("over-long \xc0\xaf slash")}) {
    auto extraction = ExtractText(bad);
    REQUIRE_FALSE(extraction.ok());
    CHECK(extraction.status().code() == absl::StatusCode::kInvalidArgument);
    CHECK_THAT(std::string(extraction.status().message()),
               Catch::Contains("hostile.txt") && Catch::Contains("invalid UTF-8 at byte"));
  }
}

TEST_CASE("a parenthesis closing a subject it never opened stays inside the sentence",
          "[hostile][ingest]") {
  // Found by fuzz_extract: the party-label skip of a participle's subject
  // read the token before the paragraph (caught under ASan+UBSan).
  for (const char* text : {"(Smith) issued a statement saying the fund must be refilled.\n",
                           "Smith) issued a statement saying the fund must be refilled.\n"}) {
    INFO(text);
    auto extraction = ExtractText(text);
    REQUIRE(extraction.ok());
    REQUIRE(extraction->attributions.size() == 1);
    CHECK(extraction->attributions[0].content.in(text) == "the fund must be refilled");
  }
}

TEST_CASE("NUL bytes are a per-document error", "[hostile][ingest]") {
  auto extraction = ExtractText(std::string("He said \"no\0thing\".", 19));
  REQUIRE_FALSE(extraction.ok());
  CHECK_THAT(std::string(extraction.status().message()),
             Catch::Contains("NUL byte at byte 11"));
  // The JSON escape \u0000 reaches the text the same way.
  auto doc = DocumentFromJsonLine(R"({"id":"n","text":"a\u0000b"})", "f.jsonl:1");
  REQUIRE(doc.ok());
  CHECK_FALSE(Extract(*doc).ok());
}

TEST_CASE("a binary file is refused, an empty file is an empty article",
          "[hostile][ingest]") {
  testing::TempDir dir;
  std::mt19937 rng(7);
  std::string bytes(64 << 10, '\0');
  for (char& c : bytes) c = static_cast<char>(rng());
  std::ofstream(dir.file("blob.bin"), std::ios::binary) << bytes;
  std::ofstream(dir.file("empty.txt"), std::ios::binary);
  ReadResult blob = ReadAll(dir.file("blob.bin"), InputFormat::kText);
  REQUIRE(blob.docs.size() == 1);
  auto extraction = Extract(blob.docs[0]);
  REQUIRE_FALSE(extraction.ok());
  CHECK_THAT(std::string(extraction.status().message()), Catch::Contains("blob.bin"));

  // An empty document is refused by name, never stored as an article.
  ReadResult empty = ReadAll(dir.file("empty.txt"), InputFormat::kText);
  CHECK(empty.docs.empty());
  REQUIRE(empty.errors.size() == 1);
  CHECK_THAT(empty.errors[0],
             Catch::Contains("empty.txt") && Catch::Contains("empty document"));
  CHECK(ReadAll(dir.file("empty.txt"), InputFormat::kJsonl).docs.empty());
  // A binary file read as JSONL: every line is a JSON error naming file:line.
  ReadResult as_jsonl = ReadAll(dir.file("blob.bin"), InputFormat::kJsonl);
  CHECK(as_jsonl.docs.empty());
  REQUIRE_FALSE(as_jsonl.errors.empty());
  CHECK_THAT(as_jsonl.errors[0], Catch::Contains("blob.bin:"));
}

TEST_CASE("malformed JSONL lines are errors naming file:line, the good lines land",
          "[hostile][ingest]") {
  testing::TempDir dir;
  std::vector<std::string> lines = {
      GoodLine("good-1"),
      "{not json",
      GoodLine("good-2"),
      R"({"text":"an article without an id"})",
      "[1, 2, 3]",
      "",
      R"({"id":"bad-date","text":"x","date":"yesterday"})",
      R"({"id":"bad-text","text":42})",
      "{\"id\":\"raw-bytes\",\"text\":\"\xff\xfe\"}",
      GoodLine("good-3"),
      R"({"id":"truncated","text":"ends in the middle)",
  };
  {
    std::ofstream out(dir.file("batch.jsonl"), std::ios::binary);
    for (const auto& line : lines) out << line << "\n";
  }
  ReadResult result = ReadAll(dir.file("batch.jsonl"), InputFormat::kJsonl);
  std::vector<std::string> ids;
  std::vector<std::string> extraction_errors;
  for (const Document& doc : result.docs) {
    auto extraction = Extract(doc);
    if (extraction.ok()) {
      ids.push_back(doc.doc_id);
    } else {
      extraction_errors.emplace_back(extraction.status().message());
    }
  }
  // An unreadable date stores the article with the date unknown and a
  // warning naming it (issue 13), not an error.
  CHECK(ids == std::vector<std::string>{"good-1", "good-2", "bad-date", "good-3"});
  for (const Document& doc : result.docs) {
    if (doc.doc_id != "bad-date") continue;
    CHECK(doc.published.empty());
    REQUIRE(doc.warnings.size() == 1);
    CHECK_THAT(doc.warnings[0], Catch::Contains("bad-date") && Catch::Contains("date"));
  }
  // Lines 2, 4, 5, 8, 11 fail to parse; line 9's bytes are not UTF-8 (the
  // JSON parser or the extractor says so).
  std::string all;
  for (const auto& e : result.errors) all += e + "\n";
  INFO(all);
  for (int line : {2, 4, 5, 8, 11}) {
    CHECK_THAT(all, Catch::Contains(dir.file("batch.jsonl") + ":" + std::to_string(line) + ":") ||
                        Catch::Contains(dir.file("batch.jsonl") + ":" + std::to_string(line) + " "));
  }
  CHECK(result.errors.size() + extraction_errors.size() == 6);
}

TEST_CASE("a 100 MB article is refused per document without being read whole",
          "[hostile][ingest][slow]") {
  testing::TempDir dir;
  const std::size_t target = 100u << 20;
  {
    std::ofstream out(dir.file("huge.txt"), std::ios::binary);
    std::string block;
    while (block.size() < (1u << 20)) block += kGoodText;
    for (std::size_t written = 0; written < target; written += block.size()) out << block;
  }
  {
    std::ofstream out(dir.file("huge.jsonl"), std::ios::binary);
    out << GoodLine("before") << "\n{\"id\":\"huge\",\"text\":\"";
    std::string block(1u << 20, 'a');
    for (std::size_t written = 0; written < target; written += block.size()) out << block;
    out << "\"}\n" << GoodLine("after") << "\n";
  }
  long before = PeakRssKiB();
  ReadResult text = ReadAll(dir.file("huge.txt"), InputFormat::kText);
  CHECK(text.docs.empty());
  REQUIRE(text.errors.size() == 1);
  CHECK_THAT(text.errors[0], Catch::Contains("huge.txt") &&
                                 Catch::Contains("over the limit of 4194304 bytes"));
  ReadResult jsonl = ReadAll(dir.file("huge.jsonl"), InputFormat::kJsonl);
  REQUIRE(jsonl.docs.size() == 2);
  CHECK(jsonl.docs[0].doc_id == "before");
  CHECK(jsonl.docs[1].doc_id == "after");
  REQUIRE(jsonl.errors.size() == 1);
  CHECK_THAT(jsonl.errors[0], Catch::Contains("huge.jsonl:2: line of 10485") &&
                                  Catch::Contains("over the limit"));
  // Neither reader held the 100 MB: the high-water mark grew by less than 32 MiB.
  CHECK(PeakRssKiB() - before < 32 * 1024);
}

TEST_CASE("an article at the size limit is extracted", "[hostile][ingest][slow]") {
  // Distinct paragraphs: the layout sets repeated lines aside as boilerplate.
  std::string text;
  for (int i = 0; text.size() + 200 < kMaxDocumentBytes; ++i) {
    text += "\"We will not accept offer " + std::to_string(i) +
            ",\" Foreign Minister Anna Berg told reporters.\n\nTalks on item " +
            std::to_string(i) + " resume next week, she said.\n\n";
  }
  auto extraction = ExtractText(text);
  REQUIRE(extraction.ok());
  CHECK(extraction->attributions.size() > 1000);
}

TEST_CASE("degenerate quoting and punctuation are handled quickly",
          "[hostile][extractor]") {
  struct Case {
    std::string name, text;
  };
  std::vector<Case> cases;
  cases.push_back({"quote never closed",
                   "The minister said \"this will never end and " +
                       [] { std::string s; for (int i = 0; i < 20000; ++i) s += "we go on "; return s; }()});
  {
    std::string t = "He said ";
    for (int i = 0; i < 10000; ++i) t += "\xE2\x80\x9CShe said ";
    t += "end";
    for (int i = 0; i < 10000; ++i) t += "\xE2\x80\x9D";
    cases.push_back({"10,000 nested curly quotes", t});
  }
  cases.push_back({"10,000 nested straight quotes",
                   "He said " + std::string(10000, '"') + "x" + std::string(10000, '"') + "."});
  {
    std::string t;
    std::mt19937 rng(3);
    const char* words[] = {"alpha", "said", "the", "Minister", "told", "reporters", "Berg"};
    while (t.size() < (1u << 20)) {
      t += words[rng() % 7];
      t += ' ';
    }
    cases.push_back({"1 MB line without punctuation", t});
  }
  cases.push_back({"1 MB of one letter", std::string(1u << 20, 'a')});
  cases.push_back({"1 MB of quote marks", std::string(1u << 20, '"')});
  cases.push_back({"1 MB of newlines", std::string(1u << 20, '\n')});
  {
    std::string t;
    while (t.size() < (1u << 20)) t += "\xE2\x80\x98x\xE2\x80\x99 ";
    cases.push_back({"1 MB of single-quoted letters", t});
  }
  for (const Case& c : cases) {
    INFO(c.name);
    // Speed is the benchmarks' business; ctest's timeout catches a hang.
    auto extraction = ExtractText(c.text);
    CHECK(extraction.ok());
  }
}


// A cue as the first word of a paragraph ("Said the minister.") made the
// coordinated-subject check read the token before the paragraph (index -1):
// std::out_of_range on the Wikinews corpus (wn-65f400e5c59b). Fixed in
// attribution_finder.cc by testing the bound first.
TEST_CASE("a paragraph that starts with a speech verb", "[hostile][extractor]") {
  for (const char* text : {"Said the minister.", "Said.", "said", "Told reporters.",
                           "Added: \"It is over.\""}) {
    Document doc = DocumentFromText("t.txt", text);
    auto extraction = Extract(doc);
    CHECK(extraction.ok());
  }
}

// Store creation is atomic (PATH.creating renamed into place): an empty
// directory made beforehand is fine, and the leftovers of a creator that was
// killed are replaced.
TEST_CASE("a store is created whole in an empty directory or over leftovers",
          "[hostile][store]") {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.file("db"));
  std::filesystem::create_directories(dir.file("db.creating/junk"));
  {
    auto store = graph::GraphStore::Open(dir.file("db"));
    REQUIRE(store.ok());
  }
  CHECK_FALSE(std::filesystem::exists(dir.file("db.creating")));
  graph::StoreOptions read_only;
  read_only.read_only = true;
  auto reopened = graph::GraphStore::Open(dir.file("db"), read_only);
  REQUIRE(reopened.ok());
  auto problems = (*reopened)->Check();
  REQUIRE(problems.ok());
  CHECK(problems->empty());
}

TEST_CASE("a directory holding something else is not made a store",
          "[hostile][store]") {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.file("db"));
  std::ofstream(dir.file("db/notes.txt")) << "mine";
  auto store = graph::GraphStore::Open(dir.file("db"));
  CHECK_FALSE(store.ok());
  CHECK(std::filesystem::exists(dir.file("db/notes.txt")));
  CHECK_FALSE(std::filesystem::exists(dir.file("db.creating")));
  // Nor is a file, and nothing is left beside it.
  std::ofstream(dir.file("afile")) << "mine";
  auto on_file = graph::GraphStore::Open(dir.file("afile"));
  REQUIRE_FALSE(on_file.ok());
  CHECK_THAT(std::string(on_file.status().message()), Catch::Contains("is a file"));
  CHECK_FALSE(std::filesystem::exists(dir.file("afile.creating")));
}

}  // namespace
}  // namespace claimgraph::ingest
