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
#include "exit.h"
#include "common/status_macros.h"

namespace claimgraph::cli {
namespace {

// gRPC's own log lines (errors, by default) in the one stderr format.
void GrpcLogLine(gpr_log_func_args* args) {
  std::cerr << "claimgraph: grpc: " << args->message << std::endl;
}

struct ServeOptions {
  std::string db;
  std::string listen = "127.0.0.1:50151";
  bool allow_remote = false, insecure_plaintext = false;
  std::string token_file, tls_cert, tls_key, tls_client_ca, backup_dir, port_file;
  bool json = false;
  query::StreamLimits limits;
  int64_t max_stream_seconds = 3600;
  std::size_t block_cache_mib = graph::StoreOptions().block_cache_bytes >> 20;
  int walk_slots = 0;
};

absl::Status RunServe(const ServeOptions& o) {
  // Block the stop signals before gRPC starts its threads, then wait for
  // them on this thread.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);  // re-read the token file
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  query::ServerOptions options;
  options.listen = o.listen;
  options.allow_remote = o.allow_remote;
  options.tls_cert_file = o.tls_cert;
  options.tls_key_file = o.tls_key;
  options.tls_client_ca_file = o.tls_client_ca;
  options.insecure_plaintext = o.insecure_plaintext;
  options.token_file = o.token_file;
  options.backup_dir = o.backup_dir;
  options.stream_limits = o.limits;
  options.stream_limits.max_stream_duration = std::chrono::seconds(o.max_stream_seconds);
  options.walk_slots = o.walk_slots;
  ASSIGN_OR_RETURN(auto store, OpenStore(o.db, /*read_only=*/false, o.block_cache_mib));
  // A failed start is reported once, with its reason, by Start's status: gRPC's
  // own multi-line account of it is not printed.
  gpr_set_log_function([](gpr_log_func_args*) {});
  auto started = query::QueryServer::Start(store.get(), options);
  gpr_set_log_function(GrpcLogLine);
  ASSIGN_OR_RETURN(auto server, std::move(started));
  for (const std::string& warning : server->warnings()) ReportWarning(warning);
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
  while (sigwait(&signals, &signal) == 0 && signal == SIGHUP) {
    // Token rotation: the new file takes effect for the next calls; a file
    // that does not parse leaves the tokens in use.
    if (auto reloaded = server->ReloadTokens(); !reloaded.ok()) {
      ReportWarning(Cat("token file not reloaded: ", reloaded.message()));
    } else {
      for (const std::string& warning : server->warnings()) ReportWarning(warning);
      if (!o.json) std::cout << "claimgraph: token file reloaded" << std::endl;
    }
  }
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
                "Allow a non-loopback --listen address (needs --auth-token-file, and "
                "TLS or --insecure-plaintext)");
  cmd->add_flag("--insecure-plaintext", o->insecure_plaintext,
                "With --allow-remote: serve without TLS (tokens travel in clear)");
  cmd->add_option("--auth-token-file", o->token_file,
                  "Token file, one \"NAME SCOPES SECRET\" line per token (scopes read, "
                  "write); every call then needs one. SIGHUP re-reads it");
  cmd->add_option("--tls-cert", o->tls_cert, "PEM certificate chain for TLS");
  cmd->add_option("--tls-key", o->tls_key, "PEM private key for TLS");
  cmd->add_option("--tls-client-ca", o->tls_client_ca,
                  "PEM roots: require client certificates they sign (mutual TLS)");
  cmd->add_option("--backup-dir", o->backup_dir,
                  "Where `query backup` (CreateBackup) writes backups, on this machine");
  cmd->add_option("--max-streams-per-client", o->limits.max_streams_per_client,
                  "Ingest streams one client (token, or address) may have open at once")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-stream-bytes", o->limits.max_stream_bytes,
                  "Article text one ingest stream may carry")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-stream-seconds", o->max_stream_seconds,
                  "How long one ingest stream may stay open")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--block-cache-mib", o->block_cache_mib,
                  "RocksDB block cache (MiB): the uncompressed blocks reads share; a "
                  "store larger than it reads and decompresses blocks from its files")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20))
      ->capture_default_str();
  cmd->add_option("--walk-slots", o->walk_slots,
                  "Traverse and ExportSubgraph calls that work at once; the others wait "
                  "their turn in arrival order (0: one per hardware thread)")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->add_option("--port-file", o->port_file,
                  "Write the bound port to this file once serving");
  cmd->add_flag("--json", o->json, "Announce {\"db\",\"address\"} once serving");
  cmd->callback([o, result] { *result = RunServe(*o); });
}

}  // namespace claimgraph::cli
