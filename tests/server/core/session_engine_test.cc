// SessionEngine over a real SQLite log: commands are durable before they are answered,
// idempotent on their key (also across a restart and when repeated concurrently),
// refusals change nothing, state survives a restart (with snapshots), and a failed
// commit leaves the session consistent.
#include "server/session_engine.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <future>
#include <random>
#include <thread>

#include "common/apply.h"
#include "server/store/chain.h"

namespace dienhong {
namespace {

namespace fs = std::filesystem;

class SessionEngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() / ("dienhong-engine-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    db_ = (dir_ / "log.db").string();
    Open();
  }
  void TearDown() override {
    Close();
    fs::remove_all(dir_);
  }

  void Open(EngineOptions options = {}) {
    writer_ = std::make_unique<store::LogWriter>(db_, clock_);
    ASSERT_TRUE(writer_->Start().ok());
    auto reader = store::LogReader::Open(db_);
    ASSERT_TRUE(reader.ok());
    engine_ = std::make_unique<SessionEngine>(*writer_, std::move(reader).value(), clock_, options);
    ASSERT_TRUE(engine_->Load().ok());
  }
  void Close() {
    engine_.reset();
    if (writer_) writer_->Stop();
    writer_.reset();
  }

  static Result<v1::CommandReply> Await(const std::function<void(SessionEngine::Done)>& start) {
    std::promise<Result<v1::CommandReply>> p;
    auto f = p.get_future();
    start([&p](Result<v1::CommandReply> r) { p.set_value(std::move(r)); });
    return f.get();
  }

  CommandContext Context() {
    CommandContext c;
    c.actor.set_account_id(3);
    c.actor.set_role(v1::ROLE_CHAIR);
    c.now_micros = clock_.NowMicros();
    return c;
  }

  int64_t CreateConvenedSession(int delegates) {
    v1::Command create;
    auto* c = create.mutable_create_session();
    c->set_council_id(1);
    c->set_council_name("HĐND phường Thử");
    c->set_title("Kỳ họp thử");
    c->set_kind(v1::SESSION_KIND_REGULAR);
    c->mutable_quorum_rule()->set_numerator(2);
    c->mutable_quorum_rule()->set_denominator(3);
    for (int i = 1; i <= delegates; ++i) {
      auto* r = c->add_roster();
      r->set_delegate_id(i);
      r->set_full_name("Đại biểu " + std::to_string(i));
    }
    auto* item = c->add_agenda();
    item->set_kind(v1::AGENDA_ITEM_KIND_REPORT);
    item->set_title("Báo cáo");
    c->add_sittings()->set_title("Phiên 1");
    auto created = Await([&](auto done) { engine_->Create(create, Context(), "", done); });
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    const int64_t id = created->session_id();
    v1::Command convene;
    *convene.mutable_convene_session()->mutable_roster() = c->roster();
    *convene.mutable_convene_session()->mutable_quorum_rule() = c->quorum_rule();
    EXPECT_TRUE(Run(id, convene).ok());
    v1::Command open;
    open.mutable_open_sitting()->set_sitting_id(1);
    EXPECT_TRUE(Run(id, open).ok());
    return id;
  }

  Result<v1::CommandReply> Run(int64_t session, const v1::Command& command,
                               const std::string& key = "") {
    return Await([&](auto done) { engine_->Execute(session, command, Context(), key, done); });
  }

  static v1::Command CheckIn(int64_t delegate,
                             v1::AttendanceStatus status = v1::ATTENDANCE_STATUS_PRESENT) {
    v1::Command c;
    c.mutable_check_in()->set_delegate_id(delegate);
    c.mutable_check_in()->set_status(status);
    return c;
  }

  ManualClock clock_{1'760'000'000'000'000};
  fs::path dir_;
  std::string db_;
  std::unique_ptr<store::LogWriter> writer_;
  std::unique_ptr<SessionEngine> engine_;
};

TEST_F(SessionEngineTest, ReplyComesAfterTheEventsAreInTheLog) {
  const int64_t id = CreateConvenedSession(3);
  auto reply = Run(id, CheckIn(2));
  ASSERT_TRUE(reply.ok()) << reply.status().ToString();
  ASSERT_EQ(reply->events_size(), 1);
  EXPECT_EQ(reply->seq(), 4);  // created, convened, opened, checked in
  EXPECT_FALSE(reply->events(0).hash().empty());
  // Readable by an independent connection at the moment the reply arrived.
  auto reader = store::LogReader::Open(db_);
  ASSERT_TRUE(reader.ok());
  auto events = (*reader)->ReadStream(id, 0);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 4u);
  EXPECT_EQ(events->back().attendance_recorded().delegate_id(), 2);
  EXPECT_EQ(engine_->State(id)->last_seq(), 4);
}

TEST_F(SessionEngineTest, SameKeyTwiceAppendsOnceAndReplaysTheReply) {
  const int64_t id = CreateConvenedSession(3);
  auto first = Run(id, CheckIn(1), "acct:7:req-1");
  auto second = Run(id, CheckIn(1, v1::ATTENDANCE_STATUS_ONLINE), "acct:7:req-1");
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(first->replayed());
  EXPECT_TRUE(second->replayed());
  EXPECT_EQ(second->seq(), first->seq());
  // The repeat's different body was not decided: still PRESENT, one event.
  EXPECT_EQ(engine_->State(id)->last_seq(), first->seq());
  EXPECT_EQ(engine_->State(id)->sittings(0).attendance(0).status(), v1::ATTENDANCE_STATUS_PRESENT);
}

TEST_F(SessionEngineTest, ConcurrentRepeatsOfOneKeyAppendOneEvent) {
  const int64_t id = CreateConvenedSession(3);
  std::vector<std::future<Result<v1::CommandReply>>> replies;
  for (int i = 0; i < 16; ++i) {
    replies.push_back(
        std::async(std::launch::async, [&] { return Run(id, CheckIn(3), "k:race"); }));
  }
  int fresh = 0;
  int64_t seq = 0;
  for (auto& f : replies) {
    auto r = f.get();
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    fresh += r->replayed() ? 0 : 1;
    if (seq == 0) seq = r->seq();
    EXPECT_EQ(r->seq(), seq);
  }
  EXPECT_EQ(fresh, 1);
  EXPECT_EQ(engine_->State(id)->last_seq(), 4);
}

TEST_F(SessionEngineTest, ARefusalChangesNothingAndIsNotRemembered) {
  const int64_t id = CreateConvenedSession(3);
  auto refused = Run(id, CheckIn(99), "k:bad");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(engine_->State(id)->last_seq(), 3);
  // The same key with a valid command is decided afresh.
  auto ok = Run(id, CheckIn(1), "k:bad");
  ASSERT_TRUE(ok.ok());
  EXPECT_FALSE(ok->replayed());
}

TEST_F(SessionEngineTest, StateAndKeysSurviveARestart) {
  EngineOptions options;
  options.snapshot_every = 4;  // force snapshots to be part of the restart path
  Close();
  Open(options);
  const int64_t id = CreateConvenedSession(12);
  int64_t keyed_seq = 0;
  for (int d = 1; d <= 12; ++d) {
    auto r = Run(id, CheckIn(d), "k:" + std::to_string(d));
    ASSERT_TRUE(r.ok());
    if (d == 5) keyed_seq = r->seq();
  }
  const v1::SessionState before = *engine_->State(id);
  Close();
  Open(options);
  const v1::SessionState after = *engine_->State(id);
  EXPECT_EQ(after.SerializeAsString(), before.SerializeAsString());
  auto replay = Run(id, CheckIn(5, v1::ATTENDANCE_STATUS_ONLINE), "k:5");
  ASSERT_TRUE(replay.ok());
  EXPECT_TRUE(replay->replayed());
  EXPECT_EQ(replay->seq(), keyed_seq);
  EXPECT_EQ(engine_->State(id)->last_seq(), before.last_seq());
  auto reader = store::LogReader::Open(db_);
  auto snapshot = (*reader)->LatestSnapshot(id);
  ASSERT_TRUE(snapshot.ok());
  ASSERT_TRUE(snapshot->has_value());
  EXPECT_GT((*snapshot)->last_seq(), 0);
}

TEST_F(SessionEngineTest, AFailedCommitIsReportedAndTheSessionStaysConsistent) {
  const int64_t id = CreateConvenedSession(3);
  // A second writer appends behind the engine's back: the engine's writer notices that
  // its chain head is stale and fails the next batch.
  {
    store::LogWriter intruder(db_, clock_);
    ASSERT_TRUE(intruder.Start().ok());
    v1::Event e;
    e.set_stream_id(999);
    e.set_seq(1);
    e.mutable_session_closed();
    store::AppendRequest r;
    r.events.push_back(e);
    std::promise<Status> p;
    r.done = [&p](const Status& s, const std::vector<v1::Event>&) { p.set_value(s); };
    intruder.Stage(std::move(r));
    ASSERT_TRUE(p.get_future().get().ok());
    intruder.Stop();
  }
  auto failed = Run(id, CheckIn(1));
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(engine_->State(id)->last_seq(), 3);
  // The engine rebuilt its working state: the retry gets the same seq the failed one had.
  auto retried = Run(id, CheckIn(1));
  ASSERT_TRUE(retried.ok()) << retried.status().ToString();
  EXPECT_EQ(retried->seq(), 4);
  auto report = store::VerifyChain(db_);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok) << report->problem;
}

TEST_F(SessionEngineTest, UnknownSessionIsNotFound) {
  auto r = Run(42, CheckIn(1));
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("session_id 42"), std::string::npos);
}

}  // namespace
}  // namespace dienhong
