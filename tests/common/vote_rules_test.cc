// The vote rules (common/vote_rules.h): thresholds of the law's rules on the council's
// total, the present and the cast variants, wording of the result, election seats and
// ties, confidence ratings per official, ballot validation and defaults.
#include <gtest/gtest.h>

#include "common/vote_rules.h"

namespace dienhong {
namespace {

using namespace dienhong::voting;  // NOLINT

v1::Poll Defaults(v1::PollKind kind, const std::string& title = "Nghị quyết về ngân sách") {
  v1::Poll p;
  p.set_kind(kind);
  p.set_title(title);
  return WithDefaults(p);
}

v1::Ballot Mark(std::initializer_list<std::pair<int32_t, std::vector<int32_t>>> marks) {
  v1::Ballot b;
  for (const auto& [q, choices] : marks) {
    auto* m = b.add_marks();
    m->set_question_id(q);
    for (int32_t c : choices) m->add_choice_ids(c);
  }
  return b;
}

// Tally of a one-question poll: counts[i] ballots choosing choice i+1.
v1::PollTally Counts(const v1::Poll& p, std::initializer_list<int> counts) {
  v1::PollTally t = EmptyTally(p);
  int choice = 1;
  for (int n : counts) {
    for (int i = 0; i < n; ++i) AddBallot(p, Mark({{1, {choice}}}), t);
    ++choice;
  }
  return t;
}

TEST(VoteRules, ResolutionDefaultsToMoreThanHalfOfAllDelegatesOpenBallot) {
  v1::Poll p = Defaults(v1::POLL_KIND_RESOLUTION);
  EXPECT_EQ(p.visibility(), v1::POLL_VISIBILITY_OPEN);
  EXPECT_EQ(p.rule().base(), v1::VOTE_BASE_ALL_DELEGATES);
  EXPECT_EQ(p.rule().fraction().numerator(), 1u);
  EXPECT_EQ(p.rule().fraction().denominator(), 2u);
  EXPECT_TRUE(p.rule().fraction().strict());
  ASSERT_EQ(p.questions_size(), 1);
  ASSERT_EQ(p.questions(0).choices_size(), 3);
  EXPECT_EQ(p.questions(0).choices(0).label(), "tán thành");
  EXPECT_EQ(p.questions(0).choices(1).label(), "không tán thành");
  EXPECT_EQ(p.questions(0).choices(2).label(), "không biểu quyết");
  EXPECT_EQ(p.questions(0).counted_choice(), 1);
  EXPECT_TRUE(ValidatePoll(p).ok());
}

TEST(VoteRules, NinetyFiveDelegatesResolutionPassesWith48AndFailsWith47) {
  v1::Poll p = Defaults(v1::POLL_KIND_RESOLUTION);
  EXPECT_EQ(Threshold(p.rule(), 95), 48);
  // Yes votes of 48 with only 60 present still pass: the base is ALL delegates.
  v1::PollResult pass = ComputeResult(p, Counts(p, {48, 10, 2}), 95);
  ASSERT_EQ(pass.questions_size(), 1);
  EXPECT_TRUE(pass.questions(0).passed());
  EXPECT_EQ(pass.questions(0).threshold(), 48);
  EXPECT_EQ(pass.text(), "Thông qua: 48/95 đại biểu tán thành, 50,53% tổng số đại biểu");
  v1::PollResult fail = ComputeResult(p, Counts(p, {47, 0, 0}), 95);
  EXPECT_FALSE(fail.questions(0).passed());
  EXPECT_EQ(fail.text(),
            "Không thông qua: 47/95 đại biểu tán thành, 49,47% tổng số đại biểu (cần 48, quá "
            "1/2 tổng số đại biểu)");
}

TEST(VoteRules, ResultInWordsMatchesTheBrief) {
  v1::Poll p = Defaults(v1::POLL_KIND_RESOLUTION);
  EXPECT_EQ(ComputeResult(p, Counts(p, {58, 30, 3}), 95).text(),
            "Thông qua: 58/95 đại biểu tán thành, 61,05% tổng số đại biểu");
}

TEST(VoteRules, DismissalNeedsAtLeastTwoThirdsOfAllSo64Of95) {
  v1::Poll p = Defaults(v1::POLL_KIND_DISMISSAL);
  EXPECT_FALSE(p.rule().fraction().strict());
  EXPECT_EQ(Threshold(p.rule(), 95), 64);
  EXPECT_TRUE(ComputeResult(p, Counts(p, {64, 31, 0}), 95).questions(0).passed());
  EXPECT_FALSE(ComputeResult(p, Counts(p, {63, 32, 0}), 95).questions(0).passed());
  // Exactly two thirds meets "at least": 60 delegates, 40 yes.
  EXPECT_TRUE(ComputeResult(p, Counts(p, {40, 20, 0}), 60).questions(0).passed());
}

TEST(VoteRules, BasePresentUsesTheSnapshotAtOpen) {
  v1::Poll p = Defaults(v1::POLL_KIND_RESOLUTION);
  p.mutable_rule()->set_base(v1::VOTE_BASE_PRESENT);
  EXPECT_EQ(BaseCount(p.rule(), 95, 70, 65), 70);
  // 36 of 70 present is more than half of those present, though far from half of 95.
  v1::PollResult r = ComputeResult(p, Counts(p, {36, 30, 4}), 70);
  EXPECT_TRUE(r.questions(0).passed());
  EXPECT_EQ(r.text(), "Thông qua: 36/70 đại biểu tán thành, 51,43% số đại biểu có mặt");
  EXPECT_FALSE(ComputeResult(p, Counts(p, {35, 30, 5}), 70).questions(0).passed());
}

TEST(VoteRules, BaseVotesCastCountsBallots) {
  v1::Poll p = Defaults(v1::POLL_KIND_CUSTOM, "Chọn phương án");
  p.mutable_questions(0)->add_choices()->set_label("Phương án A");
  p.mutable_questions(0)->add_choices()->set_label("Phương án B");
  p = WithDefaults(p);
  p.mutable_questions(0)->set_counted_choice(1);
  p.mutable_rule()->set_base(v1::VOTE_BASE_VOTES_CAST);
  ASSERT_TRUE(ValidatePoll(p).ok()) << ValidatePoll(p).ToString();
  v1::PollTally t = Counts(p, {11, 10});
  EXPECT_EQ(BaseCount(p.rule(), 95, 40, t.ballots()), 21);
  EXPECT_TRUE(ComputeResult(p, t, 21).questions(0).passed());
  v1::PollTally tie = Counts(p, {10, 10});
  EXPECT_FALSE(ComputeResult(p, tie, 20).questions(0).passed());  // strict: 10/20 is not more
}

TEST(VoteRules, ZeroVotesNeverPass) {
  v1::Poll p = Defaults(v1::POLL_KIND_RESOLUTION);
  p.mutable_rule()->mutable_fraction()->set_strict(false);
  p.mutable_rule()->set_base(v1::VOTE_BASE_VOTES_CAST);
  EXPECT_EQ(Threshold(p.rule(), 0), 1);
  EXPECT_FALSE(ComputeResult(p, EmptyTally(p), 0).questions(0).passed());
}

v1::Poll Election(int candidates, int seats) {
  v1::Poll p;
  p.set_kind(v1::POLL_KIND_ELECTION);
  p.set_title("Bầu Ủy viên Ủy ban nhân dân");
  auto* q = p.add_questions();
  q->set_max_choices(seats);
  const char* names[] = {"Lê Văn An", "Trần Thị Bình", "Phạm Quốc Cường", "Võ Thị Dung",
                         "Đặng Minh Đức"};
  for (int i = 0; i < candidates; ++i) q->add_choices()->set_label(names[i]);
  return WithDefaults(p);
}

// Ballots choosing the given candidates, `n` times.
void Add(const v1::Poll& p, v1::PollTally& t, int n, std::vector<int32_t> candidates) {
  for (int i = 0; i < n; ++i) {
    v1::Ballot b = Mark({{1, candidates}});
    ASSERT_TRUE(ValidateBallot(p, b).ok());
    AddBallot(p, b, t);
  }
}

TEST(VoteRules, ElectionIsSecretAndElectsTheMostVotedWhoMeetTheRule) {
  v1::Poll p = Election(4, 2);
  EXPECT_EQ(p.visibility(), v1::POLL_VISIBILITY_SECRET);
  ASSERT_TRUE(ValidatePoll(p).ok());
  v1::PollTally t = EmptyTally(p);
  Add(p, t, 50, {1, 2});
  Add(p, t, 30, {1, 3});
  Add(p, t, 10, {3, 4});
  Add(p, t, 5, {});  // blank ballots are valid in an election
  // Votes: An 80, Bình 50, Cường 40, Dung 10; threshold 48 of 95.
  v1::PollResult r = ComputeResult(p, t, 95);
  const auto& q = r.questions(0);
  EXPECT_EQ(q.threshold(), 48);
  ASSERT_EQ(q.elected_size(), 2);
  EXPECT_EQ(q.elected(0), 1);
  EXPECT_EQ(q.elected(1), 2);
  EXPECT_EQ(q.tied_size(), 0);
  EXPECT_EQ(r.tally().questions(0).blank(), 5);
  EXPECT_NE(r.text().find("Lê Văn An 80/95 đại biểu, 84,21% — trúng cử"), std::string::npos)
      << r.text();
  EXPECT_NE(r.text().find("Phạm Quốc Cường 40/95 đại biểu, 42,11% — không trúng cử"),
            std::string::npos);
}

TEST(VoteRules, ElectionCandidatesBelowTheRuleLeaveSeatsOpen) {
  v1::Poll p = Election(3, 2);
  v1::PollTally t = EmptyTally(p);
  Add(p, t, 60, {1});
  Add(p, t, 30, {2, 3});
  v1::PollResult r = ComputeResult(p, t, 95);
  ASSERT_EQ(r.questions(0).elected_size(), 1);
  EXPECT_NE(r.text().find("còn 1 ghế chưa có người trúng cử"), std::string::npos) << r.text();
}

TEST(VoteRules, ElectionTieForTheLastSeatElectsNeitherOfTheTied) {
  v1::Poll p = Election(3, 2);
  v1::PollTally t = EmptyTally(p);
  Add(p, t, 35, {1, 2});
  Add(p, t, 35, {1, 3});
  Add(p, t, 15, {2, 3});
  // An 70, Bình 50, Cường 50: both meet 48, one seat left -> tie.
  v1::PollResult r = ComputeResult(p, t, 95);
  const auto& q = r.questions(0);
  ASSERT_EQ(q.elected_size(), 1);
  EXPECT_EQ(q.elected(0), 1);
  ASSERT_EQ(q.tied_size(), 2);
  EXPECT_EQ(q.tied(0), 2);
  EXPECT_EQ(q.tied(1), 3);
  EXPECT_NE(r.text().find("bằng phiếu, phải bầu lại"), std::string::npos);
}

TEST(VoteRules, ElectionTieThatFitsTheSeatsElectsBoth) {
  v1::Poll p = Election(3, 2);
  v1::PollTally t = EmptyTally(p);
  Add(p, t, 60, {1, 2});
  Add(p, t, 10, {3});
  v1::PollResult r = ComputeResult(p, t, 95);
  EXPECT_EQ(r.questions(0).elected_size(), 2);
  EXPECT_EQ(r.questions(0).tied_size(), 0);
}

TEST(VoteRules, ElectionBallotCannotExceedTheSeats) {
  v1::Poll p = Election(3, 2);
  EXPECT_EQ(ValidateBallot(p, Mark({{1, {1, 2, 3}}})).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ValidateBallot(p, Mark({{1, {1, 1}}})).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ValidateBallot(p, Mark({{1, {9}}})).code(), StatusCode::kInvalidArgument);
}

TEST(VoteRules, ConfidenceRatingTalliesPerOfficial) {
  v1::Poll p;
  p.set_kind(v1::POLL_KIND_CONFIDENCE_RATING);
  p.set_title("Lấy phiếu tín nhiệm năm 2025");
  p.add_questions()->set_title("Nguyễn Văn Hải — Chủ tịch UBND");
  p.add_questions()->set_title("Trần Thị Lan — Phó Chủ tịch UBND");
  p = WithDefaults(p);
  ASSERT_TRUE(ValidatePoll(p).ok()) << ValidatePoll(p).ToString();
  EXPECT_EQ(p.visibility(), v1::POLL_VISIBILITY_SECRET);
  ASSERT_EQ(p.questions(1).choices(2).label(), "tín nhiệm thấp");
  v1::PollTally t = EmptyTally(p);
  for (int i = 0; i < 40; ++i) AddBallot(p, Mark({{1, {1}}, {2, {3}}}), t);
  for (int i = 0; i < 20; ++i) AddBallot(p, Mark({{1, {2}}, {2, {2}}}), t);
  for (int i = 0; i < 5; ++i) AddBallot(p, Mark({{1, {3}}, {2, {1}}}), t);
  ASSERT_TRUE(ValidateTally(p, t).ok());
  EXPECT_EQ(t.ballots(), 65);
  EXPECT_EQ(t.questions(0).counts(0).count(), 40);
  EXPECT_EQ(t.questions(0).counts(1).count(), 20);
  EXPECT_EQ(t.questions(0).counts(2).count(), 5);
  EXPECT_EQ(t.questions(1).counts(0).count(), 5);
  EXPECT_EQ(t.questions(1).counts(1).count(), 20);
  EXPECT_EQ(t.questions(1).counts(2).count(), 40);
  v1::PollResult r = ComputeResult(p, t, 95);
  EXPECT_FALSE(r.questions(0).has_verdict());
  EXPECT_EQ(r.questions(0).text(),
            "Nguyễn Văn Hải — Chủ tịch UBND: tín nhiệm cao 40 (42,11%), tín nhiệm 20 (21,05%), "
            "tín nhiệm thấp 5 (5,26%) — 65 phiếu; tỷ lệ trên 95 (tổng số đại biểu)");
  // A rating ballot must rate every official.
  EXPECT_EQ(ValidateBallot(p, Mark({{1, {1}}})).code(), StatusCode::kInvalidArgument);
}

TEST(VoteRules, ConfidenceVoteCountsNoConfidence) {
  v1::Poll p;
  p.set_kind(v1::POLL_KIND_CONFIDENCE_VOTE);
  p.set_title("Bỏ phiếu tín nhiệm");
  p.add_questions()->set_title("Nguyễn Văn Hải — Chủ tịch UBND");
  p = WithDefaults(p);
  ASSERT_TRUE(ValidatePoll(p).ok());
  EXPECT_EQ(p.questions(0).counted_choice(), 2);
  v1::PollResult r = ComputeResult(p, Counts(p, {40, 48}), 95);
  EXPECT_TRUE(r.questions(0).passed());
  EXPECT_EQ(r.questions(0).text(),
            "Nguyễn Văn Hải — Chủ tịch UBND: Không tín nhiệm: 48/95 đại biểu không tín nhiệm, "
            "50,53% tổng số đại biểu");
}

TEST(VoteRules, SecretPollsCannotAllowChangingAVote) {
  v1::Poll p = Defaults(v1::POLL_KIND_RESOLUTION);
  p.set_visibility(v1::POLL_VISIBILITY_SECRET);
  p.set_allow_change(true);
  Status s = ValidatePoll(p);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message().rfind("poll.allow_change", 0), 0u);
}

TEST(VoteRules, PollValidationNamesTheField) {
  v1::Poll p = Defaults(v1::POLL_KIND_RESOLUTION, "  ");
  EXPECT_EQ(ValidatePoll(p).message().rfind("poll.title", 0), 0u);
  p = Defaults(v1::POLL_KIND_RESOLUTION);
  p.mutable_rule()->mutable_fraction()->set_numerator(3);
  EXPECT_EQ(ValidatePoll(p).code(), StatusCode::kInvalidArgument);
  p = Defaults(v1::POLL_KIND_CUSTOM, "Hỏi ý kiến");
  EXPECT_EQ(ValidatePoll(p).message().rfind("poll.questions[0].choices", 0), 0u);
}

TEST(VoteRules, ResolutionBallotNeedsExactlyOneChoice) {
  v1::Poll p = Defaults(v1::POLL_KIND_RESOLUTION);
  EXPECT_TRUE(ValidateBallot(p, Mark({{1, {3}}})).ok());
  EXPECT_FALSE(ValidateBallot(p, Mark({{1, {1, 2}}})).ok());
  EXPECT_FALSE(ValidateBallot(p, Mark({{1, {}}})).ok());
  EXPECT_FALSE(ValidateBallot(p, v1::Ballot()).ok());
  EXPECT_FALSE(ValidateBallot(p, Mark({{1, {1}}, {1, {1}}})).ok());
}

TEST(VoteRules, TallyThatDoesNotAddUpIsRefused) {
  v1::Poll p = Defaults(v1::POLL_KIND_RESOLUTION);
  v1::PollTally t = Counts(p, {3, 2, 1});
  EXPECT_TRUE(ValidateTally(p, t).ok());
  t.mutable_questions(0)->mutable_counts(0)->set_count(4);
  EXPECT_FALSE(ValidateTally(p, t).ok());
}

TEST(VoteRules, PercentUsesADecimalCommaAndRoundsHalfUp) {
  EXPECT_EQ(Percent(58, 95), "61,05");
  EXPECT_EQ(Percent(1, 3), "33,33");
  EXPECT_EQ(Percent(2, 3), "66,67");
  EXPECT_EQ(Percent(95, 95), "100,00");
  EXPECT_EQ(Percent(0, 0), "0,00");
  EXPECT_EQ(Percent(1, 8), "12,50");
}

}  // namespace
}  // namespace dienhong
