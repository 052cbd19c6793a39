// LiveReader: one Subscribe stream read on its own thread into a list the test inspects.
// Used by the live and restart tests to check what a tablet or big screen would receive.
//
// Thread-safety: all methods may be called from any thread; the reading thread only
// appends under the mutex.
#pragma once

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "common/snapshot_parts.h"
#include "dienhong/v1/session_service.grpc.pb.h"
#include "tests/integration/fixture.h"

namespace dienhong::it {

class LiveReader {
 public:
  // With `snapshot_parts`, a snapshot sent in parts is put back together and kept as one
  // snapshot message (snapshot_parts_received() counts the parts).
  LiveReader(v1::LiveService::Stub& stub, const Caller& caller, int64_t session_id,
             int64_t after_seq, bool batched = false, bool snapshot_parts = false)
      : ctx_(caller.Context(std::chrono::seconds(60))) {
    v1::SubscribeRequest req;
    req.set_session_id(session_id);
    req.set_after_seq(after_seq);
    req.set_batched(batched);
    req.set_snapshot_parts(snapshot_parts);
    reader_ = stub.Subscribe(ctx_.get(), req);
    thread_ = std::thread([this] { Loop(); });
  }
  ~LiveReader() {
    ctx_->TryCancel();
    thread_.join();
  }

  // Waits until a message with `seq` (event seq or snapshot last_seq) has arrived.
  bool WaitForSeq(int64_t seq, std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
    std::unique_lock lock(mu_);
    return cv_.wait_for(lock, timeout, [&] { return last_seq_ >= seq || status_.has_value(); }) &&
           last_seq_ >= seq;
  }
  // Waits for the stream to end and returns its status.
  std::optional<grpc::Status> WaitForEnd(
      std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
    std::unique_lock lock(mu_);
    cv_.wait_for(lock, timeout, [&] { return status_.has_value(); });
    return status_;
  }
  // Ends the stream from the client side (a tablet dropping off the Wi-Fi).
  void Cancel() {
    ctx_->TryCancel();
    WaitForEnd();
  }
  std::vector<v1::LiveMessage> Messages() const {
    std::lock_guard lock(mu_);
    return messages_;
  }
  int64_t last_seq() const {
    std::lock_guard lock(mu_);
    return last_seq_;
  }
  int snapshot_parts_received() const {
    std::lock_guard lock(mu_);
    return parts_received_;
  }
  // Every event received, single or in batches, in arrival order.
  std::vector<v1::Event> Events() const {
    std::lock_guard lock(mu_);
    std::vector<v1::Event> out;
    for (const auto& m : messages_) {
      if (m.has_event()) out.push_back(m.event());
      for (const auto& e : m.batch().events()) out.push_back(e);
    }
    return out;
  }

 private:
  void Loop() {
    v1::LiveMessage message;
    while (reader_->Read(&message)) {
      std::lock_guard lock(mu_);
      if (message.has_snapshot_part()) {
        ++parts_received_;
        auto whole = parts_.Add(message.snapshot_part());
        if (!whole.ok()) ADD_FAILURE() << whole.status().ToString();
        if (!whole.ok() || !whole->has_value()) continue;
        message.Clear();
        *message.mutable_snapshot() = std::move(**whole);
      }
      if (message.has_snapshot()) last_seq_ = message.snapshot().last_seq();
      if (message.has_event()) last_seq_ = message.event().seq();
      if (message.batch().events_size() > 0) last_seq_ = message.batch().events().rbegin()->seq();
      messages_.push_back(message);
      cv_.notify_all();
    }
    grpc::Status status = reader_->Finish();
    std::lock_guard lock(mu_);
    status_ = status;
    cv_.notify_all();
  }

  std::unique_ptr<grpc::ClientContext> ctx_;
  std::unique_ptr<grpc::ClientReader<v1::LiveMessage>> reader_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<v1::LiveMessage> messages_;  // guarded by mu_
  int64_t last_seq_ = -1;                  // guarded by mu_
  int parts_received_ = 0;                 // guarded by mu_
  SnapshotAssembler parts_;                // used by the reading thread only
  std::optional<grpc::Status> status_;     // guarded by mu_
  std::thread thread_;
};

// Checks that `messages` are events with seq first, first+1, ... (no gap, no duplicate).
inline ::testing::AssertionResult ContiguousEvents(const std::vector<v1::LiveMessage>& messages,
                                                   size_t from, int64_t first_seq) {
  int64_t expected = first_seq;
  for (size_t i = from; i < messages.size(); ++i, ++expected) {
    if (!messages[i].has_event()) {
      return ::testing::AssertionFailure() << "message " << i << " is not an event";
    }
    if (messages[i].event().seq() != expected) {
      return ::testing::AssertionFailure()
             << "message " << i << " has seq " << messages[i].event().seq() << ", expected "
             << expected;
    }
  }
  return ::testing::AssertionSuccess();
}

}  // namespace dienhong::it
