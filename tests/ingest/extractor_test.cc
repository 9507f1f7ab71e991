// Attribution extraction, one construction per test, each on a real sentence
// from the examples or the Wikinews corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/extraction.h"
#include "run_extract.h"

namespace claimgraph::ingest {
namespace {

using testing::Run;

std::string Text(const std::string& text, const std::optional<Span>& span) {
  return span ? std::string(span->in(text)) : std::string("<null>");
}

TEST_CASE("direct quote with the attribution after it", "[ingest][extractor]") {
  const std::string text =
      "‘Russia really needs to stop the cheap point scoring and focus on what "
      "matters,’ Power told reporters.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  const Attribution& a = e.attributions[0];
  CHECK(Text(text, ClaimSpan(a, text)) ==
        "Russia really needs to stop the cheap point scoring and focus on what matters");
  CHECK(Text(text, a.source) == "Power");
  CHECK(Text(text, a.cue) == "told");
  CHECK(a.cue_lemma == "tell");
  CHECK(a.kind == AttributionKind::kDirect);
}

TEST_CASE("pronoun source resolves to the previous speaker", "[ingest][extractor]") {
  const std::string text =
      "\"We have been engaged at every level to re-establish deconfliction at the "
      "Euphrates river,\" Dunford said.\n\n"
      "\"We haven't resolved all the issues right now. We'll get through that,\" he added.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(e.attributions[1].speaker == "Dunford");
  CHECK(Text(text, e.attributions[1].source) == "he");
  CHECK(Text(text, ClaimSpan(e.attributions[1], text)) ==
        "We haven't resolved all the issues right now. We'll get through that");
}

TEST_CASE("direct quote with the attribution before it", "[ingest][extractor]") {
  const std::string text =
      "When asked if the incident spelled the end of the Syria deal, Russia’s UN "
      "ambassador Vitaly Churkin said: ‘This is a very big question mark.’\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) == "This is a very big question mark.");
  CHECK(Text(text, e.attributions[0].source) == "Russia’s UN ambassador Vitaly Churkin");
  CHECK(e.attributions[0].speaker == "Vitaly Churkin");
}

// The one attribution whose content is `content`, or a failure.
const Attribution* Find(const Extraction& e, const std::string& text, const std::string& content) {
  for (const Attribution& a : e.attributions)
    if (ClaimSpan(a, text).in(text) == content) return &a;
  return nullptr;
}

TEST_CASE("a reported clause's content takes in its complementizer, its claim does not",
          "[ingest][extractor]") {
  const std::string text =
      "Officials said that the port would reopen on Monday.\n\n"
      "\u201cThat is not true,\u201d the mayor said.\n\n"
      "The minister said that was a mistake.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 3);
  // PolNeAR's convention: the content is the clause with its "that".
  CHECK(Text(text, e.attributions[0].content) == "that the port would reopen on Monday");
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) == "the port would reopen on Monday");
  // A quotation opening with "That", and a clause whose subject is "that",
  // keep it in the claim.
  CHECK(Text(text, ClaimSpan(e.attributions[1], text)) == "That is not true");
  CHECK(Text(text, e.attributions[2].content) == "that was a mistake");
  CHECK(Text(text, ClaimSpan(e.attributions[2], text)) == "that was a mistake");
}

TEST_CASE("joint organisations are two speakers, with or without 'both' and 'the'",
          "[ingest][extractor]") {
  const std::string text =
      "Both the Harbour Authority and the City Transport Department said the ferry would "
      "run again in May.\n\n"
      "Hollis and Fenwick Co said the new store would open in June.\n";
  Extraction e = Run(text);
  const Attribution* joint = Find(e, text, "the ferry would run again in May");
  REQUIRE(joint != nullptr);
  CHECK(joint->speaker == "Harbour Authority");
  CHECK(joint->co_speakers == std::vector<std::string>{"City Transport Department"});
  // A company named with "and" stays one speaker: neither part names an
  // organisation by itself.
  const Attribution* company = Find(e, text, "the new store would open in June");
  REQUIRE(company != nullptr);
  CHECK(company->co_speakers.empty());
}

TEST_CASE("two joined names take a present-tense cue, the rules' other fixes of extract-0.16",
          "[ingest][extractor]") {
  const std::string text =
      "Forbes and Wealth-X say the United States has more billionaires than China.\n\n"
      "The firm lobbied on many issues, said Charlie Black, a lobbyist.\n\n"
      "Michael Petrilli, president of the Fordham Institute, tied the scores to graduation rates, "
      "saying the law helped millions of children.\n";
  Extraction e = Run(text);
  const Attribution* joint = Find(e, text, "the United States has more billionaires than China");
  REQUIRE(joint != nullptr);
  CHECK(joint->speaker == "Forbes");
  CHECK(joint->co_speakers == std::vector<std::string>{"Wealth-X"});
  // The clause before ", said Name" is the content, not the speaker.
  const Attribution* tail = Find(e, text, "The firm lobbied on many issues");
  REQUIRE(tail != nullptr);
  CHECK(tail->speaker == "Charlie Black");
  // A participle after a main clause whose subject has an apposition.
  const Attribution* participle = Find(e, text, "the law helped millions of children");
  REQUIRE(participle != nullptr);
  CHECK(participle->speaker == "Michael Petrilli");
}

TEST_CASE("pronoun resolves to the earlier speaker of the same gender", "[ingest][extractor]") {
  const std::string text =
      "The US ambassador to the United Nations, Samantha Power, chastised Russia for the move.\n\n"
      "‘Russia really needs to stop the stunts,’ Power told reporters.\n\n"
      "Russia’s UN ambassador Vitaly Churkin said Russia had no evidence.\n\n"
      "She said the United States was investigating the air strikes.\n";
  Extraction e = Run(text);
  const Attribution* a = Find(e, text, "the United States was investigating the air strikes");
  REQUIRE(a != nullptr);
  CHECK(Text(text, a->source) == "She");
  CHECK(a->speaker == "Samantha Power");
  const Attribution* b = Find(e, text, "Russia really needs to stop the stunts");
  REQUIRE(b != nullptr);
  CHECK(b->speaker == "Samantha Power");  // surname resolved to the full name
}

TEST_CASE("apostrophes are not closing quotation marks", "[ingest][extractor]") {
  const std::string text =
      "\"We have been engaged at every level. It couldn't be more complex and crowded in "
      "Syria's east,\" Dunford said.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) ==
        "We have been engaged at every level. It couldn't be more complex and crowded in "
        "Syria's east");
}

TEST_CASE("typewritten double quotes are quotation marks", "[ingest][extractor]") {
  // The New York Times archive writes ''...'' for a quotation; TeX-style text
  // opens with ``. Apostrophes inside the quote stay apostrophes.
  const std::string text =
      "Party officials spent the weekend in dismay over the primary result.\n\n"
      "''It's bad for the party and bad for the country,'' said Stuart Stevens, the chief "
      "strategist for the campaign. ''I don't think there is anything good about it.''\n\n"
      "``We will win in the fall,'' the governor said.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  const Attribution& a = e.attributions[0];
  CHECK(a.kind == AttributionKind::kDirect);
  CHECK(Text(text, a.source) == "Stuart Stevens, the chief strategist for the campaign");
  // The quote continuing after its attribution's sentence is the same statement.
  CHECK(Text(text, ClaimSpan(a, text)).substr(0, 20) == "It's bad for the par");
  CHECK(Text(text, ClaimSpan(a, text)).find("anything good about it") != std::string::npos);
  CHECK(Text(text, ClaimSpan(e.attributions[1], text)) == "We will win in the fall");
  CHECK(Text(text, e.attributions[1].source) == "the governor");
}

TEST_CASE("a quote going on after a long attribution sentence is the same statement",
          "[ingest][extractor]") {
  const std::string text =
      "Party officials spent the weekend in dismay over the primary result.\n\n"
      "\u201cA populist platform is massively appealing to those who came of age during the "
      "crash,\u201d said Kurt Walters, the campaign director at Rootstrikers, a group that "
      "favors limiting the influence of big donors in politics. \u201cWe need to be "
      "incorporating those issues in the policy for the party.\u201d\n\n"
      "\u201cRevenues are up a little bit,\u201d Mr. Ekovich said. The resort was bought out "
      "of bankruptcy in 2012. \u201cThings are moving in the right direction.\u201d\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() >= 2);
  const Attribution& a = e.attributions[0];
  CHECK(Text(text, a.source).substr(0, 12) == "Kurt Walters");
  CHECK(Text(text, ClaimSpan(a, text)).substr(0, 20) == "A populist platform ");
  CHECK(Text(text, ClaimSpan(a, text)).find("policy for the party") != std::string::npos);
  // A sentence of the writer's between the two quotes: the second is not
  // joined to the first (the writer's words would be in the content).
  const Attribution& b = e.attributions[1];
  CHECK(Text(text, ClaimSpan(b, text)) == "Revenues are up a little bit");
}

TEST_CASE("a quote going on after its tag is its speaker's, not the next sentence's subject's",
          "[ingest][extractor]") {
  const std::string text =
      "Both rivals criticised the handling of the scuffle on Tuesday.\n\n"
      "\"It is a sad day for the party,\" Senator Alma Ruiz told reporters outside a diner. "
      "\"This is what the culture of that campaign leads to.\" Governor Peter Lund said he "
      "would have fired the aide at once.\n";
  Extraction e = Run(text);
  const Attribution* ruiz = nullptr;
  const Attribution* lund = nullptr;
  for (const Attribution& a : e.attributions) {
    if (a.speaker == "Alma Ruiz") ruiz = &a;
    if (a.speaker == "Peter Lund") lund = &a;
  }
  REQUIRE(ruiz != nullptr);
  REQUIRE(lund != nullptr);
  // The second quote is Ruiz's statement going on (the corpus convention:
  // one interrupted statement), not something Lund said.
  CHECK(Text(text, ClaimSpan(*ruiz, text)).find("culture of that campaign") != std::string::npos);
  CHECK(Text(text, ClaimSpan(*lund, text)).find("culture") == std::string::npos);
  CHECK(Text(text, ClaimSpan(*lund, text)).starts_with("he would have fired"));
}

TEST_CASE("what describes the source after 'according to X' is no part of the content",
          "[ingest][extractor]") {
  const std::string text =
      "The county counted its ballots overnight.\n\n"
      "Turnout rose sharply in the county, according to election officials who were not "
      "authorized to speak publicly.\n\n"
      "The plant will close by June, according to a memo previously kept from employees.\n\n"
      "Sales of the model have fallen by half, according to Ann Ferris, an analyst who follows "
      "the company.\n";
  Extraction e = Run(text);
  auto content_of = [&](std::string_view source_start) -> std::string {
    for (const Attribution& a : e.attributions)
      if (a.source && Text(text, a.source).starts_with(source_start))
        return std::string(Text(text, ClaimSpan(a, text)));
    return "(none)";
  };
  CHECK(content_of("election officials") == "Turnout rose sharply in the county");
  CHECK(content_of("a memo") == "The plant will close by June");
  CHECK(content_of("Ann Ferris") == "Sales of the model have fallen by half");
}

TEST_CASE("a clause then 'said police' is what police said and 'called X' says nothing",
          "[ingest][extractor]") {
  const std::string text =
      "A fire broke out at the depot.\n\n"
      "The death toll rose to 22 on Monday, said police.\n\n"
      "The toll stands at 40 in the region, said local officials.\n\n"
      "The mass of warm water, called a plume, spread to the coast.\n";
  Extraction e = Run(text);
  std::vector<std::string> got;
  for (const Attribution& a : e.attributions)
    got.push_back(std::string(Text(text, a.source)) + " | " +
                  std::string(Text(text, ClaimSpan(a, text))));
  CHECK(got == std::vector<std::string>{"police | The death toll rose to 22 on Monday",
                                        "local officials | The toll stands at 40 in the region"});
}

TEST_CASE("a bare reply asserts nothing by itself and is no claim", "[ingest][extractor]") {
  const std::string text =
      "The mayor faced questions about her future on Monday.\n\n"
      "\"Absolutely not,\" Mayor Dana Whitfield said.\n\n"
      "\"No, the budget is balanced,\" Mayor Dana Whitfield told the council.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) == "No, the budget is balanced");
}

TEST_CASE("a clause after 'According to X,' is the content, not an apposition of X",
          "[ingest][extractor]") {
  const std::string text =
      "Police made arrests in 38 countries.\n\n"
      "According to investigators, the site hosted a million clips, including some of "
      "infants.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].source) == "investigators");
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)).starts_with("the site hosted a million"));
}

TEST_CASE("a quote interrupted by its attribution is one attribution", "[ingest][extractor]") {
  const std::string text =
      "\"Terrorists seek to divide us and to destroy our way of life,\" said Khan, \"here in "
      "London we will never let them succeed.\"\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].source) == "Khan");
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) ==
        "Terrorists seek to divide us and to destroy our way of life,\" said Khan, \"here in "
        "London we will never let them succeed.");
}

TEST_CASE("a quote over two paragraphs: each paragraph is attributed", "[ingest][extractor]") {
  const std::string text =
      "When asked if the incident spelled the end of the Syria deal, Russia’s UN ambassador "
      "Vitaly Churkin said: ‘This is a very big question mark.\n\n"
      "‘I would be very interested to see how Washington is going to react.\n\n"
      "‘If what ambassador Power has done today is any indication then we are in serious "
      "trouble,’ Churkin told reporters.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 3);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) == "This is a very big question mark.");
  CHECK(Text(text, ClaimSpan(e.attributions[1], text)) ==
        "I would be very interested to see how Washington is going to react.");
  CHECK(e.attributions[1].speaker == "Vitaly Churkin");
  CHECK(Text(text, e.attributions[2].cue) == "told");
}

TEST_CASE("an unclosed quote stops at its paragraph", "[ingest][extractor]") {
  const std::string text =
      "Power said: \"We of course regret the loss of life.\n\n"
      "The Russian Defence Ministry said US jets had killed more than 60 Syrian soldiers.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) == "We of course regret the loss of life.");
  CHECK(Text(text, ClaimSpan(e.attributions[1], text)) == "US jets had killed more than 60 Syrian soldiers");
  CHECK(e.attributions[1].source_type == SourceType::kOrganisation);
}

TEST_CASE("reported speech: X said that CLAUSE, in an emailed statement", "[ingest][extractor]") {
  const std::string text =
      "Pentagon press secretary Peter Cook said in an emailed statement that Russian officials "
      "did not voice concerns earlier on Saturday.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  const Attribution& a = e.attributions[0];
  CHECK(Text(text, ClaimSpan(a, text)) == "Russian officials did not voice concerns earlier on Saturday");
  CHECK(a.speaker == "Peter Cook");
  CHECK(a.role == "Pentagon press secretary");
  CHECK(a.kind == AttributionKind::kIndirect);
}

TEST_CASE("reported speech with the attribution after: CLAUSE, X said", "[ingest][extractor]") {
  const std::string text =
      "Further charges may be laid in the future, police said.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) == "Further charges may be laid in the future");
  CHECK(Text(text, e.attributions[0].source) == "police");
  CHECK(e.attributions[0].speaker.empty());
}

TEST_CASE("unnamed role source keeps its role and no speaker", "[ingest][extractor]") {
  const std::string text =
      "Washington and Moscow have held high-level talks on Syria, a top US general said Sunday.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  const Attribution& a = e.attributions[0];
  CHECK(Text(text, a.source) == "a top US general");
  CHECK(a.speaker.empty());
  CHECK(a.source_type == SourceType::kRole);
  CHECK(Text(text, ClaimSpan(a, text)) == "Washington and Moscow have held high-level talks on Syria");
}

TEST_CASE("told reporters: the addressee is not content", "[ingest][extractor]") {
  const std::string text =
      "Baslan Damang, a security official from the port of departure, on Tuesday told The "
      "Jakarta Post radio broadcasts were being used to alert other traffic.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) ==
        "radio broadcasts were being used to alert other traffic");
  CHECK(e.attributions[0].speaker == "Baslan Damang");
}

TEST_CASE("according to X, before and after the clause", "[ingest][extractor]") {
  const std::string text =
      "According to New Zealand Prime Minister Jacinda Ardern, Brenton had a licence for the "
      "five firearms.\n\n"
      "Tillerson is to meet Lavrov in New York on Sunday, according to Tillerson's updated "
      "public schedule.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) == "Brenton had a licence for the five firearms");
  CHECK(e.attributions[0].speaker == "Jacinda Ardern");
  CHECK(e.attributions[0].cue_lemma == "according to");
  CHECK(Text(text, ClaimSpan(e.attributions[1], text)) ==
        "Tillerson is to meet Lavrov in New York on Sunday");
  CHECK(e.attributions[1].source_type == SourceType::kDocument);
  CHECK(e.attributions[1].speaker.empty());
}

TEST_CASE("denied -ing and claimed that", "[ingest][extractor]") {
  const std::string text =
      "A Russian military spokesman denied targeting the group, though the coalition claimed "
      "that the Russians knew the zone contained SDF fighters.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) == "targeting the group");
  CHECK(e.attributions[0].cue_lemma == "deny");
  CHECK(Text(text, e.attributions[1].source) == "the coalition");
  CHECK(Text(text, ClaimSpan(e.attributions[1], text)) ==
        "the Russians knew the zone contained SDF fighters");
}

TEST_CASE("accused Y of, in a coordinated verb phrase", "[ingest][extractor]") {
  const std::string text =
      "The 15-member Security Council met on Saturday night after Russia demanded an emergency "
      "session and accused the United States of jeopardizing the Syria deal.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].source) == "Russia");
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) ==
        "the United States of jeopardizing the Syria deal");
}

TEST_CASE("cited ... as evidence that", "[ingest][extractor]") {
  const std::string text =
      "Moscow cited the strikes as evidence that the United States was helping the jihadist "
      "militants.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) ==
        "the strikes as evidence that the United States was helping the jihadist militants");
  CHECK(e.attributions[0].source_type == SourceType::kOrganisation);
}

TEST_CASE("mixed: reported speech with a quoted fragment", "[ingest][extractor]") {
  const std::string text =
      "Churkin said Russia had no ‘specific evidence’ of the United States colluding with "
      "Islamic State militants.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].kind == AttributionKind::kMixed);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) ==
        "Russia had no ‘specific evidence’ of the United States colluding with Islamic State "
        "militants");
}

TEST_CASE("relayed: the agency quoted X as saying", "[ingest][extractor]") {
  const std::string text =
      "‘Now there can be no doubts about that,’ the RIA Novosti news agency quoted Russian "
      "Foreign Ministry spokeswoman Maria Zakharova as saying.\n\n"
      "The Syrian Observatory for Human Rights cited a military source at Deir al-Zor airport "
      "as saying at least 90 Syrian soldiers had been killed.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(e.attributions[0].speaker == "Maria Zakharova");
  CHECK(Text(text, e.attributions[0].via) == "the RIA Novosti news agency");
  CHECK(e.attributions[0].kind == AttributionKind::kDirect);
  CHECK(Text(text, e.attributions[1].source) == "a military source at Deir al-Zor airport");
  CHECK(Text(text, e.attributions[1].via) == "The Syrian Observatory for Human Rights");
  CHECK(Text(text, ClaimSpan(e.attributions[1], text)) == "at least 90 Syrian soldiers had been killed");
}

TEST_CASE("apposition sources: name, title and organisation", "[ingest][extractor]") {
  const std::string text =
      "General Joe Dunford, chairman of the US Joint Chiefs of Staff, said he had spoken to "
      "his Russian counterpart.\n\n"
      "The Syrian Democratic Forces (SDF), an alliance of Washington-backed Kurd and Arab "
      "fighters, said Saturday that several of its fighters were injured.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(Text(text, e.attributions[0].source) ==
        "General Joe Dunford, chairman of the US Joint Chiefs of Staff");
  CHECK(e.attributions[0].speaker == "Joe Dunford");
  CHECK(e.attributions[0].role == "chairman of the US Joint Chiefs of Staff");
  CHECK(e.attributions[1].speaker == "Syrian Democratic Forces");
  CHECK(e.attributions[1].source_type == SourceType::kOrganisation);
  CHECK(Text(text, ClaimSpan(e.attributions[1], text)) == "several of its fighters were injured");
}

TEST_CASE("passive report: the source is null", "[ingest][extractor]") {
  const std::string text =
      "The attacker is reported to have jumped on stage during the concert.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK_FALSE(e.attributions[0].source.has_value());
  CHECK(e.attributions[0].speaker.empty());
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) ==
        "The attacker is reported to have jumped on stage during the concert");
}

TEST_CASE("nested attributions inside content are not emitted", "[ingest][extractor]") {
  const std::string text =
      "The United States military said the coalition stopped the attacks after Russia "
      "informed it that Syrian military personnel may have been hit.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].source) == "The United States military");
}

TEST_CASE("labelled interview answers are direct attributions", "[ingest][extractor]") {
  const std::string text =
      "Natasha Gownaris: I've wanted to be a marine scientist since I was a child.\n\n"
      "NG: This study started in 1982.\n\n"
      "NG: Members of the lab spend six months each year at Punta Tombo.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 3);
  CHECK(Text(text, e.attributions[1].source) == "NG");
  CHECK(e.attributions[1].speaker == "Natasha Gownaris");
  CHECK_FALSE(e.attributions[1].cue.has_value());
  CHECK(Text(text, ClaimSpan(e.attributions[2], text)) ==
        "Members of the lab spend six months each year at Punta Tombo.");
}

TEST_CASE("an unlabelled interview's answers are the interviewee's whom its headline names",
          "[ingest][extractor]") {
  const std::string text =
      "Maria Lopez: An interview with the harbour's last ferry captain\n\n"
      "How long have you worked on the ferry, and do you think it will survive?\n\n"
      "Twenty years now. I think the ferry will close when the new bridge opens next spring.\n\n"
      "Do you believe the town will miss it?\n\n"
      "I believe the old families will miss it more than anyone else in the town.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  for (const Attribution& a : e.attributions) {
    CHECK(Text(text, a.source) == "I");
    CHECK(a.speaker == "Maria Lopez");
  }
  // Without "interview" in the first line, an "I" stays unresolved.
  const std::string plain =
      "Maria Lopez and the harbour's last ferry\n\n"
      "I think the ferry will close when the new bridge opens next spring.\n";
  const Extraction p = Run(plain);
  REQUIRE(p.attributions.size() == 1);
  CHECK(p.attributions[0].speaker.empty());
}

TEST_CASE("Wikinews-style interview turns: answers are the interviewee's, questions nothing",
          "[ingest][extractor]") {
  const std::string text =
      "((WN)) When did the survey of the reef begin?\n\n"
      "((Mara Quill)) I think the first dives were in 2004. We counted every colony.\n\n"
      "((WN)) What did you find?\n\n"
      "((Mara Quill)) Half of the colonies had bleached by 2016.\n\n"
      "((WN)) Thank you for your time.\n\n"
      "((Mara Quill)) The reef can recover if the water cools.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 3);
  for (const Attribution& a : e.attributions) {
    CHECK(a.speaker == "Mara Quill");
    CHECK(Text(text, a.source) == "Mara Quill");
  }
  CHECK(Text(text, e.attributions[1].content) == "Half of the colonies had bleached by 2016.");
}

TEST_CASE("a transcript quoted as a block: turns under their speakers' full names",
          "[ingest][extractor]") {
  const std::string text =
      "On Sunday's broadcast, Governor Mara Quill spoke with host Dan Reyes about the dam.\n\n"
      "Partial transcript as follows:\n\n"
      "\"REYES: Will the dam be finished before the floods come back?\n\n"
      "\"QUILL: The crews are working every night. The dam will hold this spring.\n\n"
      "\"(CROSSTALK.)\n\n"
      "\"REYES: Is the money there for the second phase?\n\n"
      "\"QUILL: The legislature has approved every dollar we asked for.\n\n"
      "\"And the engineers tell me the second phase will be cheaper.\n\n"
      "\"REYES: And when will it open?\n\n"
      "\"QUILL: In May, if the weather lets us.\"\n";
  Extraction e = Run(text);
  std::vector<std::string> contents;
  for (const Attribution& a : e.attributions) {
    // The host asks; every turn kept is the governor's, under her full name.
    CHECK(a.speaker == "Mara Quill");
    contents.push_back(std::string(a.content.in(text)));
  }
  REQUIRE(contents.size() == 3);
  CHECK(contents[0] == "The crews are working every night. The dam will hold this spring.");
  // The unlabelled paragraph goes on with her turn; the stage direction is no claim.
  CHECK(contents[1].starts_with("The legislature has approved"));
  CHECK(contents[1].find("the second phase will be cheaper") != std::string::npos);
}

TEST_CASE("a tag inside a clause: the content is the whole clause around it",
          "[ingest][extractor]") {
  const std::string text =
      "Mayor Anna Fields spoke to reporters on Monday about the new bridge.\n\n"
      "The plan, Ms. Fields said, would cost more than the council expected.\n\n"
      "That is why, she argued, the council must vote this week.\n\n"
      "The bridge will open in May, the mayor's office said, on Friday.\n\n"
      "Now, she said, the two towns trade much less.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 4);
  CHECK(Text(text, e.attributions[0].source) == "Ms. Fields");
  CHECK(e.attributions[0].speaker == "Anna Fields");
  CHECK(StoredClaimText(e.attributions[0], text) ==
        "The plan, … would cost more than the council expected");
  CHECK(StoredClaimText(e.attributions[1], text) == "That is why, … the council must vote this week");
  // A time after the aside is no part of what was said.
  CHECK(StoredClaimText(e.attributions[2], text) == "The bridge will open in May");
  // A word or two before the aside are no statement of their own.
  CHECK(StoredClaimText(e.attributions[3], text) == "Now, … the two towns trade much less");
}

TEST_CASE("a relative clause's content ends where its antecedent's predicate goes on",
          "[ingest][extractor]") {
  const std::string text =
      "Mark Hill, who says the county ignored his complaints, filed a lawsuit on Monday.\n\n"
      "Jane Doe, an official who said the drought had ruined the harvest, spoke at the meeting.\n\n"
      "The governor, who suggested that the mayor, under fire for the delays, would resign, "
      "left early.\n\n"
      "The plan rests on work by Emma Stone, an economist at the University of Leeds who had "
      "once concluded that the tax would pay for itself.\n\n"
      "Park, who said he votes for Democrats, said the mayor had his vote.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 6);
  CHECK(e.attributions[0].speaker == "Mark Hill");
  CHECK(StoredClaimText(e.attributions[0], text) == "the county ignored his complaints");
  CHECK(e.attributions[1].speaker == "Jane Doe");
  CHECK(StoredClaimText(e.attributions[1], text) == "the drought had ruined the harvest");
  // A comma inside the reported clause opens an aside; it does not close the relative.
  CHECK(StoredClaimText(e.attributions[2], text) ==
        "the mayor, under fire for the delays, would resign");
  // The name the apposition and its relative clause describe speaks.
  CHECK(e.attributions[3].speaker == "Emma Stone");
  CHECK(StoredClaimText(e.attributions[3], text) == "the tax would pay for itself");
  // "X, who said A, said B": A ends at the second cue, whose subject is X too.
  CHECK(StoredClaimText(e.attributions[4], text) == "he votes for Democrats");
  CHECK(Text(text, e.attributions[5].source) == "Park");
  CHECK(StoredClaimText(e.attributions[5], text) == "the mayor had his vote");
}

TEST_CASE("a fronted poll reports the clause after it, as evidence", "[ingest][extractor]") {
  const std::string text =
      "In a Marist poll released Monday, Quill led Reyes by 12 points among likely voters.\n\n"
      "In the latest survey, conducted in May, two in three residents backed the dam.\n\n"
      "In a poll of farmers, 40 percent said the drought had cost them a harvest.\n\n"
      "In the poll booth, voters waited in silence for an hour.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 3);
  CHECK(Text(text, e.attributions[0].source) == "a Marist poll released Monday");
  CHECK(e.attributions[0].cue_class == AttributionClass::kEvidence);
  CHECK(StoredClaimText(e.attributions[0], text) ==
        "Quill led Reyes by 12 points among likely voters");
  // The participle phrase describes the survey; it is not what it found.
  CHECK(StoredClaimText(e.attributions[1], text) == "two in three residents backed the dam");
  // A cue in the clause has its own source: the farmers said it.
  CHECK(Text(text, e.attributions[2].cue) == "said");
}

TEST_CASE("a reported fragment is no claim, a short real one is", "[ingest][extractor]") {
  const std::string text =
      "Alliance guidelines call for 2%.\n\n"
      "The Harbour Front claimed responsibility.\n\n"
      "Of the 121 people detained, 77 have been deported, according to a spokeswoman.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(Text(text, e.attributions[0].content) == "responsibility");
  CHECK(Text(text, e.attributions[1].content) ==
        "Of the 121 people detained, 77 have been deported");
}

TEST_CASE("documents that are not valid UTF-8 are refused", "[ingest][extractor]") {
  Document doc = DocumentFromText("bad.txt", std::string("said \xff\xfe"));
  CHECK(Extract(doc).status().code() == absl::StatusCode::kInvalidArgument);
}

TEST_CASE("token soup never yields spans outside the text", "[ingest][extractor]") {
  // Fragments of attribution syntax in random order: stray and unbalanced
  // marks, cues at paragraph starts and ends, labels, abbreviations.
  const char* const pieces[] = {"said", "\"", "“", "”", "‘", "’", "'", ",", ".", ":", "He",
                                "according", "to", "told", "reporters", "The", "ministry",
                                "that", "and", "—", "(", ")", "quoted", "as", "saying", "NG:",
                                "\n\n", "\n", "Smith", "was", "reported", "who", "per", "cited",
                                "called", "for", "Mr.", "U.S.", "…", "?", ";", "adding"};
  auto extractor = Extractor::Create();
  REQUIRE(extractor.ok());
  uint32_t state = 12345;
  for (int doc = 0; doc < 400; ++doc) {
    std::string text;
    int n = static_cast<int>(state % 50);
    for (int i = 0; i < n; ++i) {
      state = state * 1103515245u + 12345u;
      text += pieces[(state >> 8) % (sizeof pieces / sizeof pieces[0])];
      if ((state >> 20) % 3 != 0) text += ' ';
    }
    state = state * 1103515245u + 12345u;
    auto e = (*extractor)->Extract(DocumentFromText("soup.txt", text));
    REQUIRE(e.ok());
    for (const Attribution& a : e->attributions) {
      CHECK(a.content.end <= text.size());
      CHECK(a.content.start < a.content.end);
      if (a.source) CHECK(a.source->end <= text.size());
    }
  }
}

TEST_CASE("two quotes joined under one verb are two attributions", "[ingest][extractor]") {
  const std::string text =
      "The Senate Minority Leader, Chuck Schumer, said on Friday \"We made a plea to the "
      "president once again\" and \"So we told the president we needed the government open.\"\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) == "We made a plea to the president once again");
  CHECK(Text(text, ClaimSpan(e.attributions[1], text)) ==
        "So we told the president we needed the government open.");
  CHECK(e.attributions[1].speaker == "Chuck Schumer");
  CHECK(e.attributions[1].source == e.attributions[0].source);
}

TEST_CASE("a quote introduced in the previous paragraph takes its cue", "[ingest][extractor]") {
  const std::string text =
      "US President Barack Obama tweeted using his @POTUS account:\n\n"
      "\"Cool clock, Ahmed. Want to bring it to the White House?\"\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].cue) == "tweeted");
  CHECK(e.attributions[0].speaker == "Barack Obama");
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) ==
        "Cool clock, Ahmed. Want to bring it to the White House?");
}

TEST_CASE("a gerund opening the reported clause before its past verb is its subject",
          "[ingest][extractor]") {
  const std::string text =
      "Gold closed higher on Friday in quiet trade.\n\n"
      "Li Kang, a trader at a local bullion house, said buying came mainly from Japanese "
      "investors.\n\n"
      "The bank said lending rose 5 pct in March.\n";
  Extraction e = Run(text);
  std::vector<std::string> contents;
  for (const Attribution& a : e.attributions) contents.push_back(Text(text, ClaimSpan(a, text)));
  CHECK(std::find(contents.begin(), contents.end(),
                  "buying came mainly from Japanese investors") != contents.end());
  CHECK(std::find(contents.begin(), contents.end(), "lending rose 5 pct in March") !=
        contents.end());
}

TEST_CASE("a clause after the cue is content, never an inverted source", "[ingest][extractor]") {
  const std::string text =
      "The trade figures came out on Friday.\n\n"
      "The report, released by the Commerce Department on Friday, said the trade deficit widened "
      "to 15.1 billion dlrs in January.\n\n"
      "Exports would recover by the summer, said the trade official.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  // The subject before a past participle's phrase speaks (was: "the trade
  // deficit widened …" taken for a source after the cue).
  CHECK(Text(text, *e.attributions[0].source) == "The report");
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) ==
        "the trade deficit widened to 15.1 billion dlrs in January");
  CHECK(Text(text, *e.attributions[1].source) == "the trade official");
}

TEST_CASE("a subject cut off from its cue by an insertion makes no inverted source",
          "[ingest][extractor]") {
  const std::string text =
      "The mayor spoke on Friday.\n\n"
      "Later that day, the mayor, 58, announced her candidacy for the governorship.\n\n"
      "Ruiz, also on the radio, defended his decision to close the bridge.\n\n"
      "The ministry had not, as of Sunday, announced any plans to reopen the port.\n\n"
      "The harbour will stay shut until spring, said Lena Ortiz, the port director.\n\n"
      "The toll, in any case, was too high, said Omar Reyes.\n";
  Extraction e = Run(text);
  // The objects of "announced" and "defended" are no speakers; the tails
  // after a clause with a verb, insertion or not, still are.
  std::vector<std::string> sources;
  for (const Attribution& a : e.attributions)
    if (a.source) sources.push_back(std::string(Text(text, *a.source)));
  CHECK(sources == std::vector<std::string>{"Lena Ortiz, the port director", "Omar Reyes"});
}

TEST_CASE("a cue word that is a noun or a phrasal verb reports nothing", "[ingest][extractor]") {
  const std::string text =
      "The campaign looked ahead to the spring.\n\n"
      "He is already eyeing big efforts in big states such as New York and California.\n\n"
      "By morning, the campaign's efforts at damage control added up to a series of "
      "conflicting explanations.\n";
  Extraction e = Run(text);
  CHECK(e.attributions.empty());
}

TEST_CASE("the one told is never an inverted source", "[ingest][extractor]") {
  const std::string text =
      "The debate turned to the war.\n\n"
      "''The president has no strategy as it relates to the war,'' Jeb Hale, the former governor "
      "and a candidate for the nomination, told CNN.\n";
  Extraction e = Run(text);
  for (const Attribution& a : e.attributions) {
    REQUIRE(a.source.has_value());
    CHECK(Text(text, *a.source) != "CNN");
  }
}

TEST_CASE("\"with officials saying\": a participle cue with its own subject", "[ingest][extractor]") {
  const std::string text =
      "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, "
      "with officials saying this is for security reasons.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].source) == "officials");
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) == "this is for security reasons");
}


TEST_CASE("an organisation keeps its capitalised of/for/on complement", "[ingest][extractor]") {
  const std::string text =
      "According to the National Conference of State Legislatures, the next Republican primary "
      "election or caucus is scheduled for March 3, when both parties are to hold more than a "
      "dozen primary elections.\n";
  Extraction e = Run(text);
  REQUIRE(!e.attributions.empty());
  CHECK(Text(text, e.attributions[0].source) == "the National Conference of State Legislatures");
  CHECK(e.attributions[0].speaker == "National Conference of State Legislatures");
  CHECK(e.attributions[0].source_type == SourceType::kOrganisation);
}

TEST_CASE("a document source takes the issuer named with it", "[ingest][extractor]") {
  const std::string text =
      "The PKK is banned in Turkey. According to a statement released by Erdogan's office, "
      "\"neutralizing the threat stemming from PKK-YPG terrorist\" is an aim of the Turkish "
      "military operation.\n\n"
      "\"The airline transports weapons and fighters across the Middle East, supporting the "
      "Iranian regime's destructive ambitions around the region,\" according to a tweet on Monday "
      "by US Secretary of State Mike Pompeo.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(Text(text, e.attributions[0].source) == "a statement released by Erdogan's office");
  CHECK(e.attributions[0].speaker == "Erdogan");
  // The document speaks for its issuer, of the issuer's kind.
  CHECK(e.attributions[0].source_type == SourceType::kPerson);
  CHECK(Text(text, e.attributions[1].source) ==
        "a tweet on Monday by US Secretary of State Mike Pompeo");
  CHECK(e.attributions[1].speaker == "Mike Pompeo");
  CHECK(Text(text, ClaimSpan(e.attributions[1], text)).starts_with("The airline transports"));
}

TEST_CASE("a poll by joint sponsors speaks for them, its release date not in the claim",
          "[ingest][extractor]") {
  const std::string text =
      "Turnout is expected to be high, according to a CNN/ORC poll released on Sunday.\n\n"
      "According to an online University of Texas/Texas Tribune poll out Thursday, the two "
      "senators each have 27 percent of likely voters.\n\n"
      "Most voters want a debate, according to a poll by Gallup.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 3);
  CHECK(e.attributions[0].speaker == "CNN/ORC");
  CHECK(e.attributions[0].source_type == SourceType::kOrganisation);
  CHECK(Text(text, e.attributions[0].content) == "Turnout is expected to be high");
  CHECK(e.attributions[1].speaker == "University of Texas/Texas Tribune");
  CHECK(Text(text, e.attributions[1].content).starts_with("the two senators"));
  // A one-word pollster is an organisation, not a person.
  CHECK(e.attributions[2].speaker == "Gallup");
  CHECK(e.attributions[2].source_type == SourceType::kOrganisation);
}

TEST_CASE("an organisation's own document names it as the speaker", "[ingest][extractor]") {
  const std::string text =
      "The Internal Revenue Service website says that not everyone will qualify for the "
      "payments.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].speaker == "Internal Revenue Service");
  CHECK(e.attributions[0].source_type == SourceType::kOrganisation);
}

TEST_CASE("'the statement' is issued by who made the statement earlier", "[ingest][extractor]") {
  const std::string text =
      "Late on Sunday, the United States President Donald Trump, in a statement delivered via "
      "the press secretary, announced US troops would be leaving Syria. The announcement was made "
      "after Trump had a phone conversation with Turkish President Recep Tayyip Erdoğan. The "
      "statement also said US troops had defeated ISIS and Turkey would be moving into Northern "
      "Syria.\n";
  Extraction e = Run(text);
  const Attribution* a =
      Find(e, text, "US troops had defeated ISIS and Turkey would be moving into Northern Syria");
  REQUIRE(a != nullptr);
  CHECK(Text(text, a->source) == "The statement");
  CHECK(a->speaker == "Donald Trump");
}

TEST_CASE("'the commissioner' is the person named with that title", "[ingest][extractor]") {
  const std::string text =
      "The November 4 issue of Magyar Nemzet published an interview with Gáspár Maróth, the "
      "Hungarian Government commissioner responsible for defence, in which the deal was "
      "announced.\n\n"
      "The Austrian partner asked for the price to be kept secret, but the commissioner stated "
      "the purchase was financed by a loan, so it is not a burden on the state budget.\n";
  Extraction e = Run(text);
  const Attribution* a = Find(
      e, text, "the purchase was financed by a loan, so it is not a burden on the state budget");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == "Gáspár Maróth");
}

TEST_CASE("a surname written without diacritics resolves to the full name", "[ingest][extractor]") {
  const std::string text =
      "On Wednesday, as a part of his pre-election campaign, the Turkish President Recep Tayyip "
      "Erdoğan pledged converting Hagia Sophia to a mosque.\n\n"
      "On Friday in Istanbul, as a part of an election rally, Erdogan said, \"After elections, we "
      "will change Hagia Sophia's name from museum to mosque.\"\n";
  Extraction e = Run(text);
  const Attribution* a =
      Find(e, text, "After elections, we will change Hagia Sophia's name from museum to mosque.");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == "Recep Tayyip Erdoğan");
}

TEST_CASE("bare 'police' is the force named earlier", "[ingest][extractor]") {
  const std::string text =
      "Northamptonshire police were able to determine the Volvo had come from RAF Croughton.\n\n"
      "Despite the assurances, she and her husband Jonathan Socoolas left the country, police "
      "revealed on Saturday.\n";
  Extraction e = Run(text);
  const Attribution* a =
      Find(e, text, "Despite the assurances, she and her husband Jonathan Socoolas left the country");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == "Northamptonshire police");
}

TEST_CASE("a title's complement is not part of the name", "[ingest][extractor]") {
  const std::string text =
      "President of Argentina Alberto Fernández said the country would not pay.\n\n"
      "Current Director of National Intelligence John Ratcliffe said the agencies agreed.\n\n"
      "The mayor of New Orleans, LaToya Cantrell, said the city was ready.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 3);
  CHECK(e.attributions[0].speaker == "Alberto Fernández");
  CHECK(e.attributions[1].speaker == "John Ratcliffe");
  CHECK(e.attributions[2].speaker == "LaToya Cantrell");
}

TEST_CASE("a name after an organisation noun is an organisation", "[ingest][extractor]") {
  const std::string text =
      "Peter Iseley of worldwide victim group Ending Clergy Abuse said the decree was not "
      "enough.\n\n"
      "US-based software company Red Hat said the flaw had been fixed.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(e.attributions[0].speaker == "Peter Iseley");
  CHECK(e.attributions[0].source_type == SourceType::kPerson);
  CHECK(e.attributions[1].speaker == "Red Hat");
  CHECK(e.attributions[1].source_type == SourceType::kOrganisation);
}

TEST_CASE("passive with its agent: reported by Y to have …", "[ingest][extractor]") {
  const std::string text =
      "Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź, were reported by local "
      "media to have visited the hospital while Adamowicz received emergency surgery.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].source) == "local media");
  CHECK(Text(text, e.attributions[0].cue) == "reported");
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)).starts_with("Politicians and the Archbishop"));
}

// The pattern of "X was quoted as saying" (relayed speech) with its relay
// named as the agent; no Wikinews sentence in the corpus has it.
TEST_CASE("passive relay: X was quoted by Y as saying …", "[ingest][extractor]") {
  const std::string text =
      "Lavrov was quoted by the RIA Novosti news agency as saying Russia had no specific "
      "evidence of the strike.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].source) == "Lavrov");
  CHECK(Text(text, e.attributions[0].via) == "the RIA Novosti news agency");
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) == "Russia had no specific evidence of the strike");
}

TEST_CASE("'the government of Oman' keeps its country", "[ingest][extractor]") {
  const std::string text = "The government of Oman announced three days of mourning.\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].speaker == "government of Oman");
  CHECK(e.attributions[0].source_type == SourceType::kOrganisation);
}

TEST_CASE("participle after a main clause shares its subject", "[ingest][extractor]") {
  const std::string text =
      "Biden rejected Pelosi's suggestion, saying he would act as a \"fact checker on the "
      "floor\" during the debate.\n\n"
      "Carroll agreed with La Riva, saying that jobs are more important than UBI.\n";
  Extraction e = Run(text);
  const Attribution* a =
      Find(e, text, "he would act as a \"fact checker on the floor\" during the debate");
  REQUIRE(a != nullptr);
  CHECK(Text(text, a->source) == "Biden");
  CHECK(Text(text, a->cue) == "saying");
  CHECK(a->kind == AttributionKind::kMixed);
  const Attribution* b = Find(e, text, "jobs are more important than UBI");
  REQUIRE(b != nullptr);
  CHECK(Text(text, b->source) == "Carroll");
}

TEST_CASE("participle after a main clause with a pronoun subject", "[ingest][extractor]") {
  const std::string text =
      "It also credited Leonov with making the spacewalk possible, noting on Twitter \"[h]is "
      "venture into the vacuum of space began the history of extravehicular activity\".\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].source) == "It");
  CHECK(Text(text, e.attributions[0].cue) == "noting");
  CHECK(Text(text, ClaimSpan(e.attributions[0], text)) ==
        "[h]is venture into the vacuum of space began the history of extravehicular activity");
}

TEST_CASE("a participle inside the subject is not an attribution", "[ingest][extractor]") {
  // Not a main-clause participle: "Reuters, citing …, reported".
  const std::string text =
      "Ali Reza Raisi, speaking for the country's Health Ministry, reported yesterday, \"The "
      "definite latest numbers we have are 523 new infections and 12 new deaths so the total "
      "number of those infected until now is 1501 and the number of deaths is 66\".\n";
  Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].cue) == "reported");
  CHECK(Text(text, e.attributions[0].source) == "Ali Reza Raisi");
}

TEST_CASE("according to X at the sentence start with a short clause", "[ingest][extractor]") {
  const std::string text =
      "According to the BBC, residents were doing most rescue work themselves using boats "
      "and personal watercraft.\n\n"
      "According to the CDC, treatment for any potential exposure requires a series of shots "
      "over a 14 day period.\n";
  Extraction e = Run(text);
  const Attribution* a = Find(
      e, text, "residents were doing most rescue work themselves using boats and personal watercraft");
  REQUIRE(a != nullptr);
  CHECK(Text(text, a->source) == "the BBC");
  const Attribution* b = Find(
      e, text, "treatment for any potential exposure requires a series of shots over a 14 day period");
  REQUIRE(b != nullptr);
  CHECK(Text(text, b->source) == "the CDC");
}

TEST_CASE("second verb of a coordinated predicate shares the subject", "[ingest][extractor]") {
  const std::string text =
      "Regional governor Boris Dubrovsky said FSB officers were present where the minibus "
      "exploded outside the local administrative building, but said this too was unrelated to "
      "the other explosion.\n";
  Extraction e = Run(text);
  const Attribution* a = Find(e, text, "this too was unrelated to the other explosion");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == "Boris Dubrovsky");
}

TEST_CASE("court findings and rulings with a propositional complement", "[ingest][extractor]") {
  const std::string text =
      "The court has found that Mme Spanton did not lie, she is not a liar.\n\n"
      "District Judge Gray Miller ruled the male-only draft violated the Due Process Clause of "
      "the United States Constitution.\n\n"
      "The United States Supreme Court later ruled against Conley's extension of absentee "
      "voting as well.\n";
  Extraction e = Run(text);
  const Attribution* a = Find(e, text, "Mme Spanton did not lie, she is not a liar");
  REQUIRE(a != nullptr);
  CHECK(Text(text, a->source) == "The court");
  CHECK(Text(text, a->cue) == "found");
  const Attribution* b = Find(
      e, text, "the male-only draft violated the Due Process Clause of the United States Constitution");
  REQUIRE(b != nullptr);
  CHECK(b->speaker == "Gray Miller");
  CHECK(Text(text, b->cue) == "ruled");
  // "ruled against" is a verdict, not a finding.
  CHECK(e.attributions.size() == 2);
}

TEST_CASE("a party and state label after a name does not end the sentence", "[ingest][extractor]") {
  const std::string text =
      "Sen. Maria Delgado (D-Ore.) said the committee would vote on the measure next week. "
      "\u201cWe have waited long enough,\u201d said Rep. Tom Harlan (R-Tenn.) at a hearing.\n";
  Extraction e = Run(text);
  const Attribution* a = Find(e, text, "the committee would vote on the measure next week");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == "Maria Delgado");
  const Attribution* b = Find(e, text, "We have waited long enough");
  REQUIRE(b != nullptr);
  CHECK(b->speaker == "Tom Harlan");
}

TEST_CASE("subjects a plural verb of saying agrees with across a modifier", "[ingest][extractor]") {
  const std::string text =
      "Officials in the province say the road will reopen by Friday. Aides close to the mayor "
      "say she will not run again. Thirty percent of those polled say the tax is too high.\n";
  Extraction e = Run(text);
  const Attribution* a = Find(e, text, "the road will reopen by Friday");
  REQUIRE(a != nullptr);
  CHECK(Text(text, a->source) == "Officials in the province");
  const Attribution* b = Find(e, text, "she will not run again");
  REQUIRE(b != nullptr);
  CHECK(Text(text, b->source) == "Aides close to the mayor");
  CHECK(Find(e, text, "the tax is too high") != nullptr);
}

TEST_CASE("asides between a subject and its cue", "[ingest][extractor]") {
  const std::string text =
      "The judge -- who has clashed with the governor over the past year -- said she regretted "
      "her remarks. The inspector, who has led the agency since 2019, said the audit was "
      "incomplete. Lena Ortiz, one of the few engineers still on the project, said the bridge "
      "was safe. The council has raised objections but has said it wants the plan to go "
      "ahead.\n";
  Extraction e = Run(text);
  const Attribution* a = Find(e, text, "she regretted her remarks");
  REQUIRE(a != nullptr);
  CHECK(Text(text, a->source).starts_with("The judge"));
  const Attribution* b = Find(e, text, "the audit was incomplete");
  REQUIRE(b != nullptr);
  CHECK(Text(text, b->source).starts_with("The inspector"));
  const Attribution* c = Find(e, text, "the bridge was safe");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Lena Ortiz");
  const Attribution* d = Find(e, text, "it wants the plan to go ahead");
  REQUIRE(d != nullptr);
  CHECK(Text(text, d->source) == "The council");
}

TEST_CASE("a coordinated cue after a modal reports nothing yet", "[ingest][extractor]") {
  const std::string text =
      "The council has raised objections but will say next week whether it wants the plan.\n";
  Extraction e = Run(text);
  CHECK(e.attributions.empty());
}

TEST_CASE("a headline led by the name of someone the article names is theirs", "[ingest][extractor]") {
  const std::string text =
      "Okafor: Port Tariffs Will Fall Next Year.\n\n"
      "Transport minister Ngozi Okafor told reporters on Monday that the harbour fees set in "
      "March were under review.\n";
  Extraction e = Run(text);
  const Attribution* a = Find(e, text, "Port Tariffs Will Fall Next Year");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == "Ngozi Okafor");
  // A kicker, or a label the article never names again, is nobody's.
  for (const std::string other : {"Breaking: Port Tariffs Will Fall Next Year.\n\n",
                                   "Adeyemi: Port Tariffs Will Fall Next Year.\n\n"}) {
    const std::string text2 = other + "The harbour fees set in March were under review.\n";
    CHECK(Run(text2).attributions.empty());
  }
}

TEST_CASE("writing a work reports no content", "[ingest][extractor]") {
  const std::string text =
      "As a filmmaker, she has produced 40 documentaries. She has co-written four books, and "
      "has written numerous articles for magazines such as The Atlantic.\n";
  CHECK(Run(text).attributions.empty());
}

// The content of the attribution found in `text` whose content starts with
// `start`, or "<none>".
std::string ContentStarting(const std::string& text, const std::string& start) {
  const Extraction e = Run(text);
  for (const Attribution& a : e.attributions) {
    std::string content(a.content.in(text));
    if (content.starts_with(start)) return content;
  }
  return "<none>";
}

TEST_CASE("content ends before a new clause with its own subject", "[ingest][extractor]") {
  CHECK(ContentStarting("The union said the talks had stalled over pensions, and the rail "
                        "operator quickly cancelled the remaining meetings.\n",
                        "the talks") == "the talks had stalled over pensions");
  // A list's last noun phrase after ", and" has no verb: still content.
  CHECK(ContentStarting("The mayor said the city would repair the bridge, the tunnel, and the "
                        "old ferry pier.\n",
                        "the city") ==
        "the city would repair the bridge, the tunnel, and the old ferry pier");
}

TEST_CASE("an aside after 'said that,' opens the content, never a fronted phrase",
          "[ingest][extractor]") {
  const std::string text =
      "Arguing for the defence, Dana Whitlock said that, as the farm lay outside the zone, the "
      "permit was never needed.\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(std::string(e.attributions[0].content.in(text)) ==
        "that, as the farm lay outside the zone, the permit was never needed");
}

TEST_CASE("an aside inside a clause whose predicate goes on after it: one content",
          "[ingest][extractor]") {
  CHECK(ContentStarting("The harvest, the minister said, would recover next year.\n", "The harvest") ==
        "The harvest, the minister said, would recover next year");
  CHECK(ContentStarting("The dam will be inspected, Okafor said, to determine if it held.\n",
                        "The dam") ==
        "The dam will be inspected, Okafor said, to determine if it held");
  // A time after the aside is no predicate: the clause before is the content.
  CHECK(ContentStarting("The ferry sank, police reported Friday morning, local time.\n",
                        "The ferry") == "The ferry sank");
}

TEST_CASE("what a thing shows inside someone's claim is theirs, no relay", "[ingest][extractor]") {
  const std::string text = "Ortega claimed the drought shows the canal is failing.\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].speaker == "Ortega");
  CHECK(std::string(e.attributions[0].content.in(text)) == "the drought shows the canal is failing");
  CHECK(!e.attributions[0].via.has_value());
}

TEST_CASE("whom someone told is no part of what they told", "[ingest][extractor]") {
  CHECK(ContentStarting("Mayor Okafor told a packed hall at a school in Leeds that she would not "
                        "resign.\n",
                        "that") == "that she would not resign");
  CHECK(ContentStarting("Mayor Okafor told a crowd in the square she will fight on.\n", "she") ==
        "she will fight on");
  CHECK(ContentStarting("Okafor told me this week that the plan was dead.\n", "that") ==
        "that the plan was dead");
}

TEST_CASE("a participle's speaker is the main clause's subject after a fronted phrase or dateline",
          "[ingest][extractor]") {
  for (const std::string text :
       {"On Monday, Dana Okafor defended her plan for the port, saying the costs would fall.\n",
        "LEEDS — Dana Okafor defended her plan for the port, saying the costs would fall.\n",
        "Dana Okafor defended her plan for the port – saying the costs would fall.\n"}) {
    INFO(text);
    const Extraction e = Run(text);
    REQUIRE(e.attributions.size() == 1);
    CHECK(e.attributions[0].speaker == "Dana Okafor");
    CHECK(std::string(e.attributions[0].content.in(text)) == "the costs would fall");
  }
}

TEST_CASE("'who say' after two names, a semicolon ending the tail, a past form going on after an aside",
          "[ingest][extractor]") {
  const std::string joint =
      "The mayor ignored her rivals, particularly Dana Okafor and Lee Brandt, who say the port "
      "plan is too costly.\n";
  const Extraction e = Run(joint);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].speaker == "Dana Okafor");
  CHECK(e.attributions[0].co_speakers == std::vector<std::string>{"Lee Brandt"});
  CHECK(ContentStarting("To win, the party needs a third of the rural vote, analysts say; in 2019 "
                        "it had a fifth.\n",
                        "To win") == "To win, the party needs a third of the rural vote");
  CHECK(ContentStarting("Raising the tolls so soon, many drivers say, emptied the bridge.\n",
                        "Raising") ==
        "Raising the tolls so soon, many drivers say, emptied the bridge");
}

TEST_CASE("'what the judge called \"…\"' is the subject's label, a group called \"…\" is no speech",
          "[ingest][extractor]") {
  const std::string text =
      "The firm was fined for what the judge called \"a pattern of deceit.\"\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].role == "judge");
  CHECK(std::string(e.attributions[0].content.in(text)) == "a pattern of deceit.");
  CHECK(Run("She joined a group called \"Friends of the Harbour\" in May.\n").attributions.empty());
  // A one-word label states nothing.
  CHECK(Run("The vote drew what the mayor called \"fury\" at city hall.\n").attributions.empty());
}

TEST_CASE("what polling, filings and records from a body show is evidence", "[ingest][extractor]") {
  CHECK(ContentStarting("Recent polling shows that the mayor trails by ten points.\n", "that") ==
        "that the mayor trails by ten points");
  CHECK(ContentStarting("Audit files from the port authority show that fees doubled.\n", "that") ==
        "that fees doubled");
  // What a video shows is a scene, not a finding.
  CHECK(Run("Video from the scene showed smoke rising over the pier.\n").attributions.empty());
}

TEST_CASE("'referring to X' after a quote says what it was about, no statement",
          "[ingest][extractor]") {
  const std::string text =
      "\"Give us the tool and we will use it,\" said Ms. Okafor, referring to the new port law.\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(std::string(e.attributions[0].content.in(text)) == "Give us the tool and we will use it");
}

TEST_CASE("'responding to an announcement that …' is that announcement's statement, and "
          "'pointing to X' after a quote states nothing",
          "[ingest][extractor]") {
  // (Were "Halvern said the firm will be acquired", and "to one and then the
  // other of his ears" said by Brisco.)
  CHECK(Run("Halvern Corp soared 21 to 75 in trading, responding to an announcement late "
            "yesterday that the firm will be acquired by Kestrow Inc.\n")
            .attributions.empty());
  const std::string text =
      "\"It goes in here and goes out here,\" Tom Brisco said, pointing to one and then the other "
      "of his ears.\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(std::string(e.attributions[0].content.in(text)) == "It goes in here and goes out here");
  // A reply to people is still the replier's statement.
  CHECK(ContentStarting("Smith responded to reporters that the firm will be acquired.\n", "that") ==
        "that the firm will be acquired");
}

TEST_CASE("a cue inside a clause that opens the sentence reports up to its comma",
          "[ingest][extractor]") {
  // "Although …, …": the main clause after the comma is no part of what was
  // said, and a cue of its own there is another attribution.
  CHECK(ContentStarting("Although in March she said the levy was a mistake, at the meeting this "
                        "week she said it had paid for the new school.\n",
                        "the levy") == "the levy was a mistake");
  CHECK(ContentStarting("Although in March she said the levy was a mistake, at the meeting this "
                        "week she said it had paid for the new school.\n",
                        "it had") == "it had paid for the new school");
  const std::string text =
      "While Brennan said the bridge was safe, her deputy said the cables needed work.\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(e.attributions[0].content.in(text) == "the bridge was safe");
  CHECK(e.attributions[1].content.in(text) == "the cables needed work");
  CHECK(e.attributions[1].speaker != "Brennan");
  CHECK(ContentStarting("Even though he said the tax was unfair, he voted for it.\n", "the tax") ==
        "the tax was unfair");
  // A relative clause after the comma belongs to the content; so does a
  // clause when no subordinator opens the sentence.
  CHECK(ContentStarting("Although the mayor said the plan, which the council wrote, was sound, "
                        "critics disagreed.\n",
                        "the plan") == "the plan, which the council wrote, was sound");
}

TEST_CASE("a poll share's content ends before its comparison", "[ingest][extractor]") {
  CHECK(ContentStarting("Most farmers say prices are too low, compared with 22 percent of shop "
                        "owners.\n",
                        "prices") == "prices are too low");
}

TEST_CASE("a thing won or held is no statement", "[ingest][extractor]") {
  // A victory, a lead, a share of the vote: what is claimed or kept, not what
  // anyone said.
  for (const std::string text : {
           "The mayor claimed victory in the runoff on Sunday night.\n",
           "The council claimed a seat on the regional board last spring.\n",
           "Ms. Okafor maintains a narrow lead over her rival among older voters.\n",
           "The senator boasts a roughly 20-point lead in the county.\n",
           "Patel won the district easily, claiming 58 percent of the vote.\n"}) {
    INFO(text);
    CHECK(Run(text).attributions.empty());
  }
  // A clause after the noun phrase is still reported: an auxiliary follows it.
  CHECK(ContentStarting("The challenger claimed the lead was an illusion of early counting.\n",
                        "the lead") == "the lead was an illusion of early counting");
  CHECK(ContentStarting("The union claimed 40 percent of the staff, who had signed the "
                        "petition, were ready to strike.\n",
                        "40 percent") ==
        "40 percent of the staff, who had signed the petition, were ready to strike");
  // Other cues keep their noun objects ("denied the charges").
  CHECK(!Run("The minister denied the charges on Tuesday.\n").attributions.empty());
}

TEST_CASE("a quote after a colon is the content of the tail after it, not the narration before",
          "[ingest][extractor]") {
  const std::string text =
      "Okafor listed the chores of the office, fundraising above all: \u201cThere is a mountain "
      "of paperwork in this job,\u201d she said.\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(std::string(e.attributions[0].content.in(text)) ==
        "There is a mountain of paperwork in this job");
  // The same tail after a comma keeps the clause the quote goes on with.
  const std::string mixed =
      "The festival, attended by thousands every summer, \u201cgives the valley its name,\u201d "
      "the mayor said.\n";
  const Extraction m = Run(mixed);
  REQUIRE(m.attributions.size() == 1);
  CHECK(std::string(m.attributions[0].content.in(mixed)).starts_with("The festival"));
}

TEST_CASE("a quoted title after a speech tag is no second part of the quote",
          "[ingest][extractor]") {
  const std::string text =
      "\u201cBeing a teacher, that is my job,\u201d Okafor said in June on the radio show "
      "\u201cMorning Edition.\u201d\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(std::string(e.attributions[0].content.in(text)) == "Being a teacher, that is my job");
  // An interrupted quote still joins: after a comma, right after the tag, or
  // going on in lower case a few words on.
  for (const std::string joined : {
           "\u201cWe are ready,\u201d Okafor said on Friday, \u201cto help the valley.\u201d\n",
           "\"We are ready\" tweeted Okafor \"to help the valley.\"\n",
           "\"Our team\" the author Ana Okafor said in a statement \"has built a new pump.\"\n"}) {
    INFO(joined);
    const Extraction j = Run(joined);
    REQUIRE(j.attributions.size() == 1);
    const std::string content(j.attributions[0].content.in(joined));
    CHECK((content.ends_with("valley.") || content.ends_with("pump.")));
  }
  // A participle after a titled spot is the speaker's own attribution.
  const std::string spot =
      "\"The attacks prove that we must act,\" Okafor says in an advertisement titled "
      "\"Dangerous,\" warning against cuts to the police budget.\n";
  const Extraction s = Run(spot);
  REQUIRE(s.attributions.size() == 2);
  CHECK(std::string(s.attributions[0].content.in(spot)) == "The attacks prove that we must act");
  CHECK(std::string(s.attributions[1].content.in(spot)) ==
        "against cuts to the police budget");
}

TEST_CASE("'according to' a lower-case web site names an organisation, and a participle after "
          "the source goes on with the main clause",
          "[ingest][extractor]") {
  const std::string text = "The two brothers ran a bakery in Lyon, according to lyon-infos.fr.\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].speaker == "lyon-infos.fr");
  CHECK(e.attributions[0].source_type == SourceType::kOrganisation);
  CHECK(std::string(e.attributions[0].content.in(text)) == "The two brothers ran a bakery in Lyon");
  CHECK(ContentStarting("The port reached a deal with its dockers, according to the labour "
                        "ministry, taking a step toward ending the strike.\n",
                        "The port") == "The port reached a deal with its dockers");
}

TEST_CASE("an apposition ending in a relative clause between commas belongs to the subject",
          "[ingest][extractor]") {
  const std::string text =
      "Ana Okafor, an official at the county housing authority, which has a backlog of 300 "
      "homes to repair, said the new rule would force her to cut a crew.\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].speaker == "Ana Okafor");
  CHECK(std::string(e.attributions[0].content.in(text)) ==
        "the new rule would force her to cut a crew");
}

TEST_CASE("'who said' after a source speaks for that source", "[ingest][extractor]") {
  const std::string text =
      "\u201cThe council never listens,\u201d said Ana Okafor, a farmer, who said she would "
      "not vote for either candidate.\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(e.attributions[0].speaker == "Ana Okafor");
  CHECK(std::string(e.attributions[1].content.in(text)) ==
        "she would not vote for either candidate");
  CHECK(e.attributions[1].speaker == "Ana Okafor");
  // "here" between the subject and the cue.
  CHECK(ContentStarting("Her volunteers here said they had knocked on every door.\n", "they") ==
        "they had knocked on every door");
}

TEST_CASE("a programme named after its network is whom someone told, and a source described "
          "twice is one",
          "[ingest][extractor]") {
  const std::string text =
      "\"The valley is running out of water,\" the veteran farmer and county commissioner told "
      "KVN's \"Morning Report.\"\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 1);
  CHECK(std::string(e.attributions[0].content.in(text)) == "The valley is running out of water");
  CHECK(std::string(e.attributions[0].source->in(text)) ==
        "the veteran farmer and county commissioner");
  CHECK(ContentStarting("Okafor told KVN's \"Morning Report\" that the dam would hold.\n",
                        "that") == "that the dam would hold");
}

TEST_CASE("plural documents are documents, and filings speak for their issuer",
          "[ingest][extractor]") {
  const std::string text =
      "According to these videos, the guards fired twice before the crowd ran.\n\n"
      "The group spent $2 million on mailings, according to Federal Election Commission "
      "filings.\n";
  const Extraction e = Run(text);
  REQUIRE(e.attributions.size() == 2);
  CHECK(e.attributions[0].source_type == SourceType::kDocument);
  CHECK(e.attributions[1].speaker == "Federal Election Commission");
}

TEST_CASE("a hard-wrapped wire story gives the attributions of the same story unwrapped",
          "[ingest][extractor]") {
  // Lines broken at about 60 columns inside paragraphs, first lines indented
  // (1980s wire copy), against the same text with a paragraph per line.
  const std::vector<std::string> paragraphs = {
      "BOSTON, March 3 - Acme Widget Corp said it has agreed to\nsell its valve unit to Beta "
      "Holdings Inc for 40 mln dlrs in\ncash, subject to approval by its lenders.",
      "    The company said the sale would be completed in the second\nquarter and that the "
      "proceeds would be used to reduce debt.",
      "    \"We are focusing on the businesses we know best,\" chairman\nWalter Brennan said "
      "in a statement issued by the company.",
      "    Analysts said the price was in line with their estimates\nfor the unit, which lost "
      "money in each of the last two years."};
  std::string wrapped = "ACME WIDGET <ACW> TO SELL VALVE UNIT\n\n", flat = wrapped;
  for (const std::string& p : paragraphs) {
    wrapped += p + "\n";
    std::string line = p;
    for (char& c : line) c = c == '\n' ? ' ' : c;
    flat += line.substr(line.find_first_not_of(' ')) + "\n";
  }
  auto summary = [](const std::string& text) {
    std::vector<std::string> out;
    for (const Attribution& a : Run(text).attributions) {
      std::string content;
      for (char c : a.content.in(text)) {
        if (c == '\n') c = ' ';
        if (c != ' ' || (!content.empty() && content.back() != ' ')) content += c;
      }
      out.push_back(a.speaker + " | " + (a.cue ? std::string(a.cue->in(text)) : "") + " | " +
                    content);
    }
    return out;
  };
  const std::vector<std::string> from_wrapped = summary(wrapped);
  CHECK(from_wrapped == summary(flat));
  REQUIRE(from_wrapped.size() == 4);
  CHECK(from_wrapped[0] ==
        "Acme Widget Corp | said | it has agreed to sell its valve unit to Beta Holdings Inc "
        "for 40 mln dlrs in cash, subject to approval by its lenders");
  CHECK(from_wrapped[1].substr(0, 42) == "Acme Widget Corp | said | the sale would b");
  CHECK(from_wrapped[2].substr(0, 31) == "Walter Brennan | said | We are ");
  CHECK(from_wrapped[3].substr(0, 25) == " | said | the price was i");
}

}  // namespace
}  // namespace claimgraph::ingest
