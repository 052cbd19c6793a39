// ChildServer: the real dienhong-server binary, started by the benchmark as a child
// process on an ephemeral loopback port with a fresh database in its own temporary
// directory (the same way tests/integration/server_process.h does it, without GoogleTest).
// It also reads the child's resource use from /proc: CPU time (utime + stime) and peak
// resident memory (VmHWM).
//
// Thread-safety: not thread-safe; owned by the benchmark's main thread. address() and
// pid() may be read from any thread while the server runs.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace dienhong::bench {

struct ProcessUsage {
  double cpu_seconds = 0;  // utime + stime
  int64_t peak_rss_kib = 0;  // VmHWM
  int64_t rss_kib = 0;       // VmRSS
  int threads = 0;
};

class ChildServer {
 public:
  ChildServer(std::string binary, std::filesystem::path dir, std::string admin_pin,
              std::vector<std::string> extra_args);
  ~ChildServer();  // SIGKILLs a server still running
  ChildServer(const ChildServer&) = delete;
  ChildServer& operator=(const ChildServer&) = delete;

  // Starts the server and waits (up to 30 s) until it has written its port. Returns an
  // empty string on success, else what went wrong (with the server's output).
  std::string Start();
  // SIGTERM and wait; true when it exited with status 0.
  bool Stop();
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  pid_t pid() const { return pid_; }
  std::filesystem::path database() const { return dir_ / "db" / "dienhong.db"; }
  std::string OutputText() const;
  ProcessUsage Usage() const;

 private:
  std::string binary_;
  std::filesystem::path dir_;
  std::string admin_pin_;
  std::vector<std::string> extra_args_;
  pid_t pid_ = -1;
  int port_ = 0;
};

// Resource use of any process (for the benchmark's own figures too).
ProcessUsage ReadUsage(pid_t pid);

}  // namespace dienhong::bench
