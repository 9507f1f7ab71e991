// Entity mentions: the name words of text/name_words.h (name shape:
// capitalised, all caps, sentence start, possessive, what separates a word
// from the next), a longest match against the gazetteer, capitalised runs for
// names it does not know, and an article-level pass that links surnames and
// "(ACRONYM)" to full names.
#include "ingest/entities/entities.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "common/strings.h"
#include "data/embedded.h"
#include "text/name_words.h"
#include "text/stopwords.h"

namespace claimgraph::ingest {
namespace {

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
  uint64_t hash = 0;  // NameKeyHash(key)
  uint8_t flags = 0;
  // The most tokens of an alias (title) whose first token has this key; 0
  // when none starts with it.
  uint32_t alias_tokens = 0, title_tokens = 0;
  std::vector<Alias> aliases;  // non-empty when the key is an alias
};

// Link keeps at most this many tokens' room (4 MiB) between calls.
constexpr std::size_t kKeptTokens = 1 << 16;

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

std::string JoinKeys(const NameWords& t, std::size_t a, std::size_t b) {
  std::string key;
  for (std::size_t k = a; k < b; ++k) {
    if (k > a) key.push_back(' ');
    key += t[k].key;
  }
  return key;
}

// NameKeyHash(JoinKeys(t, a, b)), built on the stack when short.
uint64_t JoinedKeyHash(const NameWords& t, std::size_t a, std::size_t b) {
  char stack[128];
  std::size_t size = b - a - 1;
  for (std::size_t k = a; k < b; ++k) size += t[k].key.size();
  if (size > sizeof stack) return NameKeyHash(JoinKeys(t, a, b));
  char* out = stack;
  for (std::size_t k = a; k < b; ++k) {
    if (k > a) *out++ = ' ';
    out = std::copy(t[k].key.begin(), t[k].key.end(), out);
  }
  return NameKeyHash(std::string_view(stack, size));
}

// key == JoinKeys(t, a, b), without building the string.
bool IsJoinedKey(std::string_view key, const NameWords& t, std::size_t a, std::size_t b) {
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
  // (capital, country) of the `capital` rows, in file order.
  std::vector<std::pair<std::string, std::string>> capitals;
  // Every key the gazetteer names (aliases, their first tokens, word-list
  // entries), found by NameKeyHash: a word's entry is looked up once, and a
  // joined key is looked up by its hash without being built.
  std::vector<KeyInfo> infos;
  struct Slot {
    uint64_t hash = 0;
    uint32_t info = 0;  // index into infos plus one; 0: free
  };
  std::vector<Slot> slots = std::vector<Slot>(64);  // power of two, at most half full

  // A bit per NameKeyHash(key) % kFilterBits of every key: most tokens are no
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
  void AddTokens(const NameWords& t) {
    for (const NameWord& tok : t.list) keys_have_spaces |= tok.key.find(' ') != std::string::npos;
    if (t.size() < 2) return;
    const std::size_t bit = PairBit(t[0].key_hash, t[1].key_hash);
    pairs[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  // False when no key starts with the keys of `first` then `second`.
  bool MayStartWith(const NameWord& first, const NameWord& second) const {
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
    const uint64_t hash = NameKeyHash(key);
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

// The records of a gazetteer, with their line numbers: blank and comment
// lines skipped, fields split on TAB.
struct GazetteerLine {
  int number = 0;
  std::string_view line;
  std::vector<std::string_view> fields;
};
std::vector<GazetteerLine> GazetteerLines(std::string_view tsv) {
  std::vector<GazetteerLine> lines;
  int line_number = 0;
  for (std::string_view line : SplitOn(tsv, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimView(line).empty() || line.front() == '#') continue;
    lines.push_back({line_number, line, SplitOn(line, '\t')});
  }
  return lines;
}

absl::StatusOr<std::unique_ptr<Data>> ParseGazetteer(std::string_view tsv) {
  auto data = std::make_unique<Data>();
  const std::vector<GazetteerLine> lines = GazetteerLines(tsv);
  // `capital` rows first: an entity row takes its capitals as metonym aliases
  // wherever the rows stand.
  for (const GazetteerLine& g : lines) {
    if (g.fields[0] != "capital") continue;
    const std::vector<std::string_view>& f = g.fields;
    auto bad = [&](std::string_view why) {
      return absl::InvalidArgumentError(
          Cat("gazetteer line ", g.number, ": ", why, ": ", g.line));
    };
    if (f.size() != 3) return bad("want 3 tab-separated fields");
    const std::string_view country = TrimView(f[1]);
    if (country.empty()) return bad("empty country");
    for (std::string_view capital : SplitOn(f[2], '|')) {
      capital = TrimView(capital);
      if (capital.empty()) return bad("empty capital");
      for (const auto& [known, of] : data->capitals)
        if (known == capital) return bad(Cat("capital '", capital, "' listed twice"));
      data->capitals.emplace_back(std::string(capital), std::string(country));
    }
  }
  NameWords t;
  for (const GazetteerLine& g : lines) {
    const std::vector<std::string_view>& f = g.fields;
    auto bad = [&](std::string_view why) {
      return absl::InvalidArgumentError(
          Cat("gazetteer line ", g.number, ": ", why, ": ", g.line));
    };
    auto word_list = [&](uint8_t flag) {
      for (std::string_view w : SplitOn(f[1], '|')) {
        w = TrimView(w);
        if (w.empty()) continue;
        SplitNameWords(w, 0, uint32_t(w.size()), &t);
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
      std::vector<std::string> capitals;  // "~Moscow": owns the views below
      for (const auto& [capital, country] : data->capitals)
        if (country == TrimView(f[1])) capitals.push_back("~" + capital);
      names.insert(names.end(), capitals.begin(), capitals.end());
      names.push_back(TrimView(f[1]));  // the canonical name is an alias too
      for (std::string_view alias : names) {
        alias = TrimView(alias);
        bool metonym = !alias.empty() && alias.front() == '~';
        if (metonym) alias.remove_prefix(1);
        if (alias.empty()) continue;
        SplitNameWords(alias, 0, uint32_t(alias.size()), &t);
        if (t.size() == 0) return bad("empty alias");
        data->AddTokens(t);
        KeyInfo::Alias entry{index, metonym, {}};
        for (const NameWord& tok : t.list) {
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
    } else if (kind != "capital") {
      return bad("unknown record kind");
    }
  }
  return data;
}

bool ShapeFits(Shape shape, const NameWord& t) {
  switch (shape) {
    case kAllCaps: return t.all_caps;
    case kCapitalised: return t.capitalised;
    case kAnyCase: return true;
  }
  return true;
}

bool Joined(const NameWord& t) { return t.gap_after != Gap::kBreak; }

class Scanner {
 public:
  // `infos`: the gazetteer's entry for each word's key, or nullptr.
  Scanner(const Data& data, std::string_view text, const NameWords& tokens,
          const std::vector<const KeyInfo*>& infos)
      : d_(data), text_(text), t_(tokens), info_(infos) {}

  // Longest gazetteer alias starting at token i; returns its length in tokens
  // (0 when none) and the entity.
  std::size_t MatchAlias(std::size_t i, int* entity) const {
    if (info_[i] == nullptr || info_[i]->alias_tokens == 0) return 0;
    const std::size_t limit = std::min<std::size_t>(info_[i]->alias_tokens, t_.size() - i);
    for (std::size_t len = limit; len >= 1; --len) {
      bool joined = true;
      for (std::size_t k = i; k + 1 < i + len; ++k) joined &= Joined(t_[k]);
      if (!joined) continue;
      const KeyInfo* info = FindJoined(i, i + len);
      if (info == nullptr || info->aliases.empty()) continue;
      const bool after_locative = i > 0 && Joined(t_[i - 1]) &&
                                  Is(i - 1, KeyInfo::kLocative);
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
    const NameWord& t = t_[i];
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
      const NameWord& next = t_[j + 1];
      if (next.capitalised || next.all_caps) {
        j = j + 1;
        last = j;
      } else if (Is(j + 1, KeyInfo::kConnector) && !next.capitalised) {
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
    if (info_[k] == nullptr || info_[k]->title_tokens == 0) return 0;
    const std::size_t limit = std::min<std::size_t>(info_[k]->title_tokens, end - k);
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
      only_common &= Is(k, KeyInfo::kNonName | KeyInfo::kOrgWord | KeyInfo::kPlaceWord |
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
      org |= Is(k, KeyInfo::kOrgWord);
      place |= Is(k, KeyInfo::kPlaceWord);
      acronym |= t_[k].all_caps;
    }
    const bool after_locative = a > 0 && Is(a - 1, KeyInfo::kLocative);
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
    if (b == a + 1) return info_[a];
    if (!d_.MayStartWith(t_[a], t_[a + 1])) return nullptr;
    return d_.Find(JoinedKeyHash(t_, a, b),
                   [&](std::string_view key) { return IsJoinedKey(key, t_, a, b); });
  }

  // True when the gazetteer gives word i's key one of `flags`.
  bool Is(std::size_t i, uint8_t flags) const {
    return info_[i] != nullptr && (info_[i]->flags & flags);
  }

  const Data& d_;
  std::string_view text_;
  const NameWords& t_;
  const std::vector<const KeyInfo*>& info_;
  std::vector<Mention> mentions_;
};

}  // namespace

std::string NameKey(std::string_view name) {
  NameWords t;
  SplitNameWords(name, 0, uint32_t(name.size()), &t);
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

const EntityLinker& EntityLinker::Default() {
  static const EntityLinker* const linker = [] {
    auto created = Create();
    if (!created.ok()) {
      // Validated by tests/ingest/entities_test.cc: this only fires on a
      // build whose data file was broken by hand.
      std::fprintf(stderr, "claimgraph: %s\n", std::string(created.status().message()).c_str());
      std::abort();
    }
    return created->release();
  }();
  return *linker;
}

std::string_view EntityLinker::CountryOfCapital(std::string_view name) const {
  for (const auto& [capital, country] : data_->capitals)
    if (capital == name) return country;
  return {};
}

std::optional<KnownEntity> EntityLinker::Lookup(std::string_view name) const {
  const std::string key = NameKey(name);
  const KeyInfo* info = data_->Find(key, NameKeyHash(key));
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
  thread_local NameWords tokens;
  thread_local std::vector<const KeyInfo*> infos;  // per word, as `tokens`
  struct Release {
    NameWords& t;
    std::vector<const KeyInfo*>& infos;
    ~Release() {
      if (t.list.capacity() > kKeptTokens) {
        t.list = std::vector<NameWord>();
        t.keys = std::string();
        infos = std::vector<const KeyInfo*>();
      }
    }
  } release{tokens, infos};
  SplitNameWords(text, range.start, range.end, &tokens);
  infos.clear();
  for (const NameWord& t : tokens.list) infos.push_back(data_->Find(t.key, t.key_hash));
  std::vector<Mention> mentions = Scanner(*data_, text, tokens, infos).Scan();

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
