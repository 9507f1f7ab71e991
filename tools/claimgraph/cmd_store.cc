// Commands that open the store directly: ingest (read-write), inspect, export
// and check (read-only secondary instances, usable while a server holds the store).
#include <spawn.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "common/json_text.h"
#include "common/strings.h"
#include "graph/store.h"
#include "graph/conflicts.h"
#include "graph/subgraph.h"
#include "graph/views.h"
#include "ingest/extraction.h"
#include "commands.h"
#include "output.h"

namespace claimgraph::cli {
namespace {

std::unique_ptr<graph::GraphStore> OpenOrReport(const std::string& db, bool read_only,
                                                int* exit_code) {
  graph::StoreOptions options;
  options.read_only = read_only;
  auto store = graph::GraphStore::Open(db, options);
  if (!store.ok()) {
    std::cerr << "claimgraph: cannot open store " << db << ": "
              << store.status().message() << "\n";
    *exit_code = 1;
    return nullptr;
  }
  return *std::move(store);
}

void RunIngest(const std::string& db, const std::string& input,
               const std::vector<std::string>& files, bool quiet, int* exit_code) {
  auto store = OpenOrReport(db, /*read_only=*/false, exit_code);
  if (!store) return;
  auto format = ingest::ParseInputFormat(input);
  auto extractor = ingest::Extractor::Create();
  if (!extractor.ok()) {
    std::cerr << "claimgraph: " << extractor.status().message() << "\n";
    *exit_code = 1;
    return;
  }
  int stored = 0, unchanged = 0, failed = 0, claims = 0;
  for (const std::string& file : files) {
    auto status = ingest::ReadDocuments(
        file, *format, [&](absl::StatusOr<ingest::Document> doc) {
          if (!doc.ok()) {
            std::cerr << "claimgraph: not ingested: " << doc.status().message() << "\n";
            ++failed;
            return;
          }
          auto extraction = (*extractor)->Extract(*doc);
          if (!extraction.ok()) {
            std::cerr << "claimgraph: not ingested: " << extraction.status().message()
                      << "\n";
            ++failed;
            return;
          }
          auto outcome = store->Ingest(*doc, *extraction);
          if (!outcome.ok()) {
            std::cerr << "claimgraph: not ingested: " << doc->doc_id << ": "
                      << outcome.status().message() << "\n";
            ++failed;
            return;
          }
          if (outcome->unchanged) {
            ++unchanged;
            if (!quiet) std::cout << "unchanged " << doc->doc_id << "\n";
            return;
          }
          ++stored;
          claims += outcome->claims;
          if (!quiet) {
            std::cout << "stored    " << doc->doc_id << ": " << outcome->claims
                      << " claims (" << outcome->new_claims << " new), "
                      << graph::ResourceName(outcome->story);
            if (outcome->contradictions > 0) {
              std::cout << ", " << outcome->contradictions << " contradictions";
            }
            std::cout << "\n";
          }
        });
    if (!status.ok()) {
      std::cerr << "claimgraph: " << status.message() << "\n";
      ++failed;
    }
  }
  std::cout << "ingested " << stored << " article(s), " << claims << " claim(s); "
            << unchanged << " unchanged; " << failed << " failed\n";
  if (failed > 0) *exit_code = 2;
}

std::vector<v1::SourceView> AllSources(const graph::GraphStore& store) {
  std::vector<v1::SourceView> out;
  (void)store.VisitNodes(v1::SOURCE, [&](const v1::Node& node) {
    auto view = graph::SourceViewOf(store, node.id());
    if (view.ok()) out.push_back(*std::move(view));
    return true;
  });
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.claim_count() > b.claim_count();
  });
  return out;
}

absl::StatusOr<std::vector<v1::ClaimView>> AllClaims(const graph::GraphStore& store,
                                                     const graph::ClaimFilter& filter) {
  std::vector<v1::ClaimView> out;
  std::string token;
  do {
    auto page = store.ListClaims(filter, 500, token);
    if (!page.ok()) return page.status();
    graph::ViewReader views(store);  // per page: its cache stays small
    for (graph::NodeId id : page->ids) {
      auto view = views.Claim(id);
      if (!view.ok()) return view.status();
      out.push_back(*std::move(view));
    }
    token = page->next_page_token;
  } while (!token.empty());
  return out;
}

void PrintStories(const graph::GraphStore& store, bool json) {
  std::string out = "[";
  bool first = true;
  (void)store.VisitNodes(v1::STORY, [&](const v1::Node& story) {
    std::vector<v1::Node> articles;
    (void)store.VisitEdges(story.id(), graph::Direction::kIn, v1::COPY_OF,
                           [&](const v1::Edge& edge) {
                             auto article = store.GetNode(edge.src());
                             if (article.ok()) articles.push_back(*std::move(article));
                             return true;
                           });
    std::set<graph::NodeId> claims;
    for (const v1::Node& article : articles) {
      (void)store.VisitEdges(article.id(), graph::Direction::kIn, v1::REPORTED_IN,
                             [&](const v1::Edge& edge) {
                               claims.insert(edge.src());
                               return true;
                             });
    }
    if (json) {
      if (!first) out.append(",\n ");
      out.append("{\"id\":");
      AppendJsonString(&out, graph::ResourceName(story.id()));
      out.append(",\"wire\":");
      if (story.story().wire().empty()) {
        out.append("null");
      } else {
        AppendJsonString(&out, story.story().wire());
      }
      out.append(",\"articles\":[");
      for (std::size_t i = 0; i < articles.size(); ++i) {
        if (i) out.push_back(',');
        out.append("{\"doc_id\":");
        AppendJsonString(&out, articles[i].article().doc_id());
        out.append(",\"outlet\":");
        if (articles[i].article().outlet().empty()) {
          out.append("null");
        } else {
          AppendJsonString(&out, articles[i].article().outlet());
        }
        out.push_back('}');
      }
      CatTo(&out, "],\"claims\":", claims.size(), "}");
    } else {
      std::cout << graph::ResourceName(story.id()) << "  wire "
                << (story.story().wire().empty() ? "-" : story.story().wire()) << ", "
                << articles.size() << " article(s), " << claims.size() << " claim(s)\n";
      for (const v1::Node& article : articles) {
        std::cout << "  " << article.article().doc_id();
        if (!article.article().outlet().empty()) {
          std::cout << " (" << article.article().outlet() << ")";
        }
        std::cout << "\n";
      }
    }
    first = false;
    return true;
  });
  if (json) std::cout << out << "]\n";
}

void PrintArticles(const graph::GraphStore& store, bool json) {
  std::string out = "[";
  bool first = true;
  (void)store.VisitNodes(v1::ARTICLE, [&](const v1::Node& node) {
    const v1::Article& a = node.article();
    if (json) {
      if (!first) out.append(",\n ");
      out.append("{\"id\":");
      AppendJsonString(&out, graph::ResourceName(node.id()));
      out.append(",\"doc_id\":");
      AppendJsonString(&out, a.doc_id());
      out.append(",\"published\":");
      if (a.published().empty()) out.append("null"); else AppendJsonString(&out, a.published());
      out.append(",\"outlet\":");
      AppendJsonString(&out, a.outlet());
      out.append(",\"wire\":");
      AppendJsonString(&out, a.wire());
      out.append(",\"dateline\":");
      AppendJsonString(&out, a.dateline());
      out.append(",\"story\":");
      AppendJsonString(&out, graph::ResourceName(a.story_id()));
      CatTo(&out, ",\"claims\":", a.attribution_count(), "}");
    } else {
      std::cout << a.doc_id() << "  " << (a.published().empty() ? "-" : a.published())
                << "  " << a.attribution_count() << " claim(s)";
      if (!a.wire().empty()) std::cout << "  wire " << a.wire();
      std::cout << "\n";
    }
    first = false;
    return true;
  });
  if (json) std::cout << out << "]\n";
}

absl::StatusOr<std::string> WriteExport(const graph::GraphStore& store,
                                        const std::string& name, int depth,
                                        const std::string& format,
                                        const std::string& output) {
  auto id = graph::ParseResourceName(name, v1::NODE_KIND_UNSPECIFIED);
  if (!id.ok()) {
    // Accept a speaker name too: "Samantha Power".
    auto source = store.FindSource(name);
    if (!source.ok()) return id.status();
    id = *source;
  }
  auto sub = graph::Traverse(store, *id, depth, graph::kDefaultMaxNodes);
  if (!sub.ok()) return sub.status();
  v1::ExportFormat proto_format = format == "graphml" ? v1::GRAPHML
                                  : format == "json"  ? v1::JSON
                                                      : v1::DOT;
  auto data = graph::RenderSubgraph(*sub, proto_format);
  if (!data.ok()) return data.status();
  if (format == "svg") {
    // Rendered by Graphviz's dot, when installed.
    std::string dot_path = output + ".dot";
    std::ofstream(dot_path) << *data;
    // Run dot without a shell, so no file name is ever interpreted.
    std::string format_flag = "-Tsvg";
    std::string output_flag = "-o" + output;
    char* argv[] = {const_cast<char*>("dot"), format_flag.data(), dot_path.data(),
                    output_flag.data(), nullptr};
    pid_t pid = 0;
    int status = 0;
    if (posix_spawnp(&pid, "dot", nullptr, nullptr, argv, environ) != 0 ||
        waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      return absl::FailedPreconditionError("Graphviz 'dot' failed or is not installed");
    }
    std::filesystem::remove(dot_path);
    return Cat(sub->nodes_size(), " nodes, ", sub->edges_size(), " edges");
  }
  if (output == "-") {
    std::cout << *data;
  } else {
    std::ofstream out(output, std::ios::binary);
    out << *data;
    if (!out) return absl::InternalError(Cat("cannot write ", output));
  }
  return Cat(sub->nodes_size(), " nodes, ", sub->edges_size(), " edges");
}

}  // namespace

void AddStoreCommands(CLI::App& app, int* exit_code) {
  struct Options {
    std::string db;
    std::string input = "auto";
    std::vector<std::string> files;
    bool quiet = false;
    bool json = false;
    ClaimFilterFlags filter;
    std::string name;
    int depth = 2;
    std::string format = "graphml";
    std::string output = "-";
  };
  auto o = std::make_shared<Options>();

  auto* ingest_cmd = app.add_subcommand("ingest", "Extract and store articles");
  ingest_cmd->add_option("--db", o->db, "Store directory (created if missing)")
      ->required();
  ingest_cmd->add_option("--input", o->input, "auto (jsonl for *.jsonl), text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  ingest_cmd->add_flag("--quiet", o->quiet, "Only print the summary");
  ingest_cmd->add_option("files", o->files, "Files to read, - for stdin")->required();
  ingest_cmd->callback(
      [o, exit_code] { RunIngest(o->db, o->input, o->files, o->quiet, exit_code); });

  auto* inspect = app.add_subcommand(
      "inspect", "Read a store directly (read-only; works while a server runs)");
  inspect->add_option("--db", o->db, "Store directory")->required();
  inspect->add_flag("--json", o->json, "Print JSON");
  inspect->require_subcommand(1);
  auto* speakers = inspect->add_subcommand("speakers", "Speakers with claim counts");
  auto* claims = inspect->add_subcommand("claims", "Claims, by time of statement");
  AddClaimFilterFlags(claims, &o->filter);
  auto* claim = inspect->add_subcommand("claim", "One claim with its provenance");
  claim->add_option("name", o->name, "claims/ID")->required();
  auto* stories = inspect->add_subcommand("stories", "Stories and their copies");
  auto* articles = inspect->add_subcommand("articles", "Stored articles");
  auto* contradictions =
      inspect->add_subcommand("contradictions", "Conflict edges between claims");
  contradictions->add_option("--speaker", o->filter.speaker, "Speaker name or sources/ID");
  auto* stats = inspect->add_subcommand("stats", "Node, edge and index counts");
  for (auto* json_sub : {speakers, claims, claim, stories, articles, contradictions}) {
    json_sub->add_flag("--json", o->json, "Print JSON");
  }
  inspect->callback([=] {
    auto store = OpenOrReport(o->db, /*read_only=*/true, exit_code);
    if (!store) return;
    auto fail = [&](const absl::Status& status) {
      std::cerr << "claimgraph: " << status.message() << "\n";
      *exit_code = 1;
    };
    if (speakers->parsed()) {
      auto all = AllSources(*store);
      o->json ? PrintSourcesJson(std::cout, all) : PrintSourcesTable(std::cout, all);
    } else if (claims->parsed()) {
      graph::ClaimFilter filter;
      filter.said_after = o->filter.after;
      filter.said_before = o->filter.before;
      if (!o->filter.speaker.empty()) {
        auto id = graph::ResolveSource(*store, o->filter.speaker);
        if (!id.ok()) return fail(id.status());
        filter.speaker = *id;
      }
      if (!o->filter.entity.empty()) {
        auto id = graph::ResolveEntity(*store, o->filter.entity);
        if (!id.ok()) return fail(id.status());
        filter.entity = *id;
      }
      if (!o->filter.article.empty()) {
        auto id = graph::ResolveArticle(*store, o->filter.article);
        if (!id.ok()) return fail(id.status());
        filter.article = *id;
      }
      auto all = AllClaims(*store, filter);
      if (!all.ok()) return fail(all.status());
      o->json ? PrintClaimsJson(std::cout, *all) : PrintClaimsTable(std::cout, *all);
    } else if (claim->parsed()) {
      auto id = graph::ParseResourceName(o->name, v1::CLAIM);
      if (!id.ok()) return fail(id.status());
      auto view = graph::ClaimViewOf(*store, *id);
      if (!view.ok()) return fail(view.status());
      if (o->json) {
        PrintClaimsJson(std::cout, {*view});
      } else {
        PrintClaimDetail(std::cout, *view);
      }
    } else if (stories->parsed()) {
      PrintStories(*store, o->json);
    } else if (articles->parsed()) {
      PrintArticles(*store, o->json);
    } else if (contradictions->parsed()) {
      graph::ClaimFilter filter;
      if (!o->filter.speaker.empty()) {
        auto id = graph::ResolveSource(*store, o->filter.speaker);
        if (!id.ok()) return fail(id.status());
        filter.speaker = *id;
      }
      std::vector<v1::ContradictionView> items;
      std::string token;
      do {
        auto page = graph::ListConflicts(*store, filter, 0, v1::EDGE_TYPE_UNSPECIFIED,
                                         500, token);
        if (!page.ok()) return fail(page.status());
        graph::ViewReader views(*store);
        for (const v1::Edge& edge : page->edges) {
          auto view = views.Contradiction(edge);
          if (view.ok()) items.push_back(*std::move(view));
        }
        token = page->next_page_token;
      } while (!token.empty());
      o->json ? PrintContradictionsJson(std::cout, items)
              : PrintContradictionsTable(std::cout, items);
    } else if (stats->parsed()) {
      auto counts = store->Count();
      if (!counts.ok()) return fail(counts.status());
      const char* kinds[] = {"", "articles", "stories", "sources", "claims", "entities"};
      for (int k = 1; k < 6; ++k) {
        std::cout << kinds[k] << "\t" << counts->nodes_by_kind[k] << "\n";
      }
      std::cout << "edges\t" << counts->out_edges << "\nindex entries\t"
                << counts->index_entries << "\nnames\t" << counts->names << "\n";
    }
  });

  auto* export_cmd = app.add_subcommand(
      "export", "Write the subgraph around a node as GraphML, DOT, JSON or SVG");
  export_cmd->add_option("--db", o->db, "Store directory")->required();
  export_cmd->add_option("name", o->name,
                         "claims/ID, sources/ID, entities/ID, ... or a speaker name")
      ->required();
  export_cmd->add_option("--depth", o->depth, "Hops from the node (0-4)")
      ->check(CLI::Range(0, graph::kMaxTraversalDepth));
  export_cmd->add_option("--format", o->format, "graphml, dot, json or svg")
      ->check(CLI::IsMember({"graphml", "dot", "json", "svg"}));
  export_cmd->add_option("-o,--output", o->output, "Output file, - for stdout");
  export_cmd->callback([o, exit_code] {
    auto store = OpenOrReport(o->db, /*read_only=*/true, exit_code);
    if (!store) return;
    if (o->format == "svg" && o->output == "-") {
      std::cerr << "claimgraph: svg needs -o FILE\n";
      *exit_code = 1;
      return;
    }
    auto summary = WriteExport(*store, o->name, o->depth, o->format, o->output);
    if (!summary.ok()) {
      std::cerr << "claimgraph: " << summary.status().message() << "\n";
      *exit_code = 1;
      return;
    }
    if (o->output != "-") std::cerr << "wrote " << o->output << ": " << *summary << "\n";
  });

  auto* check = app.add_subcommand("check", "Verify the store's integrity");
  check->add_option("--db", o->db, "Store directory")->required();
  check->callback([o, exit_code] {
    auto store = OpenOrReport(o->db, /*read_only=*/true, exit_code);
    if (!store) return;
    auto problems = store->Check();
    if (!problems.ok()) {
      std::cerr << "claimgraph: " << problems.status().message() << "\n";
      *exit_code = 1;
      return;
    }
    constexpr std::size_t kShown = 50;
    for (std::size_t i = 0; i < problems->size() && i < kShown; ++i) {
      std::cout << (*problems)[i] << "\n";
    }
    if (problems->size() > kShown) {
      std::cout << "... and " << problems->size() - kShown << " more\n";
    }
    if (!problems->empty()) {
      std::cout << problems->size() << " problem(s)\n";
      *exit_code = 1;
    } else {
      std::cout << "store is consistent\n";
    }
  });
}

}  // namespace claimgraph::cli
