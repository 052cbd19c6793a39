// LiveHub: thousands of simulated live streams (LiveService.Subscribe) on gRPC's callback
// API, one reactor per stream and no thread per stream. Each stream checks
// that it receives every event of the session exactly once (seq contiguity after its
// snapshot), resubscribes from its last seq when the server cuts it off as too slow
// (RESOURCE_EXHAUSTED), and records, for every event, the delay from Event.recorded_at
// (the server's wall clock when the event was staged for its commit) to the moment the
// client's reactor got the message (same machine, same clock).
//
// Measurements go to per-thread histograms (no shared counter is touched per message),
// merged by Collect().
//
// Thread-safety: AddStream/WaitAll/CancelAll/Collect from the main thread; reactions run
// on gRPC's threads.
#pragma once

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dienhong/v1/session_service.grpc.pb.h"
#include "tests/bench/histogram.h"

namespace dienhong::bench {

// What kind of moment an event belongs to, for reporting fan-out per scenario.
enum EventClass { kCheckInBurst = 0, kVoteBurst, kChairEvent, kFloorEvent, kOtherEvent, kClasses };
const char* EventClassName(int c);
// `body`: the field number of the event's body (v1::Event::BodyCase).
EventClass Classify(int body);

struct FanoutSummary {
  // Per (event, subscriber): recorded_at -> arrival.
  LatencyHistogram delivery[kClasses];
  // Per event: recorded_at -> arrival at the LAST subscriber (events all streams got).
  LatencyHistogram to_all[kClasses];
  int64_t messages = 0;        // events received, all streams
  int64_t live_messages = 0;   // stream messages (an EventBatch carries many events)
  int64_t snapshots = 0;       // snapshot messages received
  int64_t gaps = 0;            // events missing inside a stream
  int64_t duplicates = 0;      // events received twice (or out of order)
  int64_t resubscribes = 0;    // streams resumed after RESOURCE_EXHAUSTED
  int64_t failed_streams = 0;  // streams that ended with an unexpected status
  std::string first_failure;
  int streams = 0;
  int64_t min_last_seq = 0, max_last_seq = 0;
  int64_t events_incomplete = 0;  // events some stream never received
};

class LiveHub {
 public:
  // `max_seq`: the highest seq per-event statistics are kept for.
  // `batched`: subscribe with SubscribeRequest.batched (EventBatch messages).
  LiveHub(int64_t session_id, int64_t max_seq, bool batched);
  ~LiveHub();

  // Starts one stream (after_seq 0: snapshot first).
  void AddStream(grpc::GenericStub* stub, const std::string& token);
  // Streams that have received their snapshot.
  int ready() const { return ready_.load(); }
  int streams() const { return static_cast<int>(streams_.size()); }
  // Lowest last seq over all streams (-1 while one has no snapshot yet).
  int64_t MinLastSeq() const;
  // Waits until every stream has seq >= `seq`; false on timeout.
  bool WaitAll(int64_t seq, std::chrono::milliseconds timeout) const;
  // Waits until at least `n` streams have their snapshot; false on timeout.
  bool WaitReady(int n, std::chrono::milliseconds timeout) const;
  // Cancels every stream and waits until all have ended.
  void CancelAll();
  FanoutSummary Collect(int64_t final_seq);

  struct Stream;
  struct PerThread;
  PerThread& Local();

 private:
  friend class SubscribeCall;
  int64_t session_id_;
  int64_t max_seq_;
  bool batched_;
  std::vector<std::unique_ptr<Stream>> streams_;
  std::atomic<int> ready_{0};
  std::atomic<int> active_calls_{0};
  std::atomic<bool> stopping_{false};
  mutable std::mutex threads_mu_;
  std::vector<std::unique_ptr<PerThread>> threads_;  // guarded by threads_mu_
};

}  // namespace dienhong::bench
