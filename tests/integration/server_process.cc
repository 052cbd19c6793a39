#include "tests/integration/server_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#ifndef DIENHONG_SERVER_BINARY
#error "DIENHONG_SERVER_BINARY must name the dienhong-server executable"
#endif

namespace dienhong::it {
namespace {

constexpr int kStartTimeoutMs = 20000;
constexpr int kStopTimeoutMs = 15000;

std::filesystem::path MakeTempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "dienhong-it-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed: " + std::string(std::strerror(errno)));
  }
  return pattern;
}

std::string DescribeWaitStatus(int status) {
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
  return "wait status " + std::to_string(status);
}

}  // namespace

ServerProcess::ServerProcess(std::string admin_pin, std::vector<std::string> extra_args)
    : admin_pin_(std::move(admin_pin)), extra_args_(std::move(extra_args)) {
  dir_ = MakeTempDir();
  database_ = dir_ / "dienhong.db";
  port_file_ = dir_ / "port";
  stderr_file_ = dir_ / "server.stderr";
}

ServerProcess::~ServerProcess() {
  if (running()) Kill();
  if (::testing::Test::HasFailure()) {
    std::cerr << "----- dienhong-server stderr (" << stderr_file_.string() << ") -----\n"
              << StderrText() << "----- end of server stderr -----\n";
  }
  if (std::getenv("DIENHONG_IT_KEEP") == nullptr) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  } else {
    std::cerr << "kept " << dir_.string() << "\n";
  }
}

::testing::AssertionResult ServerProcess::Start() {
  if (running()) return ::testing::AssertionFailure() << "server already running";
  std::error_code ec;
  std::filesystem::remove(port_file_, ec);

  // DIENHONG_IT_SERVER runs the tests against another build of the server (e.g. the
  // previous one, to see a new test fail before its fix).
  const char* binary = std::getenv("DIENHONG_IT_SERVER");
  std::vector<std::string> args = {binary != nullptr && *binary ? binary : DIENHONG_SERVER_BINARY,
                                   "--listen",
                                   listen_,
                                   "--port-file",
                                   port_file_.string(),
                                   "--database",
                                   database_.string(),
                                   "--pin-strength",
                                   "minimum",
                                   "--admin-pin",
                                   admin_pin_,
                                   "--log-level",
                                   "warn"};
  // A flag given in extra_args replaces the default of the same name (e.g. a test that
  // needs the production PIN strength, or another listening address).
  for (size_t i = 1; i + 1 < args.size(); i += 2) {
    if (std::find(extra_args_.begin(), extra_args_.end(), args[i]) != extra_args_.end()) {
      args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
      i -= 2;
    }
  }
  args.insert(args.end(), extra_args_.begin(), extra_args_.end());
  // Everything the child touches is prepared before fork(): after it, in a process with
  // gRPC's threads, only async-signal-safe calls are allowed.
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const std::string stderr_path = stderr_file_.string();
  const pid_t parent = getpid();

  pid_t pid = fork();
  if (pid < 0) return ::testing::AssertionFailure() << "fork: " << std::strerror(errno);
  if (pid == 0) {
    // Never outlive the test: a crashed test binary must not leave servers behind.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    int fd = open(stderr_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd >= 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
    }
    execv(argv[0], argv.data());
    _exit(127);
  }
  pid_ = pid;

  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(kStartTimeoutMs);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return ::testing::AssertionFailure()
             << "dienhong-server " << DescribeWaitStatus(status) << " before listening:\n"
             << StderrText();
    }
    std::ifstream in(port_file_);
    int port = 0;
    if (in >> port && port > 0) {
      port_ = port;
      return ::testing::AssertionSuccess();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  Kill();
  return ::testing::AssertionFailure() << "dienhong-server did not write " << port_file_
                                       << " within " << kStartTimeoutMs << " ms:\n"
                                       << StderrText();
}

bool ServerProcess::WaitForExit(int timeout_ms, int* wait_status) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (true) {
    pid_t r = waitpid(pid_, wait_status, WNOHANG);
    if (r == pid_ || (r < 0 && errno == ECHILD)) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

::testing::AssertionResult ServerProcess::Stop() {
  if (!running()) return ::testing::AssertionFailure() << "server not running";
  kill(pid_, SIGTERM);
  int status = 0;
  if (!WaitForExit(kStopTimeoutMs, &status)) {
    Kill();
    return ::testing::AssertionFailure()
           << "dienhong-server did not stop within " << kStopTimeoutMs << " ms of SIGTERM";
  }
  pid_ = -1;
  port_ = 0;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return ::testing::AssertionFailure()
           << "dienhong-server " << DescribeWaitStatus(status) << " after SIGTERM";
  }
  return ::testing::AssertionSuccess();
}

void ServerProcess::Kill() {
  if (!running()) return;
  kill(pid_, SIGKILL);
  int status = 0;
  WaitForExit(kStopTimeoutMs, &status);
  pid_ = -1;
  port_ = 0;
}

std::string ServerProcess::address() const { return "127.0.0.1:" + std::to_string(port_); }

std::shared_ptr<grpc::Channel> ServerProcess::NewChannel(bool own_connection) const {
  grpc::ChannelArguments args;
  if (own_connection) args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  return grpc::CreateCustomChannel(address(), grpc::InsecureChannelCredentials(), args);
}

std::string ServerProcess::StderrText() const {
  std::ifstream in(stderr_file_);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dienhong::it
