// The claimgraph gRPC query service over a GraphStore, with grpc.health.v1 and
// server reflection enabled.
#ifndef CLAIMGRAPH_QUERY_SERVER_H_
#define CLAIMGRAPH_QUERY_SERVER_H_

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"

namespace claimgraph::query {

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 500;  // larger page_size values are clamped

struct StreamLimits {
  int max_streams_per_client = 4;
  int64_t max_stream_bytes = int64_t{1} << 30;  // 1 GiB
  std::chrono::seconds max_stream_duration{3600};
};

struct ServerOptions {
  // host:port; port 0 picks a free port (see QueryServer::port()).
  std::string listen = "127.0.0.1:0";
  // Listening on anything but loopback must be asked for explicitly, and then
  // needs a token file and TLS (or insecure_plaintext).
  bool allow_remote = false;
  // Beyond loopback without TLS, tokens would travel in clear: refused unless
  // this is set.
  bool insecure_plaintext = false;
  // Named tokens with scopes (query/auth.h ParseTokenFile: "NAME SCOPES
  // SECRET" lines). When set, every method needs a token ("authorization:
  // Bearer SECRET"): reads the read scope, IngestDocuments and CreateBackup
  // the write scope. Empty: every call is let in (loopback only).
  std::string token_file;
  // PEM files; both set enables TLS, neither serves plaintext.
  std::string tls_cert_file;
  std::string tls_key_file;
  // PEM roots: when set (with TLS), clients must present a certificate they
  // sign (mutual TLS).
  std::string tls_client_ca_file;
  // Where CreateBackup writes (on this machine); empty: no backups over gRPC.
  std::string backup_dir;
  int max_message_bytes = 16 << 20;  // default 16 MiB, both directions
  // Per client (the token's name; without tokens, the peer's address): at
  // most this many IngestDocuments streams at once, each of at most
  // max_stream_bytes of article text and open at most max_stream_duration
  // (the server's own deadline, whatever the client asks). Over a limit the
  // stream ends RESOURCE_EXHAUSTED naming it; what it stored before stays.
  StreamLimits stream_limits;
  // At most this many Traverse and ExportSubgraph calls work at once; the
  // others wait their turn in arrival order (query/walk_slots.h). 0: one per
  // hardware thread.
  int walk_slots = 0;
  // How long Shutdown() lets calls in flight finish before cancelling them.
  std::chrono::milliseconds shutdown_grace{5000};
};

class QueryServer {
 public:
  // Starts serving `store` (not owned; must outlive the server) on a gRPC
  // thread pool, binding the port exclusively (no SO_REUSEPORT), with health
  // SERVING for the whole server and for kServiceName (query/client.h).
  // InvalidArgument for a non-loopback address without allow_remote and a
  // token file, or without TLS and without insecure_plaintext, and for a
  // token file that does not parse; Unavailable when the address cannot be
  // bound, with the reason ("cannot listen on 127.0.0.1:50151: address
  // already in use").
  static absl::StatusOr<std::unique_ptr<QueryServer>> Start(
      graph::GraphStore* store, const ServerOptions& options);
  ~QueryServer();  // shuts down, waiting for in-flight calls

  int port() const;
  // Things the operator should know, found at start or reload (a token file
  // that others can read).
  const std::vector<std::string>& warnings() const;
  // Re-reads the token file (rotation without restart: `serve` calls it on
  // SIGHUP); on error the tokens in use stay and the error is returned.
  absl::Status ReloadTokens();
  // Blocks until Shutdown() is called from another thread (or a signal handler
  // thread).
  void Wait();
  // Sets every health status NOT_SERVING, stops accepting calls and waits for
  // those in flight, cancelling them after ServerOptions::shutdown_grace.
  // Idempotent.
  void Shutdown();

  class Impl;

 private:
  explicit QueryServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// True for 127.0.0.0/8, ::1 and localhost addresses.
bool IsLoopbackAddress(const std::string& host_port);

}  // namespace claimgraph::query

#endif  // CLAIMGRAPH_QUERY_SERVER_H_
