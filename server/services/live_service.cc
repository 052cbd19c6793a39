#include "server/services/live_service.h"

#include "common/respondent_view.h"
#include "server/grpc_status.h"
#include "server/live/subscribe_reactor.h"
#include "server/services/caller.h"

namespace dienhong {
namespace {

// A respondent sees only the questions addressed to them (common/respondent_view.h):
// their snapshot and events are redacted copies; everything else is passed on shared.
LiveFilter RespondentFilter(int64_t account_id) {
  return [account_id](const LiveMessagePtr& message) -> LiveMessagePtr {
    if (message->has_snapshot()) {
      auto copy = std::make_shared<v1::LiveMessage>(*message);
      RedactStateForRespondent(*copy->mutable_snapshot(), account_id);
      return copy;
    }
    if (message->has_event() && EventNeedsRedaction(message->event(), account_id)) {
      auto copy = std::make_shared<v1::LiveMessage>(*message);
      RedactEventForRespondent(*copy->mutable_event(), account_id);
      return copy;
    }
    return message;
  };
}

}  // namespace

grpc::ServerWriteReactor<v1::LiveMessage>* LiveServiceImpl::Subscribe(
    grpc::CallbackServerContext* ctx, const v1::SubscribeRequest* req) {
  std::shared_ptr<SessionFeed> feed;
  LiveFilter filter;
  Status status = [&]() -> Status {
    DH_ASSIGN_OR_RETURN(Principal principal, Admit(core_, ctx, DH_METHOD(LiveService, Subscribe)));
    if (principal.account.role() == v1::ROLE_RESPONDENT) {
      filter = RespondentFilter(principal.account.id());
    }
    DH_ASSIGN_OR_RETURN(int64_t council, core_.engine.CouncilOf(req->session_id()));
    DH_RETURN_IF_ERROR(RequireCouncil(principal, council));
    DH_ASSIGN_OR_RETURN(feed, core_.engine.Feed(req->session_id()));
    return Status::Ok();
  }();
  auto* reactor = new SubscribeReactor(
      core_.subscriber_queue,
      [feed](const std::shared_ptr<LiveSink>& sink) {
        if (feed) feed->Unsubscribe(sink);
      },
      std::move(filter));
  if (!status.ok()) {
    reactor->Reject(ToGrpc(status));
    return reactor;
  }
  status = feed->Subscribe(reactor->sink(), req->after_seq(), req->batched());
  if (!status.ok()) reactor->Reject(ToGrpc(status));
  return reactor;
}

}  // namespace dienhong
