// A new version of a doc_id replaces the stored one in one batch (issue 12,
// "Copies and versions"), and a source correcting itself gets a CORRECTS edge
// ("Contradictions"): through the real extractor, detector and RocksDB store.
#include <catch2/catch.hpp>

#include "extracted_store.h"
#include "graph/conflicts.h"
#include "graph/subgraph.h"
#include "graph/views.h"
#include "news_texts.h"
#include "query/names.h"

namespace claimgraph::graph {
namespace {

using testing::ExtractedStore;

using testing::kMinistryCorrectedText;
using testing::kMinistryText;
using testing::kMonitorText;

// How many nodes of each kind, edges, index entries and names.
std::string Counts(const GraphStore& store) {
  auto counts = store.Count();
  REQUIRE(counts.ok());
  std::string out;
  for (uint64_t n : counts->nodes_by_kind) out += std::to_string(n) + " ";
  return out + std::to_string(counts->out_edges) + " " + std::to_string(counts->in_edges) +
         " " + std::to_string(counts->index_entries) + " " +
         std::to_string(counts->names) + "\n";
}

// Everything a client can see, in a stable order: sources, entities, stories,
// claims with their provenance and conflicts, the conflict listing, the counts
// (not when each article was stored: two stores are written at different times).
std::string Dump(const GraphStore& store) {
  std::string out;
  for (v1::NodeKind kind : {v1::SOURCE, v1::ENTITY, v1::STORY, v1::ARTICLE}) {
    REQUIRE(store.VisitNodes(kind, [&](const v1::Node& node) {
      out += NodeLabel(node) + "|";
      if (kind == v1::SOURCE) out += SourceViewOf(store, node.id())->ShortDebugString();
      if (kind == v1::ARTICLE) out += node.article().doc_id();
      out += "\n";
      return true;
    }).ok());
  }
  auto claims = store.ListClaims({}, 500, "");
  REQUIRE(claims.ok());
  for (NodeId id : claims->ids) {
    v1::ClaimView view = *ClaimViewOf(store, id);
    for (auto& provenance : *view.mutable_provenance()) provenance.clear_ingested_at();
    out += view.ShortDebugString() + "\n";
  }
  auto conflicts = ListConflicts(store, {}, 0, v1::EDGE_TYPE_UNSPECIFIED, 500, "");
  REQUIRE(conflicts.ok());
  for (const v1::Edge& edge : conflicts->edges) out += edge.ShortDebugString() + "\n";
  return out + Counts(store);
}

// The store's one contradiction: the monitor's and the ministry's figures
// (40 vs 12 killed in Aleppo); the store consistent.
void CheckOnlyAleppoFigures(const GraphStore& store) {
  auto conflicts = ListConflicts(store, {}, 0, v1::EDGE_TYPE_UNSPECIFIED, 100, "");
  REQUIRE(conflicts.ok());
  REQUIRE(conflicts->edges.size() == 1);
  CHECK(conflicts->edges[0].type() == v1::FIGURES_DIFFER);
  CHECK(store.Check()->empty());
}

std::vector<NodeId> AllClaims(const GraphStore& store) {
  auto page = store.ListClaims({}, 500, "");
  REQUIRE(page.ok());
  return page->ids;
}

TEST_CASE("a new version of a doc_id replaces the old one: nothing of it stays reachable",
          "[graph][versions]") {
  ExtractedStore s;
  s.Add("monitor.txt", kMonitorText, "2016-09-19");
  auto first = s.Add("ministry.txt", kMinistryText, "2016-09-18");
  CHECK_FALSE(first.replaced);
  std::vector<NodeId> old_claims;
  {
    ClaimFilter by_article;
    by_article.article = first.article;
    auto page = s.store->ListClaims(by_article, 100, "");
    REQUIRE(page.ok());
    old_claims = page->ids;
  }
  REQUIRE(old_claims.size() >= 2);
  REQUIRE(query::ResolveSource(*s.store, "Igor Konashenkov").ok());
  REQUIRE(s.store->FindEntity("Homs").ok());
  auto before = ListConflicts(*s.store, {}, 0, v1::EDGE_TYPE_UNSPECIFIED, 100, "");
  REQUIRE(before.ok());
  REQUIRE(before->edges.size() == 1);  // 12 vs 40 killed in Aleppo
  CHECK(before->edges[0].type() == v1::FIGURES_DIFFER);

  auto second = s.Add("ministry.txt", kMinistryCorrectedText, "2016-09-18");
  CHECK(second.replaced);
  CHECK_FALSE(second.unchanged);
  CHECK(second.article == first.article);  // the article is its doc_id

  // Every old claim is gone: by id, by article, by speaker, by entity, by date.
  for (NodeId id : old_claims) CHECK(absl::IsNotFound(ClaimViewOf(*s.store, id).status()));
  for (NodeId id : AllClaims(*s.store)) {
    CHECK(std::find(old_claims.begin(), old_claims.end(), id) == old_claims.end());
  }
  auto ministry = query::ResolveSource(*s.store, "Russian Defence Ministry");
  REQUIRE(ministry.ok());
  ClaimFilter by_speaker;
  by_speaker.speaker = *ministry;
  auto spoken = s.store->ListClaims(by_speaker, 10, "");
  REQUIRE(spoken.ok());
  REQUIRE(spoken->ids.size() == 1);
  CHECK(ClaimViewOf(*s.store, spoken->ids[0])->content().find("not flown") !=
        std::string::npos);
  ClaimFilter by_place;
  by_place.entity = *s.store->FindEntity("Aleppo");
  by_place.said_after = "2016-09-18";
  by_place.said_before = "2016-09-18";
  auto about = s.store->ListClaims(by_place, 10, "");
  REQUIRE(about.ok());
  REQUIRE(about->ids.size() == 1);
  CHECK(about->ids[0] == spoken->ids[0]);
  // The speaker and the place only the old version had are not listed.
  CHECK(absl::IsNotFound(query::ResolveSource(*s.store, "Igor Konashenkov").status()));
  CHECK(absl::IsNotFound(s.store->FindEntity("Homs").status()));
  // Its contradiction with the monitor went with it.
  auto after = ListConflicts(*s.store, {}, 0, v1::EDGE_TYPE_UNSPECIFIED, 100, "");
  REQUIRE(after.ok());
  CHECK(after->edges.empty());
  // Traversal and export from the article reach only the new version.
  auto sub = Traverse(*s.store, second.article, 3, 500);
  REQUIRE(sub.ok());
  auto json = RenderSubgraph(*sub, v1::JSON);
  REQUIRE(json.ok());
  CHECK(json->find("not flown") != std::string::npos);
  CHECK(json->find("12 people") == std::string::npos);
  CHECK(json->find("Konashenkov") == std::string::npos);
  auto problems = s.store->Check();
  REQUIRE(problems.ok());
  CHECK(*problems == std::vector<std::string>{});

  // The store is exactly what one clean ingest of what is now current gives.
  ExtractedStore clean;
  clean.Add("monitor.txt", kMonitorText, "2016-09-19");
  clean.Add("ministry.txt", kMinistryCorrectedText, "2016-09-18");
  CHECK(Dump(*s.store) == Dump(*clean.store));

  // The same text again changes nothing; the first version back is linked afresh.
  CHECK(s.Add("ministry.txt", kMinistryCorrectedText, "2016-09-18").unchanged);
  CHECK(s.Add("ministry.txt", kMinistryText, "2016-09-18").replaced);
  CheckOnlyAleppoFigures(*s.store);
  ExtractedStore clean_v1;
  clean_v1.Add("monitor.txt", kMonitorText, "2016-09-19");
  clean_v1.Add("ministry.txt", kMinistryText, "2016-09-18");
  CHECK(Dump(*s.store) == Dump(*clean_v1.store));
}

TEST_CASE("a new version that keeps a claim keeps it a contradiction candidate",
          "[graph][versions]") {
  // The new version removes the old one's claims with their term entries and
  // puts back, in the same batch, those it still carries: a later article
  // finds the kept claim through them.
  ExtractedStore s;
  s.Add("ministry.txt", kMinistryText, "2016-09-18");
  const std::string longer = std::string(kMinistryText) + "\nRescue work went on at night.\n";
  REQUIRE(s.Add("ministry.txt", longer, "2016-09-18").replaced);
  s.Add("monitor.txt", kMonitorText, "2016-09-19");
  CheckOnlyAleppoFigures(*s.store);
  ExtractedStore clean;
  clean.Add("ministry.txt", longer, "2016-09-18");
  clean.Add("monitor.txt", kMonitorText, "2016-09-19");
  CHECK(Dump(*s.store) == Dump(*clean.store));
}

TEST_CASE("replacing one of two copies keeps the shared claims, attributed to the other",
          "[graph][versions]") {
  ExtractedStore s;
  auto reuters = s.Add("reuters-1", kMinistryText, "2016-09-18");
  auto yahoo = s.Add("yahoo-1", kMinistryText, "2016-09-18");
  s.Add("monitor.txt", kMonitorText, "2016-09-19");
  REQUIRE(yahoo.story == reuters.story);
  auto replaced = s.Add("reuters-1", kMinistryCorrectedText, "2016-09-18");
  CHECK(replaced.replaced);
  // The copy still carries the first text's claims, with their provenance in
  // its own text, and the conflict with the monitor stands.
  ClaimFilter by_article;
  by_article.article = yahoo.article;
  auto page = s.store->ListClaims(by_article, 100, "");
  REQUIRE(page.ok());
  REQUIRE(page->ids.size() == static_cast<size_t>(yahoo.claims));
  for (NodeId id : page->ids) {
    auto view = ClaimViewOf(*s.store, id);
    REQUIRE(view.ok());
    REQUIRE(view->provenance_size() == 1);
    CHECK(view->provenance(0).article().doc_id() == "yahoo-1");
  }
  CHECK(query::ResolveSource(*s.store, "Igor Konashenkov").ok());
  auto conflicts = ListConflicts(*s.store, {}, 0, v1::EDGE_TYPE_UNSPECIFIED, 100, "");
  REQUIRE(conflicts.ok());
  REQUIRE(conflicts->edges.size() == 1);
  for (const v1::Edge& edge : conflicts->edges) {
    CHECK(edge.conflict().article_a() != reuters.article);
    CHECK(edge.conflict().article_b() != reuters.article);
  }
  CHECK(s.store->Check()->empty());
  ExtractedStore clean;
  clean.Add("yahoo-1", kMinistryText, "2016-09-18");
  clean.Add("monitor.txt", kMonitorText, "2016-09-19");
  clean.Add("reuters-1", kMinistryCorrectedText, "2016-09-18");
  // (Story ids differ: the first text's story began with reuters-1.)
  CHECK(Counts(*s.store) == Counts(*clean.store));
}

// --------------------------------------------------------------- corrections

const char kDay1[] =
    "Japanese Trade Minister Hajime Tamura said the talks in Geneva would reopen "
    "the 1985 semiconductor accord with the United States.\n\nThe talks begin on "
    "Monday.\n";
const char kDay2[] =
    "Hajime Tamura said the talks in Geneva were a new issue and not a reopening "
    "of the semiconductor accord as stated yesterday.\n\nThe talks begin on "
    "Monday.\n";
const char kDay2Other[] =
    "US Trade Representative Clayton Yeutter said the talks in Geneva were a new "
    "issue and not a reopening of the semiconductor accord as stated yesterday.\n\n"
    "The talks begin on Monday.\n";

TEST_CASE("a source correcting its earlier claim gets a CORRECTS edge, new -> old",
          "[graph][versions][corrections]") {
  bool later_first = GENERATE(false, true);
  INFO("correction ingested first: " << later_first);
  ExtractedStore s;
  if (later_first) s.Add("day2.txt", kDay2, "1987-03-03");
  s.Add("day1.txt", kDay1, "1987-03-02");
  if (!later_first) s.Add("day2.txt", kDay2, "1987-03-03");
  auto edges = ListConflicts(*s.store, {}, 0, v1::CORRECTS, 10, "");
  REQUIRE(edges.ok());
  REQUIRE(edges->edges.size() == 1);
  const v1::Edge& edge = edges->edges[0];
  auto from = ClaimViewOf(*s.store, edge.src());
  auto to = ClaimViewOf(*s.store, edge.dst());
  REQUIRE(from.ok());
  REQUIRE(to.ok());
  CHECK(from->content().find("as stated yesterday") != std::string::npos);
  CHECK(to->content().find("would reopen") != std::string::npos);
  CHECK(from->speaker().display_name() == "Hajime Tamura");
  CHECK(to->speaker().display_name() == "Hajime Tamura");
  CHECK(edge.conflict().evidence_a().text() == "as stated");
  // Not a contradiction: a listing of contradictions proper has none.
  for (v1::EdgeType type : {v1::CONTRADICTS, v1::REBUTS, v1::DENIES, v1::FIGURES_DIFFER}) {
    CHECK(ListConflicts(*s.store, {}, 0, type, 10, "")->edges.empty());
  }
  // Exports label and colour it apart.
  auto sub = Traverse(*s.store, edge.src(), 1, 50);
  REQUIRE(sub.ok());
  auto dot = RenderSubgraph(*sub, v1::DOT);
  REQUIRE(dot.ok());
  CHECK(dot->find("CORRECTS") != std::string::npos);
  CHECK(dot->find("blue") != std::string::npos);
  CHECK(s.store->Check()->empty());
}

TEST_CASE("the same sentences by two different sources are no correction",
          "[graph][versions][corrections]") {
  ExtractedStore s;
  s.Add("day1.txt", kDay1, "1987-03-02");
  s.Add("day2.txt", kDay2Other, "1987-03-03");
  auto edges = ListConflicts(*s.store, {}, 0, v1::CORRECTS, 10, "");
  REQUIRE(edges.ok());
  CHECK(edges->edges.empty());
}

}  // namespace
}  // namespace claimgraph::graph
