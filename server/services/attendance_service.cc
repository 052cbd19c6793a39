#include "server/services/attendance_service.h"

#include "common/quorum.h"
#include "server/services/command_runner.h"

namespace dienhong {

grpc::ServerUnaryReactor* AttendanceServiceImpl::CheckIn(grpc::CallbackServerContext* ctx,
                                                         const v1::CheckInRequest* req,
                                                         v1::CommandReply* reply) {
  v1::Command command;
  command.mutable_check_in()->set_status(req->status());
  return RunSessionCommand(
      core_, ctx, DH_METHOD(AttendanceService, CheckIn), req->session_id(), req->request_id(),
      std::move(command), reply, [](const Principal& principal, v1::Command& c) {
        // A delegate checks in only themself: the delegate comes from the account, never
        // from the request.
        if (principal.account.delegate_id() == 0) {
          return Status::FailedPrecondition("Tài khoản này không gắn với đại biểu nào");
        }
        c.mutable_check_in()->set_delegate_id(principal.account.delegate_id());
        return Status::Ok();
      });
}

grpc::ServerUnaryReactor* AttendanceServiceImpl::RecordAttendance(
    grpc::CallbackServerContext* ctx, const v1::RecordAttendanceRequest* req,
    v1::CommandReply* reply) {
  v1::Command command;
  *command.mutable_record_attendance() = req->command();
  return RunSessionCommand(core_, ctx, DH_METHOD(AttendanceService, RecordAttendance),
                           req->session_id(), req->request_id(), std::move(command), reply);
}

grpc::ServerUnaryReactor* AttendanceServiceImpl::GetQuorum(grpc::CallbackServerContext* ctx,
                                                           const v1::GetQuorumRequest* req,
                                                           v1::QuorumStatus* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(AttendanceService, GetQuorum));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto state = core_.engine.State(req->session_id());
  if (!state.ok()) return Reply(ctx, state.status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, state->council_id()));
  const int64_t sitting = req->sitting_id() != 0 ? req->sitting_id() : state->current_sitting_id();
  if (sitting == 0) {
    return Reply(ctx,
                 Status::FailedPrecondition(
                     "Chưa có phiên họp nào đang diễn ra; chỉ rõ sitting_id để xem phiên khác"));
  }
  bool known = false;
  for (const auto& s : state->sittings()) known = known || s.id() == sitting;
  if (!known) {
    return Reply(ctx, Status::NotFound("sitting_id " + std::to_string(sitting) +
                                       ": không có phiên họp này trong kỳ họp"));
  }
  *resp = ComputeQuorum(*state, sitting);
  return Reply(ctx, Status::Ok());
}

}  // namespace dienhong
