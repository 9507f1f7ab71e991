#include "text/claim_words.h"

#include "text/text_scan.h"

namespace claimgraph::ingest {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsClaimPunct(char c) { return std::string_view(",;:.?!").find(c) != std::string_view::npos; }

// UTF-8 quotes, dashes and guillemets at s[i] (not words): their byte
// length, or 0.
int Separator(std::string_view s, std::size_t i) {
  auto u = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (u(i) == 0xE2 && i + 2 < s.size() && u(i + 1) == 0x80) {
    unsigned char c = u(i + 2);
    if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94 || c == 0xA6)
      return 3;
  }
  if (u(i) == 0xC2 && i + 1 < s.size() && (u(i + 1) == 0xAB || u(i + 1) == 0xBB)) return 2;
  return 0;
}

bool WordByte(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  return IsAsciiAlnum(c) || (c >= 0x80 && Separator(s, i) == 0);
}

int ApostropheLength(std::string_view s, std::size_t i) {
  if (s[i] == '\'') return 1;
  if (s.substr(i, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

ClaimWord Punct(std::string_view text, std::size_t i) {
  ClaimWord w;
  w.lower.assign(1, text[i]);
  w.stem = w.lower;
  w.start = static_cast<uint32_t>(i);
  w.end = static_cast<uint32_t>(i + 1);
  w.punct = true;
  return w;
}

// The end of the word starting at `start`, within [start, end): word bytes,
// and apostrophes, hyphens, periods and commas followed by an ASCII letter
// or digit ("1,035" between digits only; "U.S." and "1.5" after a capital
// or a digit only).
std::size_t WordEnd(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t i = start;
  while (i < end) {
    if (WordByte(text, i)) {
      ++i;
      continue;
    }
    int len = ApostropheLength(text, i);
    if (len == 0 && !(text[i] == '-' || ((text[i] == '.' || text[i] == ',') && i > start))) break;
    if (len == 0) len = 1;
    if (i + len >= end || !WordByte(text, i + len) ||
        static_cast<unsigned char>(text[i + len]) >= 0x80)
      break;
    const unsigned char before = text[i - 1], after = text[i + len];
    if (text[i] == ',' && !(IsAsciiDigit(before) && IsAsciiDigit(after))) break;
    if (text[i] == '.' && !(IsAsciiDigit(before) || (IsAsciiUpper(before) && IsAsciiUpper(after))))
      break;
    i += len;
  }
  return i;
}

// Appends the word text[start, end) (lower-cased, suffixes split off) to `out`.
void AddWord(std::string_view text, std::size_t start, std::size_t end, Stemmer& stemmer,
             std::vector<ClaimWord>* out) {
  std::string_view raw = text.substr(start, end - start);
  std::string lower(raw);
  for (char& c : lower)
    if (IsAsciiUpper(c)) c += 'a' - 'A';
  // Possessive and negative suffixes with either apostrophe.
  struct Suffixes {
    std::string_view s_suffix, nt_suffix;
  };
  for (auto [s_suffix, nt_suffix] :
       {Suffixes{"'s", "n't"}, Suffixes{"\xE2\x80\x99s", "n\xE2\x80\x99t"}}) {
    if (lower.size() > s_suffix.size() && lower.ends_with(s_suffix)) {
      lower.resize(lower.size() - s_suffix.size());
      raw = raw.substr(0, raw.size() - s_suffix.size());
    } else if (lower.size() > nt_suffix.size() && lower.ends_with(nt_suffix)) {
      const std::size_t base = lower.size() - nt_suffix.size();
      ClaimWord& head = out->emplace_back();
      head.lower = lower.substr(0, base);
      if (head.lower == "ca") head.lower = "can";
      if (head.lower == "wo") head.lower = "will";
      head.stem = stemmer.Stem(head.lower);
      head.start = static_cast<uint32_t>(start);
      head.end = static_cast<uint32_t>(start + base);
      ClaimWord& neg = out->emplace_back();
      neg.lower = neg.stem = "n't";
      neg.start = static_cast<uint32_t>(start + base);
      neg.end = static_cast<uint32_t>(end);
      return;
    }
  }
  ClaimWord& w = out->emplace_back();
  w.stem = stemmer.Stem(lower);
  w.lower = std::move(lower);
  w.start = static_cast<uint32_t>(start);
  w.end = static_cast<uint32_t>(start + raw.size());
  w.capitalised = IsAsciiUpper(raw[0]);
  w.all_upper = true;
  for (char c : raw)
    if (c >= 'a' && c <= 'z') w.all_upper = false;
}

}  // namespace

std::vector<ClaimWord> ClaimWords(std::string_view text, Stemmer& stemmer) {
  thread_local std::vector<Token> tokens;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens);
  std::vector<ClaimWord> out;
  std::size_t pos = 0;  // bytes before it are taken
  for (const Token& t : tokens) {
    std::size_t i = std::max<std::size_t>(t.start, pos);
    if (t.kind != TokenKind::kWord) {
      for (; i < t.end; ++i)
        if (IsClaimPunct(text[i])) out.push_back(Punct(text, i));
      continue;
    }
    while (i < t.end) {
      if (int sep = Separator(text, i); sep > 0) {
        i += sep;
      } else if (IsClaimPunct(text[i])) {
        out.push_back(Punct(text, i++));
      } else if (!WordByte(text, i)) {
        ++i;
      } else {
        const std::size_t start = i;
        i = WordEnd(text, start, t.end);
        // A final period of an abbreviation like "U.S." belongs to the word.
        if (i < text.size() && text[i] == '.' && i - start >= 3 && text[i - 2] == '.') ++i;
        AddWord(text, start, i, stemmer, &out);
      }
    }
    pos = i;
  }
  return out;
}

}  // namespace claimgraph::ingest
