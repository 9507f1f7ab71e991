// I/O faults (issue 14): a store on a filesystem that fills up, fails a sync
// or a rename, or turns read-only, through a fault-injecting RocksDB
// FileSystem (tests/fault_fs.h); a corrupt SST file under a reader.
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>
#include <filesystem>
#include <fstream>
#include <vector>

#include "corrupt_tables.h"
#include "fault_fs.h"
#include "graph/store.h"
#include "graph/testing.h"
#include "graph/views.h"
#include "ingest/document.h"
#include "ingest/extraction.h"
#include "test_util.h"

namespace claimgraph::graph {
namespace {

using testing::FaultEnv;
using testing::TempDir;

// The first `n` Wikinews test articles, as read by ingest.
std::vector<ingest::Document> Articles(std::size_t n) {
  std::vector<ingest::Document> docs;
  auto status = ingest::ReadDocuments(
      testing::SourceDir() + "/tests/data/wikinews/articles.jsonl", ingest::InputFormat::kJsonl,
      [&](absl::StatusOr<ingest::Document> doc) {
        if (doc.ok() && docs.size() < n) docs.push_back(*std::move(doc));
      });
  REQUIRE(status.ok());
  REQUIRE(docs.size() == n);
  return docs;
}

struct FaultyStore {
  TempDir dir;
  FaultEnv fault;
  std::unique_ptr<GraphStore> store;
  std::unique_ptr<ingest::Extractor> extractor = *ingest::Extractor::Create();

  explicit FaultyStore(bool sync_writes = false) {
    StoreOptions options;
    options.env = fault.env.get();
    options.sync_writes = sync_writes;
    auto opened = GraphStore::Open(dir.file("db"), options);
    REQUIRE(opened.ok());
    store = *std::move(opened);
  }
  absl::StatusOr<IngestOutcome> Ingest(const ingest::Document& doc) {
    auto extraction = extractor->Extract(doc);
    REQUIRE(extraction.ok());
    return store->Ingest(doc, *extraction);
  }
  // After the fault is lifted: RocksDB's own recovery from a full disk polls
  // for space (every few seconds), so writes come back within seconds.
  absl::StatusOr<IngestOutcome> IngestOnceWritable(const ingest::Document& doc) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    for (;;) {
      auto outcome = Ingest(doc);
      if (!IsWriteFault(outcome.status()) || std::chrono::steady_clock::now() > deadline) {
        return outcome;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
  }
  // Closes the store and checks it with the operating system's filesystem.
  std::vector<std::string> CloseAndCheck() {
    store.reset();
    StoreOptions read_only;
    read_only.read_only = true;
    auto reopened = GraphStore::Open(dir.file("db"), read_only);
    REQUIRE(reopened.ok());
    auto problems = (*reopened)->Check();
    REQUIRE(problems.ok());
    return *problems;
  }
};

TEST_CASE("a full disk stops the write of the article it hits: nothing of it is "
          "stored, the reason is named, reads go on, and freed space resumes",
          "[graph][faults]") {
  FaultyStore s;
  auto docs = Articles(8);
  for (int i = 0; i < 3; ++i) REQUIRE(s.Ingest(docs[i]).ok());
  s.fault.fs->FailAfterBytes(1000);  // less than any article's batch
  auto failed = s.Ingest(docs[3]);
  REQUIRE_FALSE(failed.ok());
  CHECK(IsWriteFault(failed.status()));
  CHECK(absl::IsUnavailable(failed.status()));
  CHECK_THAT(std::string(failed.status().message()),
             Catch::StartsWith(docs[3].doc_id + ": not stored: the store cannot write") &&
                 Catch::Contains("No space left on device"));
  // Nothing of it is visible; what was stored before still reads.
  CHECK(absl::IsNotFound(s.store->FindArticle(docs[3].doc_id).status()));
  for (int i = 0; i < 3; ++i) CHECK(s.store->FindArticle(docs[i].doc_id).ok());
  auto page = s.store->ListClaims({}, 500, "");
  REQUIRE(page.ok());
  CHECK_FALSE(page->ids.empty());

  // While the disk stays full every later write is refused the same way, by
  // its own name, without writing.
  auto later = s.Ingest(docs[4]);
  REQUIRE_FALSE(later.ok());
  CHECK(IsWriteFault(later.status()));
  CHECK_THAT(std::string(later.status().message()),
             Catch::StartsWith(docs[4].doc_id + ": not stored"));
  CHECK(absl::IsNotFound(s.store->FindArticle(docs[4].doc_id).status()));

  // Space is freed: the next write resumes.
  s.fault.fs->Heal();
  auto resumed = s.IngestOnceWritable(docs[3]);
  INFO(resumed.status().ToString());
  REQUIRE(resumed.ok());
  CHECK_FALSE(resumed->unchanged);
  CHECK(s.store->FindArticle(docs[3].doc_id).ok());
  CHECK(s.CloseAndCheck().empty());
}

TEST_CASE("a failed sync and a read-only filesystem stop the write the same way",
          "[graph][faults]") {
  auto docs = Articles(3);
  SECTION("sync") {
    FaultyStore s(/*sync_writes=*/true);
    REQUIRE(s.Ingest(docs[0]).ok());
    s.fault.fs->FailSync(true);
    auto failed = s.Ingest(docs[1]);
    REQUIRE_FALSE(failed.ok());
    CHECK(IsWriteFault(failed.status()));
    CHECK_THAT(std::string(failed.status().message()),
               Catch::StartsWith(docs[1].doc_id + ": not stored") &&
                   Catch::Contains("Input/output error"));
    s.fault.fs->Heal();
    CHECK(s.store->FindArticle(docs[0].doc_id).ok());
    // A synced write that failed is not promised either way; the store stays
    // whole.
    CHECK(s.CloseAndCheck().empty());
  }
  SECTION("read-only filesystem") {
    FaultyStore s;
    REQUIRE(s.Ingest(docs[0]).ok());
    s.fault.fs->ReadOnly(true);
    auto failed = s.Ingest(docs[1]);
    REQUIRE_FALSE(failed.ok());
    CHECK(IsWriteFault(failed.status()));
    CHECK_THAT(std::string(failed.status().message()),
               Catch::Contains("Read-only file system"));
    CHECK(absl::IsNotFound(s.store->FindArticle(docs[1].doc_id).status()));
    // After an I/O error RocksDB cannot tell what the failed write left:
    // writes stay refused, reads go on, until the store is opened again.
    s.fault.fs->Heal();
    auto still = s.Ingest(docs[2]);
    CHECK(IsWriteFault(still.status()));
    CHECK(s.store->FindArticle(docs[0].doc_id).ok());
    s.store.reset();
    StoreOptions options;
    options.env = s.fault.env.get();
    auto reopened = GraphStore::Open(s.dir.file("db"), options);
    REQUIRE(reopened.ok());
    s.store = *std::move(reopened);
    auto resumed = s.Ingest(docs[2]);
    INFO(resumed.status().ToString());
    REQUIRE(resumed.ok());
    CHECK(absl::IsNotFound(s.store->FindArticle(docs[1].doc_id).status()));
    CHECK(s.CloseAndCheck().empty());
  }
}

TEST_CASE("a store whose files cannot be renamed is refused at open with the reason",
          "[graph][faults]") {
  TempDir dir;
  FaultEnv fault;
  {
    auto created = GraphStore::Open(dir.file("db"));
    REQUIRE(created.ok());
  }
  fault.fs->FailRename(true);  // opening writes a new MANIFEST and renames CURRENT
  StoreOptions options;
  options.env = fault.env.get();
  auto opened = GraphStore::Open(dir.file("db"), options);
  REQUIRE_FALSE(opened.ok());
  CHECK(fault.fs->faults() > 0);
  CHECK_THAT(std::string(opened.status().message()),
             Catch::Contains(dir.file("db")) && Catch::Contains("Input/output error"));
  fault.fs->Heal();
  CHECK(GraphStore::Open(dir.file("db"), options).ok());
}

// A store of the first `n` Wikinews test articles at `path`, closed.
void StoreOf(const std::string& path, std::size_t n) {
  auto store = GraphStore::Open(path);
  REQUIRE(store.ok());
  auto extractor = *ingest::Extractor::Create();
  for (const auto& doc : Articles(n)) {
    auto extraction = extractor->Extract(doc);
    REQUIRE(extraction.ok());
    REQUIRE((*store)->Ingest(doc, *extraction).ok());
  }
}

TEST_CASE("a corrupt SST file is a clear error naming the file from every open and "
          "from check, not an empty store",
          "[graph][faults]") {
  TempDir dir;
  StoreOf(dir.file("db"), 30);
  std::vector<std::string> tables = testing::FlushedTables(dir.file("db"));
  REQUIRE_FALSE(tables.empty());
  for (const std::string& table : tables) testing::FlipBytes(table);
  // A read-only instance (inspect, export, query on a read-only store) cannot
  // load such files; it used to read the store as empty.
  StoreOptions read_only;
  read_only.read_only = true;
  auto store = GraphStore::Open(dir.file("db"), read_only);
  REQUIRE_FALSE(store.ok());
  CHECK(absl::IsDataLoss(store.status()));
  CHECK_THAT(std::string(store.status().message()),
             Catch::Contains("Corruption") && Catch::Contains(dir.file("db")) &&
                 Catch::Contains(".sst"));
  // The process that writes the store refuses to open it, saying why.
  auto writable = GraphStore::Open(dir.file("db"));
  REQUIRE_FALSE(writable.ok());
  CHECK(absl::IsDataLoss(writable.status()));
  CHECK_THAT(std::string(writable.status().message()), Catch::Contains("Corruption"));
}

TEST_CASE("a read that hits a corrupt block is DataLoss naming the file, and check names it "
          "too",
          "[graph][faults]") {
  TempDir dir;
  StoreOf(dir.file("db"), 30);
  std::vector<std::string> nodes = testing::FlushedTables(dir.file("db"), "nodes");
  REQUIRE(nodes.size() == 1);
  testing::FlipBytes(nodes[0], 0.5);  // data blocks only: the file still opens
  for (bool read_only : {true, false}) {
    StoreOptions options;
    options.read_only = read_only;
    auto store = GraphStore::Open(dir.file("db"), options);
    REQUIRE(store.ok());
    // The claim listing reads the index (whole); the claims' nodes do not
    // read (their views, kept in the index, do).
    auto page = (*store)->ListClaims({}, 500, "");
    REQUIRE(page.ok());
    REQUIRE_FALSE(page->ids.empty());
    CHECK(ClaimViewsOf(**store, page->ids).ok());
    int lost = 0;
    for (NodeId id : page->ids) {
      auto node = (*store)->GetNode(id);
      if (node.ok()) continue;
      ++lost;
      CHECK(absl::IsDataLoss(node.status()));
      CHECK_THAT(std::string(node.status().message()),
                 Catch::Contains("Corruption") && Catch::Contains(nodes[0]));
    }
    CHECK(lost > 0);
    auto problems = (*store)->Check();
    REQUIRE_FALSE(problems.ok());
    CHECK(absl::IsDataLoss(problems.status()));
    CHECK_THAT(std::string(problems.status().message()), Catch::Contains(nodes[0]));
  }
}

}  // namespace
}  // namespace claimgraph::graph
