// First cut: no time expressions yet (issue 4 resolves them).
#include "ingest/time_expr.h"

namespace claimgraph::ingest {

std::optional<TimeMention> FindStatementTime(std::string_view, Span, Span,
                                             std::string_view) {
  return std::nullopt;
}

}  // namespace claimgraph::ingest
