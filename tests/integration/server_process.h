// ServerProcess: the real dienhong-server binary run as a child process for one test, on
// an ephemeral loopback port, with its database in a fresh temporary directory.
//
// The server writes its port to a file once it listens (--port-file), so Start() knows
// when it can be called without polling the socket. Stop() is a graceful SIGTERM; Kill()
// is SIGKILL and stands for a crash (power loss of the process, not of the disk). The
// database stays in place across Stop/Kill/Start, so a restart recovers from the same log.
// The child's stderr goes to a file in the temporary directory; it is printed when the
// test has failed, and the directory is removed unless DIENHONG_IT_KEEP is set.
//
// Thread-safety: not thread-safe; owned and driven by one test thread. address() and
// database_path() may be read from other threads while no Start/Stop/Kill runs.
#pragma once

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace dienhong::it {

class ServerProcess {
 public:
  // `extra_args` are appended to the command line (e.g. "--subscriber-queue", "64").
  explicit ServerProcess(std::string admin_pin, std::vector<std::string> extra_args = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // Starts the server and waits until it listens. Fails (with the server's stderr) when
  // it exits first or does not listen within the timeout.
  ::testing::AssertionResult Start();
  // SIGTERM, then waits for a clean exit (status 0).
  ::testing::AssertionResult Stop();
  // SIGKILL: a crash. Whatever the server acknowledged must survive it.
  void Kill();
  bool running() const { return pid_ > 0; }

  // "127.0.0.1:<port>" of the running server.
  std::string address() const;
  // A new channel to the running server. With `own_connection`, the channel does not
  // share its TCP connection with other channels (for tests of many connections).
  std::shared_ptr<grpc::Channel> NewChannel(bool own_connection = false) const;

  const std::filesystem::path& database_path() const { return database_; }
  // For the next Start(): another database file (e.g. another server's, to provoke the
  // data-directory lock) or another listen address (e.g. a port already taken).
  void set_database_path(std::filesystem::path path) { database_ = std::move(path); }
  void set_listen(std::string listen) { listen_ = std::move(listen); }
  // The port the running server listens on.
  int port() const { return port_; }
  const std::filesystem::path& directory() const { return dir_; }
  // Everything the server wrote to stderr so far (all starts).
  std::string StderrText() const;

 private:
  // Waits for the child to exit for at most `timeout_ms`; true with its wait status.
  bool WaitForExit(int timeout_ms, int* wait_status);

  std::string admin_pin_;
  std::vector<std::string> extra_args_;
  std::filesystem::path dir_;
  std::filesystem::path database_;
  std::string listen_ = "127.0.0.1:0";
  std::filesystem::path port_file_;
  std::filesystem::path stderr_file_;
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace dienhong::it
