#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "common/strings.h"
#include "corrupt_tables.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "query/names.h"
#include "graph/keys.h"
#include "graph/store.h"
#include "graph/subgraph.h"
#include "graph/views.h"
#include "test_util.h"

namespace claimgraph::graph {
namespace {

using testing::ExtractionBuilder;
using testing::TempDir;

struct Fixture {
  TempDir dir;
  std::unique_ptr<GraphStore> store;
  NodeId power = 0;

  Fixture() {
    store = *GraphStore::Open(dir.file("db"));
    ingest::Document doc;
    doc.doc_id = "a.txt";
    doc.published = "2016-09-18";
    doc.text =
        "\"Russia really needs to stop the stunts & <games>,\" Power told "
        "reporters. Churkin said Russia had no evidence. Power said "
        "Zakharova should be embarrassed.";
    auto extraction =
        ExtractionBuilder(doc)
            .Add("Power", "Samantha Power", "told",
                 "Russia really needs to stop the stunts & <games>")
            .SaidOn("2016-09-18")
            .Entity("Russia", "place")
            .Add("Churkin", "Vitaly Churkin", "said", "Russia had no evidence",
                 ingest::AttributionKind::kIndirect)
            .Entity("Russia", "place")
            .Build();
    REQUIRE(store->Ingest(doc, extraction).ok());
    power = query::ResolveSource(*store, "Samantha Power").value();
  }
};

TEST_CASE("traversal reaches claims, articles and entities within depth",
          "[graph][export]") {
  Fixture f;
  auto one = Traverse(*f.store, f.power, 1, 100);
  REQUIRE(one.ok());
  CHECK(one->nodes_size() == 2);  // Power and her claim
  auto three = Traverse(*f.store, f.power, 3, 100);
  REQUIRE(three.ok());
  // Power, her claim, the article, Russia, Churkin's claim, the story.
  CHECK(three->nodes_size() == 6);
  CHECK_FALSE(three->truncated());
  auto four = Traverse(*f.store, f.power, 4, 100);
  REQUIRE(four.ok());
  CHECK(four->nodes_size() == 7);  // and Churkin himself
  auto capped = Traverse(*f.store, f.power, 3, 3);
  REQUIRE(capped.ok());
  CHECK(capped->nodes_size() == 3);
  CHECK(capped->truncated());
  CHECK(absl::IsInvalidArgument(Traverse(*f.store, f.power, 9, 10).status()));
  CHECK(absl::IsNotFound(Traverse(*f.store, f.power + 1, 1, 10).status()));
}

TEST_CASE("a traversal's nodes leave out the store's internal fields, and keep what a user reads",
          "[graph][export]") {
  Fixture f;
  auto sub = Traverse(*f.store, f.power, 3, 100);
  REQUIRE(sub.ok());
  int claims = 0, articles = 0;
  for (const v1::GraphNode& node : sub->nodes()) {
    auto stored = f.store->GetNode(node.node().id());
    REQUIRE(stored.ok());
    if (node.kind() == v1::CLAIM) {
      ++claims;
      CHECK_FALSE(stored->claim().terms().empty());  // the store keeps them
      CHECK(node.node().claim().terms().empty());
      CHECK(node.node().claim().time_key().empty());
      CHECK(node.node().claim().content() == stored->claim().content());
      CHECK(node.node().claim().said_on() == stored->claim().said_on());
      CHECK(node.node().claim().kind() == stored->claim().kind());
      CHECK(node.node().claim().cue_class() == stored->claim().cue_class());
    } else if (node.kind() == v1::ARTICLE) {
      ++articles;
      CHECK(stored->article().content_hash() != 0);
      CHECK(node.node().article().content_hash() == 0);
      CHECK(node.node().article().simhash() == 0);
      CHECK(node.node().article().doc_id() == stored->article().doc_id());
      CHECK(node.node().article().published() == stored->article().published());
    } else {
      CHECK(node.node().SerializeAsString() == stored->SerializeAsString());
    }
  }
  CHECK(claims == 2);
  CHECK(articles == 1);
}

TEST_CASE("nodes read without the claims' internal fields are the whole records with those "
          "fields cleared", "[graph][export]") {
  Fixture f;
  auto sub = Traverse(*f.store, f.power, 3, 100);
  REQUIRE(sub.ok());
  std::vector<NodeId> ids;
  for (const v1::GraphNode& node : sub->nodes()) ids.push_back(node.node().id());
  auto whole = f.store->GetNodes(ids);
  auto shown = f.store->GetNodes(ids, GraphStore::NodeFields::kShown);
  REQUIRE(whole.size() == ids.size());
  REQUIRE(shown.size() == ids.size());
  int claims = 0;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    REQUIRE(whole[i].ok());
    REQUIRE(shown[i].ok());
    if (whole[i]->kind() == v1::CLAIM) {
      ++claims;
      CHECK_FALSE(whole[i]->claim().terms().empty());
      CHECK_FALSE(whole[i]->claim().time_key().empty());
      CHECK(shown[i]->claim().terms().empty());
      CHECK(shown[i]->claim().time_key().empty());
    }
    v1::Node cleared = *whole[i];
    if (cleared.kind() == v1::CLAIM) LeaveOutInternalFields(&cleared);
    CHECK(shown[i]->SerializeAsString() == cleared.SerializeAsString());
  }
  CHECK(claims == 2);
  // A missing node is NotFound either way.
  auto missing = f.store->GetNodes({ids[0] + 1}, GraphStore::NodeFields::kShown);
  CHECK(absl::IsNotFound(missing[0].status()));
}

// The first node and edge of `kind`/`type` from `node` in `direction`.
EdgeKeyParts FirstEdge(const GraphStore& store, NodeId node, Direction direction,
                       v1::EdgeType type) {
  EdgeKeyParts found;
  REQUIRE(store.VisitEdgeKeys(node, direction, type, [&](const EdgeKeyParts& parts) {
                 found = parts;
                 return false;
               }).ok());
  REQUIRE(found.second != 0);
  return found;
}

TEST_CASE("a traversal that meets a node or an edge without its record fails, naming it",
          "[graph][export]") {
  Fixture f;
  const NodeId claim = FirstEdge(*f.store, f.power, Direction::kOut, v1::ASSERTED).second;
  const NodeId russia = FirstEdge(*f.store, claim, Direction::kOut, v1::MENTIONS).second;
  NodeId other = 0;  // Churkin's claim, which mentions Russia too
  REQUIRE(f.store->VisitEdgeKeys(russia, Direction::kIn, v1::MENTIONS,
                                 [&](const EdgeKeyParts& parts) {
                                   if (parts.second != claim) other = parts.second;
                                   return true;
                                 }).ok());
  REQUIRE(other != 0);
  const EdgeKeyParts mention = FirstEdge(*f.store, other, Direction::kOut, v1::MENTIONS);
  const NodeId churkin = FirstEdge(*f.store, other, Direction::kIn, v1::ASSERTED).second;
  const std::string db = f.dir.file("db");
  f.store.reset();
  constexpr std::size_t kNodes = 1, kOut = 3, kIn = 4;  // StoreColumnFamilies order

  SECTION("a node") {
    testing::EditStore(db, [&](rocksdb::DB& raw, const auto& handles) {
      REQUIRE(raw.Delete({}, handles[kNodes], NodeKey(KindOfId(churkin), churkin)).ok());
    });
    auto store = *GraphStore::Open(db);
    // Churkin is four hops from Power: a depth of 3 never reads him.
    CHECK(Traverse(*store, f.power, 3, 100).ok());
    auto four = Traverse(*store, f.power, 4, 100);
    CHECK(absl::IsNotFound(four.status()));
    CHECK(four.status().message() == Cat("no node ", churkin));
  }
  SECTION("an edge") {
    testing::EditStore(db, [&](rocksdb::DB& raw, const auto& handles) {
      REQUIRE(raw.Delete({}, handles[kOut], EdgeKey(mention.first, mention.type,
                                                    mention.second, mention.rank))
                  .ok());
      // Its in-edge as a store written before in-edges held copies of short
      // records (graph/keys.h): the record is only the out twin's.
      REQUIRE(raw.Put({}, handles[kIn], EdgeKey(mention.second, mention.type,
                                                mention.first, mention.rank), "")
                  .ok());
    });
    auto store = *GraphStore::Open(db);
    CHECK(Traverse(*store, f.power, 1, 100).ok());
    auto three = Traverse(*store, f.power, 3, 100);
    CHECK(absl::IsDataLoss(three.status()));
    CHECK(three.status().message() ==
          Cat("edge ", other, " -> ", russia, " has no record"));
  }
}

TEST_CASE("GraphML export parses back with the same nodes and edges",
          "[graph][export]") {
  Fixture f;
  auto sub = Traverse(*f.store, f.power, 3, 100);
  REQUIRE(sub.ok());
  auto graphml = RenderSubgraph(*sub, v1::GRAPHML);
  REQUIRE(graphml.ok());
  struct V { std::string label, kind; };
  struct E { std::string type, cue_class; };
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, V, E> g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&V::label, g));
  dp.property("kind", boost::get(&V::kind, g));
  dp.property("type", boost::get(&E::type, g));
  dp.property("cue_class", boost::get(&E::cue_class, g));
  std::istringstream in(*graphml);
  boost::read_graphml(in, g, dp);  // throws on malformed XML
  CHECK(boost::num_vertices(g) == static_cast<std::size_t>(sub->nodes_size()));
  CHECK(boost::num_edges(g) == static_cast<std::size_t>(sub->edges_size()));
  bool found_label = false;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    found_label |= g[v].label.find("<games>") != std::string::npos;
  }
  CHECK(found_label);  // special characters survive escaping
  // Power's assertion carries what it reports ("told": a statement); other
  // edges have no class.
  int asserted = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    INFO(g[e].type);
    CHECK(g[e].cue_class == (g[e].type == "ASSERTED" ? "statement" : ""));
    asserted += g[e].type == "ASSERTED";
  }
  CHECK(asserted == 1);
}

TEST_CASE("DOT export is accepted by Graphviz when present", "[graph][export]") {
  Fixture f;
  auto sub = Traverse(*f.store, f.power, 3, 100);
  REQUIRE(sub.ok());
  auto dot = RenderSubgraph(*sub, v1::DOT);
  REQUIRE(dot.ok());
  INFO(*dot);
  CHECK(dot->starts_with("digraph"));
  CHECK(dot->find("rankdir=LR") != std::string::npos);  // left to right
  // A plain statement's ASSERTED edge and REPORTED_IN/MENTIONS carry no label:
  // the shapes at their ends say what they are.
  CHECK(dot->find("xlabel=ASSERTED") == std::string::npos);
  CHECK(dot->find("xlabel=REPORTED_IN") == std::string::npos);
  CHECK(dot->find("xlabel=\"\"") != std::string::npos);
  // Claims are labelled with their date and first words.
  CHECK(dot->find("2016-09-18\\nRussia really needs to stop the stunts &") != std::string::npos);
  if (std::system("command -v dot >/dev/null 2>&1") != 0) {
    WARN("Graphviz dot not installed: syntax not checked");
    return;
  }
  std::string path = f.dir.file("g.dot");
  std::ofstream(path) << *dot;
  std::string command = "dot -Tsvg '" + path + "' -o '" + f.dir.file("g.svg") + "' 2>&1";
  CHECK(std::system(command.c_str()) == 0);
}

TEST_CASE("JSON export is valid JSON carrying provenance", "[graph][export]") {
  Fixture f;
  auto sub = Traverse(*f.store, f.power, 2, 100);
  REQUIRE(sub.ok());
  auto json = RenderSubgraph(*sub, v1::JSON);
  REQUIRE(json.ok());
  google::protobuf::Struct parsed;
  REQUIRE(google::protobuf::util::JsonStringToMessage(*json, &parsed).ok());
  const auto& edges = parsed.fields().at("edges").list_value();
  REQUIRE(edges.values_size() == sub->edges_size());
  bool asserted_with_span = false;
  for (const auto& edge : edges.values()) {
    const auto& fields = edge.struct_value().fields();
    if (fields.at("type").string_value() == "ASSERTED") {
      const auto& provenance = fields.at("provenance").struct_value().fields();
      asserted_with_span = provenance.at("doc_id").string_value() == "a.txt" &&
                           provenance.count("content") == 1 &&
                           fields.at("cue_class").string_value() == "statement";
    }
  }
  CHECK(asserted_with_span);
}

TEST_CASE("a large DOT export asks for the sfdp layout, a small one for dot's layers",
          "[graph][export]") {
  Fixture f;
  auto small = RenderSubgraph(*Traverse(*f.store, f.power, 3, 100), v1::DOT);
  REQUIRE(small.ok());
  CHECK(small->find("layout=dot;") != std::string::npos);
  CHECK(small->find("overlap") == std::string::npos);
  // One speaker with many claims: the star that dot draws as a long strip.
  ingest::Document doc;
  doc.doc_id = "many.txt";
  for (int i = 0; i <= kDotLayoutMaxNodes; ++i) {
    doc.text += "Power said point number " + std::to_string(1000 + i) + " stands. ";
  }
  ExtractionBuilder builder(doc);
  for (int i = 0; i <= kDotLayoutMaxNodes; ++i) {
    builder.Add("Power", "Samantha Power", "said", "point number " + std::to_string(1000 + i));
  }
  REQUIRE(f.store->Ingest(doc, builder.Build()).ok());
  auto sub = Traverse(*f.store, f.power, 1, 500);
  REQUIRE(sub.ok());
  REQUIRE(sub->nodes_size() > kDotLayoutMaxNodes);
  auto large = RenderSubgraph(*sub, v1::DOT);
  REQUIRE(large.ok());
  CHECK(large->find("layout=sfdp;") != std::string::npos);
  CHECK(large->find("overlap=prism;") != std::string::npos);
}

TEST_CASE("GraphML export types its attributes and dates its nodes", "[graph][export]") {
  Fixture f;
  auto sub = Traverse(*f.store, f.power, 3, 100);
  REQUIRE(sub.ok());
  auto graphml = RenderSubgraph(*sub, v1::GRAPHML);
  REQUIRE(graphml.ok());
  CHECK(graphml->find("attr.name=\"confidence\" attr.type=\"double\"") != std::string::npos);
  CHECK(graphml->find("attr.name=\"date\" attr.type=\"string\"") != std::string::npos);
  struct V { std::string kind, date; };
  struct E { double confidence = -1; std::string type; };
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, V, E> g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("kind", boost::get(&V::kind, g));
  dp.property("date", boost::get(&V::date, g));
  dp.property("confidence", boost::get(&E::confidence, g));
  dp.property("type", boost::get(&E::type, g));
  std::istringstream in(*graphml);
  boost::read_graphml(in, g, dp);
  // Power's claim (said on the 18th) and the article (published then); Churkin's
  // claim has no date of statement.
  std::multiset<std::string> dates;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    if (g[v].kind == "claim" || g[v].kind == "article") dates.insert(g[v].date);
  }
  CHECK(dates == std::multiset<std::string>{"", "2016-09-18", "2016-09-18"});
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    CHECK(g[e].confidence >= 0);
    CHECK(g[e].confidence <= 1);
  }
}

TEST_CASE("HTML export is one self-contained page with D3 and the data inlined",
          "[graph][export]") {
  Fixture f;
  // A claim whose content would close a <script> element if written raw.
  ingest::Document doc;
  doc.doc_id = "b.txt";
  doc.published = "2016-09-19";
  doc.text = "Power said </script><script>alert(1)</script> was posted.";
  auto extraction = ExtractionBuilder(doc)
                        .Add("Power", "Samantha Power", "said",
                             "</script><script>alert(1)</script> was posted")
                        .Build();
  REQUIRE(f.store->Ingest(doc, extraction).ok());
  auto sub = Traverse(*f.store, f.power, 2, 100);
  REQUIRE(sub.ok());
  auto html = RenderSubgraph(*sub, v1::HTML);
  REQUIRE(html.ok());
  CHECK(html->starts_with("<!DOCTYPE html>"));
  CHECK(html->find("https://d3js.org v5") != std::string::npos);  // D3 inlined
  CHECK(html->find("<script src") == std::string::npos);           // nothing fetched
  CHECK(html->find("/*CG_D3*/") == std::string::npos);
  CHECK(html->find("/*CG_DATA*/") == std::string::npos);
  // The page's own three scripts close; the claim's "</script>" is escaped.
  std::size_t closes = 0;
  for (std::size_t at = html->find("</script>"); at != std::string::npos;
       at = html->find("</script>", at + 1)) {
    ++closes;
  }
  CHECK(closes == 3);
  CHECK(html->find("<\\/script><script>alert(1)<\\/script> was posted") != std::string::npos);
  // The data element holds the JSON export (nodes with dates), as JSON.
  std::size_t open = html->find("<script id=\"cg-data\" type=\"application/json\">");
  REQUIRE(open != std::string::npos);
  open = html->find('>', open) + 1;
  std::string data = html->substr(open, html->find("</script>", open) - open);
  google::protobuf::Struct parsed;
  REQUIRE(google::protobuf::util::JsonStringToMessage(data, &parsed).ok());
  CHECK(parsed.fields().at("nodes").list_value().values_size() == sub->nodes_size());
  bool dated_claim = false;
  for (const auto& node : parsed.fields().at("nodes").list_value().values()) {
    const auto& fields = node.struct_value().fields();
    dated_claim |= fields.at("kind").string_value() == "claim" && fields.count("date") &&
                   fields.count("content");
  }
  CHECK(dated_claim);
  CHECK(MediaType(v1::HTML) == "text/html");
  // A cut export says so at the top of the page too.
  auto capped = Traverse(*f.store, f.power, 2, 2);
  REQUIRE(capped.ok());
  auto cut = RenderSubgraph(*capped, v1::HTML);
  REQUIRE(cut.ok());
  CHECK(cut->find("<!-- truncated: stopped at the node cap") != std::string::npos);
}

TEST_CASE("unknown export formats are refused", "[graph][export]") {
  Fixture f;
  auto sub = Traverse(*f.store, f.power, 1, 100);
  REQUIRE(sub.ok());
  CHECK(absl::IsInvalidArgument(
      RenderSubgraph(*sub, v1::EXPORT_FORMAT_UNSPECIFIED).status()));
}

TEST_CASE("resource names round-trip and reject the wrong collection",
          "[graph][views]") {
  Fixture f;
  std::string name = ResourceName(f.power);
  CHECK(name.starts_with("sources/"));
  CHECK(ParseResourceName(name, v1::SOURCE).value() == f.power);
  CHECK(absl::IsInvalidArgument(ParseResourceName(name, v1::CLAIM).status()));
  CHECK(absl::IsInvalidArgument(ParseResourceName("claims/abc", v1::CLAIM).status()));
  CHECK(absl::IsInvalidArgument(ParseResourceName("nothing", v1::CLAIM).status()));
  std::string wrong = "claims/" + name.substr(8);  // a source id named as a claim
  CHECK(absl::IsInvalidArgument(ParseResourceName(wrong, v1::CLAIM).status()));
}

}  // namespace
}  // namespace claimgraph::graph
