// Quorum arithmetic: the legal thresholds (at least 2/3, more than 1/2) on real council
// sizes, the edges of the integer math, and the quorum of a sitting.
#include "common/quorum.h"

#include <gtest/gtest.h>

#include <limits>

#include "test_support.h"

namespace dienhong {
namespace {

using testing::Rule;

TEST(DefaultQuorumRule, IsAtLeastTwoThirds) {
  v1::Fraction f = DefaultQuorumRule();
  EXPECT_EQ(f.numerator(), 2u);
  EXPECT_EQ(f.denominator(), 3u);
  EXPECT_FALSE(f.strict());
}

TEST(ValidateFraction, AcceptsUsableRules) {
  EXPECT_TRUE(ValidateFraction(Rule(2, 3, false), "quorum_rule").ok());
  EXPECT_TRUE(ValidateFraction(Rule(1, 2, true), "quorum_rule").ok());
  EXPECT_TRUE(ValidateFraction(Rule(1, 1, false), "quorum_rule").ok());
}

TEST(ValidateFraction, RefusesZeroDenominatorNamingTheField) {
  Status s = ValidateFraction(Rule(2, 0, false), "quorum_rule");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message().rfind("quorum_rule: ", 0), 0u) << s.message();
  EXPECT_NE(s.message().find("mẫu số"), std::string::npos) << s.message();
}

TEST(ValidateFraction, RefusesZeroNumerator) {
  EXPECT_EQ(ValidateFraction(Rule(0, 3, false), "quorum").code(), StatusCode::kInvalidArgument);
}

TEST(ValidateFraction, RefusesMoreThanTheWhole) {
  Status s = ValidateFraction(Rule(4, 3, false), "quorum");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message().rfind("quorum: ", 0), 0u) << s.message();
}

struct RequiredCase {
  int32_t base;
  uint32_t num, den;
  bool strict;
  int32_t required;
};

class RequiredCountTest : public ::testing::TestWithParam<RequiredCase> {};

TEST_P(RequiredCountTest, MatchesTheLaw) {
  const RequiredCase& c = GetParam();
  EXPECT_EQ(RequiredCount(c.base, Rule(c.num, c.den, c.strict)), c.required)
      << c.base << " × " << c.num << "/" << c.den << (c.strict ? " strict" : "");
}

INSTANTIATE_TEST_SUITE_P(
    Thresholds, RequiredCountTest,
    ::testing::Values(
        // Hà Nội-sized council: 95 delegates.
        RequiredCase{95, 2, 3, false, 64},  // 63.33 -> at least 64
        RequiredCase{95, 1, 2, true, 48},   // more than 47.5 -> 48
        RequiredCase{95, 2, 3, true, 64},   // more than 63.33 -> 64
        // Exact multiples: "at least" reaches the value, "more than" must exceed it.
        RequiredCase{96, 2, 3, false, 64}, RequiredCase{96, 2, 3, true, 65},
        RequiredCase{96, 1, 2, true, 49}, RequiredCase{96, 1, 2, false, 48},
        RequiredCase{3, 2, 3, false, 2}, RequiredCase{3, 2, 3, true, 3},
        RequiredCase{1, 2, 3, false, 1}, RequiredCase{1, 1, 2, true, 1},
        RequiredCase{10, 1, 1, false, 10}, RequiredCase{10, 1, 1, true, 11},
        // Base 0: nothing needed for "at least", one for "more than".
        RequiredCase{0, 2, 3, false, 0}, RequiredCase{0, 1, 2, true, 1},
        // Negative base is treated as 0.
        RequiredCase{-5, 2, 3, false, 0},
        // Invalid rules fail closed.
        RequiredCase{95, 2, 0, false, 96}, RequiredCase{10, 3, 2, false, 15}));

TEST(RequiredCount, NoOverflowAtTheExtremes) {
  const int32_t max = std::numeric_limits<int32_t>::max();
  const uint32_t umax = std::numeric_limits<uint32_t>::max();
  EXPECT_EQ(RequiredCount(max, Rule(umax, umax, false)), max);
  EXPECT_EQ(RequiredCount(max, Rule(umax, umax, true)), max);  // saturates
  EXPECT_EQ(RequiredCount(max, Rule(umax - 1, umax, false)), max);
  EXPECT_EQ(RequiredCount(max, Rule(1, umax, false)), 1);
}

// Property over many bases: the result meets the rule and one fewer does not, checked by
// cross-multiplication (no division, so no rounding to get wrong twice).
TEST(RequiredCount, IsTheSmallestCountThatMeetsTheRule) {
  const v1::Fraction rules[] = {Rule(2, 3, false), Rule(2, 3, true),  Rule(1, 2, true),
                                Rule(1, 2, false), Rule(3, 4, false), Rule(1, 1, false),
                                Rule(5, 7, true)};
  for (const v1::Fraction& r : rules) {
    for (int64_t base = 0; base <= 500; ++base) {
      const int64_t c = RequiredCount(static_cast<int32_t>(base), r);
      auto meets = [&](int64_t n) {
        const int64_t lhs = n * r.denominator();
        const int64_t rhs = base * r.numerator();
        return r.strict() ? lhs > rhs : lhs >= rhs;
      };
      ASSERT_TRUE(meets(c)) << base << " " << r.ShortDebugString();
      if (c > 0) {
        ASSERT_FALSE(meets(c - 1)) << base << " " << r.ShortDebugString();
      }
    }
  }
}

// A state with `roster` delegates, sitting 1 open, and attendance as given (delegates are
// assigned in order: first the present ones, then online, excused, absent).
v1::SessionState StateWith(int roster, int present, int online = 0, int excused = 0,
                           int absent = 0) {
  v1::SessionState s;
  s.set_session_id(1);
  *s.mutable_roster() = testing::Roster(roster);
  *s.mutable_quorum_rule() = Rule(2, 3, false);
  v1::Sitting* sitting = s.add_sittings();
  sitting->set_id(1);
  sitting->set_status(v1::SITTING_STATUS_OPEN);
  s.set_current_sitting_id(1);
  int64_t next = 1;
  auto add = [&](int n, v1::AttendanceStatus status) {
    for (int i = 0; i < n; ++i) {
      v1::AttendanceRecord* r = sitting->add_attendance();
      r->set_delegate_id(next++);
      r->set_status(status);
    }
  };
  add(present, v1::ATTENDANCE_STATUS_PRESENT);
  add(online, v1::ATTENDANCE_STATUS_ONLINE);
  add(excused, v1::ATTENDANCE_STATUS_EXCUSED);
  add(absent, v1::ATTENDANCE_STATUS_ABSENT);
  return s;
}

TEST(ComputeQuorum, SixtyThreeOfNinetyFiveIsNotEnough) {
  v1::QuorumStatus q = ComputeQuorum(StateWith(95, 63), 1);
  EXPECT_EQ(q.required(), 64);
  EXPECT_EQ(q.present(), 63);
  EXPECT_FALSE(q.met());
}

TEST(ComputeQuorum, SixtyFourOfNinetyFiveIsEnough) {
  v1::QuorumStatus q = ComputeQuorum(StateWith(95, 64), 1);
  EXPECT_TRUE(q.met());
  EXPECT_EQ(q.total_delegates(), 95);
  EXPECT_EQ(q.absent(), 31);
}

TEST(ComputeQuorum, OnlineDelegatesTakePart) {
  v1::QuorumStatus q = ComputeQuorum(StateWith(95, 60, 4), 1);
  EXPECT_EQ(q.online(), 4);
  EXPECT_TRUE(q.met());
}

TEST(ComputeQuorum, ExcusedDelegatesDoNotCount) {
  v1::QuorumStatus q = ComputeQuorum(StateWith(95, 63, 0, 20), 1);
  EXPECT_EQ(q.excused(), 20);
  EXPECT_EQ(q.absent(), 95 - 63 - 20);
  EXPECT_FALSE(q.met());
}

TEST(ComputeQuorum, CountsEveryCategory) {
  v1::QuorumStatus q = ComputeQuorum(StateWith(10, 4, 2, 1, 1), 1);
  EXPECT_EQ(q.present(), 4);
  EXPECT_EQ(q.online(), 2);
  EXPECT_EQ(q.excused(), 1);
  EXPECT_EQ(q.absent(), 3);  // one marked absent, two with no record
  EXPECT_EQ(q.required(), 7);
  EXPECT_FALSE(q.met());
  EXPECT_EQ(q.rule().numerator(), 2u);
  EXPECT_EQ(q.rule().denominator(), 3u);
}

TEST(ComputeQuorum, UsesTheSessionRule) {
  v1::SessionState s = StateWith(95, 48);
  *s.mutable_quorum_rule() = Rule(1, 2, true);
  v1::QuorumStatus q = ComputeQuorum(s, 1);
  EXPECT_EQ(q.required(), 48);
  EXPECT_TRUE(q.met());
  EXPECT_TRUE(q.rule().strict());
}

TEST(ComputeQuorum, SittingZeroMeansTheCurrentSitting) {
  v1::QuorumStatus q = ComputeQuorum(StateWith(3, 2), 0);
  EXPECT_EQ(q.sitting_id(), 1);
  EXPECT_EQ(q.present(), 2);
  EXPECT_EQ(q.required(), 2);
  EXPECT_TRUE(q.met());
}

TEST(ComputeQuorum, UnknownSittingGivesTotalsOnly) {
  v1::QuorumStatus q = ComputeQuorum(StateWith(95, 80), 9);
  EXPECT_EQ(q.sitting_id(), 9);
  EXPECT_EQ(q.total_delegates(), 95);
  EXPECT_EQ(q.required(), 64);
  EXPECT_EQ(q.present(), 0);
  EXPECT_EQ(q.absent(), 0);
  EXPECT_FALSE(q.met());
}

TEST(ComputeQuorum, NoCurrentSittingGivesTotalsOnly) {
  v1::SessionState s = StateWith(95, 80);
  s.set_current_sitting_id(0);
  v1::QuorumStatus q = ComputeQuorum(s, 0);
  EXPECT_EQ(q.sitting_id(), 0);
  EXPECT_EQ(q.present(), 0);
  EXPECT_FALSE(q.met());
}

TEST(ComputeQuorum, EmptyRosterIsNeverMet) {
  v1::QuorumStatus q = ComputeQuorum(StateWith(0, 0), 1);
  EXPECT_EQ(q.required(), 0);
  EXPECT_FALSE(q.met());
}

TEST(ComputeQuorum, RecordsOfDelegatesOffTheRosterAreIgnored) {
  v1::SessionState s = StateWith(3, 1);
  v1::AttendanceRecord* stray = s.mutable_sittings(0)->add_attendance();
  stray->set_delegate_id(99);
  stray->set_status(v1::ATTENDANCE_STATUS_PRESENT);
  v1::QuorumStatus q = ComputeQuorum(s, 1);
  EXPECT_EQ(q.present(), 1);
  EXPECT_EQ(q.absent(), 2);
  EXPECT_FALSE(q.met());
}

}  // namespace
}  // namespace dienhong
