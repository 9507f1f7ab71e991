// Rule "negation" (CONTRADICTS): a negated predicate against the same
// predicate asserted.
#include <algorithm>
#include <map>

#include "absl/strings/str_join.h"
#include "common/strings.h"
#include "conflict/rules.h"
#include "text/lexicon.h"

namespace claimgraph::ingest::conflict_internal {
namespace {

// The subject of the predicate at `at`: the nearest party or personal
// pronoun before it in its clause, as "e:<party>" / "p:<pronoun>"; empty when
// there is none within 8 words. A pronoun that stands for the speaker ("it",
// "we": WordLists `speaker_pronoun`) is the speaker, "s:<speaker words>":
// Ford's "it did not raise car prices" and General Motors' "it raised car
// prices" have two subjects (issue 12).
std::string SubjectKey(const Analysis& an, std::size_t at, const Lexicon& lex) {
  std::string key;
  std::size_t best = 0;
  bool found = false;
  for (const auto& m : an.entities)
    if (m.last < at && m.last + 8 >= at && an.clause[m.last] == an.clause[at] &&
        (!found || m.last > best))
      best = m.last, found = true, key = Cat("e:", m.canonical);
  for (std::size_t k = at;
       k-- > 0 && k + 8 >= at && an.clause[k] == an.clause[at];)
    if (lex.Has("pronoun", an.tokens[k].lower) && (!found || k > best)) {
      key = Cat("p:", an.tokens[k].lower);
      if (!an.speaker_words.empty() &&
          WordLists::Default().Contains("speaker_pronoun", an.tokens[k].lower))
        key = Cat("s:", absl::StrJoin(an.speaker_words, " "));
      break;
    }
  return key;
}

// Content words after the predicate in its clause (up to 8 words) in both
// claims: -1 when they disagree (one side has some and the other none, no
// shared word, or less than half the smaller side's weight), 0 when neither
// has any, else the number of shared words. Sets the last shared token of
// each side.
int ObjectAgreement(const Analysis& a, std::size_t i, const Analysis& b,
                    std::size_t j, std::size_t* last_a, std::size_t* last_b,
                    const Lexicon& lex) {
  auto object = [&](const Analysis& an, std::size_t at) {
    std::map<std::string, std::size_t> out;
    for (std::size_t k = at + 1;
         k < an.tokens.size() && k <= at + 8 && an.clause[k] == an.clause[at];
         ++k)
      if (an.weights.count(an.tokens[k].stem) && !an.embedded[k])
        out.emplace(an.tokens[k].stem, k);
    return out;
  };
  auto oa = object(a, i), ob = object(b, j);
  if (oa.empty() || ob.empty()) return oa.empty() && ob.empty() ? 0 : -1;
  // Names in the objects must agree: "access to Clinton's email account" is
  // not "access to the email accounts of high-profile people".
  auto names = [](const Analysis& an,
                  const std::map<std::string, std::size_t>& object) {
    std::set<std::string> out;
    for (const auto& [stem, k] : object)
      if (an.tokens[k].capitalised && !an.tokens[k].all_upper) out.insert(stem);
    return out;
  };
  if (names(a, oa) != names(b, ob)) return -1;
  double wa = 0, wb = 0, shared = 0;
  int count = 0;
  for (const auto& [stem, k] : oa) {
    wa += lex.Idf(stem);
    if (auto it = ob.find(stem); it != ob.end()) {
      shared += lex.Idf(stem), ++count;
      *last_a = std::max(*last_a, k);
      *last_b = std::max(*last_b, it->second);
    }
  }
  for (const auto& [stem, k] : ob) wb += lex.Idf(stem);
  if (shared <= 0 || shared < 0.5 * std::min(wa, wb)) return -1;
  return count;
}

}  // namespace

// Rule "negation" (CONTRADICTS): the same predicate over the same arguments,
// directly negated in a ("was never forced", "did n't pay"; not a noun
// phrase's negator such as "no" or "nothing", nor "not all") and asserted
// in b, neither under a modal or forecast, at the same time:
//  - the predicate is the word the negator governs (only auxiliaries
//    between), never a figure, unit or date word (issue 12: "did not take
//    into account Argentina's request for a 2.15 billion dlr loan" was paired
//    with "Argentina was seeking 2.15 billion dlrs" through "billion");
//  - the subjects agree: the same party, or the same pronoun;
//  - the objects agree: words after the predicate shared, carrying half the
//    smaller object's weight: two of them, or one, or none for a predicate
//    without object, when the subject is named;
//  - time words, when both claims have them, overlap.
// Example (Wikinews, the Church of Scientology vs Valeska Paris): "She was
// also never forced to perform labour in the engine room" vs "she was forced
// to work in the engine room".
std::optional<ConflictFinding> Negation(const Claim& a, const Claim& b,
                                        const Lexicon& lex) {
  if (!a.an.any_negation || a.an.deny_cue || b.an.deny_cue ||
      SameSpeaker(a.an, b.an, lex) || DifferentTimes(a.an, b.an))
    return std::nullopt;
  const auto& ta = a.an.tokens;
  const auto& tb = b.an.tokens;
  for (std::size_t i = 0; i < ta.size(); ++i) {
    if (a.an.negated_by[i] < 0 || a.an.modal[i] || a.an.embedded[i]) continue;
    const std::size_t neg = static_cast<std::size_t>(a.an.negated_by[i]);
    // "voted no to the Iraq war", "nothing to do with the State
    // Department": a negated noun phrase, not a negated predicate; "not all
    // campaigns require ...": a negated quantifier, a narrower claim.
    if (lex.Has("npnegator", ta[neg].lower) ||
        (neg + 1 < ta.size() && lex.Has("negquant", ta[neg + 1].lower)))
      continue;
    for (std::size_t j = 0; j < tb.size(); ++j) {
      if (b.an.stem_hash[j] != a.an.stem_hash[i] || tb[j].stem != ta[i].stem ||
          b.an.negated[j] || b.an.embedded[j] || b.an.modal[j])
        continue;
      // A negator elsewhere in b's clause ("the president's claims ... have
      // not gained any momentum") leaves b's polarity unclear: no finding.
      bool b_negates = false;
      for (std::size_t k = 0; k < tb.size(); ++k)
        if (b.an.clause[k] == b.an.clause[j] && b.an.negator[k])
          b_negates = true;
      if (b_negates) continue;
      std::string sa = SubjectKey(a.an, neg, lex),
                  sb = SubjectKey(b.an, j, lex);
      bool named_subject = sa.compare(0, 2, "e:") == 0;
      if (!sa.empty() && !sb.empty() && sa != sb) continue;
      if (sa.empty() != sb.empty()) continue;
      std::size_t last_a = i, last_b = j;
      int object = ObjectAgreement(a.an, i, b.an, j, &last_a, &last_b, lex);
      if (object < 0 || object < (named_subject ? 0 : 2)) continue;
      ConflictFinding f;
      f.type = ConflictType::kContradicts;
      f.rule = "negation";
      f.confidence =
          named_subject ? kConfidence.negation_named : kConfidence.negation;
      f.evidence_a = Range(a.an, neg, last_a);
      f.evidence_b = Range(b.an, j, last_b);
      f.reason = Cat("negation: ", Quote(a, f.evidence_a), " vs ",
                     Quote(b, f.evidence_b),
                     sa.empty() ? std::string() : Cat(", subject ", sa));
      return f;
    }
  }
  return std::nullopt;
}

}  // namespace claimgraph::ingest::conflict_internal
