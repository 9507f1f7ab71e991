// claimgraph_eval GOLD.jsonl [--text-dir DIR] [--errors]: scores the extractor.
#include <cstring>
#include <iostream>
#include <string>

#include "ingest/eval.h"

int main(int argc, char** argv) {
  std::string gold, text_dir;
  bool errors = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--text-dir") == 0 && i + 1 < argc) {
      text_dir = argv[++i];
    } else if (std::strcmp(argv[i], "--errors") == 0) {
      errors = true;
    } else {
      gold = argv[i];
    }
  }
  if (gold.empty()) {
    std::cerr << "usage: claimgraph_eval GOLD.jsonl [--text-dir DIR] [--errors]\n";
    return 2;
  }
  auto report = claimgraph::ingest::RunEval(gold, text_dir);
  if (!report.ok()) {
    std::cerr << report.status() << "\n";
    return 1;
  }
  std::cout << claimgraph::ingest::FormatEvalReport(*report, errors);
  return 0;
}
