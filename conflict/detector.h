// Pairwise contradiction detection between two claims (issue 5): a pure
// function of the two texts, no storage. The store calls Compare() for
// candidate pairs it finds through shared entities or Terms() within a time
// window, and stores each finding as a CONTRADICTS / REBUTS / DENIES /
// FIGURES_DIFFER edge.
//
// Rules (each in conflict/<rule>.cc with a real sentence pair; tried in the
// order of the rule table in conflict/detector.cc):
//  - reference: REBUTS. The later claim points at another speaker's claim and
//    rejects it ("Zakharova should be embarrassed by that claim").
//  - denial: DENIES. A denial cue ("denied targeting the group") against a
//    positive assertion of the same event by the denier's side.
//  - relation: CONTRADICTS. A relation (help, collude, defend, ...) between
//    the same two parties asserted in one claim and negated or said to lack
//    evidence in the other ("no 'specific evidence' of ... colluding").
//  - negation: CONTRADICTS. The predicate a negator governs, over the same
//    subject and object words, asserted in the other claim, neither a forecast,
//    at the same time ("never forced to perform labour in the engine room").
//  - figures: FIGURES_DIFFER. The same counted noun and measure in the same
//    scope with different figures ("more than 60 Syrian soldiers" / "at least
//    90 Syrian soldiers").
//  - correction: CORRECTS, tried first. The same speaker, a correction marker
//    in one claim ("not a reopening as stated yesterday", "revised its
//    estimate", "corrected its earlier figure"; data/conflict_lexicon.txt,
//    table `correction`), the other claim's content aligned with it (two
//    shared content words, a third of the smaller claim's weight), and the
//    correcting claim not dated before the corrected one. A speaker correcting
//    itself is not contradicting another; the store further requires both
//    claims to be asserted by the same Source node.
// Only claims that assert a fact take part: a belief, intention or stance (the
// attribution's cue class, ClaimText::asserts) takes part in no rule, nor does
// content that is an infinitive ("to cut jobs"). Word overlap alone never
// makes a finding.
#ifndef CLAIMGRAPH_CONFLICT_DETECTOR_H_
#define CLAIMGRAPH_CONFLICT_DETECTOR_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace claimgraph::ingest {

// Stored on every contradiction edge; bumped whenever findings change for the
// same input.
// 0.3: corrections; 0.4: no finding on a vague count or an exact figure
// inside the other's range, on a negated noun phrase or quantifier, or on an
// indefinite common noun taken for the other speaker; 0.5 (issue 12, business
// wire text): a speaker pronoun ("it", "we") as subject is its speaker, a
// correction needs a shared word that is not a unit or a word every claim
// shares ("billion yen"), "Sharp Corp" is the speaker "Sharp", and a claim
// named by its speaker's possessive ("Rubio's claim that ... is not true") is
// a reference that rebuts only the claim whose words it gives; 0.6 (issue 12,
// the blind judge's false classes): a rebuttal's rejection bears on the
// reference (in its clause, not an attribute of another noun: "spreading false
// information"), "X fabricated the story" rebuts only a claim of X (none for a
// pronoun), a claim that itself questions a claim agrees with its rejection,
// a question takes part in no rule, and a negator's predicate is a content
// word ("has never been the property of the State Department" negates no
// predicate "the"); a denial of a reported plan or forecast ("a report that it
// planned to sell Eastern Airlines") aligns with the plan reported; 0.7
// (issue 12, the blind judge's false edges on Wikinews): a denied event is not
// answered by the denier's side owning it ("accepted responsibility for the
// murder"), and people trapped under rubble are not a count of the missing;
// business wire recall: output, strike and march sizes are measures (two
// sources' figures for one count, the words before the measure agreeing:
// "crude oil output" is not "steel output"), the same words with other figures
// are no repetition, and a denier named inside a role ("A Wickes spokesman")
// is the party a report names.
inline constexpr std::string_view kDetectorVersion = "conflict-0.7";

// One claim as the detector sees it. Views must outlive the Compare() call.
struct ClaimText {
  // What was asserted (the Attribution::content text).
  std::string_view content;
  // Canonical speaker or the source mention; may be empty.
  std::string_view speaker;
  // "say", "deny", "claim", "accuse", "cite", ...; inflected cue words such as
  // "denied" work too.
  std::string_view cue_lemma;
  // False when the attribution's cue class is a belief, intention or stance
  // (ingest::AssertsFact, ingest/attribution/cue_class.h): the claim then takes
  // part in no rule.
  bool asserts = true;
  // ISO date of the statement ("2016-09-18"), or empty when unknown.
  std::string_view said_on;
  // Canonical entity names; may be empty. Read as a set: their order and
  // repeats change neither the analysis nor any finding (the store reuses an
  // analysis across orders, graph/conflict_linking.cc WrittenAnalysis).
  std::vector<std::string> entities;
  // Where the claim sits, for anaphora: a reference such as "that claim" can
  // only point backwards within one document. Empty doc_id = unknown.
  std::string_view doc_id;
  uint32_t offset = 0;  // byte offset of the content in its document
};

// kCorrects is not a contradiction: a later claim of the same speaker that
// says it corrects the earlier one (the store's CORRECTS edge).
enum class ConflictType { kContradicts, kRebuts, kDenies, kFiguresDiffer, kCorrects };
std::string_view ConflictTypeName(ConflictType type);  // "contradicts", ...

// Byte offsets into one claim's content: start inclusive, end exclusive.
struct TextRange {
  uint32_t start = 0;
  uint32_t end = 0;
  friend bool operator==(const TextRange&, const TextRange&) = default;
};

// A figure with its bounds: "more than 60" = (60, inf), "at least 90" = [90,
// inf), "between 36 and 40" = [36, 40], "dozens" = [24, 199].
struct Figure {
  double low = 0;
  double high = 0;  // ignored when unbounded_high
  bool low_inclusive = true;
  bool high_inclusive = true;
  bool unbounded_high = false;
  std::string unit;  // stemmed counted noun head ("soldier"), may be empty
  TextRange range;   // the figure and its noun in the content
  std::string text;  // that text: "more than 60 Syrian soldiers"
  bool vague = false;  // a word, not a number: "dozens", "several", "a few hundred"
};

// True when some value satisfies both figures.
bool FiguresOverlap(const Figure& a, const Figure& b);

struct ConflictFinding {
  ConflictType type = ConflictType::kContradicts;
  std::string rule;  // "reference", "denial", "relation", "negation", "figures",
                     // "correction"
  std::string reason;    // human-readable, names the rule and the evidence
  float confidence = 0;  // 0..1
  // True when the roles are swapped: the second argument of Compare() answers
  // (rebuts/denies/corrects) the first. Symmetric types leave it false.
  bool b_answers_a = false;
  TextRange evidence_a;            // in the first argument's content
  TextRange evidence_b;            // in the second argument's content
  std::optional<Figure> figure_a;  // set for kFiguresDiffer
  std::optional<Figure> figure_b;
  bool ranges_compatible = false;  // kFiguresDiffer: the two ranges overlap
};

// Holds the lexicon (cue classes, relation synonym sets, aliases, IDF weights).
// Immutable after Create(): const methods are thread-safe.
// A claim analysed once (tokens, stems, predicates, figures) for many
// comparisons. Owns copies of the claim's text; immutable, shareable across
// threads.
class PreparedClaim {
 public:
  virtual ~PreparedClaim() = default;
};

class ConflictDetector {
 public:
  // Loads the built-in lexicon; Internal if it fails to parse or the stemmer is
  // missing.
  static absl::StatusOr<std::unique_ptr<ConflictDetector>> Create();
  virtual ~ConflictDetector() = default;

  // The strongest conflict between `a` and `b`, or nullopt when they agree,
  // repeat each other or are unrelated. Directional rules are tried both ways
  // (see ConflictFinding::b_answers_a); `a` is preferably the later claim.
  virtual std::optional<ConflictFinding> Compare(const ClaimText& a,
                                                 const ClaimText& b) const = 0;

  // The claim's parties as index terms for finding candidates, at most
  // `limit`: "e:<entity>" for parties named in the content, given in
  // ClaimText::entities or naming the speaker (aliases folded: "Moscow" ->
  // "e:russia"; "Maria Zakharova" -> "e:zakharova"), in that order. Two claims
  // given a shared entity share a term. A pair the rules flag may share none
  // (the same figure's noun, a reference such as "these allegations"): a
  // caller compares such pairs only where it has other grounds (one document,
  // one story). Thread-safe.
  virtual std::vector<std::string> Terms(const ClaimText& claim,
                                         std::size_t limit = 24) const = 0;

  // The same, for claims prepared once: what a store comparing one new claim
  // with many stored ones should use.
  virtual std::shared_ptr<const PreparedClaim> Prepare(const ClaimText& claim) const = 0;
  virtual std::optional<ConflictFinding> Compare(const PreparedClaim& a,
                                                 const PreparedClaim& b) const = 0;
  virtual std::vector<std::string> Terms(const PreparedClaim& claim,
                                         std::size_t limit = 24) const = 0;
};

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_CONFLICT_DETECTOR_H_
