// Damaging a real store's table files for the corruption tests (issue 14): the
// store's memtables are flushed into table files first, then bytes of those
// files are flipped so that their blocks fail RocksDB's checksums.
#ifndef CLAIMGRAPH_TESTS_CORRUPT_TABLES_H_
#define CLAIMGRAPH_TESTS_CORRUPT_TABLES_H_

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "graph/keys.h"
#include "graph/testing.h"
#include "rocksdb/db.h"
#include "test_util.h"

namespace claimgraph::testing {

// Opens the closed store at `db` as plain RocksDB and applies `change` to it
// (handles in StoreColumnFamilies order).
inline void EditStore(const std::string& db,
               const std::function<void(rocksdb::DB&,
                                        const std::vector<rocksdb::ColumnFamilyHandle*>&)>& change) {
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::Open(graph::StoreDbOptions({}), db, graph::StoreColumnFamilies({}), &handles, &raw)
              .ok());
  std::unique_ptr<rocksdb::DB> opened(raw);
  change(*opened, handles);
  for (auto* handle : handles) opened->DestroyColumnFamilyHandle(handle);
}

constexpr std::size_t kInHandle = 4, kIdxHandle = 5, kMetaHandle = 6;  // StoreColumnFamilies order

// The keys of `index` in the idx column family of the open raw store.
inline std::vector<std::string> IndexKeys(rocksdb::DB& db,
                                          const std::vector<rocksdb::ColumnFamilyHandle*>& handles,
                                          graph::IndexId index) {
  std::vector<std::string> keys;
  std::unique_ptr<rocksdb::Iterator> it(
      db.NewIterator(rocksdb::ReadOptions(), handles[kIdxHandle]));
  const std::string prefix = graph::IndexPrefix(index);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    keys.push_back(it->key().ToString());
  }
  return keys;
}

// Makes the closed store at `db` what a store of schema `version` was:
// every entry of `index` (which that version lacked) deleted, and `version`
// recorded. Returns how many entries were deleted.
inline std::size_t DowngradeStore(const std::string& db, graph::IndexId index,
                                  uint64_t version) {
  std::size_t deleted = 0;
  EditStore(db, [&](rocksdb::DB& raw, const auto& handles) {
    for (const std::string& key : IndexKeys(raw, handles, index)) {
      REQUIRE(raw.Delete(rocksdb::WriteOptions(), handles[kIdxHandle], key).ok());
      ++deleted;
    }
    std::string value;
    graph::AppendU64(&value, version);
    REQUIRE(raw.Put(rocksdb::WriteOptions(), handles[kMetaHandle],
                    std::string(graph::kSchemaVersionKey), value)
                .ok());
  });
  return deleted;
}

// The schema version recorded in the closed store at `db`.
inline uint64_t StoredSchemaVersion(const std::string& db) {
  uint64_t version = 0;
  EditStore(db, [&](rocksdb::DB& raw, const auto& handles) {
    std::string value;
    REQUIRE(raw.Get(rocksdb::ReadOptions(), handles[kMetaHandle],
                    std::string(graph::kSchemaVersionKey), &value)
                .ok());
    version = graph::ReadU64(value);
  });
  return version;
}

// Writes everything of the (closed) store at `db` into table files (recent
// writes may sit in the WAL) and returns the table files of column family
// `cf` ("nodes", "idx", ...); every table file when `cf` is empty.
inline std::vector<std::string> FlushedTables(const std::string& db,
                                              const std::string& cf = "") {
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::Open(graph::StoreDbOptions({}), db, graph::StoreColumnFamilies({}),
                            &handles, &raw)
              .ok());
  std::unique_ptr<rocksdb::DB> opened(raw);
  REQUIRE(opened->Flush(rocksdb::FlushOptions(), handles).ok());
  std::vector<rocksdb::LiveFileMetaData> live;
  opened->GetLiveFilesMetaData(&live);
  std::vector<std::string> files;
  for (const auto& file : live) {
    if (cf.empty() || file.column_family_name == cf) {
      files.push_back(file.directory + "/" + file.relative_filename);
    }
  }
  for (auto* handle : handles) opened->DestroyColumnFamilyHandle(handle);
  return files;
}

// Flips a byte every 512 of `path` from byte 64 up to `fraction` of its size.
// A block-based table keeps its data blocks first and its index and footer at
// the end: the whole file (fraction 1) cannot be opened at all; its first half
// opens, and only reads of the damaged data blocks fail.
inline void FlipBytes(const std::string& path, double fraction = 1.0) {
  std::string bytes = ReadFile(path);
  auto end = static_cast<std::size_t>(bytes.size() * fraction);
  for (std::size_t at = 64; at + 128 < end; at += 512) bytes[at] ^= 0x5A;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_CORRUPT_TABLES_H_
