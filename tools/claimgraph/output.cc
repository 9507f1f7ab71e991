#include "output.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>

#include "common/json_text.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/conflicts.h"
#include "graph/subgraph.h"
#include "commands.h"
#include "exit.h"

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
  AppendJsonStringOrNull(out, speaker.display_name());
  out->append(",\"content\":");
  AppendJsonString(out, content);
  out->push_back('}');
}

// A span as {"start","end","text"} (UTF-8 byte offsets into the article), or
// null when absent.
void AppendSpan(std::string* out, bool present, const v1::Span& span) {
  if (!present) {
    out->append("null");
    return;
  }
  CatTo(out, "{\"start\":", span.start(), ",\"end\":", span.end(), ",\"text\":");
  AppendJsonString(out, span.text());
  out->push_back('}');
}

// {"doc_id","outlet","content","cue","source","via","via_name","extractor_version",
//  "ingested_at","ingested_by"}
void AppendProvenance(std::string* out, const v1::ClaimProvenance& p) {
  out->append("{\"doc_id\":");
  AppendJsonString(out, p.article().doc_id());
  out->append(",\"outlet\":");
  AppendJsonStringOrNull(out, p.article().outlet());
  out->append(",\"content\":");
  AppendSpan(out, p.has_content(), p.content());
  out->append(",\"cue\":");
  AppendSpan(out, p.has_cue(), p.cue());
  out->append(",\"source\":");
  AppendSpan(out, p.has_source(), p.source());
  out->append(",\"via\":");
  AppendSpan(out, p.has_via(), p.via());
  out->append(",\"via_name\":");
  AppendJsonStringOrNull(out, p.via_name());
  out->append(",\"extractor_version\":");
  AppendJsonString(out, p.extractor_version());
  out->append(",\"ingested_at\":");
  AppendJsonStringOrNull(out, p.ingested_at());
  out->append(",\"ingested_by\":");
  AppendJsonStringOrNull(out, p.ingested_by());
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
    auto cue_class = graph::ParseCueClass(name, "--cue-class");
    if (!cue_class.ok()) return UsageError(cue_class.status());
    out.push_back(*cue_class);
  }
  return out;
}

std::string SearchFlags::Text() const {
  std::string text;
  for (const std::string& word : words) CatTo(&text, text.empty() ? "" : " ", word);
  return text;
}

absl::StatusOr<std::vector<v1::ClaimKind>> SearchFlags::Kinds() const {
  std::vector<v1::ClaimKind> out;
  for (const std::string& name : kinds) {
    v1::ClaimKind kind;
    std::string upper;
    for (char c : name) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (!v1::ClaimKind_Parse(upper, &kind) || kind == v1::CLAIM_KIND_UNSPECIFIED) {
      return UsageError(Cat("--kind: \"", name, "\" is not direct, indirect or mixed"));
    }
    out.push_back(kind);
  }
  return out;
}

void AddSearchFlags(CLI::App* command, SearchFlags* flags, ClaimFilterFlags* filter) {
  command->add_option("words", flags->words,
                      "Words and \"quoted phrases\" the claim must contain (matched by stem)")
      ->required();
  command->add_option("--kind", flags->kinds, "Only direct, indirect or mixed quotes "
                                               "(repeat the flag or separate by commas)")
      ->delimiter(',');
  AddClaimFilterFlags(command, filter);
}

absl::StatusOr<std::string> ExportFormatFor(std::string format, bool json,
                                            const std::string& output) {
  if (json && !format.empty() && format != "json") {
    return UsageError(Cat("--json contradicts --format ", format));
  }
  if (json) format = "json";
  static const std::vector<std::pair<std::string_view, std::string_view>> kSuffixes = {
      {".graphml", "graphml"}, {".dot", "dot"}, {".gv", "dot"},
      {".json", "json"},       {".svg", "svg"},   {".html", "html"}, {".htm", "html"}};
  std::string from_suffix;
  for (const auto& [suffix, name] : kSuffixes) {
    if (output != "-" && output.ends_with(suffix)) from_suffix = name;
  }
  if (!format.empty() && !from_suffix.empty() && format != from_suffix) {
    return UsageError(Cat("--format ", format, " contradicts the suffix of ", output,
                          " (", from_suffix, ")"));
  }
  std::string chosen = !format.empty()        ? format
                       : !from_suffix.empty() ? from_suffix
                                              : "graphml";
  if (chosen == "svg" && output == "-") return UsageError("svg needs -o FILE");
  return chosen;
}

v1::ExportFormat ProtoExportFormat(const std::string& format) {
  return format == "graphml" ? v1::GRAPHML
         : format == "json"  ? v1::JSON
         : format == "html"  ? v1::HTML
                             : v1::DOT;
}

absl::Status WriteExportFile(const std::string& data, const std::string& format,
                             const std::string& output, bool truncated) {
  if (truncated) {
    ReportWarning("the export stopped at the node cap; --max-nodes raises it");
  }
  if (format == "svg") {
    // Rendered by Graphviz's dot, when installed.
    std::string dot_path = output + ".dot";
    std::ofstream(dot_path) << data;
    // Run dot without a shell, so no file name is ever interpreted.
    std::string format_flag = "-Tsvg";
    std::string output_flag = "-o" + output;
    char* argv[] = {const_cast<char*>("dot"), format_flag.data(), dot_path.data(),
                    output_flag.data(), nullptr};
    pid_t pid = 0;
    int status = 0;
    bool ok = posix_spawnp(&pid, "dot", nullptr, nullptr, argv, environ) == 0 &&
              waitpid(pid, &status, 0) >= 0 && WIFEXITED(status) &&
              WEXITSTATUS(status) == 0;
    std::filesystem::remove(dot_path);
    if (!ok) return absl::FailedPreconditionError("Graphviz 'dot' failed or is not installed");
    if (truncated) {
      // The SVG says so too: a comment after dot's XML declaration.
      std::ifstream in(output, std::ios::binary);
      std::string svg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      std::size_t line_end = svg.find('\n');
      svg.insert(line_end == std::string::npos ? 0 : line_end + 1,
                 "<!-- truncated: stopped at the node cap (--max-nodes) -->\n");
      std::ofstream(output, std::ios::binary) << svg;
    }
    return absl::OkStatus();
  }
  if (output == "-") {
    std::cout << data;
    return absl::OkStatus();
  }
  std::ofstream out(output, std::ios::binary);
  out << data;
  if (!out) return absl::FailedPreconditionError(Cat("cannot write ", output));
  return absl::OkStatus();
}

absl::StatusOr<double> MinConfidenceFlag(std::string_view text) {
  auto value = graph::ParseMinConfidence(text, "--min-confidence");
  if (!value.ok()) return UsageError(value.status());
  return value;
}

void AddExportFlags(CLI::App* command, std::string* format, std::string* output,
                    int* max_nodes) {
  command
      ->add_option("--format", *format,
                   "graphml, dot, json, svg or html (a self-contained viewer page; "
                   "default: from -o's suffix, else graphml)")
      ->transform(CLI::IsMember({"graphml", "dot", "json", "svg", "html"}, CLI::ignore_case));
  command->add_option("-o,--output", *output, "Output file, - for stdout");
  command
      ->add_option("--max-nodes", *max_nodes,
                   "Stop at this many nodes (the export then says it was cut)")
      ->check(CLI::Range(1, graph::kMaxNodesLimit));
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
    AppendJsonStringOrNull(&json, c.speaker().display_name());
    json.append(",\"content\":");
    AppendJsonString(&json, c.content());
    json.append(",\"kind\":");
    AppendJsonString(&json, ClaimKindName(c.kind()));
    json.append(",\"said_on\":");
    AppendJsonStringOrNull(&json, c.said_on());
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
    CatTo(&json, "],\"independent_reports\":", c.independent_reports());
    json.append(",\"provenance\":[");
    for (int j = 0; j < c.provenance_size(); ++j) {
      if (j) json.push_back(',');
      AppendProvenance(&json, c.provenance(j));
    }
    json.append("],\"contradictions\":[");
    for (int j = 0; j < c.contradictions_size(); ++j) {
      const v1::ContradictionView& x = c.contradictions(j);
      if (j) json.push_back(',');
      json.append("{\"type\":");
      AppendJsonString(&json, ConflictTypeName(x.type()));
      json.append(",\"a\":");
      AppendJsonString(&json, x.a());
      json.append(",\"b\":");
      AppendJsonString(&json, x.b());
      json.append(",\"reason\":");
      AppendJsonString(&json, x.reason());
      json.push_back('}');
    }
    json.append("]}");
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
      out << "  " << c->name() << "  " << date << "  " << ClaimKindName(c->kind())
          << "  (" << c->cue() << CueClassSuffix(c->cue_class()) << ")\n    \""
          << Indent(c->content(), 88, "     ") << "\"\n"
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
    out << ", " << p.extractor_version();
    if (!p.ingested_at().empty()) out << ", ingested " << p.ingested_at();
    if (!p.ingested_by().empty()) out << " by " << p.ingested_by();
    out << "\n";
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
        << "  " << x.a() << "  "
        << (x.a_speaker().display_name().empty() ? "(unnamed)"
                                                 : x.a_speaker().display_name())
        << ": \"" << x.a_content() << "\"\n"
        << "  " << x.b() << "  "
        << (x.b_speaker().display_name().empty() ? "(unnamed)"
                                                 : x.b_speaker().display_name())
        << ": \"" << x.b_content() << "\"\n\n";
  }
  if (items.empty()) out << "(no contradictions)\n";
}

}  // namespace claimgraph::cli
