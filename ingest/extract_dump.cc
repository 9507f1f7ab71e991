// Developer tool: extract_dump FILE... prints one JSON line per text file.
#include <fstream>
#include <iostream>
#include <sstream>

#include "ingest/document.h"
#include "ingest/extraction.h"

int main(int argc, char** argv) {
  using namespace claimgraph::ingest;
  auto extractor = Extractor::Create();
  if (!extractor.ok()) return 1;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string path = argv[i];
    Document doc = DocumentFromText(path.substr(path.find_last_of('/') + 1), buffer.str());
    auto extraction = (*extractor)->Extract(doc);
    if (!extraction.ok()) {
      std::cerr << extraction.status() << "\n";
      continue;
    }
    std::cout << ExtractionToJson(doc, *extraction) << "\n";
  }
  return 0;
}
