#include <catch2/catch.hpp>

#include "ingest/attribution/roles.h"
#include "test_util.h"

namespace claimgraph::ingest {
namespace {

std::string Role(const std::string& text, const std::string& name) {
  return RoleAround(text, testing::SpanOf(text, name));
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

TEST_CASE("appositions before and after the name are roles", "[ingest][roles]") {
  CHECK(Role("The US ambassador to the United Nations, Samantha Power, chastised Russia.",
             "Samantha Power") == "US ambassador to the United Nations");
  CHECK(Role("General Joe Dunford, chairman of the US Joint Chiefs of Staff, said he had "
             "spoken",
             "Joe Dunford") == "chairman of the US Joint Chiefs of Staff");
  CHECK(Role("Tony Mendez, who died on Saturday, said", "Tony Mendez").empty());
}

TEST_CASE("every attribution of a person gets the role the article gives them",
          "[ingest][roles]") {
  std::string text =
      "The US ambassador to the United Nations, Samantha Power, chastised Russia.\n\n"
      "She said the United States was investigating.";
  Extraction extraction;
  Attribution a;
  a.speaker = "Samantha Power";
  a.source_type = SourceType::kPerson;
  a.content = testing::SpanOf(text, "the United States was investigating");
  extraction.attributions.push_back(a);
  FillRoles(text, &extraction);
  CHECK(extraction.attributions[0].role == "US ambassador to the United Nations");
}

}  // namespace
}  // namespace claimgraph::ingest
