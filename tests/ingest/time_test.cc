#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "ingest/attribution/time_expr.h"

namespace claimgraph::ingest {
namespace {

Span Find(std::string_view text, std::string_view what, std::size_t from = 0) {
  std::size_t pos = text.find(what, from);
  REQUIRE(pos != std::string_view::npos);
  return Span{uint32_t(pos), uint32_t(pos + what.size())};
}

Span Whole(std::string_view text) { return Span{0, uint32_t(text.size())}; }

// Runs FindStatementTime over the whole sentence with `cue` as the cue word.
std::optional<TimeMention> TimeOf(std::string_view text, std::string_view cue,
                                  std::string_view published) {
  return FindStatementTime(text, Whole(text), Find(text, cue), published);
}

TEST_CASE("'on Saturday' is the Saturday before a Sunday publication", "[time]") {
  // 2016-09-18 is a Sunday.
  std::string text =
      "Pentagon press secretary Peter Cook said in an emailed statement that "
      "Russian officials did not voice concerns earlier on Saturday when informed";
  auto t = TimeOf(text, "said", "2016-09-18");
  REQUIRE(t);
  CHECK(t->span.in(text) == "on Saturday");
  CHECK(t->said_on == "2016-09-17");
  CHECK(t->said_until == "2016-09-17");
  CHECK(t->precision == TimePrecision::kDay);
}

TEST_CASE("'said Sunday' in a story of that Sunday is that day, 'last Sunday' is the week before",
          "[time]") {
  std::string text = "a top US general said Sunday.";
  auto t = TimeOf(text, "said", "2017-09-18");  // a Monday
  REQUIRE(t);
  CHECK(t->span.in(text) == "Sunday");
  CHECK(t->said_on == "2017-09-17");
  auto same_day = TimeOf(text, "said", "2017-09-17");  // a Sunday
  REQUIRE(same_day);
  CHECK(same_day->said_on == "2017-09-17");
  std::string last = "a top US general said last Sunday.";
  auto last_week = TimeOf(last, "said", "2017-09-17");
  REQUIRE(last_week);
  CHECK(last_week->said_on == "2017-09-10");
  // Every other weekday is the latest one before publication (Sunday
  // 2017-09-17): Saturday is the day before, Monday six days before.
  const char* expected[] = {"2017-09-11", "2017-09-12", "2017-09-13", "2017-09-14",
                            "2017-09-15", "2017-09-16"};
  const char* days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  for (int i = 0; i < 6; ++i) {
    std::string sentence = std::string("the minister said ") + days[i] + ".";
    auto r = TimeOf(sentence, "said", "2017-09-17");
    REQUIRE(r);
    CHECK(r->said_on == expected[i]);
  }
}

TEST_CASE("a bare weekday after the subject resolves", "[time]") {
  std::string text =
      "The Syrian Democratic Forces (SDF), an alliance of Washington-backed Kurd and "
      "Arab fighters, said Saturday that";
  auto t = TimeOf(text, "said", "2017-09-18");
  REQUIRE(t);
  CHECK(t->span.in(text) == "Saturday");
  CHECK(t->said_on == "2017-09-16");
}

TEST_CASE("'on Saturday night' keeps the part of day in the span", "[time]") {
  std::string text =
      "The 15-member Security Council met on Saturday night after Russia demanded "
      "an emergency session";
  auto t = TimeOf(text, "met", "2016-09-18");
  REQUIRE(t);
  CHECK(t->span.in(text) == "on Saturday night");
  CHECK(t->said_on == "2016-09-17");
}

TEST_CASE("yesterday and today are relative to publication", "[time]") {
  std::string text =
      "Florida Department of Transportation official Troy Roberts said yesterday "
      "morning the road itself";
  auto t = TimeOf(text, "said", "2019-01-05");
  REQUIRE(t);
  CHECK(t->span.in(text) == "yesterday morning");
  CHECK(t->said_on == "2019-01-04");

  std::string today = "Prosecutor Krzysztof Sierak told reporters today";
  auto t2 = TimeOf(today, "told", "2019-01-14");
  REQUIRE(t2);
  CHECK(t2->span.in(today) == "today");
  CHECK(t2->said_on == "2019-01-14");

  std::string night = "Prime minister Hubert Minnis said last night that";
  auto t3 = TimeOf(night, "said", "2019-09-05");
  REQUIRE(t3);
  CHECK(t3->said_on == "2019-09-04");
}

TEST_CASE("last week, last month and earlier this week are periods", "[time]") {
  // 2019-01-10 is a Thursday.
  std::string week = "Officials said last week that the ship had been found.";
  auto w = TimeOf(week, "said", "2019-01-10");
  REQUIRE(w);
  CHECK(w->span.in(week) == "last week");
  CHECK(w->said_on == "2018-12-31");
  CHECK(w->said_until == "2019-01-06");
  CHECK(w->precision == TimePrecision::kWeek);

  std::string month = "The ministry announced last month that";
  auto m = TimeOf(month, "announced", "2019-01-10");
  REQUIRE(m);
  CHECK(m->said_on == "2018-12-01");
  CHECK(m->said_until == "2018-12-31");
  CHECK(m->precision == TimePrecision::kMonth);

  std::string earlier = "Police said earlier this week that";
  auto e = TimeOf(earlier, "said", "2019-01-10");
  REQUIRE(e);
  CHECK(e->span.in(earlier) == "earlier this week");
  CHECK(e->said_on == "2019-01-07");
  CHECK(e->said_until == "2019-01-09");
}

TEST_CASE("calendar dates in both orders, with and without a year", "[time]") {
  std::string dmy = "Churkin told reporters on 17 September that";
  auto a = TimeOf(dmy, "told", "2016-09-18");
  REQUIRE(a);
  CHECK(a->span.in(dmy) == "on 17 September");
  CHECK(a->said_on == "2016-09-17");

  std::string mdy = "The agency said on September 17 that";
  auto b = TimeOf(mdy, "said", "2016-09-18");
  REQUIRE(b);
  CHECK(b->span.in(mdy) == "on September 17");
  CHECK(b->said_on == "2016-09-17");

  // A month and day after publication belongs to the previous year.
  std::string late = "He said on December 30 that";
  auto c = TimeOf(late, "said", "2019-01-04");
  REQUIRE(c);
  CHECK(c->said_on == "2018-12-30");

  // An explicit year needs no anchor.
  std::string full = "The report, released Sept. 17, 2016, said";
  auto d = TimeOf(full, "said", "");
  REQUIRE(d);
  CHECK(d->span.in(full) == "Sept. 17, 2016");
  CHECK(d->said_on == "2016-09-17");
}

TEST_CASE("every month, by name or abbreviation, and every weekday resolve to their day",
          "[time]") {
  // The calendar words are data (data/word_lists.txt "month", "month_abbrev",
  // "weekday"): their order is what the dates mean.
  const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};
  const char* abbrevs[] = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.",
                           "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."};
  for (int m = 0; m < 12; ++m) {
    char want[16];
    std::snprintf(want, sizeof want, "2016-%02d-03", m + 1);
    for (std::string month : {std::string(names[m]), std::string(abbrevs[m])}) {
      std::string text = "The report, released " + month + " 3, 2016, said";
      INFO(text);
      auto t = TimeOf(text, "said", "");
      REQUIRE(t);
      CHECK(t->said_on == want);
    }
  }
  std::string sept = "The report, released Sept. 3, 2016, said";
  auto t = TimeOf(sept, "said", "");
  REQUIRE(t);
  CHECK(t->said_on == "2016-09-03");
  CHECK_FALSE(TimeOf("The report, released Marc 3, 2016, said", "said", ""));
  // 2016-09-18 is a Sunday: "on <weekday>" is the last such day before it.
  const char* weekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                            "Friday", "Saturday", "Sunday"};
  for (int d = 0; d < 7; ++d) {
    std::string text = std::string("The agency said on ") + weekdays[d] + " that";
    INFO(text);
    auto w = TimeOf(text, "said", "2016-09-18");
    REQUIRE(w);
    char want[16];
    std::snprintf(want, sizeof want, "2016-09-%02d", 12 + d);
    CHECK(w->said_on == want);
  }
}

TEST_CASE("without a publication date relative times stay unresolved", "[time]") {
  std::string text = "Trump said on Friday he can and may declare a national emergency";
  auto t = TimeOf(text, "said", "");
  REQUIRE(t);
  CHECK(t->span.in(text) == "on Friday");
  CHECK(t->said_on.empty());
  CHECK(t->said_until.empty());
}

TEST_CASE("the expression nearest the cue wins", "[time]") {
  // "on Monday" is nearer to "told" than "on Wednesday".
  std::string text =
      "After the blast on Wednesday, Deputy Emergency Situations Minister Alexander "
      "Chupriyan told TASS on Monday";
  auto t = TimeOf(text, "told", "2019-01-04");  // a Friday
  REQUIRE(t);
  CHECK(t->span.in(text) == "on Monday");
  CHECK(t->said_on == "2018-12-31");
  // The clause limits the search: outside it nothing is found.
  Span clause = Find(text, "After the blast on Wednesday");
  auto inside = FindStatementTime(text, clause, Find(text, "told"), "2019-01-04");
  REQUIRE(inside);
  CHECK(inside->span.in(text) == "on Wednesday");
  CHECK(inside->said_on == "2019-01-02");
}

TEST_CASE("words that only look like times are ignored", "[time]") {
  for (std::string text : {std::string("He said the may be a problem on the ballot."),
                           std::string("She said march season starts soon."),
                           std::string("They said nothing more.")}) {
    CAPTURE(text);
    CHECK_FALSE(TimeOf(text, "said", "2019-01-04"));
  }
}

TEST_CASE("all time expressions of a paragraph are listed in order", "[time]") {
  std::string text =
      "Tillerson is to meet Lavrov in New York on Sunday ahead of this week's UN "
      "General Assembly, a top US general said yesterday.";
  auto all = FindTimeExpressions(text, Whole(text), "2017-09-18");
  REQUIRE(all.size() == 2);
  CHECK(all[0].span.in(text) == "on Sunday");
  CHECK(all[1].span.in(text) == "yesterday");
  CHECK(all[1].said_on == "2017-09-17");
}

}  // namespace
}  // namespace claimgraph::ingest
