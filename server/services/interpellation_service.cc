#include "server/services/interpellation_service.h"

#include <algorithm>
#include <set>
#include <vector>

#include "common/calendar.h"
#include "common/followup.h"
#include "common/respondent_view.h"
#include "server/followup_views.h"
#include "server/grpc_status.h"
#include "server/services/command_runner.h"

namespace dienhong {
namespace {

bool IsRespondent(const Principal& p) { return p.account.role() == v1::ROLE_RESPONDENT; }

// The delegate a delegate account asks and answers as.
Result<int64_t> CallerDelegate(const Principal& principal) {
  if (principal.account.delegate_id() == 0) {
    return Status::FailedPrecondition("Tài khoản này không gắn với đại biểu nào");
  }
  return principal.account.delegate_id();
}

// The council a council-scoped list is about: the request's, or the caller's own.
Result<int64_t> ListCouncil(const Principal& principal, int64_t requested) {
  const int64_t council = requested != 0 ? requested : principal.account.council_id();
  if (council <= 0) {
    return Status::InvalidArgument("council_id: chọn hội đồng cần xem");
  }
  return council;
}

// The committed state of a session the caller may read.
Result<v1::SessionState> ReadableSession(const ServerCore& core, const Principal& principal,
                                         int64_t session_id) {
  DH_ASSIGN_OR_RETURN(v1::SessionState state, core.engine.State(session_id));
  DH_RETURN_IF_ERROR(RequireCouncil(principal, state.council_id()));
  return state;
}

}  // namespace

grpc::ServerUnaryReactor* InterpellationServiceImpl::InviteRespondent(
    grpc::CallbackServerContext* ctx, const v1::InviteRespondentRequest* req,
    v1::CommandReply* reply) {
  v1::Command command;
  *command.mutable_invite_respondent() = req->command();
  const int64_t session_id = req->session_id();
  return RunSessionCommand(
      core_, ctx, DH_METHOD(InterpellationService, InviteRespondent), session_id, req->request_id(),
      std::move(command), reply, [this, session_id](const Principal&, v1::Command& c) -> Status {
        v1::Respondent* r = c.mutable_invite_respondent()->mutable_respondent();
        r->clear_name();
        if (r->account_id() <= 0) return Status::Ok();  // Decide names the field
        const std::string field = "respondent.account_id " + std::to_string(r->account_id());
        auto account = core_.accounts.Account(r->account_id());
        if (!account.ok()) return Status::NotFound(field + ": không có tài khoản này");
        DH_ASSIGN_OR_RETURN(int64_t council, core_.engine.CouncilOf(session_id));
        if (account->role() != v1::ROLE_RESPONDENT || account->council_id() != council) {
          return Status::FailedPrecondition(
              field + ": chỉ mời được tài khoản người trả lời chất vấn / giải trình của hội đồng");
        }
        r->set_name(account->display_name());
        return Status::Ok();
      });
}

grpc::ServerUnaryReactor* InterpellationServiceImpl::SubmitQuestion(
    grpc::CallbackServerContext* ctx, const v1::SubmitQuestionRequest* req,
    v1::CommandReply* reply) {
  v1::Command command;
  *command.mutable_submit_question() = req->command();
  return RunSessionCommand(core_, ctx, DH_METHOD(InterpellationService, SubmitQuestion),
                           req->session_id(), req->request_id(), std::move(command), reply,
                           [](const Principal& principal, v1::Command& c) -> Status {
                             DH_ASSIGN_OR_RETURN(int64_t delegate, CallerDelegate(principal));
                             c.mutable_submit_question()->set_delegate_id(delegate);
                             return Status::Ok();
                           });
}

grpc::ServerUnaryReactor* InterpellationServiceImpl::RecordSatisfaction(
    grpc::CallbackServerContext* ctx, const v1::RecordSatisfactionRequest* req,
    v1::CommandReply* reply) {
  v1::Command command;
  *command.mutable_record_satisfaction() = req->command();
  return RunSessionCommand(core_, ctx, DH_METHOD(InterpellationService, RecordSatisfaction),
                           req->session_id(), req->request_id(), std::move(command), reply,
                           [](const Principal& principal, v1::Command& c) -> Status {
                             DH_ASSIGN_OR_RETURN(int64_t delegate, CallerDelegate(principal));
                             c.mutable_record_satisfaction()->set_delegate_id(delegate);
                             return Status::Ok();
                           });
}

#define DH_IP_COMMAND(Method, field)                                                               \
  grpc::ServerUnaryReactor* InterpellationServiceImpl::Method(                                     \
      grpc::CallbackServerContext* ctx, const v1::Method##Request* req, v1::CommandReply* reply) { \
    v1::Command command;                                                                           \
    *command.mutable_##field() = req->command();                                                   \
    return RunSessionCommand(core_, ctx, DH_METHOD(InterpellationService, Method),                 \
                             req->session_id(), req->request_id(), std::move(command), reply);     \
  }

DH_IP_COMMAND(DefineQuestionGroup, define_question_group)
DH_IP_COMMAND(OrderQuestionGroups, order_question_groups)
DH_IP_COMMAND(StartQuestionGroup, start_question_group)
DH_IP_COMMAND(CallQuestioner, call_questioner)
DH_IP_COMMAND(CallRespondent, call_respondent)
DH_IP_COMMAND(SetHearing, set_hearing)
DH_IP_COMMAND(RecordConclusion, record_conclusion)
#undef DH_IP_COMMAND

grpc::ServerUnaryReactor* InterpellationServiceImpl::ListQuestions(
    grpc::CallbackServerContext* ctx, const v1::ListQuestionsRequest* req,
    v1::ListQuestionsResponse* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(InterpellationService, ListQuestions));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto state = ReadableSession(core_, *principal, req->session_id());
  if (!state.ok()) return Reply(ctx, state.status());
  if (req->respondent_account_id() < 0) {
    return Reply(ctx, Status::InvalidArgument("respondent_account_id: không được âm"));
  }
  // A respondent gets only their own, whatever they ask for.
  const int64_t respondent =
      IsRespondent(*principal) ? principal->account.id() : req->respondent_account_id();
  for (const auto& q : state->interpellation().questions()) {
    if (respondent == 0 || q.respondent_account_id() == respondent) *resp->add_questions() = q;
  }
  for (auto& c :
       ListCouncilCarriedOver(core_, state->council_id(), respondent, true, state->session_id())) {
    *resp->add_carried_over() = std::move(c);
  }
  return Reply(ctx, Status::Ok());
}

grpc::ServerUnaryReactor* InterpellationServiceImpl::ListConclusions(
    grpc::CallbackServerContext* ctx, const v1::ListConclusionsRequest* req,
    v1::ListConclusionsResponse* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(InterpellationService, ListConclusions));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto state = ReadableSession(core_, *principal, req->session_id());
  if (!state.ok()) return Reply(ctx, state.status());
  if (!IsRespondent(*principal)) {
    *resp->mutable_conclusions() = state->interpellation().conclusions();
    return Reply(ctx, Status::Ok());
  }
  const auto agencies = RespondentAgencies(core_, state->council_id(), principal->account.id());
  for (const auto& c : state->interpellation().conclusions()) {
    v1::Conclusion mine = c;
    mine.clear_commitments();
    for (const auto& k : c.commitments()) {
      if (agencies.count(k.agency()) > 0) *mine.add_commitments() = k;
    }
    if (mine.commitments_size() > 0) *resp->add_conclusions() = std::move(mine);
  }
  return Reply(ctx, Status::Ok());
}

grpc::ServerUnaryReactor* InterpellationServiceImpl::ListCommitments(
    grpc::CallbackServerContext* ctx, const v1::ListCommitmentsRequest* req,
    v1::ListCommitmentsResponse* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(InterpellationService, ListCommitments));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto council = ListCouncil(*principal, req->council_id());
  if (!council.ok()) return Reply(ctx, council.status());
  DH_REPLY_IF_ERROR(ctx, core_.registry.Council(*council).status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, *council));
  if (!req->due_on_or_before().empty() && !ParseIsoDate(req->due_on_or_before())) {
    return Reply(ctx, Status::InvalidArgument("due_on_or_before: phải là ngày có thật, dạng "
                                              "YYYY-MM-DD (đang là «" +
                                              req->due_on_or_before() + "»)"));
  }
  if (!v1::CommitmentStatus_IsValid(req->status())) {
    return Reply(ctx, Status::InvalidArgument(
                          "status: chọn đang thực hiện, đã hoàn thành, quá hạn hoặc đã gia hạn"));
  }
  std::set<std::string> agencies;
  if (IsRespondent(*principal)) {
    agencies = RespondentAgencies(core_, *council, principal->account.id());
  }
  for (auto& v : ListCouncilCommitments(core_, *council, *req)) {
    if (IsRespondent(*principal) && agencies.count(v.commitment().agency()) == 0) continue;
    *resp->add_commitments() = std::move(v);
  }
  return Reply(ctx, Status::Ok());
}

grpc::ServerUnaryReactor* InterpellationServiceImpl::ListCarriedOverQuestions(
    grpc::CallbackServerContext* ctx, const v1::ListCarriedOverQuestionsRequest* req,
    v1::ListCarriedOverQuestionsResponse* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(InterpellationService, ListCarriedOverQuestions));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto council = ListCouncil(*principal, req->council_id());
  if (!council.ok()) return Reply(ctx, council.status());
  DH_REPLY_IF_ERROR(ctx, core_.registry.Council(*council).status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, *council));
  if (req->respondent_account_id() < 0) {
    return Reply(ctx, Status::InvalidArgument("respondent_account_id: không được âm"));
  }
  const int64_t respondent =
      IsRespondent(*principal) ? principal->account.id() : req->respondent_account_id();
  for (auto& q : ListCouncilCarriedOver(core_, *council, respondent, req->pending_only())) {
    *resp->add_questions() = std::move(q);
  }
  return Reply(ctx, Status::Ok());
}

grpc::ServerUnaryReactor* InterpellationServiceImpl::ListRespondentAccounts(
    grpc::CallbackServerContext* ctx, const v1::ListRespondentAccountsRequest* req,
    v1::ListRespondentAccountsResponse* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(InterpellationService, ListRespondentAccounts));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto state = ReadableSession(core_, *principal, req->session_id());
  if (!state.ok()) return Reply(ctx, state.status());
  std::set<int64_t> invited;
  for (const auto& r : state->interpellation().respondents()) invited.insert(r.account_id());
  std::vector<v1::Account> accounts = core_.accounts.Accounts(state->council_id());
  std::erase_if(accounts, [&](const v1::Account& a) {
    return a.role() != v1::ROLE_RESPONDENT || a.council_id() != state->council_id();
  });
  std::sort(accounts.begin(), accounts.end(), [](const v1::Account& a, const v1::Account& b) {
    if (a.display_name() != b.display_name()) return a.display_name() < b.display_name();
    return a.id() < b.id();
  });
  for (const auto& a : accounts) {
    v1::RespondentAccount* out = resp->add_accounts();
    out->set_account_id(a.id());
    out->set_display_name(a.display_name());
    out->set_account(a.name());
    out->set_invited(invited.count(a.id()) > 0);
  }
  return Reply(ctx, Status::Ok());
}

namespace {

// The follow-up's write path: admit, read the session, then decide and append on the
// blocking pool (the append waits for durability) and answer with `view` of the result.
template <typename Response>
grpc::ServerUnaryReactor* AppendFollowUp(
    ServerCore& core, grpc::CallbackServerContext* ctx, std::string_view method, int64_t session_id,
    Response* resp,
    std::function<Result<v1::Event>(const Principal&, const v1::SessionState&,
                                    const v1::FollowUpBook&, int64_t now)>
        decide,
    std::function<Status(const v1::SessionState&, const v1::Event&, Response*)> view) {
  auto principal = Admit(core, ctx, method);
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto state = ReadableSession(core, *principal, session_id);
  if (!state.ok()) return Reply(ctx, state.status());
  auto* reactor = ctx->DefaultReactor();
  core.blocking.Post([&core, reactor, resp, principal = *principal, state = std::move(*state),
                      decide = std::move(decide), view = std::move(view)] {
    const int64_t now = core.clock.NowMicros();
    auto event = core.followup.Append(
        [&](const v1::FollowUpBook& book) { return decide(principal, state, book, now); },
        principal.ToActor());
    Status status = event.status();
    if (event.ok()) status = view(state, *event, resp);
    reactor->Finish(ToGrpc(status));
  });
  return reactor;
}

Status CommitmentViewOf(const ServerCore& core, const v1::SessionState& state,
                        int64_t commitment_id, v1::CommitmentView* resp) {
  for (auto& v : CommitmentViews(state, core.followup.Book(), ServerToday(core))) {
    if (v.commitment().id() == commitment_id) {
      *resp = std::move(v);
      return Status::Ok();
    }
  }
  return Status::Internal("commitment_id: không đọc lại được cam kết vừa ghi");
}

}  // namespace

grpc::ServerUnaryReactor* InterpellationServiceImpl::MarkCommitmentDone(
    grpc::CallbackServerContext* ctx, const v1::MarkCommitmentDoneRequest* req,
    v1::CommitmentView* resp) {
  return AppendFollowUp<v1::CommitmentView>(
      core_, ctx, DH_METHOD(InterpellationService, MarkCommitmentDone), req->session_id(), resp,
      [req](const Principal&, const v1::SessionState& s, const v1::FollowUpBook& book,
            int64_t now) {
        return DecideCommitmentDone(s, book, req->commitment_id(), req->evidence(), req->document(),
                                    now);
      },
      [this, req](const v1::SessionState& s, const v1::Event&, v1::CommitmentView* out) {
        return CommitmentViewOf(core_, s, req->commitment_id(), out);
      });
}

grpc::ServerUnaryReactor* InterpellationServiceImpl::ExtendCommitment(
    grpc::CallbackServerContext* ctx, const v1::ExtendCommitmentRequest* req,
    v1::CommitmentView* resp) {
  return AppendFollowUp<v1::CommitmentView>(
      core_, ctx, DH_METHOD(InterpellationService, ExtendCommitment), req->session_id(), resp,
      [req](const Principal&, const v1::SessionState& s, const v1::FollowUpBook& book,
            int64_t now) {
        return DecideCommitmentExtension(s, book, req->commitment_id(), req->new_due_date(),
                                         req->reason(), now);
      },
      [this, req](const v1::SessionState& s, const v1::Event&, v1::CommitmentView* out) {
        return CommitmentViewOf(core_, s, req->commitment_id(), out);
      });
}

grpc::ServerUnaryReactor* InterpellationServiceImpl::AnswerInWriting(
    grpc::CallbackServerContext* ctx, const v1::AnswerInWritingRequest* req,
    v1::CarriedOverQuestion* resp) {
  return AppendFollowUp<v1::CarriedOverQuestion>(
      core_, ctx, DH_METHOD(InterpellationService, AnswerInWriting), req->session_id(), resp,
      [req](const Principal& principal, const v1::SessionState& s, const v1::FollowUpBook& book,
            int64_t now) {
        return DecideWrittenAnswer(s, book, req->question_id(), principal.account.id(), req->text(),
                                   req->document(), now);
      },
      [this, req](const v1::SessionState& s, const v1::Event&, v1::CarriedOverQuestion* out) {
        for (auto& q : CarriedOverQuestions(s, core_.followup.Book(), ServerToday(core_))) {
          if (q.question().id() == req->question_id()) {
            *out = std::move(q);
            return Status::Ok();
          }
        }
        return Status::Internal("question_id: không đọc lại được câu hỏi vừa trả lời");
      });
}

}  // namespace dienhong
