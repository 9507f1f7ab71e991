#include "ingest/attribution/learned/decode.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <tuple>

#include "ingest/attribution/learned/labels.h"

namespace claimgraph::ingest::learned {
namespace {

// The noun phrase a relative "who"/"which" at token `rel` stands for: the
// words right before it (past one comma or dash) back to a determiner, which
// it takes, or to the first word that is no part of a name or a role ("would
// involve Attorney General Loretta E. Lynch, who told …": "Attorney General
// Loretta E. Lynch"; "rebuked critics who say …": "critics"; "a campaign
// surrogate who said …"). {-1, -1} when there is none.
std::pair<int, int> Antecedent(std::string_view text, const std::vector<Token>& t, int rel,
                               int sentence_begin) {
  int end = rel;
  if (end - 1 > sentence_begin && t[end - 1].kind == TokenKind::kPunct &&
      (t[end - 1].punct == ',' || t[end - 1].punct == '-'))
    --end;
  constexpr uint32_t kStop = kLexPrep | kLexBoundary | kLexCue | kLexAux | kLexPronoun | kLexTime;
  int begin = end;
  for (int i = end - 1; i >= sentence_begin && i >= end - 8; --i) {
    const Token& w = t[i];
    if (w.kind != TokenKind::kWord) break;
    if (w.lex & kLexDeterminer) {
      if (!(w.lex & kLexPronoun)) begin = i;
      break;
    }
    // "Secretary of State John Kerry": "of" between capitalised words.
    const bool of = text.substr(w.start, w.end - w.start) == "of" && i > sentence_begin &&
                    t[i - 1].capitalized && i + 1 < end && t[i + 1].capitalized;
    if ((w.lex & kStop) && !of) break;
    if (w.possessive && !w.capitalized) break;
    // A verb or an adverb ("rebuked critics", "passionately") ends it.
    const std::string_view word = text.substr(w.start, w.end - w.start);
    if (!w.capitalized && (word.ends_with("ed") || word.ends_with("ly"))) break;
    begin = i;
  }
  // Lower-case words before the name or role that are neither (a verb the
  // lexicon does not know: "involve") are not the phrase's.
  if (begin < end && !(t[begin].lex & kLexDeterminer))
    while (begin < end && !t[begin].capitalized &&
           !(t[begin].lex & (kLexRoleNoun | kLexTitle | kLexPlural | kLexOrgWord)))
      ++begin;
  if (begin >= end) return {-1, -1};
  return {begin, end};
}

}  // namespace

void Decoder::Tag(const TokenFeatures& features, std::vector<uint8_t>* labels) {
  const Model& m = *model_;
  Viterbi(
      features, [&m](uint32_t f) { return m.emission(f); },
      [&m](int prev) { return m.transition(prev); }, &score_, &back_, labels, &emit_);
}

void Decoder::Group(std::string_view text, const ParagraphTokens& p, int paragraph_index,
                    const std::vector<uint8_t>& labels, std::vector<AttributionCandidate>* out) {
  FindRuns(p, labels);
  for (const Frame& f : AssignFrames(p, labels)) {
    AttributionCandidate c;
    if (!MakeCandidate(text, p, labels, f, &c)) continue;
    c.paragraph = paragraph_index;
    out->push_back(std::move(c));
  }
}

void Decoder::FindRuns(const ParagraphTokens& p, const std::vector<uint8_t>& labels) {
  const std::vector<Token>& t = p.tokens;
  const int n = static_cast<int>(labels.size());
  sentence_of_.assign(n, 0);
  for (size_t s = 0; s < p.sentences.size(); ++s)
    for (int i = p.sentences[s].begin; i < p.sentences[s].end && i < n; ++i)
      sentence_of_[i] = static_cast<int>(s);
  runs_.clear();
  for (int i = 0; i < n;) {
    int type = LabelType(labels[i]);
    if (type == 0) {
      ++i;
      continue;
    }
    int j = i + 1;
    while (j < n && IsInside(labels[j]) && LabelType(labels[j]) == type) ++j;
    runs_.push_back({type, i, j});
    i = j;
  }
  // Join content fragments around their own source and cue:
  // “A,” she said, “B.” -> one content covering both.
  for (size_t r = 0; r < runs_.size(); ++r) {
    if (runs_[r].type != 3) continue;
    size_t k = r + 1;
    bool cue = false, only_frame = true;
    while (k < runs_.size() && runs_[k].type != 3) {
      cue |= runs_[k].type == 2;
      ++k;
    }
    if (k >= runs_.size() || !cue) continue;
    for (int i = runs_[r].end; i < runs_[k].begin && only_frame; ++i)
      only_frame = (LabelType(labels[i]) != 0 || t[i].kind != TokenKind::kWord) &&
                   !(t[i].kind == TokenKind::kPunct && (t[i].punct == '.' || t[i].punct == '?' ||
                                                       t[i].punct == '!'));
    // Only around a quotation: both fragments quoted.
    only_frame = only_frame && t[runs_[r].end - 1].quote >= 0 && t[runs_[k].begin].quote >= 0;
    if (!only_frame) continue;
    runs_[k].owner = static_cast<int>(r);  // marks the second fragment as joined
    runs_[r].owner = -2 - static_cast<int>(k);  // extent end from runs_[k]
  }
  for (size_t r = 0; r < runs_.size(); ++r)
    if (runs_[r].type == 3 && runs_[r].owner == -1) JoinFollowingQuote(p, labels, r);
}

void Decoder::JoinFollowingQuote(const ParagraphTokens& p, const std::vector<uint8_t>& labels,
                                 size_t r) {
  const std::vector<Token>& t = p.tokens;
  const int n = static_cast<int>(labels.size());
  const Run& content = runs_[r];
  if (t[content.end - 1].quote < 0 && t[content.end - 1].kind != TokenKind::kQuote) return;
  const int s = sentence_of_[content.end - 1];
  if (p.sentences.empty() || s + 1 >= static_cast<int>(p.sentences.size())) return;
  const int sentence_end = std::min(n, p.sentences[s].end);
  bool cue = false;
  size_t k = r + 1;
  for (; k < runs_.size() && runs_[k].begin < sentence_end; ++k) {
    if (runs_[k].type == 3) return;
    cue |= runs_[k].type == 2;
  }
  if (!cue || sentence_end >= n || t[sentence_end].kind != TokenKind::kQuote) return;
  const int q = t[sentence_end].quote >= 0 ? t[sentence_end].quote
                : sentence_end + 1 < n  ? t[sentence_end + 1].quote
                                        : -1;
  if (q < 0) return;
  int end = sentence_end + 1;
  while (end < n && t[end].quote == q) ++end;
  if (end < n && t[end].kind == TokenKind::kQuote) ++end;
  for (int i = sentence_end; i < end; ++i) {
    const int type = LabelType(labels[i]);
    if (type == 1 || type == 2) return;
  }
  // Content runs inside the quotation become fragments of this one.
  int last = static_cast<int>(r);
  for (; k < runs_.size() && runs_[k].begin < end; ++k) {
    runs_[k].owner = static_cast<int>(r);
    last = static_cast<int>(k);
  }
  if (last != static_cast<int>(r)) runs_[r].owner = -2 - last;
  runs_[last].extent_end = end;
}

std::vector<Decoder::Frame> Decoder::AssignFrames(const ParagraphTokens& p,
                                                  const std::vector<uint8_t>& labels) {
  const std::vector<Token>& t = p.tokens;
  const int n = static_cast<int>(labels.size());
  auto SentenceOf = [&](const ParagraphTokens&, int token) { return sentence_of_[token]; };
  // Assign cues to contents, then sources to the attributions, nearest first.
  auto gap = [&](const Run& a, const Run& b) {
    int d = a.end <= b.begin ? b.begin - a.end : b.end <= a.begin ? a.begin - b.end : 0;
    int sa = SentenceOf(p, a.begin), sb = SentenceOf(p, b.begin);
    return d + 40 * std::abs(sa - sb);
  };
  std::vector<Frame> frames;
  for (size_t r = 0; r < runs_.size(); ++r) {
    if (runs_[r].type != 3 || runs_[r].owner >= 0) continue;
    int last = runs_[r].owner <= -2 ? -2 - runs_[r].owner : static_cast<int>(r);
    frames.push_back({static_cast<int>(r), last});
  }
  std::vector<std::tuple<int, int, int>> pairs;  // distance, frame, run
  for (int type : {2, 1}) {
    pairs.clear();
    for (size_t f = 0; f < frames.size(); ++f) {
      // Only runs near the frame: at most kNear runs either side (bounds the
      // work on degenerate paragraphs; a cue further away is never chosen).
      constexpr int kNear = 12;
      const size_t lo = frames[f].content > kNear ? frames[f].content - kNear : 0;
      const size_t hi = std::min(runs_.size(), static_cast<size_t>(frames[f].last + kNear + 1));
      for (size_t r = lo; r < hi; ++r) {
        if (runs_[r].type != type || runs_[r].owner == -100) continue;
        // A cue in a later sentence than the content, past words of that
        // sentence, says something else ("… to counter ISIS. Following the
        // vote, a spokesperson indicated …: “…,” he said").
        if (type == 2 && runs_[r].begin >= runs_[frames[f].last].end &&
            SentenceOf(p, runs_[r].begin) != SentenceOf(p, runs_[frames[f].last].end - 1)) {
          int words = 0;
          for (int i = runs_[frames[f].last].end; i < runs_[r].begin; ++i)
            words += t[i].kind == TokenKind::kWord;
          if (words > 2) continue;
        }
        int d;
        if (type == 1 && frames[f].cue >= 0) {
          d = gap(runs_[frames[f].cue], runs_[r]);
        } else {
          d = std::min(gap(runs_[frames[f].content], runs_[r]), gap(runs_[frames[f].last], runs_[r]));
          if (type == 1) d += 5;
        }
        pairs.emplace_back(d, static_cast<int>(f), static_cast<int>(r));
      }
    }
    std::sort(pairs.begin(), pairs.end());
    for (auto [d, f, r] : pairs) {
      int& slot = type == 2 ? frames[f].cue : frames[f].source;
      if (slot >= 0 || runs_[r].owner == -100) continue;
      if (d > 120) continue;
      slot = r;
      runs_[r].owner = -100;
    }
  }
  for (Frame& f : frames) {
    // A content that stops short of its sentence's end with nothing but
    // unlabelled tokens after it runs to that end (before the final mark):
    // the tagger tends to stop early in long clauses (measured on PolNeAR
    // dev: content F1 +0.02, exact +0.02).
    if (runs_[f.last].extent_end < 0) {
      Run& last = runs_[f.last];
      int s = SentenceOf(p, last.end - 1);
      int end = p.sentences.empty() ? n : std::min(n, p.sentences[s].end);
      int k = last.end;
      while (k < end && LabelType(labels[k]) == 0) ++k;
      if (k == end) {
        int stop = end;
        while (stop > last.end && t[stop - 1].kind != TokenKind::kWord && t[stop - 1].quote < 0) --stop;
        if (stop > last.end) last.end = stop;
      }
    }
  }
  return frames;
}

bool Decoder::MakeCandidate(std::string_view text, const ParagraphTokens& p,
                            const std::vector<uint8_t>& labels, const Frame& f,
                            AttributionCandidate* out) const {
  const std::vector<Token>& t = p.tokens;
  const int n = static_cast<int>(labels.size());
  auto SentenceOf = [&](const ParagraphTokens&, int token) { return sentence_of_[token]; };
  // PolNeAR gives every attribution a cue: a content without one is noise
  // (measured: dropping them raises dev precision).
  if (f.cue < 0) return false;
  const Run& c0 = runs_[f.content];
  const Run& c1 = runs_[f.last];
  AttributionCandidate& c = *out;
  Attribution& a = c.attribution;
  a.content = {t[c0.begin].start, t[std::max(c1.end, c1.extent_end) - 1].end};
  int quoted = 0, words = 0;
  bool marks = false;
  for (int i = c0.begin; i < c1.end; ++i) {
    if (t[i].kind == TokenKind::kQuote) marks = true;
    if (t[i].kind != TokenKind::kWord || LabelType(labels[i]) != 3) continue;
    ++words;
    quoted += t[i].quote >= 0;
  }
  if (words == 0) return false;
  a.kind = words > 0 && quoted == words ? AttributionKind::kDirect
           : quoted == 0 && !marks      ? AttributionKind::kIndirect
                                        : AttributionKind::kMixed;
  if (f.cue >= 0) {
    const Run& cue = runs_[f.cue];
    a.cue = Span{t[cue.begin].start, t[cue.end - 1].end};
    for (int i = cue.begin; i < cue.end; ++i) {
      if (t[i].entry != nullptr && !t[i].entry->lemma.empty()) {
        a.cue_lemma = std::string(t[i].entry->lemma);
        break;
      }
    }
    if (a.cue_lemma.empty()) {
      a.cue_lemma = std::string(a.cue->in(text));
      for (char& ch : a.cue_lemma)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    }
  }
  if (f.source >= 0) {
    const Run& src = runs_[f.source];
    // "condemned North Korea's claim": a name the tagger cut is whole; the
    // capitalised words before it in its sentence (no function or time word)
    // are part of it.
    int begin = src.begin;
    const int sentence_begin =
        p.sentences.empty() ? 0 : p.sentences[SentenceOf(p, src.begin)].begin;
    constexpr uint32_t kNotName =
        kLexDeterminer | kLexPronoun | kLexPrep | kLexBoundary | kLexTime | kLexCue;
    while (t[begin].kind == TokenKind::kWord && t[begin].capitalized && begin > sentence_begin &&
           begin > src.begin - 3 && t[begin - 1].kind == TokenKind::kWord &&
           t[begin - 1].capitalized && !t[begin - 1].possessive && !(t[begin - 1].lex & kNotName) &&
           t[begin - 1].end + 1 == t[begin].start)
      --begin;
    int end = src.end;
    // "critics who say …": the relative pronoun's antecedent is the source
    // (PolNeAR marks the pronoun), and the content is what follows the cue
    // in the relative clause.
    // ("who sits at zero such endorsements," and "which rules on constitutional
    // matters," as the tagger's source: the same, the clause left out.)
    if (t[begin].kind == TokenKind::kWord && !t[begin].capitalized) {
      const std::string_view word = text.substr(t[begin].start, t[begin].end - t[begin].start);
      if (word == "who" || word == "which") {
        if (a.content.start < a.cue->start) return false;
        // "The EU, which contended that Ireland undertaxed the company, is
        // …": a clause between commas ends at the comma before the main
        // clause's words.
        if (begin > 0 && t[begin - 1].kind == TokenKind::kPunct && t[begin - 1].punct == ',')
          for (int i = c0.begin; i + 1 < c1.end; ++i) {
            const Token& next = t[i + 1];
            const std::string_view w = text.substr(next.start, next.end - next.start);
            // (", and by two unions": the main clause's phrase goes on.)
            const bool and_prep = w == "and" && i + 2 < c1.end && (t[i + 2].lex & kLexPrep);
            if (t[i].kind == TokenKind::kPunct && t[i].punct == ',' && t[i].quote < 0 &&
                i > c0.begin && next.kind == TokenKind::kWord && !next.capitalized &&
                ((w != "and" && w != "or" && w != "but" && !w.ends_with("ing")) || and_prep)) {
              a.content.end = t[i - 1].end;
              break;
            }
          }
        const auto [a_begin, a_end] = Antecedent(text, t, begin, sentence_begin);
        if (a_begin >= 0) {
          begin = a_begin;
          end = a_end;
        }
      }
    }
    a.source = Span{t[begin].start, t[end - 1].end};
    c.mention = DescribeSourceTokens(text, p, begin, end);
    a.source_type = c.mention.type;
  }
  // Confidence: the mean emission margin of the content and cue tokens
  // (their label's emission score over the best other type's), squashed.
  double margin = 0;
  int counted = 0;
  auto add_margin = [&](int i) {
    const float* e = emit_.data() + size_t(i) * kNumLabels;
    float other = -1e30f;
    for (int y = 0; y < kNumLabels; ++y)
      if (LabelType(y) != LabelType(labels[i])) other = std::max(other, e[y]);
    margin += e[labels[i]] - other;
    ++counted;
  };
  for (int i = c0.begin; i < c1.end; ++i)
    if (LabelType(labels[i]) == 3) add_margin(i);
  for (int i = runs_[f.cue].begin; i < runs_[f.cue].end; ++i) add_margin(i);
  a.confidence = static_cast<float>(1.0 / (1.0 + std::exp(-margin / std::max(counted, 1) / model_->margin_scale())));
  // The sentence minus the content, for the time finder.
  const int anchor = f.cue >= 0 ? runs_[f.cue].begin : c0.begin;
  int s = SentenceOf(p, anchor);
  Span sent{t[p.sentences.empty() ? 0 : p.sentences[s].begin].start,
            t[p.sentences.empty() ? n - 1 : p.sentences[s].end - 1].end};
  c.clause = a.content.start > sent.start + 2 ? Span{sent.start, std::max(sent.start, std::min(a.content.start, sent.end))}
                                              : Span{std::min(a.content.end, sent.end), sent.end};
  return true;
}

}  // namespace claimgraph::ingest::learned
