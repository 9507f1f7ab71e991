// Article layout: which parts of a scraped page are the article body, and the
// dateline and wire the text names. Offsets always point into the original bytes.
#ifndef CLAIMGRAPH_INGEST_LAYOUT_H_
#define CLAIMGRAPH_INGEST_LAYOUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/extraction.h"

namespace claimgraph::ingest {

struct Layout {
  // Paragraphs of the article body in text order (boilerplate, the leading
  // "date YYYY-MM-DD" header and blank lines excluded). Never overlapping.
  std::vector<Span> paragraphs;
  std::string dateline;  // "Oslo" from "Oslo - ..."; empty when none
  std::string wire;      // "AFP" from "Source: AFP", "(Reuters) -", "— AFP"
};

// Pure and thread-safe.
Layout AnalyzeLayout(std::string_view text);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_LAYOUT_H_
