#include <optional>

#include "common/strings.h"
#include "ingest/extraction.h"
#include "common/json_text.h"

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

std::string ExtractionToJson(const Document& doc, const Extraction& extraction) {
  std::string out = "{\"doc_id\":";
  AppendJsonString(&out, doc.doc_id);
  out.append(",\"date\":");
  if (extraction.published.empty()) {
    out.append("null");
  } else {
    AppendJsonString(&out, extraction.published);
  }
  out.append(",\"attributions\":[");
  bool first = true;
  for (const Attribution& a : extraction.attributions) {
    if (!first) out.push_back(',');
    first = false;
    out.append("{\"source\":");
    AppendSpan(&out, doc.text, a.source);
    out.append(",\"speaker\":");
    if (a.speaker.empty()) {
      out.append("null");
    } else {
      AppendJsonString(&out, a.speaker);
    }
    out.append(",\"cue\":");
    AppendSpan(&out, doc.text, a.cue);
    out.append(",\"content\":");
    AppendSpan(&out, doc.text, a.content);
    out.append(",\"kind\":");
    AppendJsonString(&out, AttributionKindName(a.kind));
    out.append(",\"cue_class\":");
    AppendJsonString(&out, AttributionClassName(a.cue_class));
    out.append(",\"via\":");
    AppendSpan(&out, doc.text, a.via);
    CatTo(&out, ",\"confidence\":", a.confidence, ",\"said_on\":");
    if (a.said_on.empty()) {
      out.append("null");
    } else {
      AppendJsonString(&out, a.said_on);
    }
    out.push_back('}');
  }
  out.append("]}");
  return out;
}

}  // namespace claimgraph::ingest
