// WorkerPool: a few threads for the blocking parts of unary calls (Argon2 PIN hashing,
// reference-data writes that wait for their commit), so gRPC's callback threads never
// block on them.
//
// A pool may bound its queue (max_queue > 0): TryPost() then refuses a task instead of
// letting the queue grow, so that a flood of requests is answered at once with "busy"
// rather than waiting without end (the PIN pool). Post() never refuses.
//
// Thread-safety: Post() and TryPost() may be called from any thread. The destructor
// drains the queue.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace dienhong {

class WorkerPool {
 public:
  explicit WorkerPool(int threads, size_t max_queue = 0) : max_queue_(max_queue) {
    for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { Run(); });
  }
  ~WorkerPool() {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    cv_.notify_all();
    for (auto& t : threads_) t.join();
  }
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void Post(std::function<void()> task) {
    {
      std::lock_guard lock(mu_);
      tasks_.push_back(std::move(task));
    }
    cv_.notify_one();
  }

  // False, without running or keeping `task`, when the queue is at its bound.
  bool TryPost(std::function<void()> task) {
    {
      std::lock_guard lock(mu_);
      if (max_queue_ > 0 && tasks_.size() >= max_queue_) return false;
      tasks_.push_back(std::move(task));
    }
    cv_.notify_one();
    return true;
  }

 private:
  void Run() {
    for (;;) {
      std::function<void()> task;
      {
        std::unique_lock lock(mu_);
        cv_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
        if (tasks_.empty()) return;  // stopping and drained
        task = std::move(tasks_.front());
        tasks_.pop_front();
      }
      task();
    }
  }

  const size_t max_queue_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> tasks_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace dienhong
