#include "common/json_text.h"

#include <cstdint>

#include "unicode/utf8.h"

namespace claimgraph {

void AppendJsonString(std::string* out, std::string_view value) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  const auto* bytes = reinterpret_cast<const uint8_t*>(value.data());
  int32_t length = static_cast<int32_t>(value.size());
  int32_t i = 0;
  while (i < length) {
    uint8_t b = bytes[i];
    if (b >= 0x80) {
      int32_t start = i;
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      if (c < 0) {
        out->append("\xEF\xBF\xBD");
      } else {
        out->append(value.substr(start, i - start));
      }
      continue;
    }
    ++i;
    switch (b) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (b < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[b >> 4]);
          out->push_back(kHex[b & 15]);
        } else {
          out->push_back(static_cast<char>(b));
        }
    }
  }
  out->push_back('"');
}

}  // namespace claimgraph
