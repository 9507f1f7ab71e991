// claimgraph extract: documents in, one gold-format JSON line per document out.
#include <iostream>

#include "common/strings.h"
#include "ingest/document.h"
#include "ingest/extraction.h"
#include "tools/claimgraph/commands.h"

namespace claimgraph::cli {

void AddExtractCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "extract", "Print each document's attributions as one JSON line");
  struct Options {
    std::string input = "text";
    std::vector<std::string> files;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--input", o->input, "Input format: text (one article per file) "
                                    "or jsonl (one article per line)")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_option("files", o->files, "Files to read, - for stdin")->required();
  cmd->callback([o, exit_code] {
    auto format = ingest::ParseInputFormat(o->input);
    auto extractor = ingest::Extractor::Create();
    if (!extractor.ok()) {
      std::cerr << "claimgraph: " << extractor.status().ToString() << "\n";
      *exit_code = 1;
      return;
    }
    int failed = 0;
    for (const std::string& file : o->files) {
      auto status = ingest::ReadDocuments(
          file, *format, [&](absl::StatusOr<ingest::Document> doc) {
            if (!doc.ok()) {
              std::cerr << "claimgraph: skipped: " << doc.status().message() << "\n";
              ++failed;
              return;
            }
            auto extraction = (*extractor)->Extract(*doc);
            if (!extraction.ok()) {
              std::cerr << "claimgraph: skipped: " << extraction.status().message()
                        << "\n";
              ++failed;
              return;
            }
            std::cout << ingest::ExtractionToJson(*doc, *extraction) << "\n";
          });
      if (!status.ok()) {
        std::cerr << "claimgraph: " << status.message() << "\n";
        ++failed;
      }
    }
    if (failed > 0) {
      std::cerr << "claimgraph: " << failed << " document(s) failed\n";
      *exit_code = 2;
    }
  });
}

}  // namespace claimgraph::cli
