// tail: follows a session's live stream until Ctrl-C, reconnecting after the server
// drops the stream (restart: UNAVAILABLE; slow reader: RESOURCE_EXHAUSTED).
//
// Ctrl-C handling: SIGINT/SIGTERM are blocked in every thread before gRPC starts its own
// threads, and one helper thread waits for them with sigwait(); it then cancels the call
// in flight, which makes the blocking Read() return. A signal handler could not do this:
// TryCancel is not async-signal-safe.
#include <pthread.h>
#include <signal.h>

#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>

#include "tools/dienhongctl/commands.h"
#include "tools/dienhongctl/live_view.h"

namespace dienhong::ctl {
namespace {

constexpr auto kReconnectDelay = std::chrono::seconds(1);

class Interrupt {
 public:
  explicit Interrupt(const sigset_t& set) : set_(set), thread_([this] { Wait(); }) {}
  ~Interrupt() {
    // Wake the helper if no signal came (the stream ended for another reason).
    {
      std::lock_guard lock(mu_);
      if (!stopped_) pthread_kill(thread_.native_handle(), SIGTERM);
    }
    thread_.join();
  }

  // Registers the call to cancel on Ctrl-C (nullptr when none is in flight). Returns
  // false when Ctrl-C already came.
  bool SetCall(grpc::ClientContext* call) {
    std::lock_guard lock(mu_);
    call_ = call;
    return !stopped_;
  }

  bool stopped() {
    std::lock_guard lock(mu_);
    return stopped_;
  }

  // Sleeps for `d` unless Ctrl-C comes first; false when it did.
  bool SleepFor(std::chrono::milliseconds d) {
    std::unique_lock lock(mu_);
    return !cv_.wait_for(lock, d, [this] { return stopped_; });
  }

 private:
  void Wait() {
    int sig = 0;
    sigwait(&set_, &sig);
    std::lock_guard lock(mu_);
    stopped_ = true;
    if (call_ != nullptr) call_->TryCancel();
    cv_.notify_all();
  }

  sigset_t set_;
  std::mutex mu_;
  std::condition_variable cv_;
  grpc::ClientContext* call_ = nullptr;
  bool stopped_ = false;
  std::thread thread_;  // last: starts after the other members exist
};

int RunTail(const Context& ctx, int64_t session, int64_t after) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);  // before any gRPC thread exists

  Client client(ctx);
  v1::SessionState initial;
  if (after > 0) {
    // Resuming without a snapshot: fetch the session once so that events show names.
    grpc::ClientContext call;
    client.Prepare(call);
    v1::GetSessionRequest req;
    req.set_session_id(session);
    grpc::Status st = client.sessions().GetSession(&call, req, &initial);
    if (!st.ok()) return ReportRpcError(st);
  }
  LiveView view(std::move(initial), after);
  Interrupt interrupt(set);

  bool outage_reported = false;
  while (true) {
    grpc::ClientContext call;
    client.Prepare(call, /*unary=*/false);
    if (!interrupt.SetCall(&call)) return 0;
    v1::SubscribeRequest req;
    req.set_session_id(session);
    req.set_after_seq(view.last_seq());
    req.set_batched(true);
    req.set_snapshot_parts(true);  // LiveView assembles a large snapshot
    auto reader = client.live().Subscribe(&call, req);
    v1::LiveMessage message;
    while (reader->Read(&message)) {
      if (outage_reported) {
        std::cerr << "đã kết nối lại, tiếp tục sau sự kiện #" << view.last_seq() << "\n";
        outage_reported = false;
      }
      for (const std::string& line : view.Handle(message)) std::cout << line << "\n";
      std::cout.flush();  // a pipe into grep or tee must see each event as it happens
    }
    grpc::Status st = reader->Finish();
    interrupt.SetCall(nullptr);
    if (interrupt.stopped()) return 0;
    if (st.ok()) {
      std::cerr << "máy chủ đã kết thúc luồng sự kiện\n";
      return 0;
    }
    const auto code = st.error_code();
    if (code != grpc::StatusCode::UNAVAILABLE && code != grpc::StatusCode::RESOURCE_EXHAUSTED) {
      return ReportRpcError(st);
    }
    // Debounced: one message per outage, one attempt per second, not a flood of either.
    if (!outage_reported) {
      std::cerr << "mất kết nối: " << st.error_message() << " (" << GrpcCodeName(code)
                << "); sẽ kết nối lại mỗi giây, Ctrl-C để dừng\n";
      outage_reported = true;
    }
    if (!interrupt.SleepFor(kReconnectDelay)) return 0;
  }
}

}  // namespace

void AddLiveCommands(CLI::App& app, Context& ctx) {
  auto session = std::make_shared<int64_t>(0);
  auto after = std::make_shared<int64_t>(0);
  auto* cmd = app.add_subcommand("tail", "Theo dõi trực tiếp diễn biến kỳ họp (Ctrl-C để dừng)");
  cmd->add_option("session", *session, "Số kỳ họp")->required();
  cmd->add_option("--after", *after, "Chỉ hiện các sự kiện sau số thứ tự này");
  cmd->callback([&ctx, session, after] {
    ctx.action = [&ctx, session, after] { return RunTail(ctx, *session, *after); };
  });
}

}  // namespace dienhong::ctl
