// Scores the extractor against hand-annotated gold (gold.jsonl, the format of
// shared/corpus/examples): precision, recall and F1 of content spans, with and
// without the source, overall and by kind, plus the misses and spurious ones.
//
// Matching (one-to-one, greedy by best overlap within each document):
// - content overlap: the spans share at least half of the non-space characters
//   of the longer one (shared = non-space characters of the overlapping bytes);
// - content exact: equal after trimming quotation marks, edge punctuation and
//   space;
// - source match: both null, or the spans overlap, or their last words
//   (possessive stripped) are equal case-insensitively.
// By kind: recall counts gold attributions of that kind, precision counts
// predicted attributions of that kind (kinds need not agree to match). By cue
// class the same way: a gold attribution's class comes from its gold cue text
// and source through the extractor's classifier (ingest/attribution/
// cue_class.h), a predicted one's is the extractor's own.
#ifndef CLAIMGRAPH_EVAL_EVAL_H_
#define CLAIMGRAPH_EVAL_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest/extraction.h"

namespace claimgraph::ingest {

struct EvalCounts {
  int gold = 0;       // gold attributions considered
  int predicted = 0;  // predicted attributions considered
  int gold_matched = 0;
  int predicted_matched = 0;
  double Precision() const;
  double Recall() const;
  double F1() const;
};

// One miss (gold not found) or spurious (predicted, not in gold) attribution.
struct EvalError {
  std::string doc_id;
  std::string kind;
  std::string cue_class;  // "statement", "belief", ...
  std::string source;   // as written, empty when null
  std::string speaker;  // canonical, empty when null
  std::string cue;
  std::string content;
  std::string note;     // for misses found with a wrong source: what we said
};

struct EvalScores {
  EvalCounts content_overlap;
  EvalCounts content_exact;
  EvalCounts content_source_overlap;  // content overlap and source match
  EvalCounts content_source_exact;    // content exact and source match
};

struct EvalReport {
  int documents = 0;
  EvalScores overall;
  std::map<std::string, EvalScores> by_kind;  // "direct", "indirect", "mixed"
  std::map<std::string, EvalScores> by_class;  // "statement", "belief", ...
  // Gold attributions matched (content overlap + source) whose predicted
  // speaker also names the gold speaker (equal, or same last word, or both null).
  int right_speaker = 0;
  std::vector<EvalError> misses;    // gold with no content+source overlap match
  std::vector<EvalError> spurious;  // predicted with no content overlap match
  // Matched (content overlap + source) but naming another speaker; `note`
  // holds the predicted speaker.
  std::vector<EvalError> wrong_speaker;
};

// Reads `gold_path` (one GoldDocument JSON object per line) and each article's
// text from `<text_dir>/<doc_id>`, `<text_dir>/articles/<doc_id>` or either with
// ".txt" appended; an empty `text_dir` means the gold file's directory. Runs the
// extractor on every article and scores it. Returns NotFound for a missing file
// and InvalidArgument for a gold line that does not parse.
// A gold line with an inline "text" (the PolNeAR files) is scored on that text.
// `extractor_options` choose the attribution mode and model.
absl::StatusOr<EvalReport> RunEval(const std::string& gold_path,
                                   const std::string& text_dir,
                                   const ExtractorOptions& extractor_options = {});

// A human-readable report: the score tables, then (when `list_errors`) every
// miss and spurious attribution.
std::string FormatEvalReport(const EvalReport& report, bool list_errors);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_EVAL_EVAL_H_
