// LoginThrottle: who may try a PIN now. It replaces the per-account lock-out, which let a
// stranger lock the chair out with five requests, and which lost counts under concurrency.
//
// Policy (docs/security.md, "Đăng nhập"). Three counters, all in memory:
//  - per (login name, source): `max_failures` wrong PINs lock that name FROM THAT SOURCE
//    for `lock_micros`. The owner on another tablet of the hall is not affected.
//  - per source (the peer's address; an IPv6 /64): after `source_free_failures` failures
//    over all names, each further attempt must wait first_delay, 2x, 4x, ... (at most
//    max_delay) after the previous failure. One machine cannot try many names.
//  - per login name over all sources: the same growing delay after
//    `name_free_failures` failures, against guessing from many machines at once.
// Names are tracked whether or not an account has them, so that an anonymous caller
// cannot tell an existing name from an unknown one by the answers (issue 14, item 16).
// A counter quiet for `forget_micros` is forgotten; the tables are bounded by
// `max_entries` (the stalest entries are dropped first).
//
// Counting is atomic: Reserve() books the attempt BEFORE the slow PIN check, so that
// forty parallel attempts test at most `max_failures` PINs, not forty; the caller then
// reports Succeeded/Failed, or lets the Attempt go (abandoned: counts nothing).
//
// Thread-safety: all methods may be called from any thread; one mutex, held only for
// map look-ups (never during a PIN check).
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace dienhong::auth {

struct ThrottlePolicy {
  int max_failures = 5;                       // per (name, source), then a lock
  int64_t lock_micros = 15LL * 60 * 1000000;  // how long that lock lasts
  int source_free_failures = 20;              // per source before delays start
  int name_free_failures = 20;                // per name (all sources) before delays start
  int64_t first_delay_micros = 1000000;
  int64_t max_delay_micros = 5LL * 60 * 1000000;
  int max_pending_per_source = 8;  // PIN checks of one source in progress at once
  int64_t forget_micros = 15LL * 60 * 1000000;
  size_t max_entries = 100000;  // per table
};

class LoginThrottle;

// Why an attempt may not go ahead now.
struct Refusal {
  enum class Kind {
    kLocked,        // (name, source) locked until `until_us`
    kSlowDown,      // source or name must wait until `until_us`
    kBusy,          // attempts of the same (name, source) or source are being checked
  };
  Kind kind = Kind::kBusy;
  int64_t until_us = 0;
};

// One booked attempt. Move-only; destroyed without Succeeded/Failed it counts nothing.
class Attempt {
 public:
  Attempt() = default;
  Attempt(Attempt&& other) noexcept;
  Attempt& operator=(Attempt&& other) noexcept;
  ~Attempt();

  // Reports the outcome; returns the lock this failure started, if it started one.
  void Succeeded(int64_t now_us);
  std::optional<int64_t> Failed(int64_t now_us);

  const std::string& name() const { return name_; }

 private:
  friend class LoginThrottle;
  void Release();

  LoginThrottle* throttle_ = nullptr;
  std::string name_;
  std::string source_;
};

class LoginThrottle {
 public:
  explicit LoginThrottle(ThrottlePolicy policy = {}) : policy_(policy) {}
  LoginThrottle(const LoginThrottle&) = delete;
  LoginThrottle& operator=(const LoginThrottle&) = delete;

  // Books an attempt of `name` from `source`, or says why not. Quick; no PIN check.
  // The result holds either an Attempt or a Refusal.
  struct Booking {
    std::optional<Attempt> attempt;
    Refusal refusal;
  };
  Booking Reserve(std::string_view name, std::string_view source, int64_t now_us);

  // After a PIN reset: the name's locks and counts, from every source, are cleared (the
  // owner was locked out; the administrator let them in again).
  void Forgive(std::string_view name);

  // The latest lock of `name` from any source, if one is running (for administrators).
  std::optional<int64_t> LockedUntil(std::string_view name, int64_t now_us) const;

  const ThrottlePolicy& policy() const { return policy_; }
  // Entries in the three tables (for tests of the bound).
  size_t EntryCount() const;

 private:
  friend class Attempt;
  struct Counter {
    int failures = 0;
    int64_t last_failure_us = 0;
    int64_t last_seen_us = 0;
    int pending = 0;
  };
  struct Pair {
    int failures = 0;
    int pending = 0;
    int64_t locked_until_us = 0;
    int64_t last_seen_us = 0;
  };
  enum class Outcome { kSucceeded, kFailed, kAbandoned };
  std::optional<int64_t> Finish(const std::string& name, const std::string& source,
                                Outcome outcome, int64_t now_us);
  // The earliest time a counter allows the next attempt.
  int64_t NextAllowed(const Counter& c, int free_failures) const;
  void PruneLocked(int64_t now_us);

  const ThrottlePolicy policy_;
  mutable std::mutex mu_;
  std::map<std::string, Counter, std::less<>> sources_;                       // guarded by mu_
  std::map<std::string, Counter, std::less<>> names_;                         // guarded by mu_
  std::map<std::pair<std::string, std::string>, Pair> pairs_;  // guarded by mu_
};

// The source a login counts against, from grpc::ServerContext::peer(): the IP address
// without the port ("ipv4:10.0.0.7:5123" -> "10.0.0.7"), an IPv6 address cut to its /64
// (one machine may hold a whole /64), an IPv4-mapped IPv6 address as IPv4. Anything else
// is used as it is, without a trailing ":port".
std::string SourceOfPeer(std::string_view peer);

}  // namespace dienhong::auth
