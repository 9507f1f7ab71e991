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

int ShingleCount(std::string_view text, const std::vector<Span>& paragraphs) {
  std::size_t n = FingerprintWords(text, paragraphs).size();
  if (n == 0) return 0;
  return n < kShingleWords ? 1 : static_cast<int>(n - kShingleWords + 1);
}

uint64_t SimHash(std::string_view text, const std::vector<Span>& paragraphs) {
  const std::vector<std::string> words = FingerprintWords(text, paragraphs);
  if (words.empty()) return 0;
  std::array<int64_t, 64> votes{};
  std::string shingle;
  const std::size_t count =
      words.size() < kShingleWords ? 1 : words.size() - kShingleWords + 1;
  for (std::size_t i = 0; i < count; ++i) {
    shingle.clear();
    for (std::size_t k = i; k < i + kShingleWords && k < words.size(); ++k) {
      if (k > i) shingle.push_back(' ');
      shingle += words[k];
    }
    const uint64_t h = XXH64(shingle.data(), shingle.size(), 0);
    for (int bit = 0; bit < 64; ++bit) votes[bit] += ((h >> bit) & 1) ? 1 : -1;
  }
  uint64_t fingerprint = 0;
  for (int bit = 0; bit < 64; ++bit) {
    if (votes[bit] > 0) fingerprint |= uint64_t{1} << bit;
  }
  return fingerprint;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

}  // namespace claimgraph::ingest
