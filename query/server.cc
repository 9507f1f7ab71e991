#include "query/server.h"

#include <fstream>
#include <iterator>

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include "common/strings.h"
#include "query/service.h"

namespace claimgraph::query {
namespace {

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(Cat("cannot read ", path));
  return std::string((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
}

}  // namespace

bool IsLoopbackAddress(const std::string& host_port) {
  std::string host = host_port;
  if (!host.empty() && host[0] == '[') {
    host = host.substr(1, host.find(']') - 1);
  } else if (auto colon = host.rfind(':'); colon != std::string::npos) {
    host = host.substr(0, colon);
  }
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

class QueryServer::Impl {
 public:
  explicit Impl(graph::GraphStore* store, const ServerOptions& options)
      : service(store, options.auth_token) {}
  ClaimGraphServiceImpl service;
  std::unique_ptr<grpc::Server> server;
  int port = 0;
};

QueryServer::QueryServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

QueryServer::~QueryServer() { Shutdown(); }

absl::StatusOr<std::unique_ptr<QueryServer>> QueryServer::Start(
    graph::GraphStore* store, const ServerOptions& options) {
  if (!IsLoopbackAddress(options.listen)) {
    if (!options.allow_remote) {
      return absl::InvalidArgumentError(Cat(
          options.listen, " is not a loopback address: listening beyond this "
                          "machine needs --allow-remote and --auth-token-file"));
    }
    if (options.auth_token.empty()) {
      return absl::InvalidArgumentError(
          "listening beyond loopback needs an auth token (--auth-token-file)");
    }
  }
  std::shared_ptr<grpc::ServerCredentials> credentials;
  if (!options.tls_cert_file.empty() || !options.tls_key_file.empty()) {
    if (options.tls_cert_file.empty() || options.tls_key_file.empty()) {
      return absl::InvalidArgumentError("TLS needs both --tls-cert and --tls-key");
    }
    auto cert = ReadFile(options.tls_cert_file);
    if (!cert.ok()) return cert.status();
    auto key = ReadFile(options.tls_key_file);
    if (!key.ok()) return key.status();
    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back({*key, *cert});
    credentials = grpc::SslServerCredentials(ssl);
  } else {
    credentials = grpc::InsecureServerCredentials();
  }
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  auto impl = std::make_unique<Impl>(store, options);
  grpc::ServerBuilder builder;
  builder.AddListeningPort(options.listen, credentials, &impl->port);
  builder.RegisterService(&impl->service);
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  builder.SetMaxSendMessageSize(options.max_message_bytes);
  impl->server = builder.BuildAndStart();
  if (!impl->server || impl->port == 0) {
    return absl::UnavailableError(Cat("cannot listen on ", options.listen));
  }
  return std::unique_ptr<QueryServer>(new QueryServer(std::move(impl)));
}

int QueryServer::port() const { return impl_->port; }

void QueryServer::Wait() { impl_->server->Wait(); }

void QueryServer::Shutdown() {
  if (impl_ && impl_->server) impl_->server->Shutdown();
}

}  // namespace claimgraph::query
