// claimgraph backup and restore: RocksDB BackupEngine backups of a store that
// no server holds (a running server backs up through `query backup`).
#include <iostream>

#include "common/json_text.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/store.h"
#include "commands.h"

namespace claimgraph::cli {
namespace {

struct BackupOptions {
  std::string db, dir;
  uint32_t id = 0;
  bool json = false;
};

absl::Status RunBackup(const BackupOptions& o) {
  graph::StoreOptions options;
  options.create_if_missing = false;
  auto store = graph::GraphStore::Open(o.db, options);
  if (graph::IsHeldByAnotherProcess(store.status())) {
    return absl::Status(
        store.status().code(),
        Cat("cannot back up ", o.db, ": another process holds it, most likely a running "
            "`claimgraph serve`; back it up through the server with `claimgraph query "
            "backup --server HOST:PORT` (serve --backup-dir DIR)"));
  }
  if (!store.ok()) {
    return absl::Status(store.status().code(),
                        Cat("cannot open store ", o.db, ": ", store.status().message()));
  }
  ASSIGN_OR_RETURN(graph::BackupInfo info, (*store)->Backup(o.dir));
  PrintBackup(info.id, o.dir, info.bytes, info.new_bytes, info.files, o.json);
  return absl::OkStatus();
}

absl::Status RunRestore(const BackupOptions& o) {
  RETURN_IF_ERROR(graph::RestoreBackup(o.dir, o.db, o.id));
  std::cout << "restored " << (o.id == 0 ? std::string("the latest backup") : Cat("backup ", o.id))
            << " of " << o.dir << " into " << o.db << "\n";
  return absl::OkStatus();
}

}  // namespace

void PrintBackup(uint32_t id, const std::string& dir, uint64_t bytes, uint64_t new_bytes,
                 uint32_t files, bool json) {
  if (json) {
    std::string line = Cat("{\"backup_id\":", id, ",\"backup_dir\":");
    AppendJsonString(&line, dir);
    CatTo(&line, ",\"bytes\":", bytes, ",\"new_bytes\":", new_bytes, ",\"files\":", files, "}");
    std::cout << line << "\n";
    return;
  }
  std::cout << "backup " << id << " in " << dir << ": " << bytes << " bytes (" << new_bytes
            << " copied), " << files << " files\n";
}

void AddBackupCommands(CLI::App& app, absl::Status* result) {
  auto o = std::make_shared<BackupOptions>();
  auto* backup = app.add_subcommand(
      "backup", "Back a store up (incremental; for a store a server holds: query backup)");
  backup->add_option("--db", o->db, "Store directory")->required();
  backup->add_option("--to", o->dir, "Backup directory (created if missing)")->required();
  backup->add_flag("--json", o->json,
                   "Print {\"backup_id\",\"backup_dir\",\"bytes\",\"new_bytes\",\"files\"}");
  backup->callback([o, result] { *result = RunBackup(*o); });

  auto* restore = app.add_subcommand("restore", "Restore a backup as a new store");
  restore->add_option("--from", o->dir, "Backup directory")->required();
  restore->add_option("--db", o->db, "New store directory (must not exist, or be empty)")
      ->required();
  restore->add_option("--backup", o->id, "Backup id (0: the latest)");
  restore->callback([o, result] { *result = RunRestore(*o); });
}

}  // namespace claimgraph::cli
