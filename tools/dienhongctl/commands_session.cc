// session create/list/show/convene/close, sitting open/suspend/resume/close, item
// set/complete.
#include <iostream>

#include "tools/dienhongctl/agenda_file.h"
#include "tools/dienhongctl/commands.h"
#include "tools/dienhongctl/format.h"

namespace dienhong::ctl {

int PrintCommandReply(const v1::CommandReply& reply) {
  if (reply.replayed()) {
    std::cout << "(yêu cầu này đã được thực hiện trước đó; không ghi thêm gì)\n";
  }
  // No SessionState here: the lines name sittings and items by number only.
  const v1::SessionState none;
  for (const auto& e : reply.events()) std::cout << FormatEventLine(e, none) << "\n";
  return 0;
}

namespace {

int RunSessionCreate(const Context& ctx, int64_t council, const std::string& path) {
  auto format = SessionFileFormatFromPath(path);
  if (!format.ok()) return ReportError(format.status().message());
  std::string text;
  if (std::string err = ReadWholeFile(path, text); !err.empty()) return ReportError(err);
  auto parsed = ParseSessionFile(text, *format);
  if (!parsed.ok()) return ReportError(path + ": " + parsed.status().message());
  v1::CreateSessionRequest req = std::move(parsed).value();
  req.set_council_id(council);
  req.set_request_id(NewRequestId());

  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::CommandReply reply;
  grpc::Status st = client.sessions().CreateSession(&call, req, &reply);
  if (!st.ok()) return ReportRpcError(st);
  std::cout << "đã tạo kỳ họp số " << reply.session_id() << "\n";
  return PrintCommandReply(reply);
}

int RunSessionList(const Context& ctx, int64_t council) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::ListSessionsRequest req;
  req.set_council_id(council);
  v1::ListSessionsResponse resp;
  grpc::Status st = client.sessions().ListSessions(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
    return 0;
  }
  for (const auto& s : resp.sessions()) std::cout << FormatSessionSummaryLine(s) << "\n";
  if (resp.sessions().empty()) std::cout << "(chưa có kỳ họp nào)\n";
  return 0;
}

int RunSessionShow(const Context& ctx, int64_t session) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::GetSessionRequest req;
  req.set_session_id(session);
  v1::SessionState resp;
  grpc::Status st = client.sessions().GetSession(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
  } else {
    std::cout << FormatSessionState(resp) << "\n";
  }
  return 0;
}

struct Target {
  int64_t session = 0;
  int64_t other = 0;  // sitting or item
  std::string reason;
};

void AddSittingCommand(CLI::App& parent, Context& ctx, const char* name, const char* help) {
  auto t = std::make_shared<Target>();
  auto* cmd = parent.add_subcommand(name, help);
  cmd->add_option("session", t->session, "Số kỳ họp")->required();
  cmd->add_option("sitting", t->other, "Số phiên họp")->required();
  const std::string verb = name;
  if (verb == "suspend") cmd->add_option("--reason", t->reason, "Lý do tạm dừng");
  cmd->callback([&ctx, t, verb] {
    ctx.action = [&ctx, t, verb]() -> int {
      if (verb == "open") {
        v1::OpenSittingRequest r;
        r.set_session_id(t->session);
        r.mutable_command()->set_sitting_id(t->other);
        return RunCommand(ctx, r, [](Client& cl, auto* c, auto& q, auto* p) {
          return cl.sessions().OpenSitting(c, q, p);
        });
      }
      if (verb == "suspend") {
        v1::SuspendSittingRequest r;
        r.set_session_id(t->session);
        r.mutable_command()->set_sitting_id(t->other);
        r.mutable_command()->set_reason(t->reason);
        return RunCommand(ctx, r, [](Client& cl, auto* c, auto& q, auto* p) {
          return cl.sessions().SuspendSitting(c, q, p);
        });
      }
      if (verb == "resume") {
        v1::ResumeSittingRequest r;
        r.set_session_id(t->session);
        r.mutable_command()->set_sitting_id(t->other);
        return RunCommand(ctx, r, [](Client& cl, auto* c, auto& q, auto* p) {
          return cl.sessions().ResumeSitting(c, q, p);
        });
      }
      v1::CloseSittingRequest r;
      r.set_session_id(t->session);
      r.mutable_command()->set_sitting_id(t->other);
      return RunCommand(ctx, r, [](Client& cl, auto* c, auto& q, auto* p) {
        return cl.sessions().CloseSitting(c, q, p);
      });
    };
  });
}

void AddItemCommand(CLI::App& parent, Context& ctx, const char* name, const char* help) {
  auto t = std::make_shared<Target>();
  auto* cmd = parent.add_subcommand(name, help);
  cmd->add_option("session", t->session, "Số kỳ họp")->required();
  cmd->add_option("item", t->other, "Số mục chương trình")->required();
  const bool set = std::string(name) == "set";
  cmd->callback([&ctx, t, set] {
    ctx.action = [&ctx, t, set]() -> int {
      if (set) {
        v1::SetCurrentItemRequest r;
        r.set_session_id(t->session);
        r.mutable_command()->set_item_id(t->other);
        return RunCommand(ctx, r, [](Client& cl, auto* c, auto& q, auto* p) {
          return cl.sessions().SetCurrentItem(c, q, p);
        });
      }
      v1::CompleteItemRequest r;
      r.set_session_id(t->session);
      r.mutable_command()->set_item_id(t->other);
      return RunCommand(ctx, r, [](Client& cl, auto* c, auto& q, auto* p) {
        return cl.sessions().CompleteItem(c, q, p);
      });
    };
  });
}

}  // namespace

void AddSessionCommands(CLI::App& app, Context& ctx) {
  auto* session = app.add_subcommand("session", "Kỳ họp, phiên giải trình, hội nghị");
  session->require_subcommand(1);
  {
    auto council = std::make_shared<int64_t>(0);
    auto file = std::make_shared<std::string>();
    auto* cmd = session->add_subcommand(
        "create", "Tạo kỳ họp từ tệp .yaml/.yml/.json (tiêu đề, loại, phiên họp, chương trình)");
    cmd->add_option("--council", *council, "Số hội đồng")->required();
    cmd->add_option("file", *file, "Tệp mô tả kỳ họp")->required()->check(CLI::ExistingFile);
    cmd->callback([&ctx, council, file] {
      ctx.action = [&ctx, council, file] { return RunSessionCreate(ctx, *council, *file); };
    });
  }
  {
    auto council = std::make_shared<int64_t>(0);
    auto* cmd = session->add_subcommand("list", "Danh sách kỳ họp");
    cmd->add_option("--council", *council, "Chỉ một hội đồng (mặc định: mọi hội đồng của bạn)");
    cmd->callback([&ctx, council] {
      ctx.action = [&ctx, council] { return RunSessionList(ctx, *council); };
    });
  }
  {
    auto id = std::make_shared<int64_t>(0);
    auto* cmd = session->add_subcommand("show", "Trạng thái một kỳ họp");
    cmd->add_option("session", *id, "Số kỳ họp")->required();
    cmd->callback([&ctx, id] { ctx.action = [&ctx, id] { return RunSessionShow(ctx, *id); }; });
  }
  {
    auto id = std::make_shared<int64_t>(0);
    auto* cmd = session->add_subcommand("convene", "Triệu tập kỳ họp (chốt danh sách, túc số)");
    cmd->add_option("session", *id, "Số kỳ họp")->required();
    cmd->callback([&ctx, id] {
      ctx.action = [&ctx, id] {
        v1::ConveneSessionRequest r;
        r.set_session_id(*id);
        return RunCommand(ctx, r, [](Client& cl, auto* c, auto& q, auto* p) {
          return cl.sessions().ConveneSession(c, q, p);
        });
      };
    });
  }
  {
    auto id = std::make_shared<int64_t>(0);
    auto* cmd = session->add_subcommand("close", "Bế mạc kỳ họp");
    cmd->add_option("session", *id, "Số kỳ họp")->required();
    cmd->callback([&ctx, id] {
      ctx.action = [&ctx, id] {
        v1::CloseSessionRequest r;
        r.set_session_id(*id);
        return RunCommand(ctx, r, [](Client& cl, auto* c, auto& q, auto* p) {
          return cl.sessions().CloseSession(c, q, p);
        });
      };
    });
  }

  auto* sitting = app.add_subcommand("sitting", "Phiên họp (chủ tọa)");
  sitting->require_subcommand(1);
  AddSittingCommand(*sitting, ctx, "open", "Mở phiên họp");
  AddSittingCommand(*sitting, ctx, "suspend", "Tạm dừng phiên họp");
  AddSittingCommand(*sitting, ctx, "resume", "Tiếp tục phiên họp");
  AddSittingCommand(*sitting, ctx, "close", "Kết thúc phiên họp");

  auto* item = app.add_subcommand("item", "Mục chương trình (chủ tọa)");
  item->require_subcommand(1);
  AddItemCommand(*item, ctx, "set", "Chuyển sang mục này");
  AddItemCommand(*item, ctx, "complete", "Kết thúc mục này");
}

}  // namespace dienhong::ctl
