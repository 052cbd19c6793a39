// The SQLite schema of the event log and the reference tables, and how connections are
// opened (WAL, synchronous=FULL, foreign keys, busy timeout). See docs/event-log.md.
//
// Thread-safety: functions; a sqlite3* connection must be used by one thread at a time.
#pragma once

#include <string>

#include "common/result.h"

struct sqlite3;

namespace dienhong::store {

// Opens (creating if needed) the database file with the log's pragmas and ensures the
// schema exists (idempotent, versioned via PRAGMA user_version). read_only opens an
// existing file without creating anything.
Result<sqlite3*> OpenDatabase(const std::string& path, bool read_only = false);

// Executes one or more SQL statements; returns Internal with SQLite's message on failure.
Status Exec(sqlite3* db, const std::string& sql);

}  // namespace dienhong::store
