// The extraction record (ingest/extraction.h): ExtractionToJson writes it,
// ExtractionFromJson reads it back.
#include <cstdio>
#include <optional>

#include "claimgraph/v1/corpus.pb.h"
#include "common/json_text.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "google/protobuf/util/json_util.h"
#include "ingest/extraction.h"

namespace claimgraph::ingest {
namespace {

void AppendSpan(std::string* out, std::string_view text,
                const std::optional<Span>& span) {
  if (!span) {
    out->append("null");
    return;
  }
  absl::StrAppend(out, "{\"start\":", span->start, ",\"end\":", span->end,
                  ",\"text\":");
  AppendJsonString(out, span->in(text));
  out->push_back('}');
}

}  // namespace

std::string_view AttributionKindName(AttributionKind kind) {
  switch (kind) {
    case AttributionKind::kDirect: return "direct";
    case AttributionKind::kIndirect: return "indirect";
    case AttributionKind::kMixed: return "mixed";
  }
  return "indirect";
}

namespace {
constexpr AttributionClass kAttributionClasses[] = {
    AttributionClass::kStatement, AttributionClass::kBelief, AttributionClass::kIntention,
    AttributionClass::kEvidence, AttributionClass::kStance};
}  // namespace

std::string_view AttributionClassName(AttributionClass cue_class) {
  switch (cue_class) {
    case AttributionClass::kStatement: return "statement";
    case AttributionClass::kBelief: return "belief";
    case AttributionClass::kIntention: return "intention";
    case AttributionClass::kEvidence: return "evidence";
    case AttributionClass::kStance: return "stance";
  }
  return "statement";
}

std::optional<AttributionClass> ParseAttributionClass(std::string_view name) {
  for (AttributionClass c : kAttributionClasses)
    if (AttributionClassName(c) == name) return c;
  return std::nullopt;
}

namespace {

constexpr std::pair<SourceType, std::string_view> kSourceTypeNames[] = {
    {SourceType::kUnknown, "unknown"},           {SourceType::kPerson, "person"},
    {SourceType::kOrganisation, "organisation"}, {SourceType::kRole, "role"},
    {SourceType::kDocument, "document"}};

std::string_view SourceTypeName(SourceType type) {
  for (const auto& [value, name] : kSourceTypeNames)
    if (value == type) return name;
  return "unknown";
}

void AppendString(std::string* out, std::string_view key, std::string_view value) {
  CatTo(out, ",\"", key, "\":");
  AppendJsonString(out, value);
}

std::string Hex16(uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

// The gold format's attribution, then the fields only the store reads.
void AppendAttribution(std::string* out, std::string_view text, const Attribution& a) {
  out->append("{\"source\":");
  AppendSpan(out, text, a.source);
  out->append(",\"speaker\":");
  AppendJsonStringOrNull(out, a.speaker);
  out->append(",\"speakers\":[");
  if (!a.speaker.empty()) AppendJsonString(out, a.speaker);
  for (const std::string& co : a.co_speakers) {
    out->push_back(',');
    AppendJsonString(out, co);
  }
  out->append("],\"cue\":");
  AppendSpan(out, text, a.cue);
  out->append(",\"content\":");
  AppendSpan(out, text, a.content);
  AppendString(out, "kind", AttributionKindName(a.kind));
  AppendString(out, "cue_class", AttributionClassName(a.cue_class));
  out->append(",\"via\":");
  AppendSpan(out, text, a.via);
  CatTo(out, ",\"confidence\":", a.confidence, ",\"said_on\":");
  AppendJsonStringOrNull(out, a.said_on);
  AppendString(out, "source_type", SourceTypeName(a.source_type));
  AppendString(out, "role", a.role);
  AppendString(out, "cue_lemma", a.cue_lemma);
  out->append(",\"time\":");
  AppendSpan(out, text, a.time);
  out->append(",\"entities\":[");
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    CatTo(out, i ? "," : "", a.entities[i]);
  }
  out->append("]}");
}

}  // namespace

std::string ExtractionToJson(const Document& doc, const Extraction& extraction) {
  std::string out = "{\"doc_id\":";
  AppendJsonString(&out, doc.doc_id);
  out.append(",\"date\":");
  AppendJsonStringOrNull(&out, extraction.published);
  out.append(",\"attributions\":[");
  for (std::size_t i = 0; i < extraction.attributions.size(); ++i) {
    if (i) out.push_back(',');
    AppendAttribution(&out, doc.text, extraction.attributions[i]);
  }
  out.append("],\"entities\":[");
  for (std::size_t i = 0; i < extraction.entities.size(); ++i) {
    const Entity& entity = extraction.entities[i];
    out.append(i ? ",{\"name\":" : "{\"name\":");
    AppendJsonString(&out, entity.name);
    AppendString(&out, "type", entity.type);
    out.append(",\"mentions\":[");
    for (std::size_t m = 0; m < entity.mentions.size(); ++m) {
      if (m) out.push_back(',');
      AppendSpan(&out, doc.text, entity.mentions[m]);
    }
    out.append("]}");
  }
  out.push_back(']');
  AppendString(&out, "published", doc.published);
  AppendString(&out, "outlet", doc.outlet);
  AppendString(&out, "url", doc.url);
  AppendString(&out, "title", doc.title);
  CatTo(&out, ",\"bytes\":", doc.text.size(), ",\"body\":{\"start\":",
        extraction.body.start, ",\"end\":", extraction.body.end, "}");
  AppendString(&out, "dateline", extraction.dateline);
  AppendString(&out, "wire", extraction.wire);
  AppendString(&out, "content_hash", Hex16(extraction.content_hash));
  AppendString(&out, "simhash", Hex16(extraction.simhash));
  out.append(",\"warnings\":[");
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
    if (i) out.push_back(',');
    AppendJsonString(&out, doc.warnings[i]);
  }
  out.push_back(']');
  AppendString(&out, "extractor", extraction.extractor_version);
  out.push_back('}');
  return out;
}

namespace {

// Rebuilds the document's text from the spans of a record: each span's text
// is written at its offsets into a text of `bytes` spaces; a span that does
// not fit, or whose text differs from what another span put there, is an
// error naming the field.
class TextBuilder {
 public:
  explicit TextBuilder(uint64_t bytes) : text_(bytes, ' '), set_(bytes, false) {}

  absl::StatusOr<Span> Add(const v1::GoldSpan& span, std::string_view field) {
    if (span.start() > span.end() || span.end() > text_.size()) {
      return absl::InvalidArgumentError(Cat(field, ": span ", span.start(), "..", span.end(),
                                            " is not within the document's ",
                                            text_.size(), " bytes"));
    }
    if (span.text().size() != span.end() - span.start()) {
      return absl::InvalidArgumentError(Cat(field, ": the text is ", span.text().size(),
                                            " bytes, the span ", span.end() - span.start()));
    }
    for (uint32_t i = span.start(); i < span.end(); ++i) {
      char c = span.text()[i - span.start()];
      if (set_[i] && text_[i] != c) {
        return absl::InvalidArgumentError(
            Cat(field, ": its text disagrees with another span at byte ", i));
      }
      text_[i] = c;
      set_[i] = true;
    }
    return Span{span.start(), span.end()};
  }
  absl::StatusOr<std::optional<Span>> AddOptional(bool has, const v1::GoldSpan& span,
                                                  std::string_view field) {
    if (!has) return std::nullopt;
    ASSIGN_OR_RETURN(Span out, Add(span, field));
    return out;
  }
  std::string Take() { return std::move(text_); }

 private:
  std::string text_;
  std::vector<bool> set_;
};

absl::StatusOr<uint64_t> ParseHex16(const std::string& hex, std::string_view field) {
  uint64_t value = 0;
  bool ok = hex.size() == 16;
  for (char c : hex) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    ok = ok && digit >= 0;
    value = value << 4 | static_cast<uint64_t>(digit & 15);
  }
  if (!ok) {
    return absl::InvalidArgumentError(
        Cat(field, ": \"", hex, "\" is not 16 lower-case hex digits"));
  }
  return value;
}

absl::StatusOr<Attribution> AttributionOf(const v1::ExtractedAttribution& in,
                                          std::size_t entities, const std::string& field,
                                          TextBuilder* text) {
  Attribution a;
  ASSIGN_OR_RETURN(a.source, text->AddOptional(in.has_source(), in.source(),
                                               Cat(field, ".source")));
  ASSIGN_OR_RETURN(a.cue, text->AddOptional(in.has_cue(), in.cue(), Cat(field, ".cue")));
  ASSIGN_OR_RETURN(a.via, text->AddOptional(in.has_via(), in.via(), Cat(field, ".via")));
  ASSIGN_OR_RETURN(a.time,
                   text->AddOptional(in.has_time(), in.time(), Cat(field, ".time")));
  if (!in.has_content()) return absl::InvalidArgumentError(Cat(field, ".content: missing"));
  ASSIGN_OR_RETURN(a.content, text->Add(in.content(), Cat(field, ".content")));
  a.speaker = in.speaker();
  if (!in.speakers().empty()) {
    if (in.speakers(0) != a.speaker) {
      return absl::InvalidArgumentError(
          Cat(field, ".speakers: the first is not the speaker \"", a.speaker, "\""));
    }
    a.co_speakers.assign(in.speakers().begin() + 1, in.speakers().end());
  }
  a.role = in.role();
  a.cue_lemma = in.cue_lemma();
  a.said_on = in.said_on();
  a.confidence = in.confidence();
  bool kind_known = false;
  for (AttributionKind kind :
       {AttributionKind::kDirect, AttributionKind::kIndirect, AttributionKind::kMixed}) {
    if (AttributionKindName(kind) == in.kind()) {
      a.kind = kind;
      kind_known = true;
    }
  }
  if (!kind_known) {
    return absl::InvalidArgumentError(
        Cat(field, ".kind: \"", in.kind(), "\" is not direct, indirect or mixed"));
  }
  auto cue_class = ParseAttributionClass(in.cue_class());
  if (!cue_class) {
    return absl::InvalidArgumentError(
        Cat(field, ".cue_class: \"", in.cue_class(), "\" is not a cue class"));
  }
  a.cue_class = *cue_class;
  bool type_known = false;
  for (const auto& [value, name] : kSourceTypeNames) {
    if (name == in.source_type()) {
      a.source_type = value;
      type_known = true;
    }
  }
  if (!type_known) {
    return absl::InvalidArgumentError(
        Cat(field, ".source_type: \"", in.source_type(), "\" is not a source type"));
  }
  for (uint32_t index : in.entities()) {
    if (index >= entities) {
      return absl::InvalidArgumentError(Cat(field, ".entities: ", index,
                                            " is not an index into the ", entities,
                                            " entities"));
    }
    a.entities.push_back(index);
  }
  return a;
}

absl::StatusOr<ExtractedDocument> FromRecord(const v1::ExtractionRecord& record) {
  if (record.doc_id().empty()) return absl::InvalidArgumentError("doc_id: missing");
  if (record.extractor().empty()) return absl::InvalidArgumentError("extractor: missing");
  if (record.bytes() > (uint64_t{1} << 32)) {
    return absl::InvalidArgumentError(Cat("bytes: ", record.bytes(), " is too large"));
  }
  ExtractedDocument out;
  Document& doc = out.doc;
  Extraction& ex = out.extraction;
  doc.doc_id = ex.doc_id = record.doc_id();
  doc.published = record.published();
  doc.outlet = record.outlet();
  doc.url = record.url();
  doc.title = record.title();
  doc.warnings.assign(record.warnings().begin(), record.warnings().end());
  ex.published = record.date();
  ex.dateline = record.dateline();
  ex.wire = record.wire();
  ex.extractor_version = record.extractor();
  ASSIGN_OR_RETURN(ex.content_hash, ParseHex16(record.content_hash(), "content_hash"));
  ASSIGN_OR_RETURN(ex.simhash, ParseHex16(record.simhash(), "simhash"));
  const v1::GoldSpan& body = record.body();
  if (body.start() > body.end() || body.end() > record.bytes() || !body.text().empty()) {
    return absl::InvalidArgumentError(
        Cat("body: ", body.start(), "..", body.end(), " is not a span of the document's ",
            record.bytes(), " bytes without text"));
  }
  ex.body = Span{body.start(), body.end()};
  TextBuilder text(record.bytes());
  for (int i = 0; i < record.entities_size(); ++i) {
    const v1::ExtractedEntity& in = record.entities(i);
    Entity& entity = ex.entities.emplace_back();
    entity.name = in.name();
    entity.type = in.type();
    for (int m = 0; m < in.mentions_size(); ++m) {
      ASSIGN_OR_RETURN(entity.mentions.emplace_back(),
                       text.Add(in.mentions(m), Cat("entities[", i, "].mentions[", m, "]")));
    }
  }
  for (int i = 0; i < record.attributions_size(); ++i) {
    ASSIGN_OR_RETURN(ex.attributions.emplace_back(),
                     AttributionOf(record.attributions(i), ex.entities.size(),
                                   Cat("attributions[", i, "]"), &text));
  }
  doc.text = text.Take();
  return out;
}

}  // namespace

absl::StatusOr<ExtractedDocument> ExtractionFromJson(std::string_view line,
                                                     std::string_view where) {
  v1::ExtractionRecord record;
  auto parsed = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(line.data(), line.size()), &record);
  if (!parsed.ok()) {
    // The doc_id, when the line is otherwise readable enough to give it.
    std::string named(where);
    v1::InputDocument id_only;
    google::protobuf::util::JsonParseOptions lenient;
    lenient.ignore_unknown_fields = true;
    if (google::protobuf::util::JsonStringToMessage(
            google::protobuf::StringPiece(line.data(), line.size()), &id_only, lenient)
            .ok() &&
        !id_only.doc_id().empty()) {
      CatTo(&named, " (", id_only.doc_id(), ")");
    }
    return absl::InvalidArgumentError(Cat(named, ": not an extraction record: ",
                                          parsed.message().ToString()));
  }
  auto out = FromRecord(record);
  if (!out.ok()) {
    return absl::InvalidArgumentError(
        Cat(where, record.doc_id().empty() ? "" : Cat(" (", record.doc_id(), ")"), ": ",
            out.status().message()));
  }
  return out;
}

}  // namespace claimgraph::ingest
