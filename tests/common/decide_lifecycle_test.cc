// Decide across the whole lifecycle: every command in every stage of a session, allowed or
// refused (a table), the envelope of the events (seq, stream, actor), and a whole small
// session folded through Apply.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/decide.h"
#include "common/quorum.h"
#include "test_support.h"

namespace dienhong {
namespace {

using namespace dienhong::testing;  // NOLINT: test helpers

// --- lifecycle table --------------------------------------------------------------------

struct LifecycleCase {
  Stage stage;
  const char* name;
  v1::Command command;
  StatusCode expected;
};

std::vector<LifecycleCase> LifecycleCases() {
  struct Row {
    const char* name;
    v1::Command command;
    // Expected outcome per stage, in Stage order.
    StatusCode empty, draft, convened, open, item_current, suspended, between, closed;
  };
  const v1::AttendanceStatus kAbsent = v1::ATTENDANCE_STATUS_ABSENT;
  const std::vector<Row> rows = {
      {"CreateSession", CreateCmd(), kOk, kFP, kFP, kFP, kFP, kFP, kFP, kFP},
      {"AddAgendaItem", AddItemCmd(Item("Bổ sung")), kFP, kOk, kOk, kOk, kOk, kOk, kOk, kFP},
      {"AddSitting", AddSittingCmd(SittingNamed("Phiên bổ sung")), kFP, kOk, kOk, kOk, kOk, kOk,
       kOk, kFP},
      {"Convene", ConveneCmd(), kFP, kOk, kFP, kFP, kFP, kFP, kFP, kFP},
      {"OpenSitting2", OpenCmd(2), kFP, kFP, kOk, kFP, kFP, kFP, kOk, kFP},
      {"SuspendSitting1", SuspendCmd(1), kFP, kFP, kFP, kOk, kOk, kFP, kFP, kFP},
      {"ResumeSitting1", ResumeCmd(1), kFP, kFP, kFP, kFP, kFP, kOk, kFP, kFP},
      {"CloseSitting1", CloseSittingCmd(1), kFP, kFP, kFP, kOk, kOk, kOk, kFP, kFP},
      {"CloseSession", CloseSessionCmd(), kFP, kFP, kOk, kFP, kFP, kFP, kOk, kFP},
      {"SetCurrentItem1", SetCurrentCmd(1), kFP, kFP, kFP, kOk, kFP, kFP, kFP, kFP},
      {"CompleteItem1", CompleteCmd(1), kFP, kFP, kFP, kFP, kOk, kFP, kFP, kFP},
      {"CheckIn", CheckInCmd(1), kFP, kFP, kFP, kOk, kOk, kFP, kFP, kFP},
      {"RecordAttendanceCurrent", RecordCmd(0, 1, kAbsent), kFP, kFP, kFP, kOk, kOk, kOk, kFP, kFP},
      {"RecordAttendanceSitting1", RecordCmd(1, 1, kAbsent), kFP, kFP, kFP, kOk, kOk, kOk, kOk,
       kFP},
  };
  std::vector<LifecycleCase> cases;
  for (const Row& r : rows) {
    const StatusCode per_stage[] = {r.empty,        r.draft,     r.convened, r.open,
                                    r.item_current, r.suspended, r.between,  r.closed};
    for (int s = 0; s < 8; ++s) {
      cases.push_back({static_cast<Stage>(s), r.name, r.command, per_stage[s]});
    }
  }
  return cases;
}

class LifecycleTest : public ::testing::TestWithParam<LifecycleCase> {};

TEST_P(LifecycleTest, AllowsOrRefuses) {
  const LifecycleCase& c = GetParam();
  Harness h = At(c.stage);
  auto r = h.Try(c.command);
  if (c.expected == kOk) {
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_FALSE(r.value().empty());
    for (const v1::Event& e : r.value()) Apply(h.state, e);  // must not crash either
  } else {
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), c.expected) << r.status().ToString();
    EXPECT_FALSE(r.status().message().empty());
  }
}

INSTANTIATE_TEST_SUITE_P(EveryCommandInEveryStage, LifecycleTest,
                         ::testing::ValuesIn(LifecycleCases()),
                         [](const ::testing::TestParamInfo<LifecycleCase>& info) {
                           return std::string(info.param.name) + "_in_" +
                                  StageName(info.param.stage);
                         });

// --- envelope ---------------------------------------------------------------------------

TEST(DecideEnvelope, NumbersEventsAfterLastSeqAndStampsStreamAndActor) {
  Harness h = At(Stage::kItemCurrent);
  h.state.set_last_seq(10);
  auto r = h.Try(SetCurrentCmd(2), /*account=*/99);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    const v1::Event& e = r.value()[i];
    EXPECT_EQ(e.seq(), 11 + static_cast<int64_t>(i));
    EXPECT_EQ(e.stream_id(), kSessionId);
    EXPECT_EQ(e.actor().account_id(), 99);
    EXPECT_EQ(e.actor().role(), v1::ROLE_SECRETARY);
    EXPECT_EQ(e.log_index(), 0);
    EXPECT_FALSE(e.has_recorded_at());
  }
}

TEST(DecideEnvelope, EmptyCommandIsInvalid) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(v1::Command()), StatusCode::kInvalidArgument, "command: ");
}

TEST(DecideEnvelope, CommandsBeforeCreationAreRefused) {
  Harness h;
  ExpectError(h.Try(ConveneCmd()), kFP, "kỳ họp chưa được tạo");
}

TEST(DecideEnvelope, ClosedSessionRefusesEverythingWithOneMessage) {
  Harness h = At(Stage::kClosed);
  ExpectError(h.Try(AddItemCmd(Item("Muộn"))), kFP, "kỳ họp đã bế mạc");
  ExpectError(h.Try(RecordCmd(1, 1, v1::ATTENDANCE_STATUS_PRESENT)), kFP, "kỳ họp đã bế mạc");
}

// --- a whole session --------------------------------------------------------------------

TEST(Fold, AWholeSmallSession) {
  Harness h;
  h.Do(CreateCmd());
  h.Do(AddItemCmd(Item("Bế mạc", v1::AGENDA_ITEM_KIND_CLOSING)));
  h.Do(ConveneCmd(3));
  h.Do(OpenCmd(1));
  h.Do(CheckInCmd(1), 101);
  h.Do(CheckInCmd(2, v1::ATTENDANCE_STATUS_ONLINE), 102);
  h.Do(RecordCmd(0, 3, v1::ATTENDANCE_STATUS_EXCUSED, "Đi công tác"));
  EXPECT_TRUE(ComputeQuorum(h.state, 0).met());  // 2 of 3
  h.Do(SetCurrentCmd(1));
  h.Do(SuspendCmd(1, "Giải lao"));
  h.Do(ResumeCmd(1));
  h.Do(SetCurrentCmd(2));  // completes 1
  h.Do(CloseSittingCmd(1));
  h.Do(OpenCmd(2));
  h.Do(CheckInCmd(1), 101);
  h.Do(SetCurrentCmd(4));  // completes 2
  h.Do(SetCurrentCmd(1));  // completes 4, reopens 1
  h.Do(CloseSittingCmd(2));
  h.Do(CloseSessionCmd());  // completes 1

  const v1::SessionState& s = h.state;
  // 18 commands; three set_current and the close_session each add one completion.
  EXPECT_EQ(s.last_seq(), 22);
  EXPECT_EQ(s.session_id(), kSessionId);
  EXPECT_EQ(s.status(), v1::SESSION_STATUS_CLOSED);
  EXPECT_EQ(s.roster_size(), 3);
  EXPECT_EQ(s.current_sitting_id(), 0);
  EXPECT_EQ(s.current_item_id(), 0);
  ASSERT_EQ(s.agenda_size(), 4);
  EXPECT_EQ(s.agenda(0).status(), v1::AGENDA_ITEM_STATUS_DONE);
  EXPECT_EQ(s.agenda(1).status(), v1::AGENDA_ITEM_STATUS_DONE);
  EXPECT_EQ(s.agenda(2).status(), v1::AGENDA_ITEM_STATUS_PENDING);
  EXPECT_EQ(s.agenda(3).status(), v1::AGENDA_ITEM_STATUS_DONE);
  EXPECT_EQ(s.agenda(3).id(), 4);
  // The harness records event n at kStartSeconds + n - 1. Item 1 first started with event 8
  // and was last completed with event 21, just before SessionClosed (22).
  EXPECT_EQ(s.agenda(0).started_at().seconds(), kStartSeconds + 7);
  EXPECT_EQ(s.agenda(0).ended_at().seconds(), kStartSeconds + 20);
  ASSERT_EQ(s.sittings_size(), 3);
  EXPECT_EQ(s.sittings(0).status(), v1::SITTING_STATUS_CLOSED);
  EXPECT_EQ(s.sittings(1).status(), v1::SITTING_STATUS_CLOSED);
  EXPECT_EQ(s.sittings(2).status(), v1::SITTING_STATUS_PLANNED);
  EXPECT_EQ(s.sittings(0).attendance_size(), 3);
  EXPECT_EQ(s.sittings(1).attendance_size(), 1);
  EXPECT_EQ(s.sittings(0).attendance(0).recorded_by(), 101);
  EXPECT_EQ(s.sittings(0).attendance(2).recorded_by(), kSecretaryAccount);
  EXPECT_EQ(s.sittings(0).attendance(2).reason(), "Đi công tác");
  v1::QuorumStatus q1 = ComputeQuorum(s, 1);
  EXPECT_EQ(q1.present(), 1);
  EXPECT_EQ(q1.online(), 1);
  EXPECT_EQ(q1.excused(), 1);
  EXPECT_TRUE(q1.met());
  EXPECT_FALSE(ComputeQuorum(s, 2).met());  // 1 of 3
  EXPECT_EQ(s.closed_at().seconds(), kStartSeconds + 21);
}

}  // namespace
}  // namespace dienhong
