#include "server/services/live_service.h"

#include <algorithm>

#include "common/respondent_view.h"
#include "server/grpc_status.h"
#include "server/live/subscribe_reactor.h"
#include "server/services/caller.h"

namespace dienhong {
namespace {

// Whether one of the events a live message carries (its event, or its batch's) is to be
// redacted for this respondent.
bool CarriesEventToRedact(const v1::LiveMessage& message, int64_t account_id) {
  if (message.has_event()) return EventNeedsRedaction(message.event(), account_id);
  const auto& events = message.batch().events();
  return std::any_of(events.begin(), events.end(), [account_id](const v1::Event& e) {
    return EventNeedsRedaction(e, account_id);
  });
}

void RedactCarriedEvents(v1::LiveMessage& message, int64_t account_id) {
  auto redact = [account_id](v1::Event& e) {
    if (EventNeedsRedaction(e, account_id)) RedactEventForRespondent(e, account_id);
  };
  if (message.has_event()) redact(*message.mutable_event());
  if (message.has_batch()) {
    for (v1::Event& e : *message.mutable_batch()->mutable_events()) redact(e);
  }
}

// A respondent sees only the questions addressed to them (common/respondent_view.h):
// their snapshot and events are redacted copies (in a batch, the batch is copied when one
// of its events needs it); everything else is passed on shared, serialized once.
LiveFilter RespondentFilter(int64_t account_id) {
  return [account_id](const LiveMessagePtr& message) -> LiveMessagePtr {
    if (message->has_snapshot()) {
      v1::LiveMessage copy = *message;
      RedactStateForRespondent(*copy.mutable_snapshot(), account_id);
      return LiveMessagePtr(std::move(copy));
    }
    if (!CarriesEventToRedact(*message, account_id)) return message;
    v1::LiveMessage copy = *message;
    RedactCarriedEvents(copy, account_id);
    return LiveMessagePtr(std::move(copy));
  };
}

}  // namespace

grpc::ServerWriteReactor<grpc::ByteBuffer>* LiveServiceImpl::Subscribe(
    grpc::CallbackServerContext* ctx, const grpc::ByteBuffer* raw) {
  std::shared_ptr<SessionFeed> feed;
  LiveFilter filter;
  v1::SubscribeRequest request;
  // The stream lives no longer than its token: logout, a PIN reset or the token's expiry
  // end it with UNAUTHENTICATED (AccountDirectory::WatchStream). Shared with on_done,
  // which drops it when the stream is over.
  auto watch = std::make_shared<std::unique_ptr<AccountDirectory::StreamWatch>>();
  Status status = [&]() -> Status {
    DH_ASSIGN_OR_RETURN(Principal principal, Admit(core_, ctx, DH_METHOD(LiveService, Subscribe)));
    grpc::ByteBuffer copy(*raw);  // Deserialize consumes its buffer; this shares the slices
    if (!grpc::SerializationTraits<v1::SubscribeRequest>::Deserialize(&copy, &request).ok()) {
      return Status::InvalidArgument("SubscribeRequest: không đọc được yêu cầu");
    }
    if (principal.account.role() == v1::ROLE_RESPONDENT) {
      filter = RespondentFilter(principal.account.id());
    }
    DH_ASSIGN_OR_RETURN(int64_t council, core_.engine.CouncilOf(request.session_id()));
    DH_RETURN_IF_ERROR(RequireCouncil(principal, council));
    DH_ASSIGN_OR_RETURN(feed, core_.engine.Feed(request.session_id()));
    return Status::Ok();
  }();
  auto* reactor = new SubscribeReactor(
      core_.subscriber_queue,
      [feed, watch](const std::shared_ptr<LiveSink>& sink) {
        watch->reset();
        if (feed) feed->Unsubscribe(sink);
      },
      std::move(filter), request.snapshot_parts());
  if (!status.ok()) {
    reactor->Reject(ToGrpc(status));
    return reactor;
  }
  // Registered before the feed offers anything: a revocation from here on finds it.
  auto watched = core_.accounts.WatchStream(
      BearerToken(ctx), [sink = reactor->sink()](const Status& why) { sink->End(why); });
  if (!watched.ok()) {
    reactor->Reject(ToGrpc(watched.status()));
    return reactor;
  }
  *watch = std::move(watched).value();
  status = feed->Subscribe(reactor->sink(), request.after_seq(), request.batched());
  if (!status.ok()) reactor->Reject(ToGrpc(status));
  return reactor;
}

}  // namespace dienhong
