// AuthService: login, logout, who am I. Login runs Argon2 on the blocking pool.
//
// Thread-safety: gRPC calls methods concurrently; the service holds no state of its own.
#pragma once

#include "dienhong/v1/council.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class AuthServiceImpl final : public v1::AuthService::CallbackService {
 public:
  explicit AuthServiceImpl(ServerCore& core) : core_(core) {}

  grpc::ServerUnaryReactor* Login(grpc::CallbackServerContext* ctx, const v1::LoginRequest* req,
                                  v1::LoginResponse* resp) override;
  grpc::ServerUnaryReactor* Logout(grpc::CallbackServerContext* ctx, const v1::LogoutRequest* req,
                                   v1::LogoutResponse* resp) override;
  grpc::ServerUnaryReactor* WhoAmI(grpc::CallbackServerContext* ctx, const v1::WhoAmIRequest* req,
                                   v1::WhoAmIResponse* resp) override;

 private:
  ServerCore& core_;
};

}  // namespace dienhong
