// Finds attribution frames (source, cue, content) in the sentences of one
// paragraph: direct quotes with the attribution after, before or around them,
// reported speech ("X said (that) …", "…, X said", "according to X"), mixed
// speech and relayed speech ("the agency quoted X as saying …"). Speakers are
// left unresolved here: see speakers.h.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_ATTRIBUTION_FINDER_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_ATTRIBUTION_FINDER_H_

#include <string_view>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/attribution/quotes.h"

namespace claimgraph::ingest {

// What a source mention looks like, for speaker resolution.
struct SourceMention {
  Span head;            // the naming part ("General Joe Dunford"), no apposition
  Span name;            // the proper name inside it ("Joe Dunford"), may be empty
  SourceType type = SourceType::kUnknown;
  char pronoun = 0;     // 'm' he, 'f' she, 'p' they/we, 'n' it, 'i' I/you; 0 none
  char gender = 0;      // 'm', 'f' or 0 when unknown
  bool plural = false;
  Span role;            // title or apposition describing the speaker
  SourceType issuer_type = SourceType::kUnknown;  // of `name` when type is
                                                  // kDocument ("the WHO's website")
};

// One attribution before speaker resolution.
struct AttributionCandidate {
  Attribution attribution;  // speaker empty; other fields set
  SourceMention mention;
  Span clause;              // the sentence minus the content, for the time finder
  int paragraph = 0;        // index into the layout's paragraphs
  bool introducer = false;  // "X said:" with the quote in the next sentence;
                            // content empty until an orphan quote takes it
  int shares_source_of = -1;  // index of the candidate whose source it shares;
                              // -2 when the speaker is already resolved
};

// A whole-sentence quote with no attribution of its own ("“…,” she said. “…”"),
// resolved later to a neighbouring attribution.
struct OrphanQuote {
  Span content;
  int paragraph = 0;
  bool opens_paragraph = false;  // first token of its paragraph
  bool continues = false;        // quote left open into the next paragraph
  bool whole_paragraph = false;  // the paragraph is this quote and nothing else
};

// Stateless apart from the scratch it reuses; one per Extractor.
class AttributionFinder {
 public:
  explicit AttributionFinder(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // Appends the attributions of `paragraph` (index `paragraph_index`) to
  // `out` and its unattributed whole-sentence quotes to `orphans`.
  void FindInParagraph(std::string_view text, const ParagraphTokens& paragraph,
                       int paragraph_index,
                       std::vector<AttributionCandidate>* out,
                       std::vector<OrphanQuote>* orphans);

 private:
  const Lexicon& lexicon_;
  std::vector<uint8_t> claimed_;  // per token: inside some content already
  bool lead_pending_ = true;      // no sentence-like paragraph seen yet
};

// The SourceMention of the source written over tokens [begin, end) of
// `paragraph` (the rules' own description: head up to an apposition comma,
// name, type, pronoun, gender, role). Used by the learned tagger's spans.
SourceMention DescribeSourceTokens(std::string_view text, const ParagraphTokens& paragraph,
                                   int begin, int end);

// Trims a direct quote's inner span: surrounding space, and a trailing comma
// or colon that belongs to the sentence rather than the quote.
Span TrimQuoteContent(std::string_view text, Span inner);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_ATTRIBUTION_FINDER_H_
