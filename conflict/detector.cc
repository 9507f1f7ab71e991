// The conflict detector: prepares claims, gates the pairs no rule may judge,
// and tries the rules in the order of kRules, returning the first finding.
// Each rule is in its own file (rules.h lists them).
#include "conflict/detector.h"

#include <algorithm>
#include <array>

#include "absl/strings/ascii.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "conflict/internal.h"
#include "conflict/rules.h"

namespace claimgraph::ingest {

using conflict_internal::Analysis;
using conflict_internal::Claim;
using conflict_internal::Lexicon;
using conflict_internal::Predicate;
using conflict_internal::Quantity;

std::string_view ConflictTypeName(ConflictType type) {
  switch (type) {
    case ConflictType::kContradicts:
      return "contradicts";
    case ConflictType::kRebuts:
      return "rebuts";
    case ConflictType::kDenies:
      return "denies";
    case ConflictType::kFiguresDiffer:
      return "figures_differ";
    case ConflictType::kCorrects:
      return "corrects";
  }
  return "unknown";
}

namespace {

// How a step of the rule table is tried on the pair (a, b).
enum class Direction {
  kOneWay,   // (a, b) only
  kAnswers,  // (a, b), then (b, a); a finding of (b, a) is b answering a:
             // its evidence is swapped back and b_answers_a set
  kEither,   // (a, b), then (b, a); a finding of (b, a) has its evidence
             // swapped back, and no side answers the other
};

struct Step {
  Direction direction;
  // Tried in this order for one direction before the next direction.
  std::array<conflict_internal::Rule, 2> rules;
};

// The rules, strongest first: Compare() returns the first finding. Each is
// in the file named for it, with a real sentence pair in its comment.
constexpr std::array<Step, 5> kRules = {{
    // correction.cc (CORRECTS): the same speaker corrects its earlier claim.
    {Direction::kAnswers, {conflict_internal::Correction}},
    // reference.cc (REBUTS): rejects a claim it points at; denial.cc
    // (DENIES): denies what the other asserts. Both (a, b) before (b, a).
    {Direction::kAnswers,
     {conflict_internal::Reference, conflict_internal::Denial}},
    // relation.cc (CONTRADICTS): one relation asserted and negated.
    {Direction::kOneWay, {conflict_internal::Relation}},
    // negation.cc (CONTRADICTS): a negated predicate asserted in the other.
    {Direction::kEither, {conflict_internal::Negation}},
    // figures.cc (FIGURES_DIFFER): two figures for one count.
    {Direction::kOneWay, {conflict_internal::Figures}},
}};

// Fewer than three words and no claim reference ("the truth"): states nothing
// another claim could contradict; a short reference ("denied these
// allegations") points at a claim that does.
bool Fragment(const Analysis& an) {
  constexpr int kMinWords = 3;
  int n = 0;
  for (const auto& t : an.tokens) n += !t.punct;
  return n < kMinWords && an.references.empty();
}

// Repetition: the same words (two copies of one wire story, or two people
// saying the same) with the same polarity and the same figures are never a
// conflict. The same words with other figures are two sources' counts of one
// quantity ("OPEC crude oil output in February averaged 16.2 mln barrels per
// day" vs "... 15.4 mln ..."): the figures rule judges them.
bool Repeats(const Claim& a, const Claim& b) {
  if (a.lower_content == b.lower_content && a.an.deny_cue == b.an.deny_cue)
    return true;
  // The cheap tests first: most pairs fail them.
  if (a.an.weights.size() != b.an.weights.size() ||
      a.an.any_negation != b.an.any_negation || a.an.deny_cue != b.an.deny_cue ||
      a.an.quantities.size() != b.an.quantities.size())
    return false;
  for (std::size_t i = 0; i < a.an.quantities.size(); ++i)
    if (a.an.quantities[i].figure.text != b.an.quantities[i].figure.text)
      return false;
  int shared = 0;
  return conflict_internal::Overlap(a.an, b.an, &shared) >= 0.9;
}

class Detector final : public ConflictDetector {
 public:
  explicit Detector(std::unique_ptr<Lexicon> lex) : lex_(std::move(lex)) {}

  std::shared_ptr<const PreparedClaim> Prepare(
      const ClaimText& claim) const override {
    auto prepared = std::make_shared<Claim>();
    prepared->content = std::string(claim.content);
    prepared->speaker = std::string(claim.speaker);
    prepared->cue_lemma = std::string(claim.cue_lemma);
    prepared->said_on = std::string(claim.said_on);
    prepared->doc_id = std::string(claim.doc_id);
    ClaimText& text = prepared->owned;
    text.content = prepared->content;
    text.speaker = prepared->speaker;
    text.cue_lemma = prepared->cue_lemma;
    text.said_on = prepared->said_on;
    text.doc_id = prepared->doc_id;
    text.entities = claim.entities;
    text.offset = claim.offset;
    text.asserts = claim.asserts;
    prepared->lower_content = prepared->content;
    absl::AsciiStrToLower(&prepared->lower_content);
    prepared->an = conflict_internal::Analyze(text, *lex_, ThreadStemmer());
    return prepared;
  }

  std::optional<ConflictFinding> Compare(const ClaimText& a,
                                         const ClaimText& b) const override {
    return Compare(*Prepare(a), *Prepare(b));
  }

  std::optional<ConflictFinding> Compare(
      const PreparedClaim& pa, const PreparedClaim& pb) const override {
    const Claim& ca = static_cast<const Claim&>(pa);
    const Claim& cb = static_cast<const Claim&>(pb);
    // Wishes, intentions, beliefs and forecasts assert nothing that another
    // claim could contradict.
    if (!ca.an.participates || !cb.an.participates) return std::nullopt;
    if (Fragment(ca.an) || Fragment(cb.an)) return std::nullopt;
    if (Repeats(ca, cb)) return std::nullopt;
    for (const Step& step : kRules) {
      for (bool swapped : {false, true}) {
        if (swapped && step.direction == Direction::kOneWay) break;
        for (conflict_internal::Rule rule : step.rules) {
          if (!rule) continue;
          std::optional<ConflictFinding> f =
              rule(swapped ? cb : ca, swapped ? ca : cb, *lex_);
          if (!f) continue;
          if (swapped) {
            std::swap(f->evidence_a, f->evidence_b);
            f->b_answers_a = step.direction == Direction::kAnswers;
          }
          return f;
        }
      }
    }
    return std::nullopt;
  }

  std::vector<std::string> Terms(const ClaimText& claim,
                                 std::size_t limit) const override {
    return Terms(*Prepare(claim), limit);
  }

  std::vector<std::string> Terms(const PreparedClaim& prepared,
                                 std::size_t limit) const override {
    const Analysis& an = static_cast<const Claim&>(prepared).an;
    std::vector<std::string> out;
    auto add = [&](std::string term) {
      if (out.size() < limit &&
          std::find(out.begin(), out.end(), term) == out.end())
        out.push_back(std::move(term));
    };
    for (const std::string& e : an.entity_set) add(Cat("e:", e));
    // The speaker too, so that a claim naming a speaker ("Zakharova should be
    // embarassed by that claim") or its party ("the claim from Berlin") meets
    // that speaker's claims.
    for (const std::string& e : an.speaker_side) add(Cat("e:", e));
    if (!an.speaker_words.empty() &&
        !lex_->Has("generic", an.speaker_words.back()))
      add(Cat("e:", an.speaker_words.back()));
    return out;
  }

 private:
  std::unique_ptr<Lexicon> lex_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<ConflictDetector>> ConflictDetector::Create() {
  Stemmer stemmer;
  ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lex, Lexicon::Load(stemmer));
  return std::unique_ptr<ConflictDetector>(new Detector(std::move(lex)));
}

}  // namespace claimgraph::ingest
