// Rule "figures" (FIGURES_DIFFER): two figures for one count.
#include <algorithm>
#include <cstdlib>

#include "common/strings.h"
#include "conflict/rules.h"

namespace claimgraph::ingest {

bool FiguresOverlap(const Figure& a, const Figure& b) {
  // Lower end of the intersection against its upper end.
  auto below = [](const Figure& lo_side, const Figure& hi_side) {
    // Is lo_side.low strictly beyond hi_side's upper bound?
    if (hi_side.unbounded_high) return false;
    if (lo_side.low > hi_side.high) return true;
    if (lo_side.low == hi_side.high)
      return !(lo_side.low_inclusive && hi_side.high_inclusive);
    return false;
  };
  return !below(a, b) && !below(b, a);
}

namespace conflict_internal {
namespace {

// Days between two ISO dates (only the YYYY-MM-DD prefix is read); 0 when
// either does not parse.
long DayDistance(std::string_view x, std::string_view y) {
  auto days = [](std::string_view d) -> std::optional<long> {
    if (d.size() < 10) return std::nullopt;
    int yy = std::atoi(std::string(d.substr(0, 4)).c_str());
    int mm = std::atoi(std::string(d.substr(5, 2)).c_str());
    int dd = std::atoi(std::string(d.substr(8, 2)).c_str());
    if (yy == 0 || mm == 0 || dd == 0) return std::nullopt;
    // Days from civil (Howard Hinnant's algorithm).
    yy -= mm <= 2;
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long doy = (153 * (mm + (mm > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
  };
  auto dx = days(x), dy = days(y);
  if (!dx || !dy) return 0;
  return std::labs(*dx - *dy);
}

}  // namespace

// Rule "figures" (FIGURES_DIFFER): the same counted noun (stem) under the
// same measure class (kill, injure, missing, ...) with figures that are not
// equal, stated within a day of each other when both dates are known (counts
// grow). Parties modifying the noun must agree ("Syrian soldiers" vs "US
// soldiers" are different quantities). Example: a14 "US jets had killed more
// than 60 Syrian soldiers" vs a15 "at least 90 Syrian soldiers had been
// killed": (60, inf) and [90, inf) overlap, so ranges_compatible = true.
// Business wire (our own text, tests/data/business biz-06): "OPEC crude oil
// output in February averaged 16.2 mln barrels per day" (International
// Energy Agency) vs "... averaged 15.4 mln barrels per day" (a Reuter
// survey).
std::optional<ConflictFinding> Figures(const Claim& a, const Claim& b,
                                       const Lexicon& lex) {
  if (!a.text->said_on.empty() && !b.text->said_on.empty() &&
      DayDistance(a.text->said_on, b.text->said_on) > 1)
    return std::nullopt;
  if (DifferentTimes(a.an, b.an)) return std::nullopt;
  // A place named by one claim and not the other: other events ("in
  // Gilroy", "in Dayton, Ohio").
  for (const auto* x : {&a.an, &b.an}) {
    const Analysis& other = x == &a.an ? b.an : a.an;
    for (const std::string& place : x->places)
      if (!other.entity_set.count(place)) return std::nullopt;
  }
  // Claims that both name parties or places but share none report different
  // events: "the death toll rising to 22 people" in El Paso vs "Dayton, Ohio
  // where ten people died".
  if (!a.an.entity_set.empty() && !b.an.entity_set.empty()) {
    bool shared = false;
    for (const std::string& e : a.an.entity_set)
      shared = shared || b.an.entity_set.count(e);
    if (!shared) return std::nullopt;
  }
  for (const Quantity& qa : a.an.quantities) {
    if (qa.figure.unit.empty() || qa.measure.empty() ||
        a.an.embedded[qa.first] || a.an.modal[qa.first])
      continue;
    for (const Quantity& qb : b.an.quantities) {
      if (qb.figure.unit != qa.figure.unit || qb.measure != qa.measure ||
          b.an.embedded[qb.first] || b.an.modal[qb.first])
        continue;
      // The same quantity in the same scope: the same parties modifying the
      // noun ("Syrian soldiers" vs "US soldiers"), the same scope words (a
      // part, "the first attack", is not the total), and no other place or
      // party in the figure's clause ("in Dayton, Ohio" vs "in El Paso").
      if (qa.parties != qb.parties || qa.scope != qb.scope ||
          qa.scope == "more")
        continue;
      // A measure named by a noun (lexicon table `qualified`: output,
      // strike, protest) counts what its words say: "OPEC crude oil output"
      // is not "steel output", nor "Saudi Arabia's output" (issue 12,
      // business wire: two sources' figures for one count).
      if (lex.Has("qualified", qa.measure) && qa.qualifier != qb.qualifier)
        continue;
      if (!qa.clause_entities.empty() && !qb.clause_entities.empty() &&
          qa.clause_entities != qb.clause_entities)
        continue;
      const Figure& fa = qa.figure;
      const Figure& fb = qb.figure;
      // Twenty times apart: a worldwide count and one outbreak, a year and
      // a day, not two estimates of one number.
      auto value = [](const Figure& f) { return f.low > 0 ? f.low : f.high; };
      double low = std::max(1.0, std::min(value(fa), value(fb)));
      double high = std::max(value(fa), value(fb));
      if (high / low > 20) continue;
      if (fa.low == fb.low && fa.high == fb.high &&
          fa.unbounded_high == fb.unbounded_high &&
          fa.low_inclusive == fb.low_inclusive &&
          fa.high_inclusive == fb.high_inclusive)
        continue;  // the same figure: agreement
      // "several cases" vs "one case": a vague count is no figure to
      // dispute (measured: such pairs were other cases, judged false).
      if (fa.vague || fb.vague) continue;
      // "80 people" vs "at least 80 people", "more than 60": an exact
      // figure inside an open-ended range agrees with it ("24" vs "as many
      // as 32" stays: two sources' different counts).
      auto exact = [](const Figure& f) {
        return !f.unbounded_high && f.low == f.high;
      };
      if (((exact(fa) && fb.unbounded_high) ||
           (exact(fb) && fa.unbounded_high)) &&
          FiguresOverlap(fa, fb))
        continue;
      ConflictFinding f;
      f.type = ConflictType::kFiguresDiffer;
      f.rule = "figures";
      f.ranges_compatible = FiguresOverlap(fa, fb);
      f.confidence = f.ranges_compatible ? kConfidence.figures_compatible
                                         : kConfidence.figures;
      f.evidence_a = fa.range;
      f.evidence_b = fb.range;
      f.figure_a = fa;
      f.figure_b = fb;
      f.reason = Cat("figures: ", qa.measure, " ", fa.unit, ": \"", fa.text,
                     "\" vs \"", fb.text, "\", ranges ",
                     f.ranges_compatible ? "compatible" : "incompatible");
      return f;
    }
  }
  return std::nullopt;
}

}  // namespace conflict_internal
}  // namespace claimgraph::ingest
