// Shared test helpers: temporary directories and hand-built extractions.
#ifndef CLAIMGRAPH_TESTS_TEST_UTIL_H_
#define CLAIMGRAPH_TESTS_TEST_UTIL_H_

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "ingest/attribution/cue_class.h"
#include "ingest/extraction.h"
#include "xxhash.h"

namespace claimgraph::testing {

// A fresh directory removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    std::string templ =
        (std::filesystem::temp_directory_path() / "claimgraph-test-XXXXXX").string();
    if (mkdtemp(templ.data()) == nullptr) throw std::runtime_error("mkdtemp");
    path_ = templ;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string path() const { return path_.string(); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline std::string SourceDir() {
  const char* env = std::getenv("CLAIMGRAPH_SOURCE_DIR");
  return env ? env : CLAIMGRAPH_SOURCE_DIR;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
}

// An example article (examples/articles/NAME) exactly as stored.
inline std::string ReadExample(const std::string& name) {
  return ReadFile(SourceDir() + "/examples/articles/" + name);
}

// The span of the first occurrence of `needle` in `text` at or after `from`.
inline ingest::Span SpanOf(const std::string& text, const std::string& needle,
                           std::size_t from = 0) {
  std::size_t at = text.find(needle, from);
  if (at == std::string::npos) throw std::runtime_error("not in text: " + needle);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// Builds extractions by hand so store tests do not depend on the extractor.
class ExtractionBuilder {
 public:
  explicit ExtractionBuilder(const ingest::Document& doc) : doc_(doc) {
    extraction_.doc_id = doc.doc_id;
    extraction_.published = doc.published;
    extraction_.content_hash = XXH64(doc.text.data(), doc.text.size(), 0);
  }
  ExtractionBuilder& Add(const std::string& source, const std::string& speaker,
                         const std::string& cue, const std::string& content,
                         ingest::AttributionKind kind = ingest::AttributionKind::kDirect,
                         ingest::SourceType type = ingest::SourceType::kPerson) {
    ingest::Attribution a;
    a.content = SpanOf(doc_.text, content);
    if (!source.empty()) a.source = SpanOf(doc_.text, source);
    a.speaker = speaker;
    if (!cue.empty()) a.cue = SpanOf(doc_.text, cue, a.source ? a.source->end : 0);
    a.kind = kind;
    // Classed from the cue and source as the extractor does.
    a.cue_class = ingest::ClassifyCue(cue, source);
    a.source_type = type;
    a.confidence = 0.9f;
    extraction_.attributions.push_back(a);
    return *this;
  }
  ExtractionBuilder& Entity(const std::string& name, const std::string& type) {
    extraction_.entities.push_back({name, type, {}});
    extraction_.attributions.back().entities.push_back(
        static_cast<uint32_t>(extraction_.entities.size() - 1));
    return *this;
  }
  ExtractionBuilder& SaidOn(const std::string& date) {
    extraction_.attributions.back().said_on = date;
    return *this;
  }
  ExtractionBuilder& Simhash(uint64_t value) {
    extraction_.simhash = value;
    return *this;
  }
  ingest::Extraction Build() const { return extraction_; }

 private:
  const ingest::Document& doc_;
  ingest::Extraction extraction_;
};

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_TEST_UTIL_H_
