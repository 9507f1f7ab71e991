#include "ingest/near_duplicate.h"

#include "text/char_class.h"
#include "text/text_fold.h"

#include <array>
#include <bit>
#include <cstring>
#include <memory>
#include <string>

#include "unicode/uchar.h"
#include "unicode/utf8.h"
// Inlined xxh64 (same function, same values): two calls per word on short
// inputs, where the call into libxxhash costs as much as the hashing.
#define XXH_INLINE_ALL
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

// ASCII letters and digits: the bytes most words are made of.
bool IsAsciiAlnum(uint8_t c) { return chars::Has(c, chars::kAlpha | chars::kDigit); }

// A fingerprint word character other than ASCII: a letter, digit or
// combining mark (invalid UTF-8, c < 0, is none).
bool IsWordChar(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK);
}

// Calls `word(folded)` for each fingerprint word of `s` (the words
// AppendWords finds), lower-casing ASCII words on the stack or in `buffer`
// (no allocation) and folding others through FoldWord.
template <typename WordFn>
void ForEachWord(std::string_view s, std::string* buffer, const WordFn& word) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  // Short ASCII words are lower-cased here as they are scanned, eight bytes
  // at a time (the last 8 bytes are scratch for those stores).
  constexpr std::size_t kSmall = 64;
  char small[kSmall + 8];
  int32_t i = 0;
  while (i < n) {
    // Skip to the start of a word.
    const int32_t start = i;
    bool ascii = p[i] < 0x80;
    if (ascii) {
      if (!IsAsciiAlnum(p[i])) {
        ++i;
        continue;
      }
    } else {
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (!IsWordChar(c)) continue;
    }
    // A leading run of ASCII letters and digits.
    std::size_t length = 0;
    if (ascii) {
      while (i + 8 <= n) {
        const chars::AsciiRun8 run = chars::ScanAsciiRun8(p + i);
        if (length + 8 <= sizeof small) {
          const uint64_t lower = chars::LowerAscii8(p + i, run.upper);
          std::memcpy(small + length, &lower, sizeof lower);
        }
        length += run.length;
        i += run.length;
        if (run.length < 8) break;
      }
      while (i < n && p[i] < 0x80 && IsAsciiAlnum(p[i])) {
        const char c = static_cast<char>(p[i++]);
        if (length < sizeof small) small[length] = (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
        ++length;
      }
    }
    // The rest, decoded: any other character makes the word non-ASCII.
    while (i < n) {
      if (p[i] < 0x80) {
        if (!IsAsciiAlnum(p[i])) break;
        ++i;
        continue;
      }
      int32_t k = i;
      UChar32 c;
      U8_NEXT(p, k, n, c);
      if (!IsWordChar(c)) break;
      ascii = false;
      i = k;
    }
    const std::string_view raw = s.substr(start, i - start);
    if (!ascii) {
      const std::string folded = FoldWord(raw);
      word(std::string_view(folded));
    } else if (raw.size() <= kSmall) {
      word(std::string_view(small, raw.size()));
    } else {
      buffer->resize(raw.size());
      for (std::size_t k = 0; k < raw.size(); ++k) {
        const char c = raw[k];
        (*buffer)[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      }
      word(std::string_view(*buffer));
    }
  }
}

// spread[b] has byte j set to bit j of b: adding it counts b's bits in lanes.
struct ByteLanes {
  uint64_t spread[256] = {};
  constexpr ByteLanes() {
    for (int b = 0; b < 256; ++b) {
      for (int j = 0; j < 8; ++j) {
        if (b >> j & 1) spread[b] |= uint64_t{1} << (8 * j);
      }
    }
  }
};
constexpr ByteLanes kByteLanes;

}  // namespace

Fingerprint FingerprintOf(std::string_view text, const std::vector<Span>& paragraphs) {
  // One pass: each word is hashed once; a shingle's hash is the hash of its
  // three word hashes.
  // A bit's vote total is (ones - zeros) = 2 * ones - shingles, so only the
  // ones are counted: 8 byte-lane counters, lane j of lanes[k] counting bit
  // 8k + j, each added from a 256-entry table (8 adds per shingle instead of 64
  // compares), spilled into `ones` before a lane can overflow.
  std::array<int64_t, 64> ones{};
  uint64_t lanes[8] = {};
  int64_t voted = 0, pending = 0;
  uint64_t window[kShingleWords] = {};
  std::size_t words = 0;
  std::string buffer;
  auto spill = [&] {
    for (int k = 0; k < 8; ++k) {
      for (int j = 0; j < 8; ++j) ones[8 * k + j] += (lanes[k] >> (8 * j)) & 0xFF;
      lanes[k] = 0;
    }
    pending = 0;
  };
  auto vote = [&](uint64_t h) {
    for (int k = 0; k < 8; ++k) lanes[k] += kByteLanes.spread[(h >> (8 * k)) & 0xFF];
    ++voted;
    if (++pending == 255) spill();
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
  spill();
  for (int bit = 0; bit < 64; ++bit) {
    if (2 * ones[bit] - voted > 0) out.simhash |= uint64_t{1} << bit;
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
