#include "server/services/auth_service.h"

#include <google/protobuf/util/time_util.h>
#include <spdlog/spdlog.h>

#include <memory>

#include "server/auth/login_throttle.h"
#include "server/grpc_status.h"
#include "server/log_text.h"
#include "server/services/caller.h"

namespace dienhong {
namespace {

using google::protobuf::util::TimeUtil;

// No account has a longer name (accounts.cc): a longer one is refused before anything
// else, and costs neither a PIN check nor more than a cut line in the log.
constexpr size_t kMaxAccountName = 64;

}  // namespace

grpc::ServerUnaryReactor* AuthServiceImpl::Login(grpc::CallbackServerContext* ctx,
                                                 const v1::LoginRequest* req,
                                                 v1::LoginResponse* resp) {
  const std::string peer = ctx->peer();
  // Never log the PIN; the account name (escaped and cut: it is the caller's text) and the
  // peer are what an operator needs.
  auto refuse = [&](const Status& status) {
    spdlog::warn("login refused account={} peer={} reason={}", LogText(req->account()),
                 LogText(peer), StatusCodeName(status.code()));
    return Reply(ctx, status);
  };
  if (req->account().empty()) return refuse(Status::InvalidArgument("account: nhập tên đăng nhập"));
  if (req->account().size() > kMaxAccountName) {
    return refuse(Status::InvalidArgument("account: tên đăng nhập tối đa 64 ký tự"));
  }
  if (req->pin().empty()) return refuse(Status::InvalidArgument("pin: nhập mã PIN"));
  if (Status s = auth::ValidatePin(req->pin()); !s.ok()) return refuse(s);

  // Quick: the throttle books the attempt (or refuses it) before any PIN check.
  auto begun = core_.accounts.BeginLogin(req->account(), auth::SourceOfPeer(peer));
  if (!begun.ok()) return refuse(begun.status());
  auto pending = std::make_shared<PendingLogin>(std::move(begun).value());
  auto* reactor = ctx->DefaultReactor();
  // The PIN check runs on its own bounded pool: a flood of logins waits there, not in
  // front of exports and registry writes, and is refused at once when the queue is full.
  const bool queued = core_.pins->TryPost([this, reactor, req, resp, peer, pending] {
    auto result = core_.accounts.FinishLogin(std::move(*pending), req->pin());
    if (!result.ok()) {
      spdlog::warn("login refused account={} peer={} reason={}", LogText(req->account()),
                   LogText(peer), StatusCodeName(result.status().code()));
      reactor->Finish(ToGrpc(result.status()));
      return;
    }
    spdlog::info("login account={} role={} peer={}", LogText(req->account()),
                 v1::Role_Name(result->account.role()), LogText(peer));
    resp->set_token(result->token);
    *resp->mutable_expires_at() = TimeUtil::MicrosecondsToTimestamp(result->expires_at_us);
    *resp->mutable_account() = result->account;
    reactor->Finish(grpc::Status::OK);
  });
  if (!queued) {
    *pending = PendingLogin();  // the booked attempt counts nothing
    const Status busy = Status::ResourceExhausted(
        "Máy chủ đang bận kiểm tra mã PIN của nhiều lần đăng nhập; thử lại sau ít giây.");
    spdlog::warn("login refused account={} peer={} reason={}", LogText(req->account()),
                 LogText(peer), StatusCodeName(busy.code()));
    reactor->Finish(ToGrpc(busy));
  }
  return reactor;
}

grpc::ServerUnaryReactor* AuthServiceImpl::Logout(grpc::CallbackServerContext* ctx,
                                                  const v1::LogoutRequest*, v1::LogoutResponse*) {
  auto principal = Admit(core_, ctx, DH_METHOD(AuthService, Logout));
  if (!principal.ok()) return Reply(ctx, principal.status());
  std::string token(BearerToken(ctx));
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
