#include "batch.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "absl/strings/cord.h"
#include "common/strings.h"
#include "commands.h"
#include "common/dates.h"
#include "common/status_macros.h"
#include "exit.h"
#include "ingest/extraction.h"

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

// One line on a terminal's stderr, redrawn at most 5 times a second: documents,
// MB read, rate, ETA (when the inputs' sizes are known) and failures so far.
// Silent when stderr is not a terminal.
class Progress {
 public:
  explicit Progress(const std::vector<std::string>& files)
      : on_(isatty(STDERR_FILENO)), stdout_too_(on_ && isatty(STDOUT_FILENO)) {
    for (const std::string& file : files) {
      std::error_code error;
      // Stdin or a pipe: no total, no ETA (a missing file counts as 0 bytes).
      if (file == "-" || (std::filesystem::exists(file, error) &&
                          !std::filesystem::is_regular_file(file, error))) {
        known_ = false;
      }
      total_ += FileSize(file);
    }
  }

  static std::uintmax_t FileSize(const std::string& file) {
    std::error_code error;
    auto size = file == "-" ? 0 : std::filesystem::file_size(file, error);
    return error ? 0 : size;
  }
  ~Progress() { Clear(); }

  // Before any other line goes to stderr.
  void Clear() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }
  // Before a document is processed: a command that prints a line per document
  // on the same terminal (ingest) gets the progress line out of its way.
  void BeforeDocument() {
    if (stdout_too_) Clear();
  }
  void Document(std::size_t bytes, bool failed) {
    ++documents_;
    failed_ += failed;
    bytes_ += bytes;
    Draw(stdout_too_);
  }
  // A file read to its end, or that could not be read (`failed`): its size
  // counts whole (JSONL has more bytes than its texts).
  void FileDone(std::uintmax_t file_bytes, bool failed) {
    done_files_ += file_bytes;
    bytes_ = 0;
    failed_ += failed;
    Draw(true);
  }

 private:
  void Draw(bool force) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double read = static_cast<double>(done_files_ + bytes_);
    double rate = seconds > 0 ? read / seconds : 0;
    std::string line = Cat(documents_, " documents, ", FormatMb(read));
    if (known_ && total_ > 0) CatTo(&line, " of ", FormatMb(static_cast<double>(total_)));
    CatTo(&line, ", ", FormatMb(rate), "/s");
    if (known_ && rate > 0 && total_ >= read) {
      int eta = static_cast<int>((total_ - read) / rate + 0.5);
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, ", ETA %d:%02d", eta / 60, eta % 60);
      line += buffer;
    }
    CatTo(&line, ", ", failed_, " failed");
    std::cerr << "\r\033[K" << line << std::flush;
    shown_ = true;
  }
  static std::string FormatMb(double bytes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MB", bytes / 1e6);
    return buffer;
  }

  const bool on_, stdout_too_;
  bool shown_ = false, known_ = true;
  std::uintmax_t total_ = 0, done_files_ = 0, bytes_ = 0;
  int documents_ = 0, failed_ = 0;
  const std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace


absl::Status StopBatch(absl::Status status) {
  if (!status.ok()) status.SetPayload(kStopBatchPayload, absl::Cord());
  return status;
}

namespace {

const ingest::Document& DocOf(const ingest::Document& doc) { return doc; }
const ingest::Document& DocOf(const ingest::ExtractedDocument& record) { return record.doc; }

// The loop of ForEachDocument and ForEachExtracted: `read(file, sink)` hands
// each item of a file to `sink`.
template <typename T>
int ForEachInput(
    const std::vector<std::string>& files, std::string_view what,
    const std::function<absl::Status(const std::string&,
                                     const std::function<void(absl::StatusOr<T>)>&)>& read,
    const std::function<absl::Status(const T&)>& process) {
  int failed = 0;
  bool stopped = false;
  Progress progress(files);
  for (const std::string& file : files) {
    if (stopped) break;
    auto status = read(file, [&](absl::StatusOr<T> item) {
      if (stopped) return;
      if (item.ok() && !DocOf(*item).warnings.empty()) {
        progress.Clear();
        for (const std::string& warning : DocOf(*item).warnings) ReportWarning(warning);
      }
      progress.BeforeDocument();
      absl::Status done = item.ok() ? process(*item) : item.status();
      if (!done.ok()) {
        progress.Clear();
        ReportDocumentError(what, done);
        ++failed;
        stopped = done.GetPayload(kStopBatchPayload).has_value();
      }
      progress.Document(item.ok() ? DocOf(*item).text.size() : 0, !done.ok());
    });
    if (!status.ok()) {
      progress.Clear();
      ReportDocumentError("", status);
      ++failed;
    }
    progress.FileDone(Progress::FileSize(file), !status.ok());
  }
  return failed;
}

}  // namespace

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
  return ForEachInput<ingest::Document>(
      files, what,
      [&](const std::string& file, const ingest::DocumentSink& sink) {
        return ingest::ReadDocuments(file, format, sink, options);
      },
      process);
}

int ForEachExtracted(const std::vector<std::string>& files, bool accept_version,
                     std::string_view what,
                     const std::function<absl::Status(const ingest::ExtractedDocument&)>&
                         process) {
  using Sink = std::function<void(absl::StatusOr<ingest::ExtractedDocument>)>;
  return ForEachInput<ingest::ExtractedDocument>(
      files, what,
      [&](const std::string& file, const Sink& sink) {
        return ingest::ReadJsonLines(
            file, kMaxRecordBytes,
            [&](absl::StatusOr<std::string_view> line, std::string_view where) {
              if (!line.ok()) return sink(line.status());
              auto record = ingest::ExtractionFromJson(*line, where);
              if (record.ok() && !accept_version &&
                  record->extraction.extractor_version != ingest::kExtractorVersion) {
                return sink(absl::FailedPreconditionError(Cat(
                    where, " (", record->doc.doc_id, "): extracted by ",
                    record->extraction.extractor_version, ", this binary is ",
                    ingest::kExtractorVersion,
                    "; extract it again, or store it as it is with --accept-version")));
              }
              sink(std::move(record));
            });
      },
      process);
}

}  // namespace claimgraph::cli
