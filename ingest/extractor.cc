// The rule-based extractor: layout → paragraphs → tokens, quotes, sentences →
// attribution frames → speakers → time of statement. One pass over each
// paragraph's bytes; all scratch buffers live in the Extractor and are reused
// across documents.
#include <algorithm>

#include "common/strings.h"
#include "ingest/attribution_finder.h"
#include "ingest/entities.h"
#include "ingest/extraction.h"
#include "ingest/layout.h"
#include "ingest/near_duplicate.h"
#include "ingest/quotes.h"
#include "ingest/speakers.h"
#include "ingest/time_expr.h"
#include "xxhash.h"

namespace claimgraph::ingest {
namespace {

class RuleExtractor final : public Extractor {
 public:
  RuleExtractor(const ExtractorOptions& options,
                std::unique_ptr<EntityLinker> linker)
      : options_(options),
        lexicon_(Lexicon::Default()),
        finder_(lexicon_),
        linker_(std::move(linker)) {}

  absl::StatusOr<Extraction> Extract(const Document& doc) override {
    if (doc.text.size() > options_.max_document_bytes) {
      return absl::InvalidArgumentError(Cat(
          doc.doc_id, ": ", doc.text.size(), " bytes, over the limit of ",
          options_.max_document_bytes));
    }
    if (auto status = ValidateText(doc.text); !status.ok()) {
      return absl::InvalidArgumentError(Cat(doc.doc_id, ": ", ToStd(status.message())));
    }
    const std::string_view text = doc.text;
    Extraction out;
    out.doc_id = doc.doc_id;
    out.published = doc.published;
    out.content_hash = XXH64(text.data(), text.size(), 0);
    Layout layout = AnalyzeLayout(text);
    out.dateline = layout.dateline;
    out.wire = layout.wire;
    if (!layout.paragraphs.empty()) {
      out.body = {layout.paragraphs.front().start, layout.paragraphs.back().end};
    }

    candidates_.clear();
    orphans_.clear();
    continued_from_previous_.assign(layout.paragraphs.size(), 0);
    speakers_.Reset();
    const int n = static_cast<int>(layout.paragraphs.size());
    // Two paragraph buffers: the next one is analysed first so that a quote
    // left open at the end of the current one knows whether it continues.
    if (n > 0) AnalyzeParagraph(text, layout.paragraphs[0], lexicon_, &current_);
    for (int i = 0; i < n; ++i) {
      if (i + 1 < n) {
        AnalyzeParagraph(text, layout.paragraphs[i + 1], lexicon_, &next_);
        if (!current_.quotes.empty() && current_.quotes.back().close < 0 &&
            StartsWithQuote(next_, current_.quotes.back().family)) {
          current_.quotes.back().continues = true;
          continued_from_previous_[i + 1] = 1;
        }
      }
      speakers_.LearnNames(text, current_);
      finder_.FindInParagraph(text, current_, i, &candidates_, &orphans_);
      std::swap(current_, next_);
    }

    for (size_t i = 0; i < candidates_.size(); ++i) {
      speakers_.Resolve(text, candidates_, &candidates_[i]);
    }
    AttachOrphans();

    // Text order of content; one attribution per content span.
    std::stable_sort(candidates_.begin(), candidates_.end(),
                     [](const AttributionCandidate& a, const AttributionCandidate& b) {
                       return a.attribution.content.start < b.attribution.content.start;
                     });
    out.attributions.reserve(candidates_.size());
    uint32_t last_end = 0;
    for (AttributionCandidate& c : candidates_) {
      Attribution& a = c.attribution;
      if (a.content.empty()) continue;
      if (!out.attributions.empty() && a.content.start < last_end) {
        continue;  // nested in or overlapping the previous attribution's content
      }
      if (a.cue) {
        if (auto time = FindStatementTime(text, c.clause, *a.cue, doc.published)) {
          a.time = time->span;
          a.said_on = std::move(time->said_on);
        }
      }
      last_end = a.content.end;
      out.attributions.push_back(std::move(a));
    }
    // Too short a body gives no reliable fingerprint: 0 means "none".
    if (ShingleCount(text, layout.paragraphs) >= kMinShinglesForMatch) {
      out.simhash = SimHash(text, layout.paragraphs);
    }
    linker_->Link(text, &out);
    // Organisations speak under their gazetteer name: "Moscow" (the
    // government) is "Russia", "the Kremlin" too.
    for (Attribution& a : out.attributions) {
      if (a.source_type != SourceType::kOrganisation || a.speaker.empty()) continue;
      if (auto known = linker_->Lookup(a.speaker)) a.speaker = known->name;
    }
    return out;
  }

 private:
  // Whole-sentence quotes with no attribution of their own take the source of
  // a neighbouring attribution: the same paragraph first (“…,” she said.
  // “…”), then the quote they continue from the previous paragraph, then the
  // paragraph they run into.
  void AttachOrphans() {
    const size_t base = candidates_.size();
    for (const OrphanQuote& o : orphans_) {
      int best = -1;
      uint32_t best_distance = UINT32_MAX;
      for (size_t i = 0; i < candidates_.size(); ++i) {
        const AttributionCandidate& c = candidates_[i];
        if (c.paragraph != o.paragraph || !c.attribution.source) continue;
        const Span& s = c.attribution.content;
        uint32_t d = s.end <= o.content.start ? o.content.start - s.end
                     : s.start >= o.content.end ? s.start - o.content.end + 1
                                                : UINT32_MAX;
        if (d < best_distance) {
          best_distance = d;
          best = static_cast<int>(i);
        }
      }
      if (best < 0 && o.opens_paragraph && o.paragraph > 0 &&
          continued_from_previous_[o.paragraph]) {
        for (size_t i = candidates_.size(); i-- > 0;) {
          if (candidates_[i].paragraph == o.paragraph - 1 &&
              candidates_[i].attribution.kind == AttributionKind::kDirect) {
            best = static_cast<int>(i);
            break;
          }
        }
      }
      if (best < 0 && o.continues) {
        for (size_t i = 0; i < base; ++i) {
          if (candidates_[i].paragraph == o.paragraph + 1 &&
              candidates_[i].attribution.kind == AttributionKind::kDirect) {
            best = static_cast<int>(i);
            break;
          }
        }
      }
      if (best < 0) continue;
      AttributionCandidate c = candidates_[best];
      c.attribution.content = o.content;
      c.attribution.kind = AttributionKind::kDirect;
      c.attribution.confidence = 0.6f;
      c.paragraph = o.paragraph;
      c.shares_source_of = best;
      candidates_.push_back(std::move(c));
    }
  }

  ExtractorOptions options_;
  const Lexicon& lexicon_;
  AttributionFinder finder_;
  SpeakerResolver speakers_;
  std::unique_ptr<EntityLinker> linker_;
  ParagraphTokens current_, next_;
  std::vector<AttributionCandidate> candidates_;
  std::vector<OrphanQuote> orphans_;
  std::vector<uint8_t> continued_from_previous_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(
    const ExtractorOptions& options) {
  auto linker = EntityLinker::Create();
  if (!linker.ok()) return linker.status();
  return std::make_unique<RuleExtractor>(options, *std::move(linker));
}

absl::StatusOr<Extraction> Extract(const Document& doc) {
  auto extractor = Extractor::Create();
  if (!extractor.ok()) return extractor.status();
  return (*extractor)->Extract(doc);
}

}  // namespace claimgraph::ingest
