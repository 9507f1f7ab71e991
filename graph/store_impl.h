// Internal to graph/: the RocksDB handles behind GraphStore, shared by the store's
// read side (store.cc) and its write side (article_writer.cc).
#ifndef CLAIMGRAPH_GRAPH_STORE_IMPL_H_
#define CLAIMGRAPH_GRAPH_STORE_IMPL_H_

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "absl/status/status.h"
#include "graph/store.h"
#include "graph/term_heads.h"
#include "graph/testing.h"
#include "conflict/detector.h"
#include "rocksdb/db.h"
#include "rocksdb/write_batch.h"

namespace claimgraph::graph {

// A claim as the conflict detector sees it, with where it sits.
struct ClaimRecord {
  NodeId id = 0;
  NodeId article = 0;
  NodeId story = 0;  // the article's story: copies share it
  NodeId source = 0;  // the Source node that asserted it, 0 when none
  std::string content;
  std::string speaker;
  std::string cue;
  // A statement or evidence (ingest::AssertsFact): only such claims take part
  // in contradiction edges.
  bool asserts = true;
  std::string said_on;
  std::string time_key;
  std::string doc_id;
  uint32_t offset = 0;  // content start in its article
  std::vector<std::string> entities;
  std::shared_ptr<const ingest::PreparedClaim> prepared;

  ingest::ClaimText Text() const {
    ingest::ClaimText text;
    text.content = content;
    text.speaker = speaker;
    text.cue_lemma = cue;
    text.asserts = asserts;
    text.said_on = said_on;
    text.entities = entities;
    text.doc_id = doc_id;
    text.offset = offset;
    return text;
  }
};

// The one place rocksdb::Status becomes absl::Status.
absl::Status FromRocks(const rocksdb::Status& status, std::string_view what);

// DataLoss naming the first live table file of `db` whose blocks do not
// match their checksums. Only the files its MANIFEST lists: a process killed
// mid-flush leaves a partial file there that RocksDB deletes on next open.
// A read-only (secondary) instance that could not load the tables lists none
// and reads as empty: then every non-empty table file in the directory is
// verified (a store always has one: the schema version's).
absl::Status VerifyTableFiles(rocksdb::DB& db);

// A write of `doc_id` that RocksDB refused: Unavailable, marked IsWriteFault.
absl::Status WriteFault(std::string_view doc_id, const rocksdb::Status& status);


// A node's record (`id`'s value in `nodes`) parsed; DataLoss "node ID does not
// parse" when it does not.
absl::StatusOr<v1::Node> NodeFromRecord(NodeId id, std::string_view record);
// An edge's record (its value in `out`) parsed; DataLoss when it does not parse.
absl::StatusOr<v1::Edge> EdgeFromRecord(std::string_view record);

// The keys of `cf` under `prefix`, each with its value, until `visit` returns
// false: Impl::ScanPrefix, or a scan of what an article writer holds (WriterReads).
using KeyScan = std::function<absl::Status(
    rocksdb::ColumnFamilyHandle* cf, const std::string& prefix,
    const std::function<bool(std::string_view key, std::string_view value)>& visit)>;

// The scan prefix of `node`'s edges (of one type, if given).
std::string EdgeScanPrefix(NodeId node, std::optional<v1::EdgeType> type);

// GraphReads::VisitEdgeKeys through `scan` of `out` or `in`.
absl::Status VisitEdgeKeysBy(const KeyScan& scan, rocksdb::ColumnFamilyHandle* out,
                             rocksdb::ColumnFamilyHandle* in, NodeId node,
                             Direction direction, std::optional<v1::EdgeType> type,
                             const std::function<bool(const EdgeKeyParts&)>& visit);
// The same, each key with the value it holds (an out-edge's record, an
// in-edge's copy of it or nothing: kInEdgeRecordCopyMaxBytes).
absl::Status VisitEdgeEntriesBy(
    const KeyScan& scan, rocksdb::ColumnFamilyHandle* out, rocksdb::ColumnFamilyHandle* in,
    NodeId node, Direction direction, std::optional<v1::EdgeType> type,
    const std::function<bool(const EdgeKeyParts&, std::string_view value)>& visit);

// A WriteBatch handler given the key of each put, merge or delete as
// Key(cf, key). A range deletion is an error: its keys are not known (the
// write path makes none).
class BatchKeyHandler : public rocksdb::WriteBatch::Handler {
 public:
  rocksdb::Status PutCF(uint32_t cf, const rocksdb::Slice& key, const rocksdb::Slice&) override {
    return Key(cf, key);
  }
  rocksdb::Status MergeCF(uint32_t cf, const rocksdb::Slice& key,
                          const rocksdb::Slice&) override {
    return Key(cf, key);
  }
  rocksdb::Status DeleteCF(uint32_t cf, const rocksdb::Slice& key) override {
    return Key(cf, key);
  }
  rocksdb::Status SingleDeleteCF(uint32_t cf, const rocksdb::Slice& key) override {
    return Key(cf, key);
  }

 protected:
  virtual rocksdb::Status Key(uint32_t cf, const rocksdb::Slice& key) = 0;
};

class GraphStore::Impl {
 public:
  ~Impl();

  rocksdb::DB* db = nullptr;
  rocksdb::ColumnFamilyHandle* nodes = nullptr;
  rocksdb::ColumnFamilyHandle* names = nullptr;
  rocksdb::ColumnFamilyHandle* out = nullptr;
  rocksdb::ColumnFamilyHandle* in = nullptr;
  rocksdb::ColumnFamilyHandle* idx = nullptr;
  rocksdb::ColumnFamilyHandle* meta = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  StoreOptions options;
  std::string secondary_path;  // read-only stores: removed on close
  std::mutex write_mu;
  // The failed write since which RocksDB refuses writes (OK while it writes);
  // guarded by write_mu.
  rocksdb::Status write_fault;
  // Read-write stores: checks each new claim against stored candidates.
  std::unique_ptr<ingest::ConflictDetector> detector;
  // Stored claims as the detector analysed them, by claim id: candidates recur
  // from article to article. Two generations of kPreparedGeneration entries
  // (about 4.5 KB each): when the young one fills, it becomes the old one and
  // the old one is dropped; a hit in the old one moves back to the young. So
  // the claims still being hit stay, and memory stays bounded (~9 MiB, and
  // `written` below ~5 MiB). 1,024 rather than 16,384: no more CPU to build 100k
  // generated articles; with 16 MiB table files, peak RSS 595 -> 273 MiB there
  // (bench/RESULTS.md, issue 15).
  // Guarded by write_mu.
  static constexpr std::size_t kPreparedGeneration = 1024;
  std::unordered_map<NodeId, std::shared_ptr<const ClaimRecord>> prepared_young;
  std::unordered_map<NodeId, std::shared_ptr<const ClaimRecord>> prepared_old;
  std::shared_ptr<const ClaimRecord> FindPrepared(NodeId id);
  void CachePrepared(NodeId id, std::shared_ptr<const ClaimRecord> record);
  // Claims this store wrote, as their writer analysed them, until first read
  // back as a candidate: the analysis is a function of the ClaimText alone, so
  // a claim that reads back with the same text reuses it. Emptied when it
  // holds kPreparedGeneration entries. Guarded by write_mu.
  std::unordered_map<NodeId, ClaimRecord> written;
  // How many distinct claims each person asserts in the store, counted up to
  // ArticleWriter::kWellKnownCountCap, by source id: the surname rule
  // (ArticleWriter::ClaimsOf) asks it of every person of a surname on every
  // article that quotes one of them, and a count is a scan of up to that many
  // edge keys. An entry is dropped by each Commit that puts or deletes an
  // ASSERTED edge of its person, and the map is emptied when it holds
  // kAssertedCountsMax entries. Guarded by write_mu.
  static constexpr std::size_t kAssertedCountsMax = 1 << 16;
  std::unordered_map<NodeId, std::size_t> asserted_counts;
  // The first entries of each contradiction term's index range, as stored
  // (graph/term_heads.h): kept in step by every article's Commit. Guarded by
  // write_mu.
  TermHeads term_heads;
  // Bulk load (graph/bulk_load.h): sees each article's batch once RocksDB
  // has written it. Guarded by write_mu.
  std::function<void(const rocksdb::WriteBatch&)> on_write;

  // Point read; NotFound when absent.
  absl::StatusOr<std::string> Get(rocksdb::ColumnFamilyHandle* cf,
                                  const std::string& key) const;
  bool Exists(rocksdb::ColumnFamilyHandle* cf, const std::string& key) const;
  absl::StatusOr<v1::Node> GetNode(NodeId id) const;
  // Calls `visit(key, value)` for each entry of `cf` starting with `prefix`, in
  // key order, until it returns false.
  absl::Status ScanPrefix(
      rocksdb::ColumnFamilyHandle* cf, const std::string& prefix,
      const std::function<bool(std::string_view key, std::string_view value)>& visit)
      const;
  // Many short prefix scans of one column family through one iterator (making
  // a RocksDB iterator costs more than a short scan). Sees the store as of its
  // creation; one thread at a time; must not outlive the Impl.
  class PrefixScanner {
   public:
    PrefixScanner(const Impl& impl, rocksdb::ColumnFamilyHandle* cf);
    // As ScanPrefix.
    absl::Status Scan(
        const std::string& prefix,
        const std::function<bool(std::string_view key, std::string_view value)>& visit);

   private:
    std::unique_ptr<rocksdb::Iterator> it_;
  };
  // Sources named in full whose surname key is `surname` (kSurname index), at
  // most `limit`.
  absl::StatusOr<std::vector<NodeId>> SourcesWithSurname(const std::string& surname,
                                                         std::size_t limit) const {
    return SourcesUnder(IndexId::kSurname, surname, limit);
  }
  // The sources of index entries `index` · escaped `key` · source, at most `limit`.
  absl::StatusOr<std::vector<NodeId>> SourcesUnder(IndexId index, const std::string& key,
                                                   std::size_t limit) const;
  // See GraphStore::VisitEdges.
  absl::Status VisitEdges(NodeId node, Direction direction,
                          std::optional<v1::EdgeType> type,
                          const std::function<bool(const v1::Edge&)>& visit) const;
};

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_STORE_IMPL_H_
