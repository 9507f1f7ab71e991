// The claimgraph binary around a running server (issue 13): exclusive bind,
// ingest while a server holds the store, health of the named service, and
// publication dates read as feeds write them.
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <catch2/catch.hpp>

#include "cli/claimgraph_run.h"
#include "test_util.h"

namespace claimgraph {
namespace {

using testing::Background;
using testing::Claimgraph;
using testing::Run;
using testing::TempDir;

const std::string kArticle = testing::SourceDir() + "/examples/articles/" +
                             "2016-09-18-deir-ezzor-airstrike.txt";

TEST_CASE("a second serve on a port in use exits 1: address already in use",
          "[cli][serving]") {
  TempDir dir;
  Background first(dir.file("a"));
  int port = first.port();
  REQUIRE(port > 0);
  std::string listen = "127.0.0.1:" + std::to_string(port);
  Run second = Claimgraph({"serve", "--db", dir.file("b"), "--listen", listen});
  CHECK(second.exit_code == 1);
  CHECK(second.out.empty());
  CHECK(second.err == "claimgraph: cannot listen on " + listen + ": address already in use\n");
  // The first server answers, and for the claimgraph service by name.
  Run health = Claimgraph({"query", "--server", listen, "health"});
  CHECK(health.exit_code == 0);
  CHECK(health.out == "SERVING\n");
}

TEST_CASE("ingest while a server holds the store names the way out", "[cli][serving]") {
  TempDir dir;
  Background server(dir.file("db"));
  int port = server.port();
  REQUIRE(port > 0);
  Run ingest = Claimgraph({"ingest", "--db", dir.file("db"), kArticle});
  CHECK(ingest.exit_code == 1);
  CHECK(ingest.out.empty());
  CHECK(ingest.err == "claimgraph: cannot open store " + dir.file("db") +
                          ": another process holds it, most likely a running `claimgraph "
                          "serve`; ingest through the server with `claimgraph query "
                          "ingest --server HOST:PORT FILES`, or stop the server first\n");
  // The way it names works.
  Run through = Claimgraph(
      {"query", "--server", "127.0.0.1:" + std::to_string(port), "ingest", kArticle});
  CHECK(through.exit_code == 0);
  // Reading still works beside the server.
  Run inspect = Claimgraph({"inspect", "--db", dir.file("db"), "articles"});
  CHECK(inspect.exit_code == 0);
  CHECK(inspect.out.find("2016-09-18-deir-ezzor-airstrike.txt") != std::string::npos);
}

TEST_CASE("serve --block-cache-mib sizes the store's cache, and 0 is refused", "[cli][serving]") {
  TempDir dir;
  {
    Background server(dir.file("db"), "127.0.0.1:0", {"--block-cache-mib", "256"});
    Run ingest = Claimgraph({"query", "--server", server.address(), "ingest", kArticle});
    CHECK(ingest.exit_code == 0);
    Run claims = Claimgraph({"query", "--server", server.address(), "claims", "--all"});
    CHECK(claims.exit_code == 0);
    CHECK_FALSE(claims.out.empty());
  }
  Run zero = Claimgraph({"serve", "--db", dir.file("db"), "--block-cache-mib", "0"});
  CHECK(zero.exit_code != 0);
  CHECK_THAT(zero.err, Catch::Contains("--block-cache-mib"));
}

TEST_CASE("ingest reads feed dates, an unreadable date is a warning, not a lost article",
          "[cli][dates]") {
  TempDir dir;
  std::string input = dir.file("feed.jsonl");
  std::ofstream(input)
      << R"({"id":"reuters","text":"\"Prices will rise,\" said Anna Berg.","date":"27-MAR-1987 00:02:59.13"})"
      << "\n"
      << R"({"id":"rss","text":"\"Prices will fall,\" said Anna Berg.","date":"Sun, 18 Sep 2016 10:00:00 +0000"})"
      << "\n"
      << R"({"id":"broken","text":"\"Prices will stay,\" said Anna Berg.","date":"2020-13-01"})"
      << "\n";
  Run ingest = Claimgraph({"ingest", "--quiet", "--db", dir.file("db"), input});
  CHECK(ingest.exit_code == 0);
  CHECK(ingest.err ==
        "claimgraph: warning: broken: \"date\" \"2020-13-01\" is not a date (formats: ISO "
        "8601, RFC 2822, \"18 September 2016\"); stored with the date unknown\n");
  CHECK(ingest.out.starts_with("ingested 3 article(s)"));
  CHECK(ingest.out.ends_with("; 0 unchanged; 0 failed\n"));
  Run articles = Claimgraph({"inspect", "--db", dir.file("db"), "articles"});
  REQUIRE(articles.exit_code == 0);
  CHECK(articles.out.find("reuters  1987-03-27") != std::string::npos);
  CHECK(articles.out.find("rss  2016-09-18") != std::string::npos);
  CHECK(articles.out.find("broken  -") != std::string::npos);
}

TEST_CASE("serve: every call needs a token of the file, SIGHUP rotates them, and "
          "beyond loopback plaintext must be asked for", "[cli][serving][auth]") {
  TempDir dir;
  std::string tokens = dir.file("tokens"), old_secret = dir.file("old"),
              new_secret = dir.file("new");
  std::ofstream(tokens) << "newsdesk read,write 0ld-secret\n";
  std::filesystem::permissions(tokens, std::filesystem::perms::owner_read |
                                           std::filesystem::perms::owner_write);
  std::ofstream(old_secret) << "0ld-secret\n";
  std::ofstream(new_secret) << "n3w-secret\n";
  Background server(dir.file("db"), "127.0.0.1:0", {"--auth-token-file", tokens});
  std::string address = server.address();
  auto claims = [&](const std::string& token_file) {
    std::vector<std::string> args = {"query", "--server", address};
    if (!token_file.empty()) args.insert(args.end(), {"--token-file", token_file});
    args.push_back("sources");
    return Claimgraph(args);
  };
  CHECK(claims(old_secret).exit_code == 0);
  Run anonymous = claims("");
  CHECK(anonymous.exit_code == 1);
  CHECK_THAT(anonymous.err, Catch::Contains("needs a token") && Catch::Contains("gRPC code 16"));

  std::ofstream(tokens) << "newsdesk read,write n3w-secret\n";
  server.Signal(SIGHUP);
  for (int i = 0; i < 100 && server.out().find("token file reloaded") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  REQUIRE_THAT(server.out(), Catch::Contains("token file reloaded"));
  CHECK(claims(old_secret).exit_code == 1);
  CHECK(claims(new_secret).exit_code == 0);

  // A backup of the held store goes through the server.
  Run backup = Claimgraph({"backup", "--db", dir.file("db"), "--to", dir.file("b")});
  CHECK(backup.exit_code == 1);
  CHECK_THAT(backup.err, Catch::Contains("claimgraph query backup --server HOST:PORT"));

  Run plaintext = Claimgraph({"serve", "--db", dir.file("db2"), "--listen", "0.0.0.0:0",
                              "--allow-remote", "--auth-token-file", tokens});
  CHECK(plaintext.exit_code == 1);
  CHECK_THAT(plaintext.err, Catch::Contains("in clear") &&
                                Catch::Contains("--insecure-plaintext"));
}

}  // namespace
}  // namespace claimgraph
