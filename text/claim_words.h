// Words of a claim as the contradiction detector compares them: the tokens of
// text/'s one tokenizer (text_scan.h), split where the detector wants finer
// words, with the lower-case form and the stem computed once per word.
#ifndef CLAIMGRAPH_TEXT_CLAIM_WORDS_H_
#define CLAIMGRAPH_TEXT_CLAIM_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/stemmer.h"

namespace claimgraph::ingest {

struct ClaimWord {
  std::string lower;  // ASCII lower case, possessive 's dropped
  std::string stem;   // Snowball stem of `lower` (== lower for punctuation, "n't")
  uint32_t start = 0, end = 0;  // byte offsets in the text
  bool punct = false;        // one of , ; : . ? !
  bool capitalised = false;  // first letter upper case (ASCII)
  bool all_upper = false;    // no ASCII lower-case letter: "US", "SDF", "IS"
  // Free for the consumer to cache a lookup per word (the detector: its
  // lexicon tables with an entry starting with `stem`). ClaimWords sets ~0u.
  uint32_t tables = ~0u;
};

// The words of `text`: each word token of Tokenize split further at inner
// periods other than "U.S." and "1.5", at colons ("3:30"), ampersands and
// apostrophes or hyphens not followed by an ASCII letter or digit;
// "wasn't" becomes "was" + "n't" ("can't" -> "can", "won't" -> "will"), a
// final "'s" is dropped, and a period ending "U.S." belongs to the word. The
// punctuation , ; : . ? ! are words of their own ("..." is three); quotes,
// dashes and other punctuation are not words.
std::vector<ClaimWord> ClaimWords(std::string_view text, Stemmer& stemmer);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_TEXT_CLAIM_WORDS_H_
