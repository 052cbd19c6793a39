// The SQLite VFS shim: how the database files reach the store's Env (env.h).
//
// SQLite does its own file I/O through a VFS. VfsFor(env) registers (once per Env) a VFS
// that forwards every call to SQLite's default "unix" VFS, but first asks
// env->BeforeDbOp(kWrite) before each write and env->BeforeDbOp(kSync) before each fsync
// of a database, WAL or journal file. When the Env refuses, the call fails as the disk
// would: a refused write is SQLITE_FULL (a full disk), a refused sync SQLITE_IOERR_FSYNC.
// So a test's FaultInjectionEnv (tests/server/fault_env.h) reaches every write SQLite
// makes, in the commit, in a checkpoint, anywhere, without a real full disk. The real
// Env::Default() says OK, and the shim costs one virtual call per write.
//
// Checkpoints are not a VFS operation: the code that checkpoints on purpose asks
// BeforeDbOp(kCheckpoint) itself (store/ballot_table.h); the writes a checkpoint makes
// still pass through the shim.
//
// Thread-safety: VfsFor may be called from any thread. A registered VFS is never
// unregistered (SQLite keeps a pointer to it while any connection uses it); it is keyed by
// the Env's address, so an Env created later at the same address reuses it correctly.
#pragma once

#include <string>

#include "common/result.h"
#include "server/store/env.h"

namespace dienhong::store::internal {

// The name of the VFS that forwards to `env` (registered on first use), for
// sqlite3_open_v2. Fails only when SQLite has no default VFS.
Result<std::string> VfsFor(Env* env);

}  // namespace dienhong::store::internal
