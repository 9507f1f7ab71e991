// Tests of the pairwise contradiction detector (ingest/conflict.h): one unit
// test per rule with real sentences, the example articles' gold pairs, and
// precision/recall on tests/data/conflict_pairs.jsonl.
#include "conflict/detector.h"
#include "ingest/attribution/cue_class.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace claimgraph::ingest {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

std::string SourceDir() {
  const char* env = std::getenv("CLAIMGRAPH_SOURCE_DIR");
  return env != nullptr ? env : CLAIMGRAPH_SOURCE_DIR;
}

const ConflictDetector& Detector() {
  static const std::unique_ptr<ConflictDetector> detector = [] {
    auto d = ConflictDetector::Create();
    INFO(d.status().ToString());
    REQUIRE(d.ok());
    return std::move(*d);
  }();
  return *detector;
}

bool Verbose() { return std::getenv("CONFLICT_TEST_VERBOSE") != nullptr; }

std::vector<Struct> ReadJsonLines(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in.good());
  std::vector<Struct> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    Struct s;
    auto status = google::protobuf::util::JsonStringToMessage(line, &s);
    INFO(path << ": " << line.substr(0, 80));
    REQUIRE(status.ok());
    out.push_back(std::move(s));
  }
  return out;
}

std::string Str(const Struct& s, const std::string& key) {
  auto it = s.fields().find(key);
  if (it == s.fields().end() || it->second.kind_case() != Value::kStringValue)
    return "";
  return it->second.string_value();
}

const Struct* Obj(const Struct& s, const std::string& key) {
  auto it = s.fields().find(key);
  if (it == s.fields().end() || it->second.kind_case() != Value::kStructValue)
    return nullptr;
  return &it->second.struct_value();
}

// A claim as the store gives it to the detector: whether it asserts a fact
// comes from its cue class, classified the way the extractor does (the pair
// file has the cue as written and the speaker, no source mention).
ClaimText Claim(std::string_view content, std::string_view speaker,
                std::string_view cue, std::string_view said_on = "") {
  ClaimText c;
  c.content = content;
  c.speaker = speaker;
  c.cue_lemma = cue;
  c.asserts = AssertsFact(ClassifyCue(cue, speaker));
  c.said_on = said_on;
  return c;
}

std::optional<ConflictType> ParseType(const std::string& name) {
  if (name == "rebuttal" || name == "rebuts") return ConflictType::kRebuts;
  if (name == "contradiction" || name == "contradicts")
    return ConflictType::kContradicts;
  if (name == "denial" || name == "denies") return ConflictType::kDenies;
  if (name == "figures_differ") return ConflictType::kFiguresDiffer;
  if (name == "corrects") return ConflictType::kCorrects;
  return std::nullopt;
}

// ---------------------------------------------------------------- per rule

TEST_CASE("reference rule: Power's 'that claim' rebuts Zakharova",
          "[conflict]") {
  auto f =
      Detector().Compare(Claim("Zakharova should be embarassed by that claim",
                               "Samantha Power", "say"),
                         Claim("We are reaching a really terrifying conclusion "
                               "for the whole world: That the "
                               "White House is defending Islamic State. Now "
                               "there can be no doubts about that",
                               "Maria Zakharova", "quote"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kRebuts);
  CHECK(f->rule == "reference");
  CHECK_FALSE(f->b_answers_a);
}

TEST_CASE(
    "reference rule: 'the claim from Berlin' resolves to the German government",
    "[conflict]") {
  // https://en.wikinews.org/wiki/Germany_says_Alexei_Navalny_poisoned_with_Novichok
  auto f = Detector().Compare(
      Claim("the claim from Berlin as groundless", "The Russian government",
            "dismiss"),
      Claim("there was \"unequivocal\" proof he had been poisoned",
            "German government", "say"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kRebuts);
}

TEST_CASE("reference rule: a reference that agrees is not a rebuttal",
          "[conflict]") {
  auto f = Detector().Compare(
      Claim("Zakharova made that claim on Saturday", "Samantha Power", "say"),
      Claim("the White House is defending Islamic State", "Maria Zakharova",
            "quote"));
  CHECK_FALSE(f);
}

TEST_CASE("reference rule: points backwards within a document", "[conflict]") {
  ClaimText a = Claim("Zakharova should be embarassed by that claim",
                      "Samantha Power", "say");
  ClaimText b =
      Claim("the strikes threatened to undermine the ceasefire in Syria",
            "Maria Zakharova", "say");
  a.doc_id = b.doc_id = "doc";
  a.offset = 2535;
  b.offset = 2680;
  CHECK_FALSE(Detector().Compare(a, b));
}

TEST_CASE("denial rule: denied targeting vs bombing by the denier's side",
          "[conflict]") {
  ClaimText denial =
      Claim("targeting the group", "A Russian military spokesman", "deny");
  auto f = Detector().Compare(denial,
                              Claim("several of its fighters were injured in a "
                                    "bombing by Russian warplanes "
                                    "east of the Euphrates River near Syria's "
                                    "oil-rich province of Deir Ezzor",
                                    "Syrian Democratic Forces", "say"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kDenies);
  CHECK(f->rule == "denial");
  // Reversed arguments: the second claim answers the first.
  auto r = Detector().Compare(
      Claim("the Russians knew the zone contained SDF fighters",
            "US-led coalition", "claim"),
      denial);
  REQUIRE(r);
  CHECK(r->type == ConflictType::kDenies);
  CHECK(r->b_answers_a);
}

TEST_CASE("a dispute named as a noun denies nothing", "[conflict]") {
  // (Issue 12, 1987 wire copy: "dispute" was read as a denial of what a
  // claim about the same two countries said.)
  auto f = Detector().Compare(
      Claim("the trade dispute between the U.S. and Japan might lead to pressure on Korea",
            "A trade official", "say"),
      Claim("the government is awaiting the outcome of trade talks between the U.S. and "
            "Japan",
            "John Halvern", "say"));
  CHECK_FALSE(f);
}

TEST_CASE(
    "denial rule: accidental harm and embedded reports are not denied claims",
    "[conflict]") {
  ClaimText denial =
      Claim("targeting the group", "A Russian military spokesman", "deny");
  CHECK_FALSE(Detector().Compare(
      denial,
      Claim("Russian forces were pursuing IS fighters who had fled across the "
            "Euphrates when their jets struck close enough to injure SDF "
            "troops in "
            "the area",
            "Joe Dunford", "say")));
  CHECK_FALSE(Detector().Compare(
      denial,
      Claim(
          "Washington and Moscow have held high-level talks aimed at shoring "
          "up "
          "military \"deconfliction\" zones in eastern Syria after Russia was "
          "accused of targeting US-backed forces battling the Islamic State "
          "group "
          "in an air strike",
          "Joe Dunford", "say")));
}

TEST_CASE("denial rule: a denial agreeing with a negated claim is not flagged",
          "[conflict]") {
  // https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead
  CHECK_FALSE(
      Detector().Compare(Claim("the two explosions are related", "FSB", "deny"),
                         Claim("this too was unrelated to the other explosion",
                               "Boris Dubrovsky", "say")));
}

TEST_CASE("denial rule: denied slaying vs murder by the denier's agents",
          "[conflict]") {
  // https://en.wikinews.org/wiki/Fianc%C3%A9e_of_murdered_Saudi_journalist_demands_justice_at_UN_General_Assembly
  auto f = Detector().Compare(
      Claim("all claims that Khashoggi was slain", "Saudi Arabia", "denied"),
      Claim("evidence supported his murder and dismemberment inside the "
            "consulate by Saudi "
            "agents",
            "UN report", "concluded"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kDenies);
}

// The denier's own side owning the event is its change of position, not a
// dispute: a blind judge found conflict-0.6's edge between Saudi Arabia's
// denial and PBS's report of the crown prince accepting responsibility false.
TEST_CASE("denial rule: the denier's side accepting responsibility is no dispute",
          "[conflict]") {
  // https://en.wikinews.org/wiki/Fianc%C3%A9e_of_murdered_Saudi_journalist_demands_justice_at_UN_General_Assembly
  CHECK_FALSE(Detector().Compare(
      Claim("all claims that Khashoggi was slain", "Saudi Arabia", "denied"),
      Claim("in December, Crown Prince Mohammad bin Salman of Saudi Arabia "
            "accepted responsibility for the murder of journalist Jamal "
            "Khashoggi but did not say he'd ordered it",
            "PBS", "revealed")));
}

TEST_CASE("reference rule: 'these allegations' resolves by document position",
          "[conflict]") {
  ClaimText denial =
      Claim("these allegations", "Church of Scientology", "deny");
  ClaimText claim = Claim(
      "her passport was taken away from her and she was forced to work in the "
      "engine room",
      "Valeska Paris", "claim");
  denial.doc_id = claim.doc_id = "gum-news_imprisoned";
  claim.offset = 1400;
  denial.offset = 1979;
  auto f = Detector().Compare(denial, claim);
  REQUIRE(f);
  CHECK(f->type == ConflictType::kRebuts);
  claim.doc_id = "another article";
  CHECK_FALSE(Detector().Compare(denial, claim));
}

TEST_CASE("relation rule: no evidence of colluding vs defending / helping",
          "[conflict]") {
  ClaimText churkin = Claim(
      "Russia had no ‘specific evidence’ of the United States colluding with "
      "Islamic State "
      "militants",
      "Vitaly Churkin", "say");
  auto f = Detector().Compare(
      churkin,
      Claim(
          "We are reaching a really terrifying conclusion for the whole world: "
          "That the White House is defending Islamic State.",
          "Maria Zakharova", "quote"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kContradicts);
  CHECK(f->rule == "relation");
  auto g = Detector().Compare(
      churkin,
      Claim(
          "the strikes, which allowed Islamic State fighters to briefly "
          "overrun a "
          "Syrian army position near Deir al-Zor airport, as evidence that the "
          "United States was helping the jihadist militants",
          "Russia", "cite"));
  REQUIRE(g);
  CHECK(g->type == ConflictType::kContradicts);
}

TEST_CASE("relation rule: the same relation with another object is no conflict",
          "[conflict]") {
  CHECK_FALSE(Detector().Compare(
      Claim("Russia had no ‘specific evidence’ of the United States colluding "
            "with Islamic "
            "State militants",
            "Vitaly Churkin", "say"),
      Claim("the strikes threatened to undermine the ceasefire in Syria "
            "brokered by Russia, "
            "which has been aiding Syria’s president Bashar al-Assad in the "
            "civil war, and the "
            "United States, which has backed some rebel groups",
            "Maria Zakharova", "say")));
}

TEST_CASE("negation rule: never forced vs forced, same clause content",
          "[conflict]") {
  // https://en.wikinews.org/wiki/Australian_woman_claims_Church_of_Scientology_imprisoned_her_for_twelve_years
  auto f = Detector().Compare(
      Claim("She was also never forced to perform labour in the engine room.",
            "Church of Scientology", "say"),
      Claim("her passport was taken away from her and she was forced to work "
            "in the engine "
            "room",
            "Janette Paris", "claim"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kContradicts);
  CHECK(f->rule == "negation");
}

TEST_CASE("negation rule: a negated figure word or an unrelated predicate is no conflict",
          "[conflict]") {
  // Issue 12: conflict-0.1 paired these through "billion" (business wire).
  CHECK_FALSE(Detector().Compare(
      Claim("the bank did not take into account Argentina's request for a 2.15 billion "
            "dlr loan",
            "bank officials", "say"),
      Claim("Argentina was seeking 2.15 billion dlrs", "Argentine officials", "say")));
  // Different days: "not on Monday" vs "on Friday".
  CHECK_FALSE(Detector().Compare(
      Claim("the talks did not resume on Monday", "Reuters", "report"),
      Claim("the talks resumed on Friday in Geneva", "AFP", "report")));
  // A forecast is not contradicted by an outcome it did not assert.
  CHECK_FALSE(Detector().Compare(
      Claim("prices will not rise this year", "the ministry", "say"),
      Claim("prices rise this year by two percent", "analysts", "say")));
}

TEST_CASE("negation rule: a negated noun phrase or quantifier is no conflict", "[conflict]") {
  // Judged false on PolNeAR (conflict-0.3): the negator governs a noun phrase
  // or a quantifier, not the predicate the other claim asserts.
  CHECK_FALSE(Detector().Compare(
      Claim("the senator voted no to the trade treaty in the committee", "his aide", "say"),
      Claim("the senator backed the trade treaty in the committee", "a rival", "say")));
  CHECK_FALSE(Detector().Compare(
      Claim("the payment had nothing to do with the water board", "the mayor", "say"),
      Claim("the payment went to the water board", "an auditor", "say")));
  CHECK_FALSE(Detector().Compare(
      Claim("not all airlines require pilots to sign the waiver", "the union", "say"),
      Claim("all pilots sign the waiver", "the airline", "say")));
  // The predicate itself negated still conflicts.
  CHECK(Detector().Compare(
      Claim("the senator never backed the trade treaty in the committee", "his aide", "say"),
      Claim("the senator backed the trade treaty in the committee", "a rival", "say")));
}

TEST_CASE("a fragment is no claim to contradict, names in the objects must agree",
          "[conflict]") {
  // Judged false on PolNeAR (conflict-0.3): a two-word content, and a negation
  // over another party's account.
  CHECK_FALSE(Detector().Compare(
      Claim("the reporter had invented the whole story about the rally", "the candidate", "say"),
      Claim("the truth", "the reporter", "say")));
  CHECK_FALSE(Detector().Compare(
      Claim("he never obtained access to Garcia's bank account", "his lawyer", "say"),
      Claim("he obtained access to the bank accounts of wealthy clients", "prosecutors", "say")));
}

TEST_CASE("figures rule: an exact figure inside an open range, or a vague count, agrees",
          "[conflict]") {
  CHECK_FALSE(Detector().Compare(Claim("80 people were killed in the blast", "police", "say"),
                                 Claim("at least 80 people were killed in the blast",
                                       "the ministry", "say")));
  CHECK_FALSE(Detector().Compare(Claim("several cases of the virus were confirmed", "doctors", "say"),
                                 Claim("one case of the virus was confirmed", "the ministry", "say")));
  // Two sources' different counts still differ.
  auto f = Detector().Compare(Claim("24 people have been hospitalised", "local officials", "say"),
                              Claim("as many as 32 hospitalised", "the agency", "report"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kFiguresDiffer);
}

TEST_CASE("figures rule: spelled-out numbers and multipliers read as their values",
          "[conflict]") {
  // The number words are data (data/conflict_lexicon.txt number and
  // multiplier records).
  auto figures = [](std::string_view a, std::string_view b) {
    auto f = Detector().Compare(Claim(a, "police", "say"), Claim(b, "the ministry", "say"));
    REQUIRE(f);
    REQUIRE(f->type == ConflictType::kFiguresDiffer);
    REQUIRE(f->figure_a);
    REQUIRE(f->figure_b);
    return std::pair(*f->figure_a, *f->figure_b);
  };
  auto [a, b] = figures("twenty-five people were killed in the blast",
                        "seventeen people were killed in the blast");
  CHECK(a.low == 25);
  CHECK(a.high == 25);
  CHECK(b.low == 17);
  auto [c, d] = figures("three hundred people were killed in the blast",
                        "four thousand people were killed in the blast");
  CHECK(c.low == 300);
  CHECK(d.low == 4000);
  auto [e, g] = figures("a dozen people were killed in the blast",
                        "ninety people were killed in the blast");
  CHECK(e.low == 12);
  CHECK(g.low == 90);
}

TEST_CASE("reference rule: an indefinite common noun is not the other speaker", "[conflict]") {
  // "an opposing campaign" is not "Her campaign".
  CHECK_FALSE(Detector().Compare(
      Claim("that suggestion was a false claim from an opposing campaign in disarray",
            "Jeff Weaver", "dismiss"),
      Claim("some of the mothers would campaign for her in the state", "Her campaign", "say")));
}

TEST_CASE("beliefs, intentions and stances take part in no rule", "[conflict]") {
  ClaimText churkin = Claim(
      "Russia had no ‘specific evidence’ of the United States colluding with "
      "Islamic State militants",
      "Vitaly Churkin", "say");
  ClaimText helping =
      Claim("the United States was helping the jihadist militants", "Russia", "cite");
  REQUIRE(Detector().Compare(churkin, helping));
  for (std::string_view cue : {"want", "hopes", "planned", "urged", "believe", "expects",
                               "is convinced", "criticised", "called for"}) {
    INFO(cue);
    helping.cue_lemma = cue;
    helping.asserts = AssertsFact(ClassifyCue(cue, "Russia"));
    CHECK_FALSE(Detector().Compare(churkin, helping));
  }
  // Evidence takes part: "records show" is a non-human source's statement.
  helping.cue_lemma = "show";
  helping.asserts = AssertsFact(ClassifyCue("show", "military records"));
  CHECK(Detector().Compare(churkin, helping));
}

TEST_CASE(
    "figures rule: more than 60 vs at least 90 soldiers killed, compatible",
    "[conflict]") {
  auto f = Detector().Compare(
      Claim("US jets had killed more than 60 Syrian soldiers in four air "
            "strikes by two "
            "F-16s and two A-10s coming from the direction of Iraq",
            "Russian Defence Ministry", "say"),
      Claim("at least 90 Syrian soldiers had been killed", "", "cite"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kFiguresDiffer);
  CHECK(f->ranges_compatible);
  REQUIRE(f->figure_a);
  REQUIRE(f->figure_b);
  CHECK(f->figure_a->low == 60);
  CHECK_FALSE(f->figure_a->low_inclusive);
  CHECK(f->figure_a->unbounded_high);
  CHECK(f->figure_a->unit == "soldier");
  CHECK(f->figure_b->low == 90);
  CHECK(f->figure_b->low_inclusive);
  CHECK(f->figure_a->text == "more than 60 Syrian soldiers");
}

// Trapped under the rubble is a part of the missing, not the same count: a
// blind judge found conflict-0.6's edge between these two false (conflict-0.7
// splits the measure classes `trapped` and `missing`). Two counts of the
// trapped still differ.
TEST_CASE("figures rule: between 36 and 40 under the rubble vs 68 missing",
          "[conflict]") {
  CHECK_FALSE(Detector().Compare(
      Claim("presumably between 36 and 40 people under the rubble",
            "Yevgeny Zinichev", "tell"),
      Claim("68 people were missing", "Oleg Klimov", "indicate")));
  auto f = Detector().Compare(
      Claim("presumably between 36 and 40 people under the rubble",
            "Yevgeny Zinichev", "tell"),
      Claim("68 people were trapped under the rubble", "Oleg Klimov",
            "indicate"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kFiguresDiffer);
  CHECK_FALSE(f->ranges_compatible);
  CHECK(f->figure_a->low == 36);
  CHECK(f->figure_a->high == 40);
}

// Business wire (our own text): two sources' output for one month in the
// same words but other figures are no repetition; the words before the
// measure say what is measured.
TEST_CASE("figures rule: one output by two sources, not steel against industrial",
          "[conflict]") {
  auto f = Detector().Compare(
      Claim("OPEC crude oil output in February averaged 16.2 mln barrels per day",
            "International Energy Agency", "said", "1987-03-09"),
      Claim("OPEC crude oil output in February averaged 15.4 mln barrels per day",
            "A Reuter survey", "said", "1987-03-09"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kFiguresDiffer);
  CHECK_FALSE(Detector().Compare(
      Claim("steel output rose 3.1 pct in March", "The American Iron and Steel Institute",
            "said", "1987-04-13"),
      Claim("U.S. industrial output rose 0.5 pct in March", "the Federal Reserve Board",
            "said", "1987-04-13")));
  CHECK_FALSE(Detector().Compare(
      Claim("OPEC crude oil output in February averaged 16.2 mln barrels per day",
            "International Energy Agency", "said", "1987-03-09"),
      Claim("OPEC crude oil output in February averaged 16.2 mln barrels per day",
            "A Reuter survey", "said", "1987-03-09")));
}

TEST_CASE(
    "figures rule: other measure, other dates and equal figures are not "
    "flagged",
    "[conflict]") {
  CHECK_FALSE(Detector().Compare(
      Claim("A total of 39 are confirmed dead", "officials", "tell"),
      Claim("presumably between 36 and 40 people under the rubble",
            "Yevgeny Zinichev", "tell")));
  CHECK_FALSE(Detector().Compare(
      Claim("there were at least 118,381 cases worldwide", "CNBC", "report",
            "2020-03-11"),
      Claim("there were at least 126,000 cases of COVID-19 worldwide",
            "Associated Press", "report", "2020-03-13")));
  CHECK_FALSE(Detector().Compare(
      Claim("at least 90 Syrian soldiers had been killed", "a military source",
            "cite"),
      Claim("at least ninety Syrian soldiers were killed", "SANA", "say")));
}

// ---------------------------------------------------------------- corrections

// The issue's wire example: a ministry calls the talks "a new issue and not a
// reopening as stated yesterday".
constexpr char kReopen[] =
    "the talks in Geneva would reopen the 1985 semiconductor accord with Japan";
constexpr char kNotReopen[] =
    "the talks in Geneva were a new issue and not a reopening of the "
    "semiconductor accord as stated yesterday";

TEST_CASE("correction rule: one source correcting itself is CORRECTS, not a contradiction",
          "[conflict]") {
  auto f = Detector().Compare(Claim(kNotReopen, "Hajime Tamura", "said", "1987-03-03"),
                              Claim(kReopen, "Hajime Tamura", "said", "1987-03-02"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kCorrects);
  CHECK(f->rule == "correction");
  CHECK_FALSE(f->b_answers_a);
  CHECK(std::string(kNotReopen).substr(f->evidence_a.start,
                                       f->evidence_a.end - f->evidence_a.start) ==
        "as stated");
  CHECK(f->confidence >= 0.5f);
  // Either argument order: the correcting claim is the one answering.
  auto swapped =
      Detector().Compare(Claim(kReopen, "Hajime Tamura", "said", "1987-03-02"),
                         Claim(kNotReopen, "Hajime Tamura", "said", "1987-03-03"));
  REQUIRE(swapped);
  CHECK(swapped->type == ConflictType::kCorrects);
  CHECK(swapped->b_answers_a);
}

TEST_CASE("correction rule: a revised estimate by the same agency", "[conflict]") {
  auto f = Detector().Compare(
      Claim("it had revised its estimate of the wheat crop to 40 mln tonnes from 25 mln",
            "the Agriculture Department", "said", "1987-04-10"),
      Claim("the wheat crop would reach 25 mln tonnes", "the Agriculture Department",
            "said", "1987-04-09"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kCorrects);
}

TEST_CASE("business wire traps: two companies' it, units shared by a revision",
          "[conflict]") {
  // Issue 12 (tests/data/business): each company's "it" is that company.
  CHECK_FALSE(Detector().Compare(
      Claim("it did not raise car prices in March", "Ford Motor Co", "said"),
      Claim("it raised car prices in March by an average of 1.9 pct",
            "General Motors Corp", "said")));
  // A revised profit estimate corrects the profit forecast, not a sales
  // forecast that shares only "billion yen"; "Sharp Corp" is "Sharp".
  auto revised = Claim(
      "it had revised its estimate of parent company net profit for the year "
      "to 14 billion yen from 19 billion yen",
      "Sharp Corp", "said", "1987-03-11");
  CHECK_FALSE(Detector().Compare(
      revised, Claim("sales would fall five pct to 770 billion yen because of "
                     "the yen's rise",
                     "Sharp Corp", "said", "1987-03-11")));
  auto f = Detector().Compare(
      revised,
      Claim("parent company net profit for the year to March would be 19 "
            "billion yen",
            "Sharp", "said", "1987-03-10"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kCorrects);
}

TEST_CASE("reference rule: a claim named by its speaker's possessive", "[conflict]") {
  auto rebuttal = Claim(
      "Pennzoil's claim that Texaco had agreed to the settlement terms is "
      "simply not true",
      "Texaco Inc", "said");
  auto f = Detector().Compare(
      rebuttal, Claim("Texaco had agreed to the settlement terms in January",
                      "Pennzoil Co", "said"));
  REQUIRE(f);
  CHECK(f->type == ConflictType::kRebuts);
  // Only the claim the possessive names: not another claim of Pennzoil's.
  CHECK_FALSE(Detector().Compare(
      rebuttal,
      Claim("its board would meet in Houston on Friday to discuss the dividend",
            "Pennzoil Co", "said")));
}

TEST_CASE("correction rule: not between two sources, nor backwards, nor a repetition",
          "[conflict]") {
  // The same sentences by two different sources: no correction.
  auto two = Detector().Compare(Claim(kNotReopen, "Hajime Tamura", "said", "1987-03-03"),
                                Claim(kReopen, "Clayton Yeutter", "said", "1987-03-02"));
  CHECK_FALSE((two && two->type == ConflictType::kCorrects));
  // A correction dated before the claim it would correct corrects nothing.
  auto backwards =
      Detector().Compare(Claim(kNotReopen, "Hajime Tamura", "said", "1987-03-01"),
                         Claim(kReopen, "Hajime Tamura", "said", "1987-03-02"));
  CHECK_FALSE((backwards && backwards->type == ConflictType::kCorrects));
  // "As stated yesterday" without a contrast repeats, it does not correct.
  auto repeat = Detector().Compare(
      Claim("the talks in Geneva would reopen the semiconductor accord, as stated yesterday",
            "Hajime Tamura", "said", "1987-03-03"),
      Claim(kReopen, "Hajime Tamura", "said", "1987-03-02"));
  CHECK_FALSE(repeat);
  // A marker with nothing shared: another subject.
  auto unrelated = Detector().Compare(
      Claim("it had revised its forecast for car exports", "Hajime Tamura", "said",
            "1987-03-03"),
      Claim(kReopen, "Hajime Tamura", "said", "1987-03-02"));
  CHECK_FALSE(unrelated);
}

TEST_CASE("figures overlap", "[conflict]") {
  Figure more_than_60{60, 0, false, true, true, "soldier", {}, ""};
  Figure at_least_90{90, 0, true, true, true, "soldier", {}, ""};
  Figure exactly_60{60, 60, true, true, false, "soldier", {}, ""};
  Figure between_36_40{36, 40, true, true, false, "person", {}, ""};
  CHECK(FiguresOverlap(more_than_60, at_least_90));
  CHECK_FALSE(FiguresOverlap(more_than_60, exactly_60));
  CHECK_FALSE(FiguresOverlap(between_36_40, at_least_90));
  CHECK(FiguresOverlap(between_36_40, between_36_40));
}

TEST_CASE("repetition and agreement are not conflicts", "[conflict]") {
  std::string_view text =
      "several of its fighters were injured in a bombing by Russian warplanes "
      "east of the "
      "Euphrates River near Syria's oil-rich province of Deir Ezzor";
  CHECK_FALSE(
      Detector().Compare(Claim(text, "Syrian Democratic Forces", "say"),
                         Claim(text, "Syrian Democratic Forces", "say")));
  CHECK_FALSE(Detector().Compare(
      Claim("the United States was helping the jihadist militants", "Russia",
            "cite"),
      Claim("That the White House is defending Islamic State.",
            "Maria Zakharova", "quote")));
}

TEST_CASE("terms: every gold pair of the examples shares a term",
          "[conflict]") {
  auto shares = [](const std::vector<std::string>& x,
                   const std::vector<std::string>& y) {
    for (const auto& t : x)
      if (std::find(y.begin(), y.end(), t) != y.end()) return true;
    return false;
  };
  auto terms = [](std::string_view content, std::string_view speaker,
                  std::string_view cue) {
    return Detector().Terms(Claim(content, speaker, cue));
  };
  CHECK(shares(terms("Zakharova should be embarassed by that claim",
                     "Samantha Power", "said"),
               terms("That the White House is defending Islamic State.",
                     "Maria Zakharova", "quoted")));
  CHECK(shares(
      terms("targeting the group", "A Russian military spokesman", "denied"),
      terms("the Russians knew the zone contained SDF fighters",
            "US-led coalition", "claimed")));
  CHECK(shares(terms("the claim from Berlin as groundless",
                     "The Russian government", "dismissed"),
               terms("there was \"unequivocal\" proof he had been poisoned",
                     "German government", "said")));
}

TEST_CASE("terms are the parties a claim names, is given or is spoken by",
          "[conflict]") {
  // The store finds candidates across stories through these terms, and a
  // pair across stories stands only when it shares an entity: content words,
  // counted nouns and relation classes would only add candidates that cannot
  // stand (graph/conflict_linking.cc).
  ClaimText claim = Claim("Russia had no ‘specific evidence’ of the United "
                          "States colluding with Islamic State militants",
                          "Vitaly Churkin", "say");
  claim.entities = {"Aleppo"};
  auto terms = Detector().Terms(claim);
  auto has = [&](const std::string& t) {
    return std::find(terms.begin(), terms.end(), t) != terms.end();
  };
  CHECK(has("e:russia"));
  CHECK(has("e:united_states"));
  CHECK(has("e:islamic_state"));
  CHECK(has("e:aleppo"));
  CHECK(has("e:churkin"));
  for (const std::string& t : terms) CHECK(t.starts_with("e:"));
  CHECK(Detector().Terms(Claim("at least 90 soldiers had been killed", "", "cite")).empty());
}

TEST_CASE("a claim's entities are read as a set: order and repeats change nothing",
          "[conflict]") {
  // The store reuses a claim's analysis when its entities read back from the
  // store in another order (graph/conflict_linking.cc WrittenAnalysis).
  auto claim = [](std::vector<std::string> entities) {
    ClaimText c = Claim("the governor never approved the bridge contract for Dayton and Lima",
                        "his spokeswoman", "say");
    c.entities = std::move(entities);
    return c;
  };
  ClaimText other = Claim("the governor approved the bridge contract for Dayton and Lima",
                          "a contractor", "say");
  other.entities = {"Dayton"};
  ClaimText in_order = claim({"Dayton", "Lima"});
  ClaimText reversed = claim({"Lima", "Dayton", "Lima"});
  CHECK(Detector().Terms(in_order) == Detector().Terms(reversed));
  auto a = Detector().Compare(in_order, other);
  auto b = Detector().Compare(reversed, other);
  REQUIRE(a.has_value());
  REQUIRE(b.has_value());
  CHECK(a->type == b->type);
  CHECK(a->confidence == b->confidence);
  CHECK(a->reason == b->reason);
  CHECK(a->evidence_a.start == b->evidence_a.start);
  CHECK(a->evidence_a.end == b->evidence_a.end);
  CHECK(a->evidence_b.start == b->evidence_b.start);
  CHECK(a->evidence_b.end == b->evidence_b.end);
}

TEST_CASE("lexicon tables are found by name: short aliases only in upper case",
          "[conflict]") {
  // Each table is found through its name's hash (conflict/internal.h
  // TableName); "US" is the alias table's party, "us" a pronoun.
  auto has = [](const std::vector<std::string>& terms, const std::string& t) {
    return std::find(terms.begin(), terms.end(), t) != terms.end();
  };
  CHECK(has(Detector().Terms(Claim("the US never struck the convoy", "", "say")),
            "e:united_states"));
  CHECK_FALSE(has(Detector().Terms(Claim("none of us struck the convoy", "", "say")),
                  "e:united_states"));
}

// ------------------------------------------------------- example gold pairs

struct GoldClaim {
  std::string id, doc, content, speaker, cue, date;
  uint32_t offset = 0;
};

TEST_CASE("example articles: the gold pairs and at most one false pair",
          "[conflict]") {
  // The shared corpus sits beside the worktree (../shared from the source dir).
  auto docs =
      ReadJsonLines(SourceDir() + "/examples/gold.jsonl");
  std::vector<GoldClaim> claims;
  std::map<std::string, std::string>
      canonical;  // attribution id -> first copy's id
  std::set<std::tuple<std::string, std::string, ConflictType>> gold;
  for (const Struct& doc : docs) {
    for (const Value& v :
         doc.fields().at("attributions").list_value().values()) {
      const Struct& a = v.struct_value();
      GoldClaim c;
      c.id = Str(a, "id");
      c.doc = Str(doc, "doc_id");
      c.date = Str(doc, "date");
      c.content = Str(*Obj(a, "content"), "text");
      c.offset = static_cast<uint32_t>(
          Obj(a, "content")->fields().at("start").number_value());
      c.speaker = Str(a, "speaker");
      if (c.speaker.empty() && Obj(a, "source"))
        c.speaker = Str(*Obj(a, "source"), "text");
      if (Obj(a, "cue")) c.cue = Str(*Obj(a, "cue"), "text");
      std::string id = c.id;
      for (const GoldClaim& seen : claims)  // syndicated copies merge
        if (seen.content == c.content && seen.speaker == c.speaker)
          canonical[id] = seen.id;
      if (!canonical.count(id)) {
        canonical[id] = id;
        claims.push_back(std::move(c));
      }
    }
    for (const Value& v :
         doc.fields().at("contradictions").list_value().values()) {
      const Struct& p = v.struct_value();
      auto type = ParseType(Str(p, "type"));
      REQUIRE(type);
      gold.insert(
          {canonical.at(Str(p, "a")), canonical.at(Str(p, "b")), *type});
    }
  }
  REQUIRE(claims.size() == 25);
  REQUIRE(gold.size() == 6);

  std::set<std::tuple<std::string, std::string, ConflictType>> found;
  int false_pairs = 0;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    for (std::size_t j = i + 1; j < claims.size(); ++j) {
      // Later claim first, as the store will call it.
      const GoldClaim& x = claims[j];
      const GoldClaim& y = claims[i];
      ClaimText a = Claim(x.content, x.speaker, x.cue, x.date);
      ClaimText b = Claim(y.content, y.speaker, y.cue, y.date);
      a.doc_id = x.doc, a.offset = x.offset;
      b.doc_id = y.doc, b.offset = y.offset;
      auto f = Detector().Compare(a, b);
      if (!f) continue;
      std::string first = f->b_answers_a ? y.id : x.id;
      std::string second = f->b_answers_a ? x.id : y.id;
      bool symmetric = f->type == ConflictType::kContradicts ||
                       f->type == ConflictType::kFiguresDiffer;
      bool hit = gold.count({first, second, f->type}) ||
                 (symmetric && gold.count({second, first, f->type}));
      if (hit) {
        found.insert(gold.count({first, second, f->type})
                         ? std::make_tuple(first, second, f->type)
                         : std::make_tuple(second, first, f->type));
      } else {
        ++false_pairs;
      }
      if (Verbose() || !hit)
        std::printf("%s %s -> %s %s: %s\n", hit ? "found" : "FALSE",
                    first.c_str(), second.c_str(),
                    std::string(ConflictTypeName(f->type)).c_str(),
                    f->reason.c_str());
    }
  }
  for (const auto& g : gold) {
    INFO("gold pair " << std::get<0>(g) << " -> " << std::get<1>(g) << " "
                      << ConflictTypeName(std::get<2>(g)));
    CHECK(found.count(g));
  }
  CHECK(false_pairs <= 1);
}

// ------------------------------------------------------------ pair set

TEST_CASE("pair set: precision and recall floors", "[conflict]") {
  auto pairs = ReadJsonLines(SourceDir() + "/tests/data/conflict_pairs.jsonl");
  REQUIRE(pairs.size() >= 200);
  int positives = 0, negatives = 0, true_pos = 0, false_pos = 0,
      typed_right = 0;
  // Per rule: findings and right ones, for calibrating the confidences.
  std::map<std::string, std::pair<int, int>> by_rule;
  for (const Struct& p : pairs) {
    const Struct* ja = Obj(p, "a");
    const Struct* jb = Obj(p, "b");
    REQUIRE(ja);
    REQUIRE(jb);
    // ClaimText holds views: keep the strings alive for the call.
    std::string fields[8] = {Str(*ja, "content"), Str(*ja, "speaker"),
                             Str(*ja, "cue"),     Str(*ja, "said_on"),
                             Str(*jb, "content"), Str(*jb, "speaker"),
                             Str(*jb, "cue"),     Str(*jb, "said_on")};
    ClaimText a = Claim(fields[0], fields[1], fields[2], fields[3]);
    ClaimText b = Claim(fields[4], fields[5], fields[6], fields[7]);
    std::string doc_a = Str(*ja, "doc"), doc_b = Str(*jb, "doc");
    a.doc_id = doc_a, b.doc_id = doc_b;
    if (ja->fields().count("offset"))
      a.offset =
          static_cast<uint32_t>(ja->fields().at("offset").number_value());
    if (jb->fields().count("offset"))
      b.offset =
          static_cast<uint32_t>(jb->fields().at("offset").number_value());
    std::optional<ConflictType> expected = ParseType(Str(p, "expected"));
    auto f = Detector().Compare(a, b);
    expected ? ++positives : ++negatives;
    if (f) {
      auto& counts = by_rule[f->rule];
      ++counts.first;
      if (expected) ++counts.second;
    }
    bool ok;
    if (f && expected) {
      ++true_pos;
      if (f->type == *expected) ++typed_right;
      ok = f->type == *expected;
    } else if (f) {
      ++false_pos;
      ok = false;
    } else {
      ok = !expected;
    }
    if (Verbose() || !ok)
      std::printf("%s %s expected %s got %s%s%s\n", ok ? "ok  " : "MISS",
                  Str(p, "id").c_str(),
                  expected ? Str(p, "expected").c_str() : "none",
                  f ? std::string(ConflictTypeName(f->type)).c_str() : "none",
                  f ? ": " : "", f ? f->reason.c_str() : "");
  }
  double precision =
      true_pos + false_pos ? double(true_pos) / (true_pos + false_pos) : 1;
  double recall = positives ? double(true_pos) / positives : 1;
  std::printf(
      "conflict pairs: %d positives, %d negatives; precision %.3f recall %.3f, "
      "%d of %d found with the right type\n",
      positives, negatives, precision, recall, typed_right, true_pos);
  for (const auto& [rule, counts] : by_rule)
    std::printf("  rule %s: %d flagged, %d right\n", rule.c_str(), counts.first,
                counts.second);
  CHECK(negatives * 2 >= static_cast<int>(pairs.size()));
  // conflict-0.7 on 332 pairs (55 conflicts and corrections): 36 of 36
  // flagged right, 36 of 55 found. The 17 biz3 pairs (third business batch,
  // own text): 4 positives found (two denials of talks, a strike's and a
  // march's size by two sources), none of 13 hard negatives flagged (one,
  // "in March", flagged until a capitalised word was no measure); the OPEC
  // output pair of the first batch now found (an output measure; the same
  // words with other figures are no repetition).
  // conflict-0.7 on 315 pairs: the two positives a blind judge found false
  // as conflict-0.6 edges on Wikinews (trapped vs missing, the denier's own
  // acceptance of responsibility) relabelled as negatives; 31 of 31 flagged
  // right, 31 of 51 found.
  // conflict-0.6 on 315 pairs (53 conflicts and corrections): 33 of 33
  // flagged right, 33 of 53 found. The 15 biz2 pairs (second business batch,
  // own text): both positives found (a denial of a reported plan, a GNP
  // revision), none of 13 hard negatives flagged. The 9 ref/neg-np pairs (own text, after the
  // blind judge's false classes of conflict-0.5: a rebuttal by an author
  // pronoun, by an attributive "false", of a question, of a claim that itself
  // doubts; a negated noun phrase) hold 5 hard negatives conflict-0.5 flagged
  // and one positive it found by the bug it fixes ("never been the property of
  // the Treasury" aligned on "the"), now missed.
  // The floors are pinned at conflict-0.7. Earlier: conflict-0.5 on 291 pairs (41 conflicts, 6
  // corrections): 28 of 28 flagged pairs right, 28 of 47 found (the 33
  // business pairs of issue 12: 5 of 9 found, none of 24 hard negatives
  // flagged; conflict-0.4 stored edges for 3 of them: Ford's and GM's "it",
  // and Sharp's two revisions aligned on "billion yen"). conflict-0.3 on the first 258:
  // 23 of 23 right, 23 of 38 found; conflict-0.1: 15 of 16 right on the
  // first 44 pairs. Precision first: a false edge is worse than a missed one.
  // Raise them when the detector improves.
  CHECK(precision >= 0.99);
  CHECK(recall >= 0.65);
  CHECK(typed_right == true_pos);
}

}  // namespace
}  // namespace claimgraph::ingest
