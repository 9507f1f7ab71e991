// The role or title a speaker held when speaking, as the article states it:
// "Pentagon press secretary Peter Cook", "The US ambassador to the United
// Nations, Samantha Power, ...", "General Joe Dunford, chairman of the US Joint
// Chiefs of Staff, said".
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_ROLES_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_ROLES_H_

#include <string>
#include <string_view>

#include "ingest/extraction.h"

namespace claimgraph::ingest {

// The role written around one mention of `name` at `at` in `text` (a title
// before the name, or an apposition before or after it) with its runs of
// whitespace collapsed, or empty. Pure.
std::string RoleAround(std::string_view text, Span name);

// Whether `role` reads as the role of a speaker of `type`. Its head, the
// words before its first preposition or clause word ("director | of the
// Project …", "a Democrat | who ran …"), must hold a word, with no verb of
// being ("those economists is former …") and no clause cut short ("a
// Republican who"). A person's head must end in what a person is: a title or
// role noun of the lexicon, a person noun of UD English, an epithet, a party,
// or a profession's ending ("economist", "historian"), not an honorific alone
// ("Mr."). "spotlight was", "for example", "attacked Trump for comments made
// this week about" are no roles; "conservative-leaning" is an organisation's.
bool ReadsAsRole(std::string_view role, SourceType type);

// A share of a polled group written as a source ("60 percent of voters",
// "Six in 10 Virginia Democrats", "A majority of Americans", "Nearly half"):
// the group ("voters", "Virginia Democrats", "Americans"), or "poll
// respondents" when none is written; empty when `mention` is no share. Its
// words: the data lists share_word and share_lead.
std::string ShareGroup(std::string_view mention);

// The head of an unnamed source's words: its last word before the first
// preposition or participle with its agent ("dealer | at a major bank", "a
// spokesman | for the ministry", "economists | polled by Reuters"), in ASCII
// lower case; empty for a joint mention
// ("Mrs. Clinton and her campaign") or no word. Pure.
std::string RoleHead(std::string_view words);

// Whether the head of `words` (RoleHead), a lower-case word, is a common noun
// that names no person, group or piece of communication ("the opioid
// crisis", "dishes", "unrelated frogs", "the request": the list
// nonspeaker_noun, generated from UD English and WordNet), so that a source
// headed by it asserts nothing. Never for a word the lexicon gives a speaker's
// flag or list (role, organisation, document noun, title, a group of people),
// nor for a share of a polled group (ShareGroup), nor for a word UD English
// mostly tags as no noun unless an article alone opens the mention ("The
// move" is junk, "senators present" is not); a quantity or collective
// before "of" ("majorities of voters") is judged by the noun after it. Pure.
bool NamesNoSpeaker(std::string_view words);

// Whether the head of `words` (RoleHead) names a
// kind of organisation ("the
// newspaper", "campaign", "Multiple outlets", "the ministry"): a company noun of
// the lexicon or a word of the lists public_body, outlet_word, collective.
bool NamesOrganisation(std::string_view words);

// Sets Attribution::role for every attribution of a named speaker: its own
// (from its source mention) when that ReadsAsRole, else one that does written
// at any mention of the speaker's full name in the article, else none; an
// unnamed source that is a share of a polled group gets the group
// (ShareGroup); any other unnamed source whose head NamesOrganisation is of
// type organisation (an organisation of that story). Pure and thread-safe.
void FillRoles(std::string_view text, Extraction* extraction);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_ROLES_H_
