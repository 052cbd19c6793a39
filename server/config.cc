#include "server/config.h"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>

namespace dienhong {

Result<ServerConfig> ParseServerConfig(int argc, char** argv, int* exit_code) {
  ServerConfig c;
  CLI::App app{"dienhong-server: máy chủ điều hành kỳ họp Hội đồng nhân dân (Diên Hồng)"};
  app.set_config("--config", "", "Tệp cấu hình (key = value, xem deploy/dienhong-server.conf)");
  // A misspelt key in the file must stop the start, not be silently ignored.
  app.allow_config_extras(CLI::config_extras_mode::error);
  app.add_option("--listen", c.listen, "Địa chỉ lắng nghe host:port")->capture_default_str();
  app.add_option("--database", c.database, "Tệp cơ sở dữ liệu SQLite")->capture_default_str();
  app.add_option("--tls-cert", c.tls_cert, "Chứng chỉ TLS (PEM)");
  app.add_option("--tls-key", c.tls_key, "Khóa riêng TLS (PEM)");
  app.add_flag("--allow-insecure-remote", c.allow_insecure_remote,
               "Cho phép gRPC không mã hóa trên địa chỉ không phải loopback");
  app.add_option("--log-level", c.log_level, "trace, debug, info, warn, error")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error"}))
      ->capture_default_str();
  app.add_option("--port-file", c.port_file, "Ghi cổng thực tế vào tệp này khi đã lắng nghe");
  app.add_option("--token-ttl-hours", c.token_ttl_hours, "Thời hạn phiên đăng nhập (giờ)")
      ->check(CLI::Range(1, 24 * 30))
      ->capture_default_str();
  std::string strength = "interactive";
  app.add_option(
         "--pin-strength", strength,
         "Độ mạnh băm PIN (Argon2id): minimum (chỉ dùng để kiểm thử), interactive, moderate")
      ->check(CLI::IsMember({"minimum", "interactive", "moderate"}))
      ->capture_default_str();
  app.add_flag("--demo", c.demo, "Tạo hội đồng, tài khoản và kỳ họp mẫu nếu CSDL còn trống");
  app.add_option("--admin-pin", c.admin_pin,
                 "PIN của tài khoản admin tạo ở lần chạy đầu (hoặc biến DIENHONG_ADMIN_PIN)");
  app.add_option("--login-source-failures", c.login_source_failures,
                 "Số lần đăng nhập sai từ một máy (mọi tên) trước khi máy đó phải chờ lâu dần "
                 "giữa các lần thử (docs/security.md)")
      ->check(CLI::Range(1, 1 << 30))
      ->capture_default_str();
  app.add_option("--subscriber-queue", c.subscriber_queue,
                 "Số sự kiện tối đa chờ gửi cho một kết nối trực tiếp")
      ->check(CLI::Range(16, 1 << 20))
      ->capture_default_str();
  app.add_option("--max-document-mib", c.max_document_mib,
                 "Dung lượng tối đa của một tệp tài liệu tải lên (MiB)")
      ->check(CLI::Range(1, 4096))
      ->capture_default_str();
  app.add_option("--on-broken-chain", c.on_broken_chain,
                 "Khi sổ sự kiện bị sửa đổi: refuse (không khởi động) hoặc read-only (chỉ cho "
                 "đọc, từ chối mọi thao tác ghi)")
      ->check(CLI::IsMember({"refuse", "read-only"}))
      ->capture_default_str();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    *exit_code = e.get_exit_code();
    std::string text = e.get_exit_code() == 0 ? app.help() : std::string(e.what());
    return Status::InvalidArgument(text);
  }
  c.pin_strength = strength == "minimum"    ? auth::HashStrength::kMinimum
                   : strength == "moderate" ? auth::HashStrength::kModerate
                                            : auth::HashStrength::kInteractive;
  if (c.admin_pin.empty()) {
    if (const char* env = std::getenv("DIENHONG_ADMIN_PIN")) c.admin_pin = env;
  }
  return c;
}

bool IsLoopback(const std::string& listen) {
  std::string host = listen;
  if (!host.empty() && host.front() == '[') {
    host = host.substr(1, host.find(']') - 1);
  } else if (auto colon = host.rfind(':'); colon != std::string::npos) {
    host = host.substr(0, colon);
  }
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

Status ValidateConfig(const ServerConfig& c) {
  if (c.tls_cert.empty() != c.tls_key.empty()) {
    return Status::InvalidArgument("--tls-cert và --tls-key phải đi cùng nhau");
  }
  for (const auto& file : {c.tls_cert, c.tls_key}) {
    if (!file.empty() && !std::filesystem::exists(file)) {
      return Status::InvalidArgument("Không tìm thấy tệp " + file);
    }
  }
  if (c.tls_cert.empty() && !IsLoopback(c.listen) && !c.allow_insecure_remote) {
    return Status::InvalidArgument(
        "--listen " + c.listen +
        ": địa chỉ không phải loopback cần TLS (--tls-cert, --tls-key); nếu mạng nội bộ đã được "
        "bảo vệ theo cách khác, thêm --allow-insecure-remote");
  }
  return Status::Ok();
}

}  // namespace dienhong
