#include <catch2/catch.hpp>

#include "ingest/attribution/roles.h"
#include "test_util.h"

namespace claimgraph::ingest {
namespace {

std::string Role(const std::string& text, const std::string& name) {
  return RoleAround(text, testing::SpanOf(text, name));
}

TEST_CASE("a share of a polled group as a source stands for the group", "[ingest][roles]") {
  CHECK(ShareGroup("60 percent of voters") == "voters");
  CHECK(ShareGroup("Some 55 percent of voters nationwide") == "voters nationwide");
  CHECK(ShareGroup("Six in 10 Virginia Democratic primary voters") ==
        "Virginia Democratic primary voters");
  CHECK(ShareGroup("A strong majority of Democratic primary voters") ==
        "Democratic primary voters");
  CHECK(ShareGroup("Twenty-four percent") == "poll respondents");
  CHECK(ShareGroup("Nearly half") == "poll respondents");
  CHECK(ShareGroup("About four in 10") == "poll respondents");
  CHECK(ShareGroup("Nearly eight in 10 Democratic voters") == "Democratic voters");
  CHECK(ShareGroup("Another 19 percent") == "poll respondents");
  CHECK(ShareGroup("a staggering 56 percent of Americans") == "Americans");
  CHECK(ShareGroup("An average of 10 percent of registered voters") == "registered voters");
  // Not shares: a count of people, an age, a document.
  CHECK(ShareGroup("12 protesters").empty());
  CHECK(ShareGroup("the 46-year-old").empty());
  CHECK(ShareGroup("A 1996 FEC advisory opinion").empty());
  CHECK(ShareGroup("Officials").empty());
}

TEST_CASE("a head that names no person, group or communication names no speaker",
          "[ingest][roles]") {
  CHECK(NamesNoSpeaker("opioid crisis"));
  CHECK(NamesNoSpeaker("nearby free-trade zone"));
  CHECK(NamesNoSpeaker("bone tools from Abri Peyrony"));
  // A quantity before "of" is judged by its group.
  CHECK(NamesNoSpeaker("a handful of helicopters"));
  CHECK_FALSE(NamesNoSpeaker("a handful of senators"));
  CHECK_FALSE(NamesNoSpeaker("officials"));
  CHECK_FALSE(NamesNoSpeaker("Officials in Omsk"));
  CHECK_FALSE(NamesNoSpeaker("the Democratic chairs from Jefferson"));  // "chair", a title
  CHECK_FALSE(NamesNoSpeaker("those who have sketched out possible paths"));
  CHECK_FALSE(NamesNoSpeaker("a Monmouth poll out"));  // "out" is mostly no noun
  CHECK_FALSE(NamesNoSpeaker("Nearly half"));
  CHECK_FALSE(NamesNoSpeaker("superdelegates"));  // unknown to WordNet: kept
}

TEST_CASE("a title before the name is the role", "[ingest][roles]") {
  CHECK(Role("Pentagon press secretary Peter Cook said in an emailed statement",
             "Peter Cook") == "Pentagon press secretary");
  CHECK(Role("Russia\xE2\x80\x99s UN ambassador Vitaly Churkin said:", "Vitaly Churkin") ==
        "Russia\xE2\x80\x99s UN ambassador");
  CHECK(Role("the RIA Novosti news agency quoted Russian Foreign Ministry spokeswoman "
             "Maria Zakharova as saying.",
             "Maria Zakharova") == "Russian Foreign Ministry spokeswoman");
  CHECK(Role("Power said Zakharova should be embarassed.", "Zakharova").empty());
}

TEST_CASE("an apposition before a name starts after the clause's cue", "[ingest][roles]") {
  CHECK(Role("The Manila Bulletin said the central bank governor, Jose Fernandez, would lead "
             "the talks.",
             "Jose Fernandez") == "central bank governor");
  CHECK(Role("The report said the State Department inspector general, Steve Linick, found it.",
             "Steve Linick") == "State Department inspector general");
}

TEST_CASE("appositions before and after the name are roles", "[ingest][roles]") {
  CHECK(Role("The US ambassador to the United Nations, Samantha Power, chastised Russia.",
             "Samantha Power") == "US ambassador to the United Nations");
  CHECK(Role("General Joe Dunford, chairman of the US Joint Chiefs of Staff, said he had "
             "spoken",
             "Joe Dunford") == "chairman of the US Joint Chiefs of Staff");
  CHECK(Role("Tony Mendez, who died on Saturday, said", "Tony Mendez").empty());
}

// The role FillRoles gives a person `speaker` who said `content` in `text`,
// whose source mention gave `role`.
std::string FilledRole(const std::string& text, const std::string& speaker,
                       const std::string& content, const std::string& role = "") {
  Extraction extraction;
  Attribution a;
  a.speaker = speaker;
  a.source_type = SourceType::kPerson;
  a.role = role;
  a.content = testing::SpanOf(text, content);
  extraction.attributions.push_back(a);
  FillRoles(text, &extraction);
  return extraction.attributions[0].role;
}

TEST_CASE("every attribution of a person gets the role the article gives them",
          "[ingest][roles]") {
  std::string text =
      "The US ambassador to the United Nations, Samantha Power, chastised Russia.\n\n"
      "She said the United States was investigating.";
  CHECK(FilledRole(text, "Samantha Power", "the United States was investigating") ==
        "US ambassador to the United Nations");
}

TEST_CASE("a person's role names what a person is, not a fragment of a clause",
          "[ingest][roles]") {
  for (const char* role :
       {"Pentagon press secretary", "chairman of the US Joint Chiefs of Staff", "Ohio Gov.",
        "a Democratic pollster", "labor economist at the Institute for the Study of Labor",
        "historian at the National First Ladies Library", "\xE2\x80\x9D Political analyst",
        "R-Utah", "state\xE2\x80\x99s Republican national committeeman"})
    CHECK(ReadsAsRole(role, SourceType::kPerson));
  for (const char* role :
       {"attacked Trump for comments made this week about", "spotlight was", "for example",
        "Mr.", "a Republican who", "those economists is former Federal Reserve chairman",
        "Opinion polls see", "a testimonial to"})
    CHECK_FALSE(ReadsAsRole(role, SourceType::kPerson));
  // An organisation is described by any words: "The conservative-leaning Tax Foundation".
  CHECK(ReadsAsRole("conservative-leaning", SourceType::kOrganisation));
  CHECK_FALSE(ReadsAsRole("attacks on", SourceType::kOrganisation));
}

TEST_CASE("a role holding a stop word stays when the article gives no better one",
          "[ingest][roles]") {
  const std::string text =
      "\"The Republicans would be better off,\" said Laurence Okafor, professor of "
      "constitutional law at Harvard Law School.";
  CHECK(FilledRole(text, "Laurence Okafor", "The Republicans would be better off",
                   "professor of constitutional law at Harvard Law School") ==
        "professor of constitutional law at Harvard Law School");
}

TEST_CASE("words before a name that are no title give no role", "[ingest][roles]") {
  std::string text =
      "Patti Okafor attacked Trump for comments made this week about Hillary Clinton.\n\n"
      "Clinton said the remarks were dangerous.";
  CHECK(FilledRole(text, "Hillary Clinton", "the remarks were dangerous",
                   "attacked Trump for comments made this week about")
            .empty());
}

}  // namespace
}  // namespace claimgraph::ingest
