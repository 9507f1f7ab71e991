// Internals of the conflict detector's rules, shared by detector.cc (which
// tries them in the order of its rule table) and the one file per rule
// (correction.cc, reference.cc, denial.cc, relation.cc, negation.cc,
// figures.cc). Not a public interface: included only by conflict/*.cc.
#ifndef CLAIMGRAPH_CONFLICT_RULES_H_
#define CLAIMGRAPH_CONFLICT_RULES_H_

#include <cstddef>
#include <optional>
#include <set>
#include <string>

#include "conflict/detector.h"
#include "conflict/internal.h"

namespace claimgraph::ingest::conflict_internal {

// Confidence of each rule's finding: its precision on the pair set
// (tests/data/conflict_pairs.jsonl, Laplace-smoothed: (right + 1) / (flagged +
// 2)) and on the judged sample of the tuning corpus, the lower of the two; see
// tests/data/conflict_pairs.README.md for the counts.
struct RuleConfidence {
  float reference_names = 0.8f;
  float reference_party = 0.75f;
  float reference_content = 0.7f;
  float reference_position = 0.3f;
  float denial_event = 0.75f;
  float denial_proposition = 0.7f;
  float relation = 0.8f;
  float negation_named = 0.75f;
  float negation = 0.65f;
  float figures = 0.75f;
  float figures_compatible = 0.6f;
  float correction = 0.7f;
};
inline constexpr RuleConfidence kConfidence;

// A claim prepared by ConflictDetector::Prepare(): owned copies of its text
// and its analysis.
struct Claim : PreparedClaim {
  // Owned copies: `text` views into them.
  std::string content, speaker, cue_lemma, said_on, doc_id;
  ClaimText owned;
  const ClaimText* text = &owned;
  std::string lower_content;  // ASCII-lower-cased content, for Repeats()
  Analysis an;
};

// A rule: the finding of `a` against `b` (its evidence_a in a, evidence_b in
// b), or nullopt. The rule table of detector.cc says in which directions each
// is tried.
using RuleFunction = std::optional<ConflictFinding>(const Claim& a,
                                                    const Claim& b,
                                                    const Lexicon& lex);
using Rule = RuleFunction*;

// The rules, each in the file named for it and documented there with a real
// sentence pair.
RuleFunction Correction;  // correction.cc: CORRECTS
RuleFunction Reference;   // reference.cc: REBUTS
RuleFunction Denial;      // denial.cc: DENIES
RuleFunction Relation;    // relation.cc: CONTRADICTS
RuleFunction Negation;    // negation.cc: CONTRADICTS
RuleFunction Figures;     // figures.cc: FIGURES_DIFFER

// What more than one rule reads (rule_parts.cc).

// The text from token `first` to token `last`, inclusive.
inline TextRange Range(const Analysis& an, std::size_t first,
                       std::size_t last) {
  return {an.tokens[first].start, an.tokens[last].end};
}

// The text of `r` in c's content, in double quotes.
std::string Quote(const Claim& c, TextRange r);

// Two speakers are the same when their strings are equal or end in the same
// name ("Samantha Power" / "Power"), but not the same role word ("the Russian
// government" / "German government"); empty speakers are never the same.
bool SameSpeaker(const Analysis& a, const Analysis& b, const Lexicon& lex);

// Weighted (IDF) share of the smaller claim's content found in the other:
// sum of shared weights / min(sum a, sum b). Also counts the shared stems.
double Overlap(const Analysis& a, const Analysis& b, int* shared_count);

// Both claims carry time words and none is shared: "on Monday" vs "on
// Friday", "in 1987" vs "in 2019".
bool DifferentTimes(const Analysis& a, const Analysis& b);

// Nearest party before token `at` in its clause (within 8 tokens): the subject
// of "the White House is defending Islamic State".
std::optional<std::string> SubjectBefore(const Analysis& an, std::size_t at);

struct Object {
  std::string entity;  // canonical party, may be empty
  std::string head;    // stem of the last word of the first noun run
  std::size_t last = 0;
};

// The object after a predicate: "colluding with Islamic State militants" ->
// islamic_state / "milit"; "helping the jihadist militants" -> islamic_state /
// "milit" (the alias table folds "jihadist").
Object ObjectAfter(const Analysis& an, const Lexicon& lex, std::size_t from);

}  // namespace claimgraph::ingest::conflict_internal

#endif  // CLAIMGRAPH_CONFLICT_RULES_H_
