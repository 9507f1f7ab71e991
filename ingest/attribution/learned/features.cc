// Feature templates of the learned attribution tagger (see features.h).
#include "ingest/attribution/learned/features.h"

#include <algorithm>

namespace claimgraph::ingest::learned {
namespace {

constexpr uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

uint64_t HashBytes(std::string_view s, bool lower) {
  uint64_t h = 14695981039346656037ull;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (lower && u >= 'A' && u <= 'Z') u = static_cast<unsigned char>(u + 32);
    h = (h ^ u) * 1099511628211ull;
  }
  return h;
}

// Word shape: X upper, x lower, d digit, other bytes as themselves;
// repeats collapsed; at most 6 symbols.
uint64_t ShapeHash(std::string_view w) {
  char buf[8];
  int n = 0;
  char last = 0;
  for (char c : w) {
    unsigned char u = static_cast<unsigned char>(c);
    char s = (u >= 'A' && u <= 'Z') ? 'X' : (u >= 'a' && u <= 'z') ? 'x'
             : (u >= '0' && u <= '9') ? 'd' : (u >= 0x80 ? 'u' : c);
    if (s == last) continue;
    last = s;
    if (n < 6) buf[n++] = s;
  }
  return HashBytes(std::string_view(buf, n), false);
}

int Bucket(int d) {
  if (d < 0) return 7;
  if (d <= 3) return d;
  if (d <= 6) return 4;
  if (d <= 12) return 5;
  return 6;
}

enum Template : uint64_t {
  tBias = 1, tW, tWm1, tWp1, tWm2, tWp2, tBiL, tBiR, tShape, tSuf3, tSuf2, tPre3, tLex,
  tLexNb, tLemma, tCap, tSentStart, tQuote, tQuoteMark, tSentPos, tSentEnd, tCueL, tCueR,
  tQL, tQR, tRule, tRuleL, tRuleR, tRuleB, tRuleLex, tSentCue, tSentRule, tParaIdx,
  tSentIdx, tPrevPunct, tQuoteRule, tRuleWord, tCueDistRule, tShapeL, tShapeR,
  tCueLemmaL, tParaQuote, tWCueL, tWQuote, tCueLemmaR, tNextPunctRule, tWCueR, tCount,
};

// Values below this have their ids precomputed per template (FeatureExtractor's
// table): most templates' values are small (buckets, labels, flags).
constexpr uint64_t kSmallValues = 160;

uint32_t FeatureId(uint64_t tmpl, uint64_t value, uint32_t mask) {
  return static_cast<uint32_t>(Mix(value * 0xD6E8FEB86659FD93ull + tmpl) & mask);
}

}  // namespace

FeatureExtractor::FeatureExtractor(uint32_t hash_bits) : mask_((1u << hash_bits) - 1) {
  small_ids_.resize(tCount * kSmallValues);
  for (uint64_t tmpl = 0; tmpl < tCount; ++tmpl)
    for (uint64_t v = 0; v < kSmallValues; ++v)
      small_ids_[tmpl * kSmallValues + v] = FeatureId(tmpl, v, mask_);
}

bool ShouldTag(const ParagraphTokens& p, std::span<const AttributionCandidate> rules) {
  // Measured on PolNeAR dev: tagging only paragraphs with a cue word, a
  // quotation mark, a colon or a rule proposal sees 1832 of the 2192 gold
  // attributions, tagging every paragraph 1988, for 12% more tokens. The
  // long tail is what the model is for, so every paragraph is tagged.
  (void)rules;
  return p.tokens.size() >= 2;
}

void FeatureExtractor::Extract(std::string_view text, const ParagraphTokens& p,
                               int paragraph_index, std::span<const AttributionCandidate> rules,
                               std::span<const OrphanQuote> orphans, TokenFeatures* out) {
  const std::vector<Token>& t = p.tokens;
  const int n = static_cast<int>(t.size());
  const bool para_quote = Prepare(text, p, rules, orphans);
  // Written through a pointer into room for the most a token can have (no
  // capacity check per feature), then cut to size.
  out->ids.resize(size_t(n) * kMaxFeaturesPerToken);
  out->offsets.resize(size_t(n) + 1);
  out->offsets[0] = 0;
  uint32_t* const ids = out->ids.data();
  uint32_t at = 0;
  const uint32_t mask = mask_;
  const uint32_t* const small = small_ids_.data();
  auto emit = [ids, &at, mask, small](uint64_t tmpl, uint64_t value) __attribute__((always_inline)) {
    ids[at++] = value < kSmallValues ? small[tmpl * kSmallValues + value]
                                     : FeatureId(tmpl, value, mask);
  };
  auto word_at = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : word_[j]; };
  auto rule_at = [&](int j) -> uint64_t { return j < 0 || j >= n ? 9 : rule_[j]; };
  constexpr uint32_t kNbMask = kLexCue | kLexPronoun | kLexRoleNoun | kLexOrgWord | kLexDocNoun |
                               kLexBoundary | kLexDeterminer | kLexPrep | kLexTitle | kLexAux |
                               kLexSpeechNoun | kLexTime;
  for (int i = 0; i < n; ++i) {
    const Token& tok = t[i];
    const int sb = sent_begin_[i], se = sent_end_[i];
    emit(tBias, 0);
    emit(tW, word_[i]);
    emit(tWm1, word_at(i - 1));
    emit(tWp1, word_at(i + 1));
    emit(tWm2, word_at(i - 2));
    emit(tWp2, word_at(i + 2));
    emit(tBiL, word_at(i - 1) * 31 + word_[i]);
    emit(tBiR, word_[i] * 31 + word_at(i + 1));
    emit(tShape, shape_[i]);
    emit(tShapeL, i > 0 ? shape_[i - 1] : 1);
    emit(tShapeR, i + 1 < n ? shape_[i + 1] : 2);
    std::string_view w = text.substr(tok.start, tok.end - tok.start);
    if (tok.kind == TokenKind::kWord && w.size() > 3) {
      emit(tSuf3, HashBytes(w.substr(w.size() - 3), true));
      emit(tSuf2, HashBytes(w.substr(w.size() - 2), true));
      emit(tPre3, HashBytes(w.substr(0, 3), true));
    }
    for (uint32_t bits = tok.lex & 0xFFFFFFu; bits != 0; bits &= bits - 1)
      emit(tLex, static_cast<uint64_t>(__builtin_ctz(bits)));
    // Neighbours' word classes: one feature per neighbour (all its classes).
    for (int d = -2; d <= 2; ++d) {
      int j = i + d;
      if (d == 0 || j < 0 || j >= n) continue;
      uint32_t f = t[j].lex & kNbMask;
      if (f != 0) emit(tLexNb, uint64_t(d + 2) << 32 | f);
    }
    if (tok.entry != nullptr && !tok.entry->lemma.empty()) emit(tLemma, lemma_[i]);
    emit(tCap, (tok.capitalized ? 1 : 0) + (i == sb ? 2 : 0));
    emit(tSentStart, i == sb ? 1 : i == sb + 1 ? 2 : 0);
    int q = tok.quote >= 0 ? 1 : 0;
    int mark_kind = tok.kind == TokenKind::kQuote ? 1 + static_cast<int>(tok.dir) : 0;
    emit(tQuote, q * 8 + mark_kind);
    if (mark_kind) emit(tQuoteMark, static_cast<uint64_t>(tok.family) * 8 + mark_kind);
    emit(tSentPos, Bucket(i - sb));
    emit(tSentEnd, Bucket(se - 1 - i));
    const int cue_l = prev_cue_[i] >= sb ? i - prev_cue_[i] : -1;
    const int cue_r = next_cue_[i] < se ? next_cue_[i] - i : -1;
    const int q_l = prev_q_[i] >= sb ? i - prev_q_[i] : -1;
    const int q_r = next_q_[i] < se ? next_q_[i] - i : -1;
    emit(tCueL, Bucket(cue_l));
    emit(tCueR, Bucket(cue_r));
    emit(tQL, Bucket(q_l));
    emit(tQR, Bucket(q_r));
    if (cue_l > 0 && t[i - cue_l].entry != nullptr)
      emit(tCueLemmaL, lemma_[i - cue_l] * 8 + Bucket(cue_l));
    emit(tRule, rule_[i]);
    emit(tRuleL, rule_at(i - 1) * 16 + rule_[i]);
    emit(tRuleR, rule_[i] * 16 + rule_at(i + 1));
    emit(tRuleB, rule_[i] * 2 + rule_begin_[i]);
    emit(tRuleLex, rule_[i] * 4 + ((tok.lex & kLexCue) ? 1 : 0) + ((tok.lex & kLexPronoun) ? 2 : 0));
    emit(tRuleWord, word_[i] * 16 + rule_[i]);
    emit(tQuoteRule, q * 16 + rule_[i]);
    emit(tCueDistRule, (Bucket(cue_l) * 8 + Bucket(cue_r)) * 16 + rule_[i]);
    const int sent_cue = sent_flags_[sentence_of_[i]] & 1;
    const int sent_rule = (sent_flags_[sentence_of_[i]] >> 1) & 1;
    emit(tSentCue, sent_cue * 2 + sent_rule);
    emit(tParaIdx, std::min(paragraph_index, 3));
    emit(tSentIdx, std::min<int>(sentence_of_[i], 3));
    emit(tPrevPunct, i > 0 && t[i - 1].kind != TokenKind::kWord ? static_cast<uint64_t>(t[i - 1].punct) + 256 * static_cast<uint64_t>(t[i - 1].kind) : 0);
    emit(tParaQuote, para_quote);
    // Conjunctions (feature version 2).
    emit(tWCueL, word_[i] * 8 + Bucket(cue_l));
    emit(tWCueR, word_[i] * 8 + Bucket(cue_r));
    emit(tWQuote, word_[i] * 2 + q);
    if (cue_r > 0 && t[i + cue_r].entry != nullptr)
      emit(tCueLemmaR, lemma_[i + cue_r] * 8 + Bucket(cue_r));
    emit(tNextPunctRule, (i + 1 < n && t[i + 1].kind != TokenKind::kWord ? static_cast<uint64_t>(t[i + 1].punct) + 1 : 0) * 16 + rule_[i]);
    out->offsets[i + 1] = at;
  }
  out->ids.resize(at);
}


bool FeatureExtractor::Prepare(std::string_view text, const ParagraphTokens& p,
                               std::span<const AttributionCandidate> rules,
                               std::span<const OrphanQuote> orphans) {
  const std::vector<Token>& t = p.tokens;
  const int n = static_cast<int>(t.size());
  word_.resize(n);
  shape_.resize(n);
  lemma_.resize(n);
  rule_.assign(n, 0);
  rule_begin_.assign(n, 0);
  sentence_of_.assign(n, 0);
  sent_begin_.assign(n, 0);
  sent_end_.assign(n, n);
  for (int i = 0; i < n; ++i) {
    std::string_view w = text.substr(t[i].start, t[i].end - t[i].start);
    word_[i] = t[i].kind == TokenKind::kQuote ? HashBytes("\"", false) : HashBytes(w, true);
    shape_[i] = ShapeHash(w);
    lemma_[i] = t[i].entry != nullptr ? HashBytes(t[i].entry->lemma, false) : 0;
  }
  int si = 0;
  for (const Sentence& s : p.sentences) {
    for (int i = s.begin; i < s.end && i < n; ++i) {
      sentence_of_[i] = static_cast<uint8_t>(std::min(si, 255));
      sent_begin_[i] = s.begin;
      sent_end_[i] = s.end;
    }
    ++si;
  }
  // Rule proposals on tokens: 1 source, 2 cue, 3 content, 4 orphan quote.
  // Tokens are in text order: the first inside `span` by binary search.
  auto mark = [&](Span span, uint8_t label) {
    int i = static_cast<int>(std::lower_bound(t.begin(), t.end(), span.start,
                                              [](const Token& tok, uint32_t pos) {
                                                return tok.start < pos;
                                              }) -
                             t.begin());
    bool first = true;
    for (; i < n && t[i].end <= span.end; ++i) {
      if (rule_[i] == 0 || label < 3) rule_[i] = label;
      if (first) rule_begin_[i] = 1;
      first = false;
    }
  };
  for (const AttributionCandidate& c : rules) {
    const Attribution& a = c.attribution;
    if (!a.content.empty()) mark(a.content, 3);
    if (a.source) mark(*a.source, 1);
    if (a.cue) mark(*a.cue, 2);
  }
  for (const OrphanQuote& o : orphans) mark(o.content, 4);
  // Nearest cue word and quotation mark on each side (-1 / n when none), and
  // per sentence: holds a cue word (1), a rule proposal (2).
  prev_cue_.resize(n);
  next_cue_.resize(n);
  prev_q_.resize(n);
  next_q_.resize(n);
  sent_flags_.assign(256, 0);
  for (int i = 0, pc = -1, pq = -1; i < n; ++i) {
    prev_cue_[i] = pc;
    prev_q_[i] = pq;
    if (t[i].lex & kLexCue) pc = i;
    if (t[i].kind == TokenKind::kQuote) pq = i;
    sent_flags_[sentence_of_[i]] |= ((t[i].lex & kLexCue) ? 1 : 0) | (rule_[i] ? 2 : 0);
  }
  for (int i = n - 1, nc = n, nq = n; i >= 0; --i) {
    next_cue_[i] = nc;
    next_q_[i] = nq;
    if (t[i].lex & kLexCue) nc = i;
    if (t[i].kind == TokenKind::kQuote) nq = i;
  }
  bool para_quote = false;
  for (const Token& tok : t) para_quote |= tok.kind == TokenKind::kQuote;
  return para_quote;
}

}  // namespace claimgraph::ingest::learned
