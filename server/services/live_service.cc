#include "server/services/live_service.h"

#include "server/grpc_status.h"
#include "server/live/subscribe_reactor.h"
#include "server/services/caller.h"

namespace dienhong {

grpc::ServerWriteReactor<v1::LiveMessage>* LiveServiceImpl::Subscribe(
    grpc::CallbackServerContext* ctx, const v1::SubscribeRequest* req) {
  std::shared_ptr<SessionFeed> feed;
  Status status = [&]() -> Status {
    DH_ASSIGN_OR_RETURN(Principal principal, Admit(core_, ctx, DH_METHOD(LiveService, Subscribe)));
    DH_ASSIGN_OR_RETURN(int64_t council, core_.engine.CouncilOf(req->session_id()));
    DH_RETURN_IF_ERROR(RequireCouncil(principal, council));
    DH_ASSIGN_OR_RETURN(feed, core_.engine.Feed(req->session_id()));
    return Status::Ok();
  }();
  auto* reactor =
      new SubscribeReactor(core_.subscriber_queue, [feed](const std::shared_ptr<LiveSink>& sink) {
        if (feed) feed->Unsubscribe(sink);
      });
  if (!status.ok()) {
    reactor->Reject(ToGrpc(status));
    return reactor;
  }
  status = feed->Subscribe(reactor->sink(), req->after_seq());
  if (!status.ok()) reactor->Reject(ToGrpc(status));
  return reactor;
}

}  // namespace dienhong
