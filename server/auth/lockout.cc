#include "server/auth/lockout.h"

#include <algorithm>

namespace dienhong::auth {

bool IsLocked(const LoginAttemptState& s, int64_t now_us) { return now_us < s.locked_until_us; }

LoginAttemptState AfterFailure(const LoginAttemptState& s, int64_t now_us,
                               const LockoutPolicy& policy) {
  // While locked the server refuses before checking the PIN; should a failure still be
  // reported here, it must neither extend the lock (a stranger could then keep a
  // delegate out of a sitting indefinitely) nor count towards the next one.
  if (IsLocked(s, now_us)) return s;
  LoginAttemptState next = s;
  next.failed_logins = s.failed_logins + 1;
  // A misconfigured limit of 0 or less would lock on every failure anyway; make that
  // explicit instead of letting the count run negative.
  const int limit = std::max(1, policy.max_failures);
  if (next.failed_logins >= limit) {
    next.failed_logins = 0;
    next.locked_until_us = now_us + policy.lock_micros;
  }
  return next;
}

LoginAttemptState AfterSuccess() { return LoginAttemptState{}; }

}  // namespace dienhong::auth
