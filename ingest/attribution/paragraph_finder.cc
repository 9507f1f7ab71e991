// ParagraphFinder: the sentence loop, quote-first and colon frames, orphans, emitting.
#include "ingest/attribution/paragraph_finder.h"

#include <algorithm>

#include "ingest/attribution/confidence.h"
#include "ingest/attribution/source_mention.h"

namespace claimgraph::ingest::internal {

void ParagraphFinder::Run() {
  claimed_.assign(t_.size(), 0);
  // A paragraph that does not end like a sentence is a headline, caption or
  // navigation line: news does not attribute there.
  if (t_.empty()) return;
  const Token& last = t_.back();
  bool sentence_like = (last.kind == TokenKind::kPunct &&
                        (last.punct == '.' || last.punct == '!' || last.punct == '?' ||
                         last.punct == '~' || last.punct == ')' || last.punct == ':')) ||
                       last.kind == TokenKind::kQuote || last.abbreviation;
  if (!sentence_like) return;
  first_of_paragraph_ = static_cast<int>(out_->size());
  lead_ = *lead_pending_;
  *lead_pending_ = false;
  for (const Sentence& sentence : p_.sentences) {
    sentence_first_ = static_cast<int>(out_->size());
    sentence_ = sentence;
    FindInSentence(sentence.begin, sentence.end);
    CollectOrphans(sentence.begin, sentence.end);
    lead_ = false;
  }
}

AttributionCandidate& ParagraphFinder::Emit(const SourceRange* src, int cue_a, int cue_b, std::string_view lemma,
                           Span content, AttributionKind kind, float confidence) {
  AttributionCandidate c;
  Attribution& a = c.attribution;
  if (src != nullptr && src->ok()) {
    SourceRange trimmed = WithoutVenue(WithoutLeadingTime(*src));
    src = &trimmed;
    a.source = Span{t_[src->begin].start, t_[src->end - 1].end};
    c.mention = DescribeSource(s_, *src);
    a.source_type = c.mention.type;
  }
  if (cue_a >= 0) a.cue = Span{t_[cue_a].start, t_[cue_b - 1].end};
  a.cue_lemma = std::string(lemma);
  a.content = content;
  a.kind = kind;
  a.confidence = confidence;
  c.clause = Clause(content);
  c.paragraph = index_;
  out_->push_back(std::move(c));
  return out_->back();
}

SourceRange ParagraphFinder::WithoutLeadingTime(SourceRange r) const {
  int p = r.begin;
  bool time = false;
  while (p < r.end && s_.IsWord(p) && (s_.Has(p, kLexTime | kLexDeterminer) || s_.IsDigitWord(p))) {
    time |= s_.Has(p, kLexTime);
    ++p;
  }
  if (!time || p + 1 >= r.end || !s_.IsPunct(p, ',')) return r;
  // "a March 14, 2019 NATO press release": the comma is the date's, before its year.
  if (s_.IsDigitWord(p - 1) && s_.IsDigitWord(p + 1) && s_.Word(p + 1).size() == 4) return r;
  return {p + 1, r.end, std::max(r.head_begin, p + 1), std::max(r.head_end, p + 2)};
}

SourceRange ParagraphFinder::WithoutVenue(SourceRange r) const {
  if (r.head_end != r.end) return r;
  for (int p = r.begin + 1; p < r.end - 1; ++p) {
    if (!s_.Has(p, kLexPrep) || s_.Is(p, "of")) continue;
    bool venue = true;
    for (int i = p + 1; i < r.end && venue; ++i)
      venue = s_.Has(i, kLexDeterminer | kLexSpeechNoun | kLexTime) && !s_.Has(i, kLexPronoun);
    if (venue && s_.Has(r.end - 1, kLexSpeechNoun | kLexTime)) return {r.begin, p, r.begin, p};
    break;
  }
  return r;
}

void ParagraphFinder::EmitShared(int of, Span content, AttributionKind kind, float confidence) {
  AttributionCandidate c = (*out_)[of];
  c.attribution.content = content;
  c.attribution.kind = kind;
  c.attribution.confidence = confidence;
  c.clause = Clause(content);
  c.paragraph = index_;
  c.shares_source_of = of;
  out_->push_back(std::move(c));
}

bool ParagraphFinder::QuoteFirst(int s, int e) {
  int qi = t_[s].quote;
  const QuoteSpan& q = p_.quotes[qi];
  if (q.close < 0 || q.close + 1 >= e) return false;
  int i = q.close + 1;
  if (s_.IsPunct(i, ',') || s_.IsPunct(i, '-')) ++i;
  if (i >= e) return false;
  // Find the cue within a short window.
  int cue = -1;
  for (int k = i; k < e && k < i + 16; ++k) {
    if (s_.InQuote(k)) break;
    if (s_.IsFinal(k)) break;
    if (s_.IsCue(k, i) || (s_.Has(k, kLexCue) && s_.Has(k, kLexNounToo) && k > i &&
                           !s_.Has(k - 1, kLexDeterminer) && !s_.Has(k, kLexBase))) {
      cue = k;
      break;
    }
  }
  if (cue < 0) return false;
  const LexEntry* entry = s_.Entry(cue);
  SourceRange src;
  SourceRange via;
  int after = cue + 1;
  if (cue == i) {
    // Inverted: "said Smith", "added the spokesman".
    src = s_.NounPhraseForward(cue + 1, e, true);
    if (!src.ok()) return false;
    after = src.end;
  } else {
    // Allow adverbs between subject and cue: "he added", "he also said".
    src = s_.SubjectBefore(cue, i);
    // "…,” the Vermont senator and presidential candidate told …": one
    // person described twice, not two joined subjects.
    if (src.ok() && src.begin > i + 1 && s_.Is(src.begin - 1, "and") &&
        s_.Has(i, kLexDeterminer)) {
      bool words = true;
      for (int w = i; w < src.begin - 1 && words; ++w)
        words = s_.IsWord(w) && !s_.Has(w, kLexCue | kLexAux) && !s_.Has(w, kLexPronoun);
      if (words) src.begin = src.head_begin = i;
    }
    if (!src.ok() || src.begin != i) return false;
  }
  if (!RelayedSpeaker(cue, e, &src, &via, &after)) return false;
  int cue_end = cue + 1;
  if (entry->cue == CueClass::kAccordingTo) return false;
  float conf = kConfQuoteThenCue;
  if (!src.ok()) return false;
  AttributionCandidate& c = Emit(&src, cue, cue_end, entry->lemma, QuoteContent(qi),
                                 AttributionKind::kDirect, conf);
  if (via.ok()) c.attribution.via = Span{t_[via.begin].start, t_[via.end - 1].end};
  int me = static_cast<int>(out_->size()) - 1;
  Claim(s, after);
  // What follows: around ("…,” she said, “…”), or ", adding (that) …".
  const int tag_end = after;
  int j = s_.SkipComplements(after, e, entry->cue);
  // The quote goes on after a comma, right after the tag ("“We stand
  // ready” tweeted Johnson “to …”"; not the hearer of "told “Fox and
  // Friends”") or in lower case a few words on; any other quote names
  // something ("…,” Weiner said on the podcast “Here's the Thing.”", "in the
  // spot titled “Dangerous,” warning …").
  auto goes_on = [&](int q) {
    if (t_[q].family != t_[s].family) return false;  // "Sophie in 't Veld"
    if (s_.IsPunct(q - 1, ',') || (q == tag_end && entry->cue != CueClass::kTell)) return true;
    // "“Our team” X said in a press release “has developed …”"; not "X
    // tweeted after Clinton argued that “if everyone …”".
    if (q - tag_end > 5 || q + 1 >= e || !s_.IsWord(q + 1) || s_.Cap(q + 1)) return false;
    for (int i = tag_end; i < q; ++i)
      if (s_.Has(i, kLexCue)) return false;
    return true;
  };
  while (j < e && !s_.IsPunct(j, ',') && !s_.IsFinal(j) && !(s_.IsOpenQuote(j) && goes_on(j))) {
    if (s_.IsOpenQuote(j) && p_.quotes[t_[j].quote].close > j) {
      j = p_.quotes[t_[j].quote].close;
      if (s_.IsPunct(j - 1, ',')) {  // “Dangerous,” ends the tag
        ++j;
        break;
      }
    }
    ++j;
  }
  if (j < e && s_.IsPunct(j, ',')) ++j;
  if (j < e && s_.IsOpenQuote(j)) {
    // Interrupted quote: "A," she said, "B." is one attribution from A to B.
    int q2 = t_[j].quote;
    (*out_)[me].attribution.content.end = QuoteContent(q2).end;
    int end2 = p_.quotes[q2].close < 0 ? e : p_.quotes[q2].close + 1;
    Claim(j, end2);
    j = end2;
  } else if (j < e && s_.Has(j, kLexIng) && s_.Has(j, kLexCue)) {
    ParticipleChain(j, e, me);
    return true;
  }
  Claim(s, j);
  return true;
}

bool ParagraphFinder::RelayedSpeaker(int cue, int e, SourceRange* src, SourceRange* via, int* after) const {
  const LexEntry* entry = s_.Entry(cue);
  if (entry->cue != CueClass::kRelay && entry->lemma != "cite") return true;
  SourceRange speaker = s_.NounPhraseForward(cue + 1, e, false);
  if (speaker.ok() && speaker.end + 1 < e && s_.Is(speaker.end, "as") &&
      s_.Has(speaker.end + 1, kLexCue)) {
    *via = *src;
    *src = speaker;
    *after = speaker.end + 2;
    return true;
  }
  return entry->cue != CueClass::kRelay;
}

void ParagraphFinder::FindInSentence(int s, int e) {
  // Leading dashes or bullets are not content.
  while (s < e && t_[s].kind == TokenKind::kPunct && (t_[s].punct == '-' || t_[s].punct == '*')) ++s;
  if (s >= e) return;
  if (s_.IsOpenQuote(s)) QuoteFirst(s, e);
  FrontedFinding(s, e);
  next_ = s;
  for (int i = s; i < e; ++i) {
    if (i < next_ || claimed_[i] || s_.InQuote(i)) continue;
    if (!s_.Has(i, kLexCue)) continue;
    if (!s_.IsCue(i, s)) continue;
    TryCue(i, s, e);
  }
  if (LastInSentence() < 0) ColonQuote(s, e);
  if (LastInSentence() < 0 && index_ == 0 && s == 0) HeadlineLabel(s, e);
  Reportedly(s, e);
}

void ParagraphFinder::ColonQuote(int s, int e) {
  int colon = -1;
  for (int i = s + 2; i + 1 < e && colon < 0; ++i) {
    if (s_.InQuote(i) || s_.IsOpenQuote(i) || claimed_[i]) return;
    if (s_.IsPunct(i, ':')) colon = i;
  }
  if (colon < 0 || !s_.IsOpenQuote(colon + 1)) return;
  const int qi = t_[colon + 1].quote;
  const QuoteSpan& q = p_.quotes[qi];
  if (q.close < 0) return;
  for (int i = q.close + 1; i < e; ++i)
    if (!s_.IsFinal(i)) return;
  int verb = -1;
  for (int i = s; i < colon && verb < 0; ++i) {
    if (!s_.IsWord(i) || s_.Cap(i) || s_.Has(i, kLexAux | kLexPrep | kLexDeterminer)) continue;
    std::string_view w = s_.Word(i);
    if ((w.size() > 4 && w.ends_with("ed")) || WordLists::Default().Contains("quote_intro_past", w))
      verb = i;
  }
  if (verb < 0 || colon - verb > 14) return;
  for (int i = verb + 1; i < colon; ++i)
    if (s_.Is(i, "that") || s_.Is(i, "which") || s_.Is(i, "who") || s_.IsIn(i, "coordinator") ||
        s_.IsPunct(i, ',') || s_.IsCueVerbForm(i))
      return;
  SourceRange src = s_.SubjectBefore(verb, s);
  if (!src.ok() || src.end != verb || !PlausibleSubject(src, s) ||
      !s_.ClauseStartsAt(src.begin, s))
    return;
  // "of the University of California, Los Angeles disagreed": the comma is
  // inside a name, not after a fronted phrase ("On Tuesday, Smith …").
  if (src.begin - 2 >= s && s_.IsPunct(src.begin - 1, ',') && s_.Cap(src.begin - 2) &&
      !s_.Has(src.begin - 2, kLexTime))
    return;
  int h = src.head_end - 1;
  if (!(s_.Cap(h) || s_.Has(h, kLexPronoun | kLexRoleNoun | kLexOrgWord | kLexPlural))) return;
  Span content = QuoteContent(qi);
  if (content.empty()) return;
  Emit(&src, verb, verb + 1, s_.Word(verb), content, AttributionKind::kDirect, kConfInferred);
  Claim(s, e);
}

void ParagraphFinder::HeadlineLabel(int s, int e) {
  int colon = s + 1;
  while (colon < e && colon < s + 3 && s_.Cap(colon)) ++colon;  // three words at most
  if (colon >= e - 2 || !s_.IsPunct(colon, ':') || !s_.Cap(colon - 1)) return;
  // A name only: no kicker ("Breaking", "The Latest"), no function or
  // common word ("Big Win For Bernie"), no verb ("Fiorina Endorses Cruz").
  for (int i = s; i < colon; ++i)
    if (s_.InQuote(i) || s_.AllCapsWord(i) || s_.IsIn(i, "headline_kicker") ||
        s_.Has(i, kLexDeterminer | kLexPrep | kLexAux | kLexCue | kLexBoundary | kLexPronoun) ||
        s_.IsIn(i, "common_other") || s_.IsIn(i, "common_function") ||
        s_.IsIn(i, "common_adverb") || s_.IsCueVerbForm(i))
      return;
  if (s_.IsPunct(e - 1, '?')) return;  // "Trump: Can He Win?" asks
  // The label's last word is a name the article's text goes on to use.
  const std::string_view last = s_.Word(colon - 1);
  const size_t after = t_[e - 1].end;
  bool named = false;
  for (size_t at = text_.find(last, after); at != std::string_view::npos && !named;
       at = text_.find(last, at + 1)) {
    const size_t end = at + last.size();
    named = (at == 0 || !std::isalnum(static_cast<unsigned char>(text_[at - 1]))) &&
            (end >= text_.size() || !std::isalnum(static_cast<unsigned char>(text_[end])));
  }
  if (!named) return;
  SourceRange src{s, colon, s, colon};
  if (!PlausibleSubject(src, s)) return;
  Span content = s_.ContentSpan(colon + 1, e);
  if (content.empty()) return;
  Emit(&src, colon, colon + 1, ":", content, s_.KindOf(colon + 1, e), kConfInferred);
  Claim(s, e);
}

bool ParagraphFinder::QuoteBeforeTail(int s, int cue_end, int e) const {
  if (s < 2 || !s_.IsCloseQuote(s - 1) || t_[s - 1].quote < 0) return false;
  if (!(s_.IsPunct(s - 2, '?') || s_.IsPunct(s - 2, '!'))) return false;
  const QuoteSpan& q = p_.quotes[t_[s - 1].quote];
  if (q.close != s - 1) return false;
  bool whole = false;
  for (const Sentence& sentence : p_.sentences) whole |= sentence.begin == q.open;
  if (!whole || e - cue_end > 10) return false;
  for (int i = cue_end; i < e; ++i)
    if (s_.InQuote(i) || s_.IsOpenQuote(i) || s_.Is(i, "that") || s_.IsPunct(i, ':') ||
        (s_.Has(i, kLexCue) && !s_.Has(i, kLexNounToo)))
      return false;
  return true;
}

SourceRange ParagraphFinder::TokensOf(Span span) const {
  const int n = static_cast<int>(t_.size());
  const int a = static_cast<int>(
      std::lower_bound(t_.begin(), t_.end(), span.start,
                       [](const Token& t, uint32_t at) { return t.start < at; }) -
      t_.begin());
  if (a >= n || t_[a].start != span.start) return {};
  int b = a;
  while (b < n && t_[b].end <= span.end) ++b;
  if (b == a) return {};
  int h = a + 1;
  while (h < b && !s_.IsPunct(h, ',')) ++h;
  return {a, b, a, h};
}

bool ParagraphFinder::PlausibleSubject(const SourceRange& r, int lo) const {
  if (!r.ok()) return false;
  if (r.end - r.begin == 1 && s_.IsWord(r.begin) && !s_.Cap(r.begin) &&
      !s_.Has(r.begin, kLexPronoun | kLexRoleNoun | kLexOrgWord | kLexDocNoun | kLexPlural) &&
      !s_.Word(r.begin).ends_with("s"))
    return false;  // "Would you mind telling …"
  // ("About three in 10 said": a share's leading word, no preposition.)
  if (s_.Has(r.begin, kLexPrep) && !(s_.IsIn(r.begin, "share_lead") && r.end - r.begin > 1))
    return false;
  // "Your release mentioned …", "You said …": an interviewer's question
  // addresses the interviewee; it attributes nothing.
  for (int i = r.begin; i < r.end; ++i)
    if (s_.Is(i, "your") || s_.Is(i, "you")) return false;
  if (r.begin > lo && s_.IsWord(r.begin - 1) && s_.Has(r.begin - 1, kLexPrep) &&
      !s_.Is(r.begin - 1, "with"))  // "with officials saying …"
    return false;
  return true;
}

bool ParagraphFinder::CourtFinding(int cue, int lo, int e) const {
  if (s_.Has(cue, kLexIng)) return false;
  // A base form only after its plural subject ("polls show", "audit files
  // from the firm show"; not "to find", "will rule").
  if (s_.Has(cue, kLexBase) &&
      !(cue > lo && (s_.IsIn(cue - 1, "finding_body") || s_.PluralHeadBefore(cue, lo))))
    return false;
  bool court = false;
  for (int i = cue - 1; i >= lo && i >= cue - 8; --i) {
    if (!s_.IsWord(i)) break;
    if (s_.IsIn(i, "finding_body")) court = true;
  }
  if (!court) return false;
  // "…, records show.": the subject and the cue close the sentence.
  if (cue + 1 < e && s_.IsFinal(cue + 1) && cue - 2 >= lo && s_.IsIn(cue - 1, "finding_body"))
    return true;
  if (cue + 2 >= e || s_.InQuote(cue + 1)) return false;
  if (s_.Is(cue + 1, "that")) return true;
  if (s_.Has(cue + 1, kLexPrep) || s_.Is(cue + 1, "out") || s_.Has(cue + 1, kLexAux)) return false;
  // "Polls show voters trust …", "records show a loss in each year": what
  // evidence shows is its content, clause or noun phrase.
  if (s_.Entry(cue)->lemma == "show") return true;
  // "found the prorogation to be unlawful" / "ruled the draft violated …":
  // a short noun phrase, then "to be" or a finite verb; "found Clinton
  // leading Trump by 15 points": a name, then a participle.
  for (int i = cue + 1; i < e && i < cue + 12; ++i) {
    if (!s_.IsWord(i) && !s_.IsPunct(i, '\'') && !s_.IsPunct(i, '-')) return false;
    if (i > cue + 1 && s_.Is(i, "to") && i + 1 < e && s_.Is(i + 1, "be")) return true;
    if (i > cue + 1 && (s_.Has(i, kLexAux) || VerbLike(i))) return true;
    if (i > cue + 1 && s_.Cap(i - 1) && !s_.Cap(i) && s_.Word(i).ends_with("ing")) return true;
  }
  return false;
}

bool ParagraphFinder::VerbLike(int i) const {
  if (!s_.IsWord(i) || s_.Cap(i) || s_.InQuote(i)) return false;
  if (s_.Has(i, kLexAux) || s_.IsCueVerbForm(i)) return true;
  std::string_view w = s_.Word(i);
  // ("declined", "refused": a past form the lexicon knows for its cue class.)
  if (w.size() > 4 && w.ends_with("ed") &&
      (s_.Entry(i) == nullptr ||
       !s_.Has(i, kLexSkip | kLexPrep | kLexDeterminer | kLexTime | kLexPronoun | kLexNounToo)))
    return true;
  return WordLists::Default().Contains("irregular_past", w);
}

SourceRange ParagraphFinder::CoordinatedSubject(int conj, int lo) const {
  for (int i = conj - 1; i > lo; --i) {
    // "One of these groups, the SDF, opposed the withdrawal and said …"
    if (s_.IsWord(i) && !s_.Cap(i) && s_.Word(i).ends_with("ed") && s_.Entry(i) == nullptr &&
        s_.IsPunct(i - 1, ',')) {
      SourceRange r = s_.SubjectBefore(i, lo);
      if (r.ok() && s_.ClauseStartsAt(r.begin, lo)) return r;
    }
    // "The agency did not mention …, but said …": an auxiliary after the subject.
    if (s_.IsWord(i) && !s_.Cap(i) && s_.Has(i, kLexAux) && !s_.InQuote(i) &&
        (s_.Cap(i - 1) || s_.Has(i - 1, kLexPronoun | kLexRoleNoun | kLexOrgWord | kLexPlural))) {
      int a = s_.NounPhraseBack(i, lo);
      if (a < i && a == lo && s_.ClauseStartsAt(a, lo)) return {a, i, a, i};
    }
    // "The embassy declined the request and said …", "The State Department
    // gave its sympathies and said …": a noun subject too.
    std::string_view w = s_.IsWord(i) ? s_.Word(i) : std::string_view();
    bool past = w.ends_with("ed") || WordLists::Default().Contains("coordinated_past", w);
    // ("Kell questions Lund's ties … and has called for …": a possessive
    // before the word makes it a noun, "Lund's ties", and no verb of Lund's.)
    if (s_.IsWord(i) && !s_.Cap(i) && (past || w.ends_with("s")) &&
        !s_.Has(i, kLexPrep | kLexDeterminer) && !t_[i - 1].possessive &&
        (s_.Cap(i - 1) || s_.Has(i - 1, kLexPronoun) ||
         (past && !s_.InQuote(i - 1) && s_.Has(i - 1, kLexOrgWord | kLexRoleNoun | kLexPlural)))) {
      int a = s_.NounPhraseBack(i, lo);
      bool named = s_.Cap(i - 1) || s_.Has(i - 1, kLexPronoun) ||
                   (a < i && (s_.Cap(a) || s_.Has(a, kLexDeterminer)) && !s_.IsDigitWord(a));
      if (a < i && named && s_.ClauseStartsAt(a, lo)) return {a, i, a, i};
    }
  }
  // "She cut the debt in five years, but said …", "Jane Roe cut …, but
  // said …": the sentence opens with its subject, a personal pronoun or a
  // name, then a lower-case verb; not when the first clause reports another
  // ("X told reporters that Y …, and told the police"), holds a quote, or
  // the cue is a participle ("I'm old enough to remember Carter …, and
  // telling …").
  bool plain = conj - lo >= 3 && s_.IsWord(lo) && s_.Cap(lo) && !s_.Word(lo).ends_with("ly") &&
               s_.Word(lo).find('\'') == std::string_view::npos &&
               s_.Word(lo).find("\xE2\x80\x99") == std::string_view::npos &&
               !(conj + 1 < static_cast<int>(t_.size()) && s_.Has(conj + 1, kLexIng));
  for (int i = lo; plain && i < conj; ++i)
    plain = !s_.InQuote(i) && !s_.Is(i, "that") && !(s_.Has(i, kLexCue) && s_.IsCue(i, lo));
  if (plain) {
    if (s_.Has(lo, kLexPronoun) && !s_.Has(lo, kLexDeterminer) && !s_.IsIn(lo, "object_pronoun") &&
        !s_.IsIn(lo, "relative_pronoun") && s_.IsWord(lo + 1) && !s_.Cap(lo + 1))
      return {lo, lo + 1, lo, lo + 1};
    if (!s_.Has(lo, kLexPronoun | kLexDeterminer | kLexPrep | kLexBoundary | kLexSkip |
                        kLexTime | kLexAux)) {
      int j = lo;
      while (j < conj && s_.Cap(j) && j < lo + 4) ++j;
      if (j > lo && j < conj && s_.IsWord(j) && !s_.Cap(j) &&
          !s_.Has(j, kLexPrep | kLexDeterminer | kLexBoundary | kLexPronoun) &&
          !s_.IsPunct(j - 1, ',') && s_.Word(j).size() > 2)
        return {lo, j, lo, j};
    }
  }
  return {};
}

void ParagraphFinder::CollectOrphans(int s, int e) {
  for (int i = s; i < e; ++i) {
    if (!s_.IsOpenQuote(i) || claimed_[i]) continue;
    const QuoteSpan& q = p_.quotes[t_[i].quote];
    // Whole-sentence quotes only: starting the sentence, ending it.
    if (i != s) continue;
    if (q.close >= 0) {
      int j = q.close + 1;
      while (j < e && t_[j].kind == TokenKind::kPunct) ++j;
      if (j < e) continue;
    }
    Span content = TrimQuoteContent(text_, q.inner);
    if (content.empty()) continue;
    OrphanQuote o;
    o.content = content;
    o.paragraph = index_;
    o.opens_paragraph = i == 0;
    o.continues = q.continues;
    o.whole_paragraph = i == 0 && e == static_cast<int>(t_.size()) &&
                        p_.sentences.size() == 1;
    orphans_->push_back(o);
  }
}


}  // namespace claimgraph::ingest::internal
