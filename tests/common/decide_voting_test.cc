// Decide and Apply for polls: lifecycle, eligibility, one vote per delegate, secrecy of
// the VoteCast event, the server-filled close (tally / named votes checked against the
// participation), countdown deadlines, cancel and re-vote chain.
#include <gtest/gtest.h>

#include "common/apply.h"
#include "common/deadlines.h"
#include "common/decide.h"
#include "common/vote_rules.h"
#include "common/voting.h"
#include "test_support.h"

namespace dienhong {
namespace {

using namespace dienhong::testing;  // NOLINT

constexpr int64_t kNow = kStartSeconds * 1'000'000;

v1::Command CreatePollCmd(v1::PollKind kind,
                          v1::PollVisibility vis = v1::POLL_VISIBILITY_UNSPECIFIED,
                          int countdown = 0) {
  v1::Command c;
  v1::Poll* p = c.mutable_create_poll()->mutable_poll();
  p->set_title("Dự thảo Nghị quyết về phân bổ ngân sách");
  p->set_kind(kind);
  p->set_visibility(vis);
  p->set_countdown_seconds(countdown);
  if (kind == v1::POLL_KIND_CONFIDENCE_VOTE) p->add_questions()->set_title("Nguyễn Văn Hải");
  return c;
}
v1::Command OpenPollCmd(int64_t id) {
  v1::Command c;
  c.mutable_open_poll()->set_poll_id(id);
  return c;
}
v1::Command CastCmd(int64_t poll, int64_t delegate, int32_t choice) {
  v1::Command c;
  c.mutable_cast_vote()->set_poll_id(poll);
  c.mutable_cast_vote()->set_delegate_id(delegate);
  auto* m = c.mutable_cast_vote()->mutable_ballot()->add_marks();
  m->set_question_id(1);
  m->add_choice_ids(choice);
  return c;
}
v1::Command CloseCmd(int64_t poll) {
  v1::Command c;
  c.mutable_close_poll()->set_poll_id(poll);
  return c;
}

// A session of `n` delegates, sitting 1 open, delegates 1..present checked in.
Harness Sitting(int n, int present) {
  Harness h;
  h.Do(CreateCmd());
  h.Do(ConveneCmd(n));
  h.Do(OpenCmd(1));
  for (int d = 1; d <= present; ++d) h.Do(CheckInCmd(d));
  return h;
}

// The ballot box's part, done by hand: the named votes of an open poll.
v1::Command CloseWithNamed(int64_t poll, const std::vector<std::pair<int64_t, int32_t>>& votes) {
  v1::Command c = CloseCmd(poll);
  for (const auto& [d, choice] : votes) {
    auto* v = c.mutable_close_poll()->add_named();
    v->set_delegate_id(d);
    auto* m = v->mutable_ballot()->add_marks();
    m->set_question_id(1);
    m->add_choice_ids(choice);
  }
  return c;
}

TEST(DecideVoting, CreateFillsTheLawsDefaultsAndAssignsIds) {
  Harness h = Sitting(5, 5);
  auto events = h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  ASSERT_EQ(events.size(), 1u);
  const v1::Poll& p = events[0].poll_created().poll();
  EXPECT_EQ(p.id(), 1);
  EXPECT_EQ(p.status(), v1::POLL_STATUS_PREPARED);
  EXPECT_EQ(p.rule().base(), v1::VOTE_BASE_ALL_DELEGATES);
  EXPECT_EQ(h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION))[0].poll_created().poll().id(), 2);
  ASSERT_EQ(h.state.polls_size(), 2);
}

TEST(DecideVoting, CreateRefusesBadPollsAndDraftSessions) {
  Harness draft = At(Stage::kDraft);
  ExpectError(draft.Try(CreatePollCmd(v1::POLL_KIND_RESOLUTION)), kFP);
  Harness h = Sitting(5, 5);
  v1::Command c = CreatePollCmd(v1::POLL_KIND_RESOLUTION, v1::POLL_VISIBILITY_SECRET);
  c.mutable_create_poll()->mutable_poll()->set_allow_change(true);
  ExpectError(h.Try(c), StatusCode::kInvalidArgument, "poll.allow_change");
  c = CreatePollCmd(v1::POLL_KIND_RESOLUTION);
  c.mutable_create_poll()->mutable_poll()->set_item_id(99);
  ExpectError(h.Try(c), StatusCode::kNotFound, "item_id 99");
}

TEST(DecideVoting, OpenSnapshotsEntitledVotersAndBase) {
  Harness h = Sitting(95, 60);
  h.Do(CheckInCmd(61, v1::ATTENDANCE_STATUS_ONLINE));  // online: not entitled by default
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  auto events = h.Do(OpenPollCmd(1));
  ASSERT_EQ(events.size(), 1u);
  const auto& o = events[0].poll_opened();
  EXPECT_EQ(o.roster_size(), 95);
  EXPECT_EQ(o.base_count(), 95);
  EXPECT_EQ(o.entitled_size(), 60);
  EXPECT_FALSE(o.has_closes_at());
  EXPECT_EQ(voting::FindPoll(h.state, 1)->status(), v1::POLL_STATUS_OPEN);
}

TEST(DecideVoting, BasePresentIsSnapshottedAtOpen) {
  Harness h = Sitting(95, 70);
  v1::Command c = CreatePollCmd(v1::POLL_KIND_RESOLUTION);
  c.mutable_create_poll()->mutable_poll()->mutable_rule()->set_base(v1::VOTE_BASE_PRESENT);
  c.mutable_create_poll()->mutable_poll()->set_allow_online(true);
  h.Do(c);
  h.Do(CheckInCmd(71, v1::ATTENDANCE_STATUS_ONLINE));
  EXPECT_EQ(h.Do(OpenPollCmd(1))[0].poll_opened().base_count(), 71);
  h.Do(CheckInCmd(72));  // arrives later: may vote, but the base stays
  h.Do(CastCmd(1, 72, 1));
  EXPECT_EQ(voting::FindPoll(h.state, 1)->base_count(), 71);
}

TEST(DecideVoting, OpenNeedsAnOpenSittingSomeoneCheckedInAndNoOtherOpenPoll) {
  Harness h = Sitting(5, 0);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  ExpectError(h.Try(OpenPollCmd(1)), kFP, "Chưa có đại biểu nào");
  h.Do(CheckInCmd(1));
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  h.Do(OpenPollCmd(1));
  ExpectError(h.Try(OpenPollCmd(2)), kFP, "Đang có biểu quyết 1");
  ExpectError(h.Try(OpenPollCmd(1)), kFP, "poll_id 1");
  ExpectError(h.Try(OpenPollCmd(7)), StatusCode::kNotFound, "poll_id 7");
  ExpectError(h.Try(OpenPollCmd(0)), StatusCode::kInvalidArgument, "poll_id");
}

TEST(DecideVoting, OneVotePerDelegate) {
  Harness h = Sitting(5, 5);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  h.Do(OpenPollCmd(1));
  h.Do(CastCmd(1, 2, 1));
  ExpectError(h.Try(CastCmd(1, 2, 1)), StatusCode::kAlreadyExists, "delegate_id 2");
  ExpectError(h.Try(CastCmd(1, 2, 2)), StatusCode::kAlreadyExists, "delegate_id 2");
  EXPECT_EQ(voting::FindPoll(h.state, 1)->voted_size(), 1);
}

TEST(DecideVoting, ASittingCannotBeClosedUnderAnOpenPoll) {
  Harness h = Sitting(5, 5);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  h.Do(OpenPollCmd(1));
  const int64_t before = h.state.last_seq();
  ExpectError(h.Try(CloseSittingCmd(1)), StatusCode::kFailedPrecondition,
              "sitting_id 1: đang biểu quyết");
  EXPECT_EQ(h.state.last_seq(), before);
  h.Do(CloseWithNamed(1, {}));
  h.Do(CloseSittingCmd(1));
}

TEST(DecideVoting, ChangingAVoteOnlyWhenThePollAllowsIt) {
  Harness h = Sitting(5, 5);
  v1::Command c = CreatePollCmd(v1::POLL_KIND_RESOLUTION);
  c.mutable_create_poll()->mutable_poll()->set_allow_change(true);
  h.Do(c);
  h.Do(OpenPollCmd(1));
  h.Do(CastCmd(1, 2, 1));
  auto changed = h.Do(CastCmd(1, 2, 2));
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_TRUE(changed[0].vote_cast().changed());
  EXPECT_EQ(voting::FindPoll(h.state, 1)->voted_size(), 1);
}

TEST(DecideVoting, NotEntitledDelegatesAreRefused) {
  Harness h = Sitting(6, 3);
  h.Do(CheckInCmd(4, v1::ATTENDANCE_STATUS_ONLINE));
  h.Do(RecordCmd(0, 5, v1::ATTENDANCE_STATUS_EXCUSED, "Đi công tác"));
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  h.Do(OpenPollCmd(1));
  ExpectError(h.Try(CastCmd(1, 4, 1)), kFP, "delegate_id 4");  // online, not allowed
  ExpectError(h.Try(CastCmd(1, 5, 1)), kFP, "delegate_id 5");  // excused
  ExpectError(h.Try(CastCmd(1, 6, 1)), kFP, "delegate_id 6");  // no record
  ExpectError(h.Try(CastCmd(1, 77, 1)), StatusCode::kNotFound, "delegate_id 77");
  ExpectError(h.Try(CastCmd(1, 0, 1)), StatusCode::kInvalidArgument, "delegate_id");
}

TEST(DecideVoting, OnlineVotersWhenThePollAllowsIt) {
  Harness h = Sitting(6, 3);
  h.Do(CheckInCmd(4, v1::ATTENDANCE_STATUS_ONLINE));
  v1::Command c = CreatePollCmd(v1::POLL_KIND_RESOLUTION);
  c.mutable_create_poll()->mutable_poll()->set_allow_online(true);
  h.Do(c);
  h.Do(OpenPollCmd(1));
  EXPECT_EQ(h.Do(CastCmd(1, 4, 1)).size(), 1u);
}

TEST(DecideVoting, BallotsAreValidated) {
  Harness h = Sitting(5, 5);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  h.Do(OpenPollCmd(1));
  ExpectError(h.Try(CastCmd(1, 1, 9)), StatusCode::kInvalidArgument, "ballot");
}

TEST(DecideVoting, VotesBeforeOpenAfterCloseOrCancelAreRefused) {
  Harness h = Sitting(5, 5);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  ExpectError(h.Try(CastCmd(1, 1, 1)), kFP, "poll_id 1");
  h.Do(OpenPollCmd(1));
  h.Do(CastCmd(1, 1, 1));
  h.Do(CloseWithNamed(1, {{1, 1}}));
  ExpectError(h.Try(CastCmd(1, 2, 1)), kFP, "poll_id 1");
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  h.Do(OpenPollCmd(2));
  v1::Command cancel;
  cancel.mutable_cancel_poll()->set_poll_id(2);
  ExpectError(h.Try(cancel), StatusCode::kInvalidArgument, "reason");
  cancel.mutable_cancel_poll()->set_reason("Sự cố thiết bị");
  h.Do(cancel);
  ExpectError(h.Try(CastCmd(2, 2, 1)), kFP, "poll_id 2");
  EXPECT_EQ(voting::FindPoll(h.state, 2)->cancel_reason(), "Sự cố thiết bị");
}

TEST(DecideVoting, SecretVoteCastRecordsParticipationOnly) {
  Harness h = Sitting(5, 5);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION, v1::POLL_VISIBILITY_SECRET));
  h.Do(OpenPollCmd(1));
  auto events = h.Do(CastCmd(1, 3, 2));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].vote_cast().delegate_id(), 3);
  EXPECT_FALSE(events[0].vote_cast().has_ballot());
}

TEST(DecideVoting, OpenVoteCastCarriesTheBallotButTheFoldDoesNot) {
  Harness h = Sitting(5, 5);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  h.Do(OpenPollCmd(1));
  auto events = h.Do(CastCmd(1, 3, 2));
  ASSERT_TRUE(events[0].vote_cast().has_ballot());
  const v1::Poll* p = voting::FindPoll(h.state, 1);
  EXPECT_EQ(p->voted_size(), 1);
  EXPECT_FALSE(p->has_result());
  EXPECT_EQ(h.state.SerializeAsString().find(events[0].vote_cast().ballot().SerializeAsString()),
            std::string::npos);
  // And the live stream's copy loses it.
  v1::Event live = events[0];
  EXPECT_TRUE(voting::RedactForLiveStream(live));
  EXPECT_FALSE(live.vote_cast().has_ballot());
}

TEST(DecideVoting, OpenCloseNeedsTheNamedVotesOfExactlyThoseWhoVoted) {
  Harness h = Sitting(95, 95);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  h.Do(OpenPollCmd(1));
  std::vector<std::pair<int64_t, int32_t>> votes;
  for (int d = 1; d <= 90; ++d) {
    const int32_t choice = d <= 58 ? 1 : d <= 88 ? 2 : 3;
    h.Do(CastCmd(1, d, choice));
    votes.emplace_back(d, choice);
  }
  ExpectError(h.Try(CloseWithNamed(1, {votes.begin(), votes.end() - 1})), StatusCode::kInternal);
  auto extra = votes;
  extra.emplace_back(93, 1);
  ExpectError(h.Try(CloseWithNamed(1, extra)), StatusCode::kInternal);
  auto events = h.Do(CloseWithNamed(1, votes));
  ASSERT_EQ(events.size(), 1u);
  const v1::PollResult& r = events[0].poll_closed().result();
  EXPECT_EQ(r.text(), "Thông qua: 58/95 đại biểu tán thành, 61,05% tổng số đại biểu");
  EXPECT_EQ(r.named_size(), 90);
  EXPECT_EQ(r.not_voted_size(), 5);
  EXPECT_EQ(events[0].poll_closed().entitled_size(), 95);
  EXPECT_EQ(voting::FindPoll(h.state, 1)->status(), v1::POLL_STATUS_CLOSED);
}

TEST(DecideVoting, SecretCloseChecksTheTallyAgainstParticipation) {
  Harness h = Sitting(5, 5);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION, v1::POLL_VISIBILITY_SECRET));
  h.Do(OpenPollCmd(1));
  for (int d = 1; d <= 3; ++d) h.Do(CastCmd(1, d, 1));
  const v1::Poll& p = *voting::FindPoll(h.state, 1);
  v1::Ballot yes;
  yes.add_marks()->set_question_id(1);
  yes.mutable_marks(0)->add_choice_ids(1);
  v1::PollTally two = voting::EmptyTally(p);
  voting::AddBallot(p, yes, two);
  voting::AddBallot(p, yes, two);
  v1::Command close = CloseCmd(1);
  *close.mutable_close_poll()->mutable_tally() = two;
  ExpectError(h.Try(close), StatusCode::kInternal, "close_poll: hòm phiếu có 2 phiếu");
  v1::PollTally three = two;
  voting::AddBallot(p, yes, three);
  *close.mutable_close_poll()->mutable_tally() = three;
  // Named votes are never accepted for a secret poll.
  v1::Command named = close;
  named.mutable_close_poll()->add_named()->set_delegate_id(1);
  ExpectError(h.Try(named), StatusCode::kInternal);
  auto events = h.Do(close);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].poll_closed().result().named_size(), 0);
  EXPECT_EQ(events[0].poll_closed().result().tally().ballots(), 3);
  EXPECT_TRUE(events[0].poll_closed().result().questions(0).passed());  // 3 of 5 is more than half
}

TEST(DecideVoting, CountdownDeadlineClosesOnlyWhenDue) {
  Harness h = Sitting(5, 5);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION, v1::POLL_VISIBILITY_SECRET, 60));
  auto opened = h.Do(OpenPollCmd(1));
  ASSERT_TRUE(opened[0].poll_opened().has_closes_at());
  auto deadlines = PendingDeadlines(h.state);
  ASSERT_EQ(deadlines.size(), 1u);
  EXPECT_EQ(deadlines[0].key, "poll-close:1");
  EXPECT_EQ(deadlines[0].at_micros, kNow + 60'000'000);
  EXPECT_TRUE(deadlines[0].command.close_poll().by_deadline());
  // Early: nothing happens.
  auto early = Decide(h.state, deadlines[0].command, Context());
  ASSERT_TRUE(early.ok());
  EXPECT_TRUE(early->empty());
  CommandContext late = Context();
  late.now_micros = kNow + 60'000'000;
  // Casting at or after the end is refused even before the server closes it.
  auto cast = Decide(h.state, CastCmd(1, 1, 1), late);
  ASSERT_FALSE(cast.ok());
  auto closed = Decide(h.state, deadlines[0].command, late);
  ASSERT_TRUE(closed.ok()) << closed.status().ToString();
  ASSERT_EQ(closed->size(), 1u);
  EXPECT_TRUE((*closed)[0].poll_closed().by_deadline());
  Apply(h.state, (*closed)[0]);
  EXPECT_TRUE(PendingDeadlines(h.state).empty());
  // A repeated deadline changes nothing.
  auto again = Decide(h.state, deadlines[0].command, late);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->empty());
}

TEST(DecideVoting, PublishAfterCloseOnlyAndIdempotent) {
  Harness h = Sitting(5, 5);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  v1::Command publish;
  publish.mutable_publish_poll_results()->set_poll_id(1);
  ExpectError(h.Try(publish), kFP, "poll_id 1");
  h.Do(OpenPollCmd(1));
  h.Do(CastCmd(1, 1, 1));
  h.Do(CloseWithNamed(1, {{1, 1}}));
  EXPECT_EQ(h.Do(publish).size(), 1u);
  EXPECT_EQ(voting::FindPoll(h.state, 1)->status(), v1::POLL_STATUS_PUBLISHED);
  auto again = h.Try(publish);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->empty());
}

TEST(DecideVoting, RevoteChainsFromCancelledOrFailedPollsOnly) {
  Harness h = Sitting(5, 5);
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  h.Do(OpenPollCmd(1));
  h.Do(CastCmd(1, 1, 1));
  h.Do(CastCmd(1, 2, 1));
  h.Do(CastCmd(1, 3, 1));
  h.Do(CloseWithNamed(1, {{1, 1}, {2, 1}, {3, 1}}));  // 3/5 > half: passed
  v1::Command revote;
  revote.mutable_revote_poll()->set_poll_id(1);
  ExpectError(h.Try(revote), kFP, "poll_id 1: chỉ biểu quyết lại");
  h.Do(CreatePollCmd(v1::POLL_KIND_RESOLUTION));
  h.Do(OpenPollCmd(2));
  v1::Command cancel;
  cancel.mutable_cancel_poll()->set_poll_id(2);
  cancel.mutable_cancel_poll()->set_reason("Nhầm nội dung");
  h.Do(cancel);
  revote.mutable_revote_poll()->set_poll_id(2);
  auto created = h.Do(revote);
  ASSERT_EQ(created.size(), 1u);
  const v1::Poll& p3 = created[0].poll_created().poll();
  EXPECT_EQ(p3.id(), 3);
  EXPECT_EQ(p3.revote_of(), 2);
  EXPECT_EQ(p3.status(), v1::POLL_STATUS_PREPARED);
  EXPECT_EQ(voting::FindPoll(h.state, 2)->revoted_by(), 3);
  ExpectError(h.Try(revote), kFP, "poll_id 2: đã có biểu quyết lại");
  // Poll 3 fails (1 of 5): a re-vote of it is allowed, chaining on.
  h.Do(OpenPollCmd(3));
  h.Do(CastCmd(3, 1, 1));
  h.Do(CloseWithNamed(3, {{1, 1}}));
  revote.mutable_revote_poll()->set_poll_id(3);
  EXPECT_EQ(h.Do(revote)[0].poll_created().poll().revote_of(), 3);
}

TEST(DecideVoting, ClosedSessionRefusesVoting) {
  Harness h = At(Stage::kClosed);
  ExpectError(h.Try(CreatePollCmd(v1::POLL_KIND_RESOLUTION)), kFP);
}

}  // namespace
}  // namespace dienhong
