#include "server/store/schema.h"

#include <sqlite3.h>

#include <string>

#include "server/store/sqlite_util.h"
#include "server/store/sqlite_vfs.h"

namespace dienhong::store {
namespace {

using internal::DbHandle;
using internal::SqliteError;
using internal::Stmt;

// Version 1 of the schema. Every statement is idempotent (IF NOT EXISTS) so that a crash
// between creation and the user_version update is harmless: the next open simply runs it
// again. Later versions add migrations keyed on user_version; they never edit this text.
constexpr char kSchemaV1[] = R"sql(
CREATE TABLE IF NOT EXISTS events (
  log_index       INTEGER PRIMARY KEY,
  stream_id       INTEGER NOT NULL,
  seq             INTEGER NOT NULL,
  recorded_at_us  INTEGER NOT NULL,
  kind            TEXT NOT NULL,
  idempotency_key TEXT UNIQUE,
  command_events  INTEGER NOT NULL DEFAULT 1,
  payload         BLOB NOT NULL,
  prev_hash       BLOB NOT NULL,
  hash            BLOB NOT NULL,
  UNIQUE (stream_id, seq)
);
-- The log is append-only. The triggers stop mistakes and casual edits; a determined
-- attacker with the file can drop them, which is what the hash chain is for.
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;

-- Latest folded state per session (serialized dienhong.v1.SessionState) so that start-up
-- replays only the events after `seq`.
CREATE TABLE IF NOT EXISTS snapshots (
  stream_id INTEGER PRIMARY KEY,
  seq       INTEGER NOT NULL,
  state     BLOB NOT NULL
);

-- Reference data, written by the server's registry as side effects of its events.
CREATE TABLE IF NOT EXISTS councils (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS delegates (
  id         INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL,
  full_name  TEXT NOT NULL,
  data       BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS delegates_by_council ON delegates (council_id);
CREATE TABLE IF NOT EXISTS accounts (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE,
  council_id      INTEGER NOT NULL,
  role            INTEGER NOT NULL,
  data            BLOB NOT NULL,
  pin_hash        TEXT NOT NULL,
  failed_logins   INTEGER NOT NULL DEFAULT 0,
  locked_until_us INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tokens (
  digest        TEXT PRIMARY KEY,
  account_id    INTEGER NOT NULL,
  expires_at_us INTEGER NOT NULL,
  revoked       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS tokens_by_account ON tokens (account_id);
)sql";

// Voting's tables (docs/voting.md), created on every writable open when missing, so they
// reach databases created before voting existed without a schema version of their own.
//   poll_participation: who voted in which poll; the PRIMARY KEY is the database's own
//     guard of "one vote per delegate per poll" (the domain's is Decide). `ballot` holds
//     the named vote of an OPEN poll and is NULL for a secret one.
//   secret_ballots: the ballots of SECRET polls, keyed by a random value, with no
//     delegate, no time and (WITHOUT ROWID) no insertion order. Rewritten in key order,
//     with secure_delete, when a poll closes or is cancelled.
constexpr char kVotingTables[] = R"sql(
CREATE TABLE IF NOT EXISTS poll_participation (
  session_id  INTEGER NOT NULL,
  poll_id     INTEGER NOT NULL,
  delegate_id INTEGER NOT NULL,
  ballot      BLOB,
  PRIMARY KEY (session_id, poll_id, delegate_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS secret_ballots (
  session_id INTEGER NOT NULL,
  poll_id    INTEGER NOT NULL,
  ballot_key BLOB NOT NULL,
  ballot     BLOB NOT NULL,
  PRIMARY KEY (session_id, poll_id, ballot_key)
) WITHOUT ROWID;
)sql";

// A delegate's private notes on session documents (store/notes_table.h), created like the
// voting tables. Never events: not in the chain, not in any export.
constexpr char kDocumentTables[] = R"sql(
CREATE TABLE IF NOT EXISTS document_notes (
  account_id  INTEGER NOT NULL,
  session_id  INTEGER NOT NULL,
  document_id INTEGER NOT NULL,
  data        BLOB NOT NULL,
  PRIMARY KEY (account_id, session_id, document_id)
) WITHOUT ROWID;
)sql";

Result<int64_t> QueryInt(sqlite3* db, const char* sql) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db, sql));
  int rc = stmt.Step();
  if (rc != SQLITE_ROW) return SqliteError(db, rc, sql);
  return stmt.ColumnInt64(0);
}

Status CheckVersion(int64_t version, const std::string& path) {
  if (version > kSchemaVersion) {
    return Status::FailedPrecondition(
        path + ": the database has schema version " + std::to_string(version) +
        " but this program knows only up to " + std::to_string(kSchemaVersion) +
        "; use a newer build of Diên Hồng");
  }
  return Status::Ok();
}

Status EnsureSchema(sqlite3* db, const std::string& path) {
  // The common case, an existing file, takes no write lock: a reader opening while the
  // writer commits must not wait for it.
  DH_ASSIGN_OR_RETURN(int64_t current, QueryInt(db, "PRAGMA user_version"));
  DH_RETURN_IF_ERROR(CheckVersion(current, path));
  if (current == kSchemaVersion) return Status::Ok();
  // BEGIN IMMEDIATE takes the write lock first, so two processes opening a new file at
  // once cannot both decide the schema is missing and race on creating it.
  DH_RETURN_IF_ERROR(Exec(db, "BEGIN IMMEDIATE"));
  auto rollback_on_error = [db](Status s) {
    if (!s.ok()) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    return s;
  };
  Result<int64_t> version = QueryInt(db, "PRAGMA user_version");
  if (!version.ok()) return rollback_on_error(version.status());
  DH_RETURN_IF_ERROR(rollback_on_error(CheckVersion(*version, path)));
  if (*version < 1) {
    DH_RETURN_IF_ERROR(rollback_on_error(Exec(db, kSchemaV1)));
    DH_RETURN_IF_ERROR(rollback_on_error(Exec(db, "PRAGMA user_version = 1")));
  }
  return rollback_on_error(Exec(db, "COMMIT"));
}

}  // namespace

Status Exec(sqlite3* db, const std::string& sql) {
  char* error = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string what = error != nullptr ? error : sqlite3_errstr(rc);
  sqlite3_free(error);
  // Keep the statement short in the message: schema scripts are long.
  std::string shown = sql.size() > 60 ? sql.substr(0, 60) + "..." : sql;
  return internal::SqliteStatus(rc, "\"" + shown + "\": " + what);
}

Result<sqlite3*> OpenDatabase(const std::string& path, bool read_only, Env* env) {
  if (env == nullptr) env = Env::Default();
  DH_ASSIGN_OR_RETURN(std::string vfs, internal::VfsFor(env));
  if (read_only) {
    if (!env->FileExists(path)) {
      return Status::NotFound(path + ": no such database file");
    }
  }
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, vfs.c_str());
  DbHandle db(raw);  // sqlite3_open_v2 may hand back a handle even on failure
  if (rc != SQLITE_OK) return SqliteError(db.get(), rc, "opening " + path);
  sqlite3_extended_result_codes(db.get(), 1);

  // busy_timeout first: changing the journal mode itself may have to wait for a lock.
  DH_RETURN_IF_ERROR(Exec(db.get(), "PRAGMA busy_timeout = 5000"));
  DH_RETURN_IF_ERROR(Exec(db.get(), "PRAGMA foreign_keys = ON"));
  if (read_only) {
    // Never creates anything; only refuses files this program cannot read correctly.
    DH_ASSIGN_OR_RETURN(int64_t version, QueryInt(db.get(), "PRAGMA user_version"));
    if (version == 0) {
      return Status::FailedPrecondition(path + ": not a Diên Hồng event log (no schema)");
    }
    DH_RETURN_IF_ERROR(CheckVersion(version, path));
    return db.release();
  }

  // WAL: readers never block the writer and vice versa. The pragma answers with the mode
  // actually in effect, which is not WAL on file systems that cannot share memory.
  {
    DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db.get(), "PRAGMA journal_mode = WAL"));
    rc = stmt.Step();
    if (rc != SQLITE_ROW) return SqliteError(db.get(), rc, "setting journal_mode=WAL");
    std::string mode(stmt.ColumnBytes(0));
    if (mode != "wal") {
      return Status::FailedPrecondition(path + ": SQLite refused WAL mode (journal_mode is " +
                                        mode + "); put the database on a local file system");
    }
  }
  // FULL: a commit is on disk when COMMIT returns, which is what we acknowledge.
  DH_RETURN_IF_ERROR(Exec(db.get(), "PRAGMA synchronous = FULL"));
  DH_RETURN_IF_ERROR(EnsureSchema(db.get(), path));
  DH_RETURN_IF_ERROR(Exec(db.get(), kVotingTables));
  DH_RETURN_IF_ERROR(Exec(db.get(), kDocumentTables));
  return db.release();
}

}  // namespace dienhong::store
