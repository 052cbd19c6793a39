// dienhong-docbench: the documents benchmark of issue 13 (docs/benchmarks.md, "Documents").
//
// Starts the real dienhong-server with a fresh data directory, uploads one dossier PDF
// (50 MiB by default) through DocumentService.UploadDocument, publishes it, and then lets
// N tablets download it at once (95, then 2,000 by default) over a few loopback gRPC
// channels (callback API: many streams per thread). It measures the aggregate download
// throughput, each stream's time to its first chunk (what a tablet waits before it can
// show page one), and the server's resident memory (sampled every 50 ms, and its peak).
//
// In the same run it measures this machine's floors, to which the figures are compared:
//   - loopback TCP: one writer thread sending the same buffer round-robin over K loopback
//     sockets (K = min(N, 256)) drained by one epoll reader: what moving bytes through the
//     kernel costs with no gRPC, no HTTP/2, no protobuf;
//   - disk read: the stored file read sequentially in 256 KiB preads, after
//     posix_fadvise(DONTNEED) (as cold as an unprivileged process can make it) and again
//     warm (page cache, which is where the server's reads come from under load).
//
// Downloaders of the big round may stop after --cap-mib each (default: 4 MiB for rounds
// over 200 tablets) so that the run stays within a few minutes on a small machine; every
// byte they do read is counted, and a few downloads are checked byte for byte.
//
// Exit status: 0 when every download completed (or reached its cap) with the right
// bytes; 1 otherwise; 2 when the benchmark could not run. Figures never change it.
#include <arpa/inet.h>
#include <fcntl.h>
#include <grpcpp/grpcpp.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sodium.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "dienhong/v1/council.grpc.pb.h"
#include "dienhong/v1/document_service.grpc.pb.h"
#include "dienhong/v1/session_service.grpc.pb.h"
#include "tests/bench/calls.h"
#include "tests/bench/child_server.h"
#include "tests/server/documents/sample_files.h"

#ifndef DIENHONG_SERVER_BINARY
#error "DIENHONG_SERVER_BINARY must name the dienhong-server executable"
#endif

namespace dienhong::bench {
namespace {

using json = nlohmann::json;
constexpr char kAdminPin[] = "bench-admin-246810";
constexpr char kUserPin[] = "bench-135790";

struct Options {
  int size_mib = 50;
  std::vector<int> rounds = {95, 2000};
  int cap_mib = 4;  // per downloader, in rounds of more than 200 (0: whole file)
  int channels = 8;
  double floor_seconds = 2.0;
  std::string json_path;
  std::string server_binary = DIENHONG_SERVER_BINARY;
  std::string work_dir;
  bool keep = false;
};

class Fatal : public std::runtime_error {
  using std::runtime_error::runtime_error;
};

void Check(const grpc::Status& s, const std::string& what) {
  if (!s.ok()) {
    throw Fatal(what + " failed: " + std::to_string(s.error_code()) + " " + s.error_message());
  }
}

std::unique_ptr<grpc::ClientContext> Ctx(const std::string& token, int seconds = 300) {
  auto ctx = std::make_unique<grpc::ClientContext>();
  if (!token.empty()) ctx->AddMetadata("authorization", "Bearer " + token);
  ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(seconds));
  return ctx;
}

std::string Sha256Of(std::string_view data) {
  unsigned char d[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(d, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[2 * sizeof d + 1];
  sodium_bin2hex(hex, sizeof hex, d, sizeof d);
  return std::string("sha256:") + hex;
}

double Mib(double bytes) { return bytes / (1 << 20); }

// One tablet's download, on the callback API.
class Downloader final : public grpc::ClientReadReactor<v1::DownloadDocumentChunk> {
 public:
  struct Shared {
    std::mutex mu;
    std::condition_variable cv;
    int remaining = 0;
  };

  Downloader(Shared& shared, bool keep_bytes, int64_t cap)
      : shared_(shared), keep_bytes_(keep_bytes), cap_(cap) {}

  void Start(v1::DocumentService::Stub* stub, const std::string& token,
             const v1::DownloadDocumentRequest& req) {
    ctx_.AddMetadata("authorization", "Bearer " + token);
    ctx_.set_deadline(std::chrono::system_clock::now() + std::chrono::minutes(10));
    req_ = req;
    start_ = SteadyClock::now();
    stub->async()->DownloadDocument(&ctx_, &req_, this);
    StartRead(&chunk_);
    StartCall();
  }

  void OnReadDone(bool ok) override {
    if (!ok) return;  // OnDone follows
    if (first_us_ < 0) {
      first_us_ = std::chrono::duration_cast<std::chrono::microseconds>(SteadyClock::now() - start_)
                      .count();
      digest_ = chunk_.file().digest();
    }
    if (chunk_.offset() != req_.offset() + bytes_) gap_ = true;
    bytes_ += static_cast<int64_t>(chunk_.data().size());
    if (keep_bytes_) data_ += chunk_.data();
    if (cap_ > 0 && bytes_ >= cap_ && !capped_) {
      capped_ = true;
      ctx_.TryCancel();
    }
    StartRead(&chunk_);
  }

  void OnDone(const grpc::Status& s) override {
    status_ = s;
    std::lock_guard lock(shared_.mu);
    if (--shared_.remaining == 0) shared_.cv.notify_all();
  }

  bool Correct(int64_t file_size) const {
    if (gap_ || first_us_ < 0) return false;
    if (capped_) return status_.error_code() == grpc::StatusCode::CANCELLED || status_.ok();
    return status_.ok() && bytes_ == file_size - req_.offset();
  }

  int64_t bytes() const { return bytes_; }
  int64_t offset() const { return req_.offset(); }
  int64_t first_us() const { return first_us_; }
  const std::string& data() const { return data_; }
  const std::string& digest() const { return digest_; }
  const grpc::Status& status() const { return status_; }

 private:
  Shared& shared_;
  const bool keep_bytes_;
  const int64_t cap_;
  grpc::ClientContext ctx_;
  v1::DownloadDocumentRequest req_;
  v1::DownloadDocumentChunk chunk_;
  SteadyClock::time_point start_;
  int64_t first_us_ = -1;
  int64_t bytes_ = 0;
  bool gap_ = false;
  bool capped_ = false;
  std::string data_;
  std::string digest_;
  grpc::Status status_;
};

// Loopback TCP floor: bytes per second one writer pushes through K loopback sockets.
double MeasureLoopback(int sockets, double seconds) {
  int listener = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (listener < 0 || bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      listen(listener, 1024) != 0) {
    throw Fatal("loopback floor: cannot listen");
  }
  socklen_t len = sizeof addr;
  getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len);
  std::vector<int> writers, readers;
  for (int i = 0; i < sockets; ++i) {
    int c = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(c, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      throw Fatal("loopback floor: cannot connect");
    }
    int a = accept(listener, nullptr, nullptr);
    fcntl(c, F_SETFL, O_NONBLOCK);
    fcntl(a, F_SETFL, O_NONBLOCK);
    writers.push_back(c);
    readers.push_back(a);
  }
  close(listener);
  std::atomic<bool> stop{false};
  std::atomic<int64_t> received{0};
  std::thread reader([&] {
    int ep = epoll_create1(0);
    for (int fd : readers) {
      epoll_event ev{};
      ev.events = EPOLLIN;
      ev.data.fd = fd;
      epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
    }
    std::vector<char> buf(256 * 1024);
    std::vector<epoll_event> events(256);
    while (!stop.load()) {
      int n = epoll_wait(ep, events.data(), static_cast<int>(events.size()), 50);
      for (int i = 0; i < n; ++i) {
        ssize_t r;
        while ((r = read(events[i].data.fd, buf.data(), buf.size())) > 0) received += r;
      }
    }
    close(ep);
  });
  const std::string buffer(256 * 1024, 'x');  // the same bytes to every socket
  int ep = epoll_create1(0);
  for (int fd : writers) {
    epoll_event ev{};
    ev.events = EPOLLOUT;
    ev.data.fd = fd;
    epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
  }
  std::vector<epoll_event> events(256);
  const auto t0 = SteadyClock::now();
  const int64_t start_received = received.load();
  while (SecondsSince(t0) < seconds) {
    int n = epoll_wait(ep, events.data(), static_cast<int>(events.size()), 50);
    for (int i = 0; i < n; ++i) (void)!write(events[i].data.fd, buffer.data(), buffer.size());
  }
  const double elapsed = SecondsSince(t0);
  const int64_t got = received.load() - start_received;
  stop = true;
  reader.join();
  close(ep);
  for (int fd : writers) close(fd);
  for (int fd : readers) close(fd);
  return static_cast<double>(got) / elapsed;
}

// Disk floor: sequential 256 KiB preads of the stored file; cold (after DONTNEED) and warm.
std::pair<double, double> MeasureDiskRead(const std::filesystem::path& file) {
  auto read_all = [&](bool drop) {
    int fd = open(file.c_str(), O_RDONLY);
    if (fd < 0) throw Fatal("disk floor: cannot open " + file.string());
    if (drop) {
      fdatasync(fd);
      posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    }
    std::vector<char> buf(256 * 1024);
    int64_t total = 0;
    const auto t0 = SteadyClock::now();
    ssize_t r;
    while ((r = pread(fd, buf.data(), buf.size(), total)) > 0) total += r;
    const double s = SecondsSince(t0);
    close(fd);
    return static_cast<double>(total) / s;
  };
  const double cold = read_all(true);
  read_all(false);
  const double warm = read_all(false);
  return {cold, warm};
}

class DocBench {
 public:
  explicit DocBench(Options o) : o_(std::move(o)) {}
  int Run();

 private:
  void Log(const std::string& text) {
    std::cerr << "[docbench " << std::fixed << std::setprecision(1) << SecondsSince(t0_) << " s] "
              << text << std::endl;
  }
  std::string Login(const std::string& name, const std::string& pin) {
    v1::LoginRequest req;
    req.set_account(name);
    req.set_pin(pin);
    v1::LoginResponse resp;
    Check(auth_->Login(Ctx("").get(), req, &resp), "Login " + name);
    return resp.token();
  }
  void Setup();
  json Upload();
  json Round(int downloaders);

  Options o_;
  SteadyClock::time_point t0_ = SteadyClock::now();
  std::filesystem::path dir_;
  std::unique_ptr<ChildServer> server_;
  std::vector<std::shared_ptr<grpc::Channel>> channels_;
  std::vector<std::unique_ptr<v1::DocumentService::Stub>> docs_;
  std::unique_ptr<v1::AuthService::Stub> auth_;
  std::string admin_, secretary_, reader_;
  int64_t council_id_ = 0, session_id_ = 0, document_id_ = 0;
  std::string pdf_;
  std::string digest_;
  bool published_ = false;
  bool all_correct_ = true;
};

void DocBench::Setup() {
  grpc::ChannelArguments args;
  for (int i = 0; i < o_.channels; ++i) {
    args.SetInt("dienhong.docbench.channel", i);  // distinct args: distinct connections
    args.SetMaxReceiveMessageSize(8 << 20);
    channels_.push_back(
        grpc::CreateCustomChannel(server_->address(), grpc::InsecureChannelCredentials(), args));
    docs_.push_back(v1::DocumentService::NewStub(channels_.back()));
  }
  auth_ = v1::AuthService::NewStub(channels_[0]);
  auto councils = v1::CouncilService::NewStub(channels_[0]);
  auto accounts = v1::AccountService::NewStub(channels_[0]);
  auto sessions = v1::SessionService::NewStub(channels_[0]);
  admin_ = Login("admin", kAdminPin);
  {
    v1::CreateCouncilRequest req;
    req.mutable_council()->set_name("Hội đồng nhân dân thành phố Diên Hồng (đo tải tài liệu)");
    req.mutable_council()->set_level(v1::COUNCIL_LEVEL_PROVINCE);
    v1::Council council;
    Check(councils->CreateCouncil(Ctx(admin_).get(), req, &council), "CreateCouncil");
    council_id_ = council.id();
  }
  int64_t delegate_id = 0;
  {
    v1::ImportDelegatesRequest req;
    req.set_council_id(council_id_);
    req.add_delegates()->set_full_name("Nguyễn Văn Hùng");
    v1::ImportDelegatesResponse resp;
    Check(councils->ImportDelegates(Ctx(admin_).get(), req, &resp), "ImportDelegates");
    delegate_id = resp.delegates(0).id();
  }
  for (auto [name, role, delegate] :
       {std::tuple{"bench.thuky", v1::ROLE_SECRETARY, int64_t{0}},
        std::tuple{"bench.daibieu", v1::ROLE_DELEGATE, delegate_id}}) {
    v1::CreateAccountRequest req;
    req.mutable_account()->set_name(name);
    req.mutable_account()->set_display_name(name);
    req.mutable_account()->set_role(role);
    req.mutable_account()->set_council_id(council_id_);
    req.mutable_account()->set_delegate_id(delegate);
    req.set_pin(kUserPin);
    v1::Account account;
    Check(accounts->CreateAccount(Ctx(admin_).get(), req, &account), "CreateAccount");
  }
  secretary_ = Login("bench.thuky", kUserPin);
  reader_ = Login("bench.daibieu", kUserPin);
  {
    v1::CreateSessionRequest req;
    req.set_request_id("docbench-session");
    req.set_council_id(council_id_);
    req.set_title("Kỳ họp thứ mười lăm (đo tải tài liệu)");
    req.set_kind(v1::SESSION_KIND_REGULAR);
    auto* item = req.add_agenda();
    item->set_kind(v1::AGENDA_ITEM_KIND_REPORT);
    item->set_title("Báo cáo tình hình kinh tế – xã hội");
    req.add_sittings()->set_title("Phiên khai mạc");
    v1::CommandReply reply;
    Check(sessions->CreateSession(Ctx(secretary_).get(), req, &reply), "CreateSession");
    session_id_ = reply.session_id();
  }
}

json DocBench::Upload() {
  pdf_ = testing_files::MakePdf(40, "Ho so ky hop", static_cast<size_t>(o_.size_mib) << 20);
  digest_ = Sha256Of(pdf_);
  v1::CommandReply reply;
  auto ctx = Ctx(secretary_);
  const auto t0 = SteadyClock::now();
  auto writer = docs_[0]->UploadDocument(ctx.get(), &reply);
  v1::UploadDocumentRequest msg;
  auto* h = msg.mutable_header();
  h->set_request_id("docbench-upload");
  h->set_session_id(session_id_);
  h->mutable_document()->set_kind(v1::DOCUMENT_KIND_REPORT);
  h->mutable_document()->set_title("Báo cáo tình hình kinh tế – xã hội (hồ sơ đo tải)");
  h->mutable_document()->set_item_id(1);
  h->set_file_name("bao-cao.pdf");
  h->set_size_bytes(static_cast<int64_t>(pdf_.size()));
  h->set_expected_digest(digest_);
  writer->Write(msg);
  for (size_t at = 0; at < pdf_.size(); at += 1 << 20) {
    msg.set_chunk(pdf_.substr(at, 1 << 20));
    if (!writer->Write(msg)) break;
  }
  writer->WritesDone();
  Check(writer->Finish(), "UploadDocument");
  const double seconds = SecondsSince(t0);
  auto sessions = v1::SessionService::NewStub(channels_[0]);
  v1::GetSessionRequest get;
  get.set_session_id(session_id_);
  v1::SessionState state;
  Check(sessions->GetSession(Ctx(secretary_).get(), get, &state), "GetSession");
  document_id_ = state.documents().documents(0).id();
  v1::PublishDocumentRequest pub;
  pub.set_request_id("docbench-publish");
  pub.set_session_id(session_id_);
  pub.mutable_command()->set_document_id(document_id_);
  grpc::Status published = docs_[0]->PublishDocument(Ctx(secretary_).get(), pub, &reply);
  published_ = published.ok();
  if (!published_) {
    Log("PublishDocument refused (" + published.error_message() +
        "): the downloads read the draft as the secretary");
    reader_ = secretary_;
  }
  return {{"bytes", pdf_.size()},
          {"seconds", seconds},
          {"mib_per_s", Mib(static_cast<double>(pdf_.size())) / seconds},
          {"published", published_}};
}

json DocBench::Round(int n) {
  const int64_t size = static_cast<int64_t>(pdf_.size());
  const int64_t cap = (n > 200 && o_.cap_mib > 0) ? int64_t{o_.cap_mib} << 20 : 0;
  Log("round: " + std::to_string(n) + " tablets" +
      (cap > 0 ? ", each stops after " + std::to_string(o_.cap_mib) + " MiB" : ", whole file"));
  Downloader::Shared shared;
  shared.remaining = n;
  std::vector<std::unique_ptr<Downloader>> downloads;
  constexpr int kChecked = 3;  // downloads kept in memory and compared byte for byte
  for (int i = 0; i < n; ++i) {
    downloads.push_back(std::make_unique<Downloader>(shared, i < kChecked, cap));
  }
  std::atomic<bool> sampling{true};
  std::atomic<int64_t> max_rss_kib{0};
  std::thread sampler([&] {
    while (sampling.load()) {
      const int64_t rss = ReadUsage(server_->pid()).rss_kib;
      if (rss > max_rss_kib.load()) max_rss_kib = rss;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  const double cpu0 = server_->Usage().cpu_seconds;
  const auto t0 = SteadyClock::now();
  for (int i = 0; i < n; ++i) {
    v1::DownloadDocumentRequest req;
    req.set_session_id(session_id_);
    req.set_document_id(document_id_);
    // Capped downloads start at spread offsets: the whole file is read, not its head.
    if (cap > 0) req.set_offset((static_cast<int64_t>(i) * 7919 * 65536) % (size - cap));
    downloads[i]->Start(docs_[i % docs_.size()].get(), reader_, req);
  }
  {
    std::unique_lock lock(shared.mu);
    shared.cv.wait(lock, [&] { return shared.remaining == 0; });
  }
  const double seconds = SecondsSince(t0);
  const double cpu = server_->Usage().cpu_seconds - cpu0;
  sampling = false;
  sampler.join();
  int64_t bytes = 0;
  int correct = 0;
  std::vector<int64_t> first_us;
  for (int i = 0; i < n; ++i) {
    const auto& d = *downloads[i];
    bytes += d.bytes();
    if (d.first_us() >= 0) first_us.push_back(d.first_us());
    std::string why;
    if (!d.Correct(size))
      why = "stream";
    else if (d.digest() != digest_)
      why = "digest " + d.digest();
    else if (i < kChecked &&
             !(cap == 0 ? Sha256Of(d.data()) == digest_
                        : d.data() == std::string_view(pdf_).substr(d.offset(), d.data().size())))
      why = "bytes (kept " + std::to_string(d.data().size()) + ")";
    const bool ok = why.empty();
    if (ok) {
      ++correct;
    } else if (correct + 1 == i + 1 || i < kChecked) {
      Log("download " + std::to_string(i) + " incorrect: " + std::to_string(d.bytes()) +
          " bytes, status " + std::to_string(d.status().error_code()) + " " +
          d.status().error_message() + "; wrong: " + why);
    }
  }
  if (correct != n) all_correct_ = false;
  const double throughput = static_cast<double>(bytes) / seconds;
  const double loopback = MeasureLoopback(std::min(n, 256), o_.floor_seconds);
  const auto [disk_cold, disk_warm] =
      MeasureDiskRead(server_->database().parent_path() / "documents" / "sha256" /
                      digest_.substr(7, 2) / digest_.substr(7));
  const ProcessUsage usage = server_->Usage();
  json j = {{"tablets", n},
            {"cap_bytes", cap},
            {"correct", correct},
            {"bytes", bytes},
            {"seconds", seconds},
            {"mib_per_s", Mib(throughput)},
            {"server_cpu_s", cpu},
            {"first_chunk_ms",
             {{"p50", Percentile(first_us, 0.5) / 1000.0},
              {"p99", Percentile(first_us, 0.99) / 1000.0},
              {"max", Percentile(first_us, 1.0) / 1000.0}}},
            {"server_rss_max_mib", max_rss_kib.load() / 1024.0},
            {"server_peak_rss_mib", usage.peak_rss_kib / 1024.0},
            {"loopback_mib_per_s", Mib(loopback)},
            {"disk_cold_mib_per_s", Mib(disk_cold)},
            {"disk_warm_mib_per_s", Mib(disk_warm)},
            {"ratio_to_loopback", throughput / loopback},
            {"ratio_to_disk_cold", throughput / disk_cold},
            {"ratio_to_disk_warm", throughput / disk_warm}};
  std::cout << std::fixed << std::setprecision(2) << "tablets " << n << ": " << correct << "/" << n
            << " correct, " << Mib(static_cast<double>(bytes)) << " MiB in " << seconds
            << " s = " << Mib(throughput) << " MiB/s; first chunk p50 "
            << j["first_chunk_ms"]["p50"].get<double>() << " ms, p99 "
            << j["first_chunk_ms"]["p99"].get<double>() << " ms; server RSS max "
            << j["server_rss_max_mib"].get<double>() << " MiB (peak over the run "
            << j["server_peak_rss_mib"].get<double>() << " MiB), CPU " << cpu << " s\n"
            << "  floors: loopback TCP (" << std::min(n, 256) << " sockets) " << Mib(loopback)
            << " MiB/s -> ratio " << throughput / loopback << "; disk read cold " << Mib(disk_cold)
            << " MiB/s -> ratio " << throughput / disk_cold << ", warm " << Mib(disk_warm)
            << " MiB/s -> ratio " << throughput / disk_warm << "\n";
  return j;
}

int DocBench::Run() {
  if (sodium_init() < 0) throw Fatal("libsodium");
  dir_ = o_.work_dir.empty() ? std::filesystem::temp_directory_path() /
                                   ("dienhong-docbench-" + std::to_string(getpid()))
                             : std::filesystem::path(o_.work_dir);
  std::filesystem::create_directories(dir_);
  server_ = std::make_unique<ChildServer>(
      o_.server_binary, dir_, kAdminPin,
      std::vector<std::string>{"--max-document-mib", std::to_string(o_.size_mib + 1)});
  const std::string error = server_->Start();
  if (!error.empty()) throw Fatal("server: " + error);
  Setup();
  json report;
  report["upload"] = Upload();
  Log("uploaded " + std::to_string(pdf_.size()) + " bytes in " +
      std::to_string(report["upload"]["seconds"].get<double>()) + " s");
  for (int n : o_.rounds) report["rounds"].push_back(Round(n));
  report["size_mib"] = o_.size_mib;
  report["correct"] = all_correct_;
  server_->Stop();
  if (!o_.json_path.empty()) std::ofstream(o_.json_path) << report.dump(2) << "\n";
  if (!o_.keep) std::filesystem::remove_all(dir_);
  return all_correct_ ? 0 : 1;
}

}  // namespace
}  // namespace dienhong::bench

int main(int argc, char** argv) {
  using namespace dienhong::bench;
  Options o;
  CLI::App app{"dienhong-docbench: many tablets download one dossier at once"};
  app.add_option("--size-mib", o.size_mib, "Size of the dossier PDF")->capture_default_str();
  app.add_option("--tablets", o.rounds, "Concurrent downloaders, one round each")
      ->capture_default_str();
  app.add_option("--cap-mib", o.cap_mib,
                 "In rounds of more than 200 tablets, each stops after this many MiB (0: all)")
      ->capture_default_str();
  app.add_option("--channels", o.channels, "gRPC connections shared by the tablets")
      ->capture_default_str();
  app.add_option("--floor-seconds", o.floor_seconds, "Duration of the loopback floor")
      ->capture_default_str();
  app.add_option("--json", o.json_path, "Write the figures here");
  app.add_option("--server", o.server_binary, "dienhong-server binary")->capture_default_str();
  app.add_option("--work-dir", o.work_dir, "Data directory (default: a temporary one)");
  app.add_flag("--keep", o.keep, "Keep the data directory");
  CLI11_PARSE(app, argc, argv);
  try {
    return DocBench(o).Run();
  } catch (const std::exception& e) {
    std::cerr << "docbench: " << e.what() << std::endl;
    return 2;
  }
}
