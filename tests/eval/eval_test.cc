// Regression tests: the real extractor and scorer on the annotated corpora.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <string>

#include "eval/eval.h"
#include "test_util.h"

namespace claimgraph::ingest {
namespace {

std::string SourceDir() {
  const char* dir = std::getenv("CLAIMGRAPH_SOURCE_DIR");
  return dir != nullptr ? dir : CLAIMGRAPH_SOURCE_DIR;
}

TEST_CASE("examples: 35/35 attributions found with the right source, at most 1 spurious",
          "[ingest][eval]") {
  auto report = RunEval(SourceDir() + "/examples/gold.jsonl", "");
  REQUIRE(report.ok());
  INFO(FormatEvalReport(*report, true));
  CHECK(report->documents == 3);
  CHECK(report->overall.content_source_overlap.gold == 35);
  CHECK(report->overall.content_source_overlap.gold_matched == 35);
  CHECK(report->spurious.size() <= 1);
}

// Floors pinned at what the extractor reaches on the Wikinews dev set; raise
// them when it improves, never lower them silently.
TEST_CASE("wikinews dev set stays at or above its F1 floor", "[ingest][eval]") {
  auto report = RunEval(SourceDir() + "/tests/data/wikinews-dev/gold.jsonl", "");
  REQUIRE(report.ok());
  INFO(FormatEvalReport(*report, false));
  CHECK(report->documents >= 25);
  CHECK(report->overall.content_overlap.F1() >= 0.899);
  CHECK(report->overall.content_source_overlap.F1() >= 0.885);
  // Matched attributions whose canonical speaker is right (last word).
  // extract-0.11: 349 (348 at extract-0.9). The tagger's additions of every
  // cue class reached 352 (extract-0.10) but are wrong about half the time
  // on PolNeAR and are no longer the default: lowered for that reason.
  CHECK(report->right_speaker >= 349);
}

TEST_CASE("eval reports a missing gold file as NotFound", "[ingest][eval]") {
  auto report = RunEval("/nonexistent/gold.jsonl", "");
  CHECK(report.status().code() == absl::StatusCode::kNotFound);
}

// A gold span of `part` in `text` as gold.jsonl writes it.
std::string GoldSpan(const std::string& text, const std::string& part) {
  size_t at = text.find(part);
  REQUIRE(at != std::string::npos);
  return "{\"start\":" + std::to_string(at) + ",\"end\":" + std::to_string(at + part.size()) +
         ",\"text\":\"" + part + "\"}";
}

TEST_CASE("eval reports by cue class: gold classes from the gold cue, predicted from the extractor",
          "[ingest][eval]") {
  const std::string text =
      "The mayor said the bridge would reopen in May. The governor believes the flood "
      "barriers will hold until spring. The council wants to close the old road.";
  auto attribution = [&](std::string source, std::string cue, std::string content) {
    return "{\"source\":" + GoldSpan(text, source) + ",\"speaker\":\"" + source +
           "\",\"cue\":" + GoldSpan(text, cue) + ",\"content\":" + GoldSpan(text, content) +
           ",\"kind\":\"indirect\"}";
  };
  claimgraph::testing::TempDir dir;
  const std::string gold = dir.path() + "/gold.jsonl";
  std::ofstream(gold) << "{\"doc_id\":\"classes\",\"text\":\"" << text
                      << "\",\"attributions\":["
                      << attribution("The mayor", "said", "the bridge would reopen in May") << ","
                      << attribution("The governor", "believes",
                                     "the flood barriers will hold until spring")
                      << "," << attribution("The council", "wants", "to close the old road")
                      << "]}\n";
  auto report = RunEval(gold, "");
  REQUIRE(report.ok());
  const std::string printed = FormatEvalReport(*report, false);
  INFO(printed);
  const EvalCounts& statement = report->by_class["statement"].content_overlap;
  CHECK(statement.gold == 1);
  CHECK(statement.gold_matched == 1);
  CHECK(statement.predicted >= 1);
  // A belief with a clausal complement is found, and counted in its class.
  const EvalCounts& belief = report->by_class["belief"].content_overlap;
  CHECK(belief.gold == 1);
  CHECK(belief.gold_matched == 1);
  CHECK(belief.predicted == 1);
  // The rules take no verbs of wanting: the intention is a miss of its class.
  const EvalCounts& intention = report->by_class["intention"].content_overlap;
  CHECK(intention.gold == 1);
  CHECK(intention.gold_matched == 0);
  CHECK(printed.find("by cue class") != std::string::npos);
  CHECK(printed.find("belief content ") != std::string::npos);
  CHECK(printed.find("statement content+source") != std::string::npos);
}

}  // namespace
}  // namespace claimgraph::ingest
