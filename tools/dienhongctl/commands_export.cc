// `dienhongctl export`: fetches a session record (minutes or data) from the server's
// RecordsService and writes it to a file, printing the progress on stderr. The file is
// written to "<out>.part" and renamed when complete and of the announced size, so a
// script never picks up half a file.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "dienhong/v1/records_service.grpc.pb.h"
#include "tools/dienhongctl/commands.h"

namespace dienhong::ctl {
namespace {

struct ExportArgs {
  int64_t session = 0;
  int64_t sitting = 0;
  int64_t up_to_seq = 0;
  std::string format = "docx";
  std::string out;  // empty: the server's file name, in the current directory
};

std::optional<v1::ExportFormat> ParseFormat(const std::string& f) {
  if (f == "docx") return v1::EXPORT_FORMAT_DOCX;
  if (f == "pdf") return v1::EXPORT_FORMAT_PDF;
  if (f == "csv") return v1::EXPORT_FORMAT_CSV;
  if (f == "json") return v1::EXPORT_FORMAT_JSON;
  return std::nullopt;
}

const char* StageLabel(const std::string& stage) {
  if (stage == "read") return "đọc sổ sự kiện";
  if (stage == "fold") return "tổng hợp";
  if (stage == "render") return "dựng tệp";
  return "đang xử lý";
}

int RunExport(const Context& ctx, const ExportArgs& a) {
  const auto format = ParseFormat(a.format);
  if (!format) {
    std::cerr << "lỗi: --format: định dạng không hợp lệ «" << a.format
              << "» (docx, pdf, csv hoặc json)\n";
    return 2;
  }
  Client client(ctx);
  auto stub = v1::RecordsService::NewStub(client.channel());
  grpc::ClientContext call;
  client.Prepare(call, /*unary=*/false);
  call.set_deadline(std::chrono::system_clock::now() + std::chrono::minutes(10));
  v1::ExportRecordRequest req;
  req.set_session_id(a.session);
  req.set_sitting_id(a.sitting);
  req.set_format(*format);
  req.set_up_to_seq(a.up_to_seq);
  auto reader = stub->ExportRecord(&call, req);
  v1::ExportChunk chunk;
  v1::ExportFileHeader header;
  std::filesystem::path out, part;
  std::ofstream file;
  int64_t written = 0;
  while (reader->Read(&chunk)) {
    if (chunk.has_progress()) {
      const auto& p = chunk.progress();
      std::cerr << "\r" << StageLabel(p.stage()) << ": " << p.done() << "/" << p.total() << "   "
                << std::flush;
    } else if (chunk.has_header()) {
      header = chunk.header();
      out = std::filesystem::path(a.out.empty() ? header.file_name() : a.out);
      part = out.string() + ".part";
      file.open(part, std::ios::binary | std::ios::trunc);
      if (!file) {
        std::cerr << "\nlỗi: không ghi được " << part << "\n";
        call.TryCancel();
        break;
      }
    } else if (file.is_open()) {
      file.write(chunk.data().data(), static_cast<std::streamsize>(chunk.data().size()));
      written += static_cast<int64_t>(chunk.data().size());
    }
  }
  std::cerr << "\n";
  const grpc::Status st = reader->Finish();
  if (file.is_open()) file.close();
  if (!st.ok()) {
    if (!part.empty()) std::filesystem::remove(part);
    return ReportRpcError(st);
  }
  if (part.empty() || written != header.size()) {
    if (!part.empty()) std::filesystem::remove(part);
    std::cerr << "lỗi: tệp nhận được không đủ (" << written << "/" << header.size()
              << " byte); hãy xuất lại\n";
    return 1;
  }
  std::filesystem::rename(part, out);
  const auto& c = header.covered();
  if (ctx.json) {
    std::cout << "{\"file\":\"" << out.string() << "\",\"size\":" << written
              << ",\"session_id\":" << c.session_id() << ",\"sitting_id\":" << c.sitting_id()
              << ",\"last_seq\":" << c.last_seq() << ",\"last_hash\":\"" << c.last_hash()
              << "\"}\n";
  } else {
    std::cout << "Đã ghi " << out.string() << " (" << written << " byte): kỳ họp " << c.session_id()
              << (c.sitting_id() ? ", phiên " + std::to_string(c.sitting_id()) : "")
              << ", đến sự kiện số " << c.last_seq() << ", băm " << c.last_hash() << "\n";
  }
  return 0;
}

}  // namespace

void AddExportCommands(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<ExportArgs>();
  auto* cmd = app.add_subcommand(
      "export", "Xuất biên bản (docx, pdf) hoặc dữ liệu (csv, json) của kỳ họp hay một phiên họp");
  cmd->add_option("--session", args->session, "Mã kỳ họp")->required();
  cmd->add_option("--sitting", args->sitting, "Mã phiên họp (bỏ trống: cả kỳ họp)");
  cmd->add_option("--format", args->format, "docx | pdf | csv | json")->capture_default_str();
  cmd->add_option("--up-to-seq", args->up_to_seq,
                  "Chỉ gồm các sự kiện đến số này (bỏ trống: đến sự kiện mới nhất)");
  cmd->add_option("--out", args->out, "Tệp ghi ra (bỏ trống: tên do máy chủ đặt)");
  cmd->callback([&ctx, args] { ctx.action = [&ctx, args] { return RunExport(ctx, *args); }; });
}

}  // namespace dienhong::ctl
