#include "text/text_fold.h"

#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"

namespace claimgraph::ingest {

std::string FoldWord(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && (unsigned char)c < 0x80;
  std::string out;
  if (ascii) {
    out.reserve(word.size());
    for (char c : word) out.push_back((c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString folded = nfkc_cf->normalize(s, status);
  icu::UnicodeString decomposed = nfd->normalize(folded, status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
    i += U16_LENGTH(c);
  }
  bare.toUTF8String(out);
  return out;
}

}  // namespace claimgraph::ingest
