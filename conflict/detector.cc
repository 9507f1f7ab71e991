// The conflict detector's rules. Each rule is a function of two analysed
// claims; Compare() tries them strongest first and returns the first finding.
#include "conflict/detector.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "conflict/internal.h"

namespace claimgraph::ingest {

using conflict_internal::Analysis;
using conflict_internal::Lexicon;
using conflict_internal::Predicate;
using conflict_internal::Quantity;
using conflict_internal::Token;

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

bool FiguresOverlap(const Figure& a, const Figure& b) {
  // Lower end of the intersection against its upper end.
  auto below = [](const Figure& lo_side, const Figure& hi_side) {
    // Is lo_side.low strictly beyond hi_side's upper bound?
    if (hi_side.unbounded_high) return false;
    if (lo_side.low > hi_side.high) return true;
    if (lo_side.low == hi_side.high)
      return !(lo_side.low_inclusive && hi_side.high_inclusive);
    return false;
  };
  return !below(a, b) && !below(b, a);
}

namespace {

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
constexpr RuleConfidence kConfidence;

struct Claim : PreparedClaim {
  // Owned copies: `text` views into them.
  std::string content, speaker, cue_lemma, said_on, doc_id;
  ClaimText owned;
  const ClaimText* text = &owned;
  std::string lower_content;  // ASCII-lower-cased content, for Repeats()
  Analysis an;
};

TextRange Range(const Analysis& an, std::size_t first, std::size_t last) {
  return {an.tokens[first].start, an.tokens[last].end};
}

std::string Quote(const Claim& c, TextRange r) {
  return Cat("\"", c.text->content.substr(r.start, r.end - r.start), "\"");
}

// Two speakers are the same when their strings are equal or end in the same
// name ("Samantha Power" / "Power"), but not the same role word ("the Russian
// government" / "German government"); empty speakers are never the same.
bool SameSpeaker(const Analysis& a, const Analysis& b, const Lexicon& lex) {
  if (a.speaker_words.empty() || b.speaker_words.empty()) return false;
  if (a.speaker_words == b.speaker_words) return true;
  const std::string& last = a.speaker_words.back();
  return last == b.speaker_words.back() && !lex.Has("generic", last);
}

// Weighted (IDF) share of the smaller claim's content found in the other:
// sum of shared weights / min(sum a, sum b). Also counts the shared stems.
// Both maps are sorted by stem, so one merge walk finds the shared ones.
double Overlap(const Analysis& a, const Analysis& b, int* shared_count) {
  double shared = 0, wa = 0, wb = 0;
  int count = 0;
  auto in_b = b.weights.begin();
  for (const auto& [stem, w] : a.weights) {
    wa += w;
    while (in_b != b.weights.end() && in_b->first < stem) ++in_b;
    if (in_b != b.weights.end() && in_b->first == stem) shared += w, ++count;
  }
  for (const auto& [stem, w] : b.weights) wb += w;
  if (shared_count) *shared_count = count;
  double denom = std::min(wa, wb);
  return denom > 0 ? shared / denom : 0;
}

// Nearest party before token `at` in its clause (within 8 tokens): the subject
// of "the White House is defending Islamic State".
std::optional<std::string> SubjectBefore(const Analysis& an, std::size_t at) {
  const conflict_internal::EntityMention* best = nullptr;
  for (const auto& m : an.entities)
    if (m.last < at && m.last + 8 >= at && an.clause[m.last] == an.clause[at] &&
        (!best || m.last > best->last))
      best = &m;
  if (!best) return std::nullopt;
  return best->canonical;
}

struct Object {
  std::string entity;  // canonical party, may be empty
  std::string head;    // stem of the last word of the first noun run
  std::size_t last = 0;
};

// The object after a predicate: "colluding with Islamic State militants" ->
// islamic_state / "milit"; "helping the jihadist militants" -> islamic_state /
// "milit" (the alias table folds "jihadist").
Object ObjectAfter(const Analysis& an, const Lexicon& lex, std::size_t from) {
  Object o;
  const auto& t = an.tokens;
  std::size_t j = from;
  while (j < t.size() && j < from + 4 && an.clause[j] == an.clause[from - 1] &&
         !t[j].punct && lex.Match("stop", t, j))
    ++j;
  for (const auto& m : an.entities)
    if (m.first >= j && m.first < j + 3 &&
        an.clause[m.first] == an.clause[from - 1]) {
      o.entity = m.canonical;
      break;
    }
  for (; j < t.size() && !t[j].punct && !lex.Match("stop", t, j) &&
         an.clause[j] == an.clause[from - 1];
       ++j) {
    o.head = t[j].stem;
    o.last = j;
  }
  return o;
}

class Detector final : public ConflictDetector {
 public:
  explicit Detector(std::unique_ptr<Lexicon> lex) : lex_(std::move(lex)) {}

  std::shared_ptr<const PreparedClaim> Prepare(const ClaimText& claim) const override {
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
    prepared->an =
        conflict_internal::Analyze(text, *lex_, ThreadStemmer());
    return prepared;
  }

  std::optional<ConflictFinding> Compare(const ClaimText& a,
                                         const ClaimText& b) const override {
    return Compare(*Prepare(a), *Prepare(b));
  }

  std::optional<ConflictFinding> Compare(const PreparedClaim& pa,
                                         const PreparedClaim& pb) const override {
    const Claim& ca = static_cast<const Claim&>(pa);
    const Claim& cb = static_cast<const Claim&>(pb);
    // Wishes, intentions, beliefs and forecasts assert nothing that another
    // claim could contradict.
    if (!ca.an.participates || !cb.an.participates) return std::nullopt;
    // A fragment ("the truth") states nothing another claim could contradict;
    // a short reference ("denied these allegations") points at a claim that does.
    if (Fragment(ca.an) || Fragment(cb.an)) return std::nullopt;
    if (Repeats(ca, cb)) return std::nullopt;
    for (bool swapped : {false, true}) {
      if (auto f = Correction(swapped ? cb : ca, swapped ? ca : cb)) {
        if (swapped) {
          std::swap(f->evidence_a, f->evidence_b);
          f->b_answers_a = true;
        }
        return f;
      }
    }
    for (bool swapped : {false, true}) {
      const Claim& x = swapped ? cb : ca;
      const Claim& y = swapped ? ca : cb;
      std::optional<ConflictFinding> f = Reference(x, y);
      if (!f) f = Denial(x, y);
      if (f) {
        if (swapped) {
          std::swap(f->evidence_a, f->evidence_b);
          f->b_answers_a = true;
        }
        return f;
      }
    }
    if (auto f = Relation(ca, cb)) return f;
    if (auto f = Negation(ca, cb)) return f;
    if (auto f = Negation(cb, ca)) {
      std::swap(f->evidence_a, f->evidence_b);
      return f;
    }
    return Figures(ca, cb);
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
    for (const Quantity& q : an.quantities)
      if (!q.figure.unit.empty() && !q.measure.empty())
        add(Cat("q:", q.figure.unit));
    for (const Predicate& p : an.predicates)
      if (p.table != "measure") add(Cat("r:", p.cls));
    std::vector<std::pair<double, std::string>> by_weight;
    for (const auto& [stem, w] : an.weights) by_weight.push_back({-w, stem});
    std::sort(by_weight.begin(), by_weight.end());
    for (const auto& [w, stem] : by_weight) add(stem);
    return out;
  }

 private:
  static bool Fragment(const Analysis& an) {
    constexpr int kMinWords = 3;
    int n = 0;
    for (const auto& t : an.tokens) n += !t.punct;
    return n < kMinWords && an.references.empty();
  }

  // Repetition: the same words (two copies of one wire story, or two people
  // saying the same) with the same polarity are never a conflict.
  bool Repeats(const Claim& a, const Claim& b) const {
    if (a.lower_content == b.lower_content &&
        a.an.deny_cue == b.an.deny_cue)
      return true;
    // The cheap tests first: most pairs fail them.
    if (a.an.weights.size() != b.an.weights.size() ||
        a.an.any_negation != b.an.any_negation || a.an.deny_cue != b.an.deny_cue)
      return false;
    int shared = 0;
    return Overlap(a.an, b.an, &shared) >= 0.9;
  }

  // The first correction marker in a claim ("revised its"; "as stated" only
  // with a negator or a contrast word in the claim: "not a reopening as
  // stated yesterday").
  std::optional<TextRange> CorrectionMarker(const Claim& c) const {
    const auto& t = c.an.tokens;
    bool contrast = false;
    for (std::size_t i = 0; i < t.size() && !contrast; ++i)
      contrast = c.an.negator[i] || lex_->Has("correctioncontrast", t[i].stem);
    for (std::size_t i = 0; i < t.size(); ++i) {
      auto m = lex_->Match("correction", t, i);
      if (m && (m->key == "self" || contrast))
        return Range(c.an, i, i + static_cast<std::size_t>(m->length) - 1);
    }
    return std::nullopt;
  }

  // Rule "correction" (CORRECTS): `a` says it corrects an earlier statement
  // and `b`, by the same speaker, is that statement. Example (the wire news of
  // issue 12): "the talks are a new issue and not a reopening as stated
  // yesterday" corrects the same ministry's "the talks reopen the 1985 trade
  // accord". Two corrections of one statement agree; `a` dated before `b`
  // cannot correct it.
  std::optional<ConflictFinding> Correction(const Claim& a, const Claim& b) const {
    if (!SameSpeaker(a.an, b.an, *lex_)) return std::nullopt;
    std::optional<TextRange> marker = CorrectionMarker(a);
    if (!marker || CorrectionMarker(b)) return std::nullopt;
    if (!a.text->said_on.empty() && !b.text->said_on.empty() &&
        a.text->said_on < b.text->said_on)
      return std::nullopt;
    int shared = 0;
    if (Overlap(a.an, b.an, &shared) < 0.3 || shared < 2) return std::nullopt;
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

  // Rule "reference" (REBUTS): the answering claim `a` refers to a claim
  // ("that claim", "the allegations", "the President's claims", "the claim
  // from Berlin") and rejects it - a dismissive evaluation, a deny-class cue,
  // or "no evidence" in the reference's clause - and the reference resolves to
  // `b`, made earlier by another speaker:
  //  - a names b's speaker in the reference's clause ("Zakharova should be
  //    embarrassed by that claim"; a common noun only when definite: "the
  //    campaign", not "an opposing campaign"; the store keeps this only within
  //    a story);
  //  - a names b's party next to the reference ("the claim from Berlin" for
  //    the German government);
  //  - the words after the reference noun are b's content ("the President's
  //    claims of widespread voter fraud" vs "won the elections due to voter
  //    fraud": two or more shared words, half their weight);
  //  - "these allegations" with a deny cue answers an earlier claim of the same
  //    document made with an allegation cue (low confidence: several may fit).
  // A negation elsewhere in a ("the claims have not gained momentum") is not a
  // rejection of the claim; two rejections of the same claim agree.
  std::optional<ConflictFinding> Reference(const Claim& a,
                                           const Claim& b) const {
    if (a.an.references.empty() || SameSpeaker(a.an, b.an, *lex_))
      return std::nullopt;
    const auto& ref = a.an.references.front();
    const auto& t = a.an.tokens;
    bool rejects = a.an.dismissal.has_value() || a.an.deny_cue;
    for (std::size_t k = 0; k < t.size() && !rejects; ++k)
      rejects = a.an.clause[k] == a.an.clause[ref.token] && a.an.evidential[k];
    if (!rejects) return std::nullopt;
    if (!b.an.references.empty() &&
        (b.an.dismissal || b.an.deny_cue || b.an.any_negation))
      return std::nullopt;
    if (!a.text->doc_id.empty() && a.text->doc_id == b.text->doc_id &&
        b.text->offset > a.text->offset)
      return std::nullopt;
    std::string how;
    float confidence = 0;
    std::size_t named = ref.token;
    if (!b.an.speaker_words.empty() && b.an.speaker_words.back().size() >= 3 &&
        !lex_->Has("generic", b.an.speaker_words.back())) {
      for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i].lower == b.an.speaker_words.back() &&
            std::max(i, ref.token) - std::min(i, ref.token) <= 8 &&
            DefiniteIfCommon(t, i) &&
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
    if (how.empty()) {
      // The words that say what the referred claim is: after the noun, in its
      // clause ("claims of widespread voter fraud").
      double weight = 0, shared = 0;
      int count = 0;
      std::size_t last = ref.token;
      for (std::size_t k = ref.token + 1;
           k < t.size() && k <= ref.token + 8 && a.an.clause[k] == a.an.clause[ref.token];
           ++k) {
        auto w = a.an.weights.find(t[k].stem);
        if (w == a.an.weights.end()) continue;
        weight += w->second;
        if (b.an.weights.count(t[k].stem)) shared += w->second, ++count, last = k;
      }
      if (count >= 2 && shared >= 0.5 * weight) {
        how = Cat("names its content (", count, " words)");
        confidence = kConfidence.reference_content, named = last;
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

  // Rule "denial" (DENIES): `a` has a deny-class cue (deny, reject, dismiss,
  // refute, dispute) and `b`, from another speaker, asserts what is denied:
  //  (1) event: a denied event class ("targeting" = intent) meets a positive,
  //      non-embedded, non-accidental event of a class it hits (attack, intent)
  //      whose agent is the denier's side, and, when the denial has a group
  //      object ("the group"), b names a group. Examples: m03 "A Russian
  //      military spokesman denied targeting the group" vs m02 "several of its
  //      fighters were injured in a bombing by Russian warplanes" and m04 "the
  //      Russians knew the zone contained SDF fighters"; not m07 "... their
  //      jets struck close enough to injure SDF troops" (accidental) nor m01
  //      "after Russia was accused of targeting US-backed forces" (embedded
  //      report).
  //  (2) proposition: b asserts most of a's content positively (weighted
  //  overlap
  //      >= 0.6, 2+ shared words) with the same predicate not negated. FSB
  //      "denies the two explosions are related" is not flagged against "this
  //      too was unrelated to the other explosion" (b is negated too:
  //      agreement).
  std::optional<ConflictFinding> Denial(const Claim& a, const Claim& b) const {
    // "rejected the offer", "dismissed the lawsuit": only a named claim is
    // denied by these (the reference rule).
    if (!a.an.deny_cue || a.an.reject_cue || SameSpeaker(a.an, b.an, *lex_) ||
        b.an.deny_cue)
      return std::nullopt;
    for (const Predicate& pa : a.an.predicates) {
      if (pa.table != "event" || !pa.negated) continue;
      const auto& hits = lex_->DenialHits(pa.cls);
      Object oa = ObjectAfter(a.an, *lex_, pa.token + pa.length);
      bool group_object = !oa.head.empty() && lex_->Has("group", oa.head);
      for (const Predicate& pb : b.an.predicates) {
        if (pb.table != "event" || pb.negated || pb.embedded || b.an.accident)
          continue;
        if (std::find(hits.begin(), hits.end(), pb.cls) == hits.end()) continue;
        std::optional<std::size_t> agent = Agent(b.an, pb, a.an.speaker_side);
        if (!agent) continue;
        if (group_object) {
          bool group = false;
          for (const Token& tb : b.an.tokens)
            group = group || lex_->Has("group", tb.stem);
          if (!group) continue;
        } else if (!oa.entity.empty() && !b.an.entity_set.count(oa.entity)) {
          continue;
        }
        ConflictFinding f;
        f.type = ConflictType::kDenies;
        f.rule = "denial";
        f.confidence = kConfidence.denial_event;
        f.evidence_a = Range(a.an, pa.token, std::max(pa.token, oa.last));
        f.evidence_b =
            Range(b.an, std::min(*agent, pb.token), std::max(*agent, pb.token));
        f.reason =
            Cat("denial: ", a.text->speaker, " denies ", Quote(a, f.evidence_a),
                " (", pa.cls, "); ", b.text->speaker, " asserts ",
                Quote(b, f.evidence_b), " (", pb.cls, ") by the denier's side");
        return f;
      }
    }
    return DeniedProposition(a, b);
  }

  // The proposition part of the denial rule: b asserts what a denies - most of
  // the denied content's weight (0.7) in three or more shared words, b not
  // negated, not itself a reference - and the two concern the same party: b
  // names the denier ("Bolton claims Trump asked Xi ...", "which Trump
  // denied"), or the denial names b's speaker. FSB "denies the two explosions
  // are related" is not flagged against "this too was unrelated to the other
  // explosion" (b is negated too: agreement).
  std::optional<ConflictFinding> DeniedProposition(const Claim& a,
                                                   const Claim& b) const {
    if (b.an.any_negation || !b.an.references.empty()) return std::nullopt;
    bool about_denier = false;
    for (const std::string& party : a.an.speaker_side)
      about_denier = about_denier || b.an.entity_set.count(party);
    const auto& sa = a.an.speaker_words;
    if (!sa.empty() && sa.back().size() >= 3 && !lex_->Has("generic", sa.back()))
      for (const Token& tb : b.an.tokens)
        about_denier = about_denier || tb.lower == sa.back();
    const auto& sb = b.an.speaker_words;
    if (!sb.empty() && sb.back().size() >= 3 && !lex_->Has("generic", sb.back()))
      for (const Token& ta : a.an.tokens)
        about_denier = about_denier || ta.lower == sb.back();
    if (!about_denier) return std::nullopt;
    // Only what b asserts itself counts (not embedded reports), and only what
    // a denies: the share is of a's weight.
    double denied = 0, shared = 0;
    int count = 0;
    for (const auto& [stem, w] : a.an.weights) {
      denied += w;
      if (!b.an.weights.count(stem)) continue;
      bool asserted = false;
      for (std::size_t k = 0; k < b.an.tokens.size(); ++k)
        asserted = asserted || (b.an.tokens[k].stem == stem && !b.an.embedded[k] &&
                                !b.an.modal[k]);
      if (asserted) shared += w, ++count;
    }
    if (count < 3 || denied <= 0 || shared < 0.7 * denied) return std::nullopt;
    ConflictFinding f;
    f.type = ConflictType::kDenies;
    f.rule = "denial";
    f.confidence = kConfidence.denial_proposition;
    f.evidence_a = {0, static_cast<uint32_t>(a.text->content.size())};
    f.evidence_b = {0, static_cast<uint32_t>(b.text->content.size())};
    f.reason = Cat("denial: ", a.text->speaker, " denies what ", b.text->speaker,
                   " asserts (", count, " shared content words)");
    return f;
  }

  // The agent of event `p` in `b` when it is one of `side`: "by Russian
  // warplanes" within 6 tokens after the event in its clause ("his murder and
  // dismemberment inside the consulate by Saudi agents"), or a party before it
  // in the same clause ("the Russians knew"). Returns the party's token.
  std::optional<std::size_t> Agent(const Analysis& b, const Predicate& p,
                                   const std::set<std::string>& side) const {
    if (side.empty()) return std::nullopt;
    const auto& t = b.tokens;
    for (std::size_t k = p.token + p.length;
         k < t.size() && k <= p.token + 6 && b.clause[k] == b.clause[p.token];
         ++k)
      if (t[k].lower == "by")
        for (const auto& m : b.entities)
          if (m.first > k && m.first <= k + 3 && side.count(m.canonical))
            return m.first;
    if (auto s = SubjectBefore(b, p.token); s && side.count(*s))
      for (const auto& m : b.entities)
        if (m.canonical == *s && m.last < p.token) return m.first;
    return std::nullopt;
  }

  // Rule "relation" (CONTRADICTS): the same relation (a synonym set of the
  // lexicon: collude/help/defend/support/aid/back...) between the same subject
  // and object, asserted in one claim and negated - or said to lack evidence -
  // in the other. Speakers may be the same government. Example: a12 "Russia had
  // no ‘specific evidence’ of the United States colluding with Islamic State
  // militants" vs a10 "the White House is defending Islamic State" and a09 "the
  // United States was helping the jihadist militants". Not flagged: a13 "the
  // United States, which has backed some rebel groups" (other object).
  std::optional<ConflictFinding> Relation(const Claim& a,
                                          const Claim& b) const {
    for (const Predicate& pa : a.an.predicates) {
      if (pa.table != "relation" || pa.embedded) continue;
      auto sa = SubjectBefore(a.an, pa.token);
      if (!sa) continue;
      Object oa = ObjectAfter(a.an, *lex_, pa.token + pa.length);
      for (const Predicate& pb : b.an.predicates) {
        if (pb.table != "relation" || pb.cls != pa.cls || pb.embedded ||
            pb.negated == pa.negated)
          continue;
        auto sb = SubjectBefore(b.an, pb.token);
        if (!sb || *sb != *sa) continue;
        Object ob = ObjectAfter(b.an, *lex_, pb.token + pb.length);
        bool same_object = (!oa.entity.empty() && oa.entity == ob.entity) ||
                           (!oa.head.empty() && oa.head == ob.head);
        if (!same_object) continue;
        const Claim& neg = pa.negated ? a : b;
        const Predicate& pn = pa.negated ? pa : pb;
        bool evidential = neg.an.evidential[pn.token];
        ConflictFinding f;
        f.type = ConflictType::kContradicts;
        f.rule = "relation";
        f.confidence = kConfidence.relation;
        f.evidence_a = Range(a.an, pa.token, std::max(pa.token, oa.last));
        f.evidence_b = Range(b.an, pb.token, std::max(pb.token, ob.last));
        std::string object = oa.entity.empty() ? oa.head : oa.entity;
        f.reason =
            Cat("relation: ", pa.cls, "(", *sa, ", ", object, ") is ",
                pa.negated ? (evidential ? "said to lack evidence" : "negated")
                           : "asserted",
                " in ", Quote(a, f.evidence_a), " and ",
                pb.negated ? (evidential ? "said to lack evidence" : "negated")
                           : "asserted",
                " in ", Quote(b, f.evidence_b));
        return f;
      }
    }
    return std::nullopt;
  }

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
  std::optional<ConflictFinding> Negation(const Claim& a,
                                          const Claim& b) const {
    if (!a.an.any_negation || a.an.deny_cue || b.an.deny_cue ||
        SameSpeaker(a.an, b.an, *lex_) || DifferentTimes(a.an, b.an))
      return std::nullopt;
    const auto& ta = a.an.tokens;
    const auto& tb = b.an.tokens;
    for (std::size_t i = 0; i < ta.size(); ++i) {
      if (a.an.negated_by[i] < 0 || a.an.modal[i] || a.an.embedded[i]) continue;
      const std::size_t neg = static_cast<std::size_t>(a.an.negated_by[i]);
      // "voted no to the Iraq war", "nothing to do with the State
      // Department": a negated noun phrase, not a negated predicate; "not all
      // campaigns require ...": a negated quantifier, a narrower claim.
      if (lex_->Has("npnegator", ta[neg].lower) ||
          (neg + 1 < ta.size() && lex_->Has("negquant", ta[neg + 1].lower)))
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
        std::string sa = SubjectKey(a.an, neg), sb = SubjectKey(b.an, j);
        bool named_subject = !sa.empty() && sa.compare(0, 2, "p:") != 0;
        if (!sa.empty() && !sb.empty() && sa != sb) continue;
        if (sa.empty() != sb.empty()) continue;
        std::size_t last_a = i, last_b = j;
        int object = ObjectAgreement(a.an, i, b.an, j, &last_a, &last_b);
        if (object < 0 || object < (named_subject ? 0 : 2)) continue;
        ConflictFinding f;
        f.type = ConflictType::kContradicts;
        f.rule = "negation";
        f.confidence = named_subject ? kConfidence.negation_named
                                     : kConfidence.negation;
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

  // A common noun naming b's speaker ("the campaign", "Podliska's suit")
  // must be definite: "an opposing campaign" is not "her campaign". A
  // capitalised word (a name) always is.
  bool DefiniteIfCommon(const std::vector<ClaimWord>& t, std::size_t i) const {
    if (t[i].capitalised) return true;
    return i > 0 && (t[i - 1].capitalised || lex_->Has("refdet", t[i - 1].lower));
  }

  // The subject of the predicate at `at`: the nearest party or personal
  // pronoun before it in its clause, as "e:<party>" / "p:<pronoun>"; empty when
  // there is none within 8 words.
  std::string SubjectKey(const Analysis& an, std::size_t at) const {
    std::string key;
    std::size_t best = 0;
    bool found = false;
    for (const auto& m : an.entities)
      if (m.last < at && m.last + 8 >= at && an.clause[m.last] == an.clause[at] &&
          (!found || m.last > best))
        best = m.last, found = true, key = Cat("e:", m.canonical);
    for (std::size_t k = at; k-- > 0 && k + 8 >= at && an.clause[k] == an.clause[at];)
      if (lex_->Has("pronoun", an.tokens[k].lower) && (!found || k > best)) {
        key = Cat("p:", an.tokens[k].lower);
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
                         std::size_t j, std::size_t* last_a,
                         std::size_t* last_b) const {
    auto object = [&](const Analysis& an, std::size_t at) {
      std::map<std::string, std::size_t> out;
      for (std::size_t k = at + 1;
           k < an.tokens.size() && k <= at + 8 && an.clause[k] == an.clause[at]; ++k)
        if (an.weights.count(an.tokens[k].stem) && !an.embedded[k])
          out.emplace(an.tokens[k].stem, k);
      return out;
    };
    auto oa = object(a, i), ob = object(b, j);
    if (oa.empty() || ob.empty()) return oa.empty() && ob.empty() ? 0 : -1;
    // Names in the objects must agree: "access to Clinton's email account" is
    // not "access to the email accounts of high-profile people".
    auto names = [](const Analysis& an, const std::map<std::string, std::size_t>& object) {
      std::set<std::string> out;
      for (const auto& [stem, k] : object)
        if (an.tokens[k].capitalised && !an.tokens[k].all_upper) out.insert(stem);
      return out;
    };
    if (names(a, oa) != names(b, ob)) return -1;
    double wa = 0, wb = 0, shared = 0;
    int count = 0;
    for (const auto& [stem, k] : oa) {
      wa += lex_->Idf(stem);
      if (auto it = ob.find(stem); it != ob.end()) {
        shared += lex_->Idf(stem), ++count;
        *last_a = std::max(*last_a, k);
        *last_b = std::max(*last_b, it->second);
      }
    }
    for (const auto& [stem, k] : ob) wb += lex_->Idf(stem);
    if (shared <= 0 || shared < 0.5 * std::min(wa, wb)) return -1;
    return count;
  }

  // Both claims carry time words and none is shared: "on Monday" vs "on
  // Friday", "in 1987" vs "in 2019".
  static bool DifferentTimes(const Analysis& a, const Analysis& b) {
    if (a.times.empty() || b.times.empty()) return false;
    for (const std::string& t : a.times)
      if (b.times.count(t)) return false;
    return true;
  }

  // Rule "figures" (FIGURES_DIFFER): the same counted noun (stem) under the
  // same measure class (kill, injure, missing, ...) with figures that are not
  // equal, stated within a day of each other when both dates are known (counts
  // grow). Parties modifying the noun must agree ("Syrian soldiers" vs "US
  // soldiers" are different quantities). Example: a14 "US jets had killed more
  // than 60 Syrian soldiers" vs a15 "at least 90 Syrian soldiers had been
  // killed": (60, inf) and [90, inf) overlap, so ranges_compatible = true.
  std::optional<ConflictFinding> Figures(const Claim& a, const Claim& b) const {
    if (!a.text->said_on.empty() && !b.text->said_on.empty() &&
        DayDistance(a.text->said_on, b.text->said_on) > 1)
      return std::nullopt;
    if (DifferentTimes(a.an, b.an)) return std::nullopt;
    // A place named by one claim and not the other: other events ("in
    // Gilroy", "in Dayton, Ohio").
    for (const auto* x : {&a.an, &b.an}) {
      const Analysis& other = x == &a.an ? b.an : a.an;
      for (const std::string& place : x->places)
        if (!other.entity_set.count(place)) return std::nullopt;
    }
    // Claims that both name parties or places but share none report different
    // events: "the death toll rising to 22 people" in El Paso vs "Dayton, Ohio
    // where ten people died".
    if (!a.an.entity_set.empty() && !b.an.entity_set.empty()) {
      bool shared = false;
      for (const std::string& e : a.an.entity_set)
        shared = shared || b.an.entity_set.count(e);
      if (!shared) return std::nullopt;
    }
    for (const Quantity& qa : a.an.quantities) {
      if (qa.figure.unit.empty() || qa.measure.empty() ||
          a.an.embedded[qa.first] || a.an.modal[qa.first])
        continue;
      for (const Quantity& qb : b.an.quantities) {
        if (qb.figure.unit != qa.figure.unit || qb.measure != qa.measure ||
            b.an.embedded[qb.first] || b.an.modal[qb.first])
          continue;
        // The same quantity in the same scope: the same parties modifying the
        // noun ("Syrian soldiers" vs "US soldiers"), the same scope words (a
        // part, "the first attack", is not the total), and no other place or
        // party in the figure's clause ("in Dayton, Ohio" vs "in El Paso").
        if (qa.parties != qb.parties || qa.scope != qb.scope || qa.scope == "more")
          continue;
        if (!qa.clause_entities.empty() && !qb.clause_entities.empty() &&
            qa.clause_entities != qb.clause_entities)
          continue;
        const Figure& fa = qa.figure;
        const Figure& fb = qb.figure;
        // Twenty times apart: a worldwide count and one outbreak, a year and
        // a day, not two estimates of one number.
        auto value = [](const Figure& f) { return f.low > 0 ? f.low : f.high; };
        double low = std::max(1.0, std::min(value(fa), value(fb)));
        double high = std::max(value(fa), value(fb));
        if (high / low > 20) continue;
        if (fa.low == fb.low && fa.high == fb.high &&
            fa.unbounded_high == fb.unbounded_high &&
            fa.low_inclusive == fb.low_inclusive &&
            fa.high_inclusive == fb.high_inclusive)
          continue;  // the same figure: agreement
        // "several cases" vs "one case": a vague count is no figure to
        // dispute (measured: such pairs were other cases, judged false).
        if (fa.vague || fb.vague) continue;
        // "80 people" vs "at least 80 people", "more than 60": an exact
        // figure inside an open-ended range agrees with it ("24" vs "as many
        // as 32" stays: two sources' different counts).
        auto exact = [](const Figure& f) { return !f.unbounded_high && f.low == f.high; };
        if (((exact(fa) && fb.unbounded_high) || (exact(fb) && fa.unbounded_high)) &&
            FiguresOverlap(fa, fb))
          continue;
        ConflictFinding f;
        f.type = ConflictType::kFiguresDiffer;
        f.rule = "figures";
        f.ranges_compatible = FiguresOverlap(fa, fb);
        f.confidence = f.ranges_compatible ? kConfidence.figures_compatible
                                           : kConfidence.figures;
        f.evidence_a = fa.range;
        f.evidence_b = fb.range;
        f.figure_a = fa;
        f.figure_b = fb;
        f.reason = Cat("figures: ", qa.measure, " ", fa.unit, ": \"", fa.text,
                       "\" vs \"", fb.text, "\", ranges ",
                       f.ranges_compatible ? "compatible" : "incompatible");
        return f;
      }
    }
    return std::nullopt;
  }

  // Days between two ISO dates (only the YYYY-MM-DD prefix is read); 0 when
  // either does not parse.
  static long DayDistance(std::string_view x, std::string_view y) {
    auto days = [](std::string_view d) -> std::optional<long> {
      if (d.size() < 10) return std::nullopt;
      int yy = std::atoi(std::string(d.substr(0, 4)).c_str());
      int mm = std::atoi(std::string(d.substr(5, 2)).c_str());
      int dd = std::atoi(std::string(d.substr(8, 2)).c_str());
      if (yy == 0 || mm == 0 || dd == 0) return std::nullopt;
      // Days from civil (Howard Hinnant's algorithm).
      yy -= mm <= 2;
      long era = (yy >= 0 ? yy : yy - 399) / 400;
      long yoe = yy - era * 400;
      long doy = (153 * (mm + (mm > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
      long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
      return era * 146097 + doe;
    };
    auto dx = days(x), dy = days(y);
    if (!dx || !dy) return 0;
    return std::labs(*dx - *dy);
  }

  std::unique_ptr<Lexicon> lex_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<ConflictDetector>> ConflictDetector::Create() {
  Stemmer stemmer;
  ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lex, Lexicon::Load(stemmer));
  return std::unique_ptr<ConflictDetector>(new Detector(std::move(lex)));
}

}  // namespace claimgraph::ingest
