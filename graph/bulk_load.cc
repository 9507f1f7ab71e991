// BulkLoader (graph/bulk_load.h): a checkpoint written through the normal
// write path, then the keys it changed, as SST files, into the store at once.
#include "graph/bulk_load.h"

#include <filesystem>
#include <map>
#include <set>

#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/store_impl.h"
#include "rocksdb/sst_file_writer.h"
#include "rocksdb/utilities/checkpoint.h"

namespace claimgraph::graph {

namespace {

// The keys a WriteBatch puts, merges or deletes, by column family id (their
// final values are read back from the scratch store, so a merge operator's
// result is what is loaded).
class TouchedKeys : public BatchKeyHandler {
 public:
  rocksdb::Status Key(uint32_t cf, const rocksdb::Slice& key) override {
    keys[cf].insert(key.ToString());
    return rocksdb::Status::OK();
  }
  std::map<uint32_t, std::set<std::string>> keys;
};

}  // namespace

class BulkLoader::Impl {
 public:
  GraphStore* store = nullptr;
  std::string scratch_path;
  std::unique_ptr<GraphStore> scratch;
  TouchedKeys touched;
  rocksdb::Status batch_error;  // an operation TouchedKeys does not take
  bool finished = false;

  ~Impl() {
    scratch.reset();
    std::error_code ignored;
    std::filesystem::remove_all(scratch_path, ignored);
  }

  // One SST file of `cf`'s touched keys with their values in the scratch
  // store (a key it no longer holds is a deletion); none when no key.
  absl::Status WriteTable(uint32_t cf, const std::set<std::string>& keys,
                          rocksdb::IngestExternalFileArg* arg, BulkLoadResult* result);
};

BulkLoader::BulkLoader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
BulkLoader::~BulkLoader() = default;

absl::StatusOr<std::unique_ptr<BulkLoader>> BulkLoader::Begin(GraphStore& store,
                                                              std::string scratch) {
  GraphStore::Impl& target = *store.impl_;
  if (target.options.read_only) {
    return absl::FailedPreconditionError("bulk load: the store is open read-only");
  }
  std::string path = target.db->GetName();
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  if (scratch.empty()) scratch = path + ".bulk";
  auto impl = std::make_unique<Impl>();
  impl->store = &store;
  impl->scratch_path = scratch;
  std::error_code ec;
  std::filesystem::remove_all(scratch, ec);  // a killed load's
  if (ec) {
    return absl::FailedPreconditionError(
        Cat("bulk load: cannot remove ", scratch, ": ", ec.message()));
  }
  rocksdb::Checkpoint* raw = nullptr;
  RETURN_IF_ERROR(FromRocks(rocksdb::Checkpoint::Create(target.db, &raw), "bulk load"));
  std::unique_ptr<rocksdb::Checkpoint> checkpoint(raw);
  RETURN_IF_ERROR(FromRocks(checkpoint->CreateCheckpoint(scratch),
                            Cat("bulk load: checkpoint in ", scratch)));
  StoreOptions options = target.options;
  options.create_if_missing = false;
  options.sync_writes = false;  // the scratch store is thrown away if the process dies
  ASSIGN_OR_RETURN(impl->scratch, GraphStore::Open(scratch, options));
  Impl* self = impl.get();
  impl->scratch->impl_->on_write = [self](const rocksdb::WriteBatch& batch) {
    rocksdb::Status s = batch.Iterate(&self->touched);
    if (!s.ok() && self->batch_error.ok()) self->batch_error = s;
  };
  return std::unique_ptr<BulkLoader>(new BulkLoader(std::move(impl)));
}

absl::StatusOr<IngestOutcome> BulkLoader::Ingest(const ingest::Document& doc,
                                                 const ingest::Extraction& extraction,
                                                 std::string_view ingested_by) {
  if (impl_->finished) return absl::FailedPreconditionError("bulk load: already finished");
  return impl_->scratch->Ingest(doc, extraction, ingested_by);
}

absl::Status BulkLoader::Impl::WriteTable(uint32_t cf, const std::set<std::string>& keys,
                                          rocksdb::IngestExternalFileArg* arg,
                                          BulkLoadResult* result) {
  GraphStore::Impl& from = *scratch->impl_;
  GraphStore::Impl& to = *store->impl_;
  rocksdb::ColumnFamilyHandle* source = nullptr;
  for (auto* handle : from.handles) {
    if (handle->GetID() == cf) source = handle;
  }
  if (source == nullptr) return absl::InternalError(Cat("bulk load: no column family ", cf));
  rocksdb::ColumnFamilyHandle* target = nullptr;
  for (auto* handle : to.handles) {
    if (handle->GetName() == source->GetName()) target = handle;
  }
  if (target == nullptr) {
    return absl::InternalError(Cat("bulk load: the store has no ", source->GetName()));
  }
  std::string file = Cat(scratch_path, "/bulk-", source->GetName(), ".sst");
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), to.db->GetOptions(target), target);
  RETURN_IF_ERROR(FromRocks(writer.Open(file), Cat("bulk load: ", file)));
  std::unique_ptr<rocksdb::Iterator> it(from.db->NewIterator(rocksdb::ReadOptions(), source));
  for (const std::string& key : keys) {  // std::set: bytewise order, as RocksDB's
    it->Seek(key);
    RETURN_IF_ERROR(FromRocks(it->status(), "bulk load: read the scratch store"));
    if (it->Valid() && it->key() == key) {
      RETURN_IF_ERROR(FromRocks(writer.Put(key, it->value()), Cat("bulk load: ", file)));
      ++result->puts;
    } else {
      RETURN_IF_ERROR(FromRocks(writer.Delete(key), Cat("bulk load: ", file)));
      ++result->deletes;
    }
  }
  rocksdb::ExternalSstFileInfo info;
  RETURN_IF_ERROR(FromRocks(writer.Finish(&info), Cat("bulk load: ", file)));
  arg->column_family = target;
  arg->external_files = {file};
  arg->options.move_files = true;  // hard links: the scratch directory is on the same disk
  ++result->files;
  result->bytes += info.file_size;
  return absl::OkStatus();
}

absl::StatusOr<BulkLoadResult> BulkLoader::Finish() {
  if (impl_->finished) return absl::FailedPreconditionError("bulk load: already finished");
  impl_->finished = true;
  RETURN_IF_ERROR(FromRocks(impl_->batch_error, "bulk load: an article's batch"));
  BulkLoadResult result;
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (const auto& [cf, keys] : impl_->touched.keys) {
    if (keys.empty()) continue;
    RETURN_IF_ERROR(impl_->WriteTable(cf, keys, &args.emplace_back(), &result));
  }
  impl_->touched.keys.clear();
  if (args.empty()) return result;  // every article was there already
  GraphStore::Impl& target = *impl_->store->impl_;
  std::lock_guard<std::mutex> lock(target.write_mu);
  // One call for every column family: RocksDB adds all of the files or none.
  RETURN_IF_ERROR(FromRocks(target.db->IngestExternalFiles(args),
                            "bulk load: add the SST files to the store"));
  // The detector's caches describe claims as they were before the load.
  target.prepared_young.clear();
  target.prepared_old.clear();
  target.written.clear();
  target.asserted_counts.clear();
  target.term_heads.Clear();
  return result;
}

}  // namespace claimgraph::graph
