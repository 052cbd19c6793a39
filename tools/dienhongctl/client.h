// The connection side of dienhongctl: global options, the channel, the bearer token (its
// file, its environment override), request ids, PIN prompts and error reporting.
//
// Token precedence: DIENHONG_TOKEN (for scripts, never written anywhere) > --token-file >
// $XDG_STATE_HOME/dienhong/token > ~/.local/state/dienhong/token. The file is created
// with mode 0600 in a 0700 directory: the token is as good as the PIN until it expires.
//
// Thread-safety: a Client is used from one thread, except that its stubs (which are
// thread-safe in gRPC) may be shared with a helper thread.
#pragma once

#include <grpcpp/grpcpp.h>

#include <functional>
#include <memory>
#include <string>

#include "dienhong/v1/council.grpc.pb.h"
#include "dienhong/v1/session_service.grpc.pb.h"

namespace google::protobuf {
class Message;
}

namespace dienhong::ctl {

inline constexpr char kDefaultServer[] = "127.0.0.1:50051";

// Options shared by every subcommand, and the action the chosen subcommand registers.
struct Context {
  std::string server = kDefaultServer;
  std::string token_file;  // empty: the default path
  std::string ca_file;     // PEM roots; implies TLS
  bool tls = false;        // TLS with the system's roots
  bool json = false;       // machine-readable output on list/show commands
  std::function<int()> action;
};

class Client {
 public:
  explicit Client(const Context& ctx);

  // Sets the authorization header (when a token is known) and, for unary calls, a
  // deadline: a script must not hang forever on a server that accepted the connection
  // and then stalled.
  void Prepare(grpc::ClientContext& call, bool unary = true) const;

  const std::string& token() const { return token_; }
  // Where the token came from: "DIENHONG_TOKEN" or the file path.
  const std::string& token_source() const { return token_source_; }

  v1::AuthService::Stub& auth() { return *auth_; }
  v1::AccountService::Stub& accounts() { return *accounts_; }
  v1::CouncilService::Stub& councils() { return *councils_; }
  v1::SessionService::Stub& sessions() { return *sessions_; }
  v1::AttendanceService::Stub& attendance() { return *attendance_; }
  v1::LiveService::Stub& live() { return *live_; }
  // For services whose commands make their own stubs (e.g. poll commands).
  const std::shared_ptr<grpc::Channel>& channel() const { return channel_; }

 private:
  std::shared_ptr<grpc::Channel> channel_;
  std::string token_;
  std::string token_source_;
  std::unique_ptr<v1::AuthService::Stub> auth_;
  std::unique_ptr<v1::AccountService::Stub> accounts_;
  std::unique_ptr<v1::CouncilService::Stub> councils_;
  std::unique_ptr<v1::SessionService::Stub> sessions_;
  std::unique_ptr<v1::AttendanceService::Stub> attendance_;
  std::unique_ptr<v1::LiveService::Stub> live_;
};

// --token-file, else $XDG_STATE_HOME/dienhong/token, else ~/.local/state/dienhong/token.
std::string TokenFilePath(const Context& ctx);

// Writes the token with mode 0600 (creating the directory with 0700). Empty on success,
// else a message.
std::string SaveToken(const std::string& path, const std::string& token);

// A fresh random request id in UUID v4 form, for the idempotency of mutating calls.
std::string NewRequestId();

// The PIN from --pin / DIENHONG_PIN (`given`), else asked on the terminal without echo.
// Empty when there is no terminal to ask on.
std::string ObtainPin(const std::string& given, const char* prompt);

// "lỗi: <message> (<CODE>)" on stderr; returns the exit code 1.
int ReportRpcError(const grpc::Status& status);
// "lỗi: <message>" on stderr; returns 1.
int ReportError(const std::string& message);

// "NOT_FOUND", "PERMISSION_DENIED", ...
const char* GrpcCodeName(grpc::StatusCode code);

// Whole file into `out`; empty on success, else a message naming the path.
std::string ReadWholeFile(const std::string& path, std::string& out);

// Prints a message as JSON (proto field names, defaults included) on stdout.
void PrintJson(const google::protobuf::Message& message);

}  // namespace dienhong::ctl
