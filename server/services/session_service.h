// SessionService: sessions, their sittings and agenda.
//
// Thread-safety: stateless; commands go through the session engine.
#pragma once

#include "dienhong/v1/session_service.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class SessionServiceImpl final : public v1::SessionService::CallbackService {
 public:
  explicit SessionServiceImpl(ServerCore& core) : core_(core) {}

  grpc::ServerUnaryReactor* CreateSession(grpc::CallbackServerContext*,
                                          const v1::CreateSessionRequest*,
                                          v1::CommandReply*) override;
  grpc::ServerUnaryReactor* GetSession(grpc::CallbackServerContext*, const v1::GetSessionRequest*,
                                       v1::SessionState*) override;
  grpc::ServerUnaryReactor* ListSessions(grpc::CallbackServerContext*,
                                         const v1::ListSessionsRequest*,
                                         v1::ListSessionsResponse*) override;
  grpc::ServerUnaryReactor* AddAgendaItem(grpc::CallbackServerContext*,
                                          const v1::AddAgendaItemRequest*,
                                          v1::CommandReply*) override;
  grpc::ServerUnaryReactor* AddSitting(grpc::CallbackServerContext*, const v1::AddSittingRequest*,
                                       v1::CommandReply*) override;
  grpc::ServerUnaryReactor* ConveneSession(grpc::CallbackServerContext*,
                                           const v1::ConveneSessionRequest*,
                                           v1::CommandReply*) override;
  grpc::ServerUnaryReactor* OpenSitting(grpc::CallbackServerContext*, const v1::OpenSittingRequest*,
                                        v1::CommandReply*) override;
  grpc::ServerUnaryReactor* SuspendSitting(grpc::CallbackServerContext*,
                                           const v1::SuspendSittingRequest*,
                                           v1::CommandReply*) override;
  grpc::ServerUnaryReactor* ResumeSitting(grpc::CallbackServerContext*,
                                          const v1::ResumeSittingRequest*,
                                          v1::CommandReply*) override;
  grpc::ServerUnaryReactor* CloseSitting(grpc::CallbackServerContext*,
                                         const v1::CloseSittingRequest*,
                                         v1::CommandReply*) override;
  grpc::ServerUnaryReactor* CloseSession(grpc::CallbackServerContext*,
                                         const v1::CloseSessionRequest*,
                                         v1::CommandReply*) override;
  grpc::ServerUnaryReactor* SetCurrentItem(grpc::CallbackServerContext*,
                                           const v1::SetCurrentItemRequest*,
                                           v1::CommandReply*) override;
  grpc::ServerUnaryReactor* CompleteItem(grpc::CallbackServerContext*,
                                         const v1::CompleteItemRequest*,
                                         v1::CommandReply*) override;

 private:
  ServerCore& core_;
};

}  // namespace dienhong
