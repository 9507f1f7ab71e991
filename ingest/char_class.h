// ICU character properties with an ASCII fast path: the hot loops ask about
// every code point, and for ASCII the answer is a table lookup instead of a
// call into libicuuc. The ASCII answers are ICU's own (Unicode fixes them;
// tests/ingest_char_class_test.cc checks all 128 against ICU).
// Internal to ingest/.
#ifndef CLAIMGRAPH_INGEST_CHAR_CLASS_H_
#define CLAIMGRAPH_INGEST_CHAR_CLASS_H_

#include <cstdint>

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

}  // namespace claimgraph::ingest::chars

#endif  // CLAIMGRAPH_INGEST_CHAR_CLASS_H_
