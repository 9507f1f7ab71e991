// Constructions political news uses to attribute statements, one table row per
// construction: what a reader would notice (the content span, who said it,
// the cue, the kind). The sentences are written for these tests.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ingest/extraction.h"

namespace claimgraph::ingest {
namespace {

struct Expected {
  const char* name;     // the construction
  std::string text;     // the article
  std::string content;  // the content span expected, as written
  std::string source;   // its source mention, or "<null>"
  std::string cue;      // its cue, as written
  AttributionKind kind;
  std::string speaker = "";  // the resolved speaker, when it matters
};

std::string Text(const std::string& text, const std::optional<Span>& span) {
  return span ? std::string(span->in(text)) : std::string("<null>");
}

Extraction Run(const std::string& text) {
  auto extraction = Extract(DocumentFromText("t.txt", text));
  REQUIRE(extraction.ok());
  return *std::move(extraction);
}

// Every attribution, for the failure message.
std::string Dump(const Extraction& e, const std::string& text) {
  std::string out;
  for (const Attribution& a : e.attributions)
    out += "[" + Text(text, a.source) + " | " + Text(text, a.cue) + " | " +
           Text(text, a.content) + "]\n";
  return out;
}

void CheckFound(const Expected& x) {
  INFO(x.name);
  Extraction e = Run(x.text);
  INFO(Dump(e, x.text));
  const Attribution* found = nullptr;
  for (const Attribution& a : e.attributions)
    if (ClaimSpan(a, x.text).in(x.text) == x.content) found = &a;
  REQUIRE(found != nullptr);
  CHECK(Text(x.text, found->source) == x.source);
  CHECK(Text(x.text, found->cue) == x.cue);
  CHECK(found->kind == x.kind);
  if (!x.speaker.empty()) CHECK(found->speaker == x.speaker);
}

// No attribution's content contains `fragment`.
void CheckNoContent(const std::string& text, const std::string& fragment) {
  Extraction e = Run(text);
  INFO(Dump(e, text));
  for (const Attribution& a : e.attributions)
    CHECK(a.content.in(text).find(fragment) == std::string_view::npos);
}

constexpr auto kIndirect = AttributionKind::kIndirect;
constexpr auto kDirect = AttributionKind::kDirect;
constexpr auto kMixed = AttributionKind::kMixed;

// A first sentence, so that the one under test is not the article's lead.
const std::string kLead =
    "The senator resigned on Friday after a week of protests.\n\n";

const std::vector<Expected> kConstructions = {
    // reportedly: a source-less report of the clause or phrase it hedges.
    {"reportedly in the verb group: the whole clause",
     kLead + "The two leaders were reportedly at odds over the budget for "
             "months.\n",
     "The two leaders were reportedly at odds over the budget for months",
     "<null>", "reportedly", kIndirect},
    {"reportedly opening the sentence: what follows",
     kLead + "Reportedly, the minister offered to step down twice.\n",
     "the minister offered to step down twice", "<null>", "Reportedly",
     kIndirect},
    {"reportedly after a comma: the phrase up to the next comma",
     kLead + "The motorcade stopped, reportedly near the old parliament, "
             "before noon.\n",
     "near the old parliament", "<null>", "reportedly", kIndirect},
    // A relative clause reported by its own source: the clause, "which"
    // included.
    {"which X said + verb",
     "Protesters blocked two bridges, which the city police said were reopened "
     "by the "
     "evening.\n",
     "which the city police said were reopened by the evening",
     "the city police", "said", kIndirect},
    {"which X say + modal, closed by a comma",
     "The bill, which Democrats say would raise taxes on small firms, passed "
     "the Senate.\n",
     "which Democrats say would raise taxes on small firms", "Democrats", "say",
     kIndirect},
    {"which X later ruled + to be",
     "The governor signed the map, which the state court later ruled to be "
     "unlawful.\n",
     "which the state court later ruled to be unlawful", "the state court",
     "ruled", kIndirect},
    // A participle after an adverb shares the source.
    {"quote, further saying, quote",
     "The finance minister said the tariffs \"cost farmers billions,\" further "
     "saying, "
     "\"We will not sign this deal.\"\n",
     "We will not sign this deal.", "The finance minister", "saying", kDirect},
    {"clause, later adding that",
     "The mayor said the curfew would end on Monday, later adding that schools "
     "would stay "
     "closed.\n",
     "schools would stay closed", "The mayor", "adding", kIndirect},
    {"the first content stops before the adverb and participle",
     "The mayor said the curfew would end on Monday, later adding that schools "
     "would stay "
     "closed.\n",
     "the curfew would end on Monday", "The mayor", "said", kIndirect},
    // Characterisations with their complement.
    {"attacked X as Y",
     "The governor attacked the audit as \"a partisan stunt\" on Monday.\n",
     "the audit as \"a partisan stunt\" on Monday", "The governor", "attacked",
     kMixed},
    {"dismissed X as Y, up to the next clause",
     "The ministry dismissed the leaked memo as a forgery, and the inquiry "
     "continued.\n",
     "the leaked memo as a forgery", "The ministry", "dismissed", kIndirect},
    {"blamed X for Y",
     "Opposition leaders blamed the cabinet for the fuel shortages.\n",
     "the cabinet for the fuel shortages", "Opposition leaders", "blamed",
     kIndirect},
    // Passives with a by-agent.
    {"described by X as Y",
     "The rally, described by organisers as \"the largest in a decade\", ended "
     "peacefully.\n",
     "the largest in a decade", "organisers", "described", kDirect},
    {"described as Y by X",
     "The suspect, who was described as \"armed and dangerous\" by the police, "
     "fled.\n",
     "armed and dangerous", "the police", "described", kDirect},
    {"it was announced by X that",
     "It was announced by the foreign ministry that the embassy would close on "
     "Monday.\n",
     "the embassy would close on Monday", "the foreign ministry", "announced",
     kIndirect},
    // A participle after a venue belongs to the main clause's subject.
    {"posted on Twitter blaming",
     "Senator Maria Lopez posted a message on Twitter blaming the governor for "
     "the "
     "blackout.\n",
     "the governor for the blackout", "Senator Maria Lopez", "blaming",
     kIndirect, "Maria Lopez"},
    {"an open letter urging keeps the letter",
     "Two hundred economists signed an open letter urging the central bank to "
     "cut rates.\n",
     "the central bank to cut rates", "an open letter", "urging", kIndirect},
    // Interview chains: the subject of "went on" / "continued" speaks.
    {"went on to say",
     kLead + "Senator Maria Lopez spoke to reporters in Denver. \"We will not "
             "back down,\" Lopez said. She went on to say the party would "
             "oppose the bill in committee.\n",
     "the party would oppose the bill in committee", "She", "say", kIndirect,
     "Maria Lopez"},
    {"continued by noting that + quote",
     kLead + "Governor Tom Hale addressed the rally in Springfield. He "
             "continued by noting that \"the state budget is balanced for the "
             "first time in a decade.\"\n",
     "the state budget is balanced for the first time in a decade.", "He",
     "noting", kDirect, "Tom Hale"},
    // An unquoted label after the object of "called".
    {"called X the worst Y",
     kLead + "The Red Cross called the flooding the worst disaster in the "
             "region in fifty years.\n",
     "the flooding the worst disaster in the region in fifty years",
     "The Red Cross", "called", kIndirect},
    // An aside between dashes before the quote.
    {"commented — aside — quote",
     kLead + "Opposition leader Anna Berg commented on the vote — which "
             "several newspapers described as historic — \"This is the end of "
             "an era.\"\n",
     "This is the end of an era.", "Opposition leader Anna Berg", "commented",
     kDirect, "Anna Berg"},
    // Content stops before a new subject and cue after a relative clause.
    {"…, and NP, who …, CUE: content ends before the new clause",
     kLead + "Mayor Helen Ward said the stadium would be finished by spring, "
             "and her opponents, who include two former councillors, blame her "
             "for the delays.\n",
     "the stadium would be finished by spring", "Mayor Helen Ward", "said",
     kIndirect, "Helen Ward"},
    // A quote its source interrupts and that continues in the next sentence
    // is one statement, its content running from the first quote to the last.
    {"\"A,\" X said. \"B.\" is one interrupted quote",
     kLead + "\"We will rebuild every school,\" Governor Tom Hale said on "
             "Monday. \"No child will be left without a classroom.\"\n",
     "We will rebuild every school,\" Governor Tom Hale said on Monday. \"No "
     "child will be left without a classroom.",
     "Governor Tom Hale", "said", kDirect, "Tom Hale"},
    // A quote ending in ! or ? is a sentence of its own; the next one names
    // its source and cue with only a short tail.
    {"\"…!\" X told the world on Thursday.",
     kLead + "\"Our forests are burning. Act now!\" Senator Maria Lopez told "
             "the world on Thursday.\n",
     "Our forests are burning. Act now!", "Senator Maria Lopez", "told",
     kDirect, "Maria Lopez"},
    {"\"…?\" X asked reporters: the tail is not content",
     kLead + "\"Why should we wait?\" Lopez asked reporters on Monday.\n",
     "Why should we wait?", "Lopez", "asked", kDirect},
    // A subject, a finite verb that is no cue of its own, a colon, a quote.
    {"X rejected the proposal: \"…\"",
     kLead + "President Ana Ruiz rejected the proposal: \"This is an insult "
             "to our sovereignty.\"\n",
     "This is an insult to our sovereignty.", "President Ana Ruiz", "rejected",
     kDirect, "Ana Ruiz"},
    {"fronted participle, X proposed: \"…\"",
     kLead + "Addressing the summit, Ruiz proposed: \"Let us cut emissions by "
             "half.\"\n",
     "Let us cut emissions by half.", "Ruiz", "proposed", kDirect},
    // Crowds: a quote-only cue reports the quote alone; the group is an
    // unnamed source.
    {"Protesters chanted \"…\" outside …",
     kLead + "Protesters chanted \"No more war\" outside the embassy.\n",
     "No more war", "Protesters", "chanted", kDirect, ""},
    // A fronted time before the subject is not part of the source mention.
    {"Yesterday afternoon, X, announced …",
     kLead + "Yesterday afternoon, Pedro Alvarez, announced the vote had been "
             "postponed.\n",
     "the vote had been postponed", "Pedro Alvarez", "announced", kIndirect,
     "Pedro Alvarez"},
    // Titles: an indefinite one names no one; one glossed by its acronym is
    // followed by the name.
    {"One MP said: no speaker",
     kLead + "One MP said the whips had lost count of the rebels.\n",
     "the whips had lost count of the rebels", "One MP", "said", kIndirect},
    {"Member of Parliament (MP) X of the Y Party",
     kLead + "Member of Parliament (MP) Helen Ward of the Green Party said "
             "the bill was rushed.\n",
     "the bill was rushed", "Member of Parliament (MP) Helen Ward of the Green Party",
     "said", kIndirect, "Helen Ward"},
    // A quote with its own inverted source ends the content before it.
    {"X noted A: \"…,\" said Y — A is X's, the quote Y's",
     kLead + "The agency noted the need for urgent action: \"Every country "
             "can still turn this around,\" said director Ana Ruiz.\n",
     "the need for urgent action", "The agency", "noted", kIndirect},
    {"… the quote itself goes to the inverted source",
     kLead + "The agency noted the need for urgent action: \"Every country "
             "can still turn this around,\" said director Ana Ruiz.\n",
     "Every country can still turn this around", "director Ana Ruiz", "said",
     kDirect, "Ana Ruiz"},
    // "and/but according to X CLAUSE": the clause after the source.
    {"…, but according to X CLAUSE",
     kLead + "The talks collapsed, but according to Reuters the two sides will "
             "meet again next week.\n",
     "the two sides will meet again next week", "Reuters", "according to",
     kIndirect},
    {"… and according to the Ministry of X he …",
     kLead + "The former leader was treated abroad for months and according to "
             "the Ministry of Foreign Affairs he died in hospital.\n",
     "he died in hospital", "the Ministry of Foreign Affairs", "according to",
     kIndirect},
    // Prepositional phrases between the cue's object and a closing quote.
    {"told a guard at the door, in French and English, \"…\"",
     kLead + "The witness told a guard at the gate, in Spanish and English, "
             "\"they took my passport\".\n",
     "they took my passport", "The witness", "told", kDirect},
    // A participle aside between the subject and the cue, even a cue's own.
    {"X, responding to …, attacked Y as \"…\"",
     kLead + "Senator Maria Lopez, responding to the ruling on Twitter, "
             "attacked the inquiry as \"a total disgrace.\"\n",
     "the inquiry as \"a total disgrace.\"", "Senator Maria Lopez", "attacked",
     kMixed, "Maria Lopez"},
    // A reduced relative clause right before the cue stays in the source.
    {"the residents the BBC interviewed said",
     kLead + "Some of the residents the BBC interviewed said they had lost "
             "everything.\n",
     "they had lost everything", "Some of the residents the BBC interviewed",
     "said", kIndirect, ""},
    // The writer's ", meaning …" gloss is not part of the report.
    {"…, meaning …: the gloss is not content",
     kLead + "According to the opposition, the plan is a ploy to delay the "
             "election, meaning the cabinet would stay in office until "
             "spring.\n",
     "the plan is a ploy to delay the election", "the opposition",
     "According to", kIndirect},
    // An apposition ending in a relative clause still names the subject.
    {"X, a rapporteur … who had investigated the case, cautioned",
     kLead + "Agnes Moreau, a UN rapporteur for human rights who had "
             "investigated the case, cautioned justice does not come swiftly.\n",
     "justice does not come swiftly",
     "Agnes Moreau, a UN rapporteur for human rights who had investigated the "
     "case",
     "cautioned", kIndirect, "Agnes Moreau"},
    // ... or in a participle after its noun, and not at an "-ing" word after
    // "who" ("who is now running ...") nor after "as" ("as acting director").
    {"X, a rabbi helping to organise …, said",
     kLead + "Ruth Adler, a rabbi helping to organise the boycott, said she "
             "and other clergy were alarmed by the rhetoric.\n",
     "she and other clergy were alarmed by the rhetoric",
     "Ruth Adler, a rabbi helping to organise the boycott", "said", kIndirect,
     "Ruth Adler"},
    {"X, an aide who … is now running …, said",
     kLead + "Tom Hale, a party aide who led the 2008 effort and is now "
             "running the early-vote drive, said the absentee ballots were "
             "critical.\n",
     "the absentee ballots were critical",
     "Tom Hale, a party aide who led the 2008 effort and is now running the "
     "early-vote drive",
     "said", kIndirect, "Tom Hale"},
    // A name, its role, then an apposition to the role's organisation.
    {"X, chief executive of Y, a consulting firm, said",
     kLead + "Greta Lind, chief executive of Harbor Jets, a charter broker for "
             "companies, said the aircraft was unusual.\n",
     "the aircraft was unusual",
     "Greta Lind, chief executive of Harbor Jets, a charter broker for "
     "companies",
     "said", kIndirect, "Greta Lind"},
    // An apposition to a place inside an aside is passed over.
    {"X, facing a challenge in Iowa, a swing state, said",
     kLead + "Sen. Carl Moss, facing a spirited challenge in Ohio, a swing "
             "state, said he would welcome the governor.\n",
     "he would welcome the governor", "Sen. Carl Moss", "said", kIndirect,
     "Carl Moss"},
    // A coordinated cue after a first verb phrase shares its noun subject.
    {"The embassy declined the request and said …",
     kLead + "The embassy declined the request and said the diplomat had left "
             "the country on advice from Washington.\n",
     "the diplomat had left the country on advice from Washington",
     "The embassy", "said", kIndirect},
    {"The ministry gave its sympathies and said …",
     kLead + "The ministry gave its \"deepest sympathies\" and said the case "
             "would be reviewed.\n",
     "the case would be reviewed", "The ministry", "said", kIndirect},
    // A gerund clause as the reported clause.
    {"said + gerund subject clause",
     kLead + "Paul Grant said raising the minimum wage would cost jobs in "
             "rural areas.\n",
     "raising the minimum wage would cost jobs in rural areas", "Paul Grant",
     "said", kIndirect, "Paul Grant"},
};

TEST_CASE("each political-news construction is found as a reader would see it",
          "[ingest][political]") {
  for (const Expected& x : kConstructions) {
    DYNAMIC_SECTION(x.name) { CheckFound(x); }
  }
}

TEST_CASE("reportedly: not in the lead, nor where a cue of its own reports it",
          "[ingest][political]") {
  CheckNoContent(
      "Rebel shelling reportedly killed nine soldiers near the border on "
      "Sunday.\n\n"
      "The army said the attack had been repelled.\n",
      "nine soldiers");
  const std::string text =
      kLead +
      "Reportedly her spokesman said she would not seek office again.\n";
  Extraction e = Run(text);
  INFO(Dump(e, text));
  REQUIRE(e.attributions.size() == 1);
  CHECK(Text(text, e.attributions[0].source) == "her spokesman");
}

TEST_CASE("source mentions without venue, coordinated names as joint speakers",
          "[ingest][political]") {
  const std::string text =
      "Senator Joe Biden and Senator Bernie Sanders met in Iowa.\n\n"
      "\"We will fight on,\" wrote Biden on Twitter.\n\n"
      "Biden and Sanders said they would campaign together.\n\n"
      "They said the primaries would be close.\n";
  Extraction e = Run(text);
  INFO(Dump(e, text));
  REQUIRE(e.attributions.size() == 3);
  CHECK(Text(text, e.attributions[0].source) == "Biden");
  CHECK(e.attributions[0].speaker == "Joe Biden");
  CHECK(Text(text, e.attributions[1].source) == "Biden and Sanders");
  // Two speakers of one claim: the first is the speaker, the other joins it.
  for (int i : {1, 2}) {
    CHECK(e.attributions[i].speaker == "Joe Biden");
    CHECK(e.attributions[i].co_speakers == std::vector<std::string>{"Bernie Sanders"});
  }
}

TEST_CASE("look-alikes that report nothing", "[ingest][political]") {
  // "which" as the object of an ordinary verb.
  CheckNoContent(
      "The party published a manifesto, which the leader read aloud to "
      "supporters.\n",
      "which");
  // Characterisation verbs without their "as" / "for" complement.
  CheckNoContent("Rebels attacked the convoy near the border on Monday.\n",
                 "convoy");
  CheckNoContent("The company dismissed forty workers last week.\n",
                 "forty workers");
  // "called" for a phone call, a list, or a "for" phrase is no label.
  CheckNoContent("The minister called the ambassador on Tuesday morning.\n",
                 "ambassador");
  CheckNoContent("Residents called the fire brigade and an ambulance.\n",
                 "fire brigade");
  CheckNoContent(kLead + "\"Why should we wait?\" Lopez asked reporters on "
                         "Monday.\n",
                 "reporters");
  // A participle in a list is not a coordinated subject's verb.
  CheckNoContent(kLead + "The storm left 300,000 people killed, millions left "
                         "homeless and estimated damages of US$10 billion.\n",
                 "damages");
  // "went on to" an action, and a gerund object, report nothing.
  CheckNoContent("Jane Moss went on to win the seat in 2019.\n", "seat");
  CheckNoContent("Officials tweeted using an account that was later deleted.\n",
                 "account");
}

TEST_CASE("a lower-case title before a full name names its holder",
          "[ingest][political]") {
  const std::string text =
      kLead + "Regional governor Boris Petrov visited the site on Monday.\n\n"
              "The governor said rescuers had found nine survivors.\n\n"
              "Petrov said the search would continue.\n";
  Extraction e = Run(text);
  INFO(Dump(e, text));
  REQUIRE(e.attributions.size() == 2);
  CHECK(e.attributions[0].speaker == "Boris Petrov");
  CHECK(e.attributions[1].speaker == "Boris Petrov");
}

TEST_CASE("an indefinite title is an unnamed source", "[ingest][political]") {
  const std::string text =
      kLead + "Member of Parliament (MP) Helen Ward spoke first.\n\n"
              "One MP said the whips had lost count of the rebels.\n";
  Extraction e = Run(text);
  INFO(Dump(e, text));
  REQUIRE(e.attributions.size() == 1);
  CHECK(e.attributions[0].speaker.empty());
  CHECK(e.attributions[0].source_type == SourceType::kRole);
}

TEST_CASE("outlets and organisations are typed as organisations, reporters as people",
          "[ingest][political]") {
  struct Case {
    const char* sentence;
    SourceType type;
  };
  const std::vector<Case> cases = {
      {"NBC News reported that the talks had failed.\n", SourceType::kOrganisation},
      {"Al Jazeera reported that the talks had failed.\n", SourceType::kOrganisation},
      {"The World Health Organization said the outbreak was under control.\n",
       SourceType::kOrganisation},
      {"The WHO said the outbreak was under control.\n", SourceType::kOrganisation},
      {"Television broadcaster PBS reported that the talks had failed.\n",
       SourceType::kOrganisation},
      {"An Al Jazeera reporter said the talks had failed.\n", SourceType::kRole},
  };
  for (const Case& c : cases) {
    const std::string text = kLead + c.sentence;
    INFO(text);
    Extraction e = Run(text);
    INFO(Dump(e, text));
    REQUIRE(e.attributions.size() == 1);
    CHECK(static_cast<int>(e.attributions[0].source_type) == static_cast<int>(c.type));
  }
}

TEST_CASE("subjects the backward walk used to miss", "[ingest][political]") {
  const std::vector<Expected> cases = {
      {"a surname ending in -ing is a name, not a participle",
       kLead + "\u201cWe drove down from Toledo,\u201d Hosking said.\n",
       "We drove down from Toledo", "Hosking", "said", kDirect},
      {"a tail after a clause whose verb is not a cue",
       kLead + "The two mayors talked at the summit last month, Mr. Ostrowski said.\n",
       "The two mayors talked at the summit last month", "Mr. Ostrowski", "said", kIndirect},
      {"an apposition that is a role of a place",
       kLead + "Dana Whitfield, Ohio director for the campaign, said the office would "
               "open in March.\n",
       "the office would open in March", "Dana Whitfield, Ohio director for the campaign",
       "said", kIndirect, "Dana Whitfield"},
      {"an apposition after a plural possessive",
       kLead + "Lena Park, Jenkins' chief of staff, said the bill would pass.\n",
       "the bill would pass", "Lena Park, Jenkins' chief of staff", "said", kIndirect,
       "Lena Park"},
      {"a surname that spells a cue",
       kLead + "Acme chief executive Ian Read said sales had doubled in the last year.\n",
       "sales had doubled in the last year", "Acme chief executive Ian Read", "said", kIndirect,
       "Ian Read"},
      {"a given name that spells an auxiliary",
       kLead + "\u201cThe model is expensive,\u201d said Will Doyle.\n",
       "The model is expensive", "Will Doyle", "said", kDirect, "Will Doyle"},
      {"an adverb set off by commas after the subject",
       kLead + "Ms. Ferreira, though, said the vote would be close.\n",
       "the vote would be close", "Ms. Ferreira", "said", kIndirect},
      {"an age between a name and its apposition",
       kLead + "Tomas Berg, 52, a welder from Duluth, said the plant should stay open.\n",
       "the plant should stay open", "Tomas Berg, 52, a welder from Duluth", "said", kIndirect,
       "Tomas Berg"},
      {"a subject with a participle phrase",
       kLead + "Growers hoping to sell to Europe say the tariff will hurt them.\n",
       "the tariff will hurt them", "Growers hoping to sell to Europe", "say", kIndirect},
      {"a coordinated verb after the sentence's opening subject",
       kLead + "She paid off the loan in three years, but said the debt had shaped her "
               "choices.\n",
       "the debt had shaped her choices", "She", "said", kIndirect},
      {"a subject with a relative clause",
       kLead + "Farmers who have sold to the mill for years say the price is too low.\n",
       "the price is too low", "Farmers who have sold to the mill for years", "say", kIndirect},
      {"a relative clause ending on an object pronoun",
       kLead + "Officials who met him said the talks were cordial.\n",
       "the talks were cordial", "Officials who met him", "said", kIndirect},
      {"a share of a polled group",
       kLead + "One in four said the new tax was unfair.\n",
       "the new tax was unfair", "One in four", "said", kIndirect},
      {"a gerund subject right before its verb",
       kLead + "The mayor visited the depot and said funding is needed for new buses.\n",
       "funding is needed for new buses", "The mayor", "said", kIndirect},
  };
  for (const Expected& x : cases) CheckFound(x);
  // No attribution's source contains `fragment`.
  auto check_no_source = [](const std::string& text, const std::string& fragment) {
    Extraction e = Run(text);
    INFO(Dump(e, text));
    for (const Attribution& a : e.attributions)
      CHECK(Text(text, a.source).find(fragment) == std::string::npos);
  };
  // A sentence-opening -ing word that is a common word is no name.
  check_no_source(kLead + "Having said that, the council voted to close the pool.\n", "Having");
  // An adjective after a possessive is no participle phrase.
  check_no_source(kLead +
                      "Norway's neighbouring countries including Sweden and Finland have cited "
                      "safety concerns to ban the product.\n",
                  "Norway");
  // The cue's own relative clause is no subject: "others who only listed".
  CheckNoContent(kLead + "The survey counted 29 others who only listed Christian as their "
                         "religion.\n",
                 "Christian as their religion");
}

TEST_CASE("a pronoun prefers the person of its gender named since the last speaker",
          "[ingest][political]") {
  const std::string text =
      kLead +
      "Mayor John Clark said the bridge would reopen in May.\n\n"
      "The plan was questioned by engineer Sarah Mills, who inspected the "
      "bridge last year. She said the repairs were far from finished.\n\n"
      "He said the city had hired extra crews.\n";
  Extraction e = Run(text);
  INFO(Dump(e, text));
  std::vector<std::string> speakers;
  for (const Attribution& a : e.attributions) speakers.push_back(a.speaker);
  CHECK(speakers == std::vector<std::string>{"John Clark", "Sarah Mills", "John Clark"});
}

}  // namespace
}  // namespace claimgraph::ingest
