#include "ingest/attribution/speaker_words.h"

#include <algorithm>
#include <cctype>

#include "ingest/attribution/roles.h"
#include "ingest/entities/entities.h"
#include "text/text_fold.h"

namespace claimgraph::ingest::speaker_words {

std::string_view LastWord(std::string_view name) {
  size_t p = name.find_last_of(' ');
  return p == std::string_view::npos ? name : name.substr(p + 1);
}

std::string_view Surname(std::string_view name) {
  std::string_view last = LastWord(name);
  const bool numeral = !last.empty() && last.find_first_not_of("IVX") == std::string_view::npos;
  return numeral || IsGenerationSuffix(last) ? name : last;
}

bool IsWholeWordAt(std::string_view text, size_t at, size_t size) {
  const size_t end = at + size;
  return (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) &&
         (end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end])));
}

std::string_view StripPossessive(std::string_view w) {
  if (w.ends_with("'s")) return w.substr(0, w.size() - 2);
  if (w.ends_with("\xE2\x80\x99s")) return w.substr(0, w.size() - 4);
  if (w.ends_with("s'")) return w.substr(0, w.size() - 1);                // "Bishops'"
  if (w.ends_with("s\xE2\x80\x99")) return w.substr(0, w.size() - 3);  // "Bishops’"
  return w;
}

constexpr std::string_view kRightQuote = "\xE2\x80\x99";

std::string FoldRightQuotes(std::string_view s) {
  std::string out(s);
  for (size_t at = 0; (at = out.find(kRightQuote, at)) != std::string::npos;)
    out.replace(at, kRightQuote.size(), "'");
  return out;
}

bool SameName(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.find(kRightQuote) == std::string_view::npos && b.find(kRightQuote) == std::string_view::npos)
    return false;
  return FoldRightQuotes(a) == FoldRightQuotes(b);
}

std::string_view StripPossessor(std::string_view name, bool places) {
  const std::vector<std::string_view> words = Words(name);
  if (words.size() < 2 || !IsCapitalizedWord(words[1]) || !IsCapitalizedWord(words.back()))
    return name;
  const std::string_view possessor = StripPossessive(words[0]);
  if (possessor.size() == words[0].size()) return name;
  bool strip = WordLists::Default().Contains("institution_noun", possessor);
  if (!strip && places) {
    const std::optional<KnownEntity> known = EntityLinker::Default().Lookup(possessor);
    strip = known && known->type == "place";
  }
  return strip ? name.substr(words[1].data() - name.data()) : name;
}

bool NounOfPeople(std::string_view word) {
  const std::string lower = LowerAscii(word);
  // (Not a word mostly of another part of speech: "Bangladeshi" is mostly
  // an adjective, and "Bangladeshi Road Transport …" names no person.)
  // Nor a given name ("Michael", "Marine": "michaels" and "marines" are
  // people too).
  return !lower.ends_with('s') && WordLists::Default().Contains("person_plural", lower + "s") &&
         !WordLists::Default().Contains("common_other", lower) && GivenNameGender(word) == 0 &&
         !IsLoneGivenName(word);
}

std::string Normalize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool IsNameWord(const Token& t) {
  // "Roberta A. Kaplan": an initial, even one that is a word ("A", "I").
  if (t.kind == TokenKind::kWord && t.capitalized && t.abbreviation && t.end - t.start <= 2)
    return true;
  return t.kind == TokenKind::kWord && t.capitalized && !t.possessive &&
         !(t.lex & (kLexTitle | kLexOrgWord | kLexPlace | kLexNotName | kLexTime |
                    kLexDeterminer | kLexPronoun));
}

bool PossessiveNameWord(const Token& t) {
  return t.kind == TokenKind::kWord && t.capitalized && t.possessive && !t.abbreviation &&
         !(t.lex & (kLexTitle | kLexOrgWord | kLexPlace | kLexNotName | kLexTime |
                    kLexDeterminer | kLexPronoun));
}

bool IsGenerationSuffix(std::string_view word) {
  return word == "Jr." || word == "Sr." || word == "Jr" || word == "Sr";
}

bool FamilyNameFirst(std::string_view given) {
  const size_t hyphen = given.find('-');
  return given.size() >= 4 && IsCapitalizedWord(given) && hyphen != std::string_view::npos &&
         hyphen > 0 && hyphen + 1 < given.size() && given[hyphen + 1] >= 'a' &&
         given[hyphen + 1] <= 'z' && given.find('-', hyphen + 1) == std::string_view::npos &&
         given.find('\'') == std::string_view::npos &&
         // (Not "Co-chair", "Ex-president", "Anti-war": a first part no word.)
         LookupWord(given.substr(0, hyphen)) == nullptr &&
         !IsCommonWord(given.substr(0, hyphen), {"common_noun", "common_other", "common_adverb",
                                                 "common_function"});
}

std::string_view FamilyName(std::string_view name) {
  // ("Ban Ki-moon", "Tong Yung-soo": the family name is written first.)
  const size_t space = name.find(' ');
  if (space != std::string_view::npos && name.find(' ', space + 1) == std::string_view::npos &&
      FamilyNameFirst(name.substr(space + 1)))
    return name.substr(0, space);
  std::string_view last = LastWord(name);
  if (!IsGenerationSuffix(last) || last.size() == name.size()) return last;
  std::string_view rest = name.substr(0, name.size() - last.size());
  while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
  return LastWord(rest);
}

bool EqualsIgnoreCaseAscii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

std::string LowerAscii(std::string_view w) {
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c += 32;
  return out;
}

bool IsCorporateDesignator(std::string_view word) {
  return WordLists::Default().Contains("corporate_designator", LowerAscii(word));
}

bool IsCapitalizedWord(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC0);
}

bool AllNameWords(std::string_view s) {
  int words = 0;
  for (size_t at = 0; at <= s.size(); ++words) {
    size_t space = s.find(' ', at);
    if (space == std::string_view::npos) space = s.size();
    std::string_view word = s.substr(at, space - at);
    if (!IsCapitalizedWord(word) || word.find('\'') != std::string_view::npos ||
        word.find("\xE2\x80\x99") != std::string_view::npos)  // not "Turkey's"
      return false;
    at = space + 1;
  }
  return words >= 1 && words <= 3;
}

const LexEntry* LookupWord(std::string_view word) {
  return Lexicon::Default().Find(LowerAscii(word));
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at < s.size();) {
    size_t space = s.find(' ', at);
    if (space == std::string_view::npos) space = s.size();
    if (space > at) words.push_back(s.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

namespace {

// The text from word `first` to word `last` of one string, both views into it.
std::string FromTo(std::string_view first, std::string_view last) {
  return std::string(first.data(), last.data() + last.size() - first.data());
}

}  // namespace

int CommonWordsBeforeGivenName(const std::vector<std::string_view>& words) {
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    const std::string_view w = words[i];
    // ("Actor" has a gender in the lexicon, for "he", and is no given name.)
    // ("Ecologist Ryan Norris", "Legislator Tanya Chan": a profession's
    // ending, person_noun_ending, makes a word a role the lists lack.)
    // ("Investor Sumner Redstone": so does a noun all of whose senses are
    // people, person_plural.)
    const bool profession =
        (w.size() >= 7 && WordLists::Default().EndsWithOneOf("person_noun_ending", LowerAscii(w))) ||
        NounOfPeople(w);
    if (!IsCapitalizedWord(w) || (GivenNameGender(w) != 0 && !IsCommonWord(w, {"person_noun"})) ||
        !(IsAcronym(w) || profession ||
          IsCommonWord(w, {"common_noun", "common_other", "person_noun"})))
      return 0;
    if (GivenNameGender(words[i + 1]) != 0 && IsCapitalizedWord(words[i + 2]))
      return static_cast<int>(i) + 1;
  }
  return 0;
}

std::pair<std::string, std::string> SplitLeadingTitle(std::string_view name) {
  const std::vector<std::string_view> words = Words(name);
  int last_title = -1;
  for (int i = 0; i + 1 < static_cast<int>(words.size()); ++i) {
    const LexEntry* e = LookupWord(words[i]);
    const std::string lower = LowerAscii(words[i]);
    const WordLists& lists = WordLists::Default();
    // ("Dean Kleckner": a given name before one word alone.)
    if (i == 0 && words.size() == 2 && lists.Contains("given_name_title", lower)) break;
    // A party ("Democrat Chuck Schumer"), an epithet ("Billionaire Mark
    // Cuban") or a role noun ("Analyst Peter Gray"; "Investor Sumner
    // Redstone": a noun all of whose senses are people) only before two or
    // more words.
    const bool before_name = i + 2 < static_cast<int>(words.size());
    if ((e != nullptr && (e->flags & kLexTitle)) || IsAgeWord(words[i]) ||
        (before_name && (lists.Contains("affiliation", lower) || lists.Contains("epithet", lower) ||
                         lists.Contains("epithet_modifier", lower) ||
                         (e != nullptr && (e->flags & kLexRoleNoun) && !(e->flags & kLexPlural)) ||
                         (lists.Contains("person_noun", lower) && !lists.Contains("not_epithet", lower)) ||
                         NounOfPeople(lower))))
      last_title = i;
  }
  // "Legislator Tanya Chan", "Islamic Relations Alia Salem", "DJ Beverly
  // Bond": common words or an acronym before a given name and a surname are
  // a title the lexicon does not know.
  if (last_title < 0) last_title = CommonWordsBeforeGivenName(words) - 1;
  if (last_title < 0) return {std::string(name), ""};
  for (size_t i = last_title + 1; i < words.size(); ++i)
    if (!IsCapitalizedWord(words[i])) return {std::string(name), ""};
  size_t cut = words[last_title + 1].data() - name.data();
  return {std::string(name.substr(cut)),
          std::string(name.substr(0, words[last_title].data() + words[last_title].size() -
                                         name.data()))};
}

bool IsOrganisationWord(std::string_view word) {
  const LexEntry* e = LookupWord(word);
  return e != nullptr && (e->flags & kLexOrgWord);
}

bool IsCommonWord(std::string_view word, std::initializer_list<std::string_view> lists) {
  std::string lower = LowerAscii(word);
  const WordLists& w = WordLists::Default();
  for (std::string_view list : lists) {
    if (w.Contains(list, lower)) return true;
    if ((list == "common_noun" || list == "person_noun") && lower.size() > 3 &&
        lower.back() == 's' &&
        w.Contains(list, std::string_view(lower).substr(0, lower.size() - 1)))
      return true;
  }
  return false;
}

char GivenNameGender(std::string_view word) {
  const std::string lower = LowerAscii(word);
  const LexEntry* e = LookupWord(lower);
  if (e != nullptr && GenderOf(e->flags) != 0) return GenderOf(e->flags);
  const WordLists& lists = WordLists::Default();
  if (lists.Contains("given_female", lower)) return 'f';
  if (lists.Contains("given_male", lower)) return 'm';
  return 0;
}

bool IsLoneGivenName(std::string_view word) {
  if (!IsCapitalizedWord(word) || IsAllCapitalName(word) || IsAcronym(word)) return false;
  const LexEntry* e = LookupWord(LowerAscii(word));
  if (e != nullptr && (e->flags & ~(kLexMale | kLexFemale)) != 0) return false;
  if (IsCommonWord(word, {"common_noun", "common_other", "common_adverb", "common_function"}) ||
      EntityLinker::Default().Lookup(word))
    return false;
  return GivenNameGender(word) != 0;
}

bool IsHonorific(std::string_view word) {
  if (word.ends_with('.')) word.remove_suffix(1);
  return WordLists::Default().Contains("honorific", LowerAscii(word));
}

bool IsWebDomain(std::string_view word) {
  const size_t dot = word.rfind('.');
  if (dot == std::string_view::npos || dot < 2) return false;
  const size_t tld = word.size() - dot - 1;
  if (tld < 2 || tld > 6) return false;
  for (size_t i = dot + 1; i < word.size(); ++i)
    if (word[i] < 'a' || word[i] > 'z') return false;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  return letter(word[0]) && letter(word[dot - 1]) && word[1] != '.';
}

bool NamesAnOutlet(std::string_view word) {
  if (IsWebDomain(word)) return true;
  if (size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos && hyphen > 0)
    return IsCapitalizedWord(word.substr(hyphen + 1)) && IsOrganisationWord(word.substr(hyphen + 1));
  for (size_t i = 2; i + 2 < word.size(); ++i)
    if (word[i] >= 'A' && word[i] <= 'Z' && word[i - 1] >= 'a' && word[i - 1] <= 'z')
      return IsOrganisationWord(word.substr(i));
  return false;
}

bool DescribedAsOrganisation(std::string_view text, std::string_view name) {
  const WordLists& lists = WordLists::Default();
  // A lower-case outlet noun ("newspaper", "agency") or organisation word of
  // the lexicon ("company", "group").
  auto organisation_noun = [&](std::string_view w) {
    if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
    return lists.Contains("outlet_word", w) || IsOrganisationWord(w);
  };
  auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    const size_t end = at + name.size();
    if ((at > 0 && letter(text[at - 1])) || (end < text.size() && letter(text[end]))) continue;
    // Before: "daily Népszava".
    size_t b = at;
    if (b > 0 && text[b - 1] == ' ') {
      size_t a = b - 1;
      while (a > 0 && std::islower(static_cast<unsigned char>(text[a - 1]))) --a;
      if (organisation_noun(text.substr(a, b - 1 - a))) return true;
    }
    // After: "Roscosmos, the Russian space agency," — at most four words
    // after the article, the last an organisation noun ending the phrase.
    std::string_view rest = text.substr(end);
    if (rest.starts_with(", which ")) return true;
    if (!(rest.starts_with(", the ") || rest.starts_with(", a ") || rest.starts_with(", an ")))
      continue;
    rest.remove_prefix(rest.find(' ', 2) + 1);
    size_t i = 0;
    for (int words = 0; words < 4 && i < rest.size(); ++words) {
      size_t j = i;
      while (j < rest.size() && (letter(rest[j]) || rest[j] == '-')) ++j;
      if (j == i) break;
      const std::string_view word = rest.substr(i, j - i);
      const bool ends = j >= rest.size() || rest[j] == ',' || rest[j] == '.' || rest[j] == ';';
      if (ends) {
        if (organisation_noun(word)) return true;
        break;
      }
      // ("Jones, a lawyer at the firm": the noun after a preposition is not his.)
      const LexEntry* e = LookupWord(word);
      if (rest[j] != ' ' || (e != nullptr && (e->flags & kLexPrep))) break;
      i = j + 1;
    }
  }
  return false;
}

bool IsCapitalisedPluralHead(std::string_view word, std::string_view before) {
  if (word.size() < 4 || !(word[0] >= 'A' && word[0] <= 'Z') || word.back() != 's') return false;
  for (char c : word)
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  const char penultimate = word[word.size() - 2];
  if (penultimate == 's' || penultimate == 'u' || penultimate == 'i') return false;
  if (GivenNameGender(word) != 0) return false;
  if (before.empty()) return true;
  const LexEntry* e = LookupWord(before);
  return !IsHonorific(before) && !(e != nullptr && (e->flags & kLexTitle)) &&
         !(IsCapitalizedWord(before) && GivenNameGender(before) != 0);
}

bool IsNationalityPlural(std::string_view word) {
  if (!word.ends_with('s')) return false;
  const EntityLinker& linker = EntityLinker::Default();
  const std::optional<KnownEntity> plural = linker.Lookup(word);
  if (!plural || plural->type != "place") return false;
  const std::optional<KnownEntity> singular = linker.Lookup(word.substr(0, word.size() - 1));
  return singular && singular->name == plural->name;
}

bool IsAgeWord(std::string_view word) {
  return LowerAscii(word).ends_with("-year-old");
}

bool IsAllCapitalName(std::string_view word) {
  return word.size() >= 5 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsAcronym(std::string_view word) {
  int capitals = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') ++capitals;
    else if (c != '.') return false;
  }
  return capitals >= 2 && capitals <= 6;
}

bool WordEndsInNoun(std::string_view word, std::string_view noun) {
  return word.find(' ') == std::string_view::npos && word.size() >= noun.size() + 3 &&
         IsCapitalizedWord(word) && !IsAllCapitalName(word) && LowerAscii(word).ends_with(noun);
}

bool OrganisationFits(std::string_view name, std::string_view noun) {
  if (noun.empty()) return true;
  const std::string lower_noun = LowerAscii(noun);
  const WordLists& lists = WordLists::Default();
  bool public_body = false, outlet = false, any_body = false;
  for (std::string_view w : Words(name)) {
    const std::string lower = LowerAscii(w);
    if (lower == lower_noun) return true;
    any_body |= lists.Contains("any_body_word", lower);
    public_body |= lists.Contains("public_body", lower);
    outlet |= lists.Contains("outlet_word", lower);
  }
  // The head of the name, its last word before "of" ("Communications
  // Workers of America"; "Union Carbide Corp" is a firm).
  // ("Fleet Financial Group", "USAir Group": a head that is also a
  // corporate designator may be a firm's, and fits "the company" too.)
  const std::string head =
      LowerAscii(LastWord(name.substr(0, std::min(name.size(), name.find(" of ")))));
  const bool civil = lists.Contains("civil_body", head) && !IsCorporateDesignator(head);
  if (outlet && !lists.Contains("outlet_word", lower_noun)) return false;
  if (civil && IsCompanyNoun(lower_noun) && !lists.Contains("civil_body", lower_noun)) return false;
  return any_body || public_body == lists.Contains("public_body", lower_noun);
}

std::string OrganisationNamedBefore(std::string_view text, uint32_t before,
                                    std::string_view noun) {
  std::string_view window = text.substr(0, std::min<size_t>(before, text.size()));
  // Words right to left: [start, end) byte ranges.
  size_t end = window.size();
  while (end > 0) {
    while (end > 0 && !std::isalnum(static_cast<unsigned char>(window[end - 1])) &&
           static_cast<unsigned char>(window[end - 1]) < 0x80)
      --end;
    size_t start = end;
    while (start > 0 && window[start - 1] != ' ' && window[start - 1] != '\n') --start;
    std::string_view word = window.substr(start, end - start);
    while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
    // "the bank" after "The Bundesbank", "Citibank": one word ending in the
    // noun names an organisation of that kind.
    if (noun.size() >= 3 && WordEndsInNoun(word, LowerAscii(noun))) return Normalize(word);
    if (!word.empty() && IsCapitalizedWord(word) && IsOrganisationWord(word)) {
      // The capitalised words before it, on the same line.
      size_t name_start = start;
      int words = 0;
      while (name_start > 0 && window[name_start - 1] == ' ' && words < 4) {
        size_t prev = name_start - 1;
        size_t word_start = prev;
        while (word_start > 0 && window[word_start - 1] != ' ' && window[word_start - 1] != '\n')
          --word_start;
        std::string_view w = window.substr(word_start, prev - word_start);
        if (!IsCapitalizedWord(w) || w == "The" || w == "A" || w == "An") break;
        name_start = word_start;
        ++words;
      }
      if (words > 0) {
        std::string name = Normalize(window.substr(name_start, start + word.size() - name_start));
        if (OrganisationFits(name, noun)) return name;
        // Not a shorter name inside the one that does not fit ("KUNA News"
        // of "KUNA News Agency").
        end = name_start;
        continue;
      }
    }
    end = start;
  }
  return {};
}

bool WrittenAsName(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) continue;
    if (at >= 2 && text[at - 1] == ' ' &&
        (std::islower(static_cast<unsigned char>(text[at - 2])) || text[at - 2] == ','))
      return true;
  }
  return false;
}

bool IsCompanyNoun(std::string_view noun) {
  const LexEntry* e = LookupWord(noun);
  return e != nullptr && (e->flags & kLexCompanyNoun);
}

bool LooksLikeAdverb(std::string_view word) {
  if (word.size() < 5 || IsCapitalizedWord(word)) return false;
  const WordLists& lists = WordLists::Default();
  return !lists.Contains("not_adverb", word) && lists.EndsWithOneOf("adverb_ending", word);
}

// Flags of a word that may head a noun phrase of people or things.
constexpr uint32_t kNounish = kLexPronoun | kLexRoleNoun | kLexOrgWord | kLexDocNoun | kLexPlural;

bool EventMention(std::string_view mention) {
  const std::vector<std::string_view> words = Words(mention);
  if (words.empty() || IsCapitalizedWord(words.back()) ||
      !WordLists::Default().Contains("event_noun", LowerAscii(StripPossessive(words.back()))))
    return false;
  // ("some who advocate free speech": the head is before a relative clause.)
  return std::none_of(words.begin(), words.end(), [&](std::string_view w) {
    const LexEntry* e = LookupWord(w);
    return (e != nullptr && (e->flags & kLexPrep) && !(e->flags & kNounish)) ||
           WordLists::Default().Contains("relative_pronoun", LowerAscii(w));
  });
}

bool DescribesOnly(std::string_view words) {
  const std::vector<std::string_view> all = Words(words);
  if (all.empty()) return false;
  size_t first = 0;  // the first word that must be in lower case
  for (size_t k = 0; k < all.size(); ++k) {
    const size_t dash = all[k].rfind('-');
    if (dash != std::string_view::npos && dash + 1 < all[k].size() &&
        std::islower(static_cast<unsigned char>(all[k][dash + 1])))
      first = k + 1;
  }
  for (size_t k = first; k < all.size(); ++k)
    if (!std::islower(static_cast<unsigned char>(all[k][0]))) return false;
  return first < all.size();
}

bool IsCamelCaseFirm(std::string_view name) {
  if (name.size() < 4 || name.find(' ') != std::string_view::npos ||
      !std::isupper(static_cast<unsigned char>(name[0])))
    return false;
  for (size_t i = 1; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 0x80 || !(std::isalpha(c) || c == '-')) return false;
  }
  for (size_t i = 1; i + 1 < name.size(); ++i)
    if (std::isupper(static_cast<unsigned char>(name[i])) &&
        std::islower(static_cast<unsigned char>(name[i - 1])))
      return !WordLists::Default().Contains("camel_surname_prefix", LowerAscii(name.substr(0, i)));
  return false;
}

std::string CompanyNameWithoutDescription(std::string_view name) {
  const WordLists& lists = WordLists::Default();
  std::vector<std::string_view> words = Words(name);
  if (words.size() >= 3 && lists.Contains("company_part", words.back())) {
    // The possessive before the part's name: "Inc's" of "… Inc's X Corp unit".
    size_t after = 0;
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      if (words[i].ends_with("'s") || words[i].ends_with("\xE2\x80\x99s")) after = i + 1;
    }
    if (after == 0 || after + 1 >= words.size()) return std::string(name);
    words = std::vector<std::string_view>(words.begin() + after, words.end() - 1);
  }
  if (words.size() < 2 || !IsCorporateDesignator(words.back()))
    return std::string(name);
  size_t from = 0;  // after the last lower-case word that is no link of names
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const unsigned char c = words[i][0];
    if (c >= 'a' && c <= 'z' && !lists.Contains("name_link", words[i])) from = i + 1;
  }
  // "UK-based retailer Tesco and Denmark-based retailer Salling Group".
  if (std::find(words.begin(), words.begin() + from, "and") != words.begin() + from)
    return std::string(name);
  if (from + 1 >= words.size() || !IsCapitalizedWord(words[from])) return std::string(name);
  return FromTo(words[from], words.back());
}

std::string NameAfterBaseDescription(std::string_view name) {
  const std::vector<std::string_view> words = Words(name);
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const size_t hyphen = words[i].rfind('-');
    if (hyphen == std::string_view::npos || hyphen == 0 ||
        !WordLists::Default().Contains("description_participle", words[i].substr(hyphen + 1))) {
      if (!IsCapitalizedWord(words[i])) return {};
      continue;
    }
    for (size_t k = i + 1; k < words.size(); ++k)
      if (!IsCapitalizedWord(words[k]) && !WordLists::Default().Contains("name_link", words[k]))
        return {};
    if (GivenNameGender(words[i + 1]) != 0) return {};
    return FromTo(words[i + 1], words.back());
  }
  return {};
}

bool IsFirmName(std::string_view name) {
  const size_t at = name.find(" & ");
  return at != std::string_view::npos && at > 0 && at + 3 < name.size() &&
         IsCapitalizedWord(name.substr(at + 3));
}

bool JunkMention(std::string_view mention) {
  if (mention.empty()) return false;
  int open = 0;
  for (char c : mention) {
    if (c == '(') ++open;
    if (c == ')') --open;
  }
  if (open != 0) return true;
  const std::vector<std::string_view> words = Words(mention);
  if (words.empty()) return false;
  const std::string_view first = words.front();
  const std::string_view last = words.back();
  const LexEntry* f = LookupWord(first);
  const std::string lower_last = LowerAscii(StripPossessive(last));
  const LexEntry* l = Lexicon::Default().Find(lower_last);
  // A relative clause inside the mention ("officials who met her").
  const bool relative_clause = std::any_of(words.begin(), words.end() - 1, [](std::string_view w) {
    return w == "who" || w == "whose";
  });
  const bool object_pronoun = WordLists::Default().Contains("object_pronoun", lower_last);
  // Ends on a function word or an adverb: cut in the middle of a phrase
  // (not a share, "One in five", nor a relative clause's object pronoun).
  if (!IsCapitalizedWord(last) && l != nullptr &&
      (l->flags & (kLexPrep | kLexDeterminer | kLexBoundary)) && !(l->flags & kNounish) &&
      ShareGroup(mention).empty() && !(relative_clause && object_pronoun))
    return true;
  if (LooksLikeAdverb(last)) return true;
  // "the opioid crisis", "dishes", "unrelated frogs": a head that names no
  // person, group or piece of communication (not when a name may end the
  // mention: "its day in court, Giuliani").
  if (mention.find(',') == std::string_view::npos && !IsCapitalizedWord(last) &&
      NamesNoSpeaker(mention))
    return true;
  // "more forceful" (of "was more forceful in blaming"): a comparison cut
  // out of a clause, no one who speaks.
  if (words.size() <= 3 && !IsCapitalizedWord(last) &&
      WordLists::Default().Contains("comparative", LowerAscii(first)))
    return true;
  // "Donald Trump isn't": a negated verb, so the cut went past the subject.
  if (last.ends_with("n't") || last.ends_with("n\xE2\x80\x99t")) return true;
  // "SYRIAN REFUGEE CRISIS": a headline in capitals, three words or more.
  if (words.size() >= 3 &&
      std::none_of(mention.begin(), mention.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return true;
  // "Trump said.Trump": two sentences glued where a space went missing (not
  // "Ph.D.").
  for (size_t i = 1; i + 2 < mention.size(); ++i)
    if (mention[i] == '.' && mention[i - 1] >= 'a' && mention[i - 1] <= 'z' &&
        mention[i + 1] >= 'A' && mention[i + 1] <= 'Z' && mention[i + 2] >= 'a' &&
        mention[i + 2] <= 'z')
      return true;
  const bool one_word = words.size() == 1;
  if (one_word && IsWebDomain(first)) return false;  // "ouest-france.fr
  // The words, and whether one of them may be a name: it has a capital and is
  // not a determiner or function word opening a sentence ("This", "Last").
  bool any_capital = false, all_time = true;
  for (std::string_view word : words) {
    const LexEntry* e = LookupWord(word);
    const bool upper =
        std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    constexpr uint32_t kNotAName = kLexDeterminer | kLexNotName | kLexBoundary;
    if (upper && (one_word || e == nullptr || !(e->flags & kNotAName))) any_capital = true;
    if (e == nullptr || !(e->flags & (kLexTime | kLexDeterminer))) all_time = false;
  }
  if (!any_capital) {
    // "this week", "last month": a time, not a source.
    if (all_time) return true;
    // "many lawmakers dislike him": a clause ending on an object pronoun
    // (not a relative clause's: "officials who met him").
    if (!one_word && !relative_clause && object_pronoun) return true;
    // "together", "who": one word that names no one (plurals may: "protesters").
    // A relative pronoun ("…, who said …") is a source the store does not name.
    const bool relative = WordLists::Default().Contains("relative_pronoun", lower_last);
    const bool contraction = last.find('\'') != std::string_view::npos ||
                             last.find("\xE2\x80\x99") != std::string_view::npos;  // "they've"
    // "turns" (of "speakers took turns urging …"), "involves": a verb UD
    // English tags more often than anything else is no plural noun.
    if (one_word && !relative && !contraction &&
        (!last.ends_with("s") || IsCommonWord(last, {"common_other"})) &&
        (l == nullptr || !(l->flags & kNounish)))
      return true;
  }
  const WordLists& lists = WordLists::Default();
  // "Her vow to …" (the cue was a noun), "her 1,280 pledged delegates", "her a
  // majority": a possessive determiner alone or before a number or determiner.
  if (lists.Contains("possessive_determiner", LowerAscii(first))) {
    if (one_word) return true;
    const LexEntry* second = LookupWord(words[1]);
    if ((words[1][0] >= '0' && words[1][0] <= '9') ||
        (second != nullptr && (second->flags & kLexDeterminer) && !(second->flags & kNounish)))
      return true;
  }
  // "332,000 on payments", "516 to 39 among superdelegates": a number and a
  // preposition, a figure cut out of a sentence.
  // ("3 in 10 said" is a share of a polled group: roles.h, ShareGroup.)
  if (words.size() >= 2 && first[0] >= '0' && first[0] <= '9' && ShareGroup(mention).empty()) {
    const LexEntry* second = LookupWord(words[1]);
    if (second != nullptr && (second->flags & kLexPrep) && !(second->flags & kNounish)) return true;
  }
  if (EventMention(mention)) return true;
  // "the total" (of "the total reported casualties"): a quantity says nothing.
  if (words.size() <= 3 && !IsCapitalizedWord(last) &&
      WordLists::Default().Contains("quantity_noun", lower_last))
    return true;
  // Starts with an adverb, a preposition or an -ing form: not a noun phrase
  // ("varying reports" still names its reports).
  bool named_head = IsCapitalizedWord(last) || (l != nullptr && (l->flags & kNounish));
  if (!IsCapitalizedWord(first)) {
    if (LooksLikeAdverb(first)) return true;
    if (first.size() > 5 && first.ends_with("ing") && !named_head &&
        (f == nullptr || !(f->flags & kLexRoleNoun)))
      return true;
    if (f != nullptr && (f->flags & kLexPrep) && !(f->flags & (kLexDeterminer | kLexPronoun)))
      return true;
  }
  return false;
}

bool OpensOnVerb(std::string_view text, Span mention) {
  const std::vector<std::string_view> words = Words(mention.in(text));
  if (words.size() < 2 || words[0].empty() ||
      !std::islower(static_cast<unsigned char>(words[0][0])))
    return false;
  const std::string first = LowerAscii(words[0]);
  const LexEntry* f = LookupWord(first);
  if (f != nullptr && (f->flags & (kNounish | kLexDeterminer | kLexTitle))) return false;
  const WordLists& lists = WordLists::Default();
  const bool past = (first.size() > 4 && first.ends_with("ed")) ||
                    lists.Contains("irregular_past", first) ||
                    lists.Contains("irregular_participle", first);
  const bool adverb = first.size() > 4 && first.ends_with("ly") &&
                      !IsCommonWord(first, {"common_noun", "common_other"});
  const bool verb_s = first.size() > 3 && first.ends_with("s") &&
                      IsCommonWord(first, {"common_other"});
  if ((!past && !adverb && !verb_s) || !ShareGroup(mention.in(text)).empty()) return false;
  const std::string second = LowerAscii(words[1]);
  const LexEntry* s = LookupWord(second);
  const bool governs = (s != nullptr && (s->flags & kLexPrep) && second != "of") ||
                       (s != nullptr && (s->flags & kLexDeterminer) && !(s->flags & kLexPronoun)) ||
                       lists.Contains("object_pronoun", second) || second == "up" ||
                       second == "out";
  if (governs) return true;
  if (adverb && second.size() > 4 && second.ends_with("ed")) return true;
  if (verb_s) return false;
  // The word before the mention, in its sentence.
  size_t end = mention.start;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && (std::isalpha(static_cast<unsigned char>(text[begin - 1])) ||
                       text[begin - 1] == '\'' || text[begin - 1] == '.'))
    --begin;
  if (begin == end || end == mention.start) return false;
  const std::string_view before = text.substr(begin, end - begin);
  const LexEntry* b = LookupWord(before);
  if (before.ends_with('.') || lists.Contains("coordinator", LowerAscii(before))) return false;
  // "Mr. Sanders has demonized …", "Schlafly then discussed …".
  if (b != nullptr && (b->flags & (kLexAux | kLexSkip))) return true;
  return !(b != nullptr && (b->flags & (kLexDeterminer | kLexPrep | kLexCue | kLexBoundary)));
}

bool NamesPublication(std::string_view name) {
  const size_t space = name.find(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view last = LastWord(name);
  if (!IsCapitalizedWord(last) || GivenNameGender(name.substr(0, space)) != 0) return false;
  const LexEntry* e = LookupWord(last);
  return e != nullptr && (e->flags & (kLexDocNoun | kLexEvidenceNoun)) && !(e->flags & kLexTitle);
}

std::string OrganisationNamedNear(std::string_view text, uint32_t at) {
  const uint32_t from = PreviousSentenceStart(text, at);
  return OrganisationNamedBefore(text.substr(from), at - from);
}

std::string OrganisationNamedWith(std::string_view text, uint32_t before, std::string_view noun) {
  std::string capital(noun);
  if (capital.empty()) return {};
  capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
  std::string name = EarlierNamedMention(text, before, capital);
  size_t at = name.empty() ? std::string_view::npos : text.rfind(name, before);
  // "the Commission on Presidential Debates", "the Church of Scientology":
  // with no modifier before it, the latest capitalised noun before `before`
  // that a complement follows (the tail below, which it then needs).
  const bool needs_tail = name.empty();
  for (size_t hit = before; needs_tail && hit > 0;) {
    hit = text.rfind(capital, hit - 1);
    if (hit == std::string_view::npos || hit == 0) break;
    const std::string_view rest = text.substr(hit + capital.size());
    if (text[hit - 1] == ' ' &&
        (rest.starts_with(" of ") || rest.starts_with(" on ") || rest.starts_with(" for "))) {
      name = capital;
      at = hit;
      break;
    }
  }
  if (at == std::string_view::npos) return name;
  const std::string_view rest = text.substr(at + name.size());
  const std::vector<std::string_view> next = Words(rest.substr(0, rest.find('\n')));
  const LexEntry* after = next.empty() ? nullptr : LookupWord(next[0]);
  // "Supreme Court of the United Kingdom", "Illinois Board of Elections",
  // "United States Commission on Presidential Debates": a capitalised
  // complement after "of", "on" or "for" (and "the") is part of the name.
  size_t tail = 0;
  if (!next.empty() && (next[0] == "of" || next[0] == "on" || next[0] == "for")) {
    size_t i = 1;
    if (i < next.size() && next[i] == "the") ++i;
    size_t end = i;
    while (end < next.size() && end < i + 4 && IsCapitalizedWord(next[end]) &&
           next[end].find_first_of(".,;:") == std::string_view::npos)
      ++end;
    // (A word ending the sentence may carry its full stop: "of Elections.")
    if (end < next.size() && end < i + 4 && IsCapitalizedWord(next[end]) &&
        (next[end].back() == '.' || next[end].back() == ','))
      ++end;
    if (end > i) tail = next[end - 1].data() + next[end - 1].size() - rest.data();
  }
  if (tail == 0 && (needs_tail || (!next.empty() && (IsCapitalizedWord(next[0]) ||
                                                      (after != nullptr &&
                                                       (after->flags & kLexPrep))))))
    return {};
  const WordLists& lists = WordLists::Default();
  for (std::string_view w : Words(name))
    if (!IsCapitalizedWord(w) || w.find(':') != std::string_view::npos ||
        lists.Contains("stop", LowerAscii(w)))
      return {};
  if (tail > 0) {
    std::string_view whole = text.substr(at, name.size() + tail);
    while (!whole.empty() && (whole.back() == '.' || whole.back() == ',')) whole.remove_suffix(1);
    return Normalize(whole);
  }
  return name;
}

std::string PersonCollectiveName(std::string_view name) {
  const size_t space = name.rfind(' ');
  if (space == std::string_view::npos || space == 0) return std::string(name);
  const std::string noun = LowerAscii(name.substr(space + 1));
  if (!WordLists::Default().Contains("collective", noun)) return std::string(name);
  const std::string_view owner = name.substr(0, space);
  const std::string_view person = StripPossessive(owner);
  if (person.size() == owner.size()) return std::string(name);  // "Trump campaign"
  const std::string_view surname = LastWord(person);
  if (!IsCapitalizedWord(surname) || IsOrganisationWord(surname) || IsAcronym(surname))
    return std::string(name);
  return std::string(surname) + " " + noun;
}

std::string OnlyCompanyIn(std::string_view span) {
  const std::vector<std::string_view> words = Words(span);
  std::string found;
  for (size_t i = 1; i < words.size(); ++i) {
    std::string_view designator = words[i];
    while (!designator.empty() && (designator.back() == ',' || designator.back() == '.'))
      designator.remove_suffix(1);
    if (!IsCapitalizedWord(designator) ||
        !IsCorporateDesignator(designator))
      continue;
    size_t first = i;
    while (first > 0 && i - first < 3 && IsCapitalizedWord(words[first - 1]) &&
           words[first - 1].find_first_of(",.;:") == std::string_view::npos &&
           StripPossessive(words[first - 1]).size() == words[first - 1].size() &&
           !WordLists::Default().Contains("stop", LowerAscii(words[first - 1])))
      --first;
    if (first == i) continue;
    std::string name = FromTo(words[first], designator);
    if (!found.empty() && found != name) return {};
    found = std::move(name);
  }
  return found;
}

std::string OrganisationOpenedBy(std::string_view text, uint32_t before, std::string_view word) {
  if (!IsCapitalizedWord(word)) return {};
  std::string found;
  for (size_t at = text.find(word); at != std::string_view::npos && at < before;
       at = text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) ||
        end + 1 >= text.size() || text[end] != ' ')
      continue;
    size_t stop = end + 1;
    while (stop < text.size() && std::isalpha(static_cast<unsigned char>(text[stop]))) ++stop;
    const std::string_view next = text.substr(end + 1, stop - end - 1);
    if (next.empty() || !IsCapitalizedWord(next) || !IsOrganisationWord(next)) continue;
    std::string full(text.substr(at, stop - at));
    if (!found.empty() && found != full) return {};
    found = std::move(full);
  }
  return found;
}

std::string OutletNamedBefore(std::string_view text, uint32_t before, std::string_view name) {
  if (name.empty() || !IsCapitalizedWord(name)) return {};
  std::string_view last = LastWord(name);
  if (size_t hyphen = last.rfind('-'); hyphen != std::string_view::npos) last.remove_prefix(hyphen + 1);
  if (!WordLists::Default().Contains("outlet_word", LowerAscii(last))) return {};
  std::string full = EarlierNamedMention(text, before, name);
  const size_t at = full.empty() ? std::string_view::npos : text.rfind(full, before);
  if (at == std::string_view::npos) return {};
  // A whole name: "New York Post on Monday" is, "Washington Post Company"
  // and "Sunday Times of London" are not this one.
  const std::string_view rest = text.substr(at + full.size());
  const std::vector<std::string_view> next = Words(rest.substr(0, rest.find('\n')));
  if (!next.empty() && (IsCapitalizedWord(next[0]) || next[0] == "of")) return {};
  const WordLists& lists = WordLists::Default();
  for (std::string_view w : Words(full))
    if (!IsCapitalizedWord(w) || w.find(':') != std::string_view::npos ||
        lists.Contains("stop", LowerAscii(w)) || StripPossessive(w).size() < w.size())
      return {};
  return full;
}

std::string EarlierNamedMention(std::string_view text, uint32_t before, std::string_view noun) {
  size_t pos = before;
  while (pos > 0) {
    size_t hit = text.rfind(noun, pos - 1);
    if (hit == std::string_view::npos || hit == 0) return {};
    pos = hit;
    size_t after = hit + noun.size();
    if (after < text.size() && std::isalpha(static_cast<unsigned char>(text[after]))) continue;
    if (text[hit - 1] != ' ') continue;
    // Collect up to three modifiers before the noun.
    size_t start = hit - 1;
    int words = 0;
    while (words < 3 && start > 0) {
      size_t ws = text.find_last_of(" \n", start - 1);
      // A modifier may open its paragraph ("Northamptonshire police were …").
      bool opens = ws != std::string_view::npos && text[ws] == '\n';
      ws = ws == std::string_view::npos ? 0 : ws + 1;
      std::string_view w = text.substr(ws, start - ws);
      if (w.empty()) break;
      bool modifier = (IsCapitalizedWord(w) && w != "The" && w != "A" && w != "An") ||
                      (w.find('-') != std::string_view::npos && w.back() != '-');
      if (!modifier || w.back() == ',' || w.back() == '.') break;
      ++words;
      if (opens) {
        start = ws - 1;
        break;
      }
      if (ws == 0) {
        start = 0;
        break;
      }
      start = ws - 1;
    }
    if (words == 0) continue;
    size_t name_start = start == 0 ? 0 : start + 1;
    return Normalize(text.substr(name_start, after - name_start));
  }
  return {};
}

bool SpeaksAlone(std::string_view text, const std::vector<AttributionCandidate>& candidates,
                 std::string_view surname) {
  for (const AttributionCandidate& c : candidates)
    if (c.attribution.source && StripPossessive(c.attribution.source->in(text)) == surname)
      return true;
  return false;
}

bool InsideAttribution(const std::vector<AttributionCandidate>& candidates, uint32_t at) {
  for (const AttributionCandidate& c : candidates) {
    const Attribution& a = c.attribution;
    if (at >= a.content.start && at < a.content.end) return true;
    if (a.source && at > a.source->start && at < a.source->end) return true;
  }
  return false;
}

bool StartsSentence(std::string_view text, size_t at) {
  if (at == 0) return true;
  const char c = text[at - 1];
  if (c == '\n') return true;
  if (c != ' ' || at < 2) return false;
  const char end = text[at - 2];
  // ("George W. Bush": the period of an initial ends nothing.)
  const bool initial = end == '.' && at >= 3 && std::isupper(static_cast<unsigned char>(text[at - 3])) &&
                       (at == 3 || !std::isalpha(static_cast<unsigned char>(text[at - 4])));
  return (end == '.' && !initial) || end == '?' || end == '!';
}

uint32_t SentenceStart(std::string_view text, size_t at) {
  for (size_t i = std::min(at, text.size()); i > 0; --i)
    if (StartsSentence(text, i)) return static_cast<uint32_t>(i);
  return 0;
}

bool OfOtherGender(std::string_view full_name, char gender) {
  const size_t space = full_name.find(' ');
  if (space == std::string_view::npos) return false;
  const char given = GivenNameGender(full_name.substr(0, space));
  return given != 0 && given != gender;
}

bool AfterSubjectPronoun(std::string_view text, uint32_t at, char gender) {
  if (gender != 'm' && gender != 'f') return false;
  const std::string_view pronoun = gender == 'm' ? "He " : "She ";
  uint32_t start = SentenceStart(text, at);
  // "But he held back on Sam Ford", "However, he …": one opening word first.
  const uint32_t after = AfterSubjectOpener(text, start);
  if (after != start && after + pronoun.size() <= at &&
      EqualsIgnoreCaseAscii(text.substr(after, pronoun.size()), pronoun))
    return true;
  return at > start + pronoun.size() && text.substr(start).starts_with(pronoun);
}

uint32_t AfterSubjectOpener(std::string_view text, uint32_t start) {
  const size_t space = text.find(' ', start);
  if (space == std::string_view::npos || space == start) return start;
  std::string_view first = text.substr(start, space - start);
  if (first.ends_with(',')) first.remove_suffix(1);
  if (!WordLists::Default().Contains("subject_opener", LowerAscii(first))) return start;
  return static_cast<uint32_t>(space) + 1;
}

uint32_t SubjectStart(std::string_view text, uint32_t start) {
  start = AfterSubjectOpener(text, start);
  const size_t first = text.find(' ', start);
  if (first == std::string_view::npos) return start;
  const LexEntry* e = LookupWord(text.substr(start, first - start));
  if (e == nullptr || !(e->flags & kLexPrep)) return start;
  for (size_t i = start, words = 0; words < 6; ++words) {
    const size_t end = text.find(' ', i);
    if (end == std::string_view::npos ||
        text.substr(i, end - i).find_first_of(".!?\n") != std::string_view::npos)
      break;
    if (text[end - 1] == ',') return static_cast<uint32_t>(end) + 1;
    i = end + 1;
  }
  return start;
}

uint32_t SentenceStartPastAbbreviations(std::string_view text, size_t at) {
  uint32_t start = SentenceStart(text, at);
  while (start >= 2 && text[start - 1] == ' ' && text[start - 2] == '.') {
    const uint32_t before = SentenceStart(text, start - 2);
    const std::vector<std::string_view> words = Words(text.substr(before, start - 1 - before));
    if (words.empty()) break;
    std::string_view last = words.back();
    last.remove_suffix(1);  // the period
    const LexEntry* e = LookupWord(last);
    if (!(last.size() == 1 || IsHonorific(words.back()) || (e != nullptr && (e->flags & kLexTitle))))
      break;
    start = before;
  }
  return start;
}

bool NamesNoOne(std::string_view text, size_t from, size_t to) {
  to = std::min(to, text.size());
  for (size_t at = from; at < to;) {
    const size_t end = std::min(to, text.find_first_of(" \n", at));
    const std::string_view w = text.substr(at, end - at);
    const std::string_view word = w.substr(0, w.find_last_not_of(".,;:!?\"'") + 1);
    if (!word.empty() && IsCapitalizedWord(word) &&
        (!StartsSentence(text, at) ||
         !IsCommonWord(word, {"common_noun", "common_other", "common_adverb", "common_function"})))
      return false;
    at = end + 1;
  }
  return true;
}

uint32_t PreviousSentenceStart(std::string_view text, size_t at) {
  size_t end = SentenceStart(text, at);
  while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return end == 0 ? 0 : SentenceStart(text, end - 1);
}

uint32_t SentenceEnd(std::string_view text, size_t at) {
  for (size_t i = at; i < text.size(); ++i) {
    if (text[i] == '\n') return static_cast<uint32_t>(i);
    if ((text[i] == '.' || text[i] == '?' || text[i] == '!') &&
        (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'))
      return static_cast<uint32_t>(i);
  }
  return static_cast<uint32_t>(text.size());
}

bool PlaceOrPartyBefore(const std::vector<std::string_view>& words) {
  const WordLists& lists = WordLists::Default();
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (!IsCapitalizedWord(words[i])) continue;
    if (lists.Contains("affiliation", LowerAscii(words[i]))) return true;
    for (size_t n = 1; n <= 2 && i + n < words.size(); ++n) {
      const std::string run(words[i].data(), words[i + n - 1].end() - words[i].begin());
      const std::optional<KnownEntity> known = EntityLinker::Default().Lookup(run);
      if (known && known->type == "place") return true;
    }
  }
  return false;
}

bool NewReferentFollows(std::string_view text, uint32_t end) {
  std::string_view rest = text.substr(std::min<size_t>(end, text.size()));
  if (rest.size() > 24) rest = rest.substr(0, 24);
  for (std::string_view opener : {", who ", ", whose ", " who ", ", a ", ", an ", ", the "})
    if (rest.starts_with(opener)) return true;
  return false;
}

std::string RepairMojibake(std::string_view name) {
  // "Ã" is C3 83 and "Â" C3 82; each stands for a lead byte C3 or C2 whose
  // continuation byte follows as a Latin-1 character (C2 80..C2 BF).
  if (name.find("\xC3\x83") == std::string_view::npos &&
      name.find("\xC3\x82") == std::string_view::npos)
    return std::string(name);
  // Latin-1 signs that Unicode folding turns into a space and a combining
  // mark, by the continuation byte they were: ¨ A8, ¯ AF, ´ B4, ¸ B8.
  static constexpr std::pair<std::string_view, char> kFolded[] = {
      {" \xCC\x88", '\xA8'}, {" \xCC\x84", '\xAF'}, {" \xCC\x81", '\xB4'}, {" \xCC\xA7", '\xB8'}};
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  std::string out;
  for (size_t i = 0; i < name.size();) {
    const bool a_tilde = name.substr(i, 2) == "\xC3\x83", a_circ = name.substr(i, 2) == "\xC3\x82";
    if (!a_tilde && !a_circ) {
      out += name[i++];
      continue;
    }
    const char lead = a_tilde ? '\xC3' : '\xC2';
    const std::string_view rest = name.substr(i + 2);
    if (rest.size() >= 2 && rest[0] == '\xC2' && static_cast<unsigned char>(rest[1]) >= 0x80 &&
        static_cast<unsigned char>(rest[1]) <= 0xBF) {
      out += lead;
      out += rest[1];
      i += 4;
      continue;
    }
    bool folded = false;
    for (const auto& [mark, byte] : kFolded)
      if (rest.starts_with(mark)) {
        out += lead;
        out += byte;
        i += 2 + mark.size();
        folded = true;
        break;
      }
    if (folded) continue;
    // "º" (BA) folded to "o": "RaÃol" → "Raúl".
    if (a_tilde && i > 0 && lower(name[i - 1]) && rest.size() >= 2 && rest[0] == 'o' &&
        lower(rest[1])) {
      out += "\xC3\xBA";
      i += 3;
      continue;
    }
    // "JOÃO", "Âge": a letter follows, the character is real.
    if (!rest.empty() && std::isalpha(static_cast<unsigned char>(rest[0]))) {
      out += name.substr(i, 2);
      i += 2;
      continue;
    }
    return {};  // mojibake that cannot be repaired
  }
  return out;
}

bool PassiveHearer(std::string_view text, const Attribution& a) {
  if (!a.source || !a.cue || a.cue->start < a.source->end) return false;
  const WordLists& lists = WordLists::Default();
  if (!lists.Contains("hearer_cue", a.cue_lemma)) return false;
  // "is telling", "was warning": progressive, its subject speaks.
  if (text.substr(a.cue->start, a.cue->end - a.cue->start).ends_with("ing")) return false;
  // The word before the cue's last word: "was" of "was told", "were" of
  // "were told", "been" of "had been told".
  std::string_view before = text.substr(a.source->end, a.cue->end - a.source->end);
  while (!before.empty() && std::isalpha(static_cast<unsigned char>(before.back())))
    before.remove_suffix(1);
  while (!before.empty() && std::isspace(static_cast<unsigned char>(before.back())))
    before.remove_suffix(1);
  size_t word = before.size();
  while (word > 0 && std::isalpha(static_cast<unsigned char>(before[word - 1]))) --word;
  return lists.Contains("passive_be", LowerAscii(before.substr(word)));
}

bool PersonDescribedBetween(std::string_view text, uint32_t from, uint32_t to, char gender) {
  constexpr uint32_t kMaxPronounReach = 1500;
  if (to <= from || to - from > kMaxPronounReach) return to > from;
  std::string_view between = text.substr(from, to - from);
  // "Roberta A. Kaplan, a New York-based lawyer who represented …, invoked
  // …. “…,” she told": the name's own apposition describes the name, nobody
  // else, for a pronoun of the same paragraph.
  if (const size_t comma = between.find(", ");
      comma != std::string_view::npos && comma < 40 && between.find('\n') == std::string_view::npos) {
    bool name = true;
    for (std::string_view w : Words(between.substr(0, comma))) name &= IsCapitalizedWord(w);
    const std::string_view rest = between.substr(comma + 2);
    const size_t end = rest.find(',');
    if (name && end != std::string_view::npos &&
        (rest.starts_with("a ") || rest.starts_with("an ") || rest.starts_with("the ")) &&
        rest.substr(0, end).find(". ") == std::string_view::npos)
      between.remove_prefix(comma + 2 + end);
  }
  for (std::string_view w : Words(between)) {
    while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
    if (w.empty() || !std::islower(static_cast<unsigned char>(w[0])) ||
        (w.back() == 's' && !w.ends_with("ss")))
      continue;
    const LexEntry* e = LookupWord(w);
    if (e == nullptr || !(e->flags & kLexRoleNoun) || (e->flags & kLexPlural)) continue;
    // "her father" is not who "she" is.
    const uint32_t other = gender == 'f' ? kLexMale : kLexFemale;
    if (!(e->flags & other)) return true;
  }
  return false;
}

std::string SpokespersonRole(std::string_view mention) {
  for (std::string_view w : Words(mention)) {
    std::string lower = LowerAscii(w);
    if (WordLists::Default().Contains("spokesperson_noun", lower)) return lower;
  }
  return {};
}

}  // namespace claimgraph::ingest::speaker_words
