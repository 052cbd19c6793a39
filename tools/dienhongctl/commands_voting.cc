// poll create/open/cast/close/cancel/publish/revote/progress/results (docs/voting.md).
#include <iostream>
#include <sstream>
#include <map>
#include <optional>

#include "dienhong/v1/voting_service.grpc.pb.h"
#include "tools/dienhongctl/commands.h"
#include "tools/dienhongctl/format.h"
#include "tools/dienhongctl/format_voting.h"

namespace dienhong::ctl {
namespace {

struct CreateArgs {
  int64_t session = 0, item = 0;
  std::string kind = "resolution", title, base, rule;
  bool secret = false, open = false, online = false, allow_change = false;
  int countdown = 0, seats = 0;
  std::vector<std::string> choices, questions;
};

std::optional<v1::PollKind> ParseKind(const std::string& k) {
  if (k == "resolution") return v1::POLL_KIND_RESOLUTION;
  if (k == "dismissal") return v1::POLL_KIND_DISMISSAL;
  if (k == "confidence-vote") return v1::POLL_KIND_CONFIDENCE_VOTE;
  if (k == "confidence-rating") return v1::POLL_KIND_CONFIDENCE_RATING;
  if (k == "election") return v1::POLL_KIND_ELECTION;
  if (k == "custom") return v1::POLL_KIND_CUSTOM;
  return std::nullopt;
}

// "1:2,2:3" (question:choice) or "2" / "1,3" (choices of question 1).
std::optional<v1::Ballot> ParseMarks(const std::string& text) {
  v1::Ballot ballot;
  std::map<int32_t, v1::Ballot::Mark*> by_question;
  std::stringstream ss(text);
  std::string part;
  while (std::getline(ss, part, ',')) {
    int32_t q = 1, c = 0;
    try {
      auto colon = part.find(':');
      if (colon == std::string::npos) {
        c = std::stoi(part);
      } else {
        q = std::stoi(part.substr(0, colon));
        c = std::stoi(part.substr(colon + 1));
      }
    } catch (...) {
      return std::nullopt;
    }
    auto& mark = by_question[q];
    if (mark == nullptr) {
      mark = ballot.add_marks();
      mark->set_question_id(q);
    }
    mark->add_choice_ids(c);
  }
  return ballot;
}

int RunCreate(const Context& ctx, const CreateArgs& a) {
  auto kind = ParseKind(a.kind);
  if (!kind) {
    return ReportError("--kind: dùng resolution, dismissal, confidence-vote, confidence-rating, "
                       "election hoặc custom");
  }
  v1::CreatePollRequest req;
  req.set_session_id(a.session);
  v1::Poll& p = *req.mutable_command()->mutable_poll();
  p.set_title(a.title);
  p.set_kind(*kind);
  if (a.secret) p.set_visibility(v1::POLL_VISIBILITY_SECRET);
  if (a.open) p.set_visibility(v1::POLL_VISIBILITY_OPEN);
  p.set_allow_online(a.online);
  p.set_allow_change(a.allow_change);
  p.set_countdown_seconds(a.countdown);
  p.set_item_id(a.item);
  if (!a.questions.empty()) {
    for (const auto& q : a.questions) p.add_questions()->set_title(q);
  }
  if (!a.choices.empty()) {
    if (p.questions_size() == 0) p.add_questions();
    for (auto& q : *p.mutable_questions()) {
      for (const auto& c : a.choices) q.add_choices()->set_label(c);
    }
  }
  if (a.seats > 0) {
    if (p.questions_size() == 0) p.add_questions();
    p.mutable_questions(0)->set_max_choices(a.seats);
  }
  if (!a.base.empty()) {
    if (a.base == "all") p.mutable_rule()->set_base(v1::VOTE_BASE_ALL_DELEGATES);
    else if (a.base == "present") p.mutable_rule()->set_base(v1::VOTE_BASE_PRESENT);
    else if (a.base == "cast") p.mutable_rule()->set_base(v1::VOTE_BASE_VOTES_CAST);
    else return ReportError("--base: dùng all (tổng số đại biểu), present (có mặt) hoặc cast (số phiếu)");
  }
  if (!a.rule.empty()) {
    // "more-than:1/2" or "at-least:2/3"
    auto colon = a.rule.find(':');
    auto slash = a.rule.find('/');
    if (colon == std::string::npos || slash == std::string::npos || slash < colon) {
      return ReportError("--rule: viết more-than:1/2 hoặc at-least:2/3");
    }
    const std::string how = a.rule.substr(0, colon);
    if (how != "more-than" && how != "at-least") return ReportError("--rule: more-than hoặc at-least");
    try {
      auto* f = p.mutable_rule()->mutable_fraction();
      f->set_numerator(std::stoul(a.rule.substr(colon + 1, slash - colon - 1)));
      f->set_denominator(std::stoul(a.rule.substr(slash + 1)));
      f->set_strict(how == "more-than");
    } catch (...) {
      return ReportError("--rule: phân số không hợp lệ");
    }
  }
  return RunCommand(ctx, req, [](Client& cl, auto* c, auto& q, auto* r) {
    return v1::VotingService::NewStub(cl.channel())->CreatePoll(c, q, r);
  });
}

int RunCast(const Context& ctx, int64_t session, int64_t poll, const std::string& marks,
            const std::string& request_id) {
  auto ballot = ParseMarks(marks);
  if (!ballot) return ReportError("--choice: viết số lựa chọn, ví dụ 1, hoặc câu:lựa chọn như 1:2,2:3");
  v1::CastVoteRequest req;
  req.set_session_id(session);
  req.set_poll_id(poll);
  *req.mutable_ballot() = *ballot;
  // A fixed --request-id makes a retry safe after a lost reply (same receipt, no 2nd vote).
  req.set_request_id(request_id.empty() ? NewRequestId() : request_id);
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::VoteReceipt receipt;
  grpc::Status st = v1::VotingService::NewStub(client.channel())->CastVote(&call, req, &receipt);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(receipt);
    return 0;
  }
  if (receipt.reply().replayed()) std::cout << "(phiếu này đã được ghi nhận trước đó)\n";
  std::cout << receipt.text() << "\n";
  return 0;
}

int RunResults(const Context& ctx, int64_t session, int64_t poll) {
  Client client(ctx);
  grpc::ClientContext call, call2;
  client.Prepare(call);
  client.Prepare(call2);
  v1::GetPollResultRequest req;
  req.set_session_id(session);
  req.set_poll_id(poll);
  v1::Poll resp;
  grpc::Status st = v1::VotingService::NewStub(client.channel())->GetPollResult(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
    return 0;
  }
  v1::GetSessionRequest sreq;
  sreq.set_session_id(session);
  v1::SessionState state;
  (void)client.sessions().GetSession(&call2, sreq, &state);  // names only; numbers otherwise
  std::cout << FormatPollResult(resp, state);
  return 0;
}

int RunProgress(const Context& ctx, int64_t session, int64_t poll) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::GetPollProgressRequest req;
  req.set_session_id(session);
  req.set_poll_id(poll);
  v1::PollProgress resp;
  grpc::Status st = v1::VotingService::NewStub(client.channel())->GetPollProgress(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
    return 0;
  }
  std::cout << "đã bỏ phiếu " << resp.voted() << "/" << resp.entitled() << " đại biểu có quyền\n";
  if (resp.not_voted_delegates_size() > 0) {
    std::cout << "chưa bỏ phiếu:";
    for (int64_t d : resp.not_voted_delegates()) std::cout << " " << d;
    std::cout << "\n";
  }
  return 0;
}

// poll <verb> SESSION POLL for the verbs that need only the two numbers.
template <typename Request, typename Call>
void AddSimple(CLI::App& poll, Context& ctx, const char* name, const char* help, Call call) {
  auto ids = std::make_shared<std::pair<int64_t, int64_t>>();
  auto* cmd = poll.add_subcommand(name, help);
  cmd->add_option("session", ids->first, "Số kỳ họp")->required();
  cmd->add_option("poll", ids->second, "Số biểu quyết")->required();
  cmd->callback([&ctx, ids, call] {
    ctx.action = [&ctx, ids, call] {
      Request req;
      req.set_session_id(ids->first);
      req.set_poll_id(ids->second);
      return RunCommand(ctx, req, [call](Client& cl, auto* c, auto& q, auto* r) {
        return call(*v1::VotingService::NewStub(cl.channel()), c, q, r);
      });
    };
  });
}

}  // namespace

void AddVotingCommands(CLI::App& app, Context& ctx) {
  auto* poll = app.add_subcommand("poll", "Biểu quyết: chuẩn bị, mở, bỏ phiếu, kết thúc, kết quả");
  poll->require_subcommand(1);
  {
    auto a = std::make_shared<CreateArgs>();
    auto* cmd = poll->add_subcommand("create", "Chuẩn bị một biểu quyết (chủ tọa, thư ký)");
    cmd->add_option("session", a->session, "Số kỳ họp")->required();
    cmd->add_option("--title", a->title, "Tiêu đề")->required();
    cmd->add_option("--kind", a->kind,
                    "resolution (mặc định), dismissal, confidence-vote, confidence-rating, "
                    "election, custom");
    cmd->add_flag("--secret", a->secret, "Bỏ phiếu kín");
    cmd->add_flag("--open", a->open, "Biểu quyết công khai");
    cmd->add_option("--choice", a->choices, "Lựa chọn / ứng cử viên (lặp lại)");
    cmd->add_option("--question", a->questions, "Người được lấy phiếu tín nhiệm (lặp lại)");
    cmd->add_option("--seats", a->seats, "Bầu cử: số người được chọn tối đa");
    cmd->add_option("--base", a->base, "Cơ sở tính: all (mặc định), present, cast");
    cmd->add_option("--rule", a->rule, "Tỷ lệ: more-than:1/2 (mặc định), at-least:2/3, ...");
    cmd->add_option("--countdown", a->countdown, "Tự kết thúc sau số giây này");
    cmd->add_option("--item", a->item, "Số nội dung chương trình");
    cmd->add_flag("--online", a->online, "Cho đại biểu trực tuyến biểu quyết");
    cmd->add_flag("--allow-change", a->allow_change, "Cho sửa phiếu khi đang mở (chỉ công khai)");
    cmd->callback([&ctx, a] { ctx.action = [&ctx, a] { return RunCreate(ctx, *a); }; });
  }
  {
    auto ids = std::make_shared<std::pair<int64_t, int64_t>>();
    auto reason = std::make_shared<std::string>();
    auto* cmd = poll->add_subcommand("open", "Mở biểu quyết (chủ tọa)");
    cmd->add_option("session", ids->first, "Số kỳ họp")->required();
    cmd->add_option("poll", ids->second, "Số biểu quyết")->required();
    cmd->add_option("--dossier-reason", *reason,
                    "Mở dù hồ sơ của nội dung thiếu hoặc gửi muộn: lý do (ghi vào biên bản)");
    cmd->callback([&ctx, ids, reason] {
      ctx.action = [&ctx, ids, reason] {
        v1::OpenPollRequest req;
        req.set_session_id(ids->first);
        req.set_poll_id(ids->second);
        req.set_dossier_override_reason(*reason);
        return RunCommand(ctx, req, [](Client& cl, auto* c, auto& q, auto* r) {
          return v1::VotingService::NewStub(cl.channel())->OpenPoll(c, q, r);
        });
      };
    });
  }
  AddSimple<v1::ClosePollRequest>(*poll, ctx, "close", "Kết thúc biểu quyết (chủ tọa)",
                                  [](auto& s, auto* c, auto& q, auto* r) { return s.ClosePoll(c, q, r); });
  AddSimple<v1::PublishResultsRequest>(
      *poll, ctx, "publish", "Công bố kết quả lên màn hình",
      [](auto& s, auto* c, auto& q, auto* r) { return s.PublishResults(c, q, r); });
  AddSimple<v1::RevotePollRequest>(
      *poll, ctx, "revote", "Biểu quyết lại một biểu quyết đã hủy hoặc không đạt",
      [](auto& s, auto* c, auto& q, auto* r) { return s.RevotePoll(c, q, r); });
  {
    auto ids = std::make_shared<std::pair<int64_t, int64_t>>();
    auto reason = std::make_shared<std::string>();
    auto* cmd = poll->add_subcommand("cancel", "Hủy biểu quyết (chủ tọa), có lý do");
    cmd->add_option("session", ids->first, "Số kỳ họp")->required();
    cmd->add_option("poll", ids->second, "Số biểu quyết")->required();
    cmd->add_option("--reason", *reason, "Lý do hủy")->required();
    cmd->callback([&ctx, ids, reason] {
      ctx.action = [&ctx, ids, reason] {
        v1::CancelPollRequest req;
        req.set_session_id(ids->first);
        req.set_poll_id(ids->second);
        req.set_reason(*reason);
        return RunCommand(ctx, req, [](Client& cl, auto* c, auto& q, auto* r) {
          return v1::VotingService::NewStub(cl.channel())->CancelPoll(c, q, r);
        });
      };
    });
  }
  {
    auto ids = std::make_shared<std::pair<int64_t, int64_t>>();
    auto marks = std::make_shared<std::string>();
    auto request_id = std::make_shared<std::string>();
    auto* cmd = poll->add_subcommand("cast", "Đại biểu bỏ phiếu (chỉ cho chính mình)");
    cmd->add_option("session", ids->first, "Số kỳ họp")->required();
    cmd->add_option("poll", ids->second, "Số biểu quyết")->required();
    cmd->add_option("--choice", *marks,
                    "Số lựa chọn (1 = tán thành, 2 = không tán thành, 3 = không biểu quyết), "
                    "hoặc câu:lựa chọn, ví dụ 1:1,2:3")
        ->required();
    cmd->add_option("--request-id", *request_id, "Mã yêu cầu để gửi lại an toàn");
    cmd->callback([&ctx, ids, marks, request_id] {
      ctx.action = [&ctx, ids, marks, request_id] {
        return RunCast(ctx, ids->first, ids->second, *marks, *request_id);
      };
    });
  }
  for (const char* verb : {"results", "progress"}) {
    auto ids = std::make_shared<std::pair<int64_t, int64_t>>();
    const bool results = std::string(verb) == "results";
    auto* cmd = poll->add_subcommand(verb, results ? "Kết quả biểu quyết (sau khi kết thúc)"
                                                   : "Tiến độ: bao nhiêu đại biểu đã bỏ phiếu");
    cmd->add_option("session", ids->first, "Số kỳ họp")->required();
    cmd->add_option("poll", ids->second, "Số biểu quyết")->required();
    cmd->callback([&ctx, ids, results] {
      ctx.action = [&ctx, ids, results] {
        return results ? RunResults(ctx, ids->first, ids->second)
                       : RunProgress(ctx, ids->first, ids->second);
      };
    });
  }
}

}  // namespace dienhong::ctl
