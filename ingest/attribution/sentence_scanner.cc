// SentenceScanner: subjects, noun phrases, complements and content ends.
#include "ingest/attribution/sentence_scanner.h"

#include <algorithm>

#include "ingest/entities/entities.h"

namespace claimgraph::ingest::internal {

bool SentenceScanner::IsIn(int i, std::string_view list) const {
  if (!IsWord(i)) return false;
  std::string lower(Word(i));
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c += 32;
  return WordLists::Default().Contains(list, lower);
}

bool SentenceScanner::AllCapsWord(int i) const {
  if (!IsWord(i)) return false;
  std::string_view w = Word(i);
  if (w.size() < 2) return false;
  for (char c : w)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

uint32_t SentenceScanner::Flags(int i) const {
  if (!IsWord(i)) return 0;
  constexpr uint32_t kFunction = kLexPronoun | kLexBoundary | kLexPrep | kLexDeterminer |
                                 kLexAux | kLexSkip;
  uint32_t f = t_[i].lex;
  if ((f & kFunction) && AllCapsWord(i)) f = (f & ~kFunction) | kLexOrgWord;
  // "Ian Read said", "said Will Doyle": a word capitalised inside a sentence
  // next to another capitalised word is part of a name, not the cue,
  // auxiliary or clause boundary it spells.
  constexpr uint32_t kSpelled = kLexCue | kLexAux | kLexBoundary | kLexSkip;
  if ((f & kSpelled) && !(f & (kLexPronoun | kLexDeterminer | kLexPrep | kLexTime)) &&
      t_[i].capitalized && !SentenceInitial(i)) {
    auto name_word = [&](int j) {
      return j >= 0 && j < static_cast<int>(t_.size()) && IsWord(j) && t_[j].capitalized &&
             !(t_[j].lex & (kLexPronoun | kLexDeterminer | kLexPrep | kLexBoundary | kLexAux));
    };
    if (name_word(i - 1) || name_word(i + 1)) f &= ~kSpelled;
  }
  return f;
}

bool SentenceScanner::SentenceInitial(int i) const {
  if (i == 0) return true;
  const Token& prev = t_[i - 1];
  if (prev.kind == TokenKind::kQuote) return prev.dir == QuoteDir::kOpen || i - 1 == 0 ||
                                             SentenceInitial(i - 1);
  return prev.kind == TokenKind::kPunct &&
         (prev.punct == '.' || prev.punct == '!' || prev.punct == '?' || prev.punct == ':' ||
          prev.punct == '-' || prev.punct == '*');
}

bool SentenceScanner::Cap(int i) const {
  if (!IsWord(i)) return false;
  if (t_[i].capitalized) return true;
  // Name particles written in lower case: "Abdel Fattah al-Sisi".
  std::string_view w = Word(i);
  return w.size() > 4 && (w.starts_with("al-") || w.starts_with("el-") || w.starts_with("bin-")) &&
         StartsUpper(text_, t_[i].start + 3);
}

int SentenceScanner::ChainHead(int i) const {
  if (i >= 3 && Is(i - 1, "to") && Is(i - 2, "on") &&
      IsIn(i - 3, "go_form"))
    return i - 3;
  if (i >= 2 && Is(i - 1, "by") && Has(i, kLexIng) &&
      IsIn(i - 2, "by_ing_verb"))
    return i - 2;
  return i;
}

bool SentenceScanner::IsCue(int i, int lo) const {
  const LexEntry* e = Entry(i);
  if (e == nullptr || !(e->flags & kLexCue) || InQuote(i)) return false;
  if (e->cue == CueClass::kAccordingTo) {
    if (i + 1 >= static_cast<int>(t_.size())) return false;
    if (Is(i, "per")) return Has(i + 1, kLexDeterminer) || Cap(i + 1);
    return Is(i + 1, "to");
  }
  if (Cap(i) && i > lo && !IsOpenQuote(i - 1)) return false;  // "Said" in a name
  // "an estimated mass", "his stated aim", "the alleged attacker"; not a
  // share ("One in five said").
  const bool share = i - 3 >= lo && Is(i - 2, "in") &&
                     (IsDigitWord(i - 1) || IsIn(i - 1, "share_count")) &&
                     (IsDigitWord(i - 3) || IsIn(i - 3, "share_count"));
  if (i > lo && IsWord(i - 1) && (Has(i - 1, kLexDeterminer) || t_[i - 1].possessive) &&
      !Has(i - 1, kLexPronoun) && !share)
    return false;
  // "states' procedures": a possessive plural, not a verb.
  if (i + 1 < static_cast<int>(t_.size()) && t_[i + 1].kind == TokenKind::kQuote &&
      t_[i + 1].start == t_[i].end && t_[i + 1].dir != QuoteDir::kOpen)
    return false;
  // "big states such as New York": a noun; "efforts added up to …": a
  // phrasal verb that reports nothing.
  if (i + 2 < static_cast<int>(t_.size()) &&
      ((Is(i + 1, "such") && Is(i + 2, "as")) || (e->lemma == "add" && Is(i + 1, "up"))))
    return false;
  if (e->flags & kLexBase) {
    // Base forms only after a plural subject or an auxiliary: "officials say".
    if (i == lo) return false;
    if (!(Has(i - 1, kLexPlural) || Has(i - 1, kLexAux) || Is(i - 1, "to") ||
          (IsWord(i - 1) && Word(i - 1).back() == 's' && !t_[i - 1].possessive) ||
          Is(i - 1, "they") || Is(i - 1, "we") || Is(i - 1, "i") || AfterJointName(i, lo) ||
          PluralHeadBefore(i, lo) || PluralRelativeSubject(i, lo) ||
          // "Bush and Christie, who say …": a plural antecedent.
          (Is(i - 1, "who") && i - 2 > lo && IsPunct(i - 2, ',')))) {
      return false;
    }
    // "to say", "to report"; but "went on to say" reports.
    if (Is(i - 1, "to")) return ChainHead(i) != i;
  }
  if (e->flags & kLexNounToo) {
    if (i == lo) return false;
    if (Has(i - 1, kLexDeterminer) || Has(i - 1, kLexPrep) || Is(i - 1, "that") ||
        t_[i - 1].possessive)
      return false;
    if (e->lemma == "call" && i + 1 < static_cast<int>(t_.size()) && Is(i + 1, "for")) return true;
    // "media reports range …": the next word must start a clause.
    if (i + 1 < static_cast<int>(t_.size()) && IsWord(i + 1) && !Cap(i + 1) &&
        !Has(i + 1, kLexDeterminer | kLexPronoun) && !Is(i + 1, "that") && !IsDigitWord(i + 1))
      return false;
    // "reports" / "claims" after a plain noun is usually the noun itself.
    if (i + 1 < static_cast<int>(t_.size()) && (Has(i + 1, kLexPrep) || IsFinal(i + 1) ||
                                                IsPunct(i + 1, ',')) &&
        !Is(i + 1, "that"))
      return false;
  }
  return true;
}

bool SentenceScanner::PluralHeadBefore(int i, int lo) const {
  if (i - 1 < lo || !IsWord(i - 1)) return false;
  const int a = NounPhraseBack(i, lo);
  if (a >= i - 1 || !ClauseStartsAt(a, lo)) return false;
  // The head ends where the first prepositional phrase starts ("Officials in
  // the city", "Sources close to her campaign", "One in five").
  int head = i - 1;
  for (int j = a + 1; j < i - 1; ++j) {
    if (Has(j, kLexPrep) || Is(j, "close")) {
      head = j - 1;
      break;
    }
  }
  if (head < a || !IsWord(head)) return false;
  // ("One in five", "three in 10": a number in a number.)
  const bool in_number = head + 2 < i && Is(head + 1, "in") &&
                         (IsDigitWord(head) || Has(head, kLexDeterminer)) &&
                         (IsDigitWord(head + 2) || Has(head + 2, kLexDeterminer));
  if (IsIn(head, "share_word") || in_number) return true;
  const std::string_view w = Word(head);
  return Has(head, kLexPlural) ||
         (w.size() > 3 && w.back() == 's' && !t_[head].possessive && !Cap(head) &&
          !Has(head, kLexAux | kLexPrep | kLexPronoun | kLexBoundary));
}

bool SentenceScanner::PluralRelativeSubject(int i, int lo) const {
  const SourceRange rel = RelativeSubject(i, lo);
  if (!rel.ok()) return false;
  const int head = rel.head_end - 1;
  const std::string_view w = Word(head);
  return Has(head, kLexPlural) || Is(head, "those") ||
         (w.size() > 3 && w.back() == 's' && !t_[head].possessive && (!Cap(head) || head == lo));
}

bool SentenceScanner::AfterJointName(int i, int lo) const {
  // "Forbes and Wealth-X say": two capitalised names joined by "and".
  int j = i - 1;
  int name = 0;
  while (j >= lo && j > i - 5 && Cap(j) && !Is(j, "and")) --j, ++name;
  if (name == 0 || j - 1 < lo || !Is(j, "and")) return false;
  return Cap(j - 1) && !Has(j - 1, kLexPronoun | kLexDeterminer);
}

int SentenceScanner::NounPhraseBack(int end, int lo) const {
  // A personal pronoun right before the cue is the whole subject.
  if (end - 1 >= lo && Has(end - 1, kLexPronoun) && !Is(end - 1, "who")) return end - 1;
  int i = end - 1;
  int count = 0;
  while (i >= lo) {
    const Token& tk = t_[i];
    if (InQuote(i)) break;
    if (tk.kind == TokenKind::kWord) {
      uint32_t f = Flags(i);
      if ((f & kLexCue) && !(f & kLexNounToo) && !(f & kLexTitle)) break;
      if ((f & kLexBoundary) && !(tk.capitalized && i > lo && !Has(i, kLexPronoun))) {
        bool join = (Is(i, "and") || Word(i) == "&") && i - 1 >= lo &&
                    (Cap(i - 1) || IsPunct(i - 1, ')')) && i + 1 < end &&
                    (Cap(i + 1) || Has(i + 1, kLexDeterminer));
        if (!join) break;
      }
      // "Responding to …", "witnessing …", "Having said that": a participle
      // clause; not a capitalized name that ends so and is no common word
      // ("Ebeling said", "Browning Ferris"), nor a noun before a role noun
      // ("shipping sources", "banking officials").
      if (Word(i).size() > 5 && Word(i).ends_with("ing") && tk.entry == nullptr &&
          (i == lo || !IsWord(i - 1) || Has(i - 1, kLexBoundary | kLexCue)) &&
          !(i + 1 < end && Has(i + 1, kLexRoleNoun) && Has(i + 1, kLexPlural)) &&
          !(tk.capitalized && !IsIn(i, "common_other") && !IsIn(i, "common_noun") &&
            ((i + 1 == end && !(end < static_cast<int>(t_.size()) && Has(end, kLexAux))) ||
             Cap(i + 1)))) {
        break;
      }
      if (Is(i, "to") && i + 1 < end && IsWord(i + 1) && !Cap(i + 1) &&
          !Has(i + 1, kLexDeterminer) && !IsDigitWord(i + 1))
        break;  // "to meet with …": an infinitive, not part of a subject
      if ((f & kLexPronoun) && i < end - 1) break;
      if ((f & kLexDeterminer) && !(f & kLexPronoun) && i - 1 >= lo && IsWord(i - 1) &&
          !Has(i - 1, kLexPrep | kLexDeterminer) && !Is(i - 1, "and") && !t_[i - 1].possessive) {
        --i;  // "told the press the officers": a new noun phrase starts here
        break;
      }
      if (!tk.capitalized && Word(i).size() > 4 && Word(i).ends_with("ed") && i - 1 >= lo &&
          ((Cap(i - 1) && !t_[i - 1].possessive) || Has(i - 1, kLexPronoun))) {
        // "the protesters Wikinews interviewed said": a reduced relative
        // clause right before the cue keeps its head noun.
        int n = Cap(i - 1) && i - 2 >= lo && Has(i - 2, kLexDeterminer) && !Has(i - 2, kLexPronoun)
                    ? i - 3
                    : i - 2;
        bool relative = i == end - 1 && n >= lo && IsWord(n) && !Cap(n) &&
                        (Has(n, kLexPlural | kLexRoleNoun) ||
                         (Word(n).ends_with("s") && !Has(n, kLexPrep | kLexAux | kLexPronoun)));
        if (!relative) break;  // "Wikinews interviewed": a verb, not a modifier
        i = n;
        continue;
      }
    } else if (!(tk.kind == TokenKind::kPunct && (tk.punct == '(' || tk.punct == ')')) &&
               !PluralPossessiveMark(i)) {
      break;
    }
    if (++count > 22) return end;
    --i;
  }
  int a = i + 1;
  // An NP does not start with a preposition, a parenthesis or a conjunction.
  while (a < end && (Has(a, kLexPrep) || IsPunct(a, ')') || Is(a, "and"))) ++a;
  if (a >= end) return end;
  // Its last token names something: not a determiner or preposition.
  if (!IsWord(end - 1) && !IsPunct(end - 1, ')')) return end;
  if (Has(end - 1, kLexDeterminer) && !Has(end - 1, kLexPronoun)) return end;
  if (Has(end - 1, kLexPrep)) return end;
  return a;
}

bool SentenceScanner::ClauseStartsAt(int a, int lo) const {
  if (a <= lo) return true;
  const Token& prev = t_[a - 1];
  if (prev.kind == TokenKind::kPunct)
    return prev.punct == ',' || prev.punct == ';' || prev.punct == ':' ||
           prev.punct == '(' || prev.punct == '-';
  if (prev.kind == TokenKind::kQuote) return true;
  return Has(a - 1, kLexBoundary) || Has(a - 1, kLexCue) || Has(a - 1, kLexSkip);
}

bool SentenceScanner::StateAfterCity(int comma, int end) const {
  if (comma < 2 || end <= comma + 1 || end - comma > 4 || !IsPunct(comma, ',') ||
      !IsWord(comma - 1) || !Cap(comma - 1))
    return false;
  for (int i = comma + 1; i < end; ++i)
    if (!IsWord(i) || !Cap(i)) return false;
  const auto place = EntityLinker::Default().Lookup(
      text_.substr(t_[comma + 1].start, t_[end - 1].end - t_[comma + 1].start));
  if (!place || place->type != "place") return false;
  int k = comma - 1;
  while (k > 0 && IsWord(k - 1) && Cap(k - 1)) --k;
  // ("Stacy Baker of Columbia, South Carolina": "of" too, the place known.)
  return k > 0 && (IsIn(k - 1, "locative_preposition") || Is(k - 1, "of"));
}

SourceRange SentenceScanner::RelativeSubject(int b, int lo) const {
  for (int w = b - 2; w > lo && w >= b - 14; --w) {
    if (!IsWord(w) || InQuote(w)) return {};
    // ("Democrats trying to win back the Senate say": a participle.)
    const bool participle =
        Participle(w) && !Has(w, kLexCue | kLexPrep | kLexBoundary);  // not "including"
    if (!Is(w, "who") && !Is(w, "whose") && !participle) continue;
    // The relative pronoun is the clause's subject ("who have worked"), or
    // "whose" leads it ("whose laws have been struck down"); not "the
    // people who he said were …".
    // (A participle takes any complement: "living in Ohio", "trying to".)
    const int v = w + 1;
    if (!participle && (!IsWord(v) || Cap(v) || Has(v, kLexPronoun | kLexDeterminer | kLexPrep)))
      return {};
    // The clause has its own verb and more: "who only specified" is the
    // cue's own relative clause; the cue has no subject pronoun of its own
    // ("colleagues looking over my shoulder as I write").
    if (b - v < 2 || IsAdverb(b - 1)) return {};
    if (Has(b - 1, kLexPronoun) && !IsIn(b - 1, "object_pronoun")) return {};
    // ("Bob wanting to stay behind and depicts …": a participle's clause
    // holds no coordinated verb.)
    bool joined = false;
    for (int j = w + 1; participle && j < b && !joined; ++j) joined = IsIn(j, "coordinator");
    if (joined) continue;
    // The antecedent names people who can speak.
    const int n = w - 1;
    // ("Tunisia's neighbouring countries": an adjective after a possessive.)
    if (!(Cap(n) || Has(n, kLexPlural | kLexRoleNoun | kLexOrgWord) || Is(n, "those")) ||
        t_[n].possessive) {
      if (participle) continue;
      return {};
    }
    const int a = Is(n, "those") ? n : NounPhraseBack(w, lo);
    if (a >= w || !ClauseStartsAt(a, lo)) return {};
    return {a, b, a, w};
  }
  return {};
}

// Long because: one backward walk from the cue; each step is a case of what may
// sit between a subject and its verb, with its example.
SourceRange SentenceScanner::SubjectBefore(int cue, int lo) const {
  SourceRange r = SubjectSpanBefore(cue, lo);
  if (!r.ok()) return r;
  // "On Friday Ford Motor Company announced": a fronted date with no comma
  // opens no name.
  {
    int p = r.begin;
    if (p < r.head_end && Has(p, kLexPrep) && IsIn(p, "time_preposition")) ++p;
    if ((p > r.begin || (p - 1 >= lo && Has(p - 1, kLexPrep) && IsIn(p - 1, "time_preposition"))) &&
        p < r.head_end && Has(p, kLexTime) && Cap(p)) {
      int a = p + 1;
      while (a < r.head_end && (IsDigitWord(a) || (Has(a, kLexTime) && Cap(a)))) ++a;
      if (a < r.head_end && Cap(a)) r.begin = r.head_begin = std::max(r.head_begin, a);
    }
  }
  // "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said":
  // a party and state between commas is no subject; the name before is.
  if (IsWord(r.begin) && r.begin - 2 >= lo && IsPunct(r.begin - 1, ',') && Cap(r.begin - 2) &&
      IsWord(r.begin - 2)) {
    if (IsPartyStateLabel(Word(r.begin))) {
      int first = r.begin - 2;
      while (first - 1 >= lo && IsWord(first - 1) && Cap(first - 1) && !t_[first - 1].possessive &&
             !Has(first - 1, kLexPrep | kLexBoundary | kLexDeterminer))
        --first;
      return {first, r.end, first, r.begin - 1};
    }
  }
  const int last = r.end - 1;
  if (last > r.begin && Has(last, kLexPronoun) && IsPunct(last - 1, ',') && !Is(last, "who") &&
      !Is(last, "which"))
    return {last, last + 1, last, last + 1};
  // "Bos and colleagues describe", "Nick Varga and his colleagues said": the
  // one named speaks; the unnamed others are no source of their own.
  if (r.end == r.head_end && IsWord(last) && !Cap(last) && IsIn(last, "companion")) {
    int conj = last - 1;
    if (conj >= lo && IsWord(conj) && Has(conj, kLexPronoun | kLexDeterminer) && !Is(conj, "and"))
      --conj;  // "his", "their"
    if (conj - 1 >= lo && Is(conj, "and") && Cap(conj - 1) && !t_[conj - 1].possessive) {
      int first = conj - 1;
      while (first - 1 >= lo && IsWord(first - 1) && Cap(first - 1) &&
             !t_[first - 1].possessive && !Has(first - 1, kLexPrep | kLexBoundary))
        --first;
      if (first >= r.begin || r.begin == last || r.begin == last - 1)
        return {first, conj, first, conj};
    }
  }
  return r;
}

SourceRange SentenceScanner::SubjectSpanBefore(int cue, int lo) const {
  SourceRange r;
  int b = cue;
  while (b - 1 >= lo && IsWord(b - 1) && (Flags(b - 1) & (kLexSkip | kLexAux)) &&
         !Has(b - 1, kLexPronoun) && !Cap(b - 1)) {
    if (Is(b - 1, "not") || Is(b - 1, "never")) return r;  // "have not said why"
    // "Japan will explain its position …, the officials said": a speech act
    // to come (or one that may be) asserts nothing yet.
    const auto& modals = WordLists::Default().Get("modal");
    if (std::any_of(modals.begin(), modals.end(),
                    [&](const std::string& modal) { return Is(b - 1, modal); }))
      return r;
    --b;
  }
  // "Another report … during the weekend said": a time phrase before the cue.
  for (int p = b - 1; p > lo && p >= b - 4; --p) {
    if (!IsWord(p)) break;
    if (Has(p, kLexPrep) && IsIn(p, "time_preposition")) {
      bool time = true;
      for (int q = p + 1; q < b; ++q)
        time &= Has(q, kLexTime | kLexDeterminer) || IsDigitWord(q);
      if (time && Has(b - 1, kLexTime) && !Is(p, "on")) b = p;
      break;
    }
  }
  if (b - 2 > lo && IsWord(b - 1) && Has(b - 1, kLexTime) && Cap(b - 1) && Is(b - 2, "on")) {
    b -= 2;  // "X, …, on Tuesday told"
  } else if (b - 1 >= lo && IsWord(b - 1) && Has(b - 1, kLexTime) && Cap(b - 1) && b - 2 >= lo &&
             IsWord(b - 2)) {
    --b;  // "The website yesterday suggested", "X Monday said"
  }
  if (b <= lo) return r;
  // "Stacy Baker of Columbia, South Carolina says": the subject ends before
  // the city's state.
  if (IsWord(b - 1) && Cap(b - 1)) {
    int a = b - 1;
    while (a - 1 > lo && IsWord(a - 1) && Cap(a - 1)) --a;
    if (StateAfterCity(a - 1, b)) return SubjectBefore(a - 1, lo);
  }
  // ", who told": the source is the antecedent of the relative pronoun.
  if (Is(b - 1, "who") && b - 2 > lo && IsPunct(b - 2, ',')) {
    int a = NounPhraseBack(b - 2, lo);
    if (Cap(b - 3)) {  // a named antecedent: its capitalised run only
      a = b - 3;
      // ("Jeb Bush and Chris Christie, who say": two joined names.)
      while (a - 1 >= lo && (Cap(a - 1) || Has(a - 1, kLexDeterminer) ||
                             (Is(a - 1, "and") && a - 2 >= lo && Cap(a - 2))) &&
             !t_[a - 1].possessive && !Has(a - 1, kLexPrep))
        --a;
      // "said Nicky Driscoll, 24, from Manchester, who said", "Tom Hale of
      // Dayton, who said": a place after "from" or "of" is where the person
      // named before it is from (a name an attribution before took, too).
      const int floor = std::max(0, a - 10);
      if (a - 2 >= floor && (Is(a - 1, "from") || Is(a - 1, "of") || Is(a - 1, "in"))) {
        int j = a - 2;
        while (j > floor && (IsPunct(j, ',') || IsDigitWord(j))) --j;
        if (IsWord(j) && Cap(j) && !Has(j, kLexOrgWord | kLexPlace)) {
          int n = j;
          while (n - 1 >= floor && IsWord(n - 1) && Cap(n - 1) && !t_[n - 1].possessive &&
                 !Has(n - 1, kLexTitle))
            --n;
          if (j - n >= 1) return {n, j + 1, n, j + 1};
        }
      }
    }
    if (a < b - 2) return {a, b - 2, a, b - 2};
    return r;
  }
  // "Jane Doe, an official who said …", "Emmanuel Saez, an economics
  // professor at the University of California who had concluded …": the
  // name an apposition with a restrictive relative pronoun describes (only
  // then: "A woman who has accused X of rape said …" reports what she said,
  // and "the ire of lawmakers who thought …" has no speaker).
  // (Only before a reported clause: "who advised Obama on …", "who argued
  // with Ms. Brainard" report nothing.)
  auto reports = [&] {
    int verb = cue;
    while (verb + 1 < static_cast<int>(t_.size()) && IsWord(verb) &&
           (Flags(verb) & (kLexSkip | kLexAux)) && !Has(verb, kLexCue))
      ++verb;
    return verb + 1 < static_cast<int>(t_.size()) &&
           (Is(verb + 1, "that") || IsOpenQuote(verb + 1) ||
            (Entry(verb) != nullptr && Entry(verb)->lemma == "say"));
  };
  if (Is(b - 1, "who") && b - 2 > lo && reports()) {
    int c = b - 2;
    while (c > lo && c > b - 18 && IsWord(c) && !Has(c, kLexAux | kLexPronoun) &&
           !(Has(c, kLexCue) && !Cap(c)))
      --c;
    if (c > lo && c + 1 < b - 1 && IsPunct(c, ',') && Has(c + 1, kLexDeterminer) &&
        IsWord(c - 1) && Cap(c - 1)) {
      int n = c - 1;
      while (n - 1 >= lo && IsWord(n - 1) && Cap(n - 1)) --n;
      // A person's name: two capitalised words at least, or a title.
      if (c - n >= 2 || Has(n, kLexTitle)) return {n, b - 1, n, c};
    }
  }
  // "The justice -- who has been in a scuffle with the nominee -- said": an
  // aside between dashes after the subject.
  if (IsPunct(b - 1, '-') && b - 3 > lo) {
    int close = b - 1;
    while (close - 1 > lo && IsPunct(close - 1, '-')) --close;  // "--"
    for (int c = close - 2; c > lo && c > b - 30; --c) {
      if (InQuote(c) || IsFinal(c) || IsPunct(c, ';')) break;
      if (!IsPunct(c, '-')) continue;
      while (c - 1 > lo && IsPunct(c - 1, '-')) --c;
      int ya = NounPhraseBack(c, lo);
      if (ya < c && ClauseStartsAt(ya, lo) && IsWord(c - 1) && !Has(c - 1, kLexPronoun))
        return SourceRange{ya, close, ya, c};
      break;
    }
  }
  if (IsPunct(b - 1, ',')) {
    int k = b - 1;
    // "The ministry, however, said", "Murphy, though, said"
    if (k - 1 > lo && IsWord(k - 1) && (Has(k - 1, kLexSkip) || IsIn(k - 1, "interjected_adverb")) &&
        IsPunct(k - 2, ',')) {
      int a = NounPhraseBack(k - 2, lo);
      if (a < k - 2 && ClauseStartsAt(a, lo)) return {a, k - 2, a, k - 2};
      return r;
    }
    // "Y, who …, said" / "Y, speaking to reporters, said" / "Y, of Z, said" /
    // "Y, in a statement …, announced": what sits between the commas decides
    // whether it belongs to the source.
    // ("Y, facing a challenge in Iowa, a swing state, said": an apposition to a
    // name inside the aside is passed over once.)
    bool passed_apposition = false;
    for (int c = k - 1; c >= lo && c > k - 30; --c) {
      if (InQuote(c) || IsFinal(c) || IsPunct(c, ';')) break;
      if (c == lo && !IsPunct(c, ',')) {
        if (passed_apposition) break;
        // "Lydia Buchtmann for Food Standards Australia New Zealand, says"
        int a = NounPhraseBack(k, lo);
        // ("The firm lobbied on many issues, said Charlie Black": a clause
        // with its own verb, the content of an inverted tail.)
        // ("The death toll rose to 22 on Monday, said police": an irregular
        // past or a verb in -s UD English tags as one, "The toll stands at
        // 22", too.)
        bool verb = false;
        for (int v = a; v < k && !verb; ++v)
          verb = LooksPastForm(v) || Has(v, kLexAux) || IsIn(v, "irregular_past") ||
                 (IsWord(v) && !Cap(v) && Word(v).size() > 3 && Word(v).ends_with('s') &&
                  IsIn(v, "common_other"));
        if (a == lo && Cap(a) && k - a <= 10 && !verb) return {a, k, a, k};
        break;
      }
      if (!IsPunct(c, ',')) continue;
      // ("Dean Johnson, a salesman from Sumter, South Carolina, says": the
      // comma before a city's state is inside the apposition.)
      int seg_end = c + 1;
      while (seg_end < k && !IsPunct(seg_end, ',')) ++seg_end;
      if (StateAfterCity(c, seg_end)) continue;
      int seg = c + 1;
      // ("Union Carbide Corp, which sold its battery business, said": an
      // organisation's relative clause.)
      const bool which = Is(seg, "which");
      bool relative = Is(seg, "who") || Is(seg, "whose") || which;
      // ("responding to …" too: a cue participle inside the commas.)
      // ("The report, released by the Commerce Department on Friday, said":
      // a past participle and its preposition too, or its date: "The
      // report, dated April 3, said".)
      bool participle = (IsWord(seg) && !Cap(seg) && Word(seg).ends_with("ing") &&
                         (Entry(seg) == nullptr || Has(seg, kLexIng))) ||
                        ((LooksPastForm(seg) || IsIn(seg, "irregular_past")) && seg + 1 < k &&
                         IsWord(seg + 1) && Has(seg + 1, kLexPrep | kLexTime));
      // ("Ada Fisher, one of only a handful of black members, said".)
      bool of_phrase = Is(seg, "of") || Is(seg, "from") || Is(seg, "at") ||
                       (Is(seg, "for") && seg + 1 < k && Cap(seg + 1)) ||  // not "for his part"
                       (Is(seg, "one") && seg + 1 < k && Is(seg + 1, "of"));
      bool adjunct = !of_phrase && Has(seg, kLexPrep);
      int yc = c;
      if (Is(seg, "and") && seg + 1 < k && (Cap(seg + 1) || Has(seg + 1, kLexTitle))) {
        // ", Director of X, and Chairman of Y, says": two appositions.
        for (int c2 = c - 1; c2 > lo && c2 > c - 25; --c2) {
          if (InQuote(c2) || IsFinal(c2) || IsPunct(c2, ';')) break;
          if (IsPunct(c2, ',')) {
            yc = c2;
            break;
          }
        }
        if (yc == c) break;
      }
      if (!passed_apposition && !relative && !participle && !of_phrase && !adjunct &&
          yc == c && Has(seg, kLexDeterminer) && !Has(seg, kLexPronoun) &&
          NounPhraseBack(k, lo) == seg && c - 1 > lo && Cap(c - 1) && !Cap(c - 2) &&
          IsWord(c - 2) && Has(c - 2, kLexPrep)) {
        passed_apposition = true;
        continue;
      }
      if (relative || participle || of_phrase || adjunct || Is(seg, "speaking") || yc != c) {
        int ya = NounPhraseBack(yc, lo);
        // "Christopher Shelton, the president of the Communications Workers
        // of America, which endorsed …, said", "a fellow at the Center for
        // Global Development, which works …": "which" is about an
        // organisation inside the subject; only one opening the clause speaks.
        if (which && ya > lo && (IsWord(ya - 1) || IsPunct(ya - 1, ','))) break;
        // ("The justice, who …, said": "who" tells a person, whatever the noun.)
        const bool person = Is(seg, "who") && IsWord(yc - 1) && !Has(yc - 1, kLexPronoun);
        if (ya < yc && ClauseStartsAt(ya, lo) &&
            (Cap(yc - 1) || Has(yc - 1, kLexRoleNoun | kLexOrgWord | kLexDocNoun) ||
             IsPunct(yc - 1, ')') || person)) {
          if (participle || adjunct || Is(seg, "speaking")) return SourceRange{ya, yc, ya, yc};
          return SourceRange{ya, k, ya, yc};
        }
      }
      break;
    }
    // Apposition: "Y, X, said" ("X" without a city's state ending it:
    // "Dean Johnson, a salesman from Sumter, South Carolina, says").
    int x_end = k;
    for (int c = k - 1; c > lo && c >= k - 4; --c)
      if (IsPunct(c, ',')) {
        if (StateAfterCity(c, k)) x_end = c;
        break;
      }
    int xa = NounPhraseBack(x_end, lo);
    // "Tom Harlan, the former governor and a candidate for the Senate, said":
    // two descriptions joined by "and" are one apposition.
    if (xa < x_end && xa - 2 > lo && Is(xa - 1, "and") && Has(xa, kLexDeterminer)) {
      const int xb = NounPhraseBack(xa - 1, lo);
      if (xb < xa - 1 && xb - 1 > lo && IsPunct(xb - 1, ',') && Has(xb, kLexDeterminer)) xa = xb;
    }
    // ("A farmer from Dillon, South Carolina, said": no name before it.)
    if (x_end < k && xa < x_end && (xa - 1 <= lo || !IsPunct(xa - 1, ',')))
      return ClauseStartsAt(xa, lo) ? SourceRange{xa, k, xa, x_end} : r;
    // "Agnès Callamard, a UN rapporteur … who had investigated the case,
    // cautioned": the apposition ends in a relative clause.
    // (Or between commas: "Elward Edd, an official at the county housing
    // authority, which has a backlog of 500 homes, said"; or in a participle
    // after its noun: "Ann Roe, a rabbi helping to organise the boycott, said".)
    if (xa < x_end && xa - 1 > lo && !IsPunct(xa - 1, ',')) {
      int relative = -1;  // the last "who"/"which", else the first participle
      for (int w = xa - 1; w > lo && w > k - 30; --w) {
        if (InQuote(w) || IsPunct(w, ',') || IsFinal(w)) break;
        if (Is(w, "who") || Is(w, "which")) {
          relative = w;
          break;
        }
        if (Participle(w) && IsWord(w - 1) && !Cap(w - 1) &&
            !Has(w - 1, kLexPrep | kLexDeterminer | kLexAux | kLexSkip))
          relative = w;
      }
      if (relative > lo) {
        const int before = IsPunct(relative - 1, ',') ? relative - 1 : relative;
        int xb = NounPhraseBack(before, lo);
        if (xb < before && xb - 1 > lo && IsPunct(xb - 1, ',') && Has(xb, kLexDeterminer)) {
          xa = xb;
          x_end = before;
        }
      }
    }
    if (xa >= x_end || xa - 1 <= lo || !IsPunct(xa - 1, ',')) return r;
    // "Roxana Leon, 63, an independent voter …, said": an age between the
    // name and its apposition.
    int y_end = xa - 1;
    if (y_end - 3 > lo && IsDigitWord(y_end - 1) && Word(y_end - 1).size() <= 3 &&
        IsPunct(y_end - 2, ',') && Cap(y_end - 3))
      y_end -= 2;
    int ya = NounPhraseBack(y_end, lo);
    if (ya >= y_end || !ClauseStartsAt(ya, lo)) return r;
    bool y_name = Cap(y_end - 1) || IsPunct(y_end - 1, ')');
    bool x_name = x_end == k && AllCapitalized(xa, k);
    bool x_apposition = Has(xa, kLexDeterminer) || !Cap(xa) || Has(xa, kLexTitle) ||
                        RoleWithoutName(xa, x_end);
    if (!(y_name && x_apposition) && !x_name) return r;
    if (x_name && !y_name) return {ya, k, xa, k};
    // "Greg Roe, chief executive of Jet Services, a consulting firm, said":
    // a name before the role whose organisation the last apposition describes.
    if (!Cap(ya) && !Has(ya, kLexDeterminer) && ya - 1 > lo && IsPunct(ya - 1, ',')) {
      int za = NounPhraseBack(ya - 1, lo);
      if (za < ya - 1 && ClauseStartsAt(za, lo) && AllCapitalized(za, ya - 1))
        return {za, k, za, ya - 1};
    }
    return {ya, k, ya, y_end};
  }
  if (SourceRange rel = RelativeSubject(b, lo); rel.ok()) return rel;
  int a = NounPhraseBack(b, lo);
  if (a >= b) return r;
  // "One news site, Znak.com claims": a name after a describing phrase
  // (not a clause with its verb: "The two men talked at the ball, Mr. Roe
  // said" is a tail).
  if (a - 1 > lo && IsPunct(a - 1, ',') && AllCapitalized(a, b)) {
    int ya = NounPhraseBack(a - 1, lo);
    bool verb = false;
    for (int v = ya; v < a - 1 && !verb; ++v) verb = LooksPastForm(v) || Has(v, kLexAux);
    if (ya < a - 1 && ClauseStartsAt(ya, lo) && Has(ya, kLexDeterminer) && !verb &&
        HasNoun(ya, a - 1, kLexRoleNoun | kLexOrgWord | kLexDocNoun | kLexTitle))
      return {ya, b, a, b};
  }
  return {a, b, a, b};
}

SourceRange SentenceScanner::NounPhraseForward(int a, int hi, bool apposition) const {
  SourceRange r;
  int i = a;
  int count = 0;
  while (i < hi) {
    const Token& tk = t_[i];
    if (InQuote(i)) break;
    if (tk.kind == TokenKind::kWord) {
      uint32_t f = Flags(i);
      if ((f & kLexCue) && !(f & kLexNounToo) && !(f & kLexTitle)) break;
      if (Is(i, "as") || Is(i, "that")) break;
      if (Is(i, "to") && i > a && Cap(i - 1) && !Has(i - 1, kLexTitle | kLexOrgWord)) break;
      if (i > a && (f & kLexPrep) && i + 1 < hi && Has(i + 1, kLexTime)) break;  // "in March"
      if ((f & kLexBoundary) && !(f & kLexDeterminer) && !AllCapsWord(i)) {
        bool join = Is(i, "and") && i > a && Cap(i - 1) && i + 1 < hi && Cap(i + 1);
        if (!join && !(f & kLexPronoun && i == a)) break;
      }
      if ((f & kLexTime) && i > a && !tk.capitalized) break;
      // "according to Reuters the two sides …", "… Foreign Affairs he died":
      // a new clause's subject after the name.
      if (i > a && !tk.capitalized && Cap(i - 1) && (f & (kLexDeterminer | kLexPronoun)) &&
          !Has(i - 1, kLexPrep))
        break;
      if ((f & kLexTime) && tk.capitalized && i > a && !Has(i, kLexOrgWord)) {
        // "said Smith Monday"
        if (IsIn(i, "weekday")) break;
      }
    } else if (i + 1 < hi && i - 2 >= a && tk.kind == TokenKind::kPunct && tk.punct == ',' &&
               IsDigitWord(i - 1) && Has(i - 2, kLexTime) && Cap(i - 2) && IsDigitWord(i + 1) &&
               t_[i + 1].end - t_[i + 1].start == 4) {
      ++i;  // "a March 14, 2019 NATO press release": the date's comma and year
    } else if (!(tk.kind == TokenKind::kPunct && (tk.punct == '(' || tk.punct == ')'))) {
      break;
    }
    if (++count > 16) return r;
    ++i;
  }
  // Do not end on a preposition ("… at").
  while (i > a && (Has(i - 1, kLexPrep) || (Has(i - 1, kLexDeterminer) && !Has(i - 1, kLexPronoun)))) --i;
  if (i <= a) return r;
  // "police in Baytown, Texas,": a place and its region.
  if (i + 2 < hi && IsPunct(i, ',') && Cap(i + 1) && !Has(i + 1, kLexNotName) &&
      (IsPunct(i + 2, ',') || IsFinal(i + 2)) && Cap(i - 1))
    i += 2;
  if (i < hi && IsPunct(i, ',') && IsPunct(i - 1, ',')) --i;
  // "the team's coach, Alireza Mehraban,": a role noun phrase and its name.
  if (apposition && i + 2 < hi && IsPunct(i, ',') && !Cap(i - 1) &&
      Has(i - 1, kLexRoleNoun | kLexTitle) && Cap(i + 1) && !Has(i + 1, kLexNotName)) {
    int j = i + 1;
    while (j < hi && j < i + 5 && Cap(j)) ++j;
    if (j < hi && (IsPunct(j, ',') || IsFinal(j))) return {a, j, i + 1, j};
  }
  r = {a, i, a, i};
  if (apposition && i + 1 < hi && IsPunct(i, ',') &&
      ((Has(i + 1, kLexDeterminer) && !Has(i + 1, kLexPronoun) && !IsDigitWord(i + 1)) ||
       (IsWord(i + 1) && !Cap(i + 1) && Has(i + 1, kLexRoleNoun | kLexTitle)))) {
    int j = i + 1;
    int c = 0;
    while (j < hi && !IsPunct(j, ',') && !IsFinal(j) && !IsPunct(j, ';') && !InQuote(j) &&
           !(Has(j, kLexCue) && !Has(j, kLexNounToo)) && !Has(j, kLexAux) &&
           !(Has(j, kLexBoundary) && !Has(j, kLexDeterminer | kLexPrep)) && c < 14) {
      ++j;
      ++c;
    }
    if (j >= hi || IsFinal(j) || IsPunct(j, ',')) r.end = j;
  }
  return r;
}

int SentenceScanner::NamedPhraseBeforeThat(int j, int hi) const {
  bool joined = false;
  for (int k = j; k < hi && k < j + 14; ++k) {
    if (Is(k, "that")) return joined ? k : -1;
    if (!IsWord(k) || (Has(k, kLexCue) && !Has(k, kLexNounToo | kLexSpeechNoun))) return -1;
    const bool inside_name = k > j && Cap(k - 1) && k + 1 < hi && Cap(k + 1) &&
                             (Is(k, "and") || Is(k, "of") || Word(k) == "&");
    if (inside_name) {
      joined = true;
    } else if (Has(k, kLexBoundary)) {
      return -1;
    }
  }
  return -1;
}

int SentenceScanner::SkipComplements(int j, int hi, CueClass cue) const {
  if (cue == CueClass::kTell && j < hi) {
    // "told a crowded banquet hall at a hotel in Baltimore that …", "told me
    // this week that …", "told a gathering in Washington she will …": the
    // hearer runs up to the "that", or to a subject pronoun and its verb,
    // across words only (no verb, cue or punctuation of a clause of its own).
    int hearer_end = -1;
    for (int m = j; m < hi && m < j + 14 && hearer_end < 0; ++m) {
      if (!IsWord(m) || IsIn(m, "question_word")) break;
      if (m > j && Is(m, "that") && m + 1 < hi && IsWord(m + 1)) hearer_end = m;
      else if (m > j && Has(m, kLexPronoun) && !Has(m, kLexDeterminer) &&
               !IsIn(m, "object_pronoun") && m + 1 < hi &&
               (Has(m + 1, kLexAux) || IsIn(m + 1, "modal")))
        hearer_end = m;
      else if (Has(m, kLexAux) || IsIn(m, "modal") || (Has(m, kLexCue) && !Has(m, kLexNounToo)) ||
               (m > j && Has(m, kLexPronoun) && !IsIn(m, "object_pronoun") &&
                !Has(m, kLexDeterminer)))
        break;
    }
    int k = j;
    if (Has(k, kLexDeterminer) && !Has(k, kLexPronoun)) ++k;
    int start = k;
    if (hearer_end >= 0) {
      k = hearer_end;
    } else if (k < hi && Cap(k) && !Has(k, kLexPronoun)) {
      while (k < hi && (Cap(k) || ((Is(k, "of") || Word(k) == "&") && k + 1 < hi && Cap(k + 1))))
        ++k;
    } else {
      while (k < hi && k < start + 3 && IsWord(k) && !Cap(k) && Has(k, kLexAudience) &&
             !Has(k, kLexDeterminer))
        ++k;
      if (k == start && start > j) {
        // "told the official IRNA news agency": up to the audience noun.
        for (int m = start; m < hi && m < start + 6; ++m) {
          if (!IsWord(m) || Has(m, kLexBoundary) || (Has(m, kLexCue) && !Has(m, kLexNounToo))) break;
          if (!Has(m, kLexDeterminer) && Has(m, kLexAudience | kLexOrgWord)) k = m + 1;
        }
      }
    }
    if (k > start) j = k;
    // "told ABC's “Good Morning America”": a programme named after its network.
    if (j < hi && j > 0 && t_[j - 1].possessive && IsOpenQuote(j) &&
        p_.quotes[t_[j].quote].close > j)
      j = p_.quotes[t_[j].quote].close + 1;
  }
  for (int guard = 0; guard < 6 && j < hi; ++guard) {
    if (IsWord(j) && Has(j, kLexTime) && !Is(j, "this") && !Is(j, "may") && !t_[j].possessive) {
      ++j;
      continue;
    }
    if (IsDigitWord(j) && j > 0 && Has(j - 1, kLexTime)) {
      ++j;
      continue;
    }
    // "told the BBC after the verdict “…”": any short phrase before a quote.
    if (IsWord(j) && Has(j, kLexPrep)) {
      int c = j + 1;
      while (c < hi && c < j + 7 && IsWord(c) && !Has(c, kLexCue | kLexAux | kLexBoundary)) ++c;
      if (c < hi && (IsOpenQuote(c) || (IsPunct(c, ',') && c + 1 < hi && IsOpenQuote(c + 1)) ||
                     IsPunct(c, ':'))) {
        j = c;
        continue;
      }
    }
    if (IsWord(j) && Has(j, kLexPrep) && !Is(j, "of") && !Is(j, "that")) {
      // A short prepositional phrase headed by a venue or time word.
      // "in a filing with the Securities and Exchange Commission that": a
      // phrase holding a name joined by "and" or "of", up to the "that".
      if (const int that = NamedPhraseBeforeThat(j + 1, hi); that > 0) {
        j = that;
        continue;
      }
      int m = -1;
      int k = j + 1;
      for (; k < hi && k < j + 7; ++k) {
        if (!IsWord(k) || (Has(k, kLexBoundary) && !IsMonthMay(k)) ||
            (Has(k, kLexCue) && !Has(k, kLexNounToo) &&
                                                   !Has(k, kLexSpeechNoun)))
          break;
        // "on Friday the United States …": a new noun phrase after the head.
        if (m >= 0 && Has(k, kLexDeterminer | kLexPronoun) && !Has(k - 1, kLexPrep)) break;
        if (Has(k, kLexSpeechNoun | kLexTime | kLexAudience) || Cap(k) || IsDigitWord(k)) m = k;
      }
      if (m < 0) break;
      // ("responding to an announcement late yesterday that …", "reacted to
      // reports that …": after "to", a "that" clause completes the
      // statement named, someone else's, and is no content of the cue.)
      if (k < hi && Is(k, "that") && Is(j, "to"))
        for (int n = j + 1; n < k; ++n)
          if (!Cap(n) && IsIn(n, "that_complement_noun")) return j;
      if (k < hi && Is(k, "that")) {  // "said in a letter to employees that"
        j = k;
        continue;
      }
      bool stop_clean = k >= hi || !IsWord(k) || Is(k, "that") || m + 1 < k ||
                        Has(k, kLexDeterminer | kLexPronoun);
      if (m + 1 == k && stop_clean) {
        j = m + 1;
        continue;
      }
      if (m + 1 < k && (Has(m + 1, kLexDeterminer | kLexPronoun) || Cap(m + 1))) {
        j = m + 1;
        continue;
      }
      if (k < hi && Is(k, "that") && m + 1 == k) {
        j = k;
        continue;
      }
      break;
    }
    if (IsPunct(j, ':')) {
      ++j;
      continue;
    }
    // ", by way of example," after the cue.
    if (IsPunct(j, ',') && j + 1 < hi && Has(j + 1, kLexPrep)) {
      int c = j + 2;
      while (c < hi && c < j + 8 && IsWord(c) && !Has(c, kLexBoundary)) ++c;
      if (c < hi && IsPunct(c, ',')) {
        j = c + 1;
        continue;
      }
    }
    if (IsPunct(j, ',') && j + 1 < hi && IsOpenQuote(j + 1)) {
      ++j;
      continue;
    }
    // "said that, as the parents came from India, they …": an aside opens
    // the clause; its "that" stays, so the comma reads as no tail.
    if (Is(j, "that") && j + 1 < hi && !IsFinal(j + 1)) {
      if (!IsPunct(j + 1, ',')) ++j;
      break;
    }
    break;
  }
  return j;
}

int SentenceScanner::ClauseVerbAfter(int a, int hi) const {
  // Up to a dozen words of a noun phrase ("the prominent civil rights
  // organization the Anti-Defamation League"), then adverbs ("strongly").
  int i = a;
  while (i < hi && i < a + 12 && IsWord(i) && !InQuote(i) && !Has(i, kLexAux) &&
         !(Has(i, kLexCue) && !Has(i, kLexNounToo)) &&
         !(Has(i, kLexBoundary) && !Has(i, kLexDeterminer | kLexPronoun)) &&
         !(i > a && Has(i, kLexPronoun)) && !(i > a && LooksPastForm(i) && !Cap(i)))
    ++i;
  if (i == a) return -1;
  while (i < hi && i < a + 14 && IsAdverb(i) && !LooksPastForm(i)) ++i;
  if (i >= hi || !IsWord(i) || InQuote(i) || Cap(i)) return -1;
  // The verb: an auxiliary, a past form by its spelling or the irregular
  // list, or a cue.
  if (Has(i, kLexAux) || LooksPastForm(i) || IsIn(i, "irregular_past") || IsCueVerbForm(i))
    return i;
  return -1;
}

bool SentenceScanner::InFrontedClause(int k) const {
  // Back to the sentence's first word, over no comma outside quotes.
  int j = k - 1;
  while (j > 0 && !SentenceInitial(j)) {
    if (IsFinal(j) || (IsPunct(j, ',') && !InQuote(j))) return false;
    --j;
  }
  if (j < 0 || j >= k) return false;
  if (Is(j, "even") && j + 1 < k) ++j;  // "Even though", "Even if"
  return IsIn(j, "fronted_subordinator");
}

bool SentenceScanner::MainClauseAt(int n, int hi) const {
  // A subject after a few words of a fronted phrase ("at the town hall this
  // week she said …", "her deputy said …"), then its verb.
  for (int j = n; j < hi && j < n + 10; ++j) {
    if (!IsWord(j) || InQuote(j)) return false;
    if (Is(j, "who") || Is(j, "which") || Is(j, "that")) return false;
    // ("critics disagreed": a bare plural of people right after the comma.)
    const bool subject = Has(j, kLexPronoun | kLexDeterminer) || (Cap(j) && !Has(j, kLexPrep)) ||
                         (j == n && Has(j, kLexRoleNoun | kLexPlural));
    if (subject && ClauseVerbAfter(j, hi) >= 0) return true;
  }
  return false;
}

int SentenceScanner::ContentEnd(int k, int hi) const {
  // "Although in September she said [her decision was a mistake], this week
  // she said …", "While Colby said [the plan was sound], her deputy said …":
  // a cue inside a clause that opens the sentence reports up to the comma
  // before the main clause.
  const bool fronted = InFrontedClause(k);
  for (int i = k; i < hi; ++i) {
    // "noted the need to act: “…,” said Tedros": a quote with its own
    // inverted source after it is that source's, not this content.
    if (i > k && IsOpenQuote(i) && !IsOpenQuote(k)) {
      int c = p_.quotes[t_[i].quote].close;
      int j = c + 1;
      if (c > i && j < hi && IsPunct(j, ',')) ++j;
      if (c > i && j < hi && (IsPunct(c - 1, ',') || IsPunct(c + 1, ',')) && IsCueVerbForm(j) &&
          !Has(j, kLexIng) && j + 1 < hi &&
          (Cap(j + 1) || Has(j + 1, kLexDeterminer | kLexRoleNoun | kLexTitle)))
        return i;
    }
    if (InQuote(i)) continue;
    if (IsPunct(i, ';')) return i;
    // "… the victims[.]” She went on …": a sentence the splitter missed.
    if (i > k && IsCloseQuote(i - 1) && Cap(i) && Has(i, kLexPronoun)) return i;
    if (i > k + 1 && IsCloseQuote(i - 1) && IsPunct(i - 2, ',') && ParticipleCueAt(i, hi) >= 0)
      return i;
    // "…: Gownaris remarked, “…”": a new attribution after a colon.
    if (i > k && IsPunct(i, ':') && i + 1 < hi) {
      int np = NounPhraseEnd(i + 1, hi);
      if (np > i + 1 && np < hi && IsCueVerbForm(np)) return i;
    }
    // "“…” ((hu)) …": a translation after a whole quote is not content.
    if (i > k && IsPunct(i, '(') && i + 1 < hi && IsPunct(i + 1, '(') && IsOpenQuote(k) &&
        p_.quotes[t_[k].quote].close == i - 1)
      return i;
    if (i > k && IsPunct(i, ',') && i + 1 < hi) {
      int n = i + 1;
      if (fronted && MainClauseAt(n, hi)) return i;
      if (ParticipleCueAt(n, hi) >= 0) return i;
      // ", compared with 11 percent of …": a poll's other figure, the
      // writer's, after the share's content.
      if (i > k + 1 && Is(n, "compared") && n + 1 < hi && (Is(n + 1, "with") || Is(n + 1, "to")))
        return i;
      // ", and the civil rights group strongly denounced …": a new clause
      // with its own subject and verb. Not after ", but", which often goes
      // on with what the source said ("…, but the delay would be unusual").
      if (i > k + 1 && Is(n, "and") && n + 1 < hi &&
          (Has(n + 1, kLexDeterminer | kLexPronoun) || Cap(n + 1)) && !Is(n + 1, "who") &&
          !Is(n + 1, "that") && ClauseVerbAfter(n + 1, hi) >= 0)
        return i;
      if (Is(n, "with") && n + 1 < hi) {  // ", with officials reporting …"
        int np = NounPhraseEnd(n + 1, hi);
        if (np > n + 1 && np < hi && Has(np, kLexIng) && Has(np, kLexCue)) return i;
      }
      if (IsIn(n, "concessive")) return i;
      // ", meaning the UK would …": the writer's gloss on what was reported.
      if (Is(n, "meaning") && i > k + 3) return i;
      // ", but upon learning …, he claimed": a new clause with its own subject.
      if (Is(n, "but") && n + 1 < hi && (Has(n + 1, kLexPrep) || Is(n + 1, "upon")))
        return i;
      // ", but the commissioner stated …": a new attribution starts.
      if ((Is(n, "but") || Is(n, "and") || Is(n, "while")) && n + 1 < hi) {
        int np = NounPhraseEnd(n + 1, hi);
        if (np > n + 1 && np < hi && IsCueVerbForm(np)) return i;
        // ", and his critics, who include …, blame …": the same after a
        // relative clause between commas.
        if (np > n + 1 && np + 1 < hi && IsPunct(np, ',') && (Is(np + 1, "who") || Is(np + 1, "which")))
          for (int j = np + 2; j + 1 < hi && j < np + 20; ++j) {
            if (InQuote(j) || IsFinal(j) || IsPunct(j, ';')) break;
            if (!IsPunct(j, ',')) continue;
            const LexEntry* v = Entry(j + 1);
            if (v != nullptr && (v->flags & kLexCue) && v->cue != CueClass::kAccordingTo &&
                !Has(j + 1, kLexIng))
              return i;
            break;
          }
      }
      if (Is(n, "according") && n + 1 < hi && Is(n + 1, "to")) return i;
      if (IsIn(n, "coordinator") && n + 1 < hi && IsCueVerbForm(n + 1)) return i;
      // ", who denounced …": a relative clause with a cue of its own; ",
      // such as governor Chris Christie, who denounced …": examples with it.
      if (Is(n, "such") && n + 1 < hi && Is(n + 1, "as"))
        for (int j = n + 2; j + 2 < hi && j < n + 16; ++j) {
          if (InQuote(j) || IsFinal(j) || IsPunct(j, ';')) break;
          if (IsPunct(j, ',') && Is(j + 1, "who") && IsCueVerbForm(j + 2) && !Has(j + 2, kLexIng))
            return i;
        }
      if ((Is(n, "who") || Is(n, "which")) && n + 1 < hi && IsCueVerbForm(n + 1) &&
          !Has(n + 1, kLexIng))
        return i;
    }
    if (i > k && Is(i, "despite") && !InQuote(i)) return i;
    if (i > k && Is(i, "while") && i + 1 < hi && (Cap(i + 1) || Has(i + 1, kLexDeterminer | kLexPronoun)))
      return i;
    if (i > k && IsIn(i, "coordinator") && i + 1 < hi && IsCueVerbForm(i + 1) &&
        !Has(i + 1, kLexIng))
      return i;
    // "… and his campaign called for …": a new subject with its own cue.
    if (i > k && IsIn(i, "coordinator") && i + 2 < hi &&
        (Has(i + 1, kLexDeterminer) || Cap(i + 1))) {
      int np = NounPhraseEnd(i + 1, hi);
      if (np > i + 1 && np <= i + 4 && np < hi && IsCueVerbForm(np) && !Has(np, kLexIng))
        return i;
    }
    if (i > k && i + 2 < hi && IsIn(i, "coordinator") && Is(i + 1, "also") &&
        IsCueVerbForm(i + 2))
      return i;
  }
  return hi;
}

int SentenceScanner::QuoteAfterAside(int k, int hi) const {
  int d = k;
  while (d < hi && d < k + 6 && IsWord(d) && !InQuote(d) && !Has(d, kLexCue)) ++d;
  if (d >= hi || !IsPunct(d, '-') || InQuote(d)) return k;
  for (int i = d + 1; i < hi && i < d + 30; ++i) {
    if (IsFinal(i) || InQuote(i)) return k;
    if (IsPunct(i, '-')) return i + 1 < hi && IsOpenQuote(i + 1) ? i + 1 : k;
  }
  return k;
}

bool SentenceScanner::LabelAfterObject(int k, int end) const {
  if (k >= end || !IsWord(k) || InQuote(k)) return false;
  bool pronoun = IsIn(k, "label_object");
  if (!pronoun && !Cap(k) && !(Has(k, kLexDeterminer) && !Is(k, "a") && !Is(k, "an")))
    return false;
  int i = k + 1;
  if (!pronoun)
    while (i < end && i < k + 7 && IsWord(i) && !InQuote(i) && !Is(i, "a") && !Is(i, "an") &&
           !Is(i, "the") && !Has(i, kLexPrep | kLexBoundary | kLexCue | kLexAux) &&
           !Is(i, "and") && !Is(i, "or") && (Cap(k) ? Cap(i) : true))
      ++i;
  if (i + 1 >= end || !(Is(i, "a") || Is(i, "an") || Is(i, "the"))) return false;
  return IsWord(i + 1) && !InQuote(i + 1) && !Has(i + 1, kLexPrep | kLexBoundary);
}

bool SentenceScanner::GerundSubject(int k, int end) const {
  // ("funding is needed": the verb right after it.)
  if (k + 1 < end && Has(k + 1, kLexAux) && !Is(k + 1, "being") && !Is(k + 1, "been")) return true;
  // ("buying came mainly from …", "lending rose 5 pct", "spending increased
  // sharply": a past form right after it, or after an adverb; not "citing
  // unnamed sources", whose "-ed" word is followed by its noun.)
  int verb = k + 1;
  if (verb + 1 < end && IsWord(verb) && !Cap(verb) && Word(verb).ends_with("ly")) ++verb;
  if (verb < end && IsWord(verb) && !Cap(verb)) {
    if (IsIn(verb, "irregular_past")) return true;
    if (LooksPastForm(verb) &&
        (verb + 1 >= end || !IsWord(verb + 1) || IsDigitWord(verb + 1) ||
         Has(verb + 1, kLexPrep | kLexDeterminer) || Word(verb + 1).ends_with("ly")))
      return true;
  }
  for (int i = k + 2; i < end && i < k + 12; ++i) {
    if (!IsWord(i) || InQuote(i) || Is(i, "that") || Is(i, "which") || Is(i, "who"))
      return false;
    if (Has(i, kLexAux) && !Is(i, "being") && !Is(i, "been")) return true;
  }
  return false;
}

int SentenceScanner::NounPhraseEnd(int a, int hi) const {
  int i = a;
  while (i < hi && i < a + 8 && IsWord(i) && !InQuote(i) &&
         !(Has(i, kLexCue) && !Has(i, kLexNounToo)) &&
         (!Has(i, kLexBoundary) || Has(i, kLexDeterminer | kLexPronoun)))
    ++i;
  return i;
}

Span SentenceScanner::ContentSpan(int a, int b) const {
  while (a < b && t_[a].kind == TokenKind::kPunct && !InQuote(a) && t_[a].punct != '(') ++a;
  while (b > a && t_[b - 1].kind == TokenKind::kPunct && !InQuote(b - 1) &&
         (IsFinal(b - 1) || t_[b - 1].punct == ',' || t_[b - 1].punct == ';' ||
          t_[b - 1].punct == ':' || t_[b - 1].punct == '-'))
    --b;
  if (b <= a) return {};
  return {t_[a].start, t_[b - 1].end};
}

AttributionKind SentenceScanner::KindOf(int a, int b) const {
  while (b > a && t_[b - 1].kind == TokenKind::kPunct && !InQuote(b - 1)) --b;
  bool any = false;
  for (int i = a; i < b; ++i) any |= InQuote(i);
  if (!any) return AttributionKind::kIndirect;
  if (IsOpenQuote(a) && p_.quotes[t_[a].quote].close == b - 1) return AttributionKind::kDirect;
  return AttributionKind::kMixed;
}

bool SentenceScanner::IsTailEnd(int i, int hi) const {
  if (i >= hi) return true;
  if (IsFinal(i) || IsPunct(i, '~') || IsPunct(i, '-') || IsPunct(i, ';')) return true;
  if (IsPunct(i, ',') && i + 1 < hi && (IsOpenQuote(i + 1) || (Has(i + 1, kLexIng) && Has(i + 1, kLexCue))))
    return true;
  if (IsPunct(i, ',') && i + 1 < hi && (IsIn(i + 1, "comma_clause") || Has(i + 1, kLexPrep)))
    return true;
  if (IsIn(i, "tail_end")) return true;
  if (IsPunct(i, '(')) return true;
  return false;
}


}  // namespace claimgraph::ingest::internal
