// Cue classes (issue 11): what each attribution reports, decided from the cue
// and the source, on sentences written for these tests.
#include <catch2/catch.hpp>

#include <string>

#include "ingest/attribution/cue_class.h"
#include "ingest/extraction.h"
#include "run_extract.h"

namespace claimgraph::ingest {
namespace {

using testing::Run;

// The class of the one attribution of `text`, checking its content starts
// with `content`.
AttributionClass ClassOfOnly(const std::string& text, std::string_view content) {
  Document doc = DocumentFromText("t.txt", text);
  Extraction e = Run(text);
  INFO(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(ClaimSpan(e.attributions[0], doc.text).in(doc.text).substr(0, content.size()) == content);
  return e.attributions[0].cue_class;
}

TEST_CASE("the extractor classes statements, and denials and accusations stay statements") {
  CHECK(ClassOfOnly("The mayor said the bridge would reopen in May.", "the bridge") ==
        AttributionClass::kStatement);
  CHECK(ClassOfOnly("Harbour officials told reporters that two ferries had been cancelled.",
                    "two ferries") == AttributionClass::kStatement);
  CHECK(ClassOfOnly("The minister denied that the ministry had lost the files.",
                    "the ministry") == AttributionClass::kStatement);
  CHECK(ClassOfOnly("According to the harbour master, the storm sank three boats.",
                    "the storm") == AttributionClass::kStatement);
}

TEST_CASE("what a report or study says is evidence, what its authors say is a statement") {
  CHECK(ClassOfOnly("The annual report said exports fell by a third last year.", "exports") ==
        AttributionClass::kEvidence);
  CHECK(ClassOfOnly("According to the annual report, exports fell by a third.", "exports") ==
        AttributionClass::kEvidence);
  CHECK(ClassOfOnly("The study's authors said that cyclists live longer.", "cyclists") ==
        AttributionClass::kStatement);
}

TEST_CASE("polls and records that show or find something are evidence, before or after it") {
  CHECK(ClassOfOnly("Recent polls show voters trust the governor more than the mayor.",
                    "voters trust") == AttributionClass::kEvidence);
  CHECK(ClassOfOnly("A poll released on Friday found the mayor leading by nine points.",
                    "the mayor leading") == AttributionClass::kEvidence);
  CHECK(ClassOfOnly("The ferry ran at a loss for six years, records show.", "The ferry") ==
        AttributionClass::kEvidence);
  CHECK(ClassOfOnly("The survey showed that most riders want later trains.", "most riders") ==
        AttributionClass::kEvidence);
}

TEST_CASE("show as a noun, a show's host, a strong showing: no attribution from them") {
  for (const char* text :
       {"The network cancelled the show after two seasons of poor ratings.",
        "His strong showing in the primary surprised the party's leaders.",
        "She hosted a morning show that ran for nine years on the local station.",
        "The governor will show reporters the new bridge on Monday.",
        "Hermann, who voted for the senator, showed up in Portland to hear the governor."}) {
    INFO(text);
    CHECK(Run(text).attributions.empty());
  }
}

TEST_CASE("a belief or hope with a clausal complement is attributed as a belief or intention") {
  CHECK(ClassOfOnly("The governor believes the flood barriers will hold until spring.",
                    "the flood") == AttributionClass::kBelief);
  CHECK(ClassOfOnly("Harbour officials think the ferry will not sail before May.",
                    "the ferry") == AttributionClass::kBelief);
  CHECK(ClassOfOnly("The mayor hopes the new bridge will open before the election.",
                    "the new bridge") == AttributionClass::kIntention);
  // Not a clause: no attribution.
  for (const char* text : {"He thought of his speeches as little talks to friends.",
                           "She believes in hard work and early mornings on the farm.",
                           "The suspect told police he had been at home all night.",
                           "It would test the policy thinking of the party's leaders in the state.",
                           "She feared her employer would think she had lied on the form."}) {
    INFO(text);
    Extraction e = Run(text);
    for (const Attribution& a : e.attributions)
      CHECK(a.cue_class != AttributionClass::kBelief);
  }
}

TEST_CASE("intentions, wishes and stances from the extractor") {
  CHECK(ClassOfOnly("The governor vowed to rebuild every school destroyed by the flood.",
                    "to rebuild") == AttributionClass::kIntention);
  CHECK(ClassOfOnly("The union urged members to reject the offer from the rail company.",
                    "members to") == AttributionClass::kIntention);
  CHECK(ClassOfOnly("The senator described the budget as a gift to landlords.",
                    "the budget") == AttributionClass::kStance);
}

TEST_CASE("ClassifyCue: cue words, phrases and function words") {
  CHECK(ClassifyCue("believes", "Jones") == AttributionClass::kBelief);
  CHECK(ClassifyCue("is convinced", "the coach") == AttributionClass::kBelief);
  CHECK(ClassifyCue("knew", "she") == AttributionClass::kBelief);
  CHECK(ClassifyCue("wants", "He") == AttributionClass::kIntention);
  CHECK(ClassifyCue("will seek", "the party") == AttributionClass::kIntention);
  CHECK(ClassifyCue("has called for", "the council") == AttributionClass::kIntention);
  CHECK(ClassifyCue("called", "the council") == AttributionClass::kStance);
  CHECK(ClassifyCue("praised", "Smith") == AttributionClass::kStance);
  CHECK(ClassifyCue("has also said", "Smith") == AttributionClass::kStatement);
  CHECK(ClassifyCue("told", "Smith") == AttributionClass::kStatement);
  CHECK(ClassifyCue("accused", "Smith") == AttributionClass::kStatement);
  CHECK(ClassifyCue("", "") == AttributionClass::kStatement);   // a quotation, no cue
  CHECK(ClassifyCue(":", "Smith") == AttributionClass::kStatement);
  CHECK(ClassifyCue("in a statement", "the club") == AttributionClass::kStatement);
  CHECK(ClassifyCue("reckoned", "Smith") == AttributionClass::kBelief);  // not a verb of saying
}

TEST_CASE("ClassifyCue: evidence needs a non-human source and a statement or evidence cue") {
  CHECK(ClassifyCue("shows", "A new poll of likely voters") == AttributionClass::kEvidence);
  CHECK(ClassifyCue("suggest", "Census data") == AttributionClass::kEvidence);
  CHECK(ClassifyCue("show", "court records") == AttributionClass::kEvidence);
  CHECK(ClassifyCue("said", "the report") == AttributionClass::kEvidence);
  CHECK(ClassifyCue("suggested", "the professor") == AttributionClass::kBelief);
  CHECK(ClassifyCue("showed", "the professor") == AttributionClass::kStatement);
  CHECK(ClassifyCue("found", "the inspector") == AttributionClass::kStatement);
  CHECK(ClassifyCue("found", "A university study") == AttributionClass::kEvidence);
  CHECK(ClassifyCue("criticised", "the report") == AttributionClass::kStance);
  CHECK(ClassifyCue("said", "The study's authors") == AttributionClass::kStatement);
  CHECK(AssertsFact(AttributionClass::kEvidence));
  CHECK_FALSE(AssertsFact(AttributionClass::kBelief));
}

TEST_CASE("extract JSON carries the class of every attribution") {
  const std::string text = "The mayor said the bridge would reopen in May.";
  Document doc = DocumentFromText("t.txt", text);
  std::string json = ExtractionToJson(doc, Run(text));
  CHECK(json.find("\"kind\":\"indirect\",\"cue_class\":\"statement\",\"via\"") !=
        std::string::npos);
  CHECK(ParseAttributionClass("evidence") == AttributionClass::kEvidence);
  CHECK_FALSE(ParseAttributionClass("opinion").has_value());
}

}  // namespace
}  // namespace claimgraph::ingest
