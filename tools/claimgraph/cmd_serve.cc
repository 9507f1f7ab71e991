// claimgraph serve: the gRPC query service over a store, until SIGINT/SIGTERM.
#include <csignal>
#include <fstream>
#include <iostream>
#include <thread>

#include <grpc/support/log.h>

#include "common/json_text.h"
#include "common/strings.h"
#include "graph/store.h"
#include "query/server.h"
#include "commands.h"
#include "common/status_macros.h"

namespace claimgraph::cli {
namespace {

absl::StatusOr<std::string> ReadToken(const std::string& path) {
  std::ifstream in(path);
  std::string token;
  if (!in || !std::getline(in, token)) {
    return absl::NotFoundError(Cat("cannot read a token from ", path));
  }
  while (!token.empty() && (token.back() == '\r' || token.back() == ' ')) token.pop_back();
  if (token.empty()) return absl::InvalidArgumentError(Cat(path, " holds an empty token"));
  return token;
}

// gRPC's own log lines (errors, by default) in the one stderr format.
void GrpcLogLine(gpr_log_func_args* args) {
  std::cerr << "claimgraph: grpc: " << args->message << std::endl;
}

struct ServeOptions {
  std::string db;
  std::string listen = "127.0.0.1:50151";
  bool allow_remote = false;
  std::string token_file, tls_cert, tls_key, port_file;
  bool json = false;
};

absl::Status RunServe(const ServeOptions& o) {
  // Block the stop signals before gRPC starts its threads, then wait for
  // them on this thread.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  query::ServerOptions options;
  options.listen = o.listen;
  options.allow_remote = o.allow_remote;
  options.tls_cert_file = o.tls_cert;
  options.tls_key_file = o.tls_key;
  if (!o.token_file.empty()) {
    ASSIGN_OR_RETURN(options.auth_token, ReadToken(o.token_file));
  }
  ASSIGN_OR_RETURN(auto store, OpenStore(o.db, /*read_only=*/false));
  // A failed start is reported once, with its reason, by Start's status: gRPC's
  // own multi-line account of it is not printed.
  gpr_set_log_function([](gpr_log_func_args*) {});
  auto started = query::QueryServer::Start(store.get(), options);
  gpr_set_log_function(GrpcLogLine);
  ASSIGN_OR_RETURN(auto server, std::move(started));
  std::string host = o.listen.substr(0, o.listen.rfind(':'));
  if (o.json) {
    std::string line = "{\"db\":";
    AppendJsonString(&line, o.db);
    line.append(",\"address\":");
    AppendJsonString(&line, Cat(host, ":", server->port()));
    std::cout << line << "}" << std::endl;
  } else {
    std::cout << "claimgraph serving " << o.db << " on " << host << ":" << server->port()
              << std::endl;
  }
  if (!o.port_file.empty()) {
    std::ofstream(o.port_file) << server->port() << "\n";
  }
  int signal = 0;
  sigwait(&signals, &signal);
  if (!o.json) std::cout << "claimgraph: stopping on signal " << signal << std::endl;
  server->Shutdown();
  return absl::OkStatus();
}

}  // namespace

void AddServeCommand(CLI::App& app, absl::Status* result) {
  auto o = std::make_shared<ServeOptions>();
  auto* cmd = app.add_subcommand("serve", "Serve the gRPC query service");
  cmd->add_option("--db", o->db, "Store directory (created if missing)")->required();
  cmd->add_option("--listen", o->listen,
                  "host:port (loopback by default; port 0 picks a free one)");
  cmd->add_flag("--allow-remote", o->allow_remote,
                "Allow a non-loopback --listen address (needs --auth-token-file)");
  cmd->add_option("--auth-token-file", o->token_file,
                  "File whose first line is the token ingest calls must present");
  cmd->add_option("--tls-cert", o->tls_cert, "PEM certificate chain for TLS");
  cmd->add_option("--tls-key", o->tls_key, "PEM private key for TLS");
  cmd->add_option("--port-file", o->port_file,
                  "Write the bound port to this file once serving");
  cmd->add_flag("--json", o->json, "Announce {\"db\",\"address\"} once serving");
  cmd->callback([o, result] { *result = RunServe(*o); });
}

}  // namespace claimgraph::cli
