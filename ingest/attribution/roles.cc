#include "ingest/attribution/roles.h"

#include <cctype>
#include <map>
#include <set>
#include <vector>

#include "ingest/attribution/speaker_words.h"
#include "text/lexicon.h"
#include "text/text_scan.h"

namespace claimgraph::ingest {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && (IsSpace(s.back()) || s.back() == ',')) s.remove_suffix(1);
  return s;
}

// `s` without a leading article of the "article" word list ("The ", "an ").
std::string_view StripDeterminer(std::string_view s) {
  std::size_t space = s.find(' ');
  if (space != std::string_view::npos &&
      WordLists::Default().ContainsAsWritten("article", s.substr(0, space)))
    return s.substr(space + 1);
  return s;
}

// Words that end a title phrase when scanning back from a name: verbs and
// conjunctions ("said", "and") are not part of a role.
bool StopsTitle(std::string_view word) {
  return WordLists::Default().Contains("title_stop", word);
}

// At most this many words make a role.
constexpr int kMaxRoleWords = 10;

// "Pentagon press secretary Peter Cook": the words just before the name, back to
// a sentence start, punctuation or a stop word, ending in a lower-case title
// word ("secretary", "spokeswoman", "ambassador").
std::string TitleBefore(std::string_view text, Span name) {
  std::size_t end = name.start;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t start = end;
  int words = 0;
  bool has_lower = false;
  while (start > 0 && words < kMaxRoleWords) {
    std::size_t word_end = start;
    while (word_end > 0 && text[word_end - 1] == ' ') --word_end;
    std::size_t word_start = word_end;
    while (word_start > 0 && !IsSpace(text[word_start - 1]) &&
           text[word_start - 1] != ',' && text[word_start - 1] != '.' &&
           text[word_start - 1] != '"' && text[word_start - 1] != '(') {
      --word_start;
    }
    if (word_start == word_end) break;
    std::string_view word = text.substr(word_start, word_end - word_start);
    if (StopsTitle(word) || word == "The" || word == "the") break;
    // "CHICAGO, March 5 - Amoco Corp chairman Richard Ellison": a dateline's
    // dash (or a dash of any width) ends the title.
    if (word == "-" || word == "--" || word == "\xE2\x80\x94" || word == "\xE2\x80\x93") break;
    has_lower |= IsLower(word.front());
    start = word_start;
    ++words;
    if (word_start == 0 || text[word_start - 1] != ' ') break;
  }
  if (start >= end || !has_lower) return {};
  std::string_view role = Trim(text.substr(start, end - start));
  // The last word must be a lower-case title word: "press secretary".
  std::size_t last_space = role.rfind(' ');
  std::string_view last = last_space == std::string_view::npos ? role : role.substr(last_space + 1);
  if (last.empty() || !IsLower(last.front())) return {};
  return std::string(role);
}

// "The US ambassador to the United Nations, Samantha Power, ...", "Dome's
// chairman, J. Howard Macdonald, ...": a phrase led by a determiner or by a
// capitalised name in the possessive right before ", NAME,".
std::string AppositionBefore(std::string_view text, Span name) {
  if (name.start < 2 || text.substr(name.start - 2, 2) != ", ") return {};
  std::size_t end = name.start - 2;
  std::size_t start = end;
  while (start > 0 && text[start - 1] != '.' && text[start - 1] != '\n' &&
         text[start - 1] != ',' && end - start < 120) {
    --start;
  }
  std::string_view phrase = Trim(text.substr(start, end - start));
  // After a dateline: "NEW YORK, March 3 - Texaco Inc's chairman, …".
  for (std::string_view dash : {" - ", " \xE2\x80\x94 "})
    if (const size_t at = phrase.rfind(dash); at != std::string_view::npos)
      phrase = Trim(phrase.substr(at + dash.size()));
  // "The Manila Bulletin said the central bank governor, Jose Fernandez,
  // would …": the apposition starts after the clause's cue.
  {
    const std::vector<std::string_view> all = speaker_words::Words(phrase);
    for (size_t k = all.size(); k-- > 0;) {
      const LexEntry* e = speaker_words::LookupWord(all[k]);
      if (e != nullptr && (e->flags & kLexCue) && !(e->flags & kLexNounToo) &&
          k + 1 < all.size()) {
        phrase = Trim(phrase.substr(all[k + 1].data() - phrase.data()));
        break;
      }
    }
  }
  const bool determiner = phrase.starts_with("The ") || phrase.starts_with("the ");
  phrase = StripDeterminer(phrase);
  // "Dome's chairman", "Texaco Inc's chairman": capitalised words, the last
  // possessive, then the role.
  const std::vector<std::string_view> words = speaker_words::Words(phrase);
  for (size_t k = 0; k + 1 < words.size() && IsUpper(words[k].front()); ++k)
    if (speaker_words::StripPossessive(words[k]).size() < words[k].size())
      return std::string(phrase);
  if (!determiner) return {};
  if (phrase.empty() || !(IsLower(phrase.front()) || IsUpper(phrase.front()))) return {};
  return std::string(phrase);
}

// "General Joe Dunford, chairman of the US Joint Chiefs of Staff, said": a
// lower-case phrase right after ", " and closed by a comma.
std::string AppositionAfter(std::string_view text, Span name) {
  if (text.substr(name.end, 2) != ", ") return {};
  std::size_t start = name.end + 2;
  std::size_t end = text.find(',', start);
  std::size_t stop = text.find_first_of(".\n", start);
  if (end == std::string_view::npos || (stop != std::string_view::npos && stop < end) ||
      end - start > 120) {
    return {};
  }
  std::string_view phrase = StripDeterminer(Trim(text.substr(start, end - start)));
  if (phrase.empty() || !IsLower(phrase.front())) return {};
  // "who ...", "which ..." are clauses, not roles.
  if (phrase.starts_with("who ") || phrase.starts_with("which ")) return {};
  return std::string(phrase);
}

// The words of `s`, split at spaces and no-break spaces.
std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    while (j < s.size() && !IsSpace(s[j]) && !(s[j] == '\xC2' && j + 1 < s.size() && s[j + 1] == '\xA0'))
      ++j;
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j + ((j < s.size() && s[j] == '\xC2') ? 2 : 1);
  }
  return words;
}

// Where the organisation's name that the "and" at `all[i]` is inside ends,
// when a title or other word follows that name: "Securities and Exchange
// Commission Chairman", "Oppenheimer and Co analyst" (capitalised words on
// both sides, the last an organisation word or a designator); else 0 (a
// joint mention: "Mrs. Clinton and her campaign").
size_t AndInsideName(const std::vector<std::string_view>& all, size_t i) {
  auto cap = [&](size_t k) { return std::isupper(static_cast<unsigned char>(all[k][0])) != 0; };
  if (i == 0 || !cap(i - 1)) return 0;
  for (size_t j = i + 1; j + 1 < all.size() && cap(j); ++j) {
    std::string_view word = all[j];
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back())))
      word.remove_suffix(1);
    if (speaker_words::IsOrganisationWord(word) || speaker_words::IsCorporateDesignator(word))
      return j + 1;
  }
  return 0;
}

}  // namespace

bool ReadsAsRole(std::string_view role, SourceType type) {
  using speaker_words::IsCommonWord;
  using speaker_words::LookupWord;
  using speaker_words::LowerAscii;
  const WordLists& lists = WordLists::Default();
  // A party and state: "R-Utah", "D-N.Y.".
  if (IsPartyStateLabel(role)) return true;
  std::string_view last;
  const std::vector<std::string_view> words = speaker_words::Words(role);
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view word = words[k];
    // Edge punctuation: "” White House press secretary", "Ohio Gov.".
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.front())))
      word.remove_prefix(1);
    const bool clause_ends = !word.empty() && (word.back() == ',' || word.back() == ':');
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back())))
      word.remove_suffix(1);
    if (word.empty()) continue;
    // A verb of being makes it a clause: "those economists is former …".
    if (lists.Contains("passive_be", LowerAscii(word))) return false;
    if (LowerAscii(word) == "and") {
      if (const size_t name_end = AndInsideName(words, k); name_end > 0) {
        k = name_end - 1;
        last = words[k];
        continue;
      }
    }
    const LexEntry* e = LookupWord(word);
    // The head ends at a preposition or clause word: "director | of …",
    // "a Democrat | who ran …", "a testimonial | to"; nothing after it is
    // a clause cut short ("a Republican who").
    if (e != nullptr && (e->flags & (kLexPrep | kLexBoundary))) {
      if (k + 1 == words.size()) return false;
      break;
    }
    last = word;
    if (clause_ends) break;
  }
  if (last.empty()) return false;
  // An organisation's words are any description ("conservative-leaning").
  if (type != SourceType::kPerson) return true;
  const std::string lower = LowerAscii(last);
  if (speaker_words::IsHonorific(lower)) return false;
  const LexEntry* e = LookupWord(lower);
  if (e != nullptr && (e->flags & (kLexTitle | kLexRoleNoun))) return true;
  if (lists.Contains("epithet", lower) || lists.Contains("affiliation", lower) ||
      IsCommonWord(lower, {"person_noun"}))
    return true;
  // Agent nouns of the professions: "economist", "historian", "pollster".
  return lists.EndsWithOneOf("person_noun_ending", lower);
}

std::string ShareGroup(std::string_view mention) {
  const WordLists& lists = WordLists::Default();
  std::vector<std::string_view> words = SplitWords(mention);
  // The share may follow a few lower-case words ("a staggering 56 percent",
  // "An average of 10 percent", "Just shy of half").
  std::size_t i = 0;
  while (i < words.size() && i < 4 &&
         (lists.Contains("share_lead", speaker_words::LowerAscii(words[i])) ||
          (i > 0 && std::islower(static_cast<unsigned char>(words[i][0])) &&
           !lists.Contains("share_word", speaker_words::LowerAscii(words[i])) &&
           !(i + 1 < words.size() && (speaker_words::LowerAscii(words[i + 1]) == "percent" ||
                                      speaker_words::LowerAscii(words[i + 1]) == "in")))))
    ++i;
  if (i >= words.size()) return "";
  auto lower = [&](std::size_t k) { return speaker_words::LowerAscii(words[k]); };
  const bool digit = std::isdigit(static_cast<unsigned char>(words[i][0])) != 0;
  if (words[i].ends_with("%")) {
    i += 1;  // "60%"
  } else if (i + 1 < words.size() && lower(i + 1) == "percent") {
    i += 2;  // "60 percent", "Twenty-four percent"
  } else if (i + 2 < words.size() && lower(i + 1) == "in" &&
             (digit || lists.Contains("share_count", lower(i))) &&
             (std::isdigit(static_cast<unsigned char>(words[i + 2][0])) ||
              lists.Contains("share_count", lower(i + 2)))) {
    i += 3;  // "six in 10", "one in five" (not "a panel in 2001")
  } else if (!digit && lists.Contains("share_word", lower(i)) &&
             (i + 1 == words.size() || lower(i + 1) == "of")) {
    i += 1;  // "half", "a majority of" (not "a half years in office")
  } else {
    return "";
  }
  if (i < words.size() && lower(i) == "of") ++i;
  if (i < words.size() && (lower(i) == "the" || lower(i) == "those")) ++i;
  if (i >= words.size()) return "poll respondents";
  std::string group;
  for (; i < words.size(); ++i) {
    if (!group.empty()) group += ' ';
    group += words[i];
  }
  return group;
}

std::string RoleAround(std::string_view text, Span name) {
  if (name.end > text.size() || name.empty()) return {};
  std::string role = AppositionAfter(text, name);
  if (role.empty()) role = AppositionBefore(text, name);
  if (role.empty()) role = TitleBefore(text, name);
  return speaker_words::Normalize(role);
}

namespace {

// The index in `all` of RoleHead's word, or -1 (see RoleHead).
int RoleHeadIndex(const std::vector<std::string_view>& all) {
  int head = -1;
  for (size_t i = 0; i < all.size(); ++i) {
    const std::string lower = speaker_words::LowerAscii(all[i]);
    if (lower == "and") {
      const size_t name_end = AndInsideName(all, i);
      if (name_end == 0) return -1;
      i = name_end - 1;
      continue;
    }
    if (head >= 0) {
      const LexEntry* e = Lexicon::Default().Find(lower);
      if ((e != nullptr && (e->flags & kLexPrep)) || lower == "close") break;
      // "economists polled by Reuters": a participle and its agent.
      if (lower.size() > 4 && lower.ends_with("ed") && i + 1 < all.size() &&
          speaker_words::LowerAscii(all[i + 1]) == "by")
        break;
    }
    head = static_cast<int>(i);
  }
  return head;
}

}  // namespace

std::string RoleHead(std::string_view words) {
  const std::vector<std::string_view> all = speaker_words::Words(words);
  const int head = RoleHeadIndex(all);
  return head < 0 ? std::string() : speaker_words::LowerAscii(all[head]);
}

bool NamesNoSpeaker(std::string_view words) {
  if (!ShareGroup(words).empty() || NamesOrganisation(words)) return false;
  const WordLists& lists = WordLists::Default();
  std::vector<std::string_view> all = speaker_words::Words(words);
  // "an FBI official she spoke to", "those who have sketched out …": the head
  // is before a clause.
  for (size_t i = 1; i < all.size(); ++i) {
    const std::string lower = speaker_words::LowerAscii(all[i]);
    const LexEntry* e = Lexicon::Default().Find(lower);
    if (lists.Contains("relative_pronoun", lower) || (e != nullptr && (e->flags & kLexPronoun))) {
      all.resize(i);
      break;
    }
  }
  const int head = RoleHeadIndex(all);
  if (head < 0 || !std::islower(static_cast<unsigned char>(all[head][0]))) return false;
  // A speaker's word before a participle is the head: "People holding a
  // banner", "A new study documenting iodine status", "a poll conducted last
  // week".
  auto speaker_word = [&](const std::string& w) {
    const LexEntry* e = Lexicon::Default().Find(w);
    if (e != nullptr && (e->flags & (kLexRoleNoun | kLexOrgWord | kLexDocNoun | kLexTitle |
                                     kLexCompanyNoun | kLexPlural)))
      return true;
    for (std::string_view list : {"they_group", "collective", "public_body", "outlet_word",
                                  "person_noun", "epithet", "spokesperson_noun"})
      if (lists.Contains(list, w)) return true;
    return false;
  };
  for (int i = 0; i + 1 < head; ++i)
    if ((speaker_words::LowerAscii(all[i + 1]).ends_with("ing") ||
         speaker_words::LowerAscii(all[i + 1]).ends_with("ed")) &&
        speaker_word(speaker_words::LowerAscii(all[i])))
      return false;
  const std::string lower = speaker_words::LowerAscii(all[head]);
  if (!lists.Contains("nonspeaker_noun", lower)) return false;
  // A word UD English mostly tags as no noun ("senators present", "a poll
  // out") ends no noun phrase this list can judge, unless an article makes
  // it one ("The move suggested …").
  if (speaker_words::IsCommonWord(lower, {"common_adverb", "common_function", "common_other"}) &&
      !(head == 1 && lists.Contains("article", speaker_words::LowerAscii(all[0]))))
    return false;
  // What the lexicon knows as a speaker's word it keeps, in the singular too
  // ("research", "investigations").
  if (speaker_word(lower)) return false;
  for (std::string_view plural : {"ies", "es", "s"})
    if (lower.size() > plural.size() + 2 && lower.ends_with(plural) &&
        speaker_word(lower.substr(0, lower.size() - plural.size()) + (plural == "ies" ? "y" : "")))
      return false;
  // "Large majorities of Republican voters", "a handful of senators": the
  // group after "of" is the source.
  if (static_cast<size_t>(head) + 2 < all.size() &&
      speaker_words::LowerAscii(all[head + 1]) == "of") {
    const size_t rest = all[head + 2].data() - words.data();
    return NamesNoSpeaker(words.substr(rest));
  }
  return true;
}

bool NamesOrganisation(std::string_view words) {
  const WordLists& lists = WordLists::Default();
  // ("Some local press", "Several outlets": a quantified group, a role.)
  const std::vector<std::string_view> all = speaker_words::Words(words);
  if (!all.empty() && lists.Contains("group_quantifier", speaker_words::LowerAscii(all[0])))
    return false;
  const std::string w = RoleHead(words);
  auto organisation = [&](const std::string& x) {
    const LexEntry* e = Lexicon::Default().Find(x);
    return (e != nullptr && (e->flags & kLexCompanyNoun)) || lists.Contains("public_body", x) ||
           lists.Contains("outlet_word", x) || lists.Contains("collective", x);
  };
  if (organisation(w)) return true;
  // "Multiple outlets", "the newspapers": a plural of one.
  return w.size() > 3 && w.back() == 's' && organisation(w.substr(0, w.size() - 1));
}

void FillRoles(std::string_view text, Extraction* extraction) {
  std::map<std::string, std::string> by_speaker;  // learned from any mention
  std::set<std::string_view> searched;            // each speaker's mentions once
  for (const Attribution& a : extraction->attributions) {
    if (a.speaker.empty() || a.source_type != SourceType::kPerson ||
        !searched.insert(a.speaker).second) {
      continue;
    }
    std::size_t at = 0;
    while ((at = text.find(a.speaker, at)) != std::string_view::npos) {
      Span name{static_cast<uint32_t>(at), static_cast<uint32_t>(at + a.speaker.size())};
      if (std::string role = RoleAround(text, name);
          !role.empty() && ReadsAsRole(role, SourceType::kPerson)) {
        by_speaker[a.speaker] = role;
        break;
      }
      at = name.end;
    }
  }
  for (Attribution& a : extraction->attributions) {
    if (a.speaker.empty()) continue;
    // A role that swallowed a relay ("RIA Novosti news agency quoted Russian
    // Foreign Ministry spokeswoman") is replaced by the one written at the name.
    bool garbled = false;
    for (std::size_t at = 0, next; at < a.role.size(); at = next + 1) {
      next = a.role.find(' ', at);
      if (next == std::string::npos) next = a.role.size();
      garbled |= StopsTitle(std::string_view(a.role).substr(at, next - at));
    }
    const bool reads = !a.role.empty() && ReadsAsRole(a.role, a.source_type);
    if (reads && !garbled) continue;
    // A garbled role that still reads as one stays unless the article gives
    // a better one ("professor of constitutional law at …" holds a stop word).
    if (!reads) a.role.clear();
    if (auto it = by_speaker.find(a.speaker); it != by_speaker.end()) a.role = it->second;
  }
  // "60 percent of voters said": the role is the group polled, not the share.
  for (Attribution& a : extraction->attributions) {
    if (!a.speaker.empty() || a.source_type != SourceType::kRole || !a.source) continue;
    if (std::string group = ShareGroup(a.source->in(text)); !group.empty()) {
      a.role = group;
      continue;
    }
    // "The newspaper said", "the campaign said": an organisation the text
    // does not name, of that story.
    if (NamesOrganisation(a.source->in(text)))
      a.source_type = SourceType::kOrganisation;
  }
}

}  // namespace claimgraph::ingest
