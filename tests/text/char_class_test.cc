#include <catch2/catch.hpp>

#include <bit>
#include <cctype>
#include <cstring>

#include "text/char_class.h"

namespace claimgraph::ingest {
namespace {

// The ASCII fast path must give ICU's answers, or extraction output changes.
TEST_CASE("ASCII character classes agree with ICU", "[chars]") {
  for (UChar32 c = 0; c < 0x80; ++c) {
    INFO("code point " << c);
    CHECK(chars::IsAlpha(c) == bool(u_isalpha(c)));
    CHECK(chars::IsDigit(c) == bool(u_isdigit(c)));
    CHECK(chars::IsAlnum(c) == bool(u_isalnum(c)));
    CHECK(chars::IsUpper(c) == bool(u_isupper(c)));
    CHECK(chars::IsTitle(c) == bool(u_istitle(c)));
    CHECK(chars::IsWhiteSpace(c) == bool(u_isUWhiteSpace(c)));
    CHECK(chars::IsNonSpacingMark(c) == (u_charType(c) == U_NON_SPACING_MARK));
    UErrorCode status = U_ZERO_ERROR;
    CHECK(chars::IsLatinScript(c) == (uscript_getScript(c, &status) == USCRIPT_LATIN));
  }
}

// The eight-byte scan must agree with the table, byte by byte: every byte
// value at every position, after a run of letters and digits.
TEST_CASE("ScanAsciiRun8 finds the run of ASCII letters and digits", "[chars]") {
  const uint8_t filler[8] = {'a', 'B', '7', 'z', 'Z', '0', 'm', 'Q'};
  for (int position = 0; position < 8; ++position) {
    for (int value = 0; value < 256; ++value) {
      uint8_t bytes[8];
      std::memcpy(bytes, filler, sizeof bytes);
      bytes[position] = static_cast<uint8_t>(value);
      INFO("byte " << value << " at " << position);
      int length = 0, alpha = 0, upper = 0;
      while (length < 8 && bytes[length] < 0x80 &&
             chars::Has(bytes[length], chars::kAlpha | chars::kDigit)) {
        alpha += chars::Has(bytes[length], chars::kAlpha);
        upper += chars::Has(bytes[length], chars::kUpper);
        ++length;
      }
      const chars::AsciiRun8 run = chars::ScanAsciiRun8(bytes);
      CHECK(run.length == length);
      CHECK(std::popcount(run.alpha) == alpha);
      CHECK(std::popcount(run.upper) == upper);
      CHECK(chars::CountMarked(run.alpha) == alpha);
      CHECK(chars::CountMarked(run.upper) == upper);
      uint64_t lower = chars::LowerAscii8(bytes, run.upper);
      for (int k = 0; k < length; ++k) {
        CHECK(static_cast<uint8_t>(lower >> (8 * k)) ==
              static_cast<uint8_t>(std::tolower(bytes[k])));
      }
    }
  }
}

}  // namespace
}  // namespace claimgraph::ingest

#include "text/stopwords.h"

namespace claimgraph::ingest {
namespace {

TEST_CASE("IsStopWord: hashed lookup, any ASCII case, at most 8 bytes", "[chars]") {
  for (const char* w : {"a", "the", "THE", "The", "whether", "yours", "because", "through"})
    CHECK(IsStopWord(w));
  for (const char* w : {"", "b", "thee", "th", "yourself", "whethers", "ab", "zz", "théé",
                        "thethethe"})
    CHECK_FALSE(IsStopWord(w));
}

}  // namespace
}  // namespace claimgraph::ingest
