// The learned attribution tagger (ingest/attribution/learned/): model file
// validation at start-up, and the PolNeAR dev floors of the chosen variant.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "ingest/attribution/learned/decode.h"
#include "ingest/attribution/learned/features.h"
#include "ingest/attribution/learned/gate.h"
#include "ingest/attribution/learned/model.h"
#include "eval/eval.h"
#include "ingest/attribution/quotes.h"
#include "ingest/extraction.h"

namespace claimgraph::ingest {
namespace {

std::string SourceDir() {
  const char* dir = std::getenv("CLAIMGRAPH_SOURCE_DIR");
  return dir != nullptr ? dir : CLAIMGRAPH_SOURCE_DIR;
}

std::string ModelPath() { return SourceDir() + "/data/models/attribution.model"; }
std::string GatePath() { return SourceDir() + "/data/models/gate.model"; }

std::string ReadAll(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  return path;
}

absl::Status CreateWith(const std::string& path) {
  ExtractorOptions options;
  options.model_path = path;
  return Extractor::Create(options).status();
}

TEST_CASE("the committed model loads and validates", "[ingest][learned]") {
  auto model = learned::Model::Load(ModelPath());
  REQUIRE(model.ok());
  CHECK((*model)->hash_bits() >= 16);
  CHECK(CreateWith(ModelPath()).ok());
}

TEST_CASE("a missing, truncated or corrupted model file is a clear error at Create",
          "[ingest][learned]") {
  const std::string good = ReadAll(ModelPath());
  REQUIRE(good.size() > 1000);

  absl::Status missing = CreateWith("/nonexistent/attribution.model");
  CHECK(missing.code() == absl::StatusCode::kNotFound);
  CHECK(std::string(missing.message()).find("/nonexistent/attribution.model") != std::string::npos);

  std::string truncated_path = WriteTemp("cg_truncated.model", good.substr(0, good.size() / 2));
  absl::Status truncated = CreateWith(truncated_path);
  CHECK(truncated.code() == absl::StatusCode::kFailedPrecondition);
  CHECK(std::string(truncated.message()).find("truncated") != std::string::npos);

  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;
  std::string corrupt_path = WriteTemp("cg_corrupt.model", flipped);
  absl::Status corrupt = CreateWith(corrupt_path);
  CHECK(corrupt.code() == absl::StatusCode::kFailedPrecondition);
  CHECK(std::string(corrupt.message()).find("checksum") != std::string::npos);

  std::string not_a_model_path = WriteTemp("cg_not_a_model.model", "hello, world");
  absl::Status not_a_model = CreateWith(not_a_model_path);
  CHECK(not_a_model.code() == absl::StatusCode::kFailedPrecondition);
  CHECK(std::string(not_a_model.message()).find("magic") != std::string::npos);

  std::string other_version = good;
  other_version[8] = static_cast<char>(other_version[8] + 1);  // format version
  std::string version_path = WriteTemp("cg_version.model", other_version);
  absl::Status version = CreateWith(version_path);
  CHECK(version.code() == absl::StatusCode::kFailedPrecondition);
  CHECK(std::string(version.message()).find("format version") != std::string::npos);

  // Rules alone need no model.
  ExtractorOptions rules;
  rules.mode = AttributionMode::kRules;
  rules.model_path = "/nonexistent/attribution.model";
  CHECK(Extractor::Create(rules).ok());
  for (const std::string& p : {truncated_path, corrupt_path, not_a_model_path, version_path})
    std::remove(p.c_str());
}

TEST_CASE("a missing, truncated or corrupted gate file is a clear error at Create",
          "[ingest][learned]") {
  auto create = [](const std::string& path, bool gate = true) {
    ExtractorOptions options;
    options.gate_path = path;
    options.model_gate = gate;
    return Extractor::Create(options).status();
  };
  REQUIRE(create(GatePath()).ok());
  auto loaded = learned::Gate::LoadShared(GatePath());
  REQUIRE(loaded.ok());
  CHECK(loaded->get() == learned::Gate::LoadShared(GatePath())->get());
  CHECK((*loaded)->threshold() > 0);
  const std::string good = ReadAll(GatePath());
  REQUIRE(good.size() > 1000);
  absl::Status missing = create("/nonexistent/gate.model");
  CHECK(missing.code() == absl::StatusCode::kNotFound);
  CHECK(std::string(missing.message()).find("/nonexistent/gate.model") != std::string::npos);
  const std::string truncated_path = WriteTemp("cg_gate_truncated", good.substr(0, good.size() / 2));
  absl::Status truncated = create(truncated_path);
  CHECK(truncated.code() == absl::StatusCode::kFailedPrecondition);
  CHECK(std::string(truncated.message()).find("truncated") != std::string::npos);
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;
  const std::string corrupt_path = WriteTemp("cg_gate_corrupt", flipped);
  absl::Status corrupt = create(corrupt_path);
  CHECK(corrupt.code() == absl::StatusCode::kFailedPrecondition);
  CHECK(std::string(corrupt.message()).find("checksum") != std::string::npos);
  // The tagger's model is not a gate.
  absl::Status not_a_gate = create(ModelPath());
  CHECK(std::string(not_a_gate.message()).find("magic") != std::string::npos);
  // Without the gate (the hand conditions) no gate file is read.
  CHECK(create("/nonexistent/gate.model", false).ok());
  for (const std::string& p : {truncated_path, corrupt_path}) std::remove(p.c_str());
}

TEST_CASE("the model is loaded once and shared", "[ingest][learned]") {
  auto a = learned::Model::LoadShared(ModelPath());
  auto b = learned::Model::LoadShared(ModelPath());
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a->get() == b->get());
}

// Runs `text` as one article through a real extractor in `mode`; returns
// "class | source | cue | content" per attribution.
// Additions of rules+model: by the learned gate (an option), or by the hand
// conditions with verbs of saying only (the default) or every cue class.
enum class Additions { kGate, kHandStatements, kHandEveryClass };

std::vector<std::string> Attributions(const std::string& text, AttributionMode mode,
                                      Additions additions = Additions::kGate) {
  ExtractorOptions options;
  options.mode = mode;
  options.model_gate = additions == Additions::kGate;
  options.model_lexicon_cues_only = additions == Additions::kHandStatements;
  auto extractor = Extractor::Create(options);
  REQUIRE(extractor.ok());
  Document doc;
  doc.doc_id = "t";
  doc.text = text;
  auto e = (*extractor)->Extract(doc);
  REQUIRE(e.ok());
  std::vector<std::string> out;
  for (const Attribution& a : e->attributions)
    out.push_back(std::string(AttributionClassName(a.cue_class)) + " | " +
                  std::string(a.source ? a.source->in(text) : "") + " | " +
                  std::string(a.cue ? a.cue->in(text) : "") + " | " + std::string(a.content.in(text)));
  return out;
}

TEST_CASE("tagger beliefs are added by the gate, objects of look-alike verbs never",
          "[ingest][learned]") {
  const std::string text =
      "Many economists fear that the new tariffs will push prices higher before the end of "
      "the year.\n\nRebels attacked the convoy near the border on Monday.";
  CHECK(Attributions(text, AttributionMode::kRules).empty());
  // The hand conditions of extract-0.12 add verbs of saying only; the gate
  // (the default) and the hand conditions of every class add the belief.
  CHECK(Attributions(text, AttributionMode::kRulesThenModel, Additions::kHandStatements).empty());
  const std::vector<std::string> belief{"belief | Many economists | fear | that the new tariffs "
                                        "will push prices higher before the end of the year"};
  CHECK(Attributions(text, AttributionMode::kRulesThenModel, Additions::kHandEveryClass) == belief);
  CHECK(Attributions(text, AttributionMode::kRulesThenModel) == belief);
}

TEST_CASE("a tagged quotation takes in the quotation after its frame", "[ingest][learned]") {
  const std::string text =
      "“We will not back down from this fight,” Senator Maria Lopez said. “The people of "
      "this state deserve better than what they got.”";
  CHECK(Attributions(text, AttributionMode::kModel) ==
        std::vector<std::string>{"statement | Senator Maria Lopez | said | “We will not back "
                                 "down from this fight,” Senator Maria Lopez said. “The people "
                                 "of this state deserve better than what they got.”"});
}

TEST_CASE("a tagged 'who' or 'which' speaks for the noun phrase it follows",
          "[ingest][learned]") {
  const std::string text =
      "The bill was drafted by Nadia Kerrigan who said on the assembly floor that it followed "
      "decades of work.\n\nThe plan was backed by the Harbour Commission, which argued that "
      "the port needed the money, and by two unions.";
  // The relative clause's content only, not the main clause going on after it.
  CHECK(Attributions(text, AttributionMode::kRulesThenModel) ==
        std::vector<std::string>{
            "statement | Nadia Kerrigan | said on the assembly floor | that it followed decades "
            "of work",
            "statement | the Harbour Commission | argued | that the port needed the money"});
}

// Groups hand-made labels of `text` (one paragraph): `marks` are (label
// type, the words it covers), each found after the previous one. Returns
// "source | cue | content" per candidate.
std::vector<std::string> GroupLabels(
    const std::string& text, const std::vector<std::pair<int, std::string>>& marks) {
  ParagraphTokens p;
  AnalyzeParagraph(text, Span{0, static_cast<uint32_t>(text.size())}, Lexicon::Default(), &p);
  std::vector<uint8_t> labels(p.tokens.size(), learned::kO);
  size_t from = 0;
  for (const auto& [type, words] : marks) {
    const size_t at = text.find(words, from);
    REQUIRE(at != std::string::npos);
    from = at + words.size();
    bool first = true;
    for (size_t i = 0; i < p.tokens.size(); ++i) {
      if (p.tokens[i].start < at || p.tokens[i].end > from) continue;
      labels[i] = static_cast<uint8_t>(2 * type - (first ? 1 : 0));
      first = false;
    }
  }
  auto model = learned::Model::LoadShared(ModelPath());
  REQUIRE(model.ok());
  // (Group reads the emissions of the Tag before it, for the confidence.)
  learned::FeatureExtractor features((*model)->hash_bits());
  learned::TokenFeatures ids;
  features.Extract(text, p, 0, {}, {}, &ids);
  learned::Decoder decoder(*model);
  std::vector<uint8_t> tagged;
  decoder.Tag(ids, &tagged);
  std::vector<AttributionCandidate> out;
  decoder.Group(text, p, 0, labels, &out);
  std::vector<std::string> read;
  for (const AttributionCandidate& c : out) {
    const Attribution& a = c.attribution;
    read.push_back(std::string(a.source ? a.source->in(text) : "") + " | " +
                   std::string(a.cue ? a.cue->in(text) : "") + " | " +
                   std::string(a.content.in(text)));
  }
  return read;
}

TEST_CASE("a tagged content takes no cue from a later sentence past words of its own",
          "[ingest][learned]") {
  const std::string text =
      "The inspectors stay with a mission to monitor the ceasefire. After the vote, a "
      "spokesperson indicated the government was troubled: \"While we study the motion,\" he "
      "said, \"we urge the assembly to wait.\"";
  // (Was: "to monitor the ceasefire" said by "he", two sentences on.)
  CHECK(GroupLabels(text, {{3, "to monitor the ceasefire"}, {1, "he"}, {2, "said"}}).empty());
  // In the cue's own sentence, the same distance is no bar.
  CHECK(GroupLabels(text, {{3, "the government was troubled"}, {2, "said"}}) ==
        std::vector<std::string>{" | said | the government was troubled"});
}

// PolNeAR dev's path, or "" (saying so: the floors of `what` are not
// checked) when ../shared is absent.
std::string PolnearDev(const char* what) {
  const std::string dev = SourceDir() + "/../shared/corpus/polnear/dev.jsonl";
  if (std::filesystem::exists(dev)) return dev;
  std::cout << "SKIPPED: PolNeAR dev floors (" << what << "): " << dev
            << " is absent (the corpus is not distributed with claimgraph)\n";
  WARN("PolNeAR dev absent at " << dev << ": floors not checked");
  return "";
}

// PolNeAR dev (read from ../shared, never copied into the repository):
// floors pinned at what the default variant reaches (claimgraph eval's
// scorer); raise them when it improves, never lower them silently.
TEST_CASE("PolNeAR dev stays at or above its floors", "[ingest][learned][polnear]") {
  const std::string dev = PolnearDev("default");
  if (dev.empty()) return;
  auto report = RunEval(dev, "");
  REQUIRE(report.ok());
  INFO(FormatEvalReport(*report, false));
  CHECK(report->documents == 84);
  // extract-0.11 to 0.13 (tagger additions of verbs of saying only, by the
  // hand conditions): 0.512 / 0.384 / 0.479; with every cue class
  // (extract-0.10's default, --model-lexicon-cues 0): 0.535 / 0.392 / 0.489,
  // refused for precision. extract-0.15 (a live blog is one body: two dev
  // articles were read to a tenth; '' is a quotation mark, as in the New York
  // Times archive; a quote going on after its attribution sentence joins it):
  // 0.579 / 0.436 / 0.545. extract-0.16 (a reported clause's content takes in
  // its "that", PolNeAR's convention; a clause before ", said Name," is no
  // subject; a participle after a main clause with an apposed subject):
  // 0.580 / 0.497 / 0.546. extract-0.17 (beliefs and hopes with a clausal
  // complement, findings of polls and records, by rule): 0.587 / 0.500 / 0.553.
  // extract-0.19 (party-state labels, plural heads, asides, headlines, content
  // ends at ", and" + a clause of its own): 0.594 / 0.505 / 0.561.
  // extract-0.20 (asides inside a clause, hearers of "told", participles
  // after a fronted phrase, poll shares, "what X called"): 0.596 / 0.513 /
  // 0.563. extract-0.21 (a quote after a colon without the narration, quoted
  // titles after a tag, "…, who said", speakers7): 0.596 / 0.516 / 0.563.
  // extract-0.31 (tags inside a clause, relative clauses, fronted polls,
  // quoted transcripts): 0.601 / 0.519 / 0.568. extract-0.35 (a source whose
  // head names no speaker, "emissions", "It's worth", drops its claim; one of
  // the three PolNeAR counted): 0.5998 / 0.519 / 0.568.
  CHECK(report->overall.content_overlap.F1() >= 0.599);
  CHECK(report->overall.content_exact.F1() >= 0.518);
  CHECK(report->overall.content_source_overlap.F1() >= 0.567);
}

// The learned gate over the tagger's additions (--model-gate 1), kept as an
// option (refused as the default for the precision of its additions): its
// floors.
TEST_CASE("PolNeAR dev, learned gate variant, stays at or above its floors",
          "[ingest][learned][polnear]") {
  const std::string dev = PolnearDev("learned gate");
  if (dev.empty()) return;
  ExtractorOptions options;
  options.model_gate = true;
  auto report = RunEval(dev, "", options);
  REQUIRE(report.ok());
  INFO(FormatEvalReport(*report, false));
  // 0.531 / 0.398 / 0.492 (content precision 81.1).
  CHECK(report->overall.content_overlap.F1() >= 0.530);
  CHECK(report->overall.content_exact.F1() >= 0.397);
  CHECK(report->overall.content_source_overlap.F1() >= 0.491);
}

// The PolNeAR-convention variant (tagger spans preferred, every tagger
// attribution kept): what the model reaches on the corpus's own terms.
TEST_CASE("PolNeAR dev, model-first variant, stays at or above its floors",
          "[ingest][learned][polnear]") {
  const std::string dev = PolnearDev("model-first");
  if (dev.empty()) return;
  ExtractorOptions options;
  options.mode = AttributionMode::kModelPreferred;
  auto report = RunEval(dev, "", options);
  REQUIRE(report.ok());
  INFO(FormatEvalReport(*report, false));
  // 0.598 before the junk-source filter (IsJunkSourceMention) dropped tagger
  // attributions whose source names no one ("together", "this week");
  // extract-0.10 (a quotation after its frame joined; the overlapped rule's
  // source kept): 0.597 / 0.473 / 0.497.
  CHECK(report->overall.content_overlap.F1() >= 0.596);
  CHECK(report->overall.content_exact.F1() >= 0.472);
  CHECK(report->overall.content_source_overlap.F1() >= 0.496);
}

}  // namespace
}  // namespace claimgraph::ingest
