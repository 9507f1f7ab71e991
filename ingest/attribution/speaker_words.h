// Word and text tests shared by speaker resolution (speakers.cc,
// speaker_descriptions.cc): what a word or mention looks like (a name, an
// acronym, an outlet, junk), and where in an article's text something was
// named. Internal to ingest/attribution (and the extractor, which types
// joint speakers with them); pure functions of their arguments
// and the built-in lexicon and word lists, thread-safe.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_SPEAKER_WORDS_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_SPEAKER_WORDS_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/attribution/attribution_finder.h"
#include "text/lexicon.h"

namespace claimgraph::ingest::speaker_words {

// The last space-separated word of `name`.
std::string_view LastWord(std::string_view name);

// Whether the `size` bytes of `text` at `at` stand as a word of their own:
// no letter right before or right after them ("Reid" in "Reid said", not in
// "Reider").
bool IsWholeWordAt(std::string_view text, size_t at, size_t size);

// The word a name is found by again: its last word, or the whole name when
// that is a generation or a numeral ("John Paul II", "Martin Luther King Jr.").
std::string_view Surname(std::string_view name);

// `w` without a trailing "'s" or "’s", nor the mark of "s'" or "s’".
std::string_view StripPossessive(std::string_view w);

// Whether `a` and `b` are one name, a right single quotation mark read as an
// apostrophe ("O'Neill" and "O’Neill").
bool SameName(std::string_view a, std::string_view b);
// `s` with each right single quotation mark as an apostrophe: SameName(a, b)
// exactly when FoldRightQuotes(a) == FoldRightQuotes(b).
std::string FoldRightQuotes(std::string_view s);

// "government's National Statistics Institute" → "National Statistics
// Institute", and with `places` also "Brazil's Dauster" → "Dauster": the
// name after a first word in the possessive that is an institution noun in
// lower case (or, with `places`, a place the gazetteer knows), when what
// follows opens and ends on capitalised words; else `name` ("commonwealth's
// House of Representatives" is not the U.S. House).
std::string_view StripPossessor(std::string_view name, bool places);

// Whether `word`, in any case, is a singular noun all of whose senses are
// people ("investor", "trader": data/person_nouns.txt holds their plurals)
// and not a word mostly of another part of speech ("Bangladeshi": the
// common_other list).
bool NounOfPeople(std::string_view word);

// Collapses runs of whitespace (names may wrap across a line).
std::string Normalize(std::string_view s);

// A capitalised word token that may be part of a name, or an initial ("A.").
bool IsNameWord(const Token& t);

// A capitalised word token that would be a name word but for its "'s"
// ("Comey’s"): a possessive name ends a run of name words.
bool PossessiveNameWord(const Token& t);

// "Jr.", "Sr." (with or without the period): a generation suffix after a name.
bool IsGenerationSuffix(std::string_view word);

// Whether `given` reads as the given name of a name written family name
// first ("Ki-moon" of "Ban Ki-moon", "Yung-soo"): capitalised, hyphenated
// once with a lower-case second part, its first part no word of the lexicon
// or the common words.
bool FamilyNameFirst(std::string_view given);

// The word a lone surname matches: the last word of `name`, the one before
// a generation suffix ("Harris" of "Harry B. Harris Jr."), or the first of
// a name written family name first ("Ban" of "Ban Ki-moon": FamilyNameFirst).
std::string_view FamilyName(std::string_view name);

// Equal when ASCII letters are compared without case.
bool EqualsIgnoreCaseAscii(std::string_view a, std::string_view b);

// `w` with ASCII capitals lowered.
std::string LowerAscii(std::string_view w);

// "Inc", "corp", "Group": a word of the list corporate_designator, in any case.
bool IsCorporateDesignator(std::string_view word);

// Starts with an ASCII capital or a non-ASCII letter.
bool IsCapitalizedWord(std::string_view w);

// One to three capitalised words: "Biden", "Antoine Quirin".
bool AllNameWords(std::string_view s);

// The lexicon entry of `word` in any case, or null.
const LexEntry* LookupWord(std::string_view word);

// The space-separated words of `s` (runs of spaces make no empty words).
std::vector<std::string_view> Words(std::string_view s);

// "Former prime minister John Major" → {"John Major", "Former prime minister"},
// "Democrat Chuck Schumer" → {"Chuck Schumer", "Democrat"}, "Analyst Peter
// Gray" → {"Peter Gray", "Analyst"} (a party or role noun only before two or
// more words: "Liberal Democrats" is a party's name), "Fourteen-year-old Zoe"
// → {"Zoe", "Fourteen-year-old"} (an age); "Dean Kleckner" stays whole (a
// title of the list given_name_title before one word alone is a given name):
// a person's name with a title or party glued before it, split after the last title word
// when one or more capitalised name words follow. {name, ""} when there is none.
std::pair<std::string, std::string> SplitLeadingTitle(std::string_view name);
// How many words open `words` that are a title the lexicon does not know:
// capitalised common words of UD English, acronyms or words of seven letters
// or more with a profession's ending (person_noun_ending: "Ecologist"), none a
// given name, followed by a given name (GivenNameGender) and one more
// capitalised word ("Public Advocate Trish James": 2, "DJ Beverly Bond": 1);
// else 0.
int CommonWordsBeforeGivenName(const std::vector<std::string_view>& words);

// A word of the lexicon that heads an organisation ("Ministry", "Corp").
bool IsOrganisationWord(std::string_view word);

// True for a word UD English writes as a common word of the lists `lists`
// (data/common_words.txt), in any case, or (common_noun, person_noun) as the
// plural of one:
// "Critics", "Voters", "Rabbis" (rabbi), "Later".
bool IsCommonWord(std::string_view word, std::initializer_list<std::string_view> lists);

// Whether text[from, to) holds no capitalised word but a common word opening
// a sentence ("Terms of the acquisition were not disclosed."): it names no
// one a pronoun after it could stand for ("Trump's campaign backtracked.",
// "A gallon costs 19 United States cents more." do).
bool NamesNoOne(std::string_view text, size_t from, size_t to);

// 'f' for a word the lexicon marks female (she, spokeswoman, Mrs, a given
// name), 'm' for male, else 0; female wins where a word is both.
inline char GenderOf(uint32_t lex_flags) {
  return (lex_flags & kLexFemale) ? 'f' : (lex_flags & kLexMale) ? 'm' : 0;
}

// The gender `word` (as written, e.g. "Loretta") marks as a person's first
// name: the lexicon's (GenderOf), else the `given_female` / `given_male`
// lists (data/given_names.txt); 0 when neither knows it. Only for a word
// already known to be a person's first name: "Madison" and "Georgia" are
// surnames and places too.
char GivenNameGender(std::string_view word);

// Whether `word` (as written) can only be a given name standing alone
// ("Bob"): capitalised, with a gender (GivenNameGender) and no other
// reading — no pronoun, title or role noun of the lexicon ("She", "Mother"),
// no common word of UD English, nothing the gazetteer knows ("Georgia").
bool IsLoneGivenName(std::string_view word);

// "Mr", "Mrs.", "Ms": a word of the `honorific` list (data/word_lists.txt),
// with or without its period.
bool IsHonorific(std::string_view word);

// A web site's name: a dot inside, two letters or more before it and two to
// six lower-case letters after the last one ("ouest-france.fr",
// "Outsports.com"; not "e.g", "U.S", "3.5").
bool IsWebDomain(std::string_view word);

// A word that only an organisation is named by: a web domain
// ("Outsports.com"), or a compound ending on an organisation word of the
// lexicon, hyphenated or written as one ("Sun-Times", "HuffPost").
bool NamesAnOutlet(std::string_view word);

// Whether the article describes the one-word name `name` as a news outlet or
// another organisation anywhere: a lower-case outlet or organisation noun
// right before it ("daily Népszava", "news agency Fars", "the website
// Rappler") or heading an apposition after it ("Roscosmos, the Russian space
// agency,", "Teck, a mining company."), or a relative clause of things after
// it ("Renault, which owns …": a person is "who"). A person's name is never
// described so.
bool DescribedAsOrganisation(std::string_view text, std::string_view name);

// "Republicans", "Senators", "Iowans" heading a mention before its relative
// pronoun ("Republicans who attended the meeting said"): a capitalised
// plural of four letters or more ending in "s" (not "ss", "us", "is", nor a
// possessive), which no given name, title or honorific (`before`, the word
// before it in the mention, empty when none) makes a surname ("Serena
// Williams who", "Sen. Collins who").
bool IsCapitalisedPluralHead(std::string_view word, std::string_view before);

// "Americans", "Germans": a plural the gazetteer lists, as its singular too,
// for a place (a nationality's people, named like their country).
bool IsNationalityPlural(std::string_view word);

// "FBI", "RNC", "F.A.A.": two to six capitals, dots allowed.
bool IsAcronym(std::string_view word);

// "Fourteen-year-old", "47-year-old": an age written before a name, which
// describes the person and is no part of their name.
bool IsAgeWord(std::string_view word);

// "POLITICO", "NASDAQ": five or more ASCII capitals and nothing else (an
// outlet's or company's name written in capitals, longer than most acronyms).
bool IsAllCapitalName(std::string_view word);

// The organisation named latest before byte `before`: capitalised words ending
// on an organisation word of the lexicon ("Amoco Corp", "Finance Ministry",
// "Fair Lanes Inc"), for "the company said" and "it said"; with a description
// noun (`noun`, "company"), the latest one it fits (OrganisationFits), or one
// capitalised word ending in the noun ("Bundesbank" for "bank"). Empty when
// none.
std::string OrganisationNamedBefore(std::string_view text, uint32_t before,
                                    std::string_view noun = {});
// OrganisationNamedBefore within the sentence of byte `at` and the one before
// it ("Amoco Corp reported …. It said …", "its website notes …").
std::string OrganisationNamedNear(std::string_view text, uint32_t at);

// Whether `word` is one capitalised word ending in the description noun
// `noun` (lower case), three letters or more longer and not all capitals:
// "Bundesbank", "Citibank" for "bank" (an organisation of that kind).
bool WordEndsInNoun(std::string_view word, std::string_view noun);

// Whether the organisation `name` can be what a description noun stands for:
// a name holding the noun ("the bank": "National Westminster Bank"), else a
// public body (a word of the list public_body: "Agriculture Department") for
// a public-body noun ("the ministry", "the agency") and any other
// organisation for any other noun ("the company": "Union Carbide Corp", not
// "Agriculture Department"). A news outlet (a word of outlet_word: "Wall
// Street Journal") fits only an outlet noun ("the agency"); a name with a
// word of any_body_word ("World Health Organisation") every other noun; a
// union, association or other body of civil society (its head, the last word
// before "of", of the list civil_body: "Communications Workers of America")
// no company noun but "the group" ("the company"). An empty noun fits every
// name.
bool OrganisationFits(std::string_view name, std::string_view noun);

// "the company", "the firm", "the ministry": descriptions that stand for the
// article's organisation (lexicon flag company_noun).
bool IsCompanyNoun(std::string_view noun);

// Whether `text` writes the capitalised `word` after a lower-case word or a
// comma somewhere ("workers at Carrier", "said, Carrier"): a name there, not
// a sentence's first word.
bool WrittenAsName(std::string_view text, std::string_view word);

// An adverb by its ending ("rightly", "successfully", "favorably",
// "accurately"); nouns such as "family", "assembly" or "rally" are not.
bool LooksLikeAdverb(std::string_view word);

// "The debate", "their ninth debate", "a press conference", "Trump's
// speech": a mention headed by an event (a lower-case word of event_noun)
// with no preposition or relative pronoun in it ("the organizer of a
// pro-Trump rally" is a person, as are "some who advocate free speech").
// An event asserts nothing: JunkMention holds for it.
bool EventMention(std::string_view mention);

// Whether `words` describe rather than name: lower-case words, after at most
// a compound with a lower-case last part and the words before it ("bowling
// company", "Pittsburgh-based company", "New York-based investment firm";
// not "Pittsburgh Steel company", "Fair Lanes"). Pure.
bool DescribesOnly(std::string_view words);

// "NatWest", "RealClearPolitics", "PacifiCorp": one word with a capital
// inside after a lower-case letter names a firm, unless what comes before
// that capital is a surname's prefix of the list camel_surname_prefix
// ("McCain", "DeSantis", "LeBron", "VanderSloot"). Pure.
bool IsCamelCaseFirm(std::string_view name);

// A company's name without the description glued before it: "New
// Jersey-based overnight messenger Purolator Courier Corp" → "Purolator
// Courier Corp" (the words after the last lower-case word that is no link of
// names, list name_link: "Bank of New York Co" stays), and "McLean
// Industries Inc's United States Lines Inc subsidiary" → "United States
// Lines Inc" (a part of the list company_part after a possessive). Only for
// a name whose last word (before the part) is a corporate designator and
// whose rest opens with a capital, and not for two described companies
// joined by "and"; else `name` as it is. Pure.
std::string CompanyNameWithoutDescription(std::string_view name);

// The name after a description of where an organisation is based or who runs
// it, glued before it as one hyphenated word (list description_participle):
// "Montreal-based Dominion" → "Dominion", "Communist-led CGT" → "CGT",
// "Kansas City-based Halvern" → "Halvern", "state-owned Petrobras" →
// "Petrobras". Empty when `name` does not open with such a word (after
// capitalised words: the place), when no capitalised word
// follows it, or when a given name does ("London-based Jane Doe" is a
// person). Pure.
std::string NameAfterBaseDescription(std::string_view name);

// "Procter & Gamble", "Merrill Lynch & Co.": names joined by a spaced
// ampersand name a firm, never a person. Pure.
bool IsFirmName(std::string_view name);

// A source mention that cannot be who asserted something: a misparse such as
// "more accurately", "favorably of the internment", "keeping tabs on movie
// budgets (Mr. Mannix", "most of her time campaigning in California without";
// or a phrase whose head names no speaker ("the opioid crisis", "dishes":
// roles.h, NamesNoSpeaker).
bool JunkMention(std::string_view mention);
// Whether the source mention `mention` of `text` opens on a verb or an
// adverb, so that it was cut out of a clause: a past form, an irregular
// participle or an adverb in "-ly" (in lower case) before a preposition, a
// determiner, an object pronoun or a particle ("tested against the messages
// of rivals", "briefly with other leaders", "drew up"), or right after a word
// of the clause before it that is no determiner, preposition, conjunction,
// cue or clause boundary ("Trump praised Saddam Hussein, declaring …":
// "praised Saddam Hussein"); an adverb before a past form ("boldly reminded
// voters"); a verb in "-s" UD English tags as a verb before what it governs
// ("moves to Western"). Not a participle before a noun ("published reports",
// "retired Gen. Mick Bednarek" after "said").
bool OpensOnVerb(std::string_view text, Span mention);
// Whether a name of two words or more ends on a document's noun written
// capitalised ("Morning Consult Poll", "Drudge Report"): a publisher's
// product, never a person (not after a given name: "Emily Post").
bool NamesPublication(std::string_view name);

// "the coalition" → "US-led coalition": the nearest earlier mention of the
// same noun with capitalised or hyphenated modifiers. Empty when none.
std::string EarlierNamedMention(std::string_view text, uint32_t before, std::string_view noun);

// "the fund" → "International Monetary Fund": the nearest earlier mention of
// the organisation word `noun` capitalised, with capitalised modifiers, when
// that is a whole name: not "Illinois Board" of "Illinois Board of
// Elections" (a capitalised word or a preposition follows), nor a headline
// in title case or "This Cable News Panel" (a function word inside), nor a
// caption ("Image: UK Government"). Empty when none.
std::string OrganisationNamedWith(std::string_view text, uint32_t before, std::string_view noun);

// "Hillary Clinton’s campaign", "Mr. Sanders's campaign", "Sanders’ campaign"
// → "Clinton campaign", "Sanders campaign": an organisation named by a
// person's possessive and a collective noun (the list collective) under the
// one name news gives it ("the Clinton campaign"), so that every spelling is
// one node. Any other name is returned as it is.
std::string PersonCollectiveName(std::string_view name);

// "Net profit at Halvern Mills Corp fell …" → "Halvern Mills Corp": the one
// company `span` names with a corporate designator after one to three
// capitalised words; empty when none or two different ones.
std::string OnlyCompanyIn(std::string_view span);

// "State" → "State Department": the one name before `before` that is the
// capitalised `word` and an organisation word after it ("State Department",
// "Justice Ministry"), not "State Department officials"' start of a longer
// run; empty when none or two different ones.
std::string OrganisationOpenedBy(std::string_view text, uint32_t before, std::string_view word);

// "the Post" → "New York Post", "The Journal" → "Wall Street Journal", "the
// Sun-Times" → "Chicago Sun-Times": the full name of the news outlet `name`
// (capitalised, its last word, or the part of it after a hyphen, a word of
// the list outlet_word) as the article wrote it latest before byte `before`:
// capitalised modifiers before it, a whole name (no capitalised word nor "of"
// after it; "on Monday" may follow), with no function word, colon or
// possessive ("Obama's Times") inside. Empty when `name` is no outlet's
// short name or none was written.
std::string OutletNamedBefore(std::string_view text, uint32_t before, std::string_view name);

// True when some attribution's source is `surname` alone ("Trump told …").
bool SpeaksAlone(std::string_view text, const std::vector<AttributionCandidate>& candidates,
                 std::string_view surname);

// Whether byte `at` is inside what one of `candidates` said, or inside a
// speaker's apposition ("said Douglas Holtz-Eakin, a former adviser to
// President George W. Bush"): a person named there is not one the article
// turned to.
bool InsideAttribution(const std::vector<AttributionCandidate>& candidates, uint32_t at);

// Where the sentence before the one holding `at` starts (across a
// paragraph break; 0 at the start of the text).
uint32_t PreviousSentenceStart(std::string_view text, size_t at);
// The byte offset of the end of the sentence holding `at`: the first ". ",
// "? ", "! " or line break after it (an abbreviation such as "Sen." ends it
// early, which only makes the caller more careful).
uint32_t SentenceEnd(std::string_view text, size_t at);
// Whether a sentence starts at byte `at`: the text's start, or just after a
// line break, ". ", "? " or "! ".
bool StartsSentence(std::string_view text, size_t at);
// The byte offset where the sentence holding `at` starts: the last byte at
// or before it where StartsSentence (0 when none).
uint32_t SentenceStart(std::string_view text, size_t at);
// SentenceStart, past the periods of abbreviations that StartsSentence takes
// for ends: an honorific, a title ("Mr. Trump", "Sen. Cruz") or an initial
// ("George W. Bush").
uint32_t SentenceStartPastAbbreviations(std::string_view text, size_t at);
// Whether `full_name` opens with a given name (GivenNameGender) of the
// gender other than `gender` ('m', 'f'): "Hillary Clinton" is no "he". The
// gender learnt for a name from its mentions is not trusted here; false for
// a one-word name.
bool OfOtherGender(std::string_view full_name, char gender);
// Whether the sentence holding byte `at` opens with the subject pronoun of
// `gender` ("He", 'm'; "She", 'f'; also after one word of subject_opener:
// "But he …", "However, he …") before `at`: a person named there ("He nodded to
// his finish behind Ted Cruz") is an object, not who the article goes on
// with.
bool AfterSubjectPronoun(std::string_view text, uint32_t at, char gender);
// The byte after the sentence's one opening word of subject_opener ("But ",
// "However, ") when the sentence at `start` opens with one, else `start`.
uint32_t AfterSubjectOpener(std::string_view text, uint32_t start);
// Where the subject of the sentence at `start` may begin: after its opening
// word of subject_opener (AfterSubjectOpener) and a phrase opened by a
// preposition up to a comma within six words ("On September 29, ", "But
// like Trump, "), else after the opener alone.
uint32_t SubjectStart(std::string_view text, uint32_t start);

// Whether `words` (a description: "the Independent Vermont senator", "the
// New Jersey governor", "the Utah Republican") hold, between the first word
// and the last, a capitalised party (affiliation) or a place the gazetteer
// knows (one or two words): what makes a title or a party an epithet for one
// person rather than an office ("the Senate minority leader").
bool PlaceOrPartyBefore(const std::vector<std::string_view>& words);

// "said the designer, who works for another brand", "the engineer, a
// father of two,": a relative clause or apposition after a description
// introduces someone new, not an epithet for someone named before.
bool NewReferentFollows(std::string_view text, uint32_t end);

// "As Ivanka Trump delivered her speech, … The employee of nearly four years
// … said she …": a singular role noun of the lexicon written between a name
// and a pronoun is a person the pronoun may mean instead, unless of the other
// gender ("her father"), or in the name's own apposition when the pronoun
// is of its paragraph ("Roberta A. Kaplan, a New York-based lawyer who …,
// invoked … “…,” she told"); also a name more
// than kMaxPronounReach bytes back is too far to be the pronoun's antecedent.
bool PersonDescribedBetween(std::string_view text, uint32_t from, uint32_t to, char gender);

// `name` with doubly encoded UTF-8 repaired: "JuliÃ¡n" (the bytes of "á"
// read as Latin-1 and encoded again) → "Julián", also where the second byte
// was folded to a space and a combining mark ("SÃ©golÃ ̈ne" → "Ségolène") or
// to a letter between lower-case letters ("RaÃol" → "Raúl"). Empty when a
// sign of mojibake is left ("Ã" or "Â" before neither a Latin-1 sign nor a
// letter); "JOÃO" stays.
std::string RepairMojibake(std::string_view name);

// "Kiichi Tanaka was told that …", "the minister was assured by bankers …":
// a cue of the `hearer_cue` list (data/word_lists.txt) written passive (a
// participle, not an -ing form, after a `passive_be` word) makes its source
// the hearer, who is no speaker of the content.
bool PassiveHearer(std::string_view text, const Attribution& a);

// "A Hasbro spokesman" → "spokesman": the first word of `mention` in the
// list spokesperson_noun, in lower case; empty when none.
std::string SpokespersonRole(std::string_view mention);

}  // namespace claimgraph::ingest::speaker_words

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_SPEAKER_WORDS_H_
