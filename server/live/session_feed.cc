#include "server/live/session_feed.h"

#include "common/apply.h"

namespace dienhong {

SessionFeed::SessionFeed(v1::SessionState committed, size_t ring_capacity,
                         const std::vector<v1::Event>& recent)
    : committed_(std::move(committed)), ring_capacity_(ring_capacity) {
  const size_t skip = recent.size() > ring_capacity_ ? recent.size() - ring_capacity_ : 0;
  for (size_t i = skip; i < recent.size(); ++i) {
    auto message = std::make_shared<v1::LiveMessage>();
    *message->mutable_event() = recent[i];
    ring_.push_back(std::move(message));
  }
}

void SessionFeed::Publish(const std::vector<v1::Event>& events) {
  std::vector<std::shared_ptr<LiveSink>> dropped;
  std::lock_guard lock(mu_);
  for (const auto& event : events) {
    Apply(committed_, event);
    auto message = std::make_shared<v1::LiveMessage>();
    *message->mutable_event() = event;
    LiveMessagePtr shared = std::move(message);
    ring_.push_back(shared);
    if (ring_.size() > ring_capacity_) ring_.pop_front();
    for (const auto& sink : sinks_) {
      if (!sink->Offer(shared)) dropped.push_back(sink);
    }
  }
  snapshot_cache_.reset();
  for (const auto& sink : dropped) sinks_.erase(sink);
}

LiveMessagePtr SessionFeed::SnapshotLocked() {
  if (!snapshot_cache_) {
    auto message = std::make_shared<v1::LiveMessage>();
    *message->mutable_snapshot() = committed_;
    snapshot_cache_ = std::move(message);
  }
  return snapshot_cache_;
}

Status SessionFeed::Subscribe(const std::shared_ptr<LiveSink>& sink, int64_t after_seq) {
  std::lock_guard lock(mu_);
  if (closed_) return Status::Unavailable("Máy chủ đang dừng; kết nối lại sau.");
  const int64_t last = committed_.last_seq();
  if (after_seq < 0 || after_seq > last) {
    return Status::InvalidArgument("after_seq " + std::to_string(after_seq) +
                                   ": kỳ họp mới có đến sự kiện số " + std::to_string(last) +
                                   "; gửi 0 để nhận lại toàn bộ trạng thái");
  }
  const int64_t oldest_in_ring = ring_.empty() ? last + 1 : ring_.front()->event().seq();
  if (after_seq == 0 || after_seq + 1 < oldest_in_ring) {
    if (!sink->Offer(SnapshotLocked())) return Status::ResourceExhausted("subscriber queue full");
  } else {
    for (const auto& message : ring_) {
      if (message->event().seq() <= after_seq) continue;
      if (!sink->Offer(message)) return Status::ResourceExhausted("subscriber queue full");
    }
  }
  sinks_.insert(sink);
  return Status::Ok();
}

void SessionFeed::Unsubscribe(const std::shared_ptr<LiveSink>& sink) {
  std::lock_guard lock(mu_);
  sinks_.erase(sink);
}

v1::SessionState SessionFeed::State() const {
  std::lock_guard lock(mu_);
  return committed_;
}

void SessionFeed::ReadState(const std::function<void(const v1::SessionState&)>& read) const {
  std::lock_guard lock(mu_);
  read(committed_);
}

int64_t SessionFeed::LastSeq() const {
  std::lock_guard lock(mu_);
  return committed_.last_seq();
}

size_t SessionFeed::subscriber_count() const {
  std::lock_guard lock(mu_);
  return sinks_.size();
}

void SessionFeed::Close(const Status& status) {
  std::unordered_set<std::shared_ptr<LiveSink>> sinks;
  {
    std::lock_guard lock(mu_);
    closed_ = true;
    sinks.swap(sinks_);
  }
  for (const auto& sink : sinks) sink->End(status);
}

}  // namespace dienhong
