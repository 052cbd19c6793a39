// `dienhongctl verify`: walks the hash chain of a database file (a copy or the live file:
// it opens read-only) and says where the log was altered. Works offline, without a server,
// because a tampered server could not be trusted to check itself.
#include <iostream>

#include "server/store/chain.h"
#include "tools/dienhongctl/commands.h"

namespace dienhong::ctl {

void AddVerifyCommands(CLI::App& app, Context& ctx) {
  auto* verify = app.add_subcommand(
      "verify", "Kiểm tra chuỗi băm của sổ sự kiện trong tệp CSDL (không cần máy chủ)");
  auto database = std::make_shared<std::string>("var/dienhong.db");
  verify->add_option("--database", *database, "Tệp CSDL SQLite của máy chủ")
      ->check(CLI::ExistingFile)
      ->capture_default_str();
  verify->callback([&ctx, database] {
    ctx.action = [&ctx, database]() -> int {
      auto report = store::VerifyChain(*database);
      if (!report.ok()) {
        std::cerr << "lỗi: không đọc được " << *database << ": " << report.status().message()
                  << "\n";
        return 2;
      }
      if (ctx.json) {
        std::cout << "{\"ok\":" << (report->ok ? "true" : "false")
                  << ",\"events_checked\":" << report->events_checked
                  << ",\"head_log_index\":" << report->head_log_index << ",\"head_hash\":\""
                  << report->head_hash_hex << "\",\"first_bad_log_index\":"
                  << report->first_bad_log_index << "}\n";
      } else if (report->ok) {
        std::cout << "Chuỗi băm nguyên vẹn: " << report->events_checked
                  << " sự kiện, sự kiện cuối #" << report->head_log_index << ", băm "
                  << report->head_hash_hex << "\n";
      } else {
        std::cout << "SỔ SỰ KIỆN ĐÃ BỊ SỬA: sự kiện #" << report->first_bad_log_index
                  << " không khớp (" << report->problem << ").\n"
                  << "Các sự kiện #1–#" << report->first_bad_log_index - 1
                  << " vẫn nguyên vẹn; băm cuối cùng đúng: " << report->head_hash_hex << "\n";
      }
      return report->ok ? 0 : 1;
    };
  });
}

}  // namespace dienhong::ctl
