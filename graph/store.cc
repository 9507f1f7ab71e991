#include "graph/store.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "absl/strings/cord.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/simhash_bands.h"
#include "graph/speaker_conflicts.h"
#include "graph/store_impl.h"
#include "graph/view_records.h"
#include "ingest/entities/entities.h"
#include "rocksdb/filter_policy.h"
#include "rocksdb/slice_transform.h"
#include "rocksdb/table.h"

namespace claimgraph::graph {

// Marks the status of a writable Open refused because another process holds
// the store (IsHeldByAnotherProcess).
constexpr char kStoreHeldPayload[] = "claimgraph.graph/store-held";
// Marks the status of an Ingest whose write the store refused (IsWriteFault).
constexpr char kWriteFaultPayload[] = "claimgraph.graph/write-fault";

absl::Status FromRocks(const rocksdb::Status& status, std::string_view what) {
  if (status.ok()) return absl::OkStatus();
  std::string message = Cat(what, ": ", status.ToString());
  switch (status.code()) {
    case rocksdb::Status::kNotFound: return absl::NotFoundError(message);
    case rocksdb::Status::kCorruption: return absl::DataLossError(message);
    case rocksdb::Status::kInvalidArgument:
      return absl::InvalidArgumentError(message);
    case rocksdb::Status::kNotSupported: return absl::UnimplementedError(message);
    case rocksdb::Status::kIOError:
      // A held LOCK file is the common case: another process has the store open.
      return absl::UnavailableError(message);
    case rocksdb::Status::kBusy:
    case rocksdb::Status::kTryAgain: return absl::UnavailableError(message);
    case rocksdb::Status::kTimedOut: return absl::DeadlineExceededError(message);
    case rocksdb::Status::kAborted: return absl::AbortedError(message);
    default: return absl::InternalError(message);
  }
}

absl::Status WriteFault(std::string_view doc_id, const rocksdb::Status& status) {
  absl::Status fault = absl::UnavailableError(
      Cat(doc_id, ": not stored: the store cannot write: ", status.ToString()));
  fault.SetPayload(kWriteFaultPayload, absl::Cord());
  return fault;
}

GraphStore::Impl::~Impl() {
  for (auto* handle : handles) db->DestroyColumnFamilyHandle(handle);
  delete db;
  if (!secondary_path.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(secondary_path, ignored);
  }
}

std::shared_ptr<const ClaimRecord> GraphStore::Impl::FindPrepared(NodeId id) {
  if (auto it = prepared_young.find(id); it != prepared_young.end()) return it->second;
  auto it = prepared_old.find(id);
  if (it == prepared_old.end()) return nullptr;
  std::shared_ptr<const ClaimRecord> record = std::move(it->second);
  prepared_old.erase(it);
  CachePrepared(id, record);
  return record;
}

void GraphStore::Impl::CachePrepared(NodeId id,
                                     std::shared_ptr<const ClaimRecord> record) {
  if (prepared_young.size() >= kPreparedGeneration) {
    prepared_old = std::move(prepared_young);
    prepared_young.clear();
  }
  prepared_young[id] = std::move(record);
}

absl::StatusOr<std::string> GraphStore::Impl::Get(rocksdb::ColumnFamilyHandle* cf,
                                                  const std::string& key) const {
  std::string value;
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), cf, key, &value);
  if (s.IsNotFound()) return absl::NotFoundError("not found");
  RETURN_IF_ERROR(FromRocks(s, "read"));
  return value;
}

bool GraphStore::Impl::Exists(rocksdb::ColumnFamilyHandle* cf,
                              const std::string& key) const {
  rocksdb::PinnableSlice value;
  return db->Get(rocksdb::ReadOptions(), cf, key, &value).ok();
}

absl::StatusOr<v1::Node> GraphStore::Impl::GetNode(NodeId id) const {
  auto value = Get(nodes, NodeKey(KindOfId(id), id));
  if (!value.ok()) {
    if (absl::IsNotFound(value.status())) {
      return absl::NotFoundError(Cat("no node ", id));
    }
    return value.status();
  }
  return NodeFromRecord(id, *value);
}

absl::StatusOr<v1::Node> NodeFromRecord(NodeId id, std::string_view record) {
  v1::Node node;
  if (!node.ParseFromArray(record.data(), static_cast<int>(record.size()))) {
    return absl::DataLossError(Cat("node ", id, " does not parse"));
  }
  return node;
}

absl::StatusOr<v1::Edge> EdgeFromRecord(std::string_view record) {
  v1::Edge edge;
  if (!edge.ParseFromArray(record.data(), static_cast<int>(record.size()))) {
    return absl::DataLossError("edge record does not parse");
  }
  return edge;
}

absl::Status GraphStore::Impl::ScanPrefix(
    rocksdb::ColumnFamilyHandle* cf, const std::string& prefix,
    const std::function<bool(std::string_view, std::string_view)>& visit) const {
  std::string upper = PrefixSuccessor(prefix);
  rocksdb::Slice upper_slice(upper);
  rocksdb::ReadOptions read;
  if (!upper.empty()) read.iterate_upper_bound = &upper_slice;
  // Edge scans within one node use the edge CFs' 8-byte prefix Bloom filters.
  read.prefix_same_as_start = (cf == out || cf == in) && prefix.size() >= 8;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(read, cf));
  for (it->Seek(prefix); it->Valid(); it->Next()) {
    if (!visit({it->key().data(), it->key().size()},
               {it->value().data(), it->value().size()})) {
      break;
    }
  }
  return FromRocks(it->status(), "scan");
}

GraphStore::Impl::PrefixScanner::PrefixScanner(const Impl& impl,
                                               rocksdb::ColumnFamilyHandle* cf)
    : it_(impl.db->NewIterator(rocksdb::ReadOptions(), cf)) {}

absl::Status GraphStore::Impl::PrefixScanner::Scan(
    const std::string& prefix,
    const std::function<bool(std::string_view, std::string_view)>& visit) {
  // No upper bound (it is fixed when the iterator is made): the loop stops at
  // the first key past the prefix instead.
  for (it_->Seek(prefix); it_->Valid() && it_->key().starts_with(prefix); it_->Next()) {
    if (!visit({it_->key().data(), it_->key().size()},
               {it_->value().data(), it_->value().size()})) {
      break;
    }
  }
  return FromRocks(it_->status(), "scan");
}

absl::StatusOr<std::vector<NodeId>> GraphStore::Impl::SourcesUnder(
    IndexId index, const std::string& key, std::size_t limit) const {
  std::string prefix = IndexPrefix(index);
  AppendEscaped(&prefix, key);
  std::vector<NodeId> people;
  RETURN_IF_ERROR(ScanPrefix(idx, prefix, [&](std::string_view key, std::string_view) {
    people.push_back(ReadU64(key.substr(key.size() - 8)));
    return people.size() < limit;
  }));
  return people;
}

namespace {

// Most point reads while ingesting ask for a key that is not there yet (a new
// claim, edge or name): a Bloom filter over the memtable's keys answers those
// without walking its skip list. Costs 2% of the write buffer.
void WithMemtableBloom(rocksdb::ColumnFamilyOptions* cf) {
  cf->memtable_whole_key_filtering = true;
  cf->memtable_prefix_bloom_size_ratio = 0.02;
}

// A batch is written in key order (ArticleWriter::Commit). Without a hint the
// memtable's skip list searches each insert from its top level again unless
// the key falls right after the previous one; with a hint per first key byte
// (the index id of `idx`, the node kind of the others) it climbs only as far
// as the distance from the previous insert of that byte needs. Only how the
// memtable finds a key's place changes, not what it holds.
void WithInsertHints(rocksdb::ColumnFamilyOptions* cf) {
  cf->memtable_insert_with_hint_prefix_extractor.reset(
      rocksdb::NewFixedPrefixTransform(1));
}

// RocksDB's info log of a writable store (PATH/LOG), written so that a write
// that fails (a full disk) is dropped: RocksDB's own log file writer asserts
// when it is written to again after a failed write (SIGABRT on a full disk).
class DropOnErrorLogger : public rocksdb::Logger {
 public:
  explicit DropOnErrorLogger(const std::string& path)
      : Logger(rocksdb::InfoLogLevel::WARN_LEVEL), file_(std::fopen(path.c_str(), "a")) {}
  ~DropOnErrorLogger() override {
    if (file_ != nullptr) std::fclose(file_);
  }
  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (file_ == nullptr) return;
    std::vfprintf(file_, format, ap);
    std::fputc('\n', file_);
    std::fflush(file_);
    std::clearerr(file_);  // a full disk: this line is lost, the next may land
  }

 private:
  std::mutex mu_;
  std::FILE* file_;
};

// What every column family shares. Table files of 16 MiB, not RocksDB's 64:
// a compaction builds each output file's filter in memory, and the filters
// are sized to the allocator's size classes. The index and filter blocks of
// every file stay outside the block cache (in the cache, partitioned, they cost
// ingest 14% more CPU for 5% less memory: bench/RESULTS.md, issue 15).
rocksdb::ColumnFamilyOptions BaseCfOptions(const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.optimize_filters_for_memory = true;
  rocksdb::ColumnFamilyOptions cf;
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  cf.target_file_size_base = 16u << 20;
  WithMemtableBloom(&cf);
  WithInsertHints(&cf);
  return cf;
}

rocksdb::ColumnFamilyOptions EdgeCfOptions(
    const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions cf = BaseCfOptions(cache);
  // Every edge scan is within one node's 8-byte prefix (the filters keep
  // whole keys too, for point reads).
  cf.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(8));
  return cf;
}

rocksdb::ColumnFamilyOptions PointCfOptions(
    const std::shared_ptr<rocksdb::Cache>& cache) {
  return BaseCfOptions(cache);
}

}  // namespace

rocksdb::DBOptions StoreDbOptions(const StoreOptions& options) {
  rocksdb::DBOptions db_options;
  db_options.create_if_missing = options.create_if_missing && !options.read_only;
  db_options.create_missing_column_families = !options.read_only;
  db_options.IncreaseParallelism(2);
  db_options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  db_options.keep_log_file_num = 2;
  db_options.db_write_buffer_size = options.write_buffer_bytes;
  if (options.env != nullptr) db_options.env = options.env;
  return db_options;
}

std::vector<rocksdb::ColumnFamilyDescriptor> StoreColumnFamilies(
    const StoreOptions& options) {
  auto cache = rocksdb::NewLRUCache(options.block_cache_bytes);
  return {
      {rocksdb::kDefaultColumnFamilyName, PointCfOptions(cache)},
      {kNodesCf, PointCfOptions(cache)},
      {kNamesCf, PointCfOptions(cache)},
      {kOutCf, EdgeCfOptions(cache)},
      {kInCf, EdgeCfOptions(cache)},
      {kIdxCf, PointCfOptions(cache)},
      {kMetaCf, PointCfOptions(cache)},
  };
}

namespace {

// Creates an empty store (every column family and the schema version) in
// PATH.creating, then renames it to PATH, so a process killed while creating
// leaves either no store or a whole empty one — never a RocksDB directory
// without its column families, which read-only opens (check, inspect) refuse.
absl::Status CreateStore(const std::string& path, const StoreOptions& options) {
  namespace fs = std::filesystem;
  std::string staging = fs::path(path).lexically_normal().string();
  while (staging.size() > 1 && staging.back() == '/') staging.pop_back();
  staging += ".creating";
  std::error_code ec;
  // Refused before anything is written, so a refusal leaves nothing behind.
  if (fs::exists(path, ec) && !fs::is_directory(path, ec)) {
    return absl::FailedPreconditionError(
        Cat(path, " is a file, not a store directory"));
  }
  if (fs::is_directory(path, ec) && !fs::is_empty(path, ec)) {
    return absl::FailedPreconditionError(
        Cat(path, " is a directory that holds no claimgraph store and is not empty"));
  }
  fs::remove_all(staging, ec);  // left by a creator that was killed
  // Whatever fails below, no PATH.creating is left behind (after the rename
  // there is none to remove).
  struct RemoveStaging {
    const std::string& dir;
    ~RemoveStaging() {
      std::error_code ignored;
      fs::remove_all(dir, ignored);
    }
  } cleanup{staging};
  {
    rocksdb::DB* raw = nullptr;
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    RETURN_IF_ERROR(FromRocks(
        rocksdb::DB::Open(StoreDbOptions(options), staging,
                          StoreColumnFamilies(options), &handles, &raw),
        Cat("create ", path)));
    std::unique_ptr<rocksdb::DB> db(raw);
    std::string value;
    AppendU64(&value, kSchemaVersion);
    rocksdb::WriteOptions write;
    write.sync = true;
    rocksdb::Status s = db->Put(write, handles[6], std::string(kSchemaVersionKey), value);
    for (auto* handle : handles) db->DestroyColumnFamilyHandle(handle);
    RETURN_IF_ERROR(FromRocks(s, "write schema version"));
    RETURN_IF_ERROR(FromRocks(db->Close(), Cat("create ", path)));
  }
  fs::rename(staging, path, ec);  // replaces an empty directory at `path`
  if (ec) {
    return absl::FailedPreconditionError(
        Cat("cannot create a store at ", path, ": ", ec.message()));
  }
  return absl::OkStatus();
}

}  // namespace

bool IsHeldByAnotherProcess(const absl::Status& status) {
  return status.GetPayload(kStoreHeldPayload).has_value();
}

bool IsWriteFault(const absl::Status& status) {
  return status.GetPayload(kWriteFaultPayload).has_value();
}

GraphStore::GraphStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
GraphStore::~GraphStore() = default;

absl::StatusOr<std::unique_ptr<GraphStore>> GraphStore::Open(
    const std::string& path, const StoreOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  rocksdb::DBOptions db_options = StoreDbOptions(options);
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs = StoreColumnFamilies(options);
  rocksdb::Status s;
  if (options.read_only) {
    if (!std::filesystem::exists(std::filesystem::path(path) / "CURRENT")) {
      return absl::NotFoundError(Cat("no claimgraph store at ", path));
    }
    std::string templ = (std::filesystem::temp_directory_path() /
                         "claimgraph-secondary-XXXXXX").string();
    if (mkdtemp(templ.data()) == nullptr) {
      return absl::InternalError("cannot create a secondary instance directory");
    }
    impl->secondary_path = templ;
    db_options.max_open_files = -1;  // required by secondary instances
    s = rocksdb::DB::OpenAsSecondary(db_options, path, templ, cfs, &impl->handles,
                                     &impl->db);
  } else {
    if (options.create_if_missing &&
        !std::filesystem::exists(std::filesystem::path(path) / "CURRENT")) {
      RETURN_IF_ERROR(CreateStore(path, options));
    }
    db_options.info_log = std::make_shared<DropOnErrorLogger>(
        (std::filesystem::path(path) / "LOG").string());
    s = rocksdb::DB::Open(db_options, path, cfs, &impl->handles, &impl->db);
    // RocksDB: "IO error: While lock file: PATH/LOCK: Resource temporarily
    // unavailable" (another process) or "lock hold by current process".
    if (s.IsIOError() && s.ToString().find("lock") != std::string::npos) {
      absl::Status held = absl::UnavailableError(Cat(
          path, " is held by another process (its LOCK is taken): only one "
                "process at a time may write to a store"));
      held.SetPayload(kStoreHeldPayload, absl::Cord());
      return held;
    }
  }
  RETURN_IF_ERROR(FromRocks(s, Cat("open ", path)));
  impl->nodes = impl->handles[1];
  impl->names = impl->handles[2];
  impl->out = impl->handles[3];
  impl->in = impl->handles[4];
  impl->idx = impl->handles[5];
  impl->meta = impl->handles[6];

  auto version = impl->Get(impl->meta, std::string(kSchemaVersionKey));
  if (options.read_only) {
    // A secondary instance that cannot load a table file (a corrupt one) does
    // not fail: it lists no table files and reads as empty. Every store has a
    // schema version, so either sign means: name the file.
    std::vector<rocksdb::LiveFileMetaData> live;
    impl->db->GetLiveFilesMetaData(&live);
    if (live.empty() || absl::IsNotFound(version.status())) {
      RETURN_IF_ERROR(VerifyTableFiles(*impl->db));
    }
  }
  uint64_t found = kSchemaVersion;  // a version 4 to 6 store opened for writing: migrate
  bool migrate = false;
  if (version.ok()) {
    found = version->size() == 8 ? ReadU64(*version) : 0;
    const bool migratable = found >= kMigratableSchemaVersion && found < kSchemaVersion;
    migrate = migratable && !options.read_only;
    // Version 6 lacks only the packed near-duplicate index, which no reader uses.
    const bool readable = found >= kReadOnlySchemaVersion && found <= kSchemaVersion;
    if (migratable && options.read_only && !readable) {
      return absl::InvalidArgumentError(
          Cat(path, ": store has schema version ", found, ", this claimgraph reads ",
              kSchemaVersion, "; open it once for writing (claimgraph serve, ingest or "
              "backup) to add its claim views and conflicts by speaker in place"));
    }
    if (found != kSchemaVersion && !migrate && !(options.read_only && readable)) {
      return absl::InvalidArgumentError(
          Cat(path, ": store has schema version ", found, ", this claimgraph reads ",
              kSchemaVersion, "; re-ingest the articles into a new store"));
    }
  } else if (absl::IsNotFound(version.status()) && !options.read_only) {
    std::string value;
    AppendU64(&value, kSchemaVersion);
    RETURN_IF_ERROR(FromRocks(
        impl->db->Put(rocksdb::WriteOptions(), impl->meta,
                      std::string(kSchemaVersionKey), value),
        "write schema version"));
  } else if (!version.ok() && !absl::IsNotFound(version.status())) {
    return version.status();
  }
  if (!options.read_only) {
    ASSIGN_OR_RETURN(impl->detector, ingest::ConflictDetector::Create());
  }
  std::unique_ptr<GraphStore> store(new GraphStore(std::move(impl)));
  if (migrate) {
    // The near-duplicate blocks and the speaker entries first: the claim
    // views' last write (or this one) sets the new schema version.
    RETURN_IF_ERROR(MigrateSimhashBands(*store->impl_));
    if (found < 6) RETURN_IF_ERROR(MigrateSpeakerConflicts(*store->impl_, *store));
    if (found < 5) {
      RETURN_IF_ERROR(MigrateClaimViews(*store->impl_, *store));
    } else {
      std::string value;
      AppendU64(&value, kSchemaVersion);
      rocksdb::WriteOptions sync;
      sync.sync = true;
      RETURN_IF_ERROR(FromRocks(store->impl_->db->Put(sync, store->impl_->meta,
                                                      std::string(kSchemaVersionKey), value),
                                "write schema version"));
    }
  }
  return store;
}

absl::Status GraphStore::CatchUp() {
  if (!impl_->options.read_only) return absl::OkStatus();
  return FromRocks(impl_->db->TryCatchUpWithPrimary(), "catch up with primary");
}

absl::StatusOr<v1::Node> GraphStore::GetNode(NodeId id) const {
  return impl_->GetNode(id);
}

absl::StatusOr<NodeId> GraphStore::LookupName(NameSpace ns,
                                              std::string_view key) const {
  auto value = impl_->Get(impl_->names, NameKey(ns, key));
  if (!value.ok()) return value.status();
  if (value->size() != 8) return absl::DataLossError("bad name entry");
  return ReadU64(*value);
}

absl::StatusOr<std::vector<NodeId>> GraphStore::SourcesNamed(std::string_view name,
                                                              std::size_t limit) const {
  std::string key = NormalizeName(name);
  std::vector<NodeId> ids;
  if (key.empty() || limit == 0) return ids;
  auto exact = LookupName(NameSpace::kSource, key);
  if (exact.ok()) {
    ids.push_back(*exact);
  } else if (!absl::IsNotFound(exact.status())) {
    return exact.status();
  }
  auto add = [&](const std::vector<NodeId>& more) {
    for (NodeId id : more) {
      if (ids.size() < limit && std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(id);
      }
    }
  };
  if (key.find(' ') == std::string::npos) {
    ASSIGN_OR_RETURN(std::vector<NodeId> people, impl_->SourcesWithSurname(key, limit));
    add(people);
  }
  ASSIGN_OR_RETURN(std::vector<NodeId> scoped,
                   impl_->SourcesUnder(IndexId::kScopedSourceName, key, limit));
  add(scoped);
  return ids;
}

absl::StatusOr<NodeId> GraphStore::FindEntity(std::string_view name) const {
  auto id = LookupName(NameSpace::kEntity, ingest::NameKey(name));
  if (absl::IsNotFound(id.status())) {
    return absl::NotFoundError(Cat("no entity named '", name, "'"));
  }
  return id;
}

absl::StatusOr<NodeId> GraphStore::FindArticle(std::string_view doc_id) const {
  auto id = LookupName(NameSpace::kArticleDocId, doc_id);
  if (absl::IsNotFound(id.status())) {
    return absl::NotFoundError(Cat("no article '", doc_id, "'"));
  }
  return id;
}

std::string EdgeScanPrefix(NodeId node, std::optional<v1::EdgeType> type) {
  return type ? EdgeTypePrefix(node, static_cast<uint8_t>(*type)) : EdgePrefix(node);
}

absl::Status VisitEdgeEntriesBy(
    const KeyScan& scan, rocksdb::ColumnFamilyHandle* out, rocksdb::ColumnFamilyHandle* in,
    NodeId node, Direction direction, std::optional<v1::EdgeType> type,
    const std::function<bool(const EdgeKeyParts&, std::string_view value)>& visit) {
  absl::Status error;
  RETURN_IF_ERROR(scan(direction == Direction::kOut ? out : in, EdgeScanPrefix(node, type),
                       [&](std::string_view key, std::string_view value) {
                         auto parts = DecodeEdgeKey(key);
                         if (!parts) {
                           error = absl::DataLossError("bad edge key");
                           return false;
                         }
                         return visit(*parts, value);
                       }));
  return error;
}

absl::Status VisitEdgeKeysBy(const KeyScan& scan, rocksdb::ColumnFamilyHandle* out,
                             rocksdb::ColumnFamilyHandle* in, NodeId node,
                             Direction direction, std::optional<v1::EdgeType> type,
                             const std::function<bool(const EdgeKeyParts&)>& visit) {
  return VisitEdgeEntriesBy(scan, out, in, node, direction, type,
                            [&](const EdgeKeyParts& parts, std::string_view) {
                              return visit(parts);
                            });
}

absl::Status GraphStore::Impl::VisitEdges(
    NodeId node, Direction direction, std::optional<v1::EdgeType> type,
    const std::function<bool(const v1::Edge&)>& visit) const {
  absl::Status error;
  RETURN_IF_ERROR(ScanPrefix(
      direction == Direction::kOut ? out : in, EdgeScanPrefix(node, type),
      [&](std::string_view key, std::string_view value) {
        std::string twin;  // an in-edge's record, read from its out twin
        if (direction == Direction::kIn && value.empty()) {
          auto parts = DecodeEdgeKey(key);
          if (!parts) {
            error = absl::DataLossError("bad in-edge key");
            return false;
          }
          auto stored = Get(
              out, EdgeKey(parts->second, parts->type, parts->first, parts->rank));
          if (!stored.ok()) {
            // A read that failed (a corrupt block) says so, naming the file.
            error = absl::IsNotFound(stored.status())
                        ? absl::DataLossError(Cat("in-edge without out twin at node ", node))
                        : stored.status();
            return false;
          }
          twin = *std::move(stored);
          value = twin;
        }
        auto edge = EdgeFromRecord(value);
        if (!edge.ok()) {
          error = edge.status();
          return false;
        }
        return visit(*edge);
      }));
  return error;
}

absl::Status GraphStore::VisitEdgeKeys(
    NodeId node, Direction direction, std::optional<v1::EdgeType> type,
    const std::function<bool(const EdgeKeyParts&)>& visit) const {
  const Impl& impl = *impl_;
  auto scan = [&impl](rocksdb::ColumnFamilyHandle* cf, const std::string& prefix,
                      const std::function<bool(std::string_view, std::string_view)>& each) {
    return impl.ScanPrefix(cf, prefix, each);
  };
  return VisitEdgeKeysBy(scan, impl.out, impl.in, node, direction, type, visit);
}

struct GraphStore::EdgeKeyScanner::Scanners {
  Impl::PrefixScanner out, in;
};

GraphStore::EdgeKeyScanner::EdgeKeyScanner(const GraphStore& store)
    : store_(store),
      scanners_(new Scanners{Impl::PrefixScanner(*store.impl_, store.impl_->out),
                             Impl::PrefixScanner(*store.impl_, store.impl_->in)}) {}

GraphStore::EdgeKeyScanner::~EdgeKeyScanner() = default;

absl::Status GraphStore::EdgeKeyScanner::Visit(
    NodeId node, Direction direction,
    const std::function<bool(const EdgeKeyParts&, std::string_view record)>& visit) {
  const Impl& impl = *store_.impl_;
  auto scan = [&](rocksdb::ColumnFamilyHandle* cf, const std::string& prefix,
                  const std::function<bool(std::string_view, std::string_view)>& each) {
    return (cf == impl.out ? scanners_->out : scanners_->in).Scan(prefix, each);
  };
  return VisitEdgeEntriesBy(scan, impl.out, impl.in, node, direction, std::nullopt, visit);
}

absl::StatusOr<v1::Edge> GraphStore::EdgeFromStoredRecord(std::string_view record) {
  return EdgeFromRecord(record);
}

absl::Status GraphStore::VisitEdges(
    NodeId node, Direction direction, std::optional<v1::EdgeType> type,
    const std::function<bool(const v1::Edge&)>& visit) const {
  return impl_->VisitEdges(node, direction, type, visit);
}

std::string NormalizeName(std::string_view name) {
  // The entity linker's comparison key: case and diacritics folded, dots and
  // apostrophes dropped, hyphens as spaces ("Erdoğan" == "Erdogan",
  // "U.S." == "US").
  return ingest::NameKey(name);
}

}  // namespace claimgraph::graph
