// LiveReader: one LiveService.Subscribe stream on the gRPC callback API
// (grpc::ClientReadReactor). It reads messages one at a time and hands each to `onMessage`
// on a gRPC thread; the owner (Connection) posts them to the GUI thread. `onDone` runs
// once, with the stream's final status.
//
// Lifetime: the reader owns itself until OnDone; the owner keeps a shared_ptr only to
// cancel it. It is registered in a CallTracker so that the owner can wait for OnDone
// before it is destroyed.
//
// Thread-safety: Cancel() may be called from any thread; the callbacks run on gRPC threads.
#pragma once

#include <grpcpp/grpcpp.h>

#include <functional>
#include <memory>
#include <string>

#include "call_tracker.h"
#include "dienhong/v1/session_service.grpc.pb.h"

namespace dienhong::client {

class LiveReader : public grpc::ClientReadReactor<v1::LiveMessage> {
 public:
  using MessageFn = std::function<void(v1::LiveMessage)>;
  using DoneFn = std::function<void(grpc::Status)>;

  static std::shared_ptr<LiveReader> Start(v1::LiveService::Stub* stub, const std::string& token,
                                           int64_t sessionId, int64_t afterSeq,
                                           CallTracker* tracker, MessageFn onMessage,
                                           DoneFn onDone);
  void Cancel() { ctx_.TryCancel(); }

  void OnReadDone(bool ok) override;
  void OnDone(const grpc::Status& status) override;

 private:
  LiveReader() = default;

  grpc::ClientContext ctx_;
  v1::SubscribeRequest request_;
  v1::LiveMessage message_;
  CallTracker* tracker_ = nullptr;
  MessageFn onMessage_;
  DoneFn onDone_;
  std::shared_ptr<LiveReader> self_;
};

}  // namespace dienhong::client
