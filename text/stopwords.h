// English function words (the "stop" list of data/word_lists.txt), used by
// layout (prose density) and entity mention detection (sentence-initial
// capitals).
#ifndef CLAIMGRAPH_TEXT_STOPWORDS_H_
#define CLAIMGRAPH_TEXT_STOPWORDS_H_

#include <cstdint>
#include <string_view>

namespace claimgraph::ingest {

// True when `word` (any case, ASCII) is an English function word: articles,
// pronouns, auxiliaries, prepositions, conjunctions. Thread-safe.
bool IsStopWord(std::string_view word);

// The same for a word of at most 8 bytes, already lower case, packed into a
// uint64 (byte i = character i, zero padded): for callers that hold the word
// that way and would otherwise pay for packing it again. Thread-safe.
bool IsStopWordPacked(uint64_t packed);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_TEXT_STOPWORDS_H_
