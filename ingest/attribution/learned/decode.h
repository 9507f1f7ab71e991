// Decoding for the learned attribution tagger: Viterbi over BIO labels with
// the model's emission and transition weights, then grouping of the labelled
// spans of one paragraph into (source, cue, content) attribution candidates.
//
// Contract: a Decoder holds a shared read-only Model and its own scratch; one
// per Extractor (not thread-safe). Once the scratch has grown, Tag() does not
// allocate.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_DECODE_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_DECODE_H_

#include <memory>
#include <string_view>
#include <vector>

#include "ingest/attribution/learned/features.h"
#include "ingest/attribution/learned/model.h"
#include "ingest/attribution/attribution_finder.h"

namespace claimgraph::ingest::learned {

// Viterbi over `features` with `weights(feature, label)` + transitions.
// Shared by the runtime (Model) and the trainer (a weight vector being
// learned). `emission(f)` returns kNumLabels floats; `transition(prev)` too.
template <typename EmissionFn, typename TransitionFn>
void Viterbi(const TokenFeatures& features, EmissionFn emission, TransitionFn transition,
             std::vector<float>* score, std::vector<uint8_t>* back, std::vector<uint8_t>* labels,
             std::vector<float>* emissions = nullptr);  // per token and label, if wanted

class Decoder {
 public:
  explicit Decoder(std::shared_ptr<const Model> model) : model_(std::move(model)) {}

  // Best label sequence for the paragraph's tokens.
  void Tag(const TokenFeatures& features, std::vector<uint8_t>* labels);

  // Groups `labels` of the paragraph's tokens into candidates appended to
  // `out`: one per content span (fragments around their own source and cue
  // joined), each with the nearest free cue, and the source nearest that cue
  // (never a cue in a later sentence past more than two words after the
  // content). Reads the emissions of the Tag() of this paragraph before it.
  void Group(std::string_view text, const ParagraphTokens& paragraph, int paragraph_index,
             const std::vector<uint8_t>& labels, std::vector<AttributionCandidate>* out);

 private:
  struct Run {
    int type;  // 1 source, 2 cue, 3 content
    int begin, end;  // tokens
    int owner = -1;  // content run it is assigned to
    int extent_end = -1;  // content: token end of its extent when past `end`
  };
  // One attribution being assembled: run indexes into runs_.
  struct Frame {
    int content;  // run index of the (first) content fragment
    int last;     // run index of the last fragment
    int cue = -1, source = -1;
  };
  // Group's steps: the labelled runs (content fragments around their own
  // source and cue joined), the frames with their cues and sources, and the
  // candidate one frame makes (false when it makes none).
  void FindRuns(const ParagraphTokens& p, const std::vector<uint8_t>& labels);
  // “A,” she said. “B.”: a quoted content followed, in its sentence, only by
  // its source and cue runs takes in the quotation that opens the next
  // sentence when that quotation holds no source or cue of its own.
  void JoinFollowingQuote(const ParagraphTokens& p, const std::vector<uint8_t>& labels, size_t r);
  std::vector<Frame> AssignFrames(const ParagraphTokens& p, const std::vector<uint8_t>& labels);
  bool MakeCandidate(std::string_view text, const ParagraphTokens& p,
                     const std::vector<uint8_t>& labels, const Frame& f,
                     AttributionCandidate* c) const;
  std::shared_ptr<const Model> model_;
  std::vector<float> score_, emit_;
  std::vector<uint8_t> back_;
  std::vector<Run> runs_;
  std::vector<int> sentence_of_;  // per token
};

}  // namespace claimgraph::ingest::learned

#include "ingest/attribution/learned/viterbi_impl.h"

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_LEARNED_DECODE_H_
