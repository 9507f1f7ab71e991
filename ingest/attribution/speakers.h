// Speaker resolution within one article: pronouns to the right earlier speaker
// (by gender and number where known), surnames to the full name met earlier
// ("Power" → "Samantha Power"), organisations to their name without the
// article, unnamed role sources kept without a speaker.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_SPEAKERS_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_SPEAKERS_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "ingest/attribution/attribution_finder.h"
#include "ingest/attribution/quotes.h"

namespace claimgraph::ingest {

// "Joe Biden and Bernie Sanders" (a person speaker as resolution leaves a
// joint source): `speaker` becomes the first person, `co_speakers` the
// other, each one to three capitalised words. "Saudi Arabia and the United
// States" (an organisation speaker): the same, each part without its "the"
// and of one to six words, when `names_organisation` holds for both parts
// ("Marks and Spencer" stays whole; so does "British and Commonwealth
// Shipping Plc": a designator ends it and none its first part). A leading
// "both" belongs to neither.
// Any other attribution is left as it is. Pure.
void SplitJointSpeaker(Attribution* a,
                       const std::function<bool(std::string_view)>& names_organisation);

// "Prime Minister Jacques Chirac and Finance Minister Edouard Balladur
// said": a person speaker (with no co-speakers) whose source mention (in
// `text`) is two titled names joined by "and", each of two or three
// capitalised words once its title is split off (SplitLeadingTitle), and one
// of them the speaker resolution chose: `speaker` becomes the first,
// `co_speakers` the second, `role` the first one's title. Any other
// attribution is left as it is. Pure.
void SplitTitledJointSource(std::string_view text, Attribution* a);

// One name, one type in an article: a one-word speaker that any of
// `attributions` shows to be an organisation ("Caltrans said it …", "…. It
// said …"), or a name of two words or more opened by no given name that says
// "it" of itself ("VMS Realty Partners said it would …", "… said it had
// agreed") and that no "he" or "she" stood for, is one where it was typed a person too ("Caltrans said the road
// …" before), and a "he" or "she" (its source in `text`) taken for it
// stands for no one known. Pure.
void OneTypePerBareName(std::string_view text, std::vector<Attribution>* attributions);

// "… according to some steel analysts. But others say …": an unnamed role
// `others` (its source in `text` that word alone) takes the nearest plural
// of people written before it in its sentence or the one before, at most
// three words after "some" ("analysts"; a plural role noun of the lexicon
// or of person_plural), or the role of an unnamed source there that ends
// with it ("steel analysts"), and stays `others` when there is none. Pure.
void NameOthers(std::string_view text, std::vector<Attribution>* attributions);

// Per-article state; Reset() between articles reuses its storage.
// Not thread-safe.
class SpeakerResolver {
 public:
  void Reset();

  // Learns "Title First Last" and "First Last" names written anywhere in the
  // paragraph, so that a later bare surname resolves to them.
  void LearnNames(std::string_view text, const ParagraphTokens& paragraph);

  // Sets speaker, source_type and role of `candidate` from its mention and
  // the speakers met so far, then records it as the latest speaker.
  // `resolved` holds the candidates before it (for shared sources). Names
  // and roles are never mojibake: doubly encoded UTF-8 is repaired
  // (RepairMojibake), and a name that cannot be is no speaker.
  void Resolve(std::string_view text,
               const std::vector<AttributionCandidate>& resolved,
               AttributionCandidate* candidate);

  // "Amazon announced … . The company said": a lone word typed a person for
  // want of evidence, that the article later showed to be an organisation,
  // is retyped on `candidate` (resolved before) where its source is that
  // word as written (not a pronoun that stood for it).
  void RetypeShownOrganisation(std::string_view text, AttributionCandidate* candidate) const;

  // The person an interview turn's label names: "PENCE" → "Mike Pence" (the
  // person of the article with that surname), else the label in title case
  // ("KATE BOLDUAN" → "Kate Bolduan"); a label written in mixed case as is.
  std::string TurnLabelName(std::string_view label) const;

  // `mention` without a trailing time phrase ("police on Thursday" →
  // "police", "the researchers last month" → "the researchers") and then
  // without a trailing adverb ("Gary Morgan rightly" → "Gary Morgan").
  static Span TrimMention(std::string_view text, Span mention);

 private:
  struct Known {
    std::string name;  // empty for unnamed role sources
    std::string role;  // the role as written ("Hong Kong trader"), if any
    bool indefinite = false;  // introduced as "a …", "one …", "another …"
    bool asked = false;       // its cue was "ask": a questioner
    // Whom the questioner asked, when written right after the cue: a name
    // ("Earhardt asked Rubio …": "Marco Rubio") or 'm', 'f' for "him", "her".
    std::string asked_whom;
    char asked_gender = 0;
    bool reported = false;    // an outlet's report: "…, BFMTV reported", "according to x.com"
    SourceType type = SourceType::kUnknown;
    char gender = 0;
    bool plural = false;
    uint32_t position = 0;  // byte offset of the latest mention as a source
    // An unnamed spokesperson's principal ("a Hasbro spokesman": Hasbro Inc),
    // the speaker of what the spokesperson and the pronouns for them say.
    std::string principal;
    SourceType principal_type = SourceType::kUnknown;
  };
  // Resolve before the names are repaired.
  void ResolveMention(std::string_view text, const std::vector<AttributionCandidate>& resolved,
                      AttributionCandidate* candidate);
  // Resolve's two cases. A pronoun source: "he"/"she" right after "X said"
  // is X (CueSubjectBefore); else the latest earlier speaker (or
  // person, or organisation) it can stand for, "he" never a woman's name
  // nor "she" a man's, "it" and "they" one of its sentence or the one
  // before, or the latest speaker of all a sentence that names no one (nor
  // opens with a group, for "they") further back (NamesNoOne: "Halvern Bank
  // said …. Terms were not disclosed. It said …"); with none, "they" the plural people ("The
  // researchers …") or group ("Senate Democrats blocked the bill because
  // they said …", "But the national unions …") and "it" the document ("The
  // post …") opening its own sentence or the one before, as a role of the
  // story; a group opening its own sentence comes before a speaker of the
  // sentence before; remembered as a speaker unless "I". A named source:
  // the canonical name (full name of a surname, acronyms expanded, capitals
  // as their country, "the coalition" as the one named earlier); may retype
  // `m`, `a`, `known` and `name_type` to an organisation.
  void ResolvePronoun(std::string_view text, const std::vector<AttributionCandidate>& resolved,
                      const SourceMention& m, Attribution& a, Known& known);
  // Who `he`/`she` (`gender` 'm', 'f') at byte `at` stands for when no
  // earlier speaker fits: the latest person named before it by a title or
  // given name of the lexicon, or by a run of name words opening with a
  // given name of that gender (unless a person is described since: then
  // nobody); a later sentence opened by a surname of that gender; else a run
  // of name words whose last word also speaks alone in the article ("Ivanka
  // Trump strode … “…,” she said. … Trump told Vogue"). Empty when none.
  // A name quoted inside `own` (the pronoun's own content: what he or she
  // says) is someone talked about, never the antecedent ("“… when Donald Trump
  // debates Hillary Clinton …,” he said" after "Bob Sutton … voiced …"), nor
  // is one named after a subject pronoun of that gender ("He nodded to his
  // finish behind Ted Cruz"; AfterSubjectPronoun).
  std::string PersonNamedBefore(std::string_view text,
                                const std::vector<AttributionCandidate>& resolved, uint32_t at,
                                char gender, Span own) const;
  // Whether `he`/`she` (`pronoun` 'm', 'f') at byte `at` may stand for the
  // unnamed speaker `k`: one new person ("a trader", "one dealer at a major
  // bank", "a spokeswoman": an indefinite description headed, before any
  // preposition, by a singular role noun or person noun of a compatible gender; not an interlocutor such as "a
  // reporter"; "the trader" is more often an epithet for someone named)
  // who spoke within kRoleReach bytes before ("Prices would fall, one dealer
  // said. He added …"), not a questioner ("an Iowa voter asked"). The caller
  // also requires that nobody spoke in between, no person was named
  // between the start of the role's sentence and the pronoun, and that what
  // the role said holds no word of the pronoun's gender ("“When she
  // decided …,” one aide said": a later "she" is that woman).
  static bool PronounFitsRole(const Known& k, char pronoun, uint32_t at);
  // Whether `k` is a one-word person name the article gives no person's
  // marks: no given name, no gender learnt, no full name written ("Caltrans"
  // typed a surname). An "it" can stand for it, which makes it an organisation.
  bool BareNameOfNoPerson(const Known& k) const;
  // Whether `name` (its last word) is named right after `a`'s cue, titles
  // aside: the one the cue addresses ("he told Sen. Rubio") or the content
  // is about ("He insisted Curiel had …"), never the speaker, unless an
  // honorific shows another person of that surname ("he described Mrs.
  // Clinton's plans" for `gender` 'm').
  static bool IsHearer(std::string_view text, const Attribution& a, std::string_view name,
                       char gender);
  std::string ResolveName(std::string_view text, SourceMention& m, Attribution& a, Known& known,
                          SourceType& name_type);
  // Fills `known.asked_whom` / `known.asked_gender` of the questioner of `a`
  // (cue "ask", what was asked after it) from the words right after the cue:
  // "him" or "her", or up to four capitalised words (no organisation word,
  // acronym or possessive) before a lower-case word, an optional title cut
  // ("asked Admiral Harris which …": "Harris"), a surname as the article's
  // full name. Left empty for anything else ("asked the court", "asked
  // voters").
  void LearnAskedWhom(std::string_view text, const Attribution& a, Known& known) const;
  // LearnAskedWhom's reading of the words from byte `at` on: sets `*whom`
  // (a name) or `*gender` ('m', 'f' for "him", "her"), or neither.
  void AskedAfter(std::string_view text, uint32_t at, std::string* whom, char* gender) const;
  // "Baier started by asking Rubio why he had stated …": the one a form of
  // "ask" earlier in the sentence of byte `at` asked a question (AskedAfter:
  // a name then "why", "whether", …), when not of the other gender than
  // `pronoun` ('m', 'f'); empty when none.
  std::string AskedEarlierInSentence(std::string_view text, uint32_t at, char pronoun) const;
  // "Black Lives Matter issued a statement saying …", "The Sierra Club put
  // out a report": the one who put out the indefinite document `source`
  // (a verb of the list issue_verb right before it), a capitalised run
  // opening the sentence or following an opening phrase's comma (after a
  // lower-case "the" there too): a person
  // (a surname of the article's, or a given name then a surname) or else an
  // organisation. Empty when the text names none that way.
  std::pair<std::string, SourceType> IssuerOfDocumentBefore(std::string_view text,
                                                            Span source) const;
  // Whether the person `name` of `source` has two words or more, no given
  // name opening it and no title or honorific in `source`: nothing that
  // makes it a person's name (IssuerWithoutPersonName, EndsOnCommonPlural).
  static bool NoPersonMarks(std::string_view text, Span source, std::string_view name);
  // "Black Lives Matter issued a statement saying …": whether the person
  // `name` of `source` is followed by an issue_verb and an indefinite
  // document ("issued a", "put out a") with no given name opening it and no
  // title or honorific in `source`: an organisation, as
  // IssuerOfDocumentBefore types the subject it finds.
  static bool IssuerWithoutPersonName(std::string_view text, Span source, std::string_view name);
  // "Dover Ferries said", "General Motors said": whether the person `name`
  // of `source` ends on the capitalised plural of a common noun of UD English
  // (not of people: "Young Democrats", person_plural) with no given name
  // opening it, no initial and no title or honorific in `source`: an
  // organisation.
  static bool EndsOnCommonPlural(std::string_view text, Span source, std::string_view name);
  // Speaker of an unnamed definite description: "the statement" (its earlier
  // issuer), "the commissioner" (the person titled so), "police" (the named
  // force). Leaves the speaker empty when none fits.
  void ResolveDescription(std::string_view text,
                          const std::vector<AttributionCandidate>& resolved,
                          AttributionCandidate* candidate);
  // "His office said", "her campaign", "his spokesman": the person the
  // possessive determiner "his" or "her" opening `source` stands for, the
  // one SalientPersonBefore finds of that gender; empty when the mention
  // opens with another word or no one fits.
  std::string PossessorOf(std::string_view text, const std::vector<AttributionCandidate>& resolved,
                          Span source) const;
  // "Its website notes …", "according to its website": the organisation
  // named latest in the sentence of the document `mention` or the one before
  // (OrganisationNamedBefore); empty when none, or when the mention ends a
  // phrase opening its sentence ("According to its press release, the NBA …"
  // looks ahead).
  std::string ItsOwner(std::string_view text, Span mention) const;
  // The issuer of "the <noun>" (a document noun: "the statement", "the
  // post") for `a`, the attribution at `index` of `resolved`: the speaker of
  // one of the eight before whose document source holds the noun or whose
  // clause reads "a <noun>" ("Trump, in a statement …, announced"), unless
  // the text names who put out a later "a <noun>" within a few paragraphs
  // before it (IssuerOfDocumentBefore: "Obama released a statement …"), who
  // is then the issuer, else the owner of the latest mention of the noun
  // (OwnerOfDocumentBefore). Sets `a.speaker` (and `a.source_type` to the
  // issuer's type) when one does; leaves `a` alone otherwise.
  void DocumentIssuer(std::string_view text, const std::vector<AttributionCandidate>& resolved,
                      int index, std::string_view noun, Attribution& a) const;
  // "Marine Traffic's website … . The website said", "Exxon Mobil contended
  // in its letter … . The letter said": the owner of the latest "<Name>'s
  // <noun>" or "its|their <noun>" (up to three lower-case modifiers between:
  // "Tesco's latest annual report") within a few paragraphs before byte
  // `before`, when that latest mention of the noun has one: the name (a
  // person when it is one of the article's or opens with a given name and
  // ends on no common noun; else an organisation; no place, no day or
  // month), or the organisation "its" stands for there (ItsOwner). Only for
  // a noun of the list authored_document ("Clinton's emails show …" is no
  // claim of Clinton's). Empty when none.
  std::pair<std::string, SourceType> OwnerOfDocumentBefore(std::string_view text,
                                                           uint32_t before,
                                                           std::string_view noun) const;
  // "The company said …", "the ministry said …": the organisation of the
  // description noun's kind (`noun`, OrganisationFits) that spoke latest in
  // the article (not as a news outlet: "BFMTV reported" is no airline, but
  // "the agency" after "the news agency IRNA reported" is IRNA),
  // else the one named latest before byte `before` ("Amoco Corp"); empty
  // when none.
  std::string CompanyDescribed(std::string_view text, uint32_t before, std::string_view noun) const;
  // "Amazon announced … . The company said": the one lone capitalised word
  // that spoke before byte `before` as a person with nothing to show one
  // (BareNameOfNoPerson, no role or gender in any of its mentions, no
  // gazetteer person); empty when none or two.
  std::string LoneWordSpeakerBefore(uint32_t before) const;
  // "The network said" after "CNN reported", "the newspaper" after "The
  // Daily News published": the one news outlet (an organisation that
  // reported, or whose name holds a word of outlet_word) that spoke before
  // byte `before` and fits `noun` (OrganisationFits), else the organisation
  // named latest before with an outlet word in its name; empty when none or
  // two.
  std::string OutletDescribed(std::string_view text, uint32_t before, std::string_view noun) const;
  // "A Hasbro spokesman", "a spokeswoman for the company", "a ministry
  // spokesman", "a spokesman for Trump": whom the unnamed spokesperson of the
  // role mention `source` (at byte `at`; a word of the list
  // spokesperson_noun) speaks for, and its type (person or organisation): a
  // name of capitalised words (a surname as the article's full name, a word
  // that opens an organisation's name met before as that name; without an
  // apposition after its comma: "a spokesman for Suiker Unie, the largest
  // sugar processor"), or a description resolved as "the company" is. Empty
  // when the mention names
  // nobody ("a spokesman", "a former Trump spokesman", "a spokesman at the
  // scene").
  // "The spokesman said" after "A Texaco spokesman said": the principal
  // (and its type) of the latest unnamed spokesperson of that noun who spoke
  // within about three paragraphs before `source`, a definite description
  // ("the spokesman", "the company spokeswoman"); empty when none.
  std::pair<std::string, SourceType> SpokespersonBefore(std::string_view text, Span source) const;
  std::pair<std::string, SourceType> SpokespersonPrincipal(std::string_view text, uint32_t at,
                                                           std::string_view source) const;
  // A one-word person `name` that is no person: the first word of an
  // organisation that spoke ("Continental" after "Continental Bank of Canada
  // said", which `name` becomes), an acronym ("FBI"), a name
  // the gazetteer knows as an organisation or place, one whose content
  // opens with "it"/"its" ("PacifiCorp said it …"), one that reports bare
  // ("Politico reported", "according to Statista"; not a given name or a
  // profession's plural) or that the article describes as an outlet or
  // organisation (DescribedAsOrganisation: "daily Népszava") becomes an
  // organisation (and stays one for the rest of the article); a plural
  // common noun or an adjective of UD English ("Critics", "Republican") a
  // role with no name, as is a party's plural after a lower-case word or a
  // quantifier ("Many liberal Democrats", "Other Republicans"); a
  // function word ("So") no source (the mention is dropped). Given names of the lexicon are left alone.
  void RetypeLoneWord(std::string_view text, Attribution& a, std::string& name,
                      SourceType& type);
  // "Later Chuck Schumer", "So Jeb Bush": a leading adverb or function word
  // of UD English glued to two or more name words is dropped when a given
  // name follows or the article named the rest without it ("Right Wing
  // Watch" stays whole; "Bill Clinton", "Will Hurd" are not function words).
  std::string_view StripLeadingFunctionWord(std::string_view name) const;
  std::unordered_set<std::string> organisations_;  // lone words shown to be organisations
  // "Bill" → "Bill Clinton", "Dr Meerjady" → "Meerjady Sabrina Flora": the
  // one person of that first name met so far, or empty (two people of that
  // name, nobody, or a word that is no given name: a given name of the
  // lexicon or of data/given_names.txt, or a word no list knows at all —
  // no common word, nothing the gazetteer knows).
  std::string FullNameOfGivenName(std::string_view given) const;
  // The name of the one organisation among the article's speakers so far
  // (an unnamed spokesperson speaks for theirs; an outlet's report is none)
  // when it is the first of them and a company named with its designator
  // (the wire lede's "Amoco Corp said"), or empty.
  std::string LoneOrganisationSpeaker() const;
  // "Amoco" → "Amoco Corp", "American Express" → "American Express Co": the
  // one organisation of the article's earlier speakers whose name is `name`
  // and designators (for a name of two words or more, organisation words
  // too: "National Westminster Bank Plc"; or one capitalised word and then
  // designators: "Computer Terminal Systems Inc"; or "and", one or two
  // capitalised words and a designator: "National Distillers and Chemical
  // Corp"), or (a lone word) begins with it and ends in an
  // organisation word (not an outlet's report; not when the name is a
  // place's); else empty.
  std::string CompanyOfShortName(std::string_view name) const;
  // The latest organisation among the earlier speakers whose name is longer
  // than `name` and opens with it (`opening`: "Continental Bank of Canada"
  // for "Continental") or ends with it (`ending`: "U.S. Agriculture
  // Department" for "Agriculture Department"), as whole words; else empty.
  std::string OrganisationSpokeWith(std::string_view name, bool opening, bool ending) const;
  // "Pennzoil" → "Pennzoil Co", "Keldon" → "Keldon Motor Company": the one
  // form in which the text writes `word` followed by up to three capitalised
  // words that end in a designator ("Co", "Group Inc", "Motor Company");
  // else empty.
  static std::string CompanyWrittenWithDesignator(std::string_view text, std::string_view word);
  // "Hawaiian Electric" → "Hawaiian Electric Industries Inc": for a name of
  // two words or more that no given name or honorific opens, the one form
  // the text writes with designators after it (CompanyWrittenWithDesignator);
  // else empty.
  static std::string CompanyOfPersonLikeName(std::string_view text, std::string_view name);
  // "De Croo" → "Herman De Croo", "De la Serre" → "Rene de la Serre": for a
  // surname of one or two particles and one word, the full name the article
  // gave that ends with it (FullName); else empty.
  std::string SurnameWithParticle(std::string_view name, char gender) const;
  // Full name for a one-word name ("Power", "Trump"), of gender `gender`
  // ('m', 'f'; 0: unknown): the person of the article with that last word
  // named first (by a title, a given name of the lexicon, a run of name words
  // or as a source), else the longest remembered; empty when none.
  std::string FullName(std::string_view surname, char gender) const;
  // Whether `source` in `text` is one capitalised word that is the surname of
  // a person the article named in full (FullName), so that a mention typed
  // by its common-noun reading ("Law said": a document; "Price said") is that
  // person.
  bool SurnameOfNamedPerson(std::string_view text, Span source) const;
  void Remember(std::string_view full_name, char gender);
  // Records that the article shows the person `full_name` to be of `gender`
  // (GenderShown; 0: no evidence); evidence of both genders cancels out.
  void ShowGender(const std::string& full_name, char gender);
  // `stored` (a name's gender from its title or given name), else the gender
  // the article showed for `full_name` (ShowGender), else 0.
  char GenderOfName(const std::string& full_name, char stored) const;

  std::vector<Known> speakers_;  // in order of mention; back() is the latest
  std::vector<std::pair<std::string, std::string>> names_;  // surname, full name
  std::vector<char> name_gender_;
  // Full names of unknown gender the article shows to be 'm' or 'f' ('?':
  // both shown), for FullName: "Mr. Khan" is not "Ghazala Khan" after
  // "Ghazala Khan says she …".
  std::unordered_map<std::string, char> shown_gender_;
  std::vector<std::pair<std::string, std::string>> acronyms_;  // "FSB", "Federal Security Service"
  struct NameMention {
    uint32_t position;  // byte offset of the name
    std::string name;
    char gender;
    // In a title-case headline line and not opened by a given name, where a
    // verb may pass for a name word ("… Senator Endorsed Trump, …"): a lone
    // surname takes another name first.
    bool headline = false;
    // Inside quotation marks: someone a quoted speaker talks about, who does
    // not take a later pronoun from the latest speaker (OtherPersonNamedBetween).
    bool quoted = false;
  };
  std::vector<NameMention> mentions_;  // people named in the text, in order
  // Every run of two or three name words ("Ivanka Trump", "Hope Hicks") and
  // every multi-word person source, by position: what a lone surname may
  // stand for. Not used for pronouns (it may hold places: "Lord Taylor").
  std::vector<NameMention> named_runs_;
  // Appends `m` to `list` (mentions_ or named_runs_, which grow only through
  // here) and indexes it under its family name, so that FullName reads the
  // mentions of one surname rather than every mention of the article (which
  // made a long article quadratic).
  void AddName(std::vector<NameMention>& list, NameMention m);
  struct MentionsOfFamily {
    std::vector<uint32_t> mentions, named_runs;  // indices, in order
  };
  // By family name, right single quotes read as apostrophes (SameName).
  std::unordered_map<std::string, MentionsOfFamily> by_family_;
  // True when the article (`text`) writes `word` in lower case somewhere.
  bool WrittenInLowerCase(std::string_view text, std::string_view word);
  std::string_view lower_words_of_;                   // the article they are of
  absl::flat_hash_set<std::string_view> lower_words_;  // its lower-case words

  // "Foreign Secretary Marcelo Ebrard", "Gáspár Maróth, the … commissioner":
  // a title word (lower case) written next to a name, for "the commissioner".
  struct TitledName {
    uint32_t position;
    std::string title;
    std::string name;
    // 2: "former President Obama" (a former holder only); 1: "Former Texas
    // Gov. Rick Perry", "Rick Perry, the former governor" (either); 0: a holder.
    int former = 0;
  };
  std::vector<TitledName> titled_;
  // Whether `it` may be "the [former] <title>": a former holder only for
  // "the former …" ("the former governor": "Former Texas Gov. Rick Perry"),
  // one not written "former <title>" otherwise.
  static bool HolderFits(const TitledName& it, bool former) {
    return former ? it.former != 0 : it.former != 2;
  }
  // How many people the article named with `title` ("president"), as
  // HolderFits a description that is `former` or not.
  int HoldersOf(std::string_view title, bool former) const;
  // The person named with `title` ("senator"; an abbreviation of it such as
  // "Sen." counts) before `before` whom HolderFits (`former`), whose surname
  // the text wrote latest before it, or empty.
  std::string TitledBefore(std::string_view text, std::string_view title, uint32_t before,
                           bool former) const;
  // Whether `holder`, named with `title` before `before`, was named with
  // every word of `description` between its determiner and its last word
  // that says which office it is, among the words before the name in its
  // sentence ("the health minister" is not "Civil Aviation Minister Hardeep
  // Singh Puri"; capitalised words and generic_title_modifier words such as
  // "former" and "local" are not asked for).
  bool TitleWordsFit(std::string_view text, std::string_view description, std::string_view title,
                     const std::string& holder, uint32_t before) const;
  // "“It was very nice,” the gambling tycoon told Reuters": the latest
  // speaker, when a person with a name of gender `gender` (0: either) who spoke
  // within a few paragraphs and no other person was named since outside
  // what was said; else empty.
  std::string EpithetSpeaker(std::string_view text, const std::vector<AttributionCandidate>& resolved,
                             uint32_t before, char gender) const;
  // A person named in the text (PeopleNamedIn).
  struct NamedPerson {
    uint32_t position;
    uint32_t end;  // (a surname inside a longer name is that name)
    std::string name;
    bool sure;  // a person; else maybe one ("Jeb Bush": no given name known)
  };
  // The people named in [from, to) outside what was said (`resolved`), in
  // text order: by a title or a given name, a run of name words of a known
  // gender, or a surname of one of them or of a name the article gave in
  // full; and, not `sure`, any other run of name words (no place the
  // gazetteer knows) and its last word.
  std::vector<NamedPerson> PeopleNamedIn(std::string_view text,
                                         const std::vector<AttributionCandidate>& resolved,
                                         uint32_t from, uint32_t to) const;
  // "Yet it was unclear whether Sanders was ready …. The Vermont senator
  // emailed …": the person a definite epithet at byte `at` stands for when
  // the latest sentence before `at`'s own (within about three paragraphs)
  // that names a person outside what was said names one person only, or,
  // unless `sole` is set, opens with the person who is its subject ("Trump
  // attacked Cruz …. The billionaire said …"); of no gender other than
  // `gender` (0: either), titled with `title` or with no title of office
  // when `title` is given ("the Florida senator" is no governor), and
  // nobody else is named in `at`'s own sentence before it. Empty otherwise.
  std::string SalientPersonBefore(std::string_view text,
                                  const std::vector<AttributionCandidate>& resolved, uint32_t at,
                                  char gender, std::string_view title, bool sole) const;
  // "A ministry official said …. The official said …", "Finance Ministry
  // sources said …. The sources said …": the role of the latest unnamed
  // speaker (no name, a role) headed (RoleHead) by `noun` who spoke within
  // about three paragraphs before byte `before`; empty when none.
  std::string UnnamedRoleBefore(std::string_view noun, uint32_t before) const;
  // "… shortly after Trump said he believes …": the person a pronoun of
  // `gender` ('m', 'f') at byte `at` is the subject of, when a cue word
  // (and "that") comes right before it in its sentence, after a capitalised
  // word that is the surname of a person met before (FullName) of no other
  // gender; else empty.
  std::string CueSubjectBefore(std::string_view text, uint32_t at, char gender) const;
  // "Tony Bobulinski held a press conference claiming …", "Trump's speech
  // declaring …": where the person who held the event that the source
  // mention `source` is (an EventMention) is named, or nullopt: the
  // capitalised name before a possessive in the mention, else the one right
  // before a word of event_holder_verb (an article may follow it) that comes
  // right before the mention in its sentence; the run of capitalised words
  // ending there, after any title words, when it names a person (a mention,
  // a run of name words, or the surname of a person met before).
  std::optional<Span> EventHolder(std::string_view text, Span source) const;
  // True when a person other than `speaker` (a full name) is named in
  // (from, to) outside the contents of `resolved` (who a speaker talks about
  // does not change who the article follows, nor does one named inside
  // quotation marks). With `gender` ('m', 'f'), for
  // a pronoun: the latest person of that gender named there (with a title
  // or given name, by a run of name words opening with a given name of that
  // gender, or by a surname opening a sentence) is someone else; with 0: anyone named there, by a title, a
  // given name, a run of name words or a surname met before.
  // The latest sentence in (from, to), at most about three paragraphs
  // before `to`, opened by the surname of a person of `gender` met before
  // ("Carson brought in …"; also after an opening prepositional phrase,
  // SubjectStart: "In his statement, Sanders went …"), as that person's mention; in the sentence just
  // before `to`'s, also the surname of a person of unknown gender (or named
  // by a run of name words) followed by a lower-case word that is no noun
  // ("Lazar had no formal training"), unless someone of the other gender
  // has that surname. A surname whose person introduced first is of the
  // other gender by given name opens no such sentence ("Hillary Clinton …
  // Bill Clinton … Clinton put Sanders on the defensive. He …").
  std::optional<NameMention> SurnameSubjectBefore(std::string_view text, uint32_t from,
                                                  uint32_t to, char gender) const;
  // The person whose name opens the sentence holding `at` before `at` (after
  // one word of subject_opener: "But", "However,"), as its subject: a
  // mention of `gender`, or a surname SurnameSubjectBefore would take of a
  // person known to be of `gender` (never one of unknown gender: "Staff
  // Dennis Morrow" is no "she"), followed by a verb (VerbAfterSubject:
  // "Trump, in Kentucky, said …", "Oakes, who leads, mocked …"), outside
  // the contents of `resolved`. A person named later in that sentence is an
  // object or someone talked about: the subject's chain goes on past them.
  std::optional<NameMention> SentenceSubject(std::string_view text,
                                             const std::vector<AttributionCandidate>& resolved,
                                             uint32_t at, char gender) const;
  // The latest person named after `from` as the subject of the sentence
  // holding `to` (before it) or of the sentence before (or of up to two
  // sentences before those, when each sentence between goes on with the
  // pronoun of `gender`, names no one and opens with no surname), whose name
  // does not tell the gender (no given name of the lexicon, no gendered
  // title): a full name opening the sentence after a title or a role's
  // apposition at most ("Rep. Brad Sherman (D-Calif.) last month joked …",
  // "Kazakhstan's foreign minister, Erlan Idrissov, plays down …", "Erlan
  // Idrissov, the foreign minister, said …"), a word in lower case after it
  // (past a parenthesis or an apposition). Not quoted, not inside what
  // someone said, not shown to be of the other gender, and no one who may be
  // the pronoun named after it in those sentences. A "he"/"she" right after
  // stands for them rather than for a speaker named earlier.
  std::optional<NameMention> SubjectOfUnknownGender(
      std::string_view text, const std::vector<AttributionCandidate>& resolved, uint32_t from,
      uint32_t to, char gender) const;
  bool OtherPersonNamedBetween(std::string_view text,
                               const std::vector<AttributionCandidate>& resolved, uint32_t from,
                               uint32_t to, std::string_view speaker, char gender) const;
};

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_SPEAKERS_H_
