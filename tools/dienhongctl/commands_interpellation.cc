// question invite/submit/group/order/start/call/answer/satisfaction/list/carried/write,
// hearing set, conclusion add/list, commitment list/done/extend (docs/interpellation.md):
// enough to run a whole Q&A sitting or hearing, and its follow-up, from a script.
#include <iostream>
#include <optional>

#include "dienhong/v1/interpellation_service.grpc.pb.h"
#include "tools/dienhongctl/commands.h"
#include "tools/dienhongctl/format_interpellation.h"

namespace dienhong::ctl {
namespace {

using S = v1::InterpellationService::Stub;
using C = grpc::ClientContext;
using R = v1::CommandReply;

// Runs an InterpellationService command answered by a CommandReply.
template <typename Request, typename Call>
int RunIp(const Context& ctx, Request& req, Call call) {
  return RunCommand(
      ctx, req, [&call](Client& cl, grpc::ClientContext* c, const Request& q, v1::CommandReply* p) {
        auto stub = v1::InterpellationService::NewStub(cl.channel());
        return call(*stub, c, q, p);
      });
}

// Runs a read (or follow-up) call and prints its answer as JSON or with `print`.
template <typename Response, typename Call, typename Print>
int RunRead(const Context& ctx, Call call, Print print) {
  Client client(ctx);
  grpc::ClientContext c;
  client.Prepare(c);
  auto stub = v1::InterpellationService::NewStub(client.channel());
  Response resp;
  grpc::Status st = call(*stub, &c, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
  } else {
    print(client, resp);
  }
  return 0;
}

std::optional<v1::CommitmentStatus> ParseStatus(const std::string& s) {
  if (s.empty()) return v1::COMMITMENT_STATUS_UNSPECIFIED;
  if (s == "open") return v1::COMMITMENT_STATUS_OPEN;
  if (s == "done") return v1::COMMITMENT_STATUS_DONE;
  if (s == "overdue") return v1::COMMITMENT_STATUS_OVERDUE;
  if (s == "extended") return v1::COMMITMENT_STATUS_EXTENDED;
  return std::nullopt;
}

// "what|agency|YYYY-MM-DD".
std::optional<v1::Commitment> ParseCommitment(const std::string& s) {
  const auto a = s.find('|');
  const auto b = a == std::string::npos ? a : s.find('|', a + 1);
  if (b == std::string::npos) return std::nullopt;
  v1::Commitment k;
  k.set_what(s.substr(0, a));
  k.set_agency(s.substr(a + 1, b - a - 1));
  k.set_due_date(s.substr(b + 1));
  return k;
}

struct Args {
  int64_t session = 0, id = 0, group = 0, account = 0, council = 0, chair = 0;
  std::vector<int64_t> ids;
  std::vector<std::string> agencies, documents, commitments;
  std::string text, topic, title, position, agency, issue, evidence, document, due, reason, status;
  bool follow_up = false, satisfied = false, unsatisfied = false, pending = false;
};

CLI::App* Sub(CLI::App& parent, const char* name, const char* help, Args& a) {
  auto* cmd = parent.add_subcommand(name, help);
  cmd->add_option("session", a.session, "Số kỳ họp")->required();
  return cmd;
}

v1::SessionState SessionFor(Client& client, int64_t session) {
  grpc::ClientContext c;
  client.Prepare(c);
  v1::GetSessionRequest req;
  req.set_session_id(session);
  v1::SessionState state;
  (void)client.sessions().GetSession(&c, req, &state);  // names only: best effort
  return state;
}

void AddQuestionCommands(CLI::App& app, Context& ctx, const std::shared_ptr<Args>& a) {
  auto* q = app.add_subcommand("question", "Chất vấn: mời, phiếu chất vấn, nhóm vấn đề, điều hành");
  q->require_subcommand(1);

  auto* invite = Sub(*q, "invite", "Mời người trả lời (thư ký, chủ tọa)", *a);
  invite->add_option("--account", a->account, "Tài khoản người trả lời")->required();
  invite->add_option("--position", a->position, "Chức vụ, ví dụ «Giám đốc Sở Xây dựng»")
      ->required();
  invite->add_option("--agency", a->agency, "Cơ quan, ví dụ «Sở Xây dựng»")->required();
  invite->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::InviteRespondentRequest r;
      r.set_session_id(a->session);
      auto* p = r.mutable_command()->mutable_respondent();
      p->set_account_id(a->account);
      p->set_position(a->position);
      p->set_agency(a->agency);
      return RunIp(ctx, r, [](S& s, C* c, auto& x, R* p) { return s.InviteRespondent(c, x, p); });
    };
  });

  auto* submit = Sub(*q, "submit", "Gửi phiếu chất vấn của mình (đại biểu)", *a);
  submit->add_option("--to", a->account, "Tài khoản người trả lời")->required();
  submit->add_option("--text", a->text, "Nội dung câu hỏi")->required();
  submit->add_option("--topic", a->topic, "Chủ đề (tùy chọn)");
  submit->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::SubmitQuestionRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_respondent_account_id(a->account);
      r.mutable_command()->set_text(a->text);
      r.mutable_command()->set_topic(a->topic);
      return RunIp(ctx, r, [](S& s, C* c, auto& x, R* p) { return s.SubmitQuestion(c, x, p); });
    };
  });

  auto* group =
      Sub(*q, "group", "Lập (hoặc sửa, --id) nhóm vấn đề với các câu hỏi theo thứ tự", *a);
  group->add_option("--id", a->group, "Nhóm cần sửa (bỏ trống: nhóm mới)");
  group->add_option("--title", a->title, "Tên nhóm vấn đề")->required();
  group->add_option("questions", a->ids, "Số các câu hỏi, theo thứ tự")->required();
  group->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::DefineQuestionGroupRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_group_id(a->group);
      r.mutable_command()->set_title(a->title);
      for (int64_t id : a->ids) r.mutable_command()->add_question_ids(id);
      return RunIp(ctx, r,
                   [](S& s, C* c, auto& x, R* p) { return s.DefineQuestionGroup(c, x, p); });
    };
  });

  auto* order = Sub(*q, "order", "Thứ tự các nhóm vấn đề (nêu đủ mọi nhóm)", *a);
  order->add_option("groups", a->ids, "Số các nhóm, theo thứ tự")->required();
  order->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::OrderQuestionGroupsRequest r;
      r.set_session_id(a->session);
      for (int64_t id : a->ids) r.mutable_command()->add_group_ids(id);
      return RunIp(ctx, r,
                   [](S& s, C* c, auto& x, R* p) { return s.OrderQuestionGroups(c, x, p); });
    };
  });

  auto* start = Sub(*q, "start", "Bắt đầu điều hành một nhóm vấn đề (chủ tọa)", *a);
  start->add_option("group", a->group, "Số nhóm")->required();
  start->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::StartQuestionGroupRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_group_id(a->group);
      return RunIp(ctx, r, [](S& s, C* c, auto& x, R* p) { return s.StartQuestionGroup(c, x, p); });
    };
  });

  auto* call = Sub(*q, "call", "Mời đại biểu nêu câu hỏi (--follow-up: hỏi thêm)", *a);
  call->add_option("question", a->id, "Số câu hỏi")->required();
  call->add_flag("--follow-up", a->follow_up, "Hỏi thêm sau khi đã được trả lời");
  call->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::CallQuestionerRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_question_id(a->id);
      r.mutable_command()->set_follow_up(a->follow_up);
      return RunIp(ctx, r, [](S& s, C* c, auto& x, R* p) { return s.CallQuestioner(c, x, p); });
    };
  });

  auto* answer = Sub(*q, "answer", "Mời người trả lời trả lời một hoặc nhiều câu hỏi", *a);
  answer->add_option("--respondent", a->account, "Tài khoản người trả lời")->required();
  answer->add_option("questions", a->ids, "Số các câu hỏi")->required();
  answer->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      v1::CallRespondentRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_respondent_account_id(a->account);
      for (int64_t id : a->ids) r.mutable_command()->add_question_ids(id);
      return RunIp(ctx, r, [](S& s, C* c, auto& x, R* p) { return s.CallRespondent(c, x, p); });
    };
  });

  auto* verdict = Sub(*q, "satisfaction", "Người hỏi ghi nhận hài lòng / chưa hài lòng", *a);
  verdict->add_option("question", a->id, "Số câu hỏi")->required();
  verdict->add_flag("--satisfied", a->satisfied, "Hài lòng");
  verdict->add_flag("--unsatisfied", a->unsatisfied, "Chưa hài lòng");
  verdict->callback([&ctx, a] {
    ctx.action = [&ctx, a]() -> int {
      if (a->satisfied == a->unsatisfied) {
        return ReportError("chọn đúng một: --satisfied hoặc --unsatisfied");
      }
      v1::RecordSatisfactionRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_question_id(a->id);
      r.mutable_command()->set_satisfied(a->satisfied);
      return RunIp(ctx, r, [](S& s, C* c, auto& x, R* p) { return s.RecordSatisfaction(c, x, p); });
    };
  });

  auto* list = Sub(*q, "list", "Các câu hỏi của kỳ họp và câu hỏi chuyển từ kỳ trước", *a);
  list->add_option("--respondent", a->account, "Chỉ câu hỏi gửi tới tài khoản này");
  list->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      return RunRead<v1::ListQuestionsResponse>(
          ctx,
          [&a](S& s, C* c, v1::ListQuestionsResponse* p) {
            v1::ListQuestionsRequest r;
            r.set_session_id(a->session);
            r.set_respondent_account_id(a->account);
            return s.ListQuestions(c, r, p);
          },
          [&a](Client& client, const v1::ListQuestionsResponse& resp) {
            std::cout << FormatQuestionList(SessionFor(client, a->session), resp);
          });
    };
  });

  auto* carried = q->add_subcommand("carried", "Câu hỏi chuyển kỳ (chưa hài lòng / chưa trả lời)");
  carried->add_option("council", a->council, "Số hội đồng (mặc định: hội đồng của mình)");
  carried->add_option("--respondent", a->account, "Chỉ câu hỏi gửi tới tài khoản này");
  carried->add_flag("--pending", a->pending, "Chỉ câu hỏi chưa trả lời bằng văn bản");
  carried->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      return RunRead<v1::ListCarriedOverQuestionsResponse>(
          ctx,
          [&a](S& s, C* c, v1::ListCarriedOverQuestionsResponse* p) {
            v1::ListCarriedOverQuestionsRequest r;
            r.set_council_id(a->council);
            r.set_respondent_account_id(a->account);
            r.set_pending_only(a->pending);
            return s.ListCarriedOverQuestions(c, r, p);
          },
          [](Client&, const v1::ListCarriedOverQuestionsResponse& resp) {
            if (resp.questions().empty()) std::cout << "Không có câu hỏi chuyển kỳ.\n";
            for (const auto& x : resp.questions()) std::cout << FormatCarriedOverLine(x) << "\n";
          });
    };
  });

  auto* write = Sub(*q, "write", "Trả lời bằng văn bản câu hỏi chuyển kỳ (người trả lời)", *a);
  write->add_option("question", a->id, "Số câu hỏi")->required();
  write->add_option("--text", a->text, "Nội dung trả lời")->required();
  write->add_option("--document", a->document, "Số hiệu văn bản trả lời");
  write->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      return RunRead<v1::CarriedOverQuestion>(
          ctx,
          [&a](S& s, C* c, v1::CarriedOverQuestion* p) {
            v1::AnswerInWritingRequest r;
            r.set_session_id(a->session);
            r.set_question_id(a->id);
            r.set_text(a->text);
            r.set_document(a->document);
            return s.AnswerInWriting(c, r, p);
          },
          [](Client&, const v1::CarriedOverQuestion& x) {
            std::cout << FormatCarriedOverLine(x) << "\n";
          });
    };
  });
}

void AddHearingCommands(CLI::App& app, Context& ctx, const std::shared_ptr<Args>& a) {
  auto* hearing = app.add_subcommand("hearing", "Phiên giải trình");
  hearing->require_subcommand(1);
  auto* set = Sub(*hearing, "set", "Vấn đề giải trình, chủ tọa và 3-5 thành viên, cơ quan", *a);
  set->add_option("--issue", a->issue, "Vấn đề giải trình")->required();
  set->add_option("--chair", a->chair, "Đại biểu chủ tọa phiên giải trình")->required();
  set->add_option("--member", a->ids, "Đại biểu thành viên (3-5 lần)")->required();
  set->add_option("--agency", a->agencies, "Cơ quan được mời giải trình")->required();
  set->add_option("--document", a->documents, "Tài liệu: «tên|địa chỉ»");
  set->callback([&ctx, a] {
    ctx.action = [&ctx, a]() -> int {
      v1::SetHearingRequest r;
      r.set_session_id(a->session);
      auto* h = r.mutable_command()->mutable_hearing();
      h->set_issue(a->issue);
      h->set_panel_chair_delegate_id(a->chair);
      for (int64_t id : a->ids) h->add_panel_member_ids(id);
      for (const auto& ag : a->agencies) h->add_agencies(ag);
      for (const auto& d : a->documents) {
        auto* doc = h->add_documents();
        const auto bar = d.find('|');
        doc->set_title(d.substr(0, bar));
        if (bar != std::string::npos) doc->set_uri(d.substr(bar + 1));
      }
      return RunIp(ctx, r, [](S& s, C* c, auto& x, R* p) { return s.SetHearing(c, x, p); });
    };
  });
}

void AddConclusionCommands(CLI::App& app, Context& ctx, const std::shared_ptr<Args>& a) {
  auto* conclusion = app.add_subcommand("conclusion", "Kết luận và cam kết");
  conclusion->require_subcommand(1);
  auto* add = Sub(*conclusion, "add", "Ghi kết luận (chủ tọa, thư ký)", *a);
  add->add_option("--group", a->group, "Nhóm vấn đề (bỏ trống: cả kỳ họp / phiên giải trình)");
  add->add_option("--text", a->text, "Nội dung kết luận")->required();
  add->add_option("--commit", a->commitments, "Cam kết: «nội dung|cơ quan|YYYY-MM-DD»");
  add->callback([&ctx, a] {
    ctx.action = [&ctx, a]() -> int {
      v1::RecordConclusionRequest r;
      r.set_session_id(a->session);
      r.mutable_command()->set_group_id(a->group);
      r.mutable_command()->set_text(a->text);
      for (const auto& text : a->commitments) {
        auto k = ParseCommitment(text);
        if (!k) return ReportError("--commit: dùng «nội dung|cơ quan|YYYY-MM-DD» («" + text + "»)");
        *r.mutable_command()->add_commitments() = *k;
      }
      return RunIp(ctx, r, [](S& s, C* c, auto& x, R* p) { return s.RecordConclusion(c, x, p); });
    };
  });
  auto* list = Sub(*conclusion, "list", "Các kết luận của kỳ họp", *a);
  list->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      return RunRead<v1::ListConclusionsResponse>(
          ctx,
          [&a](S& s, C* c, v1::ListConclusionsResponse* p) {
            v1::ListConclusionsRequest r;
            r.set_session_id(a->session);
            return s.ListConclusions(c, r, p);
          },
          [&a](Client& client, const v1::ListConclusionsResponse& resp) {
            std::cout << FormatConclusions(SessionFor(client, a->session), resp.conclusions());
          });
    };
  });
}

void AddCommitmentCommands(CLI::App& app, Context& ctx, const std::shared_ptr<Args>& a) {
  auto* commitment = app.add_subcommand("commitment", "Theo dõi cam kết qua các kỳ họp");
  commitment->require_subcommand(1);
  auto* list = commitment->add_subcommand("list", "Các cam kết, lọc theo cơ quan, hạn, trạng thái");
  list->add_option("council", a->council, "Số hội đồng (mặc định: hội đồng của mình)");
  list->add_option("--agency", a->agency, "Cơ quan chịu trách nhiệm");
  list->add_option("--due-before", a->due, "Hạn đến hết ngày YYYY-MM-DD");
  list->add_option("--status", a->status, "open|done|overdue|extended");
  list->callback([&ctx, a] {
    ctx.action = [&ctx, a]() -> int {
      auto status = ParseStatus(a->status);
      if (!status) return ReportError("--status: dùng open|done|overdue|extended");
      return RunRead<v1::ListCommitmentsResponse>(
          ctx,
          [&a, &status](S& s, C* c, v1::ListCommitmentsResponse* p) {
            v1::ListCommitmentsRequest r;
            r.set_council_id(a->council);
            r.set_agency(a->agency);
            r.set_due_on_or_before(a->due);
            r.set_status(*status);
            return s.ListCommitments(c, r, p);
          },
          [](Client&, const v1::ListCommitmentsResponse& resp) {
            if (resp.commitments().empty()) std::cout << "Không có cam kết nào.\n";
            for (const auto& v : resp.commitments()) std::cout << FormatCommitmentLine(v) << "\n";
          });
    };
  });
  auto* done = Sub(*commitment, "done", "Ghi nhận cam kết đã hoàn thành", *a);
  done->add_option("commitment", a->id, "Số cam kết")->required();
  done->add_option("--evidence", a->evidence, "Kết quả thực hiện")->required();
  done->add_option("--document", a->document, "Số hiệu văn bản");
  done->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      return RunRead<v1::CommitmentView>(
          ctx,
          [&a](S& s, C* c, v1::CommitmentView* p) {
            v1::MarkCommitmentDoneRequest r;
            r.set_session_id(a->session);
            r.set_commitment_id(a->id);
            r.set_evidence(a->evidence);
            r.set_document(a->document);
            return s.MarkCommitmentDone(c, r, p);
          },
          [](Client&, const v1::CommitmentView& v) {
            std::cout << FormatCommitmentLine(v) << "\n";
          });
    };
  });
  auto* extend = Sub(*commitment, "extend", "Gia hạn cam kết (cần lý do)", *a);
  extend->add_option("commitment", a->id, "Số cam kết")->required();
  extend->add_option("--due", a->due, "Hạn mới YYYY-MM-DD")->required();
  extend->add_option("--reason", a->reason, "Lý do gia hạn")->required();
  extend->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
      return RunRead<v1::CommitmentView>(
          ctx,
          [&a](S& s, C* c, v1::CommitmentView* p) {
            v1::ExtendCommitmentRequest r;
            r.set_session_id(a->session);
            r.set_commitment_id(a->id);
            r.set_new_due_date(a->due);
            r.set_reason(a->reason);
            return s.ExtendCommitment(c, r, p);
          },
          [](Client&, const v1::CommitmentView& v) {
            std::cout << FormatCommitmentLine(v) << "\n";
          });
    };
  });
}

}  // namespace

void AddInterpellationCommands(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<Args>();
  AddQuestionCommands(app, ctx, a);
  AddHearingCommands(app, ctx, a);
  AddConclusionCommands(app, ctx, a);
  AddCommitmentCommands(app, ctx, a);
}

}  // namespace dienhong::ctl
