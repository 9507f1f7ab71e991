// Entity mentions: a tokenizer that keeps name shape (capitalised, all caps,
// sentence start, possessive, what separates a word from the next), a longest
// match against the gazetteer, capitalised runs for names it does not know, and
// an article-level pass that links surnames and "(ACRONYM)" to full names.
#include "ingest/entities.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "common/strings.h"
#include "ingest/char_class.h"
#include "ingest/gazetteer_data.h"
#include "ingest/stopwords.h"
#include "ingest/text_fold.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace claimgraph::ingest {
namespace {

enum class Gap { kSpace, kHyphen, kBreak };
enum Shape : uint8_t { kAnyCase = 0, kCapitalised = 1, kAllCaps = 2 };

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;  // possessive "'s" excluded
  std::string key;
  uint32_t key_hash = 0;  // KeyHash(key), for the start filters
  bool capitalised = false;
  bool all_caps = false;
  bool sentence_start = false;
  bool possessive = false;
  bool contraction = false;  // "I'm", "Don't": never a name
  Gap gap_after = Gap::kBreak;  // what separates it from the next token
};

// FNV-1a of a folded key: cheap, computed once per token, used only to ask a
// bit filter whether the key can start an alias or title at all.
uint32_t KeyHash(std::string_view key) {
  uint32_t h = 2166136261u;
  for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

// Tokens of text[range]: letters/digits with inner apostrophes and inner
// periods ("U.S."), hyphens as separators.
std::vector<Token> Tokenize(std::string_view text, Span range) {
  std::vector<Token> tokens;
  // About one token per six bytes of English prose: reserving avoids the
  // moves of every key string on growth.
  const std::size_t limit = std::min<std::size_t>(range.end, text.size());
  tokens.reserve(limit > range.start ? (limit - range.start) / 6 + 1 : 0);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t end = static_cast<int32_t>(std::min<std::size_t>(range.end, text.size()));
  int32_t i = static_cast<int32_t>(range.start);
  bool sentence_start = true;
  std::string raw;  // the word without inner marks, reused across words
  while (i < end) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, end, c);
    if (c < 0) continue;
    if (!chars::IsAlnum(c)) {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == ';') {
        sentence_start = true;
      }
      continue;
    }
    // A word: read until a character that is not alnum / inner apostrophe /
    // inner period between letters.
    Token t;
    t.start = at;
    raw.clear();
    bool ascii = true;
    int32_t j = at;
    int letters = 0, upper = 0;
    bool has_inner_period = false;
    while (j < end) {
      // Most word characters are ASCII letters and digits: no decoding.
      if (s[j] < 0x80 && chars::Has(s[j], chars::kAlpha | chars::kDigit)) {
        if (chars::Has(s[j], chars::kAlpha)) {
          ++letters;
          if (chars::Has(s[j], chars::kUpper)) ++upper;
        }
        raw.push_back(static_cast<char>(s[j]));
        ++j;
        continue;
      }
      int32_t k = j;
      UChar32 d;
      U8_NEXT(s, k, end, d);
      if (d >= 0 && (chars::IsAlnum(d) || chars::IsNonSpacingMark(d))) {
        if (chars::IsAlpha(d)) {
          ++letters;
          if (chars::IsUpper(d)) ++upper;
        }
        if (k - j == 1) {
          raw.push_back(text[j]);
        } else {
          raw.append(text.substr(j, k - j));
          ascii = false;
        }
        j = k;
        continue;
      }
      if (d == '.' || IsApostrophe(d)) {
        int32_t m = k;
        UChar32 e = -1;
        if (m < end) U8_NEXT(s, m, end, e);
        if (e >= 0 && chars::IsAlpha(e)) {
          if (IsApostrophe(d) && (e == 's' || e == 'S')) {
            // Possessive if the "s" ends the word.
            int32_t q = m;
            UChar32 f = -1;
            if (q < end) U8_NEXT(s, q, end, f);
            if (f < 0 || !chars::IsAlnum(f)) {
              t.possessive = true;
              t.end = j;
              j = m;
              break;
            }
          }
          if (d == '.') has_inner_period = true;
          // n't, 'm, 'll, 're, 've, 'd ("O'Regan" and "D'Alema" are names).
          if (IsApostrophe(d) && (e == 't' || e == 'm' || e == 'l' || e == 'r' ||
                                  e == 'v' || e == 'd')) {
            t.contraction = true;
          }
          j = k;  // keep scanning; the mark itself is not part of the key
          continue;
        }
        // "U.S." keeps its final period.
        if (d == '.' && has_inner_period) j = k;
      }
      break;
    }
    if (!t.possessive) t.end = j;
    if (ascii) {
      // FoldWord's ASCII case, without its allocation.
      t.key = raw;
      for (char& ch : t.key) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
    } else {
      t.key = FoldWord(raw);
    }
    t.key_hash = KeyHash(t.key);
    t.capitalised = !raw.empty() && upper > 0 && [&] {
      int32_t q = 0;
      UChar32 first;
      U8_NEXT(reinterpret_cast<const uint8_t*>(raw.data()), q, int32_t(raw.size()), first);
      return chars::IsUpper(first) || chars::IsTitle(first);
    }();
    t.all_caps = letters >= 2 && upper == letters;
    t.sentence_start = sentence_start;
    sentence_start = false;
    // What follows up to the next word.
    int32_t g = j;
    int hyphens = 0;
    bool other = t.possessive;
    while (g < end) {
      int32_t k = g;
      UChar32 d;
      U8_NEXT(s, k, end, d);
      if (d >= 0 && chars::IsAlnum(d)) break;
      if (d == '-' || d == 0x2010 || d == 0x2011) {
        ++hyphens;
      } else if (!(d == ' ' || d == 0xA0 || d == '\t')) {
        other = true;
      }
      g = k;
    }
    t.gap_after = other || hyphens > 1 ? Gap::kBreak
                  : hyphens == 1       ? Gap::kHyphen
                                       : Gap::kSpace;
    tokens.push_back(std::move(t));
    i = j;
  }
  if (!tokens.empty()) tokens.back().gap_after = Gap::kBreak;
  return tokens;
}

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (true) {
    std::size_t next = s.find(sep, pos);
    out.push_back(s.substr(pos, next == std::string_view::npos ? s.npos : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string JoinKeys(const std::vector<Token>& t, std::size_t a, std::size_t b) {
  std::string key;
  for (std::size_t k = a; k < b; ++k) {
    if (k > a) key.push_back(' ');
    key += t[k].key;
  }
  return key;
}

struct Mention {
  Span span;
  std::size_t first_token = 0, last_token = 0;  // inclusive
  int known = -1;                               // gazetteer entity index
  std::string surface;                          // for unknown names
  std::string key;
  std::string type;
  bool weak = false;  // a lone sentence-initial capital: kept only if confirmed
};

}  // namespace

struct EntityLinker::Data {
  struct Alias {
    int entity;
    bool metonym;
    std::vector<Shape> shapes;
  };
  std::vector<KnownEntity> entities;
  std::unordered_map<std::string, std::vector<Alias>> aliases;
  std::size_t max_alias_tokens = 1;
  std::unordered_set<std::string> titles;
  std::size_t max_title_tokens = 1;
  // First-token key -> the most tokens of an alias (title) starting with it:
  // most tokens start none, and are rejected without building a joined key.
  std::unordered_map<std::string, std::size_t> alias_starts, title_starts;
  // Bit KeyHash(key) % kStartBits is set for every key in alias_starts
  // (title_starts): most tokens start nothing and are rejected here, before
  // hashing their key string for the map.
  static constexpr uint32_t kStartBits = 1 << 16;
  std::vector<uint64_t> alias_start_bits = std::vector<uint64_t>(kStartBits / 64);
  std::vector<uint64_t> title_start_bits = std::vector<uint64_t>(kStartBits / 64);
  static void Set(std::vector<uint64_t>* bits, uint32_t hash) {
    hash %= kStartBits;
    (*bits)[hash / 64] |= uint64_t{1} << (hash % 64);
  }
  static bool Test(const std::vector<uint64_t>& bits, uint32_t hash) {
    hash %= kStartBits;
    return (bits[hash / 64] >> (hash % 64)) & 1;
  }
  std::unordered_set<std::string> orgwords, placewords, connectors, locatives, nonnames;
};

namespace {

using Data = EntityLinker::Data;

absl::StatusOr<std::unique_ptr<Data>> ParseGazetteer(std::string_view tsv) {
  auto data = std::make_unique<Data>();
  int line_number = 0;
  for (std::string_view line : SplitOn(tsv, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimView(line).empty() || line.front() == '#') continue;
    std::vector<std::string_view> f = SplitOn(line, '\t');
    auto bad = [&](std::string_view why) {
      return absl::InvalidArgumentError(
          Cat("gazetteer line ", line_number, ": ", why, ": ", line));
    };
    auto word_set = [&](std::unordered_set<std::string>* set, std::size_t* max_tokens) {
      for (std::string_view w : SplitOn(f[1], '|')) {
        w = TrimView(w);
        if (w.empty()) continue;
        std::vector<Token> t = Tokenize(w, Span{0, uint32_t(w.size())});
        if (t.empty()) continue;
        set->insert(JoinKeys(t, 0, t.size()));
        if (max_tokens) *max_tokens = std::max(*max_tokens, t.size());
        if (set == &data->titles) {
          std::size_t& longest = data->title_starts[t[0].key];
          Data::Set(&data->title_start_bits, t[0].key_hash);
          longest = std::max(longest, t.size());
        }
      }
    };
    const std::string_view kind = f[0];
    if (kind == "entity") {
      if (f.size() != 4) return bad("want 4 tab-separated fields");
      const std::string_view type = TrimView(f[2]);
      if (type != "person" && type != "organisation" && type != "place" &&
          type != "group" && type != "other") {
        return bad("unknown type");
      }
      const int index = static_cast<int>(data->entities.size());
      data->entities.push_back({std::string(TrimView(f[1])), std::string(type)});
      std::vector<std::string_view> names = SplitOn(f[3], '|');
      names.push_back(TrimView(f[1]));  // the canonical name is an alias too
      for (std::string_view alias : names) {
        alias = TrimView(alias);
        bool metonym = !alias.empty() && alias.front() == '~';
        if (metonym) alias.remove_prefix(1);
        if (alias.empty()) continue;
        std::vector<Token> t = Tokenize(alias, Span{0, uint32_t(alias.size())});
        if (t.empty()) return bad("empty alias");
        Data::Alias entry{index, metonym, {}};
        for (const Token& tok : t) {
          entry.shapes.push_back(tok.all_caps      ? kAllCaps
                                 : tok.capitalised ? kCapitalised
                                                   : kAnyCase);
        }
        auto& slot = data->aliases[JoinKeys(t, 0, t.size())];
        bool duplicate = false;
        for (const auto& e : slot) duplicate |= e.entity == index;
        if (!duplicate) slot.push_back(std::move(entry));
        data->max_alias_tokens = std::max(data->max_alias_tokens, t.size());
        std::size_t& longest = data->alias_starts[t[0].key];
        Data::Set(&data->alias_start_bits, t[0].key_hash);
        longest = std::max(longest, t.size());
      }
    } else if (kind == "title" || kind == "orgword" || kind == "placeword" ||
               kind == "connector" || kind == "locative" || kind == "nonname") {
      if (f.size() != 2) return bad("want 2 tab-separated fields");
      if (kind == "title") word_set(&data->titles, &data->max_title_tokens);
      if (kind == "orgword") word_set(&data->orgwords, nullptr);
      if (kind == "placeword") word_set(&data->placewords, nullptr);
      if (kind == "connector") word_set(&data->connectors, nullptr);
      if (kind == "locative") word_set(&data->locatives, nullptr);
      if (kind == "nonname") word_set(&data->nonnames, nullptr);
    } else {
      return bad("unknown record kind");
    }
  }
  return data;
}

bool ShapeFits(Shape shape, const Token& t) {
  switch (shape) {
    case kAllCaps: return t.all_caps;
    case kCapitalised: return t.capitalised;
    case kAnyCase: return true;
  }
  return true;
}

bool Joined(const Token& t) { return t.gap_after != Gap::kBreak; }

class Scanner {
 public:
  Scanner(const Data& data, std::string_view text, const std::vector<Token>& tokens)
      : d_(data), text_(text), t_(tokens) {}

  // Longest gazetteer alias starting at token i; returns its length in tokens
  // (0 when none) and the entity.
  std::size_t MatchAlias(std::size_t i, int* entity) const {
    if (!Data::Test(d_.alias_start_bits, t_[i].key_hash)) return 0;
    auto starts = d_.alias_starts.find(t_[i].key);
    if (starts == d_.alias_starts.end()) return 0;
    const std::size_t limit = std::min(starts->second, t_.size() - i);
    for (std::size_t len = limit; len >= 1; --len) {
      bool joined = true;
      for (std::size_t k = i; k + 1 < i + len; ++k) joined &= Joined(t_[k]);
      if (!joined) continue;
      auto it = d_.aliases.find(JoinKeys(t_, i, i + len));
      if (it == d_.aliases.end()) continue;
      const bool after_locative = i > 0 && Joined(t_[i - 1]) &&
                                  d_.locatives.count(t_[i - 1].key) > 0;
      int plain = -1, metonym = -1;
      for (const Data::Alias& a : it->second) {
        bool fits = a.shapes.size() == len;
        for (std::size_t k = 0; fits && k < len; ++k) fits = ShapeFits(a.shapes[k], t_[i + k]);
        if (!fits) continue;
        if (a.metonym && metonym < 0) metonym = a.entity;
        if (!a.metonym && plain < 0) plain = a.entity;
      }
      if (plain < 0 && metonym < 0) continue;
      if (metonym >= 0 && (!after_locative || plain < 0)) {
        *entity = metonym;
      } else {
        *entity = plain;
      }
      return len;
    }
    return 0;
  }

  bool Starts(std::size_t i) const {
    const Token& t = t_[i];
    if (!(t.capitalised || t.all_caps) || t.contraction) return false;
    // Known acronyms such as "US" were matched as aliases before this test.
    if (IsStopWord(t.key)) return false;
    // Single capital letters ("A-10s", initials) do not start a name alone.
    return t.end - t.start > 1 || t.all_caps;
  }

  // End (exclusive) of the capitalised run starting at token i. A hyphen after
  // a known name ends the run: "US-Russian" is two names, not one.
  std::size_t RunEnd(std::size_t i) const {
    std::size_t last = i;
    std::size_t j = i;
    while (Joined(t_[j]) && j + 1 < t_.size()) {
      int ignored;
      if (t_[j].gap_after == Gap::kHyphen && MatchAlias(j, &ignored) == 1) break;
      const Token& next = t_[j + 1];
      if (next.capitalised || next.all_caps) {
        j = j + 1;
        last = j;
      } else if (d_.connectors.count(next.key) && !next.capitalised) {
        j = j + 1;  // tentatively; kept only if a capital follows
      } else {
        break;
      }
      if (t_[j].possessive) break;
    }
    return last + 1;
  }

  // Longest title phrase at token k within [k, end); its length or 0.
  std::size_t MatchTitle(std::size_t k, std::size_t end) const {
    if (!Data::Test(d_.title_start_bits, t_[k].key_hash)) return 0;
    auto starts = d_.title_starts.find(t_[k].key);
    if (starts == d_.title_starts.end()) return 0;
    const std::size_t limit = std::min(starts->second, end - k);
    for (std::size_t len = limit; len >= 1; --len) {
      if (d_.titles.count(JoinKeys(t_, k, k + len))) return len;
    }
    return 0;
  }

  void EmitKnown(std::size_t a, std::size_t b, int entity) {
    Mention m;
    m.span = Span{t_[a].start, t_[b - 1].end};
    m.first_token = a;
    m.last_token = b - 1;
    m.known = entity;
    m.type = d_.entities[entity].type;
    m.key = Cat("#", entity);
    mentions_.push_back(std::move(m));
  }

  void EmitName(std::size_t a, std::size_t b, bool after_title) {
    // Trim connectors at the edges.
    while (a < b && !t_[a].capitalised && !t_[a].all_caps) ++a;
    while (b > a && !t_[b - 1].capitalised && !t_[b - 1].all_caps) --b;
    if (a >= b) return;
    // Weekdays, months, lone "River" or "Ministry": not names by themselves.
    bool only_common = true;
    for (std::size_t k = a; k < b; ++k) {
      only_common &= d_.nonnames.count(t_[k].key) || d_.orgwords.count(t_[k].key) ||
                     d_.placewords.count(t_[k].key) || d_.titles.count(t_[k].key);
    }
    if (only_common) return;
    if (b - a == 1 && (IsStopWord(t_[a].key) || t_[a].contraction)) return;
    int entity = -1;
    if (MatchAlias(a, &entity) == b - a) {
      EmitKnown(a, b, entity);
      return;
    }
    Mention m;
    m.span = Span{t_[a].start, t_[b - 1].end};
    m.first_token = a;
    m.last_token = b - 1;
    m.surface = std::string(m.span.in(text_));
    m.key = JoinKeys(t_, a, b);
    bool org = false, place = false, acronym = false;
    for (std::size_t k = a; k < b; ++k) {
      org |= d_.orgwords.count(t_[k].key) > 0;
      place |= d_.placewords.count(t_[k].key) > 0;
      acronym |= t_[k].all_caps;
    }
    const bool after_locative = a > 0 && d_.locatives.count(t_[a - 1].key) > 0;
    if (after_title) {
      m.type = "person";
    } else if (org) {
      m.type = "organisation";
    } else if (place) {
      m.type = "place";
    } else if (acronym) {
      m.type = "organisation";
    } else if (after_locative) {
      m.type = "place";
    } else if (b - a >= 2 && b - a <= 3) {
      m.type = "person";
    } else {
      m.type = "other";
    }
    m.weak = b - a == 1 && t_[a].sentence_start && !after_title;
    mentions_.push_back(std::move(m));
  }

  // A capitalised run: titles split it; the part after the last title is a
  // person's name, parts before it are names of their own ("Russian").
  void EmitRun(std::size_t a, std::size_t b) {
    // A sentence-initial function word is not part of the name ("The SDF").
    std::size_t segment = a;
    std::size_t k = a;
    bool titled = false;
    while (k < b) {
      std::size_t len = MatchTitle(k, b);
      if (len == 0) {
        ++k;
        continue;
      }
      if (k > segment) EmitSegment(segment, k);
      k += len;
      segment = k;
      titled = true;
    }
    if (segment < b) {
      if (titled) {
        EmitName(segment, b, true);
      } else {
        EmitSegment(segment, b);
      }
    }
  }

  // A segment without titles: the whole is an alias, or a name; a longer name
  // wins over an alias inside it.
  void EmitSegment(std::size_t a, std::size_t b) {
    int entity = -1;
    std::size_t len = MatchAlias(a, &entity);
    if (len == b - a) {
      EmitKnown(a, b, entity);
    } else if (len > 0 && b - a == 1) {
      EmitKnown(a, b, entity);
    } else {
      EmitName(a, b, false);
    }
  }

  std::vector<Mention> Scan() {
    for (std::size_t i = 0; i < t_.size();) {
      int entity = -1;
      std::size_t alias = MatchAlias(i, &entity);
      std::size_t run = Starts(i) ? RunEnd(i) - i : 0;
      if (alias > 0 && alias >= run) {
        EmitKnown(i, i + alias, entity);
        i += alias;
      } else if (run > 0) {
        EmitRun(i, i + run);
        i += run;
      } else {
        ++i;
      }
    }
    return std::move(mentions_);
  }

 private:
  const Data& d_;
  std::string_view text_;
  const std::vector<Token>& t_;
  std::vector<Mention> mentions_;
};

}  // namespace

std::string NameKey(std::string_view name) {
  std::vector<Token> t = Tokenize(name, Span{0, uint32_t(name.size())});
  return JoinKeys(t, 0, t.size());
}

EntityLinker::EntityLinker(std::unique_ptr<Data> data) : data_(std::move(data)) {}
EntityLinker::~EntityLinker() = default;

absl::StatusOr<std::unique_ptr<EntityLinker>> EntityLinker::Create() {
  auto linker = CreateFromTsv(kGazetteerTsv);
  if (!linker.ok()) {
    return absl::InternalError(
        Cat("compiled-in data/gazetteer.tsv: ", linker.status().message()));
  }
  return linker;
}

absl::StatusOr<std::unique_ptr<EntityLinker>> EntityLinker::CreateFromTsv(
    std::string_view tsv) {
  auto data = ParseGazetteer(tsv);
  if (!data.ok()) return data.status();
  return std::unique_ptr<EntityLinker>(new EntityLinker(std::move(*data)));
}

std::optional<KnownEntity> EntityLinker::Lookup(std::string_view name) const {
  auto it = data_->aliases.find(NameKey(name));
  if (it == data_->aliases.end() || it->second.empty()) return std::nullopt;
  for (const Data::Alias& a : it->second) {
    if (a.metonym) return data_->entities[a.entity];
  }
  return data_->entities[it->second.front().entity];
}

void EntityLinker::Link(std::string_view text, Extraction* extraction) const {
  extraction->entities.clear();
  Span range = extraction->body.empty() ? Span{0, uint32_t(text.size())}
                                        : extraction->body;
  const std::vector<Token> tokens = Tokenize(text, range);
  std::vector<Mention> mentions = Scanner(*data_, text, tokens).Scan();

  // Capitalised words seen away from a sentence start confirm a lone
  // sentence-initial one ("Tillerson is to meet ...").
  std::unordered_set<std::string> confirmed;
  for (const Mention& m : mentions) {
    if (!m.weak) confirmed.insert(m.key);
  }
  // Surnames of persons named in full: "Power" -> "Samantha Power", unless two
  // persons in the article share the surname (then they stay apart).
  std::unordered_map<std::string, std::string> surname_to_key;
  std::unordered_set<std::string> ambiguous;
  for (const Mention& m : mentions) {
    if (m.known >= 0 || m.type != "person" || m.first_token == m.last_token) continue;
    const std::string& surname = tokens[m.last_token].key;
    auto [it, inserted] = surname_to_key.emplace(surname, m.key);
    if (!inserted && it->second != m.key) ambiguous.insert(surname);
  }
  for (Mention& m : mentions) {
    if (m.known >= 0 || m.first_token != m.last_token) continue;
    auto it = surname_to_key.find(m.key);
    if (it != surname_to_key.end() && !ambiguous.count(m.key)) {
      m.key = it->second;
      m.type = "person";
      m.weak = false;
    }
  }
  // "Syrian Democratic Forces (SDF)": an acronym in parentheses right after a
  // name whose initials it spells is that name.
  std::unordered_map<std::string, std::string> acronym_to_key;
  for (std::size_t i = 1; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    const Mention& prev = mentions[i - 1];
    if (m.first_token != m.last_token || !tokens[m.first_token].all_caps) continue;
    std::string_view between =
        text.substr(prev.span.end, m.span.start - std::min(m.span.start, prev.span.end));
    if (TrimView(between) != "(") continue;
    std::string initials;
    for (std::size_t k = prev.first_token; k <= prev.last_token; ++k) {
      if (tokens[k].capitalised || tokens[k].all_caps) initials += tokens[k].key[0];
    }
    if (initials == tokens[m.first_token].key) acronym_to_key[m.key] = prev.key;
  }
  // Group mentions into entities, in order of first mention.
  std::map<std::string, std::size_t> index_of;
  std::vector<std::vector<const Mention*>> groups;
  for (Mention& m : mentions) {
    if (auto it = acronym_to_key.find(m.key); it != acronym_to_key.end()) {
      m.key = it->second;
    }
    if (m.weak && !confirmed.count(m.key)) continue;
    auto [it, inserted] = index_of.emplace(m.key, groups.size());
    if (inserted) groups.emplace_back();
    groups[it->second].push_back(&m);
  }
  for (const auto& group : groups) {
    Entity entity;
    const Mention* best = group.front();
    for (const Mention* m : group) {
      entity.mentions.push_back(m->span);
      if (m->known < 0 && m->last_token - m->first_token > best->last_token - best->first_token) {
        best = m;
      }
    }
    if (best->known >= 0) {
      entity.name = data_->entities[best->known].name;
      entity.type = data_->entities[best->known].type;
    } else {
      entity.name = best->surface;
      entity.type = best->type;
      for (const Mention* m : group) {
        if (m->type == "person") entity.type = "person";
        // "Centers for Disease Control (CDC)": the acronym says organisation.
        if (entity.type == "other") entity.type = m->type;
      }
    }
    std::sort(entity.mentions.begin(), entity.mentions.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    extraction->entities.push_back(std::move(entity));
  }
  for (Attribution& attribution : extraction->attributions) {
    attribution.entities.clear();
    for (uint32_t e = 0; e < extraction->entities.size(); ++e) {
      for (const Span& s : extraction->entities[e].mentions) {
        if (s.start >= attribution.content.start && s.end <= attribution.content.end) {
          attribution.entities.push_back(e);
          break;
        }
      }
    }
  }
}

}  // namespace claimgraph::ingest
