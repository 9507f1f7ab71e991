// Near-duplicate fingerprints of article bodies: copies of one wire story
// republished by several outlets (different page furniture, small edits) get
// SimHash fingerprints a few bits apart; unrelated articles about half the bits.
#ifndef CLAIMGRAPH_INGEST_NEAR_DUPLICATE_H_
#define CLAIMGRAPH_INGEST_NEAR_DUPLICATE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest/extraction.h"

namespace claimgraph::ingest {

// Two bodies whose SimHash fingerprints differ in at most this many bits are
// copies of the same story. 64-bit SimHash over word 3-shingles. Manku, Jain &
// Das Sarma (WWW 2007) used 3 bits for billions of web pages; republished wire
// copies are edited more (an outlet trims the last paragraph, rewrites a word):
// trimming one of eleven paragraphs and one edit moves the AFP story 7 bits.
// Unrelated articles sit around 32 bits; over the 55,611 pairs of the 334
// Wikinews articles the closest pair is 15 bits apart, so 9 leaves a margin on
// both sides (tests/ingest_near_duplicate_test.cc measures and pins this).
inline constexpr int kSameStoryMaxDistance = 9;

// Fewer shingles than this make a fingerprint unreliable (a headline, a
// caption): callers should not match on it. SimHash returns 0 for no words.
inline constexpr int kMinShinglesForMatch = 8;

// The words used for fingerprints: letters and digits, Unicode case-folded,
// NFKC-normalised, diacritics removed; punctuation and quote style ignored.
// Only the bytes inside `paragraphs` are read (pass the layout's paragraphs so
// boilerplate does not count; an empty list means the whole text).
std::vector<std::string> FingerprintWords(std::string_view text,
                                          const std::vector<Span>& paragraphs);

// 64-bit SimHash of the word 3-shingles (xxh64 each, counted with
// multiplicity) of the paragraphs of `text`. Shingles run across paragraph
// boundaries, so re-paragraphing does not change the fingerprint much. A text of
// one or two words is hashed as a single shingle. Pure and thread-safe.
uint64_t SimHash(std::string_view text, const std::vector<Span>& paragraphs);

// Number of differing bits.
int HammingDistance(uint64_t a, uint64_t b);

// SimHash and shingle count in one pass over the body.
struct Fingerprint {
  uint64_t simhash = 0;  // 0 for no words
  int shingles = 0;
};
Fingerprint FingerprintOf(std::string_view text, const std::vector<Span>& paragraphs);

// Number of word 3-shingles SimHash would use.
int ShingleCount(std::string_view text, const std::vector<Span>& paragraphs);

// True when two fingerprints are within kSameStoryMaxDistance bits.
inline bool SameStory(uint64_t a, uint64_t b) {
  return HammingDistance(a, b) <= kSameStoryMaxDistance;
}

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_NEAR_DUPLICATE_H_
