// String concatenation that takes std::string_view. Debian's Abseil is built with
// its own absl::string_view (ABSL_OPTION_USE_STD_STRING_VIEW 0), so absl::StrCat
// does not accept std::string_view; Cat does, and absl::string_view too.
#ifndef CLAIMGRAPH_COMMON_STRINGS_H_
#define CLAIMGRAPH_COMMON_STRINGS_H_

#include <charconv>
#include <string>
#include <string_view>
#include <type_traits>

#include "absl/strings/string_view.h"

namespace claimgraph {

namespace strings_internal {
inline void Append(std::string* out, std::string_view s) { out->append(s); }
inline void Append(std::string* out, absl::string_view s) {
  out->append(s.data(), s.size());
}
inline void Append(std::string* out, const char* s) { out->append(s); }
inline void Append(std::string* out, const std::string& s) { out->append(s); }
inline void Append(std::string* out, char c) { out->push_back(c); }
template <typename T>
  requires(std::is_arithmetic_v<T> && !std::is_same_v<T, char>)
void Append(std::string* out, T value) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out->append(buffer, end);
}
}  // namespace strings_internal

// Cat("doc ", id, ": ", 42) -> "doc x: 42". Numbers use std::to_chars (shortest
// round-trip form for floating point).
template <typename... Args>
std::string Cat(const Args&... args) {
  std::string out;
  (strings_internal::Append(&out, args), ...);
  return out;
}

template <typename... Args>
void CatTo(std::string* out, const Args&... args) {
  (strings_internal::Append(out, args), ...);
}

inline std::string_view ToStd(absl::string_view s) { return {s.data(), s.size()}; }

}  // namespace claimgraph

#endif  // CLAIMGRAPH_COMMON_STRINGS_H_
