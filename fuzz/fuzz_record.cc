// libFuzzer target: one extraction record line (ExtractionFromJson, issue 17).
// Whatever it accepts must write back (ExtractionToJson) as a line it reads
// again into the same line: the round trip `ingest --extracted` relies on.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/extraction.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimgraph::ingest;
  std::string_view line(reinterpret_cast<const char*>(data), size);
  auto record = ExtractionFromJson(line, "fuzz.jsonl:1");
  if (!record.ok()) return 0;
  if (record->doc.doc_id.empty()) __builtin_trap();
  std::string written = ExtractionToJson(record->doc, record->extraction);
  auto again = ExtractionFromJson(written, "fuzz.jsonl:1");
  if (!again.ok()) __builtin_trap();
  if (ExtractionToJson(again->doc, again->extraction) != written) __builtin_trap();
  return 0;
}
