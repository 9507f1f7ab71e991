// DescribeSource: what a source mention names.
#include "ingest/attribution/source_mention.h"
#include "ingest/attribution/roles.h"
#include "ingest/attribution/speaker_words.h"
#include "ingest/entities/entities.h"

#include <algorithm>

namespace claimgraph::ingest::internal {

namespace {

// True for an all-capitals acronym of two to eight letters ("WHO", "NATO").
bool IsAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 8) return false;
  for (char c : w)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

// The issuer of a document source, when the text names one: "a statement
// released by Erdogan's office", "a report from ABC Australia", "The WHO's
// website", "The Internal Revenue Service website", "NATO guidelines". Sets
// m->name and m->issuer_type; leaves them unset otherwise ("Tillerson's
// updated public schedule" is about Tillerson, not issued by him).
void FindIssuer(const SentenceScanner& s, const SourceRange& r, int hb, int last,
                SourceMention* m) {
  const auto& t = s.tokens();
  auto org_like = [&](int a, int b) {
    for (int i = a; i < b; ++i) {
      if (s.Has(i, kLexOrgWord | kLexPlace)) return true;
      std::string_view w = s.Word(i);
      if (w.ends_with("'s")) w.remove_suffix(2);
      else if (w.ends_with("\xE2\x80\x99s")) w.remove_suffix(4);
      // "CNN/ORC", "NBC/WSJ": a joint issuer whose first part is an acronym.
      if (IsAcronym(w.substr(0, w.find('/')))) return true;
    }
    return false;
  };
  // "a Gallup poll", "new Crowdpac research", "research by Crowdpac": what
  // a poll or research is named by is a pollster, an organisation, unless
  // it opens with a given name or is a person the gazetteer knows.
  auto pollster = [&](int a, int b) {
    if (!s.IsIn(last, "pollster_document") || b - a > 3 || !s.Cap(a) ||
        speaker_words::GivenNameGender(s.Word(a)) != 0 || t[b - 1].possessive)
      return false;
    // Not a word capitalised for opening the sentence or a common word
    // ("Exit polls", "New polls", "the Vote survey"), nor the tail of a
    // longer name ("Morning Consult").
    if ((b - a == 1 && speaker_words::IsCommonWord(
                           s.Word(a), {"common_noun", "common_other", "common_adverb",
                                       "common_function"})) ||
        (a > hb && s.Cap(a - 1) && !s.Has(a - 1, kLexDeterminer)))
      return false;
    for (int i = a; i < b; ++i)
      if (s.Has(i, kLexTitle | kLexTime | kLexDeterminer | kLexNotName) || t[i].abbreviation)
        return false;
    const std::optional<KnownEntity> known =
        EntityLinker::Default().Lookup(s.Word(b - 1));
    return !(known && known->type == "person");
  };
  auto set = [&](int a, int b, bool person_ok) {
    if (a >= b) return;
    // A title and name ("US Secretary of State Mike Pompeo"): the person.
    int i = b;
    while (i > a && s.Cap(i - 1) && (i == b || !t[i - 1].possessive) &&
           !s.Has(i - 1, kLexTitle | kLexOrgWord | kLexPlace | kLexDeterminer | kLexNotName))
      --i;
    // "exit polls conducted by Edison Research": a name ending on a common
    // noun of UD English with no given name or initial before is no person's.
    auto common_ending = [&]() {
      if (speaker_words::GivenNameGender(s.Word(i)) != 0) return false;
      for (int k = i + 1; k + 1 < b; ++k)
        if (s.Word(k).size() == 2 && s.Word(k)[1] == '.') return false;
      return speaker_words::IsCommonWord(s.Word(b - 1), {"common_noun"});
    };
    if (person_ok && i < b && b - i <= 4 && (b - i >= 2 || !org_like(a, b)) &&
        (b - i < 2 || !common_ending())) {
      m->name = {t[i].start, t[b - 1].end};
      m->issuer_type = SourceType::kPerson;
      return;
    }
    m->name = {t[a].start, t[b - 1].end};
    m->issuer_type = SourceType::kOrganisation;
  };
  // After the document noun: "… by|from [the] Issuer".
  for (int k = last + 1; k + 1 < r.end; ++k) {
    if (s.IsPunct(k, ',') || s.IsPunct(k, '(')) break;
    if (!s.IsIn(k, "issuer_preposition")) continue;
    int a = k + 1;
    while (a < r.end && s.Has(a, kLexDeterminer) && !s.Has(a, kLexPronoun)) ++a;
    // "a report by The Atlantic": a person's name takes no article.
    const bool article = a > k + 1;
    int b = a;
    while (b < r.end && s.Cap(b) && !s.Has(b, kLexTime)) {
      ++b;
      if (t[b - 1].possessive) break;
      // "Center for Systems Science and Engineering", "Secretary of State".
      if (b + 1 < r.end && (s.Is(b, "of") || s.Is(b, "for") || s.Is(b, "and")) && s.Cap(b + 1) &&
          !s.Has(b + 1, kLexTime))
        ++b;
    }
    if (b == a) return;
    // "the Mexican government": a lower-case organisation word ends it.
    if (b < r.end && !t[b - 1].possessive && s.IsWord(b) && !s.Cap(b) && s.Has(b, kLexOrgWord))
      ++b;
    // "polling by Democratic organizations", "a study by Harvard
    // researchers": capitalised words before another lower-case noun
    // describe the issuer, and name no one.
    else if (b < r.end && !t[b - 1].possessive && s.IsWord(b) && !s.Cap(b) &&
             speaker_words::IsCommonWord(s.Word(b), {"common_noun", "person_noun"}) &&
             !s.Has(b, kLexTime | kLexPrep | kLexCue | kLexBoundary))
      return;
    set(a, b, !article && !pollster(a, b));  // "Erdogan's office": the possessor issues it
    return;
  }
  // Before it: "The Internal Revenue Service website", "The WHO's website",
  // "a March 14, 2019 NATO press release": organisations; a person only as
  // the possessor right before the noun ("Cornyn's statement").
  int e = last;
  int lower = 0;
  while (e > hb && lower < 2 && s.IsWord(e - 1) && !s.Cap(e - 1) &&
         !s.Has(e - 1, kLexDeterminer | kLexPrep | kLexCue | kLexBoundary)) {
    --e;
    ++lower;
  }
  int a = e;
  while (a > hb && (s.Cap(a - 1) || ((s.Is(a - 1, "of") || s.Is(a - 1, "for")) && a - 2 > hb &&
                                     s.Cap(a - 2))) &&
         !s.Has(a - 1, kLexDeterminer | kLexTime) && !s.IsDigitWord(a - 1) &&
         (a == e || !t[a - 1].possessive))
    --a;
  if (a < e && s.Cap(a) && (org_like(a, e) || (e == last && pollster(a, e)))) {
    set(a, e, false);
  } else if (a < e && s.Cap(a) && e == last && t[e - 1].possessive && e - a <= 3) {
    // "Cornyn's statement", "Ted Cruz's tweet": the possessor issues it (not
    // "Monday's report").
    const LexEntry* owner = speaker_words::LookupWord(
        speaker_words::LowerAscii(speaker_words::StripPossessive(s.Word(e - 1))));
    if (owner == nullptr || !(owner->flags & (kLexTime | kLexPlace | kLexDeterminer)))
      set(a, e, true);
  }
}

}  // namespace

// Long because: it fills one SourceMention field by field (pronoun, name,
// type, issuer, role) from the same token range; the order of the tests is the
// order of precedence between them.
// Fills the SourceMention of range `r`.
SourceMention DescribeSource(const SentenceScanner& s, const SourceRange& range) {
  const auto& t = s.tokens();
  SourceMention m;
  // "one former executive who requested anonymity", "The judges who ruled
  // …", "The justice -- who has been …": a relative clause describes the
  // source and is no part of its head; the head ends before its lower-case
  // relative pronoun (and the punctuation before that) when a lower-case
  // noun or a capitalised plural ("Republicans who attended …":
  // IsCapitalisedPluralHead) is left before it (not "some who …", nor a
  // name: "Another Muslim who …" stays whole).
  SourceRange r = range;
  bool group_head = false;  // a capitalised plural cut before its clause
  for (int i = r.head_begin + 1; i < r.head_end; ++i) {
    if (s.Cap(i) || !s.IsIn(i, "relative_pronoun")) continue;
    int cut = i;
    while (cut > r.head_begin + 1 && !s.IsWord(cut - 1)) --cut;
    const bool plural_head =
        s.IsWord(cut - 1) && s.Cap(cut - 1) &&
        speaker_words::IsCapitalisedPluralHead(s.Word(cut - 1), cut - 2 >= r.head_begin && s.IsWord(cut - 2)
                                                     ? s.Word(cut - 2)
                                                     : std::string_view());
    if (!s.IsWord(cut - 1) || (s.Cap(cut - 1) && !plural_head) || s.IsIn(cut - 1, "stop")) break;
    group_head = plural_head;
    r.head_end = cut;
    r.end = std::min(r.end, cut);
    break;
  }
  // "Gary Morgan rightly said", "Mr. Rubio defiantly told", "Mrs. Clinton
  // herself said": a lower-case adverb or reflexive pronoun ending the head
  // goes with the verb (TrimMention cuts the source span the same way), so
  // the name is still read as a name.
  if (const int last = r.head_end - 1;
      last > r.head_begin && r.end == r.head_end && s.IsWord(last) && !s.Cap(last) &&
      (speaker_words::LooksLikeAdverb(s.Word(last)) || s.IsIn(last, "common_adverb") ||
       s.IsIn(last, "reflexive_pronoun")))
    r.end = r.head_end = last;
  m.head = {t[r.head_begin].start, t[r.head_end - 1].end};
  // "in Columbus, Ohio,", "from Houston, Texas,": the index of the
  // locative_preposition that opens capitalised words before a comma and
  // capitalised words [i, j) with a comma after them, with no title,
  // honorific, initial or given name among the latter ("in Toledo, Clinton
  // says", "at Lenox, Lawrence B. Cummings") unless the gazetteer knows them
  // as a place ("South Carolina"): [i, j) name the state or country of a
  // city, no source and no person. -1 otherwise.
  auto after_city = [&](int i, int j) {
    if (i < 3 || j - i > 3 || j >= static_cast<int>(t.size()) || !s.IsPunct(j, ',') ||
        !s.IsPunct(i - 1, ',') || !s.IsWord(i - 2) || !s.Cap(i - 2))
      return -1;
    const auto known = EntityLinker::Default().Lookup(
        s.text().substr(t[i].start, t[j - 1].end - t[i].start));
    for (int k = i; k < j && !(known && known->type == "place"); ++k)
      if (!s.IsWord(k) || !s.Cap(k) || s.Has(k, kLexTitle) ||
          speaker_words::IsHonorific(s.Word(k)) || s.Word(k).ends_with('.') ||
          speaker_words::GivenNameGender(s.Word(k)) != 0)
        return -1;
    int k = i - 2;
    while (k > 0 && s.IsWord(k - 1) && s.Cap(k - 1)) --k;
    return k > 0 && s.IsIn(k - 1, "locative_preposition") ? k - 1 : -1;
  };
  if (r.begin == r.head_begin && after_city(r.head_begin, r.head_end) >= 0)
    return m;  // type kUnknown
  // "A salesman from Sumter, South Carolina,": the city and its state (the
  // apposition) describe the head before them, which ends before the
  // preposition.
  if (r.head_end < r.end) {
    int ab = r.head_end, ae = r.end;
    while (ab < ae && s.IsPunct(ab, ',')) ++ab;
    while (ae > ab && s.IsPunct(ae - 1, ',')) --ae;
    if (const int at = ab < ae ? after_city(ab, ae) : -1; at > r.head_begin && at < r.head_end) {
      r.head_end = r.end = at;
      m.head = {t[r.head_begin].start, t[r.head_end - 1].end};
    }
  }
  // Pronoun? ("He's said", "They're saying": the pronoun of a contraction.)
  std::string_view w = r.head_end - r.head_begin == 1 ? s.Word(r.head_begin) : std::string_view();
  bool contraction = false;
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
    const size_t at = w.find(apostrophe);
    if (at != std::string_view::npos && at > 0) {
      const std::string_view base = w.substr(0, at);
      const LexEntry* e = speaker_words::LookupWord(base);
      contraction = e != nullptr && (e->flags & kLexPronoun) && !(e->flags & kLexDeterminer);
      if (contraction) w = base;
    }
  }
  if (r.head_end - r.head_begin == 1 && (s.Has(r.head_begin, kLexPronoun) || contraction)) {
    if (EqualsLower(w, "he")) m.pronoun = 'm', m.gender = 'm';
    else if (EqualsLower(w, "she")) m.pronoun = 'f', m.gender = 'f';
    else if (EqualsLower(w, "they") || EqualsLower(w, "we")) m.pronoun = 'p', m.plural = true;
    else if (EqualsLower(w, "it")) m.pronoun = 'n';
    else m.pronoun = 'i';
    m.type = SourceType::kPerson;
    return m;
  }
  // "according to ouest-france.fr": a web site is an organisation's name.
  if (r.head_end - r.head_begin == 1 && s.IsWebDomain(r.head_begin)) {
    m.name = {t[r.head_begin].start, t[r.head_begin].end};
    m.type = SourceType::kOrganisation;
    return m;
  }
  // "Americans for Prosperity", "Physicians for Human Rights": capitalised
  // words after determiners only, "for" (not "for the") and capitalised words
  // ending the head, with a common or abstract noun (abstract_noun_ending)
  // after "for" and no title or given name name an organisation ("Edison
  // Research for the Associated Press" is the firm working for another)
  // ("Attorneys for Clinton" are his lawyers, "Secretary for Education Ann
  // Ray" a person, "Lydia Buchtmann for Food Standards …" speaks for it).
  {
    int a = r.head_begin;
    while (a < r.head_end && s.IsWord(a) && s.Has(a, kLexDeterminer)) ++a;
    int k = a;
    while (k < r.head_end && s.IsWord(k) && s.Cap(k) &&
           !s.Has(k, kLexTitle | kLexDeterminer) &&
           speaker_words::GivenNameGender(s.Word(k)) == 0)
      ++k;
    bool common = false,
         named = k > a && k + 1 < r.head_end && s.Is(k, "for") && !s.Is(k + 1, "the");
    for (int i = k + 1; named && i < r.head_end; ++i) {
      const bool inner = i + 1 < r.head_end && (s.Is(i, "and") || s.Is(i, "of") || s.Is(i, "the"));
      named = inner || (s.IsWord(i) && s.Cap(i) && !s.Has(i, kLexTitle) &&
                        speaker_words::GivenNameGender(s.Word(i)) == 0);
      common |= named && !inner &&
                (speaker_words::IsCommonWord(s.Word(i), {"common_noun", "common_other"}) ||
                 (s.Word(i).size() > 6 &&
                  WordLists::Default().EndsWithOneOf("abstract_noun_ending",
                                                     speaker_words::LowerAscii(s.Word(i)))));
    }
    if (named && common && s.Cap(r.head_end - 1)) {
      m.type = SourceType::kOrganisation;
      m.name = {t[a].start, t[r.head_end - 1].end};
      int rb = r.head_begin;
      while (rb < a && s.Has(rb, kLexDeterminer)) ++rb;
      if (rb < a) m.role = {t[rb].start, t[a - 1].end};
      return m;
    }
  }
  // "Three in 10 said", "Half of Republicans said": a share of a polled
  // group is a role (roles.h gives it the group), never a name.
  if (!ShareGroup(s.text().substr(t[r.begin].start, t[r.end - 1].end - t[r.begin].start)).empty()) {
    m.type = SourceType::kRole;
    return m;
  }
  // Gender hints: titles and lower-case words ("spokeswoman", "Mrs.")
  // anywhere in the mention, and a name's first word; a name word right
  // after another is a surname ("Joe Madison" is not made female by it).
  constexpr uint32_t kNotPlainName =
      kLexTitle | kLexOrgWord | kLexPlace | kLexDeterminer | kLexNotName;
  for (int i = r.begin; i < r.end; ++i) {
    if (i > r.begin && s.Cap(i) && !s.Has(i, kLexTitle) && s.IsWord(i - 1) && s.Cap(i - 1) &&
        !s.Has(i - 1, kNotPlainName))
      continue;
    // A given name alone is a surname ("Hassan said", "Henry said" after
    // "Maggie Hassan", "Mary Kay Henry"): its gender is no hint.
    const bool lone_given_name = s.Cap(i) && !s.Has(i, kLexTitle) &&
                                 speaker_words::GivenNameGender(s.Word(i)) != 0;
    char gender = lone_given_name ? 0 : speaker_words::GenderOf(s.Flags(i));
    // The first name word of a name: "Loretta Lynch".
    if (gender == 0 && s.Cap(i) && s.IsWord(i) && i + 1 < r.end && s.IsWord(i + 1) &&
        s.Cap(i + 1) && !s.Has(i, kNotPlainName))
      gender = speaker_words::GivenNameGender(s.Word(i));
    if (gender == 'f') m.gender = 'f';
    else if (gender == 'm' && m.gender == 0) m.gender = 'm';
  }
  // The part of the head before its first preposition (not "of" after a
  // title: "Secretary of State Rex Tillerson").
  int hb = r.head_begin, he = r.head_end;
  // "Member of Parliament (MP) Yvette Cooper of the Labour Party": a title
  // glossed by its acronym, then the person's name.
  for (int i = hb + 1; i + 4 < he; ++i) {
    if (!s.IsPunct(i, '(') || !s.IsPunct(i + 2, ')') || !IsAcronym(s.Word(i + 1))) continue;
    int j = i + 3;
    while (j < he && s.Cap(j) && !t[j].possessive &&
           !s.Has(j, kLexOrgWord | kLexPlace | kLexTitle | kLexDeterminer))
      ++j;
    if (j - (i + 3) < 2 || (j < he && s.Cap(j))) break;
    m.name = {t[i + 3].start, t[j - 1].end};
    m.type = SourceType::kPerson;
    m.role = {t[hb].start, t[i + 2].end};
    return m;
  }
  // A person name ending the head after a title phrase: "Former US Ambassador
  // to the United Nations Nikki Haley", "CEO of the Refugee Council Enver
  // Solomon". Two or more name words, none of them an organisation word.
  bool name_at_end = false;
  int named_org = -1;
  {
    int e = he;
    while (e > hb && s.IsPunct(e - 1, ')')) --e;
    // ("Speaker of the House Rep. Paul Ryan (R-WI)": a party and state label
    // in parentheses ends the name.)
    // (Not after two people: "Chairman Jason Chaffetz (R-Utah) and … Bob
    // Goodlatte (R-Va.)".)
    bool ends_head = e == he;
    bool two = false;
    for (int k = hb; k < e && !two; ++k) two = s.Is(k, "and");
    if (!two && e + 1 == he && e - 2 > hb && s.IsPunct(e - 2, '(') &&
        IsPartyStateLabel(s.Word(e - 1))) {
      he = e -= 2;
      ends_head = true;
    }
    int i = e;
    while (i > hb && s.Cap(i - 1) && !t[i - 1].possessive &&
           !s.Has(i - 1, kLexTitle | kLexOrgWord | kLexPlace | kLexDeterminer | kLexNotName))
      --i;
    // ("Undersecretary for Education Mr. Toccafondi": one name word after
    // an honorific after a capitalised title; not "advisers to Mr. Obama",
    // whose advisers speak.)
    const bool honorific_name = e - i == 1 && i - 2 > hb && s.Cap(i - 2) &&
                                speaker_words::IsHonorific(s.Word(i - 1));
    // ("British Chancellor of the Exchequer Nigel Lawson", "Chairman of the
    // Joint Chiefs of Staff Joe Dunford": after a title's complement, the
    // name opens at a given name two or three words before the end.)
    bool after_complement = false;
    if (i > hb && s.Has(i - 1, kLexPrep | kLexDeterminer) && e - i >= 3) {
      bool titled = false;
      for (int k = hb; k < i && !titled; ++k) titled = s.Has(k, kLexTitle);
      for (int g = std::max(i + 1, e - 3); titled && g + 2 <= e; ++g) {
        if (speaker_words::GivenNameGender(s.Word(g)) == 0) continue;
        i = g;
        after_complement = true;
        break;
      }
    }
    name_at_end = (e - i >= 2 || honorific_name) && ends_head && i > hb &&
                  (after_complement || s.Has(i - 1, kLexTitle | kLexOrgWord | kLexPlace) ||
                   (!s.Cap(i - 1) && !s.Has(i - 1, kLexPrep | kLexDeterminer)));
    // "Peter Iseley of worldwide victim group Ending Clergy Abuse": the name
    // before the first preposition is the person.
    for (int k = hb + 1; k < i && name_at_end; ++k) {
      if (!s.Has(k, kLexPrep)) continue;
      auto name_word = [&](int j) {
        return j >= hb && s.Cap(j) && !t[j].possessive &&
               !s.Has(j, kLexTitle | kLexOrgWord | kLexPlace | kLexNotName | kLexRoleNoun);
      };
      if (name_word(k - 1) && name_word(k - 2)) name_at_end = false;
      break;
    }
    // "US-based software company Red Hat", "news agency Interfax": named by
    // the organisation noun before it.
    if (e - i >= 1 && e == he && i > hb && !s.Cap(i - 1) && s.Has(i - 1, kLexOrgWord) &&
        !s.Has(i - 1, kLexRoleNoun | kLexTitle) && !t[i - 1].possessive)
      named_org = i;
  }
  bool org_of = false;  // "the National Conference of State Legislatures"
  for (int i = hb + 1; i < he && !name_at_end; ++i) {
    // "Secretary of State Rex Tillerson": "of" after a title stays in the head.
    if (s.Has(i, kLexPrep) && !(s.Is(i, "of") && i + 1 < he && s.Cap(i + 1) && s.Has(i - 1, kLexTitle))) {
      // "Ministry of Foreign Affairs", "Commission on Presidential Debates",
      // "Center for Biological Diversity": a capitalised organisation word
      // keeps its capitalised complement.
      // "The government of Oman": a lower-case one only before a place.
      bool lower_org = s.Is(i, "of") && !s.Cap(i - 1) && s.Has(i - 1, kLexOrgWord) &&
                       i - 1 == hb + 1 && s.Has(hb, kLexDeterminer) && i + 2 == he && s.Cap(i + 1);
      bool org_complement =
          (s.Is(i, "of") || s.Is(i, "for") || s.Is(i, "on")) && (s.Cap(i - 1) || lower_org) &&
          !t[i - 1].possessive && (s.Has(i - 1, kLexOrgWord) || org_of) && i + 1 < he &&
          // ("Montedison SPA of Italy", "Hoechst AG of West Germany": a
          // designator after a name ends it; the place is where it is.)
          !(i - 2 >= hb && s.Cap(i - 2) && !s.Has(i - 2, kLexDeterminer) &&
            speaker_words::IsCorporateDesignator(s.Word(i - 1))) &&
          (s.Cap(i + 1) || (s.Is(i + 1, "the") && i + 2 < he && s.Cap(i + 2))) &&
          !s.Has(i + 1, kLexTime | kLexSpeechNoun);
      if (org_complement) {
        org_of = true;
        continue;
      }
      he = i;
      break;
    }
    if (s.IsPunct(i, '(')) {
      he = i;
      break;
    }
  }
  // Whether the words [a, last] end on a role noun that is no title or
  // organisation word ("U.S. Officials", "A top U.S. Official"), so that
  // they name no person; not before a capitalised "of" complement
  // ("Communications Workers of America"). With `the_names`, capitalised
  // words after "the" are an organisation's name ("The United Auto
  // Workers").
  auto role_noun_ends = [&](int a, int last, bool the_names) {
    if (!s.Has(last, kLexRoleNoun) || s.Has(last, kLexTitle | kLexOrgWord)) return false;
    if (last + 2 < r.end && s.Is(last + 1, "of") && s.Cap(last + 2)) return false;
    bool the_name = the_names && s.Is(a, "the") && a < last;
    for (int i = a + 1; i <= last && the_name; ++i) the_name = s.Cap(i);
    return !the_name;
  };
  // Proper name: trailing capitalised words that are not titles, places or
  // organisation words.
  int name_first = -1;  // first token of the last name found
  auto find_name = [&](int a, int b) -> Span {
    int e = b;
    while (e > a && !s.Cap(e - 1)) return {};
    int i = e;
    // A title or place word after a given name or an initial is a surname
    // ("Peter King", "Peter T. King", "Rep. Jim Jordan", "Steve Israel").
    const bool title_surname =
        e - 2 >= a && s.Has(e - 1, kLexTitle | kLexPlace) && s.Cap(e - 2) &&
        (speaker_words::GivenNameGender(s.Word(e - 2)) != 0 || t[e - 2].abbreviation);
    while (i > a && s.Cap(i - 1) && !t[i - 1].possessive &&
           (!s.Has(i - 1, kLexTitle | kLexOrgWord | kLexPlace | kLexDeterminer) ||
            (title_surname && i == e)) &&
           !(s.Has(i - 1, kLexNotName) && i - 1 == a))
      --i;
    // ("Dean Kleckner": a title that is also a given name, before one
    // capitalised word alone, is the given name.)
    if (e - i == 1 && i > a && s.Cap(i - 1) && s.IsIn(i - 1, "given_name_title") &&
        (i - 1 == a || !s.Cap(i - 2)))
      --i;
    if (i >= e) return {};
    // "U.S. Officials said", "A top U.S. Official said": a role noun that is
    // no title, capitalised, ends no person's name.
    if (role_noun_ends(a, e - 1, false)) return {};
    // "The 14th Amendment", "the 82nd Airborne": a capitalised word after an
    // ordinal number names no one.
    if (e - i == 1 && i > a && s.IsWord(i - 1)) {
      const std::string_view ordinal = s.Word(i - 1);
      if (ordinal.size() >= 3 && ordinal.front() >= '0' && ordinal.front() <= '9' &&
          (ordinal.ends_with("th") || ordinal.ends_with("st") || ordinal.ends_with("nd") ||
           ordinal.ends_with("rd")))
        return {};
    }
    // "Pierre de Vos", "Osama bin Laden", "Arnel dela Vega": a lower-case
    // particle (name_particle) between a given name, or a word no list
    // knows, and the surname is part of the name ("Bashar al-Assad" is one
    // token). Not after a title ("Mr. de Vos": the surname is looked up).
    auto plain_name_word = [&](int k) {
      return s.Cap(k) && !t[k].possessive && !t[k].abbreviation &&
             !s.Has(k, kLexTitle | kLexOrgWord | kLexPlace | kLexDeterminer | kLexNotName);
    };
    int g = i - 1;
    while (g > a && g > i - 3 && s.IsIn(g, "name_particle")) --g;
    if (g < i - 1 && g >= a && plain_name_word(g) &&
        (speaker_words::GivenNameGender(s.Word(g)) != 0 ||
         !speaker_words::IsCommonWord(s.Word(g), {"common_noun", "common_other", "common_adverb",
                                                  "common_function"}))) {
      i = g;
      while (i > a && plain_name_word(i - 1)) --i;  // "Carlos Eduardo de Freitas"
    }
    if (i > a && e - i == 1 && s.Cap(i - 1) && s.Has(i - 1, kLexPlace)) return {};  // "Saudi Arabia"
    // "Senators who attended …", "Republicans who …": a capitalised plural
    // before its relative clause is a group of people, no name.
    if (group_head && e - i == 1 && e == r.head_end) return {};
    // "Critics from across …", "Analysts say", "… rose. Economists believe":
    // a role noun capitalised only because it opens a sentence or clause
    // (no word before it).
    if (e - i == 1 && i == r.begin && s.Has(i, kLexRoleNoun | kLexPlural) &&
        !s.Has(i, kLexOrgWord) && (i == 0 || !s.IsWord(i - 1)))
      return {};
    // "First Minister of Scotland Nicola Sturgeon", "President of Argentina
    // Alberto Fernández", "Chancellor of the Exchequer Nigel Lawson": the
    // complement of the title is not part of the name.
    if (i > a && e - i >= 3 &&
        (s.Has(i - 1, kLexPrep) ||
         (i - 1 > a && s.Has(i - 1, kLexDeterminer) && s.Has(i - 2, kLexPrep))))
      i = e - i >= 4 && speaker_words::GivenNameGender(s.Word(e - 3)) != 0 ? e - 3 : e - 2;
    // The tail of an organisation's name is no person: one word after a
    // capitalised organisation word ("The Daily Caller", "CNN
    // Philippines"; not a party's members: "Senate Republicans"), or the
    // words after an "of", "for" or "and" inside a name whose head, the word
    // before its first "of" or "for", is an organisation word ("Center for
    // Economic and Policy Research").
    if (e - i == 1 && i > a && s.Cap(i - 1) && !t[i - 1].possessive &&
        s.Has(i - 1, kLexOrgWord) && !s.Has(i - 1, kLexTitle | kLexPlace)) {
      std::string lower = speaker_words::LowerAscii(s.Word(i));
      if (lower.ends_with('s')) lower.pop_back();
      // (Nor a person the gazetteer knows: "the Washington Post Trump" is
      // a misparse around Trump.)
      std::optional<KnownEntity> known = EntityLinker::Default().Lookup(s.Word(i));
      if (!WordLists::Default().Contains("affiliation", lower) &&
          !(known && known->type == "person"))
        return {};
    }
    for (int k = i - 1; k > a && (s.Is(k, "of") || s.Is(k, "for") || s.Is(k, "and")) &&
                        s.Cap(k - 1) && !t[k - 1].possessive;) {
      if (!s.Is(k, "and") && s.Has(k - 1, kLexOrgWord)) return {};
      --k;
      while (k > a && s.Cap(k) && s.Cap(k - 1) && !t[k - 1].possessive &&
             !s.Has(k - 1, kLexDeterminer))
        --k;
      --k;
    }
    // "The Attorney General of Texas", "the Directorate General of Civil
    // Aviation": a title's complement alone names no one.
    if (i > a + 1 && e - i <= 2 && s.Is(i - 1, "of") && s.Has(i - 2, kLexTitle)) return {};
    if (e - i > 4) return {};
    name_first = i;
    return {t[i].start, t[e - 1].end};
  };
  // "a statement released by Erdogan's office", "A Government Accountability
  // Office report released last year": the participle and what follows it
  // are not the head.
  // ("a survey conducted by analyst Elena Sadovskaya" keeps its issuer.)
  // ("Figures reported on Sunday": the noun may open the mention.)
  for (int i = hb; i + 1 < he; ++i)
    if (s.Has(i, kLexDocNoun) && s.LooksPastForm(i + 1) && !s.Has(i + 1, kLexCue) &&
        (i + 2 == he || !s.IsIn(i + 2, "issuer_preposition"))) {
      he = i + 1;
      break;
    }
  // "A CNN/ORC poll last month", "figures her campaign released", "new
  // documents he submitted to the government": a time word, a subject
  // pronoun or a possessive determiner after the document noun heading the
  // mention (no preposition before it: "voters in a Times poll last year"
  // are voters) closes the head as well.
  for (int i = hb; i + 1 < he && !s.Has(i, kLexPrep); ++i)
    if (s.Has(i, kLexDocNoun) && !s.Cap(i + 1) &&
        (s.Has(i + 1, kLexTime) || (s.Has(i + 1, kLexPronoun) && !s.Has(i + 1, kLexBoundary)) ||
         s.IsIn(i + 1, "possessive_determiner"))) {
      he = i + 1;
      break;
    }
  bool org_word = false, role_noun = false, doc_noun = false;
  for (int i = hb; i < he; ++i) {
    if (s.Has(i, kLexOrgWord) && s.Cap(i)) org_word = true;
    // "Salomon Brothers", "VMS Realty Partners": a capitalised designator
    // after a name.
    if (i > hb && s.Cap(i) && s.Cap(i - 1) && speaker_words::IsCorporateDesignator(s.Word(i)))
      org_word = true;
  }
  int last = he - 1;
  while (last > hb && s.IsPunct(last, ')')) --last;
  // "Several Senators", "veteran Republicans", "Catholics who attended
  // Mass", "Americans": a capitalised plural (IsCapitalisedPluralHead) after
  // nothing but determiners and lower-case words is an unnamed group when a
  // determiner other than "the" quantifies it, lower-case words describe a
  // group the gazetteer knows (not "the celebrity press ReganBooks", "dos
  // Santos"), a relative clause follows, or it names a nationality's people
  // with no article ("The Russians said" is their government): a role, as
  // "several voters" (below), never a person, party or country.
  bool group = false;
  if (s.IsWord(last) && s.Cap(last) && !t[last].possessive &&
      speaker_words::IsCapitalisedPluralHead(s.Word(last), {})) {
    int q = hb;
    bool quantified = false, described = false;
    for (; q < last && s.IsWord(q) && (s.Has(q, kLexDeterminer) || !s.Cap(q)); ++q) {
      quantified |= s.Has(q, kLexDeterminer) && !s.Is(q, "the");
      described |= !s.Has(q, kLexDeterminer);
    }
    const std::optional<KnownEntity> known = EntityLinker::Default().Lookup(s.Word(last));
    const bool known_group = known && known->type != "person";
    const bool clause = group_head || (last + 1 == r.head_end && r.head_end < r.end &&
                                       !s.Cap(r.head_end) &&
                                       s.IsIn(r.head_end, "relative_pronoun"));
    group = q == last && (quantified || (described && known_group) || clause ||
                          (q == hb && speaker_words::IsNationalityPlural(s.Word(last))));
    if (group) m.plural = true;
  }
  if (!s.Cap(last) || (last == hb && s.Has(last, kLexNotName | kLexRoleNoun | kLexDocNoun) &&
                       !s.Has(last, kLexOrgWord | kLexPlace))) {
    if (s.Has(last, kLexOrgWord)) org_word = true;
    if (s.Has(last, kLexRoleNoun)) role_noun = true;
    if (s.Has(last, kLexDocNoun)) doc_noun = true;
    // "the senator's allies", "civil rights groups": plural too ("they").
    if (s.Has(last, kLexPlural) || s.IsIn(last, "they_group")) m.plural = true;
  }
  // A name ending the head makes a person even after an organisation word
  // ("Pentagon press secretary Peter Cook", "Russia’s UN ambassador …").
  if (org_of) org_word = true;
  // ("Rep. Jim Jordan", "Steve Israel": a place after a given name or an
  // initial is a surname; "St. Lucia", "Saudi Arabia" stay places.)
  const bool place_surname =
      last > hb && s.Has(last, kLexPlace) && !s.Has(last, kLexOrgWord) && s.Cap(last - 1) &&
      (speaker_words::GivenNameGender(s.Word(last - 1)) != 0 ||
       (t[last - 1].abbreviation && s.Word(last - 1).size() == 2));
  Span name = group || (s.Has(last, kLexOrgWord | kLexPlace) && !place_surname) || org_of
                  ? Span{}
                  : find_name(hb, last + 1);
  const int head_name_first = name.empty() ? -1 : name_first;
  if (!name.empty() && name.start == t[hb].start && org_word) name = {};
  // The apposition may carry the name: "The US ambassador …, Samantha Power".
  Span app_name;
  if (r.head_end < r.end) {
    int ab = r.head_end, ae = r.end;
    while (ab < ae && (s.IsPunct(ab, ',') || s.Has(ab, kLexDeterminer))) ++ab;
    while (ae > ab && s.IsPunct(ae - 1, ',')) --ae;
    if (ab < ae && s.AllCapitalized(ab, ae) && !s.HasNoun(ab, ae, kLexOrgWord) &&
        after_city(ab, ae) < 0) {
      app_name = find_name(ab, ae);
    }
    // "The mayor of New Orleans, LaToya Cantrell": the place is not the name.
    if (!app_name.empty() && !name.empty() && head_name_first > hb &&
        s.Has(head_name_first - 1, kLexPrep))
      name = {};
    // "A Republican, Mark Amodei": an indefinite description's one
    // capitalised word is what the named person is, not a name.
    if (!app_name.empty() && !name.empty() && head_name_first == last &&
        s.IsIn(hb, "indefinite_determiner"))
      name = {};
    if (!app_name.empty() && name.empty()) {
      name = app_name;
      m.role = {t[r.head_begin].start, t[r.head_end - 1].end};
    } else if (!name.empty() || org_word) {
      int rb = r.head_end;
      while (rb < r.end && s.IsPunct(rb, ',')) ++rb;
      int re = r.end;
      while (re > rb && s.IsPunct(re - 1, ',')) --re;
      // "Union Carbide Corp, which sold its battery business,": what an
      // organisation did is no role of its speaker.
      if (rb < re && !s.Is(rb, "which")) m.role = {t[rb].start, t[re - 1].end};
    }
  }
  if (doc_noun && !name.empty() && name.end <= t[last].start) name = {};
  if (!name.empty() && !doc_noun && named_org >= 0 && head_name_first == named_org &&
      m.role.empty()) {
    m.name = name;
    m.type = SourceType::kOrganisation;
    return m;
  }
  // "General Motors", "General Mills": a title that opens firms' names
  // (firm_title_word; not "Senator Sessions", "Ms. Fields") before one plural
  // of a common noun is part of a firm's name, no person's.
  if (!name.empty() && !doc_noun && head_name_first == last && last > hb &&
      s.Cap(last - 1) && s.IsIn(last - 1, "firm_title_word") && s.Word(last).ends_with("s") &&
      speaker_words::IsCommonWord(s.Word(last), {"common_noun"})) {
    m.name = {t[last - 1].start, t[last].end};
    m.type = SourceType::kOrganisation;
    return m;
  }
  if (!name.empty() && !doc_noun) {
    org_word = false;
    m.name = name;
    m.type = SourceType::kPerson;
    // Title words before the name are the role: "Pentagon press secretary".
    if (m.role.empty() && name.start > m.head.start) {
      int i = hb;
      if (s.Has(i, kLexDeterminer)) ++i;
      if (i < he && t[i].start < name.start) {
        uint32_t end = name.start;
        while (end > t[i].start && IsSpaceByte(s.text()[end - 1])) --end;
        m.role = {t[i].start, end};
      }
    }
    // A single capitalised word that is a place or organisation is not a person.
    return m;
  }
  if (doc_noun) {
    m.type = SourceType::kDocument;
    FindIssuer(s, r, hb, last, &m);
    return m;
  }
  // "One MP", "another Senator": an indefinite title names no one. "The
  // President", "The Governor": a definite one is a role (the holder the
  // article names), not an organisation's name.
  if (s.Has(last, kLexTitle) && !s.Has(last, kLexOrgWord) && last == hb + 1 &&
      (s.IsIn(hb, "indefinite_determiner") || (s.Is(hb, "the") && last + 1 == r.end))) {
    m.type = SourceType::kRole;
    m.role = {t[last].start, t[last].end};
    return m;
  }
  // "The Attorney General of Texas", "the Republican attorney general of
  // Oklahoma": an office (its title and complement) whose holder is unnamed
  // is a role; "the
  // Directorate General of Civil Aviation", opened by an organisation word, is
  // an organisation.
  {
    int nb = hb;
    while (nb < he && s.Has(nb, kLexDeterminer)) ++nb;
    int of = nb;
    while (of < last && !s.Is(of, "of")) ++of;
    bool title = false, office = of > nb && of < last;
    for (int i = nb; i < of && office; ++i) {
      office = (s.Cap(i) || s.Has(i, kLexTitle)) && !s.Has(i, kLexOrgWord);
      title |= s.Has(i, kLexTitle);
    }
    if (office && title) {
      m.type = SourceType::kRole;
      m.role = {t[nb].start, t[last].end};
      return m;
    }
  }
  // "police"; "A Commission spokesman" (a person of the organisation, not
  // it); "Halvern Corp's chairman" (a title after an organisation's
  // possessive).
  const bool possessed_title = last > hb && s.Has(last, kLexTitle) && !s.Cap(last) &&
                               t[last - 1].possessive;
  if ((role_noun || possessed_title) && !s.Cap(last) &&
      (!s.Has(hb, kLexDeterminer) || !s.Has(last, kLexOrgWord)))
    org_word = false;
  // "Some local press", "Several newspapers": a quantified group of
  // organisations is unnamed people of them, a role.
  if (org_word && !s.Cap(last) && s.IsIn(hb, "group_quantifier")) org_word = false;
  // A capitalised last word that is a name: not a determiner opening the
  // sentence ("One of the officials", "Several", "Another").
  // (Nor a role noun that is no title: "A top U.S. Official".)
  const bool named_last = s.Cap(last) && !s.Has(last, kLexDeterminer | kLexPronoun) &&
                          !role_noun_ends(hb, last, true);
  if (!group && (org_word || s.Has(last, kLexPlace) ||
                 (named_last && (s.Has(hb, kLexDeterminer) || s.Has(last, kLexPlace))))) {
    m.type = SourceType::kOrganisation;
    int nb = hb;
    while (nb < he && s.Has(nb, kLexDeterminer)) ++nb;
    // "the conservative-leaning Tax Foundation", "the event organizer
    // Alliance to Reclaim Our Schools": lower-case words before the name
    // describe it (the role); the name is the capitalised run.
    if (s.Cap(last)) {
      int first_cap = nb;
      while (first_cap < last && s.IsWord(first_cap) && !s.Cap(first_cap) &&
             !t[first_cap].possessive)
        ++first_cap;
      if (first_cap > nb && first_cap < last && s.Cap(first_cap)) {
        m.role = {t[nb].start, t[first_cap - 1].end};
        nb = first_cap;
      }
    }
    if (nb <= last) m.name = {t[nb].start, t[last].end};
    return m;
  }
  if (named_last && !role_noun && !group) {
    // A capitalised head we do not know: a name (resolved against earlier ones).
    m.type = SourceType::kPerson;
    m.name = {t[hb].start, t[last].end};
    int nb = hb;
    while (nb < last && (s.Has(nb, kLexTitle) || s.Has(nb, kLexDeterminer))) ++nb;
    m.name = {t[nb].start, t[last].end};
    return m;
  }
  m.type = SourceType::kRole;
  int rb = hb;
  while (rb < r.end && s.Has(rb, kLexDeterminer) && !s.Has(rb, kLexPronoun)) ++rb;
  // "One of the officials": the role is the group's noun phrase.
  if (rb > hb && rb + 1 < r.end && s.Is(rb, "of")) {
    ++rb;
    while (rb + 1 < r.end && s.Has(rb, kLexDeterminer) && !s.Has(rb, kLexPronoun)) ++rb;
  }
  if (rb < r.end) m.role = {t[rb].start, t[r.end - 1].end};
  return m;
}

}  // namespace claimgraph::ingest::internal

namespace claimgraph::ingest {

SourceMention DescribeSourceTokens(std::string_view text, const ParagraphTokens& paragraph,
                                   int begin, int end) {
  std::vector<uint8_t> claimed;  // DescribeSource does not read it
  internal::SentenceScanner s(text, paragraph, claimed);
  internal::SourceRange r{begin, end, begin, end};
  for (int i = begin + 1; i < end; ++i) {
    if (s.IsPunct(i, ',') || s.IsPunct(i, '(')) {
      r.head_end = i;
      break;
    }
  }
  return internal::DescribeSource(s, r);
}

}  // namespace claimgraph::ingest
