// The claimgraph subcommands. Each Add*Command registers its flags on `app` and
// sets `*exit_code` when it runs.
#ifndef CLAIMGRAPH_TOOLS_CLAIMGRAPH_COMMANDS_H_
#define CLAIMGRAPH_TOOLS_CLAIMGRAPH_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace claimgraph::cli {

// The claim filter flags `inspect claims` and `query claims` share.
struct ClaimFilterFlags {
  std::string speaker, entity, article, after, before;
};
void AddClaimFilterFlags(CLI::App* command, ClaimFilterFlags* flags);

void AddExtractCommand(CLI::App& app, int* exit_code);  // extract
void AddEvalCommand(CLI::App& app, int* exit_code);     // eval
void AddStoreCommands(CLI::App& app, int* exit_code);   // ingest, inspect, export, check
void AddServeCommand(CLI::App& app, int* exit_code);    // serve
void AddQueryCommand(CLI::App& app, int* exit_code);    // query (gRPC client)

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_TOOLS_CLAIMGRAPH_COMMANDS_H_
