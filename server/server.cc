#include "server/server.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/limits.h"
#include "server/demo.h"
#include "server/documents/blob_store.h"
#include "server/services/account_service.h"
#include "server/services/attendance_service.h"
#include "server/services/auth_service.h"
#include "server/services/council_service.h"
#include "server/services/document_service.h"
#include "server/services/floor_service.h"
#include "server/services/interpellation_service.h"
#include "server/services/live_service.h"
#include "server/services/records_service.h"
#include "server/services/session_service.h"
#include "server/services/voting_service.h"
#include "server/store/chain.h"
#include "server/store/log_reader.h"
#include "server/store/log_writer.h"
#include "server/store/notes_table.h"
#include "server/tls_files.h"
#include "server/undecodable_request.h"
#include "server/voting/ballot_box.h"

namespace dienhong {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

struct Server::Impl {
  explicit Impl(const Clock& clock) : clock(clock) {}
  const Clock& clock;
  // First member, so released last: no other server may open the database while any part
  // of this one still has it open.
  std::unique_ptr<store::Env::FileLock> lock;
  std::string read_only_reason;
  std::unique_ptr<store::LogWriter> writer;
  std::unique_ptr<RegistryLog> registry_log;
  std::unique_ptr<Registry> registry;
  std::unique_ptr<AccountDirectory> accounts;
  std::unique_ptr<FollowUpLedger> followup;
  std::unique_ptr<Scheduler> scheduler;
  std::unique_ptr<BallotBox> ballot_box;  // the engine's hook: outlives it (declared first)
  // The live feeds' fan-out thread (see SessionFeed); outlives the engine.
  std::unique_ptr<WorkerPool> fanout;
  std::unique_ptr<SessionEngine> engine;
  std::unique_ptr<WorkerPool> blocking;
  std::unique_ptr<documents::BlobStore> blobs;
  std::unique_ptr<store::NotesTable> notes;
  std::unique_ptr<WorkerPool> pins;  // PIN hashing only (ServerCore::pins)
  std::unique_ptr<ServerCore> core;
  std::vector<std::unique_ptr<grpc::Service>> services;
  std::unique_ptr<grpc::Server> grpc_server;
  int port = 0;
  bool shut_down = false;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Shutdown(); }
int Server::port() const { return impl_->port; }
const std::string& Server::read_only_reason() const { return impl_->read_only_reason; }
ServerCore& Server::core() { return *impl_->core; }

Result<std::unique_ptr<Server>> Server::Start(const ServerConfig& config, const Clock& clock,
                                              store::Env* env) {
  DH_RETURN_IF_ERROR(ValidateConfig(config));
  if (env == nullptr) env = store::Env::Default();
  // Before anything else: a bad certificate is a configuration error, not a busy port.
  if (!config.tls_cert.empty()) DH_RETURN_IF_ERROR(CheckTlsFiles(config.tls_cert, config.tls_key));
  auto impl = std::make_unique<Impl>(clock);
  const auto db_dir = std::filesystem::path(config.database).parent_path();
  if (!db_dir.empty()) DH_RETURN_IF_ERROR(env->CreateDirs(db_dir.string()));
  // Before anything opens the database: a second server on the same file would serve a
  // state that the first one keeps changing under it.
  DH_ASSIGN_OR_RETURN(impl->lock, env->LockFile(config.database + ".lock"));

  store::WriterOptions writer_options;
  writer_options.env = env;
  impl->writer = std::make_unique<store::LogWriter>(config.database, clock, writer_options);
  DH_RETURN_IF_ERROR(impl->writer->Start());
  // The whole chain and the snapshots bound to it, before anything is loaded from them.
  std::vector<std::string> problems;
  {
    DH_ASSIGN_OR_RETURN(store::VerifyReport report, store::VerifyChain(config.database, env));
    if (!report.ok) problems.push_back(report.problem);
    spdlog::info("start-up check: {} events, head {} {}", report.events_checked,
                 report.head_log_index, report.head_hash_hex);
  }
  DH_ASSIGN_OR_RETURN(auto load_reader, store::LogReader::Open(config.database, env));
  impl->registry_log = std::make_unique<RegistryLog>(*impl->writer);
  DH_RETURN_IF_ERROR(impl->registry_log->Load(*load_reader));
  impl->registry = std::make_unique<Registry>(*impl->registry_log);
  DH_RETURN_IF_ERROR(impl->registry->Load(*load_reader));
  AuthOptions auth_options;
  auth_options.pin_strength = config.pin_strength;
  auth_options.token_ttl_micros = int64_t{config.token_ttl_hours} * 3600 * 1000000;
  auth_options.throttle.source_free_failures = config.login_source_failures;
  // Tablets behind one NAT address log in at once when a sitting starts: room for them,
  // while one source still cannot take the whole PIN queue.
  auth_options.throttle.max_pending_per_source = 32;
  // The scheduler ends live streams whose token expires (AccountDirectory::WatchStream).
  impl->scheduler = std::make_unique<Scheduler>(clock);
  impl->accounts = std::make_unique<AccountDirectory>(*impl->registry_log, *impl->registry, clock,
                                                      auth_options, impl->scheduler.get());
  DH_RETURN_IF_ERROR(impl->accounts->Load(load_reader->handle()));
  impl->followup = std::make_unique<FollowUpLedger>(*impl->registry_log);
  DH_RETURN_IF_ERROR(impl->followup->Load(*load_reader));
  DH_ASSIGN_OR_RETURN(auto engine_reader, store::LogReader::Open(config.database, env));
  // One fan-out thread for every session: offering events to thousands of streams runs
  // there, so that the log writer answers commands as soon as they are durable.
  impl->fanout = std::make_unique<WorkerPool>(1);
  EngineOptions engine_options;
  engine_options.fanout = [pool = impl->fanout.get()](std::function<void()> task) {
    pool->Post(std::move(task));
  };
  impl->engine = std::make_unique<SessionEngine>(*impl->writer, std::move(engine_reader), clock,
                                                 engine_options, impl->scheduler.get());
  impl->ballot_box = std::make_unique<BallotBox>(config.database, env);
  DH_RETURN_IF_ERROR(impl->ballot_box->Start());
  impl->engine->SetCommandHook(impl->ballot_box.get());
  DH_RETURN_IF_ERROR(impl->engine->Load());
  // Ballots the log does not account for (a VoteCast cut from the end of the log, which
  // the chain alone cannot notice): the poll could never be closed.
  {
    BallotBox::Voters voters;
    impl->engine->ForEachState(0, [&voters](const v1::SessionState& state) {
      BallotBox::AddVoters(state, voters);
    });
    DH_ASSIGN_OR_RETURN(std::vector<std::string> mismatches,
                        impl->ballot_box->CheckParticipation(voters));
    problems.insert(problems.end(), mismatches.begin(), mismatches.end());
  }
  if (!problems.empty()) {
    std::string what;
    for (const auto& p : problems) what += (what.empty() ? "" : "; ") + p;
    if (config.on_broken_chain != "read-only") {
      return Status::FailedPrecondition(
          "Sổ sự kiện " + config.database + " không toàn vẹn: " + what +
          ". Máy chủ không khởi động để không phục vụ dữ liệu đã bị sửa. Chạy `dienhongctl "
          "verify --database " + config.database +
          "` để xem chi tiết; khôi phục từ bản sao lưu, hoặc khởi động với "
          "--on-broken-chain=read-only để chỉ cho đọc.");
    }
    impl->read_only_reason =
        "Máy chủ đang ở chế độ chỉ đọc vì sổ sự kiện không toàn vẹn (" + what +
        "); mọi thao tác ghi bị từ chối cho đến khi người quản trị khôi phục cơ sở dữ liệu";
    spdlog::critical("EVENT LOG ALTERED, serving READ-ONLY: {}", what);
    impl->registry_log->SetReadOnly(impl->read_only_reason);
    impl->engine->SetReadOnly(impl->read_only_reason);
  }
  impl->blocking = std::make_unique<WorkerPool>(4);
  // Two Argon2 checks at a time (64 MiB each at the interactive strength); a longer queue
  // than a hall's worth of tablets logging in at once is refused (RESOURCE_EXHAUSTED).
  impl->pins = std::make_unique<WorkerPool>(2, 256);
  impl->core = std::make_unique<ServerCore>(
      ServerCore{clock, *impl->registry, *impl->accounts, *impl->engine, *impl->followup,
                 *impl->blocking, static_cast<size_t>(config.subscriber_queue), config.database});
  // Session documents: files beside the database (docs/documents.md), notes in it.
  impl->blobs = std::make_unique<documents::BlobStore>(
      env, ((db_dir.empty() ? std::filesystem::path(".") : db_dir) / "documents").string());
  DH_RETURN_IF_ERROR(impl->blobs->Open());
  DH_ASSIGN_OR_RETURN(impl->notes, store::NotesTable::Open(config.database, *impl->writer));
  impl->core->blobs = impl->blobs.get();
  impl->core->notes = impl->notes.get();
  impl->core->max_document_bytes = int64_t{config.max_document_mib} << 20;
  impl->core->pins = impl->pins.get();

  if (impl->accounts->Empty()) {
    if (config.demo) {
      DH_RETURN_IF_ERROR(SeedDemo(*impl->core));
    } else if (config.admin_pin.empty()) {
      return Status::FailedPrecondition(
          "Cơ sở dữ liệu chưa có tài khoản nào: lần chạy đầu cần --admin-pin (hoặc biến môi "
          "trường DIENHONG_ADMIN_PIN) để tạo tài khoản quản trị 'admin', hoặc --demo");
    } else {
      DH_RETURN_IF_ERROR(CreateBootstrapAdmin(*impl->core, config.admin_pin));
    }
  }

  for (auto* s : std::initializer_list<grpc::Service*>{
           new AuthServiceImpl(*impl->core), new AccountServiceImpl(*impl->core),
           new CouncilServiceImpl(*impl->core), new SessionServiceImpl(*impl->core),
           new AttendanceServiceImpl(*impl->core), new LiveServiceImpl(*impl->core),
           new FloorServiceImpl(*impl->core), new VotingServiceImpl(*impl->core),
           new RecordsServiceImpl(*impl->core), new InterpellationServiceImpl(*impl->core),
           new DocumentServiceImpl(*impl->core)}) {
    impl->services.emplace_back(s);
  }

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  std::shared_ptr<grpc::ServerCredentials> credentials = grpc::InsecureServerCredentials();
  if (!config.tls_cert.empty()) {
    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back({ReadFile(config.tls_key), ReadFile(config.tls_cert)});
    credentials = grpc::SslServerCredentials(ssl);
  }
  builder.AddListeningPort(config.listen, credentials, &impl->port);
  // gRPC sets SO_REUSEPORT by default: a second server on the same port would then start
  // and take half of the connections, each half seeing a different database.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  // Tablets on Wi-Fi: notice dead peers within a minute so their streams are freed.
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, 30000);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10000);
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 10000);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
  // What the clients accept (common/limits.h): a GetSession of the largest session fits,
  // and a message that would not fit fails here, named, rather than on every tablet.
  builder.SetMaxSendMessageSize(kMaxMessageBytes);
  // INVALID_ARGUMENT, not a bare UNIMPLEMENTED, for a request that does not parse.
  builder.experimental().SetInterceptorCreators(UndecodableRequestInterceptors());
  for (auto& s : impl->services) builder.RegisterService(s.get());
  impl->grpc_server = builder.BuildAndStart();
  if (!impl->grpc_server || impl->port == 0) {
    return Status::Unavailable("Không lắng nghe được trên " + config.listen +
                               " (địa chỉ sai hoặc cổng đang bận)");
  }
  spdlog::info("listening address={} port={} tls={} database={}", config.listen, impl->port,
               !config.tls_cert.empty(), config.database);
  if (!config.port_file.empty()) {
    const std::string tmp = config.port_file + ".tmp";
    std::ofstream(tmp) << impl->port << "\n";
    std::filesystem::rename(tmp, config.port_file);  // readers never see a half-written file
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

void Server::Shutdown() {
  if (impl_->shut_down) return;
  impl_->shut_down = true;
  spdlog::info("shutting down");
  impl_->engine->CloseFeeds(Status::Unavailable("Máy chủ đang dừng; kết nối lại sau."));
  impl_->grpc_server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
  impl_->scheduler->Stop();
  impl_->pins.reset();      // drains pending PIN checks
  impl_->blocking.reset();  // drains pending blocking calls
  impl_->writer->Stop();
}

void Server::Wait() { impl_->grpc_server->Wait(); }

}  // namespace dienhong
