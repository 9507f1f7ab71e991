// claimgraph extract: documents in, one gold-format JSON line per document out.
#include <iostream>

#include "batch.h"
#include "commands.h"
#include "common/status_macros.h"
#include "eval/eval.h"
#include "exit.h"
#include "ingest/extraction.h"

namespace claimgraph::cli {
namespace {

struct ExtractOptions {
  std::string input = "auto";
  std::vector<std::string> files;
};

absl::Status RunExtract(const ExtractOptions& o) {
  ASSIGN_OR_RETURN(auto extractor, ingest::Extractor::Create());
  int failed = ForEachDocument(
      o.files, o.input, "skipped", [&](const ingest::Document& doc) -> absl::Status {
        ASSIGN_OR_RETURN(auto extraction, extractor->Extract(doc));
        std::cout << ingest::ExtractionToJson(doc, extraction) << "\n";
        return absl::OkStatus();
      });
  return DocumentsFailed(failed);
}

struct EvalOptions {
  std::string gold;
  std::string text_dir;
  bool errors = false;
};

absl::Status RunEval(const EvalOptions& o) {
  ASSIGN_OR_RETURN(auto report, ingest::RunEval(o.gold, o.text_dir));
  std::cout << ingest::FormatEvalReport(report, o.errors);
  return absl::OkStatus();
}

}  // namespace

void AddExtractCommand(CLI::App& app, absl::Status* result) {
  auto* cmd = app.add_subcommand(
      "extract", "Print each document's attributions as one JSON line");
  auto o = std::make_shared<ExtractOptions>();
  cmd->add_option("--input", o->input, "Input format: text (one article per file), "
                                    "jsonl (one article per line) or auto "
                                    "(jsonl for *.jsonl, else text)")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd->add_option("files", o->files, "Files to read, - for stdin")->required();
  cmd->callback([o, result] { *result = RunExtract(*o); });
}

void AddEvalCommand(CLI::App& app, absl::Status* result) {
  auto* cmd = app.add_subcommand(
      "eval", "Score the extractor against a gold.jsonl hand annotation");
  auto o = std::make_shared<EvalOptions>();
  cmd->add_option("gold", o->gold, "gold.jsonl (format: corpus README)")->required();
  cmd->add_option("--text-dir", o->text_dir,
                  "Directory of the articles (default: beside the gold file, or "
                  "its articles/ folder)");
  cmd->add_flag("--errors,!--no-errors", o->errors,
                "List the misses and the spurious attributions");
  cmd->callback([o, result] { *result = RunEval(*o); });
}

}  // namespace claimgraph::cli
