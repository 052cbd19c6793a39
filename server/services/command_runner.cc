#include "server/services/command_runner.h"

#include <spdlog/spdlog.h>

#include "server/grpc_status.h"

namespace dienhong {

CommandContext ContextOf(const ServerCore& core, const Principal& principal) {
  CommandContext context;
  context.actor = principal.ToActor();
  context.now_micros = core.clock.NowMicros();
  return context;
}

grpc::ServerUnaryReactor* RunSessionCommand(ServerCore& core, grpc::CallbackServerContext* ctx,
                                            std::string_view method, int64_t session_id,
                                            const std::string& request_id, v1::Command command,
                                            v1::CommandReply* reply,
                                            const PrepareCommand& prepare) {
  auto principal = Admit(core, ctx, method);
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto council = core.engine.CouncilOf(session_id);
  if (!council.ok()) return Reply(ctx, council.status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, *council));
  // The digest covers the command as translated from the request, before `prepare` fills
  // in server data (a retry must match even if the registry changed meanwhile).
  auto key = IdempotencyKey(*principal, request_id, session_id, command);
  if (!key.ok()) return Reply(ctx, key.status());
  if (prepare) DH_REPLY_IF_ERROR(ctx, prepare(*principal, command));
  auto* reactor = ctx->DefaultReactor();
  core.engine.Execute(session_id, command, ContextOf(core, *principal), *key,
                      [reactor, reply, session_id, method,
                       account = principal->account.name()](Result<v1::CommandReply> r) {
                        if (r.ok()) {
                          *reply = std::move(r).value();
                          spdlog::debug("{} session={} account={} seq={}", method, session_id,
                                        account, reply->seq());
                        }
                        reactor->Finish(ToGrpc(r.status()));
                      });
  return reactor;
}

}  // namespace dienhong
