// An input article and the readers that produce them (plain text files, JSONL).
#ifndef CLAIMGRAPH_INGEST_DOCUMENT_H_
#define CLAIMGRAPH_INGEST_DOCUMENT_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace claimgraph::ingest {

// One article. `text` holds the bytes exactly as read: every span the extractor
// returns is a UTF-8 byte offset into it.
struct Document {
  std::string doc_id;     // the path as given (or its file name) for text input, "id" for JSONL
  std::string text;
  std::string published;  // ISO yyyy-mm-dd, empty when unknown
  std::string outlet;
  std::string url;
  std::string title;
  // What was wrong with the document but did not stop it (a date that cannot
  // be read), each naming the document and the value; shown to the user.
  std::vector<std::string> warnings;
};

// Sets doc->published from a publication date as a feed or a client gives it
// (common/dates.h ReadPublishedDate: ISO 8601, RFC 2822, "18 September 2016",
// stored as the calendar date in the source's own zone). An empty `value`
// leaves `published` as it is; a value that cannot be read leaves it empty and
// adds to doc->warnings: <doc_id>: "date" "<value>" is not a date (...); stored
// with the date unknown. The document is never refused for its date.
void SetPublishedDate(std::string_view value, Document* doc);

// kAuto: JSONL for a path ending in ".jsonl", else one text article per file;
// on stdin ("-"), JSONL when the first non-blank line parses as a JSON object
// (LooksLikeJsonl), else one text article.
enum class InputFormat { kAuto, kText, kJsonl };

// What names a text document: the path as given ("d1/story.txt", so files of
// one name in two folders are two documents) or its file name ("story.txt").
enum class DocIdFrom { kPath, kName };
absl::StatusOr<DocIdFrom> ParseDocIdFrom(std::string_view name);  // "path" / "name"

// The default limit on one document (article text or JSONL line) for the
// readers and the ingest paths: 4 MiB. News articles are rarely over 200 KB,
// and some hostile shapes cost the extractor more than linear time (see
// tests/hostile_input_test.cc), so larger documents are refused per document.
inline constexpr std::size_t kMaxDocumentBytes = 4u << 20;

// Parses "auto" / "text" / "jsonl". Returns InvalidArgument for anything else.
absl::StatusOr<InputFormat> ParseInputFormat(std::string_view name);
// What kAuto means for `path`: kJsonl for "*.jsonl", else kText.
InputFormat FormatForPath(std::string_view path);

// A plain-text article. A leading "date YYYY-MM-DD" line (a real date) (or prefix, which may run
// straight into the first sentence) sets `published`; the text is kept whole so
// offsets still point into the file as stored.
Document DocumentFromText(std::string doc_id, std::string text);

// One JSONL line: {"id","text","date"?,"outlet"?,"url"?,"title"?}; "date" is
// read by SetPublishedDate (without one, a leading date line of the text). Returns
// InvalidArgument naming `where` (e.g. "batch.jsonl:12") when the line is not a JSON
// object with a non-empty string "id" and a "text" that holds more than whitespace.
absl::StatusOr<Document> DocumentFromJsonLine(std::string_view line,
                                              std::string_view where);

// True when `line` (the first non-blank line of an input) is a JSON object.
bool LooksLikeJsonl(std::string_view line);

// InvalidArgument "<doc_id>: empty document (no text)" when `text` holds nothing
// but whitespace: such a document is refused, never stored as an article
// without claims.
absl::Status RequireText(std::string_view doc_id, std::string_view text);

// How ReadDocuments names and completes documents.
struct ReadOptions {
  DocIdFrom doc_id_from = DocIdFrom::kPath;
  // Set on every text document (never on a JSONL record) when not empty; a
  // date here overrides the text's leading "date YYYY-MM-DD" line.
  std::string published, outlet, url;
  std::size_t max_document_bytes = kMaxDocumentBytes;
};

// Streams the documents of `path` ("-" is stdin) to `sink`, one call per document.
// A document that cannot be read or parsed, or that is empty (RequireText), is
// passed as an error status naming the file (and line) so the caller can report it
// and go on with the rest; the call itself fails only when `path` cannot be opened,
// with the OS's reason ("x.txt: No such file or directory", "d: is a directory").
// Text input reads the whole file as one document, named per `doc_id_from` (stdin:
// "<stdin>"). Documents over `max_document_bytes` are rejected per document.
// Memory stays bounded by max_document_bytes plus a 1 MiB buffer: an over-long
// document is counted, not held.
using DocumentSink = std::function<void(absl::StatusOr<Document>)>;
absl::Status ReadDocuments(const std::string& path, InputFormat format,
                           const DocumentSink& sink, const ReadOptions& options = {});

// Streams the lines of the JSONL file `path` ("-" is stdin) that hold more
// than whitespace to `sink`, each with where it is ("shard.jsonl:12"): a line
// over `max_line_bytes` (counted, not held) or a read error is passed as an
// error status naming the file and line. Fails only when `path` cannot be
// opened, as ReadDocuments does. ReadDocuments reads JSONL through it.
using LineSink =
    std::function<void(absl::StatusOr<std::string_view> line, std::string_view where)>;
absl::Status ReadJsonLines(const std::string& path, std::size_t max_line_bytes,
                           const LineSink& sink);

// Checks that `text` is valid UTF-8 with no NUL bytes. Returns InvalidArgument with
// the byte offset of the first problem.
absl::Status ValidateText(std::string_view text);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_DOCUMENT_H_
