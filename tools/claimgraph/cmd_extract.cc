// claimgraph extract: documents in, one gold-format JSON line per document out.
#include <iostream>

#include "common/strings.h"
#include "ingest/document.h"
#include "eval/eval.h"
#include "ingest/extraction.h"
#include "commands.h"

namespace claimgraph::cli {

void AddExtractCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "extract", "Print each document's attributions as one JSON line");
  struct Options {
    std::string input = "auto";
    std::vector<std::string> files;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--input", o->input, "Input format: text (one article per file), "
                                    "jsonl (one article per line) or auto "
                                    "(jsonl for *.jsonl, else text)")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
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

void AddEvalCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "eval", "Score the extractor against a gold.jsonl hand annotation");
  struct Options {
    std::string gold;
    std::string text_dir;
    bool errors = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("gold", o->gold, "gold.jsonl (format: corpus README)")->required();
  cmd->add_option("--text-dir", o->text_dir,
                  "Directory of the articles (default: beside the gold file, or "
                  "its articles/ folder)");
  cmd->add_flag("--errors,!--no-errors", o->errors,
                "List the misses and the spurious attributions");
  cmd->callback([o, exit_code] {
    auto report = ingest::RunEval(o->gold, o->text_dir);
    if (!report.ok()) {
      std::cerr << "claimgraph: " << report.status().message() << "\n";
      *exit_code = 1;
      return;
    }
    std::cout << ingest::FormatEvalReport(*report, o->errors);
  });
}

}  // namespace claimgraph::cli
