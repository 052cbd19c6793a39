// The follow-up in the pure domain: commitments' status derived from the clock (an
// injected ManualClock makes one overdue), done with evidence, extended with a reason;
// questions that carry over when the session closes, their written-answer due date, and
// the respondent's written answer — with the refusals of each.
#include "common/followup.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/calendar.h"
#include "common/clock.h"
#include "common/floor.h"
#include "common/interpellation.h"
#include "test_support.h"

namespace dienhong {
namespace {

using namespace dienhong::testing;  // NOLINT: test helpers

constexpr int64_t kDay = 86400 * kSecond;
constexpr int64_t kRespondent = 900;

// A session (closed or not) with one conclusion of two commitments due in 10 and 30 days,
// and two questions: 1 answered to the questioner's dissatisfaction, 2 never answered,
// 3 answered and satisfied.
class Followed {
 public:
  explicit Followed(bool close) : s_(Stage::kItemCurrent) {
    v1::Command invite;
    auto* r = invite.mutable_invite_respondent()->mutable_respondent();
    r->set_account_id(kRespondent);
    r->set_name("Nguyễn Văn Xây");
    r->set_position("Giám đốc Sở Xây dựng");
    r->set_agency("Sở Xây dựng");
    s_.Do(invite);
    for (int64_t d : {1, 2, 3}) {
      v1::Command q;
      q.mutable_submit_question()->set_delegate_id(d);
      q.mutable_submit_question()->set_respondent_account_id(kRespondent);
      q.mutable_submit_question()->set_text("Câu hỏi của đại biểu " + std::to_string(d));
      s_.Do(q);
    }
    for (int64_t q : {1, 2, 3}) {
      v1::Command call;
      call.mutable_call_questioner()->set_question_id(q);
      s_.Do(call);
      s_.Do(End());
    }
    v1::Command answer;
    answer.mutable_call_respondent()->set_respondent_account_id(kRespondent);
    answer.mutable_call_respondent()->add_question_ids(1);
    answer.mutable_call_respondent()->add_question_ids(3);
    s_.Do(answer);
    s_.Do(End());
    s_.Do(Verdict(1, 1, false));
    s_.Do(Verdict(3, 3, true));
    today_ = LocalDayNumber(s_.now());
    v1::Command conclude;
    conclude.mutable_record_conclusion()->set_text("Kết luận");
    for (int days : {10, 30}) {
      auto* k = conclude.mutable_record_conclusion()->add_commitments();
      k->set_what("Việc hạn " + std::to_string(days) + " ngày");
      k->set_agency("Sở Xây dựng");
      k->set_due_date(FormatIsoDate(today_ + days));
    }
    s_.Do(conclude);
    if (close) {
      s_.Do(CloseSittingCmd(1));
      s_.Do(CloseSessionCmd());
    }
  }
  static v1::Command End() {
    v1::Command c;
    c.mutable_end_turn();
    return c;
  }
  static v1::Command Verdict(int64_t q, int64_t delegate, bool satisfied) {
    v1::Command c;
    c.mutable_record_satisfaction()->set_question_id(q);
    c.mutable_record_satisfaction()->set_delegate_id(delegate);
    c.mutable_record_satisfaction()->set_satisfied(satisfied);
    return c;
  }
  const v1::SessionState& state() const { return s_.state(); }
  int64_t now() const { return s_.now(); }
  int64_t today() const { return today_; }

  // Decides and folds a follow-up event, as the server's ledger does.
  void Record(const Result<v1::Event>& decided) {
    ASSERT_TRUE(decided.ok()) << decided.status().ToString();
    ApplyFollowUp(book, decided.value());
  }
  v1::FollowUpBook book;

 private:
  TimedHarness s_;
  int64_t today_ = 0;
};

v1::CommitmentStatus StatusOn(const Followed& f, int64_t commitment, const ManualClock& clock) {
  for (const auto& v : CommitmentViews(f.state(), f.book, LocalDayNumber(clock.NowMicros()))) {
    if (v.commitment().id() == commitment) return v.status();
  }
  return v1::COMMITMENT_STATUS_UNSPECIFIED;
}

TEST(CommitmentStatus, OverdueComesWithTheClockAndDoneStopsIt) {
  Followed f(/*close=*/true);
  ManualClock clock(f.now());
  EXPECT_EQ(StatusOn(f, 1, clock), v1::COMMITMENT_STATUS_OPEN);
  clock.Advance(10 * kDay);  // the due day itself: still open
  EXPECT_EQ(StatusOn(f, 1, clock), v1::COMMITMENT_STATUS_OPEN);
  clock.Advance(1 * kDay);
  EXPECT_EQ(StatusOn(f, 1, clock), v1::COMMITMENT_STATUS_OVERDUE);
  EXPECT_EQ(StatusOn(f, 2, clock), v1::COMMITMENT_STATUS_OPEN);

  // Done (late) with evidence: DONE whatever the clock says.
  f.Record(DecideCommitmentDone(f.state(), f.book, 1, " Báo cáo số 12/BC-SXD ", "12/BC-SXD",
                                clock.NowMicros()));
  EXPECT_EQ(StatusOn(f, 1, clock), v1::COMMITMENT_STATUS_DONE);
  clock.Advance(100 * kDay);
  EXPECT_EQ(StatusOn(f, 1, clock), v1::COMMITMENT_STATUS_DONE);
  const auto views = CommitmentViews(f.state(), f.book, LocalDayNumber(clock.NowMicros()));
  EXPECT_EQ(views[0].fulfilled().evidence(), "Báo cáo số 12/BC-SXD");
  auto again = DecideCommitmentDone(f.state(), f.book, 1, "x", "", clock.NowMicros());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), StatusCode::kFailedPrecondition);
}

TEST(CommitmentStatus, ExtensionMovesTheDueDateUntilItTooPasses) {
  Followed f(/*close=*/true);
  ManualClock clock(f.now() + 5 * kDay);
  const std::string new_due = FormatIsoDate(f.today() + 20);
  auto bad = [&](const std::string& due, const std::string& reason, const std::string& prefix) {
    auto r = DecideCommitmentExtension(f.state(), f.book, 1, due, reason, clock.NowMicros());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_TRUE(StartsWith(r.status().message(), prefix)) << r.status().message();
  };
  bad("2026-02-30", "Chờ vốn", "new_due_date: hạn mới phải là ngày có thật");
  bad(FormatIsoDate(f.today() + 10), "Chờ vốn", "new_due_date: hạn mới");
  bad(new_due, " ", "reason: phải ghi rõ lý do gia hạn");
  auto missing = DecideCommitmentExtension(f.state(), f.book, 9, new_due, "x", clock.NowMicros());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);

  f.Record(DecideCommitmentExtension(f.state(), f.book, 1, new_due, "Chờ bố trí vốn",
                                     clock.NowMicros()));
  EXPECT_EQ(StatusOn(f, 1, clock), v1::COMMITMENT_STATUS_EXTENDED);
  const auto views = CommitmentViews(f.state(), f.book, LocalDayNumber(clock.NowMicros()));
  EXPECT_EQ(views[0].due_date(), new_due);
  EXPECT_EQ(views[0].commitment().due_date(), FormatIsoDate(f.today() + 10)) << "as concluded";
  EXPECT_EQ(views[0].extensions(0).previous_due_date(), FormatIsoDate(f.today() + 10));
  clock.Advance(16 * kDay);  // day 21 > the new due day 20
  EXPECT_EQ(StatusOn(f, 1, clock), v1::COMMITMENT_STATUS_OVERDUE);
}

TEST(CarriedOver, UnsatisfiedAndUnansweredQuestionsCarryOverOnceTheSessionCloses) {
  Followed open(/*close=*/false);
  EXPECT_TRUE(CarriedOverQuestions(open.state(), open.book, open.today()).empty());
  auto early = DecideWrittenAnswer(open.state(), open.book, 1, kRespondent, "x", "", open.now());
  EXPECT_EQ(early.status().code(), StatusCode::kFailedPrecondition);

  Followed f(/*close=*/true);
  const auto carried = CarriedOverQuestions(f.state(), f.book, f.today());
  ASSERT_EQ(carried.size(), 2u) << "1 (unsatisfied) and 2 (unanswered); 3 was satisfied";
  EXPECT_EQ(carried[0].question().id(), 1);
  EXPECT_EQ(carried[1].question().id(), 2);
  EXPECT_EQ(carried[0].respondent().agency(), "Sở Xây dựng");
  const int64_t closing_day = LocalDayNumber(TimestampMicros(f.state().closed_at()));
  EXPECT_EQ(carried[0].written_answer_due_date(), FormatIsoDate(closing_day + 30));
  EXPECT_FALSE(carried[0].overdue());
  EXPECT_TRUE(CarriedOverQuestions(f.state(), f.book, closing_day + 31)[1].overdue());

  // Only the addressee answers, once, with text.
  EXPECT_EQ(DecideWrittenAnswer(f.state(), f.book, 1, 555, "x", "", f.now()).status().code(),
            StatusCode::kPermissionDenied);
  EXPECT_EQ(
      DecideWrittenAnswer(f.state(), f.book, 3, kRespondent, "x", "", f.now()).status().code(),
      StatusCode::kFailedPrecondition)
      << "a satisfied question does not carry over";
  EXPECT_EQ(
      DecideWrittenAnswer(f.state(), f.book, 1, kRespondent, "  ", "", f.now()).status().code(),
      StatusCode::kInvalidArgument);
  EXPECT_EQ(
      DecideWrittenAnswer(f.state(), f.book, 8, kRespondent, "x", "", f.now()).status().code(),
      StatusCode::kNotFound);
  f.Record(DecideWrittenAnswer(f.state(), f.book, 2, kRespondent, "Đã trả lời bằng văn bản",
                               "45/SXD-QLN", f.now()));
  const auto after = CarriedOverQuestions(f.state(), f.book, closing_day + 31);
  EXPECT_EQ(after[1].written_answer().document(), "45/SXD-QLN");
  EXPECT_FALSE(after[1].overdue()) << "answered in writing: never overdue";
  EXPECT_EQ(DecideWrittenAnswer(f.state(), f.book, 2, kRespondent, "lần hai", "", f.now())
                .status()
                .code(),
            StatusCode::kFailedPrecondition);
}

TEST(FollowUpBook, IgnoresOtherEvents) {
  v1::FollowUpBook book;
  v1::Event e;
  e.mutable_session_closed();
  EXPECT_FALSE(ApplyFollowUp(book, e));
  EXPECT_EQ(book.ByteSizeLong(), 0u);
}

}  // namespace
}  // namespace dienhong
