// SessionFeed: the committed state of one session and its live subscribers.
//
// The session engine calls Publish() with every batch of events once it is durable, in
// seq order. The feed folds them into the committed state (which is what new
// subscribers get as their snapshot), keeps the most recent events in a ring so that a
// client that reconnects with its last seq resumes without a snapshot, and offers every
// event to every subscriber. Registration and publication happen under one mutex, so a
// subscriber sees each event exactly once: either in its initial backlog/snapshot or as a
// live offer, never both, never neither.
//
// Messages are shared (shared_ptr<const LiveMessage>): one copy per event however many
// subscribers there are.
//
// Thread-safety: all methods may be called from any thread.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_set>
#include <vector>

#include "common/status.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"
#include "dienhong/v1/session_service.pb.h"

namespace dienhong {

using LiveMessagePtr = std::shared_ptr<const v1::LiveMessage>;

// What the feed needs from a subscriber (implemented by the Subscribe reactor).
class LiveSink {
 public:
  virtual ~LiveSink() = default;
  // Queues a message; false when the sink has ended or is full (the sink then ends itself
  // with RESOURCE_EXHAUSTED and the feed forgets it).
  virtual bool Offer(const LiveMessagePtr& message) = 0;
  // Ends the stream with `status` (server shutdown).
  virtual void End(const Status& status) = 0;
};

class SessionFeed {
 public:
  // `recent` are the last events already folded into `committed` (after a restart), kept
  // in the ring so that clients can resume without a snapshot.
  SessionFeed(v1::SessionState committed, size_t ring_capacity,
              const std::vector<v1::Event>& recent = {});

  // Folds durable events into the committed state and fans them out.
  void Publish(const std::vector<v1::Event>& events);

  // Registers `sink` and offers it, first, what it is missing after `after_seq`: a
  // snapshot (after_seq 0 or older than the ring) or the ring's later events.
  // INVALID_ARGUMENT when after_seq is beyond the session's last seq.
  Status Subscribe(const std::shared_ptr<LiveSink>& sink, int64_t after_seq);
  void Unsubscribe(const std::shared_ptr<LiveSink>& sink);

  // A copy of the committed state.
  v1::SessionState State() const;
  // Runs `read` on the committed state under the feed's lock, without copying it: the
  // state of a big session (a roster of thousands, every poll's named votes) is large,
  // and copying it after every commit made each vote cost O(session). `read` must be
  // quick and must not call back into the feed.
  void ReadState(const std::function<void(const v1::SessionState&)>& read) const;
  int64_t LastSeq() const;
  size_t subscriber_count() const;

  // Ends every subscriber (shutdown); later Subscribe calls fail with UNAVAILABLE.
  void Close(const Status& status);

 private:
  LiveMessagePtr SnapshotLocked();

  mutable std::mutex mu_;
  v1::SessionState committed_;       // guarded by mu_
  std::deque<LiveMessagePtr> ring_;  // guarded by mu_
  size_t ring_capacity_;
  LiveMessagePtr snapshot_cache_;                        // guarded by mu_
  std::unordered_set<std::shared_ptr<LiveSink>> sinks_;  // guarded by mu_
  bool closed_ = false;                                  // guarded by mu_
};

}  // namespace dienhong
