// Scaffolding until the first-cut extractor lands: validates and hashes only.
#include "common/strings.h"
#include "ingest/extraction.h"
#include "xxhash.h"

namespace claimgraph::ingest {
namespace {

class RuleExtractor final : public Extractor {
 public:
  explicit RuleExtractor(const ExtractorOptions& options) : options_(options) {}

  absl::StatusOr<Extraction> Extract(const Document& doc) override {
    if (doc.text.size() > options_.max_document_bytes) {
      return absl::InvalidArgumentError(Cat(
          doc.doc_id, ": ", doc.text.size(), " bytes, over the limit of ",
          options_.max_document_bytes));
    }
    if (auto status = ValidateText(doc.text); !status.ok()) {
      return absl::InvalidArgumentError(
          Cat(doc.doc_id, ": ", status.message()));
    }
    Extraction out;
    out.doc_id = doc.doc_id;
    out.published = doc.published;
    out.body = Span{0, static_cast<uint32_t>(doc.text.size())};
    out.content_hash = XXH64(doc.text.data(), doc.text.size(), 0);
    return out;
  }

 private:
  ExtractorOptions options_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(
    const ExtractorOptions& options) {
  return std::make_unique<RuleExtractor>(options);
}

absl::StatusOr<Extraction> Extract(const Document& doc) {
  auto extractor = Extractor::Create();
  if (!extractor.ok()) return extractor.status();
  return (*extractor)->Extract(doc);
}

}  // namespace claimgraph::ingest
