#include "batch.h"

#include "exit.h"

namespace claimgraph::cli {

int ForEachDocument(const std::vector<std::string>& files, std::string_view input,
                    std::string_view what,
                    const std::function<absl::Status(const ingest::Document&)>& process) {
  // `input` is checked by the flag's validator: auto, text or jsonl.
  auto format = ingest::ParseInputFormat(input);
  if (!format.ok()) {
    ReportDocumentError("", format.status());
    return static_cast<int>(files.size());
  }
  int failed = 0;
  for (const std::string& file : files) {
    auto status = ingest::ReadDocuments(
        file, *format, [&](absl::StatusOr<ingest::Document> doc) {
          if (doc.ok()) {
            for (const std::string& warning : doc->warnings) ReportWarning(warning);
          }
          absl::Status done = doc.ok() ? process(*doc) : doc.status();
          if (!done.ok()) {
            ReportDocumentError(what, done);
            ++failed;
          }
        });
    if (!status.ok()) {
      ReportDocumentError("", status);
      ++failed;
    }
  }
  return failed;
}

}  // namespace claimgraph::cli
