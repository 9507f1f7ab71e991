// The three example articles ingested together, in every order, through the real
// extractor and store, checked against the hand annotation (examples/gold.jsonl).
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>

#include "claimgraph/v1/corpus.pb.h"
#include "google/protobuf/util/json_util.h"
#include "query/names.h"
#include "graph/conflicts.h"
#include "graph/store.h"
#include "graph/views.h"
#include "ingest/extraction.h"
#include "extracted_store.h"
#include "test_util.h"

namespace claimgraph::graph {
namespace {

using testing::ReadFile;
using testing::SourceDir;
using testing::TempDir;

std::vector<v1::GoldDocument> LoadGold() {
  std::vector<v1::GoldDocument> docs;
  std::istringstream in(ReadFile(SourceDir() + "/examples/gold.jsonl"));
  std::string line;
  while (std::getline(in, line)) {
    v1::GoldDocument doc;
    REQUIRE(google::protobuf::util::JsonStringToMessage(line, &doc).ok());
    docs.push_back(doc);
  }
  return docs;
}

// The corpus README's rule: spans match when they share at least half of the
// non-space characters of the longer one.
bool SpansMatch(std::string_view text, uint32_t a0, uint32_t a1, uint32_t b0,
                uint32_t b1) {
  auto non_space = [&](uint32_t s, uint32_t e) {
    int n = 0;
    for (uint32_t i = s; i < e; ++i) n += text[i] != ' ' && text[i] != '\n';
    return n;
  };
  uint32_t s = std::max(a0, b0), e = std::min(a1, b1);
  int shared = s < e ? non_space(s, e) : 0;
  return 2 * shared >= std::max(non_space(a0, a1), non_space(b0, b1));
}

struct Ingested {
  TempDir dir;
  std::unique_ptr<GraphStore> store;
  std::map<std::string, std::string> texts;
  std::vector<v1::ClaimView> claims;

  explicit Ingested(const std::vector<std::string>& order) {
    store = *GraphStore::Open(dir.file("db"));
    auto extractor = *ingest::Extractor::Create();
    for (const std::string& name : order) {
      std::string text = ReadFile(SourceDir() + "/examples/articles/" + name);
      texts[name] = text;
      ingest::Document doc = ingest::DocumentFromText(name, text);
      auto extraction = extractor->Extract(doc);
      REQUIRE(extraction.ok());
      REQUIRE(store->Ingest(doc, *extraction).ok());
      testing::RequireViewRecordsCurrent(*store);
    }
    std::string token;
    do {
      auto page = store->ListClaims({}, 100, token);
      REQUIRE(page.ok());
      for (NodeId id : page->ids) claims.push_back(*ClaimViewOf(*store, id));
      token = page->next_page_token;
    } while (!token.empty());
  }

  // The stored claim carrying gold attribution `a` of `doc`, or nullptr.
  const v1::ClaimView* ClaimFor(const v1::GoldDocument& doc, const v1::GoldAttribution& a) {
    for (const auto& claim : claims) {
      for (const auto& p : claim.provenance()) {
        if (p.article().doc_id() == doc.doc_id() &&
            SpansMatch(texts[doc.doc_id()], p.content().start(), p.content().end(),
                       a.content().start(), a.content().end())) {
          return &claim;
        }
      }
    }
    return nullptr;
  }
};

std::vector<std::vector<std::string>> AllOrders() {
  std::vector<std::string> names = {"2016-09-18-deir-ezzor-airstrike.txt",
                                    "afp-syria-deconfliction-arab-today.txt",
                                    "afp-syria-deconfliction-muscat-daily.txt"};
  std::vector<std::vector<std::string>> orders;
  do orders.push_back(names);
  while (std::next_permutation(names.begin(), names.end()));
  return orders;
}

TEST_CASE("each named person is one source holding all their gold attributions",
          "[examples][graph]") {
  auto gold = LoadGold();
  for (const auto& order : AllOrders()) {
    Ingested g(order);
    for (const std::string person :
         {"Samantha Power", "Vitaly Churkin", "Maria Zakharova", "Joe Dunford"}) {
      INFO(person << " with " << order.front() << " first");
      auto id = query::ResolveSource(*g.store, person);
      REQUIRE(id.ok());
      for (const auto& doc : gold) {
        for (const auto& a : doc.attributions()) {
          if (a.speaker() != person || a.source().text().starts_with("a top")) continue;
          INFO(a.id() << ": " << a.content().text());
          const v1::ClaimView* claim = g.ClaimFor(doc, a);
          REQUIRE(claim != nullptr);
          CHECK(claim->speaker().name() == ResourceName(*id));
        }
      }
    }
  }
}

TEST_CASE("the AFP copies form one story whose claims are stored once",
          "[examples][graph]") {
  auto gold = LoadGold();
  std::size_t afp_gold = 0;
  for (const auto& doc : gold) {
    if (doc.doc_id() == "afp-syria-deconfliction-muscat-daily.txt") {
      afp_gold = doc.attributions_size();
    }
  }
  for (const auto& order : AllOrders()) {
    Ingested g(order);
    NodeId muscat = *g.store->FindArticle("afp-syria-deconfliction-muscat-daily.txt");
    NodeId arab = *g.store->FindArticle("afp-syria-deconfliction-arab-today.txt");
    auto a = *g.store->GetNode(muscat);
    auto b = *g.store->GetNode(arab);
    CHECK(a.article().story_id() == b.article().story_id());
    CHECK(a.article().wire() == "AFP");
    auto story = *g.store->GetNode(a.article().story_id());
    CHECK(story.story().wire() == "AFP");
    std::size_t in_both = 0;
    for (const auto& claim : g.claims) {
      std::set<std::string> docs;
      for (const auto& p : claim.provenance()) docs.insert(p.article().doc_id());
      if (docs.count("afp-syria-deconfliction-muscat-daily.txt")) {
        CHECK(docs.count("afp-syria-deconfliction-arab-today.txt") == 1);
        CHECK(claim.independent_reports() == 1);
        ++in_both;
      }
    }
    CHECK(in_both == afp_gold);
    NodeId other = *g.store->FindArticle("2016-09-18-deir-ezzor-airstrike.txt");
    CHECK(g.store->GetNode(other)->article().story_id() != a.article().story_id());
  }
}

TEST_CASE("variant place names are one entity and times resolve against the date",
          "[examples][graph]") {
  Ingested g(AllOrders().front());
  auto zor = g.store->FindEntity("Deir al-Zor");
  auto ezzor = g.store->FindEntity("Deir Ezzor");
  REQUIRE(zor.ok());
  REQUIRE(ezzor.ok());
  CHECK(*zor == *ezzor);
  int saturday = 0;
  for (const auto& claim : g.claims) {
    if (claim.provenance(0).article().doc_id() != "2016-09-18-deir-ezzor-airstrike.txt") {
      continue;
    }
    if (claim.said_on() == "2016-09-17") ++saturday;
    CHECK(claim.said_on() <= "2016-09-18");  // never after publication
  }
  CHECK(saturday >= 1);  // "accused ... on Saturday night"
}

TEST_CASE("the gold contradiction pairs are found with their types",
          "[examples][graph]") {
  auto gold = LoadGold();
  const std::map<std::string, v1::EdgeType> types = {
      {"rebuttal", v1::REBUTS}, {"contradiction", v1::CONTRADICTS},
      {"denial", v1::DENIES}, {"figures_differ", v1::FIGURES_DIFFER}};
  for (const auto& order : AllOrders()) {
    Ingested g(order);
    std::set<std::tuple<std::string, std::string, int>> expected;
    for (const auto& doc : gold) {
      std::map<std::string, const v1::GoldAttribution*> by_id;
      for (const auto& a : doc.attributions()) by_id[a.id()] = &a;
      for (const auto& c : doc.contradictions()) {
        const v1::ClaimView* a = g.ClaimFor(doc, *by_id[c.a()]);
        const v1::ClaimView* b = g.ClaimFor(doc, *by_id[c.b()]);
        REQUIRE(a != nullptr);
        REQUIRE(b != nullptr);
        expected.insert({std::min(a->name(), b->name()), std::max(a->name(), b->name()),
                         types.at(c.type())});
      }
    }
    REQUIRE(expected.size() == 6);  // the AFP copies' pairs merge
    auto page = ListConflicts(*g.store, {}, 0, v1::EDGE_TYPE_UNSPECIFIED, 100, "");
    REQUIRE(page.ok());
    std::set<std::tuple<std::string, std::string, int>> found;
    for (const auto& edge : page->edges) {
      std::string a = ResourceName(edge.src()), b = ResourceName(edge.dst());
      found.insert({std::min(a, b), std::max(a, b), edge.type()});
    }
    for (const auto& pair : expected) {
      INFO(std::get<0>(pair) << " " << std::get<1>(pair) << " type " << std::get<2>(pair));
      CHECK(found.count(pair) == 1);
    }
    std::size_t false_pairs = 0;
    for (const auto& pair : found) false_pairs += expected.count(pair) == 0;
    CHECK(false_pairs <= 1);

    // A claim's conflicts page like every listing: a page of one at a time
    // gives each of them once.
    std::map<NodeId, int> per_claim;
    for (const auto& edge : page->edges) ++per_claim[edge.src()], ++per_claim[edge.dst()];
    auto busiest = std::max_element(per_claim.begin(), per_claim.end(),
                                    [](const auto& x, const auto& y) { return x.second < y.second; });
    REQUIRE(busiest != per_claim.end());
    REQUIRE(busiest->second >= 2);
    std::set<std::tuple<NodeId, NodeId, int>> paged;
    std::string token;
    int pages = 0;
    do {
      auto one = ListConflicts(*g.store, {}, busiest->first, v1::EDGE_TYPE_UNSPECIFIED, 1, token);
      REQUIRE(one.ok());
      CHECK(one->edges.size() <= 1);
      for (const auto& edge : one->edges) paged.insert({edge.src(), edge.dst(), edge.type()});
      token = one->next_page_token;
      ++pages;
    } while (!token.empty() && pages < 20);
    CHECK(static_cast<int>(paged.size()) == busiest->second);
    CHECK_FALSE(ListConflicts(*g.store, {}, busiest->first, v1::EDGE_TYPE_UNSPECIFIED, 1, "x").ok());
  }
}

}  // namespace
}  // namespace claimgraph::graph
