// A fault-injecting RocksDB FileSystem for tests (issue 14): the operating
// system's filesystem, except that writes fail once a byte budget is spent (as
// on a full disk), syncs fail, renames fail, or new files cannot be created
// (as on a read-only filesystem), each switched on and off while a store runs.
#ifndef CLAIMGRAPH_TESTS_FAULT_FS_H_
#define CLAIMGRAPH_TESTS_FAULT_FS_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "rocksdb/env.h"
#include "rocksdb/file_system.h"

namespace claimgraph::testing {

class FaultFileSystem : public rocksdb::FileSystemWrapper {
 public:
  FaultFileSystem() : FileSystemWrapper(rocksdb::FileSystem::Default()) {}
  const char* Name() const override { return "FaultFileSystem"; }

  // Writes (appends to any file) fail with ENOSPC once `bytes` more have been
  // written; negative: no limit.
  void FailAfterBytes(int64_t bytes) { bytes_left_ = bytes; }
  void FailSync(bool fail) { fail_sync_ = fail; }
  void FailRename(bool fail) { fail_rename_ = fail; }
  // New files (and appends) fail with EROFS.
  void ReadOnly(bool read_only) { read_only_ = read_only; }
  // Lifts every fault ("space was freed").
  void Heal() {
    bytes_left_ = -1;
    fail_sync_ = fail_rename_ = read_only_ = false;
  }
  int faults() const { return faults_; }

  rocksdb::IOStatus NewWritableFile(const std::string& name,
                                    const rocksdb::FileOptions& options,
                                    std::unique_ptr<rocksdb::FSWritableFile>* result,
                                    rocksdb::IODebugContext* dbg) override {
    if (read_only_) return ReadOnlyError(name);
    return Wrap(target()->NewWritableFile(name, options, result, dbg), result);
  }
  rocksdb::IOStatus ReopenWritableFile(const std::string& name,
                                       const rocksdb::FileOptions& options,
                                       std::unique_ptr<rocksdb::FSWritableFile>* result,
                                       rocksdb::IODebugContext* dbg) override {
    if (read_only_) return ReadOnlyError(name);
    return Wrap(target()->ReopenWritableFile(name, options, result, dbg), result);
  }
  rocksdb::IOStatus RenameFile(const std::string& from, const std::string& to,
                               const rocksdb::IOOptions& options,
                               rocksdb::IODebugContext* dbg) override {
    if (fail_rename_ || read_only_) {
      ++faults_;
      return rocksdb::IOStatus::IOError("While renaming " + from + " to " + to,
                                        "Input/output error");
    }
    return target()->RenameFile(from, to, options, dbg);
  }

 private:
  // The file the target opened, with its writes going through the faults.
  rocksdb::IOStatus Wrap(rocksdb::IOStatus opened,
                         std::unique_ptr<rocksdb::FSWritableFile>* file) {
    if (opened.ok()) *file = std::make_unique<File>(std::move(*file), this);
    return opened;
  }

  rocksdb::IOStatus ReadOnlyError(const std::string& name) {
    ++faults_;
    return rocksdb::IOStatus::IOError("While open a file for appending: " + name,
                                      "Read-only file system");
  }

  // Spends `n` bytes of the budget; false when it is exhausted.
  bool Spend(uint64_t n) {
    if (read_only_) return false;
    int64_t left = bytes_left_.load();
    while (left >= 0) {
      if (static_cast<uint64_t>(left) < n) {
        bytes_left_ = 0;
        return false;
      }
      if (bytes_left_.compare_exchange_weak(left, left - static_cast<int64_t>(n))) break;
    }
    return true;
  }

  class File : public rocksdb::FSWritableFileOwnerWrapper {
   public:
    File(std::unique_ptr<rocksdb::FSWritableFile> file, FaultFileSystem* fs)
        : FSWritableFileOwnerWrapper(std::move(file)), fs_(fs) {}
    rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                             rocksdb::IODebugContext* dbg) override {
      if (!fs_->Spend(data.size())) return Full();
      return target()->Append(data, options, dbg);
    }
    rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                             const rocksdb::DataVerificationInfo& info,
                             rocksdb::IODebugContext* dbg) override {
      if (!fs_->Spend(data.size())) return Full();
      return target()->Append(data, options, info, dbg);
    }
    rocksdb::IOStatus PositionedAppend(const rocksdb::Slice& data, uint64_t offset,
                                       const rocksdb::IOOptions& options,
                                       rocksdb::IODebugContext* dbg) override {
      if (!fs_->Spend(data.size())) return Full();
      return target()->PositionedAppend(data, offset, options, dbg);
    }
    rocksdb::IOStatus PositionedAppend(const rocksdb::Slice& data, uint64_t offset,
                                       const rocksdb::IOOptions& options,
                                       const rocksdb::DataVerificationInfo& info,
                                       rocksdb::IODebugContext* dbg) override {
      if (!fs_->Spend(data.size())) return Full();
      return target()->PositionedAppend(data, offset, options, info, dbg);
    }
    rocksdb::IOStatus Sync(const rocksdb::IOOptions& options,
                           rocksdb::IODebugContext* dbg) override {
      if (fs_->fail_sync_) return SyncFailed();
      return target()->Sync(options, dbg);
    }
    rocksdb::IOStatus Fsync(const rocksdb::IOOptions& options,
                            rocksdb::IODebugContext* dbg) override {
      if (fs_->fail_sync_) return SyncFailed();
      return target()->Fsync(options, dbg);
    }
    rocksdb::IOStatus RangeSync(uint64_t offset, uint64_t nbytes,
                                const rocksdb::IOOptions& options,
                                rocksdb::IODebugContext* dbg) override {
      if (fs_->fail_sync_) return SyncFailed();
      return target()->RangeSync(offset, nbytes, options, dbg);
    }

   private:
    rocksdb::IOStatus Full() {
      ++fs_->faults_;
      if (fs_->read_only_) {
        return rocksdb::IOStatus::IOError("While appending to file", "Read-only file system");
      }
      return rocksdb::IOStatus::NoSpace("While appending to file",
                                        "No space left on device");
    }
    rocksdb::IOStatus SyncFailed() {
      ++fs_->faults_;
      return rocksdb::IOStatus::IOError("While fsync", "Input/output error");
    }
    FaultFileSystem* fs_;
  };

  std::atomic<int64_t> bytes_left_{-1};
  std::atomic<bool> fail_sync_{false};
  std::atomic<bool> fail_rename_{false};
  std::atomic<bool> read_only_{false};
  std::atomic<int> faults_{0};
};

// An Env whose files go through a FaultFileSystem, for StoreOptions::env.
struct FaultEnv {
  std::shared_ptr<FaultFileSystem> fs = std::make_shared<FaultFileSystem>();
  std::unique_ptr<rocksdb::Env> env = rocksdb::NewCompositeEnv(fs);
};

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_FAULT_FS_H_
