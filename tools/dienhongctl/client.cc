#include "tools/dienhongctl/client.h"

#include <fcntl.h>
#include <google/protobuf/util/json_util.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "common/limits.h"

namespace dienhong::ctl {
namespace {

constexpr auto kUnaryDeadline = std::chrono::seconds(30);

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  size_t start = s.find_first_not_of(" \t");
  return start == std::string::npos ? std::string() : s.substr(start);
}

std::shared_ptr<grpc::ChannelCredentials> Credentials(const Context& ctx) {
  if (!ctx.ca_file.empty()) {
    grpc::SslCredentialsOptions opts;
    std::string pem;
    if (ReadWholeFile(ctx.ca_file, pem).empty()) opts.pem_root_certs = pem;
    return grpc::SslCredentials(opts);
  }
  if (ctx.tls) return grpc::SslCredentials(grpc::SslCredentialsOptions());
  // Plain text is meant for loopback only (DESIGN.md: TLS beyond loopback).
  return grpc::InsecureChannelCredentials();
}

}  // namespace

Client::Client(const Context& ctx) {
  grpc::ChannelArguments args;
  // GetSession returns a whole session: accept what the server may send (common/limits.h)
  // instead of gRPC's default 4 MiB, which a long session passes (issue 14).
  args.SetMaxReceiveMessageSize(kMaxMessageBytes);
  channel_ = grpc::CreateCustomChannel(ctx.server, Credentials(ctx), args);
  auth_ = v1::AuthService::NewStub(channel_);
  accounts_ = v1::AccountService::NewStub(channel_);
  councils_ = v1::CouncilService::NewStub(channel_);
  sessions_ = v1::SessionService::NewStub(channel_);
  attendance_ = v1::AttendanceService::NewStub(channel_);
  live_ = v1::LiveService::NewStub(channel_);

  if (const char* env = std::getenv("DIENHONG_TOKEN"); env && *env) {
    token_ = Trimmed(env);
    token_source_ = "DIENHONG_TOKEN";
  } else {
    token_source_ = TokenFilePath(ctx);
    std::string text;
    if (ReadWholeFile(token_source_, text).empty()) token_ = Trimmed(text);
  }
}

void Client::Prepare(grpc::ClientContext& call, bool unary) const {
  if (!token_.empty()) call.AddMetadata("authorization", "Bearer " + token_);
  if (unary) call.set_deadline(std::chrono::system_clock::now() + kUnaryDeadline);
}

std::string TokenFilePath(const Context& ctx) {
  if (!ctx.token_file.empty()) return ctx.token_file;
  if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg) {
    return std::string(xdg) + "/dienhong/token";
  }
  const char* home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.local/state/dienhong/token";
}

std::string SaveToken(const std::string& path, const std::string& token) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(path).parent_path();
  if (!dir.empty() && !fs::exists(dir)) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return "không tạo được thư mục " + dir.string() + ": " + ec.message();
    ::chmod(dir.c_str(), 0700);
  }
  // Open with 0600 from the start (no window in which another user could read it) and
  // fchmod in case the file existed with a looser mode.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return "không ghi được " + path + ": " + std::strerror(errno);
  ::fchmod(fd, 0600);
  const std::string line = token + "\n";
  const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
  ::close(fd);
  return ok ? std::string() : "không ghi được " + path;
}

std::string NewRequestId() {
  std::random_device rd;
  unsigned char b[16];
  for (auto& byte : b) byte = static_cast<unsigned char>(rd());
  b[6] = (b[6] & 0x0F) | 0x40;  // version 4
  b[8] = (b[8] & 0x3F) | 0x80;  // RFC 4122 variant
  char out[37];
  std::snprintf(out, sizeof out,
                "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
                b[15]);
  return out;
}

std::string ObtainPin(const std::string& given, const char* prompt) {
  if (!given.empty()) return given;
  // Ask on the terminal itself, so that stdin may still carry a file or a pipe.
  const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (fd < 0) return {};
  termios old{};
  const bool have_termios = ::tcgetattr(fd, &old) == 0;
  if (have_termios) {
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    ::tcsetattr(fd, TCSAFLUSH, &quiet);
  }
  (void)::write(fd, prompt, std::strlen(prompt));
  std::string pin;
  char c;
  while (::read(fd, &c, 1) == 1 && c != '\n') pin += c;
  if (have_termios) ::tcsetattr(fd, TCSAFLUSH, &old);
  ::close(fd);
  if (!pin.empty() && pin.back() == '\r') pin.pop_back();
  return pin;
}

const char* GrpcCodeName(grpc::StatusCode code) {
  switch (code) {
    case grpc::StatusCode::OK:
      return "OK";
    case grpc::StatusCode::CANCELLED:
      return "CANCELLED";
    case grpc::StatusCode::UNKNOWN:
      return "UNKNOWN";
    case grpc::StatusCode::INVALID_ARGUMENT:
      return "INVALID_ARGUMENT";
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      return "DEADLINE_EXCEEDED";
    case grpc::StatusCode::NOT_FOUND:
      return "NOT_FOUND";
    case grpc::StatusCode::ALREADY_EXISTS:
      return "ALREADY_EXISTS";
    case grpc::StatusCode::PERMISSION_DENIED:
      return "PERMISSION_DENIED";
    case grpc::StatusCode::UNAUTHENTICATED:
      return "UNAUTHENTICATED";
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
      return "RESOURCE_EXHAUSTED";
    case grpc::StatusCode::FAILED_PRECONDITION:
      return "FAILED_PRECONDITION";
    case grpc::StatusCode::ABORTED:
      return "ABORTED";
    case grpc::StatusCode::OUT_OF_RANGE:
      return "OUT_OF_RANGE";
    case grpc::StatusCode::UNIMPLEMENTED:
      return "UNIMPLEMENTED";
    case grpc::StatusCode::INTERNAL:
      return "INTERNAL";
    case grpc::StatusCode::UNAVAILABLE:
      return "UNAVAILABLE";
    case grpc::StatusCode::DATA_LOSS:
      return "DATA_LOSS";
    default:
      return "UNKNOWN";
  }
}

int ReportRpcError(const grpc::Status& status) {
  std::cerr << "lỗi: " << status.error_message() << " (" << GrpcCodeName(status.error_code())
            << ")\n";
  // The two situations a first-time user meets most, with what to do about them.
  if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED) {
    std::cerr << "gợi ý: đăng nhập bằng `dienhongctl login --account TÊN` hoặc đặt "
                 "DIENHONG_TOKEN\n";
  } else if (status.error_code() == grpc::StatusCode::UNAVAILABLE) {
    std::cerr << "gợi ý: kiểm tra máy chủ đang chạy và địa chỉ --server / DIENHONG_SERVER\n";
  }
  return 1;
}

int ReportError(const std::string& message) {
  std::cerr << "lỗi: " << message << "\n";
  return 1;
}

std::string ReadWholeFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "không đọc được tệp " + path;
  std::ostringstream buf;
  buf << in.rdbuf();
  out = buf.str();
  return {};
}

void PrintJson(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions opts;
  opts.add_whitespace = true;
  opts.preserve_proto_field_names = true;
  opts.always_print_primitive_fields = true;
  std::string out;
  (void)google::protobuf::util::MessageToJsonString(message, &out, opts);
  std::cout << out;
  if (out.empty() || out.back() != '\n') std::cout << '\n';
}

}  // namespace dienhong::ctl
