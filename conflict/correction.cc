// Rule "correction" (CORRECTS): a speaker correcting its own earlier claim.
#include "common/strings.h"
#include "conflict/rules.h"

namespace claimgraph::ingest::conflict_internal {
namespace {

// The first correction marker in a claim ("revised its"; "as stated" only
// with a negator or a contrast word in the claim: "not a reopening as
// stated yesterday").
std::optional<TextRange> CorrectionMarker(const Claim& c, const Lexicon& lex) {
  const auto& t = c.an.tokens;
  bool contrast = false;
  for (std::size_t i = 0; i < t.size() && !contrast; ++i)
    contrast = c.an.negator[i] || lex.Has("correctioncontrast", t[i].stem);
  for (std::size_t i = 0; i < t.size(); ++i) {
    auto m = lex.Match("correction", t, i);
    if (m && (m->key == "self" || contrast))
      return Range(c.an, i, i + static_cast<std::size_t>(m->length) - 1);
  }
  return std::nullopt;
}

}  // namespace

// Rule "correction" (CORRECTS): `a` says it corrects an earlier statement
// and `b`, by the same speaker, is that statement. Example (the wire news of
// issue 12): "the talks are a new issue and not a reopening as stated
// yesterday" corrects the same ministry's "the talks reopen the 1985 trade
// accord". Two corrections of one statement agree; `a` dated before `b`
// cannot correct it.
std::optional<ConflictFinding> Correction(const Claim& a, const Claim& b,
                                          const Lexicon& lex) {
  if (!SameSpeaker(a.an, b.an, lex)) return std::nullopt;
  std::optional<TextRange> marker = CorrectionMarker(a, lex);
  if (!marker || CorrectionMarker(b, lex)) return std::nullopt;
  if (!a.text->said_on.empty() && !b.text->said_on.empty() &&
      a.text->said_on < b.text->said_on)
    return std::nullopt;
  int shared = 0;
  if (Overlap(a.an, b.an, &shared) < 0.3 || shared < 2) return std::nullopt;
  // Units and words every claim shares ("billion yen", "the company") do not
  // make two claims one statement: Sharp's revised profit estimate "to 14
  // billion yen from 19 billion yen" does not correct its forecast that
  // "sales would fall five pct to 770 billion yen" (issue 12).
  bool topic = false;
  for (const auto& [stem, w] : a.an.weights)
    topic = topic || (b.an.weights.count(stem) && !lex.Has("noalign", stem));
  if (!topic) return std::nullopt;
  // The evidence in b: from its first to its last word shared with a.
  const auto& tb = b.an.tokens;
  std::optional<std::size_t> first, last;
  for (std::size_t j = 0; j < tb.size(); ++j) {
    if (tb[j].punct || !a.an.weights.count(tb[j].stem)) continue;
    if (!first) first = j;
    last = j;
  }
  if (!first) return std::nullopt;
  ConflictFinding f;
  f.type = ConflictType::kCorrects;
  f.rule = "correction";
  f.confidence = kConfidence.correction;
  f.evidence_a = *marker;
  f.evidence_b = Range(b.an, *first, *last);
  f.reason = Cat("correction: ", a.text->speaker, " corrects its earlier ",
                 Quote(b, f.evidence_b), " (", Quote(a, f.evidence_a), ")");
  return f;
}

}  // namespace claimgraph::ingest::conflict_internal
