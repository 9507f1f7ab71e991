#include "graph/subgraph.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <sstream>
#include <type_traits>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/make_shared.hpp>
#include <boost/property_map/dynamic_property_map.hpp>

#include "absl/container/flat_hash_set.h"

#include "common/json_text.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "data/embedded.h"
#include "graph/views.h"

namespace claimgraph::graph {
namespace {

struct VertexProps {
  std::string id;  // resource name
  std::string kind;
  std::string label;
  std::string date;       // a claim's said_on, an article's published date
  std::string dot_label;  // DOT: a claim's date and first words; a story's wire and outlets
  std::string shape;      // DOT only
};

struct EdgeProps {
  std::string type;
  double confidence = 0;  // GraphML attr.type "double"
  std::string doc_id;
  std::string span;  // "start-end" of the content in doc_id
  std::string cue;
  std::string cue_class;  // ASSERTED: "statement", "belief", ...; else empty
  std::string label;  // DOT: only what the picture does not say (see DotEdgeLabel)
  std::string reason;
  std::string color;  // DOT only
  std::string style;  // DOT only
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS,
                                         boost::bidirectionalS, VertexProps, EdgeProps>;

// A property of the vertices or edges for Boost's writers. Boost's own adaptor
// (dynamic_properties::property) writes every value through a new
// std::ostringstream, a third of a GraphML export's CPU (perf, issue 15); these
// values are text already, or a double written as that stream writes it (six
// significant digits), so this map hands them over as they are.
template <typename Descriptor, typename Map>
class TextProperty final : public boost::dynamic_property_map {
 public:
  using Value = typename boost::property_traits<Map>::value_type;
  explicit TextProperty(Map map) : map_(map) {}
  boost::any get(const boost::any& key) override {
    return boost::get(map_, boost::any_cast<Descriptor>(key));
  }
  std::string get_string(const boost::any& key) override {
    return Text(boost::get(map_, boost::any_cast<Descriptor>(key)));
  }
  void put(const boost::any&, const boost::any&) override {
    BOOST_THROW_EXCEPTION(boost::dynamic_const_put_error());
  }
  const std::type_info& key() const override { return typeid(Descriptor); }
  const std::type_info& value() const override { return typeid(Value); }

 private:
  static std::string Text(const std::string& text) { return text; }
  static std::string Text(double value) {
    char out[32];
    std::snprintf(out, sizeof out, "%g", value);  // std::ostream's default
    return out;
  }
  Map map_;
};

// Adds `member` of VertexProps or EdgeProps to `dp` as property `name`.
template <typename Props, typename T>
void AddProperty(boost::dynamic_properties* dp, const std::string& name, BoostGraph& g,
                 T Props::*member) {
  auto map = boost::get(member, g);
  using Descriptor = std::conditional_t<std::is_same_v<Props, VertexProps>,
                                        BoostGraph::vertex_descriptor,
                                        BoostGraph::edge_descriptor>;
  dp->insert(name, boost::make_shared<TextProperty<Descriptor, decltype(map)>>(map));
}

std::string Lower(std::string name) {
  for (char& c : name) c = static_cast<char>(std::tolower(c));
  return name;
}

std::string KindName(v1::NodeKind kind) { return Lower(v1::NodeKind_Name(kind)); }

std::string EdgeTypeName(v1::EdgeType type) { return v1::EdgeType_Name(type); }

// A claim's DOT label: its date and its first words (the picture is for finding
// one's way; the content is in the tooltip and the other formats).
std::string ClaimDotLabel(const v1::Claim& claim) {
  constexpr std::size_t kWords = 8;
  std::string words;
  std::size_t count = 0, at = 0;
  const std::string& content = claim.content();
  while (at < content.size() && count < kWords) {
    std::size_t end = content.find(' ', at);
    if (end == std::string::npos) end = content.size();
    CatTo(&words, words.empty() ? "" : " ", content.substr(at, end - at));
    ++count;
    at = end + 1;
  }
  if (at < content.size()) words += " ...";
  return claim.said_on().empty() ? words : Cat(claim.said_on(), "\\n", words);
}

// An edge's DOT label: none where the shapes at its ends already say what it is
// (REPORTED_IN, MENTIONS, COPY_OF, and ASSERTED of a plain statement); the cue
// class of any other assertion ("belief"); the type of the others.
std::string DotEdgeLabel(v1::EdgeType type, const std::string& cue_class) {
  switch (type) {
    case v1::REPORTED_IN:
    case v1::MENTIONS:
    case v1::COPY_OF: return "";
    case v1::ASSERTED: return cue_class == "statement" ? "" : cue_class;
    default: {
      std::string name = Lower(EdgeTypeName(type));
      std::replace(name.begin(), name.end(), '_', ' ');
      return name;
    }
  }
}

// `for_dot`: also the fields only DOT shows (labels for the picture, shapes,
// colours, styles).
BoostGraph ToBoost(const v1::Subgraph& sub, bool for_dot) {
  BoostGraph g;
  std::unordered_map<std::string, BoostGraph::vertex_descriptor> index;
  // A story is labelled by its wire and the outlets of its copies in the picture.
  std::unordered_map<std::string, std::string> outlets_of_story, outlet_of_article;
  for (const v1::GraphNode& node : sub.nodes()) {
    if (for_dot && node.kind() == v1::ARTICLE) {
      outlet_of_article[node.name()] = node.node().article().outlet();
    }
  }
  for (const v1::GraphEdge& edge : sub.edges()) {
    auto outlet = outlet_of_article.find(edge.source());
    if (edge.type() != v1::COPY_OF || outlet == outlet_of_article.end() ||
        outlet->second.empty()) {
      continue;
    }
    std::string& outlets = outlets_of_story[edge.target()];
    if (outlets.find(outlet->second) == std::string::npos) {
      CatTo(&outlets, outlets.empty() ? "" : ", ", outlet->second);
    }
  }
  for (const v1::GraphNode& node : sub.nodes()) {
    VertexProps props;
    props.id = node.name();
    props.kind = KindName(node.kind());
    props.label = node.label();
    if (node.kind() == v1::CLAIM) {
      props.date = node.node().claim().said_on();
    } else if (node.kind() == v1::ARTICLE) {
      props.date = node.node().article().published();
    }
    if (!for_dot) {
      index[node.name()] = boost::add_vertex(props, g);
      continue;
    }
    props.dot_label = node.label();
    if (node.kind() == v1::CLAIM) {
      props.dot_label = ClaimDotLabel(node.node().claim());
    } else if (node.kind() == v1::ARTICLE) {
      const std::string& outlet = node.node().article().outlet();
      if (!outlet.empty()) props.dot_label = Cat(node.label(), "\\n", outlet);
    } else if (node.kind() == v1::STORY) {
      const std::string& wire = node.node().story().wire();
      const std::string& outlets = outlets_of_story[node.name()];
      props.dot_label = Cat(wire.empty() ? "story" : Cat(wire, " story"),
                            outlets.empty() ? "" : Cat("\\n", outlets));
    }
    props.shape = node.kind() == v1::CLAIM    ? "box"
                  : node.kind() == v1::SOURCE ? "ellipse"
                  : node.kind() == v1::ENTITY ? "diamond"
                                              : "note";
    index[node.name()] = boost::add_vertex(props, g);
  }
  for (const v1::GraphEdge& edge : sub.edges()) {
    auto from = index.find(edge.source());
    auto to = index.find(edge.target());
    if (from == index.end() || to == index.end()) continue;
    EdgeProps props;
    props.type = EdgeTypeName(edge.type());
    props.confidence = edge.edge().confidence();  // written with 6 digits: 0.8
    props.doc_id = edge.edge().provenance().doc_id();
    if (edge.edge().provenance().has_content()) {
      props.span = Cat(edge.edge().provenance().content().start(), "-",
                       edge.edge().provenance().content().end());
    }
    props.cue = edge.edge().cue();
    props.cue_class = CueClassName(edge.edge().cue_class());
    props.reason = edge.edge().conflict().reason();
    if (!for_dot) {
      boost::add_edge(from->second, to->second, props, g);
      continue;
    }
    props.label = DotEdgeLabel(edge.type(), props.cue_class);
    // Contradictions red and dashed; a correction (a source correcting
    // itself) blue and dotted: it is not a conflict between two sources.
    bool correction = edge.type() == v1::CORRECTS;
    bool conflict = IsConflictEdge(edge.type()) && !correction;
    props.color = correction ? "blue" : conflict ? "red" : "gray40";
    props.style = correction ? "dotted" : conflict ? "dashed" : "solid";
    boost::add_edge(from->second, to->second, props, g);
  }
  return g;
}

void AppendSpanJson(std::string* out, const v1::Span& span) {
  CatTo(out, "{\"start\":", span.start(), ",\"end\":", span.end(), ",\"text\":");
  AppendJsonString(out, span.text());
  out->push_back('}');
}

std::string RenderJson(const v1::Subgraph& sub);

void AppendJsonField(std::string* out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  CatTo(out, ",\"", key, "\":");
  AppendJsonString(out, value);
}

// What a viewer shows of a node beyond its label; empty values are left out.
void AppendNodeDetailsJson(std::string* out, const v1::Node& node) {
  switch (node.kind()) {
    case v1::CLAIM: {
      const v1::Claim& claim = node.claim();
      AppendJsonField(out, "content", claim.content());
      AppendJsonField(out, "date", claim.said_on());
      AppendJsonField(out, "claim_kind", claim.kind() == v1::CLAIM_KIND_UNSPECIFIED
                                             ? "" : Lower(v1::ClaimKind_Name(claim.kind())));
      AppendJsonField(out, "cue_class", CueClassName(claim.cue_class()));
      break;
    }
    case v1::ARTICLE: {
      const v1::Article& article = node.article();
      AppendJsonField(out, "doc_id", article.doc_id());
      AppendJsonField(out, "date", article.published());
      AppendJsonField(out, "outlet", article.outlet());
      AppendJsonField(out, "wire", article.wire());
      AppendJsonField(out, "url", article.url());
      break;
    }
    case v1::SOURCE:
      AppendJsonField(out, "source_kind",
                      node.source().kind() == v1::SOURCE_KIND_UNSPECIFIED
                          ? "" : Lower(v1::SourceKind_Name(node.source().kind())));
      break;
    case v1::ENTITY: AppendJsonField(out, "entity_type", node.entity().type()); break;
    case v1::STORY: AppendJsonField(out, "wire", node.story().wire()); break;
    default: break;
  }
}

// The self-contained viewer page: data/viewer.html with D3 and the subgraph's
// JSON inlined. "</" is written "<\/" inside the JSON (the same string to a
// JSON parser) so that no value can close the <script> element that holds it.
absl::StatusOr<std::string> RenderHtml(const v1::Subgraph& sub) {
  std::string json = RenderJson(sub);
  std::string escaped;
  escaped.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    escaped.push_back(json[i]);
    if (json[i] == '<' && i + 1 < json.size() && json[i + 1] == '/') escaped.push_back('\\');
  }
  std::string page(data::kViewerHtml);
  for (const auto& [marker, value] :
       {std::pair<std::string_view, std::string_view>{"/*CG_D3*/", data::kD3Js},
        std::pair<std::string_view, std::string_view>{"/*CG_DATA*/", escaped}}) {
    std::size_t at = page.find(marker);
    if (at == std::string::npos) {
      return absl::InternalError(Cat("data/viewer.html lacks the marker ", marker));
    }
    page.replace(at, marker.size(), value);
  }
  if (sub.truncated()) page.insert(page.find('\n') + 1, Cat("<!-- ", TruncationNote(sub), " -->\n"));
  return page;
}

std::string RenderJson(const v1::Subgraph& sub) {
  std::string out = "{\"nodes\":[";
  bool first = true;
  for (const v1::GraphNode& node : sub.nodes()) {
    if (!first) out.push_back(',');
    first = false;
    out.append("{\"id\":");
    AppendJsonString(&out, node.name());
    out.append(",\"kind\":");
    AppendJsonString(&out, KindName(node.kind()));
    out.append(",\"label\":");
    AppendJsonString(&out, node.label());
    AppendNodeDetailsJson(&out, node.node());
    out.push_back('}');
  }
  out.append("],\"edges\":[");
  first = true;
  for (const v1::GraphEdge& edge : sub.edges()) {
    if (!first) out.push_back(',');
    first = false;
    const v1::Edge& e = edge.edge();
    out.append("{\"source\":");
    AppendJsonString(&out, edge.source());
    out.append(",\"target\":");
    AppendJsonString(&out, edge.target());
    out.append(",\"type\":");
    AppendJsonString(&out, EdgeTypeName(edge.type()));
    CatTo(&out, ",\"confidence\":", e.confidence());
    if (!e.cue().empty()) {
      out.append(",\"cue\":");
      AppendJsonString(&out, e.cue());
    }
    if (!CueClassName(e.cue_class()).empty()) {
      out.append(",\"cue_class\":");
      AppendJsonString(&out, CueClassName(e.cue_class()));
    }
    if (!e.role().empty()) {
      out.append(",\"role\":");
      AppendJsonString(&out, e.role());
    }
    if (!e.said_on().empty()) {
      out.append(",\"said_on\":");
      AppendJsonString(&out, e.said_on());
    }
    if (e.has_provenance()) {
      const v1::Provenance& p = e.provenance();
      out.append(",\"provenance\":{\"doc_id\":");
      AppendJsonString(&out, p.doc_id());
      out.append(",\"extractor_version\":");
      AppendJsonString(&out, p.extractor_version());
      if (p.has_source()) { out.append(",\"source\":"); AppendSpanJson(&out, p.source()); }
      if (p.has_cue()) { out.append(",\"cue\":"); AppendSpanJson(&out, p.cue()); }
      if (p.has_content()) { out.append(",\"content\":"); AppendSpanJson(&out, p.content()); }
      if (p.has_via()) { out.append(",\"via\":"); AppendSpanJson(&out, p.via()); }
      out.push_back('}');
    }
    if (e.has_conflict()) {
      const v1::Conflict& c = e.conflict();
      out.append(",\"conflict\":{\"reason\":");
      AppendJsonString(&out, c.reason());
      out.append(",\"detector_version\":");
      AppendJsonString(&out, c.detector_version());
      out.append(",\"evidence_a\":");
      AppendSpanJson(&out, c.evidence_a());
      out.append(",\"evidence_b\":");
      AppendSpanJson(&out, c.evidence_b());
      if (e.type() == v1::FIGURES_DIFFER) {
        CatTo(&out, ",\"ranges_compatible\":", c.ranges_compatible() ? "true" : "false");
      }
      out.push_back('}');
    }
    out.push_back('}');
  }
  CatTo(&out, "],\"truncated\":", sub.truncated() ? "true" : "false", "}");
  return out;
}

}  // namespace

void LeaveOutInternalFields(v1::Node* node) {
  switch (node->kind()) {
    case v1::CLAIM:
      node->mutable_claim()->clear_terms();
      node->mutable_claim()->clear_time_key();
      break;
    case v1::ARTICLE:
      node->mutable_article()->clear_content_hash();
      node->mutable_article()->clear_simhash();
      break;
    case v1::STORY: node->mutable_story()->clear_simhash(); break;
    default: break;
  }
}

absl::StatusOr<v1::Subgraph> Traverse(const GraphStore& store, NodeId start,
                                      int depth, int max_nodes,
                                      const std::function<bool()>& cancelled) {
  if (depth < 0 || depth > kMaxTraversalDepth) {
    return absl::InvalidArgumentError(
        Cat("depth must be between 0 and ", kMaxTraversalDepth));
  }
  if (max_nodes <= 0) max_nodes = kDefaultMaxNodes;
  max_nodes = std::min(max_nodes, kMaxNodesLimit);
  ASSIGN_OR_RETURN(v1::Node root, store.GetNode(start));

  // The walk notes, in the order it meets them, each new node and each new
  // edge to a node inside the cap. An edge's record that comes with its key
  // (EdgeKeyScanner) is kept; the nodes' records and the other edges' (out
  // twins of in-edges) are then read with one MultiGet each, and the first of
  // them that fails, in that order, is the answer's error (as when each was
  // read where it was met).
  v1::Subgraph sub;
  absl::flat_hash_set<NodeId> seen = {start};
  absl::flat_hash_set<std::tuple<NodeId, int, NodeId, uint64_t>> edges_seen;
  std::deque<std::pair<NodeId, int>> frontier = {{start, 0}};
  std::vector<NodeId> nodes_met;
  std::vector<EdgeKeyParts> edges_met;  // out keys: first = src, second = dst
  // Per edge met: its record when its key came with one, else empty (read later).
  std::vector<std::string> records_met;
  std::vector<std::pair<bool, std::size_t>> met;  // (is a node, index) in order met
  const int64_t edge_budget = static_cast<int64_t>(kEdgeVisitsPerNode) * max_nodes;
  int64_t edge_visits = 0;
  bool stop = false, was_cancelled = false;
  GraphStore::EdgeKeyScanner scanner(store);
  while (!frontier.empty() && !stop) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one.
    const NodeId node = frontier.front().first;
    const int level = frontier.front().second;
    frontier.pop_front();
    if (level >= depth) continue;
    for (Direction direction : {Direction::kOut, Direction::kIn}) {
      RETURN_IF_ERROR(scanner.Visit(
          node, direction, [&](const EdgeKeyParts& parts, std::string_view record) {
            if (++edge_visits > edge_budget) {
              sub.set_truncated(true);
              stop = true;
              return false;
            }
            if (cancelled && edge_visits % 256 == 1 && cancelled()) {
              was_cancelled = stop = true;
              return false;
            }
            const NodeId other = parts.second;
            if (!seen.contains(other)) {
              if (static_cast<int>(seen.size()) >= max_nodes) {
                sub.set_truncated(true);
                return true;
              }
              seen.insert(other);
              met.push_back({true, nodes_met.size()});
              nodes_met.push_back(other);
              frontier.push_back({other, level + 1});
            }
            const bool out = direction == Direction::kOut;
            const NodeId src = out ? node : other, dst = out ? other : node;
            if (edges_seen.insert({src, parts.type, dst, parts.rank}).second) {
              met.push_back({false, edges_met.size()});
              edges_met.push_back({src, parts.type, dst, parts.rank});
              records_met.emplace_back(record);
            }
            return true;
          }));
      if (stop) break;
    }
  }
  std::vector<absl::StatusOr<v1::Node>> nodes =
      store.GetNodes(nodes_met, GraphStore::NodeFields::kShown);
  std::vector<EdgeKeyParts> to_read;  // the edges met without their record
  for (std::size_t i = 0; i < edges_met.size(); ++i) {
    if (records_met[i].empty()) to_read.push_back(edges_met[i]);
  }
  std::vector<absl::StatusOr<v1::Edge>> read = store.GetEdges(to_read);
  std::vector<absl::StatusOr<v1::Edge>> edges;
  edges.reserve(edges_met.size());
  for (std::size_t i = 0, r = 0; i < edges_met.size(); ++i) {
    edges.push_back(records_met[i].empty() ? std::move(read[r++])
                                           : GraphStore::EdgeFromStoredRecord(records_met[i]));
  }
  for (const auto& [is_node, i] : met) {
    if (is_node) {
      RETURN_IF_ERROR(nodes[i].status());
    } else if (!edges[i].ok()) {
      const EdgeKeyParts& e = edges_met[i];
      return absl::IsNotFound(edges[i].status())
                 ? absl::DataLossError(Cat("edge ", e.first, " -> ", e.second, " has no record"))
                 : edges[i].status();
    }
  }
  if (was_cancelled) return absl::CancelledError("traversal cancelled (deadline or client)");
  auto add_node = [&](v1::Node node) {
    LeaveOutInternalFields(&node);
    v1::GraphNode* out = sub.add_nodes();
    out->set_name(ResourceName(node.id()));
    out->set_kind(node.kind());
    out->set_label(NodeLabel(node));
    *out->mutable_node() = std::move(node);
  };
  add_node(std::move(root));
  for (absl::StatusOr<v1::Node>& node : nodes) add_node(*std::move(node));
  for (absl::StatusOr<v1::Edge>& record : edges) {
    v1::Edge& edge = *record;
    if (!seen.contains(edge.src()) || !seen.contains(edge.dst())) continue;
    v1::GraphEdge* out = sub.add_edges();
    out->set_source(ResourceName(edge.src()));
    out->set_target(ResourceName(edge.dst()));
    out->set_type(edge.type());
    *out->mutable_edge() = std::move(edge);
  }
  return sub;
}

absl::StatusOr<std::string> RenderSubgraph(const v1::Subgraph& sub,
                                           v1::ExportFormat format) {
  if (format == v1::JSON) return RenderJson(sub);
  if (format == v1::HTML) return RenderHtml(sub);
  if (format != v1::GRAPHML && format != v1::DOT) {
    return absl::InvalidArgumentError(
        "unknown export format (expected GRAPHML, DOT, JSON or HTML)");
  }
  BoostGraph g = ToBoost(sub, /*for_dot=*/format == v1::DOT);
  boost::dynamic_properties dp(boost::ignore_other_properties);
  AddProperty(&dp, "id", g, &VertexProps::id);
  AddProperty(&dp, "type", g, &EdgeProps::type);
  if (format == v1::GRAPHML) {
    AddProperty(&dp, "label", g, &VertexProps::label);
    AddProperty(&dp, "kind", g, &VertexProps::kind);
    AddProperty(&dp, "date", g, &VertexProps::date);
    AddProperty(&dp, "confidence", g, &EdgeProps::confidence);
    AddProperty(&dp, "doc_id", g, &EdgeProps::doc_id);
    AddProperty(&dp, "span", g, &EdgeProps::span);
    AddProperty(&dp, "cue", g, &EdgeProps::cue);
    AddProperty(&dp, "cue_class", g, &EdgeProps::cue_class);
    AddProperty(&dp, "reason", g, &EdgeProps::reason);
    std::ostringstream out;
    boost::write_graphml(out, g, dp, /*ordered_vertices=*/true);
    std::string xml = out.str();
    if (sub.truncated()) {
      // After the XML declaration, which must come first.
      std::size_t line_end = xml.find('\n');
      xml.insert(line_end == std::string::npos ? 0 : line_end + 1,
                 Cat("<!-- ", TruncationNote(sub), " -->\n"));
    }
    return xml;
  }
  // DOT: left to right (speakers, then claims, then what they mention), labels
  // only where they carry information, the full text as a tooltip.
  AddProperty(&dp, "label", g, &VertexProps::dot_label);
  AddProperty(&dp, "tooltip", g, &VertexProps::label);
  AddProperty(&dp, "shape", g, &VertexProps::shape);
  AddProperty(&dp, "color", g, &EdgeProps::color);
  AddProperty(&dp, "style", g, &EdgeProps::style);
  AddProperty(&dp, "xlabel", g, &EdgeProps::label);
  AddProperty(&dp, "edgetooltip", g, &EdgeProps::reason);
  // A large subgraph is mostly one speaker's many claims: in layers (dot) that is
  // a strip thousands of pixels long; sfdp with overlaps removed lays it out
  // around the speaker instead (450 claims: 5,700 x 2,500 px, not 820 x 24,400).
  // Graphviz takes `layout` from the file, so `dot -Tsvg` users get it too.
  const bool large = sub.nodes_size() > kDotLayoutMaxNodes;
  std::string rankdir = "LR", layout = large ? "sfdp" : "dot", overlap = large ? "prism" : "";
  dp.property("rankdir", boost::ref_property_map<BoostGraph*, std::string>(rankdir));
  dp.property("layout", boost::ref_property_map<BoostGraph*, std::string>(layout));
  if (large) dp.property("overlap", boost::ref_property_map<BoostGraph*, std::string>(overlap));
  std::ostringstream out;
  if (sub.truncated()) out << "// " << TruncationNote(sub) << "\n";
  boost::write_graphviz_dp(out, g, dp, "id");
  return out.str();
}

std::string TruncationNote(const v1::Subgraph& sub) {
  return Cat("truncated: stopped at the node cap (", sub.nodes_size(),
             " nodes); more nodes lie within the depth (raise max_nodes, CLI --max-nodes)");
}

std::string MediaType(v1::ExportFormat format) {
  switch (format) {
    case v1::GRAPHML: return "application/graphml+xml";
    case v1::DOT: return "text/vnd.graphviz";
    case v1::JSON: return "application/json";
    case v1::HTML: return "text/html";
    default: return "application/octet-stream";
  }
}

}  // namespace claimgraph::graph
