// The SQLite schema of the event log and the reference tables, and how connections are
// opened (WAL, synchronous=FULL, foreign keys, busy timeout). The stored form of an event
// and its hash are described in chain.h.
//
// Tables (schema version 1, PRAGMA user_version = 1):
//   events     the append-only, hash-chained log; BEFORE UPDATE / BEFORE DELETE triggers
//              abort with "events are append-only".
//   snapshots  latest serialized v1::SessionState per session (see SaveSnapshot).
//   councils, delegates, accounts, tokens
//              reference data written by the server through AppendRequest.side_effects,
//              so that each change commits in the same transaction as its event.
//   document_notes
//              a delegate's private notes on a document (notes_table.h); no events.
//
// Thread-safety: functions; a sqlite3* connection must be used by one thread at a time.
#pragma once

#include <string>

#include "common/result.h"
#include "server/store/env.h"

struct sqlite3;

namespace dienhong::store {

// The schema version this build creates and understands. Opening a file with a newer
// version fails (FailedPrecondition) rather than misreading it.
inline constexpr int kSchemaVersion = 1;

// Opens (creating if needed) the database file with the log's pragmas and ensures the
// schema exists (idempotent, versioned via PRAGMA user_version). read_only opens an
// existing file without creating anything (NotFound if it does not exist,
// FailedPrecondition if it has no schema). Every file access goes through `env` (nullptr:
// Env::Default()) by the VFS shim (sqlite_vfs.h). The caller owns the handle
// (sqlite3_close_v2).
Result<sqlite3*> OpenDatabase(const std::string& path, bool read_only = false,
                              Env* env = nullptr);

// Executes one or more SQL statements; returns Internal (or Unavailable for busy/full/I/O
// errors) with SQLite's message on failure.
Status Exec(sqlite3* db, const std::string& sql);

}  // namespace dienhong::store
