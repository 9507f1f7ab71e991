// ICU character properties with an ASCII fast path: the hot loops ask about
// every code point, and for ASCII the answer is a table lookup instead of a
// call into libicuuc. The ASCII answers are ICU's own (Unicode fixes them;
// tests/ingest_char_class_test.cc checks all 128 against ICU).
// Internal to ingest/.
#ifndef CLAIMGRAPH_TEXT_CHAR_CLASS_H_
#define CLAIMGRAPH_TEXT_CHAR_CLASS_H_

#include <bit>
#include <cstdint>
#include <cstring>

#include "unicode/uchar.h"
#include "unicode/uscript.h"

namespace claimgraph::ingest::chars {

enum : uint8_t {
  kAlpha = 1,    // u_isalpha
  kDigit = 2,    // u_isdigit
  kUpper = 4,    // u_isupper
  kWhite = 8,    // u_isUWhiteSpace
  kLatin = 16,   // uscript_getScript == USCRIPT_LATIN
};

struct AsciiTable {
  uint8_t bits[128] = {};
  constexpr AsciiTable() {
    for (int c = 'a'; c <= 'z'; ++c) bits[c] = kAlpha | kLatin;
    for (int c = 'A'; c <= 'Z'; ++c) bits[c] = kAlpha | kLatin | kUpper;
    for (int c = '0'; c <= '9'; ++c) bits[c] = kDigit;
    for (int c = '\t'; c <= '\r'; ++c) bits[c] = kWhite;
    bits[' '] = kWhite;
  }
};
inline constexpr AsciiTable kAsciiTable;

inline bool Has(UChar32 c, uint8_t bit) { return (kAsciiTable.bits[c] & bit) != 0; }
inline bool IsAscii(UChar32 c) { return c >= 0 && c < 0x80; }

inline bool IsAlpha(UChar32 c) { return IsAscii(c) ? Has(c, kAlpha) : u_isalpha(c); }
inline bool IsDigit(UChar32 c) { return IsAscii(c) ? Has(c, kDigit) : u_isdigit(c); }
inline bool IsAlnum(UChar32 c) {
  return IsAscii(c) ? Has(c, kAlpha | kDigit) : u_isalnum(c);
}
inline bool IsUpper(UChar32 c) { return IsAscii(c) ? Has(c, kUpper) : u_isupper(c); }
// No ASCII character is title case.
inline bool IsTitle(UChar32 c) { return IsAscii(c) ? false : u_istitle(c); }
inline bool IsWhiteSpace(UChar32 c) {
  return IsAscii(c) ? Has(c, kWhite) : u_isUWhiteSpace(c);
}
// No ASCII character is a non-spacing mark.
inline bool IsNonSpacingMark(UChar32 c) {
  return IsAscii(c) ? false : u_charType(c) == U_NON_SPACING_MARK;
}
inline bool IsLatinScript(UChar32 c) {
  if (IsAscii(c)) return Has(c, kLatin);
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status) == USCRIPT_LATIN;
}

// Eight bytes at once (SWAR, little-endian loads): the run of ASCII letters
// and digits they start with, and which bytes of it are letters and capitals.
// Masks hold 0x80 in each byte that qualifies.
struct AsciiRun8 {
  int length = 0;  // 0..8
  uint64_t alpha = 0, upper = 0;
};
inline AsciiRun8 ScanAsciiRun8(const uint8_t* p) {
  static_assert(std::endian::native == std::endian::little);
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  // For 7-bit x, x + (0x80 - c) has its high bit set exactly when x >= c
  // (and no carry leaves the byte).
  const uint64_t x = w & ~kHigh;
  auto at_least = [x](uint8_t c) { return (x + kOnes * (0x80 - c)) & kHigh; };
  const uint64_t ascii = ~w & kHigh;
  const uint64_t digit = at_least('0') & ~at_least('9' + 1);
  const uint64_t upper = at_least('A') & ~at_least('Z' + 1);
  const uint64_t lower = at_least('a') & ~at_least('z' + 1);
  const uint64_t alnum = (digit | upper | lower) & ascii;
  AsciiRun8 run;
  const uint64_t stop = ~alnum & kHigh;
  run.length = stop == 0 ? 8 : std::countr_zero(stop) / 8;
  const uint64_t in_run = run.length == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * run.length)) - 1;
  run.alpha = (upper | lower) & ascii & in_run;
  run.upper = upper & ascii & in_run;
  return run;
}

// How many bytes of an AsciiRun8 mask are marked (0x80 each): a multiply
// instead of a popcount, which without -mpopcnt is a library call.
inline int CountMarked(uint64_t mask) {
  return static_cast<int>(((mask >> 7) * 0x0101010101010101ull) >> 56);
}

// The eight bytes at p with the capitals `upper` marks (AsciiRun8::upper)
// lower-cased: 0x80 >> 2 is the case bit 0x20.
inline uint64_t LowerAscii8(const uint8_t* p, uint64_t upper) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w | (upper >> 2);
}

}  // namespace claimgraph::ingest::chars

#endif  // CLAIMGRAPH_TEXT_CHAR_CLASS_H_
