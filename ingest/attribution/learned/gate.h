// The learned gate over the tagger's additions: in the default mode
// (rules+model) a tagger attribution that no rule attribution overlaps is
// added only when it has a stated source and reads as a reported clause
// with no negated cue (AdditionChecks::GateMayAdd: objects of look-alike
// verbs and reporters' questions are never claims) and a binary classifier
// says so. The classifier is a linear
// model over hashed sparse features of the candidate (its cue, source,
// content, the tagger's confidence and the hand conditions' verdicts),
// trained by tools/train/train_gate.sh on jackknifed PolNeAR train
// candidates; a Platt sigmoid maps its score to a probability, and the
// file's threshold (chosen on the inner dev) decides.
//
// File layout (little-endian):
//   8 bytes  magic "CGGATE\0\0"
//   u32      format version (kGateFormatVersion)
//   u32      feature version (kGateFeatureVersion)
//   u32      hash bits (2^bits weights)
//   f32 x3   Platt a, Platt b (p = 1 / (1 + exp(a * score + b))), threshold on p
//   u64      number of weights (2^bits)
//   f32 ...  weights
//   u64      xxh64 (seed 0) of every byte before it
// Load() checks every field; a missing, truncated, corrupted or mismatched
// file is an error naming the path and what is wrong.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_GATE_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_GATE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest/attribution/attribution_finder.h"
#include "ingest/attribution/quotes.h"

namespace claimgraph::ingest::learned {

inline constexpr uint32_t kGateFormatVersion = 1;
// Bumped whenever GateFeatures changes: a gate trained on other features is
// refused at load time.
inline constexpr uint32_t kGateFeatureVersion = 1;
inline constexpr uint32_t kGateHashBits = 16;

// A verb of saying of the lexicon that takes a clause (not "attacked",
// "dismissed", "called", nor a quote-only cue), other than the cues the rules
// read only in narrow frames (word list rules_only_cue: "show", "think").
bool StatementCue(const Token& t);

// The hand-written conditions on a tagger addition (extract-0.11's default),
// each verdict on its own; the gate reads them as features.
struct AdditionChecks {
  bool cue = false;            // the attribution has a cue
  bool source = false;         // a stated source (not a reporter's "asked if …")
  bool statement_cue = false;  // a StatementCue token inside the cue
  int content_words = 0;       // word tokens of the content
  bool negated = false;        // "not", "never", "-n't" just before or in the cue
  // Reads as a reported clause: quoted, before its cue, or opened by a
  // clause opener of data/word_lists.txt (that, whether, if, to, a wh-word).
  bool clause = false;
  bool clause_opener = false;  // the content's first word is a clause opener

  // What the gate is asked about: a stated source, a reported clause, no
  // negated cue (the hand conditions kept as hard ones: without them the
  // gate took objects of look-alike verbs and reporters' "asked if …").
  bool GateMayAdd() const { return cue && source && clause && !negated; }

  // The hand conditions: cue, source, enough words, not negated, a clause,
  // and with `lexicon_cues_only` a verb of saying in the cue.
  bool Pass(bool lexicon_cues_only, int min_content_words) const {
    return cue && source && (statement_cue || !lexicon_cues_only) &&
           content_words >= min_content_words && !negated && clause;
  }
};

// The checks of tagger attribution `a`, whose paragraph's tokens are `tokens`.
AdditionChecks CheckAddition(std::string_view text, const std::vector<Token>& tokens,
                             const Attribution& a);

struct GateFeature {
  uint32_t id;  // in [0, 2^kGateHashBits)
  float value;
};

// What the gate sees of one candidate addition.
struct GateInput {
  std::string_view text;
  const ParagraphTokens* paragraph = nullptr;
  int paragraph_index = 0;
  const AttributionCandidate* candidate = nullptr;    // the tagger's
  std::span<const AttributionCandidate> rules;        // the paragraph's rule proposals
  AdditionChecks checks;
  int min_content_words = 4;
};

// The candidate's features into `out` (cleared first). Deterministic: the
// same input gives the same ids and values at training and run time.
void GateFeatures(const GateInput& in, std::vector<GateFeature>* out);

class Gate {
 public:
  // Reads and validates the gate at `path`.
  static absl::StatusOr<std::shared_ptr<const Gate>> Load(const std::string& path);
  // As Load, but loads each path once per process and shares the result.
  static absl::StatusOr<std::shared_ptr<const Gate>> LoadShared(const std::string& path);
  // Writes a gate (the trainer's output); `weights` has 2^kGateHashBits floats.
  static absl::Status Save(const std::string& path, const std::vector<float>& weights,
                           float platt_a, float platt_b, float threshold,
                           uint64_t* checksum = nullptr);
  // $CLAIMGRAPH_GATE when set, else the source tree's data/models/gate.model.
  static std::string DefaultPath();

  // The linear score and the probability of `features`.
  float Score(std::span<const GateFeature> features) const;
  float Probability(std::span<const GateFeature> features) const;
  float threshold() const { return threshold_; }
  uint64_t checksum() const { return checksum_; }

 private:
  std::vector<float> weights_;
  float platt_a_ = -1, platt_b_ = 0, threshold_ = 0.5f;
  uint64_t checksum_ = 0;
};

// Sees every candidate addition in rules+model mode (a tagger attribution no
// rule attribution overlaps) with its checks and gate features, before the
// decision: the gate trainer's hook. Called on the extractor's thread.
class AdditionObserver {
 public:
  virtual ~AdditionObserver() = default;
  virtual void OnAddition(std::string_view text, const Attribution& a,
                          const AdditionChecks& checks,
                          std::span<const GateFeature> features) = 0;
};

}  // namespace claimgraph::ingest::learned

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_GATE_H_
