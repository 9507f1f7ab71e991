#include "text/name_words.h"

#include <algorithm>

#include "text/char_class.h"
#include "text/text_fold.h"
#include "text/text_scan.h"
#include "unicode/utf8.h"

namespace claimgraph::ingest {
namespace {

static_assert(chars::kAlpha == 1 && chars::kUpper == 4, "ScanWord counts with these bits");

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

bool EndsSentence(UChar32 c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == ';';
}

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

// One name word being read: the text, the end of its word token, and the
// key bytes written so far (`n` of out->keys).
struct WordScan {
  const uint8_t* s;
  std::string_view text;
  int32_t token_end;  // the word may not go past the end of its token
  int32_t end;        // lookahead (possessive, final period) may, up to here
  std::string* keys;
  std::size_t n;
};

// Copies the run of ASCII letters and digits at j to the key, lower-cased,
// eight bytes at a time while the token lasts; returns the end of the run.
int32_t CopyAsciiRun(WordScan& w, int32_t j, int* letters, int* upper) {
  EnsureRoom(w.keys, w.n, w.token_end - j);
  char* out = w.keys->data() + w.n;
  while (j + 8 <= w.token_end) {
    const chars::AsciiRun8 run = chars::ScanAsciiRun8(w.s + j);
    const uint64_t lower = chars::LowerAscii8(w.s + j, run.upper);
    std::memcpy(out, &lower, sizeof lower);  // bytes past the run: scratch
    *letters += chars::CountMarked(run.alpha);
    *upper += chars::CountMarked(run.upper);
    out += run.length;
    j += run.length;
    if (run.length < 8) break;
  }
  while (j < w.token_end && w.s[j] < 0x80 && chars::Has(w.s[j], chars::kAlpha | chars::kDigit)) {
    const uint8_t bits = chars::kAsciiTable.bits[w.s[j]];
    *letters += bits & chars::kAlpha;
    *upper += (bits & chars::kUpper) >> 2;
    *out++ = static_cast<char>(w.s[j] | ((bits & chars::kUpper) << 3));  // 'A' | 0x20 == 'a'
    ++j;
  }
  w.n = out - w.keys->data();
  return j;
}

// Reads the name word starting at `at` (its first code point `c`, a letter
// or digit) into `t`: letters, digits and non-spacing marks, inner
// apostrophes and periods before a letter; a possessive "'s" ends it. Returns
// the end of what it took (a final "'s" and the period of "U.S." included).
int32_t ScanWord(WordScan& w, int32_t at, UChar32 c, NameWord* t) {
  bool ascii = true, has_inner_period = false;
  int letters = 0, upper = 0;
  int32_t j = at;
  while (j < w.token_end) {
    if (w.s[j] < 0x80 && chars::Has(w.s[j], chars::kAlpha | chars::kDigit)) {
      j = CopyAsciiRun(w, j, &letters, &upper);
      continue;
    }
    int32_t k = j;
    UChar32 d;
    U8_NEXT(w.s, k, w.end, d);
    if (d >= 0 && (chars::IsAlnum(d) || chars::IsNonSpacingMark(d))) {
      if (chars::IsAlpha(d)) {
        ++letters;
        if (chars::IsUpper(d)) ++upper;
      }
      EnsureRoom(w.keys, w.n, k - j);
      for (int32_t q = j; q < k; ++q) (*w.keys)[w.n++] = w.text[q];
      ascii = false;
      j = k;
      continue;
    }
    if (d == '.' || IsApostrophe(d)) {
      int32_t m = k;
      UChar32 e = -1;
      if (m < w.end) U8_NEXT(w.s, m, w.end, e);
      if (e >= 0 && chars::IsAlpha(e)) {
        if (IsApostrophe(d) && (e == 's' || e == 'S')) {
          int32_t q = m;
          UChar32 f = -1;
          if (q < w.end) U8_NEXT(w.s, q, w.end, f);
          if (f < 0 || !chars::IsAlnum(f)) {  // the "s" ends the word
            t->possessive = true;
            t->end = j;
            j = m;
            break;
          }
        }
        if (d == '.') has_inner_period = true;
        // n't, 'm, 'll, 're, 've, 'd ("O'Regan" and "D'Alema" are names).
        if (IsApostrophe(d) &&
            (e == 't' || e == 'm' || e == 'l' || e == 'r' || e == 'v' || e == 'd')) {
          t->contraction = true;
        }
        j = k;  // keep scanning; the mark itself is not part of the key
        continue;
      }
      if (d == '.' && has_inner_period) j = k;  // "U.S." keeps its final period
    }
    break;
  }
  if (!t->possessive) t->end = j;
  if (!ascii) {
    std::string folded =
        FoldWord(std::string_view(*w.keys).substr(t->key_offset, w.n - t->key_offset));
    w.n = t->key_offset;
    EnsureRoom(w.keys, w.n, folded.size());
    folded.copy(w.keys->data() + w.n, folded.size());
    w.n += folded.size();
    t->key_has_space = folded.find(' ') != std::string::npos;
  }
  t->key_hash = NameKeyHash(w.keys->data() + t->key_offset, w.n - t->key_offset, /*padded=*/true);
  t->capitalised = upper > 0 && (chars::IsUpper(c) || chars::IsTitle(c));
  t->all_caps = letters >= 2 && upper == letters;
  return j;
}

// What follows a word up to the next letter or digit, from `from`: sets
// t->gap_after and *sentence_start (for the next word); returns where the
// next word may start.
int32_t ScanGap(const WordScan& w, int32_t from, NameWord* t, bool* sentence_start) {
  int32_t g = from;
  int hyphens = 0;
  bool other = t->possessive;
  while (g < w.end) {
    int32_t k = g;
    UChar32 d = NextChar(w.s, k, w.end);
    if (d >= 0 && chars::IsAlnum(d)) break;
    if (d == '-' || d == 0x2010 || d == 0x2011) {
      ++hyphens;
    } else if (!(d == ' ' || d == 0xA0 || d == '\t')) {
      other = true;
      if (EndsSentence(d)) *sentence_start = true;
    }
    g = k;
  }
  t->gap_after = other || hyphens > 1 ? Gap::kBreak
                 : hyphens == 1       ? Gap::kHyphen
                                      : Gap::kSpace;
  return g;
}

}  // namespace

void SplitNameWords(std::string_view text, uint32_t begin, uint32_t end, NameWords* out) {
  std::vector<NameWord>& words = out->list;
  words.clear();
  const uint32_t limit = std::min<uint32_t>(end, static_cast<uint32_t>(text.size()));
  // The one tokenizer's word tokens bound the name words: none spans two.
  thread_local std::vector<Token> tokens;
  Tokenize(text, begin, limit, &tokens);
  // About one word per six bytes of English prose. Keys take at most the
  // bytes of their words (unless folding expands them), plus 8 of scratch.
  words.reserve(limit > begin ? (limit - begin) / 6 + 1 : 0);
  out->keys.resize(limit > begin ? limit - begin + 8 : 0);
  WordScan w{reinterpret_cast<const uint8_t*>(text.data()), text, 0,
             static_cast<int32_t>(limit), &out->keys, 0};
  bool sentence_start = true;
  int32_t pos = static_cast<int32_t>(begin);  // text before it is read
  for (const Token& token : tokens) {
    if (token.kind != TokenKind::kWord) continue;
    w.token_end = static_cast<int32_t>(token.end);
    int32_t i = std::max(pos, static_cast<int32_t>(token.start));
    while (i < w.token_end) {
      const int32_t at = i;
      const UChar32 c = NextChar(w.s, i, w.end);
      if (c < 0) continue;
      if (!chars::IsAlnum(c)) {
        if (EndsSentence(c)) sentence_start = true;
        continue;
      }
      // Built in place: a word assembled on the stack and copied in costs
      // store-forwarding stalls (small field stores read back as 16 bytes).
      NameWord& t = words.emplace_back();
      t.start = at;
      t.key_offset = static_cast<uint32_t>(w.n);
      const int32_t j = ScanWord(w, at, c, &t);
      t.sentence_start = sentence_start;
      sentence_start = false;
      i = ScanGap(w, j, &t, &sentence_start);
    }
    pos = std::max(pos, i);
  }
  if (!words.empty()) words.back().gap_after = Gap::kBreak;
  // `keys` no longer grows: the views can point into it.
  out->keys.resize(w.n);
  uint32_t next = static_cast<uint32_t>(w.n);
  for (std::size_t q = words.size(); q-- > 0;) {
    words[q].key =
        std::string_view(out->keys).substr(words[q].key_offset, next - words[q].key_offset);
    next = words[q].key_offset;
  }
}

}  // namespace claimgraph::ingest
