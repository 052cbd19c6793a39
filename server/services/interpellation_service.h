// InterpellationService: questioning (chất vấn), explanation hearings, conclusions and
// commitments, and their follow-up across sessions
// (proto/dienhong/v1/interpellation_service.proto, docs/interpellation.md).
//
// Who asks is never taken from a request: a question and a satisfaction are the caller's
// delegate's; a respondent's name is their account's; a written answer is the calling
// respondent's. Respondents see only what is addressed to them: the list RPCs filter for
// them (common/respondent_view.h for questions; agencies they were invited for, for
// conclusions and commitments).
//
// Thread-safety: stateless; session commands go through the session engine, follow-up
// appends through the FollowUpLedger on the blocking pool.
#pragma once

#include "dienhong/v1/interpellation_service.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class InterpellationServiceImpl final : public v1::InterpellationService::CallbackService {
 public:
  explicit InterpellationServiceImpl(ServerCore& core) : core_(core) {}

#define DH_IP_RPC(Method, Request, Response)                                         \
  grpc::ServerUnaryReactor* Method(grpc::CallbackServerContext*, const v1::Request*, \
                                   v1::Response*) override;
  DH_IP_RPC(InviteRespondent, InviteRespondentRequest, CommandReply)
  DH_IP_RPC(SubmitQuestion, SubmitQuestionRequest, CommandReply)
  DH_IP_RPC(DefineQuestionGroup, DefineQuestionGroupRequest, CommandReply)
  DH_IP_RPC(OrderQuestionGroups, OrderQuestionGroupsRequest, CommandReply)
  DH_IP_RPC(StartQuestionGroup, StartQuestionGroupRequest, CommandReply)
  DH_IP_RPC(CallQuestioner, CallQuestionerRequest, CommandReply)
  DH_IP_RPC(CallRespondent, CallRespondentRequest, CommandReply)
  DH_IP_RPC(RecordSatisfaction, RecordSatisfactionRequest, CommandReply)
  DH_IP_RPC(SetHearing, SetHearingRequest, CommandReply)
  DH_IP_RPC(RecordConclusion, RecordConclusionRequest, CommandReply)
  DH_IP_RPC(ListQuestions, ListQuestionsRequest, ListQuestionsResponse)
  DH_IP_RPC(ListConclusions, ListConclusionsRequest, ListConclusionsResponse)
  DH_IP_RPC(ListCommitments, ListCommitmentsRequest, ListCommitmentsResponse)
  DH_IP_RPC(ListCarriedOverQuestions, ListCarriedOverQuestionsRequest,
            ListCarriedOverQuestionsResponse)
  DH_IP_RPC(ListRespondentAccounts, ListRespondentAccountsRequest, ListRespondentAccountsResponse)
  DH_IP_RPC(MarkCommitmentDone, MarkCommitmentDoneRequest, CommitmentView)
  DH_IP_RPC(ExtendCommitment, ExtendCommitmentRequest, CommitmentView)
  DH_IP_RPC(AnswerInWriting, AnswerInWritingRequest, CarriedOverQuestion)
#undef DH_IP_RPC

 private:
  ServerCore& core_;
};

}  // namespace dienhong
