// StreamReader: one server-streaming call on the gRPC callback API
// (grpc::ClientReadReactor), the common part of LiveReader and ExportReader. It reads
// messages one at a time and hands each to `onMessage` on a gRPC thread; the owner posts
// them to the GUI thread. `onDone` runs once, with the stream's final status.
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
#include <utility>

#include "call_tracker.h"

namespace dienhong::client {

template <typename Request, typename Message>
class StreamReader : public grpc::ClientReadReactor<Message> {
 public:
  using MessageFn = std::function<void(Message)>;
  using DoneFn = std::function<void(grpc::Status)>;

  void Cancel() { ctx_.TryCancel(); }

  void OnReadDone(bool ok) override {
    if (!ok) return;  // the stream ended; OnDone follows with its status
    Message message;
    message.Swap(&message_);
    onMessage_(std::move(message));
    this->StartRead(&message_);
  }

  void OnDone(const grpc::Status& status) override {
    onDone_(status);
    std::shared_ptr<StreamReader> keep = std::move(self_);
    tracker_->remove(&ctx_);
    // `keep` may be the last reference: the reader is destroyed on return.
  }

 protected:
  StreamReader() = default;

  // Starts `reader` (its ctx_ and request_ already set up): `call` makes the stub's async
  // call, e.g. [](auto* ctx, auto* req, auto* reactor) { stub->async()->X(ctx, req, reactor); }.
  template <typename Reader, typename Call>
  static void Begin(const std::shared_ptr<Reader>& reader, CallTracker* tracker,
                    MessageFn onMessage, DoneFn onDone, Call call) {
    reader->self_ = reader;
    reader->tracker_ = tracker;
    reader->onMessage_ = std::move(onMessage);
    reader->onDone_ = std::move(onDone);
    tracker->add(&reader->ctx_, reader);
    call(&reader->ctx_, &reader->request_, reader.get());
    reader->StartRead(&reader->message_);
    reader->StartCall();
  }

  grpc::ClientContext ctx_;
  Request request_;

 private:
  Message message_;
  CallTracker* tracker_ = nullptr;
  MessageFn onMessage_;
  DoneFn onDone_;
  std::shared_ptr<StreamReader> self_;
};

}  // namespace dienhong::client
