// Speaker identity across articles, with real sentence shapes and the real
// extractor: one person under every way news names them, namesakes kept apart.
#include <catch2/catch.hpp>

#include "graph/store.h"
#include "graph/views.h"
#include "ingest/extraction.h"
#include "test_util.h"

namespace claimgraph::graph {
namespace {

struct Store {
  testing::TempDir dir;
  std::unique_ptr<GraphStore> store = *GraphStore::Open(dir.file("db"));
  std::unique_ptr<ingest::Extractor> extractor = *ingest::Extractor::Create();

  void Add(const std::string& id, const std::string& text) {
    ingest::Document doc = ingest::DocumentFromText(id, text);
    doc.published = "2016-09-20";
    auto extraction = extractor->Extract(doc);
    REQUIRE(extraction.ok());
    REQUIRE_FALSE(extraction->attributions.empty());
    REQUIRE(store->Ingest(doc, *extraction).ok());
  }
};

const char kPowerFull[] =
    "The US ambassador to the United Nations, Samantha Power, said Russia "
    "needed to stop the stunts.\n\n\"We negotiated in good faith,\" Power told "
    "reporters.\n";
const char kPowerBare[] =
    "\"The council must act now,\" Ms Power told reporters in New York on "
    "Tuesday.\n";

TEST_CASE("one person across articles: full name with title, surname, Ms",
          "[graph][identity]") {
  Store s;
  bool bare_first = GENERATE(false, true);
  INFO("bare surname article first: " << bare_first);
  if (bare_first) {
    s.Add("b.txt", kPowerBare);
    s.Add("a.txt", kPowerFull);
  } else {
    s.Add("a.txt", kPowerFull);
    s.Add("b.txt", kPowerBare);
  }
  REQUIRE(s.store->Check()->empty());
  auto power = s.store->FindSource("Samantha Power");
  REQUIRE(power.ok());
  CHECK(s.store->FindSource("Ms Power").value() == *power);
  auto view = SourceViewOf(*s.store, *power);
  REQUIRE(view.ok());
  CHECK(view->claim_count() == 3);
}

TEST_CASE("an unrelated namesake stays separate and a bare surname is ambiguous",
          "[graph][identity]") {
  Store s;
  s.Add("a.txt",
        "The US ambassador to the United Nations, Samantha Power, said Russia "
        "needed to stop the stunts.\n");
  s.Add("b.txt",
        "British historian Jonathan Power said the archive would open next year.\n");
  auto samantha = s.store->FindSource("Samantha Power");
  auto jonathan = s.store->FindSource("Jonathan Power");
  REQUIRE(samantha.ok());
  REQUIRE(jonathan.ok());
  CHECK(*samantha != *jonathan);
  auto bare = s.store->FindSource("Power");
  CHECK(absl::IsInvalidArgument(bare.status()));
  CHECK(std::string(bare.status().message()).find("Jonathan Power") != std::string::npos);

  // A later article that only says "Power" is neither of them, but linked to both.
  s.Add("c.txt", "\"We will not back down,\" Power said on Monday.\n");
  int possibly_same = 0;
  for (NodeId person : {*samantha, *jonathan}) {
    for (auto direction : {Direction::kIn, Direction::kOut}) {
      REQUIRE(s.store->VisitEdges(person, direction, v1::POSSIBLY_SAME,
                                  [&](const v1::Edge&) {
                                    ++possibly_same;
                                    return true;
                                  }).ok());
    }
  }
  CHECK(possibly_same == 2);
  CHECK(SourceViewOf(*s.store, *samantha)->claim_count() == 1);
  CHECK(SourceViewOf(*s.store, *jonathan)->claim_count() == 1);
}

}  // namespace
}  // namespace claimgraph::graph
