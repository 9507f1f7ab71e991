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

// --attribution and --model, shared by extract and eval.
struct ModelFlags {
  std::string mode = "default";
  std::string model;
  float min_confidence = -1;
  int lexicon_cues_only = -1;
};

void AddModelFlags(CLI::App* cmd, ModelFlags* f) {
  cmd->add_option("--attribution", f->mode,
                  "Where attributions come from: rules, model, rules+model (rules where "
                  "they fire, the learned tagger elsewhere), model-first, or default")
      ->check(CLI::IsMember({"default", "rules", "model", "rules+model", "model-first"}));
  cmd->add_option("--model", f->model,
                  "Attribution model file (default: $CLAIMGRAPH_MODEL, else the "
                  "source tree's data/models/attribution.model)");
  cmd->add_option("--model-min-confidence", f->min_confidence,
                  "rules+model: add a tagger attribution only at this confidence or above");
  cmd->add_option("--model-lexicon-cues", f->lexicon_cues_only,
                  "rules+model: 1 adds only tagger attributions whose cue is in the cue lexicon");
}

ingest::ExtractorOptions OptionsOf(const ModelFlags& f) {
  ingest::ExtractorOptions options;
  if (f.mode == "rules") options.mode = ingest::AttributionMode::kRules;
  if (f.mode == "model") options.mode = ingest::AttributionMode::kModel;
  if (f.mode == "rules+model") options.mode = ingest::AttributionMode::kRulesThenModel;
  if (f.mode == "model-first") options.mode = ingest::AttributionMode::kModelPreferred;
  options.model_path = f.model;
  if (f.min_confidence >= 0) options.model_min_confidence = f.min_confidence;
  if (f.lexicon_cues_only >= 0) options.model_lexicon_cues_only = f.lexicon_cues_only == 1;
  return options;
}


struct ExtractOptions {
  std::string input = "auto";
  std::vector<std::string> files;
  ModelFlags model;
};

absl::Status RunExtract(const ExtractOptions& o) {
  ASSIGN_OR_RETURN(auto extractor, ingest::Extractor::Create(OptionsOf(o.model)));
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
  ModelFlags model;
};

absl::Status RunEval(const EvalOptions& o) {
  ASSIGN_OR_RETURN(auto report, ingest::RunEval(o.gold, o.text_dir, OptionsOf(o.model)));
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
  AddModelFlags(cmd, &o->model);
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
  AddModelFlags(cmd, &o->model);
  cmd->callback([o, result] { *result = RunEval(*o); });
}

}  // namespace claimgraph::cli
