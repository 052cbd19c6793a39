// Status: the outcome of an operation that can fail, without exceptions.
//
// Domain code (common/) and server internals return Status or Result<T>; the gRPC edge
// maps the code to a grpc::StatusCode in one place (server/grpc_status.h). Messages are
// written for the person who will read them (a secretary, an administrator): in
// Vietnamese, naming the request field or the rule that was broken, e.g.
// "sitting_id 7: không có phiên họp này trong kỳ họp".
//
// Thread-safety: a value type; distinct objects may be used from different threads.
#pragma once

#include <string>
#include <utility>

namespace dienhong {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // the request is malformed: a field is empty, out of range, ...
  kNotFound,            // an id names nothing
  kFailedPrecondition,  // valid request, wrong state (e.g. no sitting is open)
  kPermissionDenied,    // the caller's role or council does not allow it
  kUnauthenticated,     // no valid token
  kAlreadyExists,       // a unique name/key is taken
  kResourceExhausted,   // a bound was hit (slow subscriber, too many requests)
  kUnavailable,         // try again later (shutting down, storage failure)
  kInternal,            // a bug or corrupted data
  kOutOfRange,          // a position past the end (a download offset beyond the file)
};

class [[nodiscard]] Status {
 public:
  Status() = default;

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status FailedPrecondition(std::string m) {
    return {StatusCode::kFailedPrecondition, std::move(m)};
  }
  static Status PermissionDenied(std::string m) {
    return {StatusCode::kPermissionDenied, std::move(m)};
  }
  static Status Unauthenticated(std::string m) { return {StatusCode::kUnauthenticated, std::move(m)}; }
  static Status AlreadyExists(std::string m) { return {StatusCode::kAlreadyExists, std::move(m)}; }
  static Status ResourceExhausted(std::string m) {
    return {StatusCode::kResourceExhausted, std::move(m)};
  }
  static Status Unavailable(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }
  static Status OutOfRange(std::string m) { return {StatusCode::kOutOfRange, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Human-readable "CODE: message", for logs and test failure output.
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

const char* StatusCodeName(StatusCode code);

}  // namespace dienhong

// Returns early from a function returning Status or Result<T> when `expr` failed.
#define DH_RETURN_IF_ERROR(expr)                  \
  do {                                            \
    ::dienhong::Status dh_status_ = (expr);       \
    if (!dh_status_.ok()) return dh_status_;      \
  } while (0)
