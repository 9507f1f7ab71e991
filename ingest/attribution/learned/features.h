// Per-token sparse features of one paragraph for the learned attribution
// tagger. The same code computes them at training time (through a
// ParagraphObserver on the real extractor) and at run time, so train and
// runtime tokenise and featurise identically.
//
// Contract: Extract() fills `out` with, for each token of the paragraph, a
// list of hashed feature ids in [0, 2^hash_bits). Ids depend only on the
// paragraph text, its tokens, and the rule extractor's proposals for that
// paragraph. No allocation once the scratch vectors have grown.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_FEATURES_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_FEATURES_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ingest/attribution/attribution_finder.h"
#include "ingest/attribution/quotes.h"

namespace claimgraph::ingest::learned {

// Bumped whenever the features change: a model trained on other features is
// refused at load time.
inline constexpr uint32_t kFeatureVersion = 4;

// The most feature ids one token can have (FeatureExtractor::Extract's
// templates, 24 word-class bits and four neighbours' classes included).
inline constexpr size_t kMaxFeaturesPerToken = 72;

// Feature ids per token in compressed rows: token i owns
// ids[offsets[i], offsets[i + 1]).
struct TokenFeatures {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> offsets;
  int size() const { return offsets.empty() ? 0 : static_cast<int>(offsets.size()) - 1; }
  std::span<const uint32_t> of(int i) const {
    return {ids.data() + offsets[i], ids.data() + offsets[i + 1]};
  }
};

// True when the paragraph is worth tagging (see features.cc for the measured
// recall cost of narrower gates): every paragraph of two tokens or more.
bool ShouldTag(const ParagraphTokens& paragraph, std::span<const AttributionCandidate> rules);

class FeatureExtractor {
 public:
  explicit FeatureExtractor(uint32_t hash_bits);

  // `rules` and `orphans` are the rule extractor's proposals for this
  // paragraph (index `paragraph_index` in the article).
  void Extract(std::string_view text, const ParagraphTokens& paragraph, int paragraph_index,
               std::span<const AttributionCandidate> rules, std::span<const OrphanQuote> orphans,
               TokenFeatures* out);

 private:
  // Fills the per-token scratch below for the paragraph (words, shapes, rule
  // proposals, sentences, nearest cue and quotation mark); returns whether the
  // paragraph holds a quotation mark.
  bool Prepare(std::string_view text, const ParagraphTokens& paragraph,
               std::span<const AttributionCandidate> rules, std::span<const OrphanQuote> orphans);

  uint32_t mask_;
  // The ids of every template's small values (features.cc kSmallValues),
  // computed once: the same ids, without the hashing per token.
  std::vector<uint32_t> small_ids_;
  // Per-token scratch.
  std::vector<uint64_t> word_, shape_, lemma_;  // lemma_: of the lexicon entry, 0 without one
  std::vector<uint8_t> rule_, rule_begin_, sentence_of_;
  std::vector<int> sent_begin_, sent_end_, prev_cue_, next_cue_, prev_q_, next_q_;
  std::vector<uint8_t> sent_flags_;
};

// Observes every tagged paragraph with its features (the trainer's hook into
// the extractor). Called on the extractor's thread.
class ParagraphObserver {
 public:
  virtual ~ParagraphObserver() = default;
  virtual uint32_t hash_bits() const = 0;  // the feature table's size
  virtual void OnParagraph(std::string_view text, const ParagraphTokens& paragraph,
                           const TokenFeatures& features) = 0;
};

}  // namespace claimgraph::ingest::learned

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_FEATURES_H_
