// Speaker resolution, second half: descriptions and stand-ins ("the
// company", "the senator", "the gambling tycoon", "the campaign") and a lone
// word that is no person. The class is declared in speakers.h.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "common/strings.h"
#include "ingest/attribution/roles.h"
#include "ingest/attribution/speaker_words.h"
#include "ingest/attribution/speakers.h"
#include "ingest/entities/entities.h"
#include "text/lexicon.h"

namespace claimgraph::ingest {

using namespace speaker_words;  // NOLINT: the shared word tests

// "Sen." for "the senator", "Gov." for "the governor": a short title opening
// the noun is its abbreviation.
static bool SameTitle(std::string_view written, std::string_view title) {
  if (written == title) return true;
  if (written.ends_with('.')) written.remove_suffix(1);
  return written.size() >= 3 && written.size() <= 4 && title.starts_with(written);
}

std::string SpeakerResolver::TitledBefore(std::string_view text, std::string_view title,
                                          uint32_t before, bool former) const {
  auto same = [&](std::string_view t) { return SameTitle(t, title); };
  std::string best;
  size_t best_at = 0;
  for (const TitledName& it : titled_) {
    if (it.position >= before || !same(it.title) || !HolderFits(it, former)) continue;
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

bool SpeakerResolver::TitleWordsFit(std::string_view text, std::string_view description,
                                    std::string_view title, const std::string& holder,
                                    uint32_t before) const {
  constexpr uint32_t kTitleReach = 80;  // bytes before a name its title words take
  const std::vector<std::string_view> words = Words(description);
  std::vector<std::string> office;  // the words that say which office
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    const std::string lower = LowerAscii(words[i]);
    if (IsCapitalizedWord(words[i]) ||
        WordLists::Default().Contains("generic_title_modifier", lower))
      continue;
    office.push_back(lower);
  }
  if (office.empty()) return true;
  for (const TitledName& it : titled_) {
    if (it.position >= before || !SameTitle(it.title, title)) continue;
    std::string full = FullName(LastWord(it.name), 0);
    if ((full.empty() ? it.name : full) != holder) continue;
    const uint32_t from = it.position > kTitleReach ? it.position - kTitleReach : 0;
    std::string_view window = text.substr(from, it.position - from);
    // (Only the sentence the name is in.)
    if (const size_t stop = window.find_last_of(".\n"); stop != std::string_view::npos)
      window.remove_prefix(stop + 1);
    const std::vector<std::string_view> named = Words(window);
    bool all = true;
    for (const std::string& w : office) {
      bool found = false;
      for (std::string_view n : named) found |= LowerAscii(n) == w;
      all = all && found;
    }
    if (all) return true;
  }
  return false;
}

int SpeakerResolver::HoldersOf(std::string_view title, bool former) const {
  std::vector<std::string_view> holders;
  for (const TitledName& it : titled_)
    if (SameTitle(it.title, title) && HolderFits(it, former) && std::find(holders.begin(), holders.end(), Surname(it.name)) == holders.end())
      holders.push_back(Surname(it.name));
  return static_cast<int>(holders.size());
}

namespace {

// Whether the name at `at` is followed by a past form, an auxiliary or a
// cue: a verb, so the name is the sentence's subject ("Trump thanked …",
// "Mark Oakes said …"), not a modifier ("Obama consultant Cornell Belcher").
// One insertion between commas may come between ("Trump, who leads in
// delegates, mocked …", "Trump, in Kentucky, said …"); a list may not
// ("Trump, Cruz and Rubio said": no second comma).
bool VerbAfterSubject(std::string_view text, uint32_t at) {
  constexpr size_t kMaxInsertion = 160;
  auto word_end = [&](uint32_t i) {
    while (i < text.size() && (std::isalpha(static_cast<unsigned char>(text[i])) ||
                               text[i] == '-' || text[i] == '\''))
      ++i;
    return i;
  };
  // The name's words: capitalised words and initials ("Mark B. Oakes").
  uint32_t end = word_end(at);
  while (true) {
    if (end + 1 < text.size() && text[end] == '.' && end - at >= 1 &&
        std::isupper(static_cast<unsigned char>(text[end - 1])) &&
        (end < 2 || !std::isalpha(static_cast<unsigned char>(text[end - 2]))))
      ++end;  // an initial
    if (end + 1 < text.size() && text[end] == ' ' &&
        std::isupper(static_cast<unsigned char>(text[end + 1]))) {
      end = word_end(end + 1);
      continue;
    }
    break;
  }
  if (end < text.size() && text[end] == ',') {
    // The insertion ends at the next comma, in the same sentence.
    const size_t close = text.find(',', end + 1);
    if (close == std::string_view::npos || close - end > kMaxInsertion) return false;
    const std::string_view inside = text.substr(end + 1, close - end - 1);
    if (inside.find_first_of("!?\n\"") != std::string_view::npos ||
        inside.find(" and ") != std::string_view::npos)
      return false;
    // A period ends a sentence unless it closes an initial or an
    // abbreviation: "an adviser to George W. Bush,", "an aide to Sen. Cole,".
    for (size_t dot = inside.find('.'); dot != std::string_view::npos;
         dot = inside.find('.', dot + 1)) {
      size_t word = dot;
      while (word > 0 && std::isalpha(static_cast<unsigned char>(inside[word - 1]))) --word;
      const std::string_view before = inside.substr(word, dot - word);
      const LexEntry* e = LookupWord(before);
      const bool initial = before.size() == 1 && std::isupper(static_cast<unsigned char>(before[0]));
      if (!initial && (e == nullptr || !(e->flags & kLexAbbrev))) return false;
    }
    end = static_cast<uint32_t>(close) + 1;
  }
  if (end + 1 >= text.size() || text[end] != ' ' ||
      !std::islower(static_cast<unsigned char>(text[end + 1])))
    return false;
  uint32_t next = end + 1;
  while (next < text.size() && std::isalpha(static_cast<unsigned char>(text[next]))) ++next;
  std::string_view word = text.substr(end + 1, next - end - 1);
  // One adverb may come first: "X, a former aide, also questioned …",
  // "X largely ran on …".
  if (const LexEntry* adverb = LookupWord(word);
      (adverb == nullptr || !(adverb->flags & (kLexAux | kLexCue))) &&
      (LooksLikeAdverb(word) || IsCommonWord(word, {"common_adverb"}) ||
       (adverb != nullptr && (adverb->flags & kLexSkip))) &&
      next + 1 < text.size() && text[next] == ' ' &&
      std::islower(static_cast<unsigned char>(text[next + 1]))) {
    end = next;
    next = end + 1;
    while (next < text.size() && std::isalpha(static_cast<unsigned char>(text[next]))) ++next;
    word = text.substr(end + 1, next - end - 1);
  }
  const LexEntry* e = LookupWord(word);
  if (e != nullptr && (e->flags & (kLexRoleNoun | kLexTitle | kLexOrgWord | kLexPlural)))
    return false;
  return (word.size() > 4 && word.ends_with("ed")) || (e != nullptr && (e->flags & (kLexCue | kLexAux))) ||
         WordLists::Default().Contains("irregular_past", word);
}

// How far back an epithet looks for its person: about three paragraphs of
// news; farther back, the article has moved on (EpithetSpeaker,
// SalientPersonBefore).
constexpr uint32_t kMaxEpithetReach = 1500;

}  // namespace

bool SpeakerResolver::OtherPersonNamedBetween(std::string_view text,
                                              const std::vector<AttributionCandidate>& resolved,
                                              uint32_t from, uint32_t to, std::string_view speaker,
                                              char gender) const {
  auto said = [&](uint32_t at) { return InsideAttribution(resolved, at); };
  auto other = [&](uint32_t at, std::string_view name) {
    return at > from && at < to && name != speaker && LastWord(name) != LastWord(speaker) &&
           !said(at);
  };
  if (gender != 0) {
    // For a pronoun, the latest person of its gender named since decides:
    // named with a title or a given name of the lexicon, or a run of name
    // words whose first is a given name of that gender ("Loretta Lynch").
    // Only mentions in (from, to) can be someone else; `said` (a scan of
    // the attributions) is asked only of one that would be the latest. One
    // named after a subject pronoun of that gender ("He nodded to his finish
    // behind Ted Cruz") is an object: the pronoun's chain goes on.
    const NameMention* latest = nullptr;
    for (const std::vector<NameMention>* list : {&mentions_, &named_runs_})
      for (auto it = list->rbegin(); it != list->rend(); ++it)
        if (it->position > from && it->position < to && it->gender == gender && !it->quoted &&
            (latest == nullptr || it->position > latest->position) && !said(it->position) &&
            !AfterSubjectPronoun(text, it->position, gender))
          latest = &*it;
    // One named after the subject of their sentence is an object or someone
    // talked about ("Trump, in Kentucky, said … while Ted Cruz is …. He …"):
    // the subject stands in their place (not someone else when it is the
    // speaker).
    std::optional<NameMention> opener;
    if (latest != nullptr) {
      opener = SentenceSubject(text, resolved, latest->position, gender);
      if (opener && opener->position < latest->position) latest = &*opener;
    }
    // Or a surname of that gender opening a sentence: the one the article
    // turned to ("Carson brought in a new campaign manager. He praised …").
    // A person named after such a subject in its own sentence is an
    // object too ("Trump thanked …, his campaign manager, Corey Lewandowski.
    // He said …").
    std::optional<NameMention> subject = SurnameSubjectBefore(text, from, to, gender);
    if (subject &&
        (latest == nullptr || subject->position > latest->position ||
         (SentenceStart(text, latest->position) == subject->position &&
          VerbAfterSubject(text, subject->position))) &&
        !said(subject->position))
      return other(subject->position, subject->name);
    return latest != nullptr && other(latest->position, latest->name);
  }
  for (const NameMention& n : mentions_)
    if (other(n.position, n.name)) return true;
  for (const NameMention& n : named_runs_)
    if (other(n.position, n.name)) return true;
  for (const auto& [last, full] : names_) {
    for (size_t at = text.find(last, from); at != std::string_view::npos && at < to;
         at = text.find(last, at + 1)) {
      if (IsWholeWordAt(text, at, last.size()) && other(static_cast<uint32_t>(at), full))
        return true;
    }
  }
  return false;
}

namespace {

// Whether the name at `at` opens its sentence as its subject: only a title
// ("Rep. ", "Foreign Minister ") or a role and a comma ("Kazakhstan's
// foreign minister, ") before it, a lower-case word that is no preposition,
// determiner or coordinating conjunction after it (past "(D-Calif.)" or ", the foreign
// minister,").
bool OpensSentenceAsSubject(std::string_view text, uint32_t at) {
  const uint32_t start = AfterSubjectOpener(text, SentenceStartPastAbbreviations(text, at));
  if (start > at) return false;
  const std::string_view prefix = text.substr(start, at - start);
  if (!prefix.empty()) {
    const std::vector<std::string_view> words = Words(prefix);
    if (words.empty() || words.size() > 6) return false;
    for (size_t i = 0; i < words.size(); ++i) {
      std::string_view w = words[i];
      const bool comma = w.ends_with(',');
      if (comma) w.remove_suffix(1);
      if (comma && i + 1 != words.size()) return false;
      if (w.ends_with('.')) w.remove_suffix(1);  // "Rep."
      if (w.empty()) return false;
      const LexEntry* e = LookupWord(w);
      if (e != nullptr && (e->flags & (kLexPrep | kLexCue | kLexAux | kLexPronoun | kLexBoundary)))
        return false;
      if (i + 1 == words.size() &&
          !(e != nullptr && (e->flags & (kLexTitle | kLexRoleNoun))) &&
          !WordLists::Default().Contains("person_noun", LowerAscii(w)))
        return false;
    }
  }
  // The name's words: capitalised words and initials.
  size_t end = at;
  while (end < text.size()) {
    size_t w = end;
    while (w < text.size() && (std::isalpha(static_cast<unsigned char>(text[w])) ||
                               text[w] == '-' || text[w] == '\'' || text[w] == '.'))
      ++w;
    end = w;
    if (end + 1 < text.size() && text[end] == ' ' &&
        std::isupper(static_cast<unsigned char>(text[end + 1])))
      ++end;
    else
      break;
  }
  if (text.substr(end).starts_with(" (")) {
    const size_t close = text.find(')', end);
    if (close == std::string_view::npos || close - end > 40) return false;
    end = close + 1;
  } else if (end < text.size() && text[end] == ',' && prefix.ends_with(", ")) {
    ++end;  // "…'s foreign minister, Erlan Idrissov, plays": the name is the apposition
  } else if (end < text.size() && text[end] == ',') {
    // The apposition ends at the comma before a word in lower case ("…, a
    // Sanders supporter from Hemet, California, is among").
    size_t close = text.find(',', end + 1);
    while (close != std::string_view::npos && close - end <= 120 && close + 2 < text.size() &&
           !(text[close + 1] == ' ' && std::islower(static_cast<unsigned char>(text[close + 2]))))
      close = text.find(',', close + 1);
    if (close == std::string_view::npos || close - end > 120) return false;
    const std::string_view inside = text.substr(end + 1, close - end - 1);
    if (inside.find_first_of("!?\n\"") != std::string_view::npos ||
        inside.find(" and ") != std::string_view::npos ||
        inside.find(". ") != std::string_view::npos)
      return false;
    end = close + 1;
  }
  if (end + 1 >= text.size() || text[end] != ' ' ||
      !std::islower(static_cast<unsigned char>(text[end + 1])))
    return false;
  size_t next = end + 1;
  while (next < text.size() && std::isalpha(static_cast<unsigned char>(text[next]))) ++next;
  const std::string_view word = text.substr(end + 1, next - end - 1);
  const LexEntry* e = LookupWord(word);
  return !(e != nullptr && (e->flags & (kLexPrep | kLexDeterminer))) &&
         !WordLists::Default().Contains("coordinator", word);
}

}  // namespace

std::optional<SpeakerResolver::NameMention> SpeakerResolver::SubjectOfUnknownGender(
    std::string_view text, const std::vector<AttributionCandidate>& resolved, uint32_t from,
    uint32_t to, char gender) const {
  // The pronoun's sentence and the one before; farther back (two sentences
  // more at most) while each sentence passed goes on with the pronoun, names
  // no one and opens with no surname ("Naureen Jahangir, a Sanders supporter, is among …. The
  // campaign was the first time she had been involved …. “…,” she said").
  const std::string_view pronoun = gender == 'm' ? "he" : "she";
  // Sentences as a reader sees them: "Dr. Jill Stein" goes on one.
  auto previous = [&](uint32_t start) -> uint32_t {
    while (start > 0 && std::isspace(static_cast<unsigned char>(text[start - 1]))) --start;
    return start == 0 ? 0 : SentenceStartPastAbbreviations(text, start - 1);
  };
  const uint32_t own = SentenceStartPastAbbreviations(text, to);
  uint32_t end = to;
  uint32_t begin = previous(own);
  for (int step = 0; step < 3; ++step) {
    begin = std::max(begin, from + 1);
    if (begin >= end) return std::nullopt;
    std::optional<NameMention> found;
    // The latest person who may be the pronoun: of its gender, or of unknown
    // gender with a title (a run of name words may be a place or a body:
    // "joked to Federal Reserve Chair Janet Yellen").
    const NameMention* latest = nullptr;
    bool named = false;
    for (const std::vector<NameMention>* list : {&mentions_, &named_runs_})
      for (const NameMention& n : *list) {
        if (n.position < begin || n.position >= end || n.quoted) continue;
        named = true;
        const char shown = GenderOfName(n.name, n.gender);
        if (shown != 0 && shown != gender) continue;
        if ((shown != 0 || list == &mentions_) &&
            (latest == nullptr || n.position > latest->position))
          latest = &n;
        if (n.gender == 0 && (!found || n.position > found->position) &&
            n.name.find(' ') != std::string::npos && !OfOtherGender(n.name, gender) &&
            !AfterSubjectPronoun(text, n.position, gender) &&
            OpensSentenceAsSubject(text, n.position) && !InsideAttribution(resolved, n.position))
          found = n;
      }
    // Someone who may be the pronoun named after the subject: not sure.
    if (found && latest != nullptr && latest->position > found->position) return std::nullopt;
    if (found || named) return found;
    bool holds = false;
    for (std::string_view w : Words(text.substr(begin, std::min(end, own) - begin))) {
      while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
      holds |= EqualsIgnoreCaseAscii(w, pronoun);
    }
    // Nor past a sentence a surname opens ("Sanders called her fallen son
    // her hero before explaining why she forgave Roof").
    if (!holds || SurnameSubjectBefore(text, begin > 0 ? begin - 1 : 0, std::min(end, own), gender))
      return std::nullopt;
    end = begin;
    begin = previous(begin);
  }
  return std::nullopt;
}

std::optional<SpeakerResolver::NameMention> SpeakerResolver::SentenceSubject(
    std::string_view text, const std::vector<AttributionCandidate>& resolved, uint32_t at,
    char gender) const {
  uint32_t start = SentenceStart(text, at);
  // "But Trump said …", "However, Trump said …": one opening word first.
  if (const uint32_t after = AfterSubjectOpener(text, start); after <= at) start = after;
  if (start >= at) return std::nullopt;
  std::optional<NameMention> subject;
  for (const std::vector<NameMention>* list : {&mentions_, &named_runs_})
    for (const NameMention& n : *list)
      if (n.position == start && n.gender == gender && !OfOtherGender(n.name, gender))
        subject = n;
  // A surname alone ("Trump, in Kentucky, said …"), of a person known to be
  // of `gender` (by a title, a given name or an earlier pronoun).
  if (!subject && start > 0) {
    subject = SurnameSubjectBefore(text, start - 1, at, gender);
    bool known = false;
    for (size_t i = 0; subject && i < names_.size(); ++i)
      known |= names_[i].second == subject->name && name_gender_[i] == gender;
    for (const NameMention& n : mentions_)
      known |= subject && n.name == subject->name && n.gender == gender;
    if (subject && (subject->position != start || !known)) subject.reset();
  }
  if (subject && (!VerbAfterSubject(text, start) || InsideAttribution(resolved, start))) subject.reset();
  return subject;
}

std::optional<SpeakerResolver::NameMention> SpeakerResolver::SurnameSubjectBefore(
    std::string_view text, uint32_t from, uint32_t to, char gender) const {
  // About three paragraphs back at most: farther, the article has moved on
  // (and a long article costs no more per pronoun).
  constexpr uint32_t kMaxSubjectReach = 1500;
  std::optional<NameMention> latest;
  const uint32_t begin = std::max<uint32_t>(from + 1, to > kMaxSubjectReach ? to - kMaxSubjectReach : 0);
  const uint32_t recent = PreviousSentenceStart(text, to);  // where a subject of unknown gender may be
  const uint32_t own = SentenceStart(text, to);              // the pronoun's own sentence
  // A sentence's subject: at its start or after an opening prepositional
  // phrase ("But like Trump, Rubio holds …"; not after an opening word
  // alone: "While Obama had …, X …" is about X).
  auto subject = [&](uint32_t at) {
    if (StartsSentence(text, at)) return true;
    if (at < 2 || text[at - 1] != ' ' || text[at - 2] != ',') return false;
    const uint32_t start = SentenceStart(text, at);
    return SubjectStart(text, start) == at && AfterSubjectOpener(text, start) != at;
  };
  for (uint32_t at = begin; at < to && at < text.size(); ++at) {
    if (!std::isupper(static_cast<unsigned char>(text[at])) || !subject(at)) continue;
    uint32_t end = at;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) ||
                                 text[end] == '-' || text[end] == '\''))
      ++end;
    const std::string_view word = text.substr(at, end - at);
    // "Clinton" alone is the Clinton the article introduced first ("Hillary
    // Clinton … Bill Clinton … Clinton put Sanders on the defensive"): when
    // that is someone of the other gender, the sentence is not about ours.
    if (OfOtherGender(FullName(word, 0), gender)) continue;
    bool found = false;
    for (size_t i = 0; i < names_.size(); ++i)
      if (name_gender_[i] == gender && names_[i].first == word) {
        latest = NameMention{at, names_[i].second, gender};
        found = true;
      }
    // "Bob agreed to talk …. “…,” he said": a given name of that gender
    // alone, no surname of the article's, opening the sentence before (or
    // the pronoun's own) before a lower-case word: someone the article names
    // by a given name only, or its full name written with it.
    if (!found && at >= recent && IsLoneGivenName(word) && GivenNameGender(word) == gender &&
        end + 1 < text.size() &&
        text[end] == ' ' && std::islower(static_cast<unsigned char>(text[end + 1])) &&
        FullName(word, 0).empty()) {
      std::string full = FullNameOfGivenName(word);
      latest = NameMention{at, full.empty() ? std::string(word) : std::move(full), gender};
      found = true;
    }
    // "During the 2012 election, Mitt Romney largely ran on …. He pledged
    // …": a full name of unknown gender (no given name of the lexicon) as the
    // subject of the sentence just before (not the pronoun's own: "Moderator
    // Bret Baier started by asking Rubio why he …"), followed by its verb.
    for (const NameMention& n : named_runs_)
      if (!found && n.position == at && at >= recent && at < own && n.gender == 0 &&
          n.name.find(' ') != std::string::npos && VerbAfterSubject(text, at)) {
        latest = NameMention{at, n.name, gender};
        found = true;
      }
    // "Lazar had no formal training. He told …": the subject of the sentence
    // just before is the likelier antecedent than an earlier speaker, also
    // when the person's gender is not known, unless the surname is also that
    // of someone of the other gender. Only before a lower-case word that is
    // no noun ("Lazar had", not "Iowa voters").
    if (found || at < recent || end + 1 >= text.size() || text[end] != ' ' ||
        !std::islower(static_cast<unsigned char>(text[end + 1])))
      continue;
    uint32_t next = end + 1;
    while (next < text.size() && std::isalpha(static_cast<unsigned char>(text[next]))) ++next;
    if (IsCommonWord(text.substr(end + 1, next - end - 1), {"common_noun"})) continue;
    std::string name;
    bool other = false;
    for (size_t i = 0; i < names_.size(); ++i)
      if (names_[i].first == word) {
        other |= name_gender_[i] != 0 && name_gender_[i] != gender;
        if (name_gender_[i] == 0 && name.empty()) name = names_[i].second;
      }
    for (const NameMention& n : named_runs_)
      if (LastWord(n.name) == word && n.name.size() > word.size() && n.position < at) {
        other |= n.gender != 0 && n.gender != gender;
        if (name.empty()) name = n.name;
      }
    if (!name.empty() && !other) latest = NameMention{at, std::move(name), gender};
  }
  return latest;
}

std::string SpeakerResolver::EpithetSpeaker(std::string_view text,
                                            const std::vector<AttributionCandidate>& resolved,
                                            uint32_t before, char gender) const {
  if (speakers_.empty()) return {};
  const Known& latest = speakers_.back();
  if (latest.type != SourceType::kPerson || latest.name.empty() || latest.plural ||
      latest.position >= before || before - latest.position > kMaxEpithetReach ||
      (gender != 0 && latest.gender != 0 && latest.gender != gender))
    return {};
  if (OtherPersonNamedBetween(text, resolved, latest.position, before, latest.name, 0)) return {};
  return latest.name;
}

std::vector<SpeakerResolver::NamedPerson> SpeakerResolver::PeopleNamedIn(
    std::string_view text, const std::vector<AttributionCandidate>& resolved, uint32_t from,
    uint32_t to) const {
  std::vector<NamedPerson> out;
  auto add = [&](uint32_t position, uint32_t end, const std::string& name, bool sure) {
    if (position < from || position >= to || InsideAttribution(resolved, position)) return;
    for (const NamedPerson& n : out)
      if (position >= n.position && position < n.end) return;
    out.push_back({position, end, name, sure});
  };
  auto add_surname = [&](std::string_view last, const std::string& name, bool sure) {
    for (size_t p = text.find(last, from); p != std::string_view::npos && p < to;
         p = text.find(last, p + 1)) {
      if (!IsWholeWordAt(text, p, last.size())) continue;
      add(static_cast<uint32_t>(p), static_cast<uint32_t>(p + last.size()), name, sure);
    }
  };
  for (const NameMention& n : mentions_)
    if (!n.quoted) add(n.position, n.position + static_cast<uint32_t>(n.name.size()), n.name, true);
  // (Not a run the gazetteer knows: "Salt Lake City" is no one.)
  auto in_gazetteer = [](const std::string& name) {
    return EntityLinker::Default().Lookup(name).has_value();
  };
  for (const NameMention& n : named_runs_)
    if (!n.quoted && !in_gazetteer(n.name))
      add(n.position, n.position + static_cast<uint32_t>(n.name.size()), n.name, n.gender != 0);
  for (const auto& [last, full] : names_) {
    std::string name = FullName(last, 0);
    add_surname(last, name.empty() ? full : name, true);
  }
  // (Also a surname of one named only in what was said: "Donald Trump" in a
  // quotation, "Trump had spent …" in the narration.)
  for (const NameMention& n : mentions_)
    if (n.position < to) add_surname(LastWord(n.name), n.name, true);
  for (const NameMention& n : named_runs_)
    if (n.position < to && !in_gazetteer(n.name))
      add_surname(LastWord(n.name), n.name, n.gender != 0);
  std::sort(out.begin(), out.end(),
            [](const NamedPerson& x, const NamedPerson& y) { return x.position < y.position; });
  return out;
}

std::string SpeakerResolver::SalientPersonBefore(std::string_view text,
                                                 const std::vector<AttributionCandidate>& resolved,
                                                 uint32_t at, char gender, std::string_view title,
                                                 bool sole) const {
  const uint32_t own = SentenceStartPastAbbreviations(text, at);
  if (!PeopleNamedIn(text, resolved, own, at).empty()) return {};
  const uint32_t limit = at > kMaxEpithetReach ? at - kMaxEpithetReach : 0;
  std::vector<NamedPerson> people;
  uint32_t start = own;
  while (people.empty()) {
    uint32_t end = start;
    while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    const uint32_t previous = end == 0 ? start : SentenceStartPastAbbreviations(text, end - 1);
    if (previous >= start || previous < limit) return {};
    people = PeopleNamedIn(text, resolved, previous, start);
    start = previous;
  }
  // One person named there, or, unless `sole`, several and the one the
  // sentence opens with as its subject, after title words and capitalised
  // words only ("Democratic presidential candidate Bernie Sanders is choosing
  // not to respond to recent Clinton campaign accusations …").
  const NamedPerson* chosen = &people.front();
  bool several = false;
  for (const NamedPerson& n : people) several |= n.name != chosen->name;
  if (several) {
    if (sole) return {};
    // ("Casino owner Walter Brandt said …. Mayor Lucia Ferro opposes the
    // plan …. “…,” the tycoon told Reuters": the speaker before, not her.)
    if (!speakers_.empty()) {
      const Known& latest = speakers_.back();
      if (latest.type == SourceType::kPerson && !latest.name.empty() && latest.position < at &&
          at - latest.position <= kMaxEpithetReach && latest.name != chosen->name)
        return {};
    }
    const uint32_t subject = SubjectStart(text, start);
    if (chosen->position < subject || !VerbAfterSubject(text, chosen->position)) return {};
    for (std::string_view w : Words(text.substr(subject, chosen->position - subject))) {
      const LexEntry* entry = Lexicon::Default().Find(LowerAscii(w));
      if (!IsCapitalizedWord(w) && !(entry != nullptr && (entry->flags & kLexTitle)) &&
          !WordLists::Default().Contains("epithet_modifier", LowerAscii(w)))
        return {};
    }
  }
  if (!chosen->sure) return {};
  // "lawyers for both Donald and Ivana Trump": one of two joined by "and".
  const std::string_view joined_before = text.substr(start, chosen->position - start);
  const std::string_view joined_after = text.substr(chosen->end, 6);
  if (joined_before.ends_with(" and ") || joined_before.ends_with(" or ") ||
      joined_after.starts_with(" and ") || joined_after.starts_with(" or "))
    return {};
  // "He praised Rubio. The billionaire said", "And he spoke highly of Mr.
  // Trump": a sentence with a subject pronoun before the name is about
  // someone else than the one it names.
  for (std::string_view w : Words(text.substr(start, chosen->position - start)))
    if (EqualsIgnoreCaseAscii(w, "he") || EqualsIgnoreCaseAscii(w, "she") ||
        EqualsIgnoreCaseAscii(w, "they"))
      return {};
  const std::string& name = chosen->name;
  if (gender != 0) {
    char known = 0;
    for (size_t i = 0; i < names_.size(); ++i)
      if (names_[i].second == name) known = name_gender_[i];
    known = GenderOfName(name, known);
    if (OfOtherGender(name, gender) || (known != 0 && known != gender)) return {};
  }
  // "the Florida senator": when the article titles people so, one of them;
  // else one it titled with no other office.
  if (!title.empty()) {
    bool holder = false, other = false;
    for (const TitledName& it : titled_) {
      if (LastWord(it.name) != LastWord(name)) continue;
      if (SameTitle(it.title, title)) holder = true;
      else if (!IsHonorific(it.title)) other = true;
    }
    if (!holder && (other || HoldersOf(title, false) + HoldersOf(title, true) > 0)) return {};
  }
  return name;
}

std::string SpeakerResolver::PossessorOf(std::string_view text,
                                         const std::vector<AttributionCandidate>& resolved,
                                         Span source) const {
  const std::string_view mention = source.in(text);
  const std::string first = LowerAscii(mention.substr(0, mention.find(' ')));
  if (first != "his" && first != "her") return {};
  return SalientPersonBefore(text, resolved, source.start, first == "his" ? 'm' : 'f', "", false);
}

std::string SpeakerResolver::ItsOwner(std::string_view text, Span mention) const {
  // "According to its press release, the NBA was …": in a phrase opening its
  // sentence, "its" looks ahead to the subject.
  const uint32_t start = SentenceStart(text, mention.start);
  if (text.substr(start, mention.end - start).find(',') == std::string_view::npos &&
      text.substr(mention.end).starts_with(","))
    return {};
  return OrganisationNamedNear(text, mention.start);
}

std::string SpeakerResolver::CompanyDescribed(std::string_view text, uint32_t before,
                                              std::string_view noun) const {
  // The organisation that spoke (by a name: "Amoco Corp", or a lone word the
  // text showed to be one: "PacifiCorp said it …"), when it is the only one
  // that fits, or the only one whose name holds the noun ("the bank":
  // "National Westminster Bank"), or the latest speaker of all (the text
  // goes on with it), or the one that spoke most often (the article's main
  // company); two that fit alike otherwise ("Amoco Corp", "Dome Petroleum
  // Ltd" once each, then an analyst, for "the company") leave it
  // unresolved. Else the one named latest before. What an organisation
  // "reported" it reported as a news outlet: it stands for no description
  // but an outlet's ("the agency").
  const std::string lower_noun = LowerAscii(noun);
  // ("Bundesbank" holds "bank" too.)
  auto holds_noun = [&](std::string_view name) {
    for (std::string_view w : Words(name))
      if (LowerAscii(w) == lower_noun) return true;
    return WordEndsInNoun(name, lower_noun);
  };
  std::vector<std::string_view> fitting;
  int holding = 0;
  bool outlet_fits = false;
  std::string_view held;
  // ("The agency said" after "…, the Iranian news agency IRNA reported": an
  // outlet noun stands for the outlet that reported.)
  const bool outlet_noun = WordLists::Default().Contains("outlet_word", lower_noun);
  for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it)
    if (it->type == SourceType::kOrganisation && IsCapitalizedWord(it->name) &&
        (it->name.find(' ') != std::string::npos || organisations_.contains(it->name)) &&
        (OrganisationFits(it->name, noun) || (it->reported && outlet_noun)) &&
        std::find(fitting.begin(), fitting.end(), it->name) == fitting.end()) {
      if (it->reported && !outlet_noun) {
        outlet_fits = true;
        continue;
      }
      fitting.push_back(it->name);
      if (holds_noun(it->name)) {
        ++holding;
        held = it->name;
      }
    }
  if (holding == 1) return std::string(held);
  // One named with the noun that did not speak ("The Nordbank left its rate
  // unchanged, a central bank spokesman said. The bank said …").
  if (holding == 0) {
    std::string named = OrganisationNamedBefore(text, before, noun);
    if (!named.empty() && holds_noun(named)) return named;
  }
  if (holding == 0 && fitting.size() == 1) return std::string(fitting.front());
  if (holding == 0 && !fitting.empty() && speakers_.back().name == fitting.front())
    return std::string(fitting.front());
  if (holding == 0 && !fitting.empty()) {
    std::vector<int> spoke(fitting.size(), 0);
    for (const Known& k : speakers_)
      for (size_t i = 0; i < fitting.size(); ++i) spoke[i] += k.name == fitting[i];
    const auto most = std::max_element(spoke.begin(), spoke.end());
    if (std::count(spoke.begin(), spoke.end(), *most) == 1)
      return std::string(fitting[most - spoke.begin()]);
  }
  if (!fitting.empty() || outlet_fits) return {};
  return OrganisationNamedBefore(text, before, noun);
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
  const std::string_view source = a.source->in(text);
  std::optional<KnownEntity> known = EntityLinker::Default().Lookup(name);
  if (organisations_.contains(name)) {
    type = SourceType::kOrganisation;
    return;
  }
  // "Continental said" after "Continental Bank of Canada said": the
  // organisation that spoke under the name the word opens.
  if (std::string longer = OrganisationSpokeWith(name, true, false); !longer.empty()) {
    name = std::move(longer);
    type = SourceType::kOrganisation;
    return;
  }
  if (e != nullptr && (e->flags & kLexTime)) return no_source();  // "Monday said"
  if (IsAcronym(name) || IsAllCapitalName(name) ||
      (known && (known->type == "organisation" || known->type == "place"))) {
    type = SourceType::kOrganisation;  // "FBI", "CBS", "POLITICO"
    organisations_.insert(name);
    return;
  }
  if (known) return;
  // "Critics said", "Voters said", "Republican said": a plural common noun or
  // an adjective is a role (the mention as written), never a person; "So" or
  // "He" no source at all. A singular noun may be a surname ("Ban", "King").
  if (IsCommonWord(name, {"common_adverb", "common_function"})) return no_source();
  // So is a plural of people the lists lack ("Meteorologists") or WordNet
  // knows ("Demonstrators", "Mourners": person_plural).
  // ("Fact-checkers", "Census-takers", "E-mails": a compound whose last
  // part is a lower-case plural of people, of a doer's noun in "-ers" or of
  // a common noun; "Polling shows": a common noun in "-ing".)
  const size_t hyphen = name.rfind('-');
  const std::string_view last_part =
      hyphen == std::string::npos ? std::string_view() : std::string_view(name).substr(hyphen + 1);
  if (IsCommonWord(name, {"common_other"}) ||
      WordLists::Default().Contains("person_plural", LowerAscii(name)) ||
      (last_part.size() > 3 && last_part.front() >= 'a' && last_part.front() <= 'z' &&
       last_part.back() == 's' &&
       (last_part.ends_with("ers") || WordLists::Default().Contains("person_plural", last_part) ||
        IsCommonWord(last_part, {"common_noun"}))) ||
      (name.back() == 's' && IsCommonWord(name, {"common_noun"})) ||
      (name.ends_with("ing") && GivenNameGender(name) == 0 &&
       (IsCommonWord(name, {"common_noun"}) ||
        IsCommonWord(std::string_view(name).substr(0, name.size() - 3), {"common_noun"}))) ||
      (name.size() >= 7 &&
       WordLists::Default().EndsWithOneOf("plural_person_ending", LowerAscii(name)))) {
    type = SourceType::kRole;
    a.role = std::move(name);
    name.clear();
    return;
  }
  // "PacifiCorp said it expected …": an organisation from here on. So is a
  // name that reports without a title ("Politico reported", "according to
  // Statista": a person the article follows is named in full first) or that
  // the article describes as an outlet or organisation ("daily Népszava").
  std::string_view content = a.content.in(text);
  // (Not a first name, "Phillip reported from Oakland", nor people named by
  // their profession, "Egyptologists have reported".)
  std::string_view singular = name;
  if (singular.ends_with('s')) singular.remove_suffix(1);
  const bool bare = (source == name || EqualsIgnoreCaseAscii(source, Cat("the ", name))) &&
                    GivenNameGender(name) == 0 &&
                    !WordLists::Default().EndsWithOneOf("person_noun_ending", LowerAscii(singular));
  // ("Ms. Ortega called it …": an honorific or a title names a person.)
  bool titled = false;
  for (std::string_view w : Words(source.substr(0, source.rfind(name)))) {
    const LexEntry* t = LookupWord(w);
    titled |= IsHonorific(w) || (t != nullptr && (t->flags & kLexTitle));
  }
  if ((!titled && (content.starts_with("it ") || content.starts_with("its "))) ||
      (bare && (a.cue_lemma == "report" || a.cue_lemma == "according to")) ||
      DescribedAsOrganisation(text, name)) {
    type = SourceType::kOrganisation;
    organisations_.insert(name);
  }
}

void SpeakerResolver::DocumentIssuer(std::string_view text,
                                     const std::vector<AttributionCandidate>& resolved,
                                     int index, std::string_view noun, Attribution& a) const {
  // "President Obama released a statement Thursday night condemning …. “…,”
  // the statement said": the latest "a <noun>" within a few paragraphs
  // whose issuer the text names (IssuerOfDocumentBefore), though no
  // attribution carries it.
  const uint32_t from = a.source->start > kMaxEpithetReach ? a.source->start - kMaxEpithetReach : 0;
  const std::string_view before = text.substr(from, a.source->start - from);
  uint32_t put_out = 0;  // where that "a <noun>" is, 0: none
  std::pair<std::string, SourceType> issuer;
  for (size_t at = before.rfind(noun); at != std::string_view::npos && at > 0 && put_out == 0;
       at = before.rfind(noun, at - 1)) {
    if (!IsWholeWordAt(before, at, noun.size())) continue;
    const size_t end = at + noun.size();
    // The indefinite determiner within two words before it ("a written statement").
    size_t start = at;
    for (int words = 0; words < 3 && start > 1; ++words) {
      const size_t space = before.rfind(' ', start - 2);
      if (space == std::string_view::npos) break;
      const std::string_view word = before.substr(space + 1, start - 1 - (space + 1));
      start = space + 1;
      if (!WordLists::Default().Contains("indefinite_determiner", LowerAscii(word))) continue;
      const Span mention{from + static_cast<uint32_t>(start), from + static_cast<uint32_t>(end)};
      issuer = IssuerOfDocumentBefore(text, mention);
      if (!issuer.first.empty()) put_out = mention.start;
      break;
    }
  }
  // An attribution after it with that document as its source, or whose
  // clause reads "a <noun>" ("Trump, in a statement …, announced"), says whose.
  std::string indefinite = Cat("a ", noun);
  for (int j = index - 1; j >= 0 && j >= index - 8; --j) {
    const Attribution& b = resolved[j].attribution;
    if (b.speaker.empty() || !b.source) continue;
    if (b.source->end <= put_out) break;
    bool same = false;
    if (resolved[j].mention.type == SourceType::kDocument) {
      std::string_view bh = resolved[j].mention.head.in(text);
      same = LowerAscii(LastWord(bh)) == noun;
      // "A Quinnipiac University poll released Tuesday found …. The poll
      // also found …": the noun anywhere in the earlier document's source.
      for (std::string_view w : Words(b.source->in(text))) same |= LowerAscii(w) == noun;
    }
    if (!same) {
      std::string clause = LowerAscii(resolved[j].clause.in(text));
      size_t hit = clause.find(indefinite);
      same = hit != std::string::npos &&
             (hit + indefinite.size() == clause.size() ||
              !std::isalpha(static_cast<unsigned char>(clause[hit + indefinite.size()])));
    }
    if (same) {
      a.speaker = b.speaker;  // of the issuer's type (an organisation or a person)
      if (b.source_type != SourceType::kDocument) a.source_type = b.source_type;
      return;
    }
  }
  if (put_out == 0) issuer = OwnerOfDocumentBefore(text, a.source->start, noun);
  if (!issuer.first.empty()) {
    a.speaker = std::move(issuer.first);
    a.source_type = issuer.second;
  }
}

std::pair<std::string, SourceType> SpeakerResolver::OwnerOfDocumentBefore(
    std::string_view text, uint32_t before, std::string_view noun) const {
  if (!WordLists::Default().Contains("authored_document", noun)) return {};
  const uint32_t from = before > kMaxEpithetReach ? before - kMaxEpithetReach : 0;
  const std::string_view span = text.substr(from, before - from);
  // The latest mention of the noun as a word.
  size_t at = std::string_view::npos;
  for (size_t hit = span.rfind(noun); hit != std::string_view::npos && hit > 0;
       hit = span.rfind(noun, hit - 1)) {
    if (!IsWholeWordAt(span, hit, noun.size())) continue;
    at = hit;
    break;
  }
  if (at == std::string_view::npos || at == 0) return {};
  // The words before it in its sentence, the nearest last.
  const uint32_t start = SentenceStart(text, from + static_cast<uint32_t>(at));
  const std::vector<std::string_view> words =
      Words(text.substr(start, from + static_cast<uint32_t>(at) - start));
  size_t i = words.size();
  for (int modifiers = 0; i > 0 && modifiers < 3; ++modifiers) {
    const std::string_view w = words[i - 1];
    if (IsCapitalizedWord(w) || w.ends_with("'s") || w.ends_with("’s") ||
        w.find_first_of(",;:()") != std::string_view::npos ||
        EqualsIgnoreCaseAscii(w, "its") || EqualsIgnoreCaseAscii(w, "their"))
      break;
    const LexEntry* e = Lexicon::Default().Find(LowerAscii(w));
    if (e != nullptr && (e->flags & (kLexDeterminer | kLexPrep | kLexAux | kLexPronoun))) return {};
    --i;
  }
  if (i == 0) return {};
  const std::string_view owner = words[i - 1];
  if (EqualsIgnoreCaseAscii(owner, "its") || EqualsIgnoreCaseAscii(owner, "their")) {
    const uint32_t its = static_cast<uint32_t>(owner.data() - text.data());
    std::string name = ItsOwner(text, Span{its, from + static_cast<uint32_t>(at + noun.size())});
    if (name.empty()) return {};
    return {std::move(name), SourceType::kOrganisation};
  }
  if (!IsCapitalizedWord(owner) || !(owner.ends_with("'s") || owner.ends_with("’s")))
    return {};
  // The capitalised run the possessive closes ("Marine Traffic's").
  size_t first = i - 1;
  while (first > 0 && IsCapitalizedWord(words[first - 1]) &&
         words[first - 1].find_first_of(",;:()") == std::string_view::npos)
    --first;
  std::string name;
  for (size_t k = first; k < i; ++k) name += (k > first ? " " : "") + std::string(words[k]);
  name = Normalize(StripPossessive(name));
  if (name.starts_with("The ")) name.erase(0, 4);
  if (name.empty()) return {};
  const LexEntry* e = Lexicon::Default().Find(LowerAscii(name));
  if (e != nullptr && (e->flags & kLexTime)) return {};  // "Monday's poll"
  if (auto known = EntityLinker::Default().Lookup(name); known && known->type == "place") return {};
  // A person of the article ("Trump's website") or a given name and a last
  // word that is no common noun ("Daniel Solberg's report"); else an
  // organisation ("Marine Traffic's website": "Marine" is a given name too).
  if (std::string full = FullName(LastWord(name), 0);
      !full.empty() && (name.find(' ') == std::string::npos || full == name))
    return {full, SourceType::kPerson};
  if (name.find(' ') != std::string::npos && GivenNameGender(name.substr(0, name.find(' '))) != 0 &&
      !IsCommonWord(LowerAscii(LastWord(name)), {"common_noun"}))
    return {name, SourceType::kPerson};
  return {name, SourceType::kOrganisation};
}

// Long because: one early-returning case per kind of description (a document,
// "the company", "his campaign", a definite role or epithet, "police"), tried
// in an order that is the behaviour, over the words they all read.
void SpeakerResolver::ResolveDescription(std::string_view text,
                                         const std::vector<AttributionCandidate>& resolved,
                                         AttributionCandidate* c) {
  Attribution& a = c->attribution;
  const SourceMention& m = c->mention;
  std::string_view source = a.source->in(text);
  std::string_view head = m.head.empty() ? source : m.head.in(text);
  std::string_view first = head.substr(0, head.find(' '));
  std::string noun = LowerAscii(LastWord(head));
  // ("Company said …" with no article: the wire's "the company".)
  bool definite = first == "the" || first == "The" || first.ends_with("'s") ||
                  first.ends_with("\xE2\x80\x99s") ||
                  (first == head && IsCapitalizedWord(head) && IsCompanyNoun(noun));
  // The unnamed speaker a short definite description ("The official", "the
  // two sources") stands for (UnnamedRoleBefore); empty when none.
  auto unnamed_role = [&]() -> std::string {
    const std::vector<std::string_view> words = Words(head);
    if (words.size() > 3) return {};
    for (size_t i = 1; i < words.size(); ++i)
      if (IsCapitalizedWord(words[i]) ||
          WordLists::Default().Contains("other_referent", LowerAscii(words[i])))
        return {};  // "the second official" is someone else
    return UnnamedRoleBefore(noun, a.source->start);
  };
  // "its website notes …": the organisation "it" stands for.
  if (m.type == SourceType::kDocument && EqualsIgnoreCaseAscii(first, "its")) {
    if (std::string owner = ItsOwner(text, *a.source); !owner.empty()) {
      a.speaker = std::move(owner);
      a.source_type = SourceType::kOrganisation;
    }
    return;
  }
  if (m.type == SourceType::kDocument && definite) {
    // "The statement said …" after "Trump, in a statement …, announced":
    // the issuer of the document last mentioned with that noun.
    const int index = static_cast<int>(c - resolved.data());
    if (index < 0 || index > static_cast<int>(resolved.size())) return;
    DocumentIssuer(text, resolved, index, noun, a);
    return;
  }
  if (definite && !m.plural && IsCompanyNoun(noun) && head.find(" of ") == std::string_view::npos) {
    std::string name = CompanyDescribed(text, a.source->start, noun);
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
    // latest speaker: the person titled so before ("Presidential spokesman
    // Teodoro Benigno … The presidential spokesman said"), else the unnamed
    // spokesperson met before (ResolveMention: SpokespersonBefore).
    if (lists.Contains("spokesperson_noun", noun)) {
      std::string name = TitledBefore(text, noun, a.source->start, false);
      if (!name.empty()) {
        a.speaker = std::move(name);
        a.source_type = SourceType::kPerson;
      }
      return;
    }
    // "the commissioner", "The foreign minister", "Chelyabinsk's governor":
    // the person named with that title earlier in the article; a title
    // nobody was named with is left unresolved ("the president" is not the
    // latest speaker) unless it is no office ("the nominee": an epithet).
    const LexEntry* e = Lexicon::Default().Find(noun);
    const bool title = e != nullptr && (e->flags & kLexTitle);
    std::string name;
    if (title) {
      // "The former governor": the one person named a former governor.
      bool former = false;
      for (std::string_view w : Words(head)) former |= EqualsIgnoreCaseAscii(w, "former");
      name = TitledBefore(text, noun, a.source->start, former);
      if (!name.empty() && !TitleWordsFit(text, head, noun, name, a.source->start)) name.clear();
      // "Sen. John McCain … Cruz defends his record: … the senator says":
      // someone else named in a sentence after the one that last named the
      // titled person is likelier meant.
      const size_t last = name.empty() ? 0 : text.rfind(Surname(name), a.source->start);
      // "the president", "the pope": one holder in an article, whoever was
      // named since.
      const bool unique =
          (former || lists.Contains("unique_title", noun)) && HoldersOf(noun, former) == 1;
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
      const char gender = e == nullptr ? 0 : GenderOf(e->flags);
      name = EpithetSpeaker(text, resolved, a.source->start, gender);
    }
    // "The official said" after "A ministry official told Reuters": that
    // unnamed speaker, when nobody was named with the noun.
    if (name.empty()) {
      if (std::string role = unnamed_role(); !role.empty()) {
        a.role = std::move(role);
        return;
      }
    }
    // "The billionaire businessman", "The Vermont senator", "the
    // 43-year-old": a news epithet, a title with a place or party, or an
    // age, for the person the article has just named (SalientPersonBefore;
    // for all but the news epithets, the one person named).
    if (name.empty() && (first == "the" || first == "The") && !lists.Contains("interlocutor", noun) &&
        !NewReferentFollows(text, a.source->end)) {
      const std::vector<std::string_view> words = Words(head);
      const bool placed = PlaceOrPartyBefore(words);
      const bool age = words.size() == 2 && IsAgeWord(words.back());
      const bool news = lists.Contains("epithet", noun) && !lists.Contains("contest_epithet", noun);
      if (news || (title && placed) || age)
        name = SalientPersonBefore(text, resolved, a.source->start,
                                   e == nullptr ? 0 : GenderOf(e->flags),
                                   title ? std::string_view(noun) : std::string_view(), !news);
    }
    if (name.empty()) return;
    a.speaker = name;
    a.source_type = SourceType::kPerson;
    return;
  }
  // "The officials said", "the sources said": the unnamed group that spoke
  // before with that noun.
  if (m.type == SourceType::kRole && definite && m.plural) {
    if (std::string role = unnamed_role(); !role.empty()) a.role = std::move(role);
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

std::string SpeakerResolver::OrganisationSpokeWith(std::string_view name, bool opening,
                                                   bool ending) const {
  for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
    const std::string& full = it->name;
    if (it->type != SourceType::kOrganisation || full.size() <= name.size()) continue;
    if ((opening && full.starts_with(name) && full[name.size()] == ' ') ||
        (ending && full.ends_with(name) && full[full.size() - name.size() - 1] == ' '))
      return full;
  }
  return {};
}

std::string SpeakerResolver::UnnamedRoleBefore(std::string_view noun, uint32_t before) const {
  constexpr uint32_t kReach = 1500;
  for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
    if (it->position >= before) continue;
    if (before - it->position > kReach) break;
    if (it->type == SourceType::kRole && it->name.empty() && !it->role.empty() &&
        RoleHead(it->role) == noun)
      return it->role;
  }
  return {};
}

std::pair<std::string, SourceType> SpeakerResolver::SpokespersonPrincipal(
    std::string_view text, uint32_t at, std::string_view source) const {
  const WordLists& lists = WordLists::Default();
  std::vector<std::string_view> words = Words(source);
  size_t k = 0;
  while (k < words.size() && !lists.Contains("spokesperson_noun", LowerAscii(words[k]))) ++k;
  if (k == words.size()) return {};
  for (std::string_view w : words)
    if (EqualsIgnoreCaseAscii(w, "former")) return {};  // speaks for them no longer
  // Whom: the words before the noun ("A Hasbro spokesman") or after its
  // "for" ("a spokesman for the company"), nothing else after it.
  std::vector<std::string_view> whom;
  if (k + 1 == words.size()) {
    size_t from = 0;
    if (from < k && (lists.Contains("article", LowerAscii(words[from])) ||
                     lists.Contains("indefinite_determiner", LowerAscii(words[from]))))
      ++from;
    whom.assign(words.begin() + from, words.begin() + k);
  } else if (k + 2 < words.size() && words[k + 1] == "for") {
    whom.assign(words.begin() + k + 2, words.end());
    if (EqualsIgnoreCaseAscii(whom.front(), "the") && whom.size() > 1) whom.erase(whom.begin());
    // "a spokesman for Suiker Unie, the largest sugar processor in the
    // Netherlands": the name before its apposition (a comma, then an
    // article or a lower-case word).
    for (size_t i = 0; i + 1 < whom.size(); ++i) {
      if (!whom[i].ends_with(',') || IsCapitalizedWord(whom[i + 1])) continue;
      whom.resize(i + 1);
      whom.back().remove_suffix(1);
      break;
    }
  }
  // "a spokesman for leading Japanese electronics firm Matsushita Electric
  // Industrial Co Ltd", "for the Dutch salvage firm Smit International": the
  // name after its description (the last lower-case company noun).
  {
    size_t name_start = whom.size();
    while (name_start > 0 && IsCapitalizedWord(whom[name_start - 1])) --name_start;
    if (name_start > 0 && name_start < whom.size() &&
        IsCompanyNoun(LowerAscii(whom[name_start - 1])))
      whom.erase(whom.begin(), whom.begin() + name_start);
  }
  if (whom.empty()) return {};
  // "a company spokesman", "a spokeswoman for the ministry", "a central bank
  // spokesman": the article's organisation of that kind.
  if (whom.size() <= 3 && std::none_of(whom.begin(), whom.end(), [](std::string_view w) {
        return IsCapitalizedWord(w);
      })) {
    const std::string noun = LowerAscii(whom.back());
    if (!IsCompanyNoun(noun)) return {};
    std::string name = CompanyDescribed(text, at, noun);
    if (name.empty()) return {};
    return {name, SourceType::kOrganisation};
  }
  // A name: capitalised words ("Hasbro", "Russian Defence Ministry",
  // "Department of Defense", "Johnson & Johnson"), a possessive on the last
  // ("Hasbro's").
  for (size_t i = 0; i < whom.size(); ++i) {
    const bool inner = i > 0 && i + 1 < whom.size() && (whom[i] == "of" || whom[i] == "&");
    if (!inner && !IsCapitalizedWord(whom[i])) return {};
  }
  std::string name = Normalize(std::string_view(
      whom.front().data(), whom.back().data() + whom.back().size() - whom.front().data()));
  name = std::string(StripPossessive(name));
  // "Mayor Frank G. Jackson of Cleveland": a titled person.
  {
    const size_t of = name.find(" of ");
    auto [bare, title] = SplitLeadingTitle(of == std::string::npos ? name : name.substr(0, of));
    if (!title.empty()) {
      std::string full = bare.find(' ') == std::string::npos ? FullName(bare, 0) : "";
      return {full.empty() ? bare : full, SourceType::kPerson};
    }
  }
  // "Platte River" of "Platte River Networks", named in full anywhere in the
  // article: the full name (capitalised words up to an organisation word).
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    if (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) continue;
    std::string_view rest = text.substr(at + name.size());
    if (!rest.starts_with(" ")) continue;
    // (On its line: "UAL <UAL> MAY RESPOND TO PILOTS TODAY" / "UAL Inc may
    // …" is a headline before a name, and a headline's words in capitals
    // are none of it.)
    rest = rest.substr(1, std::min<size_t>(60, rest.find('\n')) - 1);
    for (std::string_view w : Words(rest)) {
      const std::string_view word = w.substr(0, w.find_last_not_of(",.;:") + 1);
      if (!IsCapitalizedWord(word) || (IsAllCapitalName(word) && !IsOrganisationWord(word)))
        break;
      if (IsOrganisationWord(word)) {
        const size_t stop = static_cast<size_t>(word.data() + word.size() - text.data());
        return {Normalize(text.substr(at, stop - at)), SourceType::kOrganisation};
      }
      if (word.size() != w.size()) break;  // a comma or period ends the name
    }
  }
  if (name.find(' ') == std::string::npos) {
    // "Trump": the person of that surname; "Hasbro", "Commission": "Hasbro
    // Inc", "EC Commission" when it spoke before.
    if (std::string full = FullName(name, 0); !full.empty()) return {full, SourceType::kPerson};
    if (std::string longer = OrganisationSpokeWith(name, true, true); !longer.empty())
      return {longer, SourceType::kOrganisation};
    if (std::optional<KnownEntity> e = EntityLinker::Default().Lookup(name))
      return {e->name, e->type == "person" ? SourceType::kPerson : SourceType::kOrganisation};
    return {name, SourceType::kOrganisation};
  }
  // Two or more words: a person the article named so, else an organisation.
  for (const auto& [last, full] : names_)
    if (full == name) return {name, SourceType::kPerson};
  if (std::optional<KnownEntity> e = EntityLinker::Default().Lookup(name))
    return {e->name, e->type == "person" ? SourceType::kPerson : SourceType::kOrganisation};
  if (GivenNameGender(whom.front()) != 0 && !IsOrganisationWord(LastWord(name)) &&
      !IsFirmName(name))
    return {name, SourceType::kPerson};
  return {name, SourceType::kOrganisation};
}

}  // namespace claimgraph::ingest
