#include "server/auth/lockout.h"

#include <gtest/gtest.h>

namespace dienhong::auth {
namespace {

constexpr int64_t kSecond = 1000000;

class LockoutTest : public ::testing::Test {
 protected:
  LockoutPolicy policy_{.max_failures = 5, .lock_micros = 15 * 60 * kSecond};
  int64_t now_ = 1'800'000'000 * kSecond;

  LoginAttemptState FailTimes(int n, LoginAttemptState s = {}) {
    for (int i = 0; i < n; ++i) s = AfterFailure(s, now_, policy_);
    return s;
  }
};

TEST_F(LockoutTest, FreshAccountIsNotLocked) { EXPECT_FALSE(IsLocked({}, now_)); }

TEST_F(LockoutTest, FourFailuresDoNotLock) {
  LoginAttemptState s = FailTimes(4);
  EXPECT_EQ(s.failed_logins, 4);
  EXPECT_FALSE(IsLocked(s, now_));
}

TEST_F(LockoutTest, FifthFailureLocksForExactlyLockMicros) {
  LoginAttemptState s = FailTimes(5);
  EXPECT_TRUE(IsLocked(s, now_));
  EXPECT_EQ(s.locked_until_us, now_ + policy_.lock_micros);
  EXPECT_TRUE(IsLocked(s, now_ + policy_.lock_micros - 1));
  EXPECT_FALSE(IsLocked(s, now_ + policy_.lock_micros));
}

TEST_F(LockoutTest, LockExpiresAndCountingStartsAfresh) {
  LoginAttemptState s = FailTimes(5);
  now_ += policy_.lock_micros;
  ASSERT_FALSE(IsLocked(s, now_));
  s = FailTimes(4, s);
  EXPECT_FALSE(IsLocked(s, now_)) << "the count must restart after a lock";
  s = FailTimes(1, s);
  EXPECT_TRUE(IsLocked(s, now_));
}

TEST_F(LockoutTest, FailuresDuringLockDoNotExtendIt) {
  LoginAttemptState s = FailTimes(5);
  const int64_t until = s.locked_until_us;
  now_ += kSecond;
  s = FailTimes(10, s);
  EXPECT_EQ(s.locked_until_us, until);
}

TEST_F(LockoutTest, SuccessResets) {
  LoginAttemptState s = FailTimes(4);
  s = AfterSuccess();
  EXPECT_EQ(s.failed_logins, 0);
  EXPECT_EQ(s.locked_until_us, 0);
  s = FailTimes(4, s);
  EXPECT_FALSE(IsLocked(s, now_));
}

TEST_F(LockoutTest, PolicyIsConfigurable) {
  policy_ = {.max_failures = 3, .lock_micros = 60 * kSecond};
  LoginAttemptState s = FailTimes(3);
  EXPECT_TRUE(IsLocked(s, now_));
  EXPECT_EQ(s.locked_until_us, now_ + 60 * kSecond);
}

}  // namespace
}  // namespace dienhong::auth
