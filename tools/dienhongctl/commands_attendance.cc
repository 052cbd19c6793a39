// checkin, attendance mark and quorum.
#include <iostream>

#include "tools/dienhongctl/commands.h"
#include "tools/dienhongctl/format.h"
#include "tools/dienhongctl/names.h"

namespace dienhong::ctl {
namespace {

struct MarkArgs {
  int64_t session = 0, delegate = 0, sitting = 0;
  std::string status, reason;
};

int RunMark(const Context& ctx, const MarkArgs& args) {
  auto status = ParseAttendanceStatus(args.status);
  if (!status) {
    return ReportError("--status: không có trạng thái \"" + args.status + "\"; dùng " +
                       AttendanceStatusWords());
  }
  // The server enforces this too; saying it here avoids a round trip for the usual slip.
  if (*status == v1::ATTENDANCE_STATUS_EXCUSED && args.reason.empty()) {
    return ReportError("--reason: vắng có lý do thì phải ghi lý do");
  }
  v1::RecordAttendanceRequest r;
  r.set_session_id(args.session);
  auto& cmd = *r.mutable_command();
  cmd.set_sitting_id(args.sitting);
  cmd.set_delegate_id(args.delegate);
  cmd.set_status(*status);
  cmd.set_reason(args.reason);
  return RunCommand(ctx, r, [](Client& cl, auto* c, auto& q, auto* p) {
    return cl.attendance().RecordAttendance(c, q, p);
  });
}

int RunQuorum(const Context& ctx, int64_t session, int64_t sitting) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::GetQuorumRequest req;
  req.set_session_id(session);
  req.set_sitting_id(sitting);
  v1::QuorumStatus resp;
  grpc::Status st = client.attendance().GetQuorum(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
  } else {
    std::cout << FormatQuorum(resp) << "\n";
  }
  return 0;
}

}  // namespace

void AddAttendanceCommands(CLI::App& app, Context& ctx) {
  {
    auto session = std::make_shared<int64_t>(0);
    auto online = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand("checkin", "Đại biểu tự điểm danh vào phiên họp đang mở");
    cmd->add_option("session", *session, "Số kỳ họp")->required();
    cmd->add_flag("--online", *online, "Tham dự trực tuyến (mặc định: có mặt tại hội trường)");
    cmd->callback([&ctx, session, online] {
      ctx.action = [&ctx, session, online] {
        v1::CheckInRequest r;
        r.set_session_id(*session);
        r.set_status(*online ? v1::ATTENDANCE_STATUS_ONLINE : v1::ATTENDANCE_STATUS_PRESENT);
        return RunCommand(ctx, r, [](Client& cl, auto* c, auto& q, auto* p) {
          return cl.attendance().CheckIn(c, q, p);
        });
      };
    });
  }
  {
    auto* attendance = app.add_subcommand("attendance", "Điểm danh (thư ký)");
    attendance->require_subcommand(1);
    auto args = std::make_shared<MarkArgs>();
    auto* cmd = attendance->add_subcommand("mark", "Ghi hoặc sửa điểm danh một đại biểu");
    cmd->add_option("session", args->session, "Số kỳ họp")->required();
    cmd->add_option("--delegate", args->delegate, "Số đại biểu")->required();
    cmd->add_option("--status", args->status, AttendanceStatusWords())->required();
    cmd->add_option("--reason", args->reason, "Lý do (bắt buộc khi vắng có lý do)");
    cmd->add_option("--sitting", args->sitting, "Số phiên họp (mặc định: phiên hiện tại)");
    cmd->callback([&ctx, args] { ctx.action = [&ctx, args] { return RunMark(ctx, *args); }; });
  }
  {
    auto session = std::make_shared<int64_t>(0);
    auto sitting = std::make_shared<int64_t>(0);
    auto* cmd = app.add_subcommand("quorum", "Túc số của một phiên họp");
    cmd->add_option("session", *session, "Số kỳ họp")->required();
    cmd->add_option("--sitting", *sitting, "Số phiên họp (mặc định: phiên hiện tại)");
    cmd->callback([&ctx, session, sitting] {
      ctx.action = [&ctx, session, sitting] { return RunQuorum(ctx, *session, *sitting); };
    });
  }
}

}  // namespace dienhong::ctl
