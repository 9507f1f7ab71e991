// Contradictions between claims of different stories, through the real
// extractor, detector and store: the cross-story gates (a shared entity, close
// in time) in both ingest orders.
#include <catch2/catch.hpp>
#include <cmath>

#include "extracted_store.h"
#include "graph/conflicts.h"
#include "news_texts.h"

namespace claimgraph::graph {
namespace {

struct Store : testing::ExtractedStore {
  std::vector<v1::Edge> Conflicts() {
    auto page = ListConflicts(*store, {}, 0, v1::EDGE_TYPE_UNSPECIFIED, 100, "");
    REQUIRE(page.ok());
    return page->edges;
  }
};

const char kMinistry[] =
    "The Russian Defence Ministry said 12 people were killed in the strike on "
    "Aleppo.\n\nThe ministry gave no further details.\n";
const char* const kMonitor = testing::kMonitorText;

TEST_CASE("differing figures in two stories about one event are linked, either order",
          "[graph][conflicts]") {
  bool monitor_first = GENERATE(false, true);
  INFO("monitor article first: " << monitor_first);
  Store s;
  if (monitor_first) {
    s.Add("monitor.txt", kMonitor, "2016-09-19");
    s.Add("ministry.txt", kMinistry, "2016-09-18");
  } else {
    s.Add("ministry.txt", kMinistry, "2016-09-18");
    s.Add("monitor.txt", kMonitor, "2016-09-19");
  }
  s.Add("flood.txt", "Officials said the floods in Iraq had receded.\n", "2016-09-19");
  auto edges = s.Conflicts();
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].type() == v1::FIGURES_DIFFER);
  CHECK(edges[0].conflict().article_a() != edges[0].conflict().article_b());

  // "Contradictions about Aleppo" finds it; about Iraq, nothing.
  auto about = [&](std::string_view entity) {
    ClaimFilter filter;
    auto id = s.store->FindEntity(entity);
    REQUIRE(id.ok());
    filter.entity = *id;
    auto page = ListConflicts(*s.store, filter, 0, v1::EDGE_TYPE_UNSPECIFIED, 10, "");
    REQUIRE(page.ok());
    return page->edges.size();
  };
  CHECK(about("Aleppo") == 1);
  CHECK(about("Iraq") == 0);
  CHECK(s.store->Check()->empty());

  // A minimum confidence above the edge's leaves nothing.
  float confidence = edges[0].confidence();
  auto page = ListConflicts(*s.store, {}, 0, v1::EDGE_TYPE_UNSPECIFIED, 10, "", confidence);
  REQUIRE(page.ok());
  CHECK(page->edges.size() == 1);
  page = ListConflicts(*s.store, {}, 0, v1::EDGE_TYPE_UNSPECIFIED, 10, "", confidence + 0.01);
  REQUIRE(page.ok());
  CHECK(page->edges.empty());
}

TEST_CASE("a belief or an intention never makes a contradiction edge", "[graph][conflicts]") {
  // The same two figures for one strike: said by both, they conflict; when the
  // monitor only suggests (a belief) or pledges (an intention), there is no edge.
  const auto [cue, cue_class] = GENERATE(table<std::string, ingest::AttributionClass>(
      {{"said", ingest::AttributionClass::kStatement},
       {"suggested", ingest::AttributionClass::kBelief},
       {"predicted", ingest::AttributionClass::kBelief},
       {"pledged", ingest::AttributionClass::kIntention}}));
  INFO("monitor cue: " << cue);
  Store s;
  s.Add("ministry.txt", kMinistry, "2016-09-18");
  ingest::Document monitor = ingest::DocumentFromText(
      "monitor.txt", "The Syrian Observatory for Human Rights " + cue +
                         " 40 people were killed in the strike on Aleppo, most of them "
                         "civilians.\n\nRescue teams were still searching the rubble on Tuesday.\n");
  monitor.published = "2016-09-19";
  auto extraction = s.extractor->Extract(monitor);
  REQUIRE(extraction.ok());
  REQUIRE(extraction->attributions.size() == 1);
  CHECK(extraction->attributions[0].cue_class == cue_class);
  REQUIRE(s.store->Ingest(monitor, *extraction).ok());
  CHECK(s.Conflicts().size() == (cue == "said" ? 1u : 0u));
}

TEST_CASE("a minimum confidence is a number from 0 to 1", "[graph][conflicts]") {
  CHECK(*ParseMinConfidence("", "--min-confidence") == 0);
  CHECK(*ParseMinConfidence("0.7", "--min-confidence") == Approx(0.7));
  auto bad = ParseMinConfidence("high", "--min-confidence");
  REQUIRE(absl::IsInvalidArgument(bad.status()));
  CHECK(bad.status().message() == "--min-confidence must be a number from 0 to 1, not 'high'");
  CHECK(absl::IsInvalidArgument(ParseMinConfidence("1.5", "--min-confidence").status()));
  CHECK(absl::IsInvalidArgument(ParseMinConfidence("-0.1", "--min-confidence").status()));
  CHECK(absl::IsInvalidArgument(CheckMinConfidence(std::nan(""), "min_confidence")));
  CHECK(CheckMinConfidence(1, "min_confidence").ok());
}

TEST_CASE("figures weeks apart or about other places are not linked across stories",
          "[graph][conflicts]") {
  Store weeks;
  weeks.Add("ministry.txt", kMinistry, "2016-09-18");
  weeks.Add("monitor.txt", kMonitor, "2016-10-30");
  CHECK(weeks.Conflicts().empty());

  Store elsewhere;
  elsewhere.Add("ministry.txt", kMinistry, "2016-09-18");
  elsewhere.Add("flood.txt",
                "Officials in Dhaka said 40 people were killed in the floods.\n",
                "2016-09-19");
  CHECK(elsewhere.Conflicts().empty());
}

TEST_CASE("within one story, figures weeks apart are still linked (a late copy)",
          "[graph][conflicts]") {
  // The ingest skips candidates far in time from another story without
  // reading them; a copy of the story published weeks later is no such
  // candidate: its added figure meets the first version's.
  const std::string body =
      std::string(kMinistry) +
      "\nThe strike hit a market and a school in the east of the city, where "
      "several aid convoys had been waiting for a week to enter.\n\nResidents "
      "described hearing jets overhead for about an hour before the bombs fell, "
      "and local hospitals were overwhelmed with the wounded.\n\nThe United Nations "
      "has called for an investigation into the attack and for a pause in the "
      "fighting so that aid can reach the eastern districts.\n";
  Store s;
  auto first = s.Add("ministry.txt", body, "2016-09-18");
  auto late = s.Add("ministry-late.txt",
                    body + "\n" + kMonitor,
                    "2016-10-30");
  REQUIRE(late.story == first.story);
  auto edges = s.Conflicts();
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].type() == v1::FIGURES_DIFFER);
  CHECK(s.store->Check()->empty());

  // The same added paragraph in a story of its own, weeks later: no edge.
  Store apart;
  apart.Add("ministry.txt", body, "2016-09-18");
  apart.Add("monitor.txt", kMonitor, "2016-10-30");
  CHECK(apart.Conflicts().empty());
}

TEST_CASE("within one story, claims that name no shared party are still compared",
          "[graph][conflicts]") {
  // Across stories a pair needs a shared entity or source, and only those are
  // index terms; a later version of a story meets its earlier claims through
  // the story, whatever words they share.
  const std::string body =
      "The fire brigade said 12 people were killed in the blaze.\n\nCrews worked "
      "through the night to stop the flames from reaching the school, and several "
      "roads stayed closed on Sunday morning.\n\nNeighbours described a loud bang "
      "shortly before midnight, followed by thick smoke that drifted across the "
      "valley for hours.\n\nThe cause of the fire is not yet known, and an inquiry "
      "is expected to begin next week.\n\nThe town's mayor opened the sports hall for "
      "families who had lost their homes, and volunteers brought blankets, food and "
      "water throughout the day.\n\nThe main road through the valley was expected to "
      "reopen on Monday once engineers had checked the bridge near the old mill.\n";
  Store s;
  auto first = s.Add("blaze.txt", body, "2016-05-01");
  auto update = s.Add("blaze-update.txt",
                      body + "\nResidents said 40 people were killed in the blaze.\n",
                      "2016-05-02");
  REQUIRE(update.story == first.story);
  auto edges = s.Conflicts();
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].type() == v1::FIGURES_DIFFER);
  CHECK(s.store->Check()->empty());

  // The residents' words in a story of their own share no party: no edge.
  Store apart;
  apart.Add("blaze.txt", body, "2016-05-01");
  apart.Add("residents.txt", "Residents said 40 people were killed in the blaze.\n",
            "2016-05-02");
  CHECK(apart.Conflicts().empty());
}

}  // namespace
}  // namespace claimgraph::graph
