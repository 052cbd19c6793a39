#include "server/services/council_service.h"

#include "server/grpc_status.h"
#include "server/services/caller.h"

namespace dienhong {

grpc::ServerUnaryReactor* CouncilServiceImpl::CreateCouncil(grpc::CallbackServerContext* ctx,
                                                            const v1::CreateCouncilRequest* req,
                                                            v1::Council* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(CouncilService, CreateCouncil));
  if (!principal.ok()) return Reply(ctx, principal.status());
  if (principal->account.council_id() != 0) {
    return Reply(ctx, Status::PermissionDenied("Chỉ quản trị viên chung mới tạo được hội đồng"));
  }
  auto* reactor = ctx->DefaultReactor();
  core_.blocking.Post([this, reactor, req, resp, actor = principal->ToActor()] {
    auto created = core_.registry.CreateCouncil(req->council(), actor);
    if (created.ok()) *resp = *created;
    reactor->Finish(ToGrpc(created.status()));
  });
  return reactor;
}

grpc::ServerUnaryReactor* CouncilServiceImpl::GetCouncil(grpc::CallbackServerContext* ctx,
                                                         const v1::GetCouncilRequest* req,
                                                         v1::Council* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(CouncilService, GetCouncil));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto council = core_.registry.Council(req->council_id());
  if (!council.ok()) return Reply(ctx, council.status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, council->id()));
  *resp = *council;
  return Reply(ctx, Status::Ok());
}

grpc::ServerUnaryReactor* CouncilServiceImpl::ListCouncils(grpc::CallbackServerContext* ctx,
                                                           const v1::ListCouncilsRequest*,
                                                           v1::ListCouncilsResponse* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(CouncilService, ListCouncils));
  if (!principal.ok()) return Reply(ctx, principal.status());
  for (auto& c : core_.registry.Councils()) {
    if (principal->CanActIn(c.id())) *resp->add_councils() = std::move(c);
  }
  return Reply(ctx, Status::Ok());
}

grpc::ServerUnaryReactor* CouncilServiceImpl::SetQuorumRule(grpc::CallbackServerContext* ctx,
                                                            const v1::SetQuorumRuleRequest* req,
                                                            v1::Council* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(CouncilService, SetQuorumRule));
  if (!principal.ok()) return Reply(ctx, principal.status());
  DH_REPLY_IF_ERROR(ctx, core_.registry.Council(req->council_id()).status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, req->council_id()));
  auto* reactor = ctx->DefaultReactor();
  core_.blocking.Post([this, reactor, req, resp, actor = principal->ToActor()] {
    auto updated = core_.registry.SetQuorumRule(req->council_id(), req->quorum(), actor);
    if (updated.ok()) *resp = *updated;
    reactor->Finish(ToGrpc(updated.status()));
  });
  return reactor;
}

grpc::ServerUnaryReactor* CouncilServiceImpl::AddDelegate(grpc::CallbackServerContext* ctx,
                                                          const v1::AddDelegateRequest* req,
                                                          v1::Delegate* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(CouncilService, AddDelegate));
  if (!principal.ok()) return Reply(ctx, principal.status());
  DH_REPLY_IF_ERROR(ctx, core_.registry.Council(req->delegate().council_id()).status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, req->delegate().council_id()));
  auto* reactor = ctx->DefaultReactor();
  core_.blocking.Post([this, reactor, req, resp, actor = principal->ToActor()] {
    auto added = core_.registry.AddDelegate(req->delegate(), actor);
    if (added.ok()) *resp = *added;
    reactor->Finish(ToGrpc(added.status()));
  });
  return reactor;
}

grpc::ServerUnaryReactor* CouncilServiceImpl::ImportDelegates(grpc::CallbackServerContext* ctx,
                                                              const v1::ImportDelegatesRequest* req,
                                                              v1::ImportDelegatesResponse* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(CouncilService, ImportDelegates));
  if (!principal.ok()) return Reply(ctx, principal.status());
  DH_REPLY_IF_ERROR(ctx, core_.registry.Council(req->council_id()).status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, req->council_id()));
  auto* reactor = ctx->DefaultReactor();
  core_.blocking.Post([this, reactor, req, resp, actor = principal->ToActor()] {
    std::vector<v1::RowError> errors;
    auto imported = core_.registry.ImportDelegates(
        req->council_id(), {req->delegates().begin(), req->delegates().end()}, actor, &errors);
    if (!errors.empty()) {
      // Row errors are the answer, not a failure of the call: the client shows each row.
      for (auto& e : errors) *resp->add_errors() = std::move(e);
      reactor->Finish(grpc::Status::OK);
      return;
    }
    if (imported.ok()) {
      for (auto& d : *imported) *resp->add_delegates() = std::move(d);
    }
    reactor->Finish(ToGrpc(imported.status()));
  });
  return reactor;
}

grpc::ServerUnaryReactor* CouncilServiceImpl::ListDelegates(grpc::CallbackServerContext* ctx,
                                                            const v1::ListDelegatesRequest* req,
                                                            v1::ListDelegatesResponse* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(CouncilService, ListDelegates));
  if (!principal.ok()) return Reply(ctx, principal.status());
  DH_REPLY_IF_ERROR(ctx, core_.registry.Council(req->council_id()).status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, req->council_id()));
  for (auto& d : core_.registry.Delegates(req->council_id())) *resp->add_delegates() = std::move(d);
  return Reply(ctx, Status::Ok());
}

}  // namespace dienhong
