// Internals of the conflict detector shared by its .cc files: the lexicon and
// the per-claim analysis (tokens, negation scope, entities, predicates,
// figures). Not a public interface.
#ifndef CLAIMGRAPH_CONFLICT_INTERNAL_H_
#define CLAIMGRAPH_CONFLICT_INTERNAL_H_

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "conflict/detector.h"
#include "text/claim_words.h"
#include "text/stemmer.h"

namespace claimgraph::ingest::conflict_internal {

// Hash and equality for string-keyed maps looked up by std::string_view
// without building a std::string (Debian's absl hashes its own string_view,
// not std::string_view).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>{}(s);
  }
};
// Open addressing: the detector's lexicon lookups are a share of ingest's CPU.
template <typename Value>
using StringMap = absl::flat_hash_map<std::string, Value, StringHash, std::equal_to<>>;

// A claim's words: text/'s tokens with lower case and stem (text/claim_words.h).
using Token = ClaimWord;

// One lexicon entry: a stem sequence ("white_house" -> {"white", "hous"}).
struct LexEntry {
  std::vector<std::string> stems;
  std::vector<std::string>
      words;  // surface forms, for the case rule of aliases
  std::string key;
};

// A vague count's bounds: "dozens" is [24, 199].
struct NumberRange {
  double low = 0, high = 0;
};

// The name of a lexicon table ("stop", "alias") with its hash, computed at
// compile time from the literal at the call site: finding the table is then
// a probe of a small array, not a search by name (the detector looks tables
// up ~25 times per word of every claim it analyses).
struct TableName {
  std::string_view name;
  uint32_t hash = 0;
  template <std::size_t N>
  consteval TableName(const char (&literal)[N])  // NOLINT: implicit by design
      : name(literal, N - 1), hash(Hash(name)) {}
  // FNV-1a.
  static constexpr uint32_t Hash(std::string_view s) {
    uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
};

struct LexMatch {
  std::string key;
  int length = 0;  // tokens
};

class Lexicon {
 public:
  static absl::StatusOr<std::unique_ptr<Lexicon>> Load(Stemmer& stemmer);

  // Longest entry of `table` starting at token i, or nullopt. Short aliases
  // ("us", "is") match only when written in upper case.
  std::optional<LexMatch> Match(TableName table, const std::vector<Token>& tokens,
                                std::size_t i) const;
  // True when a one-word entry of `table` has this stem or surface form.
  bool Has(TableName table, std::string_view stem) const;
  // The Token::tables bits for `stem`: one hash lookup for all tables.
  uint32_t FirstStemTables(std::string_view stem) const;
  const std::vector<std::string>& DenialHits(const std::string& cls) const;
  // The value of `word` (lower case, compared exactly) in the number table
  // `table`: "number" (spelled-out numbers: "seventeen" 17, "dozen" 12) or
  // "multiplier" ("million" 1e6); nullopt when it has none.
  std::optional<double> NumberWord(std::string_view table, std::string_view word) const;
  // The bounds of a vague count of the `vague` table ("dozens"), or null.
  const NumberRange* VagueCount(std::string_view word) const;
  double Idf(const std::string& stem) const;

 private:
  struct Table {
    std::string name;
    uint32_t bit = 0;  // in Token::tables
    StringMap<std::vector<LexEntry>> by_first;  // first stem -> entries
    // Stems and surface forms of one-word entries.
    absl::flat_hash_set<std::string, StringHash, std::equal_to<>> single;
    // The `alias` table: its short one-word entries match only in upper case.
    bool upper_short = false;
  };
  // The table named `name`, or null: a probe of `slots_` from the name's hash.
  const Table* Find(TableName name) const;
  Table& Add(std::string_view name);
  // Adds the words of a `number`, `multiplier` or `vague` record whose key
  // is their value, or InvalidArgument naming the problem.
  absl::Status AddNumbers(std::string_view table, std::string_view key,
                          const std::vector<std::string>& words);

  std::vector<Table> tables_;  // at most 32
  // Open addressing by TableName::hash, linear probing: the index in tables_,
  // -1 for an empty slot. Twice the most tables, so a probe always ends.
  static constexpr std::size_t kSlots = 64;
  std::array<int8_t, kSlots> slots_ = [] {
    std::array<int8_t, kSlots> empty;
    empty.fill(-1);
    return empty;
  }();
  StringMap<uint32_t> first_stem_tables_;
  std::map<std::string, std::vector<std::string>> denial_hits_;
  StringMap<double> numbers_, multipliers_;  // exact word -> value
  StringMap<NumberRange> vague_;
  StringMap<double> df_;
  double documents_ = 1;
};

struct EntityMention {
  std::string canonical;
  std::size_t first = 0, last = 0;  // token indexes, inclusive
};

struct Predicate {
  std::string table;  // relation | event | measure
  std::string cls;
  std::size_t token = 0;
  int length = 1;
  bool negated = false;
  bool embedded = false;
};

struct Quantity {
  Figure figure;
  std::string measure;  // measure class ("kill"), empty when none nearby
  std::set<std::string> parties;  // nationality modifiers, canonical
  std::size_t first = 0, last = 0;
  // "part" ("the first attack", "one of"), "total" ("a total of",
  // "worldwide"), "more" (an addition: "seven more", "25 others") or empty:
  // the scope words of the figure's clause.
  std::string scope;
  // Parties and places named in the figure's clause ("in Dayton, Ohio").
  std::set<std::string> clause_entities;
  // Stems of the lower-case content words right before the measure word,
  // outside the figure: "crude oil" of "OPEC crude oil output", "steel" of
  // "steel output"; empty for "output" alone.
  std::vector<std::string> qualifier;
};

struct Reference {
  std::string cls;  // claim | allegation | report
  std::size_t token = 0;
  // Determined by a name's possessive ("Rubio's claim"), not a determiner.
  bool possessive = false;
};

struct Analysis {
  std::vector<Token> tokens;
  std::vector<int> clause;       // clause id per token
  std::vector<bool> negated;     // in the scope of a negator
  std::vector<bool> embedded;    // inside someone else's reported claim
  std::vector<bool> evidential;  // negated as "no evidence of ..."
  std::vector<bool> negator;     // starts a "negator" lexicon entry
  std::vector<std::size_t> stem_hash;  // StringHash of each token's stem
  std::vector<EntityMention> entities;
  std::set<std::string> entity_set;    // content entities + ClaimText::entities
  std::set<std::string> speaker_side;  // parties named in the speaker string
  std::vector<std::string> speaker_words;  // lower-case words of the speaker
  std::vector<Predicate> predicates;
  std::vector<Quantity> quantities;
  std::vector<Reference> references;
  std::optional<std::size_t> dismissal;  // token of a rejecting evaluation
  // Directly negated predicates: for token i, the negator that negates it with
  // nothing but auxiliaries between ("was never forced", "did n't take"), or
  // -1. What the negation rule aligns.
  std::vector<int> negated_by;
  // Under a modal, a forecast or a condition within its clause ("will not
  // pay", "expected to rise", "if it fails"): not a statement of fact.
  std::vector<bool> modal;
  // Time words of the claim: weekdays, month names, years, "yesterday",
  // "last week". Claims whose time words are disjoint speak of different times.
  std::set<std::string> times;
  // Parties named after "in", "at", "near" ("in Dayton"), when the claim has a
  // figure: where the counted event happened.
  std::set<std::string> places;
  // False for beliefs, intentions and stances (ClaimText::asserts), and for
  // content that is an infinitive ("plans to cut jobs"): such claims take part
  // in no rule.
  bool participates = true;
  bool reject_cue = false;  // reject, dismiss: a denial only of a named claim
  bool accident = false;
  bool deny_cue = false;
  bool accuse_cue = false;
  bool any_negation = false;
  std::map<std::string, double> weights;  // content stem -> idf
};

Analysis Analyze(const ClaimText& claim, const Lexicon& lexicon,
                 Stemmer& stemmer);

// Fills Analysis::modal and Analysis::times (needs tokens and clauses).
void MarkModalsAndTimes(const std::vector<Token>& tokens, const Lexicon& lexicon,
                        Analysis* an);

}  // namespace claimgraph::ingest::conflict_internal

#endif  // CLAIMGRAPH_CONFLICT_INTERNAL_H_
