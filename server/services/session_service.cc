#include "server/services/session_service.h"

#include "common/respondent_view.h"
#include "server/grpc_status.h"
#include "server/services/command_runner.h"

namespace dienhong {
namespace {

// The council's current roster, as the session keeps it.
google::protobuf::RepeatedPtrField<v1::RosterEntry> RosterOf(const Registry& registry,
                                                             int64_t council_id) {
  google::protobuf::RepeatedPtrField<v1::RosterEntry> roster;
  for (const auto& d : registry.Delegates(council_id)) {
    auto* entry = roster.Add();
    entry->set_delegate_id(d.id());
    entry->set_full_name(d.full_name());
    entry->set_title(d.title());
    entry->set_delegate_group(d.delegate_group());
    entry->set_seat(d.seat());
  }
  return roster;
}

}  // namespace

grpc::ServerUnaryReactor* SessionServiceImpl::CreateSession(grpc::CallbackServerContext* ctx,
                                                            const v1::CreateSessionRequest* req,
                                                            v1::CommandReply* reply) {
  auto principal = Admit(core_, ctx, DH_METHOD(SessionService, CreateSession));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto council = core_.registry.Council(req->council_id());
  if (!council.ok()) return Reply(ctx, council.status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, council->id()));
  auto key = IdempotencyKey(*principal, req->request_id(), 0, *req);
  if (!key.ok()) return Reply(ctx, key.status());

  v1::Command command;
  auto* create = command.mutable_create_session();
  create->set_council_id(council->id());
  create->set_council_name(council->name());
  create->set_title(req->title());
  create->set_kind(req->kind());
  create->set_place(req->place().empty() ? council->place() : req->place());
  *create->mutable_quorum_rule() = council->quorum();
  // Councils created before the floor existed have no rules: Decide uses the defaults.
  if (council->has_floor_rules()) *create->mutable_floor_rules() = council->floor_rules();
  // Likewise the dossier rules (docs/documents.md): absent = Decide's defaults.
  if (council->has_dossier_rules()) *create->mutable_dossier_rules() = council->dossier_rules();
  *create->mutable_roster() = RosterOf(core_.registry, council->id());
  *create->mutable_agenda() = req->agenda();
  *create->mutable_sittings() = req->sittings();

  auto* reactor = ctx->DefaultReactor();
  core_.engine.Create(command, ContextOf(core_, *principal), *key,
                      [reactor, reply](Result<v1::CommandReply> r) {
                        if (r.ok()) *reply = std::move(r).value();
                        reactor->Finish(ToGrpc(r.status()));
                      });
  return reactor;
}

grpc::ServerUnaryReactor* SessionServiceImpl::GetSession(grpc::CallbackServerContext* ctx,
                                                         const v1::GetSessionRequest* req,
                                                         v1::SessionState* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(SessionService, GetSession));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto state = core_.engine.State(req->session_id());
  if (!state.ok()) return Reply(ctx, state.status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, state->council_id()));
  *resp = std::move(state).value();
  // Respondents see only the questions addressed to them (common/respondent_view.h).
  if (principal->account.role() == v1::ROLE_RESPONDENT) {
    RedactStateForRespondent(*resp, principal->account.id());
  }
  return Reply(ctx, Status::Ok());
}

grpc::ServerUnaryReactor* SessionServiceImpl::ListSessions(grpc::CallbackServerContext* ctx,
                                                           const v1::ListSessionsRequest* req,
                                                           v1::ListSessionsResponse* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(SessionService, ListSessions));
  if (!principal.ok()) return Reply(ctx, principal.status());
  int64_t council = req->council_id();
  if (council == 0) council = principal->account.council_id();
  if (council != 0) DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, council));
  for (auto& s : core_.engine.List(council)) *resp->add_sessions() = std::move(s);
  return Reply(ctx, Status::Ok());
}

#define DH_SESSION_COMMAND(Method, field)                                                          \
  grpc::ServerUnaryReactor* SessionServiceImpl::Method(                                            \
      grpc::CallbackServerContext* ctx, const v1::Method##Request* req, v1::CommandReply* reply) { \
    v1::Command command;                                                                           \
    *command.mutable_##field() = req->command();                                                   \
    return RunSessionCommand(core_, ctx, DH_METHOD(SessionService, Method), req->session_id(),     \
                             req->request_id(), std::move(command), reply);                        \
  }

DH_SESSION_COMMAND(AddAgendaItem, add_agenda_item)
DH_SESSION_COMMAND(AddSitting, add_sitting)
DH_SESSION_COMMAND(OpenSitting, open_sitting)
DH_SESSION_COMMAND(SuspendSitting, suspend_sitting)
DH_SESSION_COMMAND(ResumeSitting, resume_sitting)
DH_SESSION_COMMAND(CloseSitting, close_sitting)
DH_SESSION_COMMAND(SetCurrentItem, set_current_item)
DH_SESSION_COMMAND(CompleteItem, complete_item)
#undef DH_SESSION_COMMAND

grpc::ServerUnaryReactor* SessionServiceImpl::ConveneSession(grpc::CallbackServerContext* ctx,
                                                             const v1::ConveneSessionRequest* req,
                                                             v1::CommandReply* reply) {
  v1::Command command;
  command.mutable_convene_session();
  return RunSessionCommand(
      core_, ctx, DH_METHOD(SessionService, ConveneSession), req->session_id(), req->request_id(),
      std::move(command), reply,
      [this, session_id = req->session_id()](const Principal&, v1::Command& c) {
        // Roster and quorum rule are fixed from the council as it is now.
        DH_ASSIGN_OR_RETURN(int64_t council_id, core_.engine.CouncilOf(session_id));
        DH_ASSIGN_OR_RETURN(v1::Council council, core_.registry.Council(council_id));
        *c.mutable_convene_session()->mutable_roster() = RosterOf(core_.registry, council_id);
        *c.mutable_convene_session()->mutable_quorum_rule() = council.quorum();
        if (council.has_floor_rules()) {
          *c.mutable_convene_session()->mutable_floor_rules() = council.floor_rules();
        }
        if (council.has_dossier_rules()) {
          *c.mutable_convene_session()->mutable_dossier_rules() = council.dossier_rules();
        }
        return Status::Ok();
      });
}

grpc::ServerUnaryReactor* SessionServiceImpl::CloseSession(grpc::CallbackServerContext* ctx,
                                                           const v1::CloseSessionRequest* req,
                                                           v1::CommandReply* reply) {
  v1::Command command;
  command.mutable_close_session();
  return RunSessionCommand(core_, ctx, DH_METHOD(SessionService, CloseSession), req->session_id(),
                           req->request_id(), std::move(command), reply);
}

}  // namespace dienhong
