#include "ingest/attribution/speakers.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <utility>
#include <vector>

#include "ingest/entities/entities.h"
#include "text/lexicon.h"
#include "text/text_fold.h"
#include "common/strings.h"

namespace claimgraph::ingest {
namespace {

std::string_view LastWord(std::string_view name) {
  size_t p = name.find_last_of(' ');
  return p == std::string_view::npos ? name : name.substr(p + 1);
}

// The word a name is found by again: its last word, or the whole name when
// that is a generation or a numeral ("John Paul II", "Martin Luther King Jr.").
std::string_view Surname(std::string_view name) {
  std::string_view last = LastWord(name);
  const bool numeral = !last.empty() && last.find_first_not_of("IVX") == std::string_view::npos;
  return numeral || last == "Jr." || last == "Sr." || last == "Jr" || last == "Sr" ? name : last;
}

std::string_view StripPossessive(std::string_view w) {
  if (w.ends_with("'s")) return w.substr(0, w.size() - 2);
  if (w.ends_with("\xE2\x80\x99s")) return w.substr(0, w.size() - 4);
  return w;
}

// Collapses runs of whitespace (names may wrap across a line).
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
  return t.kind == TokenKind::kWord && t.capitalized && !t.possessive &&
         !(t.lex & (kLexTitle | kLexOrgWord | kLexPlace | kLexNotName | kLexTime |
                    kLexDeterminer | kLexPronoun));
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

bool IsCapitalizedWord(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC0);
}

// One to three capitalised words: "Biden", "Antoine Quirin".
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

// The lexicon entry of `word` in any case, or null.
const LexEntry* LookupWord(std::string_view word) {
  return Lexicon::Default().Find(LowerAscii(word));
}

// The space-separated words of `s` (runs of spaces make no empty words).
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

// "Former prime minister John Major" → {"John Major", "Former prime minister"},
// "Democrat Chuck Schumer" → {"Chuck Schumer", "Democrat"} (a party only
// before two or more words: "Liberal Democrats" is a party's name):
// a person's name with a title or party glued before it, split after the last title word
// when one or more capitalised name words follow. {name, ""} when there is none.
std::pair<std::string, std::string> SplitLeadingTitle(std::string_view name) {
  const std::vector<std::string_view> words = Words(name);
  int last_title = -1;
  for (int i = 0; i + 1 < static_cast<int>(words.size()); ++i) {
    const LexEntry* e = LookupWord(words[i]);
    const std::string lower = LowerAscii(words[i]);
    const WordLists& lists = WordLists::Default();
    // A party ("Democrat Chuck Schumer") or an epithet ("Billionaire Mark
    // Cuban") only before two or more words.
    const bool before_name = i + 2 < static_cast<int>(words.size());
    if ((e != nullptr && (e->flags & kLexTitle)) ||
        (before_name && (lists.Contains("affiliation", lower) || lists.Contains("epithet", lower) ||
                         (lists.Contains("person_noun", lower) && !lists.Contains("not_epithet", lower)))))
      last_title = i;
  }
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

// True for a word UD English writes as a common word of the lists `lists`
// (data/common_words.txt), in the case given or as the plural of one:
// "Critics", "Voters", "Rabbis" (rabbi), "Later".
bool IsCommonWord(std::string_view word, std::initializer_list<std::string_view> lists) {
  std::string lower = LowerAscii(word);
  const WordLists& w = WordLists::Default();
  for (std::string_view list : lists) {
    if (w.Contains(list, lower)) return true;
    if (list == "common_noun" && lower.size() > 3 && lower.back() == 's' &&
        w.Contains(list, std::string_view(lower).substr(0, lower.size() - 1)))
      return true;
  }
  return false;
}

// A word that only an organisation is named by: a web domain
// ("Outsports.com"), or a compound ending on an organisation word of the
// lexicon, hyphenated or written as one ("Sun-Times", "HuffPost").
bool NamesAnOutlet(std::string_view word) {
  for (std::string_view domain : {".com", ".org", ".net", ".co.uk"})
    if (word.size() > domain.size() + 1 && word.ends_with(domain)) return true;
  if (size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos && hyphen > 0)
    return IsCapitalizedWord(word.substr(hyphen + 1)) && IsOrganisationWord(word.substr(hyphen + 1));
  for (size_t i = 2; i + 2 < word.size(); ++i)
    if (word[i] >= 'A' && word[i] <= 'Z' && word[i - 1] >= 'a' && word[i - 1] <= 'z')
      return IsOrganisationWord(word.substr(i));
  return false;
}

// "FBI", "RNC", "F.A.A.": two to six capitals, dots allowed.
bool IsAcronym(std::string_view word) {
  int capitals = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') ++capitals;
    else if (c != '.') return false;
  }
  return capitals >= 2 && capitals <= 6;
}


// The organisation named latest before byte `before`: capitalised words ending
// on an organisation word of the lexicon ("Amoco Corp", "Finance Ministry",
// "Fair Lanes Inc"), for "the company said" and "it said". Empty when none.
std::string OrganisationNamedBefore(std::string_view text, uint32_t before) {
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
        if (!IsCapitalizedWord(w) || w == "The") break;
        name_start = word_start;
        ++words;
      }
      if (words > 0) return Normalize(window.substr(name_start, start + word.size() - name_start));
    }
    end = start;
  }
  return {};
}

// "the company", "the firm", "the ministry": descriptions that stand for the
// article's organisation (lexicon flag company_noun).
bool IsCompanyNoun(std::string_view noun) {
  const LexEntry* e = LookupWord(noun);
  return e != nullptr && (e->flags & kLexCompanyNoun);
}

// An adverb by its ending ("rightly", "successfully", "favorably",
// "accurately"); nouns such as "family", "assembly" or "rally" are not.
bool LooksLikeAdverb(std::string_view word) {
  if (word.size() < 5 || IsCapitalizedWord(word)) return false;
  if (word == "rally" || word == "tally" || word == "belly" || word == "bully") return false;
  for (std::string_view suffix : {"ally", "ently", "antly", "ously", "ately", "ingly", "edly",
                                  "fully", "ably", "ibly", "tly", "ssly", "ely"})
    if (word.ends_with(suffix)) return true;
  return false;
}

// A source mention that cannot be who asserted something: a misparse such as
// "more accurately", "favorably of the internment", "keeping tabs on movie
// budgets (Mr. Mannix", "most of her time campaigning in California without".
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
  constexpr uint32_t kNounish = kLexPronoun | kLexRoleNoun | kLexOrgWord | kLexDocNoun | kLexPlural;
  // Ends on a function word or an adverb: cut in the middle of a phrase.
  if (!IsCapitalizedWord(last) && l != nullptr &&
      (l->flags & (kLexPrep | kLexDeterminer | kLexBoundary)) && !(l->flags & kNounish))
    return true;
  if (LooksLikeAdverb(last)) return true;
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
    // "many lawmakers dislike him": a clause ending on an object pronoun.
    if (!one_word && (lower_last == "him" || lower_last == "them" || lower_last == "me" ||
                      lower_last == "us"))
      return true;
    // "together", "who": one word that names no one (plurals may: "protesters").
    // A relative pronoun ("…, who said …") is a source the store does not name.
    const bool relative = lower_last == "who" || lower_last == "which" || lower_last == "that";
    const bool contraction = last.find('\'') != std::string_view::npos ||
                             last.find("\xE2\x80\x99") != std::string_view::npos;  // "they've"
    if (one_word && !relative && !contraction && !last.ends_with("s") &&
        (l == nullptr || !(l->flags & kNounish)))
      return true;
  }
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

// "the coalition" → "US-led coalition": the nearest earlier mention of the
// same noun with capitalised or hyphenated modifiers. Empty when none.
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

}  // namespace

bool IsJunkSourceMention(std::string_view mention) { return JunkMention(mention); }

namespace {
// True when some attribution's source is `surname` alone ("Trump told …").
bool SpeaksAlone(std::string_view text, const std::vector<AttributionCandidate>& candidates,
                 std::string_view surname) {
  for (const AttributionCandidate& c : candidates)
    if (c.attribution.source && StripPossessive(c.attribution.source->in(text)) == surname)
      return true;
  return false;
}

// The byte offset of the end of the sentence holding `at`: the first ". ",
// "? ", "! " or line break after it (an abbreviation such as "Sen." ends it
// early, which only makes the caller more careful).
uint32_t SentenceEnd(std::string_view text, size_t at) {
  for (size_t i = at; i < text.size(); ++i) {
    if (text[i] == '\n') return static_cast<uint32_t>(i);
    if ((text[i] == '.' || text[i] == '?' || text[i] == '!') &&
        (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'))
      return static_cast<uint32_t>(i);
  }
  return static_cast<uint32_t>(text.size());
}

// "said the designer, who works for another brand", "the engineer, a
// father of two,": a relative clause or apposition after a description
// introduces someone new, not an epithet for someone named before.
bool NewReferentFollows(std::string_view text, uint32_t end) {
  std::string_view rest = text.substr(std::min<size_t>(end, text.size()));
  if (rest.size() > 24) rest = rest.substr(0, 24);
  for (std::string_view opener : {", who ", ", whose ", " who ", ", a ", ", an ", ", the "})
    if (rest.starts_with(opener)) return true;
  return false;
}

// "As Ivanka Trump delivered her speech, … The employee of nearly four years
// … said she …": a singular role noun of the lexicon written between a name
// and a pronoun is a person the pronoun may mean instead, unless of the other
// gender ("her father"); also a name more
// than kMaxPronounReach bytes back is too far to be the pronoun's antecedent.
bool PersonDescribedBetween(std::string_view text, uint32_t from, uint32_t to, char gender) {
  constexpr uint32_t kMaxPronounReach = 1500;
  if (to <= from || to - from > kMaxPronounReach) return to > from;
  for (std::string_view w : Words(text.substr(from, to - from))) {
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
  size_t space = m.find_last_of(' ');
  // "Gary Morgan rightly", "Priebus later": a trailing adverb.
  if (space == std::string_view::npos ||
      !(LooksLikeAdverb(m.substr(space + 1)) ||
        WordLists::Default().Contains("common_adverb", m.substr(space + 1))))
    return mention;
  while (space > 0 && m[space - 1] == ' ') --space;
  return {mention.start, mention.start + static_cast<uint32_t>(space)};
}

void SpeakerResolver::Reset() {
  speakers_.clear();
  names_.clear();
  name_gender_.clear();
  acronyms_.clear();
  mentions_.clear();
  named_runs_.clear();
  titled_.clear();
  organisations_.clear();
  lower_words_.clear();
  lower_words_of_ = {};
}

std::string SpeakerResolver::TitledBefore(std::string_view text, std::string_view title,
                                          uint32_t before) const {
  // "Sen." for "the senator", "Gov." for "the governor": a short title
  // opening the noun is its abbreviation.
  auto same = [&](std::string_view t) {
    if (t == title) return true;
    if (t.ends_with('.')) t.remove_suffix(1);
    return t.size() >= 3 && t.size() <= 4 && title.starts_with(t);
  };
  std::string best;
  size_t best_at = 0;
  for (const TitledName& it : titled_) {
    if (it.position >= before || !same(it.title)) continue;
    std::string full = FullName(LastWord(it.name), 0);
    if (full.empty()) full = it.name;
    // The one the text named latest ("Sen. Bernie Sanders … Sen. Elizabeth
    // Warren … Maddow pressed Warren … the senator insisted").
    size_t at = text.rfind(Surname(full), before);
    if (at == std::string_view::npos) at = it.position;
    if (best.empty() || at > best_at) {
      best = std::move(full);
      best_at = at;
    }
  }
  return best;
}

int SpeakerResolver::HoldersOf(std::string_view title) const {
  std::vector<std::string_view> holders;
  for (const TitledName& it : titled_)
    if (it.title == title && std::find(holders.begin(), holders.end(), Surname(it.name)) == holders.end())
      holders.push_back(Surname(it.name));
  return static_cast<int>(holders.size());
}

void SpeakerResolver::Remember(std::string_view full_name, char gender) {
  std::string_view last = LastWord(full_name);
  if (last.size() == full_name.size()) return;
  for (size_t i = 0; i < names_.size(); ++i) {
    if (names_[i].first == last) {
      if (names_[i].second.size() < full_name.size()) names_[i].second = std::string(full_name);
      if (gender) name_gender_[i] = gender;
      return;
    }
  }
  names_.emplace_back(std::string(last), std::string(full_name));
  name_gender_.push_back(gender);
}

std::string SpeakerResolver::FullNameOfGivenName(std::string_view given) const {
  const LexEntry* e = LookupWord(given);
  if (e == nullptr || !(e->flags & (kLexMale | kLexFemale))) return {};
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

std::string SpeakerResolver::FullName(std::string_view surname, char gender) const {
  // News introduces the person an article is about first; a relative or
  // namesake gets a full name later ("Donald J. Trump … his father, Fred
  // Trump … Mr. Trump said").
  const NameMention* first = nullptr;
  for (const std::vector<NameMention>* list : {&mentions_, &named_runs_})
    for (const NameMention& m : *list)
      if (LastWord(m.name) == surname && m.name.size() > surname.size() &&
          (gender == 0 || m.gender == 0 || m.gender == gender) &&
          (first == nullptr || m.position < first->position))
        first = &m;
  if (first != nullptr) return first->name;
  for (const auto& [last, full] : names_)
    if (last == surname) return full;
  // "Erdogan" for "Recep Tayyip Erdoğan": compare without diacritics.
  bool ascii = true;
  for (char c : surname) ascii &= static_cast<unsigned char>(c) < 0x80;
  std::string folded;
  for (const auto& [last, full] : names_) {
    bool last_ascii = true;
    for (char c : last) last_ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii && last_ascii) continue;
    if (last.size() + 2 < surname.size() || surname.size() + 2 < last.size()) continue;
    if (folded.empty()) folded = FoldWord(surname);
    if (FoldWord(last) == folded) return full;
  }
  return {};
}

bool SpeakerResolver::OtherPersonNamedBetween(std::string_view text,
                                              const std::vector<AttributionCandidate>& resolved,
                                              uint32_t from, uint32_t to, std::string_view speaker,
                                              char gender) const {
  auto said = [&](uint32_t at) {
    for (const AttributionCandidate& c : resolved)
      if (at >= c.attribution.content.start && at < c.attribution.content.end) return true;
    return false;
  };
  auto other = [&](uint32_t at, std::string_view name) {
    return at > from && at < to && name != speaker && LastWord(name) != LastWord(speaker) &&
           !said(at);
  };
  if (gender != 0) {
    // For a pronoun, the latest person of its gender named since decides.
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      if (it->position >= to || it->gender != gender || said(it->position)) continue;
      return it->position > from && other(it->position, it->name);
    }
    return false;
  }
  for (const NameMention& n : mentions_)
    if (other(n.position, n.name)) return true;
  for (const NameMention& n : named_runs_)
    if (other(n.position, n.name)) return true;
  for (const auto& [last, full] : names_) {
    for (size_t at = text.find(last, from); at != std::string_view::npos && at < to;
         at = text.find(last, at + 1)) {
      const size_t end = at + last.size();
      const bool word = (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) &&
                        (end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end])));
      if (word && other(static_cast<uint32_t>(at), full)) return true;
    }
  }
  return false;
}

std::string SpeakerResolver::EpithetSpeaker(std::string_view text,
                                            const std::vector<AttributionCandidate>& resolved,
                                            uint32_t before, char gender) const {
  // About three paragraphs of news: farther back, the article has moved on.
  constexpr uint32_t kMaxEpithetReach = 1500;
  if (speakers_.empty()) return {};
  const Known& latest = speakers_.back();
  if (latest.type != SourceType::kPerson || latest.name.empty() || latest.plural ||
      latest.position >= before || before - latest.position > kMaxEpithetReach ||
      (gender != 0 && latest.gender != 0 && latest.gender != gender))
    return {};
  if (OtherPersonNamedBetween(text, resolved, latest.position, before, latest.name, 0)) return {};
  return latest.name;
}

// "Former AG Mukasey", "Congressional Republicans": a first word the article
// also writes in lower case ("former", "congressional") is no given name. The
// article's all-lower-case runs of ASCII letters are collected once, on first
// use; a word holding other bytes is looked for in the text.
bool SpeakerResolver::WrittenInLowerCase(std::string_view text, std::string_view word) {
  std::string lower = LowerAscii(word);
  if (lower == word) return true;
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
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
  // "the Federal Security Service (FSB)": the acronym names the organisation.
  for (int i = 2; i + 2 < n; ++i) {
    if (!(t[i].kind == TokenKind::kPunct && t[i].punct == '(') || t[i + 1].kind != TokenKind::kWord ||
        !(t[i + 2].kind == TokenKind::kPunct && t[i + 2].punct == ')'))
      continue;
    std::string_view acronym = text.substr(t[i + 1].start, t[i + 1].end - t[i + 1].start);
    bool caps = acronym.size() >= 2 && acronym.size() <= 8;
    for (char c : acronym) caps &= (c >= 'A' && c <= 'Z');
    if (!caps) continue;
    int a = i;
    while (a > 0 && t[a - 1].kind == TokenKind::kWord &&
           (t[a - 1].capitalized || (t[a - 1].lex & kLexPrep)) && !(t[a - 1].lex & kLexDeterminer))
      --a;
    while (a < i && !t[a].capitalized) ++a;
    if (i - a < 2) continue;
    // "United Nations Educational, Scientific and Cultural Organization": a
    // list before the run means we only have its tail.
    if (a > 0 && ((t[a - 1].kind == TokenKind::kPunct && t[a - 1].punct == ',') ||
                  (t[a - 1].lex & kLexBoundary)))
      continue;
    acronyms_.emplace_back(std::string(acronym),
                           Normalize(text.substr(t[a].start, t[i - 1].end - t[a].start)));
  }
  for (int i = 0; i + 1 < n; ++i) {
    // "General Joe Dunford", "Judge Amy Berman Jackson", "Mary Smith".
    // "Regional governor Boris Dubrovsky": a lower-case title before a full name.
    bool title = t[i].kind == TokenKind::kWord && (t[i].lex & kLexTitle) &&
                 (t[i].capitalized || (i + 2 < n && IsNameWord(t[i + 1]) && IsNameWord(t[i + 2])));
    bool given = t[i].kind == TokenKind::kWord && t[i].capitalized &&
                 (t[i].lex & (kLexMale | kLexFemale)) && !(t[i].lex & kLexTitle);
    if (!title && !given) continue;
    int a = title ? i + 1 : i;
    int b = a;
    while (b < n && b - a < 4 && (IsNameWord(t[b]) || (b == i && given))) ++b;
    // "Pope Francis", "President Trump": the title names its holder.
    if (title && b - a == 1 && !t[a].abbreviation)
      titled_.push_back({t[a].start, LowerAscii(text.substr(t[i].start, t[i].end - t[i].start)),
                         Normalize(text.substr(t[a].start, t[a].end - t[a].start))});
    if (b - a < 2) continue;
    if (t[b - 1].abbreviation) continue;
    char gender = 0;
    for (int k = i; k < b; ++k) {
      if (t[k].lex & kLexFemale) gender = 'f';
      else if ((t[k].lex & kLexMale) && !gender) gender = 'm';
    }
    std::string full = Normalize(text.substr(t[a].start, t[b - 1].end - t[a].start));
    Remember(full, gender);
    // "Deputy Governor Oleg Klimov" is not "the governor".
    bool qualified = i > 0 && t[i - 1].kind == TokenKind::kWord &&
                     (EqualsIgnoreCaseAscii(text.substr(t[i - 1].start, t[i - 1].end - t[i - 1].start), "deputy") ||
                      EqualsIgnoreCaseAscii(text.substr(t[i - 1].start, t[i - 1].end - t[i - 1].start), "vice") ||
                      EqualsIgnoreCaseAscii(text.substr(t[i - 1].start, t[i - 1].end - t[i - 1].start), "former") ||
                      EqualsIgnoreCaseAscii(text.substr(t[i - 1].start, t[i - 1].end - t[i - 1].start), "assistant") ||
                      EqualsIgnoreCaseAscii(text.substr(t[i - 1].start, t[i - 1].end - t[i - 1].start), "acting"));
    if (title && !qualified) titled_.push_back({t[a].start, LowerAscii(text.substr(t[i].start, t[i].end - t[i].start)), full});
    mentions_.push_back({t[a].start, std::move(full), gender});
    i = b - 1;
  }
  // "Ivanka Trump strode across the stage": a whole run of two or three name
  // words, no determiner before ("the White House").
  // Not in a headline written in title case ("Republican Donor Adelson
  // Backs Trump"), where every word looks like a name.
  int words = 0, capitalised = 0;  // of four letters or more
  for (const Token& tok : t) {
    if (tok.kind != TokenKind::kWord || tok.end - tok.start < 4) continue;
    ++words;
    capitalised += tok.capitalized;
  }
  const bool title_case = words >= 3 && capitalised * 4 >= words * 3;
  for (int i = 0; i + 1 < n && !title_case; ++i) {
    if (!IsNameWord(t[i])) continue;
    int b = i;
    while (b < n && IsNameWord(t[b])) ++b;
    const bool determiner = i > 0 && t[i - 1].kind == TokenKind::kWord && (t[i - 1].lex & kLexDeterminer);
    // "Does Rubio …", "Will Trump …": a capitalised auxiliary is no name.
    const int a = (t[i].lex & (kLexAux | kLexBoundary)) ? i + 1 : i;
    bool known = false;  // already a mention of the title / given-name loop
    for (auto m = mentions_.rbegin(); m != mentions_.rend() && m->position >= t[0].start; ++m)
      known |= m->position >= t[i].start && m->position < t[b - 1].end;
    if (!known && !determiner && b - a >= 2 && b - a <= 3 && !t[b - 1].abbreviation &&
        !WrittenInLowerCase(text, text.substr(t[a].start, t[a].end - t[a].start))) {
      const char gender = (t[a].lex & kLexFemale) ? 'f' : (t[a].lex & kLexMale) ? 'm' : 0;
      named_runs_.push_back({t[a].start, Normalize(text.substr(t[a].start, t[b - 1].end - t[a].start)), gender});
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
    for (int k = b + 2; k < n && k < b + 7; ++k) {
      if (t[k].kind != TokenKind::kWord || (t[k].lex & (kLexPrep | kLexBoundary))) break;
      if (!(t[k].lex & kLexTitle)) continue;
      std::string full = Normalize(text.substr(t[i].start, t[b - 1].end - t[i].start));
      Remember(full, 0);
      titled_.push_back({t[i].start, LowerAscii(text.substr(t[k].start, t[k].end - t[k].start)),
                         std::move(full)});
      break;
    }
    i = b;
  }
}

void SpeakerResolver::Resolve(std::string_view text,
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
  if (!a.source) {
    a.source_type = SourceType::kUnknown;
    return;
  }
  SourceMention m = c->mention;
  if (!m.role.empty()) a.role = Normalize(m.role.in(text));
  Known known;
  known.type = m.type;
  known.gender = m.gender;
  known.plural = m.plural;
  known.position = a.source->start;
  if (m.pronoun) {
    ResolvePronoun(text, resolved, m, a, known);
    return;
  }
  a.source_type = m.type;
  // What the name names: a document's issuer may be a person or organisation.
  SourceType name_type = m.type == SourceType::kDocument ? m.issuer_type : m.type;
  if (m.name.empty() || EqualsIgnoreCaseAscii(a.source->in(text), "police"))
    ResolveDescription(text, resolved, c);
  if (!m.name.empty() && a.speaker.empty()) a.speaker = ResolveName(text, m, a, known, name_type);
  // "Hillary Clinton's campaign", "the Obama administration": an organisation
  // named by its head, not an unnamed role.
  if (a.speaker.empty() && a.source_type == SourceType::kRole) {
    std::string mention = Normalize(a.source->in(text));
    std::string_view noun = LastWord(mention);
    bool possessive = mention.find("'s ") != std::string::npos ||
                      mention.find("\xE2\x80\x99s ") != std::string::npos;
    bool named = possessive || (mention.size() > 4 && IsCapitalizedWord(mention.substr(
                                                          mention.find(' ') + 1)));
    if (named && WordLists::Default().Contains("collective", noun)) {
      std::string_view name = mention;
      if (name.starts_with("the ") || name.starts_with("The ")) name.remove_prefix(4);
      a.speaker = std::string(name);
      a.source_type = SourceType::kOrganisation;
    }
  }
  known.name = a.speaker;
  known.type = a.source_type;
  speakers_.push_back(known);
  // "a tweet by Mike Pompeo": the person is also the latest speaker.
  if (a.source_type == SourceType::kDocument && name_type == SourceType::kPerson &&
      !a.speaker.empty()) {
    known.type = SourceType::kPerson;
    speakers_.push_back(known);
  }
}

void SpeakerResolver::ResolvePronoun(std::string_view text,
                                     const std::vector<AttributionCandidate>& resolved,
                                     const SourceMention& m, Attribution& a, Known& known) {
  a.source_type = SourceType::kPerson;
  for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
    bool match = false;
    switch (m.pronoun) {
      case 'm':
      case 'f':
        match = it->type == SourceType::kPerson && !it->plural &&
                (it->gender == 0 || it->gender == m.pronoun);
        break;
      case 'p':
        match = it->plural || it->type == SourceType::kOrganisation;
        break;
      case 'n':
        match = it->type == SourceType::kOrganisation || it->type == SourceType::kDocument;
        break;
      default:
        break;
    }
    if (!match) continue;
    // A person of the pronoun's gender named since that speaker last spoke
    // is the likelier antecedent: "X said …. Expert Wendy Parmet said …
    // She went on to say …"; one named in what the speaker said is not
    // ("Adelson said he met Donald Trump. … He said …").
    if (m.pronoun == 'm' || m.pronoun == 'f') {
      if (OtherPersonNamedBetween(text, resolved, it->position, a.source->start, it->name,
                                  m.pronoun))
        break;
    }
    if ((m.pronoun == 'm' || m.pronoun == 'f') && it->gender == 0) it->gender = m.pronoun;
    a.speaker = it->name;
    a.source_type = it->type;
    // Gender learnt from a pronoun sticks to the name.
    known = *it;
    known.position = a.source->start;
    break;
  }
  // No earlier speaker fits: the latest person named before the pronoun,
  // by a title or given name of the lexicon, or by a run of name words whose
  // last word also speaks alone in the article ("Ivanka Trump strode …
  // “…,” she said. … Trump told Vogue").
  if (a.speaker.empty() && (m.pronoun == 'm' || m.pronoun == 'f')) {
    const NameMention* best = nullptr;
    for (const NameMention& n : mentions_)
      if (n.position < a.source->start && (n.gender == 0 || n.gender == m.pronoun) &&
          (best == nullptr || n.position > best->position))
        best = &n;
    // A run of name words, a weaker sign of a person, only when the lexicon
    // knows nobody fitting, and no person is described between it and the
    // pronoun (measured: a blind-judged sample found that check as often
    // wrong as right for the names above).
    const NameMention* run = nullptr;
    for (const NameMention& n : named_runs_)
      if (best == nullptr && n.position < a.source->start &&
          (run == nullptr || n.position > run->position) &&
          (n.gender == 0 || n.gender == m.pronoun) && SpeaksAlone(text, resolved, LastWord(n.name)))
        run = &n;
    if (run != nullptr && !PersonDescribedBetween(text, run->position, a.source->start, m.pronoun))
      best = run;
    if (best != nullptr) {
      a.speaker = best->name;
      known.name = best->name;
      known.type = SourceType::kPerson;
      known.gender = m.pronoun;
    }
  }
  // "It said …" with no organisation speaking before: the organisation
  // named latest before ("Amoco Corp reported … It said …").
  if (a.speaker.empty() && m.pronoun == 'n') {
    std::string org = OrganisationNamedBefore(text, a.source->start);
    if (!org.empty()) {
      a.speaker = org;
      a.source_type = SourceType::kOrganisation;
      known.name = org;
      known.type = SourceType::kOrganisation;
    }
  }
  if (m.pronoun == 'i') return;
  speakers_.push_back(known);
  return;
}

std::string SpeakerResolver::ResolveName(std::string_view text, SourceMention& m, Attribution& a,
                                         Known& known, SourceType& name_type) {
  std::string name = Normalize(m.name.in(text));
  std::string_view stripped = StripPossessive(name);
  if (stripped.size() >= 4 && stripped.substr(0, 4) == "The ") stripped.remove_prefix(4);
  name = std::string(stripped);
  // "the decree signed by the Pope", "“…,” Speaker said": the holder of the
  // title, unless a person of that surname was named ("Judge Judy King").
  if ((m.type == SourceType::kDocument ||
       (m.type == SourceType::kPerson && FullName(name, 0).empty())) &&
      name.find(' ') == std::string::npos) {
    std::string lower = LowerAscii(name);
    const LexEntry* e = Lexicon::Default().Find(lower);
    if (e != nullptr && (e->flags & kLexTitle)) {
      std::string holder = TitledBefore(text, lower, a.source->start);
      if (!holder.empty()) {
        name = holder;
        name_type = SourceType::kPerson;
      }
    }
  }
  // "Biden and Sanders", "Antoine Quirin and Nicolas Redouane": each name
  // resolved, the pair kept whole.
  std::string_view head = m.head.in(text);
  size_t conj = head.find(" and ");
  if (name_type == SourceType::kPerson && conj != std::string_view::npos &&
      head.find(" and ", conj + 1) == std::string_view::npos &&
      Normalize(head.substr(conj + 5)) == name && AllNameWords(head.substr(0, conj))) {
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
  } else if (name_type == SourceType::kPerson &&
             ((name.find(' ') != std::string::npos && IsOrganisationWord(LastWord(name))) ||
              NamesAnOutlet(LastWord(name)))) {
    // "Census Bureau", "Brookings Institution", "Chicago Sun-Times", "HuffPost",
    // "Outsports.com", "PacifiCorp": an organisation's name.
    name_type = SourceType::kOrganisation;
    if (name.find(' ') == std::string::npos) organisations_.insert(name);
    if (m.type != SourceType::kDocument)
      a.source_type = m.type = known.type = SourceType::kOrganisation;
  } else if (name_type == SourceType::kPerson) {
    name = std::string(StripLeadingFunctionWord(name));
    if (auto [bare, title] = SplitLeadingTitle(name); !title.empty()) {
      name = bare;
      if (a.role.empty()) a.role = title;
    }
    const std::string_view source = a.source->in(text);
    if (name.find(' ') == std::string::npos &&
        (source.starts_with("the ") || source.starts_with("The ")) &&
        source.substr(4).starts_with(name)) {
      // "The Democrats in Washington", "The Hill": no surname takes "the".
      // A party or group the gazetteer knows; an acronym or a proper name
      // (a newspaper) an organisation; a plural or common word a role.
      std::optional<KnownEntity> known_entity = EntityLinker::Default().Lookup(name);
      if (known_entity && known_entity->type != "person") {
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
      std::string full = FullName(name, m.gender);
      if (full.empty()) full = FullNameOfGivenName(name);
      if (!full.empty()) name = full;
    } else {
      Remember(name, m.gender);
      named_runs_.push_back({a.source->start, name, m.gender});
    }
    for (size_t i = 0; i < names_.size(); ++i)
      if (names_[i].second == name && name_gender_[i] && !known.gender)
        known.gender = name_gender_[i];
    // Slavic surnames mark gender: Zakharova, Lavrov, Pavlovskaya.
    std::string_view last = LastWord(name);
    if (!known.gender && last.size() > 4) {
      if (last.ends_with("ova") || last.ends_with("eva") || last.ends_with("skaya"))
        known.gender = 'f';
      else if (last.ends_with("ov") || last.ends_with("ev") || last.ends_with("sky"))
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
    std::string_view country = EntityLinker::Default().CountryOfCapital(name);
    if (!country.empty()) name = std::string(country);
    // "the coalition": the named coalition met earlier.
    std::string_view source = a.source->in(text);
    if ((source.starts_with("the ") || source.starts_with("The ")) && !name.empty() &&
        name[0] >= 'a' && name[0] <= 'z') {
      // "The bowling company", "the utility": the company the article named.
      const uint32_t before = std::min(a.source->start, a.content.start);
      std::string earlier;
      const bool company = IsCompanyNoun(LastWord(name)) && LowerAscii(name) == name;
      if (company)
        earlier = CompanyDescribed(text, before);
      else if (name.find(' ') == std::string::npos)
        earlier = EarlierNamedMention(text, a.source->start, name);
      if (!earlier.empty()) {
        name = earlier;
      } else if (company && m.type != SourceType::kDocument) {
        // No company named before: a role of this story, not a node "company".
        name.clear();
        name_type = a.source_type = m.type = known.type = SourceType::kRole;
      }
    }
  }
  return name;
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

std::string SpeakerResolver::CompanyDescribed(std::string_view text, uint32_t before) const {
  // The organisation that spoke latest (by a name: "Amoco Corp", or a lone
  // word the text showed to be one: "PacifiCorp said it …"), else the one
  // named latest before.
  for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it)
    if (it->type == SourceType::kOrganisation && IsCapitalizedWord(it->name) &&
        (it->name.find(' ') != std::string::npos || organisations_.contains(it->name)))
      return it->name;
  return OrganisationNamedBefore(text, before);
}

void SpeakerResolver::RetypeLoneWord(std::string_view text, Attribution& a,
                                     std::string& name, SourceType& type) {
  auto no_source = [&] {  // a misparse: no source at all
    type = SourceType::kUnknown;
    a.source.reset();
    name.clear();
  };
  const LexEntry* e = LookupWord(name);
  if (e != nullptr && (e->flags & (kLexMale | kLexFemale))) return;  // a given name
  // "Many liberal Democrats", "some Republicans": part of a group, a role as
  // written, not the party.
  const std::string_view source = a.source->in(text);
  const size_t at = source.rfind(name);
  std::optional<KnownEntity> known = EntityLinker::Default().Lookup(name);
  if (name.back() == 's' && at != std::string_view::npos && at > 0 && known &&
      known->type != "person") {
    for (std::string_view w : Words(source.substr(0, at)))
      if (!IsCapitalizedWord(w) && w != "the") {
        type = SourceType::kRole;
        name.clear();
        return;
      }
  }
  if (organisations_.contains(name)) {
    type = SourceType::kOrganisation;
    return;
  }
  if (e != nullptr && (e->flags & kLexTime)) return no_source();  // "Monday said"
  if (IsAcronym(name) || (known && (known->type == "organisation" || known->type == "place"))) {
    type = SourceType::kOrganisation;  // "FBI", "CBS"
    organisations_.insert(name);
    return;
  }
  if (known) return;
  // "Critics said", "Voters said", "Republican said": a plural common noun or
  // an adjective is a role (the mention as written), never a person; "So" or
  // "He" no source at all. A singular noun may be a surname ("Ban", "King").
  if (IsCommonWord(name, {"common_adverb", "common_function"})) return no_source();
  if (IsCommonWord(name, {"common_other"}) ||
      (name.back() == 's' && IsCommonWord(name, {"common_noun"}))) {
    type = SourceType::kRole;
    name.clear();
    return;
  }
  // "PacifiCorp said it expected …": an organisation from here on.
  std::string_view content = a.content.in(text);
  if (content.starts_with("it ") || content.starts_with("its ")) {
    type = SourceType::kOrganisation;
    organisations_.insert(name);
  }
}

void SpeakerResolver::ResolveDescription(std::string_view text,
                                         const std::vector<AttributionCandidate>& resolved,
                                         AttributionCandidate* c) {
  Attribution& a = c->attribution;
  const SourceMention& m = c->mention;
  std::string_view source = a.source->in(text);
  std::string_view head = m.head.empty() ? source : m.head.in(text);
  std::string_view first = head.substr(0, head.find(' '));
  std::string noun = LowerAscii(LastWord(head));
  bool definite = first == "the" || first == "The" || first.ends_with("'s") ||
                  first.ends_with("\xE2\x80\x99s");
  if (m.type == SourceType::kDocument && definite) {
    // "The statement said …" after "Trump, in a statement …, announced":
    // the issuer of the document last mentioned with that noun.
    std::string indefinite = Cat("a ", noun);
    const auto* self = c;
    int index = static_cast<int>(self - resolved.data());
    if (index < 0 || index > static_cast<int>(resolved.size())) return;
    for (int j = index - 1; j >= 0 && j >= index - 8; --j) {
      const Attribution& b = resolved[j].attribution;
      if (b.speaker.empty() || !b.source) continue;
      bool same = false;
      if (b.source_type == SourceType::kDocument) {
        std::string_view bh = resolved[j].mention.head.in(text);
        same = LowerAscii(LastWord(bh)) == noun;
      }
      if (!same) {
        std::string clause = LowerAscii(resolved[j].clause.in(text));
        size_t hit = clause.find(indefinite);
        same = hit != std::string::npos &&
               (hit + indefinite.size() == clause.size() ||
                !std::isalpha(static_cast<unsigned char>(clause[hit + indefinite.size()])));
      }
      if (same) {
        a.speaker = b.speaker;
        return;
      }
    }
    return;
  }
  if (definite && !m.plural && IsCompanyNoun(noun) && head.find(" of ") == std::string_view::npos) {
    std::string name = CompanyDescribed(text, a.source->start);
    if (!name.empty()) {
      a.speaker = name;
      a.source_type = SourceType::kOrganisation;
    }
    return;
  }
  // "his campaign said": the campaign of the man who just spoke, named
  // after him as "the Clinton campaign" is.
  const std::string lower_first = LowerAscii(first);
  if (m.type == SourceType::kRole && !m.plural && (lower_first == "his" || lower_first == "her") &&
      Words(head).size() == 2 && WordLists::Default().Contains("collective", noun)) {
    std::string person = EpithetSpeaker(text, resolved, a.source->start, lower_first == "his" ? 'm' : 'f');
    if (!person.empty()) {
      a.speaker = Cat(LastWord(person), " ", noun);
      a.source_type = SourceType::kOrganisation;
    }
    return;
  }
  if (m.type == SourceType::kRole && definite && !m.plural) {
    if (head.find(" of ") != std::string_view::npos) return;
    const WordLists& lists = WordLists::Default();
    // "the campaign" after "the Johnson-Weld campaign": the organisation
    // named earlier with that noun.
    if (lists.Contains("collective", noun)) {
      // Not "Huckabee's campaign", "The Cruz campaign": those name their own.
      if (first != "the" && first != "The") return;
      for (std::string_view w : Words(head))
        if (w != first && IsCapitalizedWord(w)) return;
      std::string earlier = EarlierNamedMention(text, a.source->start, noun);
      // Named after a person of the article ("the Johnson-Weld campaign"),
      // not a place or a time ("the four-day New England campaign").
      const std::vector<std::string_view> words = Words(earlier);
      bool person = false;
      if (words.size() >= 2) {
        std::string_view owner = StripPossessive(words[words.size() - 2]);
        for (const auto& [last, full] : names_)
          for (size_t at = 0; at < owner.size();) {
            size_t dash = owner.find('-', at);
            if (dash == std::string_view::npos) dash = owner.size();
            person |= owner.substr(at, dash - at) == last;
            at = dash + 1;
          }
      }
      if (person) {
        a.speaker = earlier;
        a.source_type = SourceType::kOrganisation;
      }
      return;
    }
    // A spokesman speaks for someone; who it is the text says, not the
    // latest speaker.
    if (noun == "spokesman" || noun == "spokeswoman" || noun == "spokesperson") return;
    // "the commissioner", "The foreign minister", "Chelyabinsk's governor":
    // the person named with that title earlier in the article; a title
    // nobody was named with is left unresolved ("the president" is not the
    // latest speaker) unless it is no office ("the nominee": an epithet).
    const LexEntry* e = Lexicon::Default().Find(noun);
    const bool title = e != nullptr && (e->flags & kLexTitle);
    std::string name;
    if (title) {
      name = TitledBefore(text, noun, a.source->start);
      // "Sen. John McCain … Cruz defends his record: … the senator says":
      // someone else named in a sentence after the one that last named the
      // titled person is likelier meant.
      const size_t last = name.empty() ? 0 : text.rfind(Surname(name), a.source->start);
      // "the president", "the pope": one holder in an article, whoever was
      // named since.
      const bool unique = lists.Contains("unique_title", noun) && HoldersOf(noun) == 1;
      if (!name.empty() && !unique && last != std::string_view::npos &&
          OtherPersonNamedBetween(text, resolved, SentenceEnd(text, last), a.source->start, name,
                                  0))
        name.clear();
    }
    const bool epithet = lists.Contains("epithet", noun) ||
                         (!title && lists.Contains("person_noun", noun) &&
                          !lists.Contains("not_epithet", noun));
    if (name.empty() && epithet && (first == "the" || first == "The") &&
        !lists.Contains("interlocutor", noun) && !NewReferentFollows(text, a.source->end)) {
      // "the gambling tycoon", "the GOP front-runner": an epithet for the
      // person the article follows (a noun GUM uses for people).
      const char gender = e == nullptr ? 0 : (e->flags & kLexFemale) ? 'f' : (e->flags & kLexMale) ? 'm' : 0;
      name = EpithetSpeaker(text, resolved, a.source->start, gender);
    }
    if (name.empty()) return;
    a.speaker = name;
    a.source_type = SourceType::kPerson;
    return;
  }
  if (EqualsIgnoreCaseAscii(source, "police") && m.type != SourceType::kPerson) {
    // "police" after "Northamptonshire police were able to …".
    std::string earlier = EarlierNamedMention(text, a.source->start, "police");
    if (earlier.empty()) earlier = EarlierNamedMention(text, a.source->start, "Police");
    if (!earlier.empty()) {
      a.speaker = earlier;
      a.source_type = SourceType::kOrganisation;
    }
  }
}

}  // namespace claimgraph::ingest
