// Scheduler: runs a function at a given time on its own thread; the session's clock
// (speaking-turn overruns, poll countdowns) is driven from here. Tasks are keyed: the
// same key scheduled again replaces the earlier time.
//
// "Now" comes from the Clock passed in. The thread sleeps until the earliest task is due
// but never longer than a short tick, so a ManualClock moved by a test is noticed too.
//
// Thread-safety: all methods may be called from any thread, including from a task.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <utility>

#include "common/clock.h"

namespace dienhong {

class Scheduler {
 public:
  explicit Scheduler(const Clock& clock);
  ~Scheduler();  // Stop()s
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  void Schedule(const std::string& key, int64_t at_micros, std::function<void()> task);
  void Cancel(const std::string& key);
  // Number of tasks waiting (for tests).
  size_t pending() const;
  // Drops every waiting task and joins the thread. Idempotent.
  void Stop();

 private:
  void Run();

  const Clock& clock_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  // Ordered by time, then key; by_key_ finds a key's entry for replacement.
  std::set<std::pair<int64_t, std::string>> queue_;                          // guarded by mu_
  std::map<std::string, std::pair<int64_t, std::function<void()>>> by_key_;  // guarded by mu_
  bool stopping_ = false;                                                    // guarded by mu_
  std::thread thread_;
};

}  // namespace dienhong
