// council create/list/show and delegates import/list.
#include <iostream>

#include "tools/dienhongctl/commands.h"
#include "tools/dienhongctl/csv.h"
#include "tools/dienhongctl/format.h"
#include "tools/dienhongctl/names.h"

namespace dienhong::ctl {
namespace {

struct CouncilArgs {
  std::string name, level, level_label, term, place;
  int64_t parent = 0;
};

// "2021-2026" (an en dash, as people type it in Vietnamese documents, works too).
bool ParseTerm(std::string term, int32_t& start, int32_t& end) {
  const std::string en_dash = "–";
  if (auto pos = term.find(en_dash); pos != std::string::npos)
    term.replace(pos, en_dash.size(), "-");
  if (term.size() != 9 || term[4] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 7, 8}) {
    if (term[i] < '0' || term[i] > '9') return false;
  }
  start = std::stoi(term.substr(0, 4));
  end = std::stoi(term.substr(5, 4));
  return start < end;
}

int RunCouncilCreate(const Context& ctx, const CouncilArgs& args) {
  auto level = ParseCouncilLevel(args.level);
  if (!level) {
    return ReportError("--level: không có cấp \"" + args.level + "\"; dùng " + CouncilLevelWords());
  }
  int32_t start = 0, end = 0;
  if (!ParseTerm(args.term, start, end)) {
    return ReportError("--term: \"" + args.term + "\" không phải nhiệm kỳ dạng 2021-2026");
  }
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::CreateCouncilRequest req;
  v1::Council& c = *req.mutable_council();
  c.set_name(args.name);
  c.set_level(*level);
  c.set_level_label(args.level_label);
  c.set_parent_id(args.parent);
  c.set_term_start_year(start);
  c.set_term_end_year(end);
  c.set_place(args.place);
  v1::Council resp;
  grpc::Status st = client.councils().CreateCouncil(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
  } else {
    std::cout << "đã tạo hội đồng: " << FormatCouncilLine(resp) << "\n";
  }
  return 0;
}

int RunCouncilList(const Context& ctx) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::ListCouncilsResponse resp;
  grpc::Status st = client.councils().ListCouncils(&call, v1::ListCouncilsRequest(), &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
    return 0;
  }
  for (const auto& c : resp.councils()) std::cout << FormatCouncilLine(c) << "\n";
  if (resp.councils().empty()) std::cout << "(chưa có hội đồng nào)\n";
  return 0;
}

int RunCouncilShow(const Context& ctx, int64_t id) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::GetCouncilRequest req;
  req.set_council_id(id);
  v1::Council resp;
  grpc::Status st = client.councils().GetCouncil(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
  } else {
    std::cout << FormatCouncilLine(resp) << "\n";
  }
  return 0;
}

int RunDelegatesImport(const Context& ctx, int64_t council, const std::string& path) {
  std::string text;
  if (std::string err = ReadWholeFile(path, text); !err.empty()) return ReportError(err);
  DelegateRows rows = ParseDelegatesCsv(text);
  if (!rows.errors.empty()) {
    for (const auto& e : rows.errors) std::cerr << path << ": " << FormatLineError(e) << "\n";
    std::cerr << "lỗi: tệp có " << rows.errors.size() << " dòng sai; chưa gửi gì lên máy chủ\n";
    return 1;
  }
  if (rows.delegates.empty()) return ReportError(path + ": không có dòng đại biểu nào");

  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::ImportDelegatesRequest req;
  req.set_council_id(council);
  for (auto& d : rows.delegates) *req.add_delegates() = std::move(d);
  v1::ImportDelegatesResponse resp;
  grpc::Status st = client.councils().ImportDelegates(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (!resp.errors().empty()) {
    for (const auto& e : resp.errors()) {
      // RowError.row indexes the request's delegates; map it back to the file's line.
      const int line =
          e.row() >= 0 && e.row() < static_cast<int>(rows.lines.size()) ? rows.lines[e.row()] : 0;
      std::cerr << path << ": " << FormatLineError({line, e.field(), e.message()}) << "\n";
    }
    std::cerr << "lỗi: máy chủ từ chối " << resp.errors().size()
              << " dòng; không đại biểu nào được thêm\n";
    return 1;
  }
  if (ctx.json) {
    PrintJson(resp);
  } else {
    std::cout << "đã thêm " << resp.delegates().size() << " đại biểu vào hội đồng " << council
              << "\n";
  }
  return 0;
}

int RunDelegatesList(const Context& ctx, int64_t council) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::ListDelegatesRequest req;
  req.set_council_id(council);
  v1::ListDelegatesResponse resp;
  grpc::Status st = client.councils().ListDelegates(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
    return 0;
  }
  for (const auto& d : resp.delegates()) std::cout << FormatDelegateLine(d) << "\n";
  std::cout << "tổng cộng " << resp.delegates().size() << " đại biểu\n";
  return 0;
}

}  // namespace

void AddCouncilCommands(CLI::App& app, Context& ctx) {
  auto* council = app.add_subcommand("council", "Hội đồng nhân dân");
  council->require_subcommand(1);
  {
    auto args = std::make_shared<CouncilArgs>();
    auto* cmd = council->add_subcommand("create", "Tạo hội đồng (quản trị)");
    cmd->add_option("--name", args->name, "Tên đầy đủ, ví dụ \"Hội đồng nhân dân tỉnh Bắc Ninh\"")
        ->required();
    cmd->add_option("--level", args->level, CouncilLevelWords())->required();
    cmd->add_option("--level-label", args->level_label, "Tên cấp, ví dụ \"Phường\"");
    cmd->add_option("--parent", args->parent, "Hội đồng cấp trên (0: không có)");
    cmd->add_option("--term", args->term, "Nhiệm kỳ, ví dụ 2021-2026")->required();
    cmd->add_option("--place", args->place, "Địa danh ghi trong văn bản, ví dụ \"Bắc Ninh\"");
    cmd->callback(
        [&ctx, args] { ctx.action = [&ctx, args] { return RunCouncilCreate(ctx, *args); }; });
  }
  council->add_subcommand("list", "Danh sách hội đồng")->callback([&ctx] {
    ctx.action = [&ctx] { return RunCouncilList(ctx); };
  });
  {
    auto id = std::make_shared<int64_t>(0);
    auto* cmd = council->add_subcommand("show", "Thông tin một hội đồng");
    cmd->add_option("council_id", *id, "Số hội đồng")->required();
    cmd->callback([&ctx, id] { ctx.action = [&ctx, id] { return RunCouncilShow(ctx, *id); }; });
  }

  auto* delegates = app.add_subcommand("delegates", "Đại biểu của hội đồng");
  delegates->require_subcommand(1);
  {
    auto council_id = std::make_shared<int64_t>(0);
    auto file = std::make_shared<std::string>();
    auto* cmd = delegates->add_subcommand(
        "import",
        "Nhập đại biểu từ CSV UTF-8, tiêu đề full_name,title,delegate_group,committees,seat "
        "(committees cách nhau bởi ';')");
    cmd->add_option("--council", *council_id, "Số hội đồng")->required();
    cmd->add_option("file", *file, "Tệp .csv")->required()->check(CLI::ExistingFile);
    cmd->callback([&ctx, council_id, file] {
      ctx.action = [&ctx, council_id, file] { return RunDelegatesImport(ctx, *council_id, *file); };
    });
  }
  {
    auto council_id = std::make_shared<int64_t>(0);
    auto* cmd = delegates->add_subcommand("list", "Danh sách đại biểu");
    cmd->add_option("--council", *council_id, "Số hội đồng")->required();
    cmd->callback([&ctx, council_id] {
      ctx.action = [&ctx, council_id] { return RunDelegatesList(ctx, *council_id); };
    });
  }
}

}  // namespace dienhong::ctl
