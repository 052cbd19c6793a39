// FaultInjectionEnv: an Env (server/store/env.h) over the real file system that fails
// chosen operations on purpose, so tests can provoke a full disk, a failed fsync, a failed
// rename or a failed WAL checkpoint at any step and check what the server promises: an
// acknowledged command is never lost, a failed one is reported and not acknowledged, and
// nothing partial is left.
//
// Kinds of fault and the operations each one counts:
//   kFullDisk    writes: every SQLite write (VFS shim, BeforeDbOp kWrite) and
//                WritableFile::Append; a refused write is a full disk (SQLITE_FULL /
//                Unavailable "No space left on device").
//   kFsync       syncs: SQLite's fsyncs (BeforeDbOp kSync), WritableFile::Sync, SyncDir.
//   kRename      RenameFile.
//   kCheckpoint  a deliberate WAL checkpoint (BeforeDbOp kCheckpoint).
// FailNth(kind, n) fails the n-th operation of that kind counted from the call (n = 1: the
// next one); with `sticky`, that one and every later one (a disk that stays full) until
// Heal(). Operations that are not failed are passed to the wrapped Env unchanged.
//
// Thread-safety: all methods may be called from any thread (one mutex); the files it
// returns follow the Env contract (one thread at a time).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "server/store/env.h"

namespace dienhong::store {

class FaultInjectionEnv final : public Env {
 public:
  enum class Fault { kFullDisk, kFsync, kRename, kCheckpoint };

  explicit FaultInjectionEnv(Env* base = Env::Default()) : base_(base) {}

  void FailNth(Fault fault, int n, bool sticky = false);
  // Stops failing anything (armed faults are forgotten; counts are kept).
  void Heal();
  // Operations of a kind seen so far, and how many of them were failed.
  int seen(Fault fault) const;
  int failed(Fault fault) const;

  Result<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path) override;
  Result<std::unique_ptr<RandomAccessFile>> NewRandomAccessFile(const std::string& path) override {
    return base_->NewRandomAccessFile(path);
  }
  Status RenameFile(const std::string& from, const std::string& to) override;
  Status RemoveFile(const std::string& path) override { return base_->RemoveFile(path); }
  Status SyncDir(const std::string& dir) override;
  Status CreateDirs(const std::string& dir) override { return base_->CreateDirs(dir); }
  bool FileExists(const std::string& path) override { return base_->FileExists(path); }
  Result<int64_t> FileSize(const std::string& path) override { return base_->FileSize(path); }
  Result<std::vector<std::string>> ListDir(const std::string& dir) override {
    return base_->ListDir(dir);
  }
  Result<std::unique_ptr<FileLock>> LockFile(const std::string& path) override {
    return base_->LockFile(path);
  }
  Status BeforeDbOp(DbOp op, std::string_view path) override;

  // The error a failed operation of `fault` returns (also used by the files it wraps).
  // Returns Ok when the operation may proceed.
  Status Check(Fault fault, std::string_view path);

 private:
  struct Armed {
    int countdown = 0;  // fail when it reaches 0; 0 and !sticky_on = not armed
    bool sticky = false;
    bool failing = false;  // sticky and reached
  };
  Env* const base_;
  mutable std::mutex mu_;
  std::map<Fault, Armed> armed_;  // guarded by mu_
  std::map<Fault, int> seen_;     // guarded by mu_
  std::map<Fault, int> failed_;   // guarded by mu_
};

}  // namespace dienhong::store
