// LiveService: the live event stream of a session (see SessionFeed, SubscribeReactor).
//
// A raw callback method: it reads the SubscribeRequest and writes LiveMessages as
// grpc::ByteBuffers, so that each message is serialized once for every subscriber
// (server/live/live_frame.h). On the wire it is the same method with the same types.
//
// Thread-safety: stateless.
#pragma once

#include "dienhong/v1/session_service.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class LiveServiceImpl final
    : public v1::LiveService::WithRawCallbackMethod_Subscribe<v1::LiveService::Service> {
 public:
  explicit LiveServiceImpl(ServerCore& core) : core_(core) {}

  grpc::ServerWriteReactor<grpc::ByteBuffer>* Subscribe(grpc::CallbackServerContext* ctx,
                                                        const grpc::ByteBuffer* raw) override;

 private:
  ServerCore& core_;
};

}  // namespace dienhong
