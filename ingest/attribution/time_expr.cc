// Time expressions by a small token matcher (no std::regex): the word tokens
// of the clause (text/text_scan.h) are cut into ASCII word and number tokens,
// and a handful of patterns are tried at each token. Dates are computed with the C++20 <chrono> calendar types.
#include "ingest/attribution/time_expr.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "common/dates.h"
#include "text/lexicon.h"
#include "text/text_scan.h"

namespace claimgraph::ingest {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::weekday;
using std::chrono::year_month_day;

// A word or number of a clause, as the patterns read it.
struct TimeToken {
  uint32_t start;
  uint32_t end;
  std::string_view text;
  bool number;
};

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

bool IsCapitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

// The ASCII letter runs and digit runs (with an ordinal suffix: 17th, 1st,
// 2nd, 3rd) inside the word tokens of text/'s tokenizer: "2017-01-05" is three
// numbers, "Jan." the word "Jan".
std::vector<TimeToken> TimeTokens(std::string_view text, Span range) {
  const uint32_t end = std::min<uint32_t>(range.end, text.size());
  thread_local std::vector<Token> words;
  Tokenize(text, range.start, end, &words);
  std::vector<TimeToken> tokens;
  for (const Token& word : words) {
    if (word.kind != TokenKind::kWord) continue;
    uint32_t i = word.start;
    while (i < word.end) {
      char c = text[i];
      if (IsAsciiAlpha(c)) {
        uint32_t j = i;
        while (j < word.end && IsAsciiAlpha(text[j])) ++j;
        tokens.push_back({i, j, text.substr(i, j - i), false});
        i = j;
      } else if (IsDigit(c)) {
        uint32_t j = i;
        while (j < word.end && IsDigit(text[j])) ++j;
        uint32_t digits_end = j;
        if (j + 2 <= word.end) {
          std::string_view suffix = text.substr(j, 2);
          if ((EqualsIgnoreCase(suffix, "st") || EqualsIgnoreCase(suffix, "nd") ||
               EqualsIgnoreCase(suffix, "rd") || EqualsIgnoreCase(suffix, "th")) &&
              (j + 2 == end || !IsAsciiAlpha(text[j + 2]))) {
            j += 2;
          }
        }
        tokens.push_back({i, j, text.substr(i, digits_end - i), true});
        i = j;
      } else {
        ++i;
      }
    }
  }
  return tokens;
}

// True when only spaces (ASCII or no-break) and the characters in `allowed`
// separate byte offsets `a` and `b`.
bool OnlySpaceBetween(std::string_view text, uint32_t a, uint32_t b,
                      std::string_view allowed = "") {
  for (uint32_t i = a; i < b; ++i) {
    char c = text[i];
    if (c == ' ' || c == '\t' || allowed.find(c) != std::string_view::npos) continue;
    if (c == '\xC2' && i + 1 < b && text[i + 1] == '\xA0') {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

// The position in `words` (lower case) of `word`, compared ignoring case, or -1.
int IndexIgnoringCase(const std::vector<std::string>& words, std::string_view word) {
  for (std::size_t i = 0; i < words.size(); ++i)
    if (EqualsIgnoreCase(word, words[i])) return static_cast<int>(i);
  return -1;
}

// Returns 0..6 (Sunday first, as std::chrono::weekday; the order of the
// "weekday" word list) or -1.
int WeekdayIndex(std::string_view word) {
  if (!IsCapitalised(word)) return -1;
  static const std::vector<std::string>& kWeekdays = WordLists::Default().InFileOrder("weekday");
  return IndexIgnoringCase(kWeekdays, word);
}

// Returns 1..12 or 0: a month of the "month" word list (January first), or an
// abbreviation of the "month_abbrev" list, the month whose name it starts.
// Abbreviations other than "May" may carry a period.
int MonthIndex(std::string_view word) {
  if (!IsCapitalised(word)) return 0;
  static const std::vector<std::string>& kMonths = WordLists::Default().InFileOrder("month");
  if (int i = IndexIgnoringCase(kMonths, word); i >= 0) return i + 1;
  if (IndexIgnoringCase(WordLists::Default().Get("month_abbrev"), word) < 0) return 0;
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (EqualsIgnoreCase(word, std::string_view(kMonths[i]).substr(0, word.size())))
      return static_cast<int>(i) + 1;
  return 0;
}

bool IsPartOfDay(std::string_view word) {
  return IndexIgnoringCase(WordLists::Default().Get("part_of_day"), word) >= 0;
}

std::string FormatIso(sys_days day) {
  year_month_day ymd{day};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(ymd.year()),
                unsigned(ymd.month()), unsigned(ymd.day()));
  return buffer;
}

// A match before resolution: what kind of expression and its parameters.
struct Match {
  enum Kind {
    kWeekday,       // value = weekday index
    kDaysBefore,    // value = days before publication (0 = today)
    kLastWeek,
    kLastMonth,
    kLastYear,
    kEarlierThisWeek,
    kEarlierThisMonth,
    kEarlierThisYear,
    kDate,          // month/day/year (year 0 = unknown)
  } kind;
  int value = 0;
  bool last = false;  // "last Sunday": never the publication day itself
  int month = 0;
  int day = 0;
  int year = 0;
  uint32_t start = 0;
  uint32_t end = 0;
};

void Resolve(const Match& m, std::optional<sys_days> published, TimeMention* out) {
  using namespace std::chrono;
  auto set = [&](sys_days first, sys_days last, TimePrecision precision) {
    out->said_on = FormatIso(first);
    out->said_until = FormatIso(last);
    out->precision = precision;
  };
  if (m.kind == Match::kDate) {
    if (m.year != 0) {
      year_month_day ymd{year{m.year}, month{unsigned(m.month)}, day{unsigned(m.day)}};
      if (ymd.ok()) set(sys_days{ymd}, sys_days{ymd}, TimePrecision::kDay);
      return;
    }
    if (!published) return;
    year_month_day pub{*published};
    year_month_day ymd{pub.year(), month{unsigned(m.month)}, day{unsigned(m.day)}};
    if (ymd.ok() && sys_days{ymd} > *published) {
      ymd = year_month_day{pub.year() - years{1}, ymd.month(), ymd.day()};
    }
    if (ymd.ok()) set(sys_days{ymd}, sys_days{ymd}, TimePrecision::kDay);
    return;
  }
  if (!published) return;
  const sys_days pub = *published;
  const sys_days monday = pub - (weekday{pub} - Monday);
  const year_month_day pub_ymd{pub};
  const sys_days month_first{pub_ymd.year() / pub_ymd.month() / 1};
  const sys_days year_first{pub_ymd.year() / January / 1};
  switch (m.kind) {
    case Match::kWeekday: {
      // "said Sunday" in a story published on a Sunday is that day; "last
      // Sunday" is the week before; any other weekday is the latest before.
      days back = weekday{pub} - weekday{unsigned(m.value)};
      if (back == days{0} && m.last) back = days{7};
      set(pub - back, pub - back, TimePrecision::kDay);
      break;
    }
    case Match::kDaysBefore:
      set(pub - days{m.value}, pub - days{m.value}, TimePrecision::kDay);
      break;
    case Match::kLastWeek:
      set(monday - days{7}, monday - days{1}, TimePrecision::kWeek);
      break;
    case Match::kLastMonth: {
      const sys_days last_day = month_first - days{1};
      const year_month_day l{last_day};
      set(sys_days{l.year() / l.month() / 1}, last_day, TimePrecision::kMonth);
      break;
    }
    case Match::kLastYear:
      set(sys_days{(pub_ymd.year() - years{1}) / January / 1}, year_first - days{1},
          TimePrecision::kYear);
      break;
    case Match::kEarlierThisWeek:
      set(monday, pub == monday ? pub : pub - days{1}, TimePrecision::kWeek);
      break;
    case Match::kEarlierThisMonth:
      set(month_first, pub == month_first ? pub : pub - days{1}, TimePrecision::kMonth);
      break;
    case Match::kEarlierThisYear:
      set(year_first, pub == year_first ? pub : pub - days{1}, TimePrecision::kYear);
      break;
    case Match::kDate:
      break;
  }
}

// Reads an optional ", 2016" / " 2016" year after token `i`; returns the year or
// 0 and advances `i` past it.
int ReadYear(std::string_view text, const std::vector<TimeToken>& t, std::size_t* i) {
  std::size_t n = *i + 1;
  if (n < t.size() && t[n].number && t[n].text.size() == 4 &&
      OnlySpaceBetween(text, t[*i].end, t[n].start, ",")) {
    *i = n;
    return std::atoi(std::string(t[n].text).c_str());
  }
  return 0;
}

// Tries every pattern at token `i`; on success fills `m` and returns the index of
// the last token used.
std::optional<std::size_t> MatchAt(std::string_view text, const std::vector<TimeToken>& t,
                                   std::size_t i, Match* m) {
  auto word = [&](std::size_t k) -> std::string_view {
    return k < t.size() ? t[k].text : std::string_view();
  };
  auto adjacent = [&](std::size_t a, std::size_t b, std::string_view allowed = "") {
    return b < t.size() && OnlySpaceBetween(text, t[a].end, t[b].start, allowed);
  };
  auto is = [&](std::size_t k, std::string_view w) {
    return k < t.size() && EqualsIgnoreCase(t[k].text, w);
  };
  std::size_t k = i;
  // Optional leading "on" / "last" / "earlier on" before weekdays and dates.
  bool on = false;
  if (is(k, "on") && adjacent(k, k + 1)) {
    ++k;
    on = true;
  } else if ((is(k, "last") || is(k, "past")) && adjacent(k, k + 1) &&
             WeekdayIndex(word(k + 1)) >= 0) {
    ++k;
    m->last = true;
  }
  if (int wd = WeekdayIndex(word(k)); wd >= 0) {
    m->kind = Match::kWeekday;
    m->value = wd;
    std::size_t last = k;
    if (IsPartOfDay(word(k + 1)) && adjacent(k, k + 1)) last = k + 1;
    // "Saturday, September 17" keeps only the weekday part: the date is tried
    // as its own expression and is the more precise one.
    return last;
  }
  // D Month [Year]
  if (t.size() > k && t[k].number && t[k].text.size() <= 2 && adjacent(k, k + 1) &&
      MonthIndex(word(k + 1)) > 0) {
    m->kind = Match::kDate;
    m->day = std::atoi(std::string(t[k].text).c_str());
    m->month = MonthIndex(word(k + 1));
    std::size_t last = k + 1;
    m->year = ReadYear(text, t, &last);
    if (m->day >= 1 && m->day <= 31) return last;
  }
  // Month[.] D[th][,] [Year]
  if (int month = MonthIndex(word(k)); month > 0 && k + 1 < t.size() &&
                                       t[k + 1].number && t[k + 1].text.size() <= 2 &&
                                       adjacent(k, k + 1, ".")) {
    m->kind = Match::kDate;
    m->month = month;
    m->day = std::atoi(std::string(t[k + 1].text).c_str());
    std::size_t last = k + 1;
    m->year = ReadYear(text, t, &last);
    if (m->day >= 1 && m->day <= 31) return last;
  }
  if (on) return std::nullopt;  // "on" + anything else is not ours
  if (is(i, "today") || is(i, "tonight")) {
    m->kind = Match::kDaysBefore;
    m->value = 0;
    return i;
  }
  if (is(i, "yesterday")) {
    m->kind = Match::kDaysBefore;
    m->value = 1;
    return IsPartOfDay(word(i + 1)) && adjacent(i, i + 1) ? i + 1 : i;
  }
  if (is(i, "this") && adjacent(i, i + 1) &&
      (is(i + 1, "morning") || is(i + 1, "afternoon") || is(i + 1, "evening"))) {
    m->kind = Match::kDaysBefore;
    m->value = 0;
    return i + 1;
  }
  if (is(i, "earlier") && adjacent(i, i + 1) && is(i + 1, "today")) {
    m->kind = Match::kDaysBefore;
    m->value = 0;
    return i + 1;
  }
  if (is(i, "last") && adjacent(i, i + 1)) {
    if (is(i + 1, "night")) {
      m->kind = Match::kDaysBefore;
      m->value = 1;
      return i + 1;
    }
    if (is(i + 1, "week")) { m->kind = Match::kLastWeek; return i + 1; }
    if (is(i + 1, "month")) { m->kind = Match::kLastMonth; return i + 1; }
    if (is(i + 1, "year")) { m->kind = Match::kLastYear; return i + 1; }
  }
  if (is(i, "earlier") && is(i + 1, "this") && adjacent(i, i + 1) &&
      adjacent(i + 1, i + 2)) {
    if (is(i + 2, "week")) { m->kind = Match::kEarlierThisWeek; return i + 2; }
    if (is(i + 2, "month")) { m->kind = Match::kEarlierThisMonth; return i + 2; }
    if (is(i + 2, "year")) { m->kind = Match::kEarlierThisYear; return i + 2; }
  }
  return std::nullopt;
}

uint32_t Distance(Span a, Span b) {
  if (b.empty()) return 0;
  if (a.end <= b.start) return b.start - a.end;
  if (a.start >= b.end) return a.start - b.end;
  return 0;
}

}  // namespace

std::vector<TimeMention> FindTimeExpressions(std::string_view text, Span range,
                                             std::string_view published) {
  std::vector<TimeMention> out;
  if (range.start >= text.size()) return out;
  const std::vector<TimeToken> tokens = TimeTokens(text, range);
  const std::optional<sys_days> pub = ParseIsoDate(published);
  for (std::size_t i = 0; i < tokens.size();) {
    Match m{};
    std::optional<std::size_t> last = MatchAt(text, tokens, i, &m);
    if (!last) {
      ++i;
      continue;
    }
    TimeMention mention;
    mention.span = Span{tokens[i].start, tokens[*last].end};
    Resolve(m, pub, &mention);
    out.push_back(std::move(mention));
    i = *last + 1;
  }
  return out;
}

std::optional<TimeMention> FindStatementTime(std::string_view text, Span clause,
                                             Span cue, std::string_view published) {
  std::vector<TimeMention> all = FindTimeExpressions(text, clause, published);
  std::optional<TimeMention> best;
  uint32_t best_distance = 0;
  for (TimeMention& mention : all) {
    uint32_t d = Distance(mention.span, cue);
    if (!best || d < best_distance) {
      best_distance = d;
      best = std::move(mention);
    }
  }
  return best;
}

}  // namespace claimgraph::ingest
