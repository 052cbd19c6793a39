// VotingService: polls (voting_service.proto). Commands go through the session engine,
// whose ballot box hook keeps secret choices out of the log; reads come from the
// committed session state, which never holds a choice before close.
//
// Thread-safety: stateless.
#pragma once

#include "dienhong/v1/voting_service.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class VotingServiceImpl final : public v1::VotingService::CallbackService {
 public:
  explicit VotingServiceImpl(ServerCore& core) : core_(core) {}

  grpc::ServerUnaryReactor* CreatePoll(grpc::CallbackServerContext*, const v1::CreatePollRequest*,
                                       v1::CommandReply*) override;
  grpc::ServerUnaryReactor* OpenPoll(grpc::CallbackServerContext*, const v1::OpenPollRequest*,
                                     v1::CommandReply*) override;
  grpc::ServerUnaryReactor* CastVote(grpc::CallbackServerContext*, const v1::CastVoteRequest*,
                                     v1::VoteReceipt*) override;
  grpc::ServerUnaryReactor* ClosePoll(grpc::CallbackServerContext*, const v1::ClosePollRequest*,
                                      v1::CommandReply*) override;
  grpc::ServerUnaryReactor* CancelPoll(grpc::CallbackServerContext*, const v1::CancelPollRequest*,
                                       v1::CommandReply*) override;
  grpc::ServerUnaryReactor* PublishResults(grpc::CallbackServerContext*,
                                           const v1::PublishResultsRequest*,
                                           v1::CommandReply*) override;
  grpc::ServerUnaryReactor* RevotePoll(grpc::CallbackServerContext*, const v1::RevotePollRequest*,
                                       v1::CommandReply*) override;
  grpc::ServerUnaryReactor* GetPollProgress(grpc::CallbackServerContext*,
                                            const v1::GetPollProgressRequest*,
                                            v1::PollProgress*) override;
  grpc::ServerUnaryReactor* GetPollResult(grpc::CallbackServerContext*,
                                          const v1::GetPollResultRequest*, v1::Poll*) override;

 private:
  ServerCore& core_;
};

}  // namespace dienhong
