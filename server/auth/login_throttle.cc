#include "server/auth/login_throttle.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

namespace dienhong::auth {

Attempt::Attempt(Attempt&& other) noexcept { *this = std::move(other); }

Attempt& Attempt::operator=(Attempt&& other) noexcept {
  if (this != &other) {
    Release();
    throttle_ = std::exchange(other.throttle_, nullptr);
    name_ = std::move(other.name_);
    source_ = std::move(other.source_);
  }
  return *this;
}

Attempt::~Attempt() { Release(); }

void Attempt::Release() {
  if (throttle_ == nullptr) return;
  std::exchange(throttle_, nullptr)->Finish(name_, source_, LoginThrottle::Outcome::kAbandoned, 0);
}

void Attempt::Succeeded(int64_t now_us) {
  if (throttle_ == nullptr) return;
  std::exchange(throttle_, nullptr)
      ->Finish(name_, source_, LoginThrottle::Outcome::kSucceeded, now_us);
}

std::optional<int64_t> Attempt::Failed(int64_t now_us) {
  if (throttle_ == nullptr) return std::nullopt;
  return std::exchange(throttle_, nullptr)
      ->Finish(name_, source_, LoginThrottle::Outcome::kFailed, now_us);
}

int64_t LoginThrottle::NextAllowed(const Counter& c, int free_failures) const {
  const int over = c.failures - std::max(0, free_failures);
  if (over < 0) return 0;
  // first, 2x, 4x, ...: the shift is bounded so that it cannot overflow.
  int64_t delay = policy_.first_delay_micros;
  for (int i = 0; i < over && delay < policy_.max_delay_micros; ++i) delay *= 2;
  return c.last_failure_us + std::min(delay, policy_.max_delay_micros);
}

LoginThrottle::Booking LoginThrottle::Reserve(std::string_view name, std::string_view source,
                                              int64_t now_us) {
  std::lock_guard lock(mu_);
  PruneLocked(now_us);
  auto refuse = [](Refusal::Kind kind, int64_t until) {
    return Booking{std::nullopt, Refusal{kind, until}};
  };
  const auto pair_key = std::make_pair(std::string(name), std::string(source));
  // Look up without creating: a refused attempt must not add entries.
  if (auto it = pairs_.find(pair_key); it != pairs_.end()) {
    if (now_us < it->second.locked_until_us) {
      return refuse(Refusal::Kind::kLocked, it->second.locked_until_us);
    }
    // Attempts being checked count as failures until they are known not to be: forty
    // at once test no more PINs than five one after the other.
    if (it->second.failures + it->second.pending >= std::max(1, policy_.max_failures)) {
      return refuse(Refusal::Kind::kBusy, 0);
    }
  }
  if (auto it = sources_.find(source); it != sources_.end()) {
    const int64_t next = NextAllowed(it->second, policy_.source_free_failures);
    if (now_us < next) return refuse(Refusal::Kind::kSlowDown, next);
    if (it->second.pending >= std::max(1, policy_.max_pending_per_source)) {
      return refuse(Refusal::Kind::kBusy, 0);
    }
  }
  if (auto it = names_.find(name); it != names_.end()) {
    const int64_t next = NextAllowed(it->second, policy_.name_free_failures);
    if (now_us < next) return refuse(Refusal::Kind::kSlowDown, next);
  }
  Pair& pair = pairs_[pair_key];
  if (pair.locked_until_us != 0 && pair.locked_until_us <= now_us) pair.locked_until_us = 0;
  ++pair.pending;
  pair.last_seen_us = now_us;
  Counter& src = sources_.try_emplace(std::string(source)).first->second;
  ++src.pending;
  src.last_seen_us = now_us;
  Counter& nm = names_.try_emplace(std::string(name)).first->second;
  nm.last_seen_us = now_us;
  Booking booking;
  booking.attempt.emplace();
  booking.attempt->throttle_ = this;
  booking.attempt->name_ = pair_key.first;
  booking.attempt->source_ = pair_key.second;
  return booking;
}

std::optional<int64_t> LoginThrottle::Finish(const std::string& name, const std::string& source,
                                             Outcome outcome, int64_t now_us) {
  std::lock_guard lock(mu_);
  std::optional<int64_t> locked;
  auto pair = pairs_.find(std::make_pair(name, source));
  auto src = sources_.find(source);
  auto nm = names_.find(name);
  // Entries with pending attempts are never pruned, so all three exist; stay safe anyway.
  if (pair != pairs_.end() && pair->second.pending > 0) --pair->second.pending;
  if (src != sources_.end() && src->second.pending > 0) --src->second.pending;
  switch (outcome) {
    case Outcome::kAbandoned:
      break;
    case Outcome::kSucceeded:
      // The source's count stays: a stranger with an account of their own must not clear
      // it by logging in between guesses. The name's own counters are cleared.
      if (pair != pairs_.end()) {
        pair->second.failures = 0;
        pair->second.last_seen_us = now_us;
      }
      if (nm != names_.end()) nm->second.failures = 0;
      break;
    case Outcome::kFailed:
      if (pair != pairs_.end()) {
        Pair& p = pair->second;
        p.last_seen_us = now_us;
        if (++p.failures >= std::max(1, policy_.max_failures)) {
          p.failures = 0;
          p.locked_until_us = now_us + policy_.lock_micros;
          locked = p.locked_until_us;
        }
      }
      for (Counter* c : {src != sources_.end() ? &src->second : nullptr,
                         nm != names_.end() ? &nm->second : nullptr}) {
        if (c == nullptr) continue;
        ++c->failures;
        c->last_failure_us = now_us;
        c->last_seen_us = now_us;
      }
      break;
  }
  return locked;
}

void LoginThrottle::Forgive(std::string_view name) {
  std::lock_guard lock(mu_);
  if (auto it = names_.find(name); it != names_.end()) it->second.failures = 0;
  for (auto it = pairs_.lower_bound(std::make_pair(std::string(name), std::string()));
       it != pairs_.end() && it->first.first == name; ++it) {
    it->second.failures = 0;
    it->second.locked_until_us = 0;
  }
}

std::optional<int64_t> LoginThrottle::LockedUntil(std::string_view name, int64_t now_us) const {
  std::lock_guard lock(mu_);
  std::optional<int64_t> latest;
  for (auto it = pairs_.lower_bound(std::make_pair(std::string(name), std::string()));
       it != pairs_.end() && it->first.first == name; ++it) {
    if (now_us < it->second.locked_until_us) {
      latest = std::max(latest.value_or(0), it->second.locked_until_us);
    }
  }
  return latest;
}

size_t LoginThrottle::EntryCount() const {
  std::lock_guard lock(mu_);
  return sources_.size() + names_.size() + pairs_.size();
}

void LoginThrottle::PruneLocked(int64_t now_us) {
  // Amortized: only when a table is over its bound, and then all the way down to 3/4 of
  // it, so that a flood of new names does not sort the table on every request.
  const size_t bound = std::max<size_t>(policy_.max_entries, 16);
  auto quiet = [&](int64_t last_seen, int pending, int64_t locked_until) {
    return pending == 0 && locked_until <= now_us && last_seen + policy_.forget_micros <= now_us;
  };
  auto prune_counters = [&](std::map<std::string, Counter, std::less<>>& table) {
    if (table.size() <= bound) return;
    std::erase_if(table, [&](const auto& kv) {
      return quiet(kv.second.last_seen_us, kv.second.pending, 0) &&
             NextAllowed(kv.second, 0) <= now_us;
    });
    if (table.size() <= bound) return;
    // Still too many that are not quiet: drop the stalest without pending attempts.
    std::vector<std::pair<int64_t, std::string>> by_age;
    for (const auto& [key, c] : table) {
      if (c.pending == 0) by_age.emplace_back(c.last_seen_us, key);
    }
    std::sort(by_age.begin(), by_age.end());
    const size_t target = bound * 3 / 4;
    for (size_t i = 0; i < by_age.size() && table.size() > target; ++i) {
      table.erase(by_age[i].second);
    }
  };
  prune_counters(sources_);
  prune_counters(names_);
  if (pairs_.size() > bound) {
    std::erase_if(pairs_, [&](const auto& kv) {
      return quiet(kv.second.last_seen_us, kv.second.pending, kv.second.locked_until_us);
    });
    if (pairs_.size() > bound) {
      std::vector<std::pair<int64_t, std::pair<std::string, std::string>>> by_age;
      for (const auto& [key, p] : pairs_) {
        if (p.pending == 0) by_age.emplace_back(p.last_seen_us, key);
      }
      std::sort(by_age.begin(), by_age.end());
      const size_t target = bound * 3 / 4;
      for (size_t i = 0; i < by_age.size() && pairs_.size() > target; ++i) {
        pairs_.erase(by_age[i].second);
      }
    }
  }
}

namespace {

std::string PercentDecode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      const std::string hex(s.substr(i + 1, 2));
      char* end = nullptr;
      const long v = std::strtol(hex.c_str(), &end, 16);
      if (end == hex.c_str() + 2) {
        out += static_cast<char>(v);
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

}  // namespace

std::string SourceOfPeer(std::string_view peer_in) {
  const std::string peer = PercentDecode(peer_in);  // gRPC may write "%5B::1%5D"
  std::string_view p = peer;
  if (p.starts_with("ipv4:")) {
    p.remove_prefix(5);
    return std::string(p.substr(0, p.rfind(':')));
  }
  if (p.starts_with("ipv6:")) {
    p.remove_prefix(5);
    std::string_view host = p;
    if (p.starts_with('[')) {
      host = p.substr(1, p.find(']') == std::string_view::npos ? p.size() : p.find(']') - 1);
    }
    std::string text(host.substr(0, host.find('%')));  // no zone id
    in6_addr addr{};
    if (inet_pton(AF_INET6, text.c_str(), &addr) != 1) return text;
    if (IN6_IS_ADDR_V4MAPPED(&addr)) {
      char v4[INET_ADDRSTRLEN];
      inet_ntop(AF_INET, &addr.s6_addr[12], v4, sizeof v4);
      return v4;
    }
    std::memset(&addr.s6_addr[8], 0, 8);
    char v6[INET6_ADDRSTRLEN];
    inet_ntop(AF_INET6, &addr, v6, sizeof v6);
    return std::string(v6) + "/64";
  }
  const size_t colon = p.rfind(':');
  if (colon != std::string_view::npos && colon > p.find(':')) return std::string(p.substr(0, colon));
  return std::string(p);
}

}  // namespace dienhong::auth
