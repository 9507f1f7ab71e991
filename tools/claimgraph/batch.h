// The document loop of the batch commands (extract, ingest, query ingest) and
// the input flags they share.
#ifndef CLAIMGRAPH_TOOLS_CLAIMGRAPH_BATCH_H_
#define CLAIMGRAPH_TOOLS_CLAIMGRAPH_BATCH_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "absl/status/status.h"
#include "ingest/document.h"
#include "ingest/extraction.h"

namespace claimgraph::cli {

// --input, --doc-id-from, and --date, --outlet, --url for text documents (they
// override a text file's leading "date YYYY-MM-DD" line; JSONL records carry
// their own).
struct InputFlags {
  std::string input = "auto";
  std::string doc_id_from = "path";
  std::string date, outlet, url;
};
void AddInputFlags(CLI::App* command, InputFlags* flags);
// A usage error (exit.h) when the flags contradict each other or --date is
// not a date (common/dates.h ValidateDate); batch commands check before they
// open anything.
absl::Status CheckInputFlags(const InputFlags& flags);

// `status` marked so that ForEachDocument stops at the document that failed
// with it (the store cannot write: going on could only fail again).
absl::Status StopBatch(absl::Status status);

// Reads every document of `files` and calls `process` on each (text documents
// with the flags' date, outlet and url). A document that cannot be read or
// that `process` fails is reported as "claimgraph: <what>: <message>", a file
// that cannot be read as "claimgraph: <message>", and the loop goes on; a
// document's warnings (an unreadable date) are reported as "claimgraph:
// warning: <warning>" and the document is processed. A failure marked by
// StopBatch is reported the same way and ends the batch: no later document is
// processed (the rest of the input is read, not reported). Returns how many
// failed.
// `flags` must have passed CheckInputFlags.
int ForEachDocument(const std::vector<std::string>& files, const InputFlags& flags,
                    std::string_view what,
                    const std::function<absl::Status(const ingest::Document&)>& process);

// The largest extraction record `ingest --extracted` reads: 64 MiB (a
// record holds its attributions' and mentions' texts, so it can be larger
// than its document, which is at most ingest::kMaxDocumentBytes).
inline constexpr std::size_t kMaxRecordBytes = 64u << 20;

// ForEachDocument for extraction records (`claimgraph extract` lines) in the
// JSONL `files`: each record is parsed (ingest::ExtractionFromJson) and given
// to `process`; a line that is not a record, or a record made by another
// extractor version than this binary's (unless `accept_version`), is reported
// by file, line and doc_id, and the loop goes on. Returns how many failed.
int ForEachExtracted(const std::vector<std::string>& files, bool accept_version,
                     std::string_view what,
                     const std::function<absl::Status(const ingest::ExtractedDocument&)>&
                         process);

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_TOOLS_CLAIMGRAPH_BATCH_H_
