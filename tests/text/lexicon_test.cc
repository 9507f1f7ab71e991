// data/lexicon.txt and data/word_lists.txt: the compiled-in attribution
// lexicon and word lists load, carry the facts the extractor relies on, and a
// broken file is refused with the line.
#include <algorithm>
#include <catch2/catch.hpp>

#include "text/lexicon.h"

namespace claimgraph::ingest {
namespace {

TEST_CASE("the compiled-in lexicon knows cue verbs with their lemma and class") {
  const Lexicon& lexicon = Lexicon::Default();
  const LexEntry* said = lexicon.Find("said");
  REQUIRE(said != nullptr);
  CHECK((said->flags & kLexCue) != 0);
  CHECK(said->lemma == "say");
  CHECK(said->cue == CueClass::kSay);
  const LexEntry* telling = lexicon.Find("telling");
  REQUIRE(telling != nullptr);
  CHECK((telling->flags & kLexIng) != 0);
  CHECK(telling->cue == CueClass::kTell);
  // A regular verb's forms are generated: "warns", "warned", "warning".
  for (const char* form : {"warns", "warned", "warning"}) {
    const LexEntry* e = lexicon.Find(form);
    REQUIRE(e != nullptr);
    CHECK(e->lemma == "warn");
  }
  // '_' in the file is a space in the lemma.
  const LexEntry* according = lexicon.Find("according");
  REQUIRE(according != nullptr);
  CHECK(according->lemma == "according to");
  CHECK(according->cue == CueClass::kAccordingTo);
  // Flags accumulate over records: "spokesman" is a role noun and male.
  const LexEntry* spokesman = lexicon.Find("spokesman");
  REQUIRE(spokesman != nullptr);
  CHECK((spokesman->flags & kLexRoleNoun) != 0);
  CHECK((spokesman->flags & kLexMale) != 0);
  CHECK(lexicon.Find("zyzzyva") == nullptr);
}

TEST_CASE("a lexicon file with a mistake is refused, naming the line") {
  auto unknown_flag = Lexicon::Parse("# comment\nword role_nown official\n");
  REQUIRE_FALSE(unknown_flag.ok());
  CHECK(std::string(unknown_flag.status().message()) == "line 2: unknown flag 'role_nown'");

  auto unknown_class = Lexicon::Parse("verb speak - utter\n");
  REQUIRE_FALSE(unknown_class.ok());
  CHECK(std::string(unknown_class.status().message()) == "line 1: unknown cue class 'speak'");

  auto bad_forms = Lexicon::Parse("forms say - say says said\n");
  REQUIRE_FALSE(bad_forms.ok());
  CHECK(std::string(bad_forms.status().message()).find("line 1: forms takes") == 0);

  auto unknown_record = Lexicon::Parse("\nnoun - cat\n");
  REQUIRE_FALSE(unknown_record.ok());
  CHECK(std::string(unknown_record.status().message()) == "line 2: unknown record 'noun'");

  auto unknown_sense = Lexicon::Parse("verb say - utter\ncue_class opinion think\n");
  REQUIRE_FALSE(unknown_sense.ok());
  CHECK(std::string(unknown_sense.status().message()) == "line 2: unknown cue_class 'opinion'");

  CHECK_FALSE(Lexicon::Parse("verb say - utter\ncue_class belief\n").ok());
  CHECK_FALSE(Lexicon::Parse("# only a comment\n").ok());
}

TEST_CASE("a small lexicon file parses into lookups") {
  auto lexicon = Lexicon::Parse("verb say - utter\ncue say cue opine opines\nword title,male sir\n");
  REQUIRE(lexicon.ok());
  const LexEntry* uttered = (*lexicon)->Find("uttered");
  REQUIRE(uttered != nullptr);
  CHECK(uttered->lemma == "utter");
  CHECK(((*lexicon)->Find("utter")->flags & kLexBase) != 0);
  CHECK((*lexicon)->Find("opines")->lemma == "opine");
  CHECK(((*lexicon)->Find("sir")->flags & (kLexTitle | kLexMale)) == (kLexTitle | kLexMale));
}

TEST_CASE("the compiled-in word lists load") {
  const WordLists& lists = WordLists::Default();
  CHECK(lists.Get("stop").size() > 100);
  for (const char* w : {"the", "whether", "through", "yours"}) CHECK(lists.Contains("stop", w));
  CHECK_FALSE(lists.Contains("stop", "president"));
  for (const char* w : {"that", "whether", "why"}) CHECK(lists.Contains("clause_opener", w));
  CHECK_FALSE(lists.Contains("clause_opener", "because"));
  CHECK(lists.Contains("title_stop", "according"));
  CHECK_FALSE(lists.Contains("title_stop", "Said"));  // compared as written
  CHECK(lists.Contains("no_name", "they"));
  CHECK(lists.Contains("name_link", "al"));
  CHECK(lists.Get("no_such_list").empty());
  // Generated from UD English (data/common_words.txt): words that are rarely names.
  CHECK(lists.Contains("common_noun", "critics"));
  CHECK(lists.Contains("common_adverb", "later"));
  CHECK(lists.Contains("common_function", "with"));
  CHECK_FALSE(lists.Contains("common_noun", "obama"));
  CHECK(lists.Contains("affiliation", "democrat"));
  CHECK(lists.Contains("collective", "campaign"));
  CHECK(lists.Contains("interlocutor", "host"));
  CHECK(lists.Contains("not_epithet", "panel"));
  // GUM's person mentions: a noun that heads them (data/common_words.txt).
  CHECK(lists.Contains("person_noun", "candidate"));
  CHECK_FALSE(lists.Contains("person_noun", "report"));
  // Nouns of no person, group or communication (data/nonspeaker_nouns.txt).
  CHECK(lists.Contains("nonspeaker_noun", "crisis"));
  CHECK_FALSE(lists.Contains("nonspeaker_noun", "officials"));
  CHECK_FALSE(lists.Contains("nonspeaker_noun", "report"));
  // Plurals of kinds of people (data/person_nouns.txt), no surname among them.
  CHECK(lists.Contains("person_plural", "demonstrators"));
  CHECK(lists.Contains("person_plural", "mourners"));
  CHECK_FALSE(lists.Contains("person_plural", "roberts"));
  CHECK_FALSE(lists.Contains("person_plural", "sanders"));
}

// One line "NAME a" for each list WordLists::Parse requires.
std::string OneLinePerRequiredList() {
  std::string all;
  for (const char* name :
       {"stop", "clause_opener", "title_stop", "no_name", "name_link",
        "name_particle", "given_name_title", "that_complement_noun", "pollster_document", "authored_document", "affiliation", "modal", "impersonal_it_verb",
        "weekday", "month", "month_abbrev", "part_of_day", "article", "describing_determiner",
        "time_tail", "time_tail_period", "time_tail_opener", "time_tail_keep",
        "quote_intro_past", "irregular_past", "irregular_participle", "coordinated_past", "finding_body", "fronted_finding", "raising_cue",
        "to_cue", "passive_be", "hearer_cue", "naming_cue", "bare_reply", "gerund_object_verb", "question_word", "asked_topic_opener", "companion", "any_body_word", "issue_verb", "asked_passive", "anonymity_request", "other_referent", "institution_noun", "coordinator", "interjected_adverb", "corporate_designator", "company_part", "description_participle",
        "comma_clause", "tail_end", "addition_word", "place_preposition", "speaker_pronoun",
        "author_verb", "doubt_word", "direct_question",
        "go_form", "by_ing_verb",
        "concessive", "fronted_subordinator", "label_object", "time_preposition", "collective", "interlocutor",
        "not_epithet", "epithet", "epithet_modifier", "generic_title_modifier", "contest_epithet", "unique_title", "adverb_ending", "not_adverb",
        "object_pronoun", "relative_pronoun", "issuer_preposition", "locative_preposition", "indefinite_determiner", "group_quantifier",
        "female_surname_ending", "male_surname_ending", "public_body", "outlet_word",
        "honorific", "person_noun_ending", "plural_person_ending", "clock_word", "share_word", "share_lead", "share_count",
        "rules_only_cue", "answer_label", "question_label", "event_noun", "quantity_noun",
        "possessive_determiner", "participle_noun", "headline_kicker", "written_work",
        "spokesperson_noun", "held_object_cue", "held_object", "they_group", "subject_opener", "comparative",
        "event_holder_verb", "wire_signature", "camel_surname_prefix", "abstract_noun_ending", "civil_body", "firm_title_word", "reflexive_pronoun"})
    all += std::string(name) + " a\n";
  return all;
}

TEST_CASE("the calendar lists keep their order, determiners match as written") {
  const WordLists& lists = WordLists::Default();
  const std::vector<std::string>& weekdays = lists.InFileOrder("weekday");
  REQUIRE(weekdays.size() == 7);
  CHECK(weekdays.front() == "sunday");  // as std::chrono::weekday
  CHECK(weekdays[3] == "wednesday");
  const std::vector<std::string>& months = lists.InFileOrder("month");
  REQUIRE(months.size() == 12);
  CHECK(months.front() == "january");
  CHECK(months[8] == "september");
  // Each abbreviation starts exactly one month's name.
  for (const std::string& abbrev : lists.Get("month_abbrev")) {
    INFO(abbrev);
    int starts = 0;
    for (const std::string& month : months) starts += month.starts_with(abbrev);
    CHECK(starts == 1);
  }
  CHECK(lists.Contains("part_of_day", "night"));
  // Parse keeps the file's order and each word once; Get is sorted.
  auto parsed = WordLists::Parse(OneLinePerRequiredList() +
                                 "weekday sunday monday sunday\nweekday friday\n");
  REQUIRE(parsed.ok());
  CHECK((*parsed)->InFileOrder("weekday") ==
        std::vector<std::string>{"a", "sunday", "monday", "friday"});
  CHECK((*parsed)->Get("weekday") == std::vector<std::string>{"a", "friday", "monday", "sunday"});
  CHECK((*parsed)->InFileOrder("no_such_list").empty());
  for (const char* w : {"the", "The", "an", "An"}) CHECK(lists.ContainsAsWritten("article", w));
  for (const char* w : {"THE", "tHe", "AN", "this"}) CHECK_FALSE(lists.ContainsAsWritten("article", w));
  CHECK(lists.ContainsAsWritten("describing_determiner", "These"));
  CHECK_FALSE(lists.ContainsAsWritten("describing_determiner", "the"));
  for (const char* w : {"court", "inquiry"}) CHECK(lists.Contains("finding_body", w));
  for (const char* w : {"gave", "struck"}) CHECK(lists.Contains("quote_intro_past", w));
  CHECK(lists.Contains("irregular_past", "became"));
  CHECK(lists.Contains("coordinated_past", "sent"));
  CHECK(lists.Contains("raising_cue", "report"));
  CHECK(lists.Contains("to_cue", "vow"));
  CHECK(lists.Contains("passive_be", "been"));
  CHECK(lists.Contains("question_word", "whether"));
  CHECK(lists.Contains("institution_noun", "police"));
  CHECK(lists.Contains("coordinator", "but"));
  CHECK(lists.Contains("company_part", "subsidiary"));
  CHECK(lists.Contains("comma_clause", "although"));
  CHECK(lists.Contains("tail_end", "because"));
  CHECK(lists.Contains("addition_word", "another"));
  CHECK(lists.Contains("place_preposition", "near"));
  CHECK(lists.Contains("speaker_pronoun", "it"));
  CHECK(lists.Contains("go_form", "went"));
  CHECK(lists.Contains("by_ing_verb", "responded"));
  CHECK(lists.Contains("concessive", "whereas"));
  CHECK(lists.Contains("label_object", "them"));
  CHECK(lists.Contains("time_preposition", "during"));
  CHECK(lists.Contains("adverb_ending", "edly"));
  CHECK(lists.Contains("not_adverb", "rally"));
  CHECK(lists.Contains("object_pronoun", "him"));
  CHECK(lists.Contains("relative_pronoun", "who"));
  CHECK(lists.Contains("issuer_preposition", "from"));
  CHECK(lists.Contains("indefinite_determiner", "another"));
  // Lists of endings.
  CHECK(lists.EndsWithOneOf("adverb_ending", "reportedly"));
  CHECK_FALSE(lists.EndsWithOneOf("adverb_ending", "reported"));
  CHECK(lists.EndsWithOneOf("female_surname_ending", "zakharova"));
  CHECK(lists.EndsWithOneOf("male_surname_ending", "lavrov"));
}

TEST_CASE("a word-list file with a mistake is refused, naming the line") {
  auto message = [](std::string_view text) {
    auto parsed = WordLists::Parse(text);
    return parsed.ok() ? std::string("ok") : std::string(parsed.status().message());
  };
  const std::string all = OneLinePerRequiredList();
  const std::string next =
      "line " + std::to_string(std::count(all.begin(), all.end(), '\n') + 1) + ": ";
  CHECK(message(all) == "ok");
  CHECK(message(all + "stopp a\n") == next + "unknown word list 'stopp'");
  CHECK(message(all + "stop The\n") == next + "'The' is not a lower-case ASCII word");
  CHECK(message(all + "stop whatsoever\n") ==
        next + "stop word 'whatsoever' is longer than 8 letters");
  CHECK(message(all + "stop\n") == next + "a list name without words");
  CHECK(message(all.substr(all.find("\nmonth ") + 1)) == "word list 'stop' is missing");
  CHECK(message(all + "common_noun critic\n") == "ok");
  CHECK(message("stop the\n") == "word list 'clause_opener' is missing");
}

TEST_CASE("cue_class records give each form of a lemma its class, apart from the word table") {
  auto lexicon = Lexicon::Parse(
      "verb say - utter\ncue_class belief believe\ncue_class intention call_for\n"
      "cue_class evidence suggest\ncue_class belief suggest\ncue_class stance suggest\n");
  REQUIRE(lexicon.ok());
  for (const char* form : {"believe", "believes", "believed", "believing"}) {
    const CueSenses* senses = (*lexicon)->FindSenses(form);
    REQUIRE(senses != nullptr);
    CHECK(senses->person == CueSense::kBelief);
    CHECK_FALSE(senses->evidence);
    CHECK((*lexicon)->Find(form) == nullptr);  // no word entry: extraction unchanged
  }
  CHECK((*lexicon)->FindSenses("called for")->person == CueSense::kIntention);
  CHECK((*lexicon)->FindSenses("calls") == nullptr);
  // `evidence` adds to a word's records; the first class given wins.
  const CueSenses* suggests = (*lexicon)->FindSenses("suggests");
  REQUIRE(suggests != nullptr);
  CHECK(suggests->evidence);
  CHECK(suggests->person == CueSense::kBelief);
}

TEST_CASE("the compiled-in lexicon classes the cues of the issue") {
  const Lexicon& lexicon = Lexicon::Default();
  CHECK(lexicon.FindSenses("believes")->person == CueSense::kBelief);
  CHECK(lexicon.FindSenses("wants")->person == CueSense::kIntention);
  CHECK(lexicon.FindSenses("criticised")->person == CueSense::kStance);
  CHECK(lexicon.FindSenses("said") == nullptr);  // a verb of saying: a statement
  CHECK(lexicon.FindSenses("suggest")->evidence);
  CHECK((lexicon.Find("poll")->flags & kLexEvidenceNoun) != 0);
  CHECK((lexicon.Find("spokesman")->flags & kLexEvidenceNoun) == 0);
}

}  // namespace
}  // namespace claimgraph::ingest
