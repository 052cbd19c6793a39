// AttendanceService: check-in, the secretary's attendance records, quorum.
//
// Thread-safety: stateless; commands go through the session engine.
#pragma once

#include "dienhong/v1/session_service.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class AttendanceServiceImpl final : public v1::AttendanceService::CallbackService {
 public:
  explicit AttendanceServiceImpl(ServerCore& core) : core_(core) {}

  grpc::ServerUnaryReactor* CheckIn(grpc::CallbackServerContext*, const v1::CheckInRequest*,
                                    v1::CommandReply*) override;
  grpc::ServerUnaryReactor* RecordAttendance(grpc::CallbackServerContext*,
                                             const v1::RecordAttendanceRequest*,
                                             v1::CommandReply*) override;
  grpc::ServerUnaryReactor* GetQuorum(grpc::CallbackServerContext*, const v1::GetQuorumRequest*,
                                      v1::QuorumStatus*) override;

 private:
  ServerCore& core_;
};

}  // namespace dienhong
