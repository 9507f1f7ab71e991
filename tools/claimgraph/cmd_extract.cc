// claimgraph extract: documents in, one gold-format JSON line per document out.
#include <iostream>

#include "batch.h"
#include "commands.h"
#include "common/json_text.h"
#include "common/strings.h"
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
  int gate = -1;
  std::string gate_path;
  float gate_threshold = -1;
};

void AddModelFlags(CLI::App* cmd, ModelFlags* f) {
  cmd->add_option("--attribution", f->mode,
                  "Where attributions come from: rules, model, rules+model (rules where "
                  "they fire, the learned tagger elsewhere), model-first, or default")
      ->transform(CLI::IsMember({"default", "rules", "model", "rules+model", "model-first"},
                                CLI::ignore_case));
  cmd->add_option("--model", f->model,
                  "Attribution model file (default: $CLAIMGRAPH_MODEL, else the "
                  "source tree's data/models/attribution.model)");
  cmd->add_option("--model-min-confidence", f->min_confidence,
                  "rules+model: add a tagger attribution only at this confidence or above");
  cmd->add_option("--model-lexicon-cues", f->lexicon_cues_only,
                  "rules+model: 1 (the default) adds only tagger attributions whose cue "
                  "is a verb of saying of the cue lexicon; 0 any cue class (PolNeAR's "
                  "convention: more recall, half of the additions wrong)");
  cmd->add_option("--model-gate", f->gate,
                  "rules+model: 1 lets the learned gate decide which tagger attributions "
                  "are added (more recall, a third of its additions judged wrong); 0 (the "
                  "default) the hand conditions (--model-lexicon-cues, a stated source, a "
                  "reported clause)");
  cmd->add_option("--gate", f->gate_path,
                  "Gate file (default: $CLAIMGRAPH_GATE, else the source tree's "
                  "data/models/gate.model)");
  cmd->add_option("--gate-threshold", f->gate_threshold,
                  "rules+model with the gate: its probability threshold (default: the "
                  "gate file's)");
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
  if (f.gate >= 0) options.model_gate = f.gate == 1;
  options.gate_path = f.gate_path;
  if (f.gate_threshold >= 0) options.gate_threshold = f.gate_threshold;
  return options;
}


struct ExtractOptions {
  InputFlags input;
  std::vector<std::string> files;
  ModelFlags model;
};

absl::Status RunExtract(const ExtractOptions& o) {
  RETURN_IF_ERROR(CheckInputFlags(o.input));
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
  bool json = false;
  ModelFlags model;
};

// {"content_overlap":{"gold","predicted","precision","recall","f1"},...}
void AppendScoresJson(std::string* out, const ingest::EvalScores& scores) {
  const std::pair<const char*, const ingest::EvalCounts*> rows[] = {
      {"content_overlap", &scores.content_overlap},
      {"content_exact", &scores.content_exact},
      {"content_source_overlap", &scores.content_source_overlap},
      {"content_source_exact", &scores.content_source_exact}};
  out->push_back('{');
  for (const auto& [name, counts] : rows) {
    if (out->back() != '{') out->push_back(',');
    CatTo(out, "\"", name, "\":{\"gold\":", counts->gold, ",\"predicted\":",
          counts->predicted, ",\"precision\":", counts->Precision(), ",\"recall\":",
          counts->Recall(), ",\"f1\":", counts->F1(), "}");
  }
  out->push_back('}');
}

// {"documents","right_speaker","misses","spurious","wrong_speaker","overall":{...},
//  "by_kind":{"direct":{...},...}}
std::string EvalReportJson(const ingest::EvalReport& report) {
  std::string out = Cat("{\"documents\":", report.documents, ",\"right_speaker\":",
                        report.right_speaker, ",\"misses\":", report.misses.size(),
                        ",\"spurious\":", report.spurious.size(), ",\"wrong_speaker\":",
                        report.wrong_speaker.size(), ",\"overall\":");
  AppendScoresJson(&out, report.overall);
  out.append(",\"by_kind\":{");
  for (const auto& [kind, scores] : report.by_kind) {
    if (out.back() != '{') out.push_back(',');
    AppendJsonString(&out, kind);
    out.push_back(':');
    AppendScoresJson(&out, scores);
  }
  out.append("}}\n");
  return out;
}

absl::Status RunEval(const EvalOptions& o) {
  ASSIGN_OR_RETURN(auto report, ingest::RunEval(o.gold, o.text_dir, OptionsOf(o.model)));
  std::cout << (o.json ? EvalReportJson(report) : ingest::FormatEvalReport(report, o.errors));
  return absl::OkStatus();
}

}  // namespace

void AddExtractCommand(CLI::App& app, absl::Status* result) {
  auto* cmd = app.add_subcommand(
      "extract", "Print each document's attributions as one JSON line");
  auto o = std::make_shared<ExtractOptions>();
  AddInputFlags(cmd, &o->input);
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
  cmd->add_flag("--json", o->json, "Print the scores as JSON");
  AddModelFlags(cmd, &o->model);
  cmd->callback([o, result] { *result = RunEval(*o); });
}

}  // namespace claimgraph::cli
