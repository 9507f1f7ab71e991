#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "ingest/document.h"
#include "ingest/layout.h"
#include "test_util.h"

namespace claimgraph::ingest {
namespace {

using testing::ReadExample;

std::vector<std::string> Paragraphs(std::string_view text, const Layout& layout) {
  std::vector<std::string> out;
  for (const Span& p : layout.paragraphs) out.emplace_back(p.in(text));
  return out;
}

TEST_CASE("both AFP copies yield the same body, dateline and wire", "[layout]") {
  std::string arab = ReadExample("afp-syria-deconfliction-arab-today.txt");
  std::string muscat = ReadExample("afp-syria-deconfliction-muscat-daily.txt");
  Layout a = AnalyzeLayout(arab);
  Layout m = AnalyzeLayout(muscat);
  CHECK(Paragraphs(arab, a) == Paragraphs(muscat, m));
  CHECK(BodyText(arab, a) == BodyText(muscat, m));
  REQUIRE(a.paragraphs.size() == 11);
  CHECK(a.paragraphs.front().in(arab).substr(0, 32) == "Washington and Moscow have held ");
  CHECK(a.paragraphs.back().in(arab).substr(0, 30) == "Tillerson is to meet Lavrov in");
  CHECK(a.dateline == "Oslo");
  CHECK(m.dateline == "Oslo");  // "Oslo\u00a0-\u00a0" with no-break spaces
  CHECK(a.wire == "AFP");       // "Source: AFP" after the body
  CHECK(m.wire.empty());        // Muscat Daily does not credit the wire
}

TEST_CASE("page boilerplate is set aside and offsets stay in the original bytes",
          "[layout]") {
  std::string arab = ReadExample("afp-syria-deconfliction-arab-today.txt");
  Layout a = AnalyzeLayout(arab);
  std::string body = BodyText(arab, a);
  for (std::string_view boilerplate :
       {"Last Updated", "Arab Today", "arabstoday", "Name *", "Security Code",
        "Publishing Terms", "GMT 13:26", "Nadal, Djokovic", "All rights reserved",
        "Source: AFP", "A Russian soldier standing guard", "Oslo -", "\xD8\xA8"}) {
    CAPTURE(boilerplate);
    CHECK(body.find(boilerplate) == std::string::npos);
  }
  for (std::size_t i = 0; i < a.paragraphs.size(); ++i) {
    CHECK(a.paragraphs[i].end <= arab.size());
    if (i > 0) CHECK(a.paragraphs[i - 1].end < a.paragraphs[i].start);
  }
}

TEST_CASE("the date header running into the first sentence is not body", "[layout]") {
  std::string text = ReadExample("2016-09-18-deir-ezzor-airstrike.txt");
  Layout layout = AnalyzeLayout(text);
  REQUIRE(layout.paragraphs.size() == 16);
  CHECK(layout.paragraphs[0].in(text).substr(0, 27) == "US-led coalition air strike");
  CHECK(layout.paragraphs[0].start == text.find("US-led"));
  CHECK(layout.dateline.empty());
  CHECK(layout.wire.empty());
}

TEST_CASE("datelines with wire credits inside the first paragraph", "[layout]") {
  struct Case {
    std::string text, dateline, wire, first_words;
  };
  const std::vector<Case> cases = {
      {"WASHINGTON (Reuters) - The United States military said the coalition "
       "stopped the attacks against Islamic State positions.",
       "WASHINGTON", "Reuters", "The United States military"},
      {"OSLO, Norway (AP) \xE2\x80\x94 A top US general said Sunday that Washington "
       "and Moscow have held high-level talks.",
       "OSLO", "AP", "A top US general"},
      {"(Reuters) - Russia demanded an emergency session of the Security Council "
       "to discuss the incident.",
       "", "Reuters", "Russia demanded"},
      {"Oslo - Washington and Moscow have held high-level talks aimed at shoring "
       "up military deconfliction zones in eastern Syria.",
       "Oslo", "", "Washington and Moscow"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Layout layout = AnalyzeLayout(c.text);
    CHECK(layout.dateline == c.dateline);
    CHECK(layout.wire == c.wire);
    REQUIRE(layout.paragraphs.size() == 1);
    CHECK(layout.paragraphs[0].in(c.text).substr(0, c.first_words.size()) ==
          c.first_words);
  }
}

TEST_CASE("a terse wire story keeps its dated lede and its short last line", "[layout]") {
  const std::string text =
      "TOKYO GOLD CLOSES HIGHER\n"
      "TOKYO, March 13 - Gold closed higher on Friday in quiet trade, dealers said.\n"
      "The metal ended at 405.50 dlrs an ounce, up from 402.10 dlrs on Thursday.\n"
      "Buying came mainly from Japanese investors who expect the yen to weaken, a dealer at a "
      "trading house said.\n"
      "Prices would ease next week, another dealer said.\n";
  Layout layout = AnalyzeLayout(text);
  const std::vector<std::string> paragraphs = Paragraphs(text, layout);
  REQUIRE(paragraphs.size() == 4);
  // The dateline's capitals make no headline of the lede.
  CHECK(paragraphs.front() == "Gold closed higher on Friday in quiet trade, dealers said.");
  CHECK(layout.dateline == "TOKYO");
  // Few function words, but a sentence in lower case: body, not a footer.
  CHECK(paragraphs.back() == "Prices would ease next week, another dealer said.");
}

TEST_CASE("a wire's signature after the last sentence is no part of the body", "[layout]") {
  for (std::string_view signature : {"Reuter", "REUTER", "Reuters", "AFP"}) {
    INFO(signature);
    const std::string text =
        "FAIR LANES TO BE ACQUIRED\n"
        "BALTIMORE, March 2 - Fair Lanes Inc said it agreed to be acquired.\n"
        "The bowling company also said it expected higher earnings. " +
        std::string(signature) + "\n";
    Layout layout = AnalyzeLayout(text);
    const std::vector<std::string> paragraphs = Paragraphs(text, layout);
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs.back() == "The bowling company also said it expected higher earnings.");
  }
  // Any other last word is the text's own.
  const std::string text = "Exxon said it expected higher earnings. Reuters said so too.\n";
  CHECK(Paragraphs(text, AnalyzeLayout(text)).back() == text.substr(0, text.size() - 1));
}

TEST_CASE("a dash inside an ordinary first sentence is not a dateline", "[layout]") {
  std::string text =
      "Prime Minister Ardern \xE2\x80\x94 speaking at a press conference \xE2\x80\x94 "
      "said the gun laws should be changed.";
  Layout layout = AnalyzeLayout(text);
  CHECK(layout.dateline.empty());
  REQUIRE(layout.paragraphs.size() == 1);
  CHECK(layout.paragraphs[0].start == 0);
}

TEST_CASE("a trailing wire credit is recorded and cut from the paragraph", "[layout]") {
  std::string text =
      "Tillerson is to meet Lavrov in New York on Sunday ahead of this week's UN "
      "General Assembly. \xE2\x80\x94 AFP";
  Layout layout = AnalyzeLayout(text);
  CHECK(layout.wire == "AFP");
  REQUIRE(layout.paragraphs.size() == 1);
  CHECK(layout.paragraphs[0].in(text).back() == '.');
}

TEST_CASE("Wikinews interview lines and short repeated replies stay in the body",
          "[layout]") {
  std::string text =
      "Interview\n\n"
      "((WN)) For how long have you been working here as the Mysore Division "
      "manager?\n\n"
      "((Aparna Garg)) I will be completing my two years' tenure in April.\n\n"
      "((WN)) Is there something you would like to add?\n\n"
      "((Christian Keysers)) No.\n\n"
      "((Valeria Gazzola)) Yeah.\n\n"
      "((Christian Keysers)) No.\n\n"
      "((WN)) Thank you very much for agreeing for this interview.\n";
  Layout layout = AnalyzeLayout(text);
  std::vector<std::string> p = Paragraphs(text, layout);
  REQUIRE(p.size() == 7);
  CHECK(p.front().substr(0, 6) == "((WN))");  // the "Interview" heading is not
  CHECK(p[3] == "((Christian Keysers)) No.");
}

TEST_CASE("repeated site lines, time stamps and forms between prose are dropped",
          "[layout]") {
  std::string text =
      "Daily Planet, daily planet\n"
      "Last Updated : GMT 06:49:16\n"
      "Daily Planet, daily planet\n"
      "The SDF said Saturday that several of its fighters were injured in a bombing "
      "by Russian warplanes.\n\n"
      "A Russian military spokesman denied targeting the group.\n\n"
      "Name *\n\nE-mail *\n\n"
      "GMT 13:26 2017 Thursday ,02 March\n\n"
      "Nadal, Djokovic advance in Acapulco\n\n"
      "All rights reserved to Daily Planet Media Group 2021 \xC2\xA9\n";
  Layout layout = AnalyzeLayout(text);
  std::vector<std::string> p = Paragraphs(text, layout);
  REQUIRE(p.size() == 2);
  CHECK(p[0].substr(0, 7) == "The SDF");
  CHECK(p[1] == "A Russian military spokesman denied targeting the group.");
}

TEST_CASE("a live blog's entries between rules and time stamps are one body", "[layout]") {
  // The shape of AP's "The Latest": entries newest first, each headed by a
  // time stamp and closed by a rule; a sentence repeated at the end of several
  // entries, and one entry repeated whole.
  std::string text =
      "The Latest: Senator wins the primary.\n\n"
      "CAPITAL (AP) \xE2\x80\x94 The Latest on the race (all times EDT):\n\n"
      "9:05 p.m.\n\n"
      "The senator says the result shows that voters want a change in the capital.\n\n"
      "It takes 1,237 delegates to win the nomination for president.\n\n"
      "___.\n\n"
      "8:55 p.m.:\n\n"
      "The governor has won the primary in his home state, officials said tonight.\n\n"
      "It takes 1,237 delegates to win the nomination for president.\n\n"
      "___.\n\n"
      "8:40 p.m.\n\n"
      "The mayor told supporters that the count would last until the morning.\n\n"
      "Turnout was higher than in any primary since the party began holding them.\n\n"
      "___.\n\n"
      "8:35 p.m.\n\n"
      "The mayor told supporters that the count would last until the morning.\n\n"
      "Turnout was higher than in any primary since the party began holding them.\n\n"
      "___.\n\n"
      "7 p.m. EDT\n\n"
      "Polls have closed in the state, and election workers have begun to count.\n\n"
      "___.\n";
  Layout layout = AnalyzeLayout(text);
  std::vector<std::string> p = Paragraphs(text, layout);
  REQUIRE(p.size() >= 4);
  CHECK(p.back().find("Polls have closed") != std::string::npos);
  std::string body = BodyText(text, layout);
  CHECK(body.find("The senator says") != std::string::npos);
  CHECK(body.find("The governor has won") != std::string::npos);
  CHECK(body.find("___") == std::string::npos);
  CHECK(body.find("8:55 p.m.") == std::string::npos);
}

TEST_CASE("a comment's name and time line still ends the article body", "[layout]") {
  // A time stamp with a name is not a section separator: the comments under an
  // article stay out of its body.
  std::string text =
      "The minister said on Monday that the bridge would reopen within a week, after "
      "engineers found no damage to its main span.\n\n"
      "Repairs to the approach roads are expected to cost about two million euros, the "
      "ministry said in a statement.\n\n"
      "Traffic has been diverted through the city centre since the flood.\n\n"
      "___.\n\n"
      "Jane Doe, 15:45 GMT\n\n"
      "I do not believe a word of it, the bridge was never safe.\n\n"
      "John Roe, 15:52 GMT\n\n"
      "They said the same thing last year.\n";
  Layout layout = AnalyzeLayout(text);
  std::string body = BodyText(text, layout);
  CHECK(body.find("Traffic has been diverted") != std::string::npos);
  CHECK(body.find("I do not believe") == std::string::npos);
  CHECK(body.find("same thing last year") == std::string::npos);
}

TEST_CASE("text without any prose keeps its non-boilerplate lines", "[layout]") {
  std::string text = "Power says Russia must stop grandstanding";
  Layout layout = AnalyzeLayout(text);
  REQUIRE(layout.paragraphs.size() == 1);
  CHECK(layout.paragraphs[0].in(text) == text);
  CHECK(AnalyzeLayout("").paragraphs.empty());
  CHECK(AnalyzeLayout("\n \n").paragraphs.empty());
}

TEST_CASE("dump layouts", "[.dump]") {
  for (const char* name :
       {"2016-09-18-deir-ezzor-airstrike.txt", "afp-syria-deconfliction-arab-today.txt",
        "afp-syria-deconfliction-muscat-daily.txt"}) {
    std::string text = ReadExample(name);
    Layout layout = AnalyzeLayout(text);
    std::printf("== %s dateline=[%s] wire=[%s]\n", name, layout.dateline.c_str(),
                layout.wire.c_str());
    for (const auto& p : Paragraphs(text, layout)) std::printf("  | %.100s\n", p.c_str());
  }
}

TEST_CASE("dump dropped wikinews lines", "[.dump]") {
  std::ifstream in(std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/wikinews/articles.jsonl");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    auto doc = DocumentFromJsonLine(line, "wn");
    REQUIRE(doc.ok());
    Layout layout = AnalyzeLayout(doc->text);
    std::string_view text = doc->text;
    std::size_t pos = 0;
    std::size_t k = 0;
    while (pos < text.size()) {
      std::size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      std::string_view l = text.substr(pos, end - pos);
      bool kept = false;
      for (const Span& p : layout.paragraphs) {
        if (p.start < end && p.end > pos) kept = true;
      }
      if (!kept && !l.empty()) std::printf("%s DROP %.120s\n", doc->doc_id.c_str(), std::string(l).c_str());
      pos = end + 1;
    }
    (void)k;
    if (!layout.dateline.empty() || !layout.wire.empty())
      std::printf("%s dateline=[%s] wire=[%s]\n", doc->doc_id.c_str(), layout.dateline.c_str(), layout.wire.c_str());
    ++n;
  }
}

// A wire story as 1980s wire copy carries it: lines broken at about 60
// columns, each paragraph's first line indented. Written for this test.
constexpr std::string_view kWrappedStory =
    "ACME WIDGET <ACW> TO SELL VALVE UNIT\n"
    "\n"
    "BOSTON, March 3 - Acme Widget Corp said it has agreed to\n"
    "sell its valve unit to Beta Holdings Inc for 40 mln dlrs in\n"
    "cash, subject to approval by its lenders.\n"
    "    The company said the sale would be completed in the second\n"
    "quarter and that the proceeds would be used to reduce debt.\n"
    "    \"We are focusing on the businesses we know best,\" chairman\n"
    "Walter Brennan said in a statement issued by the company.\n"
    "    Analysts said the price was in line with their estimates\r\n"
    "for the unit, which lost money in each of the last two years.\n";

TEST_CASE("hard-wrapped wire copy is read by paragraph, not by line", "[layout]") {
  const std::string unwrapped = UnwrapLines(kWrappedStory);
  REQUIRE(unwrapped.size() == kWrappedStory.size());
  // Only wrapping line breaks change, each to a space: offsets hold.
  int changed = 0;
  for (std::size_t i = 0; i < unwrapped.size(); ++i) {
    if (unwrapped[i] == kWrappedStory[i]) continue;
    CHECK(unwrapped[i] == ' ');
    CHECK((kWrappedStory[i] == '\n' || kWrappedStory[i] == '\r'));
    ++changed;
  }
  CHECK(changed == 6);  // five wraps, one of them "\r\n"
  const Layout layout = AnalyzeLayout(unwrapped);
  REQUIRE(layout.paragraphs.size() == 4);
  CHECK(layout.dateline == "BOSTON");
  CHECK(layout.paragraphs[0].in(unwrapped) ==
        "Acme Widget Corp said it has agreed to sell its valve unit to Beta Holdings Inc for "
        "40 mln dlrs in cash, subject to approval by its lenders.");
  CHECK(layout.paragraphs[2].in(unwrapped).substr(0, 20) == "\"We are focusing on ");
  CHECK(layout.paragraphs[2].in(unwrapped).find("chairman Walter Brennan said") !=
        std::string::npos);
  CHECK(layout.paragraphs[3].in(unwrapped) ==
        "Analysts said the price was in line with their estimates  for the unit, which lost "
        "money in each of the last two years.");
}

TEST_CASE("a short first line whose sentence goes on in lower case is wrapped too, a table "
          "is not",
          "[layout]") {
  // Wire copy whose dateline was cut off: the lede's first line is short.
  const std::string story =
      "ACME WIDGET COMPLETES MERGER\n"
      "\n"
      "Acme Widget Corp said it\n"
      "completed its planned merger with Beta Bank following the\n"
      "approval of the comptroller of the currency and its lenders.\n"
      "    Acme announced its intention to merge with Beta Bank,\n"
      "headquartered in Danville, Calif., in September of last year\n"
      "as part of its plan to expand its retail network in the state.\n"
      "    The company said the bank's three offices in Danville, San\n"
      "Ramon and Alamo would keep their names and their staff for at\n"
      "least a year after the merger, and that it expected no job\n"
      "losses in the region.\n"
      "    Shr 12 cts vs 10 cts\n"
      "    Net 1.2 mln vs 1.0 mln\n";
  const std::string unwrapped = UnwrapLines(story);
  REQUIRE(unwrapped.size() == story.size());
  const Layout layout = AnalyzeLayout(unwrapped);
  REQUIRE(layout.paragraphs.size() >= 2);
  CHECK(layout.paragraphs[0].in(unwrapped) ==
        "Acme Widget Corp said it completed its planned merger with Beta Bank following the "
        "approval of the comptroller of the currency and its lenders.");
  // The table's short lines stay lines.
  CHECK(unwrapped.find("10 cts\n    Net 1.2 mln") != std::string::npos);
  // A company's name broken before its designator is one name.
  std::string named = story;
  named.replace(named.find("Acme Widget Corp said it\n"), 25, "Acme Widget Containment\nCorp said it ");
  const std::string unwrapped_named = UnwrapLines(named);
  REQUIRE(unwrapped_named.size() == named.size());
  CHECK(AnalyzeLayout(unwrapped_named).paragraphs[0].in(unwrapped_named).starts_with(
      "Acme Widget Containment Corp said it completed"));
  // So is one broken after a preposition.
  std::string association = story;
  association.replace(association.find("Acme Widget Corp said it\n"), 25,
                      "The Association of\nWidget Makers said it ");
  const std::string unwrapped_association = UnwrapLines(association);
  REQUIRE(unwrapped_association.size() == association.size());
  CHECK(AnalyzeLayout(unwrapped_association)
            .paragraphs[0]
            .in(unwrapped_association)
            .starts_with("The Association of Widget Makers said it completed"));
  // So is a name in wire markup closed at the end of a short line, or broken
  // inside its brackets.
  for (const std::string name : {"<Acme Widget Corp>\nsaid it ", "<Acme\nWidget Corp> said it "}) {
    std::string marked = story;
    marked.replace(marked.find("Acme Widget Corp said it\n"), 25, name);
    const std::string unwrapped_marked = UnwrapLines(marked);
    REQUIRE(unwrapped_marked.size() == marked.size());
    CHECK(AnalyzeLayout(unwrapped_marked).paragraphs[0].in(unwrapped_marked) ==
          "<Acme Widget Corp> said it completed its planned merger with Beta Bank following the "
          "approval of the comptroller of the currency and its lenders.");
  }
  // So is a name broken at the end of a short first line of the lede, whose
  // dateline was cut ("Halvern Corp chairman Jorio" / "Quarrow said"); a
  // headline in mixed case before the body is no part of it.
  std::string person = story;
  person.replace(person.find("ACME WIDGET COMPLETES MERGER\n"), 28, "Acme widget completes merger");
  person.replace(person.find("Acme Widget Corp said it\n"), 25,
                 "Acme Widget Corp chairman Jorio\nQuarrow said it ");
  const std::string unwrapped_person = UnwrapLines(person);
  REQUIRE(unwrapped_person.size() == person.size());
  CHECK(unwrapped_person.starts_with("Acme widget completes merger\n\nAcme Widget Corp chairman "
                                     "Jorio Quarrow said it completed"));
  // And a figure after a lower-case word.
  std::string figure = story;
  figure.replace(figure.find("Acme Widget Corp said it\ncompleted its planned merger"), 53,
                 "Acme Widget Corp expected\n12 planned mergers to close");
  const std::string unwrapped_figure = UnwrapLines(figure);
  REQUIRE(unwrapped_figure.size() == figure.size());
  CHECK(AnalyzeLayout(unwrapped_figure).paragraphs[0].in(unwrapped_figure).starts_with(
      "Acme Widget Corp expected 12 planned mergers to close with Beta Bank"));
}

TEST_CASE("text with a paragraph per line is not taken for hard-wrapped", "[layout]") {
  // Headline, byline and paragraphs one per line, some long, some short.
  CHECK(UnwrapLines("Talks on Syria resume\n"
                    "By Jane Doe\n"
                    "Washington and Moscow held talks on Monday, officials said.\n"
                    "The talks will go on\n"
                    "\"We made progress,\" a diplomat said.\n"
                    "Neither side gave details.\n")
            .empty());
  // Long paragraphs: lines far wider than any wrapping width.
  const std::string long_line(150, 'a');
  CHECK(UnwrapLines(long_line + " said\n" + long_line + "\n" + long_line + " and\n" + long_line +
                    "\n" + long_line + "\n")
            .empty());
  for (const char* example : {"afp-syria-deconfliction-arab-today.txt",
                              "afp-syria-deconfliction-muscat-daily.txt",
                              "2016-09-18-deir-ezzor-airstrike.txt"}) {
    CAPTURE(example);
    CHECK(UnwrapLines(ReadExample(example)).empty());
  }
}

TEST_CASE("wire markup around and inside company names is blanked, offsets kept", "[layout]") {
  std::string text =
      "VANCOUVER - <Versatile Corp> said it agreed to buy Delmar Inc <DLM.TO>.\n"
      "Halvern (U.K.) Holdings Plc and (Groupe Brisco Ltd) said so.\n"
      "Sen. Ted Cruz (R-Texas) said <b>no</b> (and more).\n";
  const std::string before = text;
  REQUIRE(BlankWireMarkup(&text));
  REQUIRE(text.size() == before.size());
  CHECK(text ==
        std::string("VANCOUVER -  Versatile Corp  said it agreed to buy Delmar Inc") + std::string(9, ' ') +
            ".\n"
            "Halvern  U.K.  Holdings Plc and  Groupe Brisco Ltd  said so.\n"
            "Sen. Ted Cruz (R-Texas) said <b>no</b> (and more).\n");
  std::string plain = "Sen. Ted Cruz (R-Texas) said the bill would fail (again).\n";
  CHECK_FALSE(BlankWireMarkup(&plain));
}

}  // namespace
}  // namespace claimgraph::ingest
