// Lexicon loading for the conflict detector.
#include <cmath>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "common/strings.h"
#include "conflict/internal.h"
#include "data/embedded.h"
#include "text/lexicon.h"

namespace claimgraph::ingest::conflict_internal {

using data::kConflictIdf;
using data::kConflictLexicon;

absl::StatusOr<std::unique_ptr<Lexicon>> Lexicon::Load(Stemmer& stemmer) {
  if (!stemmer.ok())
    return absl::InternalError("libstemmer has no English stemmer");
  auto lexicon = std::make_unique<Lexicon>();
  std::istringstream lines{std::string(kConflictLexicon)};
  std::string line;
  int line_number = 0;
  while (std::getline(lines, line)) {
    ++line_number;
    if (auto hash = line.find('#'); hash != std::string::npos)
      line.resize(hash);
    std::istringstream fields(line);
    std::string table, key, word;
    if (!(fields >> table)) continue;
    if (!(fields >> key))
      return absl::InternalError(
          Cat("conflict lexicon line ", line_number, ": no key"));
    std::vector<std::string> words;
    while (fields >> word) words.push_back(word);
    if (words.empty())
      return absl::InternalError(
          Cat("conflict lexicon line ", line_number, ": no words"));
    if (table == "denialhits") {
      lexicon->denial_hits_[key] = words;
      continue;
    }
    if (table == "number" || table == "multiplier" || table == "vague") {
      absl::Status status = lexicon->AddNumbers(table, key, words);
      if (!status.ok())
        return absl::InternalError(
            Cat("conflict lexicon line ", line_number, ": ", ToStd(status.message())));
      continue;
    }
    // "@weekday": the words of that list of data/word_lists.txt.
    if (words.size() == 1 && words[0].starts_with('@')) {
      std::string_view list = std::string_view(words[0]).substr(1);
      words = WordLists::Default().InFileOrder(list);
      if (words.empty())
        return absl::InternalError(Cat("conflict lexicon line ", line_number,
                                       ": no word list '", list, "'"));
    }
    for (const std::string& w : words) {
      LexEntry entry;
      entry.key = key;
      std::size_t from = 0;
      while (from <= w.size()) {
        std::size_t to = w.find('_', from);
        if (to == std::string::npos) to = w.size();
        std::string part = w.substr(from, to - from);
        entry.words.push_back(part);
        bool alpha =
            !part.empty() && absl::ascii_isalpha(static_cast<unsigned char>(part[0]));
        entry.stems.push_back(alpha && part != "n't" ? stemmer.Stem(part)
                                                     : part);
        from = to + 1;
      }
      Table& entries = lexicon->Add(table);
      if (entry.stems.size() == 1) {
        entries.single.insert(entry.stems[0]);
        entries.single.insert(entry.words[0]);
      }
      std::string first = entry.stems[0];
      lexicon->first_stem_tables_[first] |= entries.bit;
      entries.by_first[first].push_back(std::move(entry));
    }
  }
  if (lexicon->tables_.empty())
    return absl::InternalError("conflict lexicon is empty");
  if (lexicon->tables_.size() > 32)
    return absl::InternalError("conflict lexicon: more than 32 tables");

  std::istringstream idf{std::string(kConflictIdf)};
  std::string w;
  double n = 0;
  bool header = false;
  while (std::getline(idf, line)) {
    if (!header) {
      // Comment lines, then "N <documents>".
      if (line.size() > 2 && line.compare(0, 2, "N ") == 0) {
        lexicon->documents_ = std::stod(line.substr(2));
        header = true;
      }
      continue;
    }
    std::istringstream fields(line);
    if (!(fields >> w >> n)) continue;
    double& df = lexicon->df_[stemmer.Stem(w)];
    df = std::max(df, n);
  }
  if (!header) return absl::InternalError("conflict IDF table: no header");
  return lexicon;
}

absl::Status Lexicon::AddNumbers(std::string_view table, std::string_view key,
                                const std::vector<std::string>& words) {
  // `key` is the value ("17", "1e6") or, for a vague count, "low..high".
  auto value = [](std::string_view text) -> std::optional<double> {
    double v = 0;
    if (text.empty() || !absl::SimpleAtod(absl::string_view(text.data(), text.size()), &v) || !(v >= 0)) return std::nullopt;
    return v;
  };
  StringMap<double>& values = table == "number" ? numbers_ : multipliers_;
  std::optional<double> single, low, high;
  if (table == "vague") {
    std::size_t dots = key.find("..");
    if (dots != std::string_view::npos)
      low = value(key.substr(0, dots)), high = value(key.substr(dots + 2));
    if (!low || !high || *low > *high)
      return absl::InvalidArgumentError(Cat("'", key, "' is not a range low..high"));
  } else if (!(single = value(key))) {
    return absl::InvalidArgumentError(Cat("'", key, "' is not a number"));
  }
  for (const std::string& word : words) {
    bool added = table == "vague" ? vague_.emplace(word, NumberRange{*low, *high}).second
                                  : values.emplace(word, *single).second;
    if (!added) return absl::InvalidArgumentError(Cat("'", word, "' has two values"));
  }
  return absl::OkStatus();
}

std::optional<double> Lexicon::NumberWord(std::string_view table, std::string_view word) const {
  const StringMap<double>& values = table == "number" ? numbers_ : multipliers_;
  auto it = values.find(word);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

const NumberRange* Lexicon::VagueCount(std::string_view word) const {
  auto it = vague_.find(word);
  return it == vague_.end() ? nullptr : &it->second;
}

const Lexicon::Table* Lexicon::Find(TableName name) const {
  for (std::size_t slot = name.hash % kSlots;; slot = (slot + 1) % kSlots) {
    int8_t index = slots_[slot];
    if (index < 0) return nullptr;
    if (tables_[index].name == name.name) return &tables_[index];
  }
}

Lexicon::Table& Lexicon::Add(std::string_view name) {
  for (Table& table : tables_)
    if (table.name == name) return table;
  // Load() fails when there are more tables than bits; past 32 the table is
  // not findable (and no slot is taken, so probes still end).
  uint32_t bit = tables_.size() < 32 ? 1u << tables_.size() : 0;
  tables_.push_back(Table{std::string(name), bit, {}, {}, name == "alias"});
  if (bit != 0) {
    std::size_t slot = TableName::Hash(name) % kSlots;
    while (slots_[slot] >= 0) slot = (slot + 1) % kSlots;
    slots_[slot] = static_cast<int8_t>(tables_.size() - 1);
  }
  return tables_.back();
}

std::optional<LexMatch> Lexicon::Match(TableName table, const std::vector<Token>& tokens,
                                       std::size_t i) const {
  if (tokens[i].tables == 0) return std::nullopt;  // most words: no table
  const Table* entries = Find(table);
  if (entries == nullptr || (tokens[i].tables & entries->bit) == 0)
    return std::nullopt;
  auto it = entries->by_first.find(tokens[i].stem);
  if (it == entries->by_first.end()) return std::nullopt;
  std::optional<LexMatch> best;
  for (const LexEntry& e : it->second) {
    if (i + e.stems.size() > tokens.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < e.stems.size() && ok; ++k) {
      const Token& t = tokens[i + k];
      ok = t.stem == e.stems[k] || t.lower == e.words[k];
      // "US" and "IS" are parties, "us" and "is" are not.
      if (ok && entries->upper_short && e.words[k].size() <= 3 &&
          e.words.size() == 1)
        ok = t.all_upper;
    }
    if (ok && (!best || static_cast<int>(e.stems.size()) > best->length))
      best = LexMatch{e.key, static_cast<int>(e.stems.size())};
  }
  return best;
}

bool Lexicon::Has(TableName table, std::string_view stem) const {
  const Table* entries = Find(table);
  return entries != nullptr && entries->single.count(stem) > 0;
}

uint32_t Lexicon::FirstStemTables(std::string_view stem) const {
  auto it = first_stem_tables_.find(stem);
  return it == first_stem_tables_.end() ? 0 : it->second;
}

const std::vector<std::string>& Lexicon::DenialHits(
    const std::string& cls) const {
  static const std::vector<std::string> kNone;
  auto it = denial_hits_.find(cls);
  return it == denial_hits_.end() ? kNone : it->second;
}

double Lexicon::Idf(const std::string& stem) const {
  auto it = df_.find(stem);
  double df = it == df_.end() ? 1 : it->second;
  return std::log((documents_ + 1) / (df + 1)) + 1;
}

}  // namespace claimgraph::ingest::conflict_internal
