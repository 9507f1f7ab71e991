// Small helpers shared by the benchmark tools: clocks, files, resource usage,
// percentiles and markdown tables. Header-only; not part of any library.
#ifndef CLAIMGRAPH_BENCH_BENCH_UTIL_H_
#define CLAIMGRAPH_BENCH_BENCH_UTIL_H_

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace claimgraph::bench {

// Wall clock and this thread's CPU clock, in seconds.
inline double WallSeconds() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}
inline double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}
inline double ProcessCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// Peak resident set size of this process so far, in MiB (getrusage).
inline double PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // ru_maxrss is KiB on Linux
}

// Current resident set size of process `pid` (0: this one) in MiB, from
// /proc/PID/status; -1 when unreadable.
inline double CurrentRssMiB(long pid = 0) {
  std::string path =
      pid == 0 ? "/proc/self/status" : "/proc/" + std::to_string(pid) + "/status";
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
  }
  return -1;
}

inline std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
}

// Total bytes of the regular files under `dir`.
inline uint64_t DirectoryBytes(const std::string& dir) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

// A fresh temporary directory, removed with its contents on destruction.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& stem = "claimgraph-bench") {
    std::string templ =
        (std::filesystem::temp_directory_path() / (stem + "-XXXXXX")).string();
    if (mkdtemp(templ.data()) == nullptr) throw std::runtime_error("mkdtemp");
    path_ = templ;
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

inline double Median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The q-quantile (0..1) of sorted `values` (nearest rank).
template <typename T>
T Quantile(const std::vector<T>& sorted, double q) {
  if (sorted.empty()) return T{};
  size_t rank = static_cast<size_t>(q * sorted.size());
  if (rank >= sorted.size()) rank = sorted.size() - 1;
  return sorted[rank];
}

inline std::string Fixed(double value, int decimals = 1) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// A markdown table printed to stdout.
class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void Add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void Print() const {
    auto line = [](const std::vector<std::string>& cells) {
      std::string out = "|";
      for (const auto& cell : cells) out += " " + cell + " |";
      std::puts(out.c_str());
    };
    line(header_);
    std::string rule = "|";
    for (size_t i = 0; i < header_.size(); ++i) rule += i == 0 ? "---|" : "---:|";
    std::puts(rule.c_str());
    for (const auto& row : rows_) line(row);
    std::fflush(stdout);
  }

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

#ifdef CLAIMGRAPH_SOURCE_DIR
inline std::string DefaultCorpus() {
  return std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/wikinews/articles.jsonl";
}
#endif

}  // namespace claimgraph::bench

#endif  // CLAIMGRAPH_BENCH_BENCH_UTIL_H_
