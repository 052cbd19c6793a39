// The one place where domain Status codes become gRPC status codes.
//
// Thread-safety: pure functions.
#pragma once

#include <grpcpp/support/status.h>

#include "common/status.h"

namespace dienhong {

grpc::Status ToGrpc(const Status& status);

}  // namespace dienhong
