// FloorService: speaking requests, the chair's control of the list and of turns, the
// rules of procedure and the statistics (proto/dienhong/v1/floor_service.proto).
//
// Who speaks is never taken from a request: a delegate speaks as the delegate of their
// account, a respondent (who has no delegate id) as their account, the chair as theirs.
//
// Thread-safety: stateless; commands go through the session engine.
#pragma once

#include "dienhong/v1/floor_service.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class FloorServiceImpl final : public v1::FloorService::CallbackService {
 public:
  explicit FloorServiceImpl(ServerCore& core) : core_(core) {}

#define DH_FLOOR_RPC(Method, Request, Response)                                         \
  grpc::ServerUnaryReactor* Method(grpc::CallbackServerContext*, const v1::Request*, \
                                   v1::Response*) override;
  DH_FLOOR_RPC(RequestFloor, RequestFloorRequest, CommandReply)
  DH_FLOOR_RPC(WithdrawRequest, WithdrawRequestRequest, CommandReply)
  DH_FLOOR_RPC(RegisterPresentation, RegisterPresentationRequest, CommandReply)
  DH_FLOOR_RPC(GrantFloor, GrantFloorRequest, CommandReply)
  DH_FLOOR_RPC(ReorderRequest, ReorderRequestRequest, CommandReply)
  DH_FLOOR_RPC(RemoveRequest, RemoveRequestRequest, CommandReply)
  DH_FLOOR_RPC(CloseList, CloseListRequest, CommandReply)
  DH_FLOOR_RPC(OpenList, OpenListRequest, CommandReply)
  DH_FLOOR_RPC(EndTurn, EndTurnRequest, CommandReply)
  DH_FLOOR_RPC(InterruptTurn, InterruptTurnRequest, CommandReply)
  DH_FLOOR_RPC(ExtendTurn, ExtendTurnRequest, CommandReply)
  DH_FLOOR_RPC(PauseTurn, PauseTurnRequest, CommandReply)
  DH_FLOOR_RPC(ResumeTurn, ResumeTurnRequest, CommandReply)
  DH_FLOOR_RPC(SetSessionFloorRules, SetSessionFloorRulesRequest, CommandReply)
  DH_FLOOR_RPC(SetCouncilFloorRules, SetCouncilFloorRulesRequest, Council)
  DH_FLOOR_RPC(GetFloorStatistics, GetFloorStatisticsRequest, FloorStatistics)
#undef DH_FLOOR_RPC

 private:
  ServerCore& core_;
};

}  // namespace dienhong
