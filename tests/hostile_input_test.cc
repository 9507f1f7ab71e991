// Hostile input: each document gets a clear per-document error or is handled,
// and nothing crashes, hangs or grows without bound.
#include <catch2/catch.hpp>

#include <string>

#include "graph/store.h"
#include "ingest/extraction.h"
#include "tests/test_util.h"

namespace claimgraph::ingest {
namespace {

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
}

}  // namespace
}  // namespace claimgraph::ingest
