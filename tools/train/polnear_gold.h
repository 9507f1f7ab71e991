// Reading PolNeAR gold lines (the gold.jsonl format with inline "text") for
// the trainers of tools/train/: the document and its attributions' spans.
#ifndef CLAIMGRAPH_TOOLS_TRAIN_POLNEAR_GOLD_H_
#define CLAIMGRAPH_TOOLS_TRAIN_POLNEAR_GOLD_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"
#include "ingest/extraction.h"

namespace claimgraph::train {

struct GoldSpanB {  // UTF-8 byte offsets, end exclusive
  uint32_t start, end;
};
// One gold attribution: each part as its fragments (one span when whole).
struct GoldAttr {
  std::vector<GoldSpanB> source, cue, content;
};

// Parses one line into `doc` (doc_id, text, date) and `gold`; false when the
// line is not such a record.
bool ParseGoldLine(std::string_view line, ingest::Document* doc, std::vector<GoldAttr>* gold);

// Runs an extractor made with `options` over every article of the gold file
// at `path`: `before` sees the article and its gold ahead of the extraction
// (the observers label what they see by it), `after` once it is done.
// Returns the number of articles, or -1 after saying on stderr what failed.
int ExtractGoldFile(const std::string& path, const ingest::ExtractorOptions& options,
                    const std::function<void(const ingest::Document&,
                                             const std::vector<GoldAttr>&)>& before,
                    const std::function<void()>& after = {});

}  // namespace claimgraph::train

#endif  // CLAIMGRAPH_TOOLS_TRAIN_POLNEAR_GOLD_H_
