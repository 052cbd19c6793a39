#include "server/store/log_reader.h"

#include <sqlite3.h>

#include "server/store/schema.h"
#include "server/store/sqlite_util.h"
#include "server/store/stored_event.h"

namespace dienhong::store {
namespace {

using internal::DbHandle;
using internal::SqliteError;
using internal::Stmt;

constexpr char kSelectEvents[] =
    "SELECT log_index, stream_id, seq, recorded_at_us, payload, hash FROM events ";

// Steps a statement selecting kSelectEvents' columns to the end.
Result<std::vector<v1::Event>> CollectEvents(sqlite3* db, Stmt& stmt) {
  std::vector<v1::Event> events;
  for (;;) {
    int rc = stmt.Step();
    if (rc == SQLITE_DONE) return events;
    if (rc != SQLITE_ROW) return SqliteError(db, rc, "reading events");
    DH_ASSIGN_OR_RETURN(
        v1::Event e,
        internal::EventFromStored(stmt.ColumnInt64(0), stmt.ColumnInt64(1), stmt.ColumnInt64(2),
                                  stmt.ColumnInt64(3), stmt.ColumnBytes(4), stmt.ColumnBytes(5)));
    events.push_back(std::move(e));
  }
}

// After kSelectEvents: the keyed row and the rows after it in log order.
constexpr char kFindCommandWhere[] =
    "WHERE log_index >= (SELECT log_index FROM events WHERE idempotency_key = ?1) "
    "AND log_index < (SELECT log_index + command_events FROM events WHERE idempotency_key = ?1) "
    "ORDER BY log_index";

}  // namespace

// FindCommand runs for every command with a new idempotency key (every vote), under the
// engine's key lock: preparing it each time was most of its cost (perf, vote bursts).
struct LogReader::Cached {
  Stmt find_command;
  Stmt find_key;
};

LogReader::LogReader(sqlite3* db) : db_(db), cached_(std::make_unique<Cached>()) {}

Result<std::unique_ptr<LogReader>> LogReader::Open(const std::string& db_path, Env* env) {
  DH_ASSIGN_OR_RETURN(sqlite3 * raw, OpenDatabase(db_path, /*read_only=*/false, env));
  DbHandle db(raw);
  DH_RETURN_IF_ERROR(Exec(db.get(), "PRAGMA query_only = ON"));
  return std::unique_ptr<LogReader>(new LogReader(db.release()));
}

LogReader::~LogReader() {
  cached_.reset();  // statements before their connection
  sqlite3_close_v2(db_);
}

Result<std::vector<v1::Event>> LogReader::ReadStream(int64_t stream_id, int64_t after_seq,
                                                     int64_t limit) {
  DH_ASSIGN_OR_RETURN(
      Stmt stmt, Stmt::Prepare(db_, std::string(kSelectEvents) +
                                        "WHERE stream_id = ? AND seq > ? ORDER BY seq LIMIT ?"));
  stmt.BindInt64(1, stream_id);
  stmt.BindInt64(2, after_seq);
  stmt.BindInt64(3, limit > 0 ? limit : -1);  // negative LIMIT: no limit
  return CollectEvents(db_, stmt);
}

Result<std::optional<std::vector<v1::Event>>> LogReader::FindCommand(const std::string& key) {
  if (key.empty()) return std::optional<std::vector<v1::Event>>();
  // One statement, one snapshot: the keyed row and the rows after it in log order.
  Stmt& stmt = cached_->find_command;
  if (!stmt) {
    DH_ASSIGN_OR_RETURN(stmt, Stmt::Prepare(db_, std::string(kSelectEvents) + kFindCommandWhere,
                                            /*persistent=*/true));
  }
  internal::ScopedReset reset(stmt);
  stmt.BindText(1, key);
  DH_ASSIGN_OR_RETURN(std::vector<v1::Event> events, CollectEvents(db_, stmt));
  if (events.empty()) return std::optional<std::vector<v1::Event>>();
  return std::optional<std::vector<v1::Event>>(std::move(events));
}

Result<std::optional<std::string>> LogReader::FindKeyInRange(const std::string& lo,
                                                             const std::string& hi) {
  // Runs for every new key, like FindCommand: a range seek on the UNIQUE index.
  Stmt& stmt = cached_->find_key;
  if (!stmt) {
    DH_ASSIGN_OR_RETURN(stmt, Stmt::Prepare(db_,
                                            "SELECT idempotency_key FROM events "
                                            "WHERE idempotency_key >= ?1 AND idempotency_key < ?2 "
                                            "ORDER BY idempotency_key LIMIT 1",
                                            /*persistent=*/true));
  }
  internal::ScopedReset reset(stmt);
  stmt.BindText(1, lo);
  stmt.BindText(2, hi);
  const int rc = stmt.Step();
  if (rc == SQLITE_DONE) return std::optional<std::string>();
  if (rc != SQLITE_ROW) return SqliteError(db_, rc, "looking up an idempotency key");
  return std::optional<std::string>(std::string(stmt.ColumnBytes(0)));
}

Result<int64_t> LogReader::StreamLength(int64_t stream_id) {
  DH_ASSIGN_OR_RETURN(
      Stmt stmt,
      Stmt::Prepare(db_, "SELECT COALESCE(MAX(seq), 0) FROM events WHERE stream_id = ?"));
  stmt.BindInt64(1, stream_id);
  int rc = stmt.Step();
  if (rc != SQLITE_ROW) return SqliteError(db_, rc, "reading the length of a stream");
  return stmt.ColumnInt64(0);
}

Result<std::vector<int64_t>> LogReader::ListSessionStreams() {
  DH_ASSIGN_OR_RETURN(Stmt stmt,
                      Stmt::Prepare(db_,
                                    "SELECT DISTINCT stream_id FROM events WHERE stream_id > 0 "
                                    "ORDER BY stream_id"));
  std::vector<int64_t> ids;
  for (;;) {
    int rc = stmt.Step();
    if (rc == SQLITE_DONE) return ids;
    if (rc != SQLITE_ROW) return SqliteError(db_, rc, "listing sessions");
    ids.push_back(stmt.ColumnInt64(0));
  }
}

Result<std::optional<v1::SessionState>> LogReader::LatestSnapshot(int64_t stream_id) {
  DH_ASSIGN_OR_RETURN(Stmt stmt,
                      Stmt::Prepare(db_, "SELECT state FROM snapshots WHERE stream_id = ?"));
  stmt.BindInt64(1, stream_id);
  int rc = stmt.Step();
  if (rc == SQLITE_DONE) return std::optional<v1::SessionState>();
  if (rc != SQLITE_ROW) return SqliteError(db_, rc, "reading a snapshot");
  std::string_view bytes = stmt.ColumnBytes(0);
  v1::SessionState state;
  if (!state.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return Status::Internal("snapshot of session " + std::to_string(stream_id) +
                            " is not a valid dienhong.v1.SessionState");
  }
  return std::optional<v1::SessionState>(std::move(state));
}

Status SaveSnapshot(sqlite3* db, const v1::SessionState& state) {
  if (state.session_id() == 0) {
    return Status::InvalidArgument("a snapshot needs the session_id of its session");
  }
  DH_ASSIGN_OR_RETURN(Stmt stmt,
                      Stmt::Prepare(db,
                                    "INSERT OR REPLACE INTO snapshots (stream_id, seq, state) "
                                    "VALUES (?, ?, ?)"));
  std::string bytes = state.SerializeAsString();
  stmt.BindInt64(1, state.session_id());
  stmt.BindInt64(2, state.last_seq());
  stmt.BindBlob(3, bytes);
  int rc = stmt.Step();
  if (rc != SQLITE_DONE) {
    return SqliteError(db, rc,
                       "saving the snapshot of session " + std::to_string(state.session_id()));
  }
  return Status::Ok();
}

}  // namespace dienhong::store
