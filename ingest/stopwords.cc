#include "ingest/stopwords.h"

#include <algorithm>
#include <array>
#include <string>

namespace claimgraph::ingest {
namespace {

// Sorted, lower case. Function words only: content words would make headlines
// look like prose.
constexpr std::array<std::string_view, 121> kStopWords = {
    "a",      "about",   "above",   "after",   "against", "all",     "also",
    "am",     "an",      "and",     "any",     "are",     "as",      "at",
    "be",     "because", "been",    "before",  "being",   "below",   "between",
    "both",   "but",     "by",      "can",     "could",   "did",     "do",
    "does",   "down",    "during",  "each",    "either",  "for",     "from",
    "had",    "has",     "have",    "having",  "he",      "her",     "here",
    "hers",   "him",     "his",     "how",     "i",       "if",      "in",
    "into",   "is",      "it",      "its",     "just",    "may",     "me",
    "might",  "more",    "most",    "must",    "my",      "no",      "nor",
    "not",    "now",     "of",      "off",     "on",      "once",    "only",
    "or",     "other",   "our",     "out",     "over",    "shall",   "she",
    "should", "since",   "so",      "some",    "such",    "than",    "that",
    "the",    "their",   "them",    "then",    "there",   "these",   "they",
    "this",   "those",   "though",  "through", "to",      "too",     "under",
    "until",  "up",      "upon",    "us",      "very",    "was",     "we",
    "were",   "what",    "when",    "where",   "whether", "which",   "while",
    "who",    "whom",    "why",     "will",    "with",    "would",   "you",
    "your",   "yours"};
static_assert(std::is_sorted(kStopWords.begin(), kStopWords.end()));

}  // namespace

bool IsStopWord(std::string_view word) {
  if (word.empty() || word.size() > 8) return false;
  char lower[8];
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  }
  return std::binary_search(kStopWords.begin(), kStopWords.end(),
                            std::string_view(lower, word.size()));
}

}  // namespace claimgraph::ingest
