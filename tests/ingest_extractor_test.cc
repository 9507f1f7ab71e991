// Attribution extraction, one construction per test, each on a real sentence
// from the examples or the Wikinews corpus.
#include <catch2/catch.hpp>

#include <string>

#include "ingest/extraction.h"

namespace claimgraph::ingest {
namespace {

Extraction Run(const std::string& text) {
  Document doc = DocumentFromText("t.txt", text);
  auto extraction = Extract(doc);
  REQUIRE(extraction.ok());
  return *std::move(extraction);
}

std::string Text(const std::string& text, const std::optional<Span>& span) {
  return span ? std::string(span->in(text)) : std::string("<null>");
}

TEST_CASE("direct quote with the attribution after it", "[ingest][extractor]") {
  const std::string text =
      "‘Russia really needs to stop the cheap point scoring and focus on what "
      "matters,’ Power told reporters.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  const Attribution& a = e.attributions[0];
  CHECK(Text(text, a.content) ==
        "Russia really needs to stop the cheap point scoring and focus on what matters");
  CHECK(Text(text, a.source) == "Power");
  CHECK(Text(text, a.cue) == "told");
  CHECK(a.cue_lemma == "tell");
  CHECK(a.kind == AttributionKind::kDirect);
}

TEST_CASE("pronoun source resolves to the previous speaker", "[ingest][extractor]") {
  const std::string text =
      "\"We have been engaged at every level to re-establish deconfliction at the "
      "Euphrates river,\" Dunford said.\n\n"
      "\"We haven't resolved all the issues right now. We'll get through that,\" he added.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(e.attributions[1].speaker == "Dunford");
  CHECK(Text(text, e.attributions[1].source) == "he");
  CHECK(Text(text, e.attributions[1].content) ==
        "We haven't resolved all the issues right now. We'll get through that");
}

TEST_CASE("direct quote with the attribution before it", "[ingest][extractor]") {
  const std::string text =
      "When asked if the incident spelled the end of the Syria deal, Russia’s UN "
      "ambassador Vitaly Churkin said: ‘This is a very big question mark.’\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].content) == "This is a very big question mark.");
  CHECK(Text(text, e.attributions[0].source) == "Russia’s UN ambassador Vitaly Churkin");
  CHECK(e.attributions[0].speaker == "Vitaly Churkin");
}

}  // namespace
}  // namespace claimgraph::ingest
