// Rule "reference" (REBUTS): a claim that points at another speaker's claim
// and rejects it.
#include <algorithm>

#include "common/strings.h"
#include "conflict/rules.h"
#include "text/lexicon.h"

namespace claimgraph::ingest::conflict_internal {
namespace {

// A common noun naming b's speaker ("the campaign", "Podliska's suit")
// must be definite: "an opposing campaign" is not "her campaign". A
// capitalised word (a name) always is.
bool DefiniteIfCommon(const std::vector<ClaimWord>& t, std::size_t i,
                      const Lexicon& lex) {
  if (t[i].capitalised) return true;
  return i > 0 && (t[i - 1].capitalised || lex.Has("refdet", t[i - 1].lower));
}

// The rejection of "Jones fabricated the story" accuses its subject: the
// story is the subject's claim. The subject before the author verb at `at`
// (auxiliaries, quotes and adverbs skipped): "match" when it is b's speaker,
// "other" when it is someone else or a pronoun the rule cannot resolve ("he
// \"fabricated\" the story"), "none" when the verb has no subject before it
// in its clause ("the story was fabricated").
enum class Author { kNone, kMatch, kOther };
Author AuthorOf(const Analysis& a, std::size_t at, const Analysis& b,
                const Lexicon& lex) {
  const auto& t = a.tokens;
  for (std::size_t k = at; k-- > 0 && k + 6 >= at && a.clause[k] == a.clause[at];) {
    if (t[k].punct || lex.Has("aux", t[k].lower)) continue;
    if (!b.speaker_words.empty() && t[k].lower == b.speaker_words.back())
      return Author::kMatch;
    if (t[k].capitalised || lex.Has("pronoun", t[k].lower)) return Author::kOther;
    if (lex.Match("refnoun", t, k)) return Author::kNone;  // passive
  }
  return Author::kNone;
}

// b itself doubts or disputes a claim it refers to ("news reports that
// question his past statements"): it sides with a rejection of that claim.
bool Doubts(const Analysis& b) {
  if (b.references.empty()) return false;
  for (const auto& w : b.tokens)
    if (WordLists::Default().Contains("doubt_word", w.lower)) return true;
  return false;
}

}  // namespace

// Rule "reference" (REBUTS): the answering claim `a` refers to a claim
// ("that claim", "the allegations", "the President's claims", "the claim
// from Berlin") and rejects it - a dismissive evaluation, a deny-class cue,
// or "no evidence" in the reference's clause - and the reference resolves to
// `b`, made earlier by another speaker:
//  - a names b's speaker in the reference's clause ("Zakharova should be
//    embarrassed by that claim"; a common noun only when definite: "the
//    campaign", not "an opposing campaign"; the store keeps this only within
//    a story); a reference made by the speaker's possessive ("Pennzoil's
//    claim that Texaco had agreed to the terms is simply not true") also
//    needs two of the words after the noun in b;
//  - a names b's party next to the reference ("the claim from Berlin" for
//    the German government);
//  - the words after the reference noun are b's content ("the President's
//    claims of widespread voter fraud" vs "won the elections due to voter
//    fraud": two or more shared words, half their weight);
//  - "these allegations" with a deny cue answers an earlier claim of the same
//    document made with an allegation cue (low confidence: several may fit).
// The rejection must bear on the reference: a dismissive word in the
// reference's clause that is not an attribute of another noun ("spreading
// false information" rejects no report), or a deny cue. A rejection that
// accuses an author ("Jones fabricated the story") rebuts only a claim of that
// author, and none when the author is a pronoun. A negation elsewhere in a
// ("the claims have not gained momentum") is not a rejection of the claim; two
// rejections of the same claim agree, and so do a rejection and a claim that
// itself questions or disputes a claim (issue 12).
std::optional<ConflictFinding> Reference(const Claim& a, const Claim& b,
                                         const Lexicon& lex) {
  if (a.an.references.empty() || SameSpeaker(a.an, b.an, lex))
    return std::nullopt;
  const auto& ref = a.an.references.front();
  const auto& t = a.an.tokens;
  const bool dismissed =
      a.an.dismissal && a.an.clause[*a.an.dismissal] == a.an.clause[ref.token];
  bool rejects = dismissed || a.an.deny_cue;
  for (std::size_t k = 0; k < t.size() && !rejects; ++k)
    rejects = a.an.clause[k] == a.an.clause[ref.token] && a.an.evidential[k];
  if (!rejects) return std::nullopt;
  if (dismissed &&
      WordLists::Default().Contains("author_verb", t[*a.an.dismissal].lower) &&
      AuthorOf(a.an, *a.an.dismissal, b.an, lex) == Author::kOther)
    return std::nullopt;
  if (!b.an.references.empty() &&
      (b.an.dismissal || b.an.deny_cue || b.an.any_negation || Doubts(b.an)))
    return std::nullopt;
  if (!a.text->doc_id.empty() && a.text->doc_id == b.text->doc_id &&
      b.text->offset > a.text->offset)
    return std::nullopt;
  std::string how;
  float confidence = 0;
  std::size_t named = ref.token;
  if (!b.an.speaker_words.empty() && b.an.speaker_words.back().size() >= 3 &&
      !lex.Has("generic", b.an.speaker_words.back())) {
    for (std::size_t i = 0; i < t.size(); ++i)
      if (t[i].lower == b.an.speaker_words.back() &&
          std::max(i, ref.token) - std::min(i, ref.token) <= 8 &&
          DefiniteIfCommon(t, i, lex) &&
          !(a.an.speaker_words.size() &&
            a.an.speaker_words.back() == t[i].lower)) {
        how = Cat("names ", b.text->speaker);
        confidence = kConfidence.reference_names, named = i;
        break;
      }
  }
  if (how.empty()) {
    for (const auto& m : a.an.entities)
      if (b.an.speaker_side.count(m.canonical) &&
          !a.an.speaker_side.count(m.canonical) &&
          std::max(m.first, ref.token) - std::min(m.last, ref.token) <= 2) {
        how = Cat("points at ", m.canonical, " (", b.text->speaker, ")");
        confidence = kConfidence.reference_party, named = m.first;
        break;
      }
  }
  // The words that say what the referred claim is: after the noun, in its
  // clause ("claims of widespread voter fraud"); their count when b carries
  // two or more of them and (unless `any_weight`) half their weight, else 0.
  std::size_t content_last = ref.token;
  auto content_words = [&](bool any_weight) {
    double weight = 0, shared = 0;
    int count = 0;
    for (std::size_t k = ref.token + 1;
         k < t.size() && k <= ref.token + 8 &&
         a.an.clause[k] == a.an.clause[ref.token];
         ++k) {
      auto w = a.an.weights.find(t[k].stem);
      if (w == a.an.weights.end()) continue;
      weight += w->second;
      if (b.an.weights.count(t[k].stem))
        shared += w->second, ++count, content_last = k;
    }
    return count >= 2 && (any_weight || shared >= 0.5 * weight) ? count : 0;
  };
  // "Rubio's claim that Cruz is in favor of legalizing ...": a claim named by
  // its speaker's possessive says which of the speaker's claims it means, and
  // only that one is rebutted: two of its words in b, whatever their weight
  // (the speaker is named too; issue 12).
  if (ref.possessive && !how.empty() && !content_words(true))
    return std::nullopt;
  if (how.empty()) {
    if (int count = content_words(false)) {
      how = Cat("names its content (", count, " words)");
      confidence = kConfidence.reference_content, named = content_last;
    }
  }
  if (how.empty() && ref.cls == "allegation" && b.an.accuse_cue &&
      a.an.deny_cue && !a.text->doc_id.empty() &&
      a.text->doc_id == b.text->doc_id && b.text->offset < a.text->offset) {
    how = "answers an earlier allegation in the same document";
    confidence = kConfidence.reference_position;
  }
  if (how.empty()) return std::nullopt;
  ConflictFinding f;
  f.type = ConflictType::kRebuts;
  f.rule = "reference";
  f.confidence = confidence;
  std::size_t first = std::min(named, ref.token),
              last = std::max(named, ref.token);
  if (a.an.dismissal) {
    first = std::min(first, *a.an.dismissal);
    last = std::max(last, *a.an.dismissal);
  }
  f.evidence_a = Range(a.an, first, last);
  f.evidence_b = {0, static_cast<uint32_t>(b.text->content.size())};
  f.reason = Cat("reference: ", Quote(a, f.evidence_a), " refers to a ",
                 ref.cls, " and ", how);
  return f;
}

}  // namespace claimgraph::ingest::conflict_internal
