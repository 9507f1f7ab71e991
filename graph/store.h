// GraphStore: the claim graph in RocksDB (key layout in graph/keys.h).
#ifndef CLAIMGRAPH_GRAPH_STORE_H_
#define CLAIMGRAPH_GRAPH_STORE_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "claimgraph/v1/graph.pb.h"
#include "graph/keys.h"
#include "ingest/document.h"
#include "ingest/extraction.h"

namespace rocksdb {
class Env;
}  // namespace rocksdb

namespace claimgraph::graph {

struct StoreOptions {
  // Read-only opens a RocksDB secondary instance: it works while another process
  // (the server) holds the store, and sees that process's writes after CatchUp().
  bool read_only = false;
  bool create_if_missing = true;           // read-write only; default true
  std::size_t block_cache_bytes = 64u << 20;  // default 64 MiB
  // Cap on the memtables of all column families together (RocksDB
  // db_write_buffer_size). Without it each of the 7 CFs may hold 2 x 64 MiB of
  // memtables and ingest RSS grows with the store; with it RSS stays flat at
  // roughly block cache + this. Default 64 MiB.
  std::size_t write_buffer_bytes = 64u << 20;
  bool sync_writes = false;  // fsync every article batch; default off (the WAL
                             // already makes each batch atomic across crashes)
  // The RocksDB Env (and so the FileSystem) every file of the store goes
  // through; not owned, must outlive the store. Null: the operating system's.
  // Tests pass a fault-injecting one.
  rocksdb::Env* env = nullptr;
};

struct IngestOutcome {
  bool unchanged = false;  // the same content was stored before: nothing written
  // The doc_id was stored with other content: that old version (its claims,
  // their edges, index entries, story membership and whatever was left with
  // nothing) was removed in the same WriteBatch that wrote this one.
  bool replaced = false;
  NodeId article = 0;
  NodeId story = 0;
  int claims = 0;          // attributions stored for this article
  int new_claims = 0;      // of which were not in the store before (not copies)
  int contradictions = 0;  // conflict edges added
};

// One backup in a backup directory (GraphStore::Backup).
struct BackupInfo {
  uint32_t id = 0;          // 1, 2, ... in the order taken
  int64_t timestamp = 0;    // seconds since the epoch
  uint64_t bytes = 0;       // the store's files it holds (shared ones included)
  uint32_t files = 0;
  uint64_t new_bytes = 0;   // GraphStore::Backup: bytes copied for this one
};

struct ClaimFilter {
  NodeId speaker = 0;  // 0: any
  NodeId entity = 0;
  NodeId article = 0;
  std::string said_after;   // ISO date, inclusive; empty: unbounded
  std::string said_before;  // ISO date, inclusive; empty: unbounded
  // Claims of one of these classes (v1::Claim::cue_class); empty: any.
  std::vector<v1::CueClass> cue_classes;
};

struct Page {
  std::vector<NodeId> ids;
  std::string next_page_token;  // empty on the last page
};

enum class Direction { kOut, kIn };

// True for the status of GraphStore::Open refused because another process (a
// running server, an ingest) holds the store for writing.
bool IsHeldByAnotherProcess(const absl::Status& status);

// True for the status of GraphStore::Ingest (Unavailable) when the store could
// not write (no space left on device, an I/O error, a read-only filesystem):
// nothing of that article is stored, and a batch should stop there rather
// than go on to the next document.
bool IsWriteFault(const absl::Status& status);

// The reads a view is composed from (ViewReader, graph/views.h): the store's,
// or an article's batch over the store (graph/view_records.h), so that the
// writer composes a claim's view record as the batch leaves the graph.
// Each returns NotFound when absent.
class GraphReads {
 public:
  virtual ~GraphReads() = default;
  virtual absl::StatusOr<v1::Node> GetNode(NodeId id) const = 0;
  // The edge src -type-> dst (rank).
  virtual absl::StatusOr<v1::Edge> GetEdge(NodeId src, v1::EdgeType type, NodeId dst,
                                           uint64_t rank = 0) const = 0;
  // As GraphStore::VisitEdges and VisitEdgeKeys.
  virtual absl::Status VisitEdges(NodeId node, Direction direction,
                                  std::optional<v1::EdgeType> type,
                                  const std::function<bool(const v1::Edge&)>& visit) const = 0;
  virtual absl::Status VisitEdgeKeys(
      NodeId node, Direction direction, std::optional<v1::EdgeType> type,
      const std::function<bool(const EdgeKeyParts&)>& visit) const = 0;
};

class GraphStore : public GraphReads {
 public:
  // Opens (and by default creates) the store at `path`. Returns InvalidArgument
  // for a store of another schema version, Unavailable ("PATH is held by another
  // process ...") for a writable open while another process (a server, an
  // ingest) has it open for writing, or the RocksDB error mapped to a status.
  static absl::StatusOr<std::unique_ptr<GraphStore>> Open(
      const std::string& path, const StoreOptions& options = {});
  ~GraphStore() override;
  GraphStore(const GraphStore&) = delete;
  GraphStore& operator=(const GraphStore&) = delete;

  // Writes one article's extraction in one WriteBatch: all of it or nothing is
  // visible. Re-ingesting the same content changes nothing (outcome.unchanged).
  // A doc_id already stored with other content is a new version: the old one
  // is removed and the new one written in that same batch (outcome.replaced);
  // nothing of the old version stays reachable. Claims the old version shared
  // with other articles (copies) stay, attributed to one of those. Sources,
  // entities and stories left with no claims or articles are removed. A
  // published date or said_on that is not a real YYYY-MM-DD is
  // InvalidArgument (common/dates.h ValidateDate) and nothing is written.
  // Thread-safe (writers are serialised). FailedPrecondition on a read-only
  // store. When the write fails (no space, an I/O error, a read-only
  // filesystem), the status is Unavailable "DOC_ID: not stored: the store
  // cannot write: <the operating system's reason>" (IsWriteFault); RocksDB
  // then refuses writes, and each later Ingest first tries to resume and,
  // while that fails, returns such a status without writing. Out of space,
  // writes resume by themselves within seconds of space being freed; after an
  // I/O error or on a read-only filesystem, only when the store is opened
  // again. Reads keep working throughout.
  // The article records when it was stored and `ingested_by` (Article.ingested_at,
  // ingested_by: a token's name, never a secret).
  absl::StatusOr<IngestOutcome> Ingest(const ingest::Document& doc,
                                       const ingest::Extraction& extraction,
                                       std::string_view ingested_by = "");

  // Backs the store up into `backup_dir` (created when missing) with RocksDB's
  // BackupEngine: the backup is the store as of one moment, so every article
  // in it is whole, even while other threads ingest; files an earlier backup
  // in that directory already holds are not copied again (incremental).
  // FailedPrecondition on a read-only store; the I/O error otherwise, naming
  // the directory.
  absl::StatusOr<BackupInfo> Backup(const std::string& backup_dir);

  // Read-only stores: catch up with the primary's latest writes. No-op otherwise.
  absl::Status CatchUp();

  // All reads below are thread-safe and return NotFound when absent.
  absl::StatusOr<v1::Node> GetNode(NodeId id) const override;
  absl::StatusOr<NodeId> LookupName(NameSpace ns, std::string_view key) const;
  // The speakers a name may mean, from the indexes (query/names.h decides
  // which one a lookup means): the speaker whose name or alias normalises to
  // `name`, then, for a single word, each person named in full with that
  // surname, then the story-scoped sources of that name ("the coalition", "a
  // senior official" in each story); no id twice, at most `limit`. Empty when none.
  absl::StatusOr<std::vector<NodeId>> SourcesNamed(std::string_view name,
                                                   std::size_t limit) const;
  absl::StatusOr<NodeId> FindEntity(std::string_view name) const;
  absl::StatusOr<NodeId> FindArticle(std::string_view doc_id) const;

  // Calls `visit` for each edge of `node` in `direction` (optionally of one type)
  // in key order until it returns false. In-edges are returned as stored on the
  // out side (src -> dst as written).
  absl::Status VisitEdges(NodeId node, Direction direction,
                          std::optional<v1::EdgeType> type,
                          const std::function<bool(const v1::Edge&)>& visit) const override;

  // Like VisitEdges, but reads keys only: no edge record is fetched or parsed
  // (an in-edge costs no read of its out twin). `parts.first` is `node`.
  absl::Status VisitEdgeKeys(NodeId node, Direction direction,
                             std::optional<v1::EdgeType> type,
                             const std::function<bool(const EdgeKeyParts&)>& visit) const override;

  // VisitEdgeKeys (all types) for many nodes one after another, as a walk
  // does, through one RocksDB iterator per direction made once (making one
  // costs more than a short scan). Each edge comes with the record its key
  // holds, read with the key at no extra cost (EdgeFromStoredRecord parses
  // it): an out-edge's record, or an in-edge's copy of its out twin's
  // (kInEdgeRecordCopyMaxBytes); `record` is empty for an in-edge that holds
  // none, whose record is then its out twin's, not read.
  // Sees the store as of its creation; one thread at a time; must not outlive
  // the store.
  class EdgeKeyScanner {
   public:
    explicit EdgeKeyScanner(const GraphStore& store);
    ~EdgeKeyScanner();
    absl::Status Visit(
        NodeId node, Direction direction,
        const std::function<bool(const EdgeKeyParts&, std::string_view record)>& visit);

   private:
    const GraphStore& store_;
    struct Scanners;
    std::unique_ptr<Scanners> scanners_;
  };

  // Claims matching `filter`, ordered by time of statement then id. page_size
  // must be positive; page_token is the opaque token of the previous page, and
  // a token that does not belong to this listing is InvalidArgument.
  absl::StatusOr<Page> ListClaims(const ClaimFilter& filter, int page_size,
                                  std::string_view page_token) const;
  // An edge record as EdgeKeyScanner hands it out, parsed: what GetEdge
  // returns for that edge.
  static absl::StatusOr<v1::Edge> EdgeFromStoredRecord(std::string_view record);
  // The edge src -type-> dst (rank); NotFound when absent.
  absl::StatusOr<v1::Edge> GetEdge(NodeId src, v1::EdgeType type, NodeId dst,
                                   uint64_t rank = 0) const override;
  // The records of the nodes `ids` and of the edges `edges` (each as its out
  // key: first = src, second = dst), in their order, each read with one
  // MultiGet: for walks that know many at once. Each item is what GetNode or
  // GetEdge would return for it.
  //
  // NodeFields::kShown reads a claim's record without its time_key and terms
  // (dropped from the stored bytes before they are parsed: the terms are most
  // of a claim's parse), for answers that leave them out anyway
  // (LeaveOutInternalFields); every other field is as kWhole reads it. A record
  // whose bytes are not well formed fails to parse either way (one that fails
  // only in the dropped fields, say a term that is not UTF-8, reads with kShown).
  enum class NodeFields { kWhole, kShown };
  std::vector<absl::StatusOr<v1::Node>> GetNodes(const std::vector<NodeId>& ids,
                                                 NodeFields fields = NodeFields::kWhole) const;
  std::vector<absl::StatusOr<v1::Edge>> GetEdges(const std::vector<EdgeKeyParts>& edges) const;
  // The view records (kClaimView: v1::ClaimView bytes) of `claims`, in their
  // order, read with one MultiGet; NotFound "no node ID" for the first claim
  // that has none (a claim has its record exactly when it exists).
  absl::StatusOr<std::vector<std::string>> ClaimViewRecords(
      const std::vector<NodeId>& claims) const;
  // True when the edge src -type-> dst (rank 0) exists.
  bool HasEdge(NodeId src, v1::EdgeType type, NodeId dst) const;

  struct KeyPage {
    std::vector<std::string> keys;  // whole idx keys, in key order
    std::string next_page_token;
  };
  // Keys of `index` from IndexPrefix(index)+lower up to and including keys that
  // start with IndexPrefix(index)+upper (empty lower/upper: unbounded), those
  // for which `accept` is true, a page at a time.
  absl::StatusOr<KeyPage> ScanIndex(
      IndexId index, std::string_view lower, std::string_view upper,
      int page_size, std::string_view page_token,
      const std::function<bool(std::string_view key)>& accept) const;

  // Nodes of one kind in id order.
  absl::StatusOr<Page> ListNodes(v1::NodeKind kind, int page_size,
                                 std::string_view page_token) const;
  // Calls `visit` for every node of `kind` until it returns false.
  absl::Status VisitNodes(v1::NodeKind kind,
                          const std::function<bool(const v1::Node&)>& visit) const;

  struct Counts {
    uint64_t nodes_by_kind[6] = {};
    uint64_t out_edges = 0;
    uint64_t in_edges = 0;
    uint64_t index_entries = 0;  // idx entries; claims' view records not counted
    uint64_t names = 0;
  };
  absl::StatusOr<Counts> Count() const;

  // The store's integrity problems (empty when whole): every out edge has its in
  // twin and the reverse, edge ends and index entries point to live nodes,
  // each ASSERTED edge has its speaker index entry and each MENTIONS edge its
  // entity entry (under the claim's time key) and each such entry its edge,
  // every article's attribution count matches its REPORTED_IN edges, and no
  // node is an orphan (a claim reported nowhere, a source asserting nothing,
  // an entity no claim mentions, a story without articles), and each claim's
  // view record is the view composed from the graph now, byte for byte
  // (a problem names the claim whose record is missing or differs). A read that
  // fails (a corrupt table file) is the error itself: DataLoss naming the file.
  absl::StatusOr<std::vector<std::string>> Check() const;

  class Impl;

 private:
  friend class BulkLoader;  // graph/bulk_load.h
  explicit GraphStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The backups in `backup_dir`, oldest first; NotFound when it holds none.
absl::StatusOr<std::vector<BackupInfo>> ListBackups(const std::string& backup_dir);

// Restores backup `id` of `backup_dir` (0: the latest) as a new store at
// `path`, which must not exist or be an empty directory: the files are restored
// in PATH.restoring and renamed to PATH once whole, so nothing half-restored
// is ever a store. FailedPrecondition when PATH holds anything, NotFound when
// there is no such backup.
absl::Status RestoreBackup(const std::string& backup_dir, const std::string& path,
                           uint32_t id = 0);

// The key of a name in the `names` CF: ingest::NameKey, case and diacritics
// folded ("Samantha  Power", "samantha power" and "SAMANTHA POWER" are one).
std::string NormalizeName(std::string_view name);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_STORE_H_
