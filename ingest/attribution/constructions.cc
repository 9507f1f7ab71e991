// ParagraphFinder: constructions named for what they match.
#include "ingest/attribution/paragraph_finder.h"

#include <algorithm>

#include "ingest/attribution/confidence.h"
#include "ingest/attribution/source_mention.h"

namespace claimgraph::ingest::internal {

void ParagraphFinder::ParticipleChain(int cue, int e, int of) {
  const LexEntry* entry = s_.Entry(cue);
  int k = s_.SkipComplements(cue + 1, e, entry->cue);
  if (k >= e) return;
  int end = s_.ContentEnd(k, e);
  Span content = ForwardContent(k, end, e);
  if (content.empty()) return;
  // "…, responding to the recent news that …", "…, pointing to one of his
  // ears": what it answered or showed, no statement (but "speaking to CNN"
  // names the hearer of a quote-only cue).
  if (s_.Is(k, "to") && k + 1 < e && !(entry->flags & kLexQuoteOnly) &&
      (s_.Cap(k + 1) || s_.Has(k + 1, kLexDeterminer | kLexPronoun))) {
    Claim(cue, end);
    next_ = end;
    return;
  }
  // "…, claiming 41 percent of the vote": a thing won, not a statement.
  if (last_kind_ == AttributionKind::kIndirect && HeldObject(entry->lemma, k, end)) return;
  // "…, said Ms. Acosta, referring to the bankruptcy chapter": whom or what
  // the words were about, no statement (unless "referring to X as Y").
  if (entry->lemma == "refer" && last_kind_ == AttributionKind::kIndirect &&
      !s_.WordIn(k, end, "as")) {
    Claim(cue, end);
    next_ = end;
    return;
  }
  AttributionCandidate c = (*out_)[of];
  c.attribution.cue = Span{t_[cue].start, t_[cue].end};
  c.attribution.cue_lemma = std::string(entry->lemma);
  c.attribution.content = content;
  c.attribution.kind = last_kind_;
  c.attribution.confidence = kConfIndirectTail;
  c.attribution.via.reset();
  c.shares_source_of = of;
  c.clause = Clause(content);
  out_->push_back(std::move(c));
  Claim(cue, end);
  next_ = end;
}

Span ParagraphFinder::ForwardContent(int k, int end, int e) {
  second_quote_ = -1;
  if (k >= end) return {};
  if (s_.IsOpenQuote(k)) {
    const QuoteSpan& q = p_.quotes[t_[k].quote];
    int close = q.close;
    bool to_end = close < 0;
    if (!to_end) {
      int j = close + 1;
      while (j < e && t_[j].kind == TokenKind::kPunct && !s_.IsPunct(j, ',')) ++j;
      to_end = j >= e;
      // "“…”, also observing, “…”" / "“…”, adding …": the quote ends the content.
      if (!to_end && s_.IsPunct(j, ',') && j + 1 < e) {
        to_end = s_.ParticipleCueAt(j + 1, e) >= 0;
      }
      // "said “A” and “B”" (two attributions) / "said “A,” and the flag …".
      int n = j < e && s_.IsPunct(j, ',') ? j + 1 : j;
      if (!to_end && n < e && s_.IsIn(n, "coordinator")) {
        to_end = true;
        if (n + 1 < e && s_.IsOpenQuote(n + 1)) second_quote_ = n + 1;
      }
    }
    if (to_end) {
      last_kind_ = AttributionKind::kDirect;
      return QuoteContent(t_[k].quote);
    }
  }
  last_kind_ = s_.KindOf(k, end);
  if (last_kind_ == AttributionKind::kDirect) return QuoteContent(t_[k].quote);
  return s_.ContentSpan(k, end);
}

void ParagraphFinder::PassiveRaised(int cue, int lo, int e) {
  int end = e;
  for (int i = cue + 1; i < e; ++i)
    if (s_.IsPunct(i, ';')) end = i;
  SourceRange agent;
  for (int i = cue + 2; i < end; ++i) {
    if (s_.InQuote(i) || !s_.Is(i, "by")) continue;
    SourceRange by = s_.NounPhraseForward(i + 1, e, false);
    if (by.ok() && (by.end >= end || s_.IsFinal(by.end) || s_.IsPunct(by.end, ','))) {
      agent = by;
      end = i;
    }
    break;
  }
  int a = lo;
  while (a < cue && t_[a].kind == TokenKind::kPunct) ++a;
  Span content = s_.ContentSpan(a, end);
  if (content.empty()) return;
  const LexEntry* entry = s_.Entry(cue);
  Emit(agent.ok() ? &agent : nullptr, cue, cue + 1, entry->lemma, content, s_.KindOf(a, end),
       kConfLoose);
  Claim(a, std::max(end, agent.ok() ? agent.end : end));
  next_ = end;
}

bool ParagraphFinder::PassiveByAgent(int cue, int lo, int e, std::string_view lemma) {
  int aux = cue - 1;
  while (aux > lo && s_.IsWord(aux) && s_.Has(aux, kLexSkip) && !s_.Has(aux, kLexAux)) --aux;
  if (aux < lo || !(s_.Is(aux, "was") || s_.Is(aux, "were") || s_.Is(aux, "is") ||
                    s_.Is(aux, "are") || s_.Is(aux, "been") || s_.Is(aux, "be")))
    return false;
  SourceRange by = s_.NounPhraseForward(cue + 2, e, false);
  if (!by.ok() || by.end + 2 >= e) return false;
  int k = by.end;
  if (lemma == "quote" && s_.Is(k, "as") && s_.Has(k + 1, kLexCue) && s_.Has(k + 1, kLexIng)) {
    SourceRange src = s_.SubjectBefore(aux, lo);
    if (!PlausibleSubject(src, lo)) return false;
    int c = s_.SkipComplements(k + 2, e, CueClass::kSay);
    if (c >= e) return false;
    int end = s_.ContentEnd(c, e);
    Span content = ForwardContent(c, end, e);
    if (content.empty()) return false;
    AttributionCandidate& out = Emit(&src, cue, cue + 1, "quote", content, last_kind_, kConfExplicit);
    out.attribution.via = Span{t_[by.begin].start, t_[by.end - 1].end};
    Claim(src.begin, end);
    next_ = end;
    return true;
  }
  // "It was announced by the ministry that …": the clause after "that".
  if (s_.Entry(cue)->cue == CueClass::kSay && s_.Is(k, "that") && !s_.IsFinal(k + 1)) {
    int end = s_.ContentEnd(k + 1, e);
    Span content = ForwardContent(k + 1, end, e);
    if (content.empty()) return false;
    Emit(&by, cue, cue + 1, lemma, content, last_kind_, kConfInferred);
    Claim(aux, end);
    next_ = end;
    return true;
  }
  if ((lemma == "report" || lemma == "say" || lemma == "allege" || lemma == "claim" ||
       lemma == "confirm") &&
      s_.Is(k, "to") && s_.IsWord(k + 1) && !s_.Cap(k + 1)) {
    int a = lo;
    while (a < cue && t_[a].kind == TokenKind::kPunct) ++a;
    int end = s_.ContentEnd(k + 1, e);
    Span content = s_.ContentSpan(a, end);
    if (content.empty()) return false;
    Emit(&by, cue, cue + 1, lemma, content, s_.KindOf(a, end), kConfLoose);
    Claim(a, end);
    next_ = end;
    return true;
  }
  return false;
}

bool ParagraphFinder::RelativeReport(int cue, int lo, int e) {
  const LexEntry* entry = s_.Entry(cue);
  if (entry->cue != CueClass::kSay || s_.Has(cue, kLexIng)) return false;
  SourceRange src = s_.SubjectBefore(cue, lo);
  if (!src.ok() || (src.end != cue && !s_.IsAdverb(src.end) && !s_.Has(src.end, kLexTime)))
    return false;
  int rel = src.begin - 1;
  if (rel < lo || !s_.Is(rel, "which") || s_.InQuote(rel) || !PlausibleSubject(src, rel + 1))
    return false;
  if (s_.Has(src.begin, kLexPronoun) && s_.Is(src.begin, "it")) return false;
  int k = s_.SkipComplements(cue + 1, e, CueClass::kSay);
  // The gap is the subject: a verb follows ("were", "would", "to be").
  if (k + 1 >= e || s_.InQuote(k)) return false;
  bool verb = (s_.Has(k, kLexAux) && !s_.Is(k, "reportedly") && !s_.Is(k, "allegedly")) ||
              (s_.Is(k, "to") && (s_.Is(k + 1, "be") || s_.Is(k + 1, "have"))) ||
              (VerbLike(k) && !s_.IsCueVerbForm(k));
  if (!verb) return false;
  int end = s_.ContentEnd(k, e);
  for (int i = k; i < end; ++i)
    if (!s_.InQuote(i) && (s_.IsPunct(i, ',') || s_.IsPunct(i, '-'))) {
      end = i;
      break;
    }
  Span content = s_.ContentSpan(rel, end);
  if (content.empty()) return false;
  Emit(&src, cue, cue + 1, entry->lemma, content, s_.KindOf(rel, end), kConfInferred);
  Claim(rel, end);
  next_ = end;
  return true;
}

bool ParagraphFinder::CharacterisedBy(int cue, int e) {
  std::string_view lemma = s_.Entry(cue)->lemma;
  if (!(IsCharacterisation(lemma) || lemma == "describe" || lemma == "characterize" ||
        lemma == "characterise") ||
      !s_.Word(cue).ends_with("ed") || cue + 2 >= e)
    return false;
  SourceRange by;
  int a = -1, end = -1;
  if (s_.Is(cue + 1, "by")) {  // described by Y as Z
    by = s_.NounPhraseForward(cue + 2, e, false);
    if (!by.ok() || by.end + 1 >= e || !s_.Is(by.end, "as")) return false;
    a = by.end + 1;
    end = s_.ContentEnd(a, e);
    for (int i = a + 1; i < end; ++i)
      if (!s_.InQuote(i) && (s_.IsPunct(i, ',') || s_.IsPunct(i, '-'))) end = std::min(end, i);
  } else if (s_.Is(cue + 1, "as")) {  // described as Z by Y
    a = cue + 2;
    for (int i = a + 1; i < e && i < a + 14; ++i) {
      if (s_.InQuote(i)) continue;
      if (s_.IsFinal(i) || s_.IsPunct(i, ';') || s_.IsPunct(i, ',')) break;
      if (!s_.Is(i, "by")) continue;
      SourceRange r = s_.NounPhraseForward(i + 1, e, false);
      if (r.ok() && (r.end >= e || s_.IsFinal(r.end) || s_.IsPunct(r.end, ',') ||
                     s_.IsPunct(r.end, ';') || s_.IsPunct(r.end, '-'))) {
        by = r;
        end = i;
      }
      break;
    }
    if (!by.ok()) return false;
  } else {
    return false;
  }
  AttributionKind kind = s_.KindOf(a, end);
  Span content = kind == AttributionKind::kDirect ? QuoteContent(t_[a].quote)
                                                  : s_.ContentSpan(a, end);
  if (content.empty()) return false;
  Emit(&by, cue, cue + 1, lemma, content, kind, kConfInferred);
  int claim_end = std::max(end, by.end);
  Claim(cue, claim_end);
  next_ = claim_end;
  return true;
}

void ParagraphFinder::QuotedAsSaying(int cue, int aux, int lo, int e) {
  SourceRange src = s_.SubjectBefore(aux, lo);
  if (!PlausibleSubject(src, lo)) return;
  int k = s_.SkipComplements(cue + 3, e, CueClass::kSay);
  // "… by the agency": a relay named after the cue.
  SourceRange via;
  if (k < e && s_.Is(k, "by")) return;
  if (k >= e) return;
  int end = s_.ContentEnd(k, e);
  Span content = ForwardContent(k, end, e);
  if (content.empty()) return;
  Emit(&src, cue, cue + 1, "quote", content, last_kind_, kConfExplicit);
  Claim(src.begin, end);
  next_ = end;
}

void ParagraphFinder::FrontedFinding(int s, int e) {
  if (s + 3 >= e || !s_.Is(s, "in") || !s_.Cap(s)) return;
  // The noun phrase up to the comma: a determiner or name words, the
  // finding's noun, and what describes it ("released Monday", "of likely
  // voters", "by Quinnipiac").
  int comma = -1;
  int head = -1;
  for (int i = s + 1; i < e && i < s + 14; ++i) {
    if (s_.InQuote(i) || s_.IsFinal(i)) return;
    if (s_.IsPunct(i, ',')) {
      comma = i;
      break;
    }
    if (!s_.IsWord(i) && !s_.IsPunct(i, '-') && !s_.IsPunct(i, '/')) return;
    // ("released Monday" after the noun describes it.)
    const bool described = head >= 0 && s_.LooksPastForm(i);
    if (s_.IsWord(i) && !described &&
        (s_.Has(i, kLexCue | kLexAux | kLexPronoun) && !s_.Has(i, kLexNounToo)))
      return;
    if (head < 0 && s_.IsIn(i, "fronted_finding")) head = i;
  }
  if (comma < 0 || head < 0 || comma + 3 > e) return;
  // "In the latest poll, conducted in May, Clinton led …": the participle
  // phrase describes the poll.
  int from = comma + 1;
  if (s_.LooksPastForm(from)) {
    int next = from + 1;
    while (next < e && next < from + 8 && !s_.IsPunct(next, ',') && !s_.IsFinal(next)) ++next;
    if (next < e && s_.IsPunct(next, ',')) from = next + 1;
  }
  // The finding's noun heads its phrase ("In the poll booth" is a place).
  const int after_head = head + 1;
  if (after_head != comma && !s_.Has(after_head, kLexPrep) && !s_.LooksPastForm(after_head) &&
      !s_.Is(after_head, "out"))
    return;
  for (int i = s; i < e; ++i)
    if (claimed_[i]) return;
  const int end = s_.ContentEnd(from, e);
  int words = 0;
  for (int i = from; i < end; ++i) words += s_.IsWord(i);
  if (words < 4) return;  // not "In the latest polls, he doesn't."
  // "In a study, researchers found that …", "In a poll, 31% of Republicans
  // said …": a cue in the sentence has its own source there.
  for (int i = from; i < e; ++i)
    if (s_.Has(i, kLexCue) && !s_.InQuote(i) && s_.IsCue(i, comma + 1) &&
        !(s_.IsDigitWord(i - 1) || s_.Has(i - 1, kLexDeterminer)))  // not "24 points"
      return;
  Span content = ForwardContent(from, end, e);
  if (content.empty()) return;
  SourceRange src{s + 1, comma, s + 1, head + 1};
  Emit(&src, s, s + 1, "in", content, last_kind_, kConfInferred);
  Claim(s, end);
  next_ = end;
}

void ParagraphFinder::Reportedly(int s, int e) {
  if (lead_) return;
  for (int i = s; i < e; ++i) {
    if (claimed_[i] || s_.InQuote(i) || !s_.Is(i, "reportedly")) continue;
    int a = s, end;
    // "…, reportedly outside a store," / "with reportedly over 1,000 …":
    // only the phrase after it is reported; else the whole clause.
    bool phrase = i > s && (s_.IsPunct(i - 1, ',') || s_.Has(i - 1, kLexPrep));
    if (i == s || phrase) {
      a = i + 1;
      if (a < e && s_.IsPunct(a, ',')) ++a;
    }
    for (int k = a; k < i; ++k)
      if (claimed_[k]) return;
    end = s_.ContentEnd(i + 1, e);
    if (phrase)
      for (int k = a; k < end; ++k)
        if (!s_.InQuote(k) && s_.IsPunct(k, ',')) {
          end = k;
          break;
        }
    // "Reportedly his family said …": a cue of its own already took it.
    for (int k = a; k < end; ++k)
      if (claimed_[k]) return;
    Span content = s_.ContentSpan(a, end);
    if (content.empty() || end - a < 3) return;
    Emit(nullptr, i, i + 1, "report", content, s_.KindOf(a, end), kConfReportedly);
    Claim(a, end);
    return;
  }
}

void ParagraphFinder::MainClauseParticiple(int cue, int lo, int e) {
  int comma = cue - 1;
  for (int v = lo + 1; v < comma && v < lo + 30; ++v) {
    if (s_.InQuote(v)) return;
    // The verb: a word that looks like one, or the word after an apposition
    // closing the subject ("Michael Petrilli, president of the Fordham
    // Institute, tied …").
    const bool verb = VerbLike(v);
    const bool after_apposition = !verb && s_.IsPunct(v - 1, ',') && s_.IsWord(v) &&
                                  !s_.Cap(v) &&
                                  !s_.Has(v, kLexPrep | kLexDeterminer | kLexPronoun | kLexBoundary);
    if (!verb && !after_apposition) continue;
    SourceRange src = s_.SubjectBefore(v, lo);
    // "On Monday, Sanders defended …", "WASHINGTON — Sanders defended …": a
    // fronted phrase or a dateline, no verb in it, before the subject.
    bool fronted = src.ok() && src.begin > lo &&
                   (s_.IsPunct(src.begin - 1, ',') || s_.IsPunct(src.begin - 1, '-'));
    for (int i = lo; fronted && i < src.begin - 1; ++i)
      fronted = !VerbLike(i) && !s_.InQuote(i) && !s_.Has(i, kLexCue);
    if (!src.ok() || (src.begin != lo && !fronted) || src.end > v) {
      if (verb) return;
      continue;
    }
    if (!PlausibleSubject(src, lo)) return;
    // The subject names someone: a name, a pronoun, a source noun, a plural.
    int last = s_.IsPunct(src.end - 1, ',') ? src.head_end - 1 : src.end - 1;
    // ("Mitch McConnell (R-Ky.) issued …": the name before a party label,
    // when one opens inside the subject after its first token.)
    if (s_.IsPunct(last, ')')) {
      int open = last;
      while (open > src.begin && !s_.IsPunct(open, '(')) --open;
      if (open > src.begin && s_.IsPunct(open, '(')) last = open - 1;
    }
    if (!(s_.Cap(last) || s_.Has(last, kLexPronoun | kLexRoleNoun | kLexOrgWord | kLexPlural |
                                           kLexDocNoun) ||
          (s_.IsWord(last) && s_.Word(last).size() > 3 && s_.Word(last).ends_with("s"))))
      return;
    if (s_.Is(src.begin, "there")) return;
    // Passive main clauses ("was killed, saying") have no speaking subject.
    if (s_.Is(v, "was") || s_.Is(v, "were") || s_.Is(v, "is") || s_.Is(v, "are")) {
      if (v + 1 < comma && s_.IsWord(v + 1) && s_.Word(v + 1).ends_with("ed")) return;
    }
    const LexEntry* entry = s_.Entry(cue);
    int k = s_.SkipComplements(cue + 1, e, entry->cue);
    if (entry->cue == CueClass::kObject) k = cue + 1;
    if (k >= e) return;
    int end = s_.ContentEnd(k, e);
    Span content = ForwardContent(k, end, e);
    if (content.empty() || end - k < 2) return;
    if (s_.IsWord(k) && (s_.Is(k, "which") || s_.Is(k, "who") ||
                         (s_.Has(k, kLexPrep) && !s_.IsOpenQuote(k))))
      return;
    // "Sanders won Vermont, claiming his third victory": a thing won.
    if (last_kind_ == AttributionKind::kIndirect && HeldObject(entry->lemma, k, end)) return;
    Emit(&src, cue, cue + 1, entry->lemma, content, last_kind_, kConfInferred);
    Claim(cue, end);
    next_ = end;
    return;
  }
}

void ParagraphFinder::AccordingTo(int cue, int s, int e) {
  const int width = s_.Is(cue, "per") ? 1 : 2;
  SourceRange src = s_.NounPhraseForward(cue + width, e, true);
  // "…, according to ouest-france.fr.": a web site is a name.
  if (cue + width < e && s_.IsWebDomain(cue + width))
    src = {cue + width, cue + width + 1, cue + width, cue + width + 1};
  if (!src.ok()) return;
  // "According to Reuters, the minister resigned.": at the sentence start
  // an apposition must close with a comma, or it is the reported clause;
  // nor may it hold a verb before any relative pronoun ("According to
  // authorities, the site hosted a quarter million clips, including …").
  bool clause = false;
  for (int i = src.head_end; i < src.end && !clause; ++i) {
    if (s_.Is(i, "who") || s_.Is(i, "which") || s_.Is(i, "that")) break;
    clause = s_.IsWord(i) && !s_.Cap(i) &&
             (s_.Has(i, kLexAux) || s_.LooksPastForm(i) || s_.IsIn(i, "irregular_past"));
  }
  if (src.head_begin == src.begin && src.head_end < src.end &&
      (src.end >= e || !s_.IsPunct(src.end, ',') || clause)) {
    bool initial = true;
    for (int i = s; i < cue && initial; ++i)
      initial = s_.IsWord(i) && (s_.IsIn(i, "coordinator") || s_.Has(i, kLexSkip));
    if (initial) src.end = src.head_end;
  }
  // "…, according to a tweet on Monday by US Secretary of State Mike
  // Pompeo.": prepositional phrases up to the end belong to the source.
  bool after_comma = cue - 1 > s && (s_.IsPunct(cue - 1, ',') ||
                                     (s_.IsCloseQuote(cue - 1) && s_.IsPunct(cue - 2, ',')));
  // "…, according to a Gallup poll released Sunday.": the noun phrase ends in
  // a participle that a time or a preposition follows; its phrase is the
  // source's too, and the head ends before it.
  const bool participle_tail = src.end < e && src.end - 1 > src.head_begin &&
                               s_.LooksPastForm(src.end - 1) && s_.Has(src.end, kLexTime | kLexPrep);
  if (src.end < e && after_comma && (s_.Has(src.end, kLexPrep) || participle_tail)) {
    int k = src.end;
    bool tail = true;
    // Not after a verb the noun phrase swallowed ("the ministry recovered …").
    for (int i = src.begin; i < src.end - (participle_tail ? 1 : 0) && tail; ++i)
      tail = !s_.LooksPastForm(i);
    while (k < e && !s_.IsFinal(k)) {
      if (k - src.end > 14 || !(s_.IsWord(k) || s_.IsPunct(k, '(') || s_.IsPunct(k, ')')) ||
          s_.InQuote(k) || s_.Has(k, kLexAux | kLexBoundary) ||
          (s_.Has(k, kLexCue) && !s_.Has(k, kLexNounToo))) {
        tail = false;
        break;
      }
      ++k;
    }
    if (tail && k > src.end) {
      if (participle_tail) src.head_end = std::min(src.head_end, src.end - 1);
      src.end = k;
    }
  }
  // "…, according to preliminary exit polling reported by CNN.", "…,
  // according to a campaign official who was not authorized to speak.", "…,
  // according to Bill McInturff, a Republican pollster who …": a clause of
  // three words or more with a verb before the cue, and a participle, a relative clause,
  // a time, a phrase after "and" or a preposition, or an apposition up to
  // the sentence's end after the noun phrase: all of it describes the
  // source (left out of its mention: the head's phrase names it), and the
  // clause before is the content.
  int after = src.end;
  // (Not when the words before hold no verb: "Rescuers, working in the
  // cold, according to the ministry recovered ten survivors".)
  bool clause_before = false;
  for (int i = s; i < cue && !clause_before; ++i)
    clause_before = s_.IsWord(i) && (s_.Has(i, kLexAux) || s_.LooksPastForm(i) ||
                                     s_.IsIn(i, "irregular_past") ||
                                     (s_.Has(i, kLexCue) && !s_.Has(i, kLexIng)));
  if (after_comma && clause_before && src.end < e && cue - 1 - s >= 3 && !s_.InQuote(src.end)) {
    const int first = s_.IsPunct(src.end, ',') ? src.end + 1 : src.end;
    const bool apposition = first > src.end && first < e && s_.Has(first, kLexDeterminer) &&
                            !s_.Has(first, kLexPronoun) && !s_.Is(first, "the");
    const bool modifier =
        first == src.end && s_.IsWord(first) &&
        (s_.Is(first, "who") || s_.Is(first, "that") || s_.Is(first, "and") ||
         s_.Has(first, kLexTime | kLexPrep) || s_.LooksPastForm(first) ||
         s_.Is(first, "previously"));
    int end = first;
    int commas = 0;
    while (end < e && !s_.IsFinal(end) && !s_.InQuote(end) && !s_.IsOpenQuote(end) &&
           !s_.IsPunct(end, '-') && end - src.end <= 30) {
      // One apposition may follow ("released … by Latino Decisions, a
      // public opinion research group").
      if (s_.IsPunct(end, ',') &&
          (++commas > 1 || end + 1 >= e || !s_.Has(end + 1, kLexDeterminer) ||
           s_.Has(end + 1, kLexPronoun) || s_.Is(end + 1, "the")))
        break;
      ++end;
    }
    if ((modifier || (apposition && commas == 0)) && end > first &&
        (end >= e || s_.IsFinal(end)))
      after = end;
  }
  Span content;
  AttributionKind kind;
  int claim_a, claim_b;
  bool sentence_initial = true;
  for (int i = s; i < cue; ++i)
    if (!(s_.IsWord(i) && (s_.IsIn(i, "coordinator") || s_.Has(i, kLexSkip)))) {
      sentence_initial = false;
      break;
    }
  // "On Sunday in London, according to witnesses, a man …": a fronted
  // adverbial before "according to" keeps the clause after it.
  if (!sentence_initial && cue - 1 > s && s_.IsPunct(cue - 1, ',') &&
      (s_.Has(s, kLexPrep | kLexTime) || s_.Is(s, "in"))) {
    bool adverbial = true;
    for (int i = s; i < cue - 1 && adverbial; ++i)
      adverbial = (s_.IsWord(i) && !s_.Has(i, kLexCue | kLexAux) &&
                   !(s_.Has(i, kLexBoundary) && !s_.Has(i, kLexPrep))) ||
                  s_.IsPunct(i, ',');
    sentence_initial = adverbial && after < e && s_.IsPunct(after, ',');
  }
  if (sentence_initial && after < e && !s_.IsPunct(after, ',')) {
    // "According to a Gallup poll released Monday, 40 percent …", "a poll
    // out Thursday": a participle phrase up to the comma belongs to the source.
    int k = after;
    while (k < e && k - after < 10 && s_.IsWord(k) && !s_.InQuote(k) &&
           !s_.Has(k, kLexAux | kLexPronoun) && !(s_.Has(k, kLexBoundary) && !s_.Has(k, kLexPrep)))
      ++k;
    auto participle = [&](int i) {
      return i > src.begin && (s_.LooksPastForm(i) || s_.Is(i, "out"));
    };
    if (k < e && s_.IsPunct(k, ',') && (participle(after) || participle(after - 1))) {
      // The head is the phrase before the participle ("a Gallup poll").
      const int head_end = participle(after - 1) ? after - 1 : after;
      if (src.head_end > head_end) src.head_end = head_end;
      src.end = k;
      after = k;
    }
  }
  if (sentence_initial) {
    // "According to X, CLAUSE."
    int k = after;
    if (k < e && s_.IsPunct(k, ',')) ++k;
    if (k >= e) return;
    int end = s_.ContentEnd(k, e);
    content = ForwardContent(k, end, e);
    kind = last_kind_;
    claim_a = s;
    claim_b = end;
  } else if (after >= e || s_.IsFinal(after) || s_.IsPunct(after, '-') ||
             (after + 1 < e && s_.IsPunct(after, ',') &&
              (s_.IsTailEnd(after, e) || ParticipleAt(after + 1)))) {
    // (", according to the Labor Department, taking a step toward …": the
    // participle goes on with the main clause.)
    // "CLAUSE, according to X."
    int head_end = cue;
    if (head_end - 1 >= s && s_.IsPunct(head_end - 1, ',')) --head_end;
    int hs = s;
    for (int i = cue - 1; i >= s; --i)
      if (claimed_[i]) {
        hs = i + 1;
        break;
      }
    // "X emphasized A, according to the report": the report relays X.
    int prev = LastInSentence();
    if (prev >= 0 && hs > s && (*out_)[prev].attribution.content.end <= t_[cue].start &&
        !(*out_)[prev].attribution.via) {
      (*out_)[prev].attribution.via = Span{t_[src.begin].start, t_[src.end - 1].end};
      Claim(cue, after);
      next_ = after;
      return;
    }
    if (head_end - hs < 2) return;
    kind = s_.KindOf(hs, head_end);
    content = kind == AttributionKind::kDirect ? QuoteContent(t_[hs].quote)
                                               : s_.ContentSpan(hs, head_end);
    claim_a = hs;
    claim_b = after;
  } else if (cue - 1 > s && s_.IsIn(cue - 1, "coordinator") &&
             (s_.Has(after, kLexPronoun | kLexDeterminer) || s_.Cap(after))) {
    // "…, but according to Reuters the two sides will meet": the clause
    // after the source.
    int end = s_.ContentEnd(after, e);
    content = ForwardContent(after, end, e);
    kind = last_kind_;
    claim_a = cue - 1;
    claim_b = end;
  } else {
    // "Rescuers, …, according to the ministry recovered …": the whole clause.
    kind = s_.KindOf(s, e);
    content = s_.ContentSpan(s, e);
    claim_a = s;
    claim_b = e;
  }
  if (content.empty()) return;
  Emit(&src, cue, cue + width, width == 1 ? "per" : "according to", content, kind, kConfExplicit);
  Claim(claim_a, claim_b);
  next_ = claim_b;
}


}  // namespace claimgraph::ingest::internal
