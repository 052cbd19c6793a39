// floor request/withdraw/present/list/grant/reorder/remove/close/open/end/interrupt/extend/
// pause/resume/rules/council-rules/stats (docs/floor.md).
#include <chrono>
#include <iostream>
#include <optional>

#include "common/clock.h"
#include "dienhong/v1/floor_service.grpc.pb.h"
#include "tools/dienhongctl/commands.h"
#include "tools/dienhongctl/format.h"
#include "tools/dienhongctl/format_floor.h"

namespace dienhong::ctl {
namespace {

std::optional<v1::FloorKind> ParseFloorKind(const std::string& k) {
  if (k == "contribution") return v1::FLOOR_KIND_CONTRIBUTION;
  if (k == "debate") return v1::FLOOR_KIND_DEBATE;
  if (k == "point-of-order") return v1::FLOOR_KIND_POINT_OF_ORDER;
  if (k == "answer") return v1::FLOOR_KIND_RESPONDENT_ANSWER;
  return std::nullopt;
}

// Runs a FloorService command answered by a CommandReply.
template <typename Request, typename Call>
int RunFloor(const Context& ctx, Request& req, Call call) {
  return RunCommand(ctx, req, [&call](Client& cl, grpc::ClientContext* c, const Request& q,
                                      v1::CommandReply* p) {
    auto stub = v1::FloorService::NewStub(cl.channel());
    return call(*stub, c, q, p);
  });
}

struct Args {
  int64_t session = 0, id = 0, item = 0, sitting = 0, delegate = 0, council = 0;
  int32_t position = 0, seconds = 0, order = 0;
  std::string kind = "contribution", topic, reason;
  bool next = false, self = false;
  v1::FloorRules rules;
};

CLI::App* Sub(CLI::App& parent, const char* name, const char* help, Args& a) {
  auto* cmd = parent.add_subcommand(name, help);
  cmd->add_option("session", a.session, "Số kỳ họp")->required();
  return cmd;
}

void AddRuleOptions(CLI::App* cmd, Args& a) {
  auto opt = [&](const char* flag, const char* help, auto setter) {
    cmd->add_option_function<int32_t>(flag, [&a, setter](int32_t v) { (a.rules.*setter)(v); },
                                      help);
  };
  opt("--first", "Lần phát biểu đầu (giây; mặc định 420)", &v1::FloorRules::set_first_speech_seconds);
  opt("--later", "Lần phát biểu sau (giây; mặc định 180)", &v1::FloorRules::set_later_speech_seconds);
  opt("--debate", "Tranh luận (giây; mặc định 180)", &v1::FloorRules::set_debate_seconds);
  opt("--point-of-order", "Kiến nghị thủ tục (giây; mặc định 120)",
      &v1::FloorRules::set_point_of_order_seconds);
  opt("--presentation", "Tham luận (giây; mặc định 600)", &v1::FloorRules::set_presentation_seconds);
  opt("--answer", "Trả lời (giây; mặc định 600)", &v1::FloorRules::set_respondent_answer_seconds);
  opt("--warning", "Báo trước khi hết giờ (giây; 0 = không)", &v1::FloorRules::set_warning_seconds);
  opt("--max-open", "Số người phát biểu cùng lúc (mặc định 1)", &v1::FloorRules::set_max_open_turns);
  opt("--max-per-kind", "Số đăng ký chờ mỗi người mỗi loại (mặc định 1)",
      &v1::FloorRules::set_max_waiting_per_kind);
}

int RunList(const Context& ctx, int64_t session) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::GetSessionRequest req;
  req.set_session_id(session);
  v1::SessionState state;
  grpc::Status st = client.sessions().GetSession(&call, req, &state);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(state.floor());
    return 0;
  }
  std::cout << FormatFloorList(state, SystemClock().NowMicros());
  return 0;
}

int RunStats(const Context& ctx, const Args& a) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::GetFloorStatisticsRequest req;
  req.set_session_id(a.session);
  req.set_item_id(a.item);
  req.set_sitting_id(a.sitting);
  v1::FloorStatistics stats;
  auto stub = v1::FloorService::NewStub(client.channel());
  grpc::Status st = stub->GetFloorStatistics(&call, req, &stats);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(stats);
  } else {
    std::cout << FormatFloorStatistics(stats) << "\n";
  }
  return 0;
}

int RunCouncilRules(const Context& ctx, const Args& a) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::SetCouncilFloorRulesRequest req;
  req.set_council_id(a.council);
  *req.mutable_rules() = a.rules;
  v1::Council council;
  auto stub = v1::FloorService::NewStub(client.channel());
  grpc::Status st = stub->SetCouncilFloorRules(&call, req, &council);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(council.floor_rules());
  } else {
    std::cout << "đã lưu nội quy phát biểu của hội đồng " << council.id() << "\n";
  }
  return 0;
}

}  // namespace

void AddFloorCommands(CLI::App& app, Context& ctx) {
  auto* floor = app.add_subcommand("floor", "Đăng ký phát biểu, trao lời, thời gian");
  floor->require_subcommand(1);
  auto a = std::make_shared<Args>();
  using S = v1::FloorService::Stub;
  using C = grpc::ClientContext;
  using R = v1::CommandReply;

  auto* request = Sub(*floor, "request", "Đăng ký phát biểu (đại biểu; người trả lời: --kind answer)", *a);
  request->add_option("--kind", a->kind, "contribution|debate|point-of-order|answer")
      ->capture_default_str();
  request->add_option("--reply-to", a->id, "Lượt phát biểu được tranh luận / trả lời");
  request->add_option("--topic", a->topic, "Nội dung (tùy chọn)");
  request->callback([&ctx, a] {
    ctx.action = [&ctx, a]() -> int {
      auto kind = ParseFloorKind(a->kind);
      if (!kind) {
        return ReportError("--kind: dùng contribution|debate|point-of-order|answer");
      }
      v1::RequestFloorRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_kind(*kind);
      r.mutable_command()->set_replies_to_turn_id(a->id);
      r.mutable_command()->set_topic(a->topic);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.RequestFloor(c, q, p); });
    };
  });

  auto* withdraw = Sub(*floor, "withdraw", "Rút đăng ký của mình", *a);
  withdraw->add_option("request", a->id, "Số yêu cầu")->required();
  withdraw->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::WithdrawRequestRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_request_id(a->id);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.WithdrawRequest(c, q, p); });
    };
  });

  auto* present = Sub(*floor, "present", "Đăng ký tham luận cho đại biểu (thư ký)", *a);
  present->add_option("--delegate", a->delegate, "Số đại biểu")->required();
  present->add_option("--order", a->order, "Thứ tự tham luận")->required();
  present->add_option("--item", a->item, "Mục chương trình (mặc định: mục hiện tại)");
  present->add_option("--topic", a->topic, "Tên tham luận");
  present->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::RegisterPresentationRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_delegate_id(a->delegate);
      r.mutable_command()->set_order(a->order);
      r.mutable_command()->set_item_id(a->item);
      r.mutable_command()->set_topic(a->topic);
      return RunFloor(ctx, r,
                      [](S& s, C* c, auto& q, R* p) { return s.RegisterPresentation(c, q, p); });
    };
  });

  auto* list = Sub(*floor, "list", "Người đang phát biểu và danh sách chờ", *a);
  list->callback([&ctx, a] { ctx.action = [&ctx, a] { return RunList(ctx, a->session); }; });

  auto* grant = Sub(*floor, "grant", "Trao lời: --next, một yêu cầu, hoặc --self (chủ tọa)", *a);
  grant->add_option("request", a->id, "Số yêu cầu");
  grant->add_flag("--next", a->next, "Người kế tiếp trong danh sách");
  grant->add_flag("--self", a->self, "Chủ tọa tự phát biểu");
  grant->callback([&ctx, a] {
    ctx.action = [&ctx, a]() -> int {
      if (static_cast<int>(a->next) + static_cast<int>(a->self) + (a->id != 0 ? 1 : 0) != 1) {
        return ReportError("chọn đúng một: --next, --self hoặc số yêu cầu");
      }
      v1::GrantFloorRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_request_id(a->id);
      r.mutable_command()->set_chair_self(a->self);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.GrantFloor(c, q, p); });
    };
  });

  auto* reorder = Sub(*floor, "reorder", "Chuyển một yêu cầu đến vị trí khác", *a);
  reorder->add_option("request", a->id, "Số yêu cầu")->required();
  reorder->add_option("position", a->position, "Vị trí mới (1 = đầu danh sách)")->required();
  reorder->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::ReorderRequestRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_request_id(a->id);
      r.mutable_command()->set_position(a->position);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.ReorderRequest(c, q, p); });
    };
  });

  auto* remove = Sub(*floor, "remove", "Gỡ một yêu cầu khỏi danh sách", *a);
  remove->add_option("request", a->id, "Số yêu cầu")->required();
  remove->add_option("--reason", a->reason, "Lý do")->required();
  remove->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::RemoveRequestRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_request_id(a->id);
      r.mutable_command()->set_reason(a->reason);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.RemoveRequest(c, q, p); });
    };
  });

  auto* close = Sub(*floor, "close", "Khóa danh sách đăng ký", *a);
  close->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::CloseListRequest r;
      r.set_session_id(a->session);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.CloseList(c, q, p); });
    };
  });
  auto* open = Sub(*floor, "open", "Mở lại danh sách đăng ký", *a);
  open->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::OpenListRequest r;
      r.set_session_id(a->session);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.OpenList(c, q, p); });
    };
  });

  auto* end = Sub(*floor, "end", "Kết thúc lượt phát biểu (mặc định: lượt duy nhất đang mở)", *a);
  end->add_option("turn", a->id, "Số lượt");
  end->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::EndTurnRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_turn_id(a->id);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.EndTurn(c, q, p); });
    };
  });
  auto* interrupt = Sub(*floor, "interrupt", "Ngắt lời (cần lý do)", *a);
  interrupt->add_option("turn", a->id, "Số lượt");
  interrupt->add_option("--reason", a->reason, "Lý do")->required();
  interrupt->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::InterruptTurnRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_turn_id(a->id);
      r.mutable_command()->set_reason(a->reason);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.InterruptTurn(c, q, p); });
    };
  });
  auto* extend = Sub(*floor, "extend", "Thêm thời gian cho lượt đang phát biểu", *a);
  extend->add_option("turn", a->id, "Số lượt (mặc định: lượt duy nhất đang mở)");
  extend->add_option("--seconds", a->seconds, "Số giây thêm")->required();
  extend->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::ExtendTurnRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_turn_id(a->id);
      r.mutable_command()->set_seconds(a->seconds);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.ExtendTurn(c, q, p); });
    };
  });
  auto* pause = Sub(*floor, "pause", "Tạm dừng đồng hồ của lượt", *a);
  pause->add_option("turn", a->id, "Số lượt");
  pause->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::PauseTurnRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_turn_id(a->id);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.PauseTurn(c, q, p); });
    };
  });
  auto* resume = Sub(*floor, "resume", "Tiếp tục đồng hồ của lượt", *a);
  resume->add_option("turn", a->id, "Số lượt");
  resume->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::ResumeTurnRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_turn_id(a->id);
      return RunFloor(ctx, r, [](S& s, C* c, auto& q, R* p) { return s.ResumeTurn(c, q, p); });
    };
  });

  auto* rules = Sub(*floor, "rules", "Đổi nội quy phát biểu của kỳ họp (0 = mặc định)", *a);
  AddRuleOptions(rules, *a);
  rules->add_option("--reason", a->reason, "Lý do");
  rules->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::SetSessionFloorRulesRequest r;
      r.set_session_id(a->session);
      *r.mutable_command()->mutable_rules() = a->rules;
      r.mutable_command()->set_reason(a->reason);
      return RunFloor(ctx, r,
                      [](S& s, C* c, auto& q, R* p) { return s.SetSessionFloorRules(c, q, p); });
    };
  });

  auto* council_rules =
      floor->add_subcommand("council-rules", "Đổi nội quy phát biểu của hội đồng (0 = mặc định)");
  council_rules->add_option("council", a->council, "Số hội đồng")->required();
  AddRuleOptions(council_rules, *a);
  council_rules->callback(
      [&ctx, a] { ctx.action = [&ctx, a] { return RunCouncilRules(ctx, *a); }; });

  auto* stats = Sub(*floor, "stats", "Thống kê phát biểu (chủ tọa, thư ký)", *a);
  stats->add_option("--item", a->item, "Chỉ một mục chương trình");
  stats->add_option("--sitting", a->sitting, "Chỉ một phiên họp");
  stats->callback([&ctx, a] { ctx.action = [&ctx, a] { return RunStats(ctx, *a); }; });
}

}  // namespace dienhong::ctl
