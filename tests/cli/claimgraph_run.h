// Running the real claimgraph binary (CLAIMGRAPH_BINARY) from a test: to the
// end (Claimgraph), or in the background (Background: a server).
#ifndef CLAIMGRAPH_TESTS_CLI_CLAIMGRAPH_RUN_H_
#define CLAIMGRAPH_TESTS_CLI_CLAIMGRAPH_RUN_H_

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

namespace claimgraph::testing {

struct Run {
  int exit_code = -1;
  std::string out, err;
};

// Starts the binary with `args`, stdin from `stdin_path`, stdout and stderr to
// the given files. Returns the pid, or 0 when it could not be started.
inline pid_t SpawnClaimgraph(const std::vector<std::string>& args,
                             const std::string& out_path, const std::string& err_path,
                             const std::string& stdin_path = "/dev/null") {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, stdin_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> argv_strings = {CLAIMGRAPH_BINARY};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : argv_strings) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawn(&pid, CLAIMGRAPH_BINARY, &actions, nullptr, argv.data(), environ) != 0) {
    pid = 0;
  }
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// Runs the real binary with `args` to its end, stdin from `stdin_path`.
inline Run Claimgraph(const std::vector<std::string>& args,
                      const std::string& stdin_path = "/dev/null") {
  static TempDir io;
  std::string out_path = io.file("stdout"), err_path = io.file("stderr");
  Run run;
  int status = 0;
  pid_t pid = SpawnClaimgraph(args, out_path, err_path, stdin_path);
  if (pid != 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status)) {
    run.exit_code = WEXITSTATUS(status);
  }
  run.out = ReadFile(out_path);
  run.err = ReadFile(err_path);
  return run;
}

// `claimgraph serve --db DB --listen 127.0.0.1:PORT --port-file ... [more]` in
// the background until destroyed (SIGTERM, then waited for). port() waits
// until the server wrote its port file (0 when it exited or took over 30 s);
// out() is what it printed on stdout so far (with --json: {"db","address"}).
class Background {
 public:
  explicit Background(const std::string& db, const std::string& listen = "127.0.0.1:0",
                      const std::vector<std::string>& more = {}) {
    std::vector<std::string> args = {"serve",  "--db",        db, "--listen",
                                     listen,   "--port-file", dir_.file("port")};
    args.insert(args.end(), more.begin(), more.end());
    pid_ = SpawnClaimgraph(args, dir_.file("stdout"), dir_.file("stderr"));
  }
  ~Background() {
    if (pid_ == 0) return;
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  int port() {
    for (int i = 0; i < 300 && pid_ != 0; ++i) {
      std::ifstream in(dir_.file("port"));
      int port = 0;
      if (in >> port && port > 0) return port;
      if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
        pid_ = 0;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return 0;
  }
  // "127.0.0.1:PORT" once the server listens (port() waits for it).
  std::string address() { return "127.0.0.1:" + std::to_string(port()); }
  std::string out() const { return ReadFile(dir_.file("stdout")); }
  void Signal(int signal) const {
    if (pid_ != 0) kill(pid_, signal);
  }

 private:
  TempDir dir_;
  pid_t pid_ = 0;
};

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_CLI_CLAIMGRAPH_RUN_H_
