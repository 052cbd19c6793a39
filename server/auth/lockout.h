// Lock-out after repeated failed logins: a pure policy over (failures, now).
//
// Thread-safety: a value type.
#pragma once

#include <cstdint>

namespace dienhong::auth {

struct LockoutPolicy {
  int max_failures = 5;                       // failures in a row before a lock
  int64_t lock_micros = 15LL * 60 * 1000000;  // how long the lock lasts
};

struct LoginAttemptState {
  int failed_logins = 0;
  int64_t locked_until_us = 0;
};

// True while the account is locked at `now_us`.
bool IsLocked(const LoginAttemptState& s, int64_t now_us);

// State after a failed attempt at `now_us`: counts the failure and, on reaching the
// limit, locks until now + lock_micros and resets the count. A failure while locked
// changes nothing: extending the lock would let anyone keep an account out for good.
LoginAttemptState AfterFailure(const LoginAttemptState& s, int64_t now_us,
                               const LockoutPolicy& policy);

// State after a successful login: no failures, no lock.
LoginAttemptState AfterSuccess();

}  // namespace dienhong::auth
