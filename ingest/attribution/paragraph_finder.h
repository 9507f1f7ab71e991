// Internal to ingest/attribution/: ParagraphFinder runs the attribution
// constructions over the sentences of one paragraph, sentence by sentence,
// and emits AttributionCandidates and OrphanQuotes. Its methods are spread
// by theme: paragraph_finder.cc (the sentence loop, quotes first, colon
// quotes, orphans, emitting), cue_frames.cc (the frames around one cue word),
// constructions.cc (passives, "according to", "reportedly", relays and
// other constructions named for what they match).
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_PARAGRAPH_FINDER_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_PARAGRAPH_FINDER_H_

#include <string_view>
#include <vector>

#include "ingest/attribution/attribution_finder.h"
#include "ingest/attribution/sentence_scanner.h"

namespace claimgraph::ingest::internal {


class ParagraphFinder {
 public:
  ParagraphFinder(std::string_view text, const ParagraphTokens& p, int index,
                  std::vector<uint8_t>& claimed, bool* lead_pending,
                  std::vector<AttributionCandidate>* out,
                  std::vector<OrphanQuote>* orphans)
      : s_(text, p, claimed), text_(text), p_(p), t_(p.tokens), index_(index),
        claimed_(claimed), lead_pending_(lead_pending), out_(out), orphans_(orphans) {}

  void Run();

 private:
  void Claim(int a, int b) {
    for (int i = a; i < b; ++i) claimed_[i] = 1;
  }

  Span Clause(Span content) const {
    Span sent{t_[sentence_.begin].start, t_[sentence_.end - 1].end};
    if (content.start > sent.start + 2) return {sent.start, content.start};
    return {content.end, sent.end};
  }

  AttributionCandidate& Emit(const SourceRange* src, int cue_a, int cue_b, std::string_view lemma,
                             Span content, AttributionKind kind, float confidence);

  // "Trump on Twitter", "Winwood in a statement", "police on Thursday": the
  // venue or time after a source's head is not part of the mention.
  // "Yesterday afternoon, Pedro Damang": a fronted time before the subject
  // is not part of the mention.
  SourceRange WithoutLeadingTime(SourceRange r) const;

  SourceRange WithoutVenue(SourceRange r) const;

  // A copy of candidate `of` (same source and cue) for another content span.
  void EmitShared(int of, Span content, AttributionKind kind, float confidence);

  Span QuoteContent(int quote_index) const {
    return TrimQuoteContent(text_, p_.quotes[quote_index].inner);
  }

  // "‘…,’ Power told reporters." / "“…,” said Smith." / "‘…,’ the agency quoted
  // X as saying." Returns true when the quote opening the sentence got a source.
  bool QuoteFirst(int s, int e);

  // "X quoted / cited Y as saying …": Y becomes the source and X the relay
  // (`after` moves past "as saying"). Returns false for a "quoted" that is
  // not such a relay; other cues pass through unchanged.
  bool RelayedSpeaker(int cue, int e, SourceRange* src, SourceRange* via, int* after) const;

  // ", adding that …": the participle shares the source of candidate `of`.
  void ParticipleChain(int cue, int e, int of);

  // Content starting at token k and ending before `end` (exclusive); sets
  // last_kind_. A quote opening the content that runs to the sentence end is
  // direct.
  Span ForwardContent(int k, int end, int e);

  // Is `a`..`src.begin` a content head that precedes ", SOURCE CUE"?
  bool TailHead(int s, int head_end) const {
    if (head_end - s < 3) return false;
    // The head must not be a fronted adverbial only: "In 2016,".
    return true;
  }

  void FindInSentence(int s, int e);

  // "Bolsonaro opposed Macron's statement: “…”", "Addressing the leaders,
  // Chakrapani proposed: “…”": a subject, a finite verb that is no cue, then
  // a colon and a quote closing the sentence. The verb is the cue.
  void ColonQuote(int s, int e);
  // "Cruz: Trump Would Put Liberals On Court": a headline (the first
  // paragraph) led by the name of someone the article goes on to name.
  void HeadlineLabel(int s, int e);
  // "In a CBS News poll released Monday, Clinton led Sanders 56 percent to
  // 32.": a fronted "In" + a poll or survey (word list
  // fronted_finding) reports the clause after its comma when that clause
  // holds no cue of its own (run before the sentence's cues).
  void FrontedFinding(int s, int e);

  // True when the sentence starting at s is a source, a cue ending at
  // cue_end and only a short tail ("reporters on Monday"), right after a
  // sentence that is one quote ending in ? or !.
  bool QuoteBeforeTail(int s, int cue_end, int e) const;

  // The tokens of `span` (an earlier attribution's source or cue) as a
  // source range whose head ends at its first comma ("Ana Okafor, a
  // farmer"); not ok when no token starts where `span` does.
  SourceRange TokensOf(Span span) const;

  // Index of the last candidate of this sentence, or -1.
  int LastInSentence() const {
    int n = static_cast<int>(out_->size());
    return n > sentence_first_ ? n - 1 : -1;
  }

  // A lower-case "-ing" word the lexicon does not know otherwise: a
  // participle ("taking", "raising").
  bool ParticipleAt(int i) const {
    return s_.IsWord(i) && !s_.Cap(i) && s_.Word(i).size() > 4 && s_.Word(i).ends_with("ing") &&
           (s_.Entry(i) == nullptr || s_.Has(i, kLexIng));
  }

  // "in December, Crown Prince …": a short phrase and a comma before the clause.
  bool FrontedAdverbial(int k, int e) const {
    for (int i = k + 1; i < e && i < k + 7; ++i) {
      if (s_.IsPunct(i, ',')) return true;
      if (!s_.IsWord(i)) return false;
    }
    return false;
  }

  // A subject does not start with a preposition nor follow one.
  bool PlausibleSubject(const SourceRange& r, int lo) const;

  // The attribution frames around the cue word at `cue` in the sentence
  // [s, e): cue_frames.cc, stage by stage.
  void TryCue(int cue, int s, int e);

  // What TryCue's stages share about one cue, filled in order.
  struct CueFrame {
    int cue = 0, s = 0, e = 0;  // the cue token; the sentence [s, e)
    const LexEntry* entry = nullptr;
    std::string_view lemma;     // the cue's lemma ("say")
    int head = 0;               // the verb heading a chain ("went" in "went on to say")
    int lo = 0;                 // where a subject may start (after claimed content)
    int cue_end = 0;            // past a phrasal particle ("called for")
    SourceRange src;            // the source found
    SourceRange via;            // a relay ("the agency quoted X as saying")
    bool inverted = false;      // "…, said Smith."
    int after = 0;              // the first token after cue, source or relay
    int k = 0;                  // where content may start
    int first_src = 0;          // the source's first token
  };
  bool LeadingFrames(CueFrame& f);
  bool PassiveFrames(CueFrame& f);
  bool FindSubject(CueFrame& f);
  bool IntroducerFrames(CueFrame& f);
  bool TailFrames(CueFrame& f);
  bool ParentheticalFrames(CueFrame& f);
  void ForwardFrame(CueFrame& f);

  // "Ivan's condition was on Wednesday reported to not be life-threatening":
  // the whole clause is the content; the source is the by-agent or null.
  void PassiveRaised(int cue, int lo, int e);

  // "X was quoted by Y as saying CLAUSE" (source X, via Y) and "X was
  // reported by Y to have …" (source Y, the whole clause). True when emitted.
  bool PassiveByAgent(int cue, int lo, int e, std::string_view lemma);

  // "…, which state media said were under control", "the bill, which
  // Democrats say would …": the relative pronoun is the subject of the
  // reported clause, so the content is the relative clause, "which"
  // included (the corpus convention). True when emitted.
  bool RelativeReport(int cue, int lo, int e);

  static bool IsCharacterisation(std::string_view lemma) {
    return lemma == "attack" || lemma == "slam" || lemma == "brand" || lemma == "label" ||
           lemma == "dismiss" || lemma == "hail";
  }

  // "a pattern described by the website as “rather hectic”", "who was
  // described as “reckless” by the police": the by-agent is the source and
  // the characterisation the content. True when emitted.
  bool CharacterisedBy(int cue, int e);

  // "X was quoted as saying …": X is the source; the relay is unstated.
  void QuotedAsSaying(int cue, int aux, int lo, int e);

  // "Buyers were reportedly stocking up …": a source-less report.
  // Not in the lead sentence: there "reportedly" hedges the story's summary,
  // which the body then attributes to its source.
  void Reportedly(int s, int e);

  // "The court has found that …", "District Judge Gray Miller ruled the
  // male-only draft violated …", "Polls show voters trust …", "…, records
  // show.": a court, judge, study or evidence subject (word list
  // finding_body) and a propositional complement, or closing the sentence
  // after it. Not "ruled out", "found dead", "ruled against".
  bool CourtFinding(int cue, int lo, int e) const;

  // "claimed a victory", "maintains a wide lead", "claiming 41 percent":
  // the content from `k` to `end` of a cue of `lemma` (word list
  // held_object_cue) opens on a short noun phrase headed by a thing won or
  // held (word list held_object) with no auxiliary after it before its
  // first comma ("claimed the lead was lost" is a clause): no attribution.
  bool HeldObject(std::string_view lemma, int k, int end) const;

  // Whether the words from `lo` to the comma before the cue at `cue` may be
  // the content of an inverted tail ("The race will be tight, said Dan
  // Gerstein"). Not when that comma closes an insertion with no verb in it
  // (no -ing form counts) after a subject with no verb either, or after an
  // auxiliary or a relative pronoun: "Trump, also on Twitter, defended his
  // decision", "the princess, 67, announced her candidacy", "had not, as of
  // yesterday, announced any plans", "an empire that, under Murdoch,
  // asserted itself": what follows the cue is its object. A quotation before
  // the cue always may.
  bool ClauseBeforeInvertedTail(int cue, int lo) const;

  // True for a finite verb form that may follow a subject: "blamed", "has",
  // "told", "made".
  bool VerbLike(int i) const;

  // "Pompeo blamed Iran for the attacks, saying there was …" / "…, telling
  // reporters …": a participle after a main clause with no attribution of its
  // own shares that clause's subject.
  void MainClauseParticiple(int cue, int lo, int e);

  // "Russia demanded … and accused …": the subject of the first verb.
  SourceRange CoordinatedSubject(int conj, int lo) const;

  void AccordingTo(int cue, int s, int e);

  void CollectOrphans(int s, int e);

  SentenceScanner s_;
  std::string_view text_;
  const ParagraphTokens& p_;
  const std::vector<Token>& t_;
  int index_;
  std::vector<uint8_t>& claimed_;
  bool* lead_pending_;  // no sentence-like paragraph seen yet in this article
  bool lead_ = false;   // the current sentence is the article's first
  std::vector<AttributionCandidate>* out_;
  std::vector<OrphanQuote>* orphans_;
  Sentence sentence_;
  int sentence_first_ = 0;
  int first_of_paragraph_ = 0;
  int next_ = 0;
  AttributionKind last_kind_ = AttributionKind::kIndirect;
  int second_quote_ = -1;  // "said “A” and “B”": the token opening B, or -1
};

}  // namespace claimgraph::ingest::internal

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_PARAGRAPH_FINDER_H_
