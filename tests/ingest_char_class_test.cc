#include <catch2/catch.hpp>

#include "ingest/char_class.h"

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

}  // namespace
}  // namespace claimgraph::ingest

#include "ingest/stopwords.h"

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
