// Commands that open the store directly: ingest (read-write), inspect, export
// and check (read-only secondary instances, usable while a server holds the store).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "common/json_text.h"
#include "common/strings.h"
#include "graph/bulk_load.h"
#include "graph/store.h"
#include "graph/conflicts.h"
#include "graph/subgraph.h"
#include "graph/views.h"
#include "graph/keys.h"
#include "query/names.h"
#include "query/search.h"
#include "ingest/extraction.h"
#include "batch.h"
#include "commands.h"
#include "common/status_macros.h"
#include "exit.h"
#include "output.h"

namespace claimgraph::cli {
namespace {

struct StoreCommandOptions {
  std::string db;
  InputFlags input;
  std::vector<std::string> files;
  bool quiet = false;
  bool json = false;
  ClaimFilterFlags filter;
  SearchFlags search;
  std::string name;
  int depth = 2;
  std::string format;  // empty: from the output's suffix
  std::string output = "-";
  int max_nodes = graph::kDefaultMaxNodes;
  std::string min_confidence;
  bool extracted = false;       // ingest: the files hold `extract` records
  bool accept_version = false;  // ingest --extracted: records of another extractor too
  bool bulk = false;            // ingest --extracted: as SST files (graph/bulk_load.h)
};

absl::Status RunIngest(const StoreCommandOptions& o) {
  if (!o.extracted) {
    if (o.accept_version || o.bulk) {
      return UsageError("--accept-version and --bulk are for --extracted records");
    }
    RETURN_IF_ERROR(CheckInputFlags(o.input));
  } else if (o.input.input != "auto" || o.input.doc_id_from != "path" ||
             !o.input.date.empty() || !o.input.outlet.empty() || !o.input.url.empty()) {
    return UsageError(
        "--input, --doc-id-from, --date, --outlet and --url are for documents; "
        "--extracted records carry their own");
  }
  ASSIGN_OR_RETURN(auto store, OpenStore(o.db, /*read_only=*/false));
  std::unique_ptr<graph::BulkLoader> bulk;
  if (o.bulk) {
    ASSIGN_OR_RETURN(bulk, graph::BulkLoader::Begin(*store));
  }
  int stored = 0, replaced = 0, unchanged = 0, claims = 0;
  std::string json_documents;  // --json: one object per stored or unchanged document
  absl::Status write_fault;    // the store could not write: the batch stopped there
  auto store_one = [&](const ingest::Document& doc,
                       const ingest::Extraction& extraction) -> absl::Status {
    auto outcome = bulk ? bulk->Ingest(doc, extraction, "cli")
                        : store->Ingest(doc, extraction, "cli");
    if (graph::IsWriteFault(outcome.status())) {
      write_fault = outcome.status();  // names the document
      return StopBatch(outcome.status());
    }
    if (!outcome.ok()) {
      return absl::Status(outcome.status().code(),
                          Cat(doc.doc_id, ": ", outcome.status().message()));
    }
    if (o.json) {
      CatTo(&json_documents, json_documents.empty() ? "" : ",\n ", "{\"doc_id\":");
      AppendJsonString(&json_documents, doc.doc_id);
      json_documents.append(",\"article\":");
      AppendJsonString(&json_documents, graph::ResourceName(outcome->article));
      CatTo(&json_documents, ",\"unchanged\":", outcome->unchanged ? "true" : "false",
            ",\"replaced\":", outcome->replaced ? "true" : "false",
            ",\"claims\":", outcome->claims, ",\"new_claims\":", outcome->new_claims,
            ",\"story\":");
      AppendJsonString(&json_documents, graph::ResourceName(outcome->story));
      CatTo(&json_documents, ",\"contradictions\":", outcome->contradictions,
            ",\"warnings\":[");
      for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
        if (i) json_documents.push_back(',');
        AppendJsonString(&json_documents, doc.warnings[i]);
      }
      json_documents.append("]}");
    }
    if (outcome->unchanged) {
      ++unchanged;
      if (!o.quiet && !o.json) std::cout << "unchanged " << doc.doc_id << "\n";
      return absl::OkStatus();
    }
    ++stored;
    if (outcome->replaced) ++replaced;
    claims += outcome->claims;
    if (!o.quiet && !o.json) {
      std::cout << (outcome->replaced ? "replaced  " : "stored    ") << doc.doc_id
                << ": " << outcome->claims
                << " claims (" << outcome->new_claims << " new), "
                << graph::ResourceName(outcome->story);
      if (outcome->contradictions > 0) {
        std::cout << ", " << outcome->contradictions << " contradictions";
      }
      std::cout << "\n";
    }
    return absl::OkStatus();
  };
  int failed = 0;
  if (o.extracted) {
    failed = ForEachExtracted(o.files, o.accept_version, "not ingested",
                              [&](const ingest::ExtractedDocument& record) {
                                return store_one(record.doc, record.extraction);
                              });
  } else {
    ASSIGN_OR_RETURN(auto extractor, ingest::Extractor::Create());
    failed = ForEachDocument(
        o.files, o.input, "not ingested", [&](const ingest::Document& doc) -> absl::Status {
          ASSIGN_OR_RETURN(auto extraction, extractor->Extract(doc));
          return store_one(doc, extraction);
        });
  }
  if (bulk && write_fault.ok()) {
    ASSIGN_OR_RETURN(graph::BulkLoadResult loaded, bulk->Finish());
    if (!o.quiet && !o.json) {
      std::cerr << "bulk load: " << loaded.files << " SST file(s), " << loaded.bytes
                << " bytes, " << loaded.puts << " key(s) written, " << loaded.deletes
                << " deleted\n";
    }
  }
  if (o.json) {
    std::cout << "{\"documents\":[" << json_documents << "],\"ingested\":" << stored
              << ",\"replaced\":" << replaced << ",\"claims\":" << claims
              << ",\"unchanged\":" << unchanged << ",\"failed\":" << failed << "}\n";
  } else {
    std::cout << "ingested " << stored << " article(s) (" << replaced << " replaced), "
              << claims << " claim(s); " << unchanged << " unchanged; " << failed
              << " failed\n";
  }
  if (!write_fault.ok() && bulk) {
    return absl::UnavailableError(
        Cat("bulk load stopped: its scratch store ", o.db, ".bulk cannot write (see above); "
            "nothing of this load is in the store"));
  }
  if (!write_fault.ok()) {
    return absl::UnavailableError(
        Cat("ingest stopped: the store cannot write (see above); ", stored + unchanged,
            " document(s) before it are stored, it and the rest of the input are not"));
  }
  return DocumentsFailed(failed);
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
    auto views = graph::ClaimViewsOf(store, page->ids);
    if (!views.ok()) return views.status();
    for (v1::ClaimView& view : *views) out.push_back(std::move(view));
    token = page->next_page_token;
  } while (!token.empty());
  return out;
}

absl::Status InspectStories(const graph::GraphStore& store,
                       const StoreCommandOptions& o) {
  const bool json = o.json;
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
      AppendJsonStringOrNull(&out, story.story().wire());
      out.append(",\"articles\":[");
      for (std::size_t i = 0; i < articles.size(); ++i) {
        if (i) out.push_back(',');
        out.append("{\"doc_id\":");
        AppendJsonString(&out, articles[i].article().doc_id());
        out.append(",\"outlet\":");
        AppendJsonStringOrNull(&out, articles[i].article().outlet());
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
  return absl::OkStatus();
}

absl::Status InspectArticles(const graph::GraphStore& store,
                       const StoreCommandOptions& o) {
  const bool json = o.json;
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
      AppendJsonStringOrNull(&out, a.published());
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
  return absl::OkStatus();
}

absl::Status InspectSpeakers(const graph::GraphStore& store, const StoreCommandOptions& o) {
  auto all = AllSources(store);
  o.json ? PrintSourcesJson(std::cout, all) : PrintSourcesTable(std::cout, all);
  return absl::OkStatus();
}

absl::Status InspectClaims(const graph::GraphStore& store, const StoreCommandOptions& o) {
  ASSIGN_OR_RETURN(auto classes, o.filter.CueClasses());
  ASSIGN_OR_RETURN(auto filter,
                   query::ClaimFilterOf(store, o.filter.Refs(std::move(classes)), kDateFlags));
  ASSIGN_OR_RETURN(auto all, AllClaims(store, filter));
  o.json ? PrintClaimsJson(std::cout, all) : PrintClaimsTable(std::cout, all);
  return absl::OkStatus();
}

// Every match, best first; the count on stderr.
absl::Status InspectSearch(const graph::GraphStore& store, const StoreCommandOptions& o) {
  ASSIGN_OR_RETURN(auto classes, o.filter.CueClasses());
  ASSIGN_OR_RETURN(auto kinds, o.search.Kinds());
  ASSIGN_OR_RETURN(auto filter,
                   query::ClaimFilterOf(store, o.filter.Refs(std::move(classes)), kDateFlags));
  std::vector<v1::ClaimView> claims;
  std::string token;
  do {
    ASSIGN_OR_RETURN(auto found, query::SearchClaims(store, filter, kinds, o.search.Text(),
                                                     500, token));
    for (const query::ClaimHit& hit : found.hits) {
      ASSIGN_OR_RETURN(auto view, graph::ClaimViewOf(store, hit.claim));
      claims.push_back(std::move(view));
    }
    token = found.next_page_token;
  } while (!token.empty());
  o.json ? PrintClaimsJson(std::cout, claims) : PrintClaimsTable(std::cout, claims);
  std::cerr << claims.size() << " match(es)\n";
  return absl::OkStatus();
}

absl::Status InspectClaim(const graph::GraphStore& store, const StoreCommandOptions& o) {
  ASSIGN_OR_RETURN(auto id, graph::ParseResourceName(o.name, v1::CLAIM));
  ASSIGN_OR_RETURN(auto view, graph::ClaimViewOf(store, id));
  o.json ? PrintClaimsJson(std::cout, {view}) : PrintClaimDetail(std::cout, view);
  return absl::OkStatus();
}

absl::Status InspectContradictions(const graph::GraphStore& store,
                                   const StoreCommandOptions& o) {
  ASSIGN_OR_RETURN(auto filter,
                   query::ClaimFilterOf(store, {.speaker = o.filter.speaker}, kDateFlags));
  ASSIGN_OR_RETURN(double min_confidence, MinConfidenceFlag(o.min_confidence));
  std::vector<v1::ContradictionView> items;
  std::string token;
  do {
    ASSIGN_OR_RETURN(auto page,
                     graph::ListConflicts(store, filter, 0, v1::EDGE_TYPE_UNSPECIFIED, 500,
                                          token, min_confidence));
    graph::ViewReader views(store);
    for (const v1::Edge& edge : page.edges) {
      auto view = views.Contradiction(edge);
      if (view.ok()) items.push_back(*std::move(view));
    }
    token = page.next_page_token;
  } while (!token.empty());
  o.json ? PrintContradictionsJson(std::cout, items)
         : PrintContradictionsTable(std::cout, items);
  return absl::OkStatus();
}

absl::Status InspectStats(const graph::GraphStore& store, const StoreCommandOptions& o) {
  ASSIGN_OR_RETURN(auto counts, store.Count());
  const char* kinds[] = {"", "articles", "stories", "sources", "claims", "entities"};
  std::vector<std::pair<std::string, uint64_t>> rows;
  for (int k = 1; k < 6; ++k) rows.emplace_back(kinds[k], counts.nodes_by_kind[k]);
  rows.emplace_back("edges", counts.out_edges);
  rows.emplace_back("index_entries", counts.index_entries);
  rows.emplace_back("names", counts.names);
  std::string json = "{";
  for (const auto& [name, count] : rows) {
    if (o.json) {
      if (json.size() > 1) json.push_back(',');
      AppendJsonString(&json, name);
      CatTo(&json, ":", count);
    } else {
      std::string label = name;
      std::replace(label.begin(), label.end(), '_', ' ');
      std::cout << label << "\t" << count << "\n";
    }
  }
  if (o.json) std::cout << json << "}\n";
  return absl::OkStatus();
}

absl::Status RunExport(const StoreCommandOptions& o) {
  ASSIGN_OR_RETURN(std::string format, ExportFormatFor(o.format, o.json, o.output));
  ASSIGN_OR_RETURN(auto store, OpenStore(o.db, /*read_only=*/true));
  ASSIGN_OR_RETURN(graph::NodeId id, query::ResolveNode(*store, o.name));
  ASSIGN_OR_RETURN(auto sub, graph::Traverse(*store, id, o.depth, o.max_nodes));
  ASSIGN_OR_RETURN(auto data, graph::RenderSubgraph(sub, ProtoExportFormat(format)));
  RETURN_IF_ERROR(WriteExportFile(data, format, o.output, sub.truncated()));
  if (o.output != "-") {
    std::cerr << "wrote " << o.output << ": " << sub.nodes_size() << " nodes, "
              << sub.edges_size() << " edges\n";
  }
  return absl::OkStatus();
}

absl::Status RunCheck(const StoreCommandOptions& o) {
  ASSIGN_OR_RETURN(auto store, OpenStore(o.db, /*read_only=*/true));
  ASSIGN_OR_RETURN(auto problems, store->Check());
  if (o.json) {
    // {"consistent":bool,"problems":[...]}; exit 1 when not consistent.
    std::string json = Cat("{\"consistent\":", problems.empty() ? "true" : "false",
                           ",\"problems\":[");
    for (std::size_t i = 0; i < problems.size(); ++i) {
      if (i) json.push_back(',');
      AppendJsonString(&json, problems[i]);
    }
    std::cout << json << "]}\n";
    if (!problems.empty()) return absl::DataLossError(Cat(problems.size(), " problem(s)"));
    return absl::OkStatus();
  }
  constexpr std::size_t kShown = 50;
  for (std::size_t i = 0; i < problems.size() && i < kShown; ++i) {
    std::cout << problems[i] << "\n";
  }
  if (problems.size() > kShown) {
    std::cout << "... and " << problems.size() - kShown << " more\n";
  }
  if (!problems.empty()) {
    return absl::DataLossError(Cat(problems.size(), " problem(s)"));
  }
  std::cout << "store is consistent\n";
  return absl::OkStatus();
}

}  // namespace

std::string VersionText() {
  return Cat("claimgraph ", CLAIMGRAPH_VERSION, " (extractor ", ingest::kExtractorVersion,
             ", store schema ", graph::kSchemaVersion, ")");
}

absl::StatusOr<std::unique_ptr<graph::GraphStore>> OpenStore(const std::string& db,
                                                           bool read_only,
                                                           std::size_t block_cache_mib) {
  graph::StoreOptions options;
  options.read_only = read_only;
  if (block_cache_mib > 0) options.block_cache_bytes = block_cache_mib << 20;
  auto store = graph::GraphStore::Open(db, options);
  if (graph::IsHeldByAnotherProcess(store.status())) {
    return absl::Status(
        store.status().code(),
        Cat("cannot open store ", db, ": another process holds it, most likely a "
            "running `claimgraph serve`; ingest through the server with `claimgraph "
            "query ingest --server HOST:PORT FILES`, or stop the server first"));
  }
  if (!store.ok()) {
    return absl::Status(store.status().code(), Cat("cannot open store ", db, ": ",
                                                   store.status().message()));
  }
  return store;
}

void AddStoreCommands(CLI::App& app, absl::Status* result) {
  auto o = std::make_shared<StoreCommandOptions>();

  auto* ingest_cmd = app.add_subcommand("ingest", "Extract and store articles");
  ingest_cmd->add_option("--db", o->db, "Store directory (created if missing)")
      ->required();
  AddInputFlags(ingest_cmd, &o->input);
  ingest_cmd->add_flag("--quiet", o->quiet, "Only print the summary");
  ingest_cmd->add_flag("--json", o->json,
                       "Print {\"documents\":[...],\"ingested\",\"replaced\",\"claims\","
                       "\"unchanged\",\"failed\"}");
  ingest_cmd->add_flag("--extracted", o->extracted,
                       "The files hold `claimgraph extract` records: store them "
                       "without extracting again");
  ingest_cmd->add_flag("--accept-version", o->accept_version,
                       "--extracted: store records of another extractor version too "
                       "(their edges name it)");
  ingest_cmd->add_flag("--bulk", o->bulk,
                       "--extracted: add the records to the store as SST files in one "
                       "atomic step (all of them or none; the store to itself)");
  ingest_cmd->add_option("files", o->files, "Files to read, - for stdin")->required();
  ingest_cmd->callback([o, result] { *result = RunIngest(*o); });

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
  auto* search = inspect->add_subcommand("search", "Claims by what they say, best match first");
  AddSearchFlags(search, &o->search, &o->filter);
  auto* stories = inspect->add_subcommand("stories", "Stories and their copies");
  auto* articles = inspect->add_subcommand("articles", "Stored articles");
  auto* contradictions =
      inspect->add_subcommand("contradictions", "Conflict edges between claims");
  contradictions->add_option("--speaker", o->filter.speaker, "Speaker name or sources/ID");
  contradictions->add_option("--min-confidence", o->min_confidence,
                             "Only edges of at least this confidence (0-1)");
  auto* stats = inspect->add_subcommand("stats", "Node, edge and index counts");
  for (auto* json_sub :
       {speakers, claims, claim, search, stories, articles, contradictions, stats}) {
    json_sub->add_flag("--json", o->json, "Print JSON");
  }
  using Inspector =
      absl::Status (*)(const graph::GraphStore&, const StoreCommandOptions&);
  const std::vector<std::pair<CLI::App*, Inspector>> inspectors = {
      {speakers, InspectSpeakers},
      {claims, InspectClaims},
      {claim, InspectClaim},
      {search, InspectSearch},
      {stories, InspectStories},
      {articles, InspectArticles},
      {contradictions, InspectContradictions},
      {stats, InspectStats},
  };
  inspect->callback([o, result, inspectors] {
    *result = [&]() -> absl::Status {
      // What the user typed is checked before the store is opened.
      RETURN_IF_ERROR(UsageError(
          graph::CheckDateRange(o->filter.after, o->filter.before, kDateFlags)));
      RETURN_IF_ERROR(MinConfidenceFlag(o->min_confidence).status());
      RETURN_IF_ERROR(o->filter.CueClasses().status());
      RETURN_IF_ERROR(o->search.Kinds().status());
      ASSIGN_OR_RETURN(auto store, OpenStore(o->db, /*read_only=*/true));
      for (const auto& [command, run] : inspectors) {
        if (command->parsed()) return run(*store, *o);
      }
      return absl::OkStatus();
    }();
  });

  auto* export_cmd = app.add_subcommand(
      "export", "Write the subgraph around a node as GraphML, DOT, JSON or SVG");
  export_cmd->add_option("--db", o->db, "Store directory")->required();
  export_cmd->add_option("name", o->name,
                         "claims/ID, sources/ID, entities/ID, ... or a speaker or entity name")
      ->required();
  export_cmd->add_option("--depth", o->depth, "Hops from the node (0-4)")
      ->check(CLI::Range(0, graph::kMaxTraversalDepth));
  AddExportFlags(export_cmd, &o->format, &o->output, &o->max_nodes);
  export_cmd->add_flag("--json", o->json, "Same as --format json");
  export_cmd->callback([o, result] { *result = RunExport(*o); });

  auto* check = app.add_subcommand("check", "Verify the store's integrity");
  check->add_option("--db", o->db, "Store directory")->required();
  check->add_flag("--json", o->json, "Print {\"consistent\",\"problems\":[...]}");
  check->callback([o, result] { *result = RunCheck(*o); });
}

}  // namespace claimgraph::cli
