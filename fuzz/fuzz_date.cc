// libFuzzer target: the publication date reader and the one date validator
// (common/dates.h). Whatever the bytes, ReadPublishedDate returns a date
// ValidateDate accepts or an InvalidArgument, and the validator agrees with
// ParseIsoDate.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/dates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view value(reinterpret_cast<const char*>(data), size);
  auto date = claimgraph::ReadPublishedDate(value);
  if (date.ok()) {
    if (date->size() != 10 || !claimgraph::ValidateDate(*date, "fuzz").ok()) {
      __builtin_trap();
    }
  } else if (date.status().code() != absl::StatusCode::kInvalidArgument) {
    __builtin_trap();
  }
  if (claimgraph::ValidateDate(value, "fuzz").ok() !=
      claimgraph::ParseIsoDate(value).has_value()) {
    __builtin_trap();
  }
  return 0;
}
