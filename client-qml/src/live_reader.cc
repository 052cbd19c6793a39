#include "live_reader.h"

namespace dienhong::client {

std::shared_ptr<LiveReader> LiveReader::Start(v1::LiveService::Stub* stub,
                                              const std::string& token, int64_t sessionId,
                                              int64_t afterSeq, CallTracker* tracker,
                                              MessageFn onMessage, DoneFn onDone) {
  std::shared_ptr<LiveReader> r(new LiveReader());
  r->self_ = r;
  r->tracker_ = tracker;
  r->onMessage_ = std::move(onMessage);
  r->onDone_ = std::move(onDone);
  r->request_.set_session_id(sessionId);
  r->request_.set_after_seq(afterSeq);
  // A burst (2,000 votes) arrives as one EventBatch and is folded as one change.
  r->request_.set_batched(true);
  r->ctx_.AddMetadata("authorization", "Bearer " + token);
  // While the server is down (restart, Wi-Fi gap) the call waits for the channel to come
  // back instead of failing at once; the channel's own backoff reconnects.
  r->ctx_.set_wait_for_ready(true);
  tracker->add(&r->ctx_, r);
  stub->async()->Subscribe(&r->ctx_, &r->request_, r.get());
  r->StartRead(&r->message_);
  r->StartCall();
  return r;
}

void LiveReader::OnReadDone(bool ok) {
  if (!ok) return;  // the stream ended; OnDone follows with its status
  v1::LiveMessage message;
  message.Swap(&message_);
  onMessage_(std::move(message));
  StartRead(&message_);
}

void LiveReader::OnDone(const grpc::Status& status) {
  onDone_(status);
  std::shared_ptr<LiveReader> keep = std::move(self_);
  tracker_->remove(&ctx_);
  // `keep` may be the last reference: the reader is destroyed on return.
}

}  // namespace dienhong::client
