// The session engine over a real SQLite file, with the ballot box, against someone who
// has the files (issue 14): a rewritten snapshot is never served and `verify` reports it
// (item 3); and the close of a secret poll answers OK only when its privacy step, the WAL
// checkpoint that erases the casting order, succeeded, and can be retried when it did not
// (item 12, with a FaultInjectionEnv failing the checkpoint).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <future>
#include <random>

#include "server/session_engine.h"
#include "server/store/chain.h"
#include "server/voting/ballot_box.h"
#include "tests/server/fault_env.h"

namespace dienhong {
namespace {

namespace fs = std::filesystem;
using Fault = store::FaultInjectionEnv::Fault;

class StoreTrustTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dienhong-trust-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    db_ = (dir_ / "log.db").string();
  }
  void TearDown() override {
    Close();
    fs::remove_all(dir_);
  }

  void Open(EngineOptions options = {}) {
    store::WriterOptions writer_options;
    writer_options.env = &env_;
    writer_ = std::make_unique<store::LogWriter>(db_, clock_, writer_options);
    ASSERT_TRUE(writer_->Start().ok());
    box_ = std::make_unique<BallotBox>(db_, &env_);
    ASSERT_TRUE(box_->Start().ok());
    auto reader = store::LogReader::Open(db_, &env_);
    ASSERT_TRUE(reader.ok());
    engine_ = std::make_unique<SessionEngine>(*writer_, std::move(reader).value(), clock_, options);
    engine_->SetCommandHook(box_.get());
    ASSERT_TRUE(engine_->Load().ok());
  }
  void Close() {
    engine_.reset();
    if (writer_) writer_->Stop();
    writer_.reset();
    box_.reset();
  }

  Result<v1::CommandReply> Run(int64_t session, const v1::Command& command) {
    std::promise<Result<v1::CommandReply>> p;
    CommandContext c;
    c.actor.set_account_id(3);
    c.actor.set_role(v1::ROLE_CHAIR);
    c.now_micros = clock_.NowMicros();
    engine_->Execute(session, command, c, "",
                     [&p](Result<v1::CommandReply> r) { p.set_value(std::move(r)); });
    return p.get_future().get();
  }

  // A session of `n` delegates, sitting 1 open, everyone checked in.
  int64_t Session(int n) {
    v1::Command create;
    auto* c = create.mutable_create_session();
    c->set_council_id(1);
    c->set_council_name("HĐND phường Thử");
    c->set_title("Kỳ họp thử");
    c->set_kind(v1::SESSION_KIND_REGULAR);
    c->mutable_quorum_rule()->set_numerator(2);
    c->mutable_quorum_rule()->set_denominator(3);
    for (int i = 1; i <= n; ++i) {
      auto* r = c->add_roster();
      r->set_delegate_id(i);
      r->set_full_name("Đại biểu " + std::to_string(i));
    }
    c->add_agenda()->set_kind(v1::AGENDA_ITEM_KIND_REPORT);
    c->mutable_agenda(0)->set_title("Báo cáo");
    c->add_sittings()->set_title("Phiên 1");
    std::promise<Result<v1::CommandReply>> p;
    CommandContext ctx;
    ctx.actor.set_account_id(2);
    ctx.actor.set_role(v1::ROLE_SECRETARY);
    ctx.now_micros = clock_.NowMicros();
    engine_->Create(create, ctx, "", [&p](Result<v1::CommandReply> r) { p.set_value(r); });
    auto created = p.get_future().get();
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    const int64_t id = created->session_id();
    v1::Command convene;
    *convene.mutable_convene_session()->mutable_roster() = c->roster();
    *convene.mutable_convene_session()->mutable_quorum_rule() = c->quorum_rule();
    EXPECT_TRUE(Run(id, convene).ok());
    v1::Command open;
    open.mutable_open_sitting()->set_sitting_id(1);
    EXPECT_TRUE(Run(id, open).ok());
    for (int d = 1; d <= n; ++d) {
      v1::Command in;
      in.mutable_check_in()->set_delegate_id(d);
      in.mutable_check_in()->set_status(v1::ATTENDANCE_STATUS_PRESENT);
      EXPECT_TRUE(Run(id, in).ok());
    }
    return id;
  }

  // A resolution poll, opened, with `yes` of the delegates voting yes and the rest no.
  int64_t VotedPoll(int64_t sid, int n, int yes, v1::PollVisibility visibility) {
    v1::Command create;
    v1::Poll* poll = create.mutable_create_poll()->mutable_poll();
    poll->set_title("Nghị quyết phê chuẩn quyết toán ngân sách năm 2024");
    poll->set_kind(v1::POLL_KIND_RESOLUTION);
    poll->set_visibility(visibility);
    auto created = Run(sid, create);
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    const int64_t id = created->events(0).poll_created().poll().id();
    v1::Command open;
    open.mutable_open_poll()->set_poll_id(id);
    auto opened = Run(sid, open);
    EXPECT_TRUE(opened.ok()) << opened.status().ToString();
    for (int d = 1; d <= n; ++d) {
      v1::Command cast;
      cast.mutable_cast_vote()->set_poll_id(id);
      cast.mutable_cast_vote()->set_delegate_id(d);
      auto* mark = cast.mutable_cast_vote()->mutable_ballot()->add_marks();
      mark->set_question_id(1);
      mark->add_choice_ids(d <= yes ? 1 : 2);
      auto r = Run(sid, cast);
      EXPECT_TRUE(r.ok()) << r.status().ToString();
    }
    return id;
  }

  static v1::Command Close(int64_t poll) {
    v1::Command c;
    c.mutable_close_poll()->set_poll_id(poll);
    return c;
  }

  store::FaultInjectionEnv env_;
  ManualClock clock_{1'760'000'000'000'000};
  fs::path dir_;
  std::string db_;
  std::unique_ptr<store::LogWriter> writer_;
  std::unique_ptr<BallotBox> box_;
  std::unique_ptr<SessionEngine> engine_;
};

// Item 3: a snapshot rewritten so that the 7/10 "Thông qua" reads otherwise is found by
// verify, and the restarted engine serves the result the log says.
TEST_F(StoreTrustTest, AForgedSnapshotIsReportedAndNeverServed) {
  EngineOptions options;
  options.snapshot_every = 5;
  Open(options);
  const int64_t sid = Session(10);
  const int64_t poll = VotedPoll(sid, 10, 7, v1::POLL_VISIBILITY_OPEN);
  ASSERT_TRUE(Run(sid, Close(poll)).ok());
  // More commands, so that a snapshot is taken after the close.
  for (int i = 0; i < 12; ++i) {
    v1::Command in;
    in.mutable_check_in()->set_delegate_id(1);
    in.mutable_check_in()->set_status(i % 2 ? v1::ATTENDANCE_STATUS_PRESENT
                                            : v1::ATTENDANCE_STATUS_ONLINE);
    ASSERT_TRUE(Run(sid, in).ok());
  }
  const v1::SessionState truth = *engine_->State(sid);
  const std::string passed = truth.polls(0).result().text();
  ASSERT_FALSE(passed.empty());
  Close();
  auto clean = store::VerifyChain(db_);
  ASSERT_TRUE(clean.ok()) << clean.status().ToString();
  EXPECT_TRUE(clean->ok) << clean->problem;
  EXPECT_GE(clean->snapshots_checked, 1);

  // The forger: read the snapshot, change the result, write it back.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(db_.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT state FROM snapshots WHERE stream_id = ?", -1, &stmt,
                               nullptr),
            SQLITE_OK);
  sqlite3_bind_int64(stmt, 1, sid);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  v1::SessionState forged;
  ASSERT_TRUE(forged.ParseFromArray(sqlite3_column_blob(stmt, 0), sqlite3_column_bytes(stmt, 0)));
  sqlite3_finalize(stmt);
  ASSERT_EQ(forged.polls(0).result().text(), passed) << "the snapshot covers the close";
  forged.mutable_polls(0)->mutable_result()->set_text("Không thông qua");
  const std::string bytes = forged.SerializeAsString();
  ASSERT_EQ(sqlite3_prepare_v2(db, "UPDATE snapshots SET state = ? WHERE stream_id = ?", -1, &stmt,
                               nullptr),
            SQLITE_OK);
  sqlite3_bind_blob(stmt, 1, bytes.data(), static_cast<int>(bytes.size()), SQLITE_STATIC);
  sqlite3_bind_int64(stmt, 2, sid);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_DONE);
  sqlite3_finalize(stmt);
  sqlite3_close_v2(db);

  auto report = store::VerifyChain(db_);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_FALSE(report->ok) << "verify passed a forged snapshot";
  EXPECT_NE(report->problem.find("snapshot of session " + std::to_string(sid)),
            std::string::npos)
      << report->problem;

  Open(options);
  const v1::SessionState served = *engine_->State(sid);
  EXPECT_EQ(served.polls(0).result().text(), passed) << "the forged snapshot was served";
  EXPECT_EQ(served.SerializeAsString(), truth.SerializeAsString());
}

// Snapshots keep working across restarts and failures: the next one chains on.
TEST_F(StoreTrustTest, SnapshotsStayBoundAcrossRestarts) {
  EngineOptions options;
  options.snapshot_every = 3;
  Open(options);
  const int64_t sid = Session(6);
  Close();
  Open(options);
  for (int i = 0; i < 7; ++i) {
    v1::Command in;
    in.mutable_check_in()->set_delegate_id(1);
    in.mutable_check_in()->set_status(i % 2 ? v1::ATTENDANCE_STATUS_PRESENT
                                            : v1::ATTENDANCE_STATUS_ONLINE);
    ASSERT_TRUE(Run(sid, in).ok());
  }
  const v1::SessionState before = *engine_->State(sid);
  Close();
  auto report = store::VerifyChain(db_);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok) << report->problem;
  EXPECT_EQ(report->snapshots_checked, 1);
  EXPECT_EQ(report->snapshots_unbound, 0);
  Open(options);
  EXPECT_EQ(engine_->State(sid)->SerializeAsString(), before.SerializeAsString());
}

// Item 12: the checkpoint fails (nearly full disk): the close is not answered OK; sending
// it again finishes the privacy step and then answers OK.
TEST_F(StoreTrustTest, ASecretCloseIsOkOnlyWhenItsCheckpointSucceeded) {
  Open();
  const int64_t sid = Session(6);
  const int64_t poll = VotedPoll(sid, 6, 4, v1::POLL_VISIBILITY_SECRET);
  env_.FailNth(Fault::kCheckpoint, 1, /*sticky=*/true);
  auto closed = Run(sid, Close(poll));
  ASSERT_FALSE(closed.ok()) << "OK although the casting order is still in the WAL";
  EXPECT_EQ(closed.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(closed.status().message().find("gửi lại"), std::string::npos)
      << closed.status().message();
  // The close itself is committed (the result exists) ...
  EXPECT_EQ(engine_->State(sid)->polls(0).status(), v1::POLL_STATUS_CLOSED);
  // ... and a retry while the disk is still full fails the same way.
  auto again = Run(sid, Close(poll));
  EXPECT_EQ(again.status().code(), StatusCode::kUnavailable) << again.status().ToString();
  env_.Heal();
  const int64_t seq = engine_->State(sid)->last_seq();
  auto retried = Run(sid, Close(poll));
  ASSERT_TRUE(retried.ok()) << retried.status().ToString();
  EXPECT_EQ(retried->events_size(), 0);
  EXPECT_EQ(retried->seq(), seq);
  EXPECT_GE(env_.failed(Fault::kCheckpoint), 2);
  // Once finished, a further ClosePoll is the domain's ordinary refusal.
  auto late = Run(sid, Close(poll));
  EXPECT_FALSE(late.ok());
  EXPECT_NE(late.status().code(), StatusCode::kUnavailable) << late.status().ToString();
}

}  // namespace
}  // namespace dienhong
