// Server: opens the event log, loads reference data and sessions, and serves every gRPC
// service (plus grpc.health.v1 and server reflection) until shut down.
//
// Start-up refuses what would split or falsify the record (docs/operations.md): a second
// server on the same database (exclusive lock on "<database>.lock"), a second server on
// the same port (no SO_REUSEPORT), and an event log that fails the start-up check (hash
// chain, snapshots bound to it, ballots accounted for by it) unless the operator chose
// --on-broken-chain=read-only.
//
// Thread-safety: Start() once; Shutdown() and Wait() may be called from any thread.
#pragma once

#include <memory>
#include <string>

#include "common/clock.h"
#include "common/result.h"
#include "server/config.h"
#include "server/server_core.h"
#include "server/store/env.h"

namespace dienhong {

class Server {
 public:
  // `env`: the file system of the data directory (nullptr: store::Env::Default()); tests
  // pass a FaultInjectionEnv. It must outlive the server.
  static Result<std::unique_ptr<Server>> Start(const ServerConfig& config, const Clock& clock,
                                               store::Env* env = nullptr);
  ~Server();

  int port() const;
  // Why the server is read-only (empty when it is not): --on-broken-chain=read-only and
  // the start-up check failed.
  const std::string& read_only_reason() const;
  ServerCore& core();
  // Ends live streams (UNAVAILABLE), stops accepting calls, drains the log writer.
  void Shutdown();
  void Wait();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dienhong
