#include "server/live/session_feed.h"

#include <algorithm>
#include <utility>

#include "common/apply.h"

namespace dienhong {
namespace {

LiveMessagePtr EventMessage(const v1::Event& event) {
  v1::LiveMessage message;
  *message.mutable_event() = event;
  return LiveMessagePtr(std::move(message));
}

// The per-event messages [begin, end) as EventBatch messages of at most kMaxBatch events.
template <typename It>
std::vector<LiveMessagePtr> Batches(It begin, It end) {
  std::vector<LiveMessagePtr> out;
  while (begin != end) {
    v1::LiveMessage message;
    auto* batch = message.mutable_batch();
    const auto n = std::min<size_t>(SessionFeed::kMaxBatch, static_cast<size_t>(end - begin));
    batch->mutable_events()->Reserve(static_cast<int>(n));
    for (size_t i = 0; i < n; ++i, ++begin) *batch->add_events() = (*begin)->event();
    out.emplace_back(std::move(message));
  }
  return out;
}

int64_t SeqOf(const LiveMessagePtr& message) { return message->event().seq(); }

}  // namespace

SessionFeed::SessionFeed(v1::SessionState committed, size_t ring_capacity,
                         const std::vector<v1::Event>& recent, FanoutPost post)
    : committed_(std::move(committed)), ring_capacity_(ring_capacity), post_(std::move(post)) {
  const size_t skip = recent.size() > ring_capacity_ ? recent.size() - ring_capacity_ : 0;
  for (size_t i = skip; i < recent.size(); ++i) ring_.push_back(EventMessage(recent[i]));
}

void SessionFeed::Publish(const std::vector<v1::Event>& events) {
  if (events.empty()) return;
  {
    std::lock_guard lock(mu_);
    for (const auto& event : events) {
      Apply(committed_, event);
      LiveMessagePtr message = EventMessage(event);
      ring_.push_back(message);
      if (ring_.size() > ring_capacity_) ring_.pop_front();
      pending_.push_back(std::move(message));
    }
    snapshot_cache_.reset();
    if (draining_) return;  // the running pass picks these up
    draining_ = true;
    if (post_) {
      post_([self = shared_from_this()] { self->Drain(); });
      return;
    }
  }
  Drain();
}

void SessionFeed::Drain() {
  struct Target {
    std::shared_ptr<LiveSink> sink;
    SinkEntry entry;
  };
  for (;;) {
    std::vector<LiveMessagePtr> events;
    std::vector<Target> targets;
    {
      std::lock_guard lock(mu_);
      if (pending_.empty()) {
        draining_ = false;
        return;
      }
      events.swap(pending_);
      targets.reserve(sinks_.size());
      for (const auto& [sink, entry] : sinks_) targets.push_back({sink, entry});
    }
    const int64_t first = SeqOf(events.front());
    const int64_t last = SeqOf(events.back());
    std::vector<LiveMessagePtr> batches;  // built once, for the first batched sink
    std::vector<std::shared_ptr<LiveSink>> dropped;
    for (const auto& [sink, entry] : targets) {
      if (entry.covered >= last) continue;  // its backlog had all of these
      // Events after what the backlog covered: all of them but for a sink that registered
      // while this pass's events were being published.
      const size_t skip =
          entry.covered >= first ? static_cast<size_t>(entry.covered - first + 1) : 0;
      std::vector<LiveMessagePtr> trimmed;
      const std::vector<LiveMessagePtr>* messages = &events;
      if (entry.batched) {
        if (skip == 0) {
          if (batches.empty()) batches = Batches(events.begin(), events.end());
          messages = &batches;
        } else {
          trimmed = Batches(events.begin() + skip, events.end());
          messages = &trimmed;
        }
      } else if (skip > 0) {
        trimmed.assign(events.begin() + skip, events.end());
        messages = &trimmed;
      }
      for (const auto& message : *messages) {
        if (!sink->Offer(message)) {
          dropped.push_back(sink);
          break;
        }
      }
    }
    if (!dropped.empty()) {
      std::lock_guard lock(mu_);
      for (const auto& sink : dropped) sinks_.erase(sink);
    }
  }
}

LiveMessagePtr SessionFeed::SnapshotLocked() {
  if (!snapshot_cache_) {
    v1::LiveMessage message;
    *message.mutable_snapshot() = committed_;
    snapshot_cache_ = LiveMessagePtr(std::move(message));
  }
  return snapshot_cache_;
}

Status SessionFeed::Subscribe(const std::shared_ptr<LiveSink>& sink, int64_t after_seq,
                              bool batched) {
  std::lock_guard lock(mu_);
  if (closed_) return Status::Unavailable("Máy chủ đang dừng; kết nối lại sau.");
  const int64_t last = committed_.last_seq();
  if (after_seq < 0 || after_seq > last) {
    return Status::InvalidArgument("after_seq " + std::to_string(after_seq) +
                                   ": kỳ họp mới có đến sự kiện số " + std::to_string(last) +
                                   "; gửi 0 để nhận lại toàn bộ trạng thái");
  }
  const int64_t oldest_in_ring = ring_.empty() ? last + 1 : SeqOf(ring_.front());
  if (after_seq == 0 || after_seq + 1 < oldest_in_ring) {
    if (!sink->Offer(SnapshotLocked())) return Status::ResourceExhausted("subscriber queue full");
  } else {
    auto from = std::find_if(ring_.begin(), ring_.end(),
                             [&](const LiveMessagePtr& m) { return SeqOf(m) > after_seq; });
    std::vector<LiveMessagePtr> backlog =
        batched ? Batches(from, ring_.end()) : std::vector<LiveMessagePtr>(from, ring_.end());
    for (const auto& message : backlog) {
      if (!sink->Offer(message)) return Status::ResourceExhausted("subscriber queue full");
    }
  }
  sinks_[sink] = SinkEntry{batched, last};
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
  std::unordered_map<std::shared_ptr<LiveSink>, SinkEntry> sinks;
  {
    std::lock_guard lock(mu_);
    closed_ = true;
    sinks.swap(sinks_);
  }
  for (const auto& [sink, entry] : sinks) sink->End(status);
}

}  // namespace dienhong
