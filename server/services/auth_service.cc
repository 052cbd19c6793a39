#include "server/services/auth_service.h"

#include <google/protobuf/util/time_util.h>
#include <spdlog/spdlog.h>

#include "server/auth/token.h"
#include "server/grpc_status.h"
#include "server/services/caller.h"

namespace dienhong {

using google::protobuf::util::TimeUtil;

grpc::ServerUnaryReactor* AuthServiceImpl::Login(grpc::CallbackServerContext* ctx,
                                                 const v1::LoginRequest* req,
                                                 v1::LoginResponse* resp) {
  if (req->account().empty()) {
    return Reply(ctx, Status::InvalidArgument("account: nhập tên đăng nhập"));
  }
  if (req->pin().empty()) return Reply(ctx, Status::InvalidArgument("pin: nhập mã PIN"));
  auto* reactor = ctx->DefaultReactor();
  core_.blocking.Post([this, reactor, req, resp, peer = ctx->peer()] {
    auto result = core_.accounts.Login(req->account(), req->pin());
    if (!result.ok()) {
      // Never log the PIN; the account name and peer are what an operator needs.
      spdlog::warn("login refused account={} peer={} reason={}", req->account(), peer,
                   StatusCodeName(result.status().code()));
      reactor->Finish(ToGrpc(result.status()));
      return;
    }
    spdlog::info("login account={} role={} peer={}", req->account(),
                 v1::Role_Name(result->account.role()), peer);
    resp->set_token(result->token);
    *resp->mutable_expires_at() = TimeUtil::MicrosecondsToTimestamp(result->expires_at_us);
    *resp->mutable_account() = result->account;
    reactor->Finish(grpc::Status::OK);
  });
  return reactor;
}

grpc::ServerUnaryReactor* AuthServiceImpl::Logout(grpc::CallbackServerContext* ctx,
                                                  const v1::LogoutRequest*, v1::LogoutResponse*) {
  auto principal = Admit(core_, ctx, DH_METHOD(AuthService, Logout));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto it = ctx->client_metadata().find("authorization");
  std::string token(auth::ParseBearer(std::string_view(it->second.data(), it->second.size())));
  auto* reactor = ctx->DefaultReactor();
  core_.blocking.Post(
      [this, reactor, token] { reactor->Finish(ToGrpc(core_.accounts.Logout(token))); });
  return reactor;
}

grpc::ServerUnaryReactor* AuthServiceImpl::WhoAmI(grpc::CallbackServerContext* ctx,
                                                  const v1::WhoAmIRequest*,
                                                  v1::WhoAmIResponse* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(AuthService, WhoAmI));
  if (!principal.ok()) return Reply(ctx, principal.status());
  *resp->mutable_account() = principal->account;
  *resp->mutable_expires_at() = TimeUtil::MicrosecondsToTimestamp(principal->expires_at_us);
  return Reply(ctx, Status::Ok());
}

}  // namespace dienhong
