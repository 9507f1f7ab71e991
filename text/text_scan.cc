#include "text/text_scan.h"

namespace claimgraph::ingest {
namespace {

// Code points the scanner cares about, decoded from 2- and 3-byte UTF-8.
enum Special : uint32_t {
  kLeftDouble = 0x201C,
  kRightDouble = 0x201D,
  kLowDouble = 0x201E,
  kLeftSingle = 0x2018,
  kRightSingle = 0x2019,
  kLowSingle = 0x201A,
  kLeftGuillemet = 0x00AB,
  kRightGuillemet = 0x00BB,
  kEmDash = 0x2014,
  kEnDash = 0x2013,
  kEllipsis = 0x2026,
  kNbsp = 0x00A0,
  kPrime = 0x2032,
};

// Decodes the code point at text[pos] (valid UTF-8 assumed) and its length.
inline uint32_t Decode(std::string_view text, uint32_t pos, uint32_t* len) {
  unsigned char c = text[pos];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if ((c >> 5) == 0x6 && pos + 1 < text.size()) {
    *len = 2;
    return ((c & 0x1F) << 6) | (text[pos + 1] & 0x3F);
  }
  if ((c >> 4) == 0xE && pos + 2 < text.size()) {
    *len = 3;
    return ((c & 0x0F) << 12) | ((text[pos + 1] & 0x3F) << 6) |
           (text[pos + 2] & 0x3F);
  }
  *len = (c >> 3) == 0x1E ? 4 : 1;
  if (pos + *len > text.size()) *len = 1;
  return 0x10000;  // some astral code point: treated as a letter
}

inline bool IsSpaceCp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == kNbsp ||
         cp == 0x2009 || cp == 0x200A || cp == 0x202F || cp == 0x2002 ||
         cp == 0x2003 || cp == 0x200B || cp == 0xFEFF;
}

inline bool IsPunctCp(uint32_t cp) {
  if (cp < 0x80) {
    return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
             (cp >= '0' && cp <= '9'));
  }
  return (cp >= 0x2010 && cp <= 0x205E) || cp == kLeftGuillemet ||
         cp == kRightGuillemet || cp == 0x00B7 || cp == 0x00A1 ||
         cp == 0x00BF || cp == kNbsp;
}

inline bool IsWordCp(uint32_t cp) { return !IsSpaceCp(cp) && !IsPunctCp(cp); }

inline bool IsAlnumAscii(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// ASCII letters and digits, for the fast path of the word loop.
struct AsciiClass {
  bool alnum[256] = {};
  constexpr AsciiClass() {
    for (int c = 'a'; c <= 'z'; ++c) alnum[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c) alnum[c] = true;
    for (int c = '0'; c <= '9'; ++c) alnum[c] = true;
  }
};
constexpr AsciiClass kAscii;

inline bool IsApostropheCp(uint32_t cp) { return cp == '\'' || cp == kRightSingle || cp == kPrime; }

// Code point at pos, or 0 past the end; sets *len.
inline uint32_t At(std::string_view text, uint32_t pos, uint32_t end, uint32_t* len) {
  if (pos >= end) {
    *len = 0;
    return 0;
  }
  return Decode(text, pos, len);
}

inline uint32_t Before(std::string_view text, uint32_t pos, uint32_t begin) {
  if (pos <= begin) return 0;
  uint32_t p = pos - 1;
  while (p > begin && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  uint32_t len;
  return Decode(text, p, &len);
}

// Reads the word starting at `pos` (its first code point `len` bytes long)
// into `tok`: letters/digits with internal apostrophes, hyphens, periods
// (U.S., 3.5), commas between digits, ampersands and slashes (CNN/ORC, 9/11); its case, possessive,
// lexicon entry, and a trailing period that does not end the sentence.
// Where the word whose first code point is text[pos, pos + len) ends: letters
// and digits, with an apostrophe, hyphen, ampersand or slash between them
// ("don't", "AT&T"), a period inside ("U.S.A", "3.5"), a comma or colon
// between digits ("1,000").
inline uint32_t WordEnd(std::string_view text, uint32_t pos, uint32_t len, uint32_t end) {
  uint32_t p = pos + len;
  while (p < end) {
    if (kAscii.alnum[static_cast<unsigned char>(text[p])]) {
      ++p;
      continue;
    }
    uint32_t l;
    uint32_t c = Decode(text, p, &l);
    if (IsWordCp(c)) {
      p += l;
      continue;
    }
    uint32_t l2;
    uint32_t next = At(text, p + l, end, &l2);
    if ((IsApostropheCp(c) || c == '-' || c == '&' || c == '/' || c == 0x2011) &&
        next != 0 && IsWordCp(next)) {
      p += l;
      continue;
    }
    if (c == '.' && next != 0 && IsWordCp(next) &&
        (p + l >= end || text[p + l] != ' ')) {
      p += l;  // U.S.A, 3.5, e.g
      continue;
    }
    if ((c == ',' || c == ':') && p > pos && text[p - 1] >= '0' && text[p - 1] <= '9' &&
        next >= '0' && next <= '9') {
      p += l;
      continue;
    }
    break;
  }
  return p;
}

// text[from, to) in ASCII lower case, written to `out` (room for to - from).
inline std::string_view LowerInto(std::string_view text, uint32_t from, uint32_t to, char* out) {
  for (uint32_t i = from; i < to; ++i) {
    const char c = text[i];
    out[i - from] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  }
  return std::string_view(out, to - from);
}

// Whether the period at `period` ends the sentence although the word before
// it (`word_lower`, in lower case) takes an abbreviation's period: the word is
// a company's designator (the list corporate_designator) and a space and a
// capitalised word follow that the lexicon knows as no title, organisation
// word or abbreviation.
inline bool DesignatorEndsSentence(std::string_view text, std::string_view word_lower,
                                   uint32_t period, uint32_t end, const Lexicon& lexicon) {
  if (!WordLists::Default().Contains("corporate_designator", word_lower)) return false;
  const uint32_t next = period + 2;
  if (next >= end || text[period + 1] != ' ' || !StartsUpper(text, next)) return false;
  uint32_t stop = next;
  while (stop < end && kAscii.alnum[static_cast<unsigned char>(text[stop])]) ++stop;
  char next_lower[24];
  if (stop == next || stop - next >= sizeof next_lower) return stop > next;
  const LexEntry* e = lexicon.Find(LowerInto(text, next, stop, next_lower));
  return e == nullptr || !(e->flags & (kLexTitle | kLexOrgWord | kLexAbbrev));
}

inline void ScanWord(std::string_view text, uint32_t pos, uint32_t len, uint32_t end,
                     const Lexicon* lexicon, Token& tok) {
  char lower[40];
  uint32_t p = WordEnd(text, pos, len, end);
  // "Procter & Gamble", "Standard & Poor's", "Social Science & Medicine": a
  // capitalised word, a spaced ampersand and a capitalised word are one word
  // of one name. `last` is where its last part starts.
  uint32_t last = pos;
  if (StartsUpper(text, pos)) {
    while (p + 3 < end && text[p] == ' ' && text[p + 1] == '&' && text[p + 2] == ' ' &&
           StartsUpper(text, p + 3)) {
      uint32_t l;
      Decode(text, p + 3, &l);
      last = p + 3;
      p = WordEnd(text, p + 3, l, end);
    }
  }
  tok.end = p;
  tok.kind = TokenKind::kWord;
  tok.capitalized = StartsUpper(text, pos);
  // Possessive: 's / ’s at the end, or s' / s’ followed by a non-letter.
  uint32_t wlen = p - pos;
  if (wlen > 2 && text[p - 1] == 's' &&
      (text[p - 2] == '\'' ||
       (wlen > 4 && text.substr(p - 4, 3) == "\xE2\x80\x99"))) {
    tok.possessive = true;
  }
  // Lexicon lookup on the ASCII-lowercased word (possessive kept).
  if (lexicon != nullptr && wlen < sizeof lower) {
    uint32_t hash = 2166136261u;
    for (uint32_t i = 0; i < wlen; ++i) {
      char c = text[pos + i];
      lower[i] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
      hash = (hash ^ static_cast<unsigned char>(lower[i])) * 16777619u;
    }
    tok.entry = lexicon->Find(std::string_view(lower, wlen), hash);
    if (tok.entry != nullptr) tok.lex = tok.entry->flags;
    if (tok.entry == nullptr && tok.possessive) {
      uint32_t cut = text[p - 2] == '\'' ? 2 : 4;
      tok.entry = lexicon->Find(std::string_view(lower, wlen - cut));
      // "WHO's", "it's": a possessive noun keeps only its noun classes.
      if (tok.entry != nullptr) {
        tok.lex = tok.entry->flags & (kLexOrgWord | kLexRoleNoun | kLexDocNoun | kLexTitle |
                                      kLexPlace | kLexFemale | kLexMale | kLexPlural);
        tok.entry = nullptr;
      }
    } else if (tok.entry != nullptr) {
      tok.lex = tok.entry->flags;
    }
  }
  // A trailing period after an abbreviation or an initial does not end
  // the sentence: keep it in the word.
  if (p < end && text[p] == '.') {
    bool initial = p - last == 1 && StartsUpper(text, last);
    // "U.S.", "a.m.", "Ph.D.": dotted, its last part a letter or two
    // (a capital first); "CNN.com." and "3.5." end the sentence.
    uint32_t last_dot = p;
    for (uint32_t i = last; i < p; ++i) {
      if (text[i] == '.') last_dot = i;
    }
    uint32_t tail = p - last_dot - 1;
    bool dotted = last_dot != p &&
                  ((tail == 1 && !(text[p - 1] >= '0' && text[p - 1] <= '9')) ||
                   (tail == 2 && text[last_dot + 1] >= 'A' && text[last_dot + 1] <= 'Z'));
    // "Sen. Rand Paul (R-Ky.) said", "Bernie Sanders (Vt.)": a party and
    // state label, the whole parenthesis one abbreviated word.
    // Also between commas: "Sen. Lindsey Graham, R-S.C., said", "Rep. Adam
    // Schiff, D-Calif., said".
    const bool party = p - pos <= 10 && IsPartyStateLabel(text.substr(pos, p - pos));
    bool label = (pos > 0 && text[pos - 1] == '(' && p + 1 < end && text[p + 1] == ')' &&
                  tok.capitalized && p - pos <= 10) ||
                 (party && pos > 1 && text[pos - 2] == ',' && text[pos - 1] == ' ' &&
                  p + 1 < end && text[p + 1] == ',');
    // The last part in lower case is lower[0, p - last): the lookup above
    // wrote the whole word there; a joined name's last part is written now
    // ("Dow Jones & Co.": the last part's abbreviation).
    bool abbreviation = (tok.lex & kLexAbbrev) != 0;
    const bool lowered = lexicon != nullptr && p - last < sizeof lower;
    if (lowered && last > pos) {
      const LexEntry* e = lexicon->Find(LowerInto(text, last, p, lower));
      abbreviation = e != nullptr && (e->flags & kLexAbbrev);
    }
    // "… an analyst with Shearson Lehman Brothers Inc. Smith said": a
    // company's designator ends the sentence when a capitalised word that is
    // no title, organisation word or abbreviation follows ("Texas Air Corp.
    // Chairman Frank Lorenzo", "Dow Jones & Co. Inc." go on).
    if (abbreviation && lowered &&
        DesignatorEndsSentence(text, std::string_view(lower, p - last), p, end, *lexicon))
      abbreviation = false;
    if (initial || dotted || label || abbreviation) {
      tok.end = p + 1;
      tok.abbreviation = true;
    }
  }
}

// Classifies the mark `cp` at `pos` (`len` bytes) into `tok`: a quotation
// mark with its family and direction (from the spacing around it), a dash,
// an ellipsis ("..." is one token), or other punctuation.
inline void ScanMark(std::string_view text, uint32_t pos, uint32_t len, uint32_t cp,
                     uint32_t begin, uint32_t end, Token& tok) {
  tok.end = pos + len;
  uint32_t prev = Before(text, pos, begin);
  uint32_t nlen;
  uint32_t next = At(text, pos + len, end, &nlen);
  bool space_before = prev == 0 || IsSpaceCp(prev) || prev == '(' ||
                      prev == '[' || prev == kEmDash || prev == kEnDash ||
                      prev == '-' || prev == '/';
  bool space_after = next == 0 || IsSpaceCp(next) || (IsPunctCp(next) && next != '(' && next != '[');
  auto quote = [&](QuoteFamily family, QuoteDir dir) {
    tok.kind = TokenKind::kQuote;
    tok.family = family;
    tok.dir = dir;
  };
  switch (cp) {
    case kLeftDouble:
    case kLowDouble:
      quote(QuoteFamily::kDouble, QuoteDir::kOpen);
      break;
    case kRightDouble:
      quote(QuoteFamily::kDouble, space_before && !space_after ? QuoteDir::kOpen
                                                               : QuoteDir::kClose);
      break;
    case '"':
      quote(QuoteFamily::kDouble,
            space_before && !space_after   ? QuoteDir::kOpen
            : !space_before && space_after ? QuoteDir::kClose
                                           : QuoteDir::kEither);
      break;
    case kLeftSingle:
    case kLowSingle:
      quote(QuoteFamily::kSingle, QuoteDir::kOpen);
      break;
    case kRightSingle:
    case '\'':
      if (space_before && !space_after) {
        quote(QuoteFamily::kSingle, QuoteDir::kOpen);
      } else if (!space_before) {
        quote(QuoteFamily::kSingle, QuoteDir::kClose);
      } else {
        quote(QuoteFamily::kSingle, QuoteDir::kEither);
      }
      break;
    case kLeftGuillemet:
      quote(QuoteFamily::kGuillemet, QuoteDir::kOpen);
      break;
    case kRightGuillemet:
      quote(QuoteFamily::kGuillemet, QuoteDir::kClose);
      break;
    case kEmDash:
    case kEnDash:
      tok.kind = TokenKind::kPunct;
      tok.punct = '-';
      break;
    case kEllipsis:
      tok.kind = TokenKind::kPunct;
      tok.punct = '~';
      break;
    default:
      tok.kind = TokenKind::kPunct;
      tok.punct = cp < 0x80 ? static_cast<char>(cp) : '*';
      break;
  }
  // "..." is one token: an ellipsis, not three full stops.
  if (tok.kind == TokenKind::kPunct && tok.punct == '.' && pos + 2 < end &&
      text[pos + 1] == '.' && text[pos + 2] == '.') {
    tok.end = pos + 3;
    tok.punct = '~';
  }
}

}  // namespace

bool IsPartyStateLabel(std::string_view word) {
  return word.size() >= 3 && (word[0] == 'R' || word[0] == 'D' || word[0] == 'I') &&
         word[1] == '-' && word[2] >= 'A' && word[2] <= 'Z';
}

bool StartsUpper(std::string_view text, uint32_t pos) {
  if (pos >= text.size()) return false;
  unsigned char c = text[pos];
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  uint32_t len;
  uint32_t cp = Decode(text, pos, &len);
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x100 && cp <= 0x17F) {  // Latin Extended-A: pairs, parity flips twice
    bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    return odd_upper ? (cp & 1) == 1 : (cp & 1) == 0;
  }
  if (cp >= 0x391 && cp <= 0x3A9) return true;            // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;            // Cyrillic
  return false;
}

namespace {

// "Theresa May", "Brian May": a capitalised month after a given name (the
// lexicon's or data/given_names.txt's) is a surname, not a date or a modal
// verb, unless a number follows it ("met Kerry May 3"). The month loses its
// lexicon entry.
void MonthAsSurname(std::string_view text, uint32_t end, const Token& prev, Token& tok) {
  if (prev.kind != TokenKind::kWord || !prev.capitalized || prev.possessive ||
      prev.abbreviation || prev.end + 1 != tok.start)
    return;
  char lower[40];
  if (tok.end - tok.start >= sizeof lower || prev.end - prev.start >= sizeof lower) return;
  const WordLists& lists = WordLists::Default();
  if (!lists.Contains("month", LowerInto(text, tok.start, tok.end, lower))) return;
  uint32_t next = tok.end;
  while (next < end && text[next] == ' ') ++next;
  if (next < end && text[next] >= '0' && text[next] <= '9') return;
  const std::string_view given = LowerInto(text, prev.start, prev.end, lower);
  if (!(prev.lex & (kLexMale | kLexFemale)) && !lists.Contains("given_female", given) &&
      !lists.Contains("given_male", given))
    return;
  if (prev.lex & ~(kLexMale | kLexFemale)) return;  // a word of another class ("He May")
  tok.lex = 0;
  tok.entry = nullptr;
}

// Tokenize, with the lexicon lookup when `lexicon` is not null.
void Scan(std::string_view text, uint32_t begin, uint32_t end, const Lexicon* lexicon,
          std::vector<Token>* out) {
  out->clear();
  uint32_t pos = begin;
  while (pos < end) {
    if (text[pos] == ' ' || text[pos] == '\n') {
      ++pos;
      continue;
    }
    uint32_t len;
    uint32_t cp = Decode(text, pos, &len);
    if (IsSpaceCp(cp)) {
      pos += len;
      continue;
    }
    // Built in place: copying a Token in from the stack stalls on store
    // forwarding (small field stores read back as wide moves).
    Token& tok = out->emplace_back();
    tok.start = pos;
    if (IsWordCp(cp) || ((cp == kRightSingle || cp == '\'') && pos + len < end &&
                         text[pos + len] >= '0' && text[pos + len] <= '9' &&
                         Before(text, pos, begin) != 0 &&
                         IsSpaceCp(Before(text, pos, begin)))) {
      ScanWord(text, pos, len, end, lexicon, tok);
      if (lexicon != nullptr && (tok.lex & kLexTime) && tok.capitalized && out->size() >= 2)
        MonthAsSurname(text, end, (*out)[out->size() - 2], tok);
    } else if ((cp == '\'' || cp == '`') && pos + 1 < end && text[pos + 1] == text[pos]) {
      // '' and ``: the double quotation marks of typewritten and TeX-style
      // text (the New York Times archive writes ''…'' for “…”): one mark,
      // read as " and “.
      ScanMark(text, pos, 2, cp == '`' ? uint32_t{kLeftDouble} : uint32_t{'"'}, begin, end, tok);
    } else {
      ScanMark(text, pos, len, cp, begin, end, tok);
    }
    pos = tok.end;
  }
}

}  // namespace

void Tokenize(std::string_view text, uint32_t begin, uint32_t end, const Lexicon& lexicon,
              std::vector<Token>* out) {
  Scan(text, begin, end, &lexicon, out);
}

void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* out) {
  Scan(text, begin, end, nullptr, out);
}

}  // namespace claimgraph::ingest
