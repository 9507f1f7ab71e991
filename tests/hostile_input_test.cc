// Hostile input: each document gets a clear per-document error or is handled,
// and nothing crashes, hangs or grows without bound.
#include <catch2/catch.hpp>

#include <string>

#include "ingest/extraction.h"

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

}  // namespace
}  // namespace claimgraph::ingest
