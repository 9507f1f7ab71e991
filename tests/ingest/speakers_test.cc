// Speakers as classes of cases (issue 12): stand-ins resolved to the
// organisation the article names, titles split from names, junk mentions
// refused. The sentences follow the wire-story cases the issue reports.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/extraction.h"
#include "run_extract.h"

namespace claimgraph::ingest {
namespace {

using testing::Run;

const Attribution* WithContent(const Extraction& e, const std::string& text,
                               std::string_view content_start) {
  for (const Attribution& a : e.attributions)
    if (ClaimSpan(a, text).in(text).starts_with(content_start)) return &a;
  return nullptr;
}

// The attribution whose content starts with `content_start`; fails the test
// when there is none.
const Attribution& Find(const Extraction& e, const std::string& text,
                        std::string_view content_start) {
  const Attribution* a = WithContent(e, text, content_start);
  REQUIRE(a != nullptr);
  return *a;
}

// An unnamed source kept as a role of the story: no speaker, `role` as its node.
void CheckUnnamedRole(const Attribution& a, std::string_view role) {
  CHECK(a.speaker.empty());
  CHECK(a.source_type == SourceType::kRole);
  CHECK(a.role == role);
}

// An unnamed document: no speaker, `role` (its description) as its node.
void CheckUnnamedDocument(const Attribution& a, std::string_view role) {
  CHECK(a.speaker.empty());
  CHECK(a.source_type == SourceType::kDocument);
  CHECK(a.role == role);
}

// A named organisation: `name` as its node.
void CheckOrganisation(const Attribution& a, std::string_view name) {
  CHECK(a.speaker == name);
  CHECK(a.source_type == SourceType::kOrganisation);
}

// A named person: `name` as its node.
void CheckPerson(const Attribution& a, std::string_view name) {
  CHECK(a.speaker == name);
  CHECK(a.source_type == SourceType::kPerson);
}

TEST_CASE("'the company' and 'it' speak for the company the article named",
          "[ingest][speakers]") {
  const std::string text =
      "Amoco Corp reported higher quarterly profits on Tuesday in Chicago.\n\n"
      "The company said profits rose because oil prices climbed.\n\n"
      "It said it would cut 300 jobs next year.\n";
  Extraction e = Run(text);
  const Attribution* company = WithContent(e, text, "profits rose");
  REQUIRE(company != nullptr);
  CHECK(company->speaker == "Amoco Corp");
  CHECK(company->source_type == SourceType::kOrganisation);
  const Attribution* it = WithContent(e, text, "it would cut");
  REQUIRE(it != nullptr);
  CHECK(it->speaker == "Amoco Corp");
}

TEST_CASE("'the company' with no company named before stays unresolved",
          "[ingest][speakers]") {
  const std::string text =
      "The company said profits rose because oil prices climbed.\n\n"
      "Analysts at Smith Barney Inc expect more cuts.\n";
  Extraction e = Run(text);
  const Attribution* company = WithContent(e, text, "profits rose");
  REQUIRE(company != nullptr);
  CHECK(company->speaker != "Smith Barney Inc");
}

TEST_CASE("a described company is the company named before, never one named in the claim",
          "[ingest][speakers]") {
  const std::string text =
      "Fair Lanes Inc said its board rejected the bid. The bowling company said the offer "
      "undervalued its assets.\n\n"
      "PacifiCorp said it expected earnings to rise. The utility said sales grew 4 pct.\n\n"
      "The shares were placed by sole manager Hambrecht and Quist Inc, the company said.\n";
  Extraction e = Run(text);
  const Attribution& bowling = Find(e, text, "the offer undervalued");
  CHECK(bowling.speaker == "Fair Lanes Inc");
  // "said it": PacifiCorp is an organisation, and "the utility" stands for it.
  const Attribution& pacificorp = Find(e, text, "it expected earnings");
  CHECK(pacificorp.source_type == SourceType::kOrganisation);
  const Attribution& utility = Find(e, text, "sales grew");
  CHECK(utility.speaker == "PacifiCorp");
  const Attribution& placed = Find(e, text, "The shares were placed");
  CHECK(placed.speaker != "Quist Inc");
  CHECK(placed.speaker != "Hambrecht and Quist Inc");
}

TEST_CASE("a company's first word after its full name is the company",
          "[ingest][speakers]") {
  const std::string text =
      "BOSTON, May 4 - Halvern Mills Corp said its third quarter profit doubled.\n\n"
      "Halvern said sales rose 9 pct in the quarter.\n\n"
      "Brightwater Group Inc said it would close two plants. Brightwater said orders fell.\n";
  Extraction e = Run(text);
  const Attribution& halvern = Find(e, text, "sales rose");
  CHECK(halvern.speaker == "Halvern Mills Corp");
  CHECK(halvern.source_type == SourceType::kOrganisation);
  const Attribution& bright = Find(e, text, "orders fell");
  CHECK(bright.speaker == "Brightwater Group Inc");
  CHECK(bright.source_type == SourceType::kOrganisation);
  // A person of that surname named before keeps the word; a word of a place
  // is no company's short name.
  const std::string other =
      "DENVER, June 2 - Dunmore Steel Corp said it hired Anna Dunmore as its treasurer.\n\n"
      "Dunmore said the company had no debt.\n\n"
      "Washington Post Co said its paper would print daily. Washington said the plan was "
      "fine.\n";
  Extraction o = Run(other);
  CHECK(Find(o, other, "the company had no debt").speaker == "Anna Dunmore");
  CHECK(Find(o, other, "the plan was fine").speaker != "Washington Post Co");
  // Two words and a designator; a company the text writes with its
  // designator only inside a claim.
  const std::string more =
      "BOSTON, May 4 - Northern Harbour Co said it expects higher profits.\n\n"
      "Northern Harbour said the ferry line would be sold.\n\n"
      "Quillon Inc said it sued Brantwell Corp in a federal court. Brantwell said the suit "
      "had no merit.\n";
  Extraction m = Run(more);
  const Attribution& harbour = Find(m, more, "the ferry line");
  CHECK(harbour.speaker == "Northern Harbour Co");
  CHECK(harbour.source_type == SourceType::kOrganisation);
  const Attribution& brantwell = Find(m, more, "the suit had no merit");
  CHECK(brantwell.speaker == "Brantwell Corp");
  CHECK(brantwell.source_type == SourceType::kOrganisation);
}

TEST_CASE("a measure, a bill or warnings are documents, not people", "[ingest][speakers]") {
  const std::string text =
      "OSLO, June 3 - The measure said fishing quotas would be cut by a third.\n\n"
      "The warnings said the river could flood by Friday.\n";
  Extraction e = Run(text);
  CheckUnnamedDocument(Find(e, text, "fishing quotas"), "measure");
  CheckUnnamedDocument(Find(e, text, "the river could flood"), "warnings");
}

TEST_CASE("'it' after an unnamed institution is that institution", "[ingest][speakers]") {
  const std::string text =
      "OSLO, June 3 - Traders said the move had been expected.\n\n"
      "The central bank said inflation was too high. It said it would act again.\n";
  Extraction e = Run(text);
  const Attribution& bank = Find(e, text, "inflation was too high");
  const Attribution& it = Find(e, text, "it would act again");
  CHECK(bank.speaker.empty());
  CHECK(it.speaker.empty());
  CHECK(it.role == bank.role);
  CHECK(it.role == "central bank");
}

TEST_CASE("a name with a relative clause of things is an organisation", "[ingest][speakers]") {
  const std::string text =
      "TOKYO, July 9 - Kessler, which owns 30 pct of the venture, said the sale was fair.\n\n"
      "Marlowe, who chairs the venture, said the price was too low.\n";
  Extraction e = Run(text);
  const Attribution& kessler = Find(e, text, "the sale was fair");
  CHECK(kessler.speaker == "Kessler");
  CHECK(kessler.source_type == SourceType::kOrganisation);
  CHECK(Find(e, text, "the price was too low").source_type == SourceType::kPerson);
}

TEST_CASE("a news outlet that reported is no 'company', and a web domain ends its sentence",
          "[ingest][speakers]") {
  const std::string text =
      "Flights resume\n\n"
      "The airline flew its last route on Sunday, Kestrel Holdings reported.\n\n"
      "The company said it would sell the planes.\n\n"
      "Friends were devastated by the news, according to Nordnews.com. The talks resume on "
      "Monday.\n";
  Extraction e = Run(text);
  const Attribution& company = Find(e, text, "it would sell");
  CHECK(company.speaker != "Kestrel Holdings");
  // "Nordnews.com." ends the sentence: the site is the organisation, the
  // next sentence no part of its name.
  const Attribution& site = Find(e, text, "Friends were devastated");
  CHECK(site.speaker == "Nordnews.com");
  CHECK(site.source_type == SourceType::kOrganisation);
}

TEST_CASE("a share of a polled group speaks as the group's role, never as a name",
          "[ingest][speakers]") {
  const std::string text =
      "Voters split\n\n"
      "About three in 10 said the bridge should be rebuilt.\n\n"
      "Two-thirds of Green voters said the tolls were too high.\n\n"
      "Half said the ferry was enough.\n\n"
      "After two and a half years in office, Mayor Elena Ruiz said the budget was balanced.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "the bridge"), "poll respondents");
  const Attribution& two_thirds = Find(e, text, "the tolls");
  CHECK(two_thirds.speaker.empty());
  CHECK(two_thirds.role == "Green voters");
  const Attribution& half = Find(e, text, "the ferry");
  CHECK(half.speaker.empty());
  CHECK(half.source_type == SourceType::kRole);
  // "a half years in office" is no share.
  CHECK(Find(e, text, "the budget").speaker == "Elena Ruiz");
}

TEST_CASE("'a Republican, Mark Amodei': the name after an indefinite description speaks",
          "[ingest][speakers]") {
  const std::string text =
      "Port vote\n\n"
      "Since then, a Liberal, Dana Okafor, said the vote should be held again.\n\n"
      "She said the count was flawed.\n";
  Extraction e = Run(text);
  const Attribution& first = Find(e, text, "the vote");
  CHECK(first.speaker == "Dana Okafor");
  CHECK(first.source_type == SourceType::kPerson);
  CHECK(Find(e, text, "the count").speaker == "Dana Okafor");
}

TEST_CASE("'I' and 'we' in a paragraph going on with an interview answer are the interviewee",
          "[ingest][speakers]") {
  const std::string text =
      "Astronomer discusses planets\n\n"
      "Wikinews interviewed astronomer Dana Okafor about the discovery.\n\n"
      "((WN)) How do planets form?\n\n"
      "((Dana Okafor)) The rocks collide.\n\n"
      "So we believe that the core forms first. I think the gas comes later.\n\n"
      "((WN)) What kind of planet is it?\n\n"
      "((Dana Okafor)) It is a giant planet.\n\n"
      "((WN)) When will you know more?\n\n"
      "((Dana Okafor)) Next year, when the telescope is ready.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "the core forms first").speaker == "Dana Okafor");
  CHECK(Find(e, text, "the gas comes later").speaker == "Dana Okafor");
}

TEST_CASE("an unnamed spokesperson speaks for whom the text says, as the role",
          "[ingest][speakers]") {
  const std::string text =
      "Hasbro Inc reported higher quarterly earnings on Tuesday.\n\n"
      "A Hasbro spokesman said toy sales rose 12 pct. He added that prices held.\n\n"
      "A spokeswoman for the company said the plant would stay open.\n\n"
      "A spokesman for the Russian Defence Ministry said the strike was a mistake.\n\n"
      "A spokesman for Mayor Frank G. Jackson of Cleveland said police were ready.\n\n"
      "A former Hasbro spokesman said the board was divided.\n\n"
      "A spokesman said the talks would resume.\n";
  Extraction e = Run(text);
  for (const char* content : {"toy sales rose", "prices held", "the plant would stay"}) {
    INFO(content);
    const Attribution& a = Find(e, text, content);
    CHECK(a.speaker == "Hasbro Inc");
    CHECK(a.source_type == SourceType::kOrganisation);
    CHECK(a.role.starts_with("spokes"));
  }
  const Attribution& ministry = Find(e, text, "the strike was");
  CHECK(ministry.speaker == "Russian Defence Ministry");
  CHECK(ministry.role == "spokesman");
  const Attribution& mayor = Find(e, text, "police were ready");
  CHECK(mayor.speaker == "Frank G. Jackson");
  CHECK(mayor.source_type == SourceType::kPerson);
  // A former spokesman speaks for nobody now; a bare one names nobody.
  CHECK(Find(e, text, "the board was divided").speaker.empty());
  CHECK(Find(e, text, "the talks would resume").speaker.empty());
}

TEST_CASE("a party word is no surname of a longer party's name", "[ingest][speakers]") {
  const std::string text =
      "The Liberal Democrats said the budget was wrong.\n\n"
      "Democrats in Congress said the vote would be close.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "the budget was wrong").speaker == "Liberal Democrats");
  CHECK(Find(e, text, "the vote would be close").speaker != "Liberal Democrats");
}

TEST_CASE("an office named by its title and complement is a role, never its place",
          "[ingest][speakers]") {
  const std::string text =
      "The Attorney General of Vermont said the law was valid.\n\n"
      "According to the Directorate General of Civil Aviation, the runway was wet.\n\n"
      "The Bank of England said rates would rise.\n\n"
      "\"The count is slow,\" said one senior Republican.\n";
  Extraction e = Run(text);
  const Attribution& office = Find(e, text, "the law was valid");
  CHECK(office.speaker.empty());  // not a person "Vermont"
  CHECK(office.source_type == SourceType::kRole);
  CHECK(office.role == "Attorney General of Vermont");
  const Attribution& directorate = Find(e, text, "the runway was wet");
  CHECK(directorate.speaker == "Directorate General of Civil Aviation");
  CHECK(directorate.source_type == SourceType::kOrganisation);
  CHECK(Find(e, text, "rates would rise").speaker == "Bank of England");
  // An indefinite party member, with describing words between: nobody named.
  const Attribution& member = Find(e, text, "The count is slow");
  CHECK(member.speaker.empty());
  CHECK(member.source_type == SourceType::kRole);
}

TEST_CASE("a lone surname finds a double surname or a name before its suffix",
          "[ingest][speakers]") {
  const std::string text =
      "The governor will be replaced by Marta Ruiz Calderon, the justice secretary.\n\n"
      "Ruiz said the transition would be orderly.\n\n"
      "Thomas R. Whitfield Jr. said on Monday that he would run again.\n\n"
      "Whitfield said the vote was fair.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "the transition").speaker == "Marta Ruiz Calderon");
  CHECK(Find(e, text, "the vote was fair").speaker == "Thomas R. Whitfield Jr.");
}

TEST_CASE("a lone word is a person only when nothing says otherwise", "[ingest][speakers]") {
  const std::string text =
      "Critics said the plan would fail.\n\n"
      "The FBI said the review was over.\n\n"
      "Later Chuck Schumer said the vote was close. Democrat Chuck Schumer said it again.\n\n"
      "The Democrats in Washington said the opposite.\n";
  Extraction e = Run(text);
  const Attribution& critics = Find(e, text, "the plan would fail");
  CHECK(critics.source_type == SourceType::kRole);
  CHECK(critics.speaker.empty());
  const Attribution& fbi = Find(e, text, "the review was over");
  CHECK(fbi.source_type == SourceType::kOrganisation);
  const Attribution& later = Find(e, text, "the vote was close");
  CHECK(later.speaker == "Chuck Schumer");
  const Attribution& democrat = Find(e, text, "it again");
  CHECK(democrat.speaker == "Chuck Schumer");
  CHECK(democrat.source_type == SourceType::kPerson);
  const Attribution& opposite = Find(e, text, "the opposite");
  CHECK(opposite.source_type != SourceType::kPerson);
}

TEST_CASE("an outlet's name is an organisation, not a person", "[ingest][speakers]") {
  const std::string text =
      "The Chicago Sun-Times said the mayor had known for months.\n\n"
      "HuffPost said the poll was an outlier.\n\n"
      "Outsports.com said the player had come out to his team.\n\n"
      "Rahm Emanuel said the report was wrong. McDonald said the team would stay.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "the mayor had known").source_type == SourceType::kOrganisation);
  CHECK(Find(e, text, "the poll was").source_type == SourceType::kOrganisation);
  CHECK(Find(e, text, "the player had").source_type == SourceType::kOrganisation);
  CHECK(Find(e, text, "the report was wrong").source_type == SourceType::kPerson);
  CHECK(Find(e, text, "the team would stay").source_type == SourceType::kPerson);
}

TEST_CASE("a speech act to come is no attribution, the trailing source is",
          "[ingest][speakers]") {
  const std::string text =
      "Japan will explain its position on semiconductors at the talks, the officials said.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].cue->in(text) == "said");
  CHECK(e.attributions[0].source->in(text) == "the officials");
}

TEST_CASE("the ministry is the ministry named before", "[ingest][speakers]") {
  const std::string text =
      "The Finance Ministry said the budget was balanced. The ministry said taxes "
      "would not rise.\n";
  Extraction e = Run(text);
  const Attribution* later = WithContent(e, text, "taxes would not rise");
  REQUIRE(later != nullptr);
  CHECK(later->speaker == "Finance Ministry");
}

TEST_CASE("a title glued before a name goes to the role, the name is the speaker",
          "[ingest][speakers]") {
  const std::string text = "Former prime minister John Major said the deal was bad.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].speaker == "John Major");
  CHECK(e.attributions[0].role.find("prime minister") != std::string::npos);
  // A co-author is a role too, capitalised or not.
  const std::string authors =
      "Co-author Lina Perez said more work was needed.\n\n"
      "Study co-author Karl Brand said the trend would go on.\n";
  const Extraction c = Run(authors);
  CHECK(Find(c, authors, "more work was needed").speaker == "Lina Perez");
  for (auto [content, role] : {std::pair{"more work was needed", "Co-author"},
                               std::pair{"the trend would go on", "Study co-author"}})
    CHECK(Find(c, authors, content).role == role);
  // Common words or an acronym before a given name and a surname are a title
  // the lexicon does not know, whether the source or an earlier run wrote them.
  const std::string unknown_titles =
      "Public Advocate Trish Lanahan said the budget was unfair.\n\n"
      "Chief of Staff Denis Morrow wrote to the mayor on Friday.\n\n"
      "\"We have no money left,\" Morrow wrote.\n";
  const Extraction u = Run(unknown_titles);
  CHECK(Find(u, unknown_titles, "the budget was unfair").speaker == "Trish Lanahan");
  CHECK(Find(u, unknown_titles, "We have no money").speaker == "Denis Morrow");
  // A capitalised pronoun opens no name: "His Catholic faith" is no one.
  const std::string his =
      "Labor Secretary Tomas Perez spoke in Buffalo on Monday.\n\n"
      "His Catholic faith is important to him, and he said he often thinks of his parents.\n";
  CHECK(Find(Run(his), his, "he often thinks").speaker == "Tomas Perez");
  const std::string rival = "Rival Dana Whitcomb said the plan was weak.\n";
  CHECK(Find(Run(rival), rival, "the plan was weak").speaker == "Dana Whitcomb");
  // A profession's ending (person_noun_ending) makes a title the lists lack.
  const std::string profession = "Hydrologist Karen Olafsen said the lake was shrinking.\n";
  const Extraction p = Run(profession);
  const Attribution& lake = Find(p, profession, "the lake was shrinking");
  CHECK(lake.speaker == "Karen Olafsen");
  CHECK(lake.role == "Hydrologist");
}

TEST_CASE("a relative clause or trailing adverb is not part of the source",
          "[ingest][speakers]") {
  const std::string text =
      "A Warren adviser, who spoke on the condition of anonymity, said the plan was "
      "ready.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(std::string(e.attributions[0].source->in(text)) == "A Warren adviser");
}

TEST_CASE("misparsed phrases are never speakers", "[ingest][speakers]") {
  for (std::string_view junk : {"more accurately", "favorably of the internment",
                                "keeping tabs on movie budgets (Mr. Mannix",
                                "most of her time campaigning in California without",
                                "over six million votes", "together", "This week",
                                "many lawmakers dislike him", "Trump said.Trump",
                                "Manafort politely", "Donald Trump isn't",
                                "SYRIAN REFUGEE CRISIS", "more forceful", "less eager"}) {
    INFO(junk);
    CHECK(IsJunkSourceMention(junk, Span{0, static_cast<uint32_t>(junk.size())}));
  }
  for (std::string_view good : {"The family", "Organizers of the rally", "varying reports",
                                "Cardinal Marc Ouellet of the Holy See", "experts",
                                "a senior Obama administration official", "Reuters", "who",
                                "protesters", "NATO", "The White House", "the family",
                                "most Republicans", "most farmers", "ouest-france.fr"}) {
    INFO(good);
    CHECK_FALSE(IsJunkSourceMention(good, Span{0, static_cast<uint32_t>(good.size())}));
  }
}

TEST_CASE("'X, 24, from Manchester, who said' is X speaking, not the town",
          "[ingest][speakers]") {
  const std::string text =
      "Voters turned out early.\n\n"
      "\"I am going to vote for her,\" said Lena Marsh, 24, from Aldgate, who said the senator "
      "was best suited to fix the roads.\n\n"
      "The ruling angered Tom Hale of Dayton, who said the court had erred.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the senator was best suited"), "Lena Marsh");
  CheckPerson(Find(e, text, "the court had erred"), "Tom Hale");
}

TEST_CASE("a party and state between commas is no speaker and ends no sentence",
          "[ingest][speakers]") {
  const std::string text =
      "The speech drew fire on Tuesday.\n\n"
      "Sen. Carla Wendt, R-S.C., a long-shot presidential candidate, said the strategy had "
      "failed.\n\n"
      "Rep. Omar Haddad, D-Calif., said the report was damning.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the strategy had failed"), "Carla Wendt");
  CheckPerson(Find(e, text, "the report was damning"), "Omar Haddad");
}

TEST_CASE("a name ending on a document's noun is an organisation, not a person",
          "[ingest][speakers]") {
  const std::string text =
      "The race is tight.\n\n"
      "A Harbour Insights Poll found that 45 percent of voters back the plan.\n\n"
      "Emily Report said the plan was popular.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "45 percent of voters"), "Harbour Insights Poll");
  // "Projections by X and Y": evidence of the two who made them, no person.
  const std::string projections =
      "Sanders won four states.\n\nProjections by KXRT and WBNN indicated he "
      "won in Colorado.\n";
  Extraction p = Run(projections);
  const Attribution& won = Find(p, projections, "he won in Colorado");
  CheckOrganisation(won, "KXRT");
  CHECK(won.co_speakers == std::vector<std::string>{"WBNN"});
  CHECK(won.cue_class == AttributionClass::kEvidence);
  // (A given name first: a person whose surname is also a noun.)
  CheckPerson(Find(e, text, "the plan was popular"), "Emily Report");
}

TEST_CASE("a source cut out of a clause at its verb is no source", "[ingest][speakers]") {
  auto junk = [](std::string_view text, std::string_view mention) {
    const size_t at = text.find(mention);
    REQUIRE(at != std::string_view::npos);
    return IsJunkSourceMention(
        text, Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + mention.size())});
  };
  // A verb or an adverb before what it governs.
  CHECK(junk("tested against the potent messages of rivals", "tested against the potent messages"));
  CHECK(junk("briefly with other party leaders", "briefly with other party leaders"));
  CHECK(junk("driven in part by the media", "driven in part by the media"));
  CHECK(junk("the race moves to Western states", "moves to Western"));
  CHECK(junk("they boldly reminded voters of the record", "boldly reminded voters"));
  // A verb right after its clause's subject or auxiliary.
  const std::string_view text =
      "In a year in which Ms. Ortiz has praised Helen Brandt as a reformer, critics said "
      "retired Gen. Mick Bednarek was wrong. Lawmakers cited published reports.";
  CHECK(junk(text, "praised Helen Brandt"));
  // A participle before a noun or a title is an adjective.
  CHECK_FALSE(junk(text, "retired Gen. Mick Bednarek"));
  CHECK_FALSE(junk(text, "published reports"));
  CHECK_FALSE(junk("nearly three in five said", "nearly three in five"));
}

TEST_CASE("a phrase whose head names no speaker is no source, and its claim is dropped",
          "[ingest][speakers]") {
  // The heads are nouns of no person, group or piece of communication
  // (data/nonspeaker_nouns.txt, from UD English and WordNet).
  for (std::string_view junk : {"the opioid crisis", "dishes", "the infrastructure",
                                "an unsubstantiated conspiracy theory", "his eyes",
                                "responsibility for all three attacks", "three helicopters"}) {
    INFO(junk);
    CHECK(IsJunkSourceMention(junk, Span{0, static_cast<uint32_t>(junk.size())}));
  }
  // Speakers: people, groups, documents, shares of a polled group, a group
  // after a quantity, a speaker's noun before a participle, a name after a
  // comma, and what the lexicon knows ("a count by", "the suit").
  for (std::string_view good : {"the researchers", "the farm lobby",
                                "a count by The Associated Press", "the suit",
                                "Large majorities of Republican primary voters",
                                "58 percent of Florida Latino voters", "People holding a banner",
                                "A New York Times poll conducted last week", "Multiple outlets",
                                "Preliminary investigations", "its day in court, Giuliani",
                                "an FBI official she spoke to on camera", "two senators present"}) {
    INFO(good);
    CHECK_FALSE(IsJunkSourceMention(good, Span{0, static_cast<uint32_t>(good.size())}));
  }
  const std::string text =
      "Dozens died this winter. The opioid crisis claimed that the state had failed.\n\n"
      "The researchers said that the state had failed.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(std::string(e.attributions[0].source->in(text)) == "The researchers");
}

TEST_CASE("a name joined by an ampersand is one firm", "[ingest][speakers]") {
  const std::string text =
      "Procter & Gamble said it would cut 500 jobs in Ohio.\n\n"
      "A spokesman for Johnson & Johnson said the company would appeal.\n\n"
      "Articles in journals including Social Science & Medicine have characterized "
      "homeopathy as a form of quackery.\n\n"
      "Merrill Lynch & Co. said it would buy the unit.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 4);
  CHECK(e.attributions[0].speaker == "Procter & Gamble");
  CHECK(e.attributions[0].source_type == SourceType::kOrganisation);
  CHECK(e.attributions[1].speaker == "Johnson & Johnson");
  CHECK(e.attributions[1].source_type == SourceType::kOrganisation);
  CHECK(e.attributions[2].speaker == "Social Science & Medicine");
  CHECK(e.attributions[3].speaker.starts_with("Merrill Lynch & Co"));
  CHECK(e.attributions[3].source_type == SourceType::kOrganisation);
  CHECK(std::string(e.attributions[3].content.in(text)) == "it would buy the unit");
}

TEST_CASE("a capitalised title after the article alone is its holder, not an organisation",
          "[ingest][speakers]") {
  const std::string text =
      "United States President Donald Trump said on Friday he may declare an emergency. "
      "The President insists that the budget include funding for the wall.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(e.attributions[1].speaker == "Donald Trump");
  CHECK(e.attributions[1].source_type == SourceType::kPerson);
}

TEST_CASE("a place-based company is the company the article named", "[ingest][speakers]") {
  const std::string text =
      "Allegheny International Inc said it would file for bankruptcy. The Pittsburgh-based "
      "company said its lenders had refused further credit. It said operations would "
      "continue.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 3);
  for (const Attribution& a : e.attributions) {
    CHECK(a.speaker == "Allegheny International Inc");
    CHECK(a.source_type == SourceType::kOrganisation);
  }
}

TEST_CASE("one word with a capital inside is a firm unless a surname's prefix opens it",
          "[ingest][speakers]") {
  const std::string text =
      "National Westminster Bank Plc said on Tuesday that its profits rose by a fifth in the "
      "year. NatWest said that its provisions for bad debts fell.\n\n"
      "Senator John McCain said that the bill would fail in the Senate. McCain said that it "
      "would be vetoed.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 4);
  CHECK(e.attributions[1].speaker == "NatWest");
  CHECK(e.attributions[1].source_type == SourceType::kOrganisation);
  CHECK(e.attributions[3].speaker == "John McCain");
  CHECK(e.attributions[3].source_type == SourceType::kPerson);
}

TEST_CASE("a managing director is a title before the name, not an organisation's role",
          "[ingest][speakers]") {
  const std::string text =
      "IMF managing director Michel Camdessus told a news conference that debt relief was "
      "needed.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].speaker == "Michel Camdessus");
  CHECK(e.attributions[0].source_type == SourceType::kPerson);
  CHECK(e.attributions[0].role == "IMF managing director");
}

TEST_CASE("two titled people joined by 'and' are two speakers of one claim",
          "[ingest][speakers]") {
  const std::string text =
      "Prime Minister Jacques Chirac and Finance Minister Edouard Balladur said that the sale "
      "would raise 20 billion francs.\n\n"
      "Donald Trump and House Speaker Paul Ryan pledged that they would work together.\n\n"
      "PG&E President and CEO Andy Vesey said that the utility would pay.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 3);
  CHECK(e.attributions[0].speaker == "Jacques Chirac");
  CHECK(e.attributions[0].co_speakers == std::vector<std::string>{"Edouard Balladur"});
  CHECK(e.attributions[1].speaker == "Donald Trump");
  CHECK(e.attributions[1].co_speakers == std::vector<std::string>{"Paul Ryan"});
  // Two titles of one person.
  CHECK(e.attributions[2].speaker == "Andy Vesey");
  CHECK(e.attributions[2].co_speakers.empty());
}

TEST_CASE("a campaign named by its candidate is an organisation", "[ingest][speakers]") {
  const std::string text = "Hillary Clinton's campaign said the report was false.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].source_type == SourceType::kOrganisation);
  // Under the name news gives it (PersonCollectiveName).
  CHECK(e.attributions[0].speaker == "Clinton campaign");
}

TEST_CASE("a name ending on an organisation word is an organisation", "[ingest][speakers]") {
  const std::string text = "The Census Bureau said the population grew.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].source_type == SourceType::kOrganisation);
  CHECK(e.attributions[0].speaker == "Census Bureau");
}

TEST_CASE("Democrats and Republicans speak as parties, not persons", "[ingest][speakers]") {
  const std::string text = "Republicans said the bill would fail in the Senate.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].source_type == SourceType::kOrganisation);
  CHECK(e.attributions[0].speaker == "Republican Party");
}

TEST_CASE("a lone surname is the person of that name the article introduced first",
          "[ingest][speakers]") {
  // Neither given name is in the lexicon: the names are learnt from runs of
  // capitalised words. The relative named later does not take the surname.
  const std::string text =
      "Oriana Velasquez toured the new factory in Ohio on Monday.\n\n"
      "Her brother, Teodor Velasquez, runs the family firm.\n\n"
      "\"We will hire 200 people by the summer,\" Velasquez told reporters.\n";
  Extraction e = Run(text);
  const Attribution* a = WithContent(e, text, "We will hire");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == "Oriana Velasquez");
}

TEST_CASE("'she' with no earlier speaker is the person named before, not one described since",
          "[ingest][speakers]") {
  const std::string named =
      "On the last day of the summit, Oriana Velasquez walked onto the stage.\n\n"
      "\"Factories should pay for parental leave,\" she said.\n\n"
      "\"The law will change,\" Velasquez told reporters.\n";
  Extraction e = Run(named);
  const Attribution* a = WithContent(e, named, "Factories should");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == "Oriana Velasquez");
  // An employee described between the name and the pronoun may be who "she"
  // is: no speaker rather than the wrong one.
  const std::string described =
      "On the last day of the summit, Oriana Velasquez walked onto the stage.\n\n"
      "The employee watched from her home. \"They denied me any leave,\" she said.\n\n"
      "\"The law will change,\" Velasquez told reporters.\n";
  e = Run(described);
  const Attribution* b = WithContent(e, described, "They denied");
  REQUIRE(b != nullptr);
  CHECK(b->speaker != "Oriana Velasquez");
}

TEST_CASE("a headline in title case teaches no names", "[ingest][speakers]") {
  const std::string text =
      "Former Senator Backs Velasquez In Tight Race\n\n"
      "Oriana Velasquez opened her campaign in Ohio on Monday.\n\n"
      "\"We will win this state,\" Velasquez told supporters.\n";
  Extraction e = Run(text);
  const Attribution* a = WithContent(e, text, "We will win");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == "Oriana Velasquez");
}

TEST_CASE("a pronoun goes on with the speaker, not with a person named in what was said",
          "[ingest][speakers]") {
  const std::string text =
      "Mining magnate Orlando Pereira said on Friday he met Governor Tomas Quintero in Lima.\n\n"
      "He said the talks went well and that a new mine would open next year.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "the talks went well");
  CHECK(a.speaker == "Orlando Pereira");
}

TEST_CASE("'the senator' is the senator named latest, 'Sen.' counting as the title",
          "[ingest][speakers]") {
  const std::string text =
      "Sen. Marta Lindqvist endorsed the bill on Thursday. Sen. Paul Okafor did not comment.\n\n"
      "A host pressed Lindqvist on the cost of the plan.\n\n"
      "But the senator insisted that the plan would pay for itself within ten years.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "the plan would pay");
  CHECK(a.speaker == "Marta Lindqvist");
  CHECK(a.source_type == SourceType::kPerson);
}

TEST_CASE("an epithet stands for the person who just spoke, and only then", "[ingest][speakers]") {
  const std::string text =
      "Casino owner Walter Brandt said on Friday that he would fund the stadium.\n\n"
      "\"It was an easy decision,\" the gambling tycoon told Reuters in an interview.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "It was an easy").speaker == "Walter Brandt");
  // Someone else named since the speaker spoke: no guess.
  const std::string moved_on =
      "Casino owner Walter Brandt said on Friday that he would fund the stadium.\n\n"
      "Mayor Lucia Ferro opposes the plan, and Hugo Lanz, a banker, wrote to the council.\n\n"
      "\"It was an easy decision,\" the tycoon told Reuters in an interview.\n";
  e = Run(moved_on);
  CHECK(Find(e, moved_on, "It was an easy").speaker.empty());
  // A description with a relative clause introduces someone new.
  const std::string new_person =
      "Casino owner Walter Brandt said on Friday that he would fund the stadium.\n\n"
      "\"Nobody asked us,\" said the designer, who works for a rival firm.\n";
  e = Run(new_person);
  CHECK(Find(e, new_person, "Nobody asked us").speaker.empty());
  // Whom a speaker talks to is not the speaker.
  const std::string host =
      "Senate candidate Walter Brandt said on Sunday that he would cut taxes.\n\n"
      "\"That is not a plan,\" the host said.\n";
  e = Run(host);
  CHECK(Find(e, host, "That is not a plan").speaker.empty());
}

TEST_CASE("an epithet with a place, a party or an age is the person just named, and only one",
          "[ingest][speakers]") {
  // A title with a place, the one person the sentence before names.
  const std::string placed =
      "Daniel Whitcomb toured a dairy farm near Burlington on Monday.\n\n"
      "\"We will carry this state,\" the Vermont senator said.\n";
  Extraction e = Run(placed);
  CHECK(Find(e, placed, "We will carry").speaker == "Daniel Whitcomb");
  // An age, and a party member of a place.
  const std::string age =
      "Nils Carraway posted the clip on Thursday.\n\n"
      "\"What if the mayor sang?\" the 43-year-old asked in its description.\n";
  e = Run(age);
  CHECK(Find(e, age, "What if the mayor").speaker == "Nils Carraway");
  const std::string member =
      "Ruth Halloran opened the hearing in Salt Lake City on Tuesday.\n\n"
      "\"The files were deleted,\" the Utah Republican said.\n";
  e = Run(member);
  CHECK(Find(e, member, "The files were").speaker == "Ruth Halloran");
  // A news epithet: the subject of a sentence that names several.
  const std::string subject =
      "Walter Brandt, appearing after Lucia Ferro at the forum, criticised the budget.\n\n"
      "\"We need change,\" the businessman said.\n";
  e = Run(subject);
  CHECK(Find(e, subject, "We need change").speaker == "Walter Brandt");
  // Two people named: a title with a place could be either, even the
  // sentence's subject.
  const std::string two =
      "Daniel Whitcomb toured a farm with Omar Reyes near Burlington on Monday.\n\n"
      "\"We will carry this state,\" the Vermont senator said.\n";
  e = Run(two);
  CHECK(Find(e, two, "We will carry").speaker.empty());
  // The sentence is about "he", not the one it names.
  const std::string pronoun =
      "He praised Daniel Whitcomb near Burlington on Monday.\n\n"
      "\"We will carry this state,\" the Vermont senator said.\n";
  e = Run(pronoun);
  CHECK(Find(e, pronoun, "We will carry").speaker.empty());
  // One of two joined by "and" is no one in particular.
  const std::string joined =
      "Lawyers for both Tom and Edna Marlow filed papers on Monday.\n\n"
      "\"We object to the unsealing,\" the 52-year-old said.\n";
  e = Run(joined);
  CHECK(Find(e, joined, "We object").speaker.empty());
  // A contender's epithet is as often a rival's: no guess.
  const std::string contest =
      "Walter Brandt toured the port on Monday.\n\n"
      "\"We need change,\" the front-runner said.\n";
  e = Run(contest);
  CHECK(Find(e, contest, "We need change").speaker.empty());
}

TEST_CASE("'its website' speaks for the organisation just named, not one named after it",
          "[ingest][speakers]") {
  const std::string text =
      "The Federal Aviation Safety Board was absent from the inquiry. It is closed by a budget "
      "dispute; however, its website notes that its operations center is still open.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "its operations center").speaker == "Federal Aviation Safety Board");
  // A phrase opening the sentence looks ahead to its subject.
  const std::string ahead =
      "The Halvern Arena Board met on Monday.\n\n"
      "According to its press release, the league was suspending play until further notice.\n";
  e = Run(ahead);
  CHECK(Find(e, ahead, "the league was suspending").speaker != "Halvern Arena Board");
}

TEST_CASE("'the campaign' is the campaign the article named, 'X's campaign' its own",
          "[ingest][speakers]") {
  const std::string text =
      "Gary Lindholm and Bill Ward held a rally in Denver. The Lindholm-Ward campaign raised "
      "$2 million in July.\n\n"
      "\"We are the only choice for voters who want smaller government,\" the campaign said.\n\n"
      "\"They will not win Colorado,\" Ward's campaign said later.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "We are the only choice");
  CHECK(a.speaker == "Lindholm-Ward campaign");
  CHECK(a.source_type == SourceType::kOrganisation);
  CHECK(Find(e, text, "They will not win").speaker != "Lindholm-Ward campaign");
}

TEST_CASE("titles: a lone title is its holder, one pope however many named since, an epithet "
          "split off a name", "[ingest][speakers]") {
  const std::string text =
      "House Speaker Daniel Moreau met the budget committee on Thursday.\n\n"
      "\"We had a very encouraging meeting,\" Speaker said afterwards.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "We had a very").speaker == "Daniel Moreau");
  const std::string pope =
      "Pope Leo met Senator Anna Holt at the Vatican guest house on Friday.\n\n"
      "Holt told reporters the meeting was private. The pontiff met Holt for ten minutes.\n\n"
      "\"I greeted her and nothing more. That is good manners,\" the pope said.\n";
  e = Run(pope);
  CHECK(Find(e, pope, "I greeted her").speaker == "Leo");
  const std::string glued =
      "Billionaire Marcus Hale said on Monday that he would not run for governor.\n";
  e = Run(glued);
  CHECK(Find(e, glued, "he would not run").speaker == "Marcus Hale");
  const std::string nominee =
      "Ruth Calder said on Monday that the plant would stay open.\n\n"
      "\"We will build an economy that works for everyone,\" the Democratic nominee said.\n";
  e = Run(nominee);
  CHECK(Find(e, nominee, "We will build").speaker == "Ruth Calder");
}

TEST_CASE("a description stands only for an organisation of its own kind",
          "[ingest][speakers]") {
  // A government department spoke last: "the chemical company" is not it,
  // and "the agency" is.
  const std::string text =
      "Union Carbide Corp reported a loss on Monday.\n\n"
      "The U.S. Agriculture Department said corn stocks were 8.3 billion bushels.\n\n"
      "The chemical company said the loss would be about 20 mln dlrs.\n\n"
      "The agency said it expected a record harvest in the spring.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "the loss would").speaker == "Union Carbide Corp");
  CHECK(Find(e, text, "it expected").speaker == "U.S. Agriculture Department");
  // Only a news outlet named before: an airline is none.
  const std::string outlet =
      "The Wall Street Journal reported the crash on Friday.\n\n"
      "The airline said the pilot had logged 20 years of flying.\n";
  Extraction o = Run(outlet);
  CHECK(Find(o, outlet, "the pilot").speaker.empty());
}

TEST_CASE("an organisation's relative clause is neither a source nor a role",
          "[ingest][speakers]") {
  const std::string text =
      "Union Carbide Corp, which earlier this year sold its battery business, said it "
      "expected a first-quarter loss.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "it expected");
  CHECK(a.speaker == "Union Carbide Corp");
  CHECK(a.role.empty());
  CHECK(WithContent(e, text, "Union Carbide") == nullptr);
}

TEST_CASE("a name written with 'the' is an organisation, not a person", "[ingest][speakers]") {
  const std::string text =
      "The Manila Bulletin reported that the government would devalue the peso next week.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "the government");
  CHECK(a.speaker == "Manila Bulletin");
  CHECK(a.source_type == SourceType::kOrganisation);
}

TEST_CASE("'he' after an unnamed speaker introduced as 'a …' is that speaker",
          "[ingest][speakers]") {
  const std::string text =
      "Premier Li Peng said the economy would grow by 8 pct this year.\n\n"
      "Prices would fall, one Hong Kong trader said. He added that gold was steady.\n";
  Extraction e = Run(text);
  const Attribution& he = Find(e, text, "gold was steady");
  CHECK(he.speaker.empty());
  CHECK(he.source_type == SourceType::kRole);
  CHECK(he.role == "Hong Kong trader");
  // Not an interlocutor: "he" answering a reporter is the one named.
  const std::string asked =
      "Donald Trump spoke after an event in Iowa.\n\n"
      "When an NBC reporter asked Trump about the plan, he said: \"You tell me.\"\n";
  Extraction q = Run(asked);
  const Attribution* answer = WithContent(q, asked, "You tell me");
  if (answer != nullptr) CHECK(answer->role != "NBC reporter");
}

TEST_CASE("'he' and 'they' after an unnamed speaker whose role goes on past its head noun",
          "[ingest][speakers]") {
  const std::string text =
      "OSLO, May 4 - \"Demand is thin,\" one trader at a Nordic bank said. He said the krone "
      "could weaken further.\n\n"
      "Lending will slow this quarter, economists surveyed by the agency said.\n\n"
      "They said the central bank would hold rates.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "the krone could weaken"), "trader at a Nordic bank");
  CheckUnnamedRole(Find(e, text, "the central bank would hold"),
                   "economists surveyed by the agency");
}

TEST_CASE("a company written with words before its designator is its short name, after a date",
          "[ingest][speakers]") {
  const std::string text =
      "On Friday Halvern Motor Company announced that regulators were reviewing its brakes. "
      "Halvern said in a filing with the Securities and Exchange Commission that the review "
      "began in March.\n\n"
      "Regulators also met officials of Dunmore Ireland Ltd on Monday. Dunmore said it was not "
      "involved.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "regulators were reviewing"), "Halvern Motor Company");
  const Attribution& filing = Find(e, text, "the review began");
  CheckOrganisation(filing, "Halvern Motor Company");
  CHECK(ClaimSpan(filing, text).in(text) == "the review began in March");
  // A place before the designator makes a subsidiary, not the company.
  CHECK(Find(e, text, "it was not involved").speaker == "Dunmore");
}

TEST_CASE("a short definite description is the unnamed speaker of that noun before it",
          "[ingest][speakers]") {
  const std::string text =
      "OSLO, May 4 - Norway will cut its oil output, energy ministry officials said.\n\n"
      "The officials said the cut would start in June. A senior port official said the "
      "cranes were old. The official said they would be sold.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "the cut would start"), "energy ministry officials");
  CheckUnnamedRole(Find(e, text, "they would be sold"), "senior port official");
}

TEST_CASE("the wire's 'Company said' is the article's company", "[ingest][speakers]") {
  const std::string text =
      "Halvern Corp 1st qtr net\nShr 45 cts vs 38 cts\nNet 4,512,000 vs 3,800,000\n"
      "NOTE: Company said results include a gain of 1.2 mln dlrs.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "results include a gain"), "Halvern Corp");
  // A company named with the noun keeps its name ("Carrier said", "at Carrier").
  const std::string named =
      "Workers at Carrier were told of the move. Carrier said the plant would close.\n";
  Extraction n = Run(named);
  CHECK(Find(n, named, "the plant would close").speaker == "Carrier");
}

TEST_CASE("two descriptions joined by 'and' are one apposition, a company's chairman a role",
          "[ingest][speakers]") {
  const std::string text =
      "DES MOINES, Jan 4 - Tom Harlan, the former governor and a candidate for the Senate, said "
      "the tax would hurt farmers.\n\n"
      "Halvern Corp's chairman said the bid was too low.\n";
  Extraction e = Run(text);
  const Attribution& harlan = Find(e, text, "the tax would hurt");
  CheckPerson(harlan, "Tom Harlan");
  CHECK(harlan.role == "former governor and a candidate for the Senate");
  CheckUnnamedRole(Find(e, text, "the bid was too low"), "Halvern Corp's chairman");
}

TEST_CASE("'the court' and 'the newspaper' are the court and the newspaper the article named",
          "[ingest][speakers]") {
  const std::string text =
      "The High Court of Westmarch heard the appeal in May. The court said the levy was "
      "lawful.\n\n"
      "The ruling was first reported by The Harbour Gazette. The newspaper said the levy would "
      "raise 40 million.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "the levy was lawful"), "High Court of Westmarch");
  CheckOrganisation(Find(e, text, "the levy would raise"), "Harbour Gazette");
}

TEST_CASE("a tagged source cut inside a name is the whole name", "[ingest][speakers]") {
  const std::string text =
      "Candidates condemned North Korea's claim to have tested a hydrogen bomb.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "to have tested a hydrogen bomb"), "North Korea");
}

TEST_CASE("a document after its possessor's name speaks for them, not after a day's",
          "[ingest][speakers]") {
  const std::string text =
      "Senator Ana Okafor criticised the ruling on Monday. Okafor's statement said the court had "
      "overreached.\n\n"
      "Monday's report said prices rose.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the court had overreached"), "Ana Okafor");
  CHECK(Find(e, text, "prices rose").speaker.empty());
}

TEST_CASE("a request for anonymity is no claim", "[ingest][speakers]") {
  const std::string text =
      "A senior port official, who asked not to be named, said the cranes would be sold. "
      "One broker, who requested not to be identified, said the price was too low.\n";
  Extraction e = Run(text);
  CHECK(WithContent(e, text, "not to be") == nullptr);
  CheckUnnamedRole(Find(e, text, "the cranes would be sold"), "senior port official");
  CheckUnnamedRole(Find(e, text, "the price was too low"), "broker");
}

TEST_CASE("'they' after an unnamed group keeps the group's role", "[ingest][speakers]") {
  const std::string text =
      "Government officials said the president had died. They declared seven days of "
      "national mourning across the country.\n";
  Extraction e = Run(text);
  const Attribution* they = WithContent(e, text, "seven days");
  if (they == nullptr) they = WithContent(e, text, "declared");
  REQUIRE(they != nullptr);
  CHECK(they->role == "Government officials");
}

TEST_CASE("'according to' a document with a participle phrase keeps it in the source",
          "[ingest][speakers]") {
  const std::string text =
      "According to a Gallup poll released Monday, 40 percent of Americans approve of the "
      "president.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "40 percent");
  REQUIRE(a.source.has_value());
  CHECK(a.source->in(text) == "a Gallup poll released Monday");
  // The poll speaks for its pollster, of the pollster's kind.
  CheckOrganisation(a, "Gallup");
}

TEST_CASE("'the fund' is the organisation named with that word, a whole name only",
          "[ingest][speakers]") {
  const std::string text =
      "The International Monetary Fund cut its forecast on Tuesday.\n\n"
      "The fund said growth would slow in Europe next year.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "growth would slow").speaker == "International Monetary Fund");
  // "Illinois Board" is part of a longer name: not the board meant.
  const std::string part =
      "The Illinois Board of Elections met on Monday.\n\n"
      "The board said the candidate was eligible to run.\n";
  Extraction p = Run(part);
  CHECK(Find(p, part, "the candidate").speaker != "Illinois Board");
  // A chamber and a republic are organisations named whole, complement and all.
  const std::string whole =
      "The Halvern Chamber of Commerce said the port would reopen.\n\n"
      "The Republic of Kalvia said the border was closed.\n";
  Extraction w = Run(whole);
  for (auto [content, name] : {std::pair{"the port would reopen", "Halvern Chamber of Commerce"},
                               std::pair{"the border was closed", "Republic of Kalvia"}}) {
    CHECK(Find(w, whole, content).speaker == name);
    CHECK(Find(w, whole, content).source_type == SourceType::kOrganisation);
  }
}

TEST_CASE("an organisation's unnamed spokesman speaks for the organisation named before",
          "[ingest][speakers]") {
  const std::string text =
      "The EC Commission said farm prices would be frozen. A Commission spokesman said the "
      "decision was final.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "the decision");
  CHECK(a.source_type == SourceType::kOrganisation);
  CHECK(a.speaker == "EC Commission");  // never a node "Commission spokesman"
  CHECK(a.role == "spokesman");
}

TEST_CASE("words describing an organisation are its role, not its name", "[ingest][speakers]") {
  const std::string text =
      "The conservative-leaning Tax Foundation said the plan would cost 1 trillion dollars.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "the plan");
  CHECK(a.speaker == "Tax Foundation");
  CHECK(a.role == "conservative-leaning");
}

TEST_CASE("a report with a participle phrase is the issuer's document", "[ingest][speakers]") {
  const std::string text =
      "A Government Accountability Office report released last year said that the agency "
      "could not be sure where the money went.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "the agency");
  CHECK(a.speaker == "Government Accountability Office");
  CHECK(a.source_type == SourceType::kOrganisation);  // the issuer's kind
}

TEST_CASE("'Mr.' names a man: not the woman of that surname named before",
          "[ingest][speakers]") {
  const std::string text =
      "Michelle Okafor opened the museum on Saturday.\n\n"
      "\"We are proud,\" Michelle Okafor said.\n\n"
      "\"Perhaps it can help a visitor understand,\" Mr. Okafor said.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "We are proud").speaker == "Michelle Okafor");
  CHECK(Find(e, text, "Perhaps it can help").speaker != "Michelle Okafor");
}

TEST_CASE("a pronoun looks back to the speaker written before it, whichever rule found it",
          "[ingest][speakers]") {
  // The rules find "But he added, ..." before the closing-quote attribution
  // of the same paragraph; the pronoun still looks back in text order.
  const std::string text =
      "\"We remove any content that praises terrorism,\" said Monika Farrow, head of policy "
      "at the company.\n\n"
      "\"We are going to resist the urge to trample civil liberties,\" Mr. Okafor said in the "
      "briefing. But he added, \"We don't want terrorists to have a safe haven.\"\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "We don't want").speaker == "Okafor");
}

TEST_CASE("a given name tells 'he' from 'she', a surname that is also a given name does not",
          "[ingest][speakers]") {
  // "Loretta" is a woman's name (data/given_names.txt): "she" is Loretta
  // Okafor, not the man who spoke before.
  const std::string woman =
      "\"The vote is close,\" said Peter Hallam, a pollster.\n\n"
      "Loretta Okafor agreed to a 30-minute interview. She said she was attracted to the job "
      "by its mission.\n";
  Extraction e = Run(woman);
  CHECK(Find(e, woman, "she was attracted").speaker == "Loretta Okafor");
  // "Madison" is a woman's given name but Joe Madison is a man: "he" is him.
  const std::string man =
      "\"Voters will give him a second look,\" Hallam said.\n\n"
      "Joe Madison, a talk radio host, recalled the campaign of 2008.\n\n"
      "\"I hate to put it that way, but that is how folks looked at it,\" he said.\n";
  e = Run(man);
  CHECK(Find(e, man, "I hate to put it").speaker == "Joe Madison");
}

TEST_CASE("a person named in a speaker's apposition is not who 'he' stands for",
          "[ingest][speakers]") {
  const std::string text =
      "\"On a blackboard, the tax is a great tax,\" said Douglas Hallam, a former adviser to "
      "President George W. Bush. But \"it is a better use of political capital,\" he added, "
      "to pursue a hybrid system.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "But \"it is a better use").speaker == "Douglas Hallam");
}

TEST_CASE("'he' after a sentence opened by a man's surname is that man, not the last speaker",
          "[ingest][speakers]") {
  const std::string text =
      "\"We will win Iowa,\" said Ben Okafor, a retired surgeon.\n\n"
      "\"The staff did well,\" said Peter Hallam, his former campaign manager.\n\n"
      "Okafor brought in a new campaign manager last month. He said the change would help the "
      "campaign.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "the change would help").speaker == "Ben Okafor");
}

TEST_CASE("'it' is an organisation of this sentence or the one before, not one named far back",
          "[ingest][speakers]") {
  const std::string text =
      "Harvard Business Review Press published the book in May.\n\n"
      "The economy grew for years. Growth slowed after the crisis. Few lawyers mention the old "
      "doctrine now. It states that courts should not act too close to an election.\n\n"
      "Amoco Corp reported higher profits on Tuesday. It said it would cut 300 jobs next year.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "courts should not act").speaker.empty());
  CHECK(Find(e, text, "it would cut 300 jobs").speaker == "Amoco Corp");
}

TEST_CASE("'the Wisconsin Republican' is the person who just spoke, or an unnamed role",
          "[ingest][speakers]") {
  const std::string text =
      "House Speaker Paul Okafor met donors in Milwaukee on Tuesday.\n\n"
      "\"We need a plan,\" Okafor said.\n\n"
      "The Wisconsin Republican said the party would unite.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "the party would unite");
  CHECK(a.speaker == "Paul Okafor");
  CHECK(a.role == "Wisconsin Republican");
  // Nobody spoke before: a role of the story, not a person so named.
  const std::string alone = "The South Carolina Republican said the hearings would continue.\n";
  e = Run(alone);
  const Attribution& b = Find(e, alone, "the hearings would continue");
  CHECK(b.speaker.empty());
  CHECK(b.source_type == SourceType::kRole);
  CHECK(b.role == "South Carolina Republican");
}

TEST_CASE("'the poll' is the poll named before, 'the newspaper' with none named an unnamed organisation",
          "[ingest][speakers]") {
  const std::string text =
      "A Marist College poll released Tuesday found that 45 percent of voters back the plan.\n\n"
      "The poll also found that most voters distrust Congress.\n\n"
      "The newspaper said the mayor had not commented.\n";
  Extraction e = Run(text);
  const Attribution& poll = Find(e, text, "most voters");
  CHECK(poll.speaker == "Marist College");
  CHECK(poll.source_type == SourceType::kOrganisation);  // the issuer's kind
  const Attribution& paper = Find(e, text, "the mayor had not");
  CHECK(paper.speaker.empty());
  // An organisation of the story, not a person's role ("newspaper").
  CHECK(paper.source_type == SourceType::kOrganisation);
  CHECK(paper.role == "newspaper");
}

TEST_CASE("an unnamed organisation's description is of type organisation, a group's is a role",
          "[ingest][speakers]") {
  const std::string text =
      "Talks stall\n\nThe campaign said it would appeal. Multiple outlets reported that the "
      "talks had ended. A spokesman for the ministry said the minister was travelling. People "
      "close to the campaign said the candidate was tired.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "it would appeal").source_type == SourceType::kOrganisation);
  // Several unnamed organisations are a group, a role like "Several banks".
  CHECK(Find(e, text, "the talks had ended").source_type == SourceType::kRole);
  CHECK(Find(e, text, "the minister was").source_type == SourceType::kRole);
  CHECK(Find(e, text, "the candidate was").source_type == SourceType::kRole);
}

TEST_CASE("the hearer of a passive 'told' is no speaker, the subject of a progressive one speaks",
          "[ingest][speakers]") {
  const std::string text =
      "Trade Minister Ana Ruiz was told that exports would fall.\n\n"
      "Oil minister Omar Haddad is telling buyers that prices will rise.\n";
  Extraction e = Run(text);
  const Attribution& told = Find(e, text, "exports would fall");
  CHECK(told.speaker.empty());
  CHECK_FALSE(told.source.has_value());
  const Attribution& telling = Find(e, text, "prices will rise");
  CHECK(telling.speaker == "Omar Haddad");
}

TEST_CASE("mojibake in a name is repaired in the speaker, never kept",
          "[ingest][speakers]") {
  // Doubly encoded UTF-8: "\xC3\xA7" read as Latin-1 and encoded again, and
  // "\xC3\xBA" whose second byte was folded to an "o".
  const std::string text =
      "BRASILIA, March 9 - Finance Minister Dilson Fun\xC3\x83\xC2\xA7" "aro said Brazil would open new talks with its creditor banks.\n\n"
      "Representative Ra\xC3\x83ol M. Grijalva of Arizona said the bill would pass.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "Brazil would open new talks").speaker == "Dilson Fun\xC3\xA7" "aro");
  CHECK(Find(e, text, "the bill would pass").speaker == "Ra\xC3\xBAl M. Grijalva");
}

TEST_CASE("'he' after a sentence opened by a surname of unknown gender is that person",
          "[ingest][speakers]") {
  const std::string text =
      "Court papers describe Marek Lazar as a quiet man who taught himself to repair radios.\n\n"
      "\"He never meant to hurt anyone,\" public defender Shannon Quill wrote in a filing.\n\n"
      "Lazar had no formal training. He told investigators that he built the device from parts "
      "he bought online.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "he built the device").speaker == "Marek Lazar");
}

TEST_CASE("a man named after a subject 'He' does not take over that 'he'", "[ingest][speakers]") {
  const std::string text =
      "Donald Trump said on Tuesday that he would win the next primary in South Carolina.\n\n"
      "He nodded to his second-place finish behind Ted Cruz in Iowa. \"We did very well "
      "there,\" he said.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "We did very well").speaker == "Donald Trump");
}

TEST_CASE("'he' never stands for a woman's name of the same surname", "[ingest][speakers]") {
  const std::string text =
      "President Donald Trump met the governor on Monday.\n\n"
      "Trump questioned the selection of the new judge. He said the court needed someone "
      "tougher.\n\n"
      "First Lady Melania Trump visited a school in Ohio on Tuesday with her son.\n\n"
      "Donald Trump flew to Florida on Wednesday.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "the court needed").speaker == "Donald Trump");
}

TEST_CASE("'they' with no speaker is the plural people or group opening its sentence or the one "
          "before",
          "[ingest][speakers]") {
  const std::string text =
      "The study was published on Monday in a science journal.\n\n"
      "The researchers used satellite imagery to count the animals over ten years. From this, "
      "they concluded that the herd had shrunk by half.\n\n"
      "Harbour Democrats blocked the plan because they said the fees were too high.\n\n"
      "Dock workers walked out of the meeting. They also said the port would lose jobs.\n\n"
      "But the national unions stayed. They insisted that the talks go on.\n";
  Extraction e = Run(text);
  for (auto [content, group] : {std::pair{"the herd had shrunk", "researchers"},
                                 std::pair{"the fees were too high", "Harbour Democrats"},
                                 std::pair{"the port would lose", "Dock workers"},
                                 std::pair{"the talks go on", "national unions"}})
    CheckUnnamedRole(Find(e, text, content), group);
  // No group opens either sentence: no role is made up.
  const std::string idle =
      "The storm hit the coast on Monday.\n\n"
      "As they say, it never rains but it pours, and the town flooded again.\n";
  for (const Attribution& a : Run(idle).attributions) CHECK(a.role.empty());
}

TEST_CASE("a relative clause or a place after an unnamed source is no part of its role",
          "[ingest][speakers]") {
  const std::string text =
      "The mill closed in March after forty years.\n\n"
      "\"Nobody saw it coming,\" said one former engineer who asked not to be named.\n\n"
      "The former mayor -- who lost the seat in 2010 -- said the closure was lawful.\n\n"
      "Hospital officials in Port Alden said nine people were hurt.\n\n"
      "Supporters in Congress said the harbour needed money.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "Nobody saw it coming"), "former engineer");
  CheckUnnamedRole(Find(e, text, "the closure was lawful"), "former mayor");
  CheckUnnamedRole(Find(e, text, "nine people were hurt"), "Hospital officials");
  // An institution is what makes the group: it stays.
  CheckUnnamedRole(Find(e, text, "the harbour needed money"), "Supporters in Congress");
}

TEST_CASE("'she' is not an unnamed source who spoke of a woman", "[ingest][speakers]") {
  const std::string text =
      "Ortiz was not one for long meetings. \"When she decided, it was done,\" said one "
      "former aide.\n\n"
      "In public, she said the budget was balanced.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "When she decided").role == "former aide");
  const Attribution& she = Find(e, text, "the budget was balanced");
  CHECK(she.role != "former aide");
  // One who did not speak of a woman still may be "she".
  const std::string plain =
      "The mill closed in March. \"Nobody saw it coming,\" said one former aide.\n\n"
      "She said the budget was never balanced.\n";
  Extraction p = Run(plain);
  CHECK(Find(p, plain, "the budget was never").role == "former aide");
}

TEST_CASE("'it' with no speaker is the document the sentence before opens with",
          "[ingest][speakers]") {
  const std::string text =
      "Mayor Tom Reed announced in a statement on Friday that the bridge would close.\n\n"
      "The statement listed three detours for drivers. It says: \"Allow an extra hour.\"\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "Allow an extra hour").speaker == "Tom Reed");
  // With no issuer met, a document with no speaker, never a person.
  const std::string bare =
      "The flood reached the town on Sunday.\n\n"
      "The post showed a photograph of a flooded street. It says: \"Stay home and keep safe.\"\n";
  Extraction b = Run(bare);
  const Attribution& it = Find(b, bare, "Stay home");
  CHECK(it.speaker.empty());
  CHECK(it.source_type == SourceType::kDocument);
}

TEST_CASE("an organisation's name is kept whole, never cut to a last-word person",
          "[ingest][speakers]") {
  const std::string text =
      "The Harbour 12 Project said on Monday that divers had found the ferry near the cape.\n\n"
      "A 2011 study by the independent Institute for Coastal and Marine Research found that "
      "the reef was shrinking.\n\n"
      "As The Daily Courier reported, the town will vote on the plan in May.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "divers had found"), "Harbour 12 Project");
  CheckOrganisation(Find(e, text, "the reef was shrinking"),
                    "Institute for Coastal and Marine Research");
  CheckOrganisation(Find(e, text, "the town will vote"), "Daily Courier");
}

TEST_CASE("a one-word outlet that reports or is described as an outlet is an organisation",
          "[ingest][speakers]") {
  const std::string text =
      "The mayor resigned on Friday after a long dispute over the budget.\n\n"
      "Quillpost reported that the council had known for months.\n\n"
      "The vote was delayed, according to Statwise.\n\n"
      "The story first ran in the daily Hirlap. Hirlap noted that the loan was never repaid.\n";
  Extraction e = Run(text);
  for (std::string_view content : {"the council had known", "The vote was delayed",
                                   "the loan was never"}) {
    const Attribution& a = Find(e, text, content);
    CHECK(a.source_type == SourceType::kOrganisation);
  }
  // A first name that reports is a reporter, not an outlet.
  const std::string byline =
      "The senator spoke in Denver on Monday.\n\nPhillip reported from Oakland that the "
      "crowd was small.\n";
  Extraction b = Run(byline);
  if (const Attribution* a = WithContent(b, byline, "the crowd was small"))
    CHECK(a->source_type != SourceType::kOrganisation);
}

TEST_CASE("a surname resolves to a full name written with a possessive or a suffix",
          "[ingest][speakers]") {
  const std::string text =
      "The hearing opened in Washington on Tuesday.\n\n"
      "Lawmakers debated FBI Director Jane Holloway's letter.\n\n"
      "Holloway said the inquiry would take months.\n\n"
      "Adm. Peter K. Olsen Jr., who leads the fleet, toured the base on Monday.\n\n"
      "Admiral Olsen said the ships were ready.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "the inquiry would").speaker == "Jane Holloway");
  CHECK(Find(e, text, "the ships were ready").speaker == "Peter K. Olsen Jr.");
}

TEST_CASE("a possessive name is no antecedent for a later pronoun", "[ingest][speakers]") {
  const std::string text =
      "Senator Mark Ellison spoke in Denver on Monday.\n\n"
      "Ellison answered questions for an hour. After reading Thomas Garner's column, he said "
      "the plan was dead.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "the plan was dead").speaker == "Mark Ellison");
}

TEST_CASE("a title before a name cut short names no holder", "[ingest][speakers]") {
  // "Guardian" is an organisation word: the mayor's name is not read, so
  // "the mayor" is no node "Don".
  const std::string text =
      "Harbour City Mayor Don Guardian spoke to reporters on Monday.\n\n"
      "Senator Alan Brook visited the port.\n\n"
      "The mayor said the casino would reopen.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "the casino would").speaker != "Don");
}

TEST_CASE("a quantified plural of a party is some of its members, not the party",
          "[ingest][speakers]") {
  const std::string text =
      "The Senate voted on the bill on Tuesday.\n\n"
      "Other Republicans said the bill went too far.\n\n"
      "Some Democrats said it did not go far enough.\n\n"
      "Republicans said they would try again.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "the bill went too far"), "Republicans");
  CheckUnnamedRole(Find(e, text, "it did not go far"), "Democrats");
  CHECK(Find(e, text, "they would try").speaker == "Republican Party");
}

TEST_CASE("a person named in the object of the sentence before does not take 'he' from its subject",
          "[ingest][speakers]") {
  struct Case {
    std::string text, content, speaker;
  };
  // The second: a name modifying the subject is no subject, the quote is the
  // consultant's.
  for (const Case& c : std::vector<Case>{
           {"Daniel Okafor won the county primary on Tuesday night.\n\n\u201cWe are going to fix "
            "the roads,\u201d Okafor said.\n\nOkafor thanked his parents and his campaign "
            "manager, Peter Lindqvist, and his spokeswoman, Ana Ruiz.\n\nHe said his father had "
            "believed in the campaign from the start.\n",
            "his father had believed", "Daniel Okafor"},
           {"Daniel Okafor spoke at the rally on Friday.\n\n\u201cWe will win this county,\u201d "
            "Okafor said.\n\nOkafor consultant Peter Lindqvist saw the same trend. \u201cThe "
            "turnout is rising,\u201d he said.\n",
            "The turnout", "Peter Lindqvist"},
           // The subject before an insertion between commas (a relative
           // clause, a place) and its verb; the speaker of the sentence
           // before as its subject; a sentence opened by "However, he"; a
           // name of unknown gender opening the sentence is no "she".
           {"Mark Oakes spoke at a rally on Monday.\n\nOakes, who has a large lead, mocked Paul "
            "Hines for a bad week.\n\nAnd he said that the party would unite.\n",
            "the party would unite", "Mark Oakes"},
           {"Mark Oakes, in Ohio, said on Tuesday that the plan was weak while Tim Block is a "
            "fraud. However, he held back on Sam Ford, calling him a good man.\n\nHe said his "
            "plan would bring jobs back.\n",
            "his plan would bring", "Mark Oakes"},
           {"Rita Vance is drawing sharp contrasts between herself and Anna Dunmore.\n\nShe "
            "said the plan would cost jobs.\n",
            "the plan would cost", "Rita Vance"},
           {"Judge Clara Holt ruled on Monday.\n\nAide Victor Lanning was reading a note from "
            "Judge Clara Holt. \"The case is closed,\" she wrote.\n",
            "The case is closed", "Clara Holt"}}) {
    INFO(c.text);
    const Extraction e = Run(c.text);
    CHECK(Find(e, c.text, c.content).speaker == c.speaker);
  }
}

TEST_CASE("'it' after an unnamed document is that document", "[ingest][speakers]") {
  const std::string text =
      "Hackers entered twelve computers of the agency, the congressional report said.\n\n"
      "It said the agency's officials had hidden the breach from Congress.\n";
  const Extraction e = Run(text);
  CheckUnnamedDocument(Find(e, text, "Hackers entered"), "congressional report");
  // The pronoun carries the document's role, by which the store links it to
  // the document's node.
  CheckUnnamedDocument(Find(e, text, "the agency's officials"), "congressional report");
  // "it was widely reported": an "it" opening a passive report is no document.
  const std::string passive =
      "The farm changed hands in 2010, county records show. The price was not disclosed, "
      "though it was widely reported that the buyer paid $2 million.\n";
  const Extraction p = Run(passive);
  CheckUnnamedDocument(Find(p, passive, "The farm changed"), "county records");
  CHECK(Find(p, passive, "the buyer paid").source_type == SourceType::kUnknown);
}

TEST_CASE("a document noun heading a mention before a time word or a clause is a document, as are remarks and decisions",
          "[ingest][speakers]") {
  // A possessive determiner or a subject pronoun opens a clause after the
  // noun ("figures her campaign released"), as a time word does ("a poll
  // last month"): the document is the head, never a role of those words.
  const std::string text =
      "The mayor raised $2 million in the spring, according to figures her campaign released "
      "Friday.\n\nThe firm holds shares in six banks, according to new documents he filed with "
      "the court.\n";
  const Extraction e = Run(text);
  CheckUnnamedDocument(Find(e, text, "The mayor raised"), "figures");
  CheckUnnamedDocument(Find(e, text, "The firm holds"), "new documents");
  // Remarks, comments and a decision are documents too, not roles.
  const std::string said =
      "The mayor spoke to the council on Monday. His remarks suggested that the budget would "
      "be cut. The judge ruled on the appeal. Her decision said that the fence must go.\n";
  const Extraction d = Run(said);
  for (const auto& [start, role] : {std::pair<std::string_view, std::string_view>{
                                        "the budget would", "remarks"},
                                    {"the fence must", "decision"}})
    CheckUnnamedDocument(Find(d, said, start), role);
}

TEST_CASE("a time phrase glued to the end of a source mention is no part of it",
          "[ingest][speakers]") {
  // The source mention of the attribution whose content starts so.
  auto mention = [](const Extraction& e, const std::string& text, std::string_view start) {
    const Attribution& a = Find(e, text, start);
    REQUIRE(a.source);
    return std::string(a.source->in(text));
  };
  const std::string text =
      "The museum will reopen in June, according to officials on Tuesday.\n\n"
      "A city survey last month showed that most residents walk to work.\n\n"
      "The dam is safe and will hold through the winter, the engineers last week said.\n";
  const Extraction e = Run(text);
  CHECK(mention(e, text, "The museum will reopen") == "officials");
  CheckUnnamedRole(Find(e, text, "The museum will reopen"), "officials");
  CHECK(mention(e, text, "most residents") == "A city survey");
  CheckUnnamedDocument(Find(e, text, "most residents"), "city survey");
  CHECK(mention(e, text, "The dam is safe") == "the engineers");
  CheckUnnamedRole(Find(e, text, "The dam is safe"), "engineers");
  // The phrase stays with a participle it belongs to, and a bare weekday
  // after a capitalised word may end a name.
  const std::string kept =
      "Bus fares will rise by ten percent, according to a survey released on Monday.\n\n"
      "Crime fell in every district, according to the Globe on Sunday.\n";
  const Extraction k = Run(kept);
  CHECK(mention(k, kept, "Bus fares") == "a survey released on Monday");
  CHECK(mention(k, kept, "Crime fell") == "the Globe on Sunday");
}

TEST_CASE("an outlet's short name is the full name the article gave it before",
          "[ingest][speakers]") {
  const std::string text =
      "The harbour master spoke to the Dover Evening Post on Monday about the storm.\n\n"
      "The Post reported that two boats had sunk in the night.\n\n"
      "Fuel prices will rise again, the Lakeland Times said.\n\n"
      "Later, the Times wrote that the refinery had closed.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "two boats had sunk"), "Dover Evening Post");
  CheckOrganisation(Find(e, text, "the refinery had closed"), "Lakeland Times");
  // With no longer name before it, or one that is another name ("Post
  // Office"), the short name stays.
  const std::string alone =
      "The Post Office will close on Friday.\n\n"
      "The Post reported that the branch had lost money for years.\n";
  Extraction a = Run(alone);
  CHECK(Find(a, alone, "the branch had lost").speaker == "Post");
}

TEST_CASE("an adverb after a source goes with the verb: the name is still a name",
          "[ingest][speakers]") {
  const std::string text =
      "The bridge was closed for a week.\n\n"
      "Anna Kowalski rightly said the repairs were late.\n\n"
      "Local critics angrily said the fares were too high.\n\n"
      "Mr. Voss later told reporters that the tolls would stay.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the repairs were late"), "Anna Kowalski");
  CheckUnnamedRole(Find(e, text, "the fares were too high"), "Local critics");
  CheckPerson(Find(e, text, "the tolls would stay"), "Voss");
}

TEST_CASE("the one asked answers, not the questioner", "[ingest][speakers]") {
  const std::string text =
      "Senator Tom Reed spoke on Monday about the budget.\n\n"
      "\"We will cut the deficit,\" Reed said.\n\n"
      "The reporter Mark Hill asked him about the tax plan. \"It is fair,\" he said.\n\n"
      "Anchor Lisa Bell asked Reed whether he would run. \"Not this year,\" he said.\n\n"
      "Reed asked Dan Moss to lead the campaign. \"Dan is the best,\" he said.\n";
  Extraction e = Run(text);
  // (The last: a request, "asked Dan Moss to lead", is no question; the
  // asker goes on.)
  for (std::string_view answer : {"It is fair", "Not this year", "Dan is the best"})
    CheckPerson(Find(e, text, answer), "Tom Reed");
}

TEST_CASE("a surname that is also a given name is the full name of the other gender",
          "[ingest][speakers]") {
  // "Francis" and "Leslie" are given names too: alone they are surnames, and
  // give no gender that would keep them from Joan Francis or Mark Leslie.
  const std::string text =
      "At a hearing last week, Mayor Joan Francis defended the harbour plan.\n\n"
      "\"We will finish the harbour by spring,\" Francis said in an interview.\n\n"
      "Port director Mark Leslie was at the hearing too.\n\n"
      "\"The dredging starts in May,\" Leslie said.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "We will finish the harbour"), "Joan Francis");
  CheckPerson(Find(e, text, "The dredging starts"), "Mark Leslie");
}

TEST_CASE("a surname written with another apostrophe is the same surname",
          "[ingest][speakers]") {
  const std::string text =
      "Fire Commissioner Patrick O\xE2\x80\x99" "Dwyer spoke at the scene on Sunday.\n\n"
      "\"The cause has not been determined,\" O'Dwyer said.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "The cause has not been"), "Patrick O\xE2\x80\x99" "Dwyer");
}

TEST_CASE("an honorific never resolves to a person the article shows of the other gender",
          "[ingest][speakers]") {
  // The couple is named together first; the article then shows Noor Rahim
  // to be a woman ("she"), so "Mr. Rahim" is Tariq Rahim.
  const std::string couple = "Tariq and Noor Rahim opened a bakery in Leeds last spring.\n\n";
  const std::string mister = "Mr. Rahim said the council had ignored their letters.\n";
  const std::string text = couple +
                           "Noor Rahim says she bakes the bread before dawn.\n\n"
                           "Tariq Rahim, 58, said the rent had doubled.\n\n" +
                           mister;
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the council had ignored"), "Tariq Rahim");
  // A name shown to be of the honorific's gender comes before one of
  // unknown gender named first.
  const std::string husband = couple + "Tariq Rahim, her husband, bakes the cakes.\n\n" + mister;
  Extraction h = Run(husband);
  CheckPerson(Find(h, husband, "the council had ignored"), "Tariq Rahim");
  // With no evidence, the first named keeps the surname.
  const std::string none = couple + mister;
  Extraction o = Run(none);
  CheckPerson(Find(o, none, "the council had ignored"), "Noor Rahim");
  // Shown by a noun in apposition ("her husband"), the other way round.
  const std::string noun =
      "Lena and Arvid Holm run the ferry to the island.\n\n"
      "Arvid Holm, her husband, fixes the engines. Lena Holm keeps the books.\n\n"
      "Mrs. Holm said the ferry would run all winter.\n";
  Extraction n = Run(noun);
  CheckPerson(Find(n, noun, "the ferry would run"), "Lena Holm");
}

TEST_CASE("a one-word short name in parentheses names the organisation before it",
          "[ingest][speakers]") {
  const std::string text =
      "Snow closed the pass on Sunday, the Nevada Department of Roads (Nevroads) said.\n\n"
      "Nevroads said the road would reopen on Tuesday.\n\n"
      "Senator Ann Ward (Nevada) toured the site.\n\n"
      "Ward said crews were working through the night.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "the road would reopen"), "Nevada Department of Roads");
  CheckPerson(Find(e, text, "crews were working"), "Ann Ward");
}

TEST_CASE("a participle with no complement and a verb's gerund object report nothing",
          "[ingest][speakers]") {
  const std::string text =
      "With all precincts reporting, Dana Cole won 54 percent of the vote.\n\n"
      "Cole led the county with 80 percent of precincts reporting.\n\n"
      "The statute requires stating the reason for any delay in writing.\n\n"
      "Local media reporting from the scene said the roof had collapsed.\n";
  Extraction e = Run(text);
  CHECK(WithContent(e, text, "Dana Cole won") == nullptr);
  CHECK(WithContent(e, text, "the reason for any delay") == nullptr);
  for (const Attribution& a : e.attributions) {
    CHECK(a.role.find("precincts") == std::string::npos);
    CHECK(a.role.find("requires") == std::string::npos);
  }
}

TEST_CASE("a relative clause after a capitalised plural is no part of the speaker",
          "[ingest][speakers]") {
  const std::string text =
      "The council met behind closed doors on Monday.\n\n"
      "On Tuesday, Senators who attended the briefing said the threat was real.\n\n"
      "Engineers who inspected the dam said the cracks were old.\n\n"
      "Later, Sen. Collins who chairs the panel said hearings would follow.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "the threat was real"), "Senators");
  CheckUnnamedRole(Find(e, text, "the cracks were old"), "Engineers");
  // (A surname after a title is a name: the clause stays out of no role.)
  CHECK(Find(e, text, "hearings would follow").speaker == "Collins");
}

TEST_CASE("an age before a name is no part of it", "[ingest][speakers]") {
  const std::string text =
      "The bus overturned on the bridge on Friday.\n\n"
      "Twelve-year-old Mira Okafor said the driver had braked hard.\n\n"
      "Fourteen-year-old Tobias said that the roof fell in and everyone started screaming.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the driver had braked hard"), "Mira Okafor");
  CheckPerson(Find(e, text, "the roof fell in"), "Tobias");
}

TEST_CASE("a verb after a title in a headline makes no name for a later surname",
          "[ingest][speakers]") {
  const std::string text =
      "Right After This Governor Praised Okafor, The Council Did Something Odd.\n\n"
      "Governor Ruth Adler praised the engineer Bill Okafor on Monday.\n\n"
      "\"I am humbled by the support,\" Okafor said.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "I am humbled"), "Bill Okafor");
}

TEST_CASE("a quantified or described capitalised plural is an unnamed group",
          "[ingest][speakers]") {
  const std::string text =
      "The harbour board voted to close the old pier on Friday.\n\n"
      "Several Senators said the vote had been rushed.\n\n"
      "Many liberal Democrats said the pier was a landmark.\n\n"
      "Lutherans who worship near the pier said the bells would stay.\n\n"
      "Germans who live in the town say the pier drew tourists.\n\n"
      "Americans said the ferry was too slow.\n\n"
      "The fishing season ended early. Economists believe the catch will recover.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "the vote had been rushed"), "Senators");
  CheckUnnamedRole(Find(e, text, "the pier was a landmark"), "liberal Democrats");
  CheckUnnamedRole(Find(e, text, "the bells would stay"), "Lutherans");
  // A nationality's people are no country.
  const Attribution& germans = Find(e, text, "the pier drew tourists");
  CheckUnnamedRole(germans, "Germans");
  CHECK(germans.source->in(text) == "Germans who live in the town");
  CheckUnnamedRole(Find(e, text, "the ferry was too slow"), "Americans");
  // A role noun capitalised because it opens a sentence, not the paragraph.
  CheckUnnamedRole(Find(e, text, "the catch will recover"), "Economists");
}

TEST_CASE("the state after a city is no source", "[ingest][speakers]") {
  const std::string text =
      "Governor Lena Marsh, who was to speak in Dayton, Ohio, on Friday to open the plant, "
      "said the jobs would stay.\n\n"
      "Pastor Ruth Gale, a volunteer from Tulsa, Oklahoma, said the shelter was full.\n";
  Extraction e = Run(text);
  for (const Attribution& a : e.attributions) {
    CHECK(a.speaker != "Ohio");
    CHECK(a.speaker != "Oklahoma");
  }
}

TEST_CASE("an all-capital word longer than an acronym is an organisation",
          "[ingest][speakers]") {
  const std::string text =
      "The mayor resigned on Tuesday.\n\n"
      "As HERALDNET revealed, the council had known for a month.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "the council had known"), "HERALDNET");
}

TEST_CASE("a plural possessive inside a name keeps the name whole", "[ingest][speakers]") {
  const std::string text =
      "The vote was held on Sunday.\n\n"
      "The Federated Growers' Council of Wessex said the count must be checked.\n\n"
      "Mr. Ruiz told the Dockers' Guild that the strike would end.\n\n"
      "Ms. Ortega called it 'a betrayal of the farmers' and left.\n\n"
      "The growers' union said the prices were too low.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "the count must be checked"),
                    "Federated Growers' Council of Wessex");
  // The mark opens no quotation: the content is the clause after the hearer.
  CHECK(Find(e, text, "the strike would end").speaker == "Ruiz");
  // A quotation closed by the mark stays a quotation.
  CHECK(WithContent(e, text, "' Ms.") == nullptr);
  CHECK(Find(e, text, "the prices were too low").speaker == "growers' union");
}

TEST_CASE("'it' after a one-word name no person's marks fit makes it an organisation",
          "[ingest][speakers]") {
  const std::string text =
      "A landslide closed the coast road on Friday.\n\n"
      "Roadwell said the road would reopen on Monday. It said crews were working "
      "through the night.\n\n"
      "Senator Maria Vance visited the site. Vance said the state would pay for the repairs. "
      "It said nothing about the cost.\n";
  Extraction e = Run(text);
  // Typed an organisation where it first spoke too: one name, one type.
  CheckOrganisation(Find(e, text, "the road would reopen"), "Roadwell");
  CheckOrganisation(Find(e, text, "crews were working"), "Roadwell");
  // A person named in full is no "it".
  CheckPerson(Find(e, text, "the state would pay"), "Maria Vance");
  const Attribution* nothing = WithContent(e, text, "nothing about the cost");
  if (nothing != nullptr) CHECK(nothing->speaker != "Maria Vance");
}

TEST_CASE("a capitalised plural of people the lists lack is a group", "[ingest][speakers]") {
  const std::string text =
      "The storm reached the coast overnight.\n\n"
      "Volcanologists said the eruption was over.\n\n"
      "Okonkwo said the harbour would stay closed.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "the eruption was over"), "Volcanologists");
  // (Not every capitalised word in s: a surname is no group.)
  CheckPerson(Find(e, text, "the harbour would stay closed"), "Okonkwo");
}

TEST_CASE("people who attended an event are speakers, the event is not",
          "[ingest][speakers]") {
  const std::string text =
      "The mayor spoke in the square on Saturday.\n\n"
      "Voters who attended the rally said they felt ignored.\n\n"
      "The rally said nothing new.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "they felt ignored"), "Voters");
  CHECK(WithContent(e, text, "nothing new") == nullptr);
}

TEST_CASE("a place is no speaker: a city's state describes who speaks, a country speaks as one",
          "[ingest][speakers]") {
  const std::string text =
      "The primary was held on Saturday.\n\n"
      "A farmer from Dillon, South Carolina, said the turnout was low.\n\n"
      "A nurse in Salem, Oregon, said the lines were long.\n\n"
      "Paraguay said the border would stay open.\n\n"
      "Voters in Alabama, Georgia and Virginia said they wanted change.\n\n"
      "Rosa Delgado, a teacher from Ames, Iowa, said the debate mattered.\n\n"
      "Ivan Petrov, of Laredo, Texas, said the wall would not work.\n\n"
      "Lena Ortiz of Tempe, Arizona says she will vote early.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the debate mattered"), "Rosa Delgado");
  CheckPerson(Find(e, text, "the wall would not work"), "Ivan Petrov");
  CheckPerson(Find(e, text, "she will vote early"), "Lena Ortiz");
  CheckUnnamedRole(Find(e, text, "the turnout was low"), "farmer");
  CheckUnnamedRole(Find(e, text, "the lines were long"), "nurse");
  CheckOrganisation(Find(e, text, "the border would stay open"), "Paraguay");
  const Attribution& voters = Find(e, text, "they wanted change");
  CHECK(voters.speaker.empty());
  CHECK(voters.co_speakers.empty());
}

TEST_CASE("a title word after a given name is a surname", "[ingest][speakers]") {
  const std::string text =
      "The hearing ended late.\n\n"
      "Representative Walter J. King, Republican of Ohio, said the bill was dead.\n\n"
      "Later, Mary Bishop said the vote would wait.\n";
  Extraction e = Run(text);
  const Attribution& king = Find(e, text, "the bill was dead");
  CheckPerson(king, "Walter J. King");
  CHECK(king.role == "Republican of Ohio");
  CheckPerson(Find(e, text, "the vote would wait"), "Mary Bishop");
}

TEST_CASE("an event is no speaker, the person who held it is", "[ingest][speakers]") {
  const std::string text =
      "The vote on the harbour was close.\n\n"
      "On Monday, the ferry operator's former partner Oskar Brandvik held a press conference "
      "claiming the mayor knew about the contract. He claimed to have the letters.\n\n"
      "Later that week, Governor Ines Kallio delivered a speech declaring the port open.\n\n"
      "The press conference insisted the tolls would fall.\n";
  Extraction e = Run(text);
  const Attribution& held = Find(e, text, "the mayor knew about the contract");
  CheckPerson(held, "Oskar Brandvik");
  CHECK(held.source->in(text) == "Oskar Brandvik");
  // The holder is the latest speaker a pronoun goes back to.
  CheckPerson(Find(e, text, "to have the letters"), "Oskar Brandvik");
  CheckPerson(Find(e, text, "the port open"), "Ines Kallio");
  // No holder named: what was said stays, with no source and no speaker node.
  for (const Attribution& a : e.attributions) CHECK(a.speaker != "press conference");
  const Attribution& unheld = Find(e, text, "the tolls would fall");
  CHECK(!unheld.source);
  CHECK(unheld.speaker.empty());
  CHECK(unheld.role.empty());
}

TEST_CASE("'they' is the group a sentence opens with after a prepositional phrase",
          "[ingest][speakers]") {
  const std::string text =
      "The harbour board met on Tuesday.\n\n"
      "On March 3, Lighthouse officials went to the police station where they claimed "
      "the lamps had been stolen.\n\n"
      "But throughout the winter, members within both guilds criticized the plan. They said "
      "the vote was rushed.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "the lamps had been stolen"), "Lighthouse officials");
  CheckUnnamedRole(Find(e, text, "the vote was rushed"), "members");
}

TEST_CASE("a person named inside a quotation takes no pronoun from the latest speaker",
          "[ingest][speakers]") {
  const std::string text =
      "Radio host Rob Vance said the station would keep its evening show.\n\n"
      "Mr. Vance is unapologetic about his aim. \u201cI am not hiding that I want Peter "
      "Lindqvist to be the next governor.\u201d After all, he says, \u201cI never claimed to "
      "be a reporter.\u201d\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "I never claimed"), "Rob Vance");
}

TEST_CASE("a pronoun right after 'X said' is X", "[ingest][speakers]") {
  const std::string text =
      "\u201cVictor Hale is a fraud,\u201d said Rep. Tom Pike, who leads the caucus.\n\n"
      "Members of the caucus met on Friday, shortly after Hale said he now believes the count "
      "was fair.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the count was fair"), "Victor Hale");
}

TEST_CASE("the subject after an opening phrase is the pronoun's antecedent",
          "[ingest][speakers]") {
  const std::string text =
      "Senator Paul Aldous introduced the bill in March.\n\n"
      "A spokesman, Tom Reed, said the bridge would be finished in May.\n\n"
      "In his statement on Tuesday, Aldous went further. \u201cThe delay is a disgrace,\u201d "
      "he said.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "The delay is a disgrace"), "Paul Aldous");
}

TEST_CASE("'he' is the subject of the sentence before, not a name inside its apposition",
          "[ingest][speakers]") {
  const std::string text =
      "The attack shocked the city.\n\n"
      "\"It is a tragedy,\" Mayor Lisa Grant said.\n\n"
      "Paul Ortega, a top adviser to then-President George W. Bush, also questioned the plan.\n\n"
      "\"There is no question that the plan will fail,\" he said.\n\n"
      "During the 2012 election, Brack Tolliver largely ran on the economy. He pledged that he "
      "would cut the rate to 6 percent.\n";
  Extraction e = Run(text);
  // (The initial's period ends no sentence: "Bush" opens none.)
  CheckPerson(Find(e, text, "There is no question"), "Paul Ortega");
  // A full name of no known gender as the subject of the sentence before.
  CheckPerson(Find(e, text, "he would cut the rate"), "Brack Tolliver");
}

TEST_CASE("the one a cue addresses is never its 'he'", "[ingest][speakers]") {
  const std::string text =
      "Senator Mark Vance toured the plant on Monday. Vance praised the workers.\n\n"
      "\"We need the jobs more than the praise,\" he told Vance.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "We need the jobs").speaker != "Mark Vance");
}

TEST_CASE("a surname that is also a common noun is the person named in full",
          "[ingest][speakers]") {
  const std::string text =
      "Police Chief Rebecca Law and Mayor John Price met on Monday.\n\n"
      "The city will hire 40 officers next year, Law said. Price said the budget was tight.\n\n"
      "\"We cannot wait for the next budget,\" she said.\n";
  Extraction e = Run(text);
  // "Law" reads as a document noun, "Price" as a common noun: both are people here.
  CheckPerson(Find(e, text, "The city will hire"), "Rebecca Law");
  CheckPerson(Find(e, text, "the budget was tight"), "John Price");
  CheckPerson(Find(e, text, "We cannot wait"), "Rebecca Law");
}

TEST_CASE("a given name alone opening the sentence before is its 'he'", "[ingest][speakers]") {
  const std::string text =
      "Senator Ted Marsh visited the base in March.\n\n"
      "Bob agreed to talk on the condition that his last name not be used. \"I thought I would "
      "regret it if I did not,\" he said.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "I thought I would regret"), "Bob");
}

TEST_CASE("a pronoun in the question put to someone is the one asked", "[ingest][speakers]") {
  const std::string text =
      "Senator Paul Dorn and Governor Nick Ames met in the last debate.\n\n"
      "Moderator Jane Holt started the exchange off by asking Ames why he decided to attack "
      "Dorn personally when he had stated last month that he did not want to go that route.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "he did not want to go that route"), "Nick Ames");
}

TEST_CASE("the one who asked, in the passive, is not the answer's 'he'", "[ingest][speakers]") {
  const std::string text =
      "Sens. Rand Pell (Ky.) and Paul Dorn (Fla.) debated tax credits at Tuesday's debate.\n\n"
      "The senator was asked by Fox Business moderator Gerard Banks whether his proposed "
      "expansion of child tax credits would risk adding another expensive program to the "
      "budget.\n\n"
      "The Florida senator's answer was that the family is the most important institution. But "
      "he had a bit of a slip.\n\n"
      "\"The most important job I will ever have is the job of being a parent,\" he said.\n";
  Extraction e = Run(text);
  CHECK(Find(e, text, "The most important job").speaker != "Gerard Banks");
}

TEST_CASE("a title written in capitals before a name is the role, not part of the name",
          "[ingest][speakers]") {
  const std::string text =
      "Co-moderator Andrea Pike asked the candidates about the deficit.\n\n"
      "County Recorder Helen Marsh said the lines at the polling stations were too long.\n";
  Extraction e = Run(text);
  const Attribution& lines = Find(e, text, "the lines at the polling stations");
  CheckPerson(lines, "Helen Marsh");
  CHECK(lines.role == "County Recorder");
}

TEST_CASE("a first name alone, with or without a title, is the one person of that first name",
          "[ingest][speakers]") {
  const std::string text =
      "The director of the institute, Dr Anwarul Sabrina Kadir, said four people had died.\n\n"
      "According to Dr Anwarul, two of them were older than 60.\n\n"
      "Finance Minister Zhou Wenbo defended the plan on Monday. Mr. Zhou said the deficit would "
      "narrow next year.\n";
  Extraction e = Run(text);
  // "Anwarul" is in no list: the article names one person so.
  CheckPerson(Find(e, text, "two of them were older"), "Anwarul Sabrina Kadir");
  // A family name written first: "Zhou" opens the full name.
  CheckPerson(Find(e, text, "the deficit would narrow"), "Zhou Wenbo");
}

TEST_CASE("a named speaker joined with unnamed others speaks, and a fronted phrase is no source",
          "[ingest][speakers]") {
  const std::string text =
      "The study of the ants was published on Monday.\n\n"
      "Dr. Nick Varga of the University of Helsinki leads the team. In the paper, Varga and "
      "colleagues describe ants that appear to treat themselves.\n\n"
      "To voters stuck with a candidate who wrote some of our harshest laws, I say, \"There is "
      "a real party of peace.\"\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "ants that appear to treat"), "Nick Varga");
  const Attribution& peace = Find(e, text, "There is a real party");
  REQUIRE(peace.source.has_value());
  CHECK(peace.source->in(text) == "I");
}

TEST_CASE("'the spokesman' is the spokesperson met before, 'the agency' and 'the bank' the one named",
          "[ingest][speakers]") {
  const std::string text =
      "Halvern Oil Inc said it had not received a new offer from Dunmore Corp.\n\n"
      "A Halvern spokesman said the company would appeal the ruling. \"We have no plans to "
      "sell,\" the spokesman said.\n\n"
      "Presidential spokesman Teo Varela denied reports of a plot. The presidential spokesman "
      "said the army remained loyal.\n\n"
      "The Pan American Health Organisation said cases had risen to 4,000. The agency said it "
      "expected the number to double.\n\n"
      "The Nordbank left its rate unchanged at 3.0 pct, a central bank spokesman said. The bank "
      "said money supply growth remained above its target.\n";
  Extraction e = Run(text);
  const Attribution& sell = Find(e, text, "We have no plans to sell");
  CheckOrganisation(sell, "Halvern Oil Inc");
  CHECK(sell.role == "spokesman");
  CheckPerson(Find(e, text, "the army remained loyal"), "Teo Varela");
  CheckOrganisation(Find(e, text, "it expected the number"), "Pan American Health Organisation");
  CheckOrganisation(Find(e, text, "The Nordbank left"), "Nordbank");
  CheckOrganisation(Find(e, text, "money supply growth"), "Nordbank");
}

TEST_CASE("a company's name without its organisation word and designators is the company",
          "[ingest][speakers]") {
  const std::string text =
      "Northern Westhaven Bank Plc said pretax profits rose 15 pct. Northern Westhaven said bad "
      "debt provisions fell.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "bad debt provisions fell"), "Northern Westhaven Bank Plc");
}

TEST_CASE("who issued a statement speaks through it, and 'the group' is them after",
          "[ingest][speakers]") {
  const std::string text =
      "The parade went ahead on Sunday.\n\n"
      "The Riverside Tenants Union issued a statement saying it would withdraw from the event.\n\n"
      "\"We cannot march beside the police this year,\" the group said.\n\n"
      "On Monday, Harbor Watch President Jessica Marlowe released a statement saying the rule "
      "would harm the river.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "it would withdraw"), "Riverside Tenants Union");
  CheckOrganisation(Find(e, text, "We cannot march"), "Riverside Tenants Union");
  CheckPerson(Find(e, text, "the rule would harm"), "Jessica Marlowe");
}

TEST_CASE("the subject that issued a statement is the source of what it says",
          "[ingest][speakers]") {
  const std::string text =
      "The harbour fund ran dry on Friday.\n\n"
      "Senate Leader Moira Castle (R-Ore.) issued a statement Saturday saying that the fund "
      "must be refilled before the storm season.\n\n"
      "Later, the Coastal Ferry Alliance released a statement saying crossings would stop.\n\n"
      "Citizens for Clear Water issued a statement saying it would sue the port.\n\n"
      "\"The port has ignored us for years,\" the group said.\n";
  Extraction e = Run(text);
  const Attribution& refill = Find(e, text, "the fund must be refilled");
  CheckPerson(refill, "Moira Castle");
  REQUIRE(refill.source);
  CHECK(refill.source->in(text).starts_with("Senate Leader Moira Castle"));
  CheckOrganisation(Find(e, text, "crossings would stop"), "Coastal Ferry Alliance");
  // No given name and no title: the issuer is an organisation, and "the
  // group" after it is that organisation.
  CheckOrganisation(Find(e, text, "it would sue the port"), "Citizens for Clear Water");
  CheckOrganisation(Find(e, text, "The port has ignored us"), "Citizens for Clear Water");
}

TEST_CASE("a possessive before a noun in -s is no subject of a coordinated cue",
          "[ingest][speakers]") {
  const std::string text =
      "Councillor Ann Kell spoke at the hall on Monday.\n\n"
      "Kell often questions Lund's ties to the builders and has called for the council to "
      "publish its contracts.\n\n"
      "Kell has attacked Lund's plans for the harbour and vowed to block them in the vote.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the council to publish"), "Ann Kell");
  // Lund is never the one who called for it or vowed it.
  for (const Attribution& a : e.attributions) CHECK(a.speaker.find("Lund") == std::string::npos);
}

TEST_CASE("organisation names read whole, and 'the company' is no union",
          "[ingest][speakers]") {
  const std::string text =
      "Workers at Dover Ferries walked out on Monday.\n\n"
      "Dover Ferries said it would not raise wages this year.\n\n"
      "The Amalgamated Workers of Kent, the union representing the crews, said the strike "
      "would go on.\n\n"
      "The company said it had offered a bonus instead.\n\n"
      "The Westfield Academy of Music announced that its hall would close.\n\n"
      "A teacher mistakenly thought the ticket office was shut.\n";
  Extraction e = Run(text);
  // A name ending on a plural common noun is a firm; one going on after
  // "of" is read to its end.
  CheckOrganisation(Find(e, text, "it would not raise wages"), "Dover Ferries");
  CheckOrganisation(Find(e, text, "the strike would go on"), "Amalgamated Workers of Kent");
  CheckOrganisation(Find(e, text, "it had offered a bonus"), "Dover Ferries");
  CheckOrganisation(Find(e, text, "its hall would close"), "Westfield Academy of Music");
  // An adverb ends no role.
  CheckUnnamedRole(Find(e, text, "the ticket office was shut"), "teacher");
}

TEST_CASE("'the statement' is its issuer's when the text says who put it out",
          "[ingest][speakers]") {
  const std::string text =
      "The storm hit the coast on Monday.\n\n"
      "In Dover, Governor Ann Harlow released a statement Thursday night condemning the "
      "delay.\n\n"
      "\"We stand with the families,\" the statement said.\n\n"
      "Days later, the Harbour Museum issued a statement of concern about the closures. The "
      "statement urged leaders to reopen the pier.\n\n"
      "General Motors said its plant would reopen in May.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "We stand with the families"), "Ann Harlow");
  CheckOrganisation(Find(e, text, "leaders to reopen"), "Harbour Museum");
  // A title word opening a firm's name makes no person "Motors".
  CheckOrganisation(Find(e, text, "its plant would reopen"), "General Motors");
}

TEST_CASE("a reflexive pronoun after a name goes with the verb", "[ingest][speakers]") {
  const std::string text =
      "Governor Ann Harlow spoke in Dover on Monday.\n\n"
      "Ms. Harlow herself said the plan was sound.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "the plan was sound");
  CheckPerson(a, "Ann Harlow");
  REQUIRE(a.source);
  CHECK(a.source->in(text) == "Ms. Harlow");
}

TEST_CASE("a lone capitalised plural of a kind of people is an unnamed group",
          "[ingest][speakers]") {
  const std::string text =
      "The march passed the court on Sunday.\n\n"
      "Demonstrators said they wanted the case reopened.\n\n"
      "Mourners say the loss was hard to bear.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "they wanted the case"), "Demonstrators");
  CheckUnnamedRole(Find(e, text, "the loss was hard"), "Mourners");
}

TEST_CASE("a name with an acronym in parentheses after it is an organisation",
          "[ingest][speakers]") {
  const std::string text =
      "Flooding closed the coast road on Tuesday.\n\n"
      "The Institute of Hydrology, Coastal Defence and Research (IHCDR) said the sea wall had "
      "failed in two places.\n\n"
      "Harbour Lines Norwich (HLN) said its ferries would not sail.\n\n"
      "Dana Pryor of the Regional Water Board (RWB) said the pumps were working.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "the sea wall had failed"), "IHCDR");
  CheckOrganisation(Find(e, text, "its ferries would not sail"), "Harbour Lines Norwich");
  CheckPerson(Find(e, text, "the pumps were working"), "Dana Pryor");
}

TEST_CASE("'his office', 'her campaign' and 'his spokesman' belong to the person meant",
          "[ingest][speakers]") {
  const std::string text =
      "Senator Paul Ostrander criticised the bridge plan on Friday. His office said the state "
      "cannot pay for it.\n\n"
      "Governor Anna Velez backed the plan. Her campaign said the bridge would bring jobs.\n\n"
      "Mayor Tomas Quill stayed away from the vote. His spokesman said the mayor was ill.\n\n"
      "The three councillors voted against it. Their office said the vote was rushed.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "the state cannot pay"), "Paul Ostrander's office");
  CheckOrganisation(Find(e, text, "the bridge would bring jobs"), "Velez campaign");
  const Attribution& ill = Find(e, text, "the mayor was ill");
  CheckPerson(ill, "Tomas Quill");
  CHECK(ill.role == "spokesman");
  // No one "their" can be named for: an unnamed role, never a node "office".
  const Attribution& rushed = Find(e, text, "the vote was rushed");
  CHECK(rushed.speaker.empty());
  CHECK(rushed.role == "office");
}

TEST_CASE("a place word after a given name is a surname, and 'the veteran Democrat' a person",
          "[ingest][speakers]") {
  const std::string text =
      "The Democrat said the count was fair.\n\n"
      "Rep. Tom Jordan (R-Ohio) said the hearing would resume in March. \"We have more "
      "questions,\" Jordan said.\n\n"
      "Marta Israel, a lawyer for the town, said the permit was valid.\n\n"
      "Officials at George Washington University said the lab stayed closed.\n\n"
      "Rep. Dana Whitcombe spoke to donors in Albany on Monday. The veteran Democrat said the "
      "seat was safe.\n\n"
      "Jordan said it would keep its border open.\n";
  Extraction e = Run(text);
  const Attribution& hearing = Find(e, text, "the hearing would resume");
  CheckPerson(hearing, "Tom Jordan");
  CHECK(hearing.role == "Rep.");
  CheckPerson(Find(e, text, "We have more questions"), "Tom Jordan");
  CheckPerson(Find(e, text, "the permit was valid"), "Marta Israel");
  // A place before a capitalised word is no surname: the university is no
  // person "George Washington".
  for (const Attribution& a : e.attributions) CHECK(a.speaker != "George Washington");
  const Attribution& safe = Find(e, text, "the seat was safe");
  CheckPerson(safe, "Dana Whitcombe");
  CHECK(safe.role == "veteran Democrat");
  // The country itself, where what it said speaks of "it".
  CheckOrganisation(Find(e, text, "it would keep its border"), "Jordan");
  // One of a party with no one before to stand for: a role of the story,
  // never the party or a node "Democrat".
  CheckUnnamedRole(Find(e, text, "the count was fair"), "Democrat");
}

TEST_CASE("a month after a given name is a surname", "[ingest][speakers]") {
  const std::string text =
      "Prime Minister Helen May said on Tuesday that the talks would resume. \"We are making "
      "progress,\" May said.\n\n"
      "Officials met Kerry May 3 to discuss the budget, the agency said.\n";
  Extraction e = Run(text);
  const Attribution& talks = Find(e, text, "the talks would resume");
  CheckPerson(talks, "Helen May");
  CHECK(talks.role == "Prime Minister");
  CheckPerson(Find(e, text, "We are making progress"), "Helen May");
  // A month before a day's number stays a date.
  for (const Attribution& a : e.attributions) CHECK(a.speaker != "Kerry May");
}

TEST_CASE("a name written family name first goes by its first word", "[ingest][speakers]") {
  const std::string text =
      "Secretary-General Pak Tae-hun said on Monday that the ceasefire was holding. \"The "
      "violence must stop,\" Pak said.\n\n"
      "The mayor said the roads were open. Fact-checkers noted that the figure was wrong. "
      "Census-takers said respondents were afraid to answer.\n\n"
      "The inn closed in 2004, when its new owner Seo Min-jun bought it. Mr Seo said he would "
      "restore the hall.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the ceasefire was holding"), "Pak Tae-hun");
  CheckPerson(Find(e, text, "The violence must stop"), "Pak Tae-hun");
  // Learned where it is no source, and found by the honorific's surname.
  CheckPerson(Find(e, text, "he would restore the hall"), "Seo Min-jun");
  // A capitalised compound whose last part is a plural of people is a group,
  // no person.
  CheckUnnamedRole(Find(e, text, "the figure was wrong"), "Fact-checkers");
  CheckUnnamedRole(Find(e, text, "respondents were afraid"), "Census-takers");
}

TEST_CASE("a lower-case particle inside a person's name is part of the name",
          "[ingest][speakers]") {
  const std::string text =
      "Anton de Wet, a professor of law in Durban, said the ruling was sound. \"It is a good "
      "day,\" Mr. de Wet said.\n\n"
      "Central bank director Carlos Augusto da Lima said the debt had fallen.\n\n"
      "Officials at Universidad de Chile said classes resumed.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the ruling was sound"), "Anton de Wet");
  CheckPerson(Find(e, text, "It is a good day"), "Anton de Wet");
  const Attribution& debt = Find(e, text, "the debt had fallen");
  CheckPerson(debt, "Carlos Augusto da Lima");
  CHECK(debt.role == "Central bank director");
  // A particle before a place joins no person's name.
  for (const Attribution& a : e.attributions)
    CHECK(a.speaker.find("Universidad") == std::string::npos);
}

TEST_CASE("'the company' is the one lone word that spoke with no person's marks",
          "[ingest][speakers]") {
  const std::string text =
      "Zorbex announced a new warehouse in Ohio on Monday. The company said the site would "
      "employ 1,000 people.\n\n"
      "Defence Minister Ichiro Tanabe said the drills would go on. Tanabe said the navy was "
      "ready. The ministry said two ships had left port.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "a new warehouse"), "Zorbex");
  CheckOrganisation(Find(e, text, "the site would employ"), "Zorbex");
  CheckPerson(Find(e, text, "the navy was ready"), "Ichiro Tanabe");
  // A person's surname is no ministry.
  const Attribution& ships = Find(e, text, "two ships had left");
  CHECK(ships.speaker != "Ichiro Tanabe");
  CHECK(ships.speaker != "Tanabe");
}

TEST_CASE("a name after a title phrase with a complement is the speaker",
          "[ingest][speakers]") {
  const std::string text =
      "Speaker of the House Rep. Dale Whitford (R-WI) said the images had no place in a "
      "campaign.\n\n"
      "Undersecretary for Education Mr. Tomasetti says many schools will raise their fees.\n\n"
      "Advisers to Mr. Whitford say the vote will wait.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the images had no place"), "Dale Whitford");
  CheckPerson(Find(e, text, "many schools will raise"), "Tomasetti");
  // Those who speak for him are not he.
  CHECK(Find(e, text, "the vote will wait").speaker.empty());
}

TEST_CASE("no person is named by a word after an ordinal or by a gerund or compound of things",
          "[ingest][speakers]") {
  const std::string text =
      "The 14th Amendment states that all persons born in the country are citizens.\n\n"
      "Polling shows that the public is not comfortable with the plan.\n\n"
      "E-mails in the copy detailed his business affairs.\n";
  Extraction e = Run(text);
  for (const Attribution& a : e.attributions) {
    CHECK(a.speaker != "Amendment");
    CHECK(a.source_type != SourceType::kPerson);
  }
  CHECK(Find(e, text, "the public is not comfortable").speaker.empty());
  CHECK(Find(e, text, "his business affairs").source_type == SourceType::kDocument);
}

TEST_CASE("a poll or research is its pollster's", "[ingest][speakers]") {
  const std::string text =
      "A new Halloran poll showed that 55 percent of voters backed the plan.\n\n"
      "Ward has raised $2.7 million from donors, according to new Ventrix research.\n\n"
      "Exit polls showed that turnout was high.\n\n"
      "A survey by Marta Quiles found that most tenants paid on time.\n\n"
      "Recent polling by Democratic organizations indicated that the mayor was popular.\n";
  Extraction e = Run(text);
  // What describes the pollsters names none of them.
  const Attribution& popular = Find(e, text, "the mayor was popular");
  CHECK(popular.speaker.empty());
  CHECK(popular.source_type == SourceType::kDocument);
  CheckOrganisation(Find(e, text, "55 percent of voters"), "Halloran");
  CheckOrganisation(Find(e, text, "Ward has raised"), "Ventrix");
  // A word capitalised for opening the sentence is no pollster.
  CHECK(Find(e, text, "turnout was high").speaker.empty());
  CheckPerson(Find(e, text, "most tenants paid"), "Marta Quiles");
}

TEST_CASE("'the health minister' is not a minister of another office", "[ingest][speakers]") {
  const std::string text =
      "Transport Minister Ravi Menon said the runway had been cleared. The local health minister "
      "said the injured were taken to two hospitals.\n\n"
      "Finance Minister Leela Rao said the budget was balanced. The finance minister said taxes "
      "would not rise.\n";
  Extraction e = Run(text);
  CheckPerson(Find(e, text, "the runway had been"), "Ravi Menon");
  // Another minister, whom the article does not name: a role, not Menon.
  CheckUnnamedRole(Find(e, text, "the injured were"), "local health minister");
  CheckPerson(Find(e, text, "taxes would not rise"), "Leela Rao");
}

TEST_CASE("a lone word that opens an organisation's name the article gave is that organisation",
          "[ingest][speakers]") {
  const std::string text =
      "The State Department released 900 pages of the files on Friday.\n\n"
      "State said it would release the rest in March.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "it would release the rest"), "State Department");
}

TEST_CASE("a person's campaign has one name however the text writes its owner",
          "[ingest][speakers]") {
  const std::string text =
      "Senator Maria Delgado's campaign said the ads would run in May.\n\n"
      "Mrs. Delgado's campaign said the polls were wrong.\n\n"
      "The Delgado campaign said it had raised $2 million.\n\n"
      "Delgado's team said the debate would go ahead.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "the ads would run"), "Delgado campaign");
  CheckOrganisation(Find(e, text, "the polls were wrong"), "Delgado campaign");
  CheckOrganisation(Find(e, text, "it had raised"), "Delgado campaign");
  CheckOrganisation(Find(e, text, "the debate would go"), "Delgado team");
}

TEST_CASE("'the oil giant' and 'the drugstore chain' are the company the story named",
          "[ingest][speakers]") {
  const std::string text =
      "Halvern Petroleum Corp said its first quarter profit fell 20 pct.\n\n"
      "The oil giant said it would cut spending by 10 pct this year.\n\n"
      "Marlow Drug Co said sales rose 5 pct in March.\n\n"
      "The drugstore chain said it would open 200 stores.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "it would cut spending"), "Halvern Petroleum Corp");
  CheckOrganisation(Find(e, text, "it would open 200"), "Marlow Drug Co");
}

TEST_CASE("'the commission' is the commission the story named with its complement",
          "[ingest][speakers]") {
  const std::string text =
      "The Commission on Coastal Planning met in Dover on Monday. The commission said the sea "
      "wall would be raised.\n\n"
      "Members of the Regional Council for Rural Transport voted on Tuesday. The council said "
      "two bus routes would close.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "the sea wall would"), "Commission on Coastal Planning");
  CheckOrganisation(Find(e, text, "two bus routes"), "Regional Council for Rural Transport");
}

TEST_CASE("'the company said' after a content naming one company is that company",
          "[ingest][speakers]") {
  // Three wire stories, each the first the company speaks in.
  const std::string profit =
      "Halvern Mills Corp net profit fell 3 pct to 40 mln dlrs in the first quarter, the "
      "company said.\n";
  CheckOrganisation(Find(Run(profit), profit, "Halvern Mills Corp net"), "Halvern Mills Corp");
  const std::string sales = "Sales at Marlow Drug Co rose 5 pct in March, the company said.\n";
  CheckOrganisation(Find(Run(sales), sales, "Sales at Marlow"), "Marlow Drug Co");
  // Two companies in what was said: which one spoke, the text does not say.
  const std::string deal =
      "Dorset Paper Inc agreed to buy Kestrel Board Corp for 90 mln dlrs, the company said.\n";
  CHECK(Find(Run(deal), deal, "Dorset Paper Inc agreed").speaker.empty());
}

TEST_CASE("quantified groups are roles, quantities and sentence-opening determiners no names",
          "[ingest][speakers]") {
  const std::string text =
      "The ferry sank on Thursday.\n\n"
      "One of the officials said the crew had been warned.\n\n"
      "Some local press said the captain was speeding.\n\n"
      "Multiple news outlets reported that the ferry had no licence.\n\n"
      "Four ferry operators \u2014 including two from the islands \u2014 said the fares would "
      "rise.\n\n"
      "A former harbour master -- Jon Hale -- said the captain was to blame.\n\n"
      "Meanwhile, the total reported injuries increased to 40.\n\n"
      "The proclamation said the emergency began on March 1.\n";
  Extraction e = Run(text);
  CheckUnnamedRole(Find(e, text, "the crew had been warned"), "officials");
  CheckUnnamedRole(Find(e, text, "the captain was speeding"), "local press");
  CheckUnnamedRole(Find(e, text, "the ferry had no licence"), "Multiple news outlets");
  // The members an aside names are no part of the group's role.
  CheckUnnamedRole(Find(e, text, "the fares would rise"), "ferry operators");
  // A person an aside names is the speaker, the words before the role.
  const Attribution& named = Find(e, text, "the captain was to blame");
  CheckPerson(named, "Jon Hale");
  CHECK(named.role == "former harbour master");
  CHECK(WithContent(e, text, "injuries increased") == nullptr);
  CheckUnnamedDocument(Find(e, text, "the emergency began"), "proclamation");
}

TEST_CASE("'he' after a sentence whose subject is a person of unknown gender is that person",
          "[ingest][speakers]") {
  const std::string text =
      "Central Asia weighs the new railway\n\n"
      "\"The debt is a risk for us,\" said Dossym Tulegenov, an analyst in Almaty.\n\n"
      "Kazakhstan's transport minister, Askar Mamyrov, plays down the concerns. The railway "
      "will pay for itself, he says.\n\n"
      "Rep. Oyelaran Adeyemi (D-Calif.) last month joked to Treasury Secretary Janet Moss that "
      "the loans were a gift. \"It is a very generous gift,\" he said at a hearing.\n\n"
      "Temirlan Sadykov, a trader from Aktau, Mangystau, is among those who doubt it. He has "
      "seen two railways fail, and he does not think the third will be different.\n\n"
      "The plan is a \"gamble, because it's a bet by Dossym Tulegenov and nobody else,\" he "
      "said.\n";
  Extraction e = Run(text);
  // An earlier speaker whose gender nothing tells does not take the pronoun
  // from the person the article has just turned to.
  CheckPerson(Find(e, text, "The railway will pay"), "Askar Mamyrov");
  CheckPerson(Find(e, text, "It is a very generous gift"), "Oyelaran Adeyemi");
  // Nor does a name quoted in what the pronoun itself says.
  CheckPerson(Find(e, text, "The plan is a"), "Temirlan Sadykov");
}

TEST_CASE("motions and advisories and ad trackers are documents named in full",
          "[ingest][speakers]") {
  const std::string text =
      "Storm Edda nears the coast\n\n"
      "The advisory noted that waves of nine metres were likely on Sunday.\n\n"
      "Two towns filed a motion on Friday. The motion claims the permit broke the water law.\n\n"
      "The council spent 2 million on radio spots, according to a regional ad tracker.\n";
  Extraction e = Run(text);
  for (const char* content :
       {"waves of nine metres", "the permit broke the water law", "The council spent"}) {
    const Attribution& a = Find(e, text, content);
    INFO(content);
    CHECK(a.source_type == SourceType::kDocument);
    CHECK(a.speaker.empty());
  }
  // (Was "regional ad": the document nouns in a row name it.)
  CHECK(Find(e, text, "The council spent").role == "regional ad tracker");
}

TEST_CASE("'the letter' after 'its letter' or 'Halvorsen's report' is its owner's",
          "[ingest][speakers]") {
  const std::string text =
      "The ferry vanished on Monday\n\n"
      "Halvorsen Energy Corp defended the crew in its letter to the board.\n\n"
      "The letter said the crew had followed every rule.\n\n"
      "Daniel Solberg's latest annual report was published in May.\n\n"
      "The report says the fleet had passed every inspection.\n\n"
      "Lindgren Shipping's emails were released on Friday.\n\n"
      "The emails show that the board knew of the fault.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "the crew had followed"), "Halvorsen Energy Corp");
  CheckPerson(Find(e, text, "the fleet had passed"), "Daniel Solberg");
  // Emails are no claims of their owner's: the document speaks.
  const Attribution& emails = Find(e, text, "the board knew");
  CHECK(emails.speaker.empty());
  CHECK(emails.source_type == SourceType::kDocument);
}

TEST_CASE("a school district and a police department who say one thing are two speakers",
          "[ingest][speakers]") {
  const std::string text =
      "A student was detained over a science project\n\n"
      "Both the Marlow Independent School District and the Marlow Police Department said "
      "that the device was never a danger.\n";
  Extraction e = Run(text);
  const Attribution& a = Find(e, text, "the device was never a danger");
  CheckOrganisation(a, "Marlow Independent School District");
  CHECK(a.co_speakers == std::vector<std::string>{"Marlow Police Department"});
}

TEST_CASE("a name before an apposition that ends on a lower-case title speaks",
          "[ingest][speakers]") {
  const std::string text =
      "Hungary lost the final\n\n"
      "After the race, Tomas Varga, Hungary coach, said the team had learned a lot.\n\n"
      "Ilse Brandt, the club's attorney, argues that the ban was never lawful.\n";
  Extraction e = Run(text);
  // (Was a role "Hungary coach,": a title with no determiner before it.)
  const Attribution& coach = Find(e, text, "the team had learned");
  CheckPerson(coach, "Tomas Varga");
  CHECK(coach.role == "Hungary coach");
  CheckPerson(Find(e, text, "the ban was never lawful"), "Ilse Brandt");
}

TEST_CASE("in wire copy 'it said' is the company of the lede, and its short name is it too",
          "[ingest][speakers]") {
  const std::string text =
      "HALVERN DATA TO BUY PRINTER MAKER\n\n"
      "KANSAS CITY, March 2 - Halvern Data Systems Inc said it completed the purchase of "
      "Brisco Printing from Delmar Holdings for about 21 mln dlrs.\n\n"
      "The sale was approved by the Missouri Public Service Commission in January and became "
      "effective March one. Brisco's management will continue to run the business, it said.\n\n"
      "Halvern Data said the purchase would add about 40 mln dlrs to its yearly sales.\n";
  Extraction e = Run(text);
  // Not the commission, named since but never speaking (was its claim).
  CheckOrganisation(Find(e, text, "Brisco's management will continue"),
                    "Halvern Data Systems Inc");
  // Not a person "Halvern Data".
  CheckOrganisation(Find(e, text, "the purchase would add"), "Halvern Data Systems Inc");

  // Two companies spoke: the "it" far from both is no one's by this rule.
  const std::string two =
      "KANSAS CITY, March 2 - Halvern Data Systems Inc said it agreed to buy Brisco "
      "Printing for 21 mln dlrs.\n\n"
      "Delmar Holdings Inc said it would use the proceeds to pay debt.\n\n"
      "The sale was approved by the Missouri Public Service Commission in January and became "
      "effective March one. Brisco's management will continue to run the business, it said.\n";
  Extraction e2 = Run(two);
  CHECK(Find(e2, two, "Brisco's management will continue").speaker !=
        "Halvern Data Systems Inc");
}

TEST_CASE("a company described before its name, or named as its owner's subsidiary, speaks "
          "under its own name",
          "[ingest][speakers]") {
  const std::string text =
      "NEW YORK, March 2 - Ohio-based overnight messenger Halvern Courier Corp said it agreed "
      "to be acquired for about 265 mln dlrs.\n\n"
      "Delmar Industries Inc's Brisco Lines Inc subsidiary said it sold two ships.\n\n"
      "Bank of New York Co said it would not bid.\n";
  Extraction e = Run(text);
  CheckOrganisation(Find(e, text, "it agreed to be acquired"), "Halvern Courier Corp");
  CheckOrganisation(Find(e, text, "it sold two ships"), "Brisco Lines Inc");
  CheckOrganisation(Find(e, text, "it would not bid"), "Bank of New York Co");
}

TEST_CASE("a name that says 'it would' or 'it had' of itself is a company's, wherever it speaks",
          "[ingest][speakers]") {
  const std::string text =
      "DALLAS, March 2 - Harwood Realty Partners said the buyer of its towers was a pension "
      "fund.\n\n"
      "Harwood Realty Partners said it would sell its office towers for 90 mln dlrs.\n\n"
      "Walter Brennan said it had been a hard year for the partners.\n";
  Extraction e = Run(text);
  // (Both were persons "Harwood Realty Partners".)
  CheckOrganisation(Find(e, text, "the buyer of its towers"), "Harwood Realty Partners");
  CheckOrganisation(Find(e, text, "it would sell its office towers"), "Harwood Realty Partners");
  // A given name opens a person's name, whatever "it" they speak of.
  CheckPerson(Find(e, text, "it had been a hard year"), "Walter Brennan");
}

TEST_CASE("a company's name in wire copy's brackets is whole and without them",
          "[ingest][speakers]") {
  const std::string text =
      "LONDON, March 2 - <Halvern (United Kingdom) Holding Co Ltd> said it was making an "
      "offer for up to 33 mln shares in Delmar Gas <DLG.L>.\n\n"
      "It said in a statement the offer would close on March 20.\n\n"
      "MONTREAL, March 2 - (Groupe Brisco Ltd) said it agreed to buy half of a maker of "
      "exhibits.\n\n"
      "Sen. Ted Cruz (R-Texas) said the bill would fail.\n";
  Extraction e = Run(text);
  // (Was no attribution, and "It" a company "Kingdom) Holding Co Ltd".)
  const Attribution& lede = Find(e, text, "it was making an offer");
  CheckOrganisation(lede, "Halvern United Kingdom Holding Co Ltd");
  // Offsets index the text as given: the ticker is still there.
  CHECK(lede.content.in(text).ends_with("Delmar Gas"));
  CheckOrganisation(Find(e, text, "the offer would close"), "Halvern United Kingdom Holding Co Ltd");
  CheckOrganisation(Find(e, text, "it agreed to buy half"), "Groupe Brisco Ltd");
  CheckPerson(Find(e, text, "the bill would fail"), "Ted Cruz");
}

TEST_CASE("designators of other countries and partnerships name companies, a place after "
          "the designator is no part of the name",
          "[ingest][speakers]") {
  const std::string text =
      "MILAN, March 2 - Delmonte SPA of Italy said its net profit rose to 1.5 billion lire.\n\n"
      "Dutch brewer Halvern NV said it would raise its dividend.\n\n"
      "Brisco Realty Partners said it had sold two office towers.\n\n"
      "Walter Brennan of Salomon Brothers said the price was fair.\n\n"
      "The Group of Seven said it would meet in Paris.\n";
  Extraction e = Run(text);
  // (Were persons "Delmonte SPA", "Halvern NV", "Brisco Realty Partners".)
  CheckOrganisation(Find(e, text, "its net profit rose"), "Delmonte SPA");
  CheckOrganisation(Find(e, text, "it would raise its dividend"), "Halvern NV");
  CheckOrganisation(Find(e, text, "it had sold two office towers"), "Brisco Realty Partners");
  CheckPerson(Find(e, text, "the price was fair"), "Walter Brennan");
  CheckOrganisation(Find(e, text, "it would meet in Paris"), "Group of Seven");
}

TEST_CASE("a description glued before a name by a hyphen is no part of it",
          "[ingest][speakers]") {
  const std::string text =
      "MONTREAL, March 2 - Montreal-based Halvern said it would close two plants.\n\n"
      "Minneapolis-based DLX said it had bought the airline.\n\n"
      "The London-based lawyer Jane Brisco said the deal was fair.\n";
  Extraction e = Run(text);
  // (Were an organisation "Montreal-based Halvern" and a person
  // "Minneapolis-based DLX".)
  CheckOrganisation(Find(e, text, "it would close two plants"), "Halvern");
  CheckOrganisation(Find(e, text, "it had bought the airline"), "DLX");
  CheckPerson(Find(e, text, "the deal was fair"), "Jane Brisco");
}

TEST_CASE("'the company' after a firm named as a Group is that firm",
          "[ingest][speakers]") {
  const std::string text =
      "PROVIDENCE, March 2 - Halvern Financial Group said its shareholders approved an "
      "increase in its authorized common stock.\n\n"
      "The company said shareholders approved the move at the annual meeting.\n";
  Extraction e = Run(text);
  // (Was a role "company": a name ending in "Group" counted only as a body of
  // civil society, which "the company" never is.)
  CheckOrganisation(Find(e, text, "shareholders approved the move"), "Halvern Financial Group");
}

TEST_CASE("sources named by an -ing noun speak, and 'they' right after them is them",
          "[ingest][speakers]") {
  const std::string text =
      "SYDNEY, March 2 - Tug crews lifted their ban on foreign ships, shipping sources said.\n\n"
      "The ban had prevented the movement of nearly 20 vessels, they said.\n\n"
      "The pound firmed in early trading, banking sources said.\n";
  Extraction e = Run(text);
  // (Were no attributions: "shipping" was taken for a participle opening a
  // clause.)
  CheckUnnamedRole(Find(e, text, "Tug crews lifted"), "shipping sources");
  CheckUnnamedRole(Find(e, text, "The ban had prevented"), "shipping sources");
  CheckUnnamedRole(Find(e, text, "The pound firmed"), "banking sources");
}

TEST_CASE("a document set off by its date speaks, never the clause it reports",
          "[ingest][speakers]") {
  const std::string text =
      "ROME, March 2 - Frost damaged oranges in Calabria, an agriculture officer said.\n\n"
      "The report, dated April 3, said the region accounts for about 22,000 hectares.\n";
  Extraction e = Run(text);
  // (The source was "the region accounts for about 22,000 hectares", a
  // document, and the content "The report, dated April 3".)
  CheckUnnamedDocument(Find(e, text, "the region accounts"), "report");
}

TEST_CASE("a spokesman for a described firm speaks for the firm named after the description",
          "[ingest][speakers]") {
  const std::string text =
      "ROTTERDAM, March 2 - A spokesman for the Dutch salvage firm Halvern International said "
      "the ship was afloat.\n\n"
      "A spokesman for the Italian state oil company said the cargo was safe.\n";
  Extraction e = Run(text);
  // (Was a role "spokesman" with no organisation.)
  const Attribution& firm = Find(e, text, "the ship was afloat");
  CheckOrganisation(firm, "Halvern International");
  CHECK(firm.role == "spokesman");
  // A description with no name after it names no one.
  CheckUnnamedRole(Find(e, text, "the cargo was safe"), "spokesman");
}


TEST_CASE("a spokesman for a firm set off by an apposition speaks for the firm, and 'he' "
          "after 'the spokesman' is him",
          "[ingest][speakers]") {
  const std::string text =
      "AMSTERDAM, March 2 - Half the crop is sown, a spokesman for Halvern Unie, the largest "
      "sugar processor in the Netherlands, told Reuters.\n\n"
      "Conditions are generally good, the spokesman added.\n\n"
      "\"It is far too early yet to say what we can expect,\" he said.\n\n"
      "Ice closed the river near Quincy, an Army Corps of Engineers spokesman said.\n\n"
      "Barges could have kept loading through the winter, he said.\n";
  Extraction e = Run(text);
  // (Was no one: the role's head was taken for "Corps".)
  CheckOrganisation(Find(e, text, "Barges could have kept"), "Army Corps of Engineers");
  // (Were a role "spokesman" for no one, and "he" no one at all.)
  const Attribution& lede = Find(e, text, "Half the crop is sown");
  CheckOrganisation(lede, "Halvern Unie");
  CHECK(lede.role == "spokesman");
  CheckOrganisation(Find(e, text, "Conditions are generally good"), "Halvern Unie");
  const Attribution& he = Find(e, text, "It is far too early");
  CheckOrganisation(he, "Halvern Unie");
  CHECK(he.role == "spokesman");
}


TEST_CASE("'they' after delegates is the delegates, 'the agency' after a statistics office "
          "or a news agency is it, a Trust is a firm",
          "[ingest][speakers]") {
  const std::string text =
      "LONDON, March 2 - The meeting was likely to adjourn tonight, delegates said.\n\n"
      "The council is expected to reconvene in September, they said.\n\n"
      "Exports rose 5.9 pct in February, Statistics Canada said.\n\n"
      "\"Recovery in the automotive sector helped push exports up,\" the agency said.\n\n"
      "Ghana will import crude oil from Iran, the Iranian news agency BRISCO reported.\n\n"
      "The agency said the accord was reached in Tehran.\n\n"
      "Halvern Oil Trust said there will be no cash distribution in March.\n\n"
      "Escrow accounts were the main factor, the company said.\n";
  Extraction e = Run(text);
  // (Were "they" for no one, a role "agency" twice, a person "Halvern Oil
  // Trust" and a role "company".)
  CheckUnnamedRole(Find(e, text, "The council is expected"), "delegates");
  CheckOrganisation(Find(e, text, "Recovery in the automotive"), "Statistics Canada");
  CheckOrganisation(Find(e, text, "the accord was reached"), "BRISCO");
  CheckOrganisation(Find(e, text, "there will be no cash"), "Halvern Oil Trust");
  CheckOrganisation(Find(e, text, "Escrow accounts were"), "Halvern Oil Trust");
}

TEST_CASE("'the Bank' written with its capital is the bank the article named",
          "[ingest][speakers]") {
  const std::string text =
      "LONDON, March 2 - The Bank of Halvernia said it provided the market 456 mln stg of "
      "assistance.\n\n"
      "The narrow measure of money supply fell by 0.2 pct, the Bank said.\n\n"
      "The U.S. Brisco Department said stocks of apples were larger.\n\n"
      "Imports have shown sharp gains, the Department said.\n\n"
      "Movement of canned fruit has improved, the department said.\n";
  Extraction e = Run(text);
  // (Were nodes "Bank" and "Department", and "the department" after two
  // spellings of it no one.)
  CheckOrganisation(Find(e, text, "The narrow measure"), "Bank of Halvernia");
  CheckOrganisation(Find(e, text, "Imports have shown"), "U.S. Brisco Department");
  CheckOrganisation(Find(e, text, "Movement of canned fruit"), "U.S. Brisco Department");
}


TEST_CASE("'It said' or 'They said' after a sentence that names no one is who spoke "
          "before it, after one that names someone it is no one",
          "[ingest][speakers]") {
  const std::string text =
      "MANCHESTER, March 2 - Halvern Bank said it signed an agreement to acquire Brisco "
      "Financial Resources Inc.\n\n"
      "Terms of the acquisition were not disclosed.\n\n"
      "It said Brisco has assets of 20 mln dlrs.\n\n"
      "The farmers' union has long argued that the levy should go.\n\n"
      "Delmonte's board met the minister on Tuesday. The levy stays, it said.\n\n"
      "One hole graded 0.33 ounce of gold a ton, the partners said. The hole is 460 feet "
      "east of the first.\n\n"
      "They said they were drilling another hole.\n";
  Extraction e = Run(text);
  // (Was "They" for no one.)
  CheckUnnamedRole(Find(e, text, "they were drilling another"), "partners");
  // (Was "It" for no one: the bank spoke two sentences before.)
  CheckOrganisation(Find(e, text, "Brisco has assets"), "Halvern Bank");
  // A sentence naming Delmonte comes between: not the union.
  const Attribution& levy = Find(e, text, "The levy stays");
  CHECK(levy.speaker != "farmers' union");
}


TEST_CASE("'the move' is no source, an adverb after a role is no part of it, a firm's first "
          "word is the firm",
          "[ingest][speakers]") {
  const std::string text =
      "LONDON, March 2 - The ministry allowed banks to cut their prime rate to 5.5 pct. The "
      "move suggested it had reached agreement with depositors.\n\n"
      "Halvern Courier was mulling a bid, but analysts wrongly predicted the offer was from a "
      "rival.\n\n"
      "Continental Bank of Halvernia said shareholders approved a capital reorganization.\n\n"
      "Continental said the initial payout was subject to government approval.\n";
  Extraction e = Run(text);
  // (Were roles "move", "analysts wrongly" and "Continental".)
  for (const Attribution& a : e.attributions) CHECK(a.role != "move");
  CheckUnnamedRole(Find(e, text, "the offer was from a rival"), "analysts");
  CheckOrganisation(Find(e, text, "the initial payout"), "Continental Bank of Halvernia");
}

TEST_CASE("a headline's words in capitals are no part of a spokesman's principal",
          "[ingest][speakers]") {
  const std::string text =
      "BRS <BRS> MAY RESPOND TO PILOTS TODAY\n\n"
      "BRS Inc may have a response this afternoon to the pilots' proposal, a BRS spokesman "
      "said.\n";
  Extraction e = Run(text);
  // (Was "BRS MAY RESPOND TO PILOTS TODAY BRS Inc".)
  CheckOrganisation(Find(e, text, "BRS Inc may have"), "BRS Inc");
}

TEST_CASE("a firm's name the text writes with designators is the firm, whatever form speaks",
          "[ingest][speakers]") {
  const std::string text =
      "ROCHESTER, March 2 - Westford Brisco Co said it has acquired a stake in Halvern Inc.\n\n"
      "Brisco said the drugs are in the early stages of approval.\n\n"
      "Quorvel Tanning Industries Inc agreed to buy the unit.\n\n"
      "Quorvel Tanning said the purchase was part of its strategy.\n\n"
      "Quarrow Cos said a fourth quarter charge led to a loss.\n\n"
      "Standish Trustco said it expects earnings to rise 15 pct.\n\n"
      "Roger Halvern said it seems too early to tell.\n\n"
      "Brisco Tanning and Chemical Corp said it sold its spirits unit.\n\n"
      "Brisco Tanning said at the time it would sell the wine unit too.\n\n"
      "The clearing banks are divided, but at least one bank says a rise is possible.\n";
  Extraction e = Run(text);
  // (Were a person "Brisco Tanning" and an organisation "bank".)
  CheckOrganisation(Find(e, text, "it would sell the wine"), "Brisco Tanning and Chemical Corp");
  const Attribution& one_bank = Find(e, text, "a rise is possible");
  CHECK(one_bank.speaker.empty());
  CHECK(one_bank.role == "bank");
  // (Were persons "Westford Brisco", "Quorvel Tanning", "Quarrow Cos" and "Standish Trustco".)
  CheckOrganisation(Find(e, text, "the drugs are in"), "Westford Brisco Co");
  CheckOrganisation(Find(e, text, "the purchase was part"), "Quorvel Tanning Industries Inc");
  CheckOrganisation(Find(e, text, "a fourth quarter charge"), "Quarrow Cos");
  CheckOrganisation(Find(e, text, "it expects earnings"), "Standish Trustco");
  // An "it" that is no one is no sign of a firm.
  CheckPerson(Find(e, text, "it seems too early"), "Roger Halvern");
}

TEST_CASE("a noun of people before a name is a title, not part of the name",
          "[ingest][speakers]") {
  const std::string text =
      "NEW YORK, March 2 - Investor Sumner Halvern said he would raise his bid for Brisco "
      "Inc.\n\n"
      "Halvern said his group would contribute more than 475 mln dlrs.\n";
  Extraction e = Run(text);
  // (Were "Investor Sumner Halvern" twice.)
  CheckPerson(Find(e, text, "he would raise"), "Sumner Halvern");
  CheckPerson(Find(e, text, "his group would contribute"), "Sumner Halvern");
}

TEST_CASE("a surname with its particle, or after a country's possessive, is the person named "
          "in full; an institution's possessive is no part of a name",
          "[ingest][speakers]") {
  const std::string text =
      "BRUSSELS, March 2 - The government's National Kestrow Institute said inflation rose "
      "sharply in March.\n\n"
      "Herman De Halvern, the Belgian trade minister, said talks would resume.\n\n"
      "De Halvern said the offer was late.\n\n"
      "Dutch Social Affairs Minister Louw de Brisco said the subsidy would end.\n\n"
      "De Brisco said that the dispute was not settled.\n\n"
      "Brazil's Jorio Quarrow said quotas would return.\n\n"
      "Later, Brazil's Quarrow noted the council has continued.\n\n"
      "Rene de la Tarrand said the bank would attract investors.\n\n"
      "De la Tarrand said the offer was likely to be taken up.\n";
  Extraction e = Run(text);
  // (Were "De Halvern", "De Brisco", "Brazil's Quarrow" and "government's National
  // Kestrow Institute".)
  CheckPerson(Find(e, text, "the offer was late"), "Herman De Halvern");
  CheckPerson(Find(e, text, "the dispute was not settled"), "Louw de Brisco");
  CheckPerson(Find(e, text, "the council has continued"), "Jorio Quarrow");
  // Two particles too (was "De la Tarrand").
  CheckPerson(Find(e, text, "the offer was likely"), "Rene de la Tarrand");
  CheckOrganisation(Find(e, text, "inflation rose sharply"), "National Kestrow Institute");
}

TEST_CASE("'others' after 'some' of a group are more of that group, and with no group they stay "
          "'others'",
          "[ingest][speakers]") {
  const std::string text =
      "Halvern stocks still offer short term opportunities, according to some steel "
      "analysts.\n\n"
      "But others say the upturn has been strictly seasonal and will end soon.\n\n"
      "Some delegates were optimistic a resolution could pass, but others suggested a special "
      "session would be convened.\n\n"
      "An election could be delayed, but most forecasts say it will be this year. Others note "
      "that the pound could yet prove vulnerable.\n";
  Extraction e = Run(text);
  // (Were roles "others".)
  CheckUnnamedRole(Find(e, text, "the upturn has been"), "steel analysts");
  CheckUnnamedRole(Find(e, text, "a special session"), "delegates");
  CheckUnnamedRole(Find(e, text, "the pound could yet"), "Others");
}

TEST_CASE("a name after a title's complement with an article is the person, the title the "
          "role, with no run of spaces",
          "[ingest][speakers]") {
  const std::string text =
      "LONDON, March 2 - British Chancellor of the Exchequer Nigel Halvern said he saw no "
      "implications for policy.\n\n"
      "President of the Kestrow Bank Karl Otto Brisco said rates would hold.\n\n"
      "Quorvel Corp <QRV.T> chairman Akio Quarrow said profits would be sharply down.\n\n"
      "Quarrow said that Japan would benefit from the strong yen.\n";
  Extraction e = Run(text);
  // (Were "British Chancellor" and "Otto Brisco"; the role carried to a
  // later mention kept the blanked ticker's spaces.)
  const Attribution& halvern = Find(e, text, "he saw no implications");
  CheckPerson(halvern, "Nigel Halvern");
  CHECK(halvern.role == "British Chancellor of the Exchequer");
  CheckPerson(Find(e, text, "rates would hold"), "Karl Otto Brisco");
  const Attribution& quarrow = Find(e, text, "Japan would benefit");
  CheckPerson(quarrow, "Akio Quarrow");
  CHECK(quarrow.role == "Quorvel Corp chairman");
}

TEST_CASE("an organisation's name with 'and' before a title is part of the role, and a name "
          "ending in 'Works' is a firm's",
          "[ingest][speakers]") {
  const std::string text =
      "WASHINGTON, March 2 - Halvern and Exchange Commission Chairman John Brisco said the "
      "agency favors shortening the period.\n\n"
      "Douglas Works said it has acquired Quorvel Holding Corp, a maker of doors.\n\n"
      "It said Quorvel had 1986 sales of over 50 mln dlrs.\n";
  Extraction e = Run(text);
  // (Were no role: the "and" read as two speakers; and a person "Douglas Works".)
  const Attribution& brisco = Find(e, text, "the agency favors");
  CheckPerson(brisco, "John Brisco");
  CHECK(brisco.role == "Halvern and Exchange Commission Chairman");
  CheckOrganisation(Find(e, text, "it has acquired"), "Douglas Works");
  CheckOrganisation(Find(e, text, "Quorvel had 1986 sales"), "Douglas Works");
}

TEST_CASE("'Dean' before one name word is a given name, unless that surname was named in full",
          "[ingest][speakers]") {
  const std::string text =
      "WASHINGTON, March 2 - Dean Halvern, president of the Kestrow Farm Federation, said "
      "farmers would suffer.\n\n"
      "Vikram Brisco is dean of the Quorvel law school.\n\n"
      "Dean Brisco said the school would grow.\n";
  Extraction e = Run(text);
  // (Was "Halvern" with no given name.)
  CheckPerson(Find(e, text, "farmers would suffer"), "Dean Halvern");
  const Attribution& brisco = Find(e, text, "the school would grow");
  CheckPerson(brisco, "Vikram Brisco");
  CHECK(brisco.role == "Dean");
}

TEST_CASE("an undersecretary is a title, and an honorific before the name is no part of the "
          "role",
          "[ingest][speakers]") {
  const std::string text =
      "WASHINGTON, March 2 - U.S. Undersecretary of State for Economic Affairs Allen Halvern "
      "said talks would resume.\n\n"
      "Undersecretary for Education Mr. Brisco said schools will raise their fees.\n";
  Extraction e = Run(text);
  // (Were a person "U.S. Undersecretary", and the role "Undersecretary for
  // Education Mr.".)
  const Attribution& halvern = Find(e, text, "talks would resume");
  CheckPerson(halvern, "Allen Halvern");
  CHECK(halvern.role == "U.S. Undersecretary of State for Economic Affairs");
  const Attribution& brisco = Find(e, text, "schools will raise");
  CheckPerson(brisco, "Brisco");
  CHECK(brisco.role == "Undersecretary for Education");
}

TEST_CASE("a capitalised role noun ends no person's name: 'U.S. Officials' and 'Regulators' are "
          "roles, 'The United Halvern Workers' a union",
          "[ingest][speakers]") {
  const std::string text =
      "WASHINGTON, March 2 - A top U.S. Official said Kestrow has little chance of a deal.\n\n"
      "U.S. Officials said the talks are unlikely to delay the tariffs.\n\n"
      "Regulators said the Brisco bank was solvent.\n\n"
      "The United Halvern Workers said the contract covers 100 workers.\n";
  Extraction e = Run(text);
  // (Were persons "U.S. Official", "U.S. Officials", "Regulators" and
  // "United Halvern Workers".)
  CheckUnnamedRole(Find(e, text, "Kestrow has little chance"), "top U.S. Official");
  CheckUnnamedRole(Find(e, text, "the talks are unlikely"), "U.S. Officials");
  CheckUnnamedRole(Find(e, text, "the Brisco bank"), "Regulators");
  CheckOrganisation(Find(e, text, "the contract covers"), "United Halvern Workers");
}

TEST_CASE("a firm named 'X and Y' is one organisation, not two speakers",
          "[ingest][speakers]") {
  const std::string text =
      "LONDON, March 2 - No sugar is being unloaded at the refinery following a fire, Halvern "
      "and Brisco Plc said.\n\n"
      "The fire destroyed a large part of the main conveyor.\n\n"
      "Five other ships are waiting to be discharged, Halvern and Brisco said.\n\n"
      "Kestrow Airlines said it would take a stake in Air Quorvel Ltd, a subsidiary of "
      "British and Tarrand Shipping Plc.\n\n"
      "British and Tarrand Shipping said it held talks about a minority stake.\n";
  Extraction e = Run(text);
  // (Were a person "Halvern" with a co-speaker "Brisco", and "United Kingdom".)
  const Attribution& ships = Find(e, text, "Five other ships");
  CheckOrganisation(ships, "Halvern and Brisco Plc");
  CHECK(ships.co_speakers.empty());
  CheckOrganisation(Find(e, text, "it held talks"), "British and Tarrand Shipping Plc");
}

}  // namespace
}  // namespace claimgraph::ingest
