#include "ingest/attribution/speakers.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <utility>
#include <vector>

#include "ingest/attribution/roles.h"
#include "ingest/attribution/speaker_words.h"
#include "ingest/entities/entities.h"
#include "text/lexicon.h"
#include "text/text_fold.h"
#include "text/text_scan.h"
#include "common/strings.h"

namespace claimgraph::ingest {

using namespace speaker_words;  // NOLINT: the shared word tests

bool IsJunkSourceMention(std::string_view text, Span mention) {
  return JunkMention(mention.in(text)) || OpensOnVerb(text, mention);
}

namespace {

// "… Disease Control and Research (IEDCR)": the acronym in parentheses ending
// `source` (two capitals or more, no space, period or party label), or empty.
std::string_view AcronymEnding(std::string_view source) {
  if (!source.ends_with(')')) return {};
  const size_t open = source.rfind('(');
  if (open == std::string_view::npos || open == 0 || source[open - 1] != ' ') return {};
  const std::string_view inner = source.substr(open + 1, source.size() - open - 2);
  int capitals = 0;
  for (char c : inner) {
    if (c == ' ' || c == '.') return {};
    capitals += c >= 'A' && c <= 'Z';
  }
  return capitals >= 2 && !IsPartyStateLabel(inner) ? inner : std::string_view();
}

// The capitals of `s` ("TfL": "TL"; "Transport for London": "TL").
std::string Capitals(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= 'A' && c <= 'Z') out += c;
  return out;
}

// Where a time phrase glued to the end of `words` starts ("police | on
// Thursday", "Broaddrick | Sunday night", "the researchers | last month",
// "his campaign | today"), or npos. The phrase: a word of `time_tail` written
// in lower case, a weekday, a weekday or a `time_tail_opener` ("this",
// "last") and a `part_of_day`, or a `time_tail_opener` and a
// `time_tail_period`; a `time_preposition` before it goes with it. At least
// one word is left before it. A bare weekday after a
// capitalised word may end a name ("the Mail on Sunday") and stays; so does a
// phrase after a participle or a word of `time_tail_keep` ("a poll released
// on Thursday", "out Thursday").
size_t TimeTailStart(std::string_view words) {
  std::vector<size_t> starts;  // each word's offset
  for (size_t i = 0; i < words.size(); ++i)
    if (words[i] != ' ' && (i == 0 || words[i - 1] == ' ')) starts.push_back(i);
  auto word = [&](size_t k) {
    const size_t end = k + 1 < starts.size() ? words.find(' ', starts[k]) : words.size();
    return words.substr(starts[k], std::min(end, words.size()) - starts[k]);
  };
  auto lower = [&](size_t k) { return LowerAscii(word(k)); };
  const WordLists& lists = WordLists::Default();
  const size_t n = starts.size();
  if (n < 2) return std::string_view::npos;
  size_t k = n;  // first word of the phrase
  bool bare_weekday = false;
  const std::string last = lower(n - 1);
  const std::string before = lower(n - 2);
  if (lists.Contains("time_tail", last) && std::islower(static_cast<unsigned char>(word(n - 1)[0]))) {
    k = n - 1;
  } else if (lists.Contains("weekday", last)) {
    k = n - 1;
    bare_weekday = true;
  } else if (lists.Contains("part_of_day", last) &&
             (lists.Contains("weekday", before) || lists.Contains("time_tail_opener", before))) {
    k = n - 2;
  } else if (lists.Contains("time_tail_period", last) && lists.Contains("time_tail_opener", before)) {
    k = n - 2;
  }
  if (k == n || k == 0) return std::string_view::npos;
  if (k >= 2 && lists.Contains("time_preposition", lower(k - 1))) {
    --k;
  } else if (const LexEntry* e = Lexicon::Default().Find(lower(k - 1));
             e != nullptr && (e->flags & kLexPrep)) {
    // "results tallied through Wednesday afternoon": the object of another
    // preposition stays with it.
    return std::string_view::npos;
  }
  if (bare_weekday && std::isupper(static_cast<unsigned char>(word(k - 1)[0])))
    return std::string_view::npos;
  // "a survey released on Thursday", "a poll out Thursday": the phrase
  // belongs to the participle before it, which is no part of the source
  // either; both stay.
  const std::string previous = lower(k - 1);
  if ((previous.ends_with("ed") && std::islower(static_cast<unsigned char>(word(k - 1)[0]))) ||
      lists.Contains("time_tail_keep", previous))
    return std::string_view::npos;
  size_t end = starts[k];
  while (end > 0 && words[end - 1] == ' ') --end;
  return end;
}

// "The researchers used satellite imagery …", "The post showed a
// photograph …": the words after "The" opening the sentence holding `at` or
// the one before it (the later first), when they are at most three
// lower-case words ending on a noun `fits` accepts, followed by a lower-case
// word (the verb); empty when neither sentence opens so.
std::string SubjectDescribedBefore(std::string_view text, uint32_t at,
                                   bool (*fits)(std::string_view noun)) {
  auto lower_word_end = [&](size_t i) {
    size_t j = i;
    while (j < text.size() && (std::islower(static_cast<unsigned char>(text[j])) || text[j] == '-'))
      ++j;
    return j;
  };
  for (uint32_t start : {SentenceStart(text, at), PreviousSentenceStart(text, at)}) {
    if (start >= at || !text.substr(start).starts_with("The ")) continue;
    size_t i = start + 4;
    for (int words = 0; words < 3; ++words) {
      const size_t end = lower_word_end(i);
      if (end == i || end + 1 >= text.size() || text[end] != ' ' || end >= at) break;
      if (fits(text.substr(i, end - i)) && lower_word_end(end + 1) > end + 1)
        return std::string(text.substr(start + 4, end - start - 4));
      i = end + 1;
    }
  }
  return {};
}

// Whether what the source at byte `position` said (the content of any of
// `resolved` with that source) holds a word of the lexicon of gender
// `pronoun` ('m', 'f': "she", "her", "mother", "Mary"): "“When she decided,
// it was done,” one aide said" talks of a woman, so a later "she" is that
// woman rather than the aide.
bool SpokeOfPronoun(std::string_view text, const std::vector<AttributionCandidate>& resolved,
                    uint32_t position, char pronoun) {
  for (const AttributionCandidate& c : resolved) {
    const Attribution& a = c.attribution;
    if (!a.source || a.source->start != position) continue;
    const std::string_view content = a.content.in(text);
    for (size_t i = 0; i < content.size();) {
      while (i < content.size() && !std::isalpha(static_cast<unsigned char>(content[i]))) ++i;
      size_t end = i;
      while (end < content.size() && std::isalpha(static_cast<unsigned char>(content[end]))) ++end;
      if (end > i) {
        const LexEntry* e = LookupWord(LowerAscii(content.substr(i, end - i)));
        if (e != nullptr && GenderOf(e->flags) == pronoun) return true;
      }
      i = end;
    }
  }
  return false;
}

// "Comey’s", not "Sanders'": a word ending in "'s" or "’s", which
// StripPossessive removes.
bool PossessiveS(std::string_view word) { return StripPossessive(word).size() < word.size(); }

// "researchers", "investigators": a plural noun of people who may speak.
bool PluralRoleNoun(std::string_view noun) {
  const LexEntry* e = LookupWord(noun);
  return e != nullptr && (e->flags & kLexRoleNoun) && (e->flags & kLexPlural);
}

// "post", "statement", "report": a noun of a document that may speak.
bool DocumentNoun(std::string_view noun) {
  const LexEntry* e = LookupWord(noun);
  return e != nullptr && (e->flags & kLexDocNoun);
}

// "congressional report" of "a congressional report on Wednesday",
// "fundraising email" of "the fundraising email": an unnamed document's
// words from after its determiners to its first document noun and the
// document nouns right after it ("political ad tracker"), the role a later
// "it" takes it by; empty when no document noun is met.
std::string DocumentDescription(std::string_view mention) {
  size_t begin = 0;
  size_t last = std::string_view::npos;  // the end of the document nouns met
  bool opening = true;
  for (size_t i = 0; i < mention.size();) {
    size_t end = mention.find(' ', i);
    if (end == std::string_view::npos) end = mention.size();
    std::string_view word = mention.substr(i, end - i);
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back()))) word.remove_suffix(1);
    const LexEntry* e = LookupWord(LowerAscii(word));
    if (opening && e != nullptr && (e->flags & kLexDeterminer)) {
      begin = end + 1;
    } else {
      opening = false;
      // ("political ad tracker": document nouns in a row are one.)
      if (DocumentNoun(LowerAscii(word)))
        last = word.data() + word.size() - mention.data();
      else if (last != std::string_view::npos)
        break;
    }
    i = end + 1;
  }
  if (last == std::string_view::npos) return {};
  return Normalize(mention.substr(begin, last - begin));
}

// "Senate Democrats blocked the bill because they said …", "Workers
// objected to the move. They also said …": the group opening the sentence
// holding `at` or the one before it (the later first), as written without
// its article ("Other Republican leaders", "Cruz's allies", "civil rights
// groups"). The group opens at the sentence's SubjectStart (after "But",
// "On September 29,"), perhaps with a determiner (article or
// group_quantifier); at most three words (capitalised, possessive or lower
// case, none a function word, a cue or a past participle) come before the
// head, a plural noun of people (role noun) or of a group (list
// they_group), itself followed by a lower-case word (the verb, "of",
// "within"). Empty when neither sentence opens so; with `own_only`, only
// the sentence holding `at` counts.
std::string PluralGroupOpeningBefore(std::string_view text, uint32_t at, bool own_only = false) {
  const WordLists& lists = WordLists::Default();
  auto group_noun = [&](std::string_view word) {
    const std::string lower = LowerAscii(word);
    const LexEntry* e = LookupWord(lower);
    const bool role = e != nullptr && (e->flags & kLexRoleNoun) &&
                      ((e->flags & kLexPlural) || (lower.ends_with('s') && !lower.ends_with("ss")));
    return role || lists.Contains("they_group", lower);
  };
  for (uint32_t start : {SentenceStart(text, at), PreviousSentenceStart(text, at)}) {
    if (start >= at || (own_only && start < SentenceStart(text, at))) continue;
    // Words of the sentence before the pronoun from its subject on, split at
    // spaces.
    std::vector<std::string_view> words;
    for (size_t i = SubjectStart(text, start); i < at && words.size() < 8;) {
      size_t end = text.find(' ', i);
      if (end == std::string_view::npos || end > at) end = at;
      if (end > i) words.push_back(text.substr(i, end - i));
      i = end + 1;
    }
    size_t w = 0;
    // The role keeps a quantifier ("Other Republicans"), not an article.
    size_t from = w;
    const std::string det = w < words.size() ? LowerAscii(words[w]) : std::string();
    if (lists.Contains("article", det)) from = ++w;
    else if (lists.Contains("group_quantifier", det)) ++w;
    for (size_t head = w; head < words.size() && head <= w + 3; ++head) {
      std::string_view word = words[head];
      if (word.empty() || !std::isalpha(static_cast<unsigned char>(word[0]))) break;
      if (group_noun(word) && head + 1 < words.size() &&
          std::islower(static_cast<unsigned char>(words[head + 1][0]))) {
        const size_t begin = words[from].data() - text.data();
        return std::string(text.substr(begin, word.data() + word.size() - text.data() - begin));
      }
      // A modifier: no punctuation after it, no function word, no cue verb
      // ("said"), no past participle ("hurt" passes; "briefed" does not).
      const std::string lower = LowerAscii(word);
      const LexEntry* e = LookupWord(lower);
      if (!std::isalnum(static_cast<unsigned char>(word.back())) && !PossessiveS(word) &&
          !lists.Contains("honorific", LowerAscii(word.substr(0, word.size() - 1))))
        break;
      if (lists.Contains("stop", lower) || (e != nullptr && e->cue != CueClass::kNone) ||
          (std::islower(static_cast<unsigned char>(word[0])) && lower.ends_with("ed")))
        break;
    }
  }
  return {};
}

// "Hospital officials | in Omsk", "police | in Baytown, Texas": where a
// place phrase glued to the end of an unnamed description starts in `role`,
// or npos: "in", then only capitalised words, "the", "and" and commas
// (a proper place; no organisation word: "supporters in Congress", "others
// in the Democratic Party" are members), after a lower-case noun (not
// "Republicans in Ohio", whose place makes the group; not a participle,
// "polls taken in Iowa"; not a function word, "others").
size_t PlaceTailStart(std::string_view role) {
  const size_t at = role.rfind(" in ");
  if (at == std::string_view::npos || at == 0) return std::string_view::npos;
  const std::vector<std::string_view> before = Words(role.substr(0, at));
  if (before.empty() || IsCapitalizedWord(before.back()) || before.back().ends_with("ed") ||
      WordLists::Default().Contains("irregular_past", before.back()) ||
      WordLists::Default().Contains("stop", LowerAscii(before.back())))
    return std::string_view::npos;
  const std::vector<std::string_view> place = Words(role.substr(at + 4));
  bool named = false;
  for (std::string_view w : place) {
    if (w == "the" || w == "and") continue;
    if (!IsCapitalizedWord(w) || IsOrganisationWord(w)) return std::string_view::npos;
    named = true;
  }
  return named ? at : std::string_view::npos;
}

// "one former executive who", "former mayor -- who lost the seat",
// "Senators who attended": where a relative clause after a lower-case noun
// or a capitalised plural (IsCapitalisedPluralHead) starts in `m` (before the
// punctuation leading to its pronoun), or npos; never at a name ("Another
// Muslim who …") nor after a function word ("some who …").
size_t RelativeClauseStart(std::string_view m) {
  for (size_t at = m.find(' '); at != std::string_view::npos; at = m.find(' ', at + 1)) {
    const size_t end = std::min(m.find(' ', at + 1), m.size());
    if (!WordLists::Default().Contains("relative_pronoun", m.substr(at + 1, end - at - 1))) continue;
    size_t cut = at;
    while (cut > 0 && (m[cut - 1] == ' ' || m[cut - 1] == '-' || m[cut - 1] == ',' ||
                       static_cast<unsigned char>(m[cut - 1]) >= 0x80))
      --cut;
    if (cut == 0) return std::string_view::npos;
    const size_t word = m.find_last_of(' ', cut - 1) + 1;  // npos + 1 == 0
    const std::string_view before = m.substr(word, cut - word);
    const std::string_view prior = word > 1 ? LastWord(m.substr(0, word - 1)) : std::string_view();
    if (!(std::islower(static_cast<unsigned char>(before[0])) ||
          IsCapitalisedPluralHead(before, prior)) ||
        WordLists::Default().Contains("stop", before))
      return std::string_view::npos;
    return cut;
  }
  return std::string_view::npos;
}

// The gender the article shows the person named by tokens [a, b) of `t` to
// have, 0 when it shows none: a lower-case noun of a gender next to the
// name, before it or in apposition after it ("his wife, Ghazala Khan",
// "Ghazala Khan, his widow,"), else the first "he" or "she" after the name in
// its sentence or the next, before any other name, person noun or quote
// ("Ghazala Khan says she …"). Never for a name inside a quote.
char GenderShown(std::string_view text, const std::vector<Token>& t, int a, int b) {
  const int n = static_cast<int>(t.size());
  if (t[a].quote >= 0) return 0;
  auto word = [&](int k) { return text.substr(t[k].start, t[k].end - t[k].start); };
  auto comma = [&](int k) { return t[k].kind == TokenKind::kPunct && t[k].punct == ','; };
  // A gendered noun: "wife", "widow", "congresswoman" (not "his", "her",
  // "himself", "hers").
  auto noun_gender = [&](int k) -> char {
    if (k < 0 || k >= n || t[k].kind != TokenKind::kWord || t[k].capitalized ||
        (t[k].lex & kLexPronoun) ||
        WordLists::Default().Contains("possessive_determiner", word(k)) ||
        word(k).starts_with("him") || word(k).starts_with("her"))
      return 0;
    return GenderOf(t[k].lex);
  };
  const int before = a - 1 >= 0 && comma(a - 1) ? a - 2 : a - 1;
  if (const char g = noun_gender(before)) return g;
  if (b + 2 < n && comma(b)) {
    int k = b + 1;
    if (t[k].lex & kLexDeterminer || WordLists::Default().Contains("possessive_determiner", word(k)))
      ++k;
    if (const char g = noun_gender(k)) return g;
  }
  int sentences = 0;
  for (int k = b; k < n && k < b + 40; ++k) {
    if (t[k].kind == TokenKind::kQuote || t[k].quote >= 0) return 0;
    if (t[k].kind == TokenKind::kPunct) {
      if ((t[k].punct == '.' || t[k].punct == '?' || t[k].punct == '!') && ++sentences == 2)
        return 0;
      continue;
    }
    const std::string lower = LowerAscii(word(k));
    if (lower == "he") return 'm';
    if (lower == "she") return 'f';
    if (IsNameWord(t[k]) || (t[k].lex & (kLexTitle | kLexRoleNoun)) || noun_gender(k) != 0)
      return 0;
  }
  return 0;
}

}  // namespace

Span SpeakerResolver::TrimMention(std::string_view text, Span mention) {
  std::string_view m = mention.in(text);
  // "A Warren adviser, who spoke on the condition of anonymity": the relative
  // clause describes the source; it is not part of its name.
  for (std::string_view relative : {", who ", ", which ", ", whose "}) {
    size_t at = m.find(relative);
    if (at != std::string_view::npos && at > 0) {
      mention.end = mention.start + static_cast<uint32_t>(at);
      m = mention.in(text);
    }
  }
  // "police on Thursday", "the researchers last month": a time phrase.
  if (const size_t at = TimeTailStart(m); at != std::string_view::npos) {
    mention.end = mention.start + static_cast<uint32_t>(at);
    m = mention.in(text);
  }
  size_t space = m.find_last_of(' ');
  // "Gary Morgan rightly", "Priebus later": a trailing adverb; "Mrs.
  // Clinton herself": a reflexive pronoun.
  if (space == std::string_view::npos ||
      !(LooksLikeAdverb(m.substr(space + 1)) ||
        WordLists::Default().Contains("common_adverb", m.substr(space + 1)) ||
        WordLists::Default().Contains("reflexive_pronoun", m.substr(space + 1))))
    return mention;
  while (space > 0 && m[space - 1] == ' ') --space;
  return {mention.start, mention.start + static_cast<uint32_t>(space)};
}

void SpeakerResolver::Reset() {
  speakers_.clear();
  names_.clear();
  name_gender_.clear();
  shown_gender_.clear();
  acronyms_.clear();
  mentions_.clear();
  named_runs_.clear();
  by_family_.clear();
  titled_.clear();
  organisations_.clear();
  lower_words_.clear();
  lower_words_of_ = {};
}

void SpeakerResolver::AddName(std::vector<NameMention>& list, NameMention m) {
  MentionsOfFamily& family = by_family_[FoldRightQuotes(FamilyName(m.name))];
  (&list == &mentions_ ? family.mentions : family.named_runs).push_back(static_cast<uint32_t>(list.size()));
  list.push_back(std::move(m));
}

void SpeakerResolver::Remember(std::string_view full_name, char gender) {
  std::string_view last = FamilyName(full_name);
  if (last.size() == full_name.size()) return;
  // "Donald Trump" and "Melania Trump": people of the same surname and
  // different genders keep an entry each, so that "he" never takes her name.
  for (size_t i = 0; i < names_.size(); ++i) {
    if (names_[i].first == last && (gender == 0 || name_gender_[i] == 0 || name_gender_[i] == gender)) {
      if (names_[i].second.size() < full_name.size()) names_[i].second = std::string(full_name);
      // The gender is the stored person's: of a name with the same first
      // word ("Patty Murray", "Patty L. Murray"), not of another Murray.
      const std::string_view first = full_name.substr(0, full_name.find(' ') + 1);
      if (gender && names_[i].second.starts_with(first)) name_gender_[i] = gender;
      return;
    }
  }
  names_.emplace_back(std::string(last), std::string(full_name));
  name_gender_.push_back(gender);
}

std::string SpeakerResolver::FullNameOfGivenName(std::string_view given) const {
  const LexEntry* e = LookupWord(given);
  const bool given_name = e != nullptr ? (e->flags & (kLexMale | kLexFemale)) != 0
                                       : GivenNameGender(given) != 0;
  const bool unknown_word =
      e == nullptr && !IsCommonWord(given, {"common_noun", "common_other", "common_adverb",
                                            "common_function"}) &&
      !EntityLinker::Default().Lookup(given);
  if (!given_name && !unknown_word) return {};
  std::string found;
  for (const auto& [last, full] : names_) {
    if (full.size() <= given.size() || full.compare(0, given.size(), given) != 0 ||
        full[given.size()] != ' ')
      continue;
    if (!found.empty() && found != full) return {};  // two people of that first name
    found = full;
  }
  return found;
}

std::string SpeakerResolver::LoneOrganisationSpeaker() const {
  std::string found;
  for (const Known& k : speakers_) {
    const bool spokesperson = !k.principal.empty();
    const std::string& name = spokesperson ? k.principal : k.name;
    const SourceType type = spokesperson ? k.principal_type : k.type;
    if (type != SourceType::kOrganisation || name.empty() || k.reported) {
      if (&k == &speakers_.front()) return {};  // the lede's speaker is no organisation
      continue;
    }
    if (!found.empty() && found != name) return {};
    found = name;
  }
  return IsCorporateDesignator(LastWord(found)) ? found : std::string();
}

std::string SpeakerResolver::CompanyOfShortName(std::string_view name) const {
  // "Amoco Corp said … Amoco said", "American Express Co said … American
  // Express said": the company that spoke under its full name, which is this
  // name and designators ("Co", "Group Inc"; for two words or more, also
  // organisation words: "National Westminster Bank Plc", and one capitalised
  // word before designators: "Computer Terminal Systems Inc"; and "and" with
  // one or two: "National Distillers and Chemical Corp"), or, for a lone word, this word
  // first and an organisation word last ("Halvern Mills Corp"); not an
  // outlet's report, not a place's word ("Washington Post": "Washington").
  std::optional<KnownEntity> known = EntityLinker::Default().Lookup(name);
  if (known && known->type == "place") return {};
  const bool lone = name.find(' ') == std::string_view::npos;
  std::string found;
  for (const Known& k : speakers_) {
    if (k.type != SourceType::kOrganisation || k.reported || k.name.size() <= name.size() ||
        !k.name.starts_with(name) || k.name[name.size()] != ' ')
      continue;
    // ("National Westminster" of "National Westminster Bank Plc": an
    // organisation word may come before the designators.)
    // ("Computer Terminal" of "Computer Terminal Systems Inc": a name of
    // two words or more may leave out one capitalised word before them.)
    bool designators = true;
    std::vector<std::string_view> rest =
        Words(std::string_view(k.name).substr(name.size() + 1));
    // ("National Distillers" of "National Distillers and Chemical Corp": a
    // name of two words or more may leave out "and" and the one or two
    // capitalised words before the designator.)
    if (!lone && rest.size() >= 3 && rest.size() <= 4 && rest[0] == "and" &&
        IsCorporateDesignator(rest.back()) &&
        std::all_of(rest.begin() + 1, rest.end(), [](std::string_view w) { return IsCapitalizedWord(w); }))
      rest.assign(rest.end() - 1, rest.end());
    for (size_t i = 0; i < rest.size(); ++i) {
      const bool designator = IsCorporateDesignator(rest[i]);
      if (!lone && i == 0 && rest.size() >= 2 && !designator &&
          std::isupper(static_cast<unsigned char>(rest[0][0])) && IsCorporateDesignator(rest.back()))
        continue;
      designators = designators && (designator || (!lone && IsOrganisationWord(rest[i])));
    }
    if (!designators && !(lone && IsOrganisationWord(LastWord(k.name)))) continue;
    if (!found.empty() && found != k.name) return {};  // two companies of that name
    found = k.name;
  }
  return found;
}

std::string SpeakerResolver::CompanyWrittenWithDesignator(std::string_view text,
                                                          std::string_view word) {
  // "Texaco Inc said it filed suit against Pennzoil Co … Pennzoil said": the
  // one form of the word the text follows with capitalised designators.
  std::string found;
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) ||
        end >= text.size() || text[end] != ' ')
      continue;
    // Up to three capitalised words after it, the last a designator ("Co",
    // "Group Inc", "Motor Company").
    size_t stop = end, at_word = end;
    for (int n = 0; n < 3; ++n) {
      size_t from = at_word + 1, to = from;  // text[at_word] is a space
      while (to < text.size() && std::isalpha(static_cast<unsigned char>(text[to]))) ++to;
      std::string_view w = text.substr(from, to - from);
      if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) break;
      if (IsCorporateDesignator(w)) {
        stop = to;
      } else if (std::optional<KnownEntity> place = EntityLinker::Default().Lookup(w);
                 place && place->type == "place") {
        break;  // "Facebook Ireland Limited" is a subsidiary, not "Facebook"
      }
      at_word = to;
      if (at_word >= text.size() || text[at_word] != ' ') break;
    }
    if (stop == end) continue;
    std::string full(text.substr(at, stop - at));
    if (!found.empty() && found != full) return {};
    found = std::move(full);
  }
  return found;
}

std::string SpeakerResolver::SurnameWithParticle(std::string_view name, char gender) const {
  // One or two particles before the surname ("De Croo", "De los Angeles").
  const size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return {};
  const std::vector<std::string_view> particles = Words(name.substr(0, space));
  if (particles.size() > 2) return {};
  for (const std::string_view particle : particles)
    if (!WordLists::Default().Contains("name_particle", LowerAscii(particle))) return {};
  std::string full = FullName(name.substr(space + 1), gender);
  // ("De Graaf" after "Louw de Graaf": the particle in either case.)
  if (full.size() <= name.size() || full[full.size() - name.size() - 1] != ' ' ||
      !EqualsIgnoreCaseAscii(std::string_view(full).substr(full.size() - name.size()), name))
    return {};
  return full;
}

std::string SpeakerResolver::CompanyOfPersonLikeName(std::string_view text, std::string_view name) {
  const size_t space = name.find(' ');
  if (space == std::string_view::npos) return {};
  const std::string_view first = name.substr(0, space);
  if (GivenNameGender(first) != 0 || IsLoneGivenName(first) || IsHonorific(first)) return {};
  return CompanyWrittenWithDesignator(text, name);
}

void SpeakerResolver::ShowGender(const std::string& full_name, char gender) {
  if (gender == 0) return;
  auto [it, added] = shown_gender_.emplace(full_name, gender);
  if (!added && it->second != gender) it->second = '?';
}

char SpeakerResolver::GenderOfName(const std::string& full_name, char stored) const {
  if (stored != 0 || shown_gender_.empty()) return stored;
  auto it = shown_gender_.find(full_name);
  return it == shown_gender_.end() || it->second == '?' ? 0 : it->second;
}

std::string SpeakerResolver::TurnLabelName(std::string_view label) const {
  bool lower = false;
  for (char c : label) lower |= c >= 'a' && c <= 'z';
  if (lower) return std::string(label);
  std::string titled(label);
  bool start = true;
  for (char& c : titled) {
    if (c >= 'A' && c <= 'Z' && !start) c = static_cast<char>(c + 32);
    start = c == ' ' || c == '-' || c == '\'';
  }
  const std::vector<std::string_view> words = Words(titled);
  if (words.empty()) return titled;
  std::string full = FullName(words.back(), 0);
  // The full name must hold the label's other words too ("KATE BOLDUAN" is
  // not "Brooke Baldwin Bolduan").
  if (!full.empty() && LowerAscii(full).find(LowerAscii(titled)) != std::string::npos) return full;
  if (!full.empty() && words.size() == 1) return full;
  return titled;
}

std::string SpeakerResolver::FullName(std::string_view surname, char gender) const {
  constexpr size_t kDoubleSurnameReach = 256;
  // News introduces the person an article is about first; a relative or
  // namesake gets a full name later ("Donald J. Trump … his father, Fred
  // Trump … Mr. Trump said").
  // "Mr. Obama" is not "Michelle Obama": a name of the other gender (by its
  // title or given name, or as the article shows: GenderOfName) is someone
  // else.
  auto fits = [&](const std::string& name, char stored) {
    const char known = GenderOfName(name, stored);
    return gender == 0 || known == 0 || known == gender;
  };
  // Of the names that fit, one shown to be of `gender` comes before one of
  // unknown gender ("Mr. Khan": Khizr Khan, "the father of …", before
  // Ghazala Khan named first).
  const NameMention* first = nullptr;
  bool first_shown = false;
  const auto family = by_family_.find(FoldRightQuotes(surname));
  if (family != by_family_.end())
    for (const auto& [list, indices] : {std::pair{&mentions_, &family->second.mentions},
                                        std::pair{&named_runs_, &family->second.named_runs}})
      for (uint32_t index : *indices) {
        const NameMention& m = (*list)[index];
        if (m.name.size() <= surname.size() || !fits(m.name, m.gender)) continue;
        const bool shown = gender != 0 && GenderOfName(m.name, m.gender) == gender;
        if (first == nullptr || (first->headline && !m.headline) ||
            (first->headline == m.headline &&
             (shown > first_shown || (shown == first_shown && m.position < first->position)))) {
          first = &m;
          first_shown = shown;
        }
      }
  if (first != nullptr) return first->name;
  // "Vázquez" for "Wanda Vázquez Garced", "Biden" for "Joseph R. Biden Jr.": a
  // double surname's first half or a name before its suffix (a name of three
  // or more words; not a given name such as the "Paul" of "John Paul Jones").
  if (GivenNameGender(surname) == 0 && surname.size() > 2)
    for (const std::vector<NameMention>* list : {&mentions_, &named_runs_})
      // The latest kDoubleSurnameReach names only: a hostile article of
      // thousands of names would make this quadratic.
      for (size_t i = list->size() > kDoubleSurnameReach ? list->size() - kDoubleSurnameReach : 0;
           i < list->size(); ++i) {
        const NameMention& m = (*list)[i];
        // The name's last two words, without allocating: "… Vázquez Garced".
        const std::string_view name = m.name;
        const size_t last_space = name.rfind(' ');
        if (last_space == std::string_view::npos || last_space == 0) continue;
        const size_t before = name.rfind(' ', last_space - 1);
        if (before == std::string_view::npos) continue;  // two words only
        if (name.substr(before + 1, last_space - before - 1) != surname) continue;
        // (Not a run with a common word glued after the name: "Rachel
        // Maddow Show", "Barack Obama Election".)
        if (!IsCommonWord(name.substr(last_space + 1),
                          {"common_noun", "common_other", "common_adverb", "common_function"}) &&
            fits(m.name, m.gender) &&
            (first == nullptr || m.position < first->position))
          first = &m;
      }
  if (first != nullptr) return first->name;
  // A remembered name.
  for (size_t i = 0; i < names_.size(); ++i)
    if (SameName(names_[i].first, surname) && fits(names_[i].second, name_gender_[i]))
      return names_[i].second;
  // "Erdogan" for "Recep Tayyip Erdoğan": compare without diacritics.
  bool ascii = true;
  for (char c : surname) ascii &= static_cast<unsigned char>(c) < 0x80;
  std::string folded;
  for (size_t i = 0; i < names_.size(); ++i) {
    const auto& [last, full] = names_[i];
    if (!fits(full, name_gender_[i])) continue;
    bool last_ascii = true;
    for (char c : last) last_ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii && last_ascii) continue;
    if (last.size() + 2 < surname.size() || surname.size() + 2 < last.size()) continue;
    if (folded.empty()) folded = FoldWord(surname);
    if (FoldWord(last) == folded) return full;
  }
  return {};
}

bool SpeakerResolver::SurnameOfNamedPerson(std::string_view text, Span source) const {
  const std::string_view word = source.in(text);
  if (word.size() < 2 || word.find(' ') != std::string_view::npos || !IsCapitalizedWord(word) ||
      IsAcronym(word) || IsAllCapitalName(word))
    return false;
  const std::string full = FullName(word, 0);
  return full.size() > word.size() && full.ends_with(word) && full[full.size() - word.size() - 1] == ' ';
}

// "Former AG Mukasey", "Congressional Republicans": a first word the article
// also writes in lower case ("former", "congressional") is no given name. The
// article's all-lower-case runs of ASCII letters are collected once, on first
// use; a word holding other bytes is looked for in the text.
bool SpeakerResolver::WrittenInLowerCase(std::string_view text, std::string_view word) {
  std::string lower = LowerAscii(word);
  if (lower == word) return true;
  // std::isalpha in the "C" locale (claimgraph never sets another), inline.
  auto letter = [](char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; };
  if (!std::all_of(lower.begin(), lower.end(), letter)) {
    for (size_t at = text.find(lower); at != std::string_view::npos; at = text.find(lower, at + 1)) {
      const size_t end = at + lower.size();
      if ((at == 0 || !letter(text[at - 1])) && (end >= text.size() || !letter(text[end])))
        return true;
    }
    return false;
  }
  if (lower_words_of_.data() != text.data() || lower_words_of_.size() != text.size()) {
    lower_words_.clear();
    lower_words_.reserve(text.size() / 8);
    lower_words_of_ = text;
    for (size_t i = 0; i < text.size();) {
      if (!letter(text[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      bool capital = false;
      for (; j < text.size() && letter(text[j]); ++j) capital |= text[j] >= 'A' && text[j] <= 'Z';
      if (!capital) lower_words_.insert(text.substr(i, j - i));
      i = j;
    }
  }
  return lower_words_.contains(lower);
}

void SpeakerResolver::LearnNames(std::string_view text, const ParagraphTokens& p) {
  const auto& t = p.tokens;
  const int n = static_cast<int>(t.size());
  // "the Federal Security Service (FSB)": the acronym names the organisation,
  // as does a short name of one word opening with the name's first letter
  // when the name holds an organisation word ("the California Department of
  // Transportation (Caltrans)"; not "Susan Collins (Maine)").
  for (int i = 2; i + 2 < n; ++i) {
    if (!(t[i].kind == TokenKind::kPunct && t[i].punct == '(') || t[i + 1].kind != TokenKind::kWord ||
        !(t[i + 2].kind == TokenKind::kPunct && t[i + 2].punct == ')'))
      continue;
    std::string_view acronym = text.substr(t[i + 1].start, t[i + 1].end - t[i + 1].start);
    bool caps = acronym.size() >= 2 && acronym.size() <= 8;
    bool letters = acronym.size() >= 3 && t[i + 1].capitalized;
    for (char c : acronym) {
      caps &= (c >= 'A' && c <= 'Z');
      letters &= std::isalpha(static_cast<unsigned char>(c)) != 0;
    }
    if (!caps && !letters) continue;
    // (An "and" between capitalised words is inside the name: "Forestry and
    // Fire Protection".)
    auto inner_and = [&](int k) {
      return k > 0 && t[k].kind == TokenKind::kWord && t[k - 1].kind == TokenKind::kWord &&
             t[k - 1].capitalized && text.substr(t[k].start, t[k].end - t[k].start) == "and";
    };
    int a = i;
    while (a > 0 && t[a - 1].kind == TokenKind::kWord &&
           (t[a - 1].capitalized || (t[a - 1].lex & kLexPrep) || (!caps && inner_and(a - 1))) &&
           !(t[a - 1].lex & kLexDeterminer))
      --a;
    while (a < i && !t[a].capitalized) ++a;
    if (i - a < 2) continue;
    if (!caps) {
      bool organisation = false;
      for (int k = a; k < i; ++k)
        organisation |= IsOrganisationWord(text.substr(t[k].start, t[k].end - t[k].start));
      if (!organisation || text[t[a].start] != acronym[0]) continue;
    }
    // "United Nations Educational, Scientific and Cultural Organization": a
    // list before the run means we only have its tail.
    if (a > 0 && ((t[a - 1].kind == TokenKind::kPunct && t[a - 1].punct == ',') ||
                  (t[a - 1].lex & kLexBoundary)))
      continue;
    acronyms_.emplace_back(std::string(acronym),
                           Normalize(text.substr(t[a].start, t[i - 1].end - t[a].start)));
  }
  // "then-new owner Tong Yung-soo": a name written family name first, its
  // given name hyphenated with a lower-case second part, is a person's
  // wherever it stands ("Mr Tong said" is he).
  for (int i = 0; i + 1 < n; ++i) {
    const Token& family = t[i];
    const Token& given = t[i + 1];
    if (family.kind != TokenKind::kWord || given.kind != TokenKind::kWord ||
        !family.capitalized || !given.capitalized || family.possessive ||
        (family.lex & (kLexTitle | kLexOrgWord | kLexPlace | kLexDeterminer | kLexNotName)) ||
        text.substr(family.end, given.start - family.end) != " ")
      continue;
    const std::string_view word = text.substr(given.start, given.end - given.start);
    if (!FamilyNameFirst(word) || (i + 2 < n && t[i + 2].kind == TokenKind::kWord &&
                                   t[i + 2].capitalized))
      continue;
    Remember(Normalize(text.substr(family.start, given.end - family.start)), 0);
  }
  // "Ted Cruz Hints Trump Would Get Border Wall Contract": a line in title
  // case (a headline, also one run into the paragraph after it), where every
  // word looks like a name.
  std::vector<char> headline(n, 0);
  for (int line = 0; line < n;) {
    int end = line + 1;
    while (end < n && text.substr(t[end - 1].end, t[end].start - t[end - 1].end).find('\n') ==
                          std::string_view::npos)
      ++end;
    int words = 0, capitalised = 0;  // of four letters or more
    for (int k = line; k < end; ++k) {
      if (t[k].kind != TokenKind::kWord || t[k].end - t[k].start < 4) continue;
      ++words;
      capitalised += t[k].capitalized;
    }
    if (words >= 3 && capitalised * 4 >= words * 3) std::fill(headline.begin() + line, headline.begin() + end, 1);
    line = end;
  }
  for (int i = 0; i + 1 < n; ++i) {
    // "General Joe Dunford", "Judge Amy Berman Jackson", "Mary Smith".
    // "Regional governor Boris Dubrovsky": a lower-case title before a full name.
    bool title = t[i].kind == TokenKind::kWord && (t[i].lex & kLexTitle) &&
                 (t[i].capitalized || (i + 2 < n && IsNameWord(t[i + 1]) && IsNameWord(t[i + 2])));
    // (Not a gendered noun or pronoun: "Actor Clint Howard" is titled, not
    // named "Actor"; "His Catholic faith" names no one.)
    bool given = t[i].kind == TokenKind::kWord && t[i].capitalized &&
                 (t[i].lex & (kLexMale | kLexFemale)) &&
                 !(t[i].lex & (kLexTitle | kLexPronoun | kLexDeterminer)) &&
                 !IsCommonWord(text.substr(t[i].start, t[i].end - t[i].start), {"person_noun"});
    if (!title && !given) continue;
    int a = title ? i + 1 : i;
    int b = a;
    // In a headline a name is a first name and a surname, with an initial
    // at most ("Ted Cruz Hints Trump …": "Ted Cruz").
    const int most = headline[i] ? (a + 1 < n && t[a + 1].abbreviation ? 3 : 2) : 4;
    // ("Rep. Jim Jordan", "Steve Israel": a place after a given name is a
    // surname.)
    auto place_surname = [&](int k) {
      return k == a + 1 && k < n && t[k].kind == TokenKind::kWord && t[k].capitalized &&
             !t[k].possessive && (t[k].lex & kLexPlace) &&
             !(t[k].lex & (kLexTitle | kLexOrgWord)) && (t[a].lex & (kLexMale | kLexFemale)) &&
             !(k + 1 < n && t[k + 1].kind == TokenKind::kWord && t[k + 1].capitalized);
    };
    while (b < n && b - a < most && (IsNameWord(t[b]) || (b == i && given) || place_surname(b)))
      ++b;
    // "FBI Director James Comey’s statement": a possessive surname ends the
    // name; "Harry B. Harris Jr." keeps its generation suffix (FamilyName).
    // (Not after an honorific: "Mr. Vander Plaats’s" is a surname.)
    const bool possessive = b > a && b < n && b - a < most && PossessiveNameWord(t[b]) &&
                            !(title && IsHonorific(text.substr(t[i].start, t[i].end - t[i].start))) &&
                            PossessiveS(text.substr(t[b].start, t[b].end - t[b].start));
    if (possessive) ++b;
    const bool suffix = b - a >= 3 && IsGenerationSuffix(text.substr(
                                          t[b - 1].start, t[b - 1].end - t[b - 1].start));
    auto word_is = [&](int k, std::string_view w) {
      return k >= 0 && t[k].kind == TokenKind::kWord &&
             EqualsIgnoreCaseAscii(text.substr(t[k].start, t[k].end - t[k].start), w);
    };
    // "former President Obama" (2), "Former Texas Gov. Rick Perry", "Former
    // Halvorsen Oil Co chairman Walter Brandt" (1: "former" opening the
    // capitalised words before the title).
    int former = word_is(i - 1, "former") ? 2 : 0;
    for (int k = i - 2; former == 0 && k >= 0 && k >= i - 5; --k) {
      if (word_is(k, "former")) former = 1;
      if (t[k].kind != TokenKind::kWord || !t[k].capitalized) break;
    }
    // "Pope Francis", "President Trump": the title names its holder; not a
    // name cut before a word no name word may be ("Mayor Don Guardian": an
    // organisation word; "Mayor Bill de Blasio": a link word).
    const bool cut_name = b - a == 1 && b < n && t[b].kind == TokenKind::kWord &&
                          ((t[b].capitalized && !t[b].abbreviation &&
                            !(t[b].lex & (kLexTime | kLexNotName | kLexPronoun | kLexDeterminer))) ||
                           WordLists::Default().Contains(
                               "name_link", text.substr(t[b].start, t[b].end - t[b].start))) &&
                          text.substr(t[a].end, t[b].start - t[a].end) == " ";
    if (title && b - a == 1 && !t[a].abbreviation && !cut_name)
      titled_.push_back({t[a].start, LowerAscii(text.substr(t[i].start, t[i].end - t[i].start)),
                         Normalize(text.substr(t[a].start, t[a].end - t[a].start)), former});
    // "Mr. Autor", "Mrs. Clinton": an honorific names a person of its
    // gender, whom a later "he"/"she" may stand for.
    if (title && b - a == 1 && !t[a].abbreviation && (t[i].lex & (kLexMale | kLexFemale)) &&
        IsHonorific(text.substr(t[i].start, t[i].end - t[i].start))) {
      const char g = GenderOf(t[i].lex);
      const std::string surname = Normalize(text.substr(t[a].start, t[a].end - t[a].start));
      std::string full = FullName(surname, g);
      AddName(mentions_, {t[a].start, full.empty() ? surname : std::move(full), g, false,
                          t[a].quote >= 0});
    }
    if (b - a < 2) continue;
    if (t[b - 1].abbreviation && !suffix) continue;
    // The title's gender, else the given name's: "Joe Madison" is not made
    // female by a surname that is also a given name.
    char gender = GenderOf(t[i].lex);
    if (gender == 0 && title) gender = GivenNameGender(text.substr(t[a].start, t[a].end - t[a].start));
    std::string full =
        Normalize(StripPossessive(text.substr(t[a].start, t[b - 1].end - t[a].start)));
    if (gender == 0) ShowGender(full, GenderShown(text, t, a, b));
    Remember(full, gender);
    // "Deputy Governor Oleg Klimov" is not "the governor".
    const bool qualified = word_is(i - 1, "deputy") || word_is(i - 1, "vice") ||
                           word_is(i - 1, "assistant") || word_is(i - 1, "acting");
    if (title && !qualified)
      titled_.push_back({t[a].start, LowerAscii(text.substr(t[i].start, t[i].end - t[i].start)), full, former});
    // A possessive name is mostly no subject ("getting through Anderson
    // Cooper’s questions, he insisted"): a full name for a later surname,
    // not a person a pronoun stands for.
    if (!possessive)
      AddName(mentions_, {t[a].start, std::move(full), gender,
                          headline[i] && GivenNameGender(text.substr(t[a].start, t[a].end - t[a].start)) == 0,
                          t[a].quote >= 0});
    i = b - 1;
  }
  // "Ivanka Trump strode across the stage": a whole run of two or three name
  // words, no determiner before ("the White House"), not in a headline.
  for (int i = 0; i + 1 < n; ++i) {
    if (!IsNameWord(t[i]) || headline[i]) continue;
    int b = i;
    while (b < n && IsNameWord(t[b])) ++b;
    // "Hugh Hewitt’s radio show": the possessive surname ends a run opened by
    // a given name (a full name for a later surname only, as in the loop
    // above; "Outside Carrier’s plant" names no one).
    const bool possessive = b < n && PossessiveNameWord(t[b]) &&
                            PossessiveS(text.substr(t[b].start, t[b].end - t[b].start)) &&
                            GivenNameGender(text.substr(t[i].start, t[i].end - t[i].start)) != 0;
    if (possessive) ++b;
    int first = i;
    // "Senate Minority Whip Dick Durbin": a longer run ending on a given
    // name and a surname is that person, after words of an office the
    // lexicon does not know.
    if (b - i >= 4 && GivenNameGender(text.substr(t[b - 2].start, t[b - 2].end - t[b - 2].start)) != 0 &&
        !t[b - 2].abbreviation && !t[b - 1].abbreviation)
      first = b - 2;
    // "Actor Clint Howard", "Chief of Staff Denis McDonough": common words
    // before a given name and a surname are a title.
    if (first == i) {
      std::vector<std::string_view> words;
      for (int k = i; k < b; ++k) words.push_back(text.substr(t[k].start, t[k].end - t[k].start));
      first += CommonWordsBeforeGivenName(words);
      // "Investor Sumner Redstone": a noun of people before two name words.
      if (first == i && b - i == 3 && NounOfPeople(words[0])) ++first;
    }
    const bool determiner = i > 0 && t[i - 1].kind == TokenKind::kWord && (t[i - 1].lex & kLexDeterminer);
    // "Does Rubio …", "Will Trump …": a capitalised auxiliary is no name.
    int a = first > i ? first : (t[i].lex & (kLexAux | kLexBoundary)) ? i + 1 : i;
    // "Fourteen-year-old Zoe": an age is no part of the name.
    while (a < b && IsAgeWord(text.substr(t[a].start, t[a].end - t[a].start))) ++a;
    bool known = false;  // already a mention of the title / given-name loop
    for (auto m = mentions_.rbegin(); m != mentions_.rend() && m->position >= t[0].start; ++m)
      known |= m->position >= t[i].start && m->position < t[b - 1].end;
    if (!known && !determiner && b - a >= 2 && b - a <= 3 && !t[b - 1].abbreviation &&
        !WrittenInLowerCase(text, text.substr(t[a].start, t[a].end - t[a].start))) {
      const char gender = GivenNameGender(text.substr(t[a].start, t[a].end - t[a].start));
      std::string run =
          Normalize(StripPossessive(text.substr(t[a].start, t[b - 1].end - t[a].start)));
      if (gender == 0) ShowGender(run, GenderShown(text, t, a, b));
      if (possessive)
        Remember(run, gender);
      else
        AddName(named_runs_, {t[a].start, std::move(run), gender, false, t[a].quote >= 0});
    }
    i = b - 1;
  }
  // "Gáspár Maróth, the Hungarian Government commissioner responsible for …":
  // a name with a title in its apposition.
  for (int i = 0; i + 3 < n; ++i) {
    if (!IsNameWord(t[i]) || (i > 0 && IsNameWord(t[i - 1]))) continue;
    int b = i;
    while (b < n && b - i < 4 && IsNameWord(t[b])) ++b;
    if (b - i < 2 || b + 2 >= n || !(t[b].kind == TokenKind::kPunct && t[b].punct == ',')) continue;
    if (!(t[b + 1].kind == TokenKind::kWord && (t[b + 1].lex & kLexDeterminer) &&
          !(t[b + 1].lex & kLexPronoun)))
      continue;
    int former = 0;  // "Rick Perry, the former governor of Texas"
    for (int k = b + 2; k < n && k < b + 7; ++k) {
      if (t[k].kind != TokenKind::kWord || (t[k].lex & (kLexPrep | kLexBoundary))) break;
      if (EqualsIgnoreCaseAscii(text.substr(t[k].start, t[k].end - t[k].start), "former")) former = 1;
      if (!(t[k].lex & kLexTitle)) continue;
      std::string full = Normalize(text.substr(t[i].start, t[b - 1].end - t[i].start));
      Remember(full, 0);
      titled_.push_back({t[i].start, LowerAscii(text.substr(t[k].start, t[k].end - t[k].start)),
                         std::move(full), former});
      break;
    }
    i = b;
  }
}

void SpeakerResolver::Resolve(std::string_view text,
                              const std::vector<AttributionCandidate>& resolved,
                              AttributionCandidate* c) {
  ResolveMention(text, resolved, c);
  Attribution& a = c->attribution;
  a.role = RepairMojibake(a.role);
  // ("Undersecretary for Education Mr. Toccafondi": the honorific before
  // the name is no part of the role.)
  if (const size_t space = a.role.rfind(' ');
      space != std::string::npos && IsHonorific(std::string_view(a.role).substr(space + 1)))
    a.role.resize(space);
  a.speaker = RepairMojibake(a.speaker);
  if (a.source_type == SourceType::kOrganisation) a.speaker = PersonCollectiveName(a.speaker);
  std::erase_if(a.co_speakers, [](std::string& name) {
    name = RepairMojibake(name);
    return name.empty();
  });
  if (a.speaker.empty() && !a.co_speakers.empty()) {
    a.speaker = std::move(a.co_speakers.front());
    a.co_speakers.erase(a.co_speakers.begin());
  }
}

void SpeakerResolver::ResolveMention(std::string_view text,
                                     const std::vector<AttributionCandidate>& resolved,
                                     AttributionCandidate* c) {
  Attribution& a = c->attribution;
  if (c->shares_source_of == -2) return;  // resolved where it was found
  if (c->shares_source_of >= 0 &&
      c->shares_source_of < static_cast<int>(resolved.size())) {
    const Attribution& from = resolved[c->shares_source_of].attribution;
    a.speaker = from.speaker;
    a.source_type = from.source_type;
    a.role = from.role;
    return;
  }
  if (a.source && PassiveHearer(text, a)) a.source.reset();  // the hearer is no speaker
  if (!a.source) {
    a.source_type = SourceType::kUnknown;
    return;
  }
  SourceMention m = c->mention;
  // "Tony Bobulinski held a press conference claiming …": an event asserts
  // nothing; the person who held it does, else no one named ("The fracas
  // …": what was said stays, with no source).
  if (EventMention(a.source->in(text))) {
    const std::optional<Span> holder = EventHolder(text, *a.source);
    if (!holder) {
      a.source.reset();
      a.source_type = SourceType::kUnknown;
      return;
    }
    a.source = *holder;
    m = SourceMention{};
    m.head = m.name = *holder;
    m.type = SourceType::kPerson;
  }
  // "…, Law said" after "Steven Law", "Price said" after "Mayor John Price": a
  // capitalised word that reads as a common noun (a document, a role) is the
  // surname of the person the article named in full.
  if (!m.pronoun &&
      (m.type == SourceType::kDocument || m.type == SourceType::kRole ||
       m.type == SourceType::kUnknown) &&
      SurnameOfNamedPerson(text, *a.source)) {
    m = SourceMention{};
    m.head = m.name = *a.source;
    m.type = SourceType::kPerson;
  }
  // "Columbus, Ohio, said": a mention DescribeSource gave no type names no source.
  if (m.type == SourceType::kUnknown) {
    a.source.reset();
    a.source_type = SourceType::kUnknown;
    return;
  }
  // "A former Republican presidential candidate -- John McCain --": the
  // person an aside between dashes names, with the role before it.
  if (m.type == SourceType::kRole && m.name.empty()) {
    const std::string_view source = a.source->in(text);
    for (std::string_view dash : {" -- ", " \u2014 ", " \u2013 "}) {
      const size_t at = source.find(dash);
      if (at == std::string_view::npos) continue;
      const size_t begin = at + dash.size();
      size_t end = source.size();
      for (std::string_view close : {" --", " \u2014", " \u2013", ","})
        end = std::min(end, source.find(close, begin));
      const std::string_view aside = source.substr(begin, end - begin);
      const std::vector<std::string_view> words = Words(aside);
      bool name = words.size() >= 2 && words.size() <= 4 && GivenNameGender(words[0]) != 0 &&
                  !IsOrganisationWord(words.back());
      for (std::string_view w : words) name = name && IsCapitalizedWord(w);
      if (name) {
        m.name = Span{a.source->start + static_cast<uint32_t>(begin),
                      a.source->start + static_cast<uint32_t>(end)};
        m.type = SourceType::kPerson;
      }
      break;
    }
  }
  if (!m.role.empty()) {
    a.role = Normalize(m.role.in(text));
    // "The former governor, who dropped his own bid …": the clause tells what
    // the speaker did, not the role; "Intelligence officials — including NSA
    // Director Adm. Michael Rogers and …": nor are an aside between dashes or
    // the members a group includes.
    for (std::string_view clause :
         {", who ", ", which ", ", including ", " \u2014 ", " -- ", " \u2013 "})
      if (const size_t at = a.role.find(clause); at != std::string::npos) a.role.resize(at);
    // "the former mayor -- who lost the seat", "an oncologist who advised
    // Obama": the same with no comma (DescribeSource cut the head there).
    if (const size_t at = RelativeClauseStart(a.role); at != std::string::npos) a.role.resize(at);
    // "police on Thursday": no time phrase either (TrimMention cuts the
    // mention the same way).
    if (const size_t at = TimeTailStart(a.role); at != std::string::npos) a.role.resize(at);
    // "Hospital officials in Omsk said": an unnamed source's node is the
    // description, not where they are (the story scopes it).
    if (const size_t at = PlaceTailStart(a.role); at != std::string::npos && m.name.empty())
      a.role.resize(at);
    // "A teacher mistakenly thought", "a Monmouth poll out Thursday": an
    // adverb or a word the time phrase belonged to (time_tail_keep) ends no
    // role.
    for (size_t space = a.role.rfind(' '); space != std::string::npos; space = a.role.rfind(' ')) {
      const std::string_view last = std::string_view(a.role).substr(space + 1);
      if (!LooksLikeAdverb(last) && !WordLists::Default().Contains("time_tail_keep", last)) break;
      a.role.resize(space);
    }
  }
  Known known;
  known.type = m.type;
  known.gender = m.gender;
  known.plural = m.plural;
  // "economists polled by Reuters", "dealers in Tokyo", "delegates": a group
  // by the head noun of the role ("They said …" after it).
  if (m.type == SourceType::kRole && !known.plural && !a.role.empty()) {
    const std::string noun = RoleHead(a.role);
    const LexEntry* head = LookupWord(noun);
    known.plural = (head != nullptr && (head->flags & kLexPlural)) ||
                   WordLists::Default().Contains("person_plural", LowerAscii(noun));
  }
  known.position = a.source->start;
  if (m.pronoun) {
    ResolvePronoun(text, resolved, m, a, known);
    return;
  }
  // "When someone comes up and says …": a role that names no one.
  if (m.type == SourceType::kRole && IsCommonWord(a.source->in(text), {"no_name"})) {
    a.source_type = SourceType::kUnknown;
    a.role.clear();
    return;
  }
  a.source_type = m.type;
  // What the name names: a document's issuer may be a person or organisation.
  SourceType name_type = m.type == SourceType::kDocument ? m.issuer_type : m.type;
  // "NOTE: Company said …": the wire's shorthand for "the company".
  const std::string_view mention = a.source->in(text);
  // (Not a company named so: "Carrier said", "workers at Carrier".)
  const bool bare_noun = mention.find(' ') == std::string_view::npos &&
                         IsCapitalizedWord(mention) && IsCompanyNoun(LowerAscii(mention)) &&
                         !WrittenAsName(text, mention);
  if (m.name.empty() || bare_noun || EqualsIgnoreCaseAscii(mention, "police"))
    ResolveDescription(text, resolved, c);
  if (bare_noun && a.speaker.empty()) {
    // None named: an organisation of the story, by its noun.
    a.source_type = known.type = SourceType::kOrganisation;
    a.role = known.role = LowerAscii(mention);
  } else if (!m.name.empty() && a.speaker.empty()) {
    a.speaker = ResolveName(text, m, a, known, name_type);
  }
  // "The Manila Bulletin reported …": a person's name takes no article; a
  // name written once with one is an organisation for the rest of the article.
  if (a.source_type == SourceType::kPerson && !a.speaker.empty()) {
    std::string_view source = a.source->in(text);
    // ("the Human Rights Campaign, an advocacy group": an apposition may follow.)
    const std::string_view after_article = source.substr(std::min<size_t>(4, source.size()));
    // ("the Royal Swedish Academy of Sciences": the name goes on after "of";
    // the node is the whole name, not a person "Royal Swedish Academy".)
    std::string_view of_name;
    if ((source.starts_with("The ") || source.starts_with("the ")) &&
        after_article.starts_with(a.speaker) &&
        after_article.substr(a.speaker.size()).starts_with(" of ")) {
      size_t end = a.speaker.size() + 4;
      for (std::string_view w : Words(after_article.substr(end))) {
        const std::string_view word = w.substr(0, w.find_first_of(",;:"));
        if (!IsCapitalizedWord(word)) break;
        end = static_cast<size_t>(word.data() + word.size() - after_article.data());
        if (word.size() != w.size()) break;
      }
      if (end > a.speaker.size() + 4) of_name = after_article.substr(0, end);
    }
    if (!of_name.empty()) a.speaker = Normalize(of_name);
    const bool definite = (source.starts_with("The ") || source.starts_with("the ")) &&
                          after_article.starts_with(a.speaker) &&
                          (after_article.size() == a.speaker.size() ||
                           after_article[a.speaker.size()] == ',');
    const std::string last = LowerAscii(LastWord(a.speaker));
    // "a New Hampshire Republican", "another New Hampshire Republican": an
    // indefinite determiner names no one; someone of that party or place,
    // an unnamed role of the story.
    const size_t space = source.find(' ');
    // ("one senior Democrat": describing words may come between.)
    const bool indefinite =
        space != std::string_view::npos && source.ends_with(a.speaker) &&
        source.size() > a.speaker.size() && source[source.size() - a.speaker.size() - 1] == ' ' &&
        WordLists::Default().Contains("indefinite_determiner", LowerAscii(source.substr(0, space)));
    // ("The veteran Democrat", "the longtime Republican": lower-case words
    // between the article and the party word describe the same person.)
    bool described = (source.starts_with("The ") || source.starts_with("the ")) &&
                     after_article.size() > a.speaker.size() &&
                     after_article.ends_with(a.speaker) &&
                     after_article[after_article.size() - a.speaker.size() - 1] == ' ';
    for (std::string_view w :
         Words(after_article.substr(0, described ? after_article.size() - a.speaker.size() : 0)))
      described = described && !IsCapitalizedWord(w) && w.find(',') == std::string_view::npos;
    if (indefinite && WordLists::Default().Contains("affiliation", last)) {
      a.role = std::move(a.speaker);
      a.speaker.clear();
      a.source_type = m.type = SourceType::kRole;
    } else if ((definite || described) && WordLists::Default().Contains("affiliation", last)) {
      // "The Wisconsin Republican said …": an epithet of the person who just
      // spoke when nobody else was named since, or (with a place or a
      // describing word: "the veteran Democrat") of the one person just
      // named, else an unnamed role of the story; never a person named
      // "Wisconsin Republican" or a node "Democrat".
      std::string who = EpithetSpeaker(text, resolved, a.source->start, m.gender);
      if (who.empty() && (described || PlaceOrPartyBefore(Words(source))))
        who = SalientPersonBefore(text, resolved, a.source->start, m.gender, "", true);
      a.role = described ? std::string(after_article) : std::move(a.speaker);
      a.speaker = std::move(who);
      if (a.speaker.empty()) a.source_type = m.type = SourceType::kRole;
    } else if ((definite && !IsCommonWord(last, {"person_noun"})) ||
               IssuerWithoutPersonName(text, *a.source, a.speaker) ||
               EndsOnCommonPlural(text, *a.source, a.speaker)) {
      organisations_.insert(a.speaker);
    }
    if (organisations_.contains(a.speaker)) a.source_type = m.type = SourceType::kOrganisation;
  }
  // "the Institute of Epidemiology, Disease Control and Research (IEDCR)
  // said": a name with an acronym in parentheses after it is an
  // organisation's, never a person's, and the acronym names it when the
  // mention's name is not what it abbreviates (the name was cut: "Research").
  // ("Mike Ryan of the World Health Organization (WHO)" is Mike Ryan: the
  // acronym must follow the name, or the name be none of the mention's.)
  if (a.source_type == SourceType::kPerson && !a.speaker.empty()) {
    const std::string_view source = a.source->in(text);
    const std::string_view acronym = AcronymEnding(source);
    const std::string_view before =
        source.substr(0, acronym.empty() ? 0 : source.size() - acronym.size() - 3);
    if (!acronym.empty() && (before.ends_with(LastWord(a.speaker)) ||
                             before.find(a.speaker.substr(0, a.speaker.find(' '))) ==
                                 std::string_view::npos)) {
      if (Capitals(a.speaker) != Capitals(acronym)) a.speaker = std::string(acronym);
      a.source_type = m.type = SourceType::kOrganisation;
      organisations_.insert(a.speaker);
    }
  }
  // "Hillary Clinton's campaign", "the Obama administration": an organisation
  // named by its head, not an unnamed role.
  if (a.speaker.empty() && a.source_type == SourceType::kRole) {
    std::string mention = Normalize(a.source->in(text));
    std::string_view noun = LastWord(mention);
    // "Hillary Clinton's campaign", "Sanders' campaign".
    bool possessive = mention.find("'s ") != std::string::npos ||
                      mention.find("\xE2\x80\x99s ") != std::string::npos ||
                      mention.find("s' ") != std::string::npos ||
                      mention.find("s\xE2\x80\x99 ") != std::string::npos;
    bool named = possessive || (mention.size() > 4 && IsCapitalizedWord(mention.substr(
                                                          mention.find(' ') + 1)));
    if (named && WordLists::Default().Contains("collective", noun)) {
      std::string_view name = mention;
      if (name.starts_with("the ") || name.starts_with("The ")) name.remove_prefix(4);
      a.speaker = std::string(name);
      a.source_type = SourceType::kOrganisation;
    }
  }
  // "His campaign said", "her office", "his legal team": the organisation of
  // the person "his" or "her" stands for, named as "Hillary Clinton's
  // campaign" is; an unnamed role of the story when no one fits or another
  // possessive determiner opens it ("Their office": never a node "office").
  if (a.source_type == SourceType::kOrganisation || a.source_type == SourceType::kRole) {
    const std::string_view mention = a.source->in(text);
    const std::string first = LowerAscii(mention.substr(0, mention.find(' ')));
    const std::string words = a.speaker.empty() ? a.role : a.speaker;
    const bool unit = a.speaker.empty() ? WordLists::Default().Contains("collective",
                                                                         LastWord(words))
                                        : a.source_type == SourceType::kOrganisation;
    if (WordLists::Default().Contains("possessive_determiner", first) && unit &&
        DescribesOnly(words) &&
        !WordLists::Default().Contains("spokesperson_noun", LastWord(words))) {
      const std::string owner = PossessorOf(text, resolved, *a.source);
      a.speaker = owner.empty() ? "" : Cat(owner, "'s ", words);
      a.role = owner.empty() ? words : "";
      a.source_type = owner.empty() ? SourceType::kRole : SourceType::kOrganisation;
    }
  }
  // "Black Lives Matter issued a statement saying …": the subject that put
  // the document out speaks.
  if (a.source_type == SourceType::kDocument && a.speaker.empty()) {
    auto [issuer, type] = IssuerOfDocumentBefore(text, *a.source);
    if (!issuer.empty()) {
      a.speaker = std::move(issuer);
      a.source_type = type;
      if (type == SourceType::kOrganisation && a.speaker.find(' ') == std::string::npos)
        organisations_.insert(a.speaker);
    }
  }
  // "…, the congressional report said. It accused …": an unnamed document
  // is its description, the role a later "it" is linked to its node by.
  if (a.source_type == SourceType::kDocument && a.speaker.empty() && a.role.empty())
    a.role = DocumentDescription(a.source->in(text));
  known.name = a.speaker;
  known.type = a.source_type;
  known.role = a.role;
  // "A Hasbro spokesman said": Hasbro speaks, through a spokesman (the role);
  // the spokesman stays the unnamed person a later "he" may stand for.
  if (a.speaker.empty() && a.source_type == SourceType::kRole) {
    auto [principal, type] = SpokespersonPrincipal(text, a.source->start, a.source->in(text));
    // "His spokesman said": the person "his" stands for, else no one.
    if (WordLists::Default().Contains("possessive_determiner", LowerAscii(principal))) {
      principal = PossessorOf(text, resolved, *a.source);
      type = SourceType::kPerson;
    }
    if (principal.empty()) std::tie(principal, type) = SpokespersonBefore(text, *a.source);
    if (!principal.empty()) {
      known.principal = principal;
      known.principal_type = type;
      a.speaker = std::move(principal);
      a.source_type = type;
      a.role = SpokespersonRole(a.source->in(text));
    }
  }
  const std::string_view source = a.source->in(text);
  known.indefinite = WordLists::Default().Contains("indefinite_determiner",
                                                   LowerAscii(source.substr(0, source.find(' '))));
  // "A spokesman for Suiker Unie told Reuters …. …, the spokesman added":
  // the one person "a spokesman" introduced, whom a later "he" may stand for.
  if (!known.indefinite && known.type == SourceType::kRole && known.name.empty() &&
      WordLists::Default().Contains("article", LowerAscii(source.substr(0, source.find(' '))))) {
    // ("an Army Corps of Engineers spokesman": the noun ends the role.)
    const std::string head = RoleHead(known.role);
    for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
      if (it->type != SourceType::kRole || !it->name.empty() ||
          (RoleHead(it->role) != head && LowerAscii(LastWord(it->role)) != head))
        continue;
      known.indefinite = it->indefinite;
      break;
    }
  }
  known.asked = a.cue_lemma == "ask";
  if (known.asked) LearnAskedWhom(text, a, known);
  // "…, BFMTV reported", "according to ouest-france.fr": a news outlet's
  // words (not "Amoco Corp reported higher profits": a company's figures).
  known.reported = (a.cue_lemma == "report" && a.content.start < a.source->start) ||
                   (a.cue_lemma == "according to" && NamesAnOutlet(a.speaker));
  speakers_.push_back(known);
  // "a tweet by Mike Pompeo": the person is also the latest speaker.
  if (a.source_type == SourceType::kDocument && name_type == SourceType::kPerson &&
      !a.speaker.empty()) {
    known.type = SourceType::kPerson;
    speakers_.push_back(known);
  }
  // A document speaks for its issuer: "a poll published by NBC News" is said
  // by an organisation, "a tweet by Mike Pompeo" by a person.
  if (a.source_type == SourceType::kDocument && !a.speaker.empty() &&
      (name_type == SourceType::kPerson || name_type == SourceType::kOrganisation))
    a.source_type = name_type;
}

void SpeakerResolver::LearnAskedWhom(std::string_view text, const Attribution& a,
                                     Known& known) const {
  if (!a.cue || a.content.start < a.cue->end) return;
  AskedAfter(text, a.cue->end, &known.asked_whom, &known.asked_gender);
}

void SpeakerResolver::AskedAfter(std::string_view text, uint32_t at, std::string* whom,
                                 char* gender) const {
  // The words after the cue, in its sentence (what was asked may open with
  // the one asked: "asked Rubio which states …").
  // (A no-break space parts words here too: "Sanders\u00a0whether".)
  std::string after(text.substr(std::min<size_t>(at, text.size()), 80));
  after.resize(std::min(after.size(), after.find_first_of(".,;:?!\n\"\xE2")));
  for (size_t nbsp; (nbsp = after.find("\xC2\xA0")) != std::string::npos;)
    after.replace(nbsp, 2, " ");
  const std::vector<std::string_view> words = Words(after);
  size_t n = 0;  // the one asked: "him", "her" or capitalised words
  if (!words.empty() && (words[0] == "him" || words[0] == "her")) n = 1;
  else
    while (n < words.size() && IsCapitalizedWord(words[n])) ++n;
  // Then the question ("which states", "about the plan"), not a request
  // ("asked Freddy to be the best man").
  if (n == 0 || n > 4 || n == words.size() ||
      !WordLists::Default().Contains("asked_topic_opener", words[n]))
    return;
  if (words[0] == "him" || words[0] == "her") {
    *gender = words[0] == "him" ? 'm' : 'f';
    return;
  }
  std::string name;
  for (size_t i = 0; i < n; ++i) {
    if (IsOrganisationWord(words[i]) || StripPossessive(words[i]).size() < words[i].size() ||
        IsAcronym(words[i]))
      return;
    name += (i ? " " : "") + std::string(words[i]);
  }
  name = SplitLeadingTitle(name).first;
  if (name.find(' ') == std::string::npos) {
    std::string full = FullName(name, 0);
    if (!full.empty()) name = std::move(full);
  }
  *whom = std::move(name);
}

std::pair<std::string, SourceType> SpeakerResolver::SpokespersonBefore(std::string_view text,
                                                                      Span source) const {
  // About three paragraphs of news, as for an epithet.
  constexpr uint32_t kMaxSpokespersonReach = 1500;
  const std::vector<std::string_view> words = Words(source.in(text));
  if (words.size() < 2 || !EqualsIgnoreCaseAscii(words.front(), "the")) return {};
  const std::string noun = LowerAscii(words.back());
  if (!WordLists::Default().Contains("spokesperson_noun", noun)) return {};
  for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
    if (it->position >= source.start || source.start - it->position > kMaxSpokespersonReach) break;
    if (!it->principal.empty() && LowerAscii(LastWord(it->role)) == noun)
      return {it->principal, it->principal_type};
  }
  return {};
}

std::pair<std::string, SourceType> SpeakerResolver::IssuerOfDocumentBefore(
    std::string_view text, Span source) const {
  const std::vector<std::string_view> mention = Words(source.in(text));
  if (mention.empty() || !WordLists::Default().Contains("indefinite_determiner",
                                                        LowerAscii(mention.front())))
    return {};
  // The words of the sentence before the mention: "… Matter issued".
  const uint32_t start = SentenceStart(text, source.start);
  std::vector<std::string_view> words = Words(text.substr(start, source.start - start));
  if (!words.empty() && words.back() == "out") words.pop_back();  // "put out"
  if (words.size() < 2 || !WordLists::Default().Contains("issue_verb", words.back())) return {};
  words.pop_back();
  // Its subject: the capitalised run right before the verb, opening the
  // sentence (or after an opening phrase's comma).
  size_t first = words.size();
  while (first > 0 && IsCapitalizedWord(words[first - 1]) && !words[first - 1].ends_with(','))
    --first;
  // ("Days after …, the Holocaust Museum issued": an article before it.)
  const size_t opening = first > 0 && words[first - 1] == "the" ? first - 1 : first;
  if (first == words.size() || (opening > 0 && !words[opening - 1].ends_with(','))) return {};
  // A person: after the last title word, two or three words ("American
  // Bridge President Jessica Mackler"), or from a given name on ("Mitch
  // McConnell").
  bool person = false;
  for (size_t i = words.size() - 1; i > first && !person; --i) {
    const LexEntry* e = Lexicon::Default().Find(LowerAscii(words[i - 1]));
    if (e != nullptr && (e->flags & kLexTitle) && words.size() - i >= 2 && words.size() - i <= 3) {
      first = i;
      person = true;
    }
  }
  for (size_t i = first; !person && i + 1 < words.size(); ++i)
    if (GivenNameGender(words[i]) != 0 && words.size() - i <= 3) {
      first = i;
      person = true;
    }
  std::string name;
  for (size_t i = first; i < words.size(); ++i) name += (i > first ? " " : "") + std::string(words[i]);
  name = Normalize(StripPossessive(name));
  if (name.starts_with("The ")) name.erase(0, 4);
  // ("One provided a document": a number or determiner is no issuer.)
  if (name.empty() || IsCommonWord(name, {"common_function", "common_adverb"}) ||
      WordLists::Default().Contains("indefinite_determiner", LowerAscii(name)))
    return {};
  // "President Obama": a title before a given name or a lone word that is
  // no common word is a person ("General Motors" is no General Motors).
  if (auto [bare, title] = SplitLeadingTitle(name);
      !title.empty() && (GivenNameGender(bare.substr(0, bare.find(' '))) != 0 ||
                         (bare.find(' ') == std::string::npos && !IsOrganisationWord(bare) &&
                          !IsCommonWord(bare, {"common_noun", "common_other"})))) {
    name = std::move(bare);
    person = true;
  }
  if (std::string full = name.find(' ') == std::string::npos ? FullName(name, 0) : "";
      !full.empty())
    return {full, SourceType::kPerson};
  return {name, person ? SourceType::kPerson : SourceType::kOrganisation};
}

bool SpeakerResolver::NoPersonMarks(std::string_view text, Span source, std::string_view name) {
  const std::vector<std::string_view> words = Words(name);
  if (words.size() < 2 || GivenNameGender(words.front()) != 0) return false;
  for (std::string_view w : Words(source.in(text))) {
    const LexEntry* e = LookupWord(w);
    if (IsHonorific(w) || (e != nullptr && (e->flags & kLexTitle))) return false;
  }
  return true;
}

bool SpeakerResolver::IssuerWithoutPersonName(std::string_view text, Span source,
                                              std::string_view name) {
  const WordLists& lists = WordLists::Default();
  const std::vector<std::string_view> next = Words(text.substr(source.end, 40));
  const size_t determiner = next.size() > 2 && next[1] == "out" ? 2 : 1;
  if (next.size() <= determiner || !lists.Contains("issue_verb", next[0]) ||
      !lists.Contains("indefinite_determiner", LowerAscii(next[determiner])))
    return false;
  return NoPersonMarks(text, source, name);
}

bool SpeakerResolver::EndsOnCommonPlural(std::string_view text, Span source,
                                         std::string_view name) {
  const std::vector<std::string_view> words = Words(name);
  // ("M. Dane Waters": an initial makes a person's name.)
  for (std::string_view w : words)
    if (w.size() <= 2 && (w.size() == 1 || w.back() == '.')) return false;
  const std::string_view last = words.empty() ? std::string_view() : words.back();
  if (last.size() < 5 || !last.ends_with('s') || !IsCapitalizedWord(last) ||
      !IsCommonWord(last, {"common_noun"}) || IsCommonWord(last, {"person_noun"}) ||
      WordLists::Default().Contains("person_plural", LowerAscii(last)))
    return false;
  return NoPersonMarks(text, source, name);
}

std::string SpeakerResolver::AskedEarlierInSentence(std::string_view text, uint32_t at,
                                                    char pronoun) const {
  const uint32_t start = SentenceStart(text, at);
  const std::string_view sentence = text.substr(start, at - start);
  // The latest form of "ask" before the pronoun.
  size_t latest = std::string_view::npos, length = 0;
  for (std::string_view cue : {" asked ", " asking ", " asks ", " ask "}) {
    const size_t hit = sentence.rfind(cue);
    if (hit != std::string_view::npos && (latest == std::string_view::npos || hit > latest)) {
      latest = hit;
      length = cue.size();
    }
  }
  if (latest == std::string_view::npos) return {};
  std::string name;
  char gender = 0;
  AskedAfter(text, start + static_cast<uint32_t>(latest + length), &name, &gender);
  if (name.empty() || OfOtherGender(name, pronoun)) return {};
  return name;
}

bool SpeakerResolver::IsHearer(std::string_view text, const Attribution& a,
                               std::string_view name, char gender) {
  if (!a.cue || name.empty()) return false;
  std::string_view rest = text.substr(a.cue->end, 60);
  std::vector<std::string_view> after = Words(rest.substr(0, rest.find('\n')));
  size_t i = 0;
  for (; i < after.size(); ++i) {
    const LexEntry* e = LookupWord(after[i]);
    if (!IsHonorific(after[i]) && (e == nullptr || !(e->flags & kLexTitle))) break;
    // ("he described Mrs. Clinton's plans": another person of that surname.)
    if (e != nullptr && GenderOf(e->flags) != 0 && GenderOf(e->flags) != gender) return false;
  }
  std::string_view last;
  for (; i < after.size(); ++i) {
    std::string_view word = after[i];
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) word.remove_suffix(1);
    if (!IsCapitalizedWord(word)) break;
    last = word;
    if (word.size() != after[i].size()) break;  // "Rubio." ends the name
  }
  return !last.empty() && StripPossessive(last) == LastWord(name);
}

bool SpeakerResolver::BareNameOfNoPerson(const Known& k) const {
  if (k.type != SourceType::kPerson || k.plural || k.gender != 0 || k.name.empty() ||
      k.name.find(' ') != std::string::npos || GivenNameGender(k.name) != 0)
    return false;
  return FullName(k.name, 0).empty();
}

std::string SpeakerResolver::CueSubjectBefore(std::string_view text, uint32_t at,
                                              char gender) const {
  const uint32_t start = SentenceStart(text, at);
  std::vector<std::string_view> before = Words(text.substr(start, at - start));
  if (!before.empty() && before.back() == "that") before.pop_back();
  if (before.size() < 2) return {};
  const LexEntry* cue = LookupWord(before.back());
  const std::string_view name = before[before.size() - 2];
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  if (cue == nullptr || !(cue->flags & kLexCue) || !IsCapitalizedWord(name) ||
      !std::all_of(name.begin(), name.end(), letter))
    return {};
  std::string full = FullName(name, gender);
  return OfOtherGender(full, gender) ? std::string() : full;
}

std::optional<Span> SpeakerResolver::EventHolder(std::string_view text, Span source) const {
  const std::string_view mention = source.in(text);
  // Where the name ends: before the possessive ("Trump's speech"), else
  // before the holding verb.
  size_t end = std::string_view::npos;
  for (std::string_view w : Words(mention))
    if (IsCapitalizedWord(w) && PossessiveS(w))
      end = w.data() - text.data() + StripPossessive(w).size();
  if (end == std::string_view::npos) {
    const uint32_t start = SentenceStart(text, source.start);
    std::vector<std::string_view> before = Words(text.substr(start, source.start - start));
    if (!before.empty() && WordLists::Default().Contains("article", LowerAscii(before.back())))
      before.pop_back();
    if (before.size() < 2 || !WordLists::Default().Contains("event_holder_verb", before.back()) ||
        !IsCapitalizedWord(before[before.size() - 2]))
      return std::nullopt;
    const std::string_view name = before[before.size() - 2];
    end = name.data() - text.data() + name.size();
  }
  // The run of capitalised words ending there, after any title words
  // ("President Trump delivered a speech"): a person's name when a person is
  // named in it or its last word is the surname of one met before.
  size_t begin = text.find_last_of(" \n", end - 1) + 1;  // npos + 1 == 0
  while (begin > 1 && text[begin - 1] == ' ') {
    const size_t word = text.find_last_of(" \n", begin - 2) + 1;  // npos + 1 == 0
    if (!IsCapitalizedWord(text.substr(word, begin - 1 - word))) break;
    begin = word;
  }
  for (std::string_view w : Words(text.substr(begin, end - begin))) {
    const LexEntry* e = LookupWord(w);
    if (e == nullptr || !(e->flags & kLexTitle)) break;
    begin = w.data() + w.size() + 1 - text.data();
  }
  if (begin >= end) return std::nullopt;
  bool person = !FullName(LastWord(text.substr(begin, end - begin)), 0).empty();
  for (const std::vector<NameMention>* list : {&mentions_, &named_runs_})
    for (const NameMention& n : *list) person |= n.position >= begin && n.position < end;
  if (!person) return std::nullopt;
  return Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

bool SpeakerResolver::PronounFitsRole(const Known& k, char pronoun, uint32_t at) {
  constexpr uint32_t kRoleReach = 600;
  if (k.type != SourceType::kRole || !k.name.empty() || k.plural || k.role.empty() ||
      at <= k.position || at - k.position > kRoleReach)
    return false;
  // "when an Iowa voter asked if she …": whoever asks is not who answers.
  if (!k.indefinite || k.asked) return false;
  // The head noun: "one dealer at a major bank" is a dealer, "an Army Corps
  // of Engineers spokesman" a spokesman.
  const std::string last = LowerAscii(LastWord(k.role));
  const std::string noun =
      WordLists::Default().Contains("spokesperson_noun", last) ? last : RoleHead(k.role);
  const LexEntry* e = LookupWord(noun);
  if (noun.ends_with('s') || (e != nullptr && (e->flags & (kLexPlural | kLexOrgWord))))
    return false;
  const WordLists& lists = WordLists::Default();
  const bool person = (e != nullptr && (e->flags & (kLexRoleNoun | kLexTitle))) ||
                      lists.Contains("person_noun", noun) || lists.Contains("epithet", noun);
  if (!person || lists.Contains("interlocutor", noun)) return false;
  const char gender = e == nullptr ? 0 : GenderOf(e->flags);
  return gender == 0 || gender == pronoun;
}

void SpeakerResolver::ResolvePronoun(std::string_view text,
                                     const std::vector<AttributionCandidate>& resolved,
                                     const SourceMention& m, Attribution& a, Known& known) {
  a.source_type = SourceType::kPerson;
  // "he" never stands for a woman's name nor "she" for a man's, whatever
  // gender was learnt for the name: "Hillary Clinton" is no "he".
  auto other_gender = [&](std::string_view name) { return OfOtherGender(name, m.pronoun); };
  // "it was widely reported that …", "it is believed": an "it" before a form
  // of "be" and a past form (an adverb in "-ly" may come between) opens a
  // passive report; it stands for no one ("It is calling for …" does).
  if (m.pronoun == 'n') {
    const std::string_view after = text.substr(a.source->end);
    for (std::string_view be : {" is ", " was ", " has been ", " had been ", " will be "}) {
      if (!after.starts_with(be)) continue;
      size_t i = be.size();
      std::string_view word;
      for (int words = 0; words < 2; ++words) {
        size_t end = i;
        while (end < after.size() && std::islower(static_cast<unsigned char>(after[end]))) ++end;
        word = after.substr(i, end - i);
        if (!word.ends_with("ly") || end >= after.size() || after[end] != ' ') break;
        i = end + 1;
      }
      if ((word.size() > 3 && word.ends_with("ed")) ||
          WordLists::Default().Contains("irregular_past", word)) {
        a.source_type = SourceType::kUnknown;
        return;
      }
    }
  }
  bool found = false;  // an earlier speaker fits, possibly an unnamed one
  bool document = false;  // "it" is a document the text described
  uint32_t until = a.source->start;  // where people named count against a speaker
  // "… after Trump said he believes …": the subject of the cue before it;
  // "asking Rubio why he had stated …": the one asked.
  if (m.pronoun == 'm' || m.pronoun == 'f') {
    a.speaker = known.name = CueSubjectBefore(text, a.source->start, m.pronoun);
    if (a.speaker.empty())
      a.speaker = known.name = AskedEarlierInSentence(text, a.source->start, m.pronoun);
    found = !a.speaker.empty();
    if (found) {
      known.type = SourceType::kPerson;
      known.gender = m.pronoun;
    }
  }
  for (auto it = speakers_.rbegin(); !found && it != speakers_.rend(); ++it) {
    bool match = false;
    // "Amoskeag Bank said it signed …. Terms were not disclosed. It said
    // …": the latest speaker of all, one sentence between that names no one.
    auto latest_before_unnamed_sentence = [&] {
      return it == speakers_.rbegin() &&
             it->position >=
                 PreviousSentenceStart(text, PreviousSentenceStart(text, a.source->start)) &&
             NamesNoOne(text, SentenceEnd(text, it->position), SentenceStart(text, a.source->start));
    };
    switch (m.pronoun) {
      case 'm':
      case 'f':
        match = (it->type == SourceType::kPerson && !it->plural &&
                 (it->gender == 0 || it->gender == m.pronoun) && !other_gender(it->name)) ||
                (it == speakers_.rbegin() && PronounFitsRole(*it, m.pronoun, a.source->start) &&
                 !SpokeOfPronoun(text, resolved, it->position, m.pronoun) &&
                 !OtherPersonNamedBetween(text, resolved, SentenceStart(text, it->position),
                                          a.source->start, "", 0));
        break;
      // "they" and "it" stand for a speaker of this sentence or the one
      // before; farther back they are mostly a thing or the people talked
      // about ("It states that courts …" of a doctrine).
      // A group opening the pronoun's own sentence comes before a speaker
      // of the sentence before ("Harbour Democrats blocked the plan because
      // they said …").
      case 'p':
        // (Two sentences back, no group may open the sentence between:
        // "But the national unions stayed. They insisted …".)
        match = (it->plural || it->type == SourceType::kOrganisation) &&
                (it->position >= SentenceStart(text, a.source->start) ||
                 (it->position >= PreviousSentenceStart(text, a.source->start) &&
                  PluralGroupOpeningBefore(text, a.source->start, true).empty()) ||
                 (latest_before_unnamed_sentence() &&
                  PluralGroupOpeningBefore(text, a.source->start).empty()));
        break;
      // An unnamed institution is an "it" too ("The central bank said ….
      // It said …").
      // So is a one-word name the article gives no person's marks (no given
      // name, no gender, no full name): "Caltrans said …. It said …".
      case 'n':
        match = (it->type == SourceType::kOrganisation || it->type == SourceType::kDocument ||
                 (it->type == SourceType::kRole && it->name.empty() && !it->plural &&
                  IsOrganisationWord(LastWord(it->role))) ||
                 BareNameOfNoPerson(*it)) &&
                (it->position >= PreviousSentenceStart(text, a.source->start) ||
                 latest_before_unnamed_sentence());
        break;
      default:
        break;
    }
    // "Earhardt asked Rubio which states he could win. “…,” he said": the one
    // the latest speaker asked answers, whatever the questioner's gender;
    // after "X asked him …" the latest one before X who fits (nobody named
    // before X spoke counts against them).
    if ((m.pronoun == 'm' || m.pronoun == 'f') && it->asked && it == speakers_.rbegin()) {
      if (it->asked_gender == m.pronoun) {
        until = it->position;
        continue;
      }
      if (!it->asked_whom.empty() && !other_gender(it->asked_whom)) {
        a.speaker = known.name = it->asked_whom;
        known.type = SourceType::kPerson;
        known.gender = m.pronoun;
        found = true;
        break;
      }
    }
    if (!match) continue;
    // "Dossym Satpayev said …. Kazakhstan's foreign minister, Erlan
    // Idrissov, plays down concerns. …, he says": the subject just named,
    // whose gender nothing tells, rather than the speaker before.
    if (m.pronoun == 'm' || m.pronoun == 'f') {
      if (std::optional<NameMention> subject =
              SubjectOfUnknownGender(text, resolved, it->position, until, m.pronoun);
          subject && LastWord(subject->name) != LastWord(it->name)) {
        a.speaker = known.name = subject->name;
        known.type = SourceType::kPerson;
        known.gender = m.pronoun;
        found = true;
        break;
      }
    }
    // A person of the pronoun's gender named since that speaker last spoke
    // is the likelier antecedent: "X said …. Expert Wendy Parmet said …
    // She went on to say …"; one named in what the speaker said is not
    // ("Adelson said he met Donald Trump. … He said …").
    if (m.pronoun == 'm' || m.pronoun == 'f') {
      if (OtherPersonNamedBetween(text, resolved, it->position, until, it->name, m.pronoun))
        break;
    }
    if ((m.pronoun == 'm' || m.pronoun == 'f') && it->gender == 0) it->gender = m.pronoun;
    a.speaker = it->name;
    a.source_type = it->type;
    if (it->name.empty()) a.role = it->role;  // the unnamed speaker's role node
    if (!it->principal.empty()) {  // "A Hasbro spokesman said …. He added …"
      a.speaker = it->principal;
      a.source_type = it->principal_type;
      a.role = SpokespersonRole(it->role);
    }
    // ("…, the report said. It said …", "The central bank said …. It said
    // …": an unnamed document or organisation is found by its role, its
    // description.)
    found = !it->name.empty() || it->type == SourceType::kRole ||
            ((it->type == SourceType::kDocument || it->type == SourceType::kOrganisation) &&
             !it->role.empty());
    document = it->type == SourceType::kDocument;
    if (m.pronoun == 'n' && BareNameOfNoPerson(*it)) {
      a.source_type = it->type = SourceType::kOrganisation;
      organisations_.insert(it->name);
    }
    // Gender learnt from a pronoun sticks to the name.
    known = *it;
    known.position = a.source->start;
    break;
  }
  // No earlier speaker fits: the person named latest before the pronoun.
  if (!found && (m.pronoun == 'm' || m.pronoun == 'f')) {
    // The quoted words of a direct or mixed content are the pronoun's own
    // ("Choosing … is a “false choice, … and Dr. Jill Stein,” she said":
    // not Stein); the rest of a mixed content may be the writer's ("Sen.
    // Claire McCaskill scolded him: “…,” she said").
    const Span own = a.kind != AttributionKind::kIndirect ? a.content : Span{};
    std::string name;
    if (std::optional<NameMention> subject =
            SubjectOfUnknownGender(text, resolved, 0, a.source->start, m.pronoun))
      name = subject->name;
    else
      name = PersonNamedBefore(text, resolved, a.source->start, m.pronoun, own);
    if (!name.empty()) {
      a.speaker = name;
      known.name = std::move(name);
      known.type = SourceType::kPerson;
      known.gender = m.pronoun;
    }
  }
  // "The researchers used satellite imagery …. From this, they concluded …":
  // with no speaker for "they", the plural people the sentence before (or
  // its own) opens with, an unnamed role as "The researchers said" is.
  if (!found && a.speaker.empty() && m.pronoun == 'p') {
    std::string role = SubjectDescribedBefore(text, a.source->start, PluralRoleNoun);
    // "Senate Democrats blocked the bill because they said …": a group
    // opening this sentence or the one before.
    if (role.empty()) role = PluralGroupOpeningBefore(text, a.source->start);
    if (!role.empty()) {
      a.source_type = known.type = SourceType::kRole;
      a.role = known.role = std::move(role);
      known.plural = true;
    }
  }
  // "The post showed a photograph …. It says: “…”": the document the sentence
  // before (or its own) opens with, resolved as "the post said" is: its
  // issuer when one was met, else a document with no speaker.
  if (a.speaker.empty() && m.pronoun == 'n' && !found) {
    std::string noun = SubjectDescribedBefore(text, a.source->start, DocumentNoun);
    if (!noun.empty()) {
      a.source_type = known.type = SourceType::kDocument;
      int index = 0;
      while (index < static_cast<int>(resolved.size()) && &resolved[index].attribution != &a) ++index;
      DocumentIssuer(text, resolved, index, LastWord(noun), a);
      known.name = a.speaker;
      known.type = a.source_type;
      document = true;
    }
  }
  // Wire copy: "UtiliCorp United Inc said it completed the acquisition ….
  // The sale was approved by the West Virginia Public Service Commission ….
  // …, it said": with nobody fitting in this sentence or the one before, the
  // one organisation that has spoken in the article when it spoke first,
  // whatever was named since. (In other news an "it" so far from a speaker
  // is mostly a thing: "It told the story of …" of a film.)
  if (a.speaker.empty() && m.pronoun == 'n' && !document && !found) {
    if (std::string org = LoneOrganisationSpeaker(); !org.empty()) {
      a.speaker = org;
      a.source_type = SourceType::kOrganisation;
      known.name = std::move(org);
      known.type = SourceType::kOrganisation;
    }
  }
  // "It said …" with no organisation speaking before: the organisation
  // named latest before ("Amoco Corp reported … It said …").
  if (a.speaker.empty() && m.pronoun == 'n' && !document) {
    // Only one named in this sentence or the one before.
    std::string org = OrganisationNamedNear(text, a.source->start);
    if (!org.empty()) {
      a.speaker = org;
      a.source_type = SourceType::kOrganisation;
      known.name = org;
      known.type = SourceType::kOrganisation;
    }
  }
  // Nor for one named before ("Trump …. He said" is not "Melania Trump"),
  // nor for the one named right after the cue ("he told Rubio", "He
  // insisted Curiel had …": not Rubio, not Curiel).
  if ((m.pronoun == 'm' || m.pronoun == 'f') && a.source_type == SourceType::kPerson &&
      (other_gender(a.speaker) || IsHearer(text, a, a.speaker, m.pronoun))) {

    a.speaker.clear();
    known.name.clear();
  }
  if (m.pronoun == 'i') return;
  speakers_.push_back(known);
  return;
}

std::string SpeakerResolver::PersonNamedBefore(std::string_view text,
                                               const std::vector<AttributionCandidate>& resolved,
                                               uint32_t at, char gender, Span own) const {
  std::optional<NameMention> best;
  // Not one named after a subject pronoun of that gender ("He nodded to his
  // finish behind Ted Cruz. “…,” he said"): an object, the chain goes on.
  // Nor the one who asked, in the passive ("Rubio was asked by Fox Business
  // moderator Gerard Baker whether …. “…,” he said": the one asked answers).
  auto agent = [&](const NameMention& n) {
    const uint32_t from = n.position > 64 ? n.position - 64 : 0;
    const std::string_view before = text.substr(from, n.position - from);
    const size_t by = before.rfind(" by ");
    if (by == std::string_view::npos) return false;
    const std::string_view between = before.substr(by + 4);
    const std::vector<std::string_view> verb = Words(before.substr(0, by));
    return !verb.empty() && WordLists::Default().Contains("asked_passive", verb.back()) &&
           between.find_first_of(".,;:!?\"") == std::string_view::npos &&
           Words(between).size() <= 4;
  };
  auto own_words = [&](const NameMention& n) {
    return n.quoted && n.position >= own.start && n.position < own.end;
  };
  auto later = [&](const NameMention& n) {
    return (!best || n.position > best->position) && !own_words(n) &&
           !AfterSubjectPronoun(text, n.position, gender) && !agent(n);
  };
  for (const NameMention& n : mentions_)
    if (n.position < at && (n.gender == 0 || n.gender == gender) && later(n)) best = n;
  // A later run whose first word is a given name of the pronoun's gender
  // ("Debbie Kepler") is the person, unless someone is described between it
  // and the pronoun ("The employee watched …"): then nobody.
  const NameMention* given = nullptr;
  for (const NameMention& n : named_runs_)
    if (n.position < at && n.gender == gender && later(n) &&
        (given == nullptr || n.position > given->position))
      given = &n;
  // A later sentence opened by a surname of that gender: "Carson brought in
  // a new campaign manager …. He praised those who left"; also after someone
  // described ("Marek Lazar, a quiet man …. Lazar had no formal training.
  // He told …").
  auto subject_after = [&](uint32_t from) {
    std::optional<NameMention> subject = SurnameSubjectBefore(text, from, at, gender);
    if (subject && InsideAttribution(resolved, subject->position)) subject.reset();
    return subject;
  };
  if (given != nullptr) {
    if (PersonDescribedBetween(text, given->position, at, gender)) {
      std::optional<NameMention> subject = subject_after(given->position);
      return subject ? subject->name : std::string();
    }
    best = *given;
  }
  // "Oakes, who leads, mocked Paul Hines …. And he said": a person named
  // after the subject of their sentence is an object; the subject is meant.
  if (best) {
    std::optional<NameMention> opener = SentenceSubject(text, resolved, best->position, gender);
    if (opener && opener->position < best->position && !own_words(*opener))
      best = std::move(opener);
  }
  if (std::optional<NameMention> subject = subject_after(best ? best->position : 0)) return subject->name;
  if (best) return best->name;
  // A run of name words of unknown gender, a weaker sign of a person, whose
  // last word also speaks alone, when no person is described between it and
  // the pronoun (measured: a blind-judged sample found that check as often
  // wrong as right for the names above).
  const NameMention* run = nullptr;
  for (const NameMention& n : named_runs_)
    if (n.position < at && (run == nullptr || n.position > run->position) && !own_words(n) &&
        (n.gender == 0 || n.gender == gender) && SpeaksAlone(text, resolved, LastWord(n.name)))
      run = &n;
  if (run != nullptr && !PersonDescribedBetween(text, run->position, at, gender)) return run->name;
  return {};
}

// Long because: the cases of a name (a title's holder, "X and Y" resolved name
// by name, an acronym, a lone word, a capital or "the company" for an
// organisation) share the normalised name and the Known record they fill, in
// an order that is the behaviour.
std::string SpeakerResolver::ResolveName(std::string_view text, SourceMention& m, Attribution& a,
                                         Known& known, SourceType& name_type) {
  std::string name = Normalize(m.name.in(text));
  std::string_view stripped = StripPossessive(name);
  if (stripped.size() >= 4 && stripped.substr(0, 4) == "The ") stripped.remove_prefix(4);
  name = std::string(stripped);
  // "Israel said" after "Rep. Steve Israel", "Jordan said" after "Rep. Jim
  // Jordan": a lone place word written as the surname of a person the
  // article named is that person, not the country (which "it" speaks of:
  // "Jordan said it would …").
  const std::string_view said = a.content.in(text);
  if (m.type == SourceType::kOrganisation && name.find(' ') == std::string::npos &&
      a.source->in(text) == name && !said.starts_with("it ") && !said.starts_with("its ")) {
    const std::optional<KnownEntity> place = EntityLinker::Default().Lookup(name);
    const LexEntry* e = LookupWord(name);
    if ((place && place->type == "place") || (e != nullptr && (e->flags & kLexPlace))) {
      if (std::string full = FullName(name, 0); !full.empty()) {
        name_type = a.source_type = m.type = known.type = SourceType::kPerson;
        return full;
      }
    }
  }
  // "the decree signed by the Pope", "“…,” Speaker said": the holder of the
  // title, unless a person of that surname was named ("Judge Judy King").
  if ((m.type == SourceType::kDocument ||
       (m.type == SourceType::kPerson && FullName(name, 0).empty())) &&
      name.find(' ') == std::string::npos) {
    std::string lower = LowerAscii(name);
    const LexEntry* e = Lexicon::Default().Find(lower);
    if (e != nullptr && (e->flags & kLexTitle)) {
      std::string holder = TitledBefore(text, lower, a.source->start, false);
      if (!holder.empty()) {
        name = holder;
        name_type = SourceType::kPerson;
      }
    }
  }
  // "Biden and Sanders", "Antoine Quirin and Nicolas Redouane": each name
  // resolved, the pair kept whole.
  // ("Tate and Lyle said" after "Tate and Lyle Plc said": one firm.)
  std::string_view head = m.head.in(text);
  size_t conj = head.find(" and ");
  const bool joint = name_type == SourceType::kPerson && conj != std::string_view::npos &&
                     head.find(" and ", conj + 1) == std::string_view::npos &&
                     Normalize(head.substr(conj + 5)) == name && AllNameWords(head.substr(0, conj));
  std::string joint_firm;
  if (joint) {
    joint_firm = CompanyOfShortName(Normalize(head));
    if (joint_firm.empty()) joint_firm = CompanyOfPersonLikeName(text, Normalize(head));
  }
  if (!joint_firm.empty()) {
    name = std::move(joint_firm);
    name_type = a.source_type = m.type = known.type = SourceType::kOrganisation;
  } else if (joint) {
    auto resolve = [&](std::string part) {
      if (part.find(' ') != std::string::npos) {
        Remember(part, 0);
        return part;
      }
      std::string full = FullName(part, 0);
      return full.empty() ? part : full;
    };
    name = resolve(Normalize(head.substr(0, conj))) + " and " + resolve(name);
    known.plural = m.plural = true;
  } else if (std::string company = name_type == SourceType::kPerson &&
                                           name.find(' ') != std::string::npos
                                       ? CompanyOfShortName(name)
                                       : std::string();
             !company.empty() || (name_type == SourceType::kPerson &&
                                  !(company = CompanyOfPersonLikeName(text, name)).empty())) {
    // "American Express" after "American Express Co said"; "Hawaiian
    // Electric" where the text wrote "Hawaiian Electric Industries Inc".
    name = std::move(company);
    name_type = a.source_type = m.type = known.type = SourceType::kOrganisation;
  } else if (name_type == SourceType::kPerson &&
             ((name.find(' ') != std::string::npos && IsOrganisationWord(LastWord(name))) ||
              NamesAnOutlet(LastWord(name)) || NamesPublication(name))) {
    // "Census Bureau", "Brookings Institution", "Chicago Sun-Times", "HuffPost",
    // "Outsports.com", "PacifiCorp", "Morning Consult Poll": an organisation's name.
    name_type = SourceType::kOrganisation;
    if (name.find(' ') == std::string::npos) organisations_.insert(name);
    if (m.type != SourceType::kDocument)
      a.source_type = m.type = known.type = SourceType::kOrganisation;
  } else if (name_type == SourceType::kPerson) {
    name = std::string(StripPossessor(StripLeadingFunctionWord(name), true));
    if (auto [bare, title] = SplitLeadingTitle(name); !title.empty()) {
      name = bare;
      if (a.role.empty()) a.role = title;
    } else if (const size_t space = name.find(' ');
               space != std::string::npos && name.find(' ', space + 1) == std::string::npos &&
               WordLists::Default().Contains("given_name_title", LowerAscii(name.substr(0, space))) &&
               !FullName(name.substr(space + 1), m.gender).empty()) {
      // "Dean Amar" after "Vikram Amar": the title, and the surname of the
      // person named in full.
      if (a.role.empty()) a.role = name.substr(0, space);
      name = name.substr(space + 1);
    }
    const std::string_view source = a.source->in(text);
    if (name.find(' ') == std::string::npos &&
        (source.starts_with("the ") || source.starts_with("The ")) &&
        source.substr(4).starts_with(name)) {
      // "The Democrats in Washington", "The Hill": no surname takes "the".
      // A party or group the gazetteer knows; an acronym or a proper name
      // (a newspaper) an organisation; a plural or common word a role.
      // ("The Democrat said": one of the party, an epithet for a person
      // that the caller resolves, never the party.)
      std::optional<KnownEntity> known_entity = EntityLinker::Default().Lookup(name);
      if (source.size() == name.size() + 4 &&
          WordLists::Default().Contains("affiliation", LowerAscii(name))) {
        // a person
      } else if (known_entity && known_entity->type != "person") {
        name = known_entity->name;
        name_type = SourceType::kOrganisation;
      } else if (IsAcronym(name) ||
                 (name.back() != 's' &&
                  !IsCommonWord(name, {"common_noun", "common_adverb", "common_function",
                                       "common_other"}))) {
        name_type = SourceType::kOrganisation;
      } else {
        name.clear();
        name_type = SourceType::kRole;
      }
      a.source_type = m.type = known.type = name_type;
    } else if (name.find(' ') == std::string::npos) {
      // "Democrats" is no surname of "Liberal Democrats": a party word names
      // the party's people wherever the article is.
      // (A singular one may be a surname: "Grant Green".)
      std::string lower = LowerAscii(name);
      const bool party_plural =
          lower.ends_with('s') &&
          WordLists::Default().Contains("affiliation", lower.substr(0, lower.size() - 1));
      if (!party_plural) {
        std::string full = FullName(name, m.gender);
        if (full.empty()) full = FullNameOfGivenName(name);
        if (std::string company = CompanyOfPersonLikeName(text, full); !company.empty()) {
          // "Kodak" after "Eastman Kodak Co": the run "Eastman Kodak" was no person.
          name = std::move(company);
          name_type = SourceType::kOrganisation;
        } else if (!full.empty()) {
          name = full;
        } else if (std::string company = CompanyOfShortName(name); !company.empty()) {
          name = company;
          name_type = SourceType::kOrganisation;
        } else if (std::string written = CompanyWrittenWithDesignator(text, name);
                   !written.empty()) {
          name = written;
          name_type = SourceType::kOrganisation;
        }
      }
    } else if (std::string full = SurnameWithParticle(name, m.gender); !full.empty()) {
      // "De Croo" after "Herman De Croo".
      name = std::move(full);
    } else {
      Remember(name, m.gender);
      AddName(named_runs_, {a.source->start, name, m.gender});
    }
    for (size_t i = 0; i < names_.size(); ++i)
      if (names_[i].second == name && name_gender_[i] && !known.gender)
        known.gender = name_gender_[i];
    // A person's first name marks gender: "Loretta Lynch".
    if (!known.gender && name.find(' ') != std::string::npos)
      known.gender = GivenNameGender(std::string_view(name).substr(0, name.find(' ')));
    // Slavic surnames mark gender: Zakharova, Lavrov, Pavlovskaya.
    std::string_view last = LastWord(name);
    if (!known.gender && last.size() > 4) {
      const WordLists& lists = WordLists::Default();
      if (lists.EndsWithOneOf("female_surname_ending", last))
        known.gender = 'f';
      else if (lists.EndsWithOneOf("male_surname_ending", last))
        known.gender = 'm';
    }
  }
  for (const auto& [acronym, full] : acronyms_)
    if (acronym == name) {
      name = full;
      name_type = SourceType::kOrganisation;
      if (m.type != SourceType::kDocument)
        a.source_type = m.type = known.type = SourceType::kOrganisation;
    }
  if (name_type == SourceType::kPerson && m.type != SourceType::kDocument &&
      name.find(' ') == std::string::npos)
    RetypeLoneWord(text, a, name, name_type);
  if (name_type != m.type && m.type != SourceType::kDocument)
    a.source_type = m.type = known.type = name_type;
  if (name_type == SourceType::kOrganisation) {
    // (A place's possessive stays: "Spain's Finance Ministry" is not
    // another country's.)
    name = std::string(StripPossessor(name, false));
    // "the Post" after "the New York Post": the outlet's full name.
    if (std::string full = OutletNamedBefore(text, a.source->start, name); !full.empty())
      name = std::move(full);
    // "State said" after "the State Department": the one organisation the
    // text named with this word and an organisation word after it.
    if (name.find(' ') == std::string::npos && a.source->in(text) == name)
      if (std::string full = OrganisationOpenedBy(text, a.source->start, name); !full.empty())
        name = std::move(full);
    std::string_view country = EntityLinker::Default().CountryOfCapital(name);
    if (!country.empty()) name = std::string(country);
    // "the coalition": the named coalition met earlier.
    std::string_view source = a.source->in(text);
    // "the Trust" after "Bradley Real Estate Trust said …": an organisation
    // word written with its capital (no acronym: "the AP") stands for the
    // name it ended, as a speaker called it ("U.S. Agriculture Department"
    // for "Agriculture Department").
    if ((source.starts_with("the ") || source.starts_with("The ")) && source.substr(4) == name &&
        name.find(' ') == std::string::npos && IsCapitalizedWord(name) && !IsAcronym(name) &&
        IsOrganisationWord(name)) {
      if (std::string full(StripPossessive(OrganisationNamedWith(text, a.source->start, name)));
          !full.empty()) {
        std::string longer = OrganisationSpokeWith(full, false, true);
        name = longer.empty() ? std::move(full) : std::move(longer);
      }
    }
    if ((source.starts_with("the ") || source.starts_with("The ")) && !name.empty() &&
        DescribesOnly(name)) {
      // "The bowling company", "the utility", "The Pittsburgh-based
      // company": the company the article named.
      const uint32_t before = std::min(a.source->start, a.content.start);
      std::string earlier;
      const bool company = IsCompanyNoun(LastWord(name));
      if (company) {
        earlier = CompanyDescribed(text, before, LastWord(name));
        // "Halvern Mills Corp net profit fell 3 pct, the company said": the
        // one company the content before the source names with a designator.
        if (earlier.empty() && a.content.end <= a.source->start)
          earlier = OnlyCompanyIn(a.content.in(text));
        if (earlier.empty()) {
          earlier = LoneWordSpeakerBefore(before);
          if (!earlier.empty()) organisations_.insert(earlier);
        }
      } else if (WordLists::Default().Contains("outlet_word", name)) {
        earlier = OutletDescribed(text, before, name);
      }
      if (earlier.empty() && !company && name.find(' ') == std::string::npos)
        earlier = EarlierNamedMention(text, a.source->start, name);
      // "the fund" after "the International Monetary Fund", "the union"
      // after "the United Auto Workers Union": the organisation named with
      // that word.
      if (earlier.empty() && !company && name.find(' ') == std::string::npos &&
          IsOrganisationWord(name))
        earlier = OrganisationNamedWith(text, a.source->start, name);
      if (!earlier.empty()) {
        name = earlier;
      } else if ((company || (name.find(' ') == std::string::npos &&
                              !WordLists::Default().Contains("institution_noun", name))) &&
                 m.type != SourceType::kDocument) {
        // No company (or newspaper …) named before: a role of this story,
        // not a node "company" or "newspaper". "the government", "police"
        // stay institutions, which the graph scopes to their story. Its
        // words are the role ("ministry").
        if (a.role.empty()) a.role = name;
        name.clear();
        name_type = a.source_type = m.type = known.type = SourceType::kRole;
      }
    } else if (!source.starts_with("the ") && !source.starts_with("The ") && !name.empty() &&
               DescribesOnly(name) && m.type != SourceType::kDocument &&
               !WordLists::Default().Contains("institution_noun", name) &&
               !WordLists::Default().Contains("possessive_determiner",
                                              LowerAscii(source.substr(0, source.find(' '))))) {
      // "one bank says", "A study group said", "a local newspaper report":
      // no organisation the article names, a role of this story ("His
      // office" is the office of whom it names).
      if (a.role.empty()) a.role = name;
      name.clear();
      name_type = a.source_type = m.type = known.type = SourceType::kRole;
    }
  }
  return name;
}

std::string SpeakerResolver::LoneWordSpeakerBefore(uint32_t before) const {
  std::string found;
  for (const Known& k : speakers_) {
    if (k.position >= before || !BareNameOfNoPerson(k) || !IsCapitalizedWord(k.name) ||
        IsAcronym(k.name))
      continue;
    // Any mention of the name with a role or a gender shows a person.
    const bool marked = std::any_of(speakers_.begin(), speakers_.end(), [&](const Known& o) {
      return o.name == k.name && (o.gender != 0 || !o.role.empty());
    });
    const std::optional<KnownEntity> known = EntityLinker::Default().Lookup(k.name);
    if (marked || (known && known->type == "person")) continue;
    if (!found.empty() && found != k.name) return {};
    found = k.name;
  }
  return found;
}

void SpeakerResolver::RetypeShownOrganisation(std::string_view text,
                                              AttributionCandidate* c) const {
  Attribution& a = c->attribution;
  if (a.source_type == SourceType::kPerson && a.source && a.source->in(text) == a.speaker &&
      organisations_.contains(a.speaker))
    a.source_type = SourceType::kOrganisation;
}

std::string SpeakerResolver::OutletDescribed(std::string_view text, uint32_t before,
                                             std::string_view noun) const {
  auto holds_outlet_word = [](std::string_view name) {
    for (std::string_view w : Words(name))
      if (WordLists::Default().Contains("outlet_word", LowerAscii(w))) return true;
    return false;
  };
  std::string found;
  for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
    if (it->type != SourceType::kOrganisation || it->name.empty() || it->position >= before)
      continue;
    const bool outlet = it->reported || NamesAnOutlet(it->name) || holds_outlet_word(it->name);
    if (!outlet || !OrganisationFits(it->name, noun)) continue;
    if (!found.empty() && found != it->name) return {};  // two outlets
    found = it->name;
  }
  if (!found.empty()) return found;
  std::string named = OrganisationNamedBefore(text, before, noun);
  return holds_outlet_word(named) ? named : std::string();
}

std::string_view SpeakerResolver::StripLeadingFunctionWord(std::string_view name) const {
  const std::vector<std::string_view> words = Words(name);
  if (words.size() < 3 || !IsCommonWord(words[0], {"common_adverb", "common_function"}))
    return name;
  const LexEntry* e = LookupWord(words[0]);
  if (e != nullptr && (e->flags & (kLexTitle | kLexMale | kLexFemale))) return name;
  for (size_t i = 1; i < words.size(); ++i)
    if (!IsCapitalizedWord(words[i])) return name;
  std::string_view rest = name.substr(words[1].data() - name.data());
  // Only before a given name or a name the article wrote without the word:
  // "Right Wing Watch" stays whole.
  const LexEntry* given = LookupWord(words[1]);
  bool known = given != nullptr && (given->flags & (kLexMale | kLexFemale));
  for (const auto& [last, full] : names_) known |= full == rest;
  return known ? rest : name;
}

namespace {

// "VMS Realty Partners said it would …": a name of two words or more written
// as the source, opened by no given name, honorific or particle ("La
// Riva"), whose content opens with "it" (or
// "that it") and a modal, "has", "had", a past form or a present form
// other than an impersonal one ("it expects", not "it seems"): the company
// speaks of itself.
bool SaidIt(std::string_view text, const Attribution& a) {
  if (a.source_type != SourceType::kPerson || !a.co_speakers.empty() || !a.source ||
      a.source->in(text) != a.speaker)
    return false;
  const std::vector<std::string_view> name = Words(a.speaker);
  if (name.size() < 2 || GivenNameGender(name.front()) != 0 || IsLoneGivenName(name.front()) ||
      IsHonorific(name.front()) ||
      WordLists::Default().Contains("name_particle", LowerAscii(name.front())))  // "La Riva"
    return false;
  std::vector<std::string_view> content = Words(a.content.in(text).substr(0, 80));
  if (!content.empty() && content.front() == "that") content.erase(content.begin());
  if (content.size() < 2 || content[0] != "it") return false;
  const std::string_view verb = content[1];
  // ("Standard Trustco said it expects …", not "it seems", "it is".)
  return WordLists::Default().Contains("modal", verb) || verb == "has" || verb == "had" ||
         (verb.size() > 4 && verb.ends_with("ed")) ||
         (verb.size() > 4 && verb.ends_with('s') && !verb.ends_with("ss") &&
          !WordLists::Default().Contains("impersonal_it_verb", verb));
}

}  // namespace

void OneTypePerBareName(std::string_view text, std::vector<Attribution>* attributions) {
  auto he_or_she = [&](const Attribution& a) {
    const std::string source = a.source ? LowerAscii(a.source->in(text)) : std::string();
    return source == "he" || source == "she";
  };
  // A name a "he" or "she" stood for is a person's, whatever "it" it speaks of.
  auto a_person = [&](const std::string& name) {
    return std::any_of(attributions->begin(), attributions->end(),
                       [&](const Attribution& b) { return b.speaker == name && he_or_she(b); });
  };
  std::vector<std::string> organisations;
  for (const Attribution& a : *attributions)
    if ((a.source_type == SourceType::kOrganisation && a.co_speakers.empty() &&
         !a.speaker.empty() && a.speaker.find(' ') == std::string::npos) ||
        (SaidIt(text, a) && !a_person(a.speaker)))
      organisations.push_back(a.speaker);
  if (organisations.empty()) return;
  for (Attribution& a : *attributions) {
    if (a.source_type != SourceType::kPerson || !a.co_speakers.empty() ||
        std::find(organisations.begin(), organisations.end(), a.speaker) == organisations.end())
      continue;
    if (he_or_she(a))
      a.speaker.clear();
    else
      a.source_type = SourceType::kOrganisation;
  }
}

void NameOthers(std::string_view text, std::vector<Attribution>* attributions) {
  for (Attribution& a : *attributions) {
    if (a.source_type != SourceType::kRole || !a.speaker.empty() || !a.source ||
        !EqualsIgnoreCaseAscii(a.source->in(text), "others"))
      continue;
    const uint32_t from = PreviousSentenceStart(text, a.source->start);
    std::string_view found;
    int since_some = 99;  // words since "some": "some … others" contrasts one group
    const std::string before = Normalize(text.substr(from, a.source->start - from));
    for (std::string_view w : Words(before)) {
      while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
      since_some = EqualsIgnoreCaseAscii(w, "some") ? 0 : since_some + 1;
      if (since_some > 3) continue;
      // (Not "many": a quantifier, though WordNet's "the many" are people.)
      if (w.empty() || !std::islower(static_cast<unsigned char>(w[0])) || w == "others" ||
          IsCommonWord(w, {"common_function", "common_other", "common_adverb"}))
        continue;
      if (PluralRoleNoun(w) || WordLists::Default().Contains("person_plural", w)) found = w;
    }
    if (found.empty()) continue;
    // ("some steel analysts said …. But others say": the earlier group's
    // whole role.)
    std::string role(found);
    const std::string ending = " " + role;
    for (const Attribution& b : *attributions)
      if (&b != &a && b.source && b.source->start >= from && b.source->start < a.source->start &&
          b.speaker.empty() && b.source_type == SourceType::kRole &&
          (b.role == found || b.role.ends_with(ending)))
        role = b.role;
    a.role = std::move(role);
  }
}

void SplitTitledJointSource(std::string_view text, Attribution* a) {
  if (a->source_type != SourceType::kPerson || !a->co_speakers.empty() || !a->source ||
      a->speaker.empty())
    return;
  std::string_view joint = a->source->in(text);
  const size_t at = joint.find(" and ");
  if (at == std::string_view::npos || joint.find(" and ", at + 1) != std::string_view::npos ||
      joint.find(',') != std::string_view::npos)
    return;
  std::pair<std::string, std::string> parts[2] = {SplitLeadingTitle(joint.substr(0, at)),
                                                  SplitLeadingTitle(joint.substr(at + 5))};
  for (const auto& [name, title] : parts) {
    const std::vector<std::string_view> words = Words(name);
    if (words.size() < 2 || words.size() > 3 || !AllNameWords(name)) return;
    // A person's name: titled, or opened by a given name ("Donald Trump"),
    // and ending on no title ("PG&E President and CEO Andy Vesey",
    // "Road Transport and Bridges Minister" join two titles, not two people).
    if (title.empty() && GivenNameGender(words.front()) == 0) return;
    std::string_view last_word = words.back();
    while (last_word.ends_with('.')) last_word.remove_suffix(1);
    const LexEntry* last = LookupWord(last_word);
    if (last != nullptr && (last->flags & (kLexTitle | kLexOrgWord | kLexAbbrev))) return;
  }
  if (parts[0].second.empty() && parts[1].second.empty()) return;  // SplitJointSpeaker's
  if (a->speaker != parts[0].first && a->speaker != parts[1].first) return;
  a->speaker = parts[0].first;
  a->role = parts[0].second;
  a->co_speakers.push_back(parts[1].first);
}

void SplitJointSpeaker(Attribution* a,
                       const std::function<bool(std::string_view)>& names_organisation) {
  const bool person = a->source_type == SourceType::kPerson;
  if ((!person && a->source_type != SourceType::kOrganisation) || !a->co_speakers.empty()) return;
  std::string_view joint = a->speaker;
  for (std::string_view both : {"both ", "Both "})
    if (joint.starts_with(both)) joint.remove_prefix(both.size());
  const size_t at = joint.find(" and ");
  if (at == std::string_view::npos || joint.find(" and ", at + 1) != std::string_view::npos)
    return;
  std::string_view first = joint.substr(0, at), second = joint.substr(at + 5);
  // ("British and Commonwealth Shipping Plc": a designator ending the whole
  // with none in its first part makes one firm.)
  auto ends_on_designator = [](std::string_view part) {
    std::string_view last = LastWord(part);
    while (!last.empty() && (last.back() == '.' || last.back() == ',')) last.remove_suffix(1);
    return IsCorporateDesignator(last);
  };
  if (ends_on_designator(second) && !ends_on_designator(first)) return;
  for (std::string_view* part : {&first, &second}) {
    if (!person)
      for (std::string_view the : {"the ", "The "})
        if (part->starts_with(the)) part->remove_prefix(the.size());
    if (part->empty() || !((*part)[0] >= 'A' && (*part)[0] <= 'Z') ||
        std::count(part->begin(), part->end(), ' ') > (person ? 2 : 5) ||
        (!person && !names_organisation(*part)))
      return;
  }
  std::string co(second);
  a->speaker = std::string(first);
  a->co_speakers.push_back(std::move(co));
}

}  // namespace claimgraph::ingest
