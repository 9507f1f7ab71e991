// Internal to ingest/attribution/: the token-pattern helpers the attribution
// finder reads one sentence with (words, lexicon flags, capitals, quotes),
// and the noun-phrase, subject and content-boundary searches built on them.
// Indexes are token positions in the paragraph (ParagraphTokens::tokens).
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_SENTENCE_SCANNER_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_SENTENCE_SCANNER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest/attribution/attribution_finder.h"
#include "ingest/attribution/quotes.h"
#include "ingest/attribution/speaker_words.h"
#include "text/lexicon.h"
#include "text/text_scan.h"

namespace claimgraph::ingest::internal {

inline bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c != lower[i]) return false;
  }
  return true;
}

inline bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A source range found around a cue: tokens [begin, end) with the naming head
// [head_begin, head_end) (the part before an apposition).
struct SourceRange {
  int begin = -1;
  int end = -1;
  int head_begin = -1;
  int head_end = -1;
  bool ok() const { return begin >= 0 && end > begin; }
};

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
  // True when word i, ASCII-lowercased, is a word of the list named `list`
  // in data/word_lists.txt (text/lexicon.h WordLists).
  bool IsIn(int i, std::string_view list) const;
  bool IsPunct(int i, char c) const {
    return t_[i].kind == TokenKind::kPunct && t_[i].punct == c;
  }
  bool IsFinal(int i) const {
    return t_[i].kind == TokenKind::kPunct &&
           (t_[i].punct == '.' || t_[i].punct == '!' || t_[i].punct == '?');
  }
  // "WHO", "IT": an acronym, not the function word it spells.
  bool AllCapsWord(int i) const;
  // "also", "further", "later", "repeatedly": an adverb that may sit between
  // a comma and a participle cue ("…, further saying …"); not a noun of the
  // list not_adverb ("rally", "family").
  bool IsAdverb(int i) const {
    if (!IsWord(i) || Cap(i) || InQuote(i) || Has(i, kLexAux | kLexPronoun | kLexCue)) return false;
    if (Has(i, kLexPrep | kLexDeterminer)) return false;  // "in turn", "both"
    return Has(i, kLexSkip) ||
           (Word(i).size() > 4 && Word(i).ends_with("ly") && !IsIn(i, "not_adverb"));
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
  uint32_t Flags(int i) const;
  // Whether token i opens a sentence (after a sentence end, a colon, a
  // dash, a bullet or an opening quotation mark that does).
  bool SentenceInitial(int i) const;
  bool Has(int i, uint32_t flag) const { return (Flags(i) & flag) != 0; }
  bool Cap(int i) const;
  bool InQuote(int i) const { return t_[i].quote >= 0; }
  bool IsOpenQuote(int i) const {
    return t_[i].kind == TokenKind::kQuote && t_[i].quote >= 0 &&
           p_.quotes[t_[i].quote].open == i;
  }
  bool IsCloseQuote(int i) const {
    return t_[i].kind == TokenKind::kQuote && t_[i].quote >= 0 &&
           p_.quotes[t_[i].quote].close == i;
  }
  // A lower-case word of five letters or more ending in "-ed": a past form or
  // participle by its spelling ("released", "conducted").
  bool LooksPastForm(int i) const {
    return IsWord(i) && !Cap(i) && Word(i).size() > 4 && Word(i).ends_with("ed");
  }
  // Whether a token of [a, b) is the lower-case word `lower` ("referred to
  // X as Y": an "as" in the content).
  bool WordIn(int a, int b, std::string_view lower) const {
    for (int i = a; i < b; ++i)
      if (Is(i, lower)) return true;
    return false;
  }
  // "to" before a bare lower-case word ("to determine", "to build"), not a
  // phrase ("to the press", "to him", "to Washington", "to reporters").
  bool InfinitiveAt(int i, int hi) const {
    return Is(i, "to") && i + 1 < hi && IsWord(i + 1) && !Cap(i + 1) && !IsDigitWord(i + 1) &&
           !Has(i + 1, kLexDeterminer | kLexPronoun | kLexPrep | kLexPlural) &&
           !(Word(i + 1).ends_with("s") && !Word(i + 1).ends_with("ss"));
  }
  // A lower-case web site's name ("ouest-france.fr"; speaker_words.h).
  bool IsWebDomain(int i) const {
    return IsWord(i) && !Cap(i) && !t_[i].abbreviation && speaker_words::IsWebDomain(Word(i));
  }
  bool IsDigitWord(int i) const {
    return IsWord(i) && text_[t_[i].start] >= '0' && text_[t_[i].start] <= '9';
  }
  const LexEntry* Entry(int i) const { return IsWord(i) ? t_[i].entry : nullptr; }

  // "She went on to say …", "He continued by noting …": the verb heading a
  // chain that ends on the cue at i (its subject is the speaker's), or i.
  int ChainHead(int i) const;

  // A cue verb usable at i: a cue form not used as a noun ("the claim").
  bool IsCue(int i, int lo) const;

  // True when the noun phrase before i, not before lo, has a plural head
  // before its first preposition ("Officials in the city say", "Sources close
  // to her campaign say") or is a share of a group ("One in five say", "a
  // third of them say").
  bool PluralHeadBefore(int i, int lo) const;

  // True when the words before i, not before lo, end two capitalised names
  // joined by "and" ("Forbes and Wealth-X"): a plural subject.
  bool AfterJointName(int i, int lo) const;

  // --- source noun phrases ------------------------------------------------

  // The noun phrase ending just before `end`, not before `lo`: returns its first
  // token, or `end` when there is none.
  int NounPhraseBack(int end, int lo) const;

  // True when a subject may start at `a`: sentence start or a clause boundary.
  bool ClauseStartsAt(int a, int lo) const;

  // True when the words [comma + 1, end) after the comma at `comma` are a
  // place the gazetteer knows and the words before the comma capitalised
  // ones a locative_preposition or "of" opens: the state or country of a
  // city ("a salesman from Sumter, South Carolina"), no subject of its own.
  bool StateAfterCity(int comma, int end) const;

  bool AllCapitalized(int a, int b) const {
    for (int i = a; i < b; ++i)
      if (!Cap(i) && !Is(i, "of") && !Is(i, "and") && !Is(i, "al") && !IsPunct(i, '(') &&
          !IsPunct(i, ')'))
        return false;
    return b > a;
  }

  // A lower-case "-ing" word of six letters or more that the lexicon knows
  // as nothing else: a participle ("helping", "trying").
  bool Participle(int i) const {
    return IsWord(i) && !Cap(i) && Word(i).size() > 5 && Word(i).ends_with("ing") &&
           (Entry(i) == nullptr || Has(i, kLexIng));
  }

  // "South Carolina director for Sanders", "Sanders' campaign manager",
  // "Panama coach": a lower-case role noun or title that ends [a, b) or is
  // followed by a preposition, so that no name follows it ("White House
  // spokesman Josh Earnest" is not).
  bool RoleWithoutName(int a, int b) const {
    for (int i = a; i < b; ++i)
      if (IsWord(i) && !Cap(i) && Has(i, kLexRoleNoun | kLexTitle) &&
          (i + 1 == b || (IsWord(i + 1) && Has(i + 1, kLexPrep) && !Has(i + 1, kLexDeterminer))))
        return true;
    return false;
  }

  // The apostrophe of a plural possessive ("Sanders' campaign"): a single
  // mark glued to a word ending in "s" and followed by a lower-case word.
  bool PluralPossessiveMark(int i) const {
    return t_[i].kind == TokenKind::kQuote && t_[i].family != QuoteFamily::kDouble &&
           t_[i].dir != QuoteDir::kOpen && i > 0 && IsWord(i - 1) &&
           t_[i - 1].end == t_[i].start && Word(i - 1).ends_with("s") &&
           i + 1 < static_cast<int>(t_.size()) && IsWord(i + 1) && !Cap(i + 1) &&
           t_[i + 1].start > t_[i].end;
  }

  bool HasNoun(int a, int b, uint32_t flags) const {
    for (int i = a; i < b; ++i)
      if (Has(i, flags)) return true;
    return false;
  }

  // The subject of the cue at `cue`: "Power", "General Joe Dunford, chairman
  // of …,", "The US ambassador to the United Nations, Samantha Power,"; a
  // personal pronoun after a comma alone ("To voters who …, I say"): what
  // comes before it is a fronted phrase, no part of the source.
  SourceRange SubjectBefore(int cue, int lo) const;
  // SubjectBefore without the fronted-phrase rule.
  SourceRange SubjectSpanBefore(int cue, int lo) const;
  // A subject with a restrictive relative clause right before the cue's
  // position `b`, no comma between: "Executives who have worked with him
  // say", "The officials whose laws were struck down say"; its head is the
  // antecedent. Not ok when there is none.
  SourceRange RelativeSubject(int b, int lo) const;
  // Whether a base-form cue at i follows such a subject with a plural head
  // ("Executives who worked with him say").
  bool PluralRelativeSubject(int i, int lo) const;

  // The noun phrase starting at `a` (inverted "said Smith", "according to X",
  // "quoted X as saying"), with a following apposition when `apposition`.
  SourceRange NounPhraseForward(int a, int hi, bool apposition) const;

  // --- complements between the cue and its content -----------------------

  // Skips what sits between a cue and its content: the object of "told",
  // time and venue ("on Saturday", "in an emailed statement"), "that", ':'.
  int SkipComplements(int j, int hi, CueClass cue) const;
  // SkipComplements' reading of a phrase from `j` (after its preposition)
  // that holds a name joined by "and", "of" or "&" ("a filing with the
  // Securities and Exchange Commission that"): the "that" ending it within
  // 14 words, with no cue verb, boundary or punctuation before; else -1.
  int NamedPhraseBeforeThat(int j, int hi) const;

  // End (exclusive) of reported content starting at `k`, not past `hi`.
  int ContentEnd(int k, int hi) const;
  // Whether the sentence of `k` opens with a fronted_subordinator
  // ("Although", "While", "Even though") and no comma comes between it and `k`.
  bool InFrontedClause(int k) const;
  // Whether a main clause starts at `n`: a subject (a pronoun, determiner or
  // capitalised word within ten words, or a plural of people at `n`), no
  // relative pronoun before it, and its verb (ClauseVerbAfter).
  bool MainClauseAt(int n, int hi) const;

  // The finite verb of a clause whose subject starts at a ("the group
  // strongly denounced", "he is", "the court ruled"): an auxiliary, a past
  // form or a cue after a noun phrase of at most a dozen words; or -1.
  int ClauseVerbAfter(int a, int hi) const;

  // "X commented on the matter — ASIDE — “…”": the quote after an aside
  // between dashes that follows the cue's complements at k; else k.
  int QuoteAfterAside(int k, int hi) const;

  // "the crisis the worst in decades", "it a disgrace", "Smith a liar" at
  // [k, end): an object noun phrase, then a noun phrase labelling it.
  bool LabelAfterObject(int k, int end) const;

  // "said naming the virus after Wuhan would place …", "said buying came
  // mainly from …": the -ing word at k opens a clause whose verb follows (an
  // auxiliary, or a past form right after it; not "tweeted using his
  // account", "said citing unnamed sources").
  bool GerundSubject(int k, int end) const;

  // End of a short subject-like noun phrase starting at a, or a.
  int NounPhraseEnd(int a, int hi) const;

  bool IsCueVerbForm(int i) const {
    const LexEntry* e = Entry(i);
    return e != nullptr && (e->flags & kLexCue) && !(e->flags & kLexNounToo) &&
           !(e->flags & kLexBase) && e->cue != CueClass::kAccordingTo && !InQuote(i);
  }

  // Bytes of tokens [a, b) with trailing sentence punctuation outside quotes,
  // commas, colons and dashes dropped.
  Span ContentSpan(int a, int b) const;

  // Kind of content [a, b): direct when it is exactly one quote, mixed when it
  // holds quoted parts, indirect otherwise.
  AttributionKind KindOf(int a, int b) const;

  // True when [i, hi) holds nothing that could be content: sentence-final
  // punctuation, or a subordinate clause ("as he flew back from …").
  bool IsTailEnd(int i, int hi) const;

  const std::vector<Token>& tokens() const { return t_; }
  const ParagraphTokens& paragraph() const { return p_; }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  const ParagraphTokens& p_;
  const std::vector<Token>& t_;
  std::vector<uint8_t>& claimed_;
};

}  // namespace claimgraph::ingest::internal

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_SENTENCE_SCANNER_H_
