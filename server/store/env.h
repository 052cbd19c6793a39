// Env: the one seam between the store and the file system (in the style of LevelDB's
// Env). Everything the server persists goes through an Env: the SQLite database (through
// a VFS that forwards to it, store/sqlite_vfs.h) and the document files (BlobStore). Tests
// pass a FaultInjectionEnv (tests/server/fault_env.h) to make a write fail with a full
// disk, an fsync fail, or a rename fail at any step, and check that nothing acknowledged
// is lost and nothing partial is left.
//
// Errors are Status values: a full disk or an I/O error is Unavailable (the operation may
// be retried later), a missing file is NotFound, anything else Internal. Messages name
// the path and what was being done, in Vietnamese, for the operator.
//
// Thread-safety: an Env is shared by every thread; its methods may be called
// concurrently. A WritableFile or RandomAccessFile is used by one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace dienhong::store {

// A file being written from the start. Nothing written is durable before Sync().
class WritableFile {
 public:
  virtual ~WritableFile() = default;
  virtual Status Append(std::string_view data) = 0;
  // fdatasync: the bytes appended so far survive a crash.
  virtual Status Sync() = 0;
  virtual Status Close() = 0;
};

// A file read at arbitrary offsets (pread); never loads the whole file.
class RandomAccessFile {
 public:
  virtual ~RandomAccessFile() = default;
  // Reads up to `n` bytes at `offset` into `scratch`; fewer at the end of the file.
  virtual Result<std::string_view> Read(int64_t offset, size_t n, char* scratch) const = 0;
  virtual int64_t Size() const = 0;
};

class Env {
 public:
  virtual ~Env() = default;

  // The process's real file system.
  static Env* Default();

  virtual Result<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path) = 0;
  virtual Result<std::unique_ptr<RandomAccessFile>> NewRandomAccessFile(
      const std::string& path) = 0;
  // Atomically replaces `to` (rename(2)); the caller syncs the directory to make it durable.
  virtual Status RenameFile(const std::string& from, const std::string& to) = 0;
  virtual Status RemoveFile(const std::string& path) = 0;
  // Makes the directory entries (a create, rename or remove) in `dir` durable.
  virtual Status SyncDir(const std::string& dir) = 0;
  // Creates the directory and its parents when missing.
  virtual Status CreateDirs(const std::string& dir) = 0;
  virtual bool FileExists(const std::string& path) = 0;
  virtual Result<int64_t> FileSize(const std::string& path) = 0;
  // Names (not paths) of the entries of `dir`.
  virtual Result<std::vector<std::string>> ListDir(const std::string& dir) = 0;

  // Takes an exclusive advisory lock on `path` (created when missing) for the life of the
  // returned handle: a second server on the same data directory is refused.
  class FileLock {
   public:
    virtual ~FileLock() = default;
  };
  virtual Result<std::unique_ptr<FileLock>> LockFile(const std::string& path) = 0;

  // Hook for the SQLite VFS shim (store/sqlite_vfs.h): asked before SQLite writes, syncs or
  // checkpoints a database file. The default Env says OK; a FaultInjectionEnv can fail it.
  enum class DbOp { kWrite, kSync, kCheckpoint };
  virtual Status BeforeDbOp(DbOp op, std::string_view path) { return Status::Ok(); }
};

}  // namespace dienhong::store
