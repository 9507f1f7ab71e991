// Backups of a store (RocksDB BackupEngine) and restoring them.
#include <algorithm>
#include <filesystem>
#include <set>

#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/store.h"
#include "graph/store_impl.h"
#include "rocksdb/env.h"
#include "rocksdb/utilities/backup_engine.h"

namespace claimgraph::graph {
namespace {

namespace fs = std::filesystem;

absl::StatusOr<std::unique_ptr<rocksdb::BackupEngine>> OpenBackupEngine(
    const std::string& backup_dir, rocksdb::Env* env) {
  rocksdb::BackupEngineOptions options(backup_dir);
  options.max_background_operations = 2;
  options.sync = true;
  rocksdb::BackupEngine* engine = nullptr;
  RETURN_IF_ERROR(FromRocks(rocksdb::BackupEngine::Open(options, env, &engine),
                            Cat("backup directory ", backup_dir)));
  return std::unique_ptr<rocksdb::BackupEngine>(engine);
}

BackupInfo InfoOf(const rocksdb::BackupInfo& info) {
  return {.id = info.backup_id,
          .timestamp = info.timestamp,
          .bytes = info.size,
          .files = info.number_files};
}

}  // namespace

absl::StatusOr<BackupInfo> GraphStore::Backup(const std::string& backup_dir) {
  if (impl_->options.read_only) {
    return absl::FailedPreconditionError(
        "a backup is taken from the process that writes the store");
  }
  rocksdb::Env* env = impl_->options.env ? impl_->options.env : rocksdb::Env::Default();
  ASSIGN_OR_RETURN(auto engine, OpenBackupEngine(backup_dir, env));
  std::vector<rocksdb::BackupInfo> before;
  engine->GetBackupInfo(&before);
  uint64_t shared_before = 0;
  for (const auto& info : before) shared_before = std::max<uint64_t>(shared_before, info.size);
  rocksdb::CreateBackupOptions options;
  // The WAL is copied with the SST files, so no flush is needed for the
  // backup to hold every write made before it; not flushing keeps it from
  // waiting on a full memtable.
  options.flush_before_backup = false;
  rocksdb::BackupID id = 0;
  RETURN_IF_ERROR(FromRocks(engine->CreateNewBackup(options, impl_->db, &id),
                            Cat("back up into ", backup_dir)));
  rocksdb::BackupInfo info;
  RETURN_IF_ERROR(FromRocks(engine->GetBackupInfo(id, &info, /*include_file_details=*/true),
                            Cat("backup directory ", backup_dir)));
  BackupInfo result = InfoOf(info);
  // What this backup had to copy: its files that no earlier backup holds.
  std::set<std::string> earlier;
  for (const auto& old : before) {
    rocksdb::BackupInfo details;
    if (engine->GetBackupInfo(old.backup_id, &details, true).ok()) {
      for (const auto& file : details.file_details) earlier.insert(file.relative_filename);
    }
  }
  for (const auto& file : info.file_details) {
    if (!earlier.contains(file.relative_filename)) result.new_bytes += file.size;
  }
  return result;
}

absl::StatusOr<std::vector<BackupInfo>> ListBackups(const std::string& backup_dir) {
  std::error_code ec;
  if (!fs::is_directory(backup_dir, ec)) {
    return absl::NotFoundError(Cat("no backup directory at ", backup_dir));
  }
  ASSIGN_OR_RETURN(auto engine, OpenBackupEngine(backup_dir, rocksdb::Env::Default()));
  std::vector<rocksdb::BackupInfo> infos;
  engine->GetBackupInfo(&infos);
  if (infos.empty()) return absl::NotFoundError(Cat(backup_dir, " holds no backup"));
  std::vector<BackupInfo> out;
  for (const auto& info : infos) out.push_back(InfoOf(info));
  return out;
}

absl::Status RestoreBackup(const std::string& backup_dir, const std::string& path,
                           uint32_t id) {
  std::error_code ec;
  if (fs::exists(path, ec) && !(fs::is_directory(path, ec) && fs::is_empty(path, ec))) {
    return absl::FailedPreconditionError(
        Cat("cannot restore into ", path, ": it exists and is not an empty directory"));
  }
  ASSIGN_OR_RETURN(std::vector<BackupInfo> backups, ListBackups(backup_dir));
  if (id != 0 && std::none_of(backups.begin(), backups.end(),
                              [id](const BackupInfo& b) { return b.id == id; })) {
    return absl::NotFoundError(Cat(backup_dir, " holds no backup ", id));
  }
  ASSIGN_OR_RETURN(auto engine, OpenBackupEngine(backup_dir, rocksdb::Env::Default()));
  std::string staging = fs::path(path).lexically_normal().string();
  while (staging.size() > 1 && staging.back() == '/') staging.pop_back();
  staging += ".restoring";
  fs::remove_all(staging, ec);  // left by a restore that was killed
  rocksdb::IOStatus restored =
      id == 0 ? engine->RestoreDBFromLatestBackup(staging, staging)
              : engine->RestoreDBFromBackup(id, staging, staging);
  if (!restored.ok()) {
    fs::remove_all(staging, ec);
    return FromRocks(restored, Cat("restore ", backup_dir, " into ", path));
  }
  fs::rename(staging, path, ec);  // replaces an empty directory at `path`
  if (ec) {
    std::string reason = ec.message();
    fs::remove_all(staging, ec);
    return absl::FailedPreconditionError(Cat("cannot restore into ", path, ": ", reason));
  }
  return absl::OkStatus();
}

}  // namespace claimgraph::graph
