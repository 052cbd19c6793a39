// Admission of every call: authentication from the bearer token, the role table
// (server/auth/access_policy.h, deny by default), council scope, and the idempotency key.
//
// Thread-safety: stateless functions over thread-safe parts.
#pragma once

#include <google/protobuf/message.h>
#include <grpcpp/grpcpp.h>

#include <string>
#include <string_view>

#include "common/result.h"
#include "server/server_core.h"

// Full gRPC method name of a method of a dienhong.v1 service.
#define DH_METHOD(service, method) "/dienhong.v1." #service "/" #method

namespace dienhong {

// Authenticates the caller and checks that their role may call `method`.
Result<Principal> Admit(const ServerCore& core, grpc::CallbackServerContext* ctx,
                        std::string_view method);

// The bearer token of the call ("authorization: Bearer <token>"), or empty. Views the
// call's metadata: valid while the call is.
std::string_view BearerToken(const grpc::CallbackServerContext* ctx);

// PERMISSION_DENIED unless the principal acts in `council_id`.
Status RequireCouncil(const Principal& principal, int64_t council_id);

// The log's idempotency key for a client request id and the request it came with
// (server/idempotency_key.h): scoped to the account, tied to the command. Empty for an
// empty id.
Result<std::string> IdempotencyKey(const Principal& principal, const std::string& request_id,
                                   int64_t session_id, const google::protobuf::Message& request);

// Finishes a unary call at once with `status`.
grpc::ServerUnaryReactor* Reply(grpc::CallbackServerContext* ctx, const Status& status);

}  // namespace dienhong

// In a unary handler: finishes the call with `expr`'s status when it failed.
#define DH_REPLY_IF_ERROR(ctx, expr)                                             \
  do {                                                                           \
    ::dienhong::Status dh_reply_status_ = (expr);                                \
    if (!dh_reply_status_.ok()) return ::dienhong::Reply(ctx, dh_reply_status_); \
  } while (0)
