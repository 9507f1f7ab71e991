#include "ingest/near_duplicate.h"

#include "ingest/text_fold.h"

#include <array>
#include <bit>
#include <memory>
#include <string>

#include "unicode/uchar.h"
#include "unicode/utf8.h"
#include "xxhash.h"

namespace claimgraph::ingest {
namespace {

constexpr int kShingleWords = 3;

void AppendWords(std::string_view s, std::vector<std::string>* words) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t word_start = -1;
  auto flush = [&](int32_t end) {
    if (word_start >= 0) words->push_back(FoldWord(s.substr(word_start, end - word_start)));
    word_start = -1;
  };
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    bool word_char = c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK);
    if (word_char) {
      if (word_start < 0) word_start = at;
    } else {
      flush(at);
    }
  }
  flush(n);
}

}  // namespace

std::vector<std::string> FingerprintWords(std::string_view text,
                                          const std::vector<Span>& paragraphs) {
  std::vector<std::string> words;
  if (paragraphs.empty()) {
    AppendWords(text, &words);
  } else {
    for (const Span& p : paragraphs) {
      if (p.end <= text.size()) AppendWords(p.in(text), &words);
    }
  }
  return words;
}

namespace {

// Calls `word(folded)` for each fingerprint word of `s`, folding ASCII words
// in a reused buffer (no allocation) and others through FoldWord.
template <typename WordFn>
void ForEachWord(std::string_view s, std::string* buffer, const WordFn& word) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t word_start = -1;
  bool ascii = true;
  auto flush = [&](int32_t end) {
    if (word_start < 0) return;
    std::string_view raw = s.substr(word_start, end - word_start);
    if (ascii) {
      buffer->assign(raw);
      for (char& c : *buffer) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      word(std::string_view(*buffer));
    } else {
      std::string folded = FoldWord(raw);
      word(std::string_view(folded));
    }
    word_start = -1;
    ascii = true;
  };
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    if (static_cast<uint8_t>(s[i]) < 0x80) {
      c = static_cast<uint8_t>(s[i++]);
      bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (alnum) {
        if (word_start < 0) word_start = at;
      } else {
        flush(at);
      }
      continue;
    }
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    bool word_char = c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK);
    if (word_char) {
      if (word_start < 0) word_start = at;
      ascii = false;
    } else {
      flush(at);
    }
  }
  flush(n);
}

}  // namespace

Fingerprint FingerprintOf(std::string_view text, const std::vector<Span>& paragraphs) {
  // One pass: each word is hashed once; a shingle's hash is the hash of its
  // three word hashes.
  std::array<int64_t, 64> votes{};
  uint64_t window[kShingleWords] = {};
  std::size_t words = 0;
  std::string buffer;
  auto vote = [&](uint64_t h) {
    for (int bit = 0; bit < 64; ++bit) votes[bit] += ((h >> bit) & 1) ? 1 : -1;
  };
  auto on_word = [&](std::string_view word) {
    window[0] = window[1];
    window[1] = window[2];
    window[2] = XXH64(word.data(), word.size(), 0);
    if (++words >= kShingleWords) vote(XXH64(window, sizeof window, 0));
  };
  if (paragraphs.empty()) {
    ForEachWord(text, &buffer, on_word);
  } else {
    for (const Span& p : paragraphs) {
      if (p.end <= text.size()) ForEachWord(p.in(text), &buffer, on_word);
    }
  }
  Fingerprint out;
  if (words == 0) return out;
  if (words < kShingleWords) {
    // Fewer words than a shingle: the words themselves are the one shingle.
    vote(XXH64(window + (kShingleWords - words), words * sizeof(uint64_t), 0));
    out.shingles = 1;
  } else {
    out.shingles = static_cast<int>(words - kShingleWords + 1);
  }
  for (int bit = 0; bit < 64; ++bit) {
    if (votes[bit] > 0) out.simhash |= uint64_t{1} << bit;
  }
  return out;
}

int ShingleCount(std::string_view text, const std::vector<Span>& paragraphs) {
  return FingerprintOf(text, paragraphs).shingles;
}

uint64_t SimHash(std::string_view text, const std::vector<Span>& paragraphs) {
  return FingerprintOf(text, paragraphs).simhash;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

}  // namespace claimgraph::ingest
