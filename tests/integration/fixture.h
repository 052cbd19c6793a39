// IntegrationTest: the base fixture of the integration tests. Each test gets its own
// dienhong-server process (ServerProcess) with an empty database and a logged-in global
// administrator, plus helpers that build the usual world through the public API: a
// council with delegates (Vietnamese names), one account per role, delegate accounts
// linked to delegates, a session with agenda and sittings.
//
// Helpers that must succeed throw std::runtime_error (with the gRPC status) when a call
// fails: GoogleTest reports an exception in a test body or SetUp as a failure, and this
// keeps the helpers usable in non-void functions, where ASSERT_* cannot be used.
//
// Thread-safety: Caller and Stubs are safe to use from many threads (gRPC stubs are);
// the fixture's own methods are called from the test thread, except the ones documented
// otherwise.
#pragma once

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "dienhong/v1/council.grpc.pb.h"
#include "dienhong/v1/session_service.grpc.pb.h"
#include "tests/integration/server_process.h"

namespace dienhong::it {

inline constexpr char kAdminPin[] = "246810";
// Every account the helpers create has this PIN.
inline constexpr char kUserPin[] = "135790";

// A logged-in account: its bearer token, and ClientContexts that carry it.
struct Caller {
  std::string account;  // login name
  std::string token;
  int64_t account_id = 0;
  int64_t delegate_id = 0;  // for delegate accounts

  // A fresh context with `authorization: Bearer <token>` and a deadline, so a hung server
  // fails the test instead of hanging it.
  std::unique_ptr<grpc::ClientContext> Context(
      std::chrono::milliseconds deadline = std::chrono::seconds(15)) const;
};

// One stub per service, all on one channel.
struct Stubs {
  explicit Stubs(const std::shared_ptr<grpc::Channel>& channel);
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<v1::AuthService::Stub> auth;
  std::unique_ptr<v1::AccountService::Stub> accounts;
  std::unique_ptr<v1::CouncilService::Stub> councils;
  std::unique_ptr<v1::SessionService::Stub> sessions;
  std::unique_ptr<v1::AttendanceService::Stub> attendance;
  std::unique_ptr<v1::LiveService::Stub> live;
};

// A council built for a test, with a logged-in account for every role.
struct CouncilWorld {
  int64_t council_id = 0;
  std::vector<v1::Delegate> delegates;
  Caller secretary, chair, respondent, display, observer;
  // Accounts for the first delegates (as many as asked for), in roster order.
  std::vector<Caller> delegate_callers;
};

// Throws std::runtime_error naming `what` and the status unless it is OK.
void CheckOk(const grpc::Status& status, const std::string& what);

// "<CODE>: <message>" for failure output.
std::string Describe(const grpc::Status& status);

// Full name of the i-th test delegate: real Vietnamese names, with diacritics.
std::string VietnameseName(int i);

class IntegrationTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  // Extra command-line arguments of the test's server (e.g. a small --max-document-mib);
  // ServerProcess: a flag named here replaces its default.
  virtual std::vector<std::string> ServerArgs() const { return {}; }

  // Restarts the server on the same database: SIGKILL when `crash`, else SIGTERM (if it
  // is still running). The stubs are reconnected (the port changes).
  void RestartServer(bool crash);
  // Graceful stop. Drops the fixture's channel first: the server's shutdown waits (up to
  // its 5 s deadline) for connected channels to go away.
  ::testing::AssertionResult StopServer();

  // A request id unique within the test. Safe from any thread.
  std::string NextRequestId();

  Caller Login(const std::string& account, const std::string& pin = kUserPin);
  // Logs in many accounts at once (each login is an Argon2 check and a durable write).
  std::vector<Caller> LoginAll(const std::vector<v1::Account>& accounts);

  int64_t CreateCouncil(const std::string& name);
  std::vector<v1::Delegate> ImportDelegates(int64_t council_id, int count);
  v1::Account CreateAccount(const std::string& name, v1::Role role, int64_t council_id,
                            int64_t delegate_id = 0);
  // A council of `delegates` delegates, accounts for every role (names prefixed with
  // `prefix`), and `delegate_accounts` delegate accounts, all logged in.
  CouncilWorld MakeCouncil(const std::string& prefix, int delegates, int delegate_accounts);

  // A DRAFT session of a Kỳ họp thường lệ with five agenda items and two sittings.
  // An empty `request_id` gets a fresh one.
  int64_t CreateSession(const Caller& secretary, int64_t council_id,
                        const std::string& request_id = "");
  v1::SessionState GetSession(const Caller& caller, int64_t session_id);
  v1::CommandReply Convene(const Caller& caller, int64_t session_id);
  v1::CommandReply OpenSitting(const Caller& chair, int64_t session_id, int64_t sitting_id);
  v1::CommandReply SetCurrentItem(const Caller& chair, int64_t session_id, int64_t item_id);
  v1::CommandReply CheckIn(const Caller& delegate, int64_t session_id,
                           v1::AttendanceStatus status = v1::ATTENDANCE_STATUS_PRESENT);
  v1::CommandReply RecordAttendance(const Caller& secretary, int64_t session_id,
                                    int64_t delegate_id, v1::AttendanceStatus status,
                                    const std::string& reason = "");

  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<Stubs> stubs_;
  Caller admin_;

 private:
  std::atomic<int64_t> next_request_id_{1};
};

}  // namespace dienhong::it
