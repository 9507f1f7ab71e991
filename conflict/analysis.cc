// Per-claim analysis for the conflict detector: clauses, negation scope,
// embedded reports, parties, predicates, figures and claim references.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "conflict/internal.h"
#include "text/lexicon.h"

namespace claimgraph::ingest::conflict_internal {
namespace {

// Spelled-out numbers of the lexicon's `number` table; "twenty-five" joins a
// tens word and a unit word. Larger ones combine with multipliers.
std::optional<double> SmallNumber(const Lexicon& lex, std::string_view w) {
  if (auto value = lex.NumberWord("number", w)) return value;
  std::size_t dash = w.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto tens = lex.NumberWord("number", w.substr(0, dash));
  if (!tens || *tens < 20 || *tens >= 100 || std::fmod(*tens, 10) != 0) return std::nullopt;
  auto unit = SmallNumber(lex, w.substr(dash + 1));
  if (unit && *unit < 10) return *tens + *unit;
  return std::nullopt;
}

struct NumberAt {
  double low = 0, high = 0;
  bool unbounded = false;
  bool vague = false;  // "dozens", "several", "a few hundred"
  std::size_t last = 0;  // last token of the number
};

// "1,035", "90", "seventeen", "twenty-five", "1.2 million", "three hundred";
// vague counts of the lexicon's `vague` table ("dozens" [24, 199], "several"
// [3, 9]), "tens of thousands" [20000, 99999]. A bare four-digit number from
// 1900 to 2100 is taken for a year, not a count.
std::optional<NumberAt> ParseNumber(const Lexicon& lex, const std::vector<Token>& t,
                                    std::size_t i) {
  auto multiplier = [&](std::string_view w) { return lex.NumberWord("multiplier", w); };
  const std::string& w = t[i].lower;
  NumberAt n;
  n.last = i;
  if (w == "tens" && i + 2 < t.size() && t[i + 1].lower == "of" &&
      (t[i + 2].lower == "thousands" || t[i + 2].lower == "millions")) {
    double m = t[i + 2].lower == "thousands" ? 1e3 : 1e6;
    n.low = 20 * m, n.high = 99 * m, n.last = i + 2, n.vague = true;
    return n;
  }
  if (const NumberRange* v = lex.VagueCount(w)) {
    n.low = v->low, n.high = v->high, n.vague = true;
    return n;
  }
  // "a few hundred" [200, 500), "a few thousand".
  if (w == "few" && i + 1 < t.size()) {
    if (auto m = multiplier(t[i + 1].lower)) {
      n.low = 2 * *m, n.high = 5 * *m, n.last = i + 1, n.vague = true;
      return n;
    }
  }
  double value = 0;
  if (absl::ascii_isdigit(static_cast<unsigned char>(w[0]))) {
    std::string digits;
    for (char c : w) {
      if (absl::ascii_isdigit(static_cast<unsigned char>(c)) || c == '.')
        digits += c;
      else if (c != ',')
        return std::nullopt;  // "6am", "F-16s", "737-800"
    }
    if (digits.empty() || digits.back() == '.') return std::nullopt;
    value = std::stod(digits);
    bool comma = w.find(',') != std::string::npos;
    if (!comma && w.size() == 4 && value >= 1900 && value <= 2100)
      return std::nullopt;
  } else if (auto small = SmallNumber(lex, w)) {
    value = *small;
  } else {
    return std::nullopt;
  }
  while (n.last + 1 < t.size()) {
    auto m = multiplier(t[n.last + 1].lower);
    if (!m) break;
    value *= *m;
    ++n.last;
  }
  n.low = n.high = value;
  return n;
}

bool HasSeq(const std::vector<Token>& t, std::size_t end,
            std::initializer_list<std::string_view> words) {
  // True when `words` occupy the tokens just before index `end`.
  if (end < words.size()) return false;
  std::size_t k = end - words.size();
  for (std::string_view w : words)
    if (t[k++].lower != w) return false;
  return true;
}

}  // namespace

void MarkModalsAndTimes(const std::vector<Token>& t, const Lexicon& lex,
                        Analysis* an) {
  const std::size_t n = t.size();
  an->modal.assign(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (!lex.Has("modal", t[i].lower) && !lex.Has("modal", t[i].stem)) continue;
    // "May" the month is not "may" the modal.
    if (t[i].lower == "may" && t[i].capitalised && i > 0) continue;
    for (std::size_t k = i + 1;
         k < n && k <= i + 5 && an->clause[k] == an->clause[i]; ++k)
      an->modal[k] = true;
  }
  for (std::size_t i = 0; i < n; ++i) {
    const Token& w = t[i];
    if (auto m = lex.Match("time", t, i)) {
      if (m->key == "period") {
        // "last week", "this year", "next month": the period with its anchor.
        if (i > 0 && (t[i - 1].lower == "last" || t[i - 1].lower == "next" ||
                      t[i - 1].lower == "this" || t[i - 1].lower == "past"))
          an->times.insert(Cat(t[i - 1].lower, "_", w.stem));
      } else if (m->key != "month" || w.capitalised) {
        an->times.insert(w.stem);
      }
    } else if (w.lower.size() == 4 &&
               absl::ascii_isdigit(static_cast<unsigned char>(w.lower[0]))) {
      int year = std::atoi(w.lower.c_str());
      if (year >= 1900 && year <= 2100) an->times.insert(w.lower);
    }
  }
}

// Long because: one left-to-right pass over the claim's tokens that fills every
// field of Analysis from the same scope state (negation, clause boundaries,
// counted nouns); issue 12 redesigns this analysis, and splits it then.
Analysis Analyze(const ClaimText& claim, const Lexicon& lex, Stemmer& stemmer) {
  Analysis an;
  an.tokens = ClaimWords(claim.content, stemmer);
  for (Token& token : an.tokens) token.tables = lex.FirstStemTables(token.stem);
  const std::vector<Token>& t = an.tokens;
  const std::size_t n = t.size();
  an.clause.assign(n, 0);
  an.negated.assign(n, false);
  an.embedded.assign(n, false);
  an.evidential.assign(n, false);
  an.negator.assign(n, false);
  std::vector<int> direct(n, -1);

  an.participates = claim.asserts;
  std::string cue(claim.cue_lemma);
  absl::AsciiStrToLower(&cue);
  if (!cue.empty()) {
    std::vector<Token> cue_tokens = ClaimWords(cue, stemmer);
    if (!cue_tokens.empty()) {
      auto m = lex.Match("cue", cue_tokens, 0);
      an.deny_cue = m && (m->key == "deny" || m->key == "reject");
      an.reject_cue = m && m->key == "reject";
      an.accuse_cue = m && m->key == "accuse";
    }
  }

  int clause = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (lex.Has("boundary", t[i].stem) || lex.Has("boundary", t[i].lower))
      ++clause;
    an.clause[i] = clause;
  }
  auto clause_end = [&](std::size_t i) {
    std::size_t e = i;
    while (e + 1 < n && an.clause[e + 1] == an.clause[i]) ++e;
    return e;
  };

  // Negation scope: from the negator to the end of its clause. Example (a12):
  // "Russia had no ‘specific evidence’ of the United States colluding with
  // Islamic State militants" - "no" scopes over "colluding"; with an evidential
  // noun right after it the scope is also marked evidential.
  for (std::size_t i = 0; i < n; ++i) {
    an.negator[i] = static_cast<bool>(lex.Match("negator", t, i));
    bool negator = an.negator[i];
    auto cue_word = lex.Match("cue", t, i);
    // "The FSB denies ...", but not a noun: "the trade dispute between the
    // U.S. and Japan" (issue 12: paired with a claim about the talks
    // "between the U.S. and Japan").
    const bool noun = (i > 0 && lex.Has("nounbefore", t[i - 1].stem)) ||
                      (i + 1 < n && lex.Has("nounafter", t[i + 1].stem));
    if (cue_word && cue_word->key == "deny" && i > 0 && !noun) negator = true;
    if (!negator) continue;
    // The predicate it negates directly: the first word after it that is not
    // an auxiliary ("was also never forced", "did n't take"). After a negator
    // word it must be a content word: "has never been the property of ... the
    // State Department" negates a noun phrase, not a predicate "the" that any
    // claim naming the State Department asserts (issue 12). A deny verb's
    // object is what it denies, determiner and all ("findings contradicted
    // her public statements").
    for (std::size_t k = i + 1; k < n && k <= i + 4 && an.clause[k] == an.clause[i];
         ++k) {
      if (lex.Has("aux", t[k].lower) || lex.Has("aux", t[k].stem)) continue;
      if (!t[k].punct && !t[k].capitalised && t[k].lower.size() > 2 &&
          !absl::ascii_isdigit(static_cast<unsigned char>(t[k].lower[0])) &&
          !lex.Has("noalign", t[k].stem) && !lex.Has("noalign", t[k].lower) &&
          !(an.negator[i] && lex.Match("stop", t, k)) &&
          !lex.Has("evidential", t[k].stem) && !lex.Match("negator", t, k))
        direct[k] = static_cast<int>(i);
      break;
    }
    an.any_negation = true;
    bool evidential = false;
    for (std::size_t k = i + 1; k < n && k <= i + 3; ++k)
      if (lex.Has("evidential", t[k].stem)) evidential = true;
    // The scope also ends at a coordinated new subject ("that was not our
    // intention and we of course regret the loss of life") and after 10 words.
    for (std::size_t k = i + 1; k <= clause_end(i) && k < n && k <= i + 10;
         ++k) {
      if (t[k].lower == "and" && k + 1 < n &&
          lex.Has("pronoun", t[k + 1].lower))
        break;
      an.negated[k] = !an.negated[k];
      an.evidential[k] = an.evidential[k] || evidential;
    }
  }
  // A deny-class cue makes the whole content the denied proposition: "A Russian
  // military spokesman denied targeting the group".
  if (an.deny_cue)
    for (std::size_t i = 0; i < n; ++i) an.negated[i] = !an.negated[i];

  // Embedded reports: "after Russia was accused of targeting US-backed forces"
  // reports someone else's accusation; the speaker does not assert it.
  for (std::size_t i = 0; i < n; ++i)
    if (lex.Match("embed", t, i))
      for (std::size_t k = i + 1; k <= clause_end(i) && k < n; ++k)
        an.embedded[k] = true;

  // "Russian forces were pursuing IS fighters ... when their jets struck close
  // enough to injure SDF troops": harm conceded as not intended.
  for (std::size_t i = 0; i < n; ++i)
    if (lex.Match("accident", t, i)) an.accident = true;

  // Parties: aliases first ("White House" -> united_states), then runs of
  // capitalised non-stop words ("Bashar al-Assad").
  for (std::size_t i = 0; i < n;) {
    if (auto m = lex.Match("alias", t, i)) {
      an.entities.push_back({m->key, i, i + m->length - 1});
      i += m->length;
      continue;
    }
    if (t[i].capitalised && !t[i].punct && !lex.Match("stop", t, i)) {
      std::size_t e = i;
      while (e + 1 < n && t[e + 1].capitalised && !t[e + 1].punct &&
             !lex.Match("alias", t, e + 1))
        ++e;
      std::string name;
      for (std::size_t k = i; k <= e; ++k)
        CatTo(&name, k == i ? "" : "_", t[k].lower);
      an.entities.push_back({name, i, e});
      i = e + 1;
      continue;
    }
    ++i;
  }
  for (const EntityMention& m : an.entities) an.entity_set.insert(m.canonical);
  auto fold = [&](std::string_view name, std::set<std::string>* out) {
    std::vector<Token> nt = ClaimWords(name, stemmer);
    bool whole = false;
    for (std::size_t i = 0; i < nt.size(); ++i) {
      if (auto m = lex.Match("alias", nt, i)) {
        out->insert(m->key);
        whole = whole ||
                (i == 0 && static_cast<std::size_t>(m->length) == nt.size());
      }
    }
    if (!whole && out == &an.entity_set) {
      std::string joined;
      for (const Token& k : nt)
        if (!k.punct) CatTo(&joined, joined.empty() ? "" : "_", k.lower);
      if (!joined.empty()) out->insert(joined);
    }
  };
  for (const std::string& e : claim.entities) fold(e, &an.entity_set);
  fold(claim.speaker, &an.speaker_side);
  for (const Token& k : ClaimWords(claim.speaker, stemmer))
    if (!k.punct) an.speaker_words.push_back(k.lower);
  // "Sharp Corp" is "Sharp": a corporate designator does not name the speaker.
  while (an.speaker_words.size() > 1 &&
         lex.Has("corporate", an.speaker_words.back()))
    an.speaker_words.pop_back();

  // Predicates of the relation, event and measure tables; "unrelated" is a
  // negated "related".
  for (std::size_t i = 0; i < n; ++i) {
    for (TableName table : {TableName("relation"), TableName("event"), TableName("measure")}) {
      if (auto m = lex.Match(table, t, i)) {
        an.predicates.push_back({std::string(table.name), m->key, i, m->length,
                                 an.negated[i], an.embedded[i]});
      } else if (t[i].lower.size() > 5 && t[i].lower.compare(0, 2, "un") == 0 &&
                 table.name != "measure") {
        std::vector<Token> rest{t[i]};
        rest[0].lower = t[i].lower.substr(2);
        rest[0].stem = stemmer.Stem(rest[0].lower);
        rest[0].tables = ~0u;  // for the old stem
        if (auto m2 = lex.Match(table, rest, 0)) {
          an.predicates.push_back({std::string(table.name), m2->key, i, 1,
                                   !an.negated[i], an.embedded[i]});
          an.any_negation = true;
        }
      }
    }
  }

  // Figures with bounds and their counted noun. Example (a14): "US jets had
  // killed more than 60 Syrian soldiers" -> (60, inf) soldier, measure kill.
  for (std::size_t i = 0; i < n; ++i) {
    auto num = ParseNumber(lex, t, i);
    if (!num) continue;
    Figure f;
    f.low = num->low, f.high = num->high;
    f.vague = num->vague;
    std::size_t first = i, last = num->last;
    if (i >= 1 && t[i - 1].lower == "between" && last + 2 < n &&
        t[last + 1].lower == "and") {
      if (auto hi = ParseNumber(lex, t, last + 2)) {
        f.high = hi->high;
        last = hi->last;
        first = i - 1;
      }
    } else if (last + 2 < n && t[last + 1].lower == "to") {
      if (auto hi = ParseNumber(lex, t, last + 2); hi && hi->high > f.low) {
        f.high = hi->high;
        last = hi->last;
      }
    }
    double v = f.low;
    if (first == i) {
      if (HasSeq(t, i, {"as", "many", "as"})) {
        f.low = 0, f.high = v, first = i - 3;
      } else if (HasSeq(t, i, {"no", "more", "than"}) ||
                 HasSeq(t, i, {"at", "most"}) || HasSeq(t, i, {"up", "to"})) {
        f.low = 0, f.high = v, first = i - (t[i - 1].lower == "than" ? 3 : 2);
      } else if (HasSeq(t, i, {"more", "than"}) ||
                 HasSeq(t, i, {"in", "excess", "of"})) {
        f.low_inclusive = false, f.unbounded_high = true;
        first = i - (t[i - 1].lower == "than" ? 2 : 3);
      } else if (HasSeq(t, i, {"over"}) || HasSeq(t, i, {"above"})) {
        f.low_inclusive = false, f.unbounded_high = true, first = i - 1;
      } else if (HasSeq(t, i, {"at", "least"}) ||
                 HasSeq(t, i, {"no", "fewer", "than"}) ||
                 HasSeq(t, i, {"no", "less", "than"}) ||
                 HasSeq(t, i, {"a", "minimum", "of"})) {
        f.unbounded_high = true;
        first = i - (t[i - 1].lower == "least" ? 2 : 3);
      } else if (HasSeq(t, i, {"less", "than"}) ||
                 HasSeq(t, i, {"fewer", "than"})) {
        f.low = 0, f.high_inclusive = false, first = i - 2;
      } else if (HasSeq(t, i, {"under"}) || HasSeq(t, i, {"below"})) {
        f.low = 0, f.high_inclusive = false, first = i - 1;
      } else if (HasSeq(t, i, {"nearly"}) || HasSeq(t, i, {"almost"})) {
        f.low = 0.9 * v, f.high_inclusive = false, first = i - 1;
      } else if (HasSeq(t, i, {"about"}) || HasSeq(t, i, {"around"}) ||
                 HasSeq(t, i, {"approximately"}) || HasSeq(t, i, {"roughly"}) ||
                 HasSeq(t, i, {"some"}) || HasSeq(t, i, {"estimated"})) {
        f.low = 0.9 * v, f.high = 1.1 * v, first = i - 1;
      }
    }
    // The counted noun: up to three content words after the number, stopping
    // at a predicate ("42 people dead") or a past participle.
    std::size_t j = last + 1;
    if (j < n && t[j].lower == "of") ++j;  // "dozens of people"
    if (j < n && t[j].lower == "the") ++j;
    Quantity q;
    std::optional<std::size_t> head;
    for (int count = 0; j < n && count < 3; ++j, ++count) {
      const Token& w = t[j];
      if (w.punct || lex.Match("stop", t, j)) break;
      if (count > 0 && (lex.Match("measure", t, j) ||
                        (!w.capitalised && w.lower.size() > 4 &&
                         w.lower.compare(w.lower.size() - 2, 2, "ed") == 0)))
        break;
      if (count == 0 && lex.Match("measure", t, j) && !w.capitalised &&
          w.lower.size() > 4 &&
          w.lower.compare(w.lower.size() - 2, 2, "ed") == 0)
        break;  // "as many as 32 hospitalised": no noun, the predicate follows
      if (auto m = lex.Match("alias", t, j))
        q.parties.insert(m->key);
      else if (w.capitalised)
        q.parties.insert(w.lower);  // "Artsakh soldiers"
      head = j;
    }
    // A party named as the head itself is not a modifier of it.
    if (head && q.parties.count(t[*head].lower))
      q.parties.erase(t[*head].lower);
    // Without a noun ("39 are confirmed dead") people are counted.
    f.unit = head ? t[*head].stem : std::string("peopl");
    if (head) last = *head;
    // The measure: the nearest measure predicate in the clause.
    std::size_t best = std::numeric_limits<std::size_t>::max();
    std::size_t measure_token = 0;
    for (const Predicate& p : an.predicates) {
      if (p.table != "measure" || an.clause[p.token] != an.clause[i]) continue;
      // A capitalised word inside the content is a name or a month, no
      // measure: "in March" is not "marched".
      if (p.token > 0 && t[p.token].capitalised) continue;
      std::size_t d = p.token < first ? first - p.token
                                      : (p.token > last ? p.token - last : 0);
      if (d <= 5 && d < best) best = d, q.measure = p.cls, measure_token = p.token;
    }
    // The words that name what is measured, before the measure word.
    for (std::size_t k = measure_token; !q.measure.empty() && k-- > 0;) {
      if (k >= first && k <= last) break;
      const Token& w = t[k];
      if (w.punct || w.capitalised || lex.Match("stop", t, k) ||
          ParseNumber(lex, t, k))
        break;
      q.qualifier.insert(q.qualifier.begin(), w.stem);
    }
    f.range = {t[first].start, t[last].end};
    f.text = std::string(
        claim.content.substr(f.range.start, f.range.end - f.range.start));
    q.figure = std::move(f);
    q.first = first, q.last = last;
    an.quantities.push_back(std::move(q));
    i = std::max<std::size_t>(i, head ? *head - 1 : last);
  }

  // References to a claim: "that claim", "the allegation", "these allegations",
  // "the President's claims", and a name's possessive right before the noun:
  // "Rubio's claim that ..." (issue 12).
  auto possessive = [&](const Token& w) {
    // The token may or may not span the "'s" it dropped.
    std::string_view word = claim.content.substr(w.start);
    std::string_view after = claim.content.substr(w.end);
    word = word.substr(0, w.end - w.start);
    auto marked = [](std::string_view x, bool at_end) {
      for (std::string_view mark : {std::string_view("'s"), std::string_view("\u2019s")})
        if (at_end ? x.ends_with(mark) : x.starts_with(mark)) return true;
      return false;
    };
    return w.capitalised && (marked(word, true) || marked(after, false));
  };
  for (std::size_t i = 0; i < n; ++i) {
    auto m = lex.Match("refnoun", t, i);
    if (!m) continue;
    for (std::size_t k = i; k-- > 0 && k + 3 >= i;) {
      if (t[k].punct) break;
      bool named = k + 1 == i && possessive(t[k]);
      if (lex.Has("refdet", t[k].lower) || named) {
        an.references.push_back({m->key, i, named && !lex.Has("refdet", t[k].lower)});
        break;
      }
    }
  }
  // The first rejecting evaluation that is not an attribute of another noun:
  // "the report was false", "that claim is a lie", "the President's false
  // claims", not "spreading false information" (issue 12).
  for (std::size_t i = 0; i < n && !an.dismissal; ++i) {
    auto cue_word = lex.Match("cue", t, i);
    auto dismiss = lex.Match("dismiss", t, i);
    if (dismiss) {
      std::size_t next = i + static_cast<std::size_t>(dismiss->length);
      if (next < n && !t[next].punct && !lex.Match("stop", t, next) &&
          !lex.Match("refnoun", t, next))
        continue;
    }
    if (dismiss || (cue_word && cue_word->key == "deny")) an.dismissal = i;
  }

  for (std::size_t i = 0; i < n; ++i) {
    if (t[i].punct || t[i].lower.size() < 2 || lex.Match("stop", t, i) ||
        absl::ascii_isdigit(static_cast<unsigned char>(t[i].lower[0])))
      continue;  // figures are compared by the figures rule, not as words
    an.weights[t[i].stem] = lex.Idf(t[i].stem);
  }
  an.stem_hash.reserve(n);
  for (const Token& token : t) an.stem_hash.push_back(StringHash{}(token.stem));
  an.negated_by = std::move(direct);
  MarkModalsAndTimes(t, lex, &an);
  // Content that is an infinitive states an intention or a request ("plans
  // to cut 500 jobs", "urged Iran to stop").
  if (!t.empty() && t[0].lower == "to") an.participates = false;
  // A question asserts nothing: "he said, why hadn't she screamed", "how do
  // you know", content ending in "?" (issue 12).
  std::string_view trimmed = claim.content;
  for (bool more = true; more;) {
    while (!trimmed.empty() &&
           absl::ascii_isspace(static_cast<unsigned char>(trimmed.back())))
      trimmed.remove_suffix(1);
    more = false;
    for (std::string_view quote : {"\"", "'", "\u201d", "\u2019"})
      if (trimmed.ends_with(quote)) trimmed.remove_suffix(quote.size()), more = true;
  }
  if (trimmed.ends_with("?")) an.participates = false;
  for (std::size_t i = 0; i + 1 < n; ++i)
    if (WordLists::Default().Contains("direct_question", t[i].lower) &&
        lex.Has("aux", t[i + 1].lower))
      an.participates = false;
  for (Quantity& q : an.quantities) {
    for (std::size_t k = 0; k < n; ++k) {
      if (an.clause[k] != an.clause[q.first]) continue;
      if (auto m = lex.Match("scope", t, k)) q.scope = m->key;
    }
    // "seven more were injured", "25 others", "another 12": an addition to a
    // count given elsewhere, never compared.
    for (std::size_t k = q.first > 0 ? q.first - 1 : 0; k < n && k <= q.last + 1; ++k)
      if (WordLists::Default().Contains("addition_word", t[k].lower) &&
          !(t[k].lower == "more" && k + 1 < n && t[k + 1].lower == "than"))
        q.scope = "more";
    for (const EntityMention& m : an.entities) {
      if (m.first > 0 && WordLists::Default().Contains("place_preposition", t[m.first - 1].lower))
        an.places.insert(m.canonical);
      if (an.clause[m.first] == an.clause[q.first] &&
          (m.last < q.first || m.first > q.last))
        q.clause_entities.insert(m.canonical);
    }
  }
  return an;
}

}  // namespace claimgraph::ingest::conflict_internal
