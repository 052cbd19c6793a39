// dienhong-server: see README.md and docs/operations.md.
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <iostream>
#include <thread>

#include "server/server.h"

int main(int argc, char** argv) {
  int exit_code = 2;
  auto config = dienhong::ParseServerConfig(argc, argv, &exit_code);
  if (!config.ok()) {
    (exit_code == 0 ? std::cout : std::cerr) << config.status().message() << "\n";
    return exit_code;
  }
  // Structured lines on stderr: time, level, then key=value fields.
  auto logger = spdlog::stderr_logger_mt("dienhong");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z level=%l %v");
  spdlog::set_level(spdlog::level::from_str(config->log_level));

  // Block the stop signals in every thread; one thread waits for them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  dienhong::SystemClock clock;
  auto server = dienhong::Server::Start(*config, clock);
  if (!server.ok()) {
    spdlog::critical("start failed: {}", server.status().ToString());
    std::cerr << "Không khởi động được máy chủ: " << server.status().message() << "\n";
    return 1;
  }
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&signals, &signal);
    spdlog::info("signal={} received", signal);
    (*server)->Shutdown();
  });
  (*server)->Wait();
  stopper.join();
  spdlog::info("stopped");
  return 0;
}
