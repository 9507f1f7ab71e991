// libFuzzer target: the extractor on arbitrary bytes as one document.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "ingest/extraction.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::unique_ptr<claimgraph::ingest::Extractor> extractor =
      *claimgraph::ingest::Extractor::Create();
  claimgraph::ingest::Document doc = claimgraph::ingest::DocumentFromText(
      "fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  auto extraction = extractor->Extract(doc);
  if (extraction.ok()) {
    // Every span must lie inside the text; the JSON writer slices by them.
    for (const auto& a : extraction->attributions) {
      if (a.content.end > doc.text.size() || a.content.start > a.content.end) __builtin_trap();
      if (a.source && a.source->end > doc.text.size()) __builtin_trap();
      if (a.cue && a.cue->end > doc.text.size()) __builtin_trap();
    }
    (void)claimgraph::ingest::ExtractionToJson(doc, *extraction);
  }
  return 0;
}
