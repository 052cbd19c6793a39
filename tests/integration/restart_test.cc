// Crash and recovery: a reply means the events are durable, so a SIGKILL right after the
// replies loses nothing; tokens survive; a retry of an acknowledged request is answered
// from the log; a subscriber resumes across the restart.
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <future>

#include "tests/integration/fixture.h"
#include "tests/integration/live_reader.h"

namespace dienhong::it {
namespace {

using google::protobuf::util::MessageDifferencer;

class RestartTest : public IntegrationTest {};

v1::Event WithoutHash(v1::Event e) {
  e.clear_hash();
  return e;
}

TEST_F(RestartTest, NothingAcknowledgedIsLostBySigkill) {
  CouncilWorld world = MakeCouncil("danang", 10, 10);
  const int64_t sid = CreateSession(world.secretary, world.council_id, "tao-ky-hop");
  Convene(world.chair, sid);
  OpenSitting(world.chair, sid, 1);
  SetCurrentItem(world.chair, sid, 1);

  // Ten delegates check in at once; each reply is an acknowledgement.
  std::vector<std::future<v1::CommandReply>> checkins;
  for (int i = 0; i < 10; ++i) {
    checkins.push_back(std::async(std::launch::async, [&, i] {
      return CheckIn(world.delegate_callers[i], sid,
                     i % 2 ? v1::ATTENDANCE_STATUS_ONLINE : v1::ATTENDANCE_STATUS_PRESENT);
    }));
  }
  std::vector<v1::CommandReply> acked;
  for (auto& f : checkins) acked.push_back(f.get());

  // The last command before the crash, with a request id that is retried afterwards.
  v1::SuspendSittingRequest suspend;
  suspend.set_session_id(sid);
  suspend.set_request_id("tam-dung-1");
  suspend.mutable_command()->set_sitting_id(1);
  suspend.mutable_command()->set_reason("Nghỉ giải lao 15 phút");
  v1::CommandReply suspended;
  ASSERT_TRUE(
      stubs_->sessions->SuspendSitting(world.chair.Context().get(), suspend, &suspended).ok());
  // Reference data acknowledged just before the crash must survive it too.
  const v1::Account late = CreateAccount("danang.thuky2", v1::ROLE_SECRETARY, world.council_id);

  const v1::SessionState before = GetSession(world.observer, sid);
  ASSERT_EQ(before.last_seq(), suspended.seq());
  ASSERT_EQ(before.last_seq(), 4 + 10 + 1);

  RestartServer(/*crash=*/true);

  // Tokens issued before the crash still work.
  v1::WhoAmIResponse who;
  ASSERT_TRUE(
      stubs_->auth->WhoAmI(world.delegate_callers[3].Context().get(), v1::WhoAmIRequest(), &who)
          .ok());
  EXPECT_EQ(who.account().delegate_id(), world.delegates[3].id());

  const v1::SessionState after = GetSession(world.observer, sid);
  EXPECT_TRUE(MessageDifferencer::Equals(before, after))
      << "before: " << before.ShortDebugString() << "\nafter: " << after.ShortDebugString();
  EXPECT_EQ(after.last_seq(), before.last_seq());
  EXPECT_EQ(after.sittings(0).status(), v1::SITTING_STATUS_SUSPENDED);
  EXPECT_EQ(after.sittings(0).attendance_size(), 10);
  for (const auto& reply : acked) {
    ASSERT_EQ(reply.events_size(), 1);
    EXPECT_LE(reply.seq(), after.last_seq());
  }

  v1::ListAccountsRequest list;
  list.set_council_id(world.council_id);
  v1::ListAccountsResponse accounts;
  ASSERT_TRUE(stubs_->accounts->ListAccounts(admin_.Context().get(), list, &accounts).ok());
  bool found_late = false;
  for (const auto& a : accounts.accounts()) found_late = found_late || a.id() == late.id();
  EXPECT_TRUE(found_late) << "account created just before the crash is gone";
  Login("danang.thuky2");

  // The retry of the acknowledged suspension (its reply was "lost") is answered from the
  // log: same events, replayed, nothing appended. Deciding it again would fail: the
  // sitting is already suspended.
  v1::CommandReply retried;
  grpc::Status status =
      stubs_->sessions->SuspendSitting(world.chair.Context().get(), suspend, &retried);
  ASSERT_TRUE(status.ok()) << Describe(status);
  EXPECT_TRUE(retried.replayed());
  EXPECT_EQ(retried.seq(), suspended.seq());
  EXPECT_EQ(retried.session_id(), sid);
  ASSERT_EQ(retried.events_size(), 1);
  EXPECT_TRUE(
      MessageDifferencer::Equals(WithoutHash(retried.events(0)), WithoutHash(suspended.events(0))))
      << retried.events(0).ShortDebugString() << "\n"
      << suspended.events(0).ShortDebugString();
  EXPECT_EQ(GetSession(world.observer, sid).last_seq(), before.last_seq());
  // So is the retry of the session's creation: the same session, not a second one.
  EXPECT_EQ(CreateSession(world.secretary, world.council_id, "tao-ky-hop"), sid);
  v1::ListSessionsRequest sessions_req;
  sessions_req.set_council_id(world.council_id);
  v1::ListSessionsResponse sessions;
  ASSERT_TRUE(
      stubs_->sessions->ListSessions(world.observer.Context().get(), sessions_req, &sessions).ok());
  EXPECT_EQ(sessions.sessions_size(), 1);

  // A subscriber that had applied up to last_seq - 3 resumes across the restart.
  const int64_t last = before.last_seq();
  LiveReader reader(*stubs_->live, world.display, sid, last - 3);
  ASSERT_TRUE(reader.WaitForSeq(last)) << "got up to " << reader.last_seq();
  v1::ResumeSittingRequest resume;
  resume.set_session_id(sid);
  resume.set_request_id("tiep-tuc-1");
  resume.mutable_command()->set_sitting_id(1);
  v1::CommandReply resumed;
  ASSERT_TRUE(stubs_->sessions->ResumeSitting(world.chair.Context().get(), resume, &resumed).ok());
  EXPECT_EQ(resumed.seq(), last + 1) << "the log continues without a gap after recovery";
  EXPECT_FALSE(resumed.replayed());
  ASSERT_TRUE(reader.WaitForSeq(last + 1));
  std::vector<v1::LiveMessage> messages = reader.Messages();
  ASSERT_FALSE(messages.empty());
  EXPECT_TRUE(messages[0].has_event()) << "resume after restart needs no snapshot";
  EXPECT_TRUE(ContiguousEvents(messages, 0, last - 2));
  EXPECT_EQ(messages.size(), 4u);
  EXPECT_TRUE(messages[2].event().has_sitting_suspended());
  EXPECT_TRUE(messages[3].event().has_sitting_resumed());
}

// More than 1000 events: the server has saved a state snapshot, and recovery starts from
// it plus the events after it.
TEST_F(RestartTest, RecoveryFromASnapshotLosesNothing) {
  CouncilWorld world = MakeCouncil("vinh", 12, 0);
  const int64_t sid = CreateSession(world.secretary, world.council_id);
  Convene(world.secretary, sid);
  OpenSitting(world.chair, sid, 1);
  constexpr int kThreads = 4;
  constexpr int kPerThread = 275;
  std::vector<std::future<std::string>> workers;
  for (int t = 0; t < kThreads; ++t) {
    workers.push_back(std::async(std::launch::async, [&, t]() -> std::string {
      try {
        for (int i = 0; i < kPerThread; ++i) {
          // Each thread owns three delegates and flips them in turn: never a no-op.
          const auto& delegate = world.delegates[t * 3 + i % 3];
          const auto status =
              (i / 3) % 2 == 0 ? v1::ATTENDANCE_STATUS_PRESENT : v1::ATTENDANCE_STATUS_ONLINE;
          RecordAttendance(world.secretary, sid, delegate.id(), status);
        }
      } catch (const std::exception& e) {
        return e.what();
      }
      return "";
    }));
  }
  for (auto& w : workers) ASSERT_EQ(w.get(), "");
  const v1::SessionState before = GetSession(world.observer, sid);
  ASSERT_EQ(before.last_seq(), 3 + kThreads * kPerThread);

  RestartServer(/*crash=*/true);
  const v1::SessionState after = GetSession(world.observer, sid);
  EXPECT_TRUE(MessageDifferencer::Equals(before, after))
      << "before: " << before.ShortDebugString() << "\nafter: " << after.ShortDebugString();
  // The log goes on from there, and a late subscriber still resumes without a snapshot.
  LiveReader reader(*stubs_->live, world.display, sid, before.last_seq() - 5);
  ASSERT_TRUE(reader.WaitForSeq(before.last_seq()));
  const v1::CommandReply next = RecordAttendance(world.secretary, sid, world.delegates[0].id(),
                                                 v1::ATTENDANCE_STATUS_EXCUSED, "Ốm");
  EXPECT_EQ(next.seq(), before.last_seq() + 1);
  ASSERT_TRUE(reader.WaitForSeq(next.seq()));
  const auto messages = reader.Messages();
  EXPECT_TRUE(ContiguousEvents(messages, 0, before.last_seq() - 4));
}

TEST_F(RestartTest, GracefulRestartKeepsStateAndEndsStreamsWithUnavailable) {
  CouncilWorld world = MakeCouncil("cantho", 5, 0);
  const int64_t sid = CreateSession(world.secretary, world.council_id);
  Convene(world.secretary, sid);
  const v1::SessionState before = GetSession(world.observer, sid);
  auto reader = std::make_unique<LiveReader>(*stubs_->live, world.display, sid, 0);
  ASSERT_TRUE(reader->WaitForSeq(before.last_seq()));

  // SIGTERM ends live streams with UNAVAILABLE ("reconnect later"), as documented. The
  // stop runs aside: the server's shutdown waits for this test's channel to go away.
  auto stopped = std::async(std::launch::async, [this] { return server_->Stop(); });
  auto ended = reader->WaitForEnd();
  ASSERT_TRUE(ended.has_value());
  EXPECT_EQ(ended->error_code(), grpc::StatusCode::UNAVAILABLE) << Describe(*ended);
  reader.reset();
  stubs_.reset();
  ASSERT_TRUE(stopped.get());

  RestartServer(/*crash=*/false);
  EXPECT_TRUE(MessageDifferencer::Equals(before, GetSession(world.observer, sid)));
  // Ids continue after the restart: a new session does not reuse an old id.
  EXPECT_EQ(CreateSession(world.secretary, world.council_id), sid + 1);
}

}  // namespace
}  // namespace dienhong::it
