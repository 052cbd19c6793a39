#include "server/store/snapshots.h"

#include <sodium.h>
#include <sqlite3.h>

#include "server/store/chain.h"
#include "server/store/schema.h"
#include "server/store/sqlite_util.h"

namespace dienhong::store {
namespace {

using internal::SqliteError;
using internal::Stmt;

Status SaveSnapshotBytes(sqlite3* db, int64_t session_id, int64_t seq, const std::string& bytes) {
  DH_ASSIGN_OR_RETURN(Stmt stmt,
                      Stmt::Prepare(db,
                                    "INSERT OR REPLACE INTO snapshots (stream_id, seq, state) "
                                    "VALUES (?, ?, ?)"));
  stmt.BindInt64(1, session_id);
  stmt.BindInt64(2, seq);
  stmt.BindBlob(3, bytes);
  int rc = stmt.Step();
  if (rc != SQLITE_DONE) {
    return SqliteError(db, rc, "saving the snapshot of session " + std::to_string(session_id));
  }
  return Status::Ok();
}

}  // namespace

std::string Sha256(std::string_view bytes) {
  [[maybe_unused]] static const bool sodium_ready = sodium_init() >= 0;
  std::string out(crypto_hash_sha256_BYTES, '\0');
  crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                     reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return out;
}

AppendRequest SnapshotRequest(const v1::SessionState& state, int64_t snapshot_seq) {
  auto bytes = std::make_shared<const std::string>(state.SerializeAsString());
  AppendRequest request;
  v1::Event e;
  e.set_stream_id(SnapshotStream(state.session_id()));
  e.set_seq(snapshot_seq);
  e.mutable_actor()->set_display_name("Máy chủ (ảnh chụp trạng thái)");
  v1::SnapshotTaken* taken = e.mutable_snapshot_taken();
  taken->set_session_id(state.session_id());
  taken->set_seq(state.last_seq());
  taken->set_state_sha256(Sha256(*bytes));
  request.events.push_back(std::move(e));
  request.side_effects = [bytes, session = state.session_id(), seq = state.last_seq()](
                             sqlite3* db) { return SaveSnapshotBytes(db, session, seq, *bytes); };
  return request;
}

Result<BoundSnapshot> LoadBoundSnapshot(LogReader& reader, int64_t session_id) {
  BoundSnapshot out;
  sqlite3* db = reader.handle();
  // The latest SnapshotTaken of the session and the table's row, in one read transaction
  // so that a snapshot being written meanwhile is seen whole or not at all.
  DH_RETURN_IF_ERROR(Exec(db, "BEGIN"));
  struct EndRead {
    sqlite3* db;
    ~EndRead() { sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); }
  } end_read{db};
  DH_ASSIGN_OR_RETURN(out.snapshots_taken, reader.StreamLength(SnapshotStream(session_id)));
  std::optional<v1::Event> anchor;
  if (out.snapshots_taken > 0) {
    DH_ASSIGN_OR_RETURN(std::vector<v1::Event> last,
                        reader.ReadStream(SnapshotStream(session_id), out.snapshots_taken - 1, 1));
    if (!last.empty() && last.front().has_snapshot_taken()) anchor = last.front();
  }
  DH_ASSIGN_OR_RETURN(Stmt stmt,
                      Stmt::Prepare(db, "SELECT seq, state FROM snapshots WHERE stream_id = ?"));
  stmt.BindInt64(1, session_id);
  int rc = stmt.Step();
  if (rc == SQLITE_DONE) return out;
  if (rc != SQLITE_ROW) return SqliteError(db, rc, "reading a snapshot");
  const int64_t seq = stmt.ColumnInt64(0);
  std::string_view bytes = stmt.ColumnBytes(1);
  if (!anchor) {
    out.problem = "ảnh chụp trạng thái của kỳ họp " + std::to_string(session_id) +
                  " không có dấu trong chuỗi băm; không dùng, dựng lại từ các sự kiện";
    return out;
  }
  const v1::SnapshotTaken& taken = anchor->snapshot_taken();
  if (taken.seq() != seq || taken.state_sha256() != Sha256(bytes)) {
    out.altered = true;
    out.problem = "ảnh chụp trạng thái của kỳ họp " + std::to_string(session_id) +
                  " (bảng snapshots) không khớp với mã băm ghi trong chuỗi ở sự kiện " +
                  std::to_string(anchor->log_index()) + ": ảnh chụp đã bị sửa";
    return out;
  }
  v1::SessionState state;
  if (!state.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return Status::Internal("snapshot of session " + std::to_string(session_id) +
                            " is not a valid dienhong.v1.SessionState");
  }
  out.state = std::move(state);
  return out;
}

}  // namespace dienhong::store
