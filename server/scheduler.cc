#include "server/scheduler.h"

#include <chrono>

namespace dienhong {
namespace {
// Longest sleep between looks at the clock.
constexpr int64_t kTickMicros = 100'000;
}  // namespace

Scheduler::Scheduler(const Clock& clock) : clock_(clock), thread_([this] { Run(); }) {}

Scheduler::~Scheduler() { Stop(); }

void Scheduler::Schedule(const std::string& key, int64_t at_micros, std::function<void()> task) {
  {
    std::lock_guard lock(mu_);
    if (stopping_) return;
    if (auto it = by_key_.find(key); it != by_key_.end()) {
      queue_.erase({it->second.first, key});
      by_key_.erase(it);
    }
    queue_.insert({at_micros, key});
    by_key_[key] = {at_micros, std::move(task)};
  }
  cv_.notify_one();
}

void Scheduler::Cancel(const std::string& key) {
  std::lock_guard lock(mu_);
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    queue_.erase({it->second.first, key});
    by_key_.erase(it);
  }
}

size_t Scheduler::pending() const {
  std::lock_guard lock(mu_);
  return queue_.size();
}

void Scheduler::Stop() {
  {
    std::lock_guard lock(mu_);
    if (stopping_ && !thread_.joinable()) return;
    stopping_ = true;
    queue_.clear();
    by_key_.clear();
  }
  cv_.notify_one();
  if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

void Scheduler::Run() {
  std::unique_lock lock(mu_);
  while (!stopping_) {
    const int64_t now = clock_.NowMicros();
    if (!queue_.empty() && queue_.begin()->first <= now) {
      const std::string key = queue_.begin()->second;
      queue_.erase(queue_.begin());
      auto task = std::move(by_key_[key].second);
      by_key_.erase(key);
      lock.unlock();
      task();  // without the lock: a task may schedule or cancel
      lock.lock();
      continue;
    }
    int64_t wait = kTickMicros;
    if (!queue_.empty()) wait = std::min(wait, queue_.begin()->first - now);
    cv_.wait_for(lock, std::chrono::microseconds(wait));
  }
}

}  // namespace dienhong
