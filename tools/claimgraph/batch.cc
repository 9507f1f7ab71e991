#include "batch.h"

#include "absl/strings/cord.h"

#include "commands.h"
#include "common/dates.h"
#include "common/status_macros.h"
#include "exit.h"

namespace claimgraph::cli {

void AddInputFlags(CLI::App* command, InputFlags* flags) {
  command
      ->add_option("--input", flags->input,
                   "auto (jsonl for *.jsonl, and on stdin when the first line is a "
                   "JSON object; else text), text (one article per file) or jsonl "
                   "(one article per line)")
      ->transform(CLI::IsMember({"auto", "text", "jsonl"}, CLI::ignore_case));
  command
      ->add_option("--doc-id-from", flags->doc_id_from,
                   "A text document's id: its path as given, or its file name")
      ->transform(CLI::IsMember({"path", "name"}, CLI::ignore_case));
  command->add_option("--date", flags->date,
                      "Text documents: publication date YYYY-MM-DD");
  command->add_option("--outlet", flags->outlet, "Text documents: the outlet");
  command->add_option("--url", flags->url, "Text documents: the URL");
}

absl::Status CheckInputFlags(const InputFlags& flags) {
  if (flags.input == "jsonl" &&
      !(flags.date.empty() && flags.outlet.empty() && flags.url.empty())) {
    return UsageError(
        "--date, --outlet and --url are for text documents; JSONL records carry "
        "their own");
  }
  if (flags.date.empty()) return absl::OkStatus();
  return UsageError(ValidateDate(flags.date, "--date"));
}

namespace {
constexpr char kStopBatchPayload[] = "claimgraph.cli/stop-batch";
}  // namespace

absl::Status StopBatch(absl::Status status) {
  if (!status.ok()) status.SetPayload(kStopBatchPayload, absl::Cord());
  return status;
}

int ForEachDocument(const std::vector<std::string>& files, const InputFlags& flags,
                    std::string_view what,
                    const std::function<absl::Status(const ingest::Document&)>& process) {
  // The flags' values are checked by their validators: these parse.
  const ingest::InputFormat format = *ingest::ParseInputFormat(flags.input);
  const ingest::ReadOptions options{
      .doc_id_from = *ingest::ParseDocIdFrom(flags.doc_id_from),
      .published = flags.date,
      .outlet = flags.outlet,
      .url = flags.url};
  int failed = 0;
  bool stopped = false;
  for (const std::string& file : files) {
    if (stopped) break;
    auto status = ingest::ReadDocuments(
        file, format,
        [&](absl::StatusOr<ingest::Document> doc) {
          if (stopped) return;
          if (doc.ok()) {
            for (const std::string& warning : doc->warnings) ReportWarning(warning);
          }
          absl::Status done = doc.ok() ? process(*doc) : doc.status();
          if (!done.ok()) {
            ReportDocumentError(what, done);
            ++failed;
            stopped = done.GetPayload(kStopBatchPayload).has_value();
          }
        },
        options);
    if (!status.ok()) {
      ReportDocumentError("", status);
      ++failed;
    }
  }
  return failed;
}

}  // namespace claimgraph::cli
