// Calendar dates at the boundaries. Every date a user or a client gives (a
// command-line flag, a request field) and every date the store writes is
// checked by ValidateDate, the one validator; publication dates as news feeds
// write them are read by ReadPublishedDate.
#ifndef CLAIMGRAPH_COMMON_DATES_H_
#define CLAIMGRAPH_COMMON_DATES_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace claimgraph {

// The day of `value` when it is a real calendar date written YYYY-MM-DD (years
// 0001-9999): 2020-02-29 yes; 2020-02-30, 2020-13-01, 2020-2-3, 2020,
// "notadate" and anything with more or less around it no. Partial dates (2020,
// 2020-03) are not dates here: no range semantics are given to them.
std::optional<std::chrono::sys_days> ParseIsoDate(std::string_view value);

// OK when ParseIsoDate accepts `value`; otherwise InvalidArgument
//   <what>: "<value>" is not a date (expected YYYY-MM-DD)
// where `what` names what the caller typed: a flag ("--after") or a request
// field ("said_after"). The value is quoted as given (cut at 64 bytes).
absl::Status ValidateDate(std::string_view value, std::string_view what);

// A publication date as news feeds write it, as YYYY-MM-DD: the calendar date as
// written, in the source's own zone (2016-09-18T23:30:00-05:00 is 2016-09-18;
// the zone is read but not applied). Read with Howard Hinnant's date library;
// accepted, with surrounding white space:
//   ISO 8601   2016-09-18, 2016-09-18T10:00[:00[.123]] with Z, +02:00, +0200 or
//              nothing, and the same with a space for the T
//   RFC 2822   [Sun, ]18 Sep 2016 10:00[:00] +0000 (or a zone name: GMT, EST);
//              a weekday that is not the date's is refused
//   names      27-MAR-1987 [00:02:59.13], 18 September 2016, 18 Sep 2016,
//              September 18, 2016, Sep 18 2016 (each optionally with HH:MM[:SS])
// Month names are English, any case. Anything else, including an impossible
// date (2020-02-30), is InvalidArgument
//   "<value>" is not a date (formats: ISO 8601, RFC 2822, "18 September 2016")
absl::StatusOr<std::string> ReadPublishedDate(std::string_view value);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_COMMON_DATES_H_
