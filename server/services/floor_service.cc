#include "server/services/floor_service.h"

#include "common/floor.h"
#include "server/grpc_status.h"
#include "server/services/command_runner.h"

namespace dienhong {
namespace {

// The speaker a caller is: the delegate of a delegate account; the account itself for
// anyone else (a respondent has no delegate id).
v1::Speaker SpeakerOf(const Principal& principal) {
  v1::Speaker speaker;
  if (principal.account.delegate_id() != 0) {
    speaker.set_delegate_id(principal.account.delegate_id());
  } else {
    speaker.set_account_id(principal.account.id());
    speaker.set_name(principal.account.display_name());
  }
  return speaker;
}

Status RequireSpeakerAccount(const Principal& principal) {
  if (principal.account.role() == v1::ROLE_DELEGATE && principal.account.delegate_id() == 0) {
    return Status::FailedPrecondition("Tài khoản này không gắn với đại biểu nào");
  }
  return Status::Ok();
}

}  // namespace

grpc::ServerUnaryReactor* FloorServiceImpl::RequestFloor(grpc::CallbackServerContext* ctx,
                                                         const v1::RequestFloorRequest* req,
                                                         v1::CommandReply* reply) {
  v1::Command command;
  *command.mutable_request_floor() = req->command();
  return RunSessionCommand(core_, ctx, DH_METHOD(FloorService, RequestFloor), req->session_id(),
                           req->request_id(), std::move(command), reply,
                           [](const Principal& principal, v1::Command& c) {
                             DH_RETURN_IF_ERROR(RequireSpeakerAccount(principal));
                             *c.mutable_request_floor()->mutable_speaker() = SpeakerOf(principal);
                             return Status::Ok();
                           });
}

grpc::ServerUnaryReactor* FloorServiceImpl::WithdrawRequest(grpc::CallbackServerContext* ctx,
                                                            const v1::WithdrawRequestRequest* req,
                                                            v1::CommandReply* reply) {
  v1::Command command;
  *command.mutable_withdraw_floor_request() = req->command();
  return RunSessionCommand(
      core_, ctx, DH_METHOD(FloorService, WithdrawRequest), req->session_id(), req->request_id(),
      std::move(command), reply, [](const Principal& principal, v1::Command& c) {
        DH_RETURN_IF_ERROR(RequireSpeakerAccount(principal));
        *c.mutable_withdraw_floor_request()->mutable_speaker() = SpeakerOf(principal);
        return Status::Ok();
      });
}

grpc::ServerUnaryReactor* FloorServiceImpl::GrantFloor(grpc::CallbackServerContext* ctx,
                                                       const v1::GrantFloorRequest* req,
                                                       v1::CommandReply* reply) {
  v1::Command command;
  *command.mutable_grant_floor() = req->command();
  return RunSessionCommand(core_, ctx, DH_METHOD(FloorService, GrantFloor), req->session_id(),
                           req->request_id(), std::move(command), reply,
                           [](const Principal& principal, v1::Command& c) {
                             v1::Speaker* chair = c.mutable_grant_floor()->mutable_chair();
                             chair->Clear();
                             if (c.grant_floor().chair_self()) {
                               chair->set_account_id(principal.account.id());
                               chair->set_name(principal.account.display_name());
                             }
                             return Status::Ok();
                           });
}

#define DH_FLOOR_COMMAND(Method, field)                                                        \
  grpc::ServerUnaryReactor* FloorServiceImpl::Method(                                          \
      grpc::CallbackServerContext* ctx, const v1::Method##Request* req, v1::CommandReply* reply) { \
    v1::Command command;                                                                       \
    *command.mutable_##field() = req->command();                                               \
    return RunSessionCommand(core_, ctx, DH_METHOD(FloorService, Method), req->session_id(),   \
                             req->request_id(), std::move(command), reply);                    \
  }

DH_FLOOR_COMMAND(RegisterPresentation, register_presentation)
DH_FLOOR_COMMAND(ReorderRequest, reorder_floor_request)
DH_FLOOR_COMMAND(RemoveRequest, remove_floor_request)
DH_FLOOR_COMMAND(EndTurn, end_turn)
DH_FLOOR_COMMAND(InterruptTurn, interrupt_turn)
DH_FLOOR_COMMAND(ExtendTurn, extend_turn)
DH_FLOOR_COMMAND(PauseTurn, pause_turn)
DH_FLOOR_COMMAND(ResumeTurn, resume_turn)
DH_FLOOR_COMMAND(SetSessionFloorRules, set_session_floor_rules)
#undef DH_FLOOR_COMMAND

grpc::ServerUnaryReactor* FloorServiceImpl::CloseList(grpc::CallbackServerContext* ctx,
                                                      const v1::CloseListRequest* req,
                                                      v1::CommandReply* reply) {
  v1::Command command;
  command.mutable_close_floor_list();
  return RunSessionCommand(core_, ctx, DH_METHOD(FloorService, CloseList), req->session_id(),
                           req->request_id(), std::move(command), reply);
}

grpc::ServerUnaryReactor* FloorServiceImpl::OpenList(grpc::CallbackServerContext* ctx,
                                                     const v1::OpenListRequest* req,
                                                     v1::CommandReply* reply) {
  v1::Command command;
  command.mutable_open_floor_list();
  return RunSessionCommand(core_, ctx, DH_METHOD(FloorService, OpenList), req->session_id(),
                           req->request_id(), std::move(command), reply);
}

grpc::ServerUnaryReactor* FloorServiceImpl::SetCouncilFloorRules(
    grpc::CallbackServerContext* ctx, const v1::SetCouncilFloorRulesRequest* req,
    v1::Council* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(FloorService, SetCouncilFloorRules));
  if (!principal.ok()) return Reply(ctx, principal.status());
  DH_REPLY_IF_ERROR(ctx, core_.registry.Council(req->council_id()).status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, req->council_id()));
  auto* reactor = ctx->DefaultReactor();
  core_.blocking.Post([this, reactor, req, resp, actor = principal->ToActor()] {
    auto updated = core_.registry.SetFloorRules(req->council_id(), req->rules(), actor);
    if (updated.ok()) *resp = *updated;
    reactor->Finish(ToGrpc(updated.status()));
  });
  return reactor;
}

grpc::ServerUnaryReactor* FloorServiceImpl::GetFloorStatistics(
    grpc::CallbackServerContext* ctx, const v1::GetFloorStatisticsRequest* req,
    v1::FloorStatistics* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(FloorService, GetFloorStatistics));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto state = core_.engine.State(req->session_id());
  if (!state.ok()) return Reply(ctx, state.status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, state->council_id()));
  if (req->item_id() < 0 || req->sitting_id() < 0) {
    return Reply(ctx, Status::InvalidArgument("item_id, sitting_id: không được âm"));
  }
  *resp = ComputeFloorStatistics(*state, req->item_id(), req->sitting_id(),
                                 core_.clock.NowMicros());
  return Reply(ctx, Status::Ok());
}

}  // namespace dienhong
