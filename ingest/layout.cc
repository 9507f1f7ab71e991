// First cut: every non-blank line block is a paragraph; only the leading date
// header is set aside. Boilerplate recognition replaces this (issue 4).
#include "ingest/layout.h"

namespace claimgraph::ingest {

Layout AnalyzeLayout(std::string_view text) {
  Layout layout;
  std::size_t pos = 0;
  // Skip a leading "date YYYY-MM-DD " header.
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text.substr(first, 5) == "date " &&
      text.size() >= first + 15) {
    pos = first + 15;
  }
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::size_t a = pos, b = end;
    while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r')) ++a;
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r')) --b;
    if (b > a) layout.paragraphs.push_back({uint32_t(a), uint32_t(b)});
    pos = end + 1;
  }
  return layout;
}

}  // namespace claimgraph::ingest
