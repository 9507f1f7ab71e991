// Lexicon loading, stemming and tokenisation for the conflict detector.
#include <libstemmer.h>

#include <cmath>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "conflict/internal.h"
#include "data/embedded.h"

namespace claimgraph::ingest::conflict_internal {
namespace {

using data::kConflictIdf;
using data::kConflictLexicon;

// UTF-8 punctuation that separates words: curly quotes, dashes, guillemets.
// Returns its byte length at `i`, or 0.
int Separator(std::string_view s, std::size_t i) {
  auto u = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (u(i) == 0xE2 && i + 2 < s.size() && u(i + 1) == 0x80) {
    unsigned char c = u(i + 2);
    if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D || c == 0x93 ||
        c == 0x94 || c == 0xA6)
      return 3;
  }
  if (u(i) == 0xC2 && i + 1 < s.size() &&
      (u(i + 1) == 0xAB || u(i + 1) == 0xBB))
    return 2;
  return 0;
}

bool IsApostrophe(std::string_view s, std::size_t i, int* len) {
  if (s[i] == '\'') return (*len = 1), true;
  if (s.substr(i, 3) == "\xE2\x80\x99") return (*len = 3), true;
  return false;
}

bool WordByte(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (absl::ascii_isalnum(c)) return true;
  return c >= 0x80 && Separator(s, i) == 0;
}

}  // namespace

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}
Stemmer::~Stemmer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

std::string Stemmer::Stem(std::string_view lower_word) {
  if (stemmer_ == nullptr) return std::string(lower_word);
  if (auto it = cache_.find(lower_word); it != cache_.end()) return it->second;
  const sb_symbol* out = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(lower_word.data()),
      static_cast<int>(lower_word.size()));
  std::string stem =
      out == nullptr
          ? std::string(lower_word)
          : std::string(reinterpret_cast<const char*>(out),
                        static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
  if (cache_.size() >= kMaxCached) cache_.clear();
  cache_.emplace(lower_word, stem);
  return stem;
}

Stemmer& ThreadStemmer() {
  thread_local Stemmer stemmer;
  return stemmer;
}

// Words are runs of letters/digits (and non-ASCII letters) with inner
// apostrophes, hyphens, and dots or commas between digits/capitals ("U.S.",
// "1,035", "F-16s"). "wasn't" becomes "wasn" + "n't"; a possessive "'s" is
// dropped. , ; : . ? ! are tokens of their own; quotes and dashes are not.
std::vector<Token> Tokenize(std::string_view text, Stemmer& stemmer) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    int sep = Separator(text, i);
    if (sep > 0) {
      i += sep;
      continue;
    }
    char c = text[i];
    if (std::string_view(",;:.?!").find(c) != std::string_view::npos) {
      Token t;
      t.lower.assign(1, c);
      t.stem = t.lower;
      t.start = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(i + 1);
      t.punct = true;
      tokens.push_back(std::move(t));
      ++i;
      continue;
    }
    if (!WordByte(text, i)) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size()) {
      if (WordByte(text, i)) {
        ++i;
        continue;
      }
      int alen = 0;
      bool inner_next = false;
      if (IsApostrophe(text, i, &alen) || text[i] == '-' ||
          ((text[i] == '.' || text[i] == ',') && i > start)) {
        if (alen == 0) alen = 1;
        inner_next = i + alen < text.size() && WordByte(text, i + alen) &&
                     static_cast<unsigned char>(text[i + alen]) < 0x80;
        if (text[i] == ',')  // only between digits: "1,035"
          inner_next = inner_next &&
                       absl::ascii_isdigit(static_cast<unsigned char>(text[i - 1])) &&
                       absl::ascii_isdigit(static_cast<unsigned char>(text[i + 1]));
        if (text[i] == '.')  // "U.S." and "1.5", not sentence ends
          inner_next =
              inner_next &&
              (absl::ascii_isdigit(static_cast<unsigned char>(text[i - 1])) ||
               (absl::ascii_isupper(static_cast<unsigned char>(text[i - 1])) &&
                absl::ascii_isupper(static_cast<unsigned char>(text[i + 1]))));
      }
      if (!inner_next) break;
      i += alen;
    }
    // A trailing dot of an abbreviation like "U.S." belongs to the word.
    std::string_view raw = text.substr(start, i - start);
    if (i < text.size() && text[i] == '.' && raw.size() >= 3 &&
        raw[raw.size() - 2] == '.')
      raw = text.substr(start, ++i - start);
    std::string lower(raw);
    absl::AsciiStrToLower(&lower);
    // Possessive and negative suffixes with either apostrophe.
    struct Suffixes {
      std::string_view s_suffix, nt_suffix;
    };
    for (auto [s_suffix, nt_suffix] :
         {Suffixes{"'s", "n't"},
          Suffixes{"\xE2\x80\x99s", "n\xE2\x80\x99t"}}) {
      if (lower.size() > s_suffix.size() &&
          lower.compare(lower.size() - s_suffix.size(), s_suffix.size(),
                        s_suffix) == 0) {
        lower.resize(lower.size() - s_suffix.size());
        raw = raw.substr(0, raw.size() - s_suffix.size());
      } else if (lower.size() > nt_suffix.size() &&
                 lower.compare(lower.size() - nt_suffix.size(),
                               nt_suffix.size(), nt_suffix) == 0) {
        std::size_t base = lower.size() - nt_suffix.size();
        Token head;
        head.lower = lower.substr(0, base);
        if (head.lower == "ca") head.lower = "can";
        if (head.lower == "wo") head.lower = "will";
        head.stem = stemmer.Stem(head.lower);
        head.start = static_cast<uint32_t>(start);
        head.end = static_cast<uint32_t>(start + base);
        tokens.push_back(std::move(head));
        Token neg;
        neg.lower = neg.stem = "n't";
        neg.start = static_cast<uint32_t>(start + base);
        neg.end = static_cast<uint32_t>(i);
        tokens.push_back(std::move(neg));
        lower.clear();
        break;
      }
    }
    if (lower.empty()) continue;
    Token t;
    t.lower = lower;
    t.stem = stemmer.Stem(lower);
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(start + raw.size());
    t.capitalised = absl::ascii_isupper(static_cast<unsigned char>(raw[0]));
    t.all_upper = true;
    for (char ch : raw)
      if (absl::ascii_islower(static_cast<unsigned char>(ch))) t.all_upper = false;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

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

const Lexicon::Table* Lexicon::Find(std::string_view name) const {
  for (const Table& table : tables_)
    if (table.name == name) return &table;
  return nullptr;
}

Lexicon::Table& Lexicon::Add(std::string_view name) {
  for (Table& table : tables_)
    if (table.name == name) return table;
  // Load() fails when there are more tables than bits.
  uint32_t bit = tables_.size() < 32 ? 1u << tables_.size() : 0;
  tables_.push_back(Table{std::string(name), bit, {}, {}});
  return tables_.back();
}

std::optional<LexMatch> Lexicon::Match(std::string_view table,
                                       const std::vector<Token>& tokens,
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
      if (ok && table == "alias" && e.words[k].size() <= 3 &&
          e.words.size() == 1)
        ok = t.all_upper;
    }
    if (ok && (!best || static_cast<int>(e.stems.size()) > best->length))
      best = LexMatch{e.key, static_cast<int>(e.stems.size())};
  }
  return best;
}

bool Lexicon::Has(std::string_view table, std::string_view stem) const {
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
