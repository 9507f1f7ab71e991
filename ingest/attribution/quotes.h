// Quotation spans and sentences of one paragraph, computed over its tokens.
// Quotes never run past their paragraph: a quote left open at the end of a
// paragraph either continues in the next one (which reopens it, the news
// convention for long quotes) or is cut at the paragraph end, so a stray mark
// cannot swallow the article.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_QUOTES_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_QUOTES_H_

#include <string_view>
#include <vector>

#include "ingest/extraction.h"
#include "text/text_scan.h"

namespace claimgraph::ingest {

// A top-level quotation inside one paragraph. Token indexes are into the
// paragraph's tokens; `close` is -1 when the paragraph ends inside the quote.
struct QuoteSpan {
  int open = 0;
  int close = -1;
  QuoteFamily family = QuoteFamily::kNone;
  bool continues = false;  // open at paragraph end and the next paragraph reopens
  Span inner;              // bytes between the marks (to the paragraph end if open)
};

// A sentence: token range [begin, end).
struct Sentence {
  int begin = 0;
  int end = 0;
};

// One paragraph, analysed. Reused across paragraphs and documents.
struct ParagraphTokens {
  Span span;
  std::vector<Token> tokens;
  std::vector<QuoteSpan> quotes;
  std::vector<Sentence> sentences;
};

// Tokenizes text[span] (the mark of a plural possessive folded into its word:
// "the farmers' union"), pairs its quotation marks (setting Token::quote on
// every token inside a top-level quote, marks included) and splits it into
// sentences.
void AnalyzeParagraph(std::string_view text, Span span, const Lexicon& lexicon,
                      ParagraphTokens* out);

// True when the paragraph starts with an opening mark of `family`.
bool StartsWithQuote(const ParagraphTokens& paragraph, QuoteFamily family);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_QUOTES_H_
