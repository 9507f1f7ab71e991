// Word folding shared by near-duplicate fingerprints and entity keys.
// Internal to ingest/.
#ifndef CLAIMGRAPH_TEXT_TEXT_FOLD_H_
#define CLAIMGRAPH_TEXT_TEXT_FOLD_H_

#include <string>
#include <string_view>

namespace claimgraph::ingest {

// NFKC case folding, then combining marks (diacritics) removed: "Zoë", "ZOE"
// and "zoe" all give "zoe". ASCII input takes a fast path. Thread-safe.
std::string FoldWord(std::string_view word);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_TEXT_TEXT_FOLD_H_
