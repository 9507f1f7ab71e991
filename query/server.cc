#include "query/server.h"

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include "absl/synchronization/mutex.h"

#include "common/status_macros.h"
#include "common/strings.h"
#include "query/auth.h"
#include "query/client.h"
#include "query/service.h"

namespace claimgraph::query {
namespace {

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(Cat("cannot read ", path));
  return std::string((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
}

// Why gRPC could not listen on `listen` (it logs the reason but does not
// return it): binds a socket to the same address the way gRPC does, without
// SO_REUSEPORT, and names the error ("address already in use").
std::string BindProblem(const std::string& listen) {
  std::string host = listen, port;
  if (auto colon = listen.rfind(':'); colon != std::string::npos) {
    host = listen.substr(0, colon);
    port = listen.substr(colon + 1);
  }
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* addresses = nullptr;
  if (int rc = getaddrinfo(host.empty() ? nullptr : host.c_str(), port.c_str(), &hints,
                           &addresses);
      rc != 0) {
    return gai_strerror(rc);
  }
  // The address binds now: gRPC refused something else (or the port was
  // freed in between).
  std::string problem = "gRPC could not start a listener (address, TLS key and certificate?)";
  for (addrinfo* a = addresses; a != nullptr; a = a->ai_next) {
    int fd = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
    if (fd < 0) continue;
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    int rc = bind(fd, a->ai_addr, a->ai_addrlen);
    int error = errno;
    close(fd);
    if (rc == 0) continue;
    problem = error == EADDRINUSE ? "address already in use" : std::strerror(error);
    break;
  }
  freeaddrinfo(addresses);
  return problem;
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
  Impl(graph::GraphStore* store, const ServerOptions& options,
       std::unique_ptr<Authenticator> authenticator)
      : auth(std::move(authenticator)),
        service(store, auth.get(), options.backup_dir, options.stream_limits,
                options.walk_slots),
        shutdown_grace(options.shutdown_grace) {}
  std::unique_ptr<Authenticator> auth;
  std::vector<std::string> warnings;
  ClaimGraphServiceImpl service;
  std::chrono::milliseconds shutdown_grace;
  std::unique_ptr<grpc::Server> server;
  int port = 0;
};

QueryServer::QueryServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

QueryServer::~QueryServer() { Shutdown(); }

absl::StatusOr<std::unique_ptr<QueryServer>> QueryServer::Start(
    graph::GraphStore* store, const ServerOptions& options) {
  const bool tls = !options.tls_cert_file.empty() || !options.tls_key_file.empty();
  if (!IsLoopbackAddress(options.listen)) {
    if (!options.allow_remote) {
      return absl::InvalidArgumentError(Cat(
          options.listen, " is not a loopback address: listening beyond this "
                          "machine needs --allow-remote and --auth-token-file"));
    }
    if (options.token_file.empty()) {
      return absl::InvalidArgumentError(
          "listening beyond loopback needs a token file (--auth-token-file)");
    }
    if (!tls && !options.insecure_plaintext) {
      return absl::InvalidArgumentError(
          "listening beyond loopback without TLS would send the tokens in clear: give "
          "--tls-cert and --tls-key, or say --insecure-plaintext");
    }
  }
  std::vector<std::string> warnings;
  auto auth = std::make_unique<Authenticator>();
  if (!options.token_file.empty()) {
    ASSIGN_OR_RETURN(auth, Authenticator::FromFile(options.token_file, &warnings));
  }
  std::shared_ptr<grpc::ServerCredentials> credentials;
  if (tls) {
    if (options.tls_cert_file.empty() || options.tls_key_file.empty()) {
      return absl::InvalidArgumentError("TLS needs both --tls-cert and --tls-key");
    }
    ASSIGN_OR_RETURN(std::string cert, ReadFile(options.tls_cert_file));
    ASSIGN_OR_RETURN(std::string key, ReadFile(options.tls_key_file));
    grpc::SslServerCredentialsOptions ssl(
        options.tls_client_ca_file.empty()
            ? GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE
            : GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
    if (!options.tls_client_ca_file.empty()) {
      ASSIGN_OR_RETURN(ssl.pem_root_certs, ReadFile(options.tls_client_ca_file));
    }
    ssl.pem_key_cert_pairs.push_back({key, cert});
    credentials = grpc::SslServerCredentials(ssl);
  } else if (!options.tls_client_ca_file.empty()) {
    return absl::InvalidArgumentError("client certificates (--tls-client-ca) need TLS");
  } else {
    credentials = grpc::InsecureServerCredentials();
  }
  // Debian's absl is built with its Mutex deadlock detection on (a debugging
  // aid: a graph of lock order updated on every lock), and gRPC's locks are
  // absl Mutexes: 2-4% of a serving process's samples. Off for the process.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  auto impl = std::make_unique<Impl>(store, options, std::move(auth));
  impl->warnings = std::move(warnings);
  grpc::ServerBuilder builder;
  // Exclusive bind: gRPC sets SO_REUSEPORT by default, which lets a second
  // server (or any process) share the port and take half the calls.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.AddListeningPort(options.listen, credentials, &impl->port);
  builder.RegisterService(&impl->service);
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  builder.SetMaxSendMessageSize(options.max_message_bytes);
  impl->server = builder.BuildAndStart();
  if (!impl->server || impl->port == 0) {
    return absl::UnavailableError(
        Cat("cannot listen on ", options.listen, ": ", BindProblem(options.listen)));
  }
  impl->server->GetHealthCheckService()->SetServingStatus(kServiceName, true);
  return std::unique_ptr<QueryServer>(new QueryServer(std::move(impl)));
}

int QueryServer::port() const { return impl_->port; }

const std::vector<std::string>& QueryServer::warnings() const { return impl_->warnings; }

absl::Status QueryServer::ReloadTokens() {
  impl_->warnings.clear();
  return impl_->auth->Reload(&impl_->warnings);
}

void QueryServer::Wait() { impl_->server->Wait(); }

void QueryServer::Shutdown() {
  if (!impl_ || !impl_->server) return;
  // Health first (every service NOT_SERVING, seen by Watch callers such as
  // load balancers), then stop accepting calls and give the ones in flight
  // the grace period.
  impl_->server->GetHealthCheckService()->Shutdown();
  impl_->server->Shutdown(std::chrono::system_clock::now() + impl_->shutdown_grace);
}

}  // namespace claimgraph::query
