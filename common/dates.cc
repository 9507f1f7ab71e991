#include "common/dates.h"

#include <cstdio>
#include <sstream>
#include <vector>

#include <date/date.h>

#include "common/strings.h"

namespace claimgraph {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

// No date a feed writes is longer; longer values are not parsed at all.
constexpr std::size_t kMaxDateBytes = 64;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  std::size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(kSpace) - first + 1);
}

// The value as quoted in a message: cut so that a hostile value cannot make
// the message large.
std::string Quoted(std::string_view value) {
  if (value.size() <= kMaxDateBytes) return Cat("\"", value, "\"");
  std::size_t cut = kMaxDateBytes;
  while (cut > 0 && (static_cast<uint8_t>(value[cut]) & 0xC0) == 0x80) --cut;
  return Cat("\"", value.substr(0, cut), "...\"");
}

bool InRange(const year_month_day& ymd) {
  return ymd.ok() && ymd.year() >= std::chrono::year{1} &&
         ymd.year() <= std::chrono::year{9999};
}

std::string Iso(const year_month_day& ymd) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

// The formats ReadPublishedDate tries, in order (the first that reads the
// whole value wins). date::parse: %b and %B read full or abbreviated English
// month names in any case, %a a weekday (checked against the date), %S
// seconds with a fraction, %Ez an offset with or without a colon, %Z a zone
// name; white space in a format matches any run of white space.
std::vector<std::string> MakeFormats() {
  std::vector<std::string> formats = {"%Y-%m-%d"};
  for (const char* sep : {"T", " "}) {
    for (const char* time : {"%H:%M:%S", "%H:%M"}) {
      for (const char* zone : {"", "Z", "%Ez", " %Z"}) {
        formats.push_back(Cat("%Y-%m-%d", sep, time, zone));
      }
    }
  }
  for (const char* weekday : {"%a, ", ""}) {
    for (const char* time : {"%H:%M:%S", "%H:%M"}) {
      for (const char* zone : {" %z", " %Z"}) {
        formats.push_back(Cat(weekday, "%d %b %Y ", time, zone));
      }
    }
  }
  for (const char* day : {"%d-%b-%Y", "%d %b %Y", "%b %d, %Y", "%b %d %Y"}) {
    for (const char* time : {"", " %H:%M:%S", " %H:%M"}) {
      formats.push_back(Cat(day, time));
    }
  }
  return formats;
}

// date.h 3.0.1 negates an unset offset (signed overflow) when %z or %Ez
// meets a sign without two digits after it ("Sun, 18 Sep 2016 10:00:00 -2T",
// found by fuzz/fuzz_date). Such a value is no date anyway: it is refused
// before date::parse sees it. %z is only reached after a time, so only signs
// after the first ':' are looked at.
bool HasMalformedOffset(std::string_view value) {
  std::size_t colon = value.find(':');
  if (colon == std::string_view::npos) return false;
  for (std::size_t i = colon; i < value.size(); ++i) {
    if (value[i] != '+' && value[i] != '-') continue;
    if (i + 2 >= value.size() || !IsDigit(value[i + 1]) || !IsDigit(value[i + 2])) {
      return true;
    }
  }
  return false;
}

// date.h 3.0.1 reads %S as a long double and rounds it to microseconds: a
// ':' with no digit after it ("2-0-009:20:tWi", found by fuzz/fuzz_jsonl)
// gives NaN, whose rounding is undefined behaviour. Every ':' of a time or
// an offset is followed by a digit, so such a value is refused before
// date::parse sees it.
bool HasMalformedTime(std::string_view value) {
  for (std::size_t i = value.find(':'); i != std::string_view::npos; i = value.find(':', i + 1))
    if (i + 1 >= value.size() || !IsDigit(value[i + 1])) return true;
  return false;
}

std::optional<year_month_day> ParseWith(const std::string& value, const std::string& format) {
  std::istringstream in(value);
  date::local_time<std::chrono::microseconds> time;
  std::string zone_name;
  std::chrono::minutes offset{0};
  in >> date::parse(format, time, zone_name, offset);
  if (in.fail() || in.peek() != std::char_traits<char>::eof()) return std::nullopt;
  // The local time: the calendar date as written, whatever the zone.
  auto day = std::chrono::floor<date::days>(time);
  year_month_day ymd{sys_days{day.time_since_epoch()}};
  if (!InRange(ymd)) return std::nullopt;
  return ymd;
}

}  // namespace

std::optional<sys_days> ParseIsoDate(std::string_view value) {
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return std::nullopt;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(value[i])) return std::nullopt;
  }
  auto number = [&](int pos, int len) {
    int v = 0;
    for (int i = pos; i < pos + len; ++i) v = v * 10 + (value[i] - '0');
    return v;
  };
  year_month_day ymd{std::chrono::year{number(0, 4)},
                     std::chrono::month{static_cast<unsigned>(number(5, 2))},
                     std::chrono::day{static_cast<unsigned>(number(8, 2))}};
  if (!InRange(ymd)) return std::nullopt;
  return sys_days{ymd};
}

absl::Status ValidateDate(std::string_view value, std::string_view what) {
  if (ParseIsoDate(value)) return absl::OkStatus();
  return absl::InvalidArgumentError(
      Cat(what, ": ", Quoted(value), " is not a date (expected YYYY-MM-DD)"));
}

absl::StatusOr<std::string> ReadPublishedDate(std::string_view value) {
  std::string_view trimmed = Trim(value);
  if (ParseIsoDate(trimmed)) return std::string(trimmed);
  if (!trimmed.empty() && trimmed.size() <= kMaxDateBytes && !HasMalformedOffset(trimmed) &&
      !HasMalformedTime(trimmed)) {
    static const std::vector<std::string> kFormats = MakeFormats();
    const std::string text(trimmed);
    for (const std::string& format : kFormats) {
      if (auto ymd = ParseWith(text, format)) return Iso(*ymd);
    }
  }
  return absl::InvalidArgumentError(Cat(
      Quoted(value), " is not a date (formats: ISO 8601, RFC 2822, \"18 September 2016\")"));
}

}  // namespace claimgraph
