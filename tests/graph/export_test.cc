#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "query/names.h"
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
  CHECK(dot->starts_with("digraph"));
  CHECK(dot->find("ASSERTED (statement)") != std::string::npos);
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
