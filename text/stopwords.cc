#include "text/stopwords.h"

#include <algorithm>
#include <array>
#include <cstdint>
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

// A word of at most 8 bytes packed into a uint64 (byte i = character i, zero
// padded): NUL never occurs in text, so packing is one-to-one and a lookup is
// one multiply and usually one compare instead of a binary search over strings.
constexpr uint64_t Pack(std::string_view word) {
  uint64_t key = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    key |= uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
  }
  return key;
}

constexpr int kSlotBits = 9;  // 512 slots for 121 words: short probe runs
constexpr std::size_t Slot(uint64_t key) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits));
}

struct StopWordTable {
  uint64_t slots[1 << kSlotBits] = {};  // 0 = empty
  constexpr StopWordTable() {
    for (std::string_view w : kStopWords) {
      std::size_t i = Slot(Pack(w));
      while (slots[i] != 0) i = (i + 1) & ((1 << kSlotBits) - 1);
      slots[i] = Pack(w);
    }
  }
};
constexpr StopWordTable kTable;

}  // namespace

bool IsStopWord(std::string_view word) {
  if (word.empty() || word.size() > 8) return false;
  uint64_t key = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    key |= uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
  }
  // Lower-case the ASCII capitals of all eight bytes at once: a byte is one
  // when its low seven bits are >= 'A' and <= 'Z' and its high bit is clear.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t low7 = key & ~kHigh;
  const uint64_t at_least_a = low7 + kOnes * (0x80 - 'A');
  const uint64_t above_z = low7 + kOnes * (0x7F - 'Z');
  const uint64_t upper = (at_least_a & ~above_z & ~key) & kHigh;
  key |= upper >> 2;  // 0x80 >> 2 == 0x20
  return IsStopWordPacked(key);
}

bool IsStopWordPacked(uint64_t key) {
  if (key == 0) return false;
  for (std::size_t i = Slot(key);; i = (i + 1) & ((1 << kSlotBits) - 1)) {
    if (kTable.slots[i] == key) return true;
    if (kTable.slots[i] == 0) return false;
  }
}

}  // namespace claimgraph::ingest
