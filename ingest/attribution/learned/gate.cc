#include "ingest/attribution/learned/gate.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "common/strings.h"
#include "ingest/attribution/cue_class.h"
#include "text/lexicon.h"
#include "xxhash.h"

#ifndef CLAIMGRAPH_DEFAULT_GATE
#define CLAIMGRAPH_DEFAULT_GATE "data/models/gate.model"
#endif

namespace claimgraph::ingest::learned {
namespace {

constexpr char kMagic[8] = {'C', 'G', 'G', 'A', 'T', 'E', '\0', '\0'};

std::vector<Token>::const_iterator From(const std::vector<Token>& tokens, uint32_t pos) {
  return std::lower_bound(tokens.begin(), tokens.end(), pos,
                          [](const Token& t, uint32_t p) { return t.start < p; });
}

std::string Lower(std::string_view s) {
  std::string w(s);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

int Bucket(int n) {
  if (n <= 3) return n;
  if (n <= 5) return 4;
  if (n <= 9) return 5;
  if (n <= 19) return 6;
  return 7;
}

// Feature templates; the numbers are part of the trained gate's meaning.
enum Template : uint64_t {
  tBias = 1, tCueLemma, tCueWord, tCueTokens, tCueClass, tLexCue, tStatementCue, tNegated,
  tWords, tFirstWord, tOpener, tClause, tKind, tContentAfterCue, tSourceType, tPronoun,
  tSourceAfterCue, tSourceWords, tConfBucket, tConf, tHandStrict, tHandWide, tParagraph,
  tRules, tCueUsed, tQuestion, tAfterCue, tLemmaOpener, tLemmaKind, tLemmaFirst, tGap,
  tSentences, tHasSource, tLastPunct,
};

class Features {
 public:
  explicit Features(std::vector<GateFeature>* out) : out_(out) { out_->clear(); }
  void Add(Template t, std::string_view s, float value = 1) {
    const uint64_t h = XXH64(s.data(), s.size(), t);
    out_->push_back({static_cast<uint32_t>(h & ((1u << kGateHashBits) - 1)), value});
  }
  void Add(Template t, int n, float value = 1) { Add(t, std::to_string(n), value); }

 private:
  std::vector<GateFeature>* out_;
};

}  // namespace

bool StatementCue(const Token& t) {
  return (t.lex & kLexCue) && t.entry != nullptr && !(t.lex & kLexQuoteOnly) &&
         (t.entry->cue == CueClass::kSay || t.entry->cue == CueClass::kTell ||
          t.entry->cue == CueClass::kAccordingTo || t.entry->cue == CueClass::kRelay) &&
         !WordLists::Default().Contains("rules_only_cue", t.entry->lemma);
}

AdditionChecks CheckAddition(std::string_view text, const std::vector<Token>& tokens,
                             const Attribution& a) {
  AdditionChecks c;
  c.cue = a.cue.has_value();
  c.source = a.source.has_value();
  const Token* first = nullptr;
  for (auto it = From(tokens, a.content.start); it != tokens.end() && it->end <= a.content.end;
       ++it) {
    if (it->kind != TokenKind::kWord) continue;
    ++c.content_words;
    if (first == nullptr) first = &*it;
  }
  if (first != nullptr) {
    c.clause_opener = WordLists::Default().Contains(
        "clause_opener", Lower(text.substr(first->start, first->end - first->start)));
  }
  if (!a.cue) return c;
  for (auto it = From(tokens, a.cue->start); it != tokens.end() && it->end <= a.cue->end; ++it)
    if (StatementCue(*it)) c.statement_cue = true;
  // "have not said why …": a negated cue reports nothing.
  for (auto it = From(tokens, a.cue->start > 12 ? a.cue->start - 12 : 0);
       it != tokens.end() && it->end <= a.cue->end; ++it) {
    if (it->kind != TokenKind::kWord) continue;
    std::string_view w = text.substr(it->start, it->end - it->start);
    if (w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n’t")) c.negated = true;
  }
  c.clause = a.kind != AttributionKind::kIndirect || a.content.end <= a.cue->start ||
             c.clause_opener;
  return c;
}

void GateFeatures(const GateInput& in, std::vector<GateFeature>* out) {
  Features f(out);
  const std::string_view text = in.text;
  const std::vector<Token>& tokens = in.paragraph->tokens;
  const AttributionCandidate& cand = *in.candidate;
  const Attribution& a = cand.attribution;
  const AdditionChecks& k = in.checks;
  f.Add(tBias, "");
  const std::string lemma = a.cue_lemma;
  f.Add(tCueLemma, lemma);
  int cue_tokens = 0;
  std::string lex_cue = "none";
  if (a.cue) {
    for (auto it = From(tokens, a.cue->start); it != tokens.end() && it->end <= a.cue->end; ++it) {
      ++cue_tokens;
      if (it->kind == TokenKind::kWord) f.Add(tCueWord, Lower(text.substr(it->start, it->end - it->start)));
      if (it->entry != nullptr && it->entry->cue != CueClass::kNone && lex_cue == "none")
        lex_cue = std::to_string(static_cast<int>(it->entry->cue));
    }
  }
  f.Add(tCueTokens, std::min(cue_tokens, 4));
  f.Add(tLexCue, lex_cue);
  const std::string_view source = a.source ? a.source->in(text) : std::string_view();
  f.Add(tCueClass, AttributionClassName(ClassifyCue(
                       a.cue ? a.cue->in(text) : std::string_view(a.cue_lemma), source)));
  f.Add(tStatementCue, k.statement_cue);
  f.Add(tNegated, k.negated);
  f.Add(tWords, Bucket(k.content_words));
  f.Add(tOpener, k.clause_opener);
  f.Add(tClause, k.clause);
  f.Add(tKind, AttributionKindName(a.kind));
  f.Add(tLemmaOpener, lemma + (k.clause_opener ? "|1" : "|0"));
  f.Add(tLemmaKind, Cat(lemma, "|", AttributionKindName(a.kind)));
  // The content's first word and what ends it.
  auto first = From(tokens, a.content.start);
  while (first != tokens.end() && first->end <= a.content.end && first->kind != TokenKind::kWord)
    ++first;
  std::string first_word = "-";
  if (first != tokens.end() && first->end <= a.content.end)
    first_word = Lower(text.substr(first->start, first->end - first->start));
  f.Add(tFirstWord, first_word);
  f.Add(tLemmaFirst, lemma + "|" + first_word);
  std::string_view content = a.content.in(text);
  while (!content.empty() && (content.back() == ' ' || content.back() == '"')) content.remove_suffix(1);
  f.Add(tQuestion, !content.empty() && content.back() == '?');
  f.Add(tLastPunct, content.empty() ? std::string("-") : std::string(1, content.back()));
  const bool after_cue = a.cue && a.content.start >= a.cue->end;
  f.Add(tContentAfterCue, !a.cue ? 2 : after_cue ? 1 : 0);
  if (a.cue && after_cue) {
    // The word right after the cue ("said that", "described the"), and the
    // distance from the cue to the content in tokens.
    auto it = From(tokens, a.cue->end);
    int gap = 0;
    while (it != tokens.end() && it->start < a.content.start) ++it, ++gap;
    f.Add(tGap, std::min(gap, 5));
    auto next = From(tokens, a.cue->end);
    if (next != tokens.end() && next->kind == TokenKind::kWord)
      f.Add(tAfterCue, Lower(text.substr(next->start, next->end - next->start)));
  }
  f.Add(tHasSource, k.source);
  f.Add(tSourceType, static_cast<int>(a.source_type));
  f.Add(tPronoun, std::string(1, cand.mention.pronoun == 0 ? '0' : cand.mention.pronoun));
  if (a.source && a.cue) f.Add(tSourceAfterCue, a.source->start >= a.cue->end);
  if (a.source) {
    int words = 0;
    for (auto it = From(tokens, a.source->start); it != tokens.end() && it->end <= a.source->end; ++it)
      words += it->kind == TokenKind::kWord;
    f.Add(tSourceWords, Bucket(words));
  }
  f.Add(tConfBucket, static_cast<int>(a.confidence * 10));
  f.Add(tConf, "", a.confidence);
  f.Add(tHandStrict, k.Pass(true, in.min_content_words));
  f.Add(tHandWide, k.Pass(false, in.min_content_words));
  f.Add(tParagraph, Bucket(in.paragraph_index));
  f.Add(tRules, std::min<int>(in.rules.size(), 3));
  bool cue_used = false;
  for (const AttributionCandidate& r : in.rules)
    if (a.cue && r.attribution.cue && r.attribution.cue->start < a.cue->end &&
        a.cue->start < r.attribution.cue->end)
      cue_used = true;
  f.Add(tCueUsed, cue_used);
  int sentences = 0;
  for (const Sentence& s : in.paragraph->sentences) {
    if (s.begin >= static_cast<int>(tokens.size()) || s.end <= s.begin) continue;
    const uint32_t b = tokens[s.begin].start, e = tokens[std::min<size_t>(s.end, tokens.size()) - 1].end;
    if (b < a.content.end && a.content.start < e) ++sentences;
  }
  f.Add(tSentences, std::min(sentences, 3));
}

std::string Gate::DefaultPath() {
  if (const char* env = std::getenv("CLAIMGRAPH_GATE"); env != nullptr && *env != '\0') return env;
  return CLAIMGRAPH_DEFAULT_GATE;
}

float Gate::Score(std::span<const GateFeature> features) const {
  float s = 0;
  for (const GateFeature& f : features) s += weights_[f.id] * f.value;
  return s;
}

float Gate::Probability(std::span<const GateFeature> features) const {
  return 1.0f / (1.0f + std::exp(platt_a_ * Score(features) + platt_b_));
}

template <typename T>
static void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(T));
}

absl::Status Gate::Save(const std::string& path, const std::vector<float>& weights, float platt_a,
                        float platt_b, float threshold, uint64_t* checksum) {
  if (weights.size() != (size_t{1} << kGateHashBits))
    return absl::InvalidArgumentError(Cat("gate: ", weights.size(), " weights"));
  std::string out(kMagic, sizeof(kMagic));
  Put<uint32_t>(&out, kGateFormatVersion);
  Put<uint32_t>(&out, kGateFeatureVersion);
  Put<uint32_t>(&out, kGateHashBits);
  Put<float>(&out, platt_a);
  Put<float>(&out, platt_b);
  Put<float>(&out, threshold);
  Put<uint64_t>(&out, weights.size());
  out.append(reinterpret_cast<const char*>(weights.data()), weights.size() * sizeof(float));
  const uint64_t sum = XXH64(out.data(), out.size(), 0);
  Put<uint64_t>(&out, sum);
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(out.data(), static_cast<std::streamsize>(out.size()));
  f.close();
  if (!f) return absl::InternalError(Cat("cannot write gate file ", path));
  if (checksum != nullptr) *checksum = sum;
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<const Gate>> Gate::Load(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return absl::NotFoundError(Cat("attribution gate ", path,
                                   ": cannot open (set CLAIMGRAPH_GATE or "
                                   "ExtractorOptions::gate_path to the gate file; "
                                   "tools/train/README.md says how to train one)"));
  }
  std::stringstream buffer;
  buffer << file.rdbuf();
  const std::string data = buffer.str();
  auto bad = [&](std::string_view what) {
    return absl::FailedPreconditionError(Cat("attribution gate ", path, ": ", what));
  };
  constexpr size_t kHeader = sizeof(kMagic) + 3 * 4 + 3 * 4 + 8;
  if (data.size() < sizeof(kMagic) || std::memcmp(data.data(), kMagic, sizeof(kMagic)) != 0)
    return bad("not a claimgraph attribution gate (bad magic)");
  if (data.size() < kHeader) return bad("truncated");
  uint32_t u[3];
  float p[3];
  uint64_t count = 0;
  std::memcpy(u, data.data() + sizeof(kMagic), sizeof(u));
  std::memcpy(p, data.data() + sizeof(kMagic) + sizeof(u), sizeof(p));
  std::memcpy(&count, data.data() + sizeof(kMagic) + sizeof(u) + sizeof(p), sizeof(count));
  if (u[0] != kGateFormatVersion)
    return bad(Cat("format version ", u[0], ", this build reads ", kGateFormatVersion));
  if (u[1] != kGateFeatureVersion)
    return bad(Cat("trained on gate feature version ", u[1], ", this build computes ",
                   kGateFeatureVersion, ": retrain"));
  if (u[2] != kGateHashBits) return bad(Cat("hash bits ", u[2], ", expected ", kGateHashBits));
  if (count != (uint64_t{1} << kGateHashBits)) return bad(Cat(count, " weights"));
  const size_t total = kHeader + count * sizeof(float) + sizeof(uint64_t);
  if (data.size() < total) return bad(Cat("truncated: ", data.size(), " bytes, expected ", total));
  if (data.size() > total) return bad(Cat("trailing bytes: ", data.size(), ", expected ", total));
  uint64_t stored = 0;
  std::memcpy(&stored, data.data() + total - sizeof(uint64_t), sizeof(uint64_t));
  if (stored != XXH64(data.data(), total - sizeof(uint64_t), 0))
    return bad("checksum mismatch (file corrupted)");
  auto gate = std::make_shared<Gate>();
  gate->weights_.resize(count);
  std::memcpy(gate->weights_.data(), data.data() + kHeader, count * sizeof(float));
  for (float w : gate->weights_)
    if (!std::isfinite(w)) return bad("non-finite weight");
  if (!std::isfinite(p[0]) || !std::isfinite(p[1]) || !(p[2] >= 0 && p[2] <= 1))
    return bad("bad sigmoid or threshold");
  gate->platt_a_ = p[0];
  gate->platt_b_ = p[1];
  gate->threshold_ = p[2];
  gate->checksum_ = stored;
  return std::shared_ptr<const Gate>(std::move(gate));
}

absl::StatusOr<std::shared_ptr<const Gate>> Gate::LoadShared(const std::string& path) {
  static std::mutex mu;
  static auto* cache = new std::map<std::string, std::weak_ptr<const Gate>>();
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = cache->find(path); it != cache->end()) {
    if (auto gate = it->second.lock()) return gate;
  }
  auto gate = Load(path);
  if (!gate.ok()) return gate.status();
  (*cache)[path] = *gate;
  return *gate;
}

}  // namespace claimgraph::ingest::learned
