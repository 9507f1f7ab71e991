#include "ingest/attribution_finder.h"

#include <algorithm>

namespace claimgraph::ingest {
namespace {

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c != lower[i]) return false;
  }
  return true;
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A source range found around a cue: tokens [begin, end) with the naming head
// [head_begin, head_end) (the part before an apposition).
struct SourceRange {
  int begin = -1;
  int end = -1;
  int head_begin = -1;
  int head_end = -1;
  bool ok() const { return begin >= 0 && end > begin; }
};

// Scratch view over one sentence's tokens with the pattern helpers.
class SentenceScanner {
 public:
  SentenceScanner(std::string_view text, const ParagraphTokens& p,
                  std::vector<uint8_t>& claimed)
      : text_(text), p_(p), t_(p.tokens), claimed_(claimed) {}

  std::string_view Word(int i) const {
    return text_.substr(t_[i].start, t_[i].end - t_[i].start);
  }
  bool IsWord(int i) const { return t_[i].kind == TokenKind::kWord; }
  bool Is(int i, std::string_view lower) const {
    return IsWord(i) && EqualsLower(Word(i), lower);
  }
  bool IsPunct(int i, char c) const {
    return t_[i].kind == TokenKind::kPunct && t_[i].punct == c;
  }
  bool IsFinal(int i) const {
    return t_[i].kind == TokenKind::kPunct &&
           (t_[i].punct == '.' || t_[i].punct == '!' || t_[i].punct == '?');
  }
  uint32_t Flags(int i) const { return IsWord(i) ? t_[i].lex : 0; }
  bool Has(int i, uint32_t flag) const { return (Flags(i) & flag) != 0; }
  bool Cap(int i) const { return IsWord(i) && t_[i].capitalized; }
  bool InQuote(int i) const { return t_[i].quote >= 0; }
  bool IsOpenQuote(int i) const {
    return t_[i].kind == TokenKind::kQuote && t_[i].quote >= 0 &&
           p_.quotes[t_[i].quote].open == i;
  }
  bool IsCloseQuote(int i) const {
    return t_[i].kind == TokenKind::kQuote && t_[i].quote >= 0 &&
           p_.quotes[t_[i].quote].close == i;
  }
  bool IsDigitWord(int i) const {
    return IsWord(i) && text_[t_[i].start] >= '0' && text_[t_[i].start] <= '9';
  }
  const LexEntry* Entry(int i) const { return IsWord(i) ? t_[i].entry : nullptr; }

  // A cue verb usable at i: a cue form not used as a noun ("the claim").
  bool IsCue(int i, int lo) const {
    const LexEntry* e = Entry(i);
    if (e == nullptr || !(e->flags & kLexCue) || InQuote(i)) return false;
    if (e->cue == CueClass::kAccordingTo) return i + 1 < static_cast<int>(t_.size()) && Is(i + 1, "to");
    if (Cap(i) && i > lo && !IsOpenQuote(i - 1)) return false;  // "Said" in a name
    if (e->flags & kLexBase) {
      // Base forms only after a plural subject or an auxiliary: "officials say".
      if (i == lo) return false;
      if (!(Has(i - 1, kLexPlural) || Has(i - 1, kLexAux) || Is(i - 1, "to") ||
            (IsWord(i - 1) && Word(i - 1).back() == 's' && !t_[i - 1].possessive) ||
            Is(i - 1, "they") || Is(i - 1, "we") || Is(i - 1, "i"))) {
        return false;
      }
      if (Is(i - 1, "to")) return false;  // "to say", "to report"
    }
    if (e->flags & kLexNounToo) {
      if (i == lo) return false;
      if (Has(i - 1, kLexDeterminer) || Has(i - 1, kLexPrep) || Is(i - 1, "that") ||
          t_[i - 1].possessive)
        return false;
      // "reports" / "claims" after a plain noun is usually the noun itself.
      if (i + 1 < static_cast<int>(t_.size()) && (Has(i + 1, kLexPrep) || IsFinal(i + 1) ||
                                                  IsPunct(i + 1, ',')) &&
          !Is(i + 1, "that"))
        return false;
    }
    return true;
  }

  // --- source noun phrases ------------------------------------------------

  // The noun phrase ending just before `end`, not before `lo`: returns its first
  // token, or `end` when there is none.
  int NounPhraseBack(int end, int lo) const {
    int i = end - 1;
    int count = 0;
    while (i >= lo) {
      const Token& tk = t_[i];
      if (InQuote(i)) break;
      if (tk.kind == TokenKind::kWord) {
        uint32_t f = tk.lex;
        if ((f & kLexCue) && !(f & kLexNounToo) && !(f & kLexTitle)) break;
        if (f & kLexBoundary) {
          bool join = (Is(i, "and") || Word(i) == "&") && i - 1 >= lo &&
                      (Cap(i - 1) || IsPunct(i - 1, ')')) && i + 1 < end &&
                      (Cap(i + 1) || Has(i + 1, kLexDeterminer));
          if (!join) break;
        }
        if (!tk.capitalized && Word(i).size() > 4 && Word(i).ends_with("ed") && i - 1 >= lo &&
            ((Cap(i - 1) && !t_[i - 1].possessive) || Has(i - 1, kLexPronoun))) {
          break;  // "Wikinews interviewed": a verb, not a modifier
        }
      } else if (!(tk.kind == TokenKind::kPunct && (tk.punct == '(' || tk.punct == ')'))) {
        break;
      }
      if (++count > 22) return end;
      --i;
    }
    int a = i + 1;
    // An NP does not start with a preposition, a parenthesis or a conjunction.
    while (a < end && (Has(a, kLexPrep) || IsPunct(a, ')') || Is(a, "and"))) ++a;
    if (a >= end) return end;
    // Its last token names something: not a determiner or preposition.
    if (!IsWord(end - 1) && !IsPunct(end - 1, ')')) return end;
    if (Has(end - 1, kLexDeterminer) && !Has(end - 1, kLexPronoun)) return end;
    if (Has(end - 1, kLexPrep)) return end;
    return a;
  }

  // True when a subject may start at `a`: sentence start or a clause boundary.
  bool ClauseStartsAt(int a, int lo) const {
    if (a <= lo) return true;
    const Token& prev = t_[a - 1];
    if (prev.kind == TokenKind::kPunct)
      return prev.punct == ',' || prev.punct == ';' || prev.punct == ':' ||
             prev.punct == '(' || prev.punct == '-';
    if (prev.kind == TokenKind::kQuote) return true;
    return Has(a - 1, kLexBoundary) || Has(a - 1, kLexCue) || Has(a - 1, kLexSkip);
  }

  bool AllCapitalized(int a, int b) const {
    for (int i = a; i < b; ++i)
      if (!Cap(i) && !Is(i, "of") && !Is(i, "and") && !Is(i, "al") && !IsPunct(i, '(') &&
          !IsPunct(i, ')'))
        return false;
    return b > a;
  }

  bool HasNoun(int a, int b, uint32_t flags) const {
    for (int i = a; i < b; ++i)
      if (Has(i, flags)) return true;
    return false;
  }

  // The subject of the cue at `cue`: "Power", "General Joe Dunford, chairman
  // of …,", "The US ambassador to the United Nations, Samantha Power,".
  SourceRange SubjectBefore(int cue, int lo) const {
    SourceRange r;
    int b = cue;
    while (b - 1 >= lo && IsWord(b - 1) && (Flags(b - 1) & (kLexSkip | kLexAux)) &&
           !Has(b - 1, kLexPronoun) && !Cap(b - 1))
      --b;
    if (b - 1 >= lo && IsWord(b - 1) && Has(b - 1, kLexTime) && Cap(b - 1) && b - 2 >= lo &&
        IsWord(b - 2))
      --b;  // "The website yesterday suggested", "X Monday said"
    if (b <= lo) return r;
    // ", who told": the source is the antecedent of the relative pronoun.
    if (Is(b - 1, "who") && b - 2 > lo && IsPunct(b - 2, ',')) {
      int a = NounPhraseBack(b - 2, lo);
      if (a < b - 2) return {a, b - 2, a, b - 2};
      return r;
    }
    if (IsPunct(b - 1, ',')) {
      int k = b - 1;
      // "The ministry, however, said"
      if (k - 1 > lo && IsWord(k - 1) && (Has(k - 1, kLexSkip) || Is(k - 1, "however")) &&
          IsPunct(k - 2, ',')) {
        int a = NounPhraseBack(k - 2, lo);
        if (a < k - 2 && ClauseStartsAt(a, lo)) return {a, k - 2, a, k - 2};
        return r;
      }
      // Apposition: "Y, X, said".
      int xa = NounPhraseBack(k, lo);
      if (xa >= k || xa - 1 <= lo || !IsPunct(xa - 1, ',')) return r;
      int ya = NounPhraseBack(xa - 1, lo);
      if (ya >= xa - 1 || !ClauseStartsAt(ya, lo)) return r;
      bool y_name = Cap(xa - 2) || IsPunct(xa - 2, ')');
      bool x_name = AllCapitalized(xa, k);
      bool x_apposition = Has(xa, kLexDeterminer) || !Cap(xa) || Has(xa, kLexTitle);
      if (!(y_name && x_apposition) && !x_name) return r;
      if (x_name && !y_name) return {ya, k, xa, k};
      return {ya, k, ya, xa - 1};
    }
    int a = NounPhraseBack(b, lo);
    if (a >= b) return r;
    // "One news site, Znak.com claims": a name after a describing phrase.
    if (a - 1 > lo && IsPunct(a - 1, ',') && AllCapitalized(a, b)) {
      int ya = NounPhraseBack(a - 1, lo);
      if (ya < a - 1 && ClauseStartsAt(ya, lo) && Has(ya, kLexDeterminer) &&
          HasNoun(ya, a - 1, kLexRoleNoun | kLexOrgWord | kLexDocNoun))
        return {ya, b, a, b};
    }
    return {a, b, a, b};
  }

  // The noun phrase starting at `a` (inverted "said Smith", "according to X",
  // "quoted X as saying"), with a following apposition when `apposition`.
  SourceRange NounPhraseForward(int a, int hi, bool apposition) const {
    SourceRange r;
    int i = a;
    int count = 0;
    while (i < hi) {
      const Token& tk = t_[i];
      if (InQuote(i)) break;
      if (tk.kind == TokenKind::kWord) {
        uint32_t f = tk.lex;
        if ((f & kLexCue) && !(f & kLexNounToo) && !(f & kLexTitle)) break;
        if (Is(i, "as") || Is(i, "that")) break;
        if ((f & kLexBoundary) && !(f & kLexDeterminer)) {
          bool join = Is(i, "and") && i > a && Cap(i - 1) && i + 1 < hi && Cap(i + 1);
          if (!join && !(f & kLexPronoun && i == a)) break;
        }
        if ((f & kLexTime) && i > a && !tk.capitalized) break;
        if ((f & kLexTime) && tk.capitalized && i > a && !Has(i, kLexOrgWord)) {
          // "said Smith Monday"
          if (EqualsLower(Word(i), "monday") || EqualsLower(Word(i), "tuesday") ||
              EqualsLower(Word(i), "wednesday") || EqualsLower(Word(i), "thursday") ||
              EqualsLower(Word(i), "friday") || EqualsLower(Word(i), "saturday") ||
              EqualsLower(Word(i), "sunday"))
            break;
        }
      } else if (!(tk.kind == TokenKind::kPunct && (tk.punct == '(' || tk.punct == ')'))) {
        break;
      }
      if (++count > 16) return r;
      ++i;
    }
    // Do not end on a preposition ("… at").
    while (i > a && (Has(i - 1, kLexPrep) || (Has(i - 1, kLexDeterminer) && !Has(i - 1, kLexPronoun)))) --i;
    if (i <= a) return r;
    r = {a, i, a, i};
    if (apposition && i + 1 < hi && IsPunct(i, ',') &&
        (Has(i + 1, kLexDeterminer) || (IsWord(i + 1) && !Cap(i + 1) && !Has(i + 1, kLexBoundary) &&
                                        !Has(i + 1, kLexCue)))) {
      int j = i + 1;
      int c = 0;
      while (j < hi && !IsPunct(j, ',') && !IsFinal(j) && !IsPunct(j, ';') && !InQuote(j) &&
             !(Has(j, kLexCue) && !Has(j, kLexNounToo)) && c < 14) {
        ++j;
        ++c;
      }
      if (j >= hi || IsFinal(j) || IsPunct(j, ',')) r.end = j;
    }
    return r;
  }

  // --- complements between the cue and its content -----------------------

  // Skips what sits between a cue and its content: the object of "told",
  // time and venue ("on Saturday", "in an emailed statement"), "that", ':'.
  int SkipComplements(int j, int hi, CueClass cue) const {
    if (cue == CueClass::kTell && j < hi) {
      int k = j;
      if (Has(k, kLexDeterminer) && !Has(k, kLexPronoun)) ++k;
      int start = k;
      if (k < hi && Cap(k) && !Has(k, kLexPronoun)) {
        while (k < hi && (Cap(k) || ((Is(k, "of") || Word(k) == "&") && k + 1 < hi && Cap(k + 1))))
          ++k;
      } else {
        while (k < hi && k < start + 3 && IsWord(k) && !Cap(k) && Has(k, kLexAudience) &&
               !Has(k, kLexDeterminer))
          ++k;
      }
      if (k > start) j = k;
    }
    for (int guard = 0; guard < 6 && j < hi; ++guard) {
      if (IsWord(j) && Has(j, kLexTime) && !Is(j, "this") && !Is(j, "may")) {
        ++j;
        continue;
      }
      if (IsDigitWord(j) && j > 0 && Has(j - 1, kLexTime)) {
        ++j;
        continue;
      }
      if (IsWord(j) && Has(j, kLexPrep) && !Is(j, "of") && !Is(j, "that")) {
        // A short prepositional phrase headed by a venue or time word.
        int m = -1;
        int k = j + 1;
        for (; k < hi && k < j + 7; ++k) {
          if (!IsWord(k) || Has(k, kLexBoundary) || (Has(k, kLexCue) && !Has(k, kLexNounToo) &&
                                                     !Has(k, kLexSpeechNoun)))
            break;
          if (Has(k, kLexSpeechNoun | kLexTime | kLexAudience) || Cap(k) || IsDigitWord(k)) m = k;
        }
        if (m < 0) break;
        bool stop_clean = k >= hi || !IsWord(k) || Is(k, "that") || m + 1 < k;
        if (m + 1 == k && stop_clean) {
          j = m + 1;
          continue;
        }
        if (m + 1 < k && (Has(m + 1, kLexDeterminer | kLexPronoun) || Cap(m + 1))) {
          j = m + 1;
          continue;
        }
        if (k < hi && Is(k, "that") && m + 1 == k) {
          j = k;
          continue;
        }
        break;
      }
      if (IsPunct(j, ':')) {
        ++j;
        continue;
      }
      if (IsPunct(j, ',') && j + 1 < hi && IsOpenQuote(j + 1)) {
        ++j;
        continue;
      }
      if (Is(j, "that") && j + 1 < hi && !IsFinal(j + 1) && !IsPunct(j + 1, ',')) {
        ++j;
        break;
      }
      break;
    }
    return j;
  }

  // End (exclusive) of reported content starting at `k`, not past `hi`.
  int ContentEnd(int k, int hi) const {
    for (int i = k; i < hi; ++i) {
      if (InQuote(i)) continue;
      if (IsPunct(i, ';')) return i;
      if (i > k && IsPunct(i, ',') && i + 1 < hi) {
        int n = i + 1;
        if (Has(n, kLexIng) && Has(n, kLexCue)) return i;
        if (Is(n, "though") || Is(n, "although") || Is(n, "whereas")) return i;
        if (Is(n, "according") && n + 1 < hi && Is(n + 1, "to")) return i;
        if ((Is(n, "but") || Is(n, "and")) && n + 1 < hi && IsCueVerbForm(n + 1)) return i;
      }
      if (i > k && (Is(i, "and") || Is(i, "but")) && i + 1 < hi && IsCueVerbForm(i + 1) &&
          !Has(i + 1, kLexIng))
        return i;
      if (i > k && i + 2 < hi && (Is(i, "and") || Is(i, "but")) && Is(i + 1, "also") &&
          IsCueVerbForm(i + 2))
        return i;
    }
    return hi;
  }

  bool IsCueVerbForm(int i) const {
    const LexEntry* e = Entry(i);
    return e != nullptr && (e->flags & kLexCue) && !(e->flags & kLexNounToo) &&
           !(e->flags & kLexBase) && e->cue != CueClass::kAccordingTo && !InQuote(i);
  }

  // Bytes of tokens [a, b) with trailing sentence punctuation outside quotes,
  // commas, colons and dashes dropped.
  Span ContentSpan(int a, int b) const {
    while (b > a && t_[b - 1].kind == TokenKind::kPunct && !InQuote(b - 1) &&
           (IsFinal(b - 1) || t_[b - 1].punct == ',' || t_[b - 1].punct == ';' ||
            t_[b - 1].punct == ':' || t_[b - 1].punct == '-'))
      --b;
    if (b <= a) return {};
    return {t_[a].start, t_[b - 1].end};
  }

  // Kind of content [a, b): direct when it is exactly one quote, mixed when it
  // holds quoted parts, indirect otherwise.
  AttributionKind KindOf(int a, int b) const {
    while (b > a && t_[b - 1].kind == TokenKind::kPunct && !InQuote(b - 1)) --b;
    bool any = false;
    for (int i = a; i < b; ++i) any |= InQuote(i);
    if (!any) return AttributionKind::kIndirect;
    if (IsOpenQuote(a) && p_.quotes[t_[a].quote].close == b - 1) return AttributionKind::kDirect;
    return AttributionKind::kMixed;
  }

  // True when [i, hi) holds nothing that could be content: sentence-final
  // punctuation, or a subordinate clause ("as he flew back from …").
  bool IsTailEnd(int i, int hi) const {
    if (i >= hi) return true;
    if (IsFinal(i) || IsPunct(i, '~')) return true;
    if (IsPunct(i, ',') && i + 1 < hi && (IsOpenQuote(i + 1) || (Has(i + 1, kLexIng) && Has(i + 1, kLexCue))))
      return true;
    if (IsPunct(i, ',') && i + 1 < hi &&
        (Is(i + 1, "as") || Is(i + 1, "when") || Is(i + 1, "while") || Is(i + 1, "after") ||
         Is(i + 1, "before") || Is(i + 1, "but") || Is(i + 1, "and") || Is(i + 1, "though") ||
         Is(i + 1, "although") || Is(i + 1, "which") || Is(i + 1, "who") || Has(i + 1, kLexPrep)))
      return true;
    if (Is(i, "as") || Is(i, "when") || Is(i, "while") || Is(i, "after") || Is(i, "before") ||
        Is(i, "during") || Is(i, "following") || Is(i, "because"))
      return true;
    if (IsPunct(i, '(')) return true;
    return false;
  }

  const std::vector<Token>& tokens() const { return t_; }
  const ParagraphTokens& paragraph() const { return p_; }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  const ParagraphTokens& p_;
  const std::vector<Token>& t_;
  std::vector<uint8_t>& claimed_;
};

// Fills the SourceMention of range `r`.
SourceMention DescribeSource(const SentenceScanner& s, const SourceRange& r) {
  const auto& t = s.tokens();
  SourceMention m;
  m.head = {t[r.head_begin].start, t[r.head_end - 1].end};
  // Pronoun?
  if (r.head_end - r.head_begin == 1 && s.Has(r.head_begin, kLexPronoun)) {
    std::string_view w = s.Word(r.head_begin);
    if (EqualsLower(w, "he")) m.pronoun = 'm', m.gender = 'm';
    else if (EqualsLower(w, "she")) m.pronoun = 'f', m.gender = 'f';
    else if (EqualsLower(w, "they") || EqualsLower(w, "we")) m.pronoun = 'p', m.plural = true;
    else if (EqualsLower(w, "it")) m.pronoun = 'n';
    else m.pronoun = 'i';
    m.type = SourceType::kPerson;
    return m;
  }
  // Gender hints anywhere in the mention.
  for (int i = r.begin; i < r.end; ++i) {
    if (s.Has(i, kLexFemale)) m.gender = 'f';
    else if (s.Has(i, kLexMale) && m.gender == 0) m.gender = 'm';
  }
  // The part of the head before its first preposition (not "of" after a
  // title: "Secretary of State Rex Tillerson").
  int hb = r.head_begin, he = r.head_end;
  for (int i = hb + 1; i < he; ++i) {
    if (s.Has(i, kLexPrep) && !(s.Is(i, "of") && i + 1 < he && s.Cap(i + 1) && s.Cap(i - 1))) {
      he = i;
      break;
    }
    if (s.IsPunct(i, '(')) {
      he = i;
      break;
    }
  }
  // Proper name: trailing capitalised words that are not titles, places or
  // organisation words.
  auto find_name = [&](int a, int b) -> Span {
    int e = b;
    while (e > a && !s.Cap(e - 1)) return {};
    int i = e;
    while (i > a && s.Cap(i - 1) && !t[i - 1].possessive &&
           !s.Has(i - 1, kLexTitle | kLexOrgWord | kLexPlace | kLexDeterminer) &&
           !(s.Has(i - 1, kLexNotName) && i - 1 == a))
      --i;
    // particles inside names: "Bashar al-Assad" is one token; "de", "van", "bin"
    if (i >= e) return {};
    if (e - i > 4) return {};
    return {t[i].start, t[e - 1].end};
  };
  bool org_word = false, role_noun = false, doc_noun = false;
  for (int i = hb; i < he; ++i) {
    if (s.Has(i, kLexOrgWord) && s.Cap(i)) org_word = true;
  }
  int last = he - 1;
  while (last > hb && s.IsPunct(last, ')')) --last;
  if (!s.Cap(last)) {
    if (s.Has(last, kLexOrgWord)) org_word = true;
    if (s.Has(last, kLexRoleNoun)) role_noun = true;
    if (s.Has(last, kLexDocNoun)) doc_noun = true;
    if (s.Has(last, kLexPlural)) m.plural = true;
  }
  // A name ending the head makes a person even after an organisation word
  // ("Pentagon press secretary Peter Cook", "Russia’s UN ambassador …").
  Span name = s.Has(last, kLexOrgWord | kLexPlace) ? Span{} : find_name(hb, last + 1);
  if (!name.empty() && name.start == t[hb].start && org_word) name = {};
  // The apposition may carry the name: "The US ambassador …, Samantha Power".
  Span app_name;
  if (r.head_end < r.end) {
    int ab = r.head_end, ae = r.end;
    while (ab < ae && (s.IsPunct(ab, ',') || s.Has(ab, kLexDeterminer))) ++ab;
    while (ae > ab && s.IsPunct(ae - 1, ',')) --ae;
    if (ab < ae && s.AllCapitalized(ab, ae) && !s.HasNoun(ab, ae, kLexOrgWord)) {
      app_name = find_name(ab, ae);
    }
    if (!app_name.empty() && name.empty()) {
      name = app_name;
      m.role = {t[r.head_begin].start, t[r.head_end - 1].end};
    } else if (!name.empty() || org_word) {
      int rb = r.head_end;
      while (rb < r.end && s.IsPunct(rb, ',')) ++rb;
      int re = r.end;
      while (re > rb && s.IsPunct(re - 1, ',')) --re;
      if (rb < re) m.role = {t[rb].start, t[re - 1].end};
    }
  }
  if (doc_noun && !name.empty() && name.end <= t[last].start) name = {};
  if (!name.empty() && !doc_noun) {
    org_word = false;
    m.name = name;
    m.type = SourceType::kPerson;
    // Title words before the name are the role: "Pentagon press secretary".
    if (m.role.empty() && name.start > m.head.start) {
      int i = hb;
      if (s.Has(i, kLexDeterminer)) ++i;
      if (i < he && t[i].start < name.start) {
        uint32_t end = name.start;
        while (end > t[i].start && IsSpaceByte(s.text()[end - 1])) --end;
        m.role = {t[i].start, end};
      }
    }
    // A single capitalised word that is a place or organisation is not a person.
    return m;
  }
  if (doc_noun) {
    m.type = SourceType::kDocument;
    return m;
  }
  if (org_word || s.Has(last, kLexPlace) ||
      (s.Cap(last) && (s.Has(hb, kLexDeterminer) || s.Has(last, kLexPlace)))) {
    m.type = SourceType::kOrganisation;
    int nb = hb;
    while (nb < he && s.Has(nb, kLexDeterminer)) ++nb;
    if (nb <= last) m.name = {t[nb].start, t[last].end};
    return m;
  }
  if (s.Cap(last) && !role_noun) {
    // A capitalised head we do not know: a name (resolved against earlier ones).
    m.type = SourceType::kPerson;
    m.name = {t[hb].start, t[last].end};
    int nb = hb;
    while (nb < last && (s.Has(nb, kLexTitle) || s.Has(nb, kLexDeterminer))) ++nb;
    m.name = {t[nb].start, t[last].end};
    return m;
  }
  m.type = SourceType::kRole;
  int rb = hb;
  while (rb < r.end && s.Has(rb, kLexDeterminer) && !s.Has(rb, kLexPronoun)) ++rb;
  if (rb < r.end) m.role = {t[rb].start, t[r.end - 1].end};
  return m;
}

class ParagraphFinder {
 public:
  ParagraphFinder(std::string_view text, const ParagraphTokens& p, int index,
                  std::vector<uint8_t>& claimed,
                  std::vector<AttributionCandidate>* out,
                  std::vector<OrphanQuote>* orphans)
      : s_(text, p, claimed), text_(text), p_(p), t_(p.tokens), index_(index),
        claimed_(claimed), out_(out), orphans_(orphans) {}

  void Run() {
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
    for (const Sentence& sentence : p_.sentences) {
      sentence_first_ = static_cast<int>(out_->size());
      sentence_ = sentence;
      FindInSentence(sentence.begin, sentence.end);
      CollectOrphans(sentence.begin, sentence.end);
    }
  }

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
                             Span content, AttributionKind kind, float confidence) {
    AttributionCandidate c;
    Attribution& a = c.attribution;
    if (src != nullptr && src->ok()) {
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

  // A copy of candidate `of` (same source and cue) for another content span.
  void EmitShared(int of, Span content, AttributionKind kind, float confidence) {
    AttributionCandidate c = (*out_)[of];
    c.attribution.content = content;
    c.attribution.kind = kind;
    c.attribution.confidence = confidence;
    c.clause = Clause(content);
    c.paragraph = index_;
    c.shares_source_of = of;
    out_->push_back(std::move(c));
  }

  Span QuoteContent(int quote_index) const {
    return TrimQuoteContent(text_, p_.quotes[quote_index].inner);
  }

  // "‘…,’ Power told reporters." / "“…,” said Smith." / "‘…,’ the agency quoted
  // X as saying." Returns true when the quote opening the sentence got a source.
  bool QuoteFirst(int s, int e) {
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
      int a = s_.NounPhraseBack(cue, i);
      while (a < cue && s_.IsWord(cue - 1) && false) ++a;
      // Allow adverbs between subject and cue: "he added", "he also said".
      src = s_.SubjectBefore(cue, i);
      if (!src.ok() || src.begin != i) return false;
    }
    bool relay = entry->cue == CueClass::kRelay ||
                 (entry->lemma == "cite" && cue + 1 < e);
    if (relay) {
      SourceRange speaker = s_.NounPhraseForward(cue + 1, e, false);
      if (speaker.ok() && speaker.end + 1 < e && s_.Is(speaker.end, "as") &&
          s_.Has(speaker.end + 1, kLexCue)) {
        via = src;
        src = speaker;
        after = speaker.end + 2;
      } else if (entry->cue == CueClass::kRelay) {
        return false;
      }
    }
    int cue_end = cue + 1;
    if (entry->cue == CueClass::kAccordingTo) return false;
    float conf = 0.95f;
    if (!src.ok()) return false;
    AttributionCandidate& c = Emit(&src, cue, cue_end, entry->lemma, QuoteContent(qi),
                                   AttributionKind::kDirect, conf);
    if (via.ok()) c.attribution.via = Span{t_[via.begin].start, t_[via.end - 1].end};
    int me = static_cast<int>(out_->size()) - 1;
    Claim(s, after);
    // What follows: around ("…,” she said, “…”), or ", adding (that) …".
    int j = s_.SkipComplements(after, e, entry->cue);
    while (j < e && !s_.IsPunct(j, ',') && !s_.IsFinal(j) && !s_.IsOpenQuote(j)) ++j;
    if (j < e && s_.IsPunct(j, ',')) ++j;
    if (j < e && s_.IsOpenQuote(j)) {
      int q2 = t_[j].quote;
      EmitShared(me, QuoteContent(q2), AttributionKind::kDirect, 0.9f);
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

  // ", adding that …": the participle shares the source of candidate `of`.
  void ParticipleChain(int cue, int e, int of) {
    const LexEntry* entry = s_.Entry(cue);
    int k = s_.SkipComplements(cue + 1, e, entry->cue);
    if (k >= e) return;
    int end = s_.ContentEnd(k, e);
    Span content = ForwardContent(k, end, e);
    if (content.empty()) return;
    AttributionCandidate c = (*out_)[of];
    c.attribution.cue = Span{t_[cue].start, t_[cue].end};
    c.attribution.cue_lemma = std::string(entry->lemma);
    c.attribution.content = content;
    c.attribution.kind = last_kind_;
    c.attribution.confidence = 0.75f;
    c.attribution.via.reset();
    c.shares_source_of = of;
    c.clause = Clause(content);
    out_->push_back(std::move(c));
    Claim(cue, end);
    next_ = end;
  }

  // Content starting at token k and ending before `end` (exclusive); sets
  // last_kind_. A quote opening the content that runs to the sentence end is
  // direct.
  Span ForwardContent(int k, int end, int e) {
    if (k >= end) return {};
    if (s_.IsOpenQuote(k)) {
      const QuoteSpan& q = p_.quotes[t_[k].quote];
      int close = q.close;
      bool to_end = close < 0;
      if (!to_end) {
        int j = close + 1;
        while (j < e && t_[j].kind == TokenKind::kPunct && !s_.IsPunct(j, ',')) ++j;
        to_end = j >= e;
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

  // Is `a`..`src.begin` a content head that precedes ", SOURCE CUE"?
  bool TailHead(int s, int head_end) const {
    if (head_end - s < 3) return false;
    // The head must not be a fronted adverbial only: "In 2016,".
    return true;
  }

  void FindInSentence(int s, int e) {
    // Leading dashes or bullets are not content.
    while (s < e && t_[s].kind == TokenKind::kPunct && (t_[s].punct == '-' || t_[s].punct == '*')) ++s;
    if (s >= e) return;
    if (s_.IsOpenQuote(s)) QuoteFirst(s, e);
    next_ = s;
    for (int i = s; i < e; ++i) {
      if (i < next_ || claimed_[i] || s_.InQuote(i)) continue;
      if (!s_.Has(i, kLexCue)) continue;
      if (!s_.IsCue(i, s)) continue;
      TryCue(i, s, e);
    }
  }

  // Index of the last candidate of this sentence, or -1.
  int LastInSentence() const {
    int n = static_cast<int>(out_->size());
    return n > sentence_first_ ? n - 1 : -1;
  }

  void TryCue(int cue, int s, int e) {
    const LexEntry* entry = s_.Entry(cue);
    int lo = s;
    // Content already claimed before the cue bounds the subject search.
    for (int i = cue - 1; i >= s; --i)
      if (claimed_[i]) {
        lo = i + 1;
        break;
      }
    if (entry->cue == CueClass::kAccordingTo) {
      AccordingTo(cue, s, e);
      return;
    }
    // Participle after a comma or "and": shares the previous source.
    bool coordinated = cue > s && (s_.IsPunct(cue - 1, ',') || s_.Is(cue - 1, "and") ||
                                   s_.Is(cue - 1, "but") || s_.Is(cue - 1, "also"));
    int prev = LastInSentence();
    if (coordinated && prev >= 0 && (s_.Has(cue, kLexIng) || !s_.IsPunct(cue - 1, ','))) {
      ParticipleChain(cue, e, prev);
      return;
    }
    // Passive "was accused of", "is said to": no stated source here.
    if (cue > lo && !s_.Has(cue, kLexIng) &&
        (s_.Is(cue - 1, "was") || s_.Is(cue - 1, "were") || s_.Is(cue - 1, "been") ||
         s_.Is(cue - 1, "is") || s_.Is(cue - 1, "are") || s_.Is(cue - 1, "being") ||
         s_.Is(cue - 1, "be"))) {
      return;
    }
    SourceRange src = s_.SubjectBefore(cue, lo);
    if (!src.ok() && cue - 1 > lo && (s_.Is(cue - 1, "and") || s_.Is(cue - 1, "but"))) {
      src = CoordinatedSubject(cue - 1, lo);
    }
    bool inverted = false;
    int after = cue + 1;
    if (!src.ok()) {
      // Inverted tail: "…, said Smith."
      if (cue - 1 >= lo && (s_.IsPunct(cue - 1, ',') || s_.IsCloseQuote(cue - 1))) {
        src = s_.NounPhraseForward(cue + 1, e, true);
        if (!src.ok()) return;
        if (src.end < e && !s_.IsFinal(src.end) && !s_.IsPunct(src.end, ',')) return;
        inverted = true;
        after = src.end;
      } else {
        return;
      }
    }
    // Relay: "X quoted Y as saying …", "X cited Y as saying …".
    SourceRange via;
    if (!inverted && (entry->cue == CueClass::kRelay || entry->lemma == "cite")) {
      SourceRange speaker = s_.NounPhraseForward(cue + 1, e, false);
      if (speaker.ok() && speaker.end + 1 < e && s_.Is(speaker.end, "as") &&
          s_.Has(speaker.end + 1, kLexCue)) {
        via = src;
        src = speaker;
        after = speaker.end + 2;
      } else if (entry->cue == CueClass::kRelay) {
        return;
      }
    }
    int k = s_.SkipComplements(after, e, via.ok() ? CueClass::kSay : entry->cue);
    if (!via.ok() && entry->cue == CueClass::kObject) k = after;
    int first_src = src.begin;
    // Tail reading: ", SOURCE CUE." with the content before.
    bool tail = inverted || s_.IsTailEnd(k, e);
    if (tail) {
      int h = inverted ? cue - 1 : first_src - 1;
      if (h < lo || !(s_.IsPunct(h, ',') || s_.IsCloseQuote(h) || s_.IsPunct(h, '-'))) {
        if (!inverted && s_.IsTailEnd(k, e) && k < e && !s_.IsFinal(k)) {
          // "X said, as he …": nothing to report
        }
        return;
      }
      int head_end = s_.IsCloseQuote(h) ? h + 1 : h;
      int hs = lo;
      if (!TailHead(hs, head_end)) return;
      AttributionKind kind = s_.KindOf(hs, head_end);
      Span content = kind == AttributionKind::kDirect ? QuoteContent(t_[hs].quote)
                                                      : s_.ContentSpan(hs, head_end);
      if (content.empty()) return;
      AttributionCandidate& c = Emit(&src, cue, cue + 1, entry->lemma, content, kind,
                                     kind == AttributionKind::kDirect ? 0.9f : 0.75f);
      if (via.ok()) c.attribution.via = Span{t_[via.begin].start, t_[via.end - 1].end};
      int me = static_cast<int>(out_->size()) - 1;
      Claim(hs, std::max(k, after));
      next_ = std::max(k, after);
      // ", adding …" / ", “…”" after the tail.
      int j = k;
      if (j < e && s_.IsPunct(j, ',') && j + 1 < e) {
        if (s_.Has(j + 1, kLexIng) && s_.Has(j + 1, kLexCue)) {
          ParticipleChain(j + 1, e, me);
        } else if (s_.IsOpenQuote(j + 1)) {
          int q2 = t_[j + 1].quote;
          EmitShared(me, QuoteContent(q2), AttributionKind::kDirect, 0.85f);
          int end2 = p_.quotes[q2].close < 0 ? e : p_.quotes[q2].close + 1;
          Claim(j + 1, end2);
          next_ = end2;
        }
      }
      return;
    }
    // Forward content.
    if (k >= e) return;
    int end = s_.ContentEnd(k, e);
    Span content = ForwardContent(k, end, e);
    if (content.empty()) return;
    // Guard against non-speech uses: the content of a "say" cue must have a
    // few tokens.
    if (end - k < 2 && last_kind_ != AttributionKind::kDirect) return;
    float conf = last_kind_ == AttributionKind::kDirect ? 0.9f : 0.8f;
    AttributionCandidate& c = Emit(&src, cue, cue + 1, entry->lemma, content, last_kind_, conf);
    if (via.ok()) c.attribution.via = Span{t_[via.begin].start, t_[via.end - 1].end};
    int claim_end = end;
    if (last_kind_ == AttributionKind::kDirect && s_.IsOpenQuote(k)) {
      const QuoteSpan& q = p_.quotes[t_[k].quote];
      claim_end = q.close < 0 ? e : std::max(end, q.close + 1);
    }
    Claim(first_src, claim_end);
    next_ = claim_end;
  }

  // "Russia demanded … and accused …": the subject of the first verb.
  SourceRange CoordinatedSubject(int conj, int lo) const {
    for (int i = conj - 1; i > lo; --i) {
      if (s_.IsWord(i) && !s_.Cap(i) && (s_.Word(i).ends_with("ed") || s_.Word(i).ends_with("s")) &&
          !s_.Has(i, kLexPrep | kLexDeterminer) && (s_.Cap(i - 1) || s_.Has(i - 1, kLexPronoun))) {
        int a = s_.NounPhraseBack(i, lo);
        if (a < i && s_.ClauseStartsAt(a, lo)) return {a, i, a, i};
      }
    }
    return {};
  }

  void AccordingTo(int cue, int s, int e) {
    SourceRange src = s_.NounPhraseForward(cue + 2, e, false);
    if (!src.ok()) return;
    int after = src.end;
    Span content;
    AttributionKind kind;
    int claim_a, claim_b;
    bool sentence_initial = true;
    for (int i = s; i < cue; ++i)
      if (!(s_.IsWord(i) && (s_.Is(i, "but") || s_.Is(i, "and") || s_.Has(i, kLexSkip)))) {
        sentence_initial = false;
        break;
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
    } else if (s_.IsTailEnd(after, e) || (after < e && s_.IsPunct(after, ','))) {
      // "CLAUSE, according to X."
      int head_end = cue;
      if (head_end - 1 >= s && s_.IsPunct(head_end - 1, ',')) --head_end;
      int hs = s;
      for (int i = cue - 1; i >= s; --i)
        if (claimed_[i]) {
          hs = i + 1;
          break;
        }
      if (head_end - hs < 2) return;
      kind = s_.KindOf(hs, head_end);
      content = kind == AttributionKind::kDirect ? QuoteContent(t_[hs].quote)
                                                 : s_.ContentSpan(hs, head_end);
      claim_a = hs;
      claim_b = after;
    } else {
      // "Rescuers, …, according to the ministry recovered …": the whole clause.
      kind = s_.KindOf(s, e);
      content = s_.ContentSpan(s, e);
      claim_a = s;
      claim_b = e;
    }
    if (content.empty()) return;
    Emit(&src, cue, cue + 2, "according to", content, kind, 0.8f);
    Claim(claim_a, claim_b);
    next_ = claim_b;
  }

  void CollectOrphans(int s, int e) {
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
      orphans_->push_back(o);
    }
  }

  SentenceScanner s_;
  std::string_view text_;
  const ParagraphTokens& p_;
  const std::vector<Token>& t_;
  int index_;
  std::vector<uint8_t>& claimed_;
  std::vector<AttributionCandidate>* out_;
  std::vector<OrphanQuote>* orphans_;
  Sentence sentence_;
  int sentence_first_ = 0;
  int first_of_paragraph_ = 0;
  int next_ = 0;
  AttributionKind last_kind_ = AttributionKind::kIndirect;
};

}  // namespace

Span TrimQuoteContent(std::string_view text, Span inner) {
  uint32_t a = inner.start, b = inner.end;
  while (a < b && IsSpaceByte(text[a])) ++a;
  while (b > a) {
    char c = text[b - 1];
    if (IsSpaceByte(c) || c == ',' || c == ':' || c == ';') {
      --b;
      continue;
    }
    // A trailing dash that leads into the attribution: "…—" (UTF-8 E2 80 94).
    if (b - a >= 3 && static_cast<unsigned char>(text[b - 3]) == 0xE2 &&
        static_cast<unsigned char>(text[b - 2]) == 0x80 &&
        (static_cast<unsigned char>(c) == 0x94 || static_cast<unsigned char>(c) == 0x93)) {
      b -= 3;
      continue;
    }
    break;
  }
  return {a, b};
}

void AttributionFinder::FindInParagraph(std::string_view text,
                                        const ParagraphTokens& paragraph,
                                        int paragraph_index,
                                        std::vector<AttributionCandidate>* out,
                                        std::vector<OrphanQuote>* orphans) {
  ParagraphFinder finder(text, paragraph, paragraph_index, claimed_, out, orphans);
  finder.Run();
}

}  // namespace claimgraph::ingest
