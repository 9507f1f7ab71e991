// libFuzzer target: one JSONL input line (DocumentFromJsonLine), then the
// text checks every document gets before extraction.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  auto doc = claimgraph::ingest::DocumentFromJsonLine(line, "fuzz.jsonl:1");
  if (doc.ok()) {
    if (doc->doc_id.empty()) __builtin_trap();
    if (!doc->published.empty() && doc->published.size() != 10) __builtin_trap();
    (void)claimgraph::ingest::ValidateText(doc->text);
  }
  return 0;
}
