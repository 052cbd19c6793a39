// The floor over real gRPC against the real server: fifty delegates asking to speak at
// once (each request lands once, the list is in arrival order), two live subscribers who
// fold the same list, an overrun recorded by the server's own clock, and who may do what.
#include <gtest/gtest.h>

#include <algorithm>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include "common/apply.h"
#include "dienhong/v1/floor_service.grpc.pb.h"
#include "tests/integration/fixture.h"
#include "tests/integration/live_reader.h"

namespace dienhong::it {
namespace {

class FloorTest : public IntegrationTest {
 protected:
  void SetUp() override {
    IntegrationTest::SetUp();
    floor_ = v1::FloorService::NewStub(stubs_->channel);
  }

  // A convened session with sitting 1 open and item 3 (discussion) current.
  int64_t SessionUnderWay(const CouncilWorld& world) {
    const int64_t sid = CreateSession(world.secretary, world.council_id);
    Convene(world.chair, sid);
    OpenSitting(world.chair, sid, 1);
    SetCurrentItem(world.chair, sid, 3);
    return sid;
  }

  grpc::Status Request(const Caller& who, int64_t sid, v1::FloorKind kind,
                       v1::CommandReply* reply, const std::string& request_id = "") {
    v1::RequestFloorRequest req;
    req.set_session_id(sid);
    req.set_request_id(request_id.empty() ? NextRequestId() : request_id);
    req.mutable_command()->set_kind(kind);
    return floor_->RequestFloor(who.Context().get(), req, reply);
  }
  grpc::Status Grant(const Caller& who, int64_t sid, int64_t request, v1::CommandReply* reply) {
    v1::GrantFloorRequest req;
    req.set_session_id(sid);
    req.set_request_id(NextRequestId());
    req.mutable_command()->set_request_id(request);
    return floor_->GrantFloor(who.Context().get(), req, reply);
  }

  std::unique_ptr<v1::FloorService::Stub> floor_;
};

// Folds what a subscriber received, as a tablet does.
v1::SessionState Fold(const std::vector<v1::LiveMessage>& messages) {
  v1::SessionState state;
  for (const auto& m : messages) {
    if (m.has_snapshot()) {
      state = m.snapshot();
    } else {
      Apply(state, m.event());
    }
  }
  return state;
}

TEST_F(FloorTest, FiftyDelegatesRequestAtOnceEachLandsOnceInArrivalOrder) {
  constexpr int kDelegates = 50;
  CouncilWorld world = MakeCouncil("floor50", 55, kDelegates);
  const int64_t sid = SessionUnderWay(world);

  std::mutex mu;
  std::condition_variable go;
  bool started = false;
  std::vector<std::future<std::pair<grpc::Status, v1::CommandReply>>> calls;
  for (int i = 0; i < kDelegates; ++i) {
    calls.push_back(std::async(std::launch::async, [&, i] {
      {
        std::unique_lock lock(mu);
        go.wait(lock, [&] { return started; });
      }
      v1::CommandReply reply;
      grpc::Status st = Request(world.delegate_callers[i], sid, v1::FLOOR_KIND_CONTRIBUTION,
                                &reply, "req-" + std::to_string(i));
      return std::make_pair(st, reply);
    }));
  }
  {
    std::lock_guard lock(mu);
    started = true;
  }
  go.notify_all();

  std::vector<std::pair<int64_t, int64_t>> seq_and_delegate;
  for (int i = 0; i < kDelegates; ++i) {
    auto [st, reply] = calls[i].get();
    ASSERT_TRUE(st.ok()) << "delegate " << i << ": " << Describe(st);
    ASSERT_EQ(reply.events_size(), 1);
    const v1::FloorRequest& r = reply.events(0).floor_requested().request();
    EXPECT_EQ(r.speaker().delegate_id(), world.delegate_callers[i].delegate_id)
        << "the speaker comes from the caller's account";
    EXPECT_EQ(r.requested_seq(), reply.seq());
    seq_and_delegate.emplace_back(reply.seq(), r.speaker().delegate_id());
  }
  // A retry with the same request id appends nothing.
  v1::CommandReply again;
  ASSERT_TRUE(Request(world.delegate_callers[0], sid, v1::FLOOR_KIND_CONTRIBUTION, &again, "req-0")
                  .ok());
  EXPECT_TRUE(again.replayed());

  std::sort(seq_and_delegate.begin(), seq_and_delegate.end());
  const v1::SessionState state = GetSession(world.observer, sid);
  ASSERT_EQ(state.floor().queue_size(), kDelegates) << "every request exactly once";
  ASSERT_EQ(state.floor().requests_size(), kDelegates);
  for (int i = 0; i < kDelegates; ++i) {
    const int64_t id = state.floor().queue(i);
    const v1::FloorRequest& r = state.floor().requests(id - 1);
    EXPECT_EQ(r.speaker().delegate_id(), seq_and_delegate[i].second)
        << "position " << i << " must be the " << i << "-th arrival";
    if (i > 0) EXPECT_GT(r.requested_seq(), state.floor().requests(state.floor().queue(i - 1) - 1).requested_seq());
  }
}

TEST_F(FloorTest, TwoSubscribersFoldIdenticalLists) {
  CouncilWorld world = MakeCouncil("floorlive", 8, 6);
  const int64_t sid = SessionUnderWay(world);
  LiveReader tablet(*stubs_->live, world.delegate_callers[5], sid, 0);
  LiveReader screen(*stubs_->live, world.display, sid, 0);

  v1::CommandReply reply;
  for (int i = 0; i < 4; ++i) {
    ASSERT_TRUE(Request(world.delegate_callers[i], sid, v1::FLOOR_KIND_CONTRIBUTION, &reply).ok());
  }
  ASSERT_TRUE(
      Request(world.delegate_callers[4], sid, v1::FLOOR_KIND_POINT_OF_ORDER, &reply).ok());
  v1::ReorderRequestRequest reorder;
  reorder.set_session_id(sid);
  reorder.set_request_id(NextRequestId());
  reorder.mutable_command()->set_request_id(4);
  reorder.mutable_command()->set_position(2);
  ASSERT_TRUE(floor_->ReorderRequest(world.secretary.Context().get(), reorder, &reply).ok());
  v1::WithdrawRequestRequest withdraw;
  withdraw.set_session_id(sid);
  withdraw.set_request_id(NextRequestId());
  withdraw.mutable_command()->set_request_id(2);
  ASSERT_TRUE(
      floor_->WithdrawRequest(world.delegate_callers[1].Context().get(), withdraw, &reply).ok());
  ASSERT_TRUE(Grant(world.chair, sid, 0, &reply).ok());
  const int64_t last = reply.seq();

  ASSERT_TRUE(tablet.WaitForSeq(last));
  ASSERT_TRUE(screen.WaitForSeq(last));
  const v1::SessionState a = Fold(tablet.Messages());
  const v1::SessionState b = Fold(screen.Messages());
  const v1::SessionState server = GetSession(world.observer, sid);
  EXPECT_EQ(a.floor().SerializeAsString(), b.floor().SerializeAsString());
  EXPECT_EQ(a.floor().SerializeAsString(), server.floor().SerializeAsString());
  // Point of order (5) was granted first; then 4 (moved up), 1, 3.
  ASSERT_EQ(a.floor().turns_size(), 1);
  EXPECT_EQ(a.floor().turns(0).request_id(), 5);
  EXPECT_EQ(std::vector<int64_t>(a.floor().queue().begin(), a.floor().queue().end()),
            (std::vector<int64_t>{4, 1, 3}));
}

TEST_F(FloorTest, OverrunIsRecordedByTheServerClockAndTheTurnGoesOn) {
  CouncilWorld world = MakeCouncil("flooroverrun", 5, 2);
  const int64_t sid = SessionUnderWay(world);
  v1::SetSessionFloorRulesRequest rules;
  rules.set_session_id(sid);
  rules.set_request_id(NextRequestId());
  rules.mutable_command()->mutable_rules()->set_first_speech_seconds(2);
  rules.mutable_command()->set_reason("Thử đồng hồ");
  v1::CommandReply reply;
  ASSERT_TRUE(floor_->SetSessionFloorRules(world.secretary.Context().get(), rules, &reply).ok());
  ASSERT_EQ(reply.events_size(), 1);
  EXPECT_EQ(reply.events(0).floor_rules_changed().rules().first_speech_seconds(), 2);

  LiveReader screen(*stubs_->live, world.display, sid, 0);
  ASSERT_TRUE(Request(world.delegate_callers[0], sid, v1::FLOOR_KIND_CONTRIBUTION, &reply).ok());
  ASSERT_TRUE(Grant(world.chair, sid, 0, &reply).ok());
  const v1::Turn turn = reply.events(0).turn_started().turn();
  EXPECT_EQ(turn.limit_seconds(), 2);
  const int64_t granted_seq = reply.seq();

  ASSERT_TRUE(screen.WaitForSeq(granted_seq + 1, std::chrono::seconds(15)))
      << "no overrun event arrived on the live stream";
  const auto messages = screen.Messages();
  const v1::Event* overran = nullptr;
  for (const auto& m : messages) {
    if (m.has_event() && m.event().has_turn_overran()) overran = &m.event();
  }
  ASSERT_NE(overran, nullptr);
  EXPECT_EQ(overran->turn_overran().turn_id(), turn.id());
  EXPECT_EQ(overran->actor().account_id(), 0) << "recorded by the server itself";
  const int64_t started = turn.started_at().seconds() * 1000000 + turn.started_at().nanos() / 1000;
  const int64_t at = overran->turn_overran().at().seconds() * 1000000 +
                     overran->turn_overran().at().nanos() / 1000;
  EXPECT_EQ(at - started, 2'000'000);
  const int64_t recorded = overran->recorded_at().seconds() * 1000000 +
                           overran->recorded_at().nanos() / 1000;
  EXPECT_GE(recorded, started + 2'000'000) << "never before the limit";
  const v1::SessionState state = GetSession(world.observer, sid);
  ASSERT_EQ(state.floor().turns_size(), 1);
  EXPECT_FALSE(state.floor().turns(0).has_ended_at()) << "overrun is recorded, not cut";
  EXPECT_EQ(state.floor().turns(0).overrun_at_limit_seconds(), 2);

  // The chair ends it; statistics count it.
  v1::EndTurnRequest end;
  end.set_session_id(sid);
  end.set_request_id(NextRequestId());
  ASSERT_TRUE(floor_->EndTurn(world.chair.Context().get(), end, &reply).ok());
  v1::GetFloorStatisticsRequest stats_req;
  stats_req.set_session_id(sid);
  v1::FloorStatistics stats;
  ASSERT_TRUE(floor_->GetFloorStatistics(world.chair.Context().get(), stats_req, &stats).ok());
  EXPECT_EQ(stats.total_turns(), 1);
  ASSERT_EQ(stats.speakers_size(), 1);
  EXPECT_EQ(stats.speakers(0).overruns(), 1);
  EXPECT_GE(stats.speakers(0).seconds(), 2);
  EXPECT_EQ(stats.not_yet_spoken_size(), 4);
}

TEST_F(FloorTest, WhoMayDoWhat) {
  CouncilWorld world = MakeCouncil("floorauth", 5, 2);
  const int64_t sid = SessionUnderWay(world);
  v1::CommandReply reply;
  ASSERT_TRUE(Request(world.delegate_callers[0], sid, v1::FLOOR_KIND_CONTRIBUTION, &reply).ok());
  const int64_t seq = reply.seq();

  // A delegate cannot grant.
  EXPECT_EQ(Grant(world.delegate_callers[0], sid, 1, &reply).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  // The display and the observer cannot ask to speak.
  EXPECT_EQ(Request(world.display, sid, v1::FLOOR_KIND_CONTRIBUTION, &reply).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(Request(world.observer, sid, v1::FLOOR_KIND_CONTRIBUTION, &reply).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  // A delegate cannot request for another: the speaker in the request is ignored.
  v1::RequestFloorRequest forged;
  forged.set_session_id(sid);
  forged.set_request_id(NextRequestId());
  forged.mutable_command()->set_kind(v1::FLOOR_KIND_POINT_OF_ORDER);
  forged.mutable_command()->mutable_speaker()->set_delegate_id(
      world.delegate_callers[0].delegate_id);
  ASSERT_TRUE(
      floor_->RequestFloor(world.delegate_callers[1].Context().get(), forged, &reply).ok());
  EXPECT_EQ(reply.events(0).floor_requested().request().speaker().delegate_id(),
            world.delegate_callers[1].delegate_id);
  // ... nor withdraw another's request.
  v1::WithdrawRequestRequest withdraw;
  withdraw.set_session_id(sid);
  withdraw.set_request_id(NextRequestId());
  withdraw.mutable_command()->set_request_id(1);
  EXPECT_EQ(floor_->WithdrawRequest(world.delegate_callers[1].Context().get(), withdraw, &reply)
                .error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  // A respondent asks to answer, as their account.
  ASSERT_TRUE(Request(world.respondent, sid, v1::FLOOR_KIND_RESPONDENT_ANSWER, &reply).ok());
  EXPECT_EQ(reply.events(0).floor_requested().request().speaker().account_id(),
            world.respondent.account_id);
  EXPECT_EQ(Request(world.respondent, sid, v1::FLOOR_KIND_CONTRIBUTION, &reply).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  // Wrong state: a grant beyond the one open turn changes nothing.
  ASSERT_TRUE(Grant(world.chair, sid, 1, &reply).ok());
  const int64_t after_grant = reply.seq();
  EXPECT_EQ(Grant(world.chair, sid, 0, &reply).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(GetSession(world.observer, sid).last_seq(), after_grant);
  EXPECT_GT(after_grant, seq);
  // Statistics are the chair's and the secretary's.
  v1::GetFloorStatisticsRequest stats_req;
  stats_req.set_session_id(sid);
  v1::FloorStatistics stats;
  EXPECT_EQ(floor_->GetFloorStatistics(world.display.Context().get(), stats_req, &stats)
                .error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_TRUE(
      floor_->GetFloorStatistics(world.secretary.Context().get(), stats_req, &stats).ok());
}

TEST_F(FloorTest, CouncilRulesAreCopiedIntoNewSessions) {
  CouncilWorld world = MakeCouncil("floorrules", 5, 1);
  v1::SetCouncilFloorRulesRequest req;
  req.set_council_id(world.council_id);
  req.mutable_rules()->set_first_speech_seconds(300);
  req.mutable_rules()->set_max_open_turns(2);
  v1::Council council;
  ASSERT_TRUE(floor_->SetCouncilFloorRules(world.secretary.Context().get(), req, &council).ok());
  EXPECT_EQ(council.floor_rules().first_speech_seconds(), 300);
  EXPECT_EQ(council.floor_rules().later_speech_seconds(), 180);
  req.mutable_rules()->set_max_open_turns(99);
  EXPECT_EQ(floor_->SetCouncilFloorRules(world.secretary.Context().get(), req, &council)
                .error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(floor_->SetCouncilFloorRules(world.chair.Context().get(), req, &council).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  const int64_t sid = CreateSession(world.secretary, world.council_id);
  const v1::SessionState state = GetSession(world.observer, sid);
  EXPECT_EQ(state.floor().rules().first_speech_seconds(), 300);
  EXPECT_EQ(state.floor().rules().max_open_turns(), 2);
  EXPECT_EQ(state.floor().rules_version(), 1);
}

}  // namespace
}  // namespace dienhong::it
