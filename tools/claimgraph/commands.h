// The claimgraph subcommands. Each Add*Command registers its flags on `app`;
// when one of its commands runs, it stores what the command returned in
// `*result`, which main() hands to ReportAndExitCode (exit.h) once.
#ifndef CLAIMGRAPH_TOOLS_CLAIMGRAPH_COMMANDS_H_
#define CLAIMGRAPH_TOOLS_CLAIMGRAPH_COMMANDS_H_

#include <CLI/CLI.hpp>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/store.h"
#include "graph/views.h"

namespace claimgraph::cli {

// The claim filter flags `inspect claims` and `query claims` share.
struct ClaimFilterFlags {
  std::string speaker, entity, article, after, before;
  std::vector<std::string> cue_classes;  // --cue-class: repeated or comma-separated
  // The classes --cue-class names; a usage error (exit.h) naming the flag.
  absl::StatusOr<std::vector<v1::CueClass>> CueClasses() const;
  graph::ClaimFilterRefs Refs(std::vector<v1::CueClass> classes) const {
    return {.speaker = speaker, .entity = entity, .article = article,
            .said_after = after, .said_before = before, .cue_classes = std::move(classes)};
  }
};
void AddClaimFilterFlags(CLI::App* command, ClaimFilterFlags* flags);

// `query search` and `inspect search`: the words (positional, joined by
// spaces), --kind, and the claim filter flags.
struct SearchFlags {
  std::vector<std::string> words;
  std::vector<std::string> kinds;  // --kind direct,indirect,mixed
  std::string Text() const;
  // The kinds --kind names; a usage error naming the flag.
  absl::StatusOr<std::vector<v1::ClaimKind>> Kinds() const;
};
void AddSearchFlags(CLI::App* command, SearchFlags* flags, ClaimFilterFlags* filter);
// --format, -o/--output and --max-nodes of export and query export.
void AddExportFlags(CLI::App* command, std::string* format, std::string* output,
                    int* max_nodes);

// "claimgraph 0.1.0 (extractor extract-0.9, store schema 4)" for --version:
// ingest::kExtractorVersion and graph::kSchemaVersion.
std::string VersionText();

// --min-confidence as a number from 0 to 1 (empty: 0); a usage error naming
// the flag otherwise.
absl::StatusOr<double> MinConfidenceFlag(std::string_view text);

// Error messages about the dates name the flags the user typed.
inline constexpr graph::DateFieldNames kDateFlags{.after = "--after", .before = "--before"};

// Opens the store at `db`; the error names the directory ("cannot open store DB: ...").
// block_cache_mib: RocksDB's block cache (uncompressed blocks shared by every
// read); 0 keeps the store's default (graph::StoreOptions).
absl::StatusOr<std::unique_ptr<graph::GraphStore>> OpenStore(const std::string& db,
                                                           bool read_only,
                                                           std::size_t block_cache_mib = 0);

// "backup N in DIR: B bytes (C copied), F files", or with `json`
// {"backup_id","backup_dir","bytes","new_bytes","files"}: `backup` and
// `query backup`.
void PrintBackup(uint32_t id, const std::string& dir, uint64_t bytes, uint64_t new_bytes,
                 uint32_t files, bool json);

void AddExtractCommand(CLI::App& app, absl::Status* result);  // extract
void AddEvalCommand(CLI::App& app, absl::Status* result);     // eval
void AddStoreCommands(CLI::App& app, absl::Status* result);   // ingest, inspect, export, check
void AddBackupCommands(CLI::App& app, absl::Status* result);  // backup, restore
void AddServeCommand(CLI::App& app, absl::Status* result);    // serve
void AddQueryCommand(CLI::App& app, absl::Status* result);    // query (gRPC client)

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_TOOLS_CLAIMGRAPH_COMMANDS_H_
