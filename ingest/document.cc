#include "ingest/document.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "common/dates.h"
#include "common/strings.h"
#include "claimgraph/v1/corpus.pb.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "unicode/utf8.h"

namespace claimgraph::ingest {
namespace {

// JSON whitespace.
bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Four hex digits at s[i]; -1 when they are not.
int32_t Hex4(std::string_view s, std::size_t i) {
  if (i + 4 > s.size()) return -1;
  int32_t v = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    int h = HexValue(s[k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

void AppendUtf8(UChar32 c, std::string* out) {
  // `c` is a scalar value (surrogates are paired or refused): no error case.
  uint8_t bytes[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(bytes, n, c);
  out->append(reinterpret_cast<const char*>(bytes), n);
}

// A JSON string starting after its opening quote at s[*pos], decoded into
// `out`; *pos ends after the closing quote. False for anything the plain
// reader leaves to protobuf: raw control characters, invalid UTF-8, unknown
// escapes, unpaired surrogates, no closing quote.
bool ReadPlainString(std::string_view s, std::size_t* pos, std::string* out) {
  out->clear();
  std::size_t i = *pos;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  while (true) {
    // A run of plain bytes: ASCII other than '"', '\\' and controls, or
    // valid UTF-8.
    const std::size_t run = i;
    while (i < s.size()) {
      const uint8_t c = bytes[i];
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        ++i;
      } else if (c >= 0x80) {
        int32_t k = static_cast<int32_t>(i);
        UChar32 cp;
        U8_NEXT(bytes, k, static_cast<int32_t>(s.size()), cp);
        if (cp < 0) return false;
        i = static_cast<std::size_t>(k);
      } else {
        break;
      }
    }
    out->append(s.data() + run, i - run);
    if (i >= s.size() || bytes[i] < 0x20) return false;
    if (s[i] == '"') {
      *pos = i + 1;
      return true;
    }
    // An escape.
    if (i + 1 >= s.size()) return false;
    const char e = s[i + 1];
    i += 2;
    switch (e) {
      case '"': out->push_back('"'); break;
      case '\\': out->push_back('\\'); break;
      case '/': out->push_back('/'); break;
      case 'b': out->push_back('\b'); break;
      case 'f': out->push_back('\f'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 't': out->push_back('\t'); break;
      case 'u': {
        UChar32 cp = Hex4(s, i);
        if (cp < 0) return false;
        i += 4;
        if (U16_IS_TRAIL(cp)) return false;
        if (U16_IS_LEAD(cp)) {
          if (i + 2 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return false;
          const int32_t trail = Hex4(s, i + 2);
          if (trail < 0 || !U16_IS_TRAIL(trail)) return false;
          cp = U16_GET_SUPPLEMENTARY(cp, trail);
          i += 6;
        }
        AppendUtf8(cp, out);
        break;
      }
      default:
        return false;
    }
  }
}

// The InputDocument string field with JSON name `key` and its index (for the
// duplicate check), or nullptr for any other key.
std::string* ArticleField(v1::InputDocument* input, std::string_view key, int* index) {
  static constexpr std::string_view kKeys[] = {"id",  "text",  "date",   "outlet",
                                               "url", "title", "license"};
  int k = 0;
  while (k < static_cast<int>(std::size(kKeys)) && kKeys[k] != key) ++k;
  *index = k;
  switch (k) {
    case 0: return input->mutable_id();
    case 1: return input->mutable_text();
    case 2: return input->mutable_date();
    case 3: return input->mutable_outlet();
    case 4: return input->mutable_url();
    case 5: return input->mutable_title();
    case 6: return input->mutable_license();
    default: return nullptr;
  }
}

// Reads the usual shape of a JSONL article by hand: one object whose members
// are distinct InputDocument fields with string values. Returns false for
// anything else (malformed JSON, unknown fields, other value types, escaped
// keys, invalid UTF-8, unpaired surrogates, ...): the caller then gives the
// line to protobuf's JSON parser, so what is accepted and every error message
// stay protobuf's. Where it returns true, `input` holds what protobuf would
// have parsed.
bool ReadPlainArticle(std::string_view s, v1::InputDocument* input) {
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < s.size() && IsJsonSpace(s[i])) ++i;
  };
  skip_space();
  if (i >= s.size() || s[i] != '{') return false;
  ++i;
  skip_space();
  uint32_t seen = 0;  // bit per field, to leave duplicates to protobuf
  std::string value;
  if (i < s.size() && s[i] == '}') {
    ++i;
  } else {
    while (true) {
      if (i >= s.size() || s[i] != '"') return false;
      const std::size_t key_start = ++i;
      while (i < s.size() && s[i] != '"' && s[i] != '\\') ++i;
      if (i >= s.size() || s[i] != '"') return false;
      const std::string_view key = s.substr(key_start, i - key_start);
      ++i;
      skip_space();
      if (i >= s.size() || s[i] != ':') return false;
      ++i;
      skip_space();
      if (i >= s.size() || s[i] != '"') return false;
      ++i;
      if (!ReadPlainString(s, &i, &value)) return false;
      int k = 0;
      std::string* field = ArticleField(input, key, &k);
      if (field == nullptr) return false;
      const uint32_t bit = 1u << k;
      if (seen & bit) return false;
      seen |= bit;
      field->swap(value);
      skip_space();
      if (i < s.size() && s[i] == ',') {
        ++i;
        skip_space();
        continue;
      }
      if (i < s.size() && s[i] == '}') {
        ++i;
        break;
      }
      return false;
    }
  }
  skip_space();
  return i == s.size();
}

}  // namespace

absl::StatusOr<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  return absl::InvalidArgumentError(
      Cat("unknown input format '", name, "' (expected auto, text or jsonl)"));
}

InputFormat FormatForPath(std::string_view path) {
  return path.ends_with(".jsonl") ? InputFormat::kJsonl : InputFormat::kText;
}

Document DocumentFromText(std::string doc_id, std::string text) {
  Document doc;
  doc.doc_id = std::move(doc_id);
  // Leading "date YYYY-MM-DD", possibly after whitespace, possibly followed
  // directly by the first sentence on the same line.
  std::string_view view = text;
  std::size_t i = view.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (i != std::string_view::npos && view.substr(i, 5) == "date " &&
      ParseIsoDate(view.substr(i + 5, 10))) {
    doc.published = std::string(view.substr(i + 5, 10));
  }
  doc.text = std::move(text);
  return doc;
}

void SetPublishedDate(std::string_view value, Document* doc) {
  if (value.empty()) return;
  auto date = ReadPublishedDate(value);
  if (date.ok()) {
    doc->published = *std::move(date);
    return;
  }
  doc->published.clear();
  doc->warnings.push_back(Cat(doc->doc_id, ": \"date\" ", date.status().message(),
                              "; stored with the date unknown"));
}

absl::StatusOr<Document> DocumentFromJsonLine(std::string_view line,
                                              std::string_view where) {
  v1::InputDocument input;
  if (!ReadPlainArticle(line, &input)) {
    input.Clear();
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = true;
    auto status = google::protobuf::util::JsonStringToMessage(
        google::protobuf::StringPiece(line.data(), line.size()), &input, options);
    if (!status.ok()) {
      return absl::InvalidArgumentError(Cat(
          where, ": not a JSON article object: ", status.message().ToString()));
    }
  }
  if (input.id().empty() && input.doc_id().empty()) {
    return absl::InvalidArgumentError(
        Cat(where, ": missing or empty \"id\" (or \"doc_id\")"));
  }
  if (!input.id().empty() && !input.doc_id().empty() && input.id() != input.doc_id()) {
    return absl::InvalidArgumentError(
        Cat(where, ": \"id\" and \"doc_id\" differ"));
  }
  Document doc;
  doc.doc_id = input.id().empty() ? input.doc_id() : input.id();
  if (auto empty = RequireText(Cat(where, " (", doc.doc_id, ")"), input.text());
      !empty.ok()) {
    return empty;
  }
  doc.text = std::move(*input.mutable_text());
  if (!input.date().empty()) {
    SetPublishedDate(input.date(), &doc);
  } else {
    // A JSONL text may carry the same leading date line as a text file.
    doc.published = DocumentFromText("", doc.text).published;
  }
  doc.outlet = input.outlet();
  doc.url = input.url();
  doc.title = input.title();
  return doc;
}

absl::Status ValidateText(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) {
    return absl::InvalidArgumentError("text larger than 2 GiB");
  }
  int32_t i = 0;
  while (i < length) {
    // Eight ASCII bytes, none of them NUL, need no decoding.
    if (i + 8 <= length) {
      uint64_t word;
      std::memcpy(&word, bytes + i, sizeof word);
      constexpr uint64_t kLow = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      if ((word & kHigh) == 0 && ((word - kLow) & ~word & kHigh) == 0) {
        i += 8;
        continue;
      }
    }
    int32_t at = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      return absl::InvalidArgumentError(
          Cat("invalid UTF-8 at byte ", at));
    }
    if (c == 0) {
      return absl::InvalidArgumentError(Cat("NUL byte at byte ", at));
    }
  }
  return absl::OkStatus();
}

namespace {

// Reads `in` a chunk at a time, handing out lines without their '\n'. A line
// longer than `limit` is not kept: only its length is counted, so memory stays
// bounded by `limit` plus one chunk whatever the input.
class LineReader {
 public:
  // `prefix`: bytes already read from `in` that come first.
  LineReader(std::istream* in, std::size_t limit, std::string prefix = {})
      : in_(in), limit_(limit), buffer_(std::move(prefix)), end_(buffer_.size()) {}

  // False at the end of input. Otherwise `*line` is the next line, or empty with
  // `*length` > limit when the line was too long to keep.
  bool Next(std::string* line, std::size_t* length) {
    line->clear();
    *length = 0;
    bool any = false;
    while (true) {
      if (pos_ == end_ && !Fill()) return any;
      any = true;
      const char* start = buffer_.data() + pos_;
      const void* nl = std::memchr(start, '\n', end_ - pos_);
      std::size_t n = nl ? static_cast<const char*>(nl) - start : end_ - pos_;
      if (*length + n <= limit_) {
        line->append(start, n);
      } else if (!line->empty()) {
        line->clear();
        line->shrink_to_fit();
      }
      *length += n;
      pos_ += n;
      if (nl) {
        ++pos_;
        return true;
      }
    }
  }
  bool bad() const { return in_->bad(); }

 private:
  bool Fill() {
    if (buffer_.size() < (1u << 20)) buffer_.resize(1u << 20);
    in_->read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    pos_ = 0;
    end_ = static_cast<std::size_t>(in_->gcount());
    return end_ > 0;
  }
  std::istream* in_;
  std::size_t limit_;
  std::string buffer_;
  std::size_t pos_ = 0, end_ = 0;
};

// The lines of `in` (named `name`) that hold more than whitespace, as
// ReadJsonLines gives them; `head` was read from `in` already.
void ForEachLine(std::istream* in, std::string_view name, std::size_t limit,
                 std::string head, const LineSink& sink) {
  LineReader reader(in, limit, std::move(head));
  std::string line;
  std::size_t length = 0;
  std::size_t line_number = 0;
  while (reader.Next(&line, &length)) {
    ++line_number;
    std::string where = Cat(name, ":", line_number);
    if (length > limit) {
      sink(absl::InvalidArgumentError(Cat(where, ": line of ", length,
                                          " bytes, over the limit of ", limit,
                                          " bytes per document")),
           where);
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    sink(std::string_view(line), where);
  }
  if (reader.bad()) {
    sink(absl::DataLossError(Cat(name, ": read error after line ", line_number)), name);
  }
}

}  // namespace

namespace {

// Opens `path`; the error carries the OS's reason, and a directory says so.
absl::Status OpenInput(const std::string& path, std::ifstream* file) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return absl::InvalidArgumentError(Cat(path, ": is a directory, not a document file"));
  }
  errno = 0;
  file->open(path, std::ios::binary);
  if (*file) return absl::OkStatus();
  int error = errno;
  std::string reason = error != 0 ? std::strerror(error) : "cannot open";
  if (error == ENOENT) return absl::NotFoundError(Cat(path, ": ", reason));
  return absl::FailedPreconditionError(Cat(path, ": ", reason));
}

// Reads `in` up to and including its first non-blank line, or `limit` + 1
// bytes, whichever comes first, into `*head`.
void ReadHead(std::istream* in, std::size_t limit, std::string* head) {
  bool blank = true;
  char c;
  while (head->size() <= limit && in->get(c)) {
    head->push_back(c);
    if (c == '\n' && !blank) return;
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') blank = false;
  }
}

// `head` and the rest of `in` as one text document named `doc_id`.
void ReadTextDocument(std::istream* in, const std::string& path, std::string doc_id,
                      std::string head, const ReadOptions& options,
                      const DocumentSink& sink) {
  const std::size_t max_document_bytes = options.max_document_bytes;
  // Read at most max_document_bytes + 1: a larger file is refused without
  // being held in memory.
  std::string text = std::move(head);
  std::size_t total = text.size();
  char chunk[1 << 16];
  while (total <= max_document_bytes && (in->read(chunk, sizeof chunk), in->gcount() > 0)) {
    std::size_t n = static_cast<std::size_t>(in->gcount());
    total += n;
    if (total <= max_document_bytes) text.append(chunk, n);
  }
  if (total > max_document_bytes) {
    std::error_code ec;
    auto size = path == "-" ? 0 : std::filesystem::file_size(path, ec);
    sink(absl::InvalidArgumentError(Cat(
        doc_id, ": ", ec || size == 0 ? Cat("more than ", max_document_bytes) : Cat(size),
        " bytes, over the limit of ", max_document_bytes, " bytes per document")));
    return;
  }
  if (in->bad()) {
    sink(absl::DataLossError(Cat(doc_id, ": read error")));
    return;
  }
  if (auto empty = RequireText(doc_id, text); !empty.ok()) {
    sink(empty);
    return;
  }
  Document doc = DocumentFromText(std::move(doc_id), std::move(text));
  if (!options.published.empty()) doc.published = options.published;
  if (!options.outlet.empty()) doc.outlet = options.outlet;
  if (!options.url.empty()) doc.url = options.url;
  sink(std::move(doc));
}

}  // namespace

absl::StatusOr<DocIdFrom> ParseDocIdFrom(std::string_view name) {
  if (name == "path") return DocIdFrom::kPath;
  if (name == "name") return DocIdFrom::kName;
  return absl::InvalidArgumentError(
      Cat("unknown document id source '", name, "' (expected path or name)"));
}

bool LooksLikeJsonl(std::string_view line) {
  std::size_t first = line.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || line[first] != '{') return false;
  google::protobuf::Struct object;
  return google::protobuf::util::JsonStringToMessage(
             google::protobuf::StringPiece(line.data(), line.size()), &object)
      .ok();
}

absl::Status RequireText(std::string_view doc_id, std::string_view text) {
  if (text.find_first_not_of(" \t\r\n\f\v") != std::string_view::npos) {
    return absl::OkStatus();
  }
  return absl::InvalidArgumentError(Cat(doc_id, ": empty document (no text)"));
}

absl::Status ReadDocuments(const std::string& path, InputFormat format,
                           const DocumentSink& sink, const ReadOptions& options) {
  const std::size_t max_document_bytes = options.max_document_bytes;
  std::ifstream file;
  std::istream* in = &std::cin;
  std::string name = path == "-" ? "<stdin>" : path;
  if (path != "-") {
    if (auto opened = OpenInput(path, &file); !opened.ok()) return opened;
    in = &file;
  }
  // Bytes read ahead to tell JSONL from text on stdin; they start the input.
  std::string head;
  if (format == InputFormat::kAuto && path == "-") {
    ReadHead(in, max_document_bytes, &head);
    format = LooksLikeJsonl(head) ? InputFormat::kJsonl : InputFormat::kText;
  } else if (format == InputFormat::kAuto) {
    format = FormatForPath(path);
  }
  if (format == InputFormat::kText) {
    std::string doc_id = name;
    if (options.doc_id_from == DocIdFrom::kName && path != "-") {
      doc_id = std::filesystem::path(path).filename().string();
    }
    ReadTextDocument(in, path, std::move(doc_id), std::move(head), options, sink);
    return absl::OkStatus();
  }
  ForEachLine(in, name, max_document_bytes, std::move(head),
              [&](absl::StatusOr<std::string_view> line, std::string_view where) {
                sink(line.ok() ? DocumentFromJsonLine(*line, where) : line.status());
              });
  return absl::OkStatus();
}

absl::Status ReadJsonLines(const std::string& path, std::size_t max_line_bytes,
                           const LineSink& sink) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    if (auto opened = OpenInput(path, &file); !opened.ok()) return opened;
    in = &file;
  }
  ForEachLine(in, path == "-" ? "<stdin>" : path, max_line_bytes, {}, sink);
  return absl::OkStatus();
}

}  // namespace claimgraph::ingest
