// dienhong-bench: the load generator and report of issue 8 (docs/benchmarks.md).
//
// Starts the real dienhong-server binary with a fresh database, builds a council of N
// delegates through the public API (setup, timed apart), then connects N tablets and M
// observer screens to one session over a few gRPC channels (callback API: many simulated
// clients per thread), and runs: a check-in burst, R rounds of (create + open a poll ->
// every delegate votes at once -> close -> publish), and floor requests when the tree has
// the FloorService. It measures fan-out (event -> every subscriber), acknowledgement
// latencies, burst times, votes per second, the server's CPU and peak memory, and checks
// that no stream lost or duplicated an event. In the same run it measures this machine's
// limits (a no-op unary RPC on the same channels with the same concurrency; durable
// SQLite inserts) and prints our figures as ratios to them.
//
// Exit status: 0 when the run was correct (every vote acknowledged, every stream
// complete, no gap, no duplicate), 1 when it was not, 2 when it could not run.
// Performance figures never change the exit status.
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "dienhong/v1/council.grpc.pb.h"
#include "dienhong/v1/session_service.grpc.pb.h"
#include "dienhong/v1/voting_service.grpc.pb.h"
#include "tests/bench/calls.h"
#include "tests/bench/child_server.h"
#include "tests/bench/histogram.h"
#include "tests/bench/live_hub.h"
#include "tests/bench/storage_floor.h"

#if __has_include("dienhong/v1/floor_service.grpc.pb.h")
#include "dienhong/v1/floor_service.grpc.pb.h"
#define DH_BENCH_FLOOR 1
#else
#define DH_BENCH_FLOOR 0
#endif

#ifndef DIENHONG_SERVER_BINARY
#error "DIENHONG_SERVER_BINARY must name the dienhong-server executable"
#endif

namespace dienhong::bench {
namespace {

using json = nlohmann::json;
constexpr char kAdminPin[] = "bench-admin-246810";
constexpr char kUserPin[] = "bench-135790";

struct Options {
  int tablets = 2000;
  int observers = 8000;
  int rounds = 3;
  int channels = 16;
  int observer_accounts = 8;
  int floor_requests = 50;
  int subscriber_queue = 16384;
  int subscribe_window = 256;
  int setup_window = 64;
  double noop_seconds = 2.0;
  double storage_seconds = 1.5;
  int catchup_timeout_s = 300;
  std::string json_path;
  std::string server_binary = DIENHONG_SERVER_BINARY;
  std::string work_dir;
  bool tablet_streams = true;
  bool batched = true;
  bool keep = false;
  bool smoke = false;
  bool quiet = false;
};

struct Stubs {
  explicit Stubs(const std::shared_ptr<grpc::Channel>& ch)
      : channel(ch),
        auth(v1::AuthService::NewStub(ch)),
        accounts(v1::AccountService::NewStub(ch)),
        councils(v1::CouncilService::NewStub(ch)),
        sessions(v1::SessionService::NewStub(ch)),
        attendance(v1::AttendanceService::NewStub(ch)),
        live(std::make_unique<grpc::GenericStub>(ch)),
        voting(v1::VotingService::NewStub(ch))
#if DH_BENCH_FLOOR
        ,
        floor(v1::FloorService::NewStub(ch))
#endif
  {
  }
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<v1::AuthService::Stub> auth;
  std::unique_ptr<v1::AccountService::Stub> accounts;
  std::unique_ptr<v1::CouncilService::Stub> councils;
  std::unique_ptr<v1::SessionService::Stub> sessions;
  std::unique_ptr<v1::AttendanceService::Stub> attendance;
  std::unique_ptr<grpc::GenericStub> live;  // raw bytes: see live_scan.h
  std::unique_ptr<v1::VotingService::Stub> voting;
#if DH_BENCH_FLOOR
  std::unique_ptr<v1::FloorService::Stub> floor;
#endif
};

struct Client {
  std::string account;
  std::string token;
  int64_t delegate_id = 0;
  Stubs* stubs = nullptr;
};

class Fatal : public std::runtime_error {
  using std::runtime_error::runtime_error;
};

void Check(const grpc::Status& s, const std::string& what) {
  if (!s.ok()) {
    throw Fatal(what + " failed: " + std::to_string(s.error_code()) + " " + s.error_message());
  }
}

std::unique_ptr<grpc::ClientContext> Ctx(const std::string& token, int seconds = 120) {
  auto ctx = std::make_unique<grpc::ClientContext>();
  if (!token.empty()) ctx->AddMetadata("authorization", "Bearer " + token);
  ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(seconds));
  return ctx;
}

std::string VietnameseName(int i) {
  static const char* kFamily[] = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng",
                                  "Vũ",     "Đặng", "Bùi", "Đỗ",   "Hồ"};
  static const char* kMiddle[] = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc"};
  static const char* kGiven[] = {"Hùng",  "Lan", "Hồng",   "Dũng", "Mai",  "Tuấn",
                                 "Hương", "Sơn", "Phương", "Đức",  "Thảo", "Khánh"};
  return std::string(kFamily[i % 10]) + " " + kMiddle[(i / 10) % 7] + " " + kGiven[i % 12];
}

json Stats(const std::vector<int64_t>& us) {
  return {{"count", us.size()},
          {"p50_ms", Percentile(us, 0.50) / 1000.0},
          {"p99_ms", Percentile(us, 0.99) / 1000.0},
          {"max_ms", Percentile(us, 1.0) / 1000.0}};
}
json Stats(const LatencyHistogram& h) {
  return {{"count", h.count()},
          {"p50_ms", h.Percentile(0.50) / 1000.0},
          {"p99_ms", h.Percentile(0.99) / 1000.0},
          {"max_ms", h.max() / 1000.0}};
}

std::string ReadFirstLine(const std::string& path, const std::string& prefix) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(prefix, 0) == 0) {
      const auto colon = line.find(':');
      std::string v = colon == std::string::npos ? line : line.substr(colon + 1);
      v.erase(0, v.find_first_not_of(" \t"));
      return v;
    }
  }
  return "";
}

class Bench {
 public:
  explicit Bench(Options o) : o_(std::move(o)) {}

  int Run();

 private:
  void Log(const std::string& text) {
    if (!o_.quiet)
      std::cerr << "[bench " << std::fixed << std::setprecision(1) << SecondsSince(t0_) << " s] "
                << text << std::endl;
  }
  Stubs& StubsFor(size_t i) { return *stubs_[i % stubs_.size()]; }
  void Setup();
  void LoginAll();
  void SubscribeAll();
  json CommandBurst(const std::string& name, int64_t count,
                    const std::function<void(int64_t, Batch&)>& launch, int64_t* last_seq);
  json ChairCommand(const std::string& name,
                    const std::function<grpc::Status(v1::CommandReply*)>& call,
                    v1::CommandReply* reply_out = nullptr);
  json WaitFanout(int64_t seq);
  json MeasureNoop();
  void Report(const json& j);

  Options o_;
  SteadyClock::time_point t0_ = SteadyClock::now();
  std::filesystem::path dir_;
  std::unique_ptr<ChildServer> server_;
  std::vector<std::unique_ptr<Stubs>> stubs_;
  Client admin_, chair_, secretary_;
  std::vector<Client> observers_;  // accounts (streams share them)
  std::vector<Client> tablets_;
  std::vector<v1::Delegate> delegates_;
  int64_t council_id_ = 0, session_id_ = 0;
  std::unique_ptr<LiveHub> hub_;
  std::atomic<int64_t> request_ids_{1};
  bool fanout_complete_ = true;
  std::string NextId() { return "bench-" + std::to_string(request_ids_.fetch_add(1)); }
};

void Bench::Setup() {
  // Admin.
  {
    v1::LoginRequest req;
    req.set_account("admin");
    req.set_pin(kAdminPin);
    v1::LoginResponse resp;
    Check(StubsFor(0).auth->Login(Ctx("").get(), req, &resp), "Login admin");
    admin_ = {"admin", resp.token(), 0, &StubsFor(0)};
  }
  {
    v1::CreateCouncilRequest req;
    auto* c = req.mutable_council();
    c->set_name("Hội đồng nhân dân thành phố Diên Hồng (đo tải)");
    c->set_level(v1::COUNCIL_LEVEL_PROVINCE);
    c->set_term_start_year(2021);
    c->set_term_end_year(2026);
    c->set_place("Hà Nội");
    v1::Council council;
    Check(admin_.stubs->councils->CreateCouncil(Ctx(admin_.token).get(), req, &council),
          "CreateCouncil");
    council_id_ = council.id();
  }
  {
    v1::ImportDelegatesRequest req;
    req.set_council_id(council_id_);
    for (int i = 0; i < o_.tablets; ++i) {
      auto* d = req.add_delegates();
      d->set_full_name(VietnameseName(i));
      d->set_title("Đại biểu HĐND");
      d->set_delegate_group("Tổ đại biểu số " + std::to_string(i % 30 + 1));
      d->set_seat(std::string(1, static_cast<char>('A' + i / 100 % 26)) + "-" +
                  std::to_string(i % 100 + 1));
    }
    v1::ImportDelegatesResponse resp;
    Check(admin_.stubs->councils->ImportDelegates(Ctx(admin_.token).get(), req, &resp),
          "ImportDelegates");
    if (resp.delegates_size() != o_.tablets) {
      throw Fatal("ImportDelegates: " + std::to_string(resp.errors_size()) + " bad rows");
    }
    delegates_.assign(resp.delegates().begin(), resp.delegates().end());
  }
  // Accounts, concurrently (each is a durable registry commit).
  std::vector<v1::Account> accounts;
  auto add = [&](const std::string& name, v1::Role role, int64_t delegate_id) {
    v1::Account a;
    a.set_name(name);
    a.set_display_name(name);
    a.set_role(role);
    a.set_council_id(council_id_);
    a.set_delegate_id(delegate_id);
    accounts.push_back(a);
  };
  add("bench.chutoa", v1::ROLE_CHAIR, 0);
  add("bench.thuky", v1::ROLE_SECRETARY, 0);
  const int observer_accounts =
      std::max(1, std::min(o_.observer_accounts, std::max(1, o_.observers)));
  for (int i = 0; i < observer_accounts; ++i) {
    add("bench.quansat" + std::to_string(i + 1), v1::ROLE_OBSERVER, 0);
  }
  for (int i = 0; i < o_.tablets; ++i) {
    add("bench.db" + std::to_string(i + 1), v1::ROLE_DELEGATE, delegates_[i].id());
  }
  Batch batch(static_cast<int64_t>(accounts.size()));
  RunWindowed(static_cast<int64_t>(accounts.size()), o_.setup_window,
              [&](int64_t i, std::function<void()> done) {
                v1::CreateAccountRequest req;
                *req.mutable_account() = accounts[i];
                req.set_pin(kUserPin);
                Stubs& s = StubsFor(i);
                AsyncCall<v1::CreateAccountRequest, v1::Account>::Run(
                    [&s](auto* c, auto* q, auto* r, auto cb) {
                      s.accounts->async()->CreateAccount(c, q, r, std::move(cb));
                    },
                    admin_.token, std::move(req),
                    [&batch, done](const grpc::Status& st, const v1::Account&, int64_t us) {
                      batch.Done(st, us);
                      done();
                    });
              });
  if (batch.errors() > 0) throw Fatal("CreateAccount: " + batch.first_error());
  chair_ = {"bench.chutoa", "", 0, &StubsFor(0)};
  secretary_ = {"bench.thuky", "", 0, &StubsFor(1)};
  for (int i = 0; i < observer_accounts; ++i) {
    observers_.push_back({"bench.quansat" + std::to_string(i + 1), "", 0, nullptr});
  }
  for (int i = 0; i < o_.tablets; ++i) {
    tablets_.push_back({"bench.db" + std::to_string(i + 1), "", delegates_[i].id(), &StubsFor(i)});
  }
}

void Bench::LoginAll() {
  std::vector<Client*> all = {&chair_, &secretary_};
  for (auto& c : observers_) all.push_back(&c);
  for (auto& c : tablets_) all.push_back(&c);
  Batch batch(static_cast<int64_t>(all.size()));
  // 16 at a time: the server lets one source address have at most 32 PIN checks in
  // progress (docs/security.md), and every bench client shares the loopback address.
  RunWindowed(static_cast<int64_t>(all.size()), 16, [&](int64_t i, std::function<void()> done) {
    v1::LoginRequest req;
    req.set_account(all[i]->account);
    req.set_pin(kUserPin);
    Stubs& s = StubsFor(i);
    Client* client = all[i];
    AsyncCall<v1::LoginRequest, v1::LoginResponse>::Run(
        [&s](auto* c, auto* q, auto* r, auto cb) {
          s.auth->async()->Login(c, q, r, std::move(cb));
        },
        "", std::move(req),
        [&batch, done, client](const grpc::Status& st, const v1::LoginResponse& r, int64_t us) {
          if (st.ok()) client->token = r.token();
          batch.Done(st, us);
          done();
        });
  });
  if (batch.errors() > 0) throw Fatal("Login: " + batch.first_error());
}

void Bench::SubscribeAll() {
  // Tablets first (each with its own token), then observer screens (sharing a few
  // observer accounts), in waves of `subscribe_window` streams waiting for their snapshot.
  const int total = o_.tablets + o_.observers;
  for (int i = o_.tablet_streams ? 0 : o_.tablets; i < total; ++i) {
    const int started = hub_->streams();
    if (started >= o_.subscribe_window) {
      if (!hub_->WaitReady(started - o_.subscribe_window + 1,
                           std::chrono::seconds(o_.catchup_timeout_s))) {
        throw Fatal("Subscribe: snapshots did not arrive (" + std::to_string(hub_->ready()) +
                    " of " + std::to_string(started) + ")");
      }
    }
    if (i < o_.tablets) {
      hub_->AddStream(StubsFor(i).live.get(), tablets_[i].token);
    } else {
      const int k = i - o_.tablets;
      hub_->AddStream(StubsFor(i).live.get(), observers_[k % observers_.size()].token);
    }
  }
  if (!hub_->WaitReady(hub_->streams(), std::chrono::seconds(o_.catchup_timeout_s))) {
    throw Fatal("Subscribe: only " + std::to_string(hub_->ready()) + " of " +
                std::to_string(hub_->streams()) + " snapshots arrived");
  }
}

// Waits until every stream has `seq`; returns the time from now (the command's reply) to
// the last stream having it.
json Bench::WaitFanout(int64_t seq) {
  const auto start = SteadyClock::now();
  const bool ok = hub_->WaitAll(seq, std::chrono::seconds(o_.catchup_timeout_s));
  if (!ok) fanout_complete_ = false;
  return {{"all_streams_reached_seq", ok}, {"after_reply_ms", SecondsSince(start) * 1000}};
}

json Bench::CommandBurst(const std::string& name, int64_t count,
                         const std::function<void(int64_t, Batch&)>& launch, int64_t* last_seq) {
  Batch batch(count);
  const auto cpu0 = server_->Usage().cpu_seconds;
  batch.MarkStart();
  for (int64_t i = 0; i < count; ++i) launch(i, batch);
  // Every call has a deadline of --timeout: all complete before this wait gives up.
  batch.Wait(std::chrono::seconds(o_.catchup_timeout_s + 60));
  const double burst_s = batch.Seconds();
  const auto cpu1 = server_->Usage().cpu_seconds;
  json j = {{"name", name},
            {"calls", count},
            {"acknowledged", batch.ok()},
            {"errors", batch.errors()},
            {"first_error", batch.first_error()},
            {"ack_latency", Stats(batch.latencies())},
            {"burst_s", burst_s},
            {"per_s", burst_s > 0 ? batch.ok() / burst_s : 0},
            {"server_cpu_s", cpu1 - cpu0}};
  // The last seq any of these commands appended: all streams must reach the session's
  // current last seq.
  v1::GetSessionRequest req;
  req.set_session_id(session_id_);
  v1::SessionState state;
  Check(secretary_.stubs->sessions->GetSession(Ctx(secretary_.token).get(), req, &state),
        "GetSession");
  *last_seq = state.last_seq();
  j["fanout"] = WaitFanout(state.last_seq());
  j["fanout"]["after_last_reply_ms"] = j["fanout"]["after_reply_ms"];
  j["fanout"].erase("after_reply_ms");
  Log(name + ": " + std::to_string(batch.ok()) + "/" + std::to_string(count) + " acknowledged in " +
      std::to_string(burst_s) + " s");
  return j;
}

json Bench::ChairCommand(const std::string& name,
                         const std::function<grpc::Status(v1::CommandReply*)>& call,
                         v1::CommandReply* reply_out) {
  v1::CommandReply reply;
  const auto start = SteadyClock::now();
  Check(call(&reply), name);
  const double ack_ms = SecondsSince(start) * 1000;
  json j = {{"name", name}, {"ack_ms", ack_ms}, {"seq", reply.seq()}};
  j["fanout"] = WaitFanout(reply.seq());
  if (reply_out) *reply_out = reply;
  return j;
}

json Bench::MeasureNoop() {
  // The same concurrency as a vote burst (every tablet at once), the same channels and
  // tokens, and a call that only authenticates: AuthService.WhoAmI.
  const int64_t n = o_.tablets;
  auto launch = [this](int64_t i, std::function<void(const grpc::Status&, int64_t)> done) {
    Client& t = tablets_[i % tablets_.size()];
    Stubs* s = t.stubs;
    AsyncCall<v1::WhoAmIRequest, v1::WhoAmIResponse>::Run(
        [s](auto* c, auto* q, auto* r, auto cb) {
          s->auth->async()->WhoAmI(c, q, r, std::move(cb));
        },
        t.token, v1::WhoAmIRequest(),
        [done](const grpc::Status& st, const v1::WhoAmIResponse&, int64_t us) { done(st, us); });
  };
  // 1. One burst of n calls at once, like a vote burst.
  Batch burst(n);
  burst.MarkStart();
  for (int64_t i = 0; i < n; ++i) {
    launch(i, [&burst](const grpc::Status& st, int64_t us) { burst.Done(st, us); });
  }
  burst.Wait(std::chrono::seconds(o_.catchup_timeout_s + 60));
  // 2. Closed loop: n calls in flight for noop_seconds.
  const auto cpu0 = server_->Usage().cpu_seconds;
  std::atomic<bool> stop{false};
  std::atomic<int64_t> completed{0}, errors{0}, in_flight{0};
  std::mutex mu;
  std::vector<int64_t> latencies;
  std::function<void(int64_t)> loop = [&](int64_t i) {
    in_flight.fetch_add(1);
    launch(i, [&, i](const grpc::Status& st, int64_t us) {
      if (st.ok()) {
        completed.fetch_add(1);
        std::lock_guard lock(mu);
        if (latencies.size() < 2000000) latencies.push_back(us);
      } else {
        errors.fetch_add(1);
      }
      if (!stop.load()) loop(i);
      in_flight.fetch_sub(1);
    });
  };
  const auto start = SteadyClock::now();
  for (int64_t i = 0; i < n; ++i) loop(i);
  std::this_thread::sleep_for(std::chrono::duration<double>(o_.noop_seconds));
  const int64_t done_at_stop = completed.load();
  const double elapsed = SecondsSince(start);
  stop.store(true);
  while (in_flight.load() > 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  const auto cpu1 = server_->Usage().cpu_seconds;
  std::vector<int64_t> lat;
  {
    std::lock_guard lock(mu);
    lat = latencies;
  }
  const double rate = done_at_stop / elapsed;
  Log("no-op WhoAmI: " + std::to_string(static_cast<int64_t>(rate)) + " calls/s with " +
      std::to_string(n) + " in flight");
  return {
      {"method", "dienhong.v1.AuthService/WhoAmI"},
      {"concurrency", n},
      {"burst_s", burst.Seconds()},
      {"burst_errors", burst.errors()},
      {"burst_latency", Stats(burst.latencies())},
      {"sustained_per_s", rate},
      {"sustained_calls", done_at_stop},
      {"sustained_latency", Stats(lat)},
      {"errors", errors.load()},
      {"server_cpu_us_per_call", done_at_stop > 0 ? (cpu1 - cpu0) * 1e6 / completed.load() : 0}};
}

int Bench::Run() {
  // Working directory: a fresh temporary directory (kept with --keep).
  {
    std::string base =
        o_.work_dir.empty() ? std::filesystem::temp_directory_path().string() : o_.work_dir;
    std::filesystem::create_directories(base);
    std::string pattern = (std::filesystem::path(base) / "dienhong-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      std::cerr << "mkdtemp failed\n";
      return 2;
    }
    dir_ = pattern;
  }
  json j;
  j["config"] = {{"tablets", o_.tablets},
                 {"observers", o_.observers},
                 {"observer_accounts", o_.observer_accounts},
                 {"rounds", o_.rounds},
                 {"channels", o_.channels},
                 {"subscriber_queue", o_.subscriber_queue},
                 {"subscribe_window", o_.subscribe_window},
                 {"tablet_streams", o_.tablet_streams},
                 {"batched", o_.batched},
                 {"floor", DH_BENCH_FLOOR ? true : false},
                 {"smoke", o_.smoke}};
  j["machine"] = {{"nproc", std::thread::hardware_concurrency()},
                  {"cpu", ReadFirstLine("/proc/cpuinfo", "model name")},
                  {"memory", ReadFirstLine("/proc/meminfo", "MemTotal")},
                  {"loadavg_at_start", ReadFirstLine("/proc/loadavg", "")}};
  int exit_code = 0;
  try {
    // --- Storage floor (nothing else of ours running) ------------------------------------
    Log("storage floor: durable SQLite inserts in " + dir_.string());
    const StorageFloor sf = MeasureStorageFloor(dir_ / "floor.db", o_.storage_seconds, 100);
    if (!sf.error.empty()) throw Fatal("storage floor: " + sf.error);
    j["limits"]["storage"] = {{"single_inserts_per_s", sf.single_inserts_per_s},
                              {"batched_inserts_per_s", sf.batched_inserts_per_s},
                              {"batched_transactions_per_s", sf.batched_tx_per_s},
                              {"batch", sf.batch}};

    // --- Server and setup -----------------------------------------------------------------
    server_ = std::make_unique<ChildServer>(
        o_.server_binary, dir_, kAdminPin,
        std::vector<std::string>{"--subscriber-queue", std::to_string(o_.subscriber_queue)});
    if (auto err = server_->Start(); !err.empty()) throw Fatal(err);
    Log("server pid " + std::to_string(server_->pid()) + " on " + server_->address());
    for (int i = 0; i < std::max(1, o_.channels); ++i) {
      grpc::ChannelArguments args;
      // Its own TCP connection per channel (no shared subchannel pool).
      args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
      args.SetInt("dienhong.bench.channel", i);
      args.SetMaxReceiveMessageSize(64 << 20);
      auto ch =
          grpc::CreateCustomChannel(server_->address(), grpc::InsecureChannelCredentials(), args);
      if (!ch->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(20))) {
        throw Fatal("channel " + std::to_string(i) + " did not connect");
      }
      stubs_.push_back(std::make_unique<Stubs>(ch));
    }
    auto t = SteadyClock::now();
    Setup();
    const double accounts_s = SecondsSince(t);
    Log("setup: council, " + std::to_string(o_.tablets) + " delegates and accounts in " +
        std::to_string(accounts_s) + " s");
    // Session: created by the secretary, convened and sitting 1 opened by the chair.
    t = SteadyClock::now();
    LoginAll();
    const double login_s = SecondsSince(t);
    Log("logins: " + std::to_string(tablets_.size() + observers_.size() + 2) + " in " +
        std::to_string(login_s) + " s");
    {
      v1::CreateSessionRequest req;
      req.set_request_id(NextId());
      req.set_council_id(council_id_);
      req.set_title("Kỳ họp thứ Hai mươi (đo tải)");
      req.set_kind(v1::SESSION_KIND_REGULAR);
      for (auto [kind, title] :
           {std::pair{v1::AGENDA_ITEM_KIND_DISCUSSION, "Thảo luận dự thảo nghị quyết"},
            std::pair{v1::AGENDA_ITEM_KIND_VOTE, "Biểu quyết thông qua các nghị quyết"}}) {
        auto* item = req.add_agenda();
        item->set_kind(kind);
        item->set_title(title);
        item->set_planned_minutes(60);
      }
      req.add_sittings()->set_title("Phiên toàn thể");
      v1::CommandReply reply;
      Check(secretary_.stubs->sessions->CreateSession(Ctx(secretary_.token).get(), req, &reply),
            "CreateSession");
      session_id_ = reply.session_id();
      v1::ConveneSessionRequest convene;
      convene.set_session_id(session_id_);
      convene.set_request_id(NextId());
      Check(chair_.stubs->sessions->ConveneSession(Ctx(chair_.token).get(), convene, &reply),
            "ConveneSession");
      v1::OpenSittingRequest open;
      open.set_session_id(session_id_);
      open.set_request_id(NextId());
      open.mutable_command()->set_sitting_id(1);
      Check(chair_.stubs->sessions->OpenSitting(Ctx(chair_.token).get(), open, &reply),
            "OpenSitting");
      v1::SetCurrentItemRequest item;
      item.set_session_id(session_id_);
      item.set_request_id(NextId());
      item.mutable_command()->set_item_id(1);
      Check(chair_.stubs->sessions->SetCurrentItem(Ctx(chair_.token).get(), item, &reply),
            "SetCurrentItem");
    }
    const ProcessUsage after_setup = server_->Usage();
    j["setup"] = {{"council_delegates_accounts_s", accounts_s},
                  {"accounts", tablets_.size() + observers_.size() + 2},
                  {"accounts_per_s", (tablets_.size() + observers_.size() + 2) / accounts_s},
                  {"logins_s", login_s},
                  {"server_cpu_s", after_setup.cpu_seconds},
                  {"server_rss_mib", after_setup.rss_kib / 1024.0}};

    // --- Connect every screen ---------------------------------------------------------------
    // Enough per-event slots for every event this run appends (check-ins, polls, floor).
    const int64_t max_seq = 64 + int64_t{o_.tablets} * (o_.rounds + 2) + 16 * o_.rounds +
                            int64_t{o_.floor_requests} * o_.rounds;
    hub_ = std::make_unique<LiveHub>(session_id_, max_seq, o_.batched);
    t = SteadyClock::now();
    const auto cpu_subscribe0 = server_->Usage().cpu_seconds;
    SubscribeAll();
    const double subscribe_s = SecondsSince(t);
    const ProcessUsage after_subscribe = server_->Usage();
    Log("subscribed: " + std::to_string(hub_->streams()) + " streams in " +
        std::to_string(subscribe_s) + " s");
    j["connect"] = {{"streams", hub_->streams()},
                    {"subscribe_s", subscribe_s},
                    {"server_cpu_s", after_subscribe.cpu_seconds - cpu_subscribe0},
                    {"server_rss_mib", after_subscribe.rss_kib / 1024.0}};
    const auto load_cpu0 = after_subscribe.cpu_seconds;
    const auto load_t0 = SteadyClock::now();
    const auto self_cpu0 = ReadUsage(getpid()).cpu_seconds;

    // --- The machine's RPC floor, on the same channels, streams connected ------------------
    j["limits"]["rpc"] = MeasureNoop();

    // --- Check-in burst ---------------------------------------------------------------------
    int64_t last_seq = 0;
    j["checkin"] = CommandBurst(
        "check-in burst", o_.tablets,
        [this](int64_t i, Batch& batch) {
          Client& c = tablets_[i];
          v1::CheckInRequest req;
          req.set_session_id(session_id_);
          req.set_request_id(NextId());
          req.set_status(v1::ATTENDANCE_STATUS_PRESENT);
          Stubs* s = c.stubs;
          AsyncCall<v1::CheckInRequest, v1::CommandReply>::Run(
              [s](auto* ctx, auto* q, auto* r, auto cb) {
                s->attendance->async()->CheckIn(ctx, q, r, std::move(cb));
              },
              c.token, std::move(req),
              [&batch](const grpc::Status& st, const v1::CommandReply&, int64_t us) {
                batch.Done(st, us);
              });
        },
        &last_seq);

    // --- Rounds of votes ----------------------------------------------------------------------
    int64_t votes_ok = 0, votes_total = 0;
    double votes_seconds = 0, worst_burst = 0;
    int floor_next = 0, floor_errors = 0;
    const int floor_per_round = std::max(
        1,
        std::min({o_.floor_requests, o_.tablets / (o_.rounds + 1), 190 / std::max(1, o_.rounds)}));
    for (int r = 0; r < o_.rounds; ++r) {
      json round;
      v1::CommandReply reply;
      round["create_poll"] = ChairCommand(
          "CreatePoll",
          [&](v1::CommandReply* out) {
            v1::CreatePollRequest req;
            req.set_session_id(session_id_);
            req.set_request_id(NextId());
            auto* p = req.mutable_command()->mutable_poll();
            p->set_title("Nghị quyết số " + std::to_string(r + 1) + "/NQ-HĐND (đo tải)");
            p->set_kind(v1::POLL_KIND_RESOLUTION);
            p->set_visibility(v1::POLL_VISIBILITY_OPEN);
            return chair_.stubs->voting->CreatePoll(Ctx(chair_.token).get(), req, out);
          },
          &reply);
      const int64_t poll_id = reply.events(0).poll_created().poll().id();
      round["open_poll"] = ChairCommand("OpenPoll", [&](v1::CommandReply* out) {
        v1::OpenPollRequest req;
        req.set_session_id(session_id_);
        req.set_request_id(NextId());
        req.set_poll_id(poll_id);
        return chair_.stubs->voting->OpenPoll(Ctx(chair_.token).get(), req, out);
      });
      json votes = CommandBurst(
          "vote burst " + std::to_string(r + 1), o_.tablets,
          [this, poll_id](int64_t i, Batch& batch) {
            Client& c = tablets_[i];
            v1::CastVoteRequest req;
            req.set_session_id(session_id_);
            req.set_request_id(NextId());
            req.set_poll_id(poll_id);
            auto* mark = req.mutable_ballot()->add_marks();
            mark->set_question_id(1);
            mark->add_choice_ids(i % 10 < 7 ? 1 : (i % 10 < 9 ? 2 : 3));
            Stubs* s = c.stubs;
            AsyncCall<v1::CastVoteRequest, v1::VoteReceipt>::Run(
                [s](auto* ctx, auto* q, auto* rr, auto cb) {
                  s->voting->async()->CastVote(ctx, q, rr, std::move(cb));
                },
                c.token, std::move(req),
                [&batch](const grpc::Status& st, const v1::VoteReceipt&, int64_t us) {
                  batch.Done(st, us);
                });
          },
          &last_seq);
      votes_ok += votes["acknowledged"].get<int64_t>();
      votes_total += o_.tablets;
      votes_seconds += votes["burst_s"].get<double>();
      worst_burst = std::max(worst_burst, votes["burst_s"].get<double>());
      round["votes"] = votes;
      round["close_poll"] = ChairCommand("ClosePoll", [&](v1::CommandReply* out) {
        v1::ClosePollRequest req;
        req.set_session_id(session_id_);
        req.set_request_id(NextId());
        req.set_poll_id(poll_id);
        return chair_.stubs->voting->ClosePoll(Ctx(chair_.token).get(), req, out);
      });
      round["publish"] = ChairCommand("PublishResults", [&](v1::CommandReply* out) {
        v1::PublishResultsRequest req;
        req.set_session_id(session_id_);
        req.set_request_id(NextId());
        req.set_poll_id(poll_id);
        return chair_.stubs->voting->PublishResults(Ctx(chair_.token).get(), req, out);
      });
#if DH_BENCH_FLOOR
      // Floor: a slice of the delegates ask to speak at once; the chair gives the floor
      // to the next in line and ends the turn, twice.
      {
        const int first = floor_next;
        floor_next += floor_per_round;
        json fl = CommandBurst(
            "floor requests " + std::to_string(r + 1), floor_per_round,
            [this, first](int64_t i, Batch& batch) {
              Client& c = tablets_[(first + i) % tablets_.size()];
              v1::RequestFloorRequest req;
              req.set_session_id(session_id_);
              req.set_request_id(NextId());
              req.mutable_command()->set_kind(v1::FLOOR_KIND_CONTRIBUTION);
              req.mutable_command()->set_topic("Ý kiến về dự thảo nghị quyết");
              Stubs* s = c.stubs;
              AsyncCall<v1::RequestFloorRequest, v1::CommandReply>::Run(
                  [s](auto* ctx, auto* q, auto* rr, auto cb) {
                    s->floor->async()->RequestFloor(ctx, q, rr, std::move(cb));
                  },
                  c.token, std::move(req),
                  [&batch](const grpc::Status& st, const v1::CommandReply&, int64_t us) {
                    batch.Done(st, us);
                  });
            },
            &last_seq);
        floor_errors += fl["errors"].get<int>();
        json turns = json::array();
        for (int k = 0; k < 2; ++k) {
          try {
            turns.push_back(ChairCommand("GrantFloor", [&](v1::CommandReply* out) {
              v1::GrantFloorRequest req;
              req.set_session_id(session_id_);
              req.set_request_id(NextId());
              return chair_.stubs->floor->GrantFloor(Ctx(chair_.token).get(), req, out);
            }));
            turns.push_back(ChairCommand("EndTurn", [&](v1::CommandReply* out) {
              v1::EndTurnRequest req;
              req.set_session_id(session_id_);
              req.set_request_id(NextId());
              return chair_.stubs->floor->EndTurn(Ctx(chair_.token).get(), req, out);
            }));
          } catch (const Fatal& e) {
            ++floor_errors;
            turns.push_back({{"error", e.what()}});
          }
        }
        fl["turns"] = turns;
        round["floor"] = fl;
      }
#endif
      j["rounds"].push_back(round);
    }
    const double load_s = SecondsSince(load_t0);
    const double self_cpu = ReadUsage(getpid()).cpu_seconds - self_cpu0;

    // --- The end: every stream must be at the session's last seq ------------------------------
    v1::GetSessionRequest gs;
    gs.set_session_id(session_id_);
    v1::SessionState state;
    Check(secretary_.stubs->sessions->GetSession(Ctx(secretary_.token).get(), gs, &state),
          "GetSession");
    const int64_t final_seq = state.last_seq();
    if (!hub_->WaitAll(final_seq, std::chrono::seconds(o_.catchup_timeout_s)))
      fanout_complete_ = false;
    const ProcessUsage end = server_->Usage();
    hub_->CancelAll();
    FanoutSummary f = hub_->Collect(final_seq);
    json fan;
    for (int c = 0; c < kClasses; ++c) {
      if (f.delivery[c].count() == 0) continue;
      fan[EventClassName(c)] = {{"delivery", Stats(f.delivery[c])}, {"to_all", Stats(f.to_all[c])}};
    }
    LatencyHistogram all_delivery, all_to_all;
    for (int c = 0; c < kClasses; ++c) {
      all_delivery.Merge(f.delivery[c]);
      all_to_all.Merge(f.to_all[c]);
    }
    fan["all events"] = {{"delivery", Stats(all_delivery)}, {"to_all", Stats(all_to_all)}};
    j["fanout"] = fan;
    const bool integrity =
        f.gaps == 0 && f.duplicates == 0 && f.failed_streams == 0 &&
        (f.streams == 0 || (f.min_last_seq == final_seq && f.max_last_seq == final_seq)) &&
        f.events_incomplete == 0 && fanout_complete_;
    j["integrity"] = {{"streams", f.streams},
                      {"final_seq", final_seq},
                      {"min_last_seq", f.min_last_seq},
                      {"max_last_seq", f.max_last_seq},
                      {"events_received", f.messages},
                      {"live_messages_received", f.live_messages},
                      {"snapshots_received", f.snapshots},
                      {"gaps", f.gaps},
                      {"duplicates", f.duplicates},
                      {"resubscribes_after_resource_exhausted", f.resubscribes},
                      {"failed_streams", f.failed_streams},
                      {"first_failure", f.first_failure},
                      {"events_not_at_every_stream", f.events_incomplete},
                      {"ok", integrity}};
    j["votes"] = {{"cast", votes_total},
                  {"acknowledged", votes_ok},
                  {"burst_s_sum", votes_seconds},
                  {"worst_burst_s", worst_burst},
                  {"sustained_per_s", votes_seconds > 0 ? votes_ok / votes_seconds : 0}};
    j["floor_errors"] = floor_errors;
    j["server"] = {{"peak_rss_mib", end.peak_rss_kib / 1024.0},
                   {"rss_mib_at_end", end.rss_kib / 1024.0},
                   {"cpu_s_total", end.cpu_seconds},
                   {"cpu_s_load", end.cpu_seconds - load_cpu0},
                   {"threads", end.threads},
                   {"load_wall_s", load_s}};
    j["generator"] = {{"cpu_s_load", self_cpu}};
    if (!integrity || votes_ok != votes_total) exit_code = 1;
    Log("stopping the server");
    hub_.reset();
    stubs_.clear();
    const bool clean = server_->Stop();
    j["server"]["clean_exit"] = clean;
  } catch (const std::exception& e) {
    std::cerr << "dienhong-bench: " << e.what() << "\n";
    if (server_) std::cerr << "--- server output ---\n" << server_->OutputText() << "\n";
    j["error"] = e.what();
    exit_code = 2;
    if (hub_) hub_->CancelAll();
    hub_.reset();
    stubs_.clear();
    if (server_) server_->Stop();
  }
  j["exit_code"] = exit_code;
  j["finished_at"] = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
  if (exit_code != 2) Report(j);
  if (!o_.json_path.empty()) {
    const auto parent = std::filesystem::path(o_.json_path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    std::ofstream(o_.json_path) << j.dump(2) << "\n";
  }
  if (o_.keep) {
    std::cerr << "kept " << dir_.string() << "\n";
  } else {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  return exit_code;
}

void Bench::Report(const json& j) {
  auto ms = [](const json& s) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%9.1f %9.1f %9.1f", s["p50_ms"].get<double>(),
                  s["p99_ms"].get<double>(), s["max_ms"].get<double>());
    return std::string(buf);
  };
  const auto& cfg = j["config"];
  std::printf(
      "\nDiên Hồng benchmark: %d tablets + %d observers = %d streams, %d rounds, %d channels\n",
      cfg["tablets"].get<int>(), cfg["observers"].get<int>(), j["integrity"]["streams"].get<int>(),
      cfg["rounds"].get<int>(), cfg["channels"].get<int>());
  std::printf("machine: %u cores, %s, %s; load average at start %s\n",
              j["machine"]["nproc"].get<unsigned>(), j["machine"]["cpu"].get<std::string>().c_str(),
              j["machine"]["memory"].get<std::string>().c_str(),
              j["machine"]["loadavg_at_start"].get<std::string>().c_str());
  std::printf(
      "setup (not counted): council + %d accounts %.1f s (%.0f/s), logins %.1f s, "
      "subscribe %.1f s\n",
      j["setup"]["accounts"].get<int>(), j["setup"]["council_delegates_accounts_s"].get<double>(),
      j["setup"]["accounts_per_s"].get<double>(), j["setup"]["logins_s"].get<double>(),
      j["connect"]["subscribe_s"].get<double>());
  const auto& rpc = j["limits"]["rpc"];
  const auto& st = j["limits"]["storage"];
  std::printf("\nLIMITS OF THIS MACHINE (same run)\n");
  std::printf("  no-op unary (WhoAmI), %d in flight:   %10.0f calls/s; burst of %d in %.3f s\n",
              rpc["concurrency"].get<int>(), rpc["sustained_per_s"].get<double>(),
              rpc["concurrency"].get<int>(), rpc["burst_s"].get<double>());
  std::printf("  SQLite durable inserts, 1 per tx:     %10.0f rows/s\n",
              st["single_inserts_per_s"].get<double>());
  std::printf("  SQLite durable inserts, %d per tx:  %10.0f rows/s (%.0f commits/s)\n",
              st["batch"].get<int>(), st["batched_inserts_per_s"].get<double>(),
              st["batched_transactions_per_s"].get<double>());

  std::printf(
      "\nACKNOWLEDGEMENTS                         ok/calls     burst s    per s   ack p50   ack "
      "p99   ack max (ms)\n");
  auto burst_row = [&](const json& b) {
    std::printf("  %-36s %6lld/%-6lld %8.3f %8.0f %s\n", b["name"].get<std::string>().c_str(),
                static_cast<long long>(b["acknowledged"].get<int64_t>()),
                static_cast<long long>(b["calls"].get<int64_t>()), b["burst_s"].get<double>(),
                b["per_s"].get<double>(), ms(b["ack_latency"]).c_str());
  };
  burst_row(j["checkin"]);
  for (const auto& r : j["rounds"]) {
    burst_row(r["votes"]);
    if (r.contains("floor")) burst_row(r["floor"]);
  }
  std::printf("  chair commands (ack ms, then ms from reply to the last of all streams):\n");
  for (const auto& r : j["rounds"]) {
    for (const char* k : {"create_poll", "open_poll", "close_poll", "publish"}) {
      std::printf("    %-16s ack %7.1f   all streams +%8.1f\n",
                  r[k]["name"].get<std::string>().c_str(), r[k]["ack_ms"].get<double>(),
                  r[k]["fanout"]["after_reply_ms"].get<double>());
    }
  }
  std::printf(
      "\nFAN-OUT: Event.recorded_at (staged, before the fsync) -> arrival at a subscriber\n");
  std::printf("  %-22s %11s  %9s %9s %9s   %9s %9s %9s\n", "events", "deliveries", "p50", "p99",
              "max", "all p50", "all p99", "all max");
  for (auto it = j["fanout"].begin(); it != j["fanout"].end(); ++it) {
    std::printf("  %-22s %11lld  %s   %s\n", it.key().c_str(),
                static_cast<long long>(it.value()["delivery"]["count"].get<int64_t>()),
                ms(it.value()["delivery"]).c_str(), ms(it.value()["to_all"]).c_str());
  }
  std::printf(
      "  (deliveries: per event and subscriber; all: per event, until the LAST subscriber had it; "
      "ms)\n");
  const auto& in = j["integrity"];
  std::printf("  stream messages: %lld for %lld events (%s)\n",
              static_cast<long long>(in["live_messages_received"].get<int64_t>()),
              static_cast<long long>(in["events_received"].get<int64_t>()),
              cfg["batched"].get<bool>() ? "batched" : "one message per event, --unbatched");
  std::printf(
      "\nINTEGRITY: %d streams, final seq %lld, all at [%lld, %lld]; gaps %lld, duplicates %lld, "
      "resumed %lld, failed %lld -> %s\n",
      in["streams"].get<int>(), static_cast<long long>(in["final_seq"].get<int64_t>()),
      static_cast<long long>(in["min_last_seq"].get<int64_t>()),
      static_cast<long long>(in["max_last_seq"].get<int64_t>()),
      static_cast<long long>(in["gaps"].get<int64_t>()),
      static_cast<long long>(in["duplicates"].get<int64_t>()),
      static_cast<long long>(in["resubscribes_after_resource_exhausted"].get<int64_t>()),
      static_cast<long long>(in["failed_streams"].get<int64_t>()),
      in["ok"].get<bool>() ? "OK" : "FAILED");
  const auto& sv = j["server"];
  std::printf(
      "SERVER: peak RSS %.0f MiB; CPU %.1f s during the load (%.1f s wall), %.1f s in all; "
      "generator CPU %.1f s\n",
      sv["peak_rss_mib"].get<double>(), sv["cpu_s_load"].get<double>(),
      sv["load_wall_s"].get<double>(), sv["cpu_s_total"].get<double>(),
      j["generator"]["cpu_s_load"].get<double>());

  // Ratios and targets.
  const double noop = rpc["sustained_per_s"].get<double>();
  const double votes = j["votes"]["sustained_per_s"].get<double>();
  const double chair_p99 =
      j["fanout"].contains("single chair event")
          ? j["fanout"]["single chair event"]["delivery"]["p99_ms"].get<double>()
          : 0;
  const double all_p99 = j["fanout"]["all events"]["delivery"]["p99_ms"].get<double>();
  std::printf("\nRATIOS\n");
  std::printf(
      "  durable votes/s %.0f = %.2f x no-op unary rate, %.2f x SQLite 1-per-tx, %.3f x SQLite "
      "%d-per-tx\n",
      votes, noop > 0 ? votes / noop : 0,
      votes / std::max(1.0, st["single_inserts_per_s"].get<double>()),
      votes / std::max(1.0, st["batched_inserts_per_s"].get<double>()), st["batch"].get<int>());
  std::printf(
      "  worst vote burst %.3f s = %.1f x a burst of as many no-op calls (%.3f s)\n",
      j["votes"]["worst_burst_s"].get<double>(),
      j["votes"]["worst_burst_s"].get<double>() / std::max(1e-6, rpc["burst_s"].get<double>()),
      rpc["burst_s"].get<double>());
  const bool scale = cfg["tablets"].get<int>() >= 2000 && cfg["observers"].get<int>() >= 8000;
  std::printf("\nTARGETS (issue 8)%s\n",
              scale ? "" : "  [this run is smaller than the target scale]");
  auto target = [](const char* what, bool met, const std::string& value) {
    std::printf("  [%s] %-58s %s\n", met ? "met " : "MISS", what, value.c_str());
  };
  char buf[128];
  std::snprintf(buf, sizeof buf, "%d streams", in["streams"].get<int>());
  target("2,000 tablets + 8,000 observers connected", scale && in["ok"].get<bool>(), buf);
  std::snprintf(buf, sizeof buf, "p99 %.1f ms (all events: %.1f ms)", chair_p99, all_p99);
  target("an event reaches every subscriber within 100 ms (p99)", chair_p99 <= 100, buf);
  std::snprintf(buf, sizeof buf, "worst %.3f s", j["votes"]["worst_burst_s"].get<double>());
  target("a burst of all delegates' votes durably acked within 1 s",
         j["votes"]["worst_burst_s"].get<double>() <= 1.0, buf);
  std::snprintf(buf, sizeof buf, "%.0f%%", noop > 0 ? 100 * votes / noop : 0);
  target("sustained casting >= 50% of the no-op unary rate", noop > 0 && votes >= 0.5 * noop, buf);
  std::snprintf(buf, sizeof buf, "%.0f MiB", sv["peak_rss_mib"].get<double>());
  target("server memory under 1 GiB", sv["peak_rss_mib"].get<double>() < 1024, buf);
  target("no subscriber loses or duplicates an event", in["ok"].get<bool>(),
         in["ok"].get<bool>() ? "none" : "see INTEGRITY");
  std::fflush(stdout);
}

}  // namespace
}  // namespace dienhong::bench

int main(int argc, char** argv) {
  dienhong::bench::Options o;
  CLI::App app{
      "dienhong-bench: load generator and report for dienhong-server (docs/benchmarks.md)"};
  app.add_option("--tablets", o.tablets, "Delegate tablets (voters), one account each")
      ->capture_default_str();
  app.add_option("--observers", o.observers, "Observer screens (live streams only)")
      ->capture_default_str();
  app.add_option("--rounds", o.rounds, "Rounds of poll -> votes -> close -> publish")
      ->capture_default_str();
  app.add_option("--channels", o.channels, "gRPC channels (TCP connections)")
      ->capture_default_str();
  app.add_option("--observer-accounts", o.observer_accounts, "Observer accounts the screens share")
      ->capture_default_str();
  app.add_option("--floor-requests", o.floor_requests, "Floor requests per round (at most)")
      ->capture_default_str();
  app.add_option("--subscriber-queue", o.subscriber_queue, "Passed to dienhong-server")
      ->capture_default_str();
  app.add_option("--subscribe-window", o.subscribe_window,
                 "Streams connecting at once (waiting for their snapshot)")
      ->capture_default_str();
  app.add_option("--noop-seconds", o.noop_seconds, "Duration of the no-op RPC measurement")
      ->capture_default_str();
  app.add_option("--storage-seconds", o.storage_seconds, "Duration of each SQLite measurement")
      ->capture_default_str();
  app.add_option("--timeout", o.catchup_timeout_s, "Seconds to wait for any phase")
      ->capture_default_str();
  app.add_option("--json", o.json_path, "Write the results as JSON to this file");
  app.add_option("--server-binary", o.server_binary, "dienhong-server to run")
      ->capture_default_str();
  app.add_option("--work-dir", o.work_dir, "Parent of the temporary directory (default: $TMPDIR)");
  app.add_flag("!--no-tablet-streams", o.tablet_streams,
               "Tablets do not subscribe (isolates the write path from the fan-out)");
  app.add_flag("!--unbatched", o.batched,
               "Subscribe without `batched`: one live message per event (the old stream)");
  app.add_flag("--keep", o.keep, "Keep the temporary directory (database, server log)");
  app.add_flag("--quiet", o.quiet, "No progress lines on stderr");
  app.add_flag("--smoke", o.smoke,
               "Tiny preset for the test suite: 20 tablets, 20 observers, 1 round");
  CLI11_PARSE(app, argc, argv);
  if (o.smoke) {
    o.tablets = 20;
    o.observers = 20;
    o.rounds = 1;
    o.channels = std::min(o.channels, 4);
    o.observer_accounts = 2;
    o.floor_requests = 5;
    o.noop_seconds = 0.3;
    o.storage_seconds = 0.2;
    o.catchup_timeout_s = std::min(o.catchup_timeout_s, 30);
  }
  if (o.tablets < 1 || o.observers < 0 || o.rounds < 0 || o.channels < 1) {
    std::cerr << "--tablets >= 1, --observers >= 0, --rounds >= 0, --channels >= 1\n";
    return 2;
  }
  dienhong::bench::g_call_deadline = std::chrono::seconds(o.catchup_timeout_s);
  return dienhong::bench::Bench(o).Run();
}
