// ParagraphFinder::TryCue: the attribution frames around one cue word.
#include "ingest/attribution/paragraph_finder.h"

#include <algorithm>

#include "ingest/attribution/confidence.h"
#include "ingest/attribution/source_mention.h"

namespace claimgraph::ingest::internal {

// The frames around one cue word, tried in order; the first that takes the cue
// (or rules it out) ends the search. Each stage reads and fills the CueFrame.
void ParagraphFinder::TryCue(int cue, int s, int e) {
  CueFrame f;
  f.cue = cue;
  f.s = s;
  f.e = e;
  f.entry = s_.Entry(cue);
  f.lemma = f.entry->lemma;
  f.head = s_.ChainHead(cue);  // "went" in "went on to say"
  f.lo = s;
  // Content already claimed before the cue bounds the subject search.
  for (int i = cue - 1; i >= s; --i)
    if (claimed_[i]) {
      f.lo = i + 1;
      break;
    }
  // "The economy added 151,000 jobs", "added $2 billion": a sum, not speech.
  if (f.lemma == "add" && cue + 1 < e && (s_.IsDigitWord(cue + 1) || s_.IsPunct(cue + 1, '$')))
    return;
  // "With all precincts reporting, Smith led", "… with 80 percent of
  // precincts reporting.": the participle of an absolute phrase ("with", its
  // subject, the participle) with nothing after it (but a quote) reports
  // nothing; "The law requires stating the reason": the object of a verb of
  // the list gerund_object_verb neither (the verb's subject says nothing).
  if (s_.Has(cue, kLexIng)) {
    if (cue > s && s_.IsWord(cue - 1) && s_.IsIn(cue - 1, "gerund_object_verb")) return;
    if (cue + 1 >= e || s_.IsFinal(cue + 1) ||
        (s_.IsPunct(cue + 1, ',') && !(cue + 2 < e && s_.IsOpenQuote(cue + 2)))) {
      int k = cue - 1;
      while (k > s && k > cue - 8 && s_.IsWord(k) && !s_.Is(k, "with") &&
             !s_.Has(k, kLexCue | kLexAux))
        --k;
      if (k >= s && k < cue - 1 && s_.Is(k, "with")) return;
    }
  }
  // "showed" reports only a finding, in no other frame ("showed up in Portland").
  if (f.lemma == "show" && !CourtFinding(cue, f.lo, e)) return;
  if (LeadingFrames(f) || PassiveFrames(f) || FindSubject(f) || IntroducerFrames(f) ||
      TailFrames(f) || ParentheticalFrames(f))
    return;
  ForwardFrame(f);
}

// "according to X", a participle opening the sentence ("Citing privacy
// rules, U.S. officials declined …"), a participle coordinated with the previous
// attribution ("…, adding …"), a participle inside the subject ("Reuters,
// citing …, reported …"). True when the cue is done with (an attribution was
// emitted, or the cue reports nothing here).
bool ParagraphFinder::LeadingFrames(CueFrame& f) {
  const int cue = f.cue, s = f.s, e = f.e, head = f.head, lo = f.lo;
  const LexEntry* const entry = f.entry;
  if (entry->cue == CueClass::kAccordingTo) {
    AccordingTo(cue, s, e);
    return true;
  }
  // "Citing privacy rules, U.S. officials declined …": the participle's
  // subject is the main clause's.
  if (cue == s && s_.Has(cue, kLexIng)) {
    if ((entry->flags & kLexQuoteOnly) || (cue + 1 < e && s_.Has(cue + 1, kLexPrep))) return true;
    int comma = cue + 1;
    while (comma < e && comma < cue + 16 && !s_.IsPunct(comma, ',') && !s_.IsFinal(comma)) ++comma;
    if (comma + 1 >= e || !s_.IsPunct(comma, ',') || comma == cue + 1) return true;
    // The subject: a short noun phrase ending on a name or a source noun.
    SourceRange src;
    for (int i = comma + 1; i < e && i < comma + 7; ++i) {
      if (!s_.IsWord(i) || s_.Has(i, kLexBoundary | kLexCue | kLexAux)) break;
      if (!s_.Cap(i) && (s_.Word(i).ends_with("ed") || s_.Word(i).ends_with("ing"))) break;
      if (s_.Cap(i) || s_.Has(i, kLexRoleNoun | kLexOrgWord | kLexPlural | kLexPronoun | kLexDocNoun))
        src = {comma + 1, i + 1, comma + 1, i + 1};
    }
    if (!src.ok() || src.end >= e || !s_.IsWord(src.end)) return true;
    Span content = s_.ContentSpan(cue + 1, comma);
    if (content.empty()) return true;
    Emit(&src, cue, cue + 1, entry->lemma, content, s_.KindOf(cue + 1, comma), kConfLoose);
    Claim(cue, comma);
    next_ = comma;
    return true;
  }
  // Participle after a comma or "and": shares the previous source.
  bool coordinated = head > s && (s_.IsPunct(head - 1, ',') || s_.IsIn(head - 1, "coordinator") ||
                                  (s_.IsAdverb(head - 1) && head - 1 > s &&
                                   (s_.IsIn(head - 2, "coordinator") ||
                                    s_.CommaOrQuotedComma(head - 2))));
  if (entry->flags & kLexQuoteOnly) coordinated = false;
  int prev = LastInSentence();
  if (coordinated && prev >= 0 && (s_.Has(cue, kLexIng) || !s_.IsPunct(head - 1, ','))) {
    ParticipleChain(cue, e, prev);
    return true;
  }
  // "Reuters, citing anonymous sources, reported …": a participle inside
  // the subject, not an attribution of its own.
  // (A dash may stand for the comma: "flipped his choice – saying …".)
  if (s_.Has(cue, kLexIng) && cue > s && (s_.IsPunct(cue - 1, ',') || s_.IsPunct(cue - 1, '-')) &&
      prev < 0) {
    // "Pompeo blamed Iran for the attacks, saying …": the main clause's
    // subject speaks.
    if (!(entry->flags & kLexQuoteOnly)) MainClauseParticiple(cue, lo, e);
    return true;
  }
  return false;
}

// relative reports, court findings, characterisations, passives with their
// agent ("Putin was quoted by Interfax as saying …") and without one ("was
// accused of", "is said to"). True when the cue is done with (an attribution was
// emitted, or the cue reports nothing here).
bool ParagraphFinder::PassiveFrames(CueFrame& f) {
  const int cue = f.cue, e = f.e, lo = f.lo;
  const LexEntry* const entry = f.entry;
  const std::string_view lemma = f.lemma;
  if (RelativeReport(cue, lo, e)) return true;
  if ((lemma == "rule" || lemma == "find") && !CourtFinding(cue, lo, e)) return true;
  if (CharacterisedBy(cue, e)) return true;
  // "Putin was quoted by the Interfax news agency as saying …", "… were
  // reported by local media to have visited …": a passive with its agent.
  if (cue + 1 < e && s_.Is(cue + 1, "by") && PassiveByAgent(cue, lo, e, entry->lemma))
    return true;
  // "reported by industry sources": a passive with its agent; left alone.
  if (cue + 1 < e && s_.Is(cue + 1, "by")) return true;
  // Passive "was accused of", "is said to": no stated source here.
  int aux = cue - 1;
  while (aux > lo && s_.IsWord(aux) && s_.Has(aux, kLexSkip) && !s_.Has(aux, kLexAux)) --aux;
  if (aux >= lo && !s_.Has(cue, kLexIng) &&
      s_.IsIn(aux, "passive_be")) {
    if (lemma == "quote" && cue + 2 < e && s_.Is(cue + 1, "as") && s_.Has(cue + 2, kLexCue)) {
      QuotedAsSaying(cue, aux, lo, e);
      return true;
    }
    if (WordLists::Default().Contains("raising_cue", lemma) &&
        cue + 2 < e && s_.Is(cue + 1, "to") && s_.IsWord(cue + 2) && !s_.Cap(cue + 2) &&
        !s_.Has(cue + 2, kLexDeterminer | kLexPronoun))
      PassiveRaised(cue, lo, e);
    return true;
  }
  return false;
}

// the cue's source: phrasal cues ("called for"), the subject before the cue
// or an inverted one after it ("…, said Smith."), relays ("X quoted Y as
// saying …", "said — as reported by Hurriyet Daily News — …"); sets where the
// content may start. True when the cue is done with (an attribution was
// emitted, or the cue reports nothing here).
bool ParagraphFinder::FindSubject(CueFrame& f) {
  const int cue = f.cue, e = f.e, head = f.head, lo = f.lo;
  const LexEntry* const entry = f.entry;
  const std::string_view lemma = f.lemma;
  int& cue_end = f.cue_end;
  SourceRange& src = f.src;
  SourceRange& via = f.via;
  bool& inverted = f.inverted;
  int& after = f.after;
  int& k = f.k;
  // Phrasal cues: "called for", "pointed out", "referred to", "asked for".
  cue_end = cue + 1;
  if (cue + 1 < e && ((lemma == "call" && s_.Is(cue + 1, "for")) ||
                      (lemma == "ask" && s_.Is(cue + 1, "for")) ||
                      (lemma == "point" && s_.Is(cue + 1, "out")) ||
                      (lemma == "refer" && s_.Is(cue + 1, "to")))) {
    cue_end = cue + 2;
  } else if (lemma == "point" || lemma == "refer") {
    return true;
  }
  src = s_.SubjectBefore(head, lo);
  // "…,” said Army Capt. Christian Pardo, who said he …": the antecedent of
  // "who" is the source an attribution before took (claimed by it).
  // ("said Ana Okafor, a farmer, who said": the source as that attribution
  // took it, its head before the first comma.)
  if (!src.ok() && head - 3 >= f.s && s_.Is(head - 1, "who") && s_.IsPunct(head - 2, ',') &&
      claimed_[head - 3]) {
    src = s_.SubjectBefore(head, f.s);
    const int prev = LastInSentence();
    const auto& before = prev >= 0 ? (*out_)[prev].attribution.source : std::nullopt;
    if (before && before->end <= t_[head - 2].start) {
      const SourceRange took = TokensOf(*before);
      if (took.ok() && took.begin >= f.s && took.end == head - 2 &&
          t_[took.end - 1].end == before->end)
        src = took;
    }
  }
  // "Barkley, who said A, said B": the relative clause's attribution ends
  // at the comma before this cue; its source is this cue's subject too.
  if (!src.ok() && head - 2 >= f.s && s_.IsPunct(head - 1, ',') && claimed_[head - 2]) {
    const int prev = LastInSentence();
    const Attribution* pa = prev >= 0 ? &(*out_)[prev].attribution : nullptr;
    if (pa != nullptr && pa->source && pa->cue && pa->content.end <= t_[head - 1].start) {
      const SourceRange took = TokensOf(*pa->source);
      const int prev_cue = TokensOf(*pa->cue).begin;
      if (took.ok() && took.begin >= f.s && prev_cue - 1 > took.end &&
          s_.Is(prev_cue - 1, "who"))
        src = took;
    }
  }
  // "About three in 10 said", "One in five voters said": the subject is the
  // share, "N in" before the number and the words that lead it.
  auto count = [&](int i) { return s_.IsDigitWord(i) || s_.IsIn(i, "share_count"); };
  int number = src.ok() ? src.begin : head - 1;
  if (src.ok() && src.begin + 2 < src.end && s_.Is(src.begin + 1, "in")) number = src.begin + 2;
  if (number - 2 >= lo && s_.Is(number - 1, "in") && count(number) && count(number - 2) &&
      (src.ok() || s_.IsWord(number))) {
    if (!src.ok()) src = SourceRange{number, head, number, head};
    src.begin = number - 2;
    while (src.begin - 1 >= lo && s_.IsIn(src.begin - 1, "share_lead")) --src.begin;
    src.head_begin = src.begin;
  }
  // ("Sanders relies on Emmanuel Saez, an economist who said": a name
  // described by a relative clause speaks, whatever precedes it.)
  bool relative = src.ok() && src.end + 1 < cue &&
                  ((s_.IsPunct(src.end, ',') && s_.Is(src.end + 1, "who")) ||
                   (s_.Is(src.end, "who") && src.head_end < src.end));
  if (!relative && !PlausibleSubject(src, lo)) {
    // "In a press release, Gownaris said": keep the naming head alone.
    SourceRange head{src.head_begin, src.head_end, src.head_begin, src.head_end};
    src = src.ok() && src.head_begin > src.begin && PlausibleSubject(head, lo) ? head
                                                                              : SourceRange{};
  }
  // "Pompeo posted a message on Twitter blaming Iran …": a participle after
  // a venue ("on Twitter", "at a briefing") belongs to the main clause's
  // subject. ("an open letter urging …" keeps the letter as the source.)
  bool after_venue = false;
  if (src.ok() && s_.Has(cue, kLexIng) && src.end == cue && s_.Has(cue - 1, kLexSpeechNoun))
    for (int i = cue - 2; i >= src.begin && i >= cue - 4 && !after_venue; --i)
      after_venue = s_.Has(i, kLexPrep);
  if (after_venue && src.begin > lo && !s_.ClauseStartsAt(src.begin, lo)) {
    if (!(entry->flags & kLexQuoteOnly)) MainClauseParticiple(cue, lo, e);
    return true;
  }
  // "Mitch McConnell issued a statement Saturday saying …": the participle
  // after a document the main clause's subject put out (issue_verb) is that
  // subject's, as PolNeAR marks it; the document stays the source when the
  // clause has no subject to take.
  if (src.ok() && s_.Has(cue, kLexIng) && src.begin - 1 > lo &&
      s_.IsIn(src.begin, "indefinite_determiner") && s_.Has(src.head_end - 1, kLexDocNoun) &&
      (s_.IsIn(src.begin - 1, "issue_verb") ||
       (s_.Is(src.begin - 1, "out") && s_.IsIn(src.begin - 2, "issue_verb")))) {
    const size_t before = out_->size();
    if (!(entry->flags & kLexQuoteOnly)) MainClauseParticiple(cue, lo, e);
    if (out_->size() > before) return true;
  }
  if (!src.ok()) {
    // "… and said", "… but has said": the coordinated verb's subject.
    int conj = head - 1;
    while (conj > lo && s_.IsWord(conj) && s_.Has(conj, kLexAux) && !s_.Cap(conj) &&
           !s_.Has(conj, kLexPronoun) && !s_.Is(conj, "not") && !s_.IsIn(conj, "modal"))
      --conj;
    if (conj > lo && s_.IsIn(conj, "coordinator")) src = CoordinatedSubject(conj, lo);
  }
  inverted = false;
  after = cue_end;
  if (!src.ok()) {
    // Inverted tail: "…, said Smith." (Not after a cue whose object is its
    // hearer: "…, told CNN." names who heard it.)
    if (cue - 1 >= lo && (s_.IsPunct(cue - 1, ',') || s_.IsCloseQuote(cue - 1)) &&
        !WordLists::Default().Contains("hearer_cue", lemma) &&
        !WordLists::Default().Contains("naming_cue", lemma)) {
      if (!ClauseBeforeInvertedTail(cue, lo)) return true;
      src = s_.NounPhraseForward(cue + 1, e, true);
      if (!src.ok()) return true;
      if (src.end < e && !s_.IsFinal(src.end) && !s_.IsPunct(src.end, ',')) return true;
      // "Union Carbide Corp, which sold its battery business, said it
      // expected a loss": a pronoun opening a clause is no inverted source
      // ("…, said he." is one word).
      if (s_.Has(src.begin, kLexPronoun) && src.end > src.begin + 1) return true;
      // "The report, …, said the trade deficit widened.": a clause after the
      // cue is its content, not an inverted source (its head has a verb).
      // (Up to its first punctuation: "said Mr. Burman (a view echoed by …)".)
      for (int i = src.head_begin + 1; i < src.head_end && s_.IsWord(i); ++i)
        if (s_.LooksPastForm(i) || s_.IsIn(i, "irregular_past") || s_.Has(i, kLexAux)) return true;
      inverted = true;
      after = src.end;
    } else {
      return true;
    }
  }
  // Relay: "X quoted Y as saying …", "X cited Y as saying …", "X reported
  // its source said …"; the inner subject one that can speak or show (not
  // "Hawkins claimed the coronavirus pandemic shows …": Hawkins's claim).
  if (!inverted && (lemma == "report" || lemma == "claim")) {
    SourceRange inner = s_.NounPhraseForward(cue + 1, e, false);
    if (inner.ok() && inner.end < e && s_.IsCueVerbForm(inner.end) &&
        s_.Has(inner.begin, kLexDeterminer | kLexRoleNoun) &&
        (s_.Cap(inner.end - 1) || s_.Has(inner.end - 1, kLexRoleNoun | kLexOrgWord | kLexDocNoun |
                                                              kLexPronoun | kLexPlural))) {
      via = src;
      src = inner;
      after = inner.end + 1;
    }
  }
  if (!via.ok() && !inverted && !RelayedSpeaker(cue, e, &src, &via, &after)) return true;
  k = s_.SkipComplements(after, e, via.ok() ? CueClass::kSay : entry->cue);
  // "said — as reported by Hurriyet Daily News — “…”": the report relays it.
  if (k + 3 < e && s_.IsPunct(k, '-') && s_.Is(k + 1, "as") && s_.Has(k + 2, kLexCue) &&
      s_.Is(k + 3, "by")) {
    SourceRange by = s_.NounPhraseForward(k + 4, e, false);
    if (by.ok() && by.end < e && (s_.IsPunct(by.end, '-') || s_.IsPunct(by.end, ','))) {
      via = by;
      k = s_.SkipComplements(by.end + 1, e, CueClass::kSay);
    }
  }
  if (!via.ok() && entry->cue == CueClass::kObject) k = after;
  // "commented on the matter — which the BBC noted as unusual — “…”": an
  // aside between dashes before the quote.
  if (!via.ok()) k = s_.QuoteAfterAside(k, e);
  return false;
}

// a quote cut off its tail by ?/! ("“Why wait?” Lopez asked reporters.") and
// an introducer closing the sentence ("Rathbun stated," / "Graham continued:"). True when the cue is done with (an attribution was
// emitted, or the cue reports nothing here).
bool ParagraphFinder::IntroducerFrames(CueFrame& f) {
  const int cue = f.cue, s = f.s, e = f.e;
  const std::string_view lemma = f.lemma;
  int& cue_end = f.cue_end;
  SourceRange& src = f.src;
  SourceRange& via = f.via;
  bool& inverted = f.inverted;
  int& k = f.k;
  int& first_src = f.first_src;
  first_src = src.begin;
  // "“Why wait?” Lopez asked reporters." / "“… act!” Macron told the world
  // on Thursday.": the sentence break after ?/! cut the quote off its tail.
  if (!inverted && !via.ok() && first_src == s && QuoteBeforeTail(s, cue_end, e)) {
    int qi = t_[s - 1].quote;
    Span content = QuoteContent(qi);
    if (content.empty()) return true;
    Emit(&src, cue, cue_end, lemma, content, AttributionKind::kDirect, kConfDirect);
    std::erase_if(*orphans_, [&](const OrphanQuote& o) {
      return o.paragraph == index_ && o.content.start == content.start;
    });
    Claim(s, e);
    next_ = e;
    return true;
  }
  // "Rathbun stated," / "Graham continued:" closing the sentence: the quote
  // follows in the next sentence or paragraph.
  if (!inverted && k >= e && (s_.IsPunct(e - 1, ':') || s_.IsPunct(e - 1, ','))) {
    AttributionCandidate& c = Emit(&src, cue, cue_end, lemma, Span{}, AttributionKind::kDirect, kConfLoose);
    c.introducer = true;
    if (via.ok()) c.attribution.via = Span{t_[via.begin].start, t_[via.end - 1].end};
    Claim(first_src, e);
    next_ = e;
    return true;
  }
  return false;
}

// the tail reading ", SOURCE CUE." with the content before it ("“…,” Power
// told reporters."), and what follows the tail (", adding …", ", “…”"). True when the cue is done with (an attribution was
// emitted, or the cue reports nothing here).
bool ParagraphFinder::TailFrames(CueFrame& f) {
  const int cue = f.cue, e = f.e, lo = f.lo;
  const LexEntry* const entry = f.entry;
  SourceRange& src = f.src;
  SourceRange& via = f.via;
  bool& inverted = f.inverted;
  int& after = f.after;
  int& k = f.k;
  int& first_src = f.first_src;
  if (entry->flags & kLexQuoteOnly) {
    // Only "X continued, “…”" / "X defended: “…”".
    if (k >= e || !s_.IsOpenQuote(k)) return true;
  }
  // Tail reading: ", SOURCE CUE." with the content before; not when a
  // clause's predicate goes on after the aside ("The dam will be inspected,
  // Roberts said, to determine …": ParentheticalFrames).
  bool tail = inverted || s_.IsTailEnd(k, e);
  if (tail && !inverted && k + 1 < e && s_.IsPunct(k, ',') && s_.InfinitiveAt(k + 1, e) &&
      first_src - 1 >= lo && s_.IsPunct(first_src - 1, ','))
    tail = false;
  // "Speaking in the parents' defence, X said, “…”": the quote after the
  // cue is the content unless the head before the source is itself a quote.
  if (tail && !inverted && k + 1 < e && s_.IsPunct(k, ',') && s_.IsOpenQuote(k + 1) &&
      !(first_src - 1 >= lo && s_.IsCloseQuote(first_src - 1)) &&
      !(first_src - 2 >= lo && s_.IsPunct(first_src - 1, ',') && s_.IsCloseQuote(first_src - 2))) {
    tail = false;
    k = k + 1;
  }
  if (tail) {
    int h = inverted ? cue - 1 : first_src - 1;
    if (h < lo || !(s_.IsPunct(h, ',') || s_.IsCloseQuote(h) || s_.IsPunct(h, '-'))) {
      if (!inverted && s_.IsTailEnd(k, e) && k < e && !s_.IsFinal(k)) {
        // "X said, as he …": nothing to report
      }
      return true;
    }
    int head_end = s_.IsCloseQuote(h) ? h + 1 : h;
    int hs = lo;
    // "Murphy lamented the tasks: “There's a ton of work,” he said.": a quote
    // closing the head after a colon or dash is the content; the words before
    // it are the narrator's. (Not after a comma: "The party, attended by
    // hundreds, “allows us …”" is one clause.)
    if (s_.IsCloseQuote(h)) {
      const int open = p_.quotes[t_[h].quote].open;
      if (open - 1 > lo && (s_.IsPunct(open - 1, ':') || s_.IsPunct(open - 1, '-'))) hs = open;
    }
    if (!TailHead(hs, head_end)) return true;
    AttributionKind kind = s_.KindOf(hs, head_end);
    Span content = kind == AttributionKind::kDirect ? QuoteContent(t_[hs].quote)
                                                    : s_.ContentSpan(hs, head_end);
    if (content.empty()) return true;
    AttributionCandidate& c = Emit(&src, cue, cue + 1, entry->lemma, content, kind,
                                   kind == AttributionKind::kDirect ? kConfDirect : kConfIndirectTail);
    if (via.ok()) c.attribution.via = Span{t_[via.begin].start, t_[via.end - 1].end};
    int me = static_cast<int>(out_->size()) - 1;
    Claim(hs, std::max(k, after));
    next_ = std::max(k, after);
    // ", adding …" / ", “…”" after the tail.
    int j = k;
    if (j < e && s_.IsPunct(j, ',') && j + 1 < e) {
      if (s_.Has(j + 1, kLexIng) && s_.Has(j + 1, kLexCue)) {
        ParticipleChain(j + 1, e, me);
      } else if (s_.IsOpenQuote(j + 1) && kind == AttributionKind::kDirect) {
        int q2 = t_[j + 1].quote;
        (*out_)[me].attribution.content.end = QuoteContent(q2).end;
        int end2 = p_.quotes[q2].close < 0 ? e : p_.quotes[q2].close + 1;
        Claim(j + 1, end2);
        next_ = end2;
      }
    }
    return true;
  }
  return false;
}

// a parenthetical ", X said," inside a clause: one attribution over the whole
// clause ("…, police reported Friday morning, local time."). True when the cue is done with (an attribution was
// emitted, or the cue reports nothing here).
bool ParagraphFinder::ParentheticalFrames(CueFrame& f) {
  const int cue = f.cue, e = f.e, lo = f.lo;
  const std::string_view lemma = f.lemma;
  int& cue_end = f.cue_end;
  SourceRange& src = f.src;
  bool& inverted = f.inverted;
  int& k = f.k;
  int& first_src = f.first_src;
  // Parenthetical ", X said," inside a clause: one attribution over the
  // whole clause (the README's interrupted-content convention).
  bool short_adjunct = false;
  if (k < e && s_.IsPunct(k, ',')) {
    int rest = e - (k + 1);
    bool cue_after = false;
    for (int i = k + 1; i < e; ++i) cue_after |= s_.Has(i, kLexCue) && !s_.InQuote(i);
    // "The economy, the minister said, would recover", "…, Roberts said, to
    // determine if …": the clause's predicate goes on after the aside.
    const int r = k + 1;
    auto finite = [&](int i) {
      return s_.IsWord(i) && !s_.Cap(i) &&
             (s_.Has(i, kLexAux) || s_.IsIn(i, "modal") || s_.LooksPastForm(i) ||
              s_.IsIn(i, "irregular_past") || s_.Word(i).ends_with("n't") ||
              s_.Word(i).ends_with("n\u2019t"));
    };
    const bool predicate = r < e && (finite(r) || (s_.IsWord(r) && !s_.Cap(r) && s_.InfinitiveAt(r, e)));
    // "That is why, he argued, the council must vote": a clause of its own
    // after the aside goes on with the content; "…, local time." does not.
    bool clause_after = false;
    for (int i = r + 1; i < e && !clause_after; ++i) clause_after = finite(i);
    // ("Now, she said, the two groups mix less": a word or two before the
    // aside are no statement of their own either.)
    const bool short_head = first_src - 1 - lo <= 2;
    short_adjunct = rest <= 8 && !cue_after && !predicate && !clause_after && !short_head;
    // "The plan, Ms. Fields said, would cost …": the words before the name
    // are the clause's subject, not an apposition of the source (which would
    // close with a comma before the cue).
    if (predicate && !inverted && src.ok() && first_src == src.begin && src.begin <= lo + 1) {
      int comma = -1;
      for (int i = src.begin + 1; i + 1 < src.end; ++i)
        if (s_.IsPunct(i, ',')) comma = i;
      if (comma > lo && comma + 1 == src.head_begin && !s_.IsPunct(src.end - 1, ',')) {
        src.begin = comma + 1;
        first_src = src.begin;
      }
    }
  }
  if (short_adjunct && !inverted && first_src - 1 >= lo &&
      (s_.IsPunct(first_src - 1, ',') || s_.IsCloseQuote(first_src - 1))) {
    // "…, police reported Friday morning, local time." is a tail.
    int h = first_src - 1;
    int head_end = s_.IsCloseQuote(h) ? h + 1 : h;
    AttributionKind kind = s_.KindOf(lo, head_end);
    Span content = kind == AttributionKind::kDirect ? QuoteContent(t_[lo].quote)
                                                    : s_.ContentSpan(lo, head_end);
    if (content.empty() || head_end - lo < 3) return true;
    Emit(&src, cue, cue_end, lemma, content, kind, kConfInferred);
    Claim(lo, e);
    next_ = e;
    return true;
  }
  if (!inverted && first_src - 1 > lo && s_.IsPunct(first_src - 1, ',') && k < e &&
      s_.IsPunct(k, ',') && k + 1 < e) {
    int end = s_.ContentEnd(k + 1, e);
    Span content = s_.ContentSpan(lo, end);
    if (content.empty()) return true;
    Emit(&src, cue, cue_end, lemma, content, s_.KindOf(lo, end), kConfInferred);
    Claim(lo, end);
    next_ = end;
    return true;
  }
  return false;
}

// Long because: the guards against non-speech uses share the content bounds
// they narrow; they run in the order written, each with its example.
// Content after the cue: "asked officials how …", prepositional phrases before
// a closing quote, then the guards against non-speech uses and the emit.
void ParagraphFinder::ForwardFrame(CueFrame& f) {
  const int cue = f.cue, e = f.e;
  const LexEntry* const entry = f.entry;
  const std::string_view lemma = f.lemma;
  int& cue_end = f.cue_end;
  SourceRange& src = f.src;
  SourceRange& via = f.via;
  int& k = f.k;
  int& first_src = f.first_src;
  // "asked government officials how …": the question starts at the wh-word.
  if (lemma == "ask" && cue_end == cue + 1) {
    for (int i = k; i < e && i < k + 6; ++i) {
      if (!s_.IsWord(i)) break;
      if (s_.IsIn(i, "question_word")) {
        k = i;
        break;
      }
    }
  }
  // "told her at the door, in French and English, “…”": prepositional
  // phrases before a quote that closes the sentence.
  if (k < e && s_.Has(k, kLexPrep) && !s_.Is(k, "that")) {
    int j = k;
    while (j < e && j < k + 14 && !s_.InQuote(j) &&
           ((s_.IsWord(j) && (!s_.Has(j, kLexCue | kLexAux | kLexBoundary) || s_.Is(j, "and"))) ||
            s_.IsPunct(j, ',')))
      ++j;
    if (j < e && j > k + 1 && s_.IsOpenQuote(j) && s_.IsPunct(j - 1, ',')) {
      int c = p_.quotes[t_[j].quote].close;
      bool closes = c > j;
      for (int i = c + 1; closes && i < e; ++i) closes = s_.IsFinal(i);
      if (closes) k = j;
    }
  }
  // Forward content.
  if (k >= e) return;
  int end = s_.ContentEnd(k, e);
  // "Mark Hill, who says the county ignored him, filed a lawsuit", "Jane Doe,
  // an official who said …, spoke": the relative clause closes at the comma
  // after which its antecedent's own predicate goes on, outside an aside
  // the content opens ("who suggested that the mayor, under fire …, would
  // resign, left early").
  if (cue - 1 > f.s && s_.Is(cue - 1, "who")) {
    bool aside = false;
    for (int i = k + 1; i + 1 < end; ++i) {
      if (!s_.IsPunct(i, ',') || s_.InQuote(i)) continue;
      const bool predicate =
          s_.IsWord(i + 1) && !s_.Cap(i + 1) &&
          (s_.LooksPastForm(i + 1) || s_.IsIn(i + 1, "irregular_past") ||
           (s_.Has(i + 1, kLexCue) && !s_.Has(i + 1, kLexIng)) ||
           s_.IsIn(i + 1, "modal") || (s_.Has(i + 1, kLexAux) && !s_.Is(i + 1, "not")));
      if (!aside && predicate) {
        end = i;
        break;
      }
      aside = !aside;
    }
  }
  // "Protesters chanted “No more war” outside the embassy": a quote-only cue
  // reports the quote alone.
  if ((entry->flags & kLexQuoteOnly) && s_.IsOpenQuote(k) && p_.quotes[t_[k].quote].close >= 0)
    end = std::min(end, p_.quotes[t_[k].quote].close + 1);
  Span content = ForwardContent(k, end, e);
  if (content.empty()) return;
  // Guard against non-speech uses: the content of a "say" cue must have a
  // few tokens.
  if (end - k < 2 && last_kind_ != AttributionKind::kDirect) return;
  // "tweeted to Mohamed", "tweeted using his account": no reported content.
  if (last_kind_ != AttributionKind::kDirect && s_.IsWord(k) &&
      ((s_.Has(k, kLexPrep) && !s_.Is(k, "to") && !via.ok() && !FrontedAdverbial(k, e) &&
        !(k + 1 < e && (s_.Is(k + 1, "least") || s_.Is(k + 1, "most") || s_.IsDigitWord(k + 1)))) ||
       (s_.Is(k, "to") && k + 1 < e && (s_.Cap(k + 1) || s_.Has(k + 1, kLexDeterminer | kLexPronoun))) ||
       (s_.Has(k, kLexAux) && !s_.Is(k, "reportedly")) ||
      (s_.Is(k, "to") && !WordLists::Default().Contains("to_cue", lemma)) ||
      (entry->cue != CueClass::kObject && !s_.Cap(k) && s_.Word(k).size() > 4 &&
       s_.Word(k).ends_with("ed") && s_.Entry(k) == nullptr) ||
      s_.Is(k, "which") || s_.Is(k, "who") ||
       (entry->cue != CueClass::kObject && !s_.Cap(k) && s_.Word(k).ends_with("ing") &&
        s_.Entry(k) == nullptr && !s_.GerundSubject(k, end)))) {
    // "Obama tweeted using his @POTUS account:" + the quote that follows.
    if (s_.IsPunct(e - 1, ':') && !s_.InQuote(e - 1)) {
      AttributionCandidate& c = Emit(&src, cue, cue_end, lemma, Span{}, AttributionKind::kDirect, kConfLoose);
      c.introducer = true;
      Claim(first_src, e);
      next_ = e;
    }
    return;
  }
  // "called the crisis the worst in decades", "called Smith a liar": an
  // unquoted label after the object.
  if (lemma == "call" && cue_end == cue + 1 && last_kind_ == AttributionKind::kIndirect &&
      s_.LabelAfterObject(k, end)) {
    Emit(&src, cue, cue_end, lemma, content, last_kind_, kConfInferred);
    Claim(first_src, end);
    next_ = end;
    return;
  }
  // "what the judge called “a pattern of deceit”", "which Mr. Trump called
  // “a disgrace”": the quoted label is the subject's words.
  if (lemma == "call" && cue_end == cue + 1 && s_.IsOpenQuote(k) && k + 1 < e &&
      t_[k + 1].quote >= 0 && src.ok() && src.begin - 1 >= f.s &&
      (s_.Is(src.begin - 1, "what") || s_.Is(src.begin - 1, "which"))) {
    // (Two words at least: a one-word label, "fury", states nothing.)
    const int last = src.head_end - 1;
    Span content = QuoteContent(t_[k + 1].quote);
    if (content.empty() || content.in(text_).find(' ') == std::string_view::npos ||
        !(s_.Cap(last) || s_.Has(last, kLexPronoun | kLexRoleNoun | kLexOrgWord | kLexPlural)))
      return;
    Emit(&src, cue, cue_end, lemma, content, AttributionKind::kDirect, kConfInferred);
    const int close = p_.quotes[t_[k + 1].quote].close;
    next_ = close < 0 ? e : close + 1;
    Claim(cue, next_);
    return;
  }
  // "call" reports speech only with a quoted label or "for": "called it
  // \"unexpected\"", "called for talks"; not "a group called X".
  if (lemma == "call" && cue_end == cue + 1 &&
      (s_.IsOpenQuote(k) || (s_.Cap(k) && last_kind_ == AttributionKind::kIndirect)))
    return;
  if (lemma == "declare" && (s_.Is(k, "a") || s_.Is(k, "an")) &&
      last_kind_ == AttributionKind::kIndirect)
    return;  // "declared a day of mourning"
  // "claimed victory", "maintains a wide lead", "claiming 41 percent of the
  // vote": a thing won or held, not what anyone said (word lists
  // held_object_cue, held_object).
  if (last_kind_ == AttributionKind::kIndirect && HeldObject(lemma, k, end)) return;
  // "who asked not to be named", "asked not to be identified": a request for
  // anonymity, the sourcing of what the speaker says, not a claim (word list
  // anonymity_request).
  if (last_kind_ == AttributionKind::kIndirect) {
    const int to = s_.Is(k, "not") ? k + 1 : k;
    if (to + 2 < end && s_.Is(to, "to") && s_.Is(to + 1, "be") &&
        s_.IsIn(to + 2, "anonymity_request") && (to + 3 == end || !s_.IsWord(to + 3)))
      return;
  }
  // "has written numerous articles for …", "wrote two books": the works
  // written, not what they say.
  if (lemma == "write" && last_kind_ == AttributionKind::kIndirect)
    for (int i = k; i < end && i < k + 4 && s_.IsWord(i); ++i)
      if (s_.IsIn(i, "written_work")) return;
  if (((lemma == "call" && cue_end == cue + 1) || lemma == "refer") &&
      last_kind_ == AttributionKind::kIndirect) {
    if (!s_.WordIn(k, end, "as") || lemma == "call") return;
  }
  // "attacked the inquiry as “a witch hunt”", "blamed Iran for the attacks":
  // not "attacked the convoy", "dismissed the staff".
  if (IsCharacterisation(lemma) || lemma == "blame") {
    int complement = -1;
    for (int i = k + 1; i < end && i < k + 12 && complement < 0; ++i) {
      if (s_.IsPunct(i, ',') && !s_.InQuote(i)) break;
      if (lemma == "blame" ? s_.Is(i, "for") || s_.Is(i, "on") : s_.Is(i, "as")) complement = i;
    }
    if (complement < 0) return;
    // The characterisation ends at the next clause.
    for (int i = complement + 1; i < end; ++i)
      if (s_.IsPunct(i, ',') && !s_.InQuote(i)) {
        end = i;
        content = ForwardContent(k, end, e);
        break;
      }
  }
  float conf = last_kind_ == AttributionKind::kDirect ? kConfDirect : kConfExplicit;
  AttributionCandidate& c = Emit(&src, cue, cue_end, entry->lemma, content, last_kind_, conf);
  if (via.ok()) c.attribution.via = Span{t_[via.begin].start, t_[via.end - 1].end};
  int claim_end = end;
  if (last_kind_ == AttributionKind::kDirect && s_.IsOpenQuote(k)) {
    const QuoteSpan& q = p_.quotes[t_[k].quote];
    claim_end = q.close < 0 ? e : std::max(end, q.close + 1);
    if (second_quote_ >= 0) {
      int me = static_cast<int>(out_->size()) - 1;
      int q2 = t_[second_quote_].quote;
      EmitShared(me, QuoteContent(q2), AttributionKind::kDirect, kConfSecondQuote);
      claim_end = p_.quotes[q2].close < 0 ? e : p_.quotes[q2].close + 1;
    } else if (q.close >= 0) {
      claim_end = q.close + 1;  // "…,” and the city flag is at half-mast"
    }
  }
  Claim(first_src, claim_end);
  next_ = claim_end;
}

bool ParagraphFinder::ClauseBeforeInvertedTail(int cue, int lo) const {
  if (s_.IsCloseQuote(cue - 1)) return true;
  // The comma opening an insertion that ends at the cue's comma.
  int open = cue - 2;
  while (open > lo && !s_.IsPunct(open, ',')) --open;
  if (open <= lo || !s_.IsPunct(open, ',')) return true;
  auto verb_in = [&](int from, int to) {
    for (int i = from; i < to; ++i)
      if (VerbLike(i) && !s_.Has(i, kLexIng)) return true;
    return false;
  };
  for (int i = lo; i < cue - 1; ++i)
    if (s_.InQuote(i) || s_.IsOpenQuote(i) || s_.IsCloseQuote(i)) return true;
  if (verb_in(open + 1, cue - 1)) return true;
  int before = open - 1;
  if (before > lo && (s_.Is(before, "not") || s_.Is(before, "n't"))) --before;
  const bool left_open = s_.IsWord(before) && !s_.Cap(before) &&
                         (s_.Has(before, kLexAux) || s_.Is(before, "that") ||
                          s_.Is(before, "which") || s_.Is(before, "who"));
  return !left_open && verb_in(lo, open);
}

// Whether the content from `k` to `end` of a cue of `lemma` is the thing
// won or held ("claimed a victory", "maintains a roughly 45-point lead",
// "claiming 41 percent of the vote"; "claimed responsibility" is no such
// thing): the cue is in held_object_cue and a held_object noun heads a short
// noun phrase opening the content, with no auxiliary after it ("claimed the
// lead was lost" is a clause).
bool ParagraphFinder::HeldObject(std::string_view lemma, int k, int end) const {
  const WordLists& lists = WordLists::Default();
  if (!lists.Contains("held_object_cue", lemma)) return false;
  for (int i = k; i < end && i < k + 5; ++i) {
    const bool determiner = s_.Has(i, kLexDeterminer);
    if (!s_.IsWord(i) || s_.Has(i, kLexCue | kLexAux | kLexBoundary) ||
        (!determiner && (s_.Has(i, kLexPronoun) || s_.Cap(i))) || s_.Is(i, "that"))
      return false;
    if (!s_.IsIn(i, "held_object")) continue;
    // "claimed 56 percent of respondents, who …, were wrong": an auxiliary
    // before the first comma (a relative clause between commas skipped)
    // makes the noun phrase a clause's subject.
    for (int j = i + 1; j < end; ++j) {
      if (s_.IsPunct(j, ',')) {
        if (j + 1 < end && s_.IsIn(j + 1, "relative_pronoun")) {
          for (++j; j + 1 < end && !s_.IsPunct(j + 1, ','); ++j) {}
          ++j;  // the closing comma
          continue;
        }
        break;
      }
      if (s_.IsWord(j) && s_.Has(j, kLexAux)) return false;
    }
    return true;
  }
  return false;
}

}  // namespace claimgraph::ingest::internal
