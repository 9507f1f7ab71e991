// What more than one of the detector's rules reads: quotes, speakers, content
// overlap, time words, and the subject and object of a predicate.
#include <algorithm>

#include "common/strings.h"
#include "conflict/rules.h"

namespace claimgraph::ingest::conflict_internal {

std::string Quote(const Claim& c, TextRange r) {
  return Cat("\"", c.text->content.substr(r.start, r.end - r.start), "\"");
}

bool SameSpeaker(const Analysis& a, const Analysis& b, const Lexicon& lex) {
  if (a.speaker_words.empty() || b.speaker_words.empty()) return false;
  if (a.speaker_words == b.speaker_words) return true;
  const std::string& last = a.speaker_words.back();
  return last == b.speaker_words.back() && !lex.Has("generic", last);
}

// Both maps are sorted by stem, so one merge walk finds the shared ones.
double Overlap(const Analysis& a, const Analysis& b, int* shared_count) {
  double shared = 0, wa = 0, wb = 0;
  int count = 0;
  auto in_b = b.weights.begin();
  for (const auto& [stem, w] : a.weights) {
    wa += w;
    while (in_b != b.weights.end() && in_b->first < stem) ++in_b;
    if (in_b != b.weights.end() && in_b->first == stem) shared += w, ++count;
  }
  for (const auto& [stem, w] : b.weights) wb += w;
  if (shared_count) *shared_count = count;
  double denom = std::min(wa, wb);
  return denom > 0 ? shared / denom : 0;
}

bool DifferentTimes(const Analysis& a, const Analysis& b) {
  if (a.times.empty() || b.times.empty()) return false;
  for (const std::string& t : a.times)
    if (b.times.count(t)) return false;
  return true;
}

std::optional<std::string> SubjectBefore(const Analysis& an, std::size_t at) {
  const EntityMention* best = nullptr;
  for (const auto& m : an.entities)
    if (m.last < at && m.last + 8 >= at && an.clause[m.last] == an.clause[at] &&
        (!best || m.last > best->last))
      best = &m;
  if (!best) return std::nullopt;
  return best->canonical;
}

Object ObjectAfter(const Analysis& an, const Lexicon& lex, std::size_t from) {
  Object o;
  const auto& t = an.tokens;
  std::size_t j = from;
  while (j < t.size() && j < from + 4 && an.clause[j] == an.clause[from - 1] &&
         !t[j].punct && lex.Match("stop", t, j))
    ++j;
  for (const auto& m : an.entities)
    if (m.first >= j && m.first < j + 3 &&
        an.clause[m.first] == an.clause[from - 1]) {
      o.entity = m.canonical;
      break;
    }
  for (; j < t.size() && !t[j].punct && !lex.Match("stop", t, j) &&
         an.clause[j] == an.clause[from - 1];
       ++j) {
    o.head = t[j].stem;
    o.last = j;
  }
  return o;
}

}  // namespace claimgraph::ingest::conflict_internal
