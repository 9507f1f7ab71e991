// Entity mentions: a tokenizer that keeps name shape (capitalised, all caps,
// sentence start, possessive, what separates a word from the next), a longest
// match against the gazetteer, capitalised runs for names it does not know, and
// an article-level pass that links surnames and "(ACRONYM)" to full names.
#include "ingest/entities/entities.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "common/strings.h"
#include "text/char_class.h"
#include "data/embedded.h"
#include "text/stopwords.h"
#include "text/text_fold.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace claimgraph::ingest {
namespace {

enum class Gap { kSpace, kHyphen, kBreak };
enum Shape : uint8_t { kAnyCase = 0, kCapitalised = 1, kAllCaps = 2 };

// What the gazetteer says about one key (a token's key, or the keys of
// several tokens joined by single spaces).
struct KeyInfo {
  enum : uint8_t {
    kTitle = 1,  // a title phrase
    kOrgWord = 2,
    kPlaceWord = 4,
    kConnector = 8,
    kLocative = 16,
    kNonName = 32,
  };
  struct Alias {
    int entity;
    bool metonym;
    std::vector<Shape> shapes;
  };
  std::string key;
  uint64_t hash = 0;  // KeyHash(key)
  uint8_t flags = 0;
  // The most tokens of an alias (title) whose first token has this key; 0
  // when none starts with it.
  uint32_t alias_tokens = 0, title_tokens = 0;
  std::vector<Alias> aliases;  // non-empty when the key is an alias
};

// Hash of the `size` bytes at p, eight at a time (most keys take one or two
// steps): no multiply per byte, whose latency would chain through every word.
// `padded`: 8 bytes after the key may be read, so its tail is one load.
inline uint64_t KeyHash(const char* p, std::size_t size, bool padded) {
  uint64_t h = size * 0x9E3779B97F4A7C15ull;
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, sizeof w);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  if (i < size) {
    uint64_t w = 0;
    if (padded) {
      std::memcpy(&w, p + i, sizeof w);
      w &= (uint64_t{1} << (8 * (size - i))) - 1;
    } else {
      for (std::size_t k = i; k < size; ++k) {
        w |= uint64_t{static_cast<unsigned char>(p[k])} << (8 * (k - i));
      }
    }
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
  }
  return h;
}
inline uint64_t KeyHash(std::string_view key) { return KeyHash(key.data(), key.size(), false); }

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;  // possessive "'s" excluded
  std::string_view key;  // folded; points into the owning Tokens' `keys`
  uint32_t key_offset = 0;  // of `key` in Tokens::keys, while tokenizing
  uint64_t key_hash = 0;  // KeyHash(key)
  const KeyInfo* info = nullptr;  // the gazetteer's entry for `key`, if any
  bool capitalised = false;
  bool all_caps = false;
  bool sentence_start = false;
  bool possessive = false;
  bool contraction = false;  // "I'm", "Don't": never a name
  bool key_has_space = false;  // folding can make one (U+FDFA)
  Gap gap_after = Gap::kBreak;  // what separates it from the next token
  bool Is(uint8_t flag) const { return info != nullptr && (info->flags & flag); }
};

// The tokens of a text range and the bytes of their keys, back to back: one
// allocation per list instead of one per token. Not copyable or movable, as
// the tokens' keys point into `keys`.
struct Tokens {
  std::vector<Token> list;
  std::string keys;
  Tokens() = default;
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;
  std::size_t size() const { return list.size(); }
  const Token& operator[](std::size_t i) const { return list[i]; }
};

// Link keeps at most this many tokens' room (4 MiB) between calls.
constexpr std::size_t kKeptTokens = 1 << 16;

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

// Decodes the code point at s[i] and advances i; ASCII without a call.
inline UChar32 NextChar(const uint8_t* s, int32_t& i, int32_t end) {
  if (s[i] < 0x80) return s[i++];
  UChar32 c;
  U8_NEXT(s, i, end, c);
  return c;
}

// Grows `keys` so that `more` bytes, and 8 of scratch, fit after its first
// `used` bytes.
inline void EnsureRoom(std::string* keys, std::size_t used, std::size_t more) {
  if (used + more + 8 > keys->size()) keys->resize(2 * (used + more + 8));
}
static_assert(chars::kAlpha == 1 && chars::kUpper == 4, "Tokenize counts with these bits");

// Long because: a single pass over UTF-8 code points with the word-shape rules
// inline (apostrophes, inner periods, hyphens); it is the entity linker's own
// tokenizer until extraction, entities and the detector share text/'s.
// Tokens of text[range] into `out`: letters/digits with inner apostrophes and
// inner periods ("U.S."), hyphens as separators.
void Tokenize(std::string_view text, Span range, Tokens* out) {
  std::vector<Token>& tokens = out->list;
  std::string& keys = out->keys;
  tokens.clear();
  keys.clear();
  const std::size_t limit = std::min<std::size_t>(range.end, text.size());
  // About one token per six bytes of English prose. `keys` is written through
  // `n`, its used length: keys take at most the bytes of their words (unless
  // folding expands them), plus 8 bytes of scratch for eight-byte stores.
  tokens.reserve(limit > range.start ? (limit - range.start) / 6 + 1 : 0);
  keys.resize(limit > range.start ? limit - range.start + 8 : 0);
  std::size_t n = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t end = static_cast<int32_t>(limit);
  int32_t i = static_cast<int32_t>(range.start);
  bool sentence_start = true;
  while (i < end) {
    int32_t at = i;
    UChar32 c = NextChar(s, i, end);
    if (c < 0) continue;
    if (!chars::IsAlnum(c)) {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == ';') {
        sentence_start = true;
      }
      continue;
    }
    // A word: read until a character that is not alnum / inner apostrophe /
    // inner period between letters. Its bytes without the inner marks go to
    // `keys`, ASCII letters lower-cased on the way (FoldWord's ASCII case, and
    // no change to what FoldWord makes of the word otherwise).
    // Built in place: a Token assembled on the stack and copied in costs
    // store-forwarding stalls (small field stores read back as 16 bytes).
    Token& t = tokens.emplace_back();
    t.start = at;
    t.key_offset = static_cast<uint32_t>(n);
    bool ascii = true;
    int32_t j = at;
    int letters = 0, upper = 0;
    bool has_inner_period = false;
    while (j < end) {
      // Most word characters are ASCII letters and digits: a run of them is
      // counted and copied without decoding.
      if (s[j] < 0x80 && chars::Has(s[j], chars::kAlpha | chars::kDigit)) {
        EnsureRoom(&keys, n, end - j);
        char* out = keys.data() + n;
        // Eight bytes at a time while the text lasts, then byte by byte.
        while (j + 8 <= end) {
          const chars::AsciiRun8 run = chars::ScanAsciiRun8(s + j);
          const uint64_t lower = chars::LowerAscii8(s + j, run.upper);
          std::memcpy(out, &lower, sizeof lower);  // bytes past the run: scratch
          letters += chars::CountMarked(run.alpha);
          upper += chars::CountMarked(run.upper);
          out += run.length;
          j += run.length;
          if (run.length < 8) break;
        }
        while (j < end && s[j] < 0x80 && chars::Has(s[j], chars::kAlpha | chars::kDigit)) {
          const uint8_t bits = chars::kAsciiTable.bits[s[j]];
          letters += bits & chars::kAlpha;
          upper += (bits & chars::kUpper) >> 2;
          const uint8_t lower = s[j] | ((bits & chars::kUpper) << 3);  // 'A' | 0x20 == 'a'
          *out++ = static_cast<char>(lower);
          ++j;
        }
        n = out - keys.data();
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
        EnsureRoom(&keys, n, k - j);
        for (int32_t q = j; q < k; ++q) keys[n++] = text[q];
        ascii = false;
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
    if (!ascii) {
      std::string folded =
          FoldWord(std::string_view(keys).substr(t.key_offset, n - t.key_offset));
      n = t.key_offset;
      EnsureRoom(&keys, n, folded.size());
      folded.copy(keys.data() + n, folded.size());
      n += folded.size();
      t.key_has_space = folded.find(' ') != std::string::npos;
    }
    t.key_hash = KeyHash(keys.data() + t.key_offset, n - t.key_offset, /*padded=*/true);
    // The key's first raw character is the word's first, `c`.
    t.capitalised = upper > 0 && (chars::IsUpper(c) || chars::IsTitle(c));
    t.all_caps = letters >= 2 && upper == letters;
    t.sentence_start = sentence_start;
    sentence_start = false;
    // What follows up to the next word (the outer loop's business too: a
    // sentence end in it makes the next word sentence-initial).
    int32_t g = j;
    int hyphens = 0;
    bool other = t.possessive;
    while (g < end) {
      int32_t k = g;
      UChar32 d = NextChar(s, k, end);
      if (d >= 0 && chars::IsAlnum(d)) break;
      if (d == '-' || d == 0x2010 || d == 0x2011) {
        ++hyphens;
      } else if (!(d == ' ' || d == 0xA0 || d == '\t')) {
        other = true;
        if (d == '.' || d == '!' || d == '?' || d == ':' || d == '\n' || d == ';') {
          sentence_start = true;
        }
      }
      g = k;
    }
    t.gap_after = other || hyphens > 1 ? Gap::kBreak
                  : hyphens == 1       ? Gap::kHyphen
                                       : Gap::kSpace;
    i = g;
  }
  if (!tokens.empty()) tokens.back().gap_after = Gap::kBreak;
  // `keys` no longer grows: the views can point into it.
  keys.resize(n);
  std::uint32_t next = static_cast<uint32_t>(n);
  for (std::size_t q = tokens.size(); q-- > 0;) {
    tokens[q].key = std::string_view(keys).substr(tokens[q].key_offset,
                                                  next - tokens[q].key_offset);
    next = tokens[q].key_offset;
  }
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

std::string JoinKeys(const Tokens& t, std::size_t a, std::size_t b) {
  std::string key;
  for (std::size_t k = a; k < b; ++k) {
    if (k > a) key.push_back(' ');
    key += t[k].key;
  }
  return key;
}

// KeyHash(JoinKeys(t, a, b)), built on the stack when short.
uint64_t JoinedKeyHash(const Tokens& t, std::size_t a, std::size_t b) {
  char stack[128];
  std::size_t size = b - a - 1;
  for (std::size_t k = a; k < b; ++k) size += t[k].key.size();
  if (size > sizeof stack) return KeyHash(JoinKeys(t, a, b));
  char* out = stack;
  for (std::size_t k = a; k < b; ++k) {
    if (k > a) *out++ = ' ';
    out = std::copy(t[k].key.begin(), t[k].key.end(), out);
  }
  return KeyHash(std::string_view(stack, size));
}

// key == JoinKeys(t, a, b), without building the string.
bool IsJoinedKey(std::string_view key, const Tokens& t, std::size_t a, std::size_t b) {
  for (std::size_t k = a; k < b; ++k) {
    if (k > a) {
      if (key.empty() || key.front() != ' ') return false;
      key.remove_prefix(1);
    }
    if (!key.starts_with(t[k].key)) return false;
    key.remove_prefix(t[k].key.size());
  }
  return key.empty();
}

struct Mention {
  Span span;
  std::size_t first_token = 0, last_token = 0;  // inclusive
  int known = -1;                               // gazetteer entity index
  std::string surface;                          // for unknown names
  std::string key;
  std::string_view type;  // a literal or a gazetteer entity's type
  bool weak = false;  // a lone sentence-initial capital: kept only if confirmed
};

}  // namespace

struct EntityLinker::Data {
  std::vector<KnownEntity> entities;
  // Every key the gazetteer names (aliases, their first tokens, word-list
  // entries), found by KeyHash: a token's entry is looked up once, and a
  // joined key is looked up by its hash without being built.
  std::vector<KeyInfo> infos;
  struct Slot {
    uint64_t hash = 0;
    uint32_t info = 0;  // index into infos plus one; 0: free
  };
  std::vector<Slot> slots = std::vector<Slot>(64);  // power of two, at most half full

  // A bit per KeyHash(key) % kFilterBits of every key: most tokens are no
  // key, and one test, nearly always false, tells so without probing.
  static constexpr std::size_t kFilterBits = 1 << 14;
  uint64_t filter[kFilterBits / 64] = {};

  // A bit per pair of first and second token of every key of two tokens or
  // more: most two-token sequences start no such key, and FindJoined tells so
  // before building a joined key. Sound only while no token key holds a space
  // (then token boundaries within a joined key are unambiguous):
  // `keys_have_spaces` turns it off for a gazetteer whose keys do.
  uint64_t pairs[kFilterBits / 64] = {};
  bool keys_have_spaces = false;
  static std::size_t PairBit(uint64_t first, uint64_t second) {
    return (((first * 0x9E3779B97F4A7C15ull) ^ second) >> 40) % kFilterBits;
  }
  // Records the tokens of a key (their first two when more than one).
  void AddTokens(const Tokens& t) {
    for (const Token& tok : t.list) keys_have_spaces |= tok.key.find(' ') != std::string::npos;
    if (t.size() < 2) return;
    const std::size_t bit = PairBit(t[0].key_hash, t[1].key_hash);
    pairs[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  // False when no key starts with the keys of `first` then `second`.
  bool MayStartWith(const Token& first, const Token& second) const {
    if (keys_have_spaces || first.key_has_space || second.key_has_space) return true;
    const std::size_t bit = PairBit(first.key_hash, second.key_hash);
    return pairs[bit / 64] >> (bit % 64) & 1;
  }

  // The entry whose hash is `hash` and whose key `same` accepts, or nullptr.
  template <typename Same>
  const KeyInfo* Find(uint64_t hash, const Same& same) const {
    const std::size_t bit = (hash >> 40) % kFilterBits;
    if (!(filter[bit / 64] >> (bit % 64) & 1)) return nullptr;
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots[i];
      if (slot.info == 0) return nullptr;
      if (slot.hash == hash && same(infos[slot.info - 1].key)) return &infos[slot.info - 1];
    }
  }
  const KeyInfo* Find(std::string_view key, uint64_t hash) const {
    return Find(hash, [&](std::string_view k) { return k == key; });
  }

  // The entry of `key`, added when absent. Valid until the next call.
  KeyInfo* Mutable(const std::string& key) {
    const uint64_t hash = KeyHash(key);
    if (const KeyInfo* found = Find(key, hash)) {
      return &infos[found - infos.data()];
    }
    if (2 * (infos.size() + 1) > slots.size()) {
      std::vector<Slot> old(2 * slots.size());
      old.swap(slots);
      for (const Slot& slot : old) {
        if (slot.info != 0) Place(slot);
      }
    }
    infos.emplace_back();
    infos.back().key = key;
    infos.back().hash = hash;
    const std::size_t bit = (hash >> 40) % kFilterBits;
    filter[bit / 64] |= uint64_t{1} << (bit % 64);
    Place(Slot{hash, static_cast<uint32_t>(infos.size())});
    return &infos.back();
  }

 private:
  void Place(const Slot& slot) {
    const std::size_t mask = slots.size() - 1;
    std::size_t i = slot.hash & mask;
    while (slots[i].info != 0) i = (i + 1) & mask;
    slots[i] = slot;
  }
};

namespace {

using Data = EntityLinker::Data;

absl::StatusOr<std::unique_ptr<Data>> ParseGazetteer(std::string_view tsv) {
  auto data = std::make_unique<Data>();
  int line_number = 0;
  Tokens t;
  for (std::string_view line : SplitOn(tsv, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimView(line).empty() || line.front() == '#') continue;
    std::vector<std::string_view> f = SplitOn(line, '\t');
    auto bad = [&](std::string_view why) {
      return absl::InvalidArgumentError(
          Cat("gazetteer line ", line_number, ": ", why, ": ", line));
    };
    auto word_list = [&](uint8_t flag) {
      for (std::string_view w : SplitOn(f[1], '|')) {
        w = TrimView(w);
        if (w.empty()) continue;
        Tokenize(w, Span{0, uint32_t(w.size())}, &t);
        if (t.size() == 0) continue;
        data->AddTokens(t);
        data->Mutable(JoinKeys(t, 0, t.size()))->flags |= flag;
        if (flag == KeyInfo::kTitle) {
          uint32_t& longest = data->Mutable(std::string(t[0].key))->title_tokens;
          longest = std::max(longest, static_cast<uint32_t>(t.size()));
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
        Tokenize(alias, Span{0, uint32_t(alias.size())}, &t);
        if (t.size() == 0) return bad("empty alias");
        data->AddTokens(t);
        KeyInfo::Alias entry{index, metonym, {}};
        for (const Token& tok : t.list) {
          entry.shapes.push_back(tok.all_caps      ? kAllCaps
                                 : tok.capitalised ? kCapitalised
                                                   : kAnyCase);
        }
        std::vector<KeyInfo::Alias>& slot = data->Mutable(JoinKeys(t, 0, t.size()))->aliases;
        bool duplicate = false;
        for (const auto& e : slot) duplicate |= e.entity == index;
        if (!duplicate) slot.push_back(std::move(entry));
        uint32_t& longest = data->Mutable(std::string(t[0].key))->alias_tokens;
        longest = std::max(longest, static_cast<uint32_t>(t.size()));
      }
    } else if (kind == "title" || kind == "orgword" || kind == "placeword" ||
               kind == "connector" || kind == "locative" || kind == "nonname") {
      if (f.size() != 2) return bad("want 2 tab-separated fields");
      if (kind == "title") word_list(KeyInfo::kTitle);
      if (kind == "orgword") word_list(KeyInfo::kOrgWord);
      if (kind == "placeword") word_list(KeyInfo::kPlaceWord);
      if (kind == "connector") word_list(KeyInfo::kConnector);
      if (kind == "locative") word_list(KeyInfo::kLocative);
      if (kind == "nonname") word_list(KeyInfo::kNonName);
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
  Scanner(const Data& data, std::string_view text, const Tokens& tokens)
      : d_(data), text_(text), t_(tokens) {}

  // Longest gazetteer alias starting at token i; returns its length in tokens
  // (0 when none) and the entity.
  std::size_t MatchAlias(std::size_t i, int* entity) const {
    if (t_[i].info == nullptr || t_[i].info->alias_tokens == 0) return 0;
    const std::size_t limit = std::min<std::size_t>(t_[i].info->alias_tokens, t_.size() - i);
    for (std::size_t len = limit; len >= 1; --len) {
      bool joined = true;
      for (std::size_t k = i; k + 1 < i + len; ++k) joined &= Joined(t_[k]);
      if (!joined) continue;
      const KeyInfo* info = FindJoined(i, i + len);
      if (info == nullptr || info->aliases.empty()) continue;
      const bool after_locative = i > 0 && Joined(t_[i - 1]) &&
                                  t_[i - 1].Is(KeyInfo::kLocative);
      int plain = -1, metonym = -1;
      for (const KeyInfo::Alias& a : info->aliases) {
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
      } else if (next.Is(KeyInfo::kConnector) && !next.capitalised) {
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
    if (t_[k].info == nullptr || t_[k].info->title_tokens == 0) return 0;
    const std::size_t limit = std::min<std::size_t>(t_[k].info->title_tokens, end - k);
    for (std::size_t len = limit; len >= 1; --len) {
      const KeyInfo* info = FindJoined(k, k + len);
      if (info != nullptr && (info->flags & KeyInfo::kTitle)) return len;
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
      only_common &= t_[k].Is(KeyInfo::kNonName | KeyInfo::kOrgWord | KeyInfo::kPlaceWord |
                              KeyInfo::kTitle);
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
      org |= t_[k].Is(KeyInfo::kOrgWord);
      place |= t_[k].Is(KeyInfo::kPlaceWord);
      acronym |= t_[k].all_caps;
    }
    const bool after_locative = a > 0 && t_[a - 1].Is(KeyInfo::kLocative);
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
  // The entry of JoinKeys(t_, a, b), or nullptr.
  const KeyInfo* FindJoined(std::size_t a, std::size_t b) const {
    if (b == a + 1) return t_[a].info;
    if (!d_.MayStartWith(t_[a], t_[a + 1])) return nullptr;
    return d_.Find(JoinedKeyHash(t_, a, b),
                   [&](std::string_view key) { return IsJoinedKey(key, t_, a, b); });
  }

  const Data& d_;
  std::string_view text_;
  const Tokens& t_;
  std::vector<Mention> mentions_;
};

}  // namespace

std::string NameKey(std::string_view name) {
  Tokens t;
  Tokenize(name, Span{0, uint32_t(name.size())}, &t);
  return JoinKeys(t, 0, t.size());
}

EntityLinker::EntityLinker(std::unique_ptr<Data> data) : data_(std::move(data)) {}
EntityLinker::~EntityLinker() = default;

absl::StatusOr<std::unique_ptr<EntityLinker>> EntityLinker::Create() {
  auto linker = CreateFromTsv(data::kGazetteerTsv);
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
  const std::string key = NameKey(name);
  const KeyInfo* info = data_->Find(key, KeyHash(key));
  if (info == nullptr || info->aliases.empty()) return std::nullopt;
  for (const KeyInfo::Alias& a : info->aliases) {
    if (a.metonym) return data_->entities[a.entity];
  }
  return data_->entities[info->aliases.front().entity];
}

void EntityLinker::Link(std::string_view text, Extraction* extraction) const {
  extraction->entities.clear();
  Span range = extraction->body.empty() ? Span{0, uint32_t(text.size())}
                                        : extraction->body;
  // The token buffers are reused by every call on this thread: fresh ones
  // cost more in first writes to new memory than tokenizing itself. One
  // grown by a very long text is released afterwards.
  thread_local Tokens tokens;
  struct Release {
    Tokens& t;
    ~Release() {
      if (t.list.capacity() > kKeptTokens) {
        t.list = std::vector<Token>();
        t.keys = std::string();
      }
    }
  } release{tokens};
  Tokenize(text, range, &tokens);
  for (Token& t : tokens.list) t.info = data_->Find(t.key, t.key_hash);
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
    const std::string surname(tokens[m.last_token].key);
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
