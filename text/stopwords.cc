#include "text/stopwords.h"

#include <cstdint>
#include <string>

#include "text/lexicon.h"

namespace claimgraph::ingest {
namespace {

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

constexpr int kSlotBits = 9;  // 512 slots for ~120 words: short probe runs
constexpr std::size_t Slot(uint64_t key) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits));
}

// The "stop" list of data/word_lists.txt (whose loader refuses words over 8
// bytes), packed into open-addressed slots once, on first use.
struct StopWordTable {
  uint64_t slots[1 << kSlotBits] = {};  // 0 = empty
  StopWordTable() {
    for (const std::string& w : WordLists::Default().Get("stop")) {
      std::size_t i = Slot(Pack(w));
      while (slots[i] != 0) i = (i + 1) & ((1 << kSlotBits) - 1);
      slots[i] = Pack(w);
    }
  }
};

const StopWordTable& Table() {
  static const StopWordTable table;
  return table;
}

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
  const StopWordTable& kTable = Table();
  for (std::size_t i = Slot(key);; i = (i + 1) & ((1 << kSlotBits) - 1)) {
    if (kTable.slots[i] == key) return true;
    if (kTable.slots[i] == 0) return false;
  }
}

}  // namespace claimgraph::ingest
