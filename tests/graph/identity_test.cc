// Speaker identity across articles, with real sentence shapes and the real
// extractor: one person under every way news names them, namesakes kept apart.
#include <algorithm>

#include <catch2/catch.hpp>

#include "extracted_store.h"
#include "query/names.h"
#include "graph/views.h"

namespace claimgraph::graph {
namespace {

using Store = testing::ExtractedStore;

const char kPowerFull[] =
    "The US ambassador to the United Nations, Samantha Power, said Russia "
    "needed to stop the stunts.\n\n\"We negotiated in good faith,\" Power told "
    "reporters.\n";
const char kPowerBare[] =
    "\"The council must act now,\" Ms Power told reporters in New York on "
    "Tuesday.\n";

TEST_CASE("a bare surname of another article is linked to the person named in full, not merged",
          "[graph][identity]") {
  // Within an article the extractor gives "Power" the full name the article
  // introduced. A bare "Ms Power" elsewhere may be a namesake: she is only
  // possibly Samantha Power, in either order of ingest.
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
  auto power = query::ResolveSource(*s.store, "Samantha Power");
  REQUIRE(power.ok());
  CHECK(SourceViewOf(*s.store, *power)->claim_count() == 2);
  auto bare = s.store->SourcesNamed("Power", 10);
  REQUIRE(bare.ok());
  REQUIRE(bare->size() == 2);
  NodeId lone = (*bare)[0] == *power ? (*bare)[1] : (*bare)[0];
  CHECK(SourceViewOf(*s.store, lone)->claim_count() == 1);
  CHECK(s.store->GetNode(lone)->source().name() == "Power");
  int links = 0;
  REQUIRE(s.store->VisitEdges(lone, Direction::kOut, v1::POSSIBLY_SAME,
                              [&](const v1::Edge& edge) {
                                links += edge.dst() == *power;
                                return true;
                              }).ok());
  CHECK(links == 1);
  auto ambiguous = query::ResolveSource(*s.store, "Power");
  CHECK(absl::IsInvalidArgument(ambiguous.status()));
  CHECK(std::string(ambiguous.status().message()).find("Samantha Power") != std::string::npos);
}

TEST_CASE("a bare surname is the well-known person of that surname, in either order",
          "[graph][identity]") {
  // Ten claims make a person well known (ArticleWriter::kWellKnownClaims);
  // nine do not, and the bare surname stays a speaker of its own.
  Store s;
  const bool bare_first = GENERATE(false, true);
  const int claims = GENERATE(9, 10);
  INFO("bare surname article first: " << bare_first << ", claims named in full: " << claims);
  auto bare = [&] {
    s.Add("bare.txt", "\"The harbour will reopen in spring,\" Vantongeren said on Monday.\n");
  };
  if (bare_first) bare();
  for (int i = 0; i < claims; ++i) {
    s.Add("full" + std::to_string(i) + ".txt",
          "Port director Maria Vantongeren said berth " + std::to_string(i + 1) +
              " would be dredged before the autumn.\n");
  }
  if (!bare_first) bare();
  REQUIRE(s.store->Check()->empty());
  auto maria = query::ResolveSource(*s.store, "Maria Vantongeren");
  REQUIRE(maria.ok());
  auto named = s.store->SourcesNamed("Vantongeren", 10);
  REQUIRE(named.ok());
  if (claims == 10) {
    CHECK(SourceViewOf(*s.store, *maria)->claim_count() == 11);
    CHECK(*named == std::vector<NodeId>{*maria});
    auto view = SourceViewOf(*s.store, *maria);
    REQUIRE(view.ok());
    for (const auto& alias : view->aliases()) CHECK(alias != "Vantongeren");
  } else {
    CHECK(SourceViewOf(*s.store, *maria)->claim_count() == 9);
    CHECK(named->size() == 2);
  }
}

TEST_CASE("claims a replaced article took back do not make a person well known",
          "[graph][identity]") {
  // The bare surname stays its own speaker while Maria Vantongeren has nine
  // claims (her namesake's article weighs them); the version of full0.txt
  // that quotes someone else takes one back, so a tenth article leaves her at
  // nine, not ten.
  Store s;
  s.Add("bare.txt", "\"The harbour will reopen in spring,\" Vantongeren said on Monday.\n");
  for (int i = 0; i < 9; ++i) {
    s.Add("full" + std::to_string(i) + ".txt",
          "Port director Maria Vantongeren said berth " + std::to_string(i + 1) +
              " would be dredged before the autumn.\n");
  }
  s.Add("peter.txt", "Council member Peter Vantongeren said the ferry fares would rise.\n");
  s.Add("full0.txt", "Harbour pilot Tomas Brecht said the channel would close in May.\n");
  s.Add("full9.txt", "Port director Maria Vantongeren said berth 10 would be dredged before the autumn.\n");
  REQUIRE(s.store->Check()->empty());
  auto maria = query::ResolveSource(*s.store, "Maria Vantongeren");
  REQUIRE(maria.ok());
  CHECK(SourceViewOf(*s.store, *maria)->claim_count() == 9);
  auto named = s.store->SourcesNamed("Vantongeren", 10);
  REQUIRE(named.ok());
  CHECK(named->size() == 3);  // Maria, Peter and the bare surname's own speaker
}

TEST_CASE("a middle initial does not make another person, in either order",
          "[graph][identity]") {
  Store s;
  const bool initial_first = GENERATE(false, true);
  INFO("name with the initial first: " << initial_first);
  const char kWith[] = "Port director Maria K. Vantongeren said the harbour would reopen.\n";
  const char kWithout[] = "Maria Vantongeren said berth 4 would be dredged in May.\n";
  s.Add("a.txt", initial_first ? kWith : kWithout);
  s.Add("b.txt", initial_first ? kWithout : kWith);
  REQUIRE(s.store->Check()->empty());
  auto with = query::ResolveSource(*s.store, "Maria K. Vantongeren");
  auto without = query::ResolveSource(*s.store, "Maria Vantongeren");
  REQUIRE(with.ok());
  REQUIRE(without.ok());
  CHECK(*with == *without);
  CHECK(SourceViewOf(*s.store, *with)->claim_count() == 2);
}

TEST_CASE("an unrelated namesake stays separate and a bare surname is ambiguous",
          "[graph][identity]") {
  Store s;
  s.Add("a.txt",
        "The US ambassador to the United Nations, Samantha Power, said Russia "
        "needed to stop the stunts.\n");
  s.Add("b.txt",
        "British historian Jonathan Power said the archive would open next year.\n");
  auto samantha = query::ResolveSource(*s.store, "Samantha Power");
  auto jonathan = query::ResolveSource(*s.store, "Jonathan Power");
  REQUIRE(samantha.ok());
  REQUIRE(jonathan.ok());
  CHECK(*samantha != *jonathan);
  auto bare = query::ResolveSource(*s.store, "Power");
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

TEST_CASE("descriptions and words before a name do not become the speaker's aliases",
          "[graph][identity]") {
  Store s;
  s.Add("a.txt",
        "Yesterday afternoon, Pedro Damang, announced the strike would go ahead.\n\n"
        "The general secretary of the rail union, Pedro Damang, said talks had "
        "failed.\n\n\"We are ready,\" Damang told reporters.\n\n"
        "A statement released by Damang's office said the union would not "
        "back down.\n");
  auto damang = query::ResolveSource(*s.store, "Pedro Damang");
  REQUIRE(damang.ok());
  CHECK(query::ResolveSource(*s.store, "Damang").value() == *damang);
  // Looking up "Yesterday afternoon" or the union post must not answer with him:
  // another article's general secretary is someone else.
  CHECK(absl::IsNotFound(query::ResolveSource(*s.store, "Yesterday afternoon").status()));
  CHECK(absl::IsNotFound(query::ResolveSource(*s.store, "The general secretary of the rail union").status()));
  CHECK(absl::IsNotFound(query::ResolveSource(*s.store, "A statement released by Damang's office").status()));
  auto view = SourceViewOf(*s.store, *damang);
  REQUIRE(view.ok());
  CHECK(view->claim_count() == 4);  // the statement is his office's
  for (const auto& alias : view->aliases()) CHECK(alias.find("Damang") != std::string::npos);
}

TEST_CASE("two people who say one thing are two speakers of one claim", "[graph][identity]") {
  Store s;
  s.Add("a.txt",
        "Joe Biden and Bernie Sanders said the tax plan was unfair to working families.\n\n"
        "Bernie Sanders said later that the plan would fail in the Senate.\n");
  REQUIRE(s.store->Check()->empty());
  auto biden = query::ResolveSource(*s.store, "Joe Biden");
  auto sanders = query::ResolveSource(*s.store, "Bernie Sanders");
  REQUIRE(biden.ok());
  REQUIRE(sanders.ok());
  CHECK(*biden != *sanders);
  CHECK(SourceViewOf(*s.store, *biden)->claim_count() == 1);
  CHECK(SourceViewOf(*s.store, *sanders)->claim_count() == 2);
  CHECK_FALSE(query::ResolveSource(*s.store, "Joe Biden and Bernie Sanders").ok());
}

TEST_CASE("'he' after an unnamed speaker asserts through that speaker's node",
          "[graph][identity]") {
  Store s;
  s.Add("a.txt",
        "Gold prices would fall this week, one Hong Kong trader said. He added that "
        "silver was steady in thin trading.\n");
  REQUIRE(s.store->Check()->empty());
  auto trader = query::ResolveSource(*s.store, "one Hong Kong trader");
  REQUIRE(trader.ok());
  CHECK(SourceViewOf(*s.store, *trader)->claim_count() == 2);
}

TEST_CASE("'the official' after an unnamed official asserts through that official's node",
          "[graph][identity]") {
  Store s;
  s.Add("a.txt",
        "OSLO, May 4 - A senior port official said the cranes would be sold this year.\n\n"
        "The official said two bidders had come forward. Harbour sources said the price was "
        "low. The sources said talks would end in June.\n");
  REQUIRE(s.store->Check()->empty());
  auto official = query::ResolveSource(*s.store, "A senior port official");
  REQUIRE(official.ok());
  CHECK(SourceViewOf(*s.store, *official)->claim_count() == 2);
  CHECK_FALSE(query::ResolveSource(*s.store, "The official").ok());
  auto sources = query::ResolveSource(*s.store, "Harbour sources");
  REQUIRE(sources.ok());
  CHECK(SourceViewOf(*s.store, *sources)->claim_count() == 2);
}

TEST_CASE("an organisation's initials are its alias", "[graph][identity]") {
  Store s;
  s.Add("a.txt",
        "The United Nations said the talks would resume on Monday.\n\n"
        "\"We are hopeful,\" the UN said in a statement.\n");
  auto un = query::ResolveSource(*s.store, "United Nations");
  REQUIRE(un.ok());
  CHECK(query::ResolveSource(*s.store, "the UN").value() == *un);
  CHECK(SourceViewOf(*s.store, *un)->claim_count() == 2);
}

TEST_CASE("a company is one speaker under its full name and its first word, either order",
          "[graph][identity]") {
  const char kFull[] =
      "BOSTON, May 4 - Halvern Corp said its third quarter profit doubled.\n\n"
      "The company said sales rose 9 pct.\n";
  const char kShort[] = "DENVER, May 6 - Halvern said it would close two plants.\n";
  const char kSun[] =
      "LONDON, May 6 - Sun Co said it would sell its refinery.\n\n"
      "The Sun, a daily newspaper, said the sale was a surprise.\n";
  bool short_first = GENERATE(false, true);
  INFO("short name first: " << short_first);
  Store s;
  if (short_first) s.Add("b.txt", kShort);
  s.Add("a.txt", kFull);
  if (!short_first) s.Add("b.txt", kShort);
  s.Add("c.txt", kSun);
  REQUIRE(s.store->Check()->empty());
  auto full = query::ResolveSource(*s.store, "Halvern Corp");
  REQUIRE(full.ok());
  CHECK(query::ResolveSource(*s.store, "Halvern").value() == *full);
  auto view = SourceViewOf(*s.store, *full);
  REQUIRE(view.ok());
  CHECK(view->display_name() == "Halvern Corp");
  CHECK(view->kind() == v1::ORGANISATION);
  CHECK(view->claim_count() == 3);
  // A company whose name without "Co" is a common word is not that word.
  auto sun = query::ResolveSource(*s.store, "Sun Co");
  REQUIRE(sun.ok());
  auto sun_view = SourceViewOf(*s.store, *sun);
  REQUIRE(sun_view.ok());
  CHECK(sun_view->claim_count() == 1);
}

TEST_CASE("a story-scoped source a new version drops is no longer found by its name",
          "[graph][identity][names][versions]") {
  const std::string mayor = "\"Ticket prices will not rise,\" the mayor, Ana Lopez, said.\n";
  Store s;
  s.Add("a.txt", "\"The bridge will reopen in May,\" a city spokesman said.\n\n" + mayor);
  CHECK(query::SearchSources(*s.store, "a city spokesman")->size() == 1);
  // The new version quotes only the mayor: the spokesman, held by no other
  // article, goes with his kScopedSourceName entry.
  CHECK(s.Add("a.txt", mayor).replaced);
  CHECK(s.store->Check()->empty());
  CHECK(query::SearchSources(*s.store, "a city spokesman")->empty());
  CHECK(query::ResolveSource(*s.store, "Ana Lopez").ok());
}

TEST_CASE("every name and alias a speaker is shown with leads back to it",
          "[graph][identity][names]") {
  // The Wikinews corpus: roles, documents, generic organisations ("the
  // police"), aliases that several organisations were called ("Police").
  Store s;
  REQUIRE(s.AddCorpus("tests/data/wikinews/articles.jsonl") > 300);
  int names = 0, scoped = 0;
  REQUIRE(s.store->VisitNodes(v1::SOURCE, [&](const v1::Node& node) {
    auto view = SourceViewOf(*s.store, node.id());
    REQUIRE(view.ok());
    std::vector<std::string> spellings = {view->display_name()};
    spellings.insert(spellings.end(), view->aliases().begin(), view->aliases().end());
    for (const std::string& spelling : spellings) {
      ++names;
      scoped += node.source().scope_story_id() != 0;
      // Found: the speaker itself, or among the candidates of a name that
      // several speakers share (then a lookup says it is ambiguous).
      auto found = query::ResolveSource(*s.store, spelling);
      auto candidates = query::SearchSources(*s.store, spelling, 500);
      INFO(view->display_name() << " as '" << spelling << "': " << found.status());
      REQUIRE(candidates.ok());
      CHECK(std::count(candidates->begin(), candidates->end(), node.id()) == 1);
      if (found.ok()) {
        CHECK(*found == node.id());
      } else {
        CHECK(absl::IsInvalidArgument(found.status()));
        CHECK(candidates->size() > 1);
      }
    }
    return true;
  }).ok());
  CHECK(names > 1000);
  CHECK(scoped > 100);
}

TEST_CASE("an unnamed speaker whose mention a hard-wrapped line breaks is named on one line",
          "[graph][identity]") {
  // Wire copy broken at about 60 columns: "A senior port\nofficial".
  Store s;
  s.Add("a.txt",
        "PORT TO SELL CRANES\n\n"
        "OSLO, May 4 - The harbour board will sell its cranes, a senior port\n"
        "official said on Tuesday, after two bidders came forward in April.\n"
        "    Harbour sources said the price would be low because the cranes are\n"
        "old and must be moved by barge to the buyer's own dock in Bergen.\n"
        "    Harbour master Olav Lunde was quoted by the local weekly\n"
        "Hamnebladet as saying that \"no crane has left the port since 1990.\"\n");
  REQUIRE(s.store->Check()->empty());
  // Nor is a relaying outlet's ("the local weekly\nHamnebladet").
  int sources = 0;
  REQUIRE(s.store->VisitNodes(v1::SOURCE, [&](const v1::Node& node) {
    INFO(node.source().name());
    CHECK(node.source().name().find('\n') == std::string::npos);
    ++sources;
    return true;
  }).ok());
  CHECK(sources >= 4);  // the official, the harbour sources, Olav Lunde, the weekly
  auto official = query::ResolveSource(*s.store, "a senior port official");
  REQUIRE(official.ok());
  CHECK(s.store->GetNode(*official)->source().name() == "a senior port official");
  CHECK(SourceViewOf(*s.store, *official)->claim_count() == 1);
}

}  // namespace
}  // namespace claimgraph::graph
