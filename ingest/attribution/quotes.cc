#include "ingest/attribution/quotes.h"

namespace claimgraph::ingest {
namespace {

bool IsSentenceFinal(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.punct == '.' || t.punct == '!' || t.punct == '?');
}

// Folds the mark of a plural possessive before a name into its word: "the
// Catholic Bishops' Conference", "the United Nations' Food and Agriculture
// Organization". A single closing mark straight after a word in s, with a
// capitalised word after it, is an apostrophe unless a single quotation is
// open before it in the paragraph (then it closes that: 'a betrayal of
// Democrats' Ms. Ruiz said). Without this the mark cut a name in two.
// (Before a lower-case word the mark stays: the readers of clauses take
// "the countries' plans" apart at it.)
void FoldPluralPossessives(std::string_view text, std::vector<Token>& tokens) {
  bool single_open = false;
  size_t out = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kQuote && t.family == QuoteFamily::kSingle) {
      const bool apostrophe = !single_open && t.dir == QuoteDir::kClose && out > 0 &&
                              tokens[out - 1].kind == TokenKind::kWord &&
                              tokens[out - 1].end == t.start &&
                              (text[t.start - 1] == 's' || text[t.start - 1] == 'S') &&
                              i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kWord &&
                              tokens[i + 1].capitalized;
      if (apostrophe) {
        tokens[out - 1].end = t.end;
        tokens[out - 1].possessive = true;
        continue;
      }
      single_open = t.dir == QuoteDir::kClose ? false : !single_open || t.dir == QuoteDir::kOpen;
    }
    tokens[out++] = t;
  }
  tokens.resize(out);
}

// Pairs quotation marks left to right. One level of nesting of another family
// is tracked so that ‘inner’ marks inside “outer” ones do not close it.
void PairQuotes(std::string_view text, std::vector<Token>& tokens,
                uint32_t paragraph_end, std::vector<QuoteSpan>* quotes) {
  quotes->clear();
  int open = -1;
  QuoteFamily family = QuoteFamily::kNone;
  QuoteFamily nested = QuoteFamily::kNone;
  // Records the quote opened at `open`; `last` is its last token.
  auto finish = [&](int close_index, int last, uint32_t inner_end) {
    QuoteSpan q;
    q.open = open;
    q.close = close_index;
    q.family = family;
    q.inner.start = tokens[open].end;
    q.inner.end = inner_end;
    for (int i = open; i <= last; ++i) tokens[i].quote = static_cast<int>(quotes->size());
    quotes->push_back(q);
    open = -1;
    nested = QuoteFamily::kNone;
  };
  for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kQuote) continue;
    if (open < 0) {
      // A closing-only mark outside a quote is an apostrophe or a stray mark.
      if (t.dir == QuoteDir::kOpen ||
          (t.dir == QuoteDir::kEither && t.family == QuoteFamily::kDouble)) {
        open = i;
        family = t.family;
      }
      continue;
    }
    if (t.family == family) {
      bool straight = text[t.start] == '"' || text[t.start] == '\'';
      if (t.dir == QuoteDir::kOpen && !straight) {
        // ‘a … ‘b: the first quote was never closed; restart at the new mark.
        finish(-1, i - 1, t.start);
        open = i;
        family = t.family;
        continue;
      }
      finish(i, i, t.start);
      continue;
    }
    if (nested == QuoteFamily::kNone) {
      if (t.dir == QuoteDir::kOpen ||
          (t.dir == QuoteDir::kEither && t.family == QuoteFamily::kDouble)) {
        nested = t.family;
      }
    } else if (t.family == nested && t.dir != QuoteDir::kOpen) {
      nested = QuoteFamily::kNone;
    }
  }
  if (open >= 0) finish(-1, static_cast<int>(tokens.size()) - 1, paragraph_end);
}

void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    std::vector<Sentence>* sentences) {
  sentences->clear();
  const int n = static_cast<int>(tokens.size());
  int begin = 0;
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    int cut = -1;  // last token of the sentence
    if (t.kind == TokenKind::kQuote && t.quote >= 0 && i + 1 < n &&
        tokens[i + 1].quote != t.quote && i > 0 && IsSentenceFinal(tokens[i - 1])) {
      // A closing mark after .?! ends the sentence when a new one starts:
      // “… question mark.” He said …  /  “… here.” “Next …
      const Token& next = tokens[i + 1];
      if ((next.kind == TokenKind::kWord && next.capitalized) ||
          (next.kind == TokenKind::kQuote && next.dir != QuoteDir::kClose)) {
        cut = i;
      }
    } else if (IsSentenceFinal(t) && t.quote < 0) {
      int j = i + 1;
      while (j < n && tokens[j].kind == TokenKind::kPunct &&
             (tokens[j].punct == ')' || tokens[j].punct == ']' || IsSentenceFinal(tokens[j])))
        ++j;
      if (j >= n) {
        cut = n - 1;
      } else {
        const Token& next = tokens[j];
        bool starts = (next.kind == TokenKind::kWord &&
                       (next.capitalized || (text[next.start] >= '0' && text[next.start] <= '9'))) ||
                      (next.kind == TokenKind::kQuote && next.dir != QuoteDir::kClose) ||
                      (next.kind == TokenKind::kPunct && (next.punct == '(' || next.punct == '['));
        if (starts) cut = j - 1;
      }
    }
    if (cut >= 0) {
      sentences->push_back({begin, cut + 1});
      begin = cut + 1;
      i = cut;
    }
  }
  if (begin < n) sentences->push_back({begin, n});
}

}  // namespace

void AnalyzeParagraph(std::string_view text, Span span, const Lexicon& lexicon,
                      ParagraphTokens* out) {
  out->span = span;
  Tokenize(text, span.start, span.end, lexicon, &out->tokens);
  FoldPluralPossessives(text, out->tokens);
  PairQuotes(text, out->tokens, span.end, &out->quotes);
  SplitSentences(text, out->tokens, &out->sentences);
}

bool StartsWithQuote(const ParagraphTokens& paragraph, QuoteFamily family) {
  return !paragraph.tokens.empty() &&
         paragraph.tokens[0].kind == TokenKind::kQuote &&
         paragraph.tokens[0].family == family &&
         paragraph.tokens[0].dir != QuoteDir::kClose;
}

}  // namespace claimgraph::ingest
