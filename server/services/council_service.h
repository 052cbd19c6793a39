// CouncilService: councils, their quorum rule and their delegates.
//
// Thread-safety: stateless; blocking work runs on the blocking pool.
#pragma once

#include "dienhong/v1/council.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class CouncilServiceImpl final : public v1::CouncilService::CallbackService {
 public:
  explicit CouncilServiceImpl(ServerCore& core) : core_(core) {}

  grpc::ServerUnaryReactor* CreateCouncil(grpc::CallbackServerContext* ctx,
                                          const v1::CreateCouncilRequest* req,
                                          v1::Council* resp) override;
  grpc::ServerUnaryReactor* GetCouncil(grpc::CallbackServerContext* ctx,
                                       const v1::GetCouncilRequest* req,
                                       v1::Council* resp) override;
  grpc::ServerUnaryReactor* ListCouncils(grpc::CallbackServerContext* ctx,
                                         const v1::ListCouncilsRequest* req,
                                         v1::ListCouncilsResponse* resp) override;
  grpc::ServerUnaryReactor* SetQuorumRule(grpc::CallbackServerContext* ctx,
                                          const v1::SetQuorumRuleRequest* req,
                                          v1::Council* resp) override;
  grpc::ServerUnaryReactor* AddDelegate(grpc::CallbackServerContext* ctx,
                                        const v1::AddDelegateRequest* req,
                                        v1::Delegate* resp) override;
  grpc::ServerUnaryReactor* ImportDelegates(grpc::CallbackServerContext* ctx,
                                            const v1::ImportDelegatesRequest* req,
                                            v1::ImportDelegatesResponse* resp) override;
  grpc::ServerUnaryReactor* ListDelegates(grpc::CallbackServerContext* ctx,
                                          const v1::ListDelegatesRequest* req,
                                          v1::ListDelegatesResponse* resp) override;

 private:
  ServerCore& core_;
};

}  // namespace dienhong
