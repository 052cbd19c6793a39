// What one delegate can add to a session, pushed to every limit with the most expensive
// text there is (4-byte emoji): the refusals at each limit leave the state unchanged, and
// the worst case, multiplied by the largest roster, stays within half of what a client
// accepts (common/limits.h: kMaxMessageBytes), the other half being the secretariat's
// record. docs/security.md, "A delegate pushing limits", quotes these numbers.
#include "common/limits.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "common/quotas.h"
#include "test_support.h"

namespace dienhong {
namespace {

using namespace dienhong::testing;  // NOLINT: test helpers

constexpr int64_t kRespondent = 900;

std::string Emoji(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += "\U0001F600";
  return out;
}

v1::Command Submit(int64_t delegate, const std::string& text, const std::string& topic = "") {
  v1::Command c;
  c.mutable_submit_question()->set_delegate_id(delegate);
  c.mutable_submit_question()->set_respondent_account_id(kRespondent);
  c.mutable_submit_question()->set_text(text);
  c.mutable_submit_question()->set_topic(topic);
  return c;
}

v1::Command Request(int64_t delegate, const std::string& topic = "") {
  v1::Command c;
  c.mutable_request_floor()->set_kind(v1::FLOOR_KIND_CONTRIBUTION);
  c.mutable_request_floor()->mutable_speaker()->set_delegate_id(delegate);
  c.mutable_request_floor()->set_topic(topic);
  return c;
}

v1::Command Withdraw(int64_t request, int64_t delegate) {
  v1::Command c;
  c.mutable_withdraw_floor_request()->set_request_id(request);
  c.mutable_withdraw_floor_request()->mutable_speaker()->set_delegate_id(delegate);
  return c;
}

class AtEveryLimit : public TimedHarness {
 public:
  AtEveryLimit() : TimedHarness(Stage::kItemCurrent) {
    v1::Command invite;
    v1::Respondent* r = invite.mutable_invite_respondent()->mutable_respondent();
    r->set_account_id(kRespondent);
    r->set_name("Nguyễn Văn Xây");
    r->set_position("Giám đốc Sở Xây dựng");
    r->set_agency("Sở Xây dựng");
    Do(invite);
  }

  // Delegate `d` submits every question and makes every floor request allowed, spending
  // the whole character budget on 4-byte characters.
  void PushToLimits(int64_t d) {
    constexpr size_t kPerQuestion = kMaxTypedCharsPerDelegate / kMaxQuestionsPerDelegate;
    static_assert(kPerQuestion <= kMaxQuestionChars);
    for (int i = 0; i < kMaxQuestionsPerDelegate; ++i) Do(Submit(d, Emoji(kPerQuestion)));
    for (int i = 0; i < kMaxFloorRequestsPerDelegate; ++i) {
      auto events = Do(Request(d));
      ASSERT_EQ(events.size(), 1u);
      Do(Withdraw(events[0].floor_requested().request().id(), d));
    }
  }
};

TEST(DelegateAtEveryLimit, EachLimitRefusesTheNextAndChangesNothing) {
  AtEveryLimit s;
  s.PushToLimits(1);
  const Contribution c = ContributionOf(s.state(), 1, 0);
  EXPECT_EQ(c.questions, kMaxQuestionsPerDelegate);
  EXPECT_EQ(c.floor_requests, kMaxFloorRequestsPerDelegate);
  EXPECT_EQ(c.chars, kMaxTypedCharsPerDelegate);

  s.Refused(Submit(1, "một câu nữa"), StatusCode::kResourceExhausted,
            "delegate_id 1: mỗi đại biểu gửi tối đa " + std::to_string(kMaxQuestionsPerDelegate) +
                " câu hỏi");
  s.Refused(Request(1), StatusCode::kResourceExhausted,
            "speaker: mỗi người đăng ký phát biểu tối đa " +
                std::to_string(kMaxFloorRequestsPerDelegate) + " lần");
  // Another delegate is not affected.
  s.Do(Submit(2, "Câu hỏi của đại biểu khác"));
  s.Do(Request(2, "Ý kiến về dự toán"));
}

TEST(DelegateAtEveryLimit, TheCharacterBudgetCountsQuestionsAndTopicsTogether) {
  AtEveryLimit s;
  s.Do(Submit(1, Emoji(kMaxQuestionChars)));
  s.Do(Submit(1, Emoji(kMaxQuestionChars), Emoji(kMaxTopicChars)));
  // Long questions exhaust the budget before the count.
  const size_t used = 2 * kMaxQuestionChars + kMaxTopicChars;
  const size_t left = kMaxTypedCharsPerDelegate - used;
  for (size_t spent = 0; spent + kMaxQuestionChars <= left; spent += kMaxQuestionChars) {
    s.Do(Submit(1, Emoji(kMaxQuestionChars)));
  }
  const size_t remaining = kMaxTypedCharsPerDelegate - ContributionOf(s.state(), 1, 0).chars;
  ASSERT_LT(remaining, kMaxQuestionChars);
  ASSERT_GT(remaining, 0u);
  s.Refused(
      Submit(1, Emoji(remaining + 1)), StatusCode::kResourceExhausted,
      "text: mỗi người được gửi tối đa " + std::to_string(kMaxTypedCharsPerDelegate) + " ký tự");
  s.Do(Submit(1, Emoji(remaining)));
  EXPECT_EQ(ContributionOf(s.state(), 1, 0).chars, kMaxTypedCharsPerDelegate);
  // The budget is spent: a topic of one character is refused, a request without one is not.
  s.Refused(Request(1, "x"), StatusCode::kResourceExhausted, "text: ");
  s.Do(Request(1));
}

TEST(DelegateAtEveryLimit, WorstCaseStateFitsWhatClientsReceive) {
  AtEveryLimit s;
  const size_t before = s.state().ByteSizeLong();
  s.PushToLimits(1);
  const size_t per_delegate = s.state().ByteSizeLong() - before;
  // The roster entry of a delegate at its own limits (copied into the session).
  v1::RosterEntry entry;
  entry.set_delegate_id(1'000'000);
  entry.set_full_name(Emoji(kMaxPersonNameChars));
  entry.set_title(Emoji(kMaxPersonTitleChars));
  entry.set_delegate_group(Emoji(kMaxGroupChars));
  entry.set_seat(Emoji(kMaxSeatChars));
  const size_t per_roster_entry = entry.ByteSizeLong() + 3;  // tag and length
  const size_t worst = (per_delegate + per_roster_entry) * kMaxDelegatesPerCouncil;
  ::testing::Test::RecordProperty("worst_case_delegates_bytes", std::to_string(worst));
  std::printf("one delegate at every limit adds %zu bytes; %d such delegates: %zu bytes\n",
              per_delegate + per_roster_entry, kMaxDelegatesPerCouncil, worst);
  EXPECT_LE(worst, static_cast<size_t>(kMaxMessageBytes) / 2);
  // And one delegate alone stays far under gRPC's default 4 MiB, which is what a client
  // that never raised its limit would still receive.
  EXPECT_LT(per_delegate, size_t{4} * 1024 * 1024 / 16);
}

}  // namespace
}  // namespace dienhong
