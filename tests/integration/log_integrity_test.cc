// The event log as an operator finds it on disk, after the server has run: the triggers
// refuse edits, idempotency keys are unique, the hash chain verifies, and a tampered row
// is reported by its log_index. Also: two concurrent retries of one request append once.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <future>

#include "server/store/chain.h"
#include "tests/integration/fixture.h"

namespace dienhong::it {
namespace {

// An open SQLite connection to the server's file, closed on destruction.
class Database {
 public:
  explicit Database(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
      throw std::runtime_error("cannot open " + path);
    }
  }
  ~Database() { sqlite3_close(db_); }
  // SQLITE_OK or the error code; the error text goes to *error.
  int Exec(const std::string& sql, std::string* error = nullptr) {
    char* message = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
    if (error) *error = message ? message : "";
    sqlite3_free(message);
    return rc;
  }
  int64_t Int(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr);
    int64_t value = -1;
    if (stmt && sqlite3_step(stmt) == SQLITE_ROW) value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
  }
  std::string Blob(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr);
    std::string value;
    if (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
      value.assign(static_cast<const char*>(sqlite3_column_blob(stmt, 0)),
                   sqlite3_column_bytes(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return value;
  }
  int SetPayload(int64_t log_index, const std::string& payload) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, "UPDATE events SET payload = ? WHERE log_index = ?", -1, &stmt,
                       nullptr);
    sqlite3_bind_blob(stmt, 1, payload.data(), static_cast<int>(payload.size()), SQLITE_STATIC);
    sqlite3_bind_int64(stmt, 2, log_index);
    int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return rc;
  }

 private:
  sqlite3* db_ = nullptr;
};

class LogIntegrityTest : public IntegrationTest {};

TEST_F(LogIntegrityTest, TriggersUniqueKeysAndTheHashChainHoldOnTheRealFile) {
  CouncilWorld world = MakeCouncil("nghean", 8, 2);
  const int64_t sid = CreateSession(world.secretary, world.council_id);
  Convene(world.chair, sid);
  OpenSitting(world.chair, sid, 1);
  CheckIn(world.delegate_callers[1], sid, v1::ATTENDANCE_STATUS_ONLINE);

  // The same check-in sent twice at once (a tablet retrying on a flaky link): one event,
  // and both calls get the same reply.
  v1::CheckInRequest req;
  req.set_session_id(sid);
  req.set_request_id("diem-danh-kep");
  auto send = [&] {
    v1::CommandReply reply;
    grpc::Status status =
        stubs_->attendance->CheckIn(world.delegate_callers[0].Context().get(), req, &reply);
    CheckOk(status, "concurrent CheckIn");
    return reply;
  };
  const int64_t seq_before = GetSession(world.observer, sid).last_seq();
  auto first = std::async(std::launch::async, send);
  auto second = std::async(std::launch::async, send);
  const v1::CommandReply a = first.get();
  const v1::CommandReply b = second.get();
  EXPECT_EQ(a.seq(), seq_before + 1);
  EXPECT_EQ(b.seq(), a.seq());
  ASSERT_EQ(a.events_size(), 1);
  ASSERT_EQ(b.events_size(), 1) << "the repeat must return the first reply, not a no-op";
  EXPECT_EQ(a.events(0).log_index(), b.events(0).log_index());
  EXPECT_EQ(a.replayed() + b.replayed(), 1) << "exactly one of the two is the replay";
  EXPECT_EQ(GetSession(world.observer, sid).last_seq(), seq_before + 1);
  const int64_t checkin_log_index = a.events(0).log_index();

  ASSERT_TRUE(StopServer());
  const std::string path = server_->database_path().string();
  Database db(path);
  const int64_t rows = db.Int("SELECT COUNT(*) FROM events");
  const int64_t head = db.Int("SELECT MAX(log_index) FROM events");
  ASSERT_GT(rows, 10);
  EXPECT_EQ(rows, head) << "log_index runs 1..n";
  // "<account>:<request id> <digest of the request>" (server/idempotency_key.h).
  EXPECT_EQ(db.Int("SELECT COUNT(*) FROM events WHERE idempotency_key LIKE '%:diem-danh-kep %'"),
            1);
  EXPECT_EQ(db.Int("SELECT log_index FROM events WHERE idempotency_key LIKE '%:diem-danh-kep %'"),
            checkin_log_index);

  // The triggers refuse any edit.
  std::string error;
  EXPECT_NE(db.Exec("UPDATE events SET kind = 'session_closed' WHERE log_index = 3", &error),
            SQLITE_OK);
  EXPECT_NE(error.find("append-only"), std::string::npos) << error;
  EXPECT_NE(db.Exec("DELETE FROM events WHERE log_index = " + std::to_string(head), &error),
            SQLITE_OK);
  EXPECT_NE(error.find("append-only"), std::string::npos) << error;
  // An idempotency key is unique.
  const int rc = db.Exec(
      "INSERT INTO events(log_index, stream_id, seq, recorded_at_us, kind, idempotency_key, "
      "payload, prev_hash, hash) SELECT " +
          std::to_string(head + 1) +
          ", 999, 1, 0, 'session_closed', idempotency_key, x'00', zeroblob(32), zeroblob(32) "
          "FROM events WHERE idempotency_key IS NOT NULL LIMIT 1",
      &error);
  EXPECT_EQ(rc & 0xff, SQLITE_CONSTRAINT) << rc << " " << error;
  EXPECT_EQ(db.Int("SELECT COUNT(*) FROM events"), rows);

  auto report = store::VerifyChain(path);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_TRUE(report->ok) << report->problem;
  EXPECT_EQ(report->events_checked, rows);
  EXPECT_EQ(report->head_log_index, head);
  EXPECT_EQ(report->head_hash_hex.size(), 64u);

  // Someone with the file drops the trigger and changes one byte of one event.
  ASSERT_EQ(db.Exec("DROP TRIGGER events_no_update", &error), SQLITE_OK) << error;
  std::string payload =
      db.Blob("SELECT payload FROM events WHERE log_index = " + std::to_string(checkin_log_index));
  ASSERT_FALSE(payload.empty());
  payload.back() = static_cast<char>(payload.back() ^ 0x01);
  ASSERT_EQ(db.SetPayload(checkin_log_index, payload), SQLITE_DONE);

  report = store::VerifyChain(path);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_FALSE(report->ok) << "a changed payload byte went unnoticed";
  EXPECT_EQ(report->first_bad_log_index, checkin_log_index) << report->problem;
  EXPECT_EQ(report->head_log_index, checkin_log_index - 1) << "the last good link";
  EXPECT_FALSE(report->problem.empty());
}

}  // namespace
}  // namespace dienhong::it
