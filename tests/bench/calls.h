// Asynchronous unary calls for the load generator: many calls in flight from one thread
// on gRPC's callback API, with the latency of each (send -> reply) recorded.
//
// Thread-safety: Batch may be completed from any gRPC thread; Wait() from one thread.
#pragma once

#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace dienhong::bench {

using SteadyClock = std::chrono::steady_clock;

inline double SecondsSince(SteadyClock::time_point start) {
  return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

// Results of a set of calls: latencies (us) of the successful ones, errors, and the time
// from the first send to the last reply.
class Batch {
 public:
  explicit Batch(int64_t expected) : remaining_(expected) { latencies_.reserve(expected); }

  void Done(const grpc::Status& status, int64_t latency_us) {
    std::lock_guard lock(mu_);
    if (status.ok()) {
      latencies_.push_back(latency_us);
    } else {
      ++errors_;
      if (first_error_.empty()) {
        first_error_ = std::to_string(status.error_code()) + ": " + status.error_message();
      }
    }
    last_reply_ = SteadyClock::now();
    if (--remaining_ == 0) cv_.notify_all();
  }
  // Blocks until every call has completed; false on timeout.
  bool Wait(std::chrono::seconds timeout) {
    std::unique_lock lock(mu_);
    return cv_.wait_for(lock, timeout, [this] { return remaining_ == 0; });
  }
  void MarkStart() { start_ = SteadyClock::now(); }
  double Seconds() const {
    std::lock_guard lock(mu_);
    return std::chrono::duration<double>(last_reply_ - start_).count();
  }
  std::vector<int64_t> latencies() const {
    std::lock_guard lock(mu_);
    return latencies_;
  }
  int64_t errors() const {
    std::lock_guard lock(mu_);
    return errors_ + remaining_;  // calls that never completed count as errors
  }
  int64_t ok() const {
    std::lock_guard lock(mu_);
    return static_cast<int64_t>(latencies_.size());
  }
  std::string first_error() const {
    std::lock_guard lock(mu_);
    return first_error_;
  }

 private:
  mutable std::mutex mu_;
  std::condition_variable cv_;
  int64_t remaining_;
  std::vector<int64_t> latencies_;
  int64_t errors_ = 0;
  std::string first_error_;
  SteadyClock::time_point start_ = SteadyClock::now();
  SteadyClock::time_point last_reply_ = SteadyClock::now();
};

// Deadline of every call (the benchmark's --timeout): a call that is not answered by
// then counts as not acknowledged.
inline std::chrono::seconds g_call_deadline{120};

// One call's state, alive until its reply. `start` issues the call:
//   [&](grpc::ClientContext* c, const Req* q, Resp* r, std::function<void(grpc::Status)> cb) {
//     stub->async()->Method(c, q, r, std::move(cb)); }
template <class Req, class Resp>
struct AsyncCall {
  using Start = std::function<void(grpc::ClientContext*, const Req*, Resp*,
                                   std::function<void(grpc::Status)>)>;
  using OnReply = std::function<void(const grpc::Status&, const Resp&, int64_t latency_us)>;

  static void Run(const Start& start, const std::string& token, Req request, OnReply on_reply,
                  std::chrono::seconds deadline = g_call_deadline) {
    auto* call = new AsyncCall;
    call->request = std::move(request);
    if (!token.empty()) call->context.AddMetadata("authorization", "Bearer " + token);
    call->context.set_deadline(std::chrono::system_clock::now() + deadline);
    call->sent = SteadyClock::now();
    start(&call->context, &call->request, &call->response,
          [call, on_reply = std::move(on_reply)](grpc::Status status) {
            const int64_t us = std::chrono::duration_cast<std::chrono::microseconds>(
                                   SteadyClock::now() - call->sent)
                                   .count();
            on_reply(status, call->response, us);
            delete call;
          });
  }

  grpc::ClientContext context;
  Req request;
  Resp response;
  SteadyClock::time_point sent;
};

// Runs `count` operations with at most `window` in flight: `launch(i, done)` starts the
// i-th and calls done() when it has completed (from any thread).
inline void RunWindowed(int64_t count, int64_t window,
                        const std::function<void(int64_t, std::function<void()>)>& launch) {
  struct State {
    std::atomic<int64_t> next{0};
    std::atomic<int64_t> finished{0};
    std::mutex mu;
    std::condition_variable cv;
  };
  auto state = std::make_shared<State>();
  std::function<void()> start_next;
  auto step = std::make_shared<std::function<void()>>();
  *step = [state, count, &launch, step_weak = std::weak_ptr<std::function<void()>>(step)]() {
    const int64_t i = state->next.fetch_add(1);
    if (i >= count) return;
    launch(i, [state, count, step_weak] {
      if (state->finished.fetch_add(1) + 1 == count) {
        std::lock_guard lock(state->mu);
        state->cv.notify_all();
        return;
      }
      if (auto step = step_weak.lock()) (*step)();
    });
  };
  for (int64_t w = 0; w < std::min(window, count); ++w) (*step)();
  std::unique_lock lock(state->mu);
  state->cv.wait(lock, [&] { return state->finished.load() >= count; });
}

// p-th percentile of a sample (sorts a copy).
inline int64_t Percentile(std::vector<int64_t> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const size_t rank = std::min(v.size() - 1, static_cast<size_t>(q * v.size()));
  return v[rank];
}

}  // namespace dienhong::bench
