// Who may call the service (internal to query/): the named tokens of a token
// file, each with its scopes, checked for every method through Authorize.
#ifndef CLAIMGRAPH_QUERY_AUTH_H_
#define CLAIMGRAPH_QUERY_AUTH_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <grpcpp/server_context.h>

#include "absl/status/statusor.h"

namespace claimgraph::query {

enum class Scope { kRead, kWrite };

struct Token {
  std::string name;    // recorded with what the token's calls write; never the secret
  std::string secret;
  bool read = false, write = false;
};

// A token file: one token a line, "NAME SCOPES SECRET" with SCOPES "read",
// "write" or "read,write"; blank lines and lines starting with '#' are
// skipped. A file of one line holding only a secret (before issue 14) is one
// token named "default" with both scopes. InvalidArgument naming the line for
// anything else, and for a file with no token or a name twice.
absl::StatusOr<std::vector<Token>> ParseTokenFile(std::string_view text,
                                                  std::string_view path);

// True when `a` and `b` are equal, in a time that does not depend on where
// they differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

class Authenticator {
 public:
  // No token file: every call is let in (the server then listens on loopback only).
  Authenticator() = default;
  // Reads `path` (ParseTokenFile). `warnings` gets a line when the file is
  // readable by its group or by others.
  static absl::StatusOr<std::unique_ptr<Authenticator>> FromFile(
      const std::string& path, std::vector<std::string>* warnings);

  // Re-reads the token file (rotation without restart); on error the tokens
  // in use stay. OK and nothing done without a token file.
  absl::Status Reload(std::vector<std::string>* warnings);

  // The name of the token the call presents ("authorization: Bearer SECRET")
  // when it has `scope`; empty when no token file is in use. UNAUTHENTICATED
  // without a token or with an unknown one, PERMISSION_DENIED when the token
  // lacks the scope.
  absl::StatusOr<std::string> Authorize(const grpc::ServerContextBase& context,
                                        Scope scope) const;

 private:
  std::string path_;
  mutable std::mutex mu_;
  std::vector<Token> tokens_;  // guarded by mu_
};

}  // namespace claimgraph::query

#endif  // CLAIMGRAPH_QUERY_AUTH_H_
