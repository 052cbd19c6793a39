// SessionFeed: the committed state of one session and its live subscribers.
//
// The session engine calls Publish() with every batch of events once it is durable, in
// seq order. The feed folds them into the committed state (which is what new
// subscribers get as their snapshot) and keeps the most recent events in a ring so that a
// client that reconnects with its last seq resumes without a snapshot; both happen at
// once, under the feed's mutex. Offering the events to the subscribers (the fan-out) runs
// apart: on the `post` executor when one is given (the server's fan-out thread), so that
// the log writer can answer the commands without waiting for thousands of streams, and
// inline after Publish otherwise (tests).
//
// The fan-out drains everything published since its last pass into one batch, so a group
// commit of hundreds of votes, or several commits that arrive while the previous batch is
// still being offered, go to a `batched` subscriber as one message. Subscribers without
// `batched` get one message per event.
//
// Exactly once: a subscriber registers under the mutex and is given, at once, everything
// up to the committed state's last seq (snapshot or ring backlog); the feed remembers that
// seq for it, and the fan-out skips whatever that covers. So each event reaches it either
// in the backlog or live, never both, never neither, and always in seq order.
//
// Messages are shared (LiveMessagePtr, server/live/live_frame.h): one copy per event (and
// per batch), serialized once, however many subscribers there are.
//
// Thread-safety: all methods may be called from any thread. With a `post` executor the
// feed must be owned by a shared_ptr (the fan-out task keeps it alive).
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"
#include "dienhong/v1/session_service.pb.h"
#include "server/live/live_frame.h"

namespace dienhong {

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

// Runs a fan-out task on another thread; tasks of one feed never overlap (the feed posts
// its next pass only when the previous one has finished).
using FanoutPost = std::function<void(std::function<void()>)>;

class SessionFeed : public std::enable_shared_from_this<SessionFeed> {
 public:
  // Events per EventBatch message at most (a burst is split; see session_service.proto).
  static constexpr size_t kMaxBatch = 1000;

  // `recent` are the last events already folded into `committed` (after a restart), kept
  // in the ring so that clients can resume without a snapshot. `post` empty: the fan-out
  // runs inline, before Publish returns.
  SessionFeed(v1::SessionState committed, size_t ring_capacity,
              const std::vector<v1::Event>& recent = {}, FanoutPost post = {});

  // Folds durable events into the committed state and the ring, and schedules their
  // fan-out.
  void Publish(const std::vector<v1::Event>& events);

  // Registers `sink` and offers it, first, what it is missing after `after_seq`: a
  // snapshot (after_seq 0 or older than the ring) or the ring's later events (as batches
  // when `batched`). INVALID_ARGUMENT when after_seq is beyond the session's last seq.
  Status Subscribe(const std::shared_ptr<LiveSink>& sink, int64_t after_seq, bool batched = false);
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
  struct SinkEntry {
    bool batched = false;
    // Last seq the sink was given when it registered; the fan-out skips up to it.
    int64_t covered = 0;
  };

  LiveMessagePtr SnapshotLocked();
  // Fan-out passes until nothing is pending (one runs at a time; see draining_).
  void Drain();

  mutable std::mutex mu_;
  v1::SessionState committed_;       // guarded by mu_
  std::deque<LiveMessagePtr> ring_;  // guarded by mu_
  size_t ring_capacity_;
  FanoutPost post_;
  LiveMessagePtr snapshot_cache_;                                   // guarded by mu_
  std::unordered_map<std::shared_ptr<LiveSink>, SinkEntry> sinks_;  // guarded by mu_
  std::vector<LiveMessagePtr> pending_;  // published, not yet fanned out; guarded by mu_
  bool draining_ = false;                // a Drain is scheduled or running; guarded by mu_
  bool closed_ = false;                  // guarded by mu_
};

}  // namespace dienhong
