// English function words, used by layout (prose density) and entity mention
// detection (sentence-initial capitals). Internal to ingest/.
#ifndef CLAIMGRAPH_INGEST_STOPWORDS_H_
#define CLAIMGRAPH_INGEST_STOPWORDS_H_

#include <string_view>

namespace claimgraph::ingest {

// True when `word` (any case, ASCII) is an English function word: articles,
// pronouns, auxiliaries, prepositions, conjunctions. Thread-safe.
bool IsStopWord(std::string_view word);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_STOPWORDS_H_
