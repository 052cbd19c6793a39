// Server: opens the event log, loads reference data and sessions, and serves every gRPC
// service (plus grpc.health.v1 and server reflection) until shut down.
//
// Thread-safety: Start() once; Shutdown() and Wait() may be called from any thread.
#pragma once

#include <memory>

#include "common/clock.h"
#include "common/result.h"
#include "server/config.h"
#include "server/server_core.h"

namespace dienhong {

class Server {
 public:
  static Result<std::unique_ptr<Server>> Start(const ServerConfig& config, const Clock& clock);
  ~Server();

  int port() const;
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
