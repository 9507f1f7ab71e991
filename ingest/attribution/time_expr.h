// Time of statement: "on Saturday", "said Sunday", "yesterday", "last week",
// "on 17 September", resolved against the publication date.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_TIME_EXPR_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_TIME_EXPR_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/extraction.h"

namespace claimgraph::ingest {

// How precise a resolved time is. `said_on` is always a full ISO date (so that it
// sorts and parses uniformly); for a week, month or year it is the first day of
// the period and `said_until` the last (inclusive).
enum class TimePrecision { kDay, kWeek, kMonth, kYear };

struct TimeMention {
  Span span;            // the expression as written ("on Saturday night")
  std::string said_on;  // ISO date; empty when there is no anchor to resolve it
  std::string said_until;  // ISO date, last day of the period; == said_on for a
                           // day; empty when unresolved
  TimePrecision precision = TimePrecision::kDay;
};

// Finds the expression that dates the statement whose cue is `cue`, looking in
// `clause` (the attribution's sentence minus its content). `published` is the
// article's ISO publication date ("2016-09-18", a longer ISO timestamp is cut to
// its date) or empty. When several expressions occur, the one nearest the cue
// wins. Returns nullopt when the text gives no time of statement.
//
// Resolution (documented rules, see time_expr.cc):
//  - a weekday ("Saturday", "on Saturday", "said Sunday", "on Saturday night",
//    "last Saturday") is the most recent such day strictly before `published`;
//  - "today", "this morning", "tonight", "earlier today" are `published`;
//    "yesterday", "last night" the day before;
//  - "last week" / "last month" / "last year" the previous calendar week (ISO,
//    Monday first) / month / year; "earlier this week/month/year" the current
//    period up to the day before publication;
//  - "17 September", "September 17", "Sept. 17", with an optional year: with a
//    year, resolved even without `published`; without one, the most recent such
//    date not after `published`.
// Without `published` relative expressions are returned with an empty said_on
// (unresolved, span kept). Pure and thread-safe.
std::optional<TimeMention> FindStatementTime(std::string_view text, Span clause,
                                             Span cue, std::string_view published);

// Every time expression inside `range` of `text`, in text order, each resolved
// against `published` as above. Pure and thread-safe.
std::vector<TimeMention> FindTimeExpressions(std::string_view text, Span range,
                                             std::string_view published);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_TIME_EXPR_H_
