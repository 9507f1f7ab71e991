// claimgraph: extract attributions from news, store them as a graph, serve and
// query it. main() only parses flags; each subcommand calls the libraries.
#include <CLI/CLI.hpp>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"claimgraph: who asserted what, when, through whom, and which "
               "claims contradict each other"};
  app.require_subcommand(1);
  int exit_code = 0;
  claimgraph::cli::AddExtractCommand(app, &exit_code);
  claimgraph::cli::AddEvalCommand(app, &exit_code);
  claimgraph::cli::AddStoreCommands(app, &exit_code);
  claimgraph::cli::AddServeCommand(app, &exit_code);
  claimgraph::cli::AddQueryCommand(app, &exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
