#include "server/store/sqlite_vfs.h"

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <memory>
#include <mutex>

namespace dienhong::store::internal {
namespace {

// Our VFS: SQLite's sqlite3_vfs first (so a sqlite3_vfs* is a ShimVfs*), then what the
// forwarding needs. The default VFS keeps its own state in its pAppData, so every call is
// forwarded with ITS pointer, never ours.
struct ShimVfs {
  sqlite3_vfs base;
  sqlite3_vfs* real;
  Env* env;
  std::string name;
};

// An open file: sqlite3_file first, then the real VFS's file in the same allocation
// (szOsFile covers both).
struct ShimFile {
  sqlite3_file base;
  Env* env;
  char* path;  // sqlite3_mprintf'd copy; NULL for SQLite's nameless temporary files
};
constexpr size_t kShimFileSize = (sizeof(ShimFile) + 7) & ~size_t{7};

sqlite3_file* Real(sqlite3_file* f) {
  return reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + kShimFileSize);
}
ShimFile* Shim(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f); }
sqlite3_vfs* RealVfs(sqlite3_vfs* vfs) { return reinterpret_cast<ShimVfs*>(vfs)->real; }

bool Allowed(sqlite3_file* f, Env::DbOp op) {
  ShimFile* shim = Shim(f);
  return shim->env->BeforeDbOp(op, shim->path != nullptr ? shim->path : "").ok();
}

// --- file methods: ask the Env where it matters, then forward ---
int Close(sqlite3_file* f) {
  sqlite3_file* real = Real(f);
  int rc = real->pMethods != nullptr ? real->pMethods->xClose(real) : SQLITE_OK;
  sqlite3_free(Shim(f)->path);
  Shim(f)->path = nullptr;
  return rc;
}
int Read(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) {
  return Real(f)->pMethods->xRead(Real(f), buf, n, off);
}
int Write(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
  if (!Allowed(f, Env::DbOp::kWrite)) return SQLITE_FULL;
  return Real(f)->pMethods->xWrite(Real(f), buf, n, off);
}
int Truncate(sqlite3_file* f, sqlite3_int64 size) {
  return Real(f)->pMethods->xTruncate(Real(f), size);
}
int Sync(sqlite3_file* f, int flags) {
  if (!Allowed(f, Env::DbOp::kSync)) return SQLITE_IOERR_FSYNC;
  return Real(f)->pMethods->xSync(Real(f), flags);
}
int FileSize(sqlite3_file* f, sqlite3_int64* size) {
  return Real(f)->pMethods->xFileSize(Real(f), size);
}
int Lock(sqlite3_file* f, int level) { return Real(f)->pMethods->xLock(Real(f), level); }
int Unlock(sqlite3_file* f, int level) { return Real(f)->pMethods->xUnlock(Real(f), level); }
int CheckReservedLock(sqlite3_file* f, int* out) {
  return Real(f)->pMethods->xCheckReservedLock(Real(f), out);
}
int FileControl(sqlite3_file* f, int op, void* arg) {
  return Real(f)->pMethods->xFileControl(Real(f), op, arg);
}
int SectorSize(sqlite3_file* f) { return Real(f)->pMethods->xSectorSize(Real(f)); }
int DeviceCharacteristics(sqlite3_file* f) {
  return Real(f)->pMethods->xDeviceCharacteristics(Real(f));
}
int ShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
  return Real(f)->pMethods->xShmMap(Real(f), region, size, extend, out);
}
int ShmLock(sqlite3_file* f, int offset, int n, int flags) {
  return Real(f)->pMethods->xShmLock(Real(f), offset, n, flags);
}
void ShmBarrier(sqlite3_file* f) { Real(f)->pMethods->xShmBarrier(Real(f)); }
int ShmUnmap(sqlite3_file* f, int delete_flag) {
  return Real(f)->pMethods->xShmUnmap(Real(f), delete_flag);
}
int Fetch(sqlite3_file* f, sqlite3_int64 off, int n, void** out) {
  return Real(f)->pMethods->xFetch(Real(f), off, n, out);
}
int Unfetch(sqlite3_file* f, sqlite3_int64 off, void* p) {
  return Real(f)->pMethods->xUnfetch(Real(f), off, p);
}

// Version 3, like the unix VFS's files: WAL needs the shm methods, and xFetch/xUnfetch
// are only called when mmap is on (it is off by default).
const sqlite3_io_methods kMethodsV3 = {
    3,        Close,   Read,    Write,    Truncate,          Sync,
    FileSize, Lock,    Unlock,  CheckReservedLock, FileControl, SectorSize,
    DeviceCharacteristics, ShmMap, ShmLock, ShmBarrier, ShmUnmap, Fetch, Unfetch};
// For real files whose methods are older (not the unix VFS's, but cheap to honour): the
// shim must not offer what the real file cannot do.
const sqlite3_io_methods kMethodsV1 = {
    1,        Close,   Read,    Write,    Truncate,          Sync,
    FileSize, Lock,    Unlock,  CheckReservedLock, FileControl, SectorSize,
    DeviceCharacteristics, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

// --- VFS methods ---
int Open(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
  ShimFile* shim = Shim(f);
  shim->base.pMethods = nullptr;
  shim->path = nullptr;
  sqlite3_file* real = Real(f);
  std::memset(real, 0, static_cast<size_t>(RealVfs(vfs)->szOsFile));
  int rc = RealVfs(vfs)->xOpen(RealVfs(vfs), name, real, flags, out_flags);
  if (rc != SQLITE_OK) {
    // SQLite calls xClose only when pMethods is set; close the real file ourselves if it
    // was left half-open.
    if (real->pMethods != nullptr) real->pMethods->xClose(real);
    return rc;
  }
  shim->env = reinterpret_cast<ShimVfs*>(vfs)->env;
  if (name != nullptr) shim->path = sqlite3_mprintf("%s", name);
  shim->base.pMethods = real->pMethods->iVersion >= 3 ? &kMethodsV3 : &kMethodsV1;
  return SQLITE_OK;
}
int Delete(sqlite3_vfs* vfs, const char* name, int sync_dir) {
  return RealVfs(vfs)->xDelete(RealVfs(vfs), name, sync_dir);
}
int Access(sqlite3_vfs* vfs, const char* name, int flags, int* out) {
  return RealVfs(vfs)->xAccess(RealVfs(vfs), name, flags, out);
}
int FullPathname(sqlite3_vfs* vfs, const char* name, int n, char* out) {
  return RealVfs(vfs)->xFullPathname(RealVfs(vfs), name, n, out);
}
void* DlOpen(sqlite3_vfs* vfs, const char* name) {
  return RealVfs(vfs)->xDlOpen(RealVfs(vfs), name);
}
void DlError(sqlite3_vfs* vfs, int n, char* out) { RealVfs(vfs)->xDlError(RealVfs(vfs), n, out); }
void (*DlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void) {
  return RealVfs(vfs)->xDlSym(RealVfs(vfs), handle, symbol);
}
void DlClose(sqlite3_vfs* vfs, void* handle) { RealVfs(vfs)->xDlClose(RealVfs(vfs), handle); }
int Randomness(sqlite3_vfs* vfs, int n, char* out) {
  return RealVfs(vfs)->xRandomness(RealVfs(vfs), n, out);
}
int Sleep(sqlite3_vfs* vfs, int micros) { return RealVfs(vfs)->xSleep(RealVfs(vfs), micros); }
int CurrentTime(sqlite3_vfs* vfs, double* out) {
  return RealVfs(vfs)->xCurrentTime(RealVfs(vfs), out);
}
int GetLastError(sqlite3_vfs* vfs, int n, char* out) {
  return RealVfs(vfs)->xGetLastError(RealVfs(vfs), n, out);
}
int CurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out) {
  return RealVfs(vfs)->xCurrentTimeInt64(RealVfs(vfs), out);
}

}  // namespace

Result<std::string> VfsFor(Env* env) {
  static std::mutex mu;
  static std::map<Env*, ShimVfs*>* registered = new std::map<Env*, ShimVfs*>();  // never freed
  std::lock_guard lock(mu);
  auto it = registered->find(env);
  if (it != registered->end()) return it->second->name;

  sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
  if (real == nullptr) return Status::Internal("SQLite không có VFS mặc định");
  auto* shim = new ShimVfs();  // never freed: SQLite may use it until exit
  shim->real = real;
  shim->env = env;
  char name[64];
  std::snprintf(name, sizeof name, "dienhong-env-%p", static_cast<void*>(env));
  shim->name = name;
  sqlite3_vfs& v = shim->base;
  // At most version 2: version 3's system-call overrides are for SQLite's own tests.
  v.iVersion = real->iVersion >= 2 ? 2 : 1;
  v.szOsFile = static_cast<int>(kShimFileSize) + real->szOsFile;
  v.mxPathname = real->mxPathname;
  v.zName = shim->name.c_str();
  v.pAppData = nullptr;
  v.xOpen = Open;
  v.xDelete = Delete;
  v.xAccess = Access;
  v.xFullPathname = FullPathname;
  v.xDlOpen = DlOpen;
  v.xDlError = DlError;
  v.xDlSym = DlSym;
  v.xDlClose = DlClose;
  v.xRandomness = Randomness;
  v.xSleep = Sleep;
  v.xCurrentTime = CurrentTime;
  v.xGetLastError = GetLastError;
  v.xCurrentTimeInt64 = real->iVersion >= 2 ? CurrentTimeInt64 : nullptr;
  int rc = sqlite3_vfs_register(&v, /*makeDflt=*/0);
  if (rc != SQLITE_OK) {
    delete shim;
    return Status::Internal(std::string("đăng ký VFS của SQLite: ") + sqlite3_errstr(rc));
  }
  registered->emplace(env, shim);
  return shim->name;
}

}  // namespace dienhong::store::internal
