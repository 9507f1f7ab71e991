// Boilerplate removal in the manner of jusText (Pomikálek 2011), cut down to
// what line-oriented scraped news needs: every non-blank line is a paragraph,
// classified as boilerplate, prose or neutral from its shape alone, and the
// body is the block with the most prose. See layout.h for the rules.
#include "ingest/layout.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/stopwords.h"
#include "unicode/uchar.h"
#include "unicode/uscript.h"
#include "unicode/utf8.h"

namespace claimgraph::ingest {
namespace {

// kRepeated: boilerplate by repetition alone (site names, repeated headlines);
// it is left out of the body but, unlike kBoilerplate, does not end a block.
enum class LineClass { kBoilerplate, kRepeated, kNeutral, kProse };

struct Line {
  Span span;  // trimmed
  LineClass cls = LineClass::kNeutral;
  // Its words joined by single spaces, ASCII lower-cased; points into the
  // keys of all lines (AnalyzeLayout's `keys`).
  std::string_view key;
  uint32_t key_offset = 0;
  int words = 0;
  int stop_words = 0;
  int lower_words = 0;  // opening with an ASCII lower-case letter
  int latin_letters = 0;
  int other_letters = 0;
  int chars_non_space = 0;
  bool ends_sentence = false;
  bool wire_line = false;
  bool repeated = false;  // another line has the same (non-empty) key
};

bool IsSpaceAt(std::string_view text, std::size_t i, std::size_t* width) {
  unsigned char c = text[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
    *width = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < text.size() && (unsigned char)text[i + 1] == 0xA0) {
    *width = 2;  // no-break space
    return true;
  }
  if (c == 0xEF && i + 2 < text.size() && (unsigned char)text[i + 1] == 0xBB &&
      (unsigned char)text[i + 2] == 0xBF) {
    *width = 3;  // byte order mark
    return true;
  }
  return false;
}

Span Trim(std::string_view text, Span s) {
  std::size_t w = 0;
  while (s.start < s.end && IsSpaceAt(text, s.start, &w)) s.start += w;
  while (s.end > s.start) {
    // Step back over one UTF-8 character and test it.
    uint32_t back = s.end - 1;
    while (back > s.start && ((unsigned char)text[back] & 0xC0) == 0x80) --back;
    if (!IsSpaceAt(text, back, &w) || back + w != s.end) break;
    s.end = back;
  }
  return s;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Closing quotes and brackets that may follow the final punctuation.
bool IsCloser(std::string_view tail) {
  return tail == "\"" || tail == "'" || tail == ")" || tail == "]" ||
         tail == "\xE2\x80\x9D" || tail == "\xE2\x80\x99" || tail == "\xC2\xBB";
}

bool EndsSentence(std::string_view line) {
  // Strip closing quotes/brackets, then look for . ! ? : or an ellipsis.
  while (!line.empty()) {
    if (IsCloser(line.substr(line.size() - 1))) {
      line.remove_suffix(1);
    } else if (line.back() == ' ' || (line.size() >= 2 && line.substr(line.size() - 2) == "\xC2\xA0")) {
      line.remove_suffix(line.back() == ' ' ? 1 : 2);
    } else if (line.size() >= 3 && (IsCloser(line.substr(line.size() - 3)) ||
                                    line.substr(line.size() - 3) == "\xE2\x80\x89")) {
      line.remove_suffix(3);
    } else if (line.size() >= 2 && IsCloser(line.substr(line.size() - 2))) {
      line.remove_suffix(2);
    } else {
      break;
    }
  }
  if (line.empty()) return false;
  char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == ':' ||
         (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\xA6");
}

// Where a wire's signature after the last sentence of `line` starts (the
// space before "Reuter" in "… higher earnings. Reuter": a word of the list
// wire_signature, in any case), or npos.
std::size_t SignatureStart(std::string_view line) {
  const std::size_t space = line.rfind(' ');
  if (space == std::string_view::npos || space == 0) return std::string_view::npos;
  std::string word(line.substr(space + 1));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!WordLists::Default().Contains("wire_signature", word)) return std::string_view::npos;
  std::size_t end = space;
  while (end > 0 && line[end - 1] == ' ') --end;
  return EndsSentence(line.substr(0, end)) ? space : std::string_view::npos;
}

// The keys of all lines, back to back, written through a pointer. A line's
// key takes at most one byte per byte of the line (each space stands for a
// separator), plus 8 bytes of scratch for eight-byte stores.
struct KeyBuffer {
  std::string bytes;  // room; bytes past `size` are scratch
  std::size_t size = 0;
};

// Counts the words, letters and stop words of `line` and appends its key to
// `keys` (setting line->key_offset; the key runs to the next line's offset).
// Counts are kept in locals: stores through the key bytes could alias `line`.
void Measure(std::string_view text, Line* line, KeyBuffer* keys) {
  std::string_view s = line->span.in(text);
  if (keys->bytes.size() < keys->size + s.size() + 8) {
    keys->bytes.resize(2 * (keys->size + s.size() + 8));
  }
  char* const out = keys->bytes.data();
  std::size_t size = keys->size;
  line->key_offset = static_cast<uint32_t>(size);
  int words = 0, stop_words = 0, lower_words = 0, latin = 0, other = 0, non_space = 0;
  std::size_t word_start = std::string::npos;  // in `out`, while in a word
  auto start_word = [&](uint32_t first) {
    if (word_start != std::string::npos) return;
    lower_words += first >= 'a' && first <= 'z';
    if (size > line->key_offset) out[size++] = ' ';
    word_start = size;
  };
  auto end_word = [&] {
    if (word_start == std::string::npos) return;
    ++words;
    // The word is lower case already; packed with one load (the bytes after
    // it are room or scratch) and masked.
    const std::size_t length = size - word_start;
    if (length <= 8) {
      uint64_t packed;
      std::memcpy(&packed, out + word_start, sizeof packed);
      if (length < 8) packed &= (uint64_t{1} << (8 * length)) - 1;
      if (IsStopWordPacked(packed)) ++stop_words;
    }
    word_start = std::string::npos;
  };
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    if (bytes[i] < 0x80) {
      // ASCII: every test is a table lookup.
      const uint8_t c = bytes[i];
      if (chars::Has(c, chars::kAlpha | chars::kDigit)) {
        // The whole run of ASCII letters and digits, classified and
        // lower-cased eight bytes at a time where the line lasts.
        start_word(c);
        const int32_t at = i;
        while (i + 8 <= n) {
          const chars::AsciiRun8 run = chars::ScanAsciiRun8(bytes + i);
          const uint64_t lower = chars::LowerAscii8(bytes + i, run.upper);
          std::memcpy(out + size, &lower, sizeof lower);  // bytes past the run: scratch
          latin += chars::CountMarked(run.alpha);
          size += run.length;
          i += run.length;
          if (run.length < 8) break;
        }
        while (i < n && bytes[i] < 0x80 && chars::Has(bytes[i], chars::kAlpha | chars::kDigit)) {
          const uint8_t bits = chars::kAsciiTable.bits[bytes[i]];
          latin += bits & chars::kAlpha;
          out[size++] = static_cast<char>(bytes[i] | ((bits & chars::kUpper) << 3));
          ++i;
        }
        non_space += i - at;
        continue;
      }
      ++i;
      if (!chars::Has(c, chars::kWhite)) ++non_space;
      if (c == '\'' && word_start != std::string::npos && i < n && IsAsciiAlnum(s[i])) {
        // Apostrophes stay inside words ("haven't").
      } else {
        end_word();
      }
      continue;
    }
    UChar32 c;
    int32_t at = i;
    U8_NEXT(bytes, i, n, c);
    if (c < 0) continue;
    if (!chars::IsWhiteSpace(c)) ++non_space;
    if (chars::IsAlpha(c)) {
      if (chars::IsLatinScript(c)) {
        ++latin;
      } else {
        ++other;
      }
    }
    if (c == 0x2019) {
      // Apostrophes stay inside words ("haven't").
      if (word_start != std::string::npos && i < n && IsAsciiAlnum(s[i])) continue;
      end_word();
    } else if (chars::IsAlpha(c) || chars::IsDigit(c)) {
      start_word(static_cast<uint32_t>(c));
      std::memcpy(out + size, s.data() + at, i - at);
      size += i - at;
    } else {
      end_word();
    }
  }
  end_word();
  keys->size = size;
  line->words = words;
  line->stop_words = stop_words;
  line->lower_words = lower_words;
  line->latin_letters = latin;
  line->other_letters = other;
  line->chars_non_space = non_space;
  // ("… higher earnings. Reuter" ends a sentence: its signature is no word of it.)
  const std::size_t signature = SignatureStart(s);
  line->ends_sentence =
      EndsSentence(signature == std::string_view::npos ? s : s.substr(0, signature));
}

bool HasClockTime(std::string_view s) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 0; i + 5 <= s.size(); ++i) {
    if (digit(s[i]) && digit(s[i + 1]) && s[i + 2] == ':' && digit(s[i + 3]) &&
        digit(s[i + 4])) {
      return true;
    }
  }
  return false;
}

// A line that only separates the sections of one article: a rule ("___",
// "* * *": no letters or digits) or a time stamp alone ("6:05 p.m.", "7 p.m.
// EDT", "Noon"), as in live-blog stories ("The Latest"). Its words are
// numbers or words of the list "clock_word" (dots left out: "p.m." is "pm"),
// at least one of them a time.
bool IsSectionSeparator(const Line& line, std::string_view s) {
  if (line.key.empty()) return true;
  if (line.words > 4) return false;
  const WordLists& lists = WordLists::Default();
  bool time = false;
  for (std::size_t at = 0; at < s.size();) {
    std::size_t end = s.find(' ', at);
    if (end == std::string_view::npos) end = s.size();
    std::string word;
    for (char c : s.substr(at, end - at)) {
      if (c == '.' || c == ',') continue;
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    at = end + 1;
    while (!word.empty() && word.back() == ':') word.pop_back();  // "11:45 a.m.:"
    if (word.empty()) continue;
    std::size_t digits = 0;
    while (digits < word.size() && (std::isdigit((unsigned char)word[digits]) || word[digits] == ':')) {
      ++digits;
    }
    if (digits > 0 && std::isdigit((unsigned char)word[0])) {
      const std::string_view rest = std::string_view(word).substr(digits);
      if (!rest.empty() && !lists.Contains("clock_word", rest)) return false;
      time = true;
    } else if (lists.Contains("clock_word", word)) {
      time = time || word == "noon" || word == "midnight";
    } else {
      return false;
    }
  }
  return time;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  }
  return out;
}

// "arabstoday arabstoday arabstoday" or "X y, X y": few distinct words.
bool RepeatsItself(const Line& line) {
  if (line.words < 4 || line.words > 40) return false;  // long prose reuses words
  // Distinct words, counted in an open-addressing set: 64 slots for at most
  // 40 words, an empty view marking a free slot (words are never empty).
  constexpr std::size_t kSlots = 64;
  std::string_view seen[kSlots];
  std::size_t words = 0, distinct = 0;
  std::string_view key = line.key;
  std::size_t pos = 0;
  while (pos < key.size()) {
    std::size_t sp = key.find(' ', pos);
    if (sp == std::string_view::npos) sp = key.size();
    const std::string_view word = key.substr(pos, sp - pos);
    pos = sp + 1;
    ++words;
    uint32_t h = 2166136261u;  // FNV-1a
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    for (std::size_t i = h % kSlots;; i = (i + 1) % kSlots) {
      if (seen[i].empty()) {
        seen[i] = word;
        ++distinct;
        break;
      }
      if (seen[i] == word) break;
    }
  }
  return distinct * 2 <= words;
}

// "Source: AFP", "Sources: Reuters, AP", "— AFP", "(AP)": returns the agency.
std::optional<std::string> WireLine(std::string_view s) {
  for (std::string_view prefix : {"source:", "sources:", "via:"}) {
    if (s.size() > prefix.size() && Lower(s.substr(0, prefix.size())) == prefix) {
      std::string_view rest = s.substr(prefix.size());
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      std::size_t comma = rest.find_first_of(",/;");
      if (comma != std::string_view::npos) rest = rest.substr(0, comma);
      while (!rest.empty() && (rest.back() == ' ' || rest.back() == '.')) {
        rest.remove_suffix(1);
      }
      if (!rest.empty() && rest.size() <= 40) return std::string(rest);
    }
  }
  for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", "--", "-"}) {
    if (s.substr(0, dash.size()) == dash) {
      std::string_view rest = s.substr(dash.size());
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      if (!rest.empty() && rest.size() <= 30 && rest.find(' ') == std::string_view::npos &&
          std::isupper((unsigned char)rest.front())) {
        return std::string(rest);
      }
    }
  }
  if (s.size() >= 3 && s.front() == '(' && s.back() == ')' && s.size() <= 24) {
    std::string_view inner = s.substr(1, s.size() - 2);
    bool word = std::isupper((unsigned char)inner.front());
    for (char c : inner) word = word && std::isalpha((unsigned char)c);
    if (word) return std::string(inner);
  }
  return std::nullopt;
}

bool IsDash(std::string_view s, std::size_t i, std::size_t* width) {
  if (s[i] == '-') {
    *width = 1;
    return true;
  }
  if (s.substr(i, 3) == "\xE2\x80\x94" || s.substr(i, 3) == "\xE2\x80\x93") {
    *width = 3;
    return true;
  }
  return false;
}

// Finds a dash with space (or a closing parenthesis) before it and space or the
// end after it: the dateline separator. Returns {dash start, after dash}.
std::optional<std::pair<std::size_t, std::size_t>> FindDatelineDash(
    std::string_view s, std::size_t limit) {
  std::size_t w = 0;
  for (std::size_t i = 1; i < s.size() && i < limit; ++i) {
    if (!IsDash(s, i, &w)) continue;
    std::size_t sw = 0;
    bool space_before = IsSpaceAt(s, i - 1, &sw) || s[i - 1] == ')' ||
                        (i >= 2 && (unsigned char)s[i - 2] == 0xC2 &&
                         (unsigned char)s[i - 1] == 0xA0);
    bool space_after = i + w == s.size() || IsSpaceAt(s, i + w, &sw);
    if (space_before && space_after) return std::make_pair(i, i + w);
  }
  return std::nullopt;
}

struct Dateline {
  std::string place;
  std::string wire;
};

// Parses "Oslo", "WASHINGTON (Reuters)", "OSLO, Norway (AP)", "(Reuters)":
// capitalised words, an optional ", ..." part and an optional "(Wire)".
std::optional<Dateline> ParseDatelinePrefix(std::string_view prefix, bool standalone) {
  std::size_t w = 0;
  Span trimmed = Trim(prefix, Span{0, uint32_t(prefix.size())});
  prefix = trimmed.in(prefix);
  if (prefix.empty() || prefix.size() > 60) return std::nullopt;
  Dateline out;
  if (prefix.back() == ')') {
    std::size_t open = prefix.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    out.wire = std::string(prefix.substr(open + 1, prefix.size() - open - 2));
    prefix = Trim(prefix, Span{0, uint32_t(open)}).in(prefix);
  }
  std::size_t comma = prefix.find(',');
  std::string_view place = prefix.substr(0, comma);
  while (!place.empty() && IsSpaceAt(place, place.size() - 1, &w)) place.remove_suffix(1);
  int words = 0;
  bool all_caps = true;
  for (std::size_t i = 0; i < place.size();) {
    while (i < place.size() && place[i] == ' ') ++i;
    if (i >= place.size()) break;
    std::size_t j = place.find(' ', i);
    if (j == std::string_view::npos) j = place.size();
    std::string_view word = place.substr(i, j - i);
    ++words;
    if (!std::isupper((unsigned char)word[0])) return std::nullopt;
    for (char c : word) {
      if (std::islower((unsigned char)c)) all_caps = false;
      if (!(std::isalpha((unsigned char)c) || c == '.' || c == '-' || c == '\'' ||
            (unsigned char)c >= 0x80)) {
        return std::nullopt;
      }
    }
    i = j;
  }
  if (words > 4) return std::nullopt;
  if (words == 0 && out.wire.empty()) return std::nullopt;
  // Inside a paragraph only the unmistakable forms count: a wire in
  // parentheses, an all-caps place, or a single word.
  if (!standalone && out.wire.empty() && !all_caps && words != 1) return std::nullopt;
  out.place = std::string(place);
  return out;
}

// Whether `line`, counted as `words` words, reads as prose: a sentence of
// three words or more with a function word in seven, of fifteen or more, or
// of five or more three quarters of whose words are in lower case ("Prices
// would ease next week, another dealer said."; a headline is in capitals or
// title case).
bool IsProse(const Line& line, int words) {
  return line.ends_sentence && words >= 3 &&
         (line.stop_words * 7 >= words || words >= 15 ||
          (words >= 5 && line.lower_words * 4 >= words * 3));
}

// The words of the dateline opening `s` ("HONG KONG, March 13 -": 4), 0 when
// it opens with none.
int DatelineWords(std::string_view s) {
  const auto dash = FindDatelineDash(s, 80);
  if (!dash || !ParseDatelinePrefix(s.substr(0, dash->first), false)) return 0;
  int words = 0;
  bool in_word = false;
  for (char c : s.substr(0, dash->second)) {
    const bool word_char = std::isalnum(static_cast<unsigned char>(c)) != 0;
    words += word_char && !in_word;
    in_word = word_char;
  }
  return words;
}

// A trailing "— AFP" / "- AFP" / "(AFP)" credit at the end of a paragraph.
std::optional<std::pair<std::string, uint32_t>> TrailingWire(std::string_view text,
                                                             Span p) {
  std::string_view s = p.in(text);
  if (!s.empty() && s.back() == ')') {
    std::size_t open = s.rfind('(');
    if (open != std::string_view::npos && s.size() - open <= 16 && open > 0) {
      std::string_view inner = s.substr(open + 1, s.size() - open - 2);
      bool caps = !inner.empty();
      for (char c : inner) caps = caps && std::isupper((unsigned char)c);
      if (caps) return std::make_pair(std::string(inner), p.start + uint32_t(open));
    }
  }
  std::size_t w = 0;
  std::size_t space = s.rfind(' ');
  if (space == std::string_view::npos || space < 2) return std::nullopt;
  std::string_view last = s.substr(space + 1);
  bool caps = last.size() >= 2 && last.size() <= 8;
  for (char c : last) caps = caps && std::isupper((unsigned char)c);
  if (!caps) return std::nullopt;
  std::size_t i = space - 1;
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) --i;
  if (!IsDash(s, i, &w)) return std::nullopt;
  return std::make_pair(std::string(last), p.start + uint32_t(i));
}

}  // namespace

// Long because: the layout passes (lines, date header, boilerplate blocks,
// dateline, wire, paragraphs) run in order over shared line state.
Layout AnalyzeLayout(std::string_view text) {
  Layout layout;
  std::vector<Line> lines;
  KeyBuffer keys;
  keys.bytes.resize(text.size() + 8);
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    Span span = Trim(text, Span{uint32_t(pos), uint32_t(end)});
    pos = end + 1;
    if (span.empty()) continue;
    if (lines.empty()) {
      // A leading "date YYYY-MM-DD" header, possibly running into the first
      // sentence on the same line.
      std::string_view s = span.in(text);
      if (s.size() >= 15 && s.substr(0, 5) == "date " && s[9] == '-' && s[12] == '-' &&
          std::isdigit((unsigned char)s[5]) && std::isdigit((unsigned char)s[14])) {
        span = Trim(text, Span{span.start + 15, span.end});
        if (span.empty()) continue;
      }
    }
    Line line;
    line.span = span;
    Measure(text, &line, &keys);
    lines.push_back(line);
  }
  if (lines.empty()) return layout;
  // `keys` no longer grows: the lines' keys can point into it.
  for (std::size_t i = lines.size(); i-- > 0;) {
    const std::size_t end = i + 1 < lines.size() ? lines[i + 1].key_offset : keys.size;
    lines[i].key = std::string_view(keys.bytes).substr(lines[i].key_offset,
                                                       end - lines[i].key_offset);
  }

  int latin = 0, other = 0;
  for (const Line& line : lines) {
    latin += line.latin_letters;
    other += line.other_letters;
  }
  // Lines whose key another line has: equal neighbours once sorted by size
  // (which settles most comparisons) and bytes. No hashing of whole lines.
  std::vector<uint32_t> by_key;
  for (uint32_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].key.empty()) by_key.push_back(i);
  }
  std::sort(by_key.begin(), by_key.end(), [&](uint32_t a, uint32_t b) {
    const std::string_view x = lines[a].key, y = lines[b].key;
    return x.size() != y.size() ? x.size() < y.size() : x < y;
  });
  for (std::size_t k = 1; k < by_key.size(); ++k) {
    if (lines[by_key[k]].key == lines[by_key[k - 1]].key) {
      lines[by_key[k]].repeated = lines[by_key[k - 1]].repeated = true;
    }
  }
  const bool page_latin = latin >= other;

  for (Line& line : lines) {
    std::string_view s = line.span.in(text);
    const int letters = line.latin_letters + line.other_letters;
    const bool foreign = page_latin ? line.other_letters > line.latin_letters
                                    : line.latin_letters > line.other_letters;
    if (auto wire = WireLine(s); wire && line.words <= 5) {
      line.wire_line = true;
      line.cls = LineClass::kBoilerplate;
      if (layout.wire.empty()) layout.wire = *wire;
    } else if (line.key.empty() || RepeatsItself(line) || foreign ||
               letters * 2 < line.chars_non_space) {
      line.cls = LineClass::kBoilerplate;
    } else if (line.repeated) {
      // A short repeated sentence ("Yeah.", a recurring photo credit) is
      // conversation or caption, not page furniture.
      line.cls = line.ends_sentence && line.words <= 6 ? LineClass::kNeutral
                                                       : LineClass::kRepeated;
    } else if (line.words <= 12 && HasClockTime(s)) {
      line.cls = LineClass::kBoilerplate;  // "GMT 13:26 2017 Thursday ,02 March"
    } else if (line.words <= 25 && (s.find("\xC2\xA9") != std::string_view::npos || [&] {
                 // Lower-cased only here: most lines never get this far.
                 std::string lower = Lower(s);
                 return lower.find("all rights reserved") != std::string::npos ||
                        lower.find("copyright") != std::string::npos;
               }())) {
      line.cls = LineClass::kBoilerplate;
    } else if (line.words <= 4 && (s.back() == '*' || s.front() == ':')) {
      line.cls = LineClass::kBoilerplate;  // form fields: "Name *", ": Characters Left"
    } else if (IsProse(line, line.words) || IsProse(line, line.words - DatelineWords(s))) {
      // ("HONG KONG, March 13 - Gold closed higher on Friday, dealers said.":
      // a wire lede's dateline is no part of its prose.)
      line.cls = LineClass::kProse;
    } else {
      line.cls = LineClass::kNeutral;
    }
  }

  // Blocks: runs of lines separated by boilerplate gaps. A gap ends a block
  // when it holds two or more boilerplate lines, or four or more repeated ones:
  // one stray line does not cut an article in two; nor does a gap of section
  // separators (rules and time stamps between a live blog's entries).
  struct Block {
    std::size_t first, last;  // line indexes, inclusive
    std::size_t prose_bytes = 0;
  };
  auto is_out = [&](std::size_t i) {
    return lines[i].cls == LineClass::kBoilerplate || lines[i].cls == LineClass::kRepeated;
  };
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < lines.size();) {
    if (is_out(i)) {
      ++i;
      continue;
    }
    Block block{i, i};
    std::size_t j = i;
    while (j < lines.size()) {
      if (!is_out(j)) {
        block.last = j;
        if (lines[j].cls == LineClass::kProse) {
          block.prose_bytes += lines[j].span.end - lines[j].span.start;
        }
        ++j;
        continue;
      }
      std::size_t k = j;
      int strong = 0;
      int repeated = 0;
      bool separators = true;  // every boilerplate line of the gap separates sections
      while (k < lines.size() && is_out(k)) {
        if (lines[k].cls == LineClass::kBoilerplate) {
          ++strong;
          separators = separators && IsSectionSeparator(lines[k], lines[k].span.in(text));
        } else if (!lines[k].ends_sentence || lines[k].words < 5) {
          ++repeated;  // furniture rather than a sentence of the story told again
        }
        ++k;
      }
      // A live blog repeats sentences ("It takes 1,237 delegates to win.") and
      // whole entries: repeated sentences do not end it, furniture may.
      const bool section_gap = separators && strong > 0 && repeated <= 2;
      if (k == lines.size() || (!section_gap && (strong >= 2 || k - j >= 4))) break;
      j = k;
    }
    blocks.push_back(block);
    i = j;
  }
  if (blocks.empty()) return layout;
  const Block* best = &blocks.front();
  for (const Block& b : blocks) {
    if (b.prose_bytes > best->prose_bytes) best = &b;
  }

  std::size_t first = best->first, last = best->last;
  if (best->prose_bytes > 0) {
    while (lines[first].cls != LineClass::kProse) ++first;
    while (lines[last].cls != LineClass::kProse) --last;
  }

  // Dateline: a standalone "Oslo - Arab Today" / "Oslo -" line just before the
  // body, or a prefix of the first paragraph ("WASHINGTON (Reuters) - ...").
  std::optional<uint32_t> body_start;
  if (first > best->first) {
    const Line& prev = lines[first - 1];
    std::string_view s = prev.span.in(text);
    if (auto dash = FindDatelineDash(s, s.size())) {
      std::string_view after = s.substr(dash->second);
      Line rest;
      rest.span = Trim(s, Span{uint32_t(dash->second), uint32_t(s.size())});
      if (rest.span.empty() || (after.size() <= 40 && !EndsSentence(rest.span.in(s)))) {
        if (auto d = ParseDatelinePrefix(s.substr(0, dash->first), true)) {
          layout.dateline = d->place;
          if (layout.wire.empty()) layout.wire = d->wire;
        }
      }
    }
  }
  {
    std::string_view s = lines[first].span.in(text);
    if (auto dash = FindDatelineDash(s, 80)) {
      std::string_view after = s.substr(dash->second);
      Span rest = Trim(after, Span{0, uint32_t(after.size())});
      if (!rest.empty()) {
        unsigned char c = after[rest.start];
        bool starts_sentence = std::isupper(c) || c == '"' || c == 0xE2;
        if (auto d = ParseDatelinePrefix(s.substr(0, dash->first), false);
            d && starts_sentence) {
          if (layout.dateline.empty()) layout.dateline = d->place;
          if (layout.wire.empty()) layout.wire = d->wire;
          body_start = lines[first].span.start + uint32_t(dash->second) + rest.start;
        }
      }
    }
  }

  for (std::size_t i = first; i <= last; ++i) {
    const Line& line = lines[i];
    if (is_out(i)) continue;
    Span span = line.span;
    if (i == first && body_start) span.start = *body_start;
    if (i == last) {
      if (auto credit = TrailingWire(text, span)) {
        if (layout.wire.empty()) layout.wire = credit->first;
        span = Trim(text, Span{span.start, credit->second});
      }
      // "… higher earnings. Reuter": the signature is no part of the body.
      if (const std::size_t at = SignatureStart(span.in(text)); at != std::string_view::npos)
        span = Trim(text, Span{span.start, span.start + uint32_t(at)});
    }
    if (!span.empty()) layout.paragraphs.push_back(span);
  }
  return layout;
}

namespace {

// "Inc", "Corp.", "Ltd,": a company's designator (list corporate_designator),
// a trailing period or comma aside.
bool IsDesignatorWord(std::string_view word) {
  while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
  return !word.empty() && WordLists::Default().Contains("corporate_designator", Lower(word));
}

// One physical line of UnwrapLines: [start, end) without its '\n' (a '\r'
// before it excluded too).
struct RawLine {
  uint32_t start = 0, end = 0;
  int indent = 0;      // leading spaces and tabs
  int chars = 0;       // characters up to the last non-space one
  bool blank = true;
  bool lower = false;  // holds an ASCII lower-case letter
  bool opens_lower = false;  // its first non-space character is one
  bool opens_digit = false;  // its first non-space character is a digit
  char last = 0;             // its last non-space character
};

}  // namespace

std::string UnwrapLines(std::string_view text) {
  std::vector<RawLine> lines;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    RawLine line{uint32_t(pos), uint32_t(end)};
    if (line.end > line.start && text[line.end - 1] == '\r') --line.end;
    int chars = 0;
    bool leading = true;
    for (uint32_t i = line.start; i < line.end; ++i) {
      const unsigned char c = text[i];
      if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte
      ++chars;
      if (c == ' ' || c == '\t') {
        line.indent += leading;
        continue;
      }
      if (leading) {
        line.opens_lower = c >= 'a' && c <= 'z';
        line.opens_digit = c >= '0' && c <= '9';
      }
      leading = false;
      line.blank = false;
      line.last = static_cast<char>(c);
      line.chars = chars;
      line.lower = line.lower || (c >= 'a' && c <= 'z');
    }
    lines.push_back(line);
    if (end == text.size()) break;
    pos = end + 1;
  }
  std::vector<int> widths;
  for (const RawLine& l : lines) {
    if (!l.blank) widths.push_back(l.chars);
  }
  if (widths.size() < 4) return {};
  std::sort(widths.begin(), widths.end());
  const int width = widths[widths.size() >= 10 ? widths.size() * 9 / 10 : widths.size() - 1];
  if (width > kMaxWrapWidth) return {};
  // Breaks between non-blank lines, and those after a full line inside a
  // sentence (a headline or byline is short).
  int breaks = 0, inside = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank || lines[i + 1].blank) continue;
    ++breaks;
    inside += lines[i].chars >= width - kWrapSlack &&
              !EndsSentence(Trim(text, Span{lines[i].start, lines[i].end}).in(text));
  }
  if (inside < 2 || inside * 2 < breaks) return {};
  // A short line whose sentence goes on in lower case wraps too: the first
  // line of a paragraph whose dateline was cut ("Security Pacific Corp said
  // it" / "completed its planned merger").
  // So does one whose company name ends on the next line's designator
  // ("Medco Containment Services" / "Inc said its board declared").
  auto sentence_goes_on = [&](const RawLine& a, const RawLine& b) {
    const unsigned char end = a.last;
    const std::string_view line = Trim(text, Span{a.start, a.end}).in(text);
    if (EndsSentence(line)) return false;
    // A company's name in wire markup goes on to its closing bracket
    // ("<SDC Sydney" / "Development Corp>, earlier reporting …"), and one
    // closed at the end of the line is a word ("<International Thomson
    // Organisation Ltd>" / "said it will report …").
    const std::string_view next_line = text.substr(b.start, b.end - b.start);
    const std::size_t open = line.find_last_of("<>"), close = next_line.find_first_of("<>");
    if (open != std::string_view::npos && line[open] == '<' && close != std::string_view::npos &&
        next_line[close] == '>')
      return true;
    if (b.opens_lower) return std::islower(end) || std::isdigit(end) || end == ',' || end == '>';
    // ("Roughly half of this year's expected" / "130,000 hectare Dutch sugar
    // beet crop is …": a figure goes on after a lower-case word.)
    if (b.opens_digit && std::islower(end)) return true;
    // A line that ends on an article, a preposition or a coordinator goes
    // on, whatever opens the next ("The U.S. National Association of" /
    // "Wheat Growers (NAWG) urged").
    const std::string last_word = Lower(line.substr(line.rfind(' ') + 1));
    const LexEntry* e = Lexicon::Default().Find(last_word);
    if (std::islower(end) && (WordLists::Default().Contains("coordinator", last_word) ||
                              (e != nullptr && (e->flags & (kLexPrep | kLexDeterminer)) &&
                               !(e->flags & kLexTime))))
      return true;
    const std::string_view next = next_line.substr(b.indent);
    return std::isalpha(end) && IsDesignatorWord(next.substr(0, next.find(' ')));
  };
  // A short first line of a paragraph (after a blank line that follows the
  // headline or an earlier paragraph) that ends inside its sentence on a
  // word or comma: its dateline was cut, and the name it ends on goes on
  // ("Sony Corp chairman Akio" / "Morita said", "British Chancellor of the
  // Exchequer" / "Nigel Lawson said").
  std::size_t first_text = 0;
  while (first_text < lines.size() && lines[first_text].blank) ++first_text;
  auto lede_goes_on = [&](std::size_t i) {
    const RawLine& a = lines[i];
    if (i <= first_text || !lines[i - 1].blank || !a.lower) return false;
    const unsigned char end = a.last;
    return (std::isalpha(end) || end == ',') &&
           !EndsSentence(Trim(text, Span{a.start, a.end}).in(text));
  };
  std::string out(text);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const RawLine &a = lines[i], &b = lines[i + 1];
    if (a.blank || b.blank || b.indent > a.indent || (!a.lower && b.lower) ||
        (a.chars < width - kWrapSlack && !sentence_goes_on(a, b) && !lede_goes_on(i))) {
      continue;
    }
    for (uint32_t k = a.end; k < b.start; ++k) out[k] = ' ';  // "\r\n" or "\n"
  }
  return out;
}

bool BlankWireMarkup(std::string* text) {
  bool changed = false;
  for (size_t open = text->find('<'); open != std::string::npos; open = text->find('<', open + 1)) {
    const size_t close = text->find_first_of("<>\n", open + 1);
    if (close == std::string::npos || (*text)[close] != '>' || close - open < 2 ||
        close - open > 81)
      continue;
    const std::string_view inner = std::string_view(*text).substr(open + 1, close - open - 1);
    const unsigned char first = inner.front();
    if (!std::isupper(first) && !std::isdigit(first)) continue;
    bool name = true, ticker = inner.size() <= 12;
    for (unsigned char c : inner) {
      name = name && (std::isalnum(c) || c >= 0x80 || std::strchr(" .,&'-()/", c) != nullptr);
      ticker = ticker && (std::isupper(c) || std::isdigit(c) || c == '.' || c == '-');
    }
    if (!name) continue;
    if (ticker) {
      std::fill(text->begin() + open, text->begin() + close + 1, ' ');
    } else {
      (*text)[open] = ' ';
      (*text)[close] = ' ';
    }
    changed = true;
    open = close;
  }
  // "(Groupe Videotron Ltd) said", "SHV (United Kingdom) Holding Co Ltd
  // said": parentheses around a company's name (its last word a corporate
  // designator) or inside one (a capitalised word before them, and one of
  // the four capitalised words after them a designator).
  // Reads up to `max_words` words of [from, to), stopping at one that is
  // not capitalised (nor "of", "and": then *all_capitalised is false) or,
  // with `stop_at_designator`, at a corporate designator; whether the last
  // word read is a designator.
  auto read = [&](size_t from, size_t to, int max_words, bool stop_at_designator,
                  bool* all_capitalised) {
    bool designator = false;
    *all_capitalised = true;
    for (int words = 0; words < max_words;) {
      while (from < to && (*text)[from] == ' ') ++from;
      size_t end = from;
      while (end < to && (*text)[end] != ' ' && (*text)[end] != '\n') ++end;
      if (end == from) break;
      std::string word = text->substr(from, end - from);
      while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.pop_back();
      if (word.empty() || !(std::isupper(static_cast<unsigned char>(word[0])) ||
                            word == "of" || word == "and")) {
        *all_capitalised = false;
        break;
      }
      designator = IsDesignatorWord(word);
      if (designator && stop_at_designator) break;
      ++words;
      from = end;
    }
    return designator;
  };
  for (size_t open = text->find('('); open != std::string::npos; open = text->find('(', open + 1)) {
    const size_t close = text->find_first_of("()\n", open + 1);
    if (close == std::string::npos || (*text)[close] != ')' || close - open < 2 ||
        close - open > 41 || !std::isupper(static_cast<unsigned char>((*text)[open + 1])))
      continue;
    bool inner_capitalised = false, after_capitalised = false;
    const bool around = read(open + 1, close, 8, false, &inner_capitalised) && inner_capitalised;
    bool inside = false;
    if (!around && inner_capitalised && open >= 2 && (*text)[open - 1] == ' ' &&
        std::isalpha(static_cast<unsigned char>((*text)[open - 2]))) {
      size_t word = open - 1;
      while (word > 0 && (*text)[word - 1] != ' ' && (*text)[word - 1] != '\n') --word;
      const size_t line_end = std::min(text->find('\n', close), text->size());
      inside = std::isupper(static_cast<unsigned char>((*text)[word])) &&
               read(close + 1, line_end, 4, true, &after_capitalised);
    }
    if (!around && !inside) continue;
    (*text)[open] = ' ';
    (*text)[close] = ' ';
    changed = true;
    open = close;
  }
  return changed;
}

std::string BodyText(std::string_view text, const Layout& layout) {
  std::string out;
  for (const Span& p : layout.paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += p.in(text);
  }
  return out;
}

}  // namespace claimgraph::ingest
