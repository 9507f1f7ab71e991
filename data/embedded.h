// The project's data files, compiled in at build time (data/CMakeLists.txt runs
// data/embed_file.cmake on each), so that binaries need no data path at runtime.
// Each constant is the whole file, byte for byte; its format is documented in
// data/README.md and parsed by the one module that owns it.
#ifndef CLAIMGRAPH_DATA_EMBEDDED_H_
#define CLAIMGRAPH_DATA_EMBEDDED_H_

#include <string_view>

namespace claimgraph::data {

extern const std::string_view kGazetteerTsv;      // gazetteer.tsv: entity linking
extern const std::string_view kConflictLexicon;   // conflict_lexicon.txt: detector
extern const std::string_view kConflictIdf;       // conflict_idf.txt: detector
extern const std::string_view kLexicon;           // lexicon.txt: attribution words
extern const std::string_view kGivenNames;        // given_names.txt: from SSA counts
extern const std::string_view kWordLists;         // word_lists.txt: stop words, ...
extern const std::string_view kCommonWords;       // common_words.txt: from UD English
extern const std::string_view kNonspeakerNouns;   // nonspeaker_nouns.txt: UD and WordNet
extern const std::string_view kPersonNouns;       // person_nouns.txt: WordNet
// viewer.html: the HTML export's page, with the placeholders /*CG_D3*/ and
// /*CG_DATA*/ that graph/subgraph.cc fills with kD3Js and the subgraph's JSON.
extern const std::string_view kViewerHtml;
extern const std::string_view kD3Js;  // node-d3's d3.min.js (v5), found at configure time

}  // namespace claimgraph::data

#endif  // CLAIMGRAPH_DATA_EMBEDDED_H_
