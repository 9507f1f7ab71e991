// Tokens of one paragraph, produced by a single hand-written pass over UTF-8
// bytes. Quotation marks are classified here (opening, closing, or either) so
// that apostrophes (Russia’s, couldn’t, Tillerson's) never reach the quote
// pairing as closing marks.
#ifndef CLAIMGRAPH_TEXT_TEXT_SCAN_H_
#define CLAIMGRAPH_TEXT_TEXT_SCAN_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/lexicon.h"

namespace claimgraph::ingest {

enum class TokenKind : uint8_t { kWord, kPunct, kQuote };

// Quotation mark families: marks only pair within a family.
enum class QuoteFamily : uint8_t { kNone, kDouble, kSingle, kGuillemet };
enum class QuoteDir : uint8_t { kNone, kOpen, kClose, kEither };

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  QuoteFamily family = QuoteFamily::kNone;
  QuoteDir dir = QuoteDir::kNone;
  char punct = 0;          // ASCII punctuation char; '-' for dashes, '.' for '…'
  bool capitalized = false;  // first letter upper case
  bool abbreviation = false;  // ends in a '.' that does not end a sentence
  bool possessive = false;    // ends in 's / ’s / s'
  uint32_t lex = 0;           // lexicon flags (kLex* in lexicon.h)
  const LexEntry* entry = nullptr;  // lexicon entry, nullptr when unknown
  int32_t quote = -1;         // index of the enclosing top-level quote, or -1
};

// Splits text[begin, end) into tokens, appending to `out` (cleared first).
// Reuses `out`'s capacity: no allocation once it has grown.
void Tokenize(std::string_view text, uint32_t begin, uint32_t end,
              const Lexicon& lexicon, std::vector<Token>* out);

// The same without the lexicon: the same tokens, with no `lex` or `entry`,
// except that a period after a word only the lexicon knows as an
// abbreviation ("Mr.", "Gen.") is a token of its own. For readers that split
// the words further (text/name_words.h, text/claim_words.h).
void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* out);

// True for bytes that start an upper-case letter (ASCII, or Latin-1/Latin
// Extended capitals, Greek and Cyrillic capitals).
bool StartsUpper(std::string_view text, uint32_t pos);

// Whether `word` opens as a party and state label of US news ("R-Utah",
// "D-N.Y.", "I-Vt."): R, D or I, a hyphen and a capital.
bool IsPartyStateLabel(std::string_view word);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_TEXT_TEXT_SCAN_H_
