#include "query/auth.h"

#include <sys/stat.h>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "common/status_macros.h"
#include "common/strings.h"

namespace claimgraph::query {
namespace {

constexpr std::string_view kBearer = "Bearer ";

absl::StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(Cat("cannot read the token file ", path));
  return std::string((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
}

absl::Status ParseScopes(std::string_view scopes, Token* token) {
  std::stringstream in{std::string(scopes)};
  std::string scope;
  while (std::getline(in, scope, ',')) {
    if (scope == "read") {
      token->read = true;
    } else if (scope == "write") {
      token->write = true;
    } else {
      return absl::InvalidArgumentError(
          Cat("unknown scope \"", scope, "\" (read, write or read,write)"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::vector<Token>> ParseTokenFile(std::string_view text,
                                                  std::string_view path) {
  // The lines that hold a token: (line number, words).
  std::vector<std::pair<std::size_t, std::vector<std::string>>> lines;
  std::stringstream in{std::string(text)};
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    std::stringstream fields(line);
    std::vector<std::string> words;
    for (std::string word; fields >> word;) words.push_back(word);
    if (!words.empty() && !words[0].starts_with('#')) lines.emplace_back(number, words);
  }
  std::vector<Token> tokens;
  std::set<std::string> names;
  for (const auto& [line, words] : lines) {
    Token token;
    if (words.size() == 1 && lines.size() == 1) {
      // The single-secret file of earlier versions.
      token = {.name = "default", .secret = words[0], .read = true, .write = true};
    } else if (words.size() == 3) {
      token.name = words[0];
      token.secret = words[2];
      if (auto scopes = ParseScopes(words[1], &token); !scopes.ok()) {
        return absl::InvalidArgumentError(Cat(path, ":", line, ": ", scopes.message()));
      }
    } else {
      return absl::InvalidArgumentError(
          Cat(path, ":", line, ": expected NAME SCOPES SECRET (e.g. \"newsdesk read,write ",
              "<secret>\")"));
    }
    if (!names.insert(token.name).second) {
      return absl::InvalidArgumentError(
          Cat(path, ":", line, ": token name \"", token.name, "\" is used twice"));
    }
    tokens.push_back(std::move(token));
  }
  if (tokens.empty()) return absl::InvalidArgumentError(Cat(path, " holds no token"));
  return tokens;
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  // Every byte of the longer one is looked at, whatever the contents.
  std::size_t n = std::max(a.size(), b.size());
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned char>(x ^ y);
  }
  return diff == 0;
}

absl::StatusOr<std::unique_ptr<Authenticator>> Authenticator::FromFile(
    const std::string& path, std::vector<std::string>* warnings) {
  auto auth = std::make_unique<Authenticator>();
  auth->path_ = path;
  RETURN_IF_ERROR(auth->Reload(warnings));
  return auth;
}

absl::Status Authenticator::Reload(std::vector<std::string>* warnings) {
  if (path_.empty()) return absl::OkStatus();
  ASSIGN_OR_RETURN(std::string text, ReadWholeFile(path_));
  ASSIGN_OR_RETURN(std::vector<Token> tokens, ParseTokenFile(text, path_));
  struct stat info {};
  if (warnings != nullptr && stat(path_.c_str(), &info) == 0 &&
      (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    warnings->push_back(Cat("the token file ", path_,
                            " can be read by other users: chmod 600 ", path_));
  }
  std::lock_guard<std::mutex> lock(mu_);
  tokens_ = std::move(tokens);
  return absl::OkStatus();
}

absl::StatusOr<std::string> Authenticator::Authorize(const grpc::ServerContextBase& context,
                                                     Scope scope) const {
  if (path_.empty()) return std::string();
  const auto& metadata = context.client_metadata();
  auto it = metadata.find("authorization");
  std::string_view presented;
  if (it != metadata.end()) presented = std::string_view(it->second.data(), it->second.size());
  if (!presented.starts_with(kBearer)) {
    return absl::UnauthenticatedError(
        "this server needs a token: metadata authorization: Bearer <token>");
  }
  presented.remove_prefix(kBearer.size());
  std::lock_guard<std::mutex> lock(mu_);
  const Token* match = nullptr;
  for (const Token& token : tokens_) {  // no early exit: every token is compared
    if (ConstantTimeEquals(presented, token.secret)) match = &token;
  }
  if (match == nullptr) return absl::UnauthenticatedError("unknown token");
  if ((scope == Scope::kRead && !match->read) || (scope == Scope::kWrite && !match->write)) {
    return absl::PermissionDeniedError(
        Cat("token \"", match->name, "\" lacks the ", scope == Scope::kRead ? "read" : "write",
            " scope"));
  }
  return match->name;
}

}  // namespace claimgraph::query
