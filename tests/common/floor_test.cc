// The floor: ordering rules (points of order, debate priority, presentations), time-limit
// selection, extension, pause and overrun by the server clock, statistics, and refusals
// of bad input and wrong state (which append nothing).
#include "common/floor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/deadlines.h"
#include "common/decide.h"
#include "test_support.h"

namespace dienhong {
namespace {

using namespace dienhong::testing;  // NOLINT: test helpers

constexpr int64_t kChairAccount = 3;
constexpr int64_t kRespondentAccount = 900;

v1::Command Request(int64_t delegate, v1::FloorKind kind = v1::FLOOR_KIND_CONTRIBUTION,
                    int64_t replies_to = 0) {
  v1::Command c;
  c.mutable_request_floor()->set_kind(kind);
  c.mutable_request_floor()->mutable_speaker()->set_delegate_id(delegate);
  c.mutable_request_floor()->set_replies_to_turn_id(replies_to);
  return c;
}
v1::Command RespondentRequest(int64_t replies_to = 0) {
  v1::Command c;
  c.mutable_request_floor()->set_kind(v1::FLOOR_KIND_RESPONDENT_ANSWER);
  c.mutable_request_floor()->mutable_speaker()->set_account_id(kRespondentAccount);
  c.mutable_request_floor()->mutable_speaker()->set_name("Giám đốc Sở Tài chính");
  c.mutable_request_floor()->set_replies_to_turn_id(replies_to);
  return c;
}
v1::Command Presentation(int64_t delegate, int32_t order, int64_t item = 0) {
  v1::Command c;
  c.mutable_register_presentation()->set_delegate_id(delegate);
  c.mutable_register_presentation()->set_order(order);
  c.mutable_register_presentation()->set_item_id(item);
  c.mutable_register_presentation()->set_topic("Tham luận " + std::to_string(order));
  return c;
}
v1::Command Withdraw(int64_t request, int64_t delegate) {
  v1::Command c;
  c.mutable_withdraw_floor_request()->set_request_id(request);
  c.mutable_withdraw_floor_request()->mutable_speaker()->set_delegate_id(delegate);
  return c;
}
v1::Command Grant(int64_t request = 0) {
  v1::Command c;
  c.mutable_grant_floor()->set_request_id(request);
  return c;
}
v1::Command GrantChairSelf() {
  v1::Command c;
  c.mutable_grant_floor()->set_chair_self(true);
  c.mutable_grant_floor()->mutable_chair()->set_account_id(kChairAccount);
  c.mutable_grant_floor()->mutable_chair()->set_name("Chủ tọa");
  return c;
}
v1::Command End(int64_t turn = 0) {
  v1::Command c;
  c.mutable_end_turn()->set_turn_id(turn);
  return c;
}
v1::Command Interrupt(int64_t turn, const std::string& reason) {
  v1::Command c;
  c.mutable_interrupt_turn()->set_turn_id(turn);
  c.mutable_interrupt_turn()->set_reason(reason);
  return c;
}
v1::Command Extend(int64_t turn, int32_t seconds) {
  v1::Command c;
  c.mutable_extend_turn()->set_turn_id(turn);
  c.mutable_extend_turn()->set_seconds(seconds);
  return c;
}
v1::Command Overrun(int64_t turn) {
  v1::Command c;
  c.mutable_record_turn_overrun()->set_turn_id(turn);
  return c;
}
v1::Command Reorder(int64_t request, int32_t position) {
  v1::Command c;
  c.mutable_reorder_floor_request()->set_request_id(request);
  c.mutable_reorder_floor_request()->set_position(position);
  return c;
}
v1::Command Remove(int64_t request, const std::string& reason) {
  v1::Command c;
  c.mutable_remove_floor_request()->set_request_id(request);
  c.mutable_remove_floor_request()->set_reason(reason);
  return c;
}
v1::Command SetRules(const v1::FloorRules& rules) {
  v1::Command c;
  *c.mutable_set_session_floor_rules()->mutable_rules() = rules;
  return c;
}

// A session at Stage::kItemCurrent whose clock the test moves (test_support.h).
class Floor : public TimedHarness {
 public:
  Floor() : TimedHarness(Stage::kItemCurrent) {}
  const v1::FloorState& floor() const { return state().floor(); }
  std::vector<int64_t> Queue() const { return {floor().queue().begin(), floor().queue().end()}; }
  int64_t LastRequestId() const { return floor().requests(floor().requests_size() - 1).id(); }
};

// --- requests and ordering --------------------------------------------------------------

TEST(FloorRequest, LandsOnTheCurrentItemWithTheRosterName) {
  Floor f;
  auto events = f.Do(Request(2));
  ASSERT_EQ(events.size(), 1u);
  const v1::FloorRequest& r = events[0].floor_requested().request();
  EXPECT_EQ(r.id(), 1);
  EXPECT_EQ(r.item_id(), 1);
  EXPECT_EQ(r.speaker().delegate_id(), 2);
  EXPECT_EQ(r.speaker().name(), "Đại biểu 2");
  EXPECT_EQ(r.status(), v1::FLOOR_REQUEST_STATUS_WAITING);
  EXPECT_EQ(r.requested_seq(), events[0].seq());
  EXPECT_EQ(f.Queue(), (std::vector<int64_t>{1}));
}

TEST(FloorOrder, ContributionsAreByArrival) {
  Floor f;
  f.Do(Request(3));
  f.Do(Request(1));
  f.Do(Request(2));
  EXPECT_EQ(f.Queue(), (std::vector<int64_t>{1, 2, 3}));
}

TEST(FloorOrder, PointsOfOrderJumpAheadAfterEarlierPointsOfOrder) {
  Floor f;
  f.Do(Request(1));                                 // 1 contribution
  f.Do(Request(2));                                 // 2 contribution
  f.Do(Request(3, v1::FLOOR_KIND_POINT_OF_ORDER));  // 3
  f.Do(Request(4, v1::FLOOR_KIND_POINT_OF_ORDER));  // 4: after 3, before 1
  f.Do(Request(5));                                 // 5 at the end
  EXPECT_EQ(f.Queue(), (std::vector<int64_t>{3, 4, 1, 2, 5}));
}

TEST(FloorOrder, PresentationsFollowTheirRegisteredOrderBeforeContributions) {
  Floor f;
  f.Do(Request(5));          // 1 contribution
  f.Do(Presentation(1, 3));  // 2, order 3
  f.Do(Presentation(2, 1));  // 3, order 1
  f.Do(Presentation(3, 2));  // 4, order 2
  EXPECT_EQ(f.Queue(), (std::vector<int64_t>{3, 4, 2, 1}));
  EXPECT_EQ(f.floor().requests(2).presentation_order(), 1);
}

TEST(FloorOrder, PresentationsMayBeRegisteredBeforeTheSittingForALaterItem) {
  Harness h = At(Stage::kConvened);  // no sitting open yet
  auto r = h.Try(Presentation(1, 1, /*item=*/2));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r.value()[0].floor_requested().request().item_id(), 2);
  // Not on the current item: granting "next" on item 1 does not reach it.
  h.Do(Presentation(1, 1, 2));
  h.Do(OpenCmd(1));
  h.Do(SetCurrentCmd(1));
  ExpectError(h.Try(Grant()), kFP, "không còn ai");
}

TEST(FloorOrder, TheOriginalQuestionerHasPriorityInDebate) {
  Floor f;
  f.Do(Request(1));  // request 1: delegate 1 asks
  f.Do(Grant());     // turn 1
  f.Do(End());
  f.Do(RespondentRequest(/*replies_to=*/1));  // request 2: the official answers turn 1
  f.Do(Grant());                              // turn 2
  f.Do(End());
  f.Do(Request(4));                            // 3 contribution
  f.Do(Request(2, v1::FLOOR_KIND_DEBATE, 2));  // 4 debate on the answer, no priority
  f.Do(Request(1, v1::FLOOR_KIND_DEBATE, 2));  // 5 the questioner: priority
  EXPECT_FALSE(f.floor().requests(3).priority());
  EXPECT_TRUE(f.floor().requests(4).priority());
  EXPECT_EQ(f.Queue(), (std::vector<int64_t>{5, 4, 3}));
  // A point of order still comes first.
  f.Do(Request(3, v1::FLOOR_KIND_POINT_OF_ORDER));  // 6
  EXPECT_EQ(f.Queue(), (std::vector<int64_t>{6, 5, 4, 3}));
}

TEST(FloorOrder, ChairReordersWithinTheItemAndNewRequestsRespectIt) {
  Floor f;
  f.Do(Request(1));
  f.Do(Request(2));
  f.Do(Request(3));
  auto events = f.Do(Reorder(3, 1));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(f.Queue(), (std::vector<int64_t>{3, 1, 2}));
  f.Do(Request(4));
  EXPECT_EQ(f.Queue(), (std::vector<int64_t>{3, 1, 2, 4}));
  // Moving to where it already is appends nothing.
  auto same = f.Try(Reorder(3, 1));
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(same.value().empty());
  f.Refused(Reorder(3, 5), StatusCode::kInvalidArgument, "position: ");
  f.Refused(Reorder(3, 0), StatusCode::kInvalidArgument, "position: ");
}

TEST(FloorRequest, OneWaitingRequestPerKindUnlessTheRulesAllowMore) {
  Floor f;
  f.Do(Request(1));
  f.Refused(Request(1), kFP, "kind: ");
  f.Do(Request(1, v1::FLOOR_KIND_POINT_OF_ORDER));  // another kind is fine
  v1::FloorRules rules = DefaultFloorRules();
  rules.set_max_waiting_per_kind(2);
  f.Do(SetRules(rules));
  f.Do(Request(1));
  f.Refused(Request(1), kFP, "kind: ");
}

TEST(FloorRequest, WithdrawOnlyOwnWaitingRequest) {
  Floor f;
  f.Do(Request(1));
  f.Do(Request(2));
  f.Refused(Withdraw(1, 2), StatusCode::kPermissionDenied, "request_id 1: ");
  auto events = f.Do(Withdraw(1, 1));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(f.Queue(), (std::vector<int64_t>{2}));
  EXPECT_EQ(f.floor().requests(0).status(), v1::FLOOR_REQUEST_STATUS_WITHDRAWN);
  f.Refused(Withdraw(1, 1), kFP, "request_id 1: ");
  // Granting a withdrawn request is refused with a clear reason.
  f.Refused(Grant(1), kFP, "request_id 1: yêu cầu phát biểu số 1 đã được rút");
  f.Refused(Grant(99), StatusCode::kNotFound, "request_id 99: ");
}

TEST(FloorRequest, RemoveNeedsAReason) {
  Floor f;
  f.Do(Request(1));
  f.Refused(Remove(1, "  "), StatusCode::kInvalidArgument, "reason: ");
  f.Do(Remove(1, "Đã phát biểu ở phiên trước"));
  EXPECT_TRUE(f.Queue().empty());
  EXPECT_EQ(f.floor().requests(0).status(), v1::FLOOR_REQUEST_STATUS_REMOVED);
  EXPECT_EQ(f.floor().requests(0).reason(), "Đã phát biểu ở phiên trước");
}

TEST(FloorRequest, ClosedListTakesOnlyPointsOfOrderAndANewItemReopensIt) {
  Floor f;
  v1::Command close;
  close.mutable_close_floor_list();
  f.Do(close);
  f.Refused(close, kFP);
  f.Refused(Request(1), kFP, "chủ tọa đã khóa");
  f.Do(Request(1, v1::FLOOR_KIND_POINT_OF_ORDER));
  v1::Command open;
  open.mutable_open_floor_list();
  f.Do(open);
  f.Do(Request(1));
  f.Do(close);
  f.Do(SetCurrentCmd(2));
  EXPECT_FALSE(f.floor().list_closed());
}

TEST(FloorRequest, BadInputAndWrongStateChangeNothing) {
  {
    Harness h = At(Stage::kOpen);  // no current item
    const std::string before = h.state.SerializeAsString();
    ExpectError(h.Try(Request(1)), kFP, "chưa có nội dung chương trình nào");
    EXPECT_EQ(h.state.SerializeAsString(), before);
  }
  {
    Harness h = At(Stage::kConvened);
    ExpectError(h.Try(Request(1)), kFP, "chưa có phiên họp nào đang mở");
  }
  Floor f;
  f.Refused(Request(9), StatusCode::kNotFound, "delegate_id 9: ");
  f.Refused(Request(1, v1::FLOOR_KIND_UNSPECIFIED), StatusCode::kInvalidArgument, "kind: ");
  f.Refused(Request(1, v1::FLOOR_KIND_CHAIR), StatusCode::kInvalidArgument, "kind: ");
  f.Refused(Request(1, v1::FLOOR_KIND_PRESENTATION), StatusCode::kInvalidArgument, "kind: ");
  f.Refused(Request(1, v1::FLOOR_KIND_RESPONDENT_ANSWER), StatusCode::kInvalidArgument, "kind: ");
  f.Refused(Request(1, v1::FLOOR_KIND_DEBATE), StatusCode::kInvalidArgument,
            "replies_to_turn_id: ");
  f.Refused(Request(1, v1::FLOOR_KIND_DEBATE, 7), StatusCode::kNotFound, "replies_to_turn_id 7");
  f.Refused(Request(1, v1::FLOOR_KIND_CONTRIBUTION, 1), StatusCode::kInvalidArgument,
            "replies_to_turn_id: ");
  v1::Command nobody = Request(0);
  f.Refused(nobody, StatusCode::kInvalidArgument, "speaker: ");
  v1::Command respondent_contribution = RespondentRequest();
  respondent_contribution.mutable_request_floor()->set_kind(v1::FLOOR_KIND_CONTRIBUTION);
  f.Refused(respondent_contribution, StatusCode::kInvalidArgument, "kind: ");
  v1::Command long_topic = Request(1);
  long_topic.mutable_request_floor()->set_topic(Repeat("ạ", 501));
  f.Refused(long_topic, StatusCode::kInvalidArgument, "topic: ");
  f.Refused(Presentation(1, 0), StatusCode::kInvalidArgument, "order: ");
  f.Refused(Presentation(1, 1, 77), StatusCode::kNotFound, "item_id 77");
  // Nothing to grant, end, extend.
  f.Refused(Grant(), kFP, "không còn ai");
  f.Refused(End(), kFP, "turn_id: ");
  f.Refused(Extend(0, 60), kFP, "turn_id: ");
  f.Refused(Extend(0, 0), StatusCode::kInvalidArgument, "seconds: ");
  f.Refused(Interrupt(0, ""), StatusCode::kInvalidArgument, "reason: ");
}

TEST(FloorRequest, DebatingOnesOwnSpeechIsRefused) {
  Floor f;
  f.Do(Request(1));
  f.Do(Grant());
  f.Refused(Request(1, v1::FLOOR_KIND_DEBATE, 1), kFP, "replies_to_turn_id 1: ");
}

// --- grants and the limit on open turns ---------------------------------------------------

TEST(FloorGrant, NextInLineOrAChosenRequest) {
  Floor f;
  f.Do(Request(1));
  f.Do(Request(2));
  f.Do(Request(3));
  auto events = f.Do(Grant(3));
  ASSERT_EQ(events.size(), 1u);
  const v1::Turn& t = events[0].turn_started().turn();
  EXPECT_EQ(t.id(), 1);
  EXPECT_EQ(t.request_id(), 3);
  EXPECT_EQ(t.speaker().delegate_id(), 3);
  EXPECT_EQ(t.sitting_id(), 1);
  EXPECT_EQ(TimestampMicros(t.started_at()), f.now());
  EXPECT_EQ(f.floor().requests(2).status(), v1::FLOOR_REQUEST_STATUS_GRANTED);
  EXPECT_EQ(f.floor().requests(2).turn_id(), 1);
  f.Do(End());
  f.Do(Grant());
  EXPECT_EQ(f.floor().turns(1).request_id(), 1);
  EXPECT_EQ(f.Queue(), (std::vector<int64_t>{2}));
  f.Do(End());
  f.Refused(Grant(3), kFP, "request_id 3: yêu cầu phát biểu số 3 đã được trao lời");
}

TEST(FloorGrant, TwoOpenTurnsWhenTheLimitIsOneAreRefusedButTheChairMaySpeak) {
  Floor f;
  f.Do(Request(1));
  f.Do(Request(2));
  f.Do(Grant());
  f.Refused(Grant(), kFP, "đang có 1 lượt phát biểu");
  // The chair's own turn is not counted.
  auto chair = f.Do(GrantChairSelf());
  ASSERT_EQ(chair.size(), 1u);
  EXPECT_EQ(chair[0].turn_started().turn().kind(), v1::FLOOR_KIND_CHAIR);
  EXPECT_EQ(chair[0].turn_started().turn().limit_seconds(), 0);
  EXPECT_EQ(CountedOpenTurns(f.floor()), 1);
  // Two open turns now: "the only open turn" is ambiguous.
  f.Refused(End(), StatusCode::kInvalidArgument, "turn_id: ");
  v1::FloorRules rules = DefaultFloorRules();
  rules.set_max_open_turns(2);
  f.Do(SetRules(rules));
  f.Do(Grant());
  EXPECT_EQ(CountedOpenTurns(f.floor()), 2);
}

TEST(FloorGrant, RefusedWhileTheSittingIsSuspended) {
  Floor f;
  f.Do(Request(1));
  f.harness().Do(SuspendCmd(1));
  f.Refused(Grant(), kFP, "Phiên họp 1");
  // Requests may still be made during the break.
  f.Do(Request(2));
}

TEST(FloorGrant, CompletingTheItemEndsTheOpenTurnFirst) {
  Floor f;
  f.Do(Request(1));
  f.Do(Grant());
  f.Advance(90);
  auto events = f.Do(CompleteCmd(1));
  ASSERT_EQ(events.size(), 2u);
  ASSERT_TRUE(events[0].has_turn_ended());
  EXPECT_EQ(events[0].turn_ended().spoken_micros(), 90 * kSecond);
  EXPECT_TRUE(events[1].has_agenda_item_completed());
  EXPECT_FALSE(TurnOpen(f.floor().turns(0)));
}

// --- time limits -------------------------------------------------------------------------

TEST(FloorLimits, DefaultsAreDocumented) {
  const v1::FloorRules r = DefaultFloorRules();
  EXPECT_EQ(r.first_speech_seconds(), 420);
  EXPECT_EQ(r.later_speech_seconds(), 180);
  EXPECT_EQ(r.debate_seconds(), 180);
  EXPECT_EQ(r.point_of_order_seconds(), 120);
  EXPECT_EQ(r.presentation_seconds(), 600);
  EXPECT_EQ(r.respondent_answer_seconds(), 600);
  EXPECT_EQ(r.warning_seconds(), 30);
  EXPECT_EQ(r.max_open_turns(), 1);
  EXPECT_EQ(r.max_waiting_per_kind(), 1);
}

TEST(FloorLimits, PerKindAndFirstVersusLaterSpeech) {
  v1::FloorRules r = DefaultFloorRules();
  r.set_first_speech_seconds(400);
  r.set_later_speech_seconds(200);
  r.set_debate_seconds(150);
  r.set_point_of_order_seconds(60);
  r.set_presentation_seconds(500);
  r.set_respondent_answer_seconds(300);
  EXPECT_EQ(TurnLimitSeconds(r, v1::FLOOR_KIND_CONTRIBUTION, false), 400);
  EXPECT_EQ(TurnLimitSeconds(r, v1::FLOOR_KIND_CONTRIBUTION, true), 200);
  EXPECT_EQ(TurnLimitSeconds(r, v1::FLOOR_KIND_DEBATE, false), 150);
  EXPECT_EQ(TurnLimitSeconds(r, v1::FLOOR_KIND_POINT_OF_ORDER, false), 60);
  EXPECT_EQ(TurnLimitSeconds(r, v1::FLOOR_KIND_PRESENTATION, false), 500);
  EXPECT_EQ(TurnLimitSeconds(r, v1::FLOOR_KIND_RESPONDENT_ANSWER, false), 300);
  EXPECT_EQ(TurnLimitSeconds(r, v1::FLOOR_KIND_CHAIR, false), 0);
}

TEST(FloorLimits, SecondSpeechOfTheSameDelegateOnTheSameItemGetsTheLaterLimit) {
  Floor f;
  f.Do(Request(1));
  f.Do(Grant());
  EXPECT_EQ(f.floor().turns(0).limit_seconds(), 420);
  EXPECT_FALSE(f.floor().turns(0).later_speech());
  EXPECT_EQ(f.floor().turns(0).warning_seconds(), 30);
  f.Do(End());
  f.Do(Request(1));
  f.Do(Request(2));
  f.Do(Grant());
  EXPECT_TRUE(f.floor().turns(1).later_speech());
  EXPECT_EQ(f.floor().turns(1).limit_seconds(), 180);
  f.Do(End());
  f.Do(Grant());  // delegate 2's first speech
  EXPECT_EQ(f.floor().turns(2).limit_seconds(), 420);
  f.Do(End());
  // On another item delegate 1 speaks for the first time again.
  f.Do(SetCurrentCmd(2));
  f.Do(Request(1));
  f.Do(Grant());
  EXPECT_EQ(f.floor().turns(3).limit_seconds(), 420);
  f.Do(End());
  // A point of order is always its own limit.
  f.Do(Request(1, v1::FLOOR_KIND_POINT_OF_ORDER));
  f.Do(Grant());
  EXPECT_EQ(f.floor().turns(4).limit_seconds(), 120);
}

TEST(FloorLimits, TheSessionsRulesAreCopiedAndVersioned) {
  Floor f;
  EXPECT_EQ(f.floor().rules_version(), 2);  // created, convened
  EXPECT_EQ(f.floor().rules().first_speech_seconds(), 420);
  v1::FloorRules r;
  r.set_first_speech_seconds(300);  // the other limits: defaults
  auto events = f.Do(SetRules(r));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].floor_rules_changed().version(), 3);
  EXPECT_EQ(f.floor().rules().first_speech_seconds(), 300);
  EXPECT_EQ(f.floor().rules().later_speech_seconds(), 180);
  // The same rules again: nothing to record.
  auto again = f.Try(SetRules(r));
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again.value().empty());
  v1::FloorRules bad;
  bad.set_max_open_turns(26);
  f.Refused(SetRules(bad), StatusCode::kInvalidArgument, "rules.max_open_turns: ");
  bad = {};
  bad.set_warning_seconds(-1);
  f.Refused(SetRules(bad), StatusCode::kInvalidArgument, "rules.warning_seconds: ");
}

// --- the clock: extension, pause, overrun ------------------------------------------------

TEST(FloorClock, OverrunIsRecordedOnlyOnceTheLimitHasPassed) {
  Floor f;
  f.Do(Request(1));
  f.Do(Grant());
  const int64_t started = f.now();
  auto deadlines = PendingDeadlines(f.state());
  ASSERT_EQ(deadlines.size(), 1u);
  EXPECT_EQ(deadlines[0].at_micros, started + 420 * kSecond);
  EXPECT_EQ(deadlines[0].key, "turn-overrun:1");
  EXPECT_TRUE(deadlines[0].command.has_record_turn_overrun());

  f.Advance(419);  // before the limit: nothing
  auto early = f.Try(Overrun(1));
  ASSERT_TRUE(early.ok());
  EXPECT_TRUE(early.value().empty());

  f.Advance(2);  // after: recorded at the limit, the turn goes on
  auto events = f.Do(Overrun(1));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].turn_overran().limit_seconds(), 420);
  EXPECT_EQ(TimestampMicros(events[0].turn_overran().at()), started + 420 * kSecond);
  EXPECT_TRUE(TurnOpen(f.floor().turns(0)));
  EXPECT_TRUE(PendingDeadlines(f.state()).empty());
  // Fired twice: nothing more.
  auto twice = f.Try(Overrun(1));
  ASSERT_TRUE(twice.ok());
  EXPECT_TRUE(twice.value().empty());
}

TEST(FloorClock, ExtensionMovesTheDeadlineAndAllowsASecondOverrun) {
  Floor f;
  f.Do(Request(1));
  f.Do(Grant());
  const int64_t started = f.now();
  f.Advance(400);
  auto ext = f.Do(Extend(1, 60));
  ASSERT_EQ(ext.size(), 1u);
  EXPECT_EQ(ext[0].turn_extended().new_limit_seconds(), 480);
  EXPECT_EQ(f.floor().turns(0).extended_seconds(), 60);
  EXPECT_EQ(PendingDeadlines(f.state())[0].at_micros, started + 480 * kSecond);
  f.Advance(30);  // 430 s: past the original limit, within the extension
  auto none = f.Try(Overrun(1));
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none.value().empty());
  f.Advance(60);  // 490 s
  f.Do(Overrun(1));
  EXPECT_EQ(f.floor().turns(0).overrun_at_limit_seconds(), 480);
  f.Do(Extend(1, 30));  // 510: a new deadline
  ASSERT_EQ(PendingDeadlines(f.state()).size(), 1u);
  f.Advance(30);  // 520
  auto second = f.Do(Overrun(1));
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].turn_overran().limit_seconds(), 510);
}

TEST(FloorClock, PauseStopsTheClockAndTheDeadline) {
  Floor f;
  f.Do(Request(1));
  f.Do(Grant());
  const int64_t started = f.now();
  f.Advance(100);
  v1::Command pause;
  pause.mutable_pause_turn();
  f.Do(pause);
  f.Refused(pause, kFP);
  EXPECT_TRUE(PendingDeadlines(f.state()).empty());
  f.Advance(1000);  // long past the limit, but paused
  auto none = f.Try(Overrun(1));
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none.value().empty());
  EXPECT_EQ(SpokenMicros(f.floor().turns(0), f.now()), 100 * kSecond);
  v1::Command resume;
  resume.mutable_resume_turn();
  f.Do(resume);
  EXPECT_EQ(f.floor().turns(0).paused_micros(), 1000 * kSecond);
  EXPECT_EQ(PendingDeadlines(f.state())[0].at_micros, started + (1000 + 420) * kSecond);
  f.Advance(20);
  auto end = f.Do(End());
  EXPECT_EQ(end[0].turn_ended().spoken_micros(), 120 * kSecond);
}

TEST(FloorClock, InterruptRecordsTheReason) {
  Floor f;
  f.Do(Request(1));
  f.Do(Grant());
  f.Advance(10);
  auto events = f.Do(Interrupt(1, "Phát biểu không đúng nội dung"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(f.floor().turns(0).interrupted());
  EXPECT_EQ(f.floor().turns(0).end_reason(), "Phát biểu không đúng nội dung");
  f.Refused(End(1), kFP, "turn_id 1: ");
  f.Refused(Extend(1, 30), kFP, "turn_id 1: ");
}

TEST(FloorClock, ChairTurnHasNoLimitAndCannotBeExtended) {
  Floor f;
  f.Do(GrantChairSelf());
  EXPECT_TRUE(PendingDeadlines(f.state()).empty());
  f.Refused(Extend(1, 30), kFP, "turn_id 1: ");
  f.Refused(GrantChairSelf(), kFP, "chủ tọa đang phát biểu");
}

// --- statistics --------------------------------------------------------------------------

TEST(FloorStatisticsTest, TimePerDelegateAndGroupAndWhoHasNotSpoken) {
  Harness base = At(Stage::kEmpty);
  // Delegates 1-2 in group A, 3 in group B.
  v1::Command create = CreateCmd();
  auto* roster = create.mutable_create_session()->mutable_roster();
  for (auto& r : *roster) r.set_delegate_group(r.delegate_id() <= 2 ? "Tổ A" : "Tổ B");
  v1::Command convene = ConveneCmd();
  *convene.mutable_convene_session()->mutable_roster() = *roster;
  base.Do(create);
  base.Do(convene);
  base.Do(OpenCmd(1));
  base.Do(SetCurrentCmd(1));

  Floor f;
  f.harness() = base;
  auto speak = [&](const v1::Command& request, int64_t seconds) {
    f.Do(request);
    f.Do(Grant());
    f.Advance(seconds);
    f.Do(End());
  };
  speak(Request(1), 300);
  speak(Request(3), 100);
  speak(Request(1), 60);  // later speech
  f.Do(SetCurrentCmd(2));
  speak(Request(2), 200);
  f.Do(Request(3));
  f.Do(Grant());
  f.Advance(50);  // still speaking: counts up to now

  const v1::FloorStatistics all = ComputeFloorStatistics(f.state(), 0, 0, f.now());
  EXPECT_EQ(all.total_turns(), 5);
  EXPECT_EQ(all.total_seconds(), 300 + 100 + 60 + 200 + 50);
  ASSERT_EQ(all.speakers_size(), 3);
  EXPECT_EQ(all.speakers(0).speaker().delegate_id(), 1);  // most time first
  EXPECT_EQ(all.speakers(0).turns(), 2);
  EXPECT_EQ(all.speakers(0).seconds(), 360);
  EXPECT_EQ(all.speakers(1).speaker().delegate_id(), 2);
  EXPECT_EQ(all.speakers(2).seconds(), 150);
  ASSERT_EQ(all.groups_size(), 2);
  EXPECT_EQ(all.groups(0).delegate_group(), "Tổ A");
  EXPECT_EQ(all.groups(0).seconds(), 560);
  EXPECT_EQ(all.groups(0).speakers(), 2);
  EXPECT_EQ(all.groups(1).turns(), 2);
  ASSERT_EQ(all.not_yet_spoken_size(), 2);
  EXPECT_EQ(all.not_yet_spoken(0).delegate_id(), 4);
  EXPECT_EQ(all.not_yet_spoken(1).delegate_id(), 5);

  const v1::FloorStatistics item1 = ComputeFloorStatistics(f.state(), 1, 0, f.now());
  EXPECT_EQ(item1.total_turns(), 3);
  EXPECT_EQ(item1.total_seconds(), 460);
  EXPECT_EQ(item1.not_yet_spoken_size(), 2);  // session-wide

  const v1::FloorStatistics other_sitting = ComputeFloorStatistics(f.state(), 0, 2, f.now());
  EXPECT_EQ(other_sitting.total_turns(), 0);
}

TEST(FloorStatisticsTest, TheChairsOwnTurnIsNotCounted) {
  Floor f;
  f.Do(GrantChairSelf());
  f.Advance(30);
  f.Do(End());
  const v1::FloorStatistics s = ComputeFloorStatistics(f.state(), 0, 0, f.now());
  EXPECT_EQ(s.total_turns(), 0);
  EXPECT_EQ(s.not_yet_spoken_size(), 5);
}

}  // namespace
}  // namespace dienhong
