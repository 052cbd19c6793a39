#include "server/grpc_status.h"

namespace dienhong {

grpc::Status ToGrpc(const Status& status) {
  using grpc::StatusCode;
  StatusCode code = StatusCode::UNKNOWN;
  switch (status.code()) {
    case dienhong::StatusCode::kOk:
      return grpc::Status::OK;
    case dienhong::StatusCode::kInvalidArgument:
      code = StatusCode::INVALID_ARGUMENT;
      break;
    case dienhong::StatusCode::kNotFound:
      code = StatusCode::NOT_FOUND;
      break;
    case dienhong::StatusCode::kFailedPrecondition:
      code = StatusCode::FAILED_PRECONDITION;
      break;
    case dienhong::StatusCode::kPermissionDenied:
      code = StatusCode::PERMISSION_DENIED;
      break;
    case dienhong::StatusCode::kUnauthenticated:
      code = StatusCode::UNAUTHENTICATED;
      break;
    case dienhong::StatusCode::kAlreadyExists:
      code = StatusCode::ALREADY_EXISTS;
      break;
    case dienhong::StatusCode::kResourceExhausted:
      code = StatusCode::RESOURCE_EXHAUSTED;
      break;
    case dienhong::StatusCode::kUnavailable:
      code = StatusCode::UNAVAILABLE;
      break;
    case dienhong::StatusCode::kInternal:
      code = StatusCode::INTERNAL;
      break;
    case dienhong::StatusCode::kOutOfRange:
      code = StatusCode::OUT_OF_RANGE;
      break;
  }
  return grpc::Status(code, status.message());
}

}  // namespace dienhong
