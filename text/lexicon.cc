#include "text/lexicon.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>
#include <utility>

#include "common/strings.h"
#include "data/embedded.h"

namespace claimgraph::ingest {
namespace {

// The flag names of data/lexicon.txt, in bit order (text/lexicon.h).
constexpr std::array<std::string_view, 26> kFlagNames = {
    "cue",        "title",       "role_noun",   "org_word",  "doc_noun",  "pronoun",
    "boundary",   "determiner",  "skip",        "time",      "prep",      "abbrev",
    "female",     "male",        "plural",      "audience",  "speech_noun", "noun_too",
    "place",      "ing",         "base",        "not_name",  "aux",       "quote_only",
    "company_noun", "evidence_noun"};

constexpr std::array<std::pair<std::string_view, CueClass>, 5> kCueClassNames = {{
    {"say", CueClass::kSay},
    {"tell", CueClass::kTell},
    {"according_to", CueClass::kAccordingTo},
    {"object", CueClass::kObject},
    {"relay", CueClass::kRelay},
}};

// The classes of `cue_class` records; `evidence` marks cues that report
// evidence from a non-human source (CueSenses::evidence).
constexpr std::array<std::pair<std::string_view, CueSense>, 4> kSenseNames = {{
    {"statement", CueSense::kStatement},
    {"belief", CueSense::kBelief},
    {"intention", CueSense::kIntention},
    {"stance", CueSense::kStance},
}};

struct Forms {
  std::string s, past, ing;
};

// The regular third-person, past and -ing forms of a verb.
Forms RegularForms(std::string_view lemma) {
  std::string base(lemma);
  char last = base.back();
  char before = base.size() > 1 ? base[base.size() - 2] : 0;
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (last == 'e') return {base + "s", base + "d", base.substr(0, base.size() - 1) + "ing"};
  if (last == 'y' && !vowel(before)) {
    std::string stem = base.substr(0, base.size() - 1);
    return {stem + "ies", stem + "ied", base + "ing"};
  }
  if (last == 'h' || last == 's' || last == 'x') return {base + "es", base + "ed", base + "ing"};
  return {base + "s", base + "ed", base + "ing"};
}

// The pieces of `s` between `separator`s; empty pieces too unless `skip_empty`.
std::vector<std::string_view> Split(std::string_view s, char separator, bool skip_empty) {
  std::vector<std::string_view> out;
  size_t from = 0;
  while (from <= s.size()) {
    size_t to = s.find(separator, from);
    if (to == std::string_view::npos) to = s.size();
    if (to > from || !skip_empty) out.push_back(s.substr(from, to - from));
    from = to + 1;
  }
  return out;
}

absl::StatusOr<uint32_t> ParseFlags(std::string_view field) {
  if (field == "-") return 0u;
  uint32_t flags = 0;
  for (std::string_view name : Split(field, ',', false)) {
    size_t bit = 0;
    while (bit < kFlagNames.size() && kFlagNames[bit] != name) ++bit;
    if (bit == kFlagNames.size())
      return absl::InvalidArgumentError(Cat("unknown flag '", name, "'"));
    flags |= 1u << bit;
  }
  return flags;
}

absl::StatusOr<CueClass> ParseCueClass(std::string_view field) {
  for (const auto& [name, cue] : kCueClassNames)
    if (name == field) return cue;
  return absl::InvalidArgumentError(Cat("unknown cue class '", field, "'"));
}

// '_' in a data field stands for a space ("according_to").
std::string Unescape(std::string_view field) {
  std::string out(field);
  for (char& c : out)
    if (c == '_') c = ' ';
  return out;
}

// The lists data/word_lists.txt must hold; a typo in a list name is refused.
constexpr auto kWordListNames = std::to_array<std::string_view>({
    "stop", "clause_opener", "title_stop", "no_name", "name_link",
    "name_particle", "given_name_title", "that_complement_noun", "pollster_document", "authored_document", "affiliation", "modal", "impersonal_it_verb",
    "weekday", "month", "month_abbrev", "part_of_day", "article", "describing_determiner",
    "time_tail", "time_tail_period", "time_tail_opener", "time_tail_keep",
    "quote_intro_past", "irregular_past", "irregular_participle", "coordinated_past", "finding_body", "fronted_finding", "raising_cue",
    "to_cue", "passive_be", "hearer_cue", "naming_cue", "bare_reply", "gerund_object_verb", "question_word", "asked_topic_opener", "companion", "any_body_word", "issue_verb", "asked_passive", "anonymity_request", "other_referent", "institution_noun", "coordinator", "interjected_adverb", "corporate_designator", "company_part", "description_participle", "comma_clause",
    "tail_end", "addition_word", "place_preposition", "speaker_pronoun", "author_verb", "doubt_word", "direct_question",
    "go_form", "by_ing_verb", "concessive", "fronted_subordinator",
    "label_object", "time_preposition", "collective", "interlocutor", "not_epithet", "epithet", "epithet_modifier", "generic_title_modifier", "contest_epithet",
    "unique_title", "adverb_ending", "not_adverb", "object_pronoun", "relative_pronoun",
    "issuer_preposition", "locative_preposition", "indefinite_determiner", "group_quantifier", "female_surname_ending",
    "male_surname_ending", "honorific", "person_noun_ending", "plural_person_ending", "public_body", "outlet_word",
    "clock_word", "share_word", "share_lead", "share_count", "rules_only_cue", "answer_label", "question_label",
    "event_noun", "quantity_noun", "possessive_determiner", "participle_noun", "headline_kicker", "written_work",
    "spokesperson_noun", "held_object_cue", "held_object", "they_group", "subject_opener", "comparative",
    "event_holder_verb", "wire_signature", "camel_surname_prefix", "abstract_noun_ending", "civil_body", "firm_title_word", "reflexive_pronoun"});
// The generated lists, appended to the built-in ones: from UD English into
// data/common_words.txt (tools/scripts/common_words.py), the nouns that name
// no speaker of data/nonspeaker_nouns.txt (tools/scripts/nonspeaker_nouns.py),
// the plurals of kinds of people of data/person_nouns.txt
// (tools/scripts/person_nouns.py) and the given names of data/given_names.txt
// (tools/scripts/given_names.py).
constexpr std::array<std::string_view, 9> kCommonWordListNames = {
    "common_noun", "common_adverb", "common_function", "common_other", "person_noun",
    "nonspeaker_noun", "person_plural", "given_female", "given_male"};

// The stop-word table packs each word into 8 bytes, in a table of 512 slots
// kept at most half full (text/stopwords.cc).
constexpr size_t kMaxStopWordBytes = 8;
constexpr size_t kMaxStopWords = 256;

// Calls `record(f)` with the space-separated fields of each record of a data
// file (blank lines and '#' comments skipped); an error it returns is
// prefixed with the line number.
template <typename Record>
absl::Status ForEachRecord(std::string_view text, const Record& record) {
  int line_number = 0;
  for (std::string_view line : Split(text, '\n', false)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, ' ', true);
    if (f.empty()) continue;
    absl::Status status = record(f);
    if (!status.ok())
      return absl::InvalidArgumentError(Cat("line ", line_number, ": ", ToStd(status.message())));
  }
  return absl::OkStatus();
}

// The compiled-in data file `name` parsed by T::Parse, once. The files are
// validated by tests/text/lexicon_test.cc: the abort only fires on a build
// whose data file was broken by hand.
template <typename T>
const T& ParseCompiledIn(std::string_view text, const char* name) {
  auto parsed = T::Parse(text);
  if (!parsed.ok()) {
    std::fprintf(stderr, "claimgraph: data/%s: %s\n", name,
                 std::string(parsed.status().message()).c_str());
    std::abort();
  }
  return *parsed->release();
}

}  // namespace

const Lexicon& Lexicon::Default() {
  static const Lexicon& lexicon = ParseCompiledIn<Lexicon>(data::kLexicon, "lexicon.txt");
  return lexicon;
}

absl::StatusOr<std::unique_ptr<Lexicon>> Lexicon::Parse(std::string_view text) {
  std::unique_ptr<Lexicon> lexicon(new Lexicon());
  absl::Status status = ForEachRecord(text, [&](const std::vector<std::string_view>& f) {
    auto fail = [](std::string_view why) { return absl::InvalidArgumentError(std::string(why)); };
    const std::string_view kind = f[0];
    // verb CLASS FLAGS LEMMA...            regular cue verbs (AddVerb)
    // forms CLASS FLAGS LEMMA 3SG PAST ING a cue verb with its forms
    // cue CLASS FLAGS LEMMA WORD...        cue forms of LEMMA
    // word FLAGS WORD...                   words with flags, no cue
    // cue_class CLASS WORD...              what a cue of WORD reports
    const size_t min_fields = kind == "word" || kind == "cue_class" ? 3 : kind == "cue" ? 5 : 4;
    if (kind != "verb" && kind != "forms" && kind != "cue" && kind != "word" &&
        kind != "cue_class")
      return fail(Cat("unknown record '", kind, "'"));
    if (f.size() < min_fields) return fail("too few fields");
    if (kind == "cue_class") {
      bool known = f[1] == "evidence";
      for (const auto& [name, sense] : kSenseNames) known |= name == f[1];
      if (!known) return fail(Cat("unknown cue_class '", f[1], "'"));
      for (size_t i = 2; i < f.size(); ++i) lexicon->AddSense(Unescape(f[i]), f[1]);
      return absl::OkStatus();
    }
    if (kind == "forms" && f.size() != 7) return fail("forms takes LEMMA 3SG PAST ING");
    CueClass cue = CueClass::kNone;
    if (kind != "word") {
      auto parsed = ParseCueClass(f[1]);
      if (!parsed.ok()) return fail(ToStd(parsed.status().message()));
      cue = *parsed;
    }
    auto flags = ParseFlags(kind == "word" ? f[1] : f[2]);
    if (!flags.ok()) return fail(ToStd(flags.status().message()));
    if (kind == "word") {
      for (size_t i = 2; i < f.size(); ++i) lexicon->Add(Unescape(f[i]), *flags);
    } else if (kind == "cue") {
      std::string lemma = Unescape(f[3]);
      for (size_t i = 4; i < f.size(); ++i) lexicon->Add(Unescape(f[i]), *flags, cue, lemma);
    } else if (kind == "forms") {
      lexicon->AddVerbForms(f[3], cue, f[4], f[5], f[6], *flags);
    } else {
      for (size_t i = 3; i < f.size(); ++i) lexicon->AddVerb(f[i], cue, *flags);
    }
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  if (lexicon->entries_.empty()) return absl::InvalidArgumentError("the lexicon is empty");
  return lexicon;
}

void Lexicon::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 4096 : old.size() * 2, Slot{});
  mask_ = static_cast<uint32_t>(slots_.size() - 1);
  for (const Slot& slot : old) {
    if (slot.entry == 0) continue;
    uint32_t i = slot.hash & mask_;
    while (slots_[i].entry != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
}

LexEntry* Lexicon::Mutable(std::string_view word) {
  if (slots_.empty() || entries_.size() * 2 >= slots_.size()) Grow();
  uint32_t hash = Hash(word);
  uint32_t i = hash & mask_;
  for (;; i = (i + 1) & mask_) {
    Slot& slot = slots_[i];
    if (slot.entry == 0) break;
    if (slot.hash == hash && keys_[slot.entry - 1] == word) return &entries_[slot.entry - 1];
  }
  storage_.emplace_back(word);
  keys_.push_back(storage_.back());
  entries_.emplace_back();
  slots_[i] = Slot{hash, static_cast<uint32_t>(entries_.size())};
  return &entries_.back();
}

void Lexicon::Add(std::string_view word, uint32_t flags, CueClass cue,
                  std::string_view lemma) {
  LexEntry* entry = Mutable(word);
  entry->flags |= flags;
  if (cue != CueClass::kNone && entry->cue == CueClass::kNone) {
    entry->cue = cue;
    storage_.emplace_back(lemma);
    entry->lemma = storage_.back();
  }
}

const CueSenses* Lexicon::FindSenses(std::string_view lower) const {
  auto it = senses_.find(std::string(lower));
  return it == senses_.end() ? nullptr : &it->second;
}

// The lemma and its regular forms; in a phrase ("call for") the first word is
// inflected.
void Lexicon::AddSense(std::string_view lemma, std::string_view sense) {
  const size_t space = lemma.find(' ');
  const std::string_view verb = lemma.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? "" : lemma.substr(space);
  Forms forms = RegularForms(verb);
  for (std::string_view form : {verb, std::string_view(forms.s), std::string_view(forms.past),
                                std::string_view(forms.ing)}) {
    CueSenses& senses = senses_[Cat(form, rest)];
    if (sense == "evidence") {
      senses.evidence = true;
      continue;
    }
    for (const auto& [name, value] : kSenseNames)
      if (name == sense && senses.person == CueSense::kNone) senses.person = value;
  }
}

void Lexicon::AddVerbForms(std::string_view lemma, CueClass cue,
                           std::string_view s, std::string_view past,
                           std::string_view ing, uint32_t extra) {
  Add(lemma, kLexCue | kLexBase | extra, cue, lemma);
  Add(s, kLexCue | extra, cue, lemma);
  Add(past, kLexCue | extra, cue, lemma);
  Add(ing, kLexCue | kLexIng | extra, cue, lemma);
}

void Lexicon::AddVerb(std::string_view lemma, CueClass cue, uint32_t extra) {
  Forms forms = RegularForms(lemma);
  AddVerbForms(lemma, cue, forms.s, forms.past, forms.ing, extra);
}

const WordLists& WordLists::Default() {
  static const std::string text =
      Cat(data::kWordLists, "\n", data::kCommonWords, "\n", data::kNonspeakerNouns, "\n",
          data::kPersonNouns, "\n", data::kGivenNames);
  static const WordLists& lists = ParseCompiledIn<WordLists>(
      text, "word_lists.txt, common_words.txt, nonspeaker_nouns.txt, person_nouns.txt and "
            "given_names.txt");
  return lists;
}

absl::StatusOr<std::unique_ptr<WordLists>> WordLists::Parse(std::string_view text) {
  std::unique_ptr<WordLists> lists(new WordLists());
  std::map<std::string_view, std::unordered_set<std::string_view>> seen;  // per list
  absl::Status status = ForEachRecord(text, [&](const std::vector<std::string_view>& f) {
    auto fail = [](std::string_view why) { return absl::InvalidArgumentError(std::string(why)); };
    if (std::find(kWordListNames.begin(), kWordListNames.end(), f[0]) == kWordListNames.end() &&
        std::find(kCommonWordListNames.begin(), kCommonWordListNames.end(), f[0]) ==
            kCommonWordListNames.end())
      return fail(Cat("unknown word list '", f[0], "'"));
    if (f.size() < 2) return fail("a list name without words");
    std::vector<std::string>& words = lists->lists_[std::string(f[0])];
    std::vector<std::string>& in_order = lists->in_order_[std::string(f[0])];
    for (size_t i = 1; i < f.size(); ++i) {
      for (char c : f[i])
        if (!(c >= 'a' && c <= 'z') && c != '-' && c != '\'' && c != '.')
          return fail(Cat("'", f[i], "' is not a lower-case ASCII word"));
      if (f[0] == "stop" && f[i].size() > kMaxStopWordBytes)
        return fail(Cat("stop word '", f[i], "' is longer than ", kMaxStopWordBytes, " letters"));
      words.emplace_back(f[i]);
      if (seen[f[0]].insert(f[i]).second) in_order.emplace_back(f[i]);
    }
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  for (std::string_view name : kWordListNames)
    if (!lists->lists_.contains(name))
      return absl::InvalidArgumentError(Cat("word list '", name, "' is missing"));
  for (auto& [name, words] : lists->lists_) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
  }
  if (lists->lists_["stop"].size() > kMaxStopWords)
    return absl::InvalidArgumentError(Cat("more than ", kMaxStopWords, " stop words"));
  // lists_ no longer changes: its strings can be pointed into.
  for (const auto& [name, words] : lists->lists_)
    lists->members_[name] = absl::flat_hash_set<std::string_view>(words.begin(), words.end());
  return lists;
}

const std::vector<std::string>& WordLists::Get(std::string_view name) const {
  static const std::vector<std::string> kNone;
  auto it = lists_.find(name);
  return it == lists_.end() ? kNone : it->second;
}

const std::vector<std::string>& WordLists::InFileOrder(std::string_view name) const {
  static const std::vector<std::string> kNone;
  auto it = in_order_.find(name);
  return it == in_order_.end() ? kNone : it->second;
}

bool WordLists::Contains(std::string_view name, std::string_view word) const {
  auto it = members_.find(name);
  return it != members_.end() && it->second.contains(word);
}

bool WordLists::EndsWithOneOf(std::string_view name, std::string_view word) const {
  for (const std::string& ending : Get(name))
    if (word.ends_with(ending)) return true;
  return false;
}

bool WordLists::ContainsAsWritten(std::string_view name, std::string_view word) const {
  if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) return Contains(name, word);
  std::string lower(word);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  for (std::size_t i = 1; i < lower.size(); ++i)
    if (lower[i] >= 'A' && lower[i] <= 'Z') return false;
  return Contains(name, lower);
}

}  // namespace claimgraph::ingest
