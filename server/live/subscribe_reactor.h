// SubscribeReactor: one live stream to one client, on gRPC's callback API (no thread per
// stream). It is the LiveSink a SessionFeed offers events to: a bounded queue with one
// write in flight. A client that cannot keep up (queue full) is ended with
// RESOURCE_EXHAUSTED and the seq it last received, so it can resubscribe from there.
//
// Lifetime: gRPC owns the reactor and calls OnDone last; the feed holds the sink through a
// shared_ptr, so the sink outlives the reactor and simply refuses offers after OnDone.
//
// A subscriber may have a filter (LiveFilter): it sees every message through it, e.g. a
// respondent gets questions addressed to others redacted (common/respondent_view.h). The
// filter runs in Offer, on the fan-out thread, and must be quick; it returns the
// message itself when there is nothing to change, so most messages stay shared.
//
// Thread-safety: Offer/End may be called from any thread (the fan-out thread offers);
// reactions arrive on gRPC threads; one mutex guards the queue and the reactor pointer.
#pragma once

#include <grpcpp/grpcpp.h>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>

#include "server/live/session_feed.h"

namespace dienhong {

class SubscriptionSink;

using LiveFilter = std::function<LiveMessagePtr(const LiveMessagePtr&)>;

// Writes raw grpc::ByteBuffers: each message is serialized once for all its subscribers
// (see live_frame.h).
class SubscribeReactor final : public grpc::ServerWriteReactor<grpc::ByteBuffer> {
 public:
  // `on_done` runs once when the stream is over (unsubscribe from the feed). With
  // `snapshot_parts` a snapshot over kSnapshotPartBytes is written as its SnapshotPart
  // messages (LiveMessagePtr::parts), all queued at once.
  SubscribeReactor(size_t max_queue, std::function<void(const std::shared_ptr<LiveSink>&)> on_done,
                   LiveFilter filter = {}, bool snapshot_parts = false);

  std::shared_ptr<LiveSink> sink() const;
  // Ends the stream right away (before any offer), e.g. when Subscribe is refused.
  void Reject(const grpc::Status& status);

  void OnWriteDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override;

 private:
  std::shared_ptr<SubscriptionSink> sink_;
  std::function<void(const std::shared_ptr<LiveSink>&)> on_done_;
};

}  // namespace dienhong
