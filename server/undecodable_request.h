// UndecodableRequestInterceptor: a request whose bytes do not parse as the method's
// message (invalid UTF-8 in a string field, a truncated or random body) is answered with
// INVALID_ARGUMENT and a message saying so, as docs/api.md promises.
//
// Why an interceptor: gRPC 1.51's callback handlers (CallbackUnaryHandler::RunHandler,
// grpcpp/impl/codegen/server_callback_handlers.h) drop the deserialization status and
// finish such a call with UNIMPLEMENTED and an empty message before any code of ours
// runs; the handler classes are final and owned by the generated services, so they
// cannot be wrapped without re-registering every method by hand. A server interceptor
// sees both ends of every call: at POST_RECV_MESSAGE the message is null exactly when
// it did not parse, and at PRE_SEND_STATUS it may replace that UNIMPLEMENTED.
//
// Only a bare UNIMPLEMENTED (empty message) after a null message is replaced, so a
// client stream's end (also a null message) never changes a status we chose.
//
// Thread-safety: one interceptor per call; gRPC runs its hooks one at a time.
#pragma once

#include <grpcpp/support/server_interceptor.h>

#include <memory>
#include <vector>

namespace dienhong {

// The factory list for ServerBuilder::experimental().SetInterceptorCreators.
std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
UndecodableRequestInterceptors();

}  // namespace dienhong
