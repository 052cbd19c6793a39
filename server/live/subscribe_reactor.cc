#include "server/live/subscribe_reactor.h"

#include "server/grpc_status.h"

namespace dienhong {
namespace {

int64_t LastSeqOf(const v1::LiveMessage& message) {
  switch (message.body_case()) {
    case v1::LiveMessage::kSnapshot:
      return message.snapshot().last_seq();
    case v1::LiveMessage::kEvent:
      return message.event().seq();
    case v1::LiveMessage::kBatch:
      return message.batch().events().empty() ? 0 : message.batch().events().rbegin()->seq();
    case v1::LiveMessage::kSnapshotPart:
      // Only the last part completes the snapshot the client can resume from.
      return message.snapshot_part().index() + 1 == message.snapshot_part().count()
                 ? message.snapshot_part().last_seq()
                 : 0;
    case v1::LiveMessage::BODY_NOT_SET:
      break;
  }
  return 0;
}

}  // namespace

// The queue side of a stream; see subscribe_reactor.h.
class SubscriptionSink final : public LiveSink {
 public:
  SubscriptionSink(SubscribeReactor* reactor, size_t max_queue, LiveFilter filter,
                   bool snapshot_parts)
      : reactor_(reactor),
        max_queue_(max_queue),
        filter_(std::move(filter)),
        snapshot_parts_(snapshot_parts) {}

  bool Offer(const LiveMessagePtr& offered) override {
    const LiveMessagePtr message = filter_ ? filter_(offered) : offered;
    std::lock_guard lock(mu_);
    if (finishing_ || reactor_ == nullptr) return false;
    if (queue_.size() >= max_queue_) {
      FinishLocked(
          grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED,
                       "Kết nối không theo kịp luồng sự kiện; đăng ký lại với after_seq = " +
                           std::to_string(last_seq_written_)));
      return false;
    }
    // A large snapshot goes in parts to a client that assembles them (after the filter:
    // a respondent's redacted copy is cut, not the original).
    const std::vector<LiveMessagePtr>* parts = snapshot_parts_ ? &message.parts() : nullptr;
    if (parts != nullptr && !parts->empty()) {
      queue_.insert(queue_.end(), parts->begin(), parts->end());
    } else {
      queue_.push_back(message);
    }
    if (!in_flight_) WriteNextLocked();
    return true;
  }

  void End(const Status& status) override {
    std::lock_guard lock(mu_);
    FinishLocked(ToGrpc(status));
  }

  void Finish(const grpc::Status& status) {
    std::lock_guard lock(mu_);
    FinishLocked(status);
  }

  void OnWriteDone(bool ok) {
    std::lock_guard lock(mu_);
    if (in_flight_) {
      const int64_t seq = LastSeqOf(*in_flight_);
      if (seq > 0) last_seq_written_ = seq;  // 0: a snapshot part before the last
    }
    in_flight_.reset();
    if (!ok) {
      // The client went away; OnCancel/OnDone follow.
      queue_.clear();
      FinishLocked(grpc::Status(grpc::StatusCode::CANCELLED, "stream closed"));
      return;
    }
    WriteNextLocked();
  }

  void Detach() {
    std::lock_guard lock(mu_);
    reactor_ = nullptr;
    queue_.clear();
  }

 private:
  void WriteNextLocked() {
    if (reactor_ == nullptr) return;
    if (!queue_.empty() && !finishing_) {
      in_flight_ = std::move(queue_.front());
      queue_.pop_front();
      reactor_->StartWrite(&in_flight_.bytes());  // shared slices, serialized once
      return;
    }
    if (finishing_ && !finished_ && !in_flight_) {
      finished_ = true;
      reactor_->Finish(pending_status_);
    }
  }

  // Finishes once; waits for the write in flight (its buffer must stay alive until then).
  void FinishLocked(const grpc::Status& status) {
    if (finishing_) return;
    finishing_ = true;
    pending_status_ = status;
    queue_.clear();
    WriteNextLocked();
  }

  std::mutex mu_;
  SubscribeReactor* reactor_;  // null after OnDone
  const size_t max_queue_;
  const LiveFilter filter_;
  const bool snapshot_parts_;
  std::deque<LiveMessagePtr> queue_;
  LiveMessagePtr in_flight_;
  bool finishing_ = false;
  bool finished_ = false;
  grpc::Status pending_status_;
  int64_t last_seq_written_ = 0;
};

SubscribeReactor::SubscribeReactor(size_t max_queue,
                                   std::function<void(const std::shared_ptr<LiveSink>&)> on_done,
                                   LiveFilter filter, bool snapshot_parts)
    : sink_(std::make_shared<SubscriptionSink>(this, max_queue, std::move(filter), snapshot_parts)),
      on_done_(std::move(on_done)) {}

std::shared_ptr<LiveSink> SubscribeReactor::sink() const { return sink_; }

void SubscribeReactor::Reject(const grpc::Status& status) { sink_->Finish(status); }

void SubscribeReactor::OnWriteDone(bool ok) { sink_->OnWriteDone(ok); }

void SubscribeReactor::OnCancel() {
  sink_->Finish(grpc::Status(grpc::StatusCode::CANCELLED, "cancelled by the client"));
}

void SubscribeReactor::OnDone() {
  sink_->Detach();
  if (on_done_) on_done_(sink_);
  delete this;
}

}  // namespace dienhong
