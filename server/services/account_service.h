// AccountService: administrators create accounts, list them and reset PINs.
//
// Thread-safety: stateless; blocking work runs on the blocking pool.
#pragma once

#include "dienhong/v1/council.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class AccountServiceImpl final : public v1::AccountService::CallbackService {
 public:
  explicit AccountServiceImpl(ServerCore& core) : core_(core) {}

  grpc::ServerUnaryReactor* CreateAccount(grpc::CallbackServerContext* ctx,
                                          const v1::CreateAccountRequest* req,
                                          v1::Account* resp) override;
  grpc::ServerUnaryReactor* ListAccounts(grpc::CallbackServerContext* ctx,
                                         const v1::ListAccountsRequest* req,
                                         v1::ListAccountsResponse* resp) override;
  grpc::ServerUnaryReactor* ResetPin(grpc::CallbackServerContext* ctx,
                                     const v1::ResetPinRequest* req, v1::Account* resp) override;

 private:
  ServerCore& core_;
};

}  // namespace dienhong
