// claimgraph: extract attributions from news, store them as a graph, serve and
// query it. main() only parses flags; each subcommand calls the libraries and
// returns a status, which exit.h turns into the one error format and exit code.
#include <CLI/CLI.hpp>

#include "commands.h"
#include "common/strings.h"
#include "exit.h"

int main(int argc, char** argv) {
  using namespace claimgraph::cli;
  CLI::App app{"claimgraph: who asserted what, when, through whom, and which "
               "claims contradict each other"};
  app.require_subcommand(1);
  app.set_version_flag("--version", VersionText());
  // --help shows every option's default (subcommands inherit this).
  app.option_defaults()->always_capture_default();
  absl::Status result;
  AddExtractCommand(app, &result);
  AddEvalCommand(app, &result);
  AddStoreCommands(app, &result);
  AddBackupCommands(app, &result);
  AddServeCommand(app, &result);
  AddQueryCommand(app, &result);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are ParseErrors with exit code 0: CLI11 prints them.
    if (e.get_exit_code() == 0) return app.exit(e);
    result = UsageError(claimgraph::Cat(e.what(), " (run with --help for usage)"));
  }
  return ReportAndExitCode(result);
}
