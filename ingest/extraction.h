// The extractor: a pure function from one Document to an Extraction (who asserted
// what, where in the text, and through whom). No storage, no network.
#ifndef CLAIMGRAPH_INGEST_EXTRACTION_H_
#define CLAIMGRAPH_INGEST_EXTRACTION_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest/document.h"

namespace claimgraph::ingest {

// Bumped whenever extraction output changes for the same input; stored on every
// edge's provenance.
// extract-0.8: the learned attribution tagger (ingest/attribution/learned/,
// model data/models/attribution.model, xxh64 5ed2306ff3db7ba9).
// extract-0.9: every attribution carries its cue class (Attribution::cue_class,
// "cue_class" in the JSON); a lone surname resolves to the person of that name
// the article introduced first, names learnt from runs of name words as well
// as titles and given names (ingest/attribution/speakers.cc).
// extract-0.10: the tagger's additions may be of every cue class (not only
// verbs of saying; an option, ExtractorOptions::model_lexicon_cues_only, off
// by default since extract-0.11), when their content holds four words or
// more; a tagged quotation followed by its frame takes in the quotation
// opening the next sentence ("“A,” she said. “B.”").
// extract-0.11: a lone word is a person only when nothing says otherwise
// (acronyms and "X said it" are organisations, plural common nouns of UD
// English roles, "The Democrats" no surname); a party before a name is its
// role; a described company ("the bowling company") is the one named before
// the claim; a cue after a modal ("will explain") is no attribution; an
// outlet's name ("Chicago Sun-Times", "HuffPost", "Outsports.com") is an
// organisation; a weekday or month is no source. The
// default adds tagger attributions of verbs of saying only, as up to 0.9.
// extract-0.12: stand-ins resolved: "the senator" is the senator named
// latest ("Sen." counts), unless someone else was named since; "the gambling
// tycoon" (a person noun of GUM, data/common_words.txt) the person who just
// spoke when nobody else was named since; "the campaign" the campaign named
// before ("the Johnson-Weld campaign"); a pronoun goes on with the speaker
// over a person named inside what the speaker said.
// extract-0.13: a description stands only for an organisation of its kind
// ("the company" never a government department or news outlet, "the
// ministry" only a public body); a name written with "the" is an
// organisation ("The Manila Bulletin"); "he" after "one trader said" is that
// trader and "they" keeps the role of the group that spoke; "X Corp, which
// …, said" is X's (and the clause no role); "according to a poll released
// Monday," keeps the participle in the source.
// extract-0.14: pronouns: speakers resolve in text order; "Mr."/"Mrs."
// names a person of that gender ("Mr. Obama" is not Michelle Obama) and is
// someone a later "he" may stand for; a person's first name gives gender
// (data/given_names.txt, from U.S. birth counts; a surname that is also a
// given name does not); a person named in a speaker's apposition does not
// take the pronoun; "it" and "they" stand only for a speaker or
// organisation of their sentence or the one before. A person's role must
// name what a person is ("spotlight was", "attacked Trump for … about" are
// dropped).
// extract-0.15: a live blog ("The Latest": entries between rules and time
// stamps) is one article body; only its first or largest entry was read.
// '' and `` are double quotation marks (the New York Times archive's). A
// quote going on after its attribution's sentence ("A," said X, <a long
// apposition>. "B.") joins it when no other sentence stands between.
// extract-0.16: a reported clause's content takes in its complementizer
// ("that the talks failed", PolNeAR's convention; ClaimSpan gives the claim
// without it). A clause with its own verb before ", said Name" is the
// content of an inverted tail, not a subject. A participle after a main
// clause ("…, saying …") finds a subject with an apposition and a verb the
// lexicon knows ("declined", "refused").
// Also in extract-0.16: joint speakers ("Joe Biden and Bernie Sanders said") are
// `speaker` and `co_speakers` (the record's `speakers`); a description of
// the company's business ("the bowling center operator", "the carrier") is
// the company when one fits or the text goes on with it, and two that fit
// alike with someone else speaking since leave it a role (its words:
// "ministry"); "Dome's chairman, J. Howard Macdonald" holds the role
// "Dome's chairman"; "Analyst Peter Gray" is Peter Gray; company suffixes
// (Co, Bancorp, Holdings, Brothers …) are organisation words ("First City
// Bancorp of Texas Inc" one name).
// extract-0.17: beliefs and hopes with a clausal complement ("The governor
// believes the barriers will hold", "Officials think …", "The mayor hopes …")
// and what polls, surveys and records show or find ("Polls show …", "…,
// records show.") are attributed by the rules (belief, intention and
// evidence classes); the tagger adds no attribution on those cues. An
// unnamed source whose head names a kind of organisation ("The newspaper
// said", "the campaign", "Multiple outlets") is of type organisation, not
// role. "added" before a number ("added 151,000 jobs") is no cue.
// Also in extract-0.17: a document speaks for its issuer, and its source_type is the
// issuer's ("a poll published by NBC News" organisation, "a tweet by Mike
// Pompeo" person; "by The Atlantic", "by Edison Research" organisations);
// the answers of a "Q: … / A: …" interview are the interviewee's (the person
// who spoke before the first answer, else the one the headline names), its
// questions assert nothing; a lone verb ("turns", "involves"), an event
// ("The debate"), a possessive alone or before a number ("Her", "her
// 1,280") and a number before a preposition are no sources; "pledged
// delegates" is no statement; ad, story, affidavit, tally, average are
// documents; a dateline's dash ends a title before a name.
// extract-0.18: a slash between letters joins a word ("CNN/ORC", "9/11"), so
// a joint poll sponsor is one issuer ("a CNN/ORC poll": CNN/ORC, an
// organisation); "…, according to a poll released Sunday." keeps the
// participle phrase in the source, not the claim ("a poll out Thursday"
// too); pollsters (Gallup, Pew, Quinnipiac, …) are gazetteer organisations.
// Wikinews' interview turns ("((Sara Seager)) I think …") are labels as
// "NAME:" is; a label at least half of whose turns are questions is the
// interviewer's ("((WN))"), and no question turn asserts anything. A
// reported content that opens with a lower-case "of" or is two figures or
// function words at most ("call for 2%", "said so") is no claim; a name or
// role ends on no comma or dash.
// extract-0.18 (speaker precision): "the former governor" is the one person
// named a former holder of that title ("Former Texas Gov. Rick Perry"); a
// headline line in title case gives names of two words at most ("Ted Cruz
// Hints Trump …": "Ted Cruz"); an initial is a name word ("Roberta A.
// Kaplan"); "the Human Rights Campaign, an advocacy group" is an
// organisation (so no "she" stands for it), and a name's own apposition is
// no other person a pronoun of its paragraph may mean; a role stops before
// ", who …"; "the president" is never someone named "Vice President …", nor
// the head of "people close to the president".
// extract-0.19: a party and state label after a name ("Sen. Rand Paul
// (R-Ky.) said") no longer ends the sentence; a plural verb of saying agrees
// with the head before a modifier ("Officials in the city say", "Sources
// close to her campaign say"); "The justice, who …, said", "X, one of …,
// said", "X -- who … -- said" keep their subject; "… but has said" takes the
// coordinated subject (not after a modal: "but will say"); a content stops
// before ", who denounced …" (a relative clause with its own cue) and the
// examples leading to it (", such as X, who denounced …"). A headline led
// by a name of at most three words that the article goes on to use ("Cruz:
// Trump Would Put Liberals On Court") is that person's (not a kicker such as
// "Breaking:" or "The Latest:", word list headline_kicker); "has written
// numerous articles" reports nothing (word list written_work).
// extract-0.19 (speakers): a pronoun's antecedent is never a name inside its
// own direct quote ("“… when Carl Weston meets …,” he said" after "Robert
// Hale, chairman of …, voiced …"); the subject of a passive "was told",
// "was warned" (data/word_lists.txt, hearer_cue) is the hearer, no speaker;
// a lone "someone" names no one (no role node); "a March 4, 1987 statement
// by X" keeps the date whole; doubly encoded UTF-8 in names and roles is
// repaired ("FunÃ§aro" → "Funçaro") or the name refused.
// extract-0.20: a web domain ("Nordnews.com.") or a decimal ends its
// sentence; "said that, as …, they …" keeps its clause; an aside inside a
// clause whose predicate goes on ("The economy, the minister said, would
// recover") is one content over the clause; whom someone told is no part of
// what they told ("told a crowded hall in Leeds that …"); ", saying …" after
// a fronted phrase or a dateline, or after a dash; "Bush and Christie, who
// say …"; a semicolon ends a tail; "what the judge called “…”" is the
// judge's label; polling, filings and records "show"; "X claimed the
// pandemic shows …" is X's claim, no relay. Speakers: a share of a polled
// group is a role ("Two-thirds of …", "About three in 10"); "a Republican,
// Mark Amodei" is Mark Amodei; an outlet that reported stands for no "the
// company"; organisation names kept whole, outlets typed organisation,
// surnames through possessive and "Jr." full names, "Other Republicans" a
// role (helper speakers6); "I" and "we" in a paragraph going on with an
// interview answer are the interviewee.
// extract-0.21: a quote after a colon or dash closing the head of a tail
// ("…: “…,” he said") is the content without the narration before it; a
// quote after a speech tag joins the first only after a comma, right after
// the tag or going on in lower case a few words on ("said on the podcast
// “Here's the Thing.”" names a show); "according to ouest-france.fr": a
// lower-case web site is an organisation's name; ", according to X, taking
// …": the participle goes on with the main clause; "Name, an official at X,
// which has …, said": the relative clause closes the apposition; "…,” said
// X, who said …": X's second attribution; "workers here said"; "told
// ABC's “Good Morning America”" (the programme is the hearer); "…,” the
// senator and presidential candidate told" (one source); plural documents
// ("these videos", "tweets", "filings") are documents. Speakers
// (helper speakers7): "they" with no speaker is the group opening its
// sentence or the one before, a role of the story; a relative clause after
// an unnamed source is no part of its name or role; "she"/"he" is no
// unnamed source who spoke of someone of that gender. A person named in the
// object of a sentence whose subject (a surname before a verb) spoke before
// does not take that speaker's "he" ("Trump thanked …, Corey Lewandowski.
// He said …"); "more forceful" is no speaker.
// extract-0.22: an apposition after a name may end in a participle ("X, a
// rabbi helping to organise …, said") and may describe the organisation of a
// role ("X, chief executive of Y, a consulting firm, said"); an apposition
// to a place inside an aside is passed over ("X, facing a challenge in Iowa,
// a swing state, said"). Speakers (helper speakers8): a person named after
// the subject of a sentence (a name before its verb, an insertion between
// commas allowed: "Trump, in Kentucky, said … while Ted Cruz is …") or after "But he"/"However, he" does not take a later
// "he"; an unnamed document carries its description as its role
// ("congressional report"), which a later "it" takes ("It accused …");
// "it was widely reported" stands for no one; a document noun heading a
// mention before a time word, a subject pronoun or a possessive ("a poll
// last month", "figures her campaign released") is the document's head.
// extract-0.23: subjects the backward walk missed: a capitalised name ending
// in "-ing" that is no common word ("Hosking said"); a tail after a clause
// with its own verb ("The two mayors talked …, Mr. X said"); an apposition
// that is a role of a place or group ("X, Ohio director for the campaign,
// said"); a subject with a restrictive relative clause ("Farmers who have
// sold to the mill say", "Officials who met him said"); a share ("One in
// four said"); a gerund subject right before its verb ("said funding is
// needed"); a plural possessive inside a subject ("X, Sanders' campaign
// manager, said"); a word capitalised inside a sentence next to another
// capitalised word is a name's, not the cue or auxiliary it spells ("Ian
// Read said", "said Will Doyle"); an adverb between commas after the
// subject ("X, though, said": word list interjected_adverb); an age between
// a name and its apposition ("X, 52, a welder …, said"); a subject with a
// participle phrase ("Growers hoping to sell to Europe say"); "…, but said" after
// a sentence that opens with its subject (a personal pronoun or a name
// before a lower-case verb).
// extract-0.24: a time phrase glued to the end of a source
// mention ("according to officials on Tuesday", "a WBUR poll last week") is
// cut off the mention and its role; `remarks`, `comments`, `decision`,
// `memoirs`, `posting`, `excerpts` head a document (were typed role).
// extract-0.25: a company's first word after the article named it in full
// is that company ("Amoco Corp said … Amoco said": Amoco Corp, an
// organisation, not a person "Amoco"), as is a name the company spoke under
// before with its designators ("American Express" after "American Express
// Co said") or the text writes with them ("Pennzoil" and "Pennzoil Co"); a
// name before ", which" is an
// organisation ("Renault, which owns …, said"); `measure`, `bills`,
// `warnings`, `proposals`, `legislation` head a document; "it" after an
// unnamed institution ("The central bank said …. It said …") is its role.
// Also extract-0.25 (helper speakers10): an outlet's short name is the full name the article wrote
// before ("the Post" after "the New York Post": OutletNamedBefore); an
// adverb ending a source's head goes with the verb ("Gary Morgan rightly
// said": a person, was an unnamed role "Gary Morgan rightly"); "he"/"she"
// after "X asked Y which …" is Y, after "X asked him about …" not X; a
// place glued to an unnamed description is cut from its role ("Hospital
// officials in Omsk" → "Hospital officials"); "co-author" is a role noun
// ("Co-author Jing-Shan Zhao" → Jing-Shan Zhao, role "Co-author").
// extract-0.26 (helper speakers11): "Mr."/"Mrs." takes no full name the
// article shows of the other gender ("Ghazala Khan says she …", "his wife,
// X") and prefers one shown of its own; a one-word short name in
// parentheses after an organisation's name
// ("California Department of Transportation (Caltrans)") is that
// organisation; "with all precincts reporting," and "requires stating …"
// report nothing; a relative clause after a capitalised plural
// ("Supporters who have heard …", "Senators who attended") is no part of it.
// (A learned gate over the tagger's additions, ExtractorOptions::model_gate,
// is an option, off by default: README, "The learned gate".)
// extract-0.26 also: a lone surname that is also a given name ("Hassan",
// "Henry") carries no gender of its own, so it resolves to the full name of
// either gender; "O'Neill" is the "James O’Neill" of its article
// (apostrophes compared folded).
// extract-0.27: a capitalised plural after only determiners and lower-case
// words is an unnamed group (a role), not a person, party or country, when
// quantified ("Several Senators"), describing a known group ("veteran
// Republicans"), before a relative clause ("Catholics who …") or a
// nationality with no article ("Americans"); a role noun opening any
// sentence ("… . Economists believe") is a role; the state of "in Columbus,
// Ohio," is no source; an all-capital word of five letters or more
// ("POLITICO") is an organisation. Also: joint organisations are two
// speakers ("Both The New York Times and the Wall Street Journal"); an age
// before a name is no part of it ("Fourteen-year-old Zoe"); a lone surname
// takes a name of the body before a headline's run not opened by a given
// name ("… Senator Endorsed Trump, …").
// extract-0.28: the mark of a plural possessive before a capitalised word is
// part of it ("the Catholic Bishops' Conference of the Philippines"); a
// one-word name an "it" stands for, or that one attribution shows to be an
// organisation, is one in the whole article ("Caltrans said …. It said …");
// a country or state the gazetteer knows speaks as an organisation, and the
// state after a city ("a salesman from Sumter, South Carolina,", "Stacy
// Baker of Columbia, South Carolina says") describes the speaker before it;
// a capitalised plural in -ists or -ians is a group ("Meteorologists"); a
// title word after a given name is a surname ("Peter T. King").
// extract-0.29 (helper speakers13, on 0.28): an event ("a press conference", "a
// speech", "The fracas") is no speaker: its holder is ("X held a press
// conference claiming"), else what was said stays with no source; a person
// named inside quotation marks takes no pronoun from the latest speaker;
// "X said he …" is X; a sentence's subject after an opening prepositional
// phrase is its subject for pronouns ("In his statement, Sanders went …. “…,”
// he said") and "they" ("On May 2, Lighthouse officials … they claimed").
// extract-0.30: a quantified group ("One of the officials", "Some local
// press", "Several") is a role, not an organisation, its role the group's
// noun phrase; a quantity ("the total") is no source; "proclamation" and
// "declaration" are documents, "Presidency" an organisation word; a
// period of an initial ends no sentence ("George W. Bush"); a subject before
// an insertion and an adverb ("Paul Ortega, an adviser to George W. Bush,
// also questioned") and a full name of unknown gender opening the sentence
// before ("Mitt Romney ran on …") are a pronoun's antecedent; the one a cue
// addresses ("he told Rubio") is never its "he".
// extract-0.31: a tag inside a clause whose own clause goes on after it
// ("That is why, he argued, the council must vote"), or after a word or two
// ("Now, she said, …"), reports the whole clause, and the words before the name are that clause's subject, not an
// apposition of the source ("The plan, Ms. Fields said, would cost …"); a
// transcript quoted as a block ("\"PENCE: …") has labelled turns, under the
// full name the article gives the label ("Mike Pence"), each going on in the
// unlabelled quoted paragraphs after it; a stage direction ("(CROSSTALK.)")
// is no content; a relative clause's content ends where its antecedent's
// predicate goes on ("Mark Hill, who says …, filed"; "Park, who said A, said
// B" reports B as Park's too), and "Jane Doe, an
// official who said …" speaks as Jane Doe; "In a CBS News poll released
// Monday, Clinton led …" reports the clause as the poll's evidence (a cue of
// function words only takes the evidence class from an evidence source).
// extract-0.32: a capitalised word read as a common noun ("Law said", a
// document) is the surname of the person the article named in full ("Steven
// Law"); a given name alone opening the sentence before ("Bob agreed to
// talk") is a "he"'s antecedent; a pronoun in a question put to someone
// ("asking Rubio why he had stated …") is the one asked; "Moderator",
// "Co-moderator", "Recorder", "Alderman" and a few more offices are titles
// (the role), not part of the name; a first name alone ("Dr Meerjady", "Mr.
// Lou") is the one person the article named in full with it, when it is a
// given name or a word no list knows; "Bos and colleagues describe" is Bos;
// a pronoun after a comma is the whole subject ("To voters …, I say"); "the
// spokesman" is the one titled so before, else the unnamed spokesperson met
// before (its principal); "a central bank spokesman" speaks for the
// article's bank; "the bank" is also "Bundesbank", and a named bank that did
// not speak before one that did; "the agency" fits "World Health
// Organisation". Layout: a wire lede's dateline words do not count against
// its prose ("HONG KONG, March 13 - Gold closed higher on Friday, dealers
// said." was set aside as a headline, and with it every attribution before
// the first line that read as prose), and a sentence of five words or more,
// three quarters in lower case, is prose ("Prices would ease next week,
// another dealer said." was cut as a footer). A gerund right before a past
// form opens the reported clause ("said buying came mainly from …", "said
// lending rose 5 pct" reported nothing). A subject before a past
// participle's phrase speaks ("The report, released by the Commerce
// Department, said …"), and a clause after a cue is never taken for an
// inverted source (that had swapped source and content). The gazetteer knows
// the Federal Reserve ("the Fed"), the IMF, the World Bank, OPEC, the Bank of
// Japan, the Bank of England, the Bundesbank, the ECB, and "Reuter". Who
// issued, released or put out "a statement" ("Black Lives Matter issued a
// statement saying …") speaks through it, so "the group" is them after.
// The one told is never an inverted source ("“…,” Jeb Bush, …, told CNN."
// gave both quotes to CNN), and the one who asked, in the passive ("was
// asked by moderator Gerard Baker whether …"), is no antecedent of the
// answer's "he". A cue word before "such as" is a noun ("big states such
// as New York"), and "added up to" reports nothing.
// extract-0.33: an unnamed speaker's role is judged by its head noun, the
// word before a preposition or a participle's agent: "he" after "one dealer
// at a major bank said" is that dealer, "they" after "economists polled by
// Reuters said" those economists (both had no speaker); more plural role
// nouns ("economists", "executives") are groups; "who asked not to be named"
// is no claim (it was an intention). A lone word is the company the text
// writes with up to three capitalised words ending in a designator ("Ford"
// after "Ford Motor Company"; "Company" is a designator; not through a place:
// "Facebook Ireland Limited"); "On Friday Ford Motor Company announced" has
// its subject without the date; "said in a filing with the Securities and
// Exchange Commission that …" reports the clause after "that". A short
// definite description ("The official", "The sources") takes the role of the
// unnamed speaker of that noun met before ("A senior ministry official",
// "Finance Ministry sources"; not "the second official"), so the store keeps
// one node for both; the wire's "NOTE: Company said" is the article's company.
// Two descriptions joined by "and" are one apposition ("Jeb Bush, the former
// Florida governor and a Republican presidential candidate, told CNN" had no
// attribution), and "Halvern Corp's chairman" is an unnamed role, not an
// organisation. "The court", "the board", "the institute" are the one named
// with the word and a capitalised complement ("Supreme Court of the United
// Kingdom", "Illinois Board of Elections"), and "the newspaper", "the
// network" the news outlet that spoke or was named before. A source the
// learned tagger cut inside a name takes the capitalised words before it
// ("North Korea's claim" had "Korea"). A document after its possessor's name
// speaks for them ("Cornyn's statement said" is John Cornyn's; not "Monday's
// report").
// extract-0.34: a definite epithet is the person the article has just named
// (SalientPersonBefore): a news epithet ("the businessman", "the billionaire
// business mogul") the subject of the latest sentence that names someone;
// a title with a place or party ("the Vermont senator", "the presumptive
// Republican presidential nominee"), a party member of a place ("the Utah
// Republican") or an age ("the 43-year-old") the one person that sentence
// names. Never a contender's epithet alone ("the GOP front-runner"), one of
// two joined by "and", nor one named after a subject pronoun. Capitalised
// common words or an acronym before a given name and a surname are a title
// ("Public Advocate Trish James", "Chief of Staff Denis McDonough" were
// speakers "Public Advocate Trish James", "Staff Denis McDonough"). "Its
// website notes" is the organisation named latest in that sentence or the one
// before (not from a phrase opening the sentence: "According to its press
// release, the NBA …"). Neither a word of epithet_modifier ("Rival Hillary
// Clinton") nor a gendered noun or pronoun of the lexicon ("Actor Clint
// Howard", "His Catholic faith") is part of a name. "Chamber" and "republic"
// are organisation words ("Hollywood Chamber of Commerce" was a person
// "Hollywood Chamber", "Republic of Turkey" an organisation "Republic").
// extract-0.35: a source whose head is a noun of no person, group or piece of
// communication (data/nonspeaker_nouns.txt, from UD English and WordNet: "the
// opioid crisis", "dishes", "It's worth") is junk, and its attribution is
// dropped; "a count by", "calculations by", "the suit", "This initiative" are
// documents, "the farm lobby" a collective. A spaced ampersand between
// capitalised words joins one word of a name ("Procter & Gamble", "Social
// Science & Medicine" were speakers "Gamble", "Medicine"), and such a name is
// a firm's. "The President" alone is the president the article named, not an
// organisation "President". A wire's signature after a story's last
// sentence on the same line ("… higher earnings. Reuter") is no part of the
// body (the line was taken for a footer and its attributions lost). A
// company's designator ends the sentence before a capitalised word that is no
// title, organisation word or abbreviation ("… offer from Pennzoil Co.
// Pennzoil said …" was one sentence). An apposition before a name starts
// after the clause's cue ("The Manila Bulletin said the central bank
// governor, Jose Fernandez" had the role "Manila Bulletin said the central
// bank governor"). "The Pittsburgh-based company" is the company the article
// named, as "the bowling company" was (it was an organisation
// "Pittsburgh-based company"); one word with a capital inside after a
// lower-case letter is a firm's name ("NatWest", "RealClearPolitics" were
// persons) unless a surname's prefix opens it ("McCain", "DeSantis").
// "Managing" is a title word ("IMF managing director Michel Camdessus" was the
// IMF speaking, with the role "managing director Michel Camdessus"). Two
// titled people joined by "and" are two speakers ("Donald Trump and House
// Speaker Paul Ryan pledged" was Paul Ryan's alone). In an interview printed
// as questions and answers with no labels, an "I" outside the questions is
// the interviewee its first line names ("Frank Messina: An interview with …").
// 0.36: a quote going on after its tag's sentence is that speaker's even when
// an attribution of its own follows nearer ("“A,” Cruz told reporters. “B.”
// Ohio Gov. John Kasich said he …": B was Kasich's). A "he"/"she" after a
// sentence whose subject is a person the name's gender is not known of is
// that person, not a speaker named before ("Kazakhstan's foreign minister,
// Erlan Idrissov, plays down concerns. …, he says" was Dossym Satpayev's);
// a name quoted in a mixed content is the pronoun's words, no antecedent
// ("… and Dr. Jill Stein,” she said" was Jill Stein's). What describes the
// source of "CLAUSE, according to X" up to the sentence's end (a participle,
// a relative clause, an apposition: "… who was not authorized to speak") is
// no part of the content, which is the clause before. A tagged "who" or
// "which" source is the noun phrase before it ("critics who say …": it had no
// speaker), its content only what follows the cue in the relative clause. A
// source that opens on a verb or an adverb cut out of its clause ("driven in
// part by the media", "Mr. Sanders has demonized Wall Street and Mr. Trump")
// is junk, and its claim is dropped. A party and state between commas
// ("Sen. Lindsey Graham, R-S.C., said") ends no sentence and is no speaker
// (the speaker was "R-S.C.", or the sentence split at "D-Calif."). "According
// to X, the site hosted …": a phrase with a verb after X's comma is the
// content, not X's apposition. "The death toll rose to 22, said police": a
// clause with an irregular past or a verb in -s before an inverted tail is its
// content (it was the source, and "police" the content); ", called a plume,"
// names a thing and has no inverted source. A bare reply ("Correct. Right.",
// "Not really.", list bare_reply) asserts nothing and is no claim. "said Nicky
// Driscoll, 24, from Manchester, who said …": the town is no antecedent of
// "who". "A former Republican presidential candidate -- John McCain --" is
// John McCain, the words before his role.
// extract-0.37: "Mitch McConnell (R-Ky.) issued a statement Saturday saying
// …": the participle after an indefinite document the main clause's subject
// put out (issue_verb) is that subject's (the source was "a statement", with
// no speaker); a party label in parentheses no longer hides the subject of a
// participle's main clause. An issuer of a document with no given name and no
// title is an organisation ("Black Lives Matter issued a statement"). "His
// office", "her campaign", "his legal team" are the organisation of the person
// the determiner stands for ("David Vitter's office"; the node was "office"),
// "his spokesman" speaks for that person (the node was "His"), and "Their
// office" is an unnamed role. "Americans for Prosperity", "Physicians for
// Human Rights": capitalised words, "for" and a cause name an organisation
// (a role "Americans for Prosperity", or the Democratic Party). A capitalised
// profession before a full name is a title ("Legislator Tanya Chan"). A
// person-typed name right before an acronym in parentheses is an
// organisation, named by the acronym when the name was cut out of it
// ("Disease Control and Research (IEDCR)" was a person "Research"). A lone
// capitalised plural of a kind of people (WordNet, data/person_nouns.txt:
// "Demonstrators said") is an unnamed group, not a person. A possessive
// before a word in -s is no subject of a coordinated cue ("Kell questions
// Lund's ties … and has called for …" was Lund's). "the Royal Swedish
// Academy of Sciences" is read whole (a person "Royal Swedish Academy"); a
// name ending on a plural common noun ("Dover Ferries said") is an
// organisation; a union or other civil body is no "company"; an adverb or
// "out" ends no role ("a teacher mistakenly", "a Monmouth poll out").
// "President Obama released a statement … . “…,” the statement said": the
// statement is the issuer's whom the text names, though no attribution
// carries it (it had no speaker). "General Motors said" is the firm (it was
// a role "Motors"); "Mrs. Clinton herself said" is Mrs. Clinton.
// extract-0.38: a place word after a given name is a surname ("Rep. Jim
// Jordan", "Actor Denzel Washington" were organisations under their whole
// mention), and a lone place word a person of the article has as surname is
// that person ("Israel said" after "Rep. Steve Israel"). "The veteran
// Democrat said" is the one person just named (it was a person "Democrat"),
// "The Democrat said" with no one to stand for a role (it was an
// organisation "Democrat"). A cue inside a clause that opens the sentence
// ("Although she said A, at the meeting she said B", "While X said A, her
// deputy said B") reports up to the comma before the main clause (A took in
// the main clause and its cue). "The local health minister" is no minister
// named with another office before ("Civil Aviation Minister Hardeep Singh
// Puri"): the words that say which office must be in the holder's title.
// "State said" after "the State Department" is that department (a node
// "State" stood for it in some articles and for "State public records").
// "Hillary Clinton’s campaign", "Mrs. Clinton's campaign", "his campaign"
// and "the Clinton campaign" are one "Clinton campaign" (a collective noun
// after a person's possessive: four nodes were one campaign). "The oil
// giant", "the drugstore chain" are the company the story named. "The
// commission" is the "Commission on Presidential Debates" named before.
// "Halvern Mills Corp net profit fell …, the company said" is the one
// company the content before the source names with a designator.
// extract-0.39: a capitalised month after a given name is a surname
// ("Theresa May" was a person "Theresa", her "May said" no one's). "Ban
// said" after "Ban Ki-moon" and "Mr Tong" after "Tong Yung-soo" are they (a
// name written family name first goes by its first word). "Fact-checkers",
// "Census-takers" are groups (were persons). "Pierre de Vos", "Osama bin
// Laden" keep their particle (were "Vos", "Laden").
// "Verizon said … . The company said": the one lone word that spoke with no
// person's marks is the company, an organisation (it was a role "company").
// "Speaker of the House Rep. Paul Ryan (R-WI)", "Undersecretary for
// Education Mr. Toccafondi" are the people named (were persons "Speaker",
// "Undersecretary"). "The 14th Amendment", "Polling shows", "E-mails in
// the copy" are no persons "Amendment", "Polling", "E-mails". "A Gallup
// poll", "new Crowdpac research", "research by Crowdpac" are the pollster's,
// an organisation (were unnamed documents, or a person "Crowdpac");
// "polling" is a document ("Exit polling" was a role), and "polling by
// Democratic organizations" names no issuer "Democratic".
// extract-0.40: "Trump, also on Twitter, defended his decision", "the
// princess, 67, announced her candidacy": a subject cut off from its cue by
// an insertion with no verb makes the cue's object no inverted source (were
// roles "his decision", "her candidacy"). A tagged content takes no cue from
// a later sentence past more than two words ("… to counter ISIS. Following
// the vote, … “…,” he said" gave him "to counter ISIS"). "The motion",
// "placards", "the advisory", "an ad tracker" are documents (were roles);
// a document is named by its document nouns in a row ("RealClearPolitics
// polling average", "research paper"; were "… polling", "research").
// "The website said" after "Marine Traffic's website", "The letter said"
// after "X Corp … in its letter": the owner of a document of the list
// authored_document (were documents with no speaker). "District" is an
// organisation word: "the X School District and the X Police Department"
// are two speakers (were one joint node). "Hernan Dario Gomez, Panama
// coach, said": the name speaks (a lower-case title ending an apposition
// is a role without a name; was a role "Panama coach,").
// extract-0.41: hard-wrapped text (wire copy broken at 65 columns, its
// paragraphs' first lines indented) is read with its paragraphs unwrapped
// (UnwrapLines; each line was read as a paragraph, a fragment of one).
// "Computer Terminal said" after "Computer Terminal Systems Inc said" is the
// company (was a person "Computer Terminal"); "…, it said" two sentences
// or more after a lede's "UtiliCorp United Inc said" is the company when no
// other organisation has spoken (was no one, or an organisation named since).
// "New Jersey-based overnight messenger Purolator Courier Corp" and
// "McLean Industries Inc's United States Lines Inc subsidiary" speak as
// "Purolator Courier Corp" and "United States Lines Inc".
// Reuters' markup is read as plain names (BlankWireMarkup): "<Versatile
// Corp> said", "(Groupe Videotron Ltd) said", "SHV (United Kingdom)
// Holding Co Ltd" (were no attribution, or "Kingdom) Holding Co Ltd").
// "VMS Realty Partners said it would …" is an organisation wherever it
// speaks, when no given name opens it and no "he" or "she" stands for it
// (was a person).
// extract-0.42: a short line of hard-wrapped text whose sentence goes on in
// lower case on the next line wraps too (wire copy whose dateline was cut:
// "Security Pacific Corp said it" / "completed its planned merger" was no
// attribution); designators of other countries and partnerships (SPA, NV,
// GmbH, Oy, AB, NL, Pty, Bhd, LP, Brothers, Partners, Associates) name
// companies, and a place after the designator is no part of the name
// ("Montedison SPA of Italy" was a person "Montedison SPA").
// extract-0.43: a hard-wrapped line that ends on an article, a preposition
// or "and" wraps whatever opens the next ("The U.S. National Association
// of" / "Wheat Growers (NAWG) urged" was a source "Wheat Growers"); a
// description glued before a name by a hyphen ("Montreal-based Dominion",
// "Communist-led CGT") is no part of it, and names an organisation.
// extract-0.44: an -ing word before a plural role noun is its modifier, no
// participle ("…, shipping sources said" was no attribution, "banking
// sources" a role "sources"); a name ending in "Group" (a designator) may be
// a firm's, and "the company" after "Fleet Financial Group said" is it; a
// participle with its date between a subject and its cue ("The report,
// dated April 3, said …") is an aside (the clause after the cue was taken
// for the source, the subject for the content); "a spokesman for the Dutch
// salvage firm Smit International" speaks for Smit International (was a
// role with no organisation).
// extract-0.45: a short wrapped line goes on after a company's name closed
// in wire markup ("<International Thomson Organisation Ltd>" / "said it …"),
// inside one it opened ("<SDC Sydney" / "Development Corp>") and before a
// figure ("… this year's expected" / "130,000 hectare …"): the ledes of such
// stories were no attributions; "a spokesman for Suiker Unie, the largest
// sugar processor" speaks for Suiker Unie, and "the spokesman" after "a
// spokesman" is the one person a later "he" stands for; a role headed by a
// plural of people ("delegates", "growers") is the group a later "they" is;
// "the agency" after "the news agency IRNA reported" is IRNA and after
// "Statistics Canada said" Statistics Canada (a public body); a name ending
// in "Trust" is an organisation; "the Bank", "the Trust" written with the
// capital are the name they ended ("Bank of England"), not nodes "Bank".
// extract-0.46: "it" and "they" are also the latest speaker of all two
// sentences back when the sentence between names no one ("Amoskeag Bank
// said …. Terms were not disclosed. It said …"; was no one); "he" after "an
// Army Corps of Engineers spokesman said" is the spokesman (the role's head
// was taken for "Corps"), and after "the spokesman" that an "an … spokesman"
// introduced; "the move", "the second" (an article and a word UD English
// mostly tags as no noun, of the nonspeaker nouns) are no sources;
// "analysts wrongly" is "analysts"; "Continental said" after "Continental
// Bank of Canada said" is that bank (was a role "Continental"); a
// headline's words in capitals are no part of a spokesman's principal ("UAL
// MAY RESPOND TO PILOTS TODAY UAL Inc").
// 0.47: a name the text writes with designators after it is that firm
// ("Kodak said" after "Eastman Kodak Co"; "Hawaiian Electric said" after
// "Hawaiian Electric Industries Inc"; both were persons); "Cos" is a
// designator; "Standard Trustco said it expects" speaks of itself (present
// forms other than impersonal ones: data/word_lists.txt
// impersonal_it_verb); a noun all of whose senses are people is a title
// before a name ("Investor Sumner Redstone" is Sumner Redstone); "National
// Distillers said" after "National Distillers and Chemical Corp said" is
// that firm; "one bank says", "A study group said" name no organisation (a
// role of the story, as "the company" with no company named).
// 0.48: "De Croo" after "Herman De Croo" (and "De Graaf" after "Louw de
// Graaf") is that person; "Brazil's Dauster" is Jorio Dauster; "the
// government's National Statistics Institute" is the institute.
// 0.49: "some steel analysts …. But others say" are more steel analysts
// (NameOthers; a role "others" with no "some" group before it stays).
// 0.50: hard-wrapped copy joins a paragraph's short first line (its dateline
// cut) to the next when it ends inside its sentence on a word or comma:
// "Sony Corp chairman Akio" / "Morita said" is Akio Morita, not "Morita";
// "British Chancellor of the Exchequer Nigel Lawson" is Nigel Lawson with
// that role (was "British Chancellor"); a role keeps no run of spaces.
// 0.51: "Securities and Exchange Commission Chairman" is a role (an "and"
// inside an organisation's name before a title joins no two speakers);
// "Stanley Works" is a firm.
// 0.52: "Dean Kleckner" is a name, not a title and a surname (list
// given_name_title), unless the article named that surname in full ("Dean
// Amar" after "Vikram Amar"); "undersecretary" is a title; a role ends
// before an honorific ("Undersecretary for Education Mr. Toccafondi").
// 0.53: a capitalised role noun that is no title ends no person's name: "U.S.
// Officials", "A top U.S. Official" and "Regulators" (now a role noun) are
// roles, "The United Auto Workers" an organisation.
// 0.54: "responding to an announcement late yesterday that …" reports the
// announcement's statement, none of the subject's (list
// that_complement_noun); a participle after a quote followed by "to" and a
// noun phrase ("…, pointing to one of his ears", "referring to the
// candidate's assault") states nothing.
// 0.55: "De la Serre" after "Rene de la Serre" is that person, and "los",
// "las" are name particles ("Eduardo de los Angeles").
// 0.56: "Tate and Lyle said" after "Tate and Lyle Plc said" is that firm (was a
// person "Tate" with a co-speaker "Lyle"); "British and Commonwealth Shipping
// Plc" is not split into "British" (the United Kingdom) and another firm.
inline constexpr std::string_view kExtractorVersion = "extract-0.56";

// UTF-8 byte offsets into Document::text: start inclusive, end exclusive.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  bool empty() const { return end <= start; }
  std::string_view in(std::string_view text) const {
    return text.substr(start, end - start);
  }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class AttributionKind { kDirect, kIndirect, kMixed };
std::string_view AttributionKindName(AttributionKind kind);  // "direct", ...

// What an attribution reports (ingest/attribution/cue_class.h decides it from
// the cue and the source; the convention is in README.md, "Cue classes").
enum class AttributionClass {
  kStatement,  // said or written: "said", "told", "wrote", "according to"
  kBelief,     // a belief or knowledge: "believes", "thinks", "knows"
  kIntention,  // an intention or wish: "wants", "hopes", "plans", "urged"
  kEvidence,   // evidence from a non-human source: "a poll shows", "data suggest"
  kStance,     // an evaluation: "criticised", "praised", "called X a liar"
};
// "statement", "belief", "intention", "evidence", "stance".
std::string_view AttributionClassName(AttributionClass cue_class);
// The class named `name` (as AttributionClassName gives it), or nullopt.
std::optional<AttributionClass> ParseAttributionClass(std::string_view name);

enum class SourceType {
  kUnknown,       // no stated source (passive: "was accused of")
  kPerson,        // a named person
  kOrganisation,  // "The Russian Defence Ministry", "Moscow"
  kRole,          // unnamed role source: "a senior Obama administration official"
  kDocument,      // "Tillerson's updated public schedule"
};

// One attributed statement.
struct Attribution {
  std::optional<Span> source;  // the mention as written ("She", "Power"); nullopt
                               // when the text states no source
  std::string speaker;         // canonical name within the article ("Samantha
                               // Power"); empty for unnamed / absent sources
  std::vector<std::string> co_speakers;  // the others of a joint source, each a
                                         // speaker of the claim too ("Joe Biden and
                                         // Bernie Sanders said": speaker "Joe Biden",
                                         // co_speakers {"Bernie Sanders"})
  SourceType source_type = SourceType::kUnknown;
  std::string role;            // title or role held when speaking, if written
                               // ("US ambassador to the United Nations")
  std::optional<Span> cue;     // "said", "told", "according to", "quoted"
  std::string cue_lemma;       // "say", "tell", "according to", "quote", ...
  Span content;                // the statement, without enclosing quote marks; a
                               // reported clause with its complementizer ("that
                               // the talks failed"), as PolNeAR annotates it
  AttributionKind kind = AttributionKind::kIndirect;
  AttributionClass cue_class = AttributionClass::kStatement;
  std::optional<Span> via;     // relay: "the RIA Novosti news agency"
  float confidence = 0.0f;     // 0..1
  std::optional<Span> time;    // "on Saturday", "Sunday": time of statement
  std::string said_on;         // ISO date resolved from `time`, else empty
  std::vector<uint32_t> entities;  // indexes into Extraction::entities
};

// A thing a claim is about (person, organisation, place, group).
struct Entity {
  std::string name;  // canonical
  std::string type;  // person | organisation | place | group | other
  std::vector<Span> mentions;
};

struct Extraction {
  std::string doc_id;
  std::string published;  // ISO date from metadata or a leading "date" line
  Span body;              // the article body after boilerplate is set aside
  std::string dateline;   // "Oslo"
  std::string wire;       // "AFP" from "Source: AFP", "(Reuters) -", "— AFP"
  uint64_t content_hash = 0;  // xxh64 of the whole text
  uint64_t simhash = 0;       // over the cleaned body, for near-duplicate search
  std::vector<Attribution> attributions;  // in text order of content
  std::vector<Entity> entities;
  // The extractor that made it: kExtractorVersion, or the version a record
  // read by ExtractionFromJson names. Stored on every edge's provenance.
  std::string extractor_version{kExtractorVersion};
};

namespace learned {
class AdditionObserver;
class Gate;
class Model;
class ParagraphObserver;
}  // namespace learned

// Where attributions come from: the hand-written rules, the learned tagger
// (ingest/attribution/learned/), or both.
enum class AttributionMode {
  kRules,          // rules only; no model is loaded
  kModel,          // the learned tagger only (rules still feed it features)
  kRulesThenModel,  // rules where they fire, tagger attributions elsewhere
  kModelPreferred,  // tagger attributions, rules only where the tagger has none
};

struct ExtractorOptions {
  // Documents larger than this are refused with InvalidArgument. Default 128 MiB.
  std::size_t max_document_bytes = 128u << 20;
  AttributionMode mode = AttributionMode::kRulesThenModel;
  // The model file; empty: $CLAIMGRAPH_MODEL, else the compiled-in default
  // (the source tree's data/models/attribution.model). Ignored when `model`
  // is set. A missing or invalid file makes Create fail.
  std::string model_path;
  std::shared_ptr<const learned::Model> model;  // preloaded, shared read-only
  // kRulesThenModel: a tagger attribution is added only at this confidence
  // or above (chosen on PolNeAR dev and the project's sets; see README).
  float model_min_confidence = 0.0f;
  // kRulesThenModel without the gate: add only tagger attributions whose cue holds a verb of
  // the cue lexicon (the project annotation's notion of a statement, narrower
  // than PolNeAR's beliefs, intentions and evidence). On by default, for
  // precision: the additions of other classes are right about half the time
  // (PolNeAR dev: 81 of 155 by the corpus's own gold; README, "The learned
  // attribution tagger").
  bool model_lexicon_cues_only = true;
  // kRulesThenModel without the gate: a tagger attribution is added only when its content
  // holds at least this many words (shorter ones are mostly object noun
  // phrases: "demanded a session to discuss | the incident").
  int model_min_content_words = 4;
  // kRulesThenModel: the learned gate (ingest/attribution/learned/gate.h)
  // decides which tagger attributions are added instead of the hand
  // conditions above (model_lexicon_cues_only, model_min_content_words;
  // model_min_confidence still applies). Off by default: PolNeAR dev content
  // F1 +2.1 at equal precision, but a blind-judged sample of its additions
  // had 9 of 30 not really attributed and 5 more with the wrong source, for
  // 40% more extraction CPU (README, "The learned gate").
  bool model_gate = false;
  // The gate file; empty: $CLAIMGRAPH_GATE, else the compiled-in default (the
  // source tree's data/models/gate.model). Ignored when `gate` is set. A
  // missing or invalid file makes Create fail when model_gate is on.
  std::string gate_path;
  std::shared_ptr<const learned::Gate> gate;  // preloaded, shared read-only
  // The gate's probability threshold; negative: the one in the gate file.
  float gate_threshold = -1;
  // Training hook: sees every candidate addition (kRulesThenModel) with its
  // gate features, whether or not model_gate is on. Not owned.
  learned::AdditionObserver* addition_observer = nullptr;
  // Training hook: sees every tagged paragraph's features. Not owned.
  learned::ParagraphObserver* observer = nullptr;
};

// Holds the reusable state of extraction (ICU break iterators, lexicons).
// Not thread-safe: use one Extractor per thread.
class Extractor {
 public:
  static absl::StatusOr<std::unique_ptr<Extractor>> Create(
      const ExtractorOptions& options = {});
  virtual ~Extractor() = default;

  // Returns the attributions of `doc`, or InvalidArgument naming the document
  // when its text is not valid UTF-8, holds NUL bytes, or is too large.
  virtual absl::StatusOr<Extraction> Extract(const Document& doc) = 0;
};

// True when the source mention `mention` of `text` cannot be who asserted
// something: a misparsed phrase ("more accurately", "favorably of the
// internment", unbalanced parentheses, a cut ending on "without"), a phrase
// cut out of a clause at its verb ("Trump praised Saddam Hussein, declaring":
// "praised Saddam Hussein"). The extractor drops an attribution whose source
// is such a mention rather than give it a junk speaker.
bool IsJunkSourceMention(std::string_view text, Span mention);

// The claim an attribution reports: its content without the complementizer
// ("said that the talks failed" claims "the talks failed"), so that "said that
// X" and "said X" are one claim. `text` is the document the spans index.
Span ClaimSpan(const Attribution& a, std::string_view text);

// The claim's words as stored: ClaimSpan's text without the attribution's own
// tag (its source and cue side by side) when it lies inside the span (PolNeAR's convention spans a quote
// split by its tag, `“A,” she said. “B.”`, as one content): `“A, … B.”`; `It is
// over, Smith said, and …` gives `It is over, … and …`; a tag closing the span
// (`…, Obama said`) is dropped with its comma. Otherwise ClaimSpan's text.
std::string StoredClaimText(const Attribution& a, std::string_view text);

// Convenience for one-off calls: creates an Extractor and runs it once.
absl::StatusOr<Extraction> Extract(const Document& doc);

// The extraction record: the extraction as one JSON line (no newline), the
// contract between `claimgraph extract` and `ingest --extracted` (README, "The
// extraction contract"; fields: ExtractionRecord in proto/claimgraph/v1/
// corpus.proto). Its first keys are the gold.jsonl attribution format
// ({"doc_id","date","attributions":[{"source":{"start","end","text"}|null,
// "speaker",...}]}), so scorers read it as a prediction; the rest is every
// other thing the store keeps of the document: attribution fields, entities
// and their mentions, the document's metadata and size, layout facts, the
// content hash and SimHash, the warnings and the extractor version. Only the
// spans' texts are read from `doc.text`.
std::string ExtractionToJson(const Document& doc, const Extraction& extraction);

// A document as an extraction record gives it back.
struct ExtractedDocument {
  // doc_id, published, outlet, url, title and warnings as extracted; `text` is
  // as long as the original and holds every span's text at its offsets (the
  // rest is spaces): all the store reads of an article's text.
  Document doc;
  Extraction extraction;
};

// Parses one line of ExtractionToJson. ExtractionToJson of the result is the
// line again, byte for byte. InvalidArgument naming `where` (e.g.
// "shard.jsonl:12"), the doc_id when the line has one, and the field at fault
// when the line is not such a record: not JSON, an unknown key, a span past
// the document's size or whose text is not its length, two spans that
// disagree on a byte, an unknown kind, class or source type, an entity index
// out of range, a hash that is not 16 hex digits, no doc_id or extractor.
// The extractor version is not checked here (the caller decides).
absl::StatusOr<ExtractedDocument> ExtractionFromJson(std::string_view line,
                                                     std::string_view where);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_EXTRACTION_H_
