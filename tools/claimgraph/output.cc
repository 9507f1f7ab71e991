#include "output.h"

#include <map>
#include <set>

#include "common/json_text.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "commands.h"

namespace claimgraph::cli {
namespace {

// ", belief" after the cue in a table; nothing for a claim stored before
// classes existed.
std::string CueClassSuffix(v1::CueClass cue_class) {
  std::string_view name = graph::CueClassName(cue_class);
  return name.empty() ? std::string() : Cat(", ", name);
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Indent(std::string_view text, std::size_t width, std::string_view pad) {
  // Wraps `text` at word boundaries to `width` columns, each line after `pad`.
  std::string out;
  std::size_t column = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t space = text.find(' ', i);
    if (space == std::string_view::npos) space = text.size();
    std::string_view word = text.substr(i, space - i);
    if (column > 0 && column + 1 + word.size() > width) {
      out.append("\n");
      out.append(pad);
      column = 0;
    } else if (column > 0) {
      out.push_back(' ');
      ++column;
    }
    out.append(word);
    column += word.size();
    i = space + 1;
  }
  return out;
}

void AppendClaimRef(std::string* out, const std::string& name,
                    const v1::SourceRef& speaker, const std::string& content) {
  out->append("{\"claim_id\":");
  AppendJsonString(out, name);
  out->append(",\"speaker\":");
  if (speaker.display_name().empty()) {
    out->append("null");
  } else {
    AppendJsonString(out, speaker.display_name());
  }
  out->append(",\"content\":");
  AppendJsonString(out, content);
  out->push_back('}');
}

}  // namespace

void AddClaimFilterFlags(CLI::App* command, ClaimFilterFlags* flags) {
  command->add_option("--speaker", flags->speaker, "Speaker name, alias or sources/ID");
  command->add_option("--entity", flags->entity, "Entity name or entities/ID");
  command->add_option("--article", flags->article, "doc_id or articles/ID");
  command->add_option("--after", flags->after, "Said on or after YYYY-MM-DD");
  command->add_option("--before", flags->before, "Said on or before YYYY-MM-DD");
  command->add_option("--cue-class", flags->cue_classes,
                      "Only claims of these cue classes: statement, belief, intention, "
                      "evidence, stance (repeat the flag or separate by commas)")
      ->delimiter(',');
}

absl::StatusOr<std::vector<v1::CueClass>> ClaimFilterFlags::CueClasses() const {
  std::vector<v1::CueClass> out;
  for (const std::string& name : cue_classes) {
    ASSIGN_OR_RETURN(v1::CueClass cue_class, graph::ParseCueClass(name, "--cue-class"));
    out.push_back(cue_class);
  }
  return out;
}

std::string SourceKindName(v1::SourceKind kind) {
  if (kind == v1::SOURCE_KIND_UNSPECIFIED) return "unknown";
  return Lower(v1::SourceKind_Name(kind));
}

std::string ClaimKindName(v1::ClaimKind kind) {
  if (kind == v1::CLAIM_KIND_UNSPECIFIED) return "unknown";
  return Lower(v1::ClaimKind_Name(kind));
}

std::string ConflictTypeName(v1::EdgeType type) { return Lower(v1::EdgeType_Name(type)); }

void PrintClaimsJson(std::ostream& out, const std::vector<v1::ClaimView>& claims) {
  std::string json = "[";
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const v1::ClaimView& c = claims[i];
    if (i) json.append(",\n ");
    json.append("{\"id\":");
    AppendJsonString(&json, c.name());
    json.append(",\"speaker\":");
    if (c.speaker().display_name().empty()) {
      json.append("null");
    } else {
      AppendJsonString(&json, c.speaker().display_name());
    }
    json.append(",\"content\":");
    AppendJsonString(&json, c.content());
    json.append(",\"kind\":");
    AppendJsonString(&json, ClaimKindName(c.kind()));
    json.append(",\"said_on\":");
    if (c.said_on().empty()) {
      json.append("null");
    } else {
      AppendJsonString(&json, c.said_on());
    }
    json.append(",\"cue\":");
    AppendJsonString(&json, c.cue());
    json.append(",\"cue_class\":");
    if (graph::CueClassName(c.cue_class()).empty()) {
      json.append("null");
    } else {
      AppendJsonString(&json, graph::CueClassName(c.cue_class()));
    }
    json.append(",\"articles\":[");
    for (int j = 0; j < c.provenance_size(); ++j) {
      if (j) json.push_back(',');
      AppendJsonString(&json, c.provenance(j).article().doc_id());
    }
    CatTo(&json, "],\"independent_reports\":", c.independent_reports(), "}");
  }
  json.append("]\n");
  out << json;
}

void PrintClaimsTable(std::ostream& out, const std::vector<v1::ClaimView>& claims) {
  // Group by speaker, keeping each group's claims in listing (time) order and the
  // groups in order of first appearance.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const v1::ClaimView*>> groups;
  for (const v1::ClaimView& c : claims) {
    std::string key = c.speaker().display_name().empty()
                          ? "(no named speaker)"
                          : Cat(c.speaker().display_name(), " (",
                                SourceKindName(c.speaker().kind()), ")");
    if (!groups.count(key)) order.push_back(key);
    groups[key].push_back(&c);
  }
  for (const std::string& key : order) {
    out << key << "\n";
    for (const v1::ClaimView* c : groups[key]) {
      // The statement's own date when the text gives one, else when the
      // article carrying it was published.
      std::string date = c->said_on();
      if (date.empty()) {
        for (const auto& p : c->provenance()) {
          if (!p.article().published().empty()) {
            date = Cat("published ", p.article().published());
            break;
          }
        }
      }
      if (date.empty()) date = "date unknown";
      std::string articles;
      for (const auto& p : c->provenance()) {
        CatTo(&articles, articles.empty() ? "" : ", ", p.article().doc_id());
      }
      out << "  " << date << "  " << ClaimKindName(c->kind()) << "  (" << c->cue()
          << CueClassSuffix(c->cue_class()) << ")\n    \"" << Indent(c->content(), 88, "     ") << "\"\n"
          << "    in: " << articles;
      if (c->provenance_size() > 1) {
        std::set<std::string> wires;
        for (const auto& p : c->provenance()) {
          if (!p.article().wire().empty()) wires.insert(p.article().wire());
        }
        out << "\n    asserted once, carried by " << c->provenance_size() << " articles";
        for (const std::string& wire : wires) out << ", wire " << wire;
        out << "; " << c->independent_reports() << " independent report"
            << (c->independent_reports() == 1 ? "" : "s");
      }
      out << "\n";
    }
    out << "\n";
  }
  if (claims.empty()) out << "(no claims)\n";
}

void PrintClaimDetail(std::ostream& out, const v1::ClaimView& c) {
  out << c.name() << "\n  speaker: "
      << (c.speaker().display_name().empty() ? "(none)" : c.speaker().display_name())
      << "\n  kind: " << ClaimKindName(c.kind())
      << "\n  cue class: "
      << (graph::CueClassName(c.cue_class()).empty() ? "unknown (stored before extract-0.9)"
                                                     : graph::CueClassName(c.cue_class()))
      << "\n  said on: " << (c.said_on().empty() ? "unresolved" : c.said_on())
      << "\n  content: " << c.content() << "\n";
  for (const auto& p : c.provenance()) {
    out << "  in " << p.article().doc_id();
    if (!p.article().outlet().empty()) out << " (" << p.article().outlet() << ")";
    out << ": bytes " << p.content().start() << "-" << p.content().end();
    if (p.has_cue()) out << ", cue '" << p.cue().text() << "'";
    if (p.has_source()) out << ", source '" << p.source().text() << "'";
    if (!p.via_name().empty()) out << ", via " << p.via_name();
    out << ", " << p.extractor_version() << "\n";
  }
  for (const auto& x : c.contradictions()) {
    out << "  " << ConflictTypeName(x.type()) << ": " << x.a() << " -> " << x.b()
        << " (" << x.reason() << ")\n";
  }
}

void PrintSourcesJson(std::ostream& out, const std::vector<v1::SourceView>& sources) {
  std::string json = "[";
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const v1::SourceView& s = sources[i];
    if (i) json.append(",\n ");
    json.append("{\"id\":");
    AppendJsonString(&json, s.name());
    json.append(",\"name\":");
    AppendJsonString(&json, s.display_name());
    json.append(",\"kind\":");
    AppendJsonString(&json, SourceKindName(s.kind()));
    json.append(",\"aliases\":[");
    for (int j = 0; j < s.aliases_size(); ++j) {
      if (j) json.push_back(',');
      AppendJsonString(&json, s.aliases(j));
    }
    CatTo(&json, "],\"claims\":", s.claim_count(), "}");
  }
  json.append("]\n");
  out << json;
}

void PrintSourcesTable(std::ostream& out, const std::vector<v1::SourceView>& sources) {
  for (const v1::SourceView& s : sources) {
    out << s.claim_count() << "\t" << s.display_name() << " ("
        << SourceKindName(s.kind()) << ")";
    if (s.aliases_size() > 0) {
      out << "  aka";
      for (const auto& alias : s.aliases()) out << " '" << alias << "'";
    }
    out << "\n";
  }
  if (sources.empty()) out << "(no speakers)\n";
}

void PrintContradictionsJson(std::ostream& out,
                             const std::vector<v1::ContradictionView>& items) {
  std::string json = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    const v1::ContradictionView& x = items[i];
    if (i) json.append(",\n ");
    json.append("{\"type\":");
    AppendJsonString(&json, ConflictTypeName(x.type()));
    json.append(",\"a\":");
    AppendClaimRef(&json, x.a(), x.a_speaker(), x.a_content());
    json.append(",\"b\":");
    AppendClaimRef(&json, x.b(), x.b_speaker(), x.b_content());
    json.append(",\"reason\":");
    AppendJsonString(&json, x.reason());
    CatTo(&json, ",\"confidence\":", x.confidence());
    json.append(",\"evidence\":{\"a\":");
    AppendJsonString(&json, x.evidence().evidence_a().text());
    json.append(",\"b\":");
    AppendJsonString(&json, x.evidence().evidence_b().text());
    json.push_back('}');
    if (x.type() == v1::FIGURES_DIFFER) {
      CatTo(&json, ",\"ranges_compatible\":",
            x.evidence().ranges_compatible() ? "true" : "false");
    }
    json.push_back('}');
  }
  json.append("]\n");
  out << json;
}

void PrintContradictionsTable(std::ostream& out,
                              const std::vector<v1::ContradictionView>& items) {
  for (const v1::ContradictionView& x : items) {
    out << ConflictTypeName(x.type()) << "  (" << x.reason() << ")\n"
        << "  " << (x.a_speaker().display_name().empty() ? "(unnamed)"
                                                          : x.a_speaker().display_name())
        << ": \"" << x.a_content() << "\"\n"
        << "  " << (x.b_speaker().display_name().empty() ? "(unnamed)"
                                                          : x.b_speaker().display_name())
        << ": \"" << x.b_content() << "\"\n\n";
  }
  if (items.empty()) out << "(no contradictions)\n";
}

}  // namespace claimgraph::cli
