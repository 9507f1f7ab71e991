// The one date validator and the reader of publication dates (common/dates.h).
#include <catch2/catch.hpp>

#include <string>

#include "common/dates.h"

namespace claimgraph {
namespace {

std::string Message(const absl::Status& status) { return std::string(status.message()); }

TEST_CASE("ValidateDate accepts real YYYY-MM-DD dates only", "[dates]") {
  CHECK(ValidateDate("2020-02-29", "--after").ok());
  CHECK(ValidateDate("2019-12-31", "--after").ok());
  for (const char* bad : {"2020-13-45", "2020-02-30", "2019-02-29", "2020-00-10",
                          "2020-01-00", "notadate", "2020", "2020-03", "2020-2-3",
                          "2020-02-29 ", " 2020-02-29", "2020-02-29T00:00:00Z",
                          "0000-01-01", ""}) {
    INFO(bad);
    absl::Status status = ValidateDate(bad, "said_after");
    CHECK(status.code() == absl::StatusCode::kInvalidArgument);
    CHECK_FALSE(ParseIsoDate(bad).has_value());
  }
  CHECK(Message(ValidateDate("2020-13-45", "--after")) ==
        "--after: \"2020-13-45\" is not a date (expected YYYY-MM-DD)");
  CHECK(Message(ValidateDate("notadate", "said_before")) ==
        "said_before: \"notadate\" is not a date (expected YYYY-MM-DD)");
  // A hostile value is quoted cut, not whole.
  CHECK(Message(ValidateDate(std::string(100000, '9'), "said_after")).size() < 200);
}

TEST_CASE("ReadPublishedDate reads the formats feeds use, as the date written",
          "[dates]") {
  const std::pair<const char*, const char*> cases[] = {
      {"2016-09-18", "2016-09-18"},
      {"  2016-09-18\n", "2016-09-18"},
      {"2016-09-18T10:00:00Z", "2016-09-18"},
      {"2016-09-18T10:00Z", "2016-09-18"},
      {"2016-09-18T10:00:00.123456Z", "2016-09-18"},
      {"2016-09-18T10:00:00+02:00", "2016-09-18"},
      {"2016-09-18 10:00:00+0200", "2016-09-18"},
      {"2016-09-18T10:00:00", "2016-09-18"},
      // The source's own zone: not moved to UTC.
      {"2016-09-18T23:30:00-05:00", "2016-09-18"},
      {"2016-09-18T00:30:00+02:00", "2016-09-18"},
      {"Sun, 18 Sep 2016 10:00:00 +0000", "2016-09-18"},
      {"Sun, 18 Sep 2016 23:59 -0700", "2016-09-18"},
      {"18 Sep 2016 10:00:00 GMT", "2016-09-18"},
      {"27-MAR-1987 00:02:59.13", "1987-03-27"},
      {"27-Mar-1987", "1987-03-27"},
      {"18 September 2016", "2016-09-18"},
      {"September 18, 2016", "2016-09-18"},
      {"Sep 18 2016 10:00", "2016-09-18"},
      {"29 February 2020", "2020-02-29"},
  };
  for (const auto& [input, expected] : cases) {
    INFO(input);
    auto date = ReadPublishedDate(input);
    REQUIRE(date.ok());
    CHECK(*date == expected);
    CHECK(ValidateDate(*date, "published").ok());
  }
}

TEST_CASE("ReadPublishedDate refuses what is not a date, naming the value", "[dates]") {
  for (const char* bad :
       {"2020-13-45", "2020-02-30", "2020-02-30T10:00:00Z", "30 February 2020",
        "notadate", "2020", "May 5", "yesterday", "Mon, 18 Sep 2016 10:00:00 +0000",
        "2016-09-18 and more", "18 Smarch 2016", "",
        // Found by fuzz_date: a sign without an offset after it.
        "Sun, 18 Sep 2016 10:00:00 -2T", "2016-09-18T10:00:00-", "2016-09-18T10:00+X",
        // Found by fuzz_jsonl: seconds that are no number (NaN in date.h).
        "2-0-009:20:tWi///url_tcrEen", "2016-09-18 10:00:", "2016-09-18T10:00:x"}) {
    INFO(bad);
    auto date = ReadPublishedDate(bad);
    REQUIRE_FALSE(date.ok());
    CHECK(date.status().code() == absl::StatusCode::kInvalidArgument);
    CHECK(Message(date.status()).starts_with(std::string("\"") + bad + "\" is not a date"));
  }
  CHECK_FALSE(ReadPublishedDate(std::string(5000, '1')).ok());
}

}  // namespace
}  // namespace claimgraph
