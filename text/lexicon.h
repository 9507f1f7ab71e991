// The closed word lists of the text stages, loaded from data files: the
// attribution lexicon (speech cues with their lemma and construction, titles,
// role and organisation nouns, pronouns, clause boundaries; looked up once per
// word token, by its ASCII-lowercased form) and the named word lists
// (stop words, clause openers).
#ifndef CLAIMGRAPH_TEXT_LEXICON_H_
#define CLAIMGRAPH_TEXT_LEXICON_H_

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"

namespace claimgraph::ingest {

// Word classes (bit flags; one word may have several).
enum : uint32_t {
  kLexCue = 1u << 0,         // a speech/attribution verb form
  kLexTitle = 1u << 1,       // written before a name: "General", "Dr.", "Minister"
  kLexRoleNoun = 1u << 2,    // heads an unnamed source: "official", "spokesman"
  kLexOrgWord = 1u << 3,     // heads an organisation: "Ministry", "Forces"
  kLexDocNoun = 1u << 4,     // heads a document source: "schedule", "report"
  kLexPronoun = 1u << 5,     // he, she, they, it, we, I
  kLexBoundary = 1u << 6,    // starts a clause: after, when, though, which, ...
  kLexDeterminer = 1u << 7,  // a, an, the, its, his, ...
  kLexSkip = 1u << 8,        // may sit between subject and cue: also, has, later
  kLexTime = 1u << 9,        // Monday, yesterday, morning, week, January
  kLexPrep = 1u << 10,       // of, at, to, for, in, on, with, from, by
  kLexAbbrev = 1u << 11,     // takes a non-final period: Mr, Gen, U.S
  kLexFemale = 1u << 12,     // she, her, spokeswoman, Mrs, common given names
  kLexMale = 1u << 13,       // he, him, spokesman, Mr, common given names
  kLexPlural = 1u << 14,     // they, officials, sources
  kLexAudience = 1u << 15,   // object of "told": reporters, journalists, media
  kLexSpeechNoun = 1u << 16,  // statement, interview, conference, Twitter
  kLexNounToo = 1u << 17,    // cue form that is also a common noun: claims, report
  kLexPlace = 1u << 18,      // country / capital standing for a government
  kLexIng = 1u << 19,        // -ing form of a cue: saying, adding
  kLexBase = 1u << 20,       // base form of a cue: say, add (not 3sg/past)
  kLexNotName = 1u << 21,    // capitalised at sentence start but not a name
  kLexAux = 1u << 22,        // has, had, was, would: before a past participle
  kLexQuoteOnly = 1u << 23,  // a cue only for a direct quote: continued, defended
  kLexCompanyNoun = 1u << 24,  // "the company", "the ministry": stands for the
                               // organisation the article named
  kLexEvidenceNoun = 1u << 25,  // a non-human source whose finding is evidence:
                                // "poll", "study", "report", "data", "records"
};

// How a cue verb takes its content.
enum class CueClass : uint8_t {
  kNone,
  kSay,          // X said (that) CLAUSE / "…," X said
  kTell,         // X told OBJECT (that) CLAUSE
  kAccordingTo,  // according to X, CLAUSE / CLAUSE, according to X
  kObject,       // content includes the object: accused Y of, denied -ing, cited
  kRelay,        // X quoted / cited Y as saying CLAUSE
};

// What an attribution reports, as the `cue_class` records of data/lexicon.txt
// give it for a cue word said by a person (ingest/attribution/cue_class.h turns
// it into the attribution's class).
enum class CueSense : uint8_t {
  kNone,       // no record: the classifier's defaults apply
  kStatement,  // said or written: "claim", "allegation", "show"
  kBelief,     // "believe", "think", "know", "suggest", "predict"
  kIntention,  // "want", "hope", "plan", "vow", "urge", "call for"
  kStance,     // "criticize", "praise", "call" (X a liar), "describe as"
};

// The cue class records of one word form.
struct CueSenses {
  CueSense person = CueSense::kNone;  // the class when a person or body speaks
  // From a non-human source ("the poll", "data") this cue reports evidence even
  // though a person using it would not be stating ("data suggest").
  bool evidence = false;
};

struct LexEntry {
  uint32_t flags = 0;
  CueClass cue = CueClass::kNone;
  std::string_view lemma;  // cue lemma ("say"), empty for non-cues
};

// Immutable after construction; thread-safe to share.
class Lexicon {
 public:
  // The built-in English lexicon (data/lexicon.txt, compiled in), built once
  // on first use.
  static const Lexicon& Default();

  // A lexicon from text in the format of data/lexicon.txt (see data/README.md),
  // or InvalidArgument naming the line and the problem.
  static absl::StatusOr<std::unique_ptr<Lexicon>> Parse(std::string_view text);

  // FNV-1a over the bytes; Tokenize computes it while lowercasing.
  static uint32_t Hash(std::string_view lower) {
    uint32_t h = 2166136261u;
    for (char c : lower) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }

  // `lower` must be ASCII-lowercased and `hash` its Hash(). Returns nullptr
  // for unknown words. Open addressing: one probe for most words.
  const LexEntry* Find(std::string_view lower, uint32_t hash) const {
    for (uint32_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.entry == 0) return nullptr;
      if (slot.hash == hash && keys_[slot.entry - 1] == lower) return &entries_[slot.entry - 1];
    }
  }
  const LexEntry* Find(std::string_view lower) const { return Find(lower, Hash(lower)); }

  // The cue class records of an ASCII-lowercased word form or two-word phrase
  // ("believed", "called for"); nullptr when there are none. Kept apart from
  // the word table: they change no lookup the extractor makes.
  const CueSenses* FindSenses(std::string_view lower) const;

 private:
  Lexicon() = default;
  void Add(std::string_view word, uint32_t flags, CueClass cue = CueClass::kNone,
           std::string_view lemma = {});
  void AddVerb(std::string_view lemma, CueClass cue, uint32_t extra_flags = 0);
  void AddVerbForms(std::string_view lemma, CueClass cue, std::string_view s,
                    std::string_view past, std::string_view ing,
                    uint32_t extra_flags = 0);

  void AddSense(std::string_view lemma, std::string_view sense);
  LexEntry* Mutable(std::string_view word);  // inserts when absent
  void Grow();

  // 8 bytes, so that the table stays in the first-level cache.
  struct Slot {
    uint32_t hash = 0;
    uint32_t entry = 0;  // index into entries_ plus one; 0: free
  };
  std::deque<std::string> storage_;  // owns word forms and lemmas
  std::vector<std::string_view> keys_;  // per entry
  std::vector<Slot> slots_;          // power-of-two size, at most half full
  uint32_t mask_ = 0;
  std::deque<LexEntry> entries_;     // stable addresses
  std::unordered_map<std::string, CueSenses> senses_;  // by word form
};

// The named closed word lists of data/word_lists.txt (format and the lists'
// meanings in data/README.md): "stop" (English function words, at most 8
// letters each), "clause_opener", "title_stop", "no_name", "name_link", "given_name_title",
// "that_complement_noun", "affiliation", "modal",
// "impersonal_it_verb",
// the calendar words "weekday" (Sunday first), "month" (January first),
// "month_abbrev", "part_of_day", the determiners "article" and
// "describing_determiner", "institution_noun", the past tenses "quote_intro_past", "irregular_past",
// "coordinated_past", "finding_body", the cue lemma lists "raising_cue",
// "to_cue", "passive_be", "hearer_cue", "question_word", the
// clause words "coordinator", "comma_clause", "tail_end", "concessive", "time_preposition", the
// construction words "go_form", "by_ing_verb", "label_object", and the
// detector's "addition_word", "place_preposition", "speaker_pronoun",
// "author_verb", "doubt_word", "direct_question", the speaker words
// "collective", "interlocutor", "not_epithet", "epithet", "unique_title", the
// mention words "adverb_ending", "not_adverb", "object_pronoun",
// "relative_pronoun", "issuer_preposition", "indefinite_determiner",
// "female_surname_ending", "male_surname_ending", the layout's "clock_word"; and
// the lists of data/common_words.txt, generated from UD English:
// "common_noun", "common_adverb", "common_function", "common_other",
// "person_noun".
// Immutable after construction;
// thread-safe to share.
class WordLists {
 public:
  // The built-in lists (data/word_lists.txt, compiled in), built once on first use.
  static const WordLists& Default();

  // Lists from text in the format of data/word_lists.txt, or InvalidArgument
  // naming the line and the problem (an unknown list name, a word that is not
  // lower-case ASCII, a stop word longer than 8 letters, over 256 stop words,
  // a list missing).
  static absl::StatusOr<std::unique_ptr<WordLists>> Parse(std::string_view text);

  // The words of list `name`, sorted and unique; empty for an unknown name.
  const std::vector<std::string>& Get(std::string_view name) const;

  // The words of list `name` in the order the file first gives them (each
  // once), for lists whose order means something ("weekday", "month"); empty
  // for an unknown name.
  const std::vector<std::string>& InFileOrder(std::string_view name) const;

  // True when `word` is a word of list `name` (compared exactly: the lists
  // are lower case).
  bool Contains(std::string_view name, std::string_view word) const;

  // True when `word` is a word of list `name` written in lower case or with
  // only its first letter capitalised: "the" and "The", not "THE".
  bool ContainsAsWritten(std::string_view name, std::string_view word) const;

  // True when `word` ends with a word of list `name`, a list of endings
  // ("adverb_ending": "edly", "ently"; compared exactly).
  bool EndsWithOneOf(std::string_view name, std::string_view word) const;

 private:
  WordLists() = default;
  WordLists(const WordLists&) = delete;  // members_ points into lists_
  WordLists& operator=(const WordLists&) = delete;
  std::map<std::string, std::vector<std::string>, std::less<>> lists_;
  std::map<std::string, std::vector<std::string>, std::less<>> in_order_;
  // lists_ again, for Contains: hash look-ups instead of a search of the map
  // and one of the sorted list (both hot in extraction).
  absl::flat_hash_map<std::string_view, absl::flat_hash_set<std::string_view>> members_;
};

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_TEXT_LEXICON_H_
