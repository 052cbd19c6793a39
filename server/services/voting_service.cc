#include "server/services/voting_service.h"

#include <algorithm>

#include "common/voting.h"
#include "server/grpc_status.h"
#include "server/services/command_runner.h"

namespace dienhong {
namespace {

// The poll of a session the caller may read.
Result<v1::Poll> ReadPoll(ServerCore& core, const Principal& principal, int64_t session_id,
                          int64_t poll_id, v1::SessionState* state_out = nullptr) {
  DH_ASSIGN_OR_RETURN(v1::SessionState state, core.engine.State(session_id));
  DH_RETURN_IF_ERROR(RequireCouncil(principal, state.council_id()));
  if (poll_id <= 0) return Status::InvalidArgument("poll_id: chưa chọn biểu quyết");
  const v1::Poll* poll = voting::FindPoll(state, poll_id);
  if (poll == nullptr) {
    return Status::NotFound("poll_id " + std::to_string(poll_id) +
                            ": không có biểu quyết này trong kỳ họp");
  }
  v1::Poll out = *poll;
  if (state_out != nullptr) *state_out = std::move(state);
  return out;
}

}  // namespace

grpc::ServerUnaryReactor* VotingServiceImpl::CreatePoll(grpc::CallbackServerContext* ctx,
                                                        const v1::CreatePollRequest* req,
                                                        v1::CommandReply* reply) {
  v1::Command command;
  *command.mutable_create_poll() = req->command();
  return RunSessionCommand(core_, ctx, DH_METHOD(VotingService, CreatePoll), req->session_id(),
                           req->request_id(), std::move(command), reply);
}

grpc::ServerUnaryReactor* VotingServiceImpl::OpenPoll(grpc::CallbackServerContext* ctx,
                                                      const v1::OpenPollRequest* req,
                                                      v1::CommandReply* reply) {
  v1::Command command;
  command.mutable_open_poll()->set_poll_id(req->poll_id());
  command.mutable_open_poll()->set_dossier_override_reason(req->dossier_override_reason());
  return RunSessionCommand(core_, ctx, DH_METHOD(VotingService, OpenPoll), req->session_id(),
                           req->request_id(), std::move(command), reply);
}

grpc::ServerUnaryReactor* VotingServiceImpl::CastVote(grpc::CallbackServerContext* ctx,
                                                      const v1::CastVoteRequest* req,
                                                      v1::VoteReceipt* receipt) {
  auto principal = Admit(core_, ctx, DH_METHOD(VotingService, CastVote));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto council = core_.engine.CouncilOf(req->session_id());
  if (!council.ok()) return Reply(ctx, council.status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, *council));
  // No one votes on behalf of another: the delegate is the account's, never the request's.
  const int64_t delegate = principal->account.delegate_id();
  if (delegate == 0) {
    return Reply(ctx, Status::FailedPrecondition("Tài khoản này không gắn với đại biểu nào"));
  }
  auto key = IdempotencyKey(*principal, req->request_id(), req->session_id(), *req);
  if (!key.ok()) return Reply(ctx, key.status());
  v1::Command command;
  v1::CastVote* cast = command.mutable_cast_vote();
  cast->set_poll_id(req->poll_id());
  cast->set_delegate_id(delegate);
  *cast->mutable_ballot() = req->ballot();
  auto* reactor = ctx->DefaultReactor();
  core_.engine.Execute(
      req->session_id(), command, ContextOf(core_, *principal), *key,
      [reactor, receipt, poll_id = req->poll_id(),
       name = principal->account.display_name()](Result<v1::CommandReply> r) {
        if (r.ok()) {
          *receipt->mutable_reply() = std::move(r).value();
          // The receipt names the voter and the poll, never the choice (not even for an
          // open poll: a receipt may be shown on a screen or photographed). Built without
          // touching the session state: this runs on the log writer's thread.
          receipt->set_text("Đã ghi nhận phiếu của đại biểu " + name + " (biểu quyết số " +
                            std::to_string(poll_id) + ", sự kiện số " +
                            std::to_string(receipt->reply().seq()) + ")");
        }
        reactor->Finish(ToGrpc(r.status()));
      });
  return reactor;
}

grpc::ServerUnaryReactor* VotingServiceImpl::ClosePoll(grpc::CallbackServerContext* ctx,
                                                       const v1::ClosePollRequest* req,
                                                       v1::CommandReply* reply) {
  // The tally (secret) or named votes (open) are filled in by the ballot box inside the
  // engine, under the session's lock, so no vote decided before the close is missed.
  v1::Command command;
  command.mutable_close_poll()->set_poll_id(req->poll_id());
  return RunSessionCommand(core_, ctx, DH_METHOD(VotingService, ClosePoll), req->session_id(),
                           req->request_id(), std::move(command), reply);
}

grpc::ServerUnaryReactor* VotingServiceImpl::CancelPoll(grpc::CallbackServerContext* ctx,
                                                        const v1::CancelPollRequest* req,
                                                        v1::CommandReply* reply) {
  v1::Command command;
  command.mutable_cancel_poll()->set_poll_id(req->poll_id());
  command.mutable_cancel_poll()->set_reason(req->reason());
  return RunSessionCommand(core_, ctx, DH_METHOD(VotingService, CancelPoll), req->session_id(),
                           req->request_id(), std::move(command), reply);
}

grpc::ServerUnaryReactor* VotingServiceImpl::PublishResults(grpc::CallbackServerContext* ctx,
                                                            const v1::PublishResultsRequest* req,
                                                            v1::CommandReply* reply) {
  v1::Command command;
  command.mutable_publish_poll_results()->set_poll_id(req->poll_id());
  return RunSessionCommand(core_, ctx, DH_METHOD(VotingService, PublishResults),
                           req->session_id(), req->request_id(), std::move(command), reply);
}

grpc::ServerUnaryReactor* VotingServiceImpl::RevotePoll(grpc::CallbackServerContext* ctx,
                                                        const v1::RevotePollRequest* req,
                                                        v1::CommandReply* reply) {
  v1::Command command;
  command.mutable_revote_poll()->set_poll_id(req->poll_id());
  return RunSessionCommand(core_, ctx, DH_METHOD(VotingService, RevotePoll), req->session_id(),
                           req->request_id(), std::move(command), reply);
}

grpc::ServerUnaryReactor* VotingServiceImpl::GetPollProgress(
    grpc::CallbackServerContext* ctx, const v1::GetPollProgressRequest* req,
    v1::PollProgress* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(VotingService, GetPollProgress));
  if (!principal.ok()) return Reply(ctx, principal.status());
  v1::SessionState state;
  auto poll = ReadPoll(core_, *principal, req->session_id(), req->poll_id(), &state);
  if (!poll.ok()) return Reply(ctx, poll.status());
  resp->set_poll_id(poll->id());
  resp->set_status(poll->status());
  std::vector<int64_t> entitled;
  if (poll->status() == v1::POLL_STATUS_OPEN) {
    entitled = voting::EntitledVoters(state, *poll);
  } else {
    entitled.assign(poll->entitled_at_close().begin(), poll->entitled_at_close().end());
  }
  resp->set_entitled(static_cast<int32_t>(entitled.size()));
  resp->set_voted(poll->voted_size());
  if (poll->visibility() == v1::POLL_VISIBILITY_OPEN) {
    // Who has and has not voted; never what (the state does not even hold it).
    for (int64_t d : poll->voted()) resp->add_voted_delegates(d);
    for (int64_t d : entitled) {
      if (std::find(poll->voted().begin(), poll->voted().end(), d) == poll->voted().end()) {
        resp->add_not_voted_delegates(d);
      }
    }
  }
  if (poll->has_closes_at()) *resp->mutable_closes_at() = poll->closes_at();
  return Reply(ctx, Status::Ok());
}

grpc::ServerUnaryReactor* VotingServiceImpl::GetPollResult(grpc::CallbackServerContext* ctx,
                                                           const v1::GetPollResultRequest* req,
                                                           v1::Poll* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(VotingService, GetPollResult));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto poll = ReadPoll(core_, *principal, req->session_id(), req->poll_id());
  if (!poll.ok()) return Reply(ctx, poll.status());
  if (poll->status() != v1::POLL_STATUS_CLOSED && poll->status() != v1::POLL_STATUS_PUBLISHED) {
    return Reply(ctx, Status::FailedPrecondition(
                          "poll_id " + std::to_string(poll->id()) +
                          ": biểu quyết chưa kết thúc nên chưa có kết quả"));
  }
  *resp = std::move(poll).value();
  return Reply(ctx, Status::Ok());
}

}  // namespace dienhong
