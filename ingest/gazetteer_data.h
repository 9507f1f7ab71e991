// The text of data/gazetteer.tsv, compiled in at build time (see
// ingest/CMakeLists.txt and data/README.md). Internal to ingest/.
#ifndef CLAIMGRAPH_INGEST_GAZETTEER_DATA_H_
#define CLAIMGRAPH_INGEST_GAZETTEER_DATA_H_

#include <string_view>

namespace claimgraph::ingest {

extern const std::string_view kGazetteerTsv;

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_GAZETTEER_DATA_H_
