#include "server/store/ballot_table.h"

#include <sqlite3.h>

#include <chrono>
#include <thread>

#include "server/store/schema.h"
#include "server/store/sqlite_util.h"

namespace dienhong::store {
namespace {

using internal::SqliteError;
using internal::Stmt;

// The whole secret_ballots table rewritten in primary-key order (session, poll, random
// key) into fresh pages, the old b-tree dropped. With secure_delete on, every page the
// old table freed is zeroed, and pages allocated for the new one start zeroed; the new
// layout depends only on the set of keys, never on the order in which ballots arrived.
constexpr char kRewriteBallots[] = R"sql(
PRAGMA secure_delete = ON;
CREATE TABLE secret_ballots_new (
  session_id INTEGER NOT NULL,
  poll_id    INTEGER NOT NULL,
  ballot_key BLOB NOT NULL,
  ballot     BLOB NOT NULL,
  PRIMARY KEY (session_id, poll_id, ballot_key)
) WITHOUT ROWID;
INSERT INTO secret_ballots_new (session_id, poll_id, ballot_key, ballot)
  SELECT session_id, poll_id, ballot_key, ballot FROM secret_ballots
  ORDER BY session_id, poll_id, ballot_key;
DROP TABLE secret_ballots;
ALTER TABLE secret_ballots_new RENAME TO secret_ballots;
)sql";

Status StepDone(sqlite3* db, Stmt& stmt, const char* what) {
  int rc = stmt.Step();
  if (rc != SQLITE_DONE) return SqliteError(db, rc, what);
  return Status::Ok();
}

}  // namespace

Status InsertParticipation(sqlite3* db, int64_t session, int64_t poll, int64_t delegate,
                           const std::string* named_ballot) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "INSERT INTO poll_participation (session_id, "
                                               "poll_id, delegate_id, ballot) VALUES (?, ?, ?, ?)"));
  stmt.BindInt64(1, session);
  stmt.BindInt64(2, poll);
  stmt.BindInt64(3, delegate);
  if (named_ballot != nullptr) {
    stmt.BindBlob(4, *named_ballot);
  } else {
    stmt.BindNull(4);
  }
  int rc = stmt.Step();
  if ((rc & 0xff) == SQLITE_CONSTRAINT) {
    // The domain refuses a second vote first; reaching this means a bug, and the
    // database refuses it too.
    return Status::AlreadyExists("delegate_id " + std::to_string(delegate) +
                                 ": đại biểu đã có phiếu trong biểu quyết " +
                                 std::to_string(poll) + " (ràng buộc của cơ sở dữ liệu)");
  }
  if (rc != SQLITE_DONE) return SqliteError(db, rc, "recording participation");
  return Status::Ok();
}

Status UpdateNamedBallot(sqlite3* db, int64_t session, int64_t poll, int64_t delegate,
                         const std::string& ballot) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "UPDATE poll_participation SET ballot = ? WHERE "
                                               "session_id = ? AND poll_id = ? AND delegate_id = ?"));
  stmt.BindBlob(1, ballot);
  stmt.BindInt64(2, session);
  stmt.BindInt64(3, poll);
  stmt.BindInt64(4, delegate);
  DH_RETURN_IF_ERROR(StepDone(db, stmt, "changing a vote"));
  if (sqlite3_changes(db) != 1) {
    return Status::Internal("changing the vote of delegate " + std::to_string(delegate) +
                            ": no earlier vote is recorded");
  }
  return Status::Ok();
}

Status InsertSecretBallot(sqlite3* db, int64_t session, int64_t poll, const std::string& key,
                          const std::string& ballot) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "INSERT INTO secret_ballots (session_id, poll_id, "
                                               "ballot_key, ballot) VALUES (?, ?, ?, ?)"));
  stmt.BindInt64(1, session);
  stmt.BindInt64(2, poll);
  stmt.BindBlob(3, key);
  stmt.BindBlob(4, ballot);
  return StepDone(db, stmt, "storing a secret ballot");
}

Result<int64_t> CountParticipation(sqlite3* db, int64_t session, int64_t poll) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "SELECT count(*) FROM poll_participation WHERE "
                                               "session_id = ? AND poll_id = ?"));
  stmt.BindInt64(1, session);
  stmt.BindInt64(2, poll);
  int rc = stmt.Step();
  if (rc != SQLITE_ROW) return SqliteError(db, rc, "counting participation");
  return stmt.ColumnInt64(0);
}

Result<std::vector<std::string>> ReadSecretBallots(sqlite3* db, int64_t session, int64_t poll) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "SELECT ballot FROM secret_ballots WHERE "
                                               "session_id = ? AND poll_id = ? ORDER BY "
                                               "ballot_key"));
  stmt.BindInt64(1, session);
  stmt.BindInt64(2, poll);
  std::vector<std::string> out;
  int rc;
  while ((rc = stmt.Step()) == SQLITE_ROW) out.emplace_back(stmt.ColumnBytes(0));
  if (rc != SQLITE_DONE) return SqliteError(db, rc, "reading secret ballots");
  return out;
}

Status DeleteSecretBallots(sqlite3* db, int64_t session, int64_t poll) {
  DH_RETURN_IF_ERROR(Exec(db, "PRAGMA secure_delete = ON"));
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "DELETE FROM secret_ballots WHERE session_id = ? "
                                               "AND poll_id = ?"));
  stmt.BindInt64(1, session);
  stmt.BindInt64(2, poll);
  return StepDone(db, stmt, "destroying the ballots of a cancelled poll");
}

Status RewriteSecretBallots(sqlite3* db) { return Exec(db, kRewriteBallots); }

BallotTable::BallotTable(sqlite3* db, std::string path, Env* env)
    : db_(db), path_(std::move(path)), env_(env) {}

BallotTable::~BallotTable() { sqlite3_close_v2(db_); }

Result<std::unique_ptr<BallotTable>> BallotTable::Open(const std::string& db_path, Env* env) {
  if (env == nullptr) env = Env::Default();
  DH_ASSIGN_OR_RETURN(sqlite3 * raw, OpenDatabase(db_path, /*read_only=*/false, env));
  return std::unique_ptr<BallotTable>(new BallotTable(raw, db_path, env));
}

Result<std::vector<std::string>> BallotTable::SecretBallots(int64_t session, int64_t poll) {
  std::lock_guard lock(mu_);
  return ReadSecretBallots(db_, session, poll);
}

Result<std::map<int64_t, std::string>> BallotTable::NamedBallots(int64_t session, int64_t poll) {
  std::lock_guard lock(mu_);
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db_,
                                               "SELECT delegate_id, ballot FROM "
                                               "poll_participation WHERE session_id = ? AND "
                                               "poll_id = ?"));
  stmt.BindInt64(1, session);
  stmt.BindInt64(2, poll);
  std::map<int64_t, std::string> out;
  int rc;
  while ((rc = stmt.Step()) == SQLITE_ROW) out[stmt.ColumnInt64(0)] = stmt.ColumnBytes(1);
  if (rc != SQLITE_DONE) return SqliteError(db_, rc, "reading named ballots");
  return out;
}

Result<std::map<std::pair<int64_t, int64_t>, std::vector<int64_t>>> BallotTable::Participation() {
  std::lock_guard lock(mu_);
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db_,
                                               "SELECT session_id, poll_id, delegate_id FROM "
                                               "poll_participation ORDER BY session_id, poll_id, "
                                               "delegate_id"));
  std::map<std::pair<int64_t, int64_t>, std::vector<int64_t>> out;
  int rc;
  while ((rc = stmt.Step()) == SQLITE_ROW) {
    out[{stmt.ColumnInt64(0), stmt.ColumnInt64(1)}].push_back(stmt.ColumnInt64(2));
  }
  if (rc != SQLITE_DONE) return SqliteError(db_, rc, "reading participation");
  return out;
}

Status BallotTable::TruncateWal() {
  std::lock_guard lock(mu_);
  Status asked = env_->BeforeDbOp(Env::DbOp::kCheckpoint, path_);
  if (!asked.ok()) {
    return Status::Unavailable("WAL checkpoint of " + path_ + " failed: " + asked.message());
  }
  int rc = SQLITE_OK;
  for (int attempt = 0; attempt < 3; ++attempt) {
    int log_frames = -1, checkpointed = -1;
    rc = sqlite3_wal_checkpoint_v2(db_, "main", SQLITE_CHECKPOINT_TRUNCATE, &log_frames,
                                   &checkpointed);
    if (rc == SQLITE_OK) return Status::Ok();
    if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) break;
    // Readers finishing a statement: wait for them rather than leave the WAL as it is.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  Status s = SqliteError(db_, rc, "WAL checkpoint (TRUNCATE) of " + path_);
  return Status::Unavailable(s.message());
}

}  // namespace dienhong::store
