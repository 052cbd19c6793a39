#include "live_reader.h"

namespace dienhong::client {

std::shared_ptr<LiveReader> LiveReader::Start(v1::LiveService::Stub* stub,
                                              const std::string& token, int64_t sessionId,
                                              int64_t afterSeq, CallTracker* tracker,
                                              MessageFn onMessage, DoneFn onDone) {
  std::shared_ptr<LiveReader> r(new LiveReader());
  r->request_.set_session_id(sessionId);
  r->request_.set_after_seq(afterSeq);
  // A burst (2,000 votes) arrives as one EventBatch and is folded as one change.
  r->request_.set_batched(true);
  r->request_.set_snapshot_parts(true);  // Connection assembles a large snapshot
  r->ctx_.AddMetadata("authorization", "Bearer " + token);
  // While the server is down (restart, Wi-Fi gap) the call waits for the channel to come
  // back instead of failing at once; the channel's own backoff reconnects.
  r->ctx_.set_wait_for_ready(true);
  Begin(r, tracker, std::move(onMessage), std::move(onDone),
        [stub](auto* ctx, auto* request, auto* reactor) {
          stub->async()->Subscribe(ctx, request, reactor);
        });
  return r;
}

}  // namespace dienhong::client
