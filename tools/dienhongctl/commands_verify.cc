// `dienhongctl verify`: walks the hash chain of a database file (a copy or the live file:
// it opens read-only) and says where the log was altered; with --export, also checks an
// exported record (DOCX, PDF, CSV, JSON) against that log and says where the file was
// altered (tools/dienhongctl/record_verify.h). Works offline, without a server, because a
// tampered server could not be trusted to check itself.
#include <fstream>
#include <iostream>
#include <sstream>

#include "server/store/account_table.h"
#include "server/store/chain.h"
#include "tools/dienhongctl/commands.h"
#include "tools/dienhongctl/record_verify.h"

namespace dienhong::ctl {
namespace {

void PrintChain(const store::VerifyReport& report) {
  if (report.ok) {
    std::cout << "Chuỗi băm nguyên vẹn: " << report.events_checked << " sự kiện, sự kiện cuối #"
              << report.head_log_index << ", băm " << report.head_hash_hex << "\n";
    if (report.snapshots_checked > 0 || report.snapshots_unbound > 0) {
      std::cout << "Ảnh chụp trạng thái: " << report.snapshots_checked
                << " khớp với mã băm ghi trong chuỗi";
      if (report.snapshots_unbound > 0) {
        std::cout << "; " << report.snapshots_unbound
                  << " không có dấu trong chuỗi (máy chủ không dùng)";
      }
      std::cout << ".\n";
    }
  } else if (report.first_bad_log_index == 0) {
    // The events are intact; a snapshot is not what the chain recorded.
    std::cout << "SỔ SỰ KIỆN ĐÃ BỊ SỬA: " << report.problem << ".\n"
              << "Chuỗi băm của " << report.events_checked
              << " sự kiện vẫn nguyên vẹn; băm cuối: " << report.head_hash_hex << "\n";
  } else {
    std::cout << "SỔ SỰ KIỆN ĐÃ BỊ SỬA: sự kiện #" << report.first_bad_log_index << " không khớp ("
              << report.problem << ").\n"
              << "Các sự kiện #1–#" << report.first_bad_log_index - 1
              << " vẫn nguyên vẹn; băm cuối cùng đúng: " << report.head_hash_hex << "\n";
  }
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

int VerifyExportFile(const Context& ctx, const std::string& database, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  auto check = VerifyExport(database, ss.str());
  if (!check.ok()) {
    std::cerr << "lỗi: " << path << ": " << check.status().message() << "\n";
    return 2;
  }
  const auto& c = check->covered;
  if (ctx.json) {
    std::cout << "{\"ok\":" << (check->ok() ? "true" : "false") << ",\"format\":\"" << check->format
              << "\",\"session_id\":" << c.session_id() << ",\"sitting_id\":" << c.sitting_id()
              << ",\"last_seq\":" << c.last_seq()
              << ",\"chain_ok\":" << (check->chain.ok ? "true" : "false")
              << ",\"first_bad_log_index\":" << check->chain.first_bad_log_index
              << ",\"findings\":[";
    for (size_t i = 0; i < check->findings.size(); ++i) {
      std::cout << (i ? "," : "") << JsonString(check->findings[i]);
    }
    std::cout << "]}\n";
    return check->ok() ? 0 : 1;
  }
  PrintChain(check->chain);
  std::cout << "Tệp " << check->format << " " << path << ": kỳ họp " << c.session_id()
            << (c.sitting_id() ? ", phiên " + std::to_string(c.sitting_id()) : "")
            << ", đến sự kiện số " << c.last_seq() << ".\n";
  if (check->findings.empty()) {
    std::cout << "Tệp khớp với sổ sự kiện: nội dung đúng như lập lại từ sổ.\n";
  } else {
    std::cout << "TỆP KHÔNG KHỚP VỚI SỔ SỰ KIỆN:\n";
    for (const auto& f : check->findings) std::cout << "  - " << f << "\n";
  }
  return check->ok() ? 0 : 1;
}

}  // namespace

void AddVerifyCommands(CLI::App& app, Context& ctx) {
  auto* verify = app.add_subcommand(
      "verify",
      "Kiểm tra chuỗi băm của sổ sự kiện trong tệp CSDL, và một bản xuất hồ sơ kỳ họp "
      "(--export) so với sổ (không cần máy chủ)");
  auto database = std::make_shared<std::string>("var/dienhong.db");
  auto export_file = std::make_shared<std::string>();
  verify->add_option("--database", *database, "Tệp CSDL SQLite của máy chủ")
      ->check(CLI::ExistingFile)
      ->capture_default_str();
  verify
      ->add_option("--export", *export_file,
                   "Bản xuất (docx, pdf, csv, json) cần đối chiếu với sổ sự kiện")
      ->check(CLI::ExistingFile);
  verify->callback([&ctx, database, export_file] {
    ctx.action = [&ctx, database, export_file]() -> int {
      if (!export_file->empty()) return VerifyExportFile(ctx, *database, *export_file);
      auto report = store::VerifyChain(*database);
      if (!report.ok()) {
        std::cerr << "lỗi: không đọc được " << *database << ": " << report.status().message()
                  << "\n";
        return 2;
      }
      // The accounts table against the chain's AccountCreated / AccountPinReset events
      // (server/store/account_table.h): rights nobody logged are reported too.
      auto accounts = store::CheckAccountsFile(*database);
      if (!accounts.ok()) {
        std::cerr << "lỗi: không đọc được tài khoản trong " << *database << ": "
                  << accounts.status().message() << "\n";
        return 2;
      }
      const bool accounts_ok = accounts->problems.empty();
      if (ctx.json) {
        std::cout << "{\"ok\":" << (report->ok && accounts_ok ? "true" : "false")
                  << ",\"events_checked\":" << report->events_checked
                  << ",\"head_log_index\":" << report->head_log_index << ",\"head_hash\":\""
                  << report->head_hash_hex
                  << "\",\"first_bad_log_index\":" << report->first_bad_log_index
                  << ",\"snapshots_checked\":" << report->snapshots_checked
                  << ",\"snapshots_unbound\":" << report->snapshots_unbound
                  << ",\"problem\":" << JsonString(report->problem)
                  << ",\"accounts_ok\":" << (accounts_ok ? "true" : "false")
                  << ",\"account_problems\":[";
        for (size_t i = 0; i < accounts->problems.size(); ++i) {
          std::cout << (i ? "," : "") << JsonString(accounts->problems[i]);
        }
        std::cout << "]}\n";
      } else {
        PrintChain(*report);
        if (accounts_ok) {
          std::cout << "Bảng tài khoản khớp với sổ sự kiện: " << accounts->accounts.size()
                    << " tài khoản.\n";
        } else {
          std::cout << "BẢNG TÀI KHOẢN ĐÃ BỊ SỬA (không khớp với sổ sự kiện):\n";
          for (const auto& p : accounts->problems) std::cout << "  - " << p << "\n";
        }
        if (!accounts->unbound_pin_hashes.empty()) {
          std::cout << "Lưu ý: " << accounts->unbound_pin_hashes.size()
                    << " tài khoản tạo trước khi sổ ghi mã băm PIN; mã PIN của chúng được "
                       "ràng buộc từ lần đặt lại PIN kế tiếp.\n";
        }
      }
      return report->ok && accounts_ok ? 0 : 1;
    };
  });
}

}  // namespace dienhong::ctl
