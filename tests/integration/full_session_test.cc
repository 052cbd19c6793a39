// A whole small session through the public API, as a council would run it: the
// administrator sets up the council, the secretary prepares the session, the chair runs
// it, delegates check in, and the quorum is checked on both sides of its edge.
#include <gtest/gtest.h>

#include "tests/integration/fixture.h"

namespace dienhong::it {
namespace {

class FullSessionTest : public IntegrationTest {
 protected:
  v1::QuorumStatus Quorum(const Caller& caller, int64_t session_id) {
    v1::GetQuorumRequest req;
    req.set_session_id(session_id);
    v1::QuorumStatus quorum;
    CheckOk(stubs_->attendance->GetQuorum(caller.Context().get(), req, &quorum), "GetQuorum");
    return quorum;
  }

  template <typename Request, typename Method>
  v1::CommandReply SittingCommand(Method method, const Caller& chair, int64_t session_id,
                                  int64_t sitting_id) {
    Request req;
    req.set_session_id(session_id);
    req.set_request_id(NextRequestId());
    req.mutable_command()->set_sitting_id(sitting_id);
    v1::CommandReply reply;
    CheckOk((stubs_->sessions.get()->*method)(chair.Context().get(), req, &reply),
            Request::descriptor()->name());
    return reply;
  }
};

const v1::AttendanceRecord* FindRecord(const v1::Sitting& sitting, int64_t delegate_id) {
  for (const auto& r : sitting.attendance()) {
    if (r.delegate_id() == delegate_id) return &r;
  }
  return nullptr;
}

TEST_F(FullSessionTest, CouncilRunsASessionFromConveningToClosing) {
  // 95 delegates: two thirds is 63.33, so 64 participants are needed.
  CouncilWorld world = MakeCouncil("hanoi", 95, 4);
  ASSERT_EQ(world.delegates.size(), 95u);
  EXPECT_EQ(world.delegates[0].full_name(), "Nguyễn Văn Hùng");

  const int64_t sid = CreateSession(world.secretary, world.council_id);
  v1::SessionState state = GetSession(world.observer, sid);
  EXPECT_EQ(state.status(), v1::SESSION_STATUS_DRAFT);
  EXPECT_EQ(state.council_id(), world.council_id);
  EXPECT_EQ(state.council_name(), "Hội đồng nhân dân hanoi");
  EXPECT_EQ(state.place(), "Hà Nội");  // defaults to the council's place
  ASSERT_EQ(state.agenda_size(), 5);
  ASSERT_EQ(state.sittings_size(), 2);
  EXPECT_EQ(state.agenda(1).title(), "Báo cáo tình hình kinh tế – xã hội 6 tháng đầu năm");
  for (const auto& item : state.agenda()) EXPECT_EQ(item.status(), v1::AGENDA_ITEM_STATUS_PENDING);
  EXPECT_EQ(state.last_seq(), 1);

  v1::CommandReply convened = Convene(world.chair, sid);
  EXPECT_EQ(convened.seq(), 2);
  ASSERT_EQ(convened.events_size(), 1);
  EXPECT_TRUE(convened.events(0).has_session_convened());
  EXPECT_FALSE(convened.replayed());

  const int64_t sitting1 = state.sittings(0).id();
  OpenSitting(world.chair, sid, sitting1);
  SetCurrentItem(world.chair, sid, state.agenda(0).id());
  v1::CommandReply second_item = SetCurrentItem(world.chair, sid, state.agenda(1).id());
  // The item that was current is completed by the same command.
  ASSERT_EQ(second_item.events_size(), 2);
  EXPECT_TRUE(second_item.events(0).has_agenda_item_completed());
  EXPECT_TRUE(second_item.events(1).has_agenda_item_started());

  state = GetSession(world.display, sid);
  EXPECT_EQ(state.status(), v1::SESSION_STATUS_IN_PROGRESS);
  EXPECT_EQ(state.roster_size(), 95);
  EXPECT_EQ(state.current_sitting_id(), sitting1);
  EXPECT_EQ(state.current_item_id(), state.agenda(1).id());
  EXPECT_EQ(state.agenda(0).status(), v1::AGENDA_ITEM_STATUS_DONE);
  EXPECT_EQ(state.agenda(1).status(), v1::AGENDA_ITEM_STATUS_CURRENT);
  EXPECT_EQ(state.quorum_rule().numerator(), 2);
  EXPECT_EQ(state.quorum_rule().denominator(), 3);

  // Delegates check themselves in: two in the hall, two online.
  CheckIn(world.delegate_callers[0], sid, v1::ATTENDANCE_STATUS_PRESENT);
  CheckIn(world.delegate_callers[1], sid, v1::ATTENDANCE_STATUS_PRESENT);
  CheckIn(world.delegate_callers[2], sid, v1::ATTENDANCE_STATUS_ONLINE);
  CheckIn(world.delegate_callers[3], sid, v1::ATTENDANCE_STATUS_ONLINE);
  // The secretary records one excused absence and the rest of the hall.
  const int64_t excused_id = world.delegates[94].id();
  RecordAttendance(world.secretary, sid, excused_id, v1::ATTENDANCE_STATUS_EXCUSED,
                   "Đi công tác tại Thành phố Hồ Chí Minh");
  for (int i = 4; i < 63; ++i) {
    RecordAttendance(world.secretary, sid, world.delegates[i].id(), v1::ATTENDANCE_STATUS_PRESENT);
  }

  v1::QuorumStatus quorum = Quorum(world.display, sid);
  EXPECT_EQ(quorum.sitting_id(), sitting1);
  EXPECT_EQ(quorum.total_delegates(), 95);
  EXPECT_EQ(quorum.present(), 61);
  EXPECT_EQ(quorum.online(), 2);
  EXPECT_EQ(quorum.excused(), 1);
  EXPECT_EQ(quorum.absent(), 31);
  EXPECT_EQ(quorum.required(), 64);
  EXPECT_FALSE(quorum.met()) << "63 of 95 is less than two thirds";

  RecordAttendance(world.secretary, sid, world.delegates[63].id(), v1::ATTENDANCE_STATUS_PRESENT);
  quorum = Quorum(world.delegate_callers[0], sid);
  EXPECT_EQ(quorum.present() + quorum.online(), 64);
  EXPECT_EQ(quorum.required(), 64);
  EXPECT_TRUE(quorum.met()) << "64 of 95 is at least two thirds";

  v1::CommandReply suspended = SittingCommand<v1::SuspendSittingRequest>(
      &v1::SessionService::Stub::SuspendSitting, world.chair, sid, sitting1);
  EXPECT_EQ(GetSession(world.chair, sid).sittings(0).status(), v1::SITTING_STATUS_SUSPENDED);
  v1::CommandReply resumed = SittingCommand<v1::ResumeSittingRequest>(
      &v1::SessionService::Stub::ResumeSitting, world.chair, sid, sitting1);
  EXPECT_EQ(resumed.seq(), suspended.seq() + 1);
  EXPECT_EQ(GetSession(world.chair, sid).sittings(0).status(), v1::SITTING_STATUS_OPEN);
  SittingCommand<v1::CloseSittingRequest>(&v1::SessionService::Stub::CloseSitting, world.chair, sid,
                                          sitting1);

  v1::CloseSessionRequest close;
  close.set_session_id(sid);
  close.set_request_id(NextRequestId());
  v1::CommandReply closed;
  ASSERT_TRUE(stubs_->sessions->CloseSession(world.chair.Context().get(), close, &closed).ok());
  // Closing completes the current item, then closes the session.
  ASSERT_EQ(closed.events_size(), 2);
  EXPECT_TRUE(closed.events(0).has_agenda_item_completed());
  EXPECT_TRUE(closed.events(1).has_session_closed());

  state = GetSession(world.observer, sid);
  EXPECT_EQ(state.status(), v1::SESSION_STATUS_CLOSED);
  EXPECT_TRUE(state.has_closed_at());
  EXPECT_EQ(state.last_seq(), closed.seq());
  EXPECT_EQ(state.current_sitting_id(), 0);
  EXPECT_EQ(state.current_item_id(), 0);
  EXPECT_EQ(state.agenda(1).status(), v1::AGENDA_ITEM_STATUS_DONE);
  EXPECT_EQ(state.agenda(2).status(), v1::AGENDA_ITEM_STATUS_PENDING);
  const v1::Sitting& s1 = state.sittings(0);
  EXPECT_EQ(s1.status(), v1::SITTING_STATUS_CLOSED);
  EXPECT_TRUE(s1.has_opened_at());
  EXPECT_TRUE(s1.has_closed_at());
  EXPECT_EQ(state.sittings(1).status(), v1::SITTING_STATUS_PLANNED);
  EXPECT_EQ(s1.attendance_size(), 65);  // 4 check-ins, 1 excused, 60 recorded present

  const v1::AttendanceRecord* online = FindRecord(s1, world.delegate_callers[2].delegate_id);
  ASSERT_NE(online, nullptr);
  EXPECT_EQ(online->status(), v1::ATTENDANCE_STATUS_ONLINE);
  EXPECT_EQ(online->recorded_by(), world.delegate_callers[2].account_id);
  const v1::AttendanceRecord* excused = FindRecord(s1, excused_id);
  ASSERT_NE(excused, nullptr);
  EXPECT_EQ(excused->status(), v1::ATTENDANCE_STATUS_EXCUSED);
  EXPECT_EQ(excused->reason(), "Đi công tác tại Thành phố Hồ Chí Minh");
  EXPECT_EQ(excused->recorded_by(), world.secretary.account_id);
  EXPECT_EQ(FindRecord(s1, world.delegates[64].id()), nullptr);

  // The session is listed with its final status.
  v1::ListSessionsRequest list;
  list.set_council_id(world.council_id);
  v1::ListSessionsResponse sessions;
  ASSERT_TRUE(stubs_->sessions->ListSessions(world.observer.Context().get(), list, &sessions).ok());
  ASSERT_EQ(sessions.sessions_size(), 1);
  EXPECT_EQ(sessions.sessions(0).session_id(), sid);
  EXPECT_EQ(sessions.sessions(0).status(), v1::SESSION_STATUS_CLOSED);
}

}  // namespace
}  // namespace dienhong::it
