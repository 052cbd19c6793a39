// LiveService: the live event stream of a session (see SessionFeed, SubscribeReactor).
//
// Thread-safety: stateless.
#pragma once

#include "dienhong/v1/session_service.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class LiveServiceImpl final : public v1::LiveService::CallbackService {
 public:
  explicit LiveServiceImpl(ServerCore& core) : core_(core) {}

  grpc::ServerWriteReactor<v1::LiveMessage>* Subscribe(grpc::CallbackServerContext* ctx,
                                                       const v1::SubscribeRequest* req) override;

 private:
  ServerCore& core_;
};

}  // namespace dienhong
