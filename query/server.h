// The claimgraph gRPC query service over a GraphStore, with grpc.health.v1 and
// server reflection enabled.
#ifndef CLAIMGRAPH_QUERY_SERVER_H_
#define CLAIMGRAPH_QUERY_SERVER_H_

#include <chrono>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "graph/store.h"

namespace claimgraph::query {

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 500;  // larger page_size values are clamped

struct ServerOptions {
  // host:port; port 0 picks a free port (see QueryServer::port()).
  std::string listen = "127.0.0.1:0";
  // Listening on anything but loopback must be asked for explicitly, and then
  // needs an auth token.
  bool allow_remote = false;
  // When non-empty, IngestDocuments requires "authorization: Bearer <token>".
  std::string auth_token;
  // PEM files; both set enables TLS, neither serves plaintext.
  std::string tls_cert_file;
  std::string tls_key_file;
  int max_message_bytes = 16 << 20;  // default 16 MiB, both directions
  // How long Shutdown() lets calls in flight finish before cancelling them.
  std::chrono::milliseconds shutdown_grace{5000};
};

class QueryServer {
 public:
  // Starts serving `store` (not owned; must outlive the server) on a gRPC
  // thread pool, binding the port exclusively (no SO_REUSEPORT), with health
  // SERVING for the whole server and for kServiceName (query/client.h).
  // InvalidArgument for a non-loopback address without allow_remote and a
  // token; Unavailable when the address cannot be bound, with the reason
  // ("cannot listen on 127.0.0.1:50151: address already in use").
  static absl::StatusOr<std::unique_ptr<QueryServer>> Start(
      graph::GraphStore* store, const ServerOptions& options);
  ~QueryServer();  // shuts down, waiting for in-flight calls

  int port() const;
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
