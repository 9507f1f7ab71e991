// Minimal JSON text building for the hand-shaped outputs (gold-format lines, CLI
// --json tables) where protobuf's JSON mapping cannot express the shape (nulls,
// bare arrays).
#ifndef CLAIMGRAPH_COMMON_JSON_TEXT_H_
#define CLAIMGRAPH_COMMON_JSON_TEXT_H_

#include <string>
#include <string_view>

namespace claimgraph {

// Appends `value` as a quoted JSON string. Invalid UTF-8 bytes become U+FFFD so
// the output is always valid JSON.
void AppendJsonString(std::string* out, std::string_view value);

// `value` as AppendJsonString does, or null when it is empty.
inline void AppendJsonStringOrNull(std::string* out, std::string_view value) {
  if (value.empty()) {
    out->append("null");
  } else {
    AppendJsonString(out, value);
  }
}

inline std::string JsonString(std::string_view value) {
  std::string out;
  AppendJsonString(&out, value);
  return out;
}

}  // namespace claimgraph

#endif  // CLAIMGRAPH_COMMON_JSON_TEXT_H_
