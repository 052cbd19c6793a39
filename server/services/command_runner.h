// The shared path of every command on a session: admit the caller, check the session's
// council, let the method fill in server-side data (`prepare`), then hand the command to
// the engine and answer when it is durable.
//
// Thread-safety: stateless.
#pragma once

#include <functional>
#include <string_view>

#include "dienhong/v1/session_service.pb.h"
#include "server/server_core.h"
#include "server/services/caller.h"

namespace dienhong {

using PrepareCommand = std::function<Status(const Principal&, v1::Command&)>;

grpc::ServerUnaryReactor* RunSessionCommand(ServerCore& core, grpc::CallbackServerContext* ctx,
                                            std::string_view method, int64_t session_id,
                                            const std::string& request_id, v1::Command command,
                                            v1::CommandReply* reply,
                                            const PrepareCommand& prepare = {});

// The command context of a principal at the core's current time.
CommandContext ContextOf(const ServerCore& core, const Principal& principal);

}  // namespace dienhong
