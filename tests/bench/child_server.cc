#include "tests/bench/child_server.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

namespace dienhong::bench {
namespace {

bool WaitForExit(pid_t pid, int timeout_ms, int* status) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (true) {
    const pid_t r = waitpid(pid, status, WNOHANG);
    if (r == pid || (r < 0 && errno == ECHILD)) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace

ProcessUsage ReadUsage(pid_t pid) {
  ProcessUsage u;
  const std::string base = "/proc/" + std::to_string(pid);
  {
    std::ifstream in(base + "/stat");
    std::string text((std::istreambuf_iterator<char>(in)), {});
    // Field 2 (comm) may contain spaces: parse after the last ')'.
    const auto paren = text.rfind(')');
    if (paren != std::string::npos) {
      std::istringstream fields(text.substr(paren + 2));
      std::vector<std::string> f;
      std::string s;
      while (fields >> s) f.push_back(s);
      // f[0] is field 3 (state); utime is field 14, stime 15, num_threads 20.
      if (f.size() > 17) {
        const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
        u.cpu_seconds = (std::stod(f[11]) + std::stod(f[12])) / tick;
        u.threads = std::stoi(f[17]);
      }
    }
  }
  std::ifstream status(base + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) u.peak_rss_kib = std::stoll(line.substr(6));
    if (line.rfind("VmRSS:", 0) == 0) u.rss_kib = std::stoll(line.substr(6));
  }
  return u;
}

ChildServer::ChildServer(std::string binary, std::filesystem::path dir, std::string admin_pin,
                         std::vector<std::string> extra_args)
    : binary_(std::move(binary)),
      dir_(std::move(dir)),
      admin_pin_(std::move(admin_pin)),
      extra_args_(std::move(extra_args)) {}

ChildServer::~ChildServer() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    int status = 0;
    WaitForExit(pid_, 10000, &status);
  }
}

std::string ChildServer::Start() {
  const auto port_file = dir_ / "port";
  const std::string output = (dir_ / "server.log").string();
  std::vector<std::string> args = {binary_,          "--listen",     "127.0.0.1:0",
                                   "--port-file",    port_file.string(),
                                   "--database",     database().string(),
                                   "--pin-strength", "minimum",
                                   "--admin-pin",    admin_pin_,
                                   "--log-level",    "warn"};
  args.insert(args.end(), extra_args_.begin(), extra_args_.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t parent = getpid();
  // Everything is prepared before fork(): after it only async-signal-safe calls.
  const pid_t pid = fork();
  if (pid < 0) return std::string("fork: ") + std::strerror(errno);
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlive the benchmark
    if (getppid() != parent) _exit(127);
    const int fd = open(output.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd >= 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
    }
    execv(argv[0], argv.data());
    _exit(127);
  }
  pid_ = pid;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return "dienhong-server exited before listening:\n" + OutputText();
    }
    std::ifstream in(port_file);
    int port = 0;
    if (in >> port && port > 0) {
      port_ = port;
      return "";
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return "dienhong-server did not listen within 30 s:\n" + OutputText();
}

bool ChildServer::Stop() {
  if (pid_ <= 0) return false;
  kill(pid_, SIGTERM);
  int status = 0;
  if (!WaitForExit(pid_, 30000, &status)) {
    kill(pid_, SIGKILL);
    WaitForExit(pid_, 10000, &status);
    pid_ = -1;
    return false;
  }
  pid_ = -1;
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::string ChildServer::OutputText() const {
  std::ifstream in(dir_ / "server.log");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ProcessUsage ChildServer::Usage() const { return ReadUsage(pid_); }

}  // namespace dienhong::bench
