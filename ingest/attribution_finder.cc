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
  // "WHO", "IT": an acronym, not the function word it spells.
  bool AllCapsWord(int i) const {
    if (!IsWord(i)) return false;
    std::string_view w = Word(i);
    if (w.size() < 2) return false;
    for (char c : w)
      if (c < 'A' || c > 'Z') return false;
    return true;
  }
  // "also", "further", "later", "repeatedly": an adverb that may sit between
  // a comma and a participle cue ("…, further saying …").
  bool IsAdverb(int i) const {
    if (!IsWord(i) || Cap(i) || InQuote(i) || Has(i, kLexAux | kLexPronoun | kLexCue)) return false;
    if (Has(i, kLexPrep | kLexDeterminer)) return false;  // "in turn", "both"
    return Has(i, kLexSkip) || (Word(i).size() > 4 && Word(i).ends_with("ly"));
  }
  // A participle cue at i, possibly after an adverb: "adding", "later adding".
  // Returns the cue's index or -1.
  int ParticipleCueAt(int i, int hi) const {
    bool adverb = i < hi && IsAdverb(i);
    if (adverb) ++i;
    // Not "hypothetically speaking": after an adverb, a cue that reports.
    if (adverb && i < hi && Has(i, kLexQuoteOnly)) return -1;
    return i < hi && Has(i, kLexIng) && Has(i, kLexCue) && !InQuote(i) ? i : -1;
  }
  // A comma, or a quote closed right after a comma (“…,” further saying).
  bool CommaOrQuotedComma(int i) const {
    return i >= 0 && (IsPunct(i, ',') || (i > 0 && IsCloseQuote(i) && IsPunct(i - 1, ',')));
  }
  // "in May": the month, not the modal.
  bool IsMonthMay(int i) const { return Is(i, "may") && Cap(i) && i > 0 && Has(i - 1, kLexPrep); }
  // An all-capitals word ("WHO", "IT", "US") is an acronym: no function-word flags.
  uint32_t Flags(int i) const {
    if (!IsWord(i)) return 0;
    constexpr uint32_t kFunction = kLexPronoun | kLexBoundary | kLexPrep | kLexDeterminer |
                                   kLexAux | kLexSkip;
    uint32_t f = t_[i].lex;
    if ((f & kFunction) && AllCapsWord(i)) f = (f & ~kFunction) | kLexOrgWord;
    return f;
  }
  bool Has(int i, uint32_t flag) const { return (Flags(i) & flag) != 0; }
  bool Cap(int i) const {
    if (!IsWord(i)) return false;
    if (t_[i].capitalized) return true;
    // Name particles written in lower case: "Abdel Fattah al-Sisi".
    std::string_view w = Word(i);
    return w.size() > 4 && (w.starts_with("al-") || w.starts_with("el-") || w.starts_with("bin-")) &&
           StartsUpper(text_, t_[i].start + 3);
  }
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

  // "She went on to say …", "He continued by noting …": the verb heading a
  // chain that ends on the cue at i (its subject is the speaker's), or i.
  int ChainHead(int i) const {
    if (i >= 3 && Is(i - 1, "to") && Is(i - 2, "on") &&
        (Is(i - 3, "went") || Is(i - 3, "goes") || Is(i - 3, "go") || Is(i - 3, "gone")))
      return i - 3;
    if (i >= 2 && Is(i - 1, "by") && Has(i, kLexIng) &&
        (Is(i - 2, "continued") || Is(i - 2, "concluded") || Is(i - 2, "ended") ||
         Is(i - 2, "began") || Is(i - 2, "started") || Is(i - 2, "opened") ||
         Is(i - 2, "closed") || Is(i - 2, "finished") || Is(i - 2, "responded") ||
         Is(i - 2, "replied")))
      return i - 2;
    return i;
  }

  // A cue verb usable at i: a cue form not used as a noun ("the claim").
  bool IsCue(int i, int lo) const {
    const LexEntry* e = Entry(i);
    if (e == nullptr || !(e->flags & kLexCue) || InQuote(i)) return false;
    if (e->cue == CueClass::kAccordingTo) {
      if (i + 1 >= static_cast<int>(t_.size())) return false;
      if (Is(i, "per")) return Has(i + 1, kLexDeterminer) || Cap(i + 1);
      return Is(i + 1, "to");
    }
    if (Cap(i) && i > lo && !IsOpenQuote(i - 1)) return false;  // "Said" in a name
    // "an estimated mass", "his stated aim", "the alleged attacker".
    if (i > lo && IsWord(i - 1) && (Has(i - 1, kLexDeterminer) || t_[i - 1].possessive) &&
        !Has(i - 1, kLexPronoun))
      return false;
    // "states' procedures": a possessive plural, not a verb.
    if (i + 1 < static_cast<int>(t_.size()) && t_[i + 1].kind == TokenKind::kQuote &&
        t_[i + 1].start == t_[i].end && t_[i + 1].dir != QuoteDir::kOpen)
      return false;
    if (e->flags & kLexBase) {
      // Base forms only after a plural subject or an auxiliary: "officials say".
      if (i == lo) return false;
      if (!(Has(i - 1, kLexPlural) || Has(i - 1, kLexAux) || Is(i - 1, "to") ||
            (IsWord(i - 1) && Word(i - 1).back() == 's' && !t_[i - 1].possessive) ||
            Is(i - 1, "they") || Is(i - 1, "we") || Is(i - 1, "i"))) {
        return false;
      }
      // "to say", "to report"; but "went on to say" reports.
      if (Is(i - 1, "to")) return ChainHead(i) != i;
    }
    if (e->flags & kLexNounToo) {
      if (i == lo) return false;
      if (Has(i - 1, kLexDeterminer) || Has(i - 1, kLexPrep) || Is(i - 1, "that") ||
          t_[i - 1].possessive)
        return false;
      if (e->lemma == "call" && i + 1 < static_cast<int>(t_.size()) && Is(i + 1, "for")) return true;
      // "media reports range …": the next word must start a clause.
      if (i + 1 < static_cast<int>(t_.size()) && IsWord(i + 1) && !Cap(i + 1) &&
          !Has(i + 1, kLexDeterminer | kLexPronoun) && !Is(i + 1, "that") && !IsDigitWord(i + 1))
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
    // A personal pronoun right before the cue is the whole subject.
    if (end - 1 >= lo && Has(end - 1, kLexPronoun) && !Is(end - 1, "who")) return end - 1;
    int i = end - 1;
    int count = 0;
    while (i >= lo) {
      const Token& tk = t_[i];
      if (InQuote(i)) break;
      if (tk.kind == TokenKind::kWord) {
        uint32_t f = Flags(i);
        if ((f & kLexCue) && !(f & kLexNounToo) && !(f & kLexTitle)) break;
        if ((f & kLexBoundary) && !(tk.capitalized && i > lo && !Has(i, kLexPronoun))) {
          bool join = (Is(i, "and") || Word(i) == "&") && i - 1 >= lo &&
                      (Cap(i - 1) || IsPunct(i - 1, ')')) && i + 1 < end &&
                      (Cap(i + 1) || Has(i + 1, kLexDeterminer));
          if (!join) break;
        }
        if (Word(i).size() > 5 && Word(i).ends_with("ing") && tk.entry == nullptr &&
            (i == lo || !IsWord(i - 1) || Has(i - 1, kLexBoundary | kLexCue))) {
          break;  // "Responding to …", "witnessing …": a participle clause
        }
        if (Is(i, "to") && i + 1 < end && IsWord(i + 1) && !Cap(i + 1) &&
            !Has(i + 1, kLexDeterminer) && !IsDigitWord(i + 1))
          break;  // "to meet with …": an infinitive, not part of a subject
        if ((f & kLexPronoun) && i < end - 1) break;
        if ((f & kLexDeterminer) && !(f & kLexPronoun) && i - 1 >= lo && IsWord(i - 1) &&
            !Has(i - 1, kLexPrep | kLexDeterminer) && !Is(i - 1, "and") && !t_[i - 1].possessive) {
          --i;  // "told the press the officers": a new noun phrase starts here
          break;
        }
        if (!tk.capitalized && Word(i).size() > 4 && Word(i).ends_with("ed") && i - 1 >= lo &&
            ((Cap(i - 1) && !t_[i - 1].possessive) || Has(i - 1, kLexPronoun))) {
          // "the protesters Wikinews interviewed said": a reduced relative
          // clause right before the cue keeps its head noun.
          int n = Cap(i - 1) && i - 2 >= lo && Has(i - 2, kLexDeterminer) && !Has(i - 2, kLexPronoun)
                      ? i - 3
                      : i - 2;
          bool relative = i == end - 1 && n >= lo && IsWord(n) && !Cap(n) &&
                          (Has(n, kLexPlural | kLexRoleNoun) ||
                           (Word(n).ends_with("s") && !Has(n, kLexPrep | kLexAux | kLexPronoun)));
          if (!relative) break;  // "Wikinews interviewed": a verb, not a modifier
          i = n;
          continue;
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
           !Has(b - 1, kLexPronoun) && !Cap(b - 1)) {
      if (Is(b - 1, "not") || Is(b - 1, "never")) return r;  // "have not said why"
      --b;
    }
    // "Another report … during the weekend said": a time phrase before the cue.
    for (int p = b - 1; p > lo && p >= b - 4; --p) {
      if (!IsWord(p)) break;
      if (Has(p, kLexPrep) && (Is(p, "during") || Is(p, "over") || Is(p, "in") || Is(p, "on") ||
                               Is(p, "at") || Is(p, "earlier") || Is(p, "last"))) {
        bool time = true;
        for (int q = p + 1; q < b; ++q)
          time &= Has(q, kLexTime | kLexDeterminer) || IsDigitWord(q);
        if (time && Has(b - 1, kLexTime) && !Is(p, "on")) b = p;
        break;
      }
    }
    if (b - 2 > lo && IsWord(b - 1) && Has(b - 1, kLexTime) && Cap(b - 1) && Is(b - 2, "on")) {
      b -= 2;  // "X, …, on Tuesday told"
    } else if (b - 1 >= lo && IsWord(b - 1) && Has(b - 1, kLexTime) && Cap(b - 1) && b - 2 >= lo &&
               IsWord(b - 2)) {
      --b;  // "The website yesterday suggested", "X Monday said"
    }
    if (b <= lo) return r;
    // ", who told": the source is the antecedent of the relative pronoun.
    if (Is(b - 1, "who") && b - 2 > lo && IsPunct(b - 2, ',')) {
      int a = NounPhraseBack(b - 2, lo);
      if (Cap(b - 3)) {  // a named antecedent: its capitalised run only
        a = b - 3;
        while (a - 1 >= lo && (Cap(a - 1) || Has(a - 1, kLexDeterminer)) && !t_[a - 1].possessive &&
               !Has(a - 1, kLexPrep))
          --a;
      }
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
      // "Y, who …, said" / "Y, speaking to reporters, said" / "Y, of Z, said" /
      // "Y, in a statement …, announced": what sits between the commas decides
      // whether it belongs to the source.
      for (int c = k - 1; c >= lo && c > k - 30; --c) {
        if (InQuote(c) || IsFinal(c) || IsPunct(c, ';')) break;
        if (c == lo && !IsPunct(c, ',')) {
          // "Lydia Buchtmann for Food Standards Australia New Zealand, says"
          int a = NounPhraseBack(k, lo);
          if (a == lo && Cap(a) && k - a <= 10) return {a, k, a, k};
          break;
        }
        if (!IsPunct(c, ',')) continue;
        int seg = c + 1;
        bool relative = Is(seg, "who") || Is(seg, "whose");
        // ("responding to …" too: a cue participle inside the commas.)
        bool participle = IsWord(seg) && !Cap(seg) && Word(seg).ends_with("ing") &&
                          (Entry(seg) == nullptr || Has(seg, kLexIng));
        bool of_phrase = Is(seg, "of") || Is(seg, "from") || Is(seg, "at") ||
                         (Is(seg, "for") && seg + 1 < k && Cap(seg + 1));  // not "for his part"
        bool adjunct = !of_phrase && Has(seg, kLexPrep);
        int yc = c;
        if (Is(seg, "and") && seg + 1 < k && (Cap(seg + 1) || Has(seg + 1, kLexTitle))) {
          // ", Director of X, and Chairman of Y, says": two appositions.
          for (int c2 = c - 1; c2 > lo && c2 > c - 25; --c2) {
            if (InQuote(c2) || IsFinal(c2) || IsPunct(c2, ';')) break;
            if (IsPunct(c2, ',')) {
              yc = c2;
              break;
            }
          }
          if (yc == c) break;
        }
        if (relative || participle || of_phrase || adjunct || Is(seg, "speaking") || yc != c) {
          int ya = NounPhraseBack(yc, lo);
          if (ya < yc && ClauseStartsAt(ya, lo) &&
              (Cap(yc - 1) || Has(yc - 1, kLexRoleNoun | kLexOrgWord) || IsPunct(yc - 1, ')'))) {
            if (participle || adjunct || Is(seg, "speaking")) return SourceRange{ya, yc, ya, yc};
            return SourceRange{ya, k, ya, yc};
          }
        }
        break;
      }
      // Apposition: "Y, X, said".
      int xa = NounPhraseBack(k, lo);
      int x_end = k;
      // "Agnès Callamard, a UN rapporteur … who had investigated the case,
      // cautioned": the apposition ends in a relative clause.
      if (xa < k && xa - 1 > lo && !IsPunct(xa - 1, ',')) {
        for (int w = xa - 1; w > lo && w > k - 30; --w) {
          if (InQuote(w) || IsPunct(w, ',') || IsFinal(w)) break;
          if (!Is(w, "who") && !Is(w, "which")) continue;
          int xb = NounPhraseBack(w, lo);
          if (xb < w && xb - 1 > lo && IsPunct(xb - 1, ',') && Has(xb, kLexDeterminer)) {
            xa = xb;
            x_end = w;
          }
          break;
        }
      }
      if (xa >= k || xa - 1 <= lo || !IsPunct(xa - 1, ',')) return r;
      int ya = NounPhraseBack(xa - 1, lo);
      if (ya >= xa - 1 || !ClauseStartsAt(ya, lo)) return r;
      bool y_name = Cap(xa - 2) || IsPunct(xa - 2, ')');
      bool x_name = x_end == k && AllCapitalized(xa, k);
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
          HasNoun(ya, a - 1, kLexRoleNoun | kLexOrgWord | kLexDocNoun | kLexTitle))
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
        uint32_t f = Flags(i);
        if ((f & kLexCue) && !(f & kLexNounToo) && !(f & kLexTitle)) break;
        if (Is(i, "as") || Is(i, "that")) break;
        if (Is(i, "to") && i > a && Cap(i - 1) && !Has(i - 1, kLexTitle | kLexOrgWord)) break;
        if (i > a && (f & kLexPrep) && i + 1 < hi && Has(i + 1, kLexTime)) break;  // "in March"
        if ((f & kLexBoundary) && !(f & kLexDeterminer) && !AllCapsWord(i)) {
          bool join = Is(i, "and") && i > a && Cap(i - 1) && i + 1 < hi && Cap(i + 1);
          if (!join && !(f & kLexPronoun && i == a)) break;
        }
        if ((f & kLexTime) && i > a && !tk.capitalized) break;
        // "according to Reuters the two sides …", "… Foreign Affairs he died":
        // a new clause's subject after the name.
        if (i > a && !tk.capitalized && Cap(i - 1) && (f & (kLexDeterminer | kLexPronoun)) &&
            !Has(i - 1, kLexPrep))
          break;
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
    // "police in Baytown, Texas,": a place and its region.
    if (i + 2 < hi && IsPunct(i, ',') && Cap(i + 1) && !Has(i + 1, kLexNotName) &&
        (IsPunct(i + 2, ',') || IsFinal(i + 2)) && Cap(i - 1))
      i += 2;
    if (i < hi && IsPunct(i, ',') && IsPunct(i - 1, ',')) --i;
    // "the team's coach, Alireza Mehraban,": a role noun phrase and its name.
    if (apposition && i + 2 < hi && IsPunct(i, ',') && !Cap(i - 1) &&
        Has(i - 1, kLexRoleNoun | kLexTitle) && Cap(i + 1) && !Has(i + 1, kLexNotName)) {
      int j = i + 1;
      while (j < hi && j < i + 5 && Cap(j)) ++j;
      if (j < hi && (IsPunct(j, ',') || IsFinal(j))) return {a, j, i + 1, j};
    }
    r = {a, i, a, i};
    if (apposition && i + 1 < hi && IsPunct(i, ',') &&
        ((Has(i + 1, kLexDeterminer) && !Has(i + 1, kLexPronoun) && !IsDigitWord(i + 1)) ||
         (IsWord(i + 1) && !Cap(i + 1) && Has(i + 1, kLexRoleNoun | kLexTitle)))) {
      int j = i + 1;
      int c = 0;
      while (j < hi && !IsPunct(j, ',') && !IsFinal(j) && !IsPunct(j, ';') && !InQuote(j) &&
             !(Has(j, kLexCue) && !Has(j, kLexNounToo)) && !Has(j, kLexAux) &&
             !(Has(j, kLexBoundary) && !Has(j, kLexDeterminer | kLexPrep)) && c < 14) {
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
        if (k == start && start > j) {
          // "told the official IRNA news agency": up to the audience noun.
          for (int m = start; m < hi && m < start + 6; ++m) {
            if (!IsWord(m) || Has(m, kLexBoundary) || (Has(m, kLexCue) && !Has(m, kLexNounToo))) break;
            if (!Has(m, kLexDeterminer) && Has(m, kLexAudience | kLexOrgWord)) k = m + 1;
          }
        }
      }
      if (k > start) j = k;
    }
    for (int guard = 0; guard < 6 && j < hi; ++guard) {
      if (IsWord(j) && Has(j, kLexTime) && !Is(j, "this") && !Is(j, "may") && !t_[j].possessive) {
        ++j;
        continue;
      }
      if (IsDigitWord(j) && j > 0 && Has(j - 1, kLexTime)) {
        ++j;
        continue;
      }
      // "told the BBC after the verdict “…”": any short phrase before a quote.
      if (IsWord(j) && Has(j, kLexPrep)) {
        int c = j + 1;
        while (c < hi && c < j + 7 && IsWord(c) && !Has(c, kLexCue | kLexAux | kLexBoundary)) ++c;
        if (c < hi && (IsOpenQuote(c) || (IsPunct(c, ',') && c + 1 < hi && IsOpenQuote(c + 1)) ||
                       IsPunct(c, ':'))) {
          j = c;
          continue;
        }
      }
      if (IsWord(j) && Has(j, kLexPrep) && !Is(j, "of") && !Is(j, "that")) {
        // A short prepositional phrase headed by a venue or time word.
        int m = -1;
        int k = j + 1;
        for (; k < hi && k < j + 7; ++k) {
          if (!IsWord(k) || (Has(k, kLexBoundary) && !IsMonthMay(k)) ||
              (Has(k, kLexCue) && !Has(k, kLexNounToo) &&
                                                     !Has(k, kLexSpeechNoun)))
            break;
          // "on Friday the United States …": a new noun phrase after the head.
          if (m >= 0 && Has(k, kLexDeterminer | kLexPronoun) && !Has(k - 1, kLexPrep)) break;
          if (Has(k, kLexSpeechNoun | kLexTime | kLexAudience) || Cap(k) || IsDigitWord(k)) m = k;
        }
        if (m < 0) break;
        if (k < hi && Is(k, "that")) {  // "said in a letter to employees that"
          j = k;
          continue;
        }
        bool stop_clean = k >= hi || !IsWord(k) || Is(k, "that") || m + 1 < k ||
                          Has(k, kLexDeterminer | kLexPronoun);
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
      // ", by way of example," after the cue.
      if (IsPunct(j, ',') && j + 1 < hi && Has(j + 1, kLexPrep)) {
        int c = j + 2;
        while (c < hi && c < j + 8 && IsWord(c) && !Has(c, kLexBoundary)) ++c;
        if (c < hi && IsPunct(c, ',')) {
          j = c + 1;
          continue;
        }
      }
      if (IsPunct(j, ',') && j + 1 < hi && IsOpenQuote(j + 1)) {
        ++j;
        continue;
      }
      if (Is(j, "that") && j + 1 < hi && !IsFinal(j + 1)) {
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
      // "noted the need to act: “…,” said Tedros": a quote with its own
      // inverted source after it is that source's, not this content.
      if (i > k && IsOpenQuote(i) && !IsOpenQuote(k)) {
        int c = p_.quotes[t_[i].quote].close;
        int j = c + 1;
        if (c > i && j < hi && IsPunct(j, ',')) ++j;
        if (c > i && j < hi && (IsPunct(c - 1, ',') || IsPunct(c + 1, ',')) && IsCueVerbForm(j) &&
            !Has(j, kLexIng) && j + 1 < hi &&
            (Cap(j + 1) || Has(j + 1, kLexDeterminer | kLexRoleNoun | kLexTitle)))
          return i;
      }
      if (InQuote(i)) continue;
      if (IsPunct(i, ';')) return i;
      // "… the victims[.]” She went on …": a sentence the splitter missed.
      if (i > k && IsCloseQuote(i - 1) && Cap(i) && Has(i, kLexPronoun)) return i;
      if (i > k + 1 && IsCloseQuote(i - 1) && IsPunct(i - 2, ',') && ParticipleCueAt(i, hi) >= 0)
        return i;
      // "…: Gownaris remarked, “…”": a new attribution after a colon.
      if (i > k && IsPunct(i, ':') && i + 1 < hi) {
        int np = NounPhraseEnd(i + 1, hi);
        if (np > i + 1 && np < hi && IsCueVerbForm(np)) return i;
      }
      // "“…” ((hu)) …": a translation after a whole quote is not content.
      if (i > k && IsPunct(i, '(') && i + 1 < hi && IsPunct(i + 1, '(') && IsOpenQuote(k) &&
          p_.quotes[t_[k].quote].close == i - 1)
        return i;
      if (i > k && IsPunct(i, ',') && i + 1 < hi) {
        int n = i + 1;
        if (ParticipleCueAt(n, hi) >= 0) return i;
        if (Is(n, "with") && n + 1 < hi) {  // ", with officials reporting …"
          int np = NounPhraseEnd(n + 1, hi);
          if (np > n + 1 && np < hi && Has(np, kLexIng) && Has(np, kLexCue)) return i;
        }
        if (Is(n, "though") || Is(n, "although") || Is(n, "whereas") || Is(n, "despite") ||
            Is(n, "while"))
          return i;
        // ", meaning the UK would …": the writer's gloss on what was reported.
        if (Is(n, "meaning") && i > k + 3) return i;
        // ", but upon learning …, he claimed": a new clause with its own subject.
        if (Is(n, "but") && n + 1 < hi && (Has(n + 1, kLexPrep) || Is(n + 1, "upon")))
          return i;
        // ", but the commissioner stated …": a new attribution starts.
        if ((Is(n, "but") || Is(n, "and") || Is(n, "while")) && n + 1 < hi) {
          int np = NounPhraseEnd(n + 1, hi);
          if (np > n + 1 && np < hi && IsCueVerbForm(np)) return i;
          // ", and his critics, who include …, blame …": the same after a
          // relative clause between commas.
          if (np > n + 1 && np + 1 < hi && IsPunct(np, ',') && (Is(np + 1, "who") || Is(np + 1, "which")))
            for (int j = np + 2; j + 1 < hi && j < np + 20; ++j) {
              if (InQuote(j) || IsFinal(j) || IsPunct(j, ';')) break;
              if (!IsPunct(j, ',')) continue;
              const LexEntry* v = Entry(j + 1);
              if (v != nullptr && (v->flags & kLexCue) && v->cue != CueClass::kAccordingTo &&
                  !Has(j + 1, kLexIng))
                return i;
              break;
            }
        }
        if (Is(n, "according") && n + 1 < hi && Is(n + 1, "to")) return i;
        if ((Is(n, "but") || Is(n, "and")) && n + 1 < hi && IsCueVerbForm(n + 1)) return i;
      }
      if (i > k && Is(i, "despite") && !InQuote(i)) return i;
      if (i > k && Is(i, "while") && i + 1 < hi && (Cap(i + 1) || Has(i + 1, kLexDeterminer | kLexPronoun)))
        return i;
      if (i > k && (Is(i, "and") || Is(i, "but")) && i + 1 < hi && IsCueVerbForm(i + 1) &&
          !Has(i + 1, kLexIng))
        return i;
      // "… and his campaign called for …": a new subject with its own cue.
      if (i > k && (Is(i, "and") || Is(i, "but")) && i + 2 < hi &&
          (Has(i + 1, kLexDeterminer) || Cap(i + 1))) {
        int np = NounPhraseEnd(i + 1, hi);
        if (np > i + 1 && np <= i + 4 && np < hi && IsCueVerbForm(np) && !Has(np, kLexIng))
          return i;
      }
      if (i > k && i + 2 < hi && (Is(i, "and") || Is(i, "but")) && Is(i + 1, "also") &&
          IsCueVerbForm(i + 2))
        return i;
    }
    return hi;
  }

  // "X commented on the matter — ASIDE — “…”": the quote after an aside
  // between dashes that follows the cue's complements at k; else k.
  int QuoteAfterAside(int k, int hi) const {
    int d = k;
    while (d < hi && d < k + 6 && IsWord(d) && !InQuote(d) && !Has(d, kLexCue)) ++d;
    if (d >= hi || !IsPunct(d, '-') || InQuote(d)) return k;
    for (int i = d + 1; i < hi && i < d + 30; ++i) {
      if (IsFinal(i) || InQuote(i)) return k;
      if (IsPunct(i, '-')) return i + 1 < hi && IsOpenQuote(i + 1) ? i + 1 : k;
    }
    return k;
  }

  // "the crisis the worst in decades", "it a disgrace", "Smith a liar" at
  // [k, end): an object noun phrase, then a noun phrase labelling it.
  bool LabelAfterObject(int k, int end) const {
    if (k >= end || !IsWord(k) || InQuote(k)) return false;
    bool pronoun = Is(k, "it") || Is(k, "this") || Is(k, "them") || Is(k, "him") || Is(k, "her");
    if (!pronoun && !Cap(k) && !(Has(k, kLexDeterminer) && !Is(k, "a") && !Is(k, "an")))
      return false;
    int i = k + 1;
    if (!pronoun)
      while (i < end && i < k + 7 && IsWord(i) && !InQuote(i) && !Is(i, "a") && !Is(i, "an") &&
             !Is(i, "the") && !Has(i, kLexPrep | kLexBoundary | kLexCue | kLexAux) &&
             !Is(i, "and") && !Is(i, "or") && (Cap(k) ? Cap(i) : true))
        ++i;
    if (i + 1 >= end || !(Is(i, "a") || Is(i, "an") || Is(i, "the"))) return false;
    return IsWord(i + 1) && !InQuote(i + 1) && !Has(i + 1, kLexPrep | kLexBoundary);
  }

  // "said naming the virus after Wuhan would place …": the -ing word at k
  // opens a clause whose verb follows (not "tweeted using his account").
  bool GerundSubject(int k, int end) const {
    for (int i = k + 2; i < end && i < k + 12; ++i) {
      if (!IsWord(i) || InQuote(i) || Is(i, "that") || Is(i, "which") || Is(i, "who"))
        return false;
      if (Has(i, kLexAux) && !Is(i, "being") && !Is(i, "been")) return true;
    }
    return false;
  }

  // End of a short subject-like noun phrase starting at a, or a.
  int NounPhraseEnd(int a, int hi) const {
    int i = a;
    while (i < hi && i < a + 8 && IsWord(i) && !InQuote(i) &&
           !(Has(i, kLexCue) && !Has(i, kLexNounToo)) &&
           (!Has(i, kLexBoundary) || Has(i, kLexDeterminer | kLexPronoun)))
      ++i;
    return i;
  }

  bool IsCueVerbForm(int i) const {
    const LexEntry* e = Entry(i);
    return e != nullptr && (e->flags & kLexCue) && !(e->flags & kLexNounToo) &&
           !(e->flags & kLexBase) && e->cue != CueClass::kAccordingTo && !InQuote(i);
  }

  // Bytes of tokens [a, b) with trailing sentence punctuation outside quotes,
  // commas, colons and dashes dropped.
  Span ContentSpan(int a, int b) const {
    while (a < b && t_[a].kind == TokenKind::kPunct && !InQuote(a) && t_[a].punct != '(') ++a;
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
    if (IsFinal(i) || IsPunct(i, '~') || IsPunct(i, '-')) return true;
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

// True for an all-capitals acronym of two to eight letters ("WHO", "NATO").
bool IsAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 8) return false;
  for (char c : w)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

// The issuer of a document source, when the text names one: "a statement
// released by Erdogan's office", "a report from ABC Australia", "The WHO's
// website", "The Internal Revenue Service website", "NATO guidelines". Sets
// m->name and m->issuer_type; leaves them unset otherwise ("Tillerson's
// updated public schedule" is about Tillerson, not issued by him).
void FindIssuer(const SentenceScanner& s, const SourceRange& r, int hb, int last,
                SourceMention* m) {
  const auto& t = s.tokens();
  auto org_like = [&](int a, int b) {
    for (int i = a; i < b; ++i) {
      if (s.Has(i, kLexOrgWord | kLexPlace)) return true;
      std::string_view w = s.Word(i);
      if (w.ends_with("'s")) w.remove_suffix(2);
      else if (w.ends_with("\xE2\x80\x99s")) w.remove_suffix(4);
      if (IsAcronym(w)) return true;
    }
    return false;
  };
  auto set = [&](int a, int b, bool person_ok) {
    if (a >= b) return;
    // A title and name ("US Secretary of State Mike Pompeo"): the person.
    int i = b;
    while (i > a && s.Cap(i - 1) && (i == b || !t[i - 1].possessive) &&
           !s.Has(i - 1, kLexTitle | kLexOrgWord | kLexPlace | kLexDeterminer | kLexNotName))
      --i;
    if (person_ok && i < b && b - i <= 4 && (b - i >= 2 || !org_like(a, b))) {
      m->name = {t[i].start, t[b - 1].end};
      m->issuer_type = SourceType::kPerson;
      return;
    }
    m->name = {t[a].start, t[b - 1].end};
    m->issuer_type = SourceType::kOrganisation;
  };
  // After the document noun: "… by|from [the] Issuer".
  for (int k = last + 1; k + 1 < r.end; ++k) {
    if (s.IsPunct(k, ',') || s.IsPunct(k, '(')) break;
    if (!(s.Is(k, "by") || s.Is(k, "from"))) continue;
    int a = k + 1;
    while (a < r.end && s.Has(a, kLexDeterminer) && !s.Has(a, kLexPronoun)) ++a;
    int b = a;
    while (b < r.end && s.Cap(b) && !s.Has(b, kLexTime)) {
      ++b;
      if (t[b - 1].possessive) break;
      // "Center for Systems Science and Engineering", "Secretary of State".
      if (b + 1 < r.end && (s.Is(b, "of") || s.Is(b, "for") || s.Is(b, "and")) && s.Cap(b + 1) &&
          !s.Has(b + 1, kLexTime))
        ++b;
    }
    if (b == a) return;
    // "the Mexican government": a lower-case organisation word ends it.
    if (b < r.end && !t[b - 1].possessive && s.IsWord(b) && !s.Cap(b) && s.Has(b, kLexOrgWord))
      ++b;
    set(a, b, true);  // "Erdogan's office": the possessor issues it
    return;
  }
  // Before it: "The Internal Revenue Service website", "The WHO's website",
  // "a March 14, 2019 NATO press release": organisations only.
  int e = last;
  int lower = 0;
  while (e > hb && lower < 2 && s.IsWord(e - 1) && !s.Cap(e - 1) &&
         !s.Has(e - 1, kLexDeterminer | kLexPrep | kLexCue | kLexBoundary)) {
    --e;
    ++lower;
  }
  int a = e;
  while (a > hb && (s.Cap(a - 1) || ((s.Is(a - 1, "of") || s.Is(a - 1, "for")) && a - 2 > hb &&
                                     s.Cap(a - 2))) &&
         !s.Has(a - 1, kLexDeterminer | kLexTime) && !s.IsDigitWord(a - 1) &&
         (a == e || !t[a - 1].possessive))
    --a;
  if (a < e && s.Cap(a) && org_like(a, e)) set(a, e, false);
}

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
  // "Member of Parliament (MP) Yvette Cooper of the Labour Party": a title
  // glossed by its acronym, then the person's name.
  for (int i = hb + 1; i + 4 < he; ++i) {
    if (!s.IsPunct(i, '(') || !s.IsPunct(i + 2, ')') || !IsAcronym(s.Word(i + 1))) continue;
    int j = i + 3;
    while (j < he && s.Cap(j) && !t[j].possessive &&
           !s.Has(j, kLexOrgWord | kLexPlace | kLexTitle | kLexDeterminer))
      ++j;
    if (j - (i + 3) < 2 || (j < he && s.Cap(j))) break;
    m.name = {t[i + 3].start, t[j - 1].end};
    m.type = SourceType::kPerson;
    m.role = {t[hb].start, t[i + 2].end};
    return m;
  }
  // A person name ending the head after a title phrase: "Former US Ambassador
  // to the United Nations Nikki Haley", "CEO of the Refugee Council Enver
  // Solomon". Two or more name words, none of them an organisation word.
  bool name_at_end = false;
  int named_org = -1;
  {
    int e = he;
    while (e > hb && s.IsPunct(e - 1, ')')) --e;
    int i = e;
    while (i > hb && s.Cap(i - 1) && !t[i - 1].possessive &&
           !s.Has(i - 1, kLexTitle | kLexOrgWord | kLexPlace | kLexDeterminer | kLexNotName))
      --i;
    name_at_end = e - i >= 2 && e == he && i > hb &&
                  (s.Has(i - 1, kLexTitle | kLexOrgWord | kLexPlace) ||
                   (!s.Cap(i - 1) && !s.Has(i - 1, kLexPrep | kLexDeterminer)));
    // "Peter Iseley of worldwide victim group Ending Clergy Abuse": the name
    // before the first preposition is the person.
    for (int k = hb + 1; k < i && name_at_end; ++k) {
      if (!s.Has(k, kLexPrep)) continue;
      auto name_word = [&](int j) {
        return j >= hb && s.Cap(j) && !t[j].possessive &&
               !s.Has(j, kLexTitle | kLexOrgWord | kLexPlace | kLexNotName | kLexRoleNoun);
      };
      if (name_word(k - 1) && name_word(k - 2)) name_at_end = false;
      break;
    }
    // "US-based software company Red Hat", "news agency Interfax": named by
    // the organisation noun before it.
    if (e - i >= 1 && e == he && i > hb && !s.Cap(i - 1) && s.Has(i - 1, kLexOrgWord) &&
        !s.Has(i - 1, kLexRoleNoun | kLexTitle) && !t[i - 1].possessive)
      named_org = i;
  }
  bool org_of = false;  // "the National Conference of State Legislatures"
  for (int i = hb + 1; i < he && !name_at_end; ++i) {
    // "Secretary of State Rex Tillerson": "of" after a title stays in the head.
    if (s.Has(i, kLexPrep) && !(s.Is(i, "of") && i + 1 < he && s.Cap(i + 1) && s.Has(i - 1, kLexTitle))) {
      // "Ministry of Foreign Affairs", "Commission on Presidential Debates",
      // "Center for Biological Diversity": a capitalised organisation word
      // keeps its capitalised complement.
      // "The government of Oman": a lower-case one only before a place.
      bool lower_org = s.Is(i, "of") && !s.Cap(i - 1) && s.Has(i - 1, kLexOrgWord) &&
                       i - 1 == hb + 1 && s.Has(hb, kLexDeterminer) && i + 2 == he && s.Cap(i + 1);
      bool org_complement =
          (s.Is(i, "of") || s.Is(i, "for") || s.Is(i, "on")) && (s.Cap(i - 1) || lower_org) &&
          !t[i - 1].possessive && (s.Has(i - 1, kLexOrgWord) || org_of) && i + 1 < he &&
          (s.Cap(i + 1) || (s.Is(i + 1, "the") && i + 2 < he && s.Cap(i + 2))) &&
          !s.Has(i + 1, kLexTime | kLexSpeechNoun);
      if (org_complement) {
        org_of = true;
        continue;
      }
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
  int name_first = -1;  // first token of the last name found
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
    if (i > a && e - i == 1 && s.Cap(i - 1) && s.Has(i - 1, kLexPlace)) return {};  // "Saudi Arabia"
    // "Critics from across …", "Analysts say": a role noun capitalised only
    // because it opens the sentence.
    if (e - i == 1 && i == r.begin && s.Has(i, kLexRoleNoun | kLexPlural) &&
        !s.Has(i, kLexOrgWord) && s.ClauseStartsAt(i, 0) && (i == 0 || !s.IsWord(i - 1)))
      return {};
    // "First Minister of Scotland Nicola Sturgeon", "President of Argentina
    // Alberto Fernández": the complement of the title is not part of the name.
    if (i > a && s.Has(i - 1, kLexPrep) && e - i >= 3) i = e - 2;
    if (e - i > 4) return {};
    name_first = i;
    return {t[i].start, t[e - 1].end};
  };
  // "a statement released by Erdogan's office": the participle is not the head.
  if (he - 2 > hb && s.Has(he - 2, kLexDocNoun) && !s.Cap(he - 1) && s.IsWord(he - 1) &&
      s.Word(he - 1).size() > 4 && s.Word(he - 1).ends_with("ed") && !s.Has(he - 1, kLexCue))
    --he;
  bool org_word = false, role_noun = false, doc_noun = false;
  for (int i = hb; i < he; ++i) {
    if (s.Has(i, kLexOrgWord) && s.Cap(i)) org_word = true;
  }
  int last = he - 1;
  while (last > hb && s.IsPunct(last, ')')) --last;
  if (!s.Cap(last) || (last == hb && s.Has(last, kLexNotName | kLexRoleNoun | kLexDocNoun) &&
                       !s.Has(last, kLexOrgWord | kLexPlace))) {
    if (s.Has(last, kLexOrgWord)) org_word = true;
    if (s.Has(last, kLexRoleNoun)) role_noun = true;
    if (s.Has(last, kLexDocNoun)) doc_noun = true;
    if (s.Has(last, kLexPlural)) m.plural = true;
  }
  // A name ending the head makes a person even after an organisation word
  // ("Pentagon press secretary Peter Cook", "Russia’s UN ambassador …").
  if (org_of) org_word = true;
  Span name = s.Has(last, kLexOrgWord | kLexPlace) || org_of ? Span{} : find_name(hb, last + 1);
  const int head_name_first = name.empty() ? -1 : name_first;
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
    // "The mayor of New Orleans, LaToya Cantrell": the place is not the name.
    if (!app_name.empty() && !name.empty() && head_name_first > hb &&
        s.Has(head_name_first - 1, kLexPrep))
      name = {};
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
  if (!name.empty() && !doc_noun && named_org >= 0 && head_name_first == named_org &&
      m.role.empty()) {
    m.name = name;
    m.type = SourceType::kOrganisation;
    return m;
  }
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
    FindIssuer(s, r, hb, last, &m);
    return m;
  }
  // "One MP", "another Senator": an indefinite title names no one.
  if (s.Has(last, kLexTitle) && last == hb + 1 &&
      (s.Is(hb, "one") || s.Is(hb, "another") || s.Is(hb, "a") || s.Is(hb, "an"))) {
    m.type = SourceType::kRole;
    m.role = {t[last].start, t[last].end};
    return m;
  }
  if (role_noun && !s.Cap(last) && !s.Has(hb, kLexDeterminer)) org_word = false;  // "police"
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
                  std::vector<uint8_t>& claimed, bool* lead_pending,
                  std::vector<AttributionCandidate>* out,
                  std::vector<OrphanQuote>* orphans)
      : s_(text, p, claimed), text_(text), p_(p), t_(p.tokens), index_(index),
        claimed_(claimed), lead_pending_(lead_pending), out_(out), orphans_(orphans) {}

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

  // "Trump on Twitter", "Winwood in a statement", "police on Thursday": the
  // venue or time after a source's head is not part of the mention.
  // "Yesterday afternoon, Pedro Damang": a fronted time before the subject
  // is not part of the mention.
  SourceRange WithoutLeadingTime(SourceRange r) const {
    int p = r.begin;
    bool time = false;
    while (p < r.end && s_.IsWord(p) && (s_.Has(p, kLexTime | kLexDeterminer) || s_.IsDigitWord(p))) {
      time |= s_.Has(p, kLexTime);
      ++p;
    }
    if (!time || p + 1 >= r.end || !s_.IsPunct(p, ',')) return r;
    return {p + 1, r.end, std::max(r.head_begin, p + 1), std::max(r.head_end, p + 2)};
  }

  SourceRange WithoutVenue(SourceRange r) const {
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
      // Allow adverbs between subject and cue: "he added", "he also said".
      src = s_.SubjectBefore(cue, i);
      if (!src.ok() || src.begin != i) return false;
    }
    if (!RelayedSpeaker(cue, e, &src, &via, &after)) return false;
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

  // "X quoted / cited Y as saying …": Y becomes the source and X the relay
  // (`after` moves past "as saying"). Returns false for a "quoted" that is
  // not such a relay; other cues pass through unchanged.
  bool RelayedSpeaker(int cue, int e, SourceRange* src, SourceRange* via, int* after) const {
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
        if (!to_end && n < e && (s_.Is(n, "and") || s_.Is(n, "but"))) {
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
    if (LastInSentence() < 0) ColonQuote(s, e);
    Reportedly(s, e);
  }

  // "Bolsonaro opposed Macron's statement: “…”", "Addressing the leaders,
  // Chakrapani proposed: “…”": a subject, a finite verb that is no cue, then
  // a colon and a quote closing the sentence. The verb is the cue.
  void ColonQuote(int s, int e) {
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
      if ((w.size() > 4 && w.ends_with("ed")) || w == "spoke" || w == "gave" || w == "took" ||
          w == "made" || w == "struck")
        verb = i;
    }
    if (verb < 0 || colon - verb > 14) return;
    for (int i = verb + 1; i < colon; ++i)
      if (s_.Is(i, "that") || s_.Is(i, "which") || s_.Is(i, "who") || s_.Is(i, "and") ||
          s_.Is(i, "but") || s_.IsPunct(i, ',') || s_.IsCueVerbForm(i))
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
    Emit(&src, verb, verb + 1, s_.Word(verb), content, AttributionKind::kDirect, 0.7f);
    Claim(s, e);
  }

  // True when the sentence starting at s is a source, a cue ending at
  // cue_end and only a short tail ("reporters on Monday"), right after a
  // sentence that is one quote ending in ? or !.
  bool QuoteBeforeTail(int s, int cue_end, int e) const {
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

  // Index of the last candidate of this sentence, or -1.
  int LastInSentence() const {
    int n = static_cast<int>(out_->size());
    return n > sentence_first_ ? n - 1 : -1;
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
  bool PlausibleSubject(const SourceRange& r, int lo) const {
    if (!r.ok()) return false;
    if (r.end - r.begin == 1 && s_.IsWord(r.begin) && !s_.Cap(r.begin) &&
        !s_.Has(r.begin, kLexPronoun | kLexRoleNoun | kLexOrgWord | kLexDocNoun | kLexPlural) &&
        !s_.Word(r.begin).ends_with("s"))
      return false;  // "Would you mind telling …"
    if (s_.Has(r.begin, kLexPrep)) return false;
    // "Your release mentioned …", "You said …": an interviewer's question
    // addresses the interviewee; it attributes nothing.
    for (int i = r.begin; i < r.end; ++i)
      if (s_.Is(i, "your") || s_.Is(i, "you")) return false;
    if (r.begin > lo && s_.IsWord(r.begin - 1) && s_.Has(r.begin - 1, kLexPrep) &&
        !s_.Is(r.begin - 1, "with"))  // "with officials saying …"
      return false;
    return true;
  }

  void TryCue(int cue, int s, int e) {
    const LexEntry* entry = s_.Entry(cue);
    const int head = s_.ChainHead(cue);  // "went" in "went on to say"
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
    // "Citing privacy rules, U.S. officials declined …": the participle's
    // subject is the main clause's.
    if (cue == s && s_.Has(cue, kLexIng)) {
      if ((entry->flags & kLexQuoteOnly) || (cue + 1 < e && s_.Has(cue + 1, kLexPrep))) return;
      int comma = cue + 1;
      while (comma < e && comma < cue + 16 && !s_.IsPunct(comma, ',') && !s_.IsFinal(comma)) ++comma;
      if (comma + 1 >= e || !s_.IsPunct(comma, ',') || comma == cue + 1) return;
      // The subject: a short noun phrase ending on a name or a source noun.
      SourceRange src;
      for (int i = comma + 1; i < e && i < comma + 7; ++i) {
        if (!s_.IsWord(i) || s_.Has(i, kLexBoundary | kLexCue | kLexAux)) break;
        if (!s_.Cap(i) && (s_.Word(i).ends_with("ed") || s_.Word(i).ends_with("ing"))) break;
        if (s_.Cap(i) || s_.Has(i, kLexRoleNoun | kLexOrgWord | kLexPlural | kLexPronoun | kLexDocNoun))
          src = {comma + 1, i + 1, comma + 1, i + 1};
      }
      if (!src.ok() || src.end >= e || !s_.IsWord(src.end)) return;
      Span content = s_.ContentSpan(cue + 1, comma);
      if (content.empty()) return;
      Emit(&src, cue, cue + 1, entry->lemma, content, s_.KindOf(cue + 1, comma), 0.6f);
      Claim(cue, comma);
      next_ = comma;
      return;
    }
    // Participle after a comma or "and": shares the previous source.
    bool coordinated = head > s && (s_.IsPunct(head - 1, ',') || s_.Is(head - 1, "and") ||
                                    s_.Is(head - 1, "but") ||
                                    (s_.IsAdverb(head - 1) && head - 1 > s &&
                                     (s_.Is(head - 2, "and") || s_.Is(head - 2, "but") ||
                                      s_.CommaOrQuotedComma(head - 2))));
    if (entry->flags & kLexQuoteOnly) coordinated = false;
    int prev = LastInSentence();
    if (coordinated && prev >= 0 && (s_.Has(cue, kLexIng) || !s_.IsPunct(head - 1, ','))) {
      ParticipleChain(cue, e, prev);
      return;
    }
    // "Reuters, citing anonymous sources, reported …": a participle inside
    // the subject, not an attribution of its own.
    if (s_.Has(cue, kLexIng) && cue > s && s_.IsPunct(cue - 1, ',') && prev < 0) {
      // "Pompeo blamed Iran for the attacks, saying …": the main clause's
      // subject speaks.
      if (!(entry->flags & kLexQuoteOnly)) MainClauseParticiple(cue, lo, e);
      return;
    }
    if (RelativeReport(cue, lo, e)) return;
    std::string_view lemma = entry->lemma;
    if ((lemma == "rule" || lemma == "find") && !CourtFinding(cue, lo, e)) return;
    if (CharacterisedBy(cue, e)) return;
    // "Putin was quoted by the Interfax news agency as saying …", "… were
    // reported by local media to have visited …": a passive with its agent.
    if (cue + 1 < e && s_.Is(cue + 1, "by") && PassiveByAgent(cue, lo, e, entry->lemma))
      return;
    // "reported by industry sources": a passive with its agent; left alone.
    if (cue + 1 < e && s_.Is(cue + 1, "by")) return;
    // Passive "was accused of", "is said to": no stated source here.
    int aux = cue - 1;
    while (aux > lo && s_.IsWord(aux) && s_.Has(aux, kLexSkip) && !s_.Has(aux, kLexAux)) --aux;
    if (aux >= lo && !s_.Has(cue, kLexIng) &&
        (s_.Is(aux, "was") || s_.Is(aux, "were") || s_.Is(aux, "been") ||
         s_.Is(aux, "is") || s_.Is(aux, "are") || s_.Is(aux, "being") ||
         s_.Is(aux, "be"))) {
      if (lemma == "quote" && cue + 2 < e && s_.Is(cue + 1, "as") && s_.Has(cue + 2, kLexCue)) {
        QuotedAsSaying(cue, aux, lo, e);
        return;
      }
      if ((lemma == "report" || lemma == "say" || lemma == "announce" || lemma == "project" ||
           lemma == "allege" || lemma == "claim" || lemma == "estimate" || lemma == "state" ||
           lemma == "confirm" || lemma == "reveal") &&
          cue + 2 < e && s_.Is(cue + 1, "to") && s_.IsWord(cue + 2) && !s_.Cap(cue + 2) &&
          !s_.Has(cue + 2, kLexDeterminer | kLexPronoun))
        PassiveRaised(cue, lo, e);
      return;
    }
    // Phrasal cues: "called for", "pointed out", "referred to", "asked for".
    int cue_end = cue + 1;
    if (cue + 1 < e && ((lemma == "call" && s_.Is(cue + 1, "for")) ||
                        (lemma == "ask" && s_.Is(cue + 1, "for")) ||
                        (lemma == "point" && s_.Is(cue + 1, "out")) ||
                        (lemma == "refer" && s_.Is(cue + 1, "to")))) {
      cue_end = cue + 2;
    } else if (lemma == "point" || lemma == "refer") {
      return;
    }
    SourceRange src = s_.SubjectBefore(head, lo);
    bool relative = src.ok() && src.end + 1 < cue && s_.IsPunct(src.end, ',') &&
                    s_.Is(src.end + 1, "who");
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
      return;
    }
    if (!src.ok() && head - 1 > lo && (s_.Is(head - 1, "and") || s_.Is(head - 1, "but"))) {
      src = CoordinatedSubject(head - 1, lo);
    }
    bool inverted = false;
    int after = cue_end;
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
    // Relay: "X quoted Y as saying …", "X cited Y as saying …", "X reported
    // its source said …".
    SourceRange via;
    if (!inverted && (lemma == "report" || lemma == "claim")) {
      SourceRange inner = s_.NounPhraseForward(cue + 1, e, false);
      if (inner.ok() && inner.end < e && s_.IsCueVerbForm(inner.end) &&
          s_.Has(inner.begin, kLexDeterminer | kLexRoleNoun)) {
        via = src;
        src = inner;
        after = inner.end + 1;
      }
    }
    if (!via.ok() && !inverted && !RelayedSpeaker(cue, e, &src, &via, &after)) return;
    int k = s_.SkipComplements(after, e, via.ok() ? CueClass::kSay : entry->cue);
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
    int first_src = src.begin;
    // "“Why wait?” Lopez asked reporters." / "“… act!” Macron told the world
    // on Thursday.": the sentence break after ?/! cut the quote off its tail.
    if (!inverted && !via.ok() && first_src == s && QuoteBeforeTail(s, cue_end, e)) {
      int qi = t_[s - 1].quote;
      Span content = QuoteContent(qi);
      if (content.empty()) return;
      Emit(&src, cue, cue_end, lemma, content, AttributionKind::kDirect, 0.9f);
      std::erase_if(*orphans_, [&](const OrphanQuote& o) {
        return o.paragraph == index_ && o.content.start == content.start;
      });
      Claim(s, e);
      next_ = e;
      return;
    }
    // "Rathbun stated," / "Graham continued:" closing the sentence: the quote
    // follows in the next sentence or paragraph.
    if (!inverted && k >= e && (s_.IsPunct(e - 1, ':') || s_.IsPunct(e - 1, ','))) {
      AttributionCandidate& c = Emit(&src, cue, cue_end, lemma, Span{}, AttributionKind::kDirect, 0.6f);
      c.introducer = true;
      if (via.ok()) c.attribution.via = Span{t_[via.begin].start, t_[via.end - 1].end};
      Claim(first_src, e);
      next_ = e;
      return;
    }
    if (entry->flags & kLexQuoteOnly) {
      // Only "X continued, “…”" / "X defended: “…”".
      if (k >= e || !s_.IsOpenQuote(k)) return;
    }
    // Tail reading: ", SOURCE CUE." with the content before.
    bool tail = inverted || s_.IsTailEnd(k, e);
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
        } else if (s_.IsOpenQuote(j + 1) && kind == AttributionKind::kDirect) {
          int q2 = t_[j + 1].quote;
          (*out_)[me].attribution.content.end = QuoteContent(q2).end;
          int end2 = p_.quotes[q2].close < 0 ? e : p_.quotes[q2].close + 1;
          Claim(j + 1, end2);
          next_ = end2;
        }
      }
      return;
    }
    // Parenthetical ", X said," inside a clause: one attribution over the
    // whole clause (the README's interrupted-content convention).
    bool short_adjunct = false;
    if (k < e && s_.IsPunct(k, ',')) {
      int rest = e - (k + 1);
      bool cue_after = false;
      for (int i = k + 1; i < e; ++i) cue_after |= s_.Has(i, kLexCue) && !s_.InQuote(i);
      short_adjunct = rest <= 8 && !cue_after;
    }
    if (short_adjunct && !inverted && first_src - 1 >= lo &&
        (s_.IsPunct(first_src - 1, ',') || s_.IsCloseQuote(first_src - 1))) {
      // "…, police reported Friday morning, local time." is a tail.
      int h = first_src - 1;
      int head_end = s_.IsCloseQuote(h) ? h + 1 : h;
      AttributionKind kind = s_.KindOf(lo, head_end);
      Span content = kind == AttributionKind::kDirect ? QuoteContent(t_[lo].quote)
                                                      : s_.ContentSpan(lo, head_end);
      if (content.empty() || head_end - lo < 3) return;
      Emit(&src, cue, cue_end, lemma, content, kind, 0.7f);
      Claim(lo, e);
      next_ = e;
      return;
    }
    if (!inverted && first_src - 1 > lo && s_.IsPunct(first_src - 1, ',') && k < e &&
        s_.IsPunct(k, ',') && k + 1 < e) {
      int end = s_.ContentEnd(k + 1, e);
      Span content = s_.ContentSpan(lo, end);
      if (content.empty()) return;
      Emit(&src, cue, cue_end, lemma, content, s_.KindOf(lo, end), 0.7f);
      Claim(lo, end);
      next_ = end;
      return;
    }
    // "asked government officials how …": the question starts at the wh-word.
    if (lemma == "ask" && cue_end == cue + 1) {
      for (int i = k; i < e && i < k + 6; ++i) {
        if (!s_.IsWord(i)) break;
        if (s_.Is(i, "how") || s_.Is(i, "whether") || s_.Is(i, "why") || s_.Is(i, "what") ||
            s_.Is(i, "when") || s_.Is(i, "if") || s_.Is(i, "where")) {
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
        (s_.Is(k, "to") && !(lemma == "vow" || lemma == "promise" || lemma == "pledge" ||
                             lemma == "urge" || lemma == "ask" || lemma == "call" ||
                             lemma == "encourage" || lemma == "advise" || lemma == "threaten" ||
                             lemma == "recommend" || lemma == "instruct" || lemma == "claim" ||
                             lemma == "admit" || lemma == "deny")) ||
        (entry->cue != CueClass::kObject && !s_.Cap(k) && s_.Word(k).size() > 4 &&
         s_.Word(k).ends_with("ed") && s_.Entry(k) == nullptr) ||
        s_.Is(k, "which") || s_.Is(k, "who") ||
         (entry->cue != CueClass::kObject && !s_.Cap(k) && s_.Word(k).ends_with("ing") &&
          s_.Entry(k) == nullptr && !s_.GerundSubject(k, end)))) {
      // "Obama tweeted using his @POTUS account:" + the quote that follows.
      if (s_.IsPunct(e - 1, ':') && !s_.InQuote(e - 1)) {
        AttributionCandidate& c = Emit(&src, cue, cue_end, lemma, Span{}, AttributionKind::kDirect, 0.6f);
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
      Emit(&src, cue, cue_end, lemma, content, last_kind_, 0.7f);
      Claim(first_src, end);
      next_ = end;
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
    if (((lemma == "call" && cue_end == cue + 1) || lemma == "refer") &&
        last_kind_ == AttributionKind::kIndirect) {
      bool as = false;
      for (int i = k; i < end && !as; ++i) as = s_.Is(i, "as");
      if (!as || lemma == "call") return;
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
    float conf = last_kind_ == AttributionKind::kDirect ? 0.9f : 0.8f;
    AttributionCandidate& c = Emit(&src, cue, cue_end, entry->lemma, content, last_kind_, conf);
    if (via.ok()) c.attribution.via = Span{t_[via.begin].start, t_[via.end - 1].end};
    int claim_end = end;
    if (last_kind_ == AttributionKind::kDirect && s_.IsOpenQuote(k)) {
      const QuoteSpan& q = p_.quotes[t_[k].quote];
      claim_end = q.close < 0 ? e : std::max(end, q.close + 1);
      if (second_quote_ >= 0) {
        int me = static_cast<int>(out_->size()) - 1;
        int q2 = t_[second_quote_].quote;
        EmitShared(me, QuoteContent(q2), AttributionKind::kDirect, 0.85f);
        claim_end = p_.quotes[q2].close < 0 ? e : p_.quotes[q2].close + 1;
      } else if (q.close >= 0) {
        claim_end = q.close + 1;  // "…,” and the city flag is at half-mast"
      }
    }
    Claim(first_src, claim_end);
    next_ = claim_end;
  }

  // "Ivan's condition was on Wednesday reported to not be life-threatening":
  // the whole clause is the content; the source is the by-agent or null.
  void PassiveRaised(int cue, int lo, int e) {
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
         0.6f);
    Claim(a, std::max(end, agent.ok() ? agent.end : end));
    next_ = end;
  }

  // "X was quoted by Y as saying CLAUSE" (source X, via Y) and "X was
  // reported by Y to have …" (source Y, the whole clause). True when emitted.
  bool PassiveByAgent(int cue, int lo, int e, std::string_view lemma) {
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
      AttributionCandidate& out = Emit(&src, cue, cue + 1, "quote", content, last_kind_, 0.8f);
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
      Emit(&by, cue, cue + 1, lemma, content, last_kind_, 0.7f);
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
      Emit(&by, cue, cue + 1, lemma, content, s_.KindOf(a, end), 0.6f);
      Claim(a, end);
      next_ = end;
      return true;
    }
    return false;
  }

  // "…, which state media said were under control", "the bill, which
  // Democrats say would …": the relative pronoun is the subject of the
  // reported clause, so the content is the relative clause, "which"
  // included (the corpus convention). True when emitted.
  bool RelativeReport(int cue, int lo, int e) {
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
    Emit(&src, cue, cue + 1, entry->lemma, content, s_.KindOf(rel, end), 0.7f);
    Claim(rel, end);
    next_ = end;
    return true;
  }

  static bool IsCharacterisation(std::string_view lemma) {
    return lemma == "attack" || lemma == "slam" || lemma == "brand" || lemma == "label" ||
           lemma == "dismiss" || lemma == "hail";
  }

  // "a pattern described by the website as “rather hectic”", "who was
  // described as “reckless” by the police": the by-agent is the source and
  // the characterisation the content. True when emitted.
  bool CharacterisedBy(int cue, int e) {
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
    Emit(&by, cue, cue + 1, lemma, content, kind, 0.7f);
    int claim_end = std::max(end, by.end);
    Claim(cue, claim_end);
    next_ = claim_end;
    return true;
  }

  // "X was quoted as saying …": X is the source; the relay is unstated.
  void QuotedAsSaying(int cue, int aux, int lo, int e) {
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
    Emit(&src, cue, cue + 1, "quote", content, last_kind_, 0.8f);
    Claim(src.begin, end);
    next_ = end;
  }

  // "Buyers were reportedly stocking up …": a source-less report.
  // Not in the lead sentence: there "reportedly" hedges the story's summary,
  // which the body then attributes to its source.
  void Reportedly(int s, int e) {
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
      Emit(nullptr, i, i + 1, "report", content, s_.KindOf(a, end), 0.5f);
      Claim(a, end);
      return;
    }
  }

  // "The court has found that …", "District Judge Gray Miller ruled the
  // male-only draft violated …": a court, judge or study subject and a
  // propositional complement. Not "ruled out", "found dead", "ruled against".
  bool CourtFinding(int cue, int lo, int e) const {
    if (cue + 2 >= e || s_.InQuote(cue + 1)) return false;
    if (s_.Has(cue, kLexIng) || s_.Has(cue, kLexBase)) return false;
    bool court = false;
    for (int i = cue - 1; i >= lo && i >= cue - 8; --i) {
      if (!s_.IsWord(i)) break;
      if (s_.Is(i, "court") || s_.Is(i, "judge") || s_.Is(i, "judges") || s_.Is(i, "tribunal") ||
          s_.Is(i, "jury") || s_.Is(i, "justices") || s_.Is(i, "panel") || s_.Is(i, "inquiry") ||
          s_.Is(i, "investigation") || s_.Is(i, "study") || s_.Is(i, "review") ||
          s_.Is(i, "investigators") || s_.Is(i, "audit") || s_.Is(i, "commission"))
        court = true;
    }
    if (!court) return false;
    if (s_.Is(cue + 1, "that")) return true;
    if (s_.Has(cue + 1, kLexPrep) || s_.Is(cue + 1, "out") || s_.Has(cue + 1, kLexAux)) return false;
    // "found the prorogation to be unlawful" / "ruled the draft violated …":
    // a short noun phrase, then "to be" or a finite verb.
    for (int i = cue + 1; i < e && i < cue + 12; ++i) {
      if (!s_.IsWord(i) && !s_.IsPunct(i, '\'') && !s_.IsPunct(i, '-')) return false;
      if (i > cue + 1 && s_.Is(i, "to") && i + 1 < e && s_.Is(i + 1, "be")) return true;
      if (i > cue + 1 && (s_.Has(i, kLexAux) || VerbLike(i))) return true;
    }
    return false;
  }

  // True for a finite verb form that may follow a subject: "blamed", "has",
  // "told", "made".
  bool VerbLike(int i) const {
    if (!s_.IsWord(i) || s_.Cap(i) || s_.InQuote(i)) return false;
    if (s_.Has(i, kLexAux) || s_.IsCueVerbForm(i)) return true;
    std::string_view w = s_.Word(i);
    if (w.size() > 4 && w.ends_with("ed") && s_.Entry(i) == nullptr) return true;
    for (std::string_view v : {"made", "held", "gave", "took", "won", "lost", "led", "met",
                               "left", "sent", "brought", "began", "kept", "found", "spoke",
                               "wrote", "went", "came", "put", "set", "became"})
      if (w == v) return true;
    return false;
  }

  // "Pompeo blamed Iran for the attacks, saying there was …" / "…, telling
  // reporters …": a participle after a main clause with no attribution of its
  // own shares that clause's subject.
  void MainClauseParticiple(int cue, int lo, int e) {
    int comma = cue - 1;
    for (int v = lo + 1; v < comma && v < lo + 10; ++v) {
      if (s_.IsPunct(v, ',') || s_.InQuote(v)) return;
      if (!VerbLike(v)) continue;
      SourceRange src = s_.SubjectBefore(v, lo);
      if (!src.ok() || src.begin != lo || src.end > v || !PlausibleSubject(src, lo)) return;
      if (!(s_.Cap(src.end - 1) || s_.Has(src.end - 1, kLexPronoun | kLexRoleNoun | kLexOrgWord |
                                                         kLexPlural | kLexDocNoun)))
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
      Emit(&src, cue, cue + 1, entry->lemma, content, last_kind_, 0.7f);
      Claim(cue, end);
      next_ = end;
      return;
    }
  }

  // "Russia demanded … and accused …": the subject of the first verb.
  SourceRange CoordinatedSubject(int conj, int lo) const {
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
      bool past = w.ends_with("ed") || w == "gave" || w == "made" || w == "took" || w == "met" ||
                  w == "held" || w == "sent";
      if (s_.IsWord(i) && !s_.Cap(i) && (past || w.ends_with("s")) &&
          !s_.Has(i, kLexPrep | kLexDeterminer) &&
          (s_.Cap(i - 1) || s_.Has(i - 1, kLexPronoun) ||
           (past && !s_.InQuote(i - 1) && s_.Has(i - 1, kLexOrgWord | kLexRoleNoun | kLexPlural)))) {
        int a = s_.NounPhraseBack(i, lo);
        bool named = s_.Cap(i - 1) || s_.Has(i - 1, kLexPronoun) ||
                     (a < i && (s_.Cap(a) || s_.Has(a, kLexDeterminer)) && !s_.IsDigitWord(a));
        if (a < i && named && s_.ClauseStartsAt(a, lo)) return {a, i, a, i};
      }
    }
    return {};
  }

  void AccordingTo(int cue, int s, int e) {
    const int width = s_.Is(cue, "per") ? 1 : 2;
    SourceRange src = s_.NounPhraseForward(cue + width, e, true);
    if (!src.ok()) return;
    // "According to Reuters, the minister resigned.": at the sentence start
    // an apposition must close with a comma, or it is the reported clause.
    if (src.head_begin == src.begin && src.head_end < src.end &&
        (src.end >= e || !s_.IsPunct(src.end, ','))) {
      bool initial = true;
      for (int i = s; i < cue && initial; ++i)
        initial = s_.IsWord(i) && (s_.Is(i, "but") || s_.Is(i, "and") || s_.Has(i, kLexSkip));
      if (initial) src.end = src.head_end;
    }
    // "…, according to a tweet on Monday by US Secretary of State Mike
    // Pompeo.": prepositional phrases up to the end belong to the source.
    bool after_comma = cue - 1 > s && (s_.IsPunct(cue - 1, ',') ||
                                       (s_.IsCloseQuote(cue - 1) && s_.IsPunct(cue - 2, ',')));
    if (src.end < e && after_comma && s_.Has(src.end, kLexPrep)) {
      int k = src.end;
      bool tail = true;
      // Not after a verb the noun phrase swallowed ("the ministry recovered …").
      for (int i = src.begin; i < src.end && tail; ++i)
        tail = !(s_.IsWord(i) && !s_.Cap(i) && s_.Word(i).size() > 4 && s_.Word(i).ends_with("ed"));
      while (k < e && !s_.IsFinal(k)) {
        if (k - src.end > 14 || !(s_.IsWord(k) || s_.IsPunct(k, '(') || s_.IsPunct(k, ')')) ||
            s_.InQuote(k) || s_.Has(k, kLexAux | kLexBoundary) ||
            (s_.Has(k, kLexCue) && !s_.Has(k, kLexNounToo))) {
          tail = false;
          break;
        }
        ++k;
      }
      if (tail && k > src.end) src.end = k;
    }
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
               (after + 1 < e && s_.IsPunct(after, ',') && s_.IsTailEnd(after, e))) {
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
    } else if (cue - 1 > s && (s_.Is(cue - 1, "and") || s_.Is(cue - 1, "but")) &&
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
    Emit(&src, cue, cue + width, width == 1 ? "per" : "according to", content, kind, 0.8f);
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
      o.whole_paragraph = i == 0 && e == static_cast<int>(t_.size()) &&
                          p_.sentences.size() == 1;
      orphans_->push_back(o);
    }
  }

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

SourceMention DescribeSourceTokens(std::string_view text, const ParagraphTokens& paragraph,
                                   int begin, int end) {
  std::vector<uint8_t> claimed;  // DescribeSource does not read it
  SentenceScanner s(text, paragraph, claimed);
  SourceRange r{begin, end, begin, end};
  for (int i = begin + 1; i < end; ++i) {
    if (s.IsPunct(i, ',') || s.IsPunct(i, '(')) {
      r.head_end = i;
      break;
    }
  }
  return DescribeSource(s, r);
}

void AttributionFinder::FindInParagraph(std::string_view text,
                                        const ParagraphTokens& paragraph,
                                        int paragraph_index,
                                        std::vector<AttributionCandidate>* out,
                                        std::vector<OrphanQuote>* orphans) {
  if (paragraph_index == 0) lead_pending_ = true;
  ParagraphFinder finder(text, paragraph, paragraph_index, claimed_, &lead_pending_, out,
                         orphans);
  finder.Run();
}

}  // namespace claimgraph::ingest
