// Helpers for the event-store tests: a fresh temporary directory per test, event
// builders, a synchronous Stage(), and raw SQL against the file (as an operator or an
// attacker with sqlite3 would do).
//
// Thread-safety: StageAndWait may be called from any thread; the rest is per test.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <future>
#include <string>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "dienhong/v1/events.pb.h"
#include "server/store/log_writer.h"

namespace dienhong::store::store_test {

// A unique directory under the system temp dir, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "dienhong-store-XXXXXX").string();
    char* made = mkdtemp(pattern.data());
    if (made == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = made;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

class StoreTest : public ::testing::Test {
 protected:
  std::string db_path() const { return (dir_.path() / "log.db").string(); }

  TempDir dir_;
  // 2025-07-01 08:00:00 UTC, so that recorded_at values are predictable.
  ManualClock clock_{1'751'356'800'000'000};
};

inline v1::Event SittingOpened(int64_t stream_id, int64_t seq, int64_t sitting_id = 1) {
  v1::Event e;
  e.set_stream_id(stream_id);
  e.set_seq(seq);
  e.mutable_actor()->set_account_id(7);
  e.mutable_actor()->set_display_name("Chủ tọa Nguyễn Văn A");
  e.mutable_sitting_opened()->set_sitting_id(sitting_id);
  return e;
}

inline v1::Event Attendance(int64_t stream_id, int64_t seq, int64_t delegate_id) {
  v1::Event e;
  e.set_stream_id(stream_id);
  e.set_seq(seq);
  e.mutable_actor()->set_account_id(delegate_id);
  auto* a = e.mutable_attendance_recorded();
  a->set_sitting_id(1);
  a->set_delegate_id(delegate_id);
  a->set_reason("Đi công tác");
  return e;
}

struct Outcome {
  Status status;
  std::vector<v1::Event> events;
};

// Stages and waits for `done`.
inline Outcome StageAndWait(LogWriter& writer, AppendRequest request) {
  auto promise = std::make_shared<std::promise<Outcome>>();
  std::future<Outcome> future = promise->get_future();
  request.done = [promise](const Status& s, const std::vector<v1::Event>& events) {
    promise->set_value(Outcome{s, events});
  };
  writer.Stage(std::move(request));
  return future.get();
}

inline AppendRequest Request(std::vector<v1::Event> events, std::string key = "") {
  AppendRequest r;
  r.events = std::move(events);
  r.idempotency_key = std::move(key);
  return r;
}

// Runs SQL on its own connection. Returns SQLite's result code; `error` gets its message.
inline int RawExec(const std::string& path, const std::string& sql, std::string* error = nullptr) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_busy_timeout(db, 5000);
    char* message = nullptr;
    rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    if (error != nullptr) *error = message != nullptr ? message : "";
    sqlite3_free(message);
  }
  sqlite3_close_v2(db);
  return rc;
}

// First column of the first row of `sql`, as text ("" when no row).
inline std::string RawQuery(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << "cannot open " << path;
  } else {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
    if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      if (text != nullptr) out = reinterpret_cast<const char*>(text);
    } else if (rc != SQLITE_DONE) {
      ADD_FAILURE() << "query failed: " << sql << ": " << sqlite3_errmsg(db);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close_v2(db);
  return out;
}

inline int64_t RawQueryInt(const std::string& path, const std::string& sql) {
  return std::stoll(RawQuery(path, sql));
}

}  // namespace dienhong::store::store_test
