// The hash chain: the exact byte encoding of a link, and VerifyChain against a log that
// was tampered with the way an attacker with the file could (triggers dropped first).
#include "server/store/chain.h"

#include <gtest/gtest.h>
#include <sodium.h>
#include <sqlite3.h>

#include <map>

#include "server/store/log_reader.h"
#include "server/store/log_writer.h"
#include "tests/server/store_test_util.h"

namespace dienhong::store {
namespace {

using store_test::Attendance;
using store_test::RawExec;
using store_test::RawQuery;
using store_test::Request;
using store_test::SittingOpened;
using store_test::StageAndWait;

// The documented encoding, written out independently of chain.cc.
std::string ReferenceHash(const std::string& prev, const ChainLink& l) {
  std::string in = prev;
  auto u64 = [&in](int64_t v) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      in.push_back(static_cast<char>((static_cast<uint64_t>(v) >> shift) & 0xff));
    }
  };
  auto u32 = [&in](uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
      in.push_back(static_cast<char>((v >> shift) & 0xff));
  };
  u64(l.log_index);
  u64(l.stream_id);
  u64(l.seq);
  u64(l.recorded_at_us);
  u32(l.kind.size());
  in.append(l.kind);
  u32(l.idempotency_key.size());
  in.append(l.idempotency_key);
  u32(l.command_events);
  u32(l.payload.size());
  in.append(l.payload);
  std::string out(crypto_hash_sha256_BYTES, '\0');
  crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                     reinterpret_cast<const unsigned char*>(in.data()), in.size());
  return out;
}

ChainLink SampleLink() {
  ChainLink l;
  l.log_index = 0x0102030405060708;
  l.stream_id = 42;
  l.seq = 7;
  l.recorded_at_us = 1'751'356'800'000'000;
  l.kind = "sitting_opened";
  l.idempotency_key = "req-1";
  l.command_events = 3;
  l.payload = std::string_view("\x00\x01\xff payload", 11);
  return l;
}

TEST(ChainHashTest, MatchesTheDocumentedEncoding) {
  ChainLink l = SampleLink();
  std::string prev(32, '\x5a');
  EXPECT_EQ(ChainHash(prev, l), ReferenceHash(prev, l));
  EXPECT_EQ(ChainHash(GenesisHash(), l), ReferenceHash(std::string(32, '\0'), l));
  EXPECT_EQ(ChainHash(prev, l).size(), 32u);
}

TEST(ChainHashTest, EveryFieldChangesTheHash) {
  const std::string prev(32, '\x01');
  const ChainLink base = SampleLink();
  const std::string h = ChainHash(prev, base);
  std::vector<ChainLink> variants(9, base);
  variants[0].log_index++;
  variants[1].stream_id++;
  variants[2].seq++;
  variants[3].recorded_at_us++;
  variants[4].kind = "sitting_closed";
  variants[5].idempotency_key = "";
  variants[6].command_events = 1;
  variants[7].payload = "other";
  // Moving bytes between kind and key must not collide (length prefixes).
  variants[8].kind = "sitting_openedr";
  variants[8].idempotency_key = "eq-1";
  for (size_t i = 0; i < variants.size(); ++i) {
    EXPECT_NE(ChainHash(prev, variants[i]), h) << "variant " << i;
  }
  EXPECT_NE(ChainHash(std::string(32, '\x02'), base), h);
}

TEST(ChainHashTest, ToHex) {
  EXPECT_EQ(ToHex(std::string_view("\x00\x0f\xa0\xff", 4)), "000fa0ff");
  EXPECT_EQ(ToHex(""), "");
}

class VerifyChainTest : public store_test::StoreTest {
 protected:
  // 10 events on streams 0, 1 and 2, including a 3-event command (log_index 4..6).
  void WriteLog() {
    LogWriter writer(db_path(), clock_);
    ASSERT_TRUE(writer.Start().ok());
    std::map<int64_t, int64_t> seq;
    auto next = [&seq](int64_t stream) { return ++seq[stream]; };
    for (int i = 0; i < 3; ++i) {
      ASSERT_TRUE(StageAndWait(writer, Request({SittingOpened(1, next(1))})).status.ok());
      clock_.Advance(1000);
    }
    ASSERT_TRUE(StageAndWait(writer, Request({Attendance(2, next(2), 1), Attendance(2, next(2), 2),
                                              Attendance(2, next(2), 3)},
                                             "cmd-multi"))
                    .status.ok());
    for (int i = 0; i < 4; ++i) {
      int64_t stream = i % 2 == 0 ? 0 : 1;
      ASSERT_TRUE(StageAndWait(writer, Request({SittingOpened(stream, next(stream))})).status.ok());
      clock_.Advance(1000);
    }
  }

  VerifyReport Verify() {
    Result<VerifyReport> r = VerifyChain(db_path());
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : VerifyReport{};
  }

  void DropTriggers() {
    ASSERT_EQ(RawExec(db_path(), "DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;"),
              SQLITE_OK);
  }

  // Runs `sql` with one blob parameter.
  void ExecWithBlob(const std::string& sql, const std::string& blob) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db_path().c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_bind_blob(stmt, 1, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    EXPECT_EQ(sqlite3_step(stmt), SQLITE_DONE) << sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
  }

  std::string Blob(const std::string& column, int64_t log_index) {
    Result<std::unique_ptr<LogReader>> reader = LogReader::Open(db_path());
    EXPECT_TRUE(reader.ok());
    sqlite3_stmt* stmt = nullptr;
    std::string sql = "SELECT " + column + " FROM events WHERE log_index = ?";
    sqlite3_prepare_v2((*reader)->handle(), sql.c_str(), -1, &stmt, nullptr);
    sqlite3_bind_int64(stmt, 1, log_index);
    std::string out;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
      out.assign(static_cast<const char*>(sqlite3_column_blob(stmt, 0)),
                 sqlite3_column_bytes(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return out;
  }
};

TEST_F(VerifyChainTest, IntactLogVerifies) {
  WriteLog();
  VerifyReport r = Verify();
  EXPECT_TRUE(r.ok) << r.problem;
  EXPECT_EQ(r.events_checked, 10);
  EXPECT_EQ(r.head_log_index, 10);
  EXPECT_EQ(r.head_hash_hex, ToHex(Blob("hash", 10)));
  EXPECT_EQ(r.head_hash_hex.size(), 64u);
  EXPECT_EQ(r.first_bad_log_index, 0);
}

TEST_F(VerifyChainTest, EmptyLogVerifies) {
  {
    LogWriter writer(db_path(), clock_);
    ASSERT_TRUE(writer.Start().ok());
  }
  VerifyReport r = Verify();
  EXPECT_TRUE(r.ok);
  EXPECT_EQ(r.events_checked, 0);
  EXPECT_EQ(r.head_log_index, 0);
}

TEST_F(VerifyChainTest, MissingFileIsAnError) {
  Result<VerifyReport> r = VerifyChain(db_path());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST_F(VerifyChainTest, AlteredPayloadByteIsReportedAtThatEvent) {
  WriteLog();
  DropTriggers();
  std::string payload = Blob("payload", 5);
  ASSERT_FALSE(payload.empty());
  payload[payload.size() / 2] ^= 0x01;
  ExecWithBlob("UPDATE events SET payload = ? WHERE log_index = 5", payload);
  ASSERT_EQ(Blob("payload", 5), payload);  // the attack did land

  VerifyReport r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_log_index, 5);
  EXPECT_EQ(r.problem,
            "event 5: stored hash does not match its contents (payload or columns were altered)");
  EXPECT_EQ(r.events_checked, 4);
  EXPECT_EQ(r.head_log_index, 4);
  EXPECT_EQ(r.head_hash_hex, ToHex(Blob("hash", 4)));
}

TEST_F(VerifyChainTest, AlteredColumnIsReported) {
  WriteLog();
  DropTriggers();
  ASSERT_EQ(RawExec(db_path(),
                    "UPDATE events SET recorded_at_us = recorded_at_us - 60000000 "
                    "WHERE log_index = 8"),
            SQLITE_OK);
  VerifyReport r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_log_index, 8);
}

TEST_F(VerifyChainTest, RemovedIdempotencyKeyIsReported) {
  WriteLog();
  DropTriggers();
  ASSERT_EQ(RawExec(db_path(), "UPDATE events SET idempotency_key = NULL WHERE log_index = 4"),
            SQLITE_OK);
  VerifyReport r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_log_index, 4);
}

TEST_F(VerifyChainTest, DeletedMiddleRowIsReported) {
  WriteLog();
  DropTriggers();
  ASSERT_EQ(RawExec(db_path(), "DELETE FROM events WHERE log_index = 7"), SQLITE_OK);
  VerifyReport r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_log_index, 7);
  EXPECT_NE(r.problem.find("event 7 is missing"), std::string::npos) << r.problem;
  EXPECT_EQ(r.head_log_index, 6);
}

TEST_F(VerifyChainTest, DeletedAndRenumberedRowIsReported) {
  // A smarter attacker closes the gap in log_index; the chain still breaks there.
  WriteLog();
  DropTriggers();
  ASSERT_EQ(RawExec(db_path(),
                    "DELETE FROM events WHERE log_index = 7; "
                    "UPDATE events SET log_index = log_index - 1 WHERE log_index > 7"),
            SQLITE_OK);
  VerifyReport r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_log_index, 7);
  EXPECT_NE(r.problem.find("prev_hash"), std::string::npos) << r.problem;
}

TEST_F(VerifyChainTest, RehashedEventBreaksTheNextLink) {
  // The attacker alters event 5 and recomputes its own hash: event 6 no longer follows.
  WriteLog();
  DropTriggers();
  std::string payload = Blob("payload", 5);
  payload.back() ^= 0x01;
  ExecWithBlob("UPDATE events SET payload = ? WHERE log_index = 5", payload);
  ChainLink link;
  link.log_index = 5;
  link.stream_id = 2;
  link.seq = 2;
  link.recorded_at_us = std::stoll(RawQuery(db_path(),
                                            "SELECT recorded_at_us FROM events "
                                            "WHERE log_index = 5"));
  link.kind = "attendance_recorded";
  link.command_events = 1;
  link.payload = payload;
  ExecWithBlob("UPDATE events SET hash = ? WHERE log_index = 5", ChainHash(Blob("hash", 4), link));

  VerifyReport r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_log_index, 6);
  EXPECT_NE(r.problem.find("prev_hash"), std::string::npos) << r.problem;
  EXPECT_EQ(r.head_log_index, 5);
}

TEST_F(VerifyChainTest, TruncatedTailOnlyShowsInTheHead) {
  // Documented limit: cutting off the newest events leaves a valid chain; the head that
  // an export recorded is what reveals it.
  WriteLog();
  const std::string exported_head = Verify().head_hash_hex;
  DropTriggers();
  ASSERT_EQ(RawExec(db_path(), "DELETE FROM events WHERE log_index > 8"), SQLITE_OK);
  VerifyReport r = Verify();
  EXPECT_TRUE(r.ok);
  EXPECT_EQ(r.head_log_index, 8);
  EXPECT_NE(r.head_hash_hex, exported_head);
}

TEST_F(VerifyChainTest, GapInAStreamIsReported) {
  // The writer trusts the caller's seq; the verifier does not.
  {
    LogWriter writer(db_path(), clock_);
    ASSERT_TRUE(writer.Start().ok());
    ASSERT_TRUE(StageAndWait(writer, Request({SittingOpened(3, 1)})).status.ok());
    ASSERT_TRUE(StageAndWait(writer, Request({SittingOpened(4, 1)})).status.ok());
    ASSERT_TRUE(StageAndWait(writer, Request({SittingOpened(3, 3)})).status.ok());
  }
  VerifyReport r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_log_index, 3);
  EXPECT_NE(r.problem.find("stream 3 has seq 3 where 2 was expected"), std::string::npos)
      << r.problem;
}

}  // namespace
}  // namespace dienhong::store
