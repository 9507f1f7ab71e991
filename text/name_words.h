// Words as the entity linker compares names: the word tokens of text/'s one
// tokenizer (text_scan.h) split into name words at hyphens, ampersands and
// other marks that are no letter or digit, each with its folded key, its case
// shape, and what separates it from the next word.
#ifndef CLAIMGRAPH_TEXT_NAME_WORDS_H_
#define CLAIMGRAPH_TEXT_NAME_WORDS_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::ingest {

// What separates a name word from the next one.
enum class Gap : uint8_t {
  kSpace,   // spaces only
  kHyphen,  // one hyphen ("US-Russian"), spaces allowed
  kBreak,   // anything else: punctuation, a possessive, the end
};

struct NameWord {
  uint32_t start = 0;
  uint32_t end = 0;  // a possessive "'s" excluded
  // The key: letters and digits, ASCII lower-cased, inner periods and
  // apostrophes dropped ("U.S." -> "us"); others folded (FoldWord:
  // NFKC case folding, diacritics removed). Points into NameWords::keys.
  std::string_view key;
  uint32_t key_offset = 0;  // of `key` in NameWords::keys
  uint64_t key_hash = 0;    // NameKeyHash(key)
  bool capitalised = false;  // first letter upper or title case (Unicode)
  bool all_caps = false;     // two letters or more, all upper case
  bool sentence_start = false;  // first word, or after . ! ? : ; or a line break
  bool possessive = false;   // followed by "'s" (or "’s")
  bool contraction = false;  // "I'm", "Don't": never a name ("O'Regan" is one)
  bool key_has_space = false;  // folding can make one (U+FDFA)
  Gap gap_after = Gap::kBreak;
};

// The name words of a text range and the bytes of their keys, back to back:
// one allocation per list instead of one per word. Not copyable, as the
// words' keys point into `keys`.
struct NameWords {
  std::vector<NameWord> list;
  std::string keys;
  NameWords() = default;
  NameWords(const NameWords&) = delete;
  NameWords& operator=(const NameWords&) = delete;
  std::size_t size() const { return list.size(); }
  const NameWord& operator[](std::size_t i) const { return list[i]; }
};

// The name words of text[begin, end) into `out` (cleared first; its capacity
// is reused). Thread-safe.
void SplitNameWords(std::string_view text, uint32_t begin, uint32_t end, NameWords* out);

// Hash of the `size` bytes at p, eight at a time (most keys take one or two
// steps): no multiply per byte, whose latency would chain through every word.
// `padded`: 8 bytes after the key may be read, so its tail is one load.
inline uint64_t NameKeyHash(const char* p, std::size_t size, bool padded) {
  uint64_t h = size * 0x9E3779B97F4A7C15ull;
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, sizeof w);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  if (i < size) {
    uint64_t w = 0;
    if (padded) {
      std::memcpy(&w, p + i, sizeof w);
      w &= (uint64_t{1} << (8 * (size - i))) - 1;
    } else {
      for (std::size_t k = i; k < size; ++k) {
        w |= uint64_t{static_cast<unsigned char>(p[k])} << (8 * (k - i));
      }
    }
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
  }
  return h;
}
inline uint64_t NameKeyHash(std::string_view key) {
  return NameKeyHash(key.data(), key.size(), false);
}

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_TEXT_NAME_WORDS_H_
