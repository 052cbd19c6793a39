// The login throttle's policy, provoked rule by rule (issue 14, items 6, 7 and 16).
#include "server/auth/login_throttle.h"

#include <gtest/gtest.h>

#include <vector>

namespace dienhong::auth {
namespace {

constexpr int64_t kSecond = 1000000;

class LoginThrottleTest : public ::testing::Test {
 protected:
  ThrottlePolicy policy_;  // the defaults: 5 per (name, source), 20 per source or name
  LoginThrottle throttle_{policy_};
  int64_t now_ = 1'800'000'000 * kSecond;

  // One complete wrong attempt; false when it was refused before the PIN check.
  bool Fail(const std::string& name, const std::string& source) {
    auto booking = throttle_.Reserve(name, source, now_);
    if (!booking.attempt) return false;
    booking.attempt->Failed(now_);
    return true;
  }
};

TEST_F(LoginThrottleTest, FiveFailuresLockTheNameFromThatSourceOnly) {
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(Fail("chutoa", "10.0.0.66"));
  auto stranger = throttle_.Reserve("chutoa", "10.0.0.66", now_);
  ASSERT_FALSE(stranger.attempt);
  EXPECT_EQ(stranger.refusal.kind, Refusal::Kind::kLocked);
  EXPECT_EQ(stranger.refusal.until_us, now_ + policy_.lock_micros);
  // The chair's own tablet is another source.
  EXPECT_TRUE(throttle_.Reserve("chutoa", "10.0.0.12", now_).attempt);
  EXPECT_EQ(throttle_.LockedUntil("chutoa", now_), now_ + policy_.lock_micros);
}

TEST_F(LoginThrottleTest, TheLockEndsAndIsNotExtendedByAttemptsDuringIt) {
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(Fail("chutoa", "10.0.0.66"));
  now_ += policy_.lock_micros - 1;
  EXPECT_FALSE(throttle_.Reserve("chutoa", "10.0.0.66", now_).attempt);
  now_ += 1;
  EXPECT_TRUE(throttle_.Reserve("chutoa", "10.0.0.66", now_).attempt);
}

TEST_F(LoginThrottleTest, ParallelAttemptsAreCountedBeforeTheirPinsAreChecked) {
  // Forty at once: only five are booked; the rest are refused before any PIN check.
  std::vector<Attempt> booked;
  int refused = 0;
  for (int i = 0; i < 40; ++i) {
    auto booking = throttle_.Reserve("thuky", "10.0.0.66", now_);
    if (booking.attempt) {
      booked.push_back(std::move(*booking.attempt));
    } else {
      ++refused;
    }
  }
  EXPECT_EQ(booked.size(), 5u);
  EXPECT_EQ(refused, 35);
  for (auto& a : booked) a.Failed(now_);
  EXPECT_EQ(throttle_.Reserve("thuky", "10.0.0.66", now_).refusal.kind, Refusal::Kind::kLocked);
}

TEST_F(LoginThrottleTest, AnAbandonedAttemptCountsNothing) {
  for (int i = 0; i < 20; ++i) {
    auto booking = throttle_.Reserve("thuky", "10.0.0.66", now_);
    ASSERT_TRUE(booking.attempt) << i;
    // destroyed without an outcome
  }
  EXPECT_FALSE(throttle_.LockedUntil("thuky", now_));
}

TEST_F(LoginThrottleTest, ASuccessClearsTheNamesCountButNotTheSources) {
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(Fail("thuky", "10.0.0.66"));
  auto ok = throttle_.Reserve("thuky", "10.0.0.66", now_);
  ASSERT_TRUE(ok.attempt);
  ok.attempt->Succeeded(now_);
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(Fail("thuky", "10.0.0.66"));
  EXPECT_FALSE(throttle_.LockedUntil("thuky", now_));
  // 8 failures so far from the source; 12 more on other names reach its free budget.
  for (int i = 0; i < 12; ++i) ASSERT_TRUE(Fail("ten" + std::to_string(i), "10.0.0.66"));
  auto slowed = throttle_.Reserve("khac", "10.0.0.66", now_);
  ASSERT_FALSE(slowed.attempt);
  EXPECT_EQ(slowed.refusal.kind, Refusal::Kind::kSlowDown);
}

TEST_F(LoginThrottleTest, ASourceTryingManyNamesWaitsGrowingDelays) {
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(Fail("ten" + std::to_string(i), "10.0.0.66"));
  int64_t expected_delay = policy_.first_delay_micros;
  for (int round = 0; round < 12; ++round) {
    auto refused = throttle_.Reserve("moi", "10.0.0.66", now_);
    ASSERT_FALSE(refused.attempt) << round;
    EXPECT_EQ(refused.refusal.kind, Refusal::Kind::kSlowDown);
    EXPECT_EQ(refused.refusal.until_us, now_ + expected_delay) << round;
    now_ = refused.refusal.until_us;
    ASSERT_TRUE(Fail("moi" + std::to_string(round), "10.0.0.66")) << round;
    expected_delay = std::min(expected_delay * 2, policy_.max_delay_micros);
  }
  EXPECT_EQ(expected_delay, policy_.max_delay_micros) << "the delay grows up to its bound";
  // Other sources are not affected.
  EXPECT_TRUE(throttle_.Reserve("moi", "10.0.0.12", now_).attempt);
}

TEST_F(LoginThrottleTest, ManySourcesGuessingOneNameSlowThatNameDown) {
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(Fail("chutoa", "10.0.1." + std::to_string(i)));
  auto next = throttle_.Reserve("chutoa", "10.0.2.1", now_);
  ASSERT_FALSE(next.attempt);
  EXPECT_EQ(next.refusal.kind, Refusal::Kind::kSlowDown);
  EXPECT_EQ(next.refusal.until_us, now_ + policy_.first_delay_micros);
}

TEST_F(LoginThrottleTest, OneSourceCannotOccupyEveryPinCheck) {
  std::vector<Attempt> booked;
  for (int i = 0; i < policy_.max_pending_per_source; ++i) {
    auto booking = throttle_.Reserve("ten" + std::to_string(i), "10.0.0.66", now_);
    ASSERT_TRUE(booking.attempt);
    booked.push_back(std::move(*booking.attempt));
  }
  auto busy = throttle_.Reserve("khac", "10.0.0.66", now_);
  ASSERT_FALSE(busy.attempt);
  EXPECT_EQ(busy.refusal.kind, Refusal::Kind::kBusy);
  EXPECT_TRUE(throttle_.Reserve("khac", "10.0.0.12", now_).attempt);
}

TEST_F(LoginThrottleTest, ForgiveClearsEverySourcesLockOfTheName) {
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(Fail("chutoa", "10.0.0.66"));
  throttle_.Forgive("chutoa");
  EXPECT_TRUE(throttle_.Reserve("chutoa", "10.0.0.66", now_).attempt);
}

TEST_F(LoginThrottleTest, TablesStayBoundedUnderAFloodOfNames) {
  ThrottlePolicy small;
  small.max_entries = 100;
  small.source_free_failures = 1 << 30;
  small.name_free_failures = 1 << 30;
  LoginThrottle throttle(small);
  for (int i = 0; i < 10000; ++i) {
    auto booking = throttle.Reserve("ten" + std::to_string(i), "10.0.0." + std::to_string(i % 250),
                                    now_ + i);
    ASSERT_TRUE(booking.attempt) << i;
    booking.attempt->Failed(now_ + i);
  }
  EXPECT_LE(throttle.EntryCount(), 3 * small.max_entries);
}

TEST(SourceOfPeerTest, AddressesWithoutPortsAndIpv6Prefixes) {
  EXPECT_EQ(SourceOfPeer("ipv4:10.0.0.7:51234"), "10.0.0.7");
  EXPECT_EQ(SourceOfPeer("ipv6:[::1]:51234"), "::/64");
  EXPECT_EQ(SourceOfPeer("ipv6:%5B::1%5D:51234"), "::/64");
  EXPECT_EQ(SourceOfPeer("ipv6:[2001:db8:1:2:3:4:5:6]:443"), "2001:db8:1:2::/64");
  EXPECT_EQ(SourceOfPeer("ipv6:[2001:db8:1:2:ffff::9]:443"), "2001:db8:1:2::/64");
  EXPECT_EQ(SourceOfPeer("ipv6:[::ffff:10.0.0.7]:51234"), "10.0.0.7");
  EXPECT_EQ(SourceOfPeer("unix:/run/dienhong.sock"), "unix:/run/dienhong.sock");
}

}  // namespace
}  // namespace dienhong::auth
