#include "server/services/account_service.h"

#include "server/grpc_status.h"
#include "server/services/caller.h"

namespace dienhong {
namespace {

// Hashing a PIN (Argon2) runs on the PIN pool; when its queue is full the call is refused
// at once instead of waiting behind a flood of logins.
const Status& PinPoolBusy() {
  static const Status kBusy = Status::ResourceExhausted(
      "Máy chủ đang bận kiểm tra mã PIN của nhiều lần đăng nhập; thử lại sau ít giây.");
  return kBusy;
}

}  // namespace

grpc::ServerUnaryReactor* AccountServiceImpl::CreateAccount(grpc::CallbackServerContext* ctx,
                                                            const v1::CreateAccountRequest* req,
                                                            v1::Account* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(AccountService, CreateAccount));
  if (!principal.ok()) return Reply(ctx, principal.status());
  // A council administrator creates accounts of their own council only; only a global
  // administrator creates other global administrators.
  if (req->account().council_id() == 0 && principal->account.council_id() != 0) {
    return Reply(ctx, Status::PermissionDenied(
                          "Chỉ quản trị viên chung mới tạo được tài khoản không gắn hội đồng"));
  }
  if (req->account().council_id() != 0) {
    Status scope = RequireCouncil(*principal, req->account().council_id());
    if (!scope.ok()) return Reply(ctx, scope);
  }
  auto* reactor = ctx->DefaultReactor();
  if (!core_.pins->TryPost([this, reactor, req, resp, actor = principal->ToActor()] {
        auto created = core_.accounts.CreateAccount(req->account(), req->pin(), actor);
        if (created.ok()) *resp = *created;
        reactor->Finish(ToGrpc(created.status()));
      })) {
    reactor->Finish(ToGrpc(PinPoolBusy()));
  }
  return reactor;
}

grpc::ServerUnaryReactor* AccountServiceImpl::ListAccounts(grpc::CallbackServerContext* ctx,
                                                           const v1::ListAccountsRequest* req,
                                                           v1::ListAccountsResponse* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(AccountService, ListAccounts));
  if (!principal.ok()) return Reply(ctx, principal.status());
  int64_t council = req->council_id();
  if (council == 0) council = principal->account.council_id();
  if (council != 0) {
    Status scope = RequireCouncil(*principal, council);
    if (!scope.ok()) return Reply(ctx, scope);
  }
  for (auto& a : core_.accounts.Accounts(council)) *resp->add_accounts() = std::move(a);
  return Reply(ctx, Status::Ok());
}

grpc::ServerUnaryReactor* AccountServiceImpl::ResetPin(grpc::CallbackServerContext* ctx,
                                                       const v1::ResetPinRequest* req,
                                                       v1::Account* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(AccountService, ResetPin));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto target = core_.accounts.Account(req->account_id());
  if (!target.ok()) return Reply(ctx, target.status());
  if (target->council_id() == 0 && principal->account.council_id() != 0) {
    return Reply(ctx, Status::PermissionDenied("Chỉ quản trị viên chung mới đặt lại được PIN này"));
  }
  Status scope = RequireCouncil(*principal, target->council_id());
  if (target->council_id() != 0 && !scope.ok()) return Reply(ctx, scope);
  auto* reactor = ctx->DefaultReactor();
  if (!core_.pins->TryPost([this, reactor, req, resp, actor = principal->ToActor()] {
        auto updated = core_.accounts.ResetPin(req->account_id(), req->pin(), actor);
        if (updated.ok()) *resp = *updated;
        reactor->Finish(ToGrpc(updated.status()));
      })) {
    reactor->Finish(ToGrpc(PinPoolBusy()));
  }
  return reactor;
}

}  // namespace dienhong
