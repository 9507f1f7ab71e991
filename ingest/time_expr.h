// Time of statement: "on Saturday", "said Sunday", "yesterday", "last week",
// "on 17 September", resolved against the publication date.
#ifndef CLAIMGRAPH_INGEST_TIME_EXPR_H_
#define CLAIMGRAPH_INGEST_TIME_EXPR_H_

#include <optional>
#include <string>
#include <string_view>

#include "ingest/extraction.h"

namespace claimgraph::ingest {

struct TimeMention {
  Span span;            // the expression as written
  std::string said_on;  // ISO date; empty when there is no anchor to resolve it
};

// Finds the expression that dates the statement whose cue is `cue`, looking in
// `clause` (the attribution's sentence minus its content). `published` is the
// article's ISO publication date or empty. Returns nullopt when the text gives no
// time of statement. Pure and thread-safe.
std::optional<TimeMention> FindStatementTime(std::string_view text, Span clause,
                                             Span cue, std::string_view published);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_TIME_EXPR_H_
