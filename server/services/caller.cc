#include "server/services/caller.h"

#include <spdlog/spdlog.h>

#include "common/labels.h"
#include "server/auth/access_policy.h"
#include "server/auth/token.h"
#include "server/grpc_status.h"
#include "server/idempotency_key.h"
#include "server/log_text.h"

namespace dienhong {

Result<Principal> Admit(const ServerCore& core, grpc::CallbackServerContext* ctx,
                        std::string_view method) {
  const auth::MethodPolicy* policy = auth::FindPolicy(method);
  if (policy == nullptr) {
    // Deny by default: a method without an entry in the role table is a bug.
    spdlog::error("no access policy for {}", LogText(method));
    return Status::PermissionDenied("Phương thức chưa được phân quyền");
  }
  DH_ASSIGN_OR_RETURN(Principal principal, core.accounts.Authenticate(BearerToken(ctx)));
  if (!auth::RoleAllowed(*policy, principal.account.role())) {
    return Status::PermissionDenied(std::string("Vai trò ") + RoleLabel(principal.account.role()) +
                                    " không được thực hiện thao tác này (" + std::string(method) +
                                    ")");
  }
  return principal;
}

std::string_view BearerToken(const grpc::CallbackServerContext* ctx) {
  const auto& metadata = ctx->client_metadata();
  auto it = metadata.find("authorization");
  if (it == metadata.end()) return {};
  return auth::ParseBearer(std::string_view(it->second.data(), it->second.size()));
}

Status RequireCouncil(const Principal& principal, int64_t council_id) {
  if (principal.CanActIn(council_id)) return Status::Ok();
  return Status::PermissionDenied("Tài khoản " + principal.account.name() +
                                  " không thuộc hội đồng " + std::to_string(council_id));
}

Result<std::string> IdempotencyKey(const Principal& principal, const std::string& request_id,
                                   int64_t session_id, const google::protobuf::Message& request) {
  return MakeIdempotencyKey(principal.account.id(), request_id, session_id, request);
}

grpc::ServerUnaryReactor* Reply(grpc::CallbackServerContext* ctx, const Status& status) {
  auto* reactor = ctx->DefaultReactor();
  reactor->Finish(ToGrpc(status));
  return reactor;
}

}  // namespace dienhong
