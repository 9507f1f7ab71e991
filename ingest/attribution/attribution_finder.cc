#include "ingest/attribution/attribution_finder.h"

#include "ingest/attribution/paragraph_finder.h"

namespace claimgraph::ingest {

Span TrimQuoteContent(std::string_view text, Span inner) {
  uint32_t a = inner.start, b = inner.end;
  while (a < b && internal::IsSpaceByte(text[a])) ++a;
  while (b > a) {
    char c = text[b - 1];
    if (internal::IsSpaceByte(c) || c == ',' || c == ':' || c == ';') {
      --b;
      continue;
    }
    // A trailing dash that leads into the attribution: "…—" (UTF-8 E2 80 94).
    if (b - a >= 3 && static_cast<unsigned char>(text[b - 3]) == 0xE2 &&
        static_cast<unsigned char>(text[b - 2]) == 0x80 &&
        (static_cast<unsigned char>(c) == 0x94 || static_cast<unsigned char>(c) == 0x93)) {
      b -= 3;
      continue;
    }
    break;
  }
  return {a, b};
}

void AttributionFinder::FindInParagraph(std::string_view text,
                                        const ParagraphTokens& paragraph,
                                        int paragraph_index,
                                        std::vector<AttributionCandidate>* out,
                                        std::vector<OrphanQuote>* orphans) {
  if (paragraph_index == 0) lead_pending_ = true;
  internal::ParagraphFinder finder(text, paragraph, paragraph_index, claimed_, &lead_pending_, out,
                         orphans);
  finder.Run();
}

}  // namespace claimgraph::ingest
