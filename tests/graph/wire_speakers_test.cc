// Speakers of business wire stories (tests/data/wire-speakers: our own text
// in the 1980s Reuters manner), as a user of the store sees them: the speaker
// nodes, the role on each ASSERTED edge, and the claims a speaker lookup
// finds.
#include <map>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "extracted_store.h"
#include "graph/views.h"
#include "query/names.h"

namespace claimgraph::graph {
namespace {

struct WireStore {
  testing::ExtractedStore s;
  WireStore() {
    REQUIRE(s.AddCorpus("tests/data/wire-speakers/articles.jsonl") == 23);
    REQUIRE(s.store->Check()->empty());
  }

  // Content -> the role on its ASSERTED edge, for every claim `name` asserted.
  std::map<std::string, std::string> ClaimsOf(const std::string& name) {
    std::map<std::string, std::string> out;
    auto id = query::ResolveSource(*s.store, name);
    INFO(name << ": " << id.status());
    REQUIRE(id.ok());
    auto page = s.store->ListClaims({.speaker = *id}, 500, "");
    REQUIRE(page.ok());
    for (NodeId claim : page->ids) {
      auto node = s.store->GetNode(claim);
      auto edge = s.store->GetEdge(*id, v1::ASSERTED, claim);
      REQUIRE(node.ok());
      REQUIRE(edge.ok());
      out[node->claim().content()] = edge->role();
    }
    return out;
  }

  std::set<std::string> SpeakerNames() {
    std::set<std::string> names;
    REQUIRE(s.store->VisitNodes(v1::SOURCE, [&](const v1::Node& node) {
      names.insert(node.source().name());
      return true;
    }).ok());
    return names;
  }
};

bool HasClaimStarting(const std::map<std::string, std::string>& claims, std::string_view start,
                      std::string_view role = "*") {
  for (const auto& [content, held] : claims)
    if (content.starts_with(start)) return role == "*" || held == role;
  return false;
}

TEST_CASE("wire stories: two people who say one thing are both its speakers",
          "[graph][identity][wire]") {
  WireStore w;
  const auto biden = w.ClaimsOf("Joe Biden");
  const auto sanders = w.ClaimsOf("Bernie Sanders");
  CHECK(HasClaimStarting(biden, "the plan would fail"));
  CHECK(HasClaimStarting(sanders, "the plan would fail"));
  CHECK(HasClaimStarting(sanders, "he would vote against it"));
  CHECK_FALSE(w.SpeakerNames().contains("Joe Biden and Bernie Sanders"));
}

TEST_CASE("wire stories: a description of the company's business is the company",
          "[graph][identity][wire]") {
  WireStore w;
  const auto fair_lanes = w.ClaimsOf("Fair Lanes Inc");
  CHECK(HasClaimStarting(fair_lanes, "it agreed to be acquired"));
  CHECK(HasClaimStarting(fair_lanes, "the deal was worth about 200 mln dlrs",
                         "bowling center operator"));
  CHECK(HasClaimStarting(fair_lanes, "its board had approved"));
  CHECK(HasClaimStarting(w.ClaimsOf("Midway Airlines Inc"), "traffic rose 12 pct", "carrier"));
  CHECK(HasClaimStarting(w.ClaimsOf("Ministry of International Trade and Industry"),
                         "makers had agreed to cut production"));
  // "First City Bancorp of Texas Inc" is one organisation, not "Bancorp".
  CHECK(HasClaimStarting(w.ClaimsOf("First City Bancorp of Texas Inc"), "it would merge"));
  CHECK_FALSE(w.SpeakerNames().contains("Bancorp"));
}

TEST_CASE("wire stories: a description two companies fit stays a role of the story",
          "[graph][identity][wire]") {
  WireStore w;
  // Two banks spoke, then an analyst: "The bank" is neither for sure; two
  // companies, then an analyst: "The company" neither.
  CHECK_FALSE(HasClaimStarting(w.ClaimsOf("Allied Bancshares Inc"), "the merger would be"));
  CHECK_FALSE(HasClaimStarting(w.ClaimsOf("First City Bancorp of Texas Inc"), "the merger would be"));
  CHECK_FALSE(HasClaimStarting(w.ClaimsOf("Dome Petroleum Ltd"), "it expected a decision"));
  CHECK_FALSE(HasClaimStarting(w.ClaimsOf("Amoco Corp"), "it expected a decision"));
  // No ministry named: a role of that story (a node scoped to it, its edge
  // holding the role "ministry"), never one speaker "ministry" for all.
  int ministries = 0;
  REQUIRE(w.s.store->VisitNodes(v1::SOURCE, [&](const v1::Node& node) {
    const std::string& name = node.source().name();
    if (name != "ministry" && name != "The ministry") return true;
    ++ministries;
    CHECK(node.source().scope_story_id() != 0);
    return true;
  }).ok());
  CHECK(ministries == 1);
  CHECK(HasClaimStarting(w.ClaimsOf("The ministry"), "the trade deficit narrowed", "ministry"));
}

TEST_CASE("wire stories: the title goes on the ASSERTED edge, the name is the node",
          "[graph][identity][wire]") {
  WireStore w;
  CHECK(HasClaimStarting(w.ClaimsOf("John Major"), "the pound was not overvalued",
                         "Former prime minister"));
  CHECK(HasClaimStarting(w.ClaimsOf("J. Howard Macdonald"), "the board would consider",
                         "Dome's chairman"));
  CHECK(HasClaimStarting(w.ClaimsOf("H. Onno Ruding"), "inflation would stay low",
                         "Dutch Finance Minister"));
  CHECK(HasClaimStarting(w.ClaimsOf("Peter Gray"), "the talks were at an early stage",
                         "Analyst"));
  CHECK(HasClaimStarting(w.ClaimsOf("John Smith"), "the price was fair",
                         "Shearson Lehman Brothers analyst"));
  CHECK(HasClaimStarting(w.ClaimsOf("James Kinnear"), "the company would appeal",
                         "Texaco Inc's chairman"));
  const auto names = w.SpeakerNames();
  CHECK_FALSE(names.contains("Former prime minister John Major"));
  CHECK_FALSE(names.contains("Analyst Peter Gray"));
}

TEST_CASE("wire stories: organisations are organisations", "[graph][identity][wire]") {
  WireStore w;
  for (const char* name : {"Fair Lanes Inc", "PacifiCorp", "National Westminster Bank",
                           "Manila Bulletin", "World Health Organization", "Amoco Corp",
                           "Ford Motor Co", "Merrill Lynch and Co"}) {
    auto id = query::ResolveSource(*w.s.store, name);
    INFO(name << ": " << id.status());
    REQUIRE(id.ok());
    auto view = SourceViewOf(*w.s.store, *id);
    REQUIRE(view.ok());
    CHECK(view->kind() == v1::ORGANISATION);
  }
  // "Co" ends a company's name: "Merrill Lynch and Co" is no joint speaker
  // with the "Ford Motor Co" named before.
  CHECK_FALSE(w.SpeakerNames().contains("Merrill Lynch and Ford Motor Co"));
}

v1::SourceKind KindOf(WireStore& w, const std::string& name) {
  auto id = query::ResolveSource(*w.s.store, name);
  INFO(name << ": " << id.status());
  REQUIRE(id.ok());
  auto view = SourceViewOf(*w.s.store, *id);
  REQUIRE(view.ok());
  return view->kind();
}

TEST_CASE("wire stories: a document speaks for its issuer, of the issuer's kind",
          "[graph][identity][wire]") {
  WireStore w;
  // "A survey published by …", "A report from …", "A poll conducted by
  // Opinion Research", "A tally by the Associated Press": organisations, not
  // people, and "The report" goes on with the report's issuer.
  for (const char* name : {"Confederation of British Industry",
                           "Organisation for Economic Cooperation and Development",
                           "Opinion Research", "Associated Press"})
    CHECK(KindOf(w, name) == v1::ORGANISATION);
  const auto oecd = w.ClaimsOf("Organisation for Economic Cooperation and Development");
  CHECK(HasClaimStarting(oecd, "growth in Britain would slow"));
  CHECK(HasClaimStarting(oecd, "inflation would stay near four pct"));
  CHECK(HasClaimStarting(w.ClaimsOf("Associated Press"), "40 building societies had merged"));
}

TEST_CASE("wire stories: an interview's answers are the interviewee's, not a speaker A",
          "[graph][identity][wire]") {
  WireStore w;
  const auto ellison = w.ClaimsOf("Richard Ellison");
  // The role is the title written at his name, not the dateline before it.
  CHECK(HasClaimStarting(ellison, "We have no plans to cut it further", "Amoco Corp chairman"));
  CHECK(HasClaimStarting(ellison, "I think our offer is a fair one"));
  CHECK(HasClaimStarting(ellison, "We expect the board to agree with us"));
  const auto names = w.SpeakerNames();
  CHECK_FALSE(names.contains("A"));
  CHECK_FALSE(names.contains("Q"));
}

TEST_CASE("wire stories: a verb, an event or a possessive is no speaker",
          "[graph][identity][wire]") {
  WireStore w;
  const auto names = w.SpeakerNames();
  // "Union leaders took turns urging …", "a lead of 120 pledged delegates",
  // "The debate promised to be …", "Her vow to cut …".
  for (const char* junk : {"turns", "a lead of 120", "lead of 120", "The debate", "debate", "Her"}) {
    INFO(junk);
    CHECK_FALSE(names.contains(junk));
  }
  CHECK(names.contains("the farm lobby"));
}

TEST_CASE("wire stories: the former chairman is the one person named a former chairman",
          "[graph][identity][wire]") {
  WireStore w;
  // "Former Halvorsen Oil Co chairman Walter Brandt", then the current
  // chairman Peter Quint speaks, then "The former chairman told reporters …".
  CHECK(HasClaimStarting(w.ClaimsOf("Walter Brandt"), "the offer of 40 dlrs a share was fair",
                         "former chairman"));
  CHECK_FALSE(HasClaimStarting(w.ClaimsOf("Peter Quint"), "the offer of 40 dlrs"));
}

TEST_CASE("wire stories: she is the lawyer named before, not the advocacy group",
          "[graph][identity][wire]") {
  WireStore w;
  // "according to the Fair Fees Campaign, an advocacy group. … Margaret A.
  // Ellison, a Boston lawyer who represents depositors …, filed the papers.
  // “The banks were warned twice,” she told the judge."
  CHECK(HasClaimStarting(w.ClaimsOf("Margaret A. Ellison"), "The banks were warned twice"));
  const auto group = w.ClaimsOf("Fair Fees Campaign");
  CHECK(HasClaimStarting(group, "Complaints about bank fees rose"));
  CHECK_FALSE(HasClaimStarting(group, "The banks were warned twice"));
  CHECK(KindOf(w, "Fair Fees Campaign") == v1::ORGANISATION);
}

TEST_CASE("wire stories: a headline in title case glues no verb to a name",
          "[graph][identity][wire]") {
  WireStore w;
  // "Ruth Mason Backs Harris For Fed Post" on its own line, then "John
  // Harris won …. Harris, however, wasted no time. “We will cut rates,” he
  // said."
  CHECK(HasClaimStarting(w.ClaimsOf("John Harris"), "We will cut rates"));
  for (const std::string& name : w.SpeakerNames()) {
    INFO(name);
    CHECK(name.find("Backs") == std::string::npos);
  }
}

TEST_CASE("wire stories: he is the banker introduced before his quote, not the man he names",
          "[graph][identity][wire]") {
  WireStore w;
  // "Treasury Secretary Carl Weston said … Robert Hale, chairman of …,
  // voiced confidence … “I think when Carl Weston meets the Japanese …,” he
  // said."
  const auto hale = w.ClaimsOf("Robert Hale");
  CHECK(HasClaimStarting(hale, "I think when Carl Weston meets the Japanese"));
  CHECK_FALSE(HasClaimStarting(w.ClaimsOf("Carl Weston"), "I think when Carl Weston"));
}

TEST_CASE("wire stories: the hearer of was told is no speaker",
          "[graph][identity][wire]") {
  WireStore w;
  // "Finance Minister Kiichi Tanabe was told that the yen would rise …";
  // "Tanabe told reporters the budget would be cut …" is his.
  const auto tanabe = w.ClaimsOf("Kiichi Tanabe");
  CHECK(HasClaimStarting(tanabe, "the budget would be cut"));
  CHECK_FALSE(HasClaimStarting(tanabe, "that the yen would rise"));
  CHECK_FALSE(HasClaimStarting(tanabe, "the yen would rise"));
}

TEST_CASE("wire stories: a dated statement keeps its year and a lone someone is no node",
          "[graph][identity][wire]") {
  WireStore w;
  // "According to a March 4, 1987 statement by Nordic Steel Corp, output
  // would double …": the statement's issuer speaks; the year is no claim.
  const auto steel = w.ClaimsOf("Nordic Steel Corp");
  CHECK(HasClaimStarting(steel, "output would double by 1989"));
  CHECK(KindOf(w, "Nordic Steel Corp") == v1::ORGANISATION);
  const auto names = w.SpeakerNames();
  for (const char* junk : {"a March 4", "March 4", "someone", "Someone"}) {
    INFO(junk);
    CHECK_FALSE(names.contains(junk));
  }
  for (const std::string& name : names) {
    INFO(name);
    CHECK_FALSE(name.starts_with("1987"));
  }
}

TEST_CASE("wire stories: a doubly encoded name is repaired, never a node with mojibake",
          "[graph][identity][wire]") {
  WireStore w;
  // "Finance Minister Dilson FunÃ§aro said …" (UTF-8 read as Latin-1 and
  // encoded again): the speaker is Dilson Funçaro, with his role.
  const auto funaro = w.ClaimsOf("Dilson Fun\xC3\xA7" "aro");
  CHECK(HasClaimStarting(funaro, "Brazil would open new talks", "Finance Minister"));
  CHECK(HasClaimStarting(funaro, "the interest moratorium would stay in force"));
  for (const std::string& name : w.SpeakerNames()) {
    INFO(name);
    CHECK(name.find("\xC3\x83") == std::string::npos);
  }
}

}  // namespace
}  // namespace claimgraph::graph
