// The schema: created once, idempotent, versioned; the append-only triggers; the UNIQUE
// idempotency key; the connection pragmas.
#include "server/store/schema.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "server/store/log_writer.h"
#include "tests/server/store_test_util.h"

namespace dienhong::store {
namespace {

using store_test::RawExec;
using store_test::RawQuery;
using store_test::RawQueryInt;
using store_test::Request;
using store_test::SittingOpened;
using store_test::StageAndWait;

class SchemaTest : public store_test::StoreTest {
 protected:
  sqlite3* Open(bool read_only = false) {
    Result<sqlite3*> db = OpenDatabase(db_path(), read_only);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    return db.ok() ? *db : nullptr;
  }
  // A row in events, written the normal way.
  void WriteEvents(int n) {
    LogWriter writer(db_path(), clock_);
    ASSERT_TRUE(writer.Start().ok());
    for (int i = 1; i <= n; ++i) {
      auto out = StageAndWait(writer, Request({SittingOpened(1, i)}, "key-" + std::to_string(i)));
      ASSERT_TRUE(out.status.ok()) << out.status.ToString();
    }
  }
  std::string Row(int64_t log_index) {
    return RawQuery(db_path(),
                    "SELECT stream_id || '|' || seq || '|' || kind || '|' || hex(payload) || "
                    "'|' || hex(hash) FROM events WHERE log_index = " +
                        std::to_string(log_index));
  }
};

TEST_F(SchemaTest, CreatesEveryTableTriggerAndTheVersion) {
  sqlite3_close_v2(Open());
  for (const char* table : {"events", "snapshots", "councils", "delegates", "accounts", "tokens"}) {
    EXPECT_EQ(RawQuery(db_path(), std::string("SELECT count(*) FROM sqlite_master WHERE "
                                              "type = 'table' AND name = '") +
                                      table + "'"),
              "1")
        << table;
  }
  EXPECT_EQ(RawQuery(db_path(),
                     "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE "
                     "type = 'trigger' ORDER BY name)"),
            "events_no_delete,events_no_update");
  EXPECT_EQ(RawQueryInt(db_path(), "PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(kSchemaVersion, 1);
  // WAL is a property of the file, so a fresh connection sees it.
  EXPECT_EQ(RawQuery(db_path(), "PRAGMA journal_mode"), "wal");
}

TEST_F(SchemaTest, ConnectionPragmas) {
  sqlite3* db = Open();
  ASSERT_NE(db, nullptr);
  auto pragma = [db](const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    int64_t value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return value;
  };
  EXPECT_EQ(pragma("PRAGMA synchronous"), 2);  // FULL
  EXPECT_EQ(pragma("PRAGMA foreign_keys"), 1);
  EXPECT_EQ(pragma("PRAGMA busy_timeout"), 5000);
  sqlite3_close_v2(db);
}

TEST_F(SchemaTest, ReopenIsIdempotentAndKeepsData) {
  sqlite3* db = Open();
  ASSERT_NE(db, nullptr);
  ASSERT_TRUE(Exec(db, "INSERT INTO councils (id, name, data) VALUES (1, 'HĐND TP', x'00')").ok());
  std::string schema_before =
      RawQuery(db_path(), "SELECT group_concat(sql, ';') FROM sqlite_master");
  sqlite3_close_v2(db);

  sqlite3_close_v2(Open());
  sqlite3_close_v2(Open());
  EXPECT_EQ(RawQuery(db_path(), "SELECT name FROM councils WHERE id = 1"), "HĐND TP");
  EXPECT_EQ(RawQuery(db_path(), "SELECT group_concat(sql, ';') FROM sqlite_master"), schema_before);
  EXPECT_EQ(RawQueryInt(db_path(), "PRAGMA user_version"), 1);
}

TEST_F(SchemaTest, RefusesANewerSchemaVersion) {
  sqlite3_close_v2(Open());
  ASSERT_EQ(RawExec(db_path(), "PRAGMA user_version = 2"), SQLITE_OK);
  Result<sqlite3*> db = OpenDatabase(db_path());
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(db.status().message().find("schema version 2"), std::string::npos)
      << db.status().message();
  EXPECT_FALSE(OpenDatabase(db_path(), /*read_only=*/true).ok());
}

TEST_F(SchemaTest, ReadOnlyNeverCreatesAFile) {
  Result<sqlite3*> db = OpenDatabase(db_path(), /*read_only=*/true);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(db_path()));
}

TEST_F(SchemaTest, ReadOnlyConnectionCannotWrite) {
  sqlite3_close_v2(Open());
  sqlite3* db = Open(/*read_only=*/true);
  ASSERT_NE(db, nullptr);
  EXPECT_FALSE(Exec(db, "INSERT INTO councils (id, name, data) VALUES (1, 'x', x'00')").ok());
  sqlite3_close_v2(db);
}

TEST_F(SchemaTest, TriggersRefuseUpdate) {
  WriteEvents(3);
  const std::string before = Row(2);
  ASSERT_FALSE(before.empty());
  std::string error;
  EXPECT_EQ(RawExec(db_path(), "UPDATE events SET payload = x'00' WHERE log_index = 2", &error),
            SQLITE_CONSTRAINT);
  EXPECT_EQ(error, "events are append-only");
  EXPECT_EQ(RawExec(db_path(), "UPDATE events SET seq = seq + 10", &error), SQLITE_CONSTRAINT);
  EXPECT_EQ(Row(2), before);
  EXPECT_EQ(RawQueryInt(db_path(), "SELECT max(seq) FROM events"), 3);
}

TEST_F(SchemaTest, TriggersRefuseDelete) {
  WriteEvents(3);
  const std::string before = Row(2);
  std::string error;
  EXPECT_EQ(RawExec(db_path(), "DELETE FROM events WHERE log_index = 2", &error),
            SQLITE_CONSTRAINT);
  EXPECT_EQ(error, "events are append-only");
  EXPECT_EQ(RawExec(db_path(), "DELETE FROM events", &error), SQLITE_CONSTRAINT);
  EXPECT_EQ(RawQueryInt(db_path(), "SELECT count(*) FROM events"), 3);
  EXPECT_EQ(Row(2), before);
}

TEST_F(SchemaTest, DuplicateIdempotencyKeyIsRefusedByTheDatabase) {
  WriteEvents(1);  // key-1 on log_index 1
  std::string error;
  EXPECT_EQ(RawExec(db_path(),
                    "INSERT INTO events (log_index, stream_id, seq, recorded_at_us, kind, "
                    "idempotency_key, payload, prev_hash, hash) "
                    "VALUES (2, 9, 1, 0, 'sitting_opened', 'key-1', x'', x'', x'')",
                    &error),
            SQLITE_CONSTRAINT);
  EXPECT_NE(error.find("idempotency_key"), std::string::npos) << error;
  // NULL keys are not unique with each other: events without a key coexist.
  EXPECT_EQ(RawExec(db_path(),
                    "INSERT INTO events (log_index, stream_id, seq, recorded_at_us, kind, "
                    "payload, prev_hash, hash) VALUES (2, 9, 1, 0, 'k', x'', x'', x''), "
                    "(3, 9, 2, 0, 'k', x'', x'', x'')"),
            SQLITE_OK);
  EXPECT_EQ(RawQueryInt(db_path(), "SELECT count(*) FROM events"), 3);
}

TEST_F(SchemaTest, DuplicateStreamSeqIsRefusedByTheDatabase) {
  WriteEvents(1);  // stream 1, seq 1
  EXPECT_EQ(RawExec(db_path(),
                    "INSERT INTO events (log_index, stream_id, seq, recorded_at_us, kind, "
                    "payload, prev_hash, hash) VALUES (2, 1, 1, 0, 'k', x'', x'', x'')"),
            SQLITE_CONSTRAINT);
}

}  // namespace
}  // namespace dienhong::store
