// login, logout, whoami and the administrator's account commands.
#include <unistd.h>

#include <iostream>

#include "tools/dienhongctl/commands.h"
#include "tools/dienhongctl/format.h"
#include "tools/dienhongctl/names.h"
#include "tools/dienhongctl/time_text.h"

namespace dienhong::ctl {
namespace {

struct LoginArgs {
  std::string account;
  std::string pin;
};

int RunLogin(const Context& ctx, const LoginArgs& args) {
  const std::string pin = ObtainPin(args.pin, "Mã PIN: ");
  if (pin.empty())
    return ReportError("thiếu mã PIN: dùng --pin, DIENHONG_PIN hoặc chạy trong terminal");
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::LoginRequest req;
  req.set_account(args.account);
  req.set_pin(pin);
  v1::LoginResponse resp;
  grpc::Status st = client.auth().Login(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  const std::string path = TokenFilePath(ctx);
  if (std::string err = SaveToken(path, resp.token()); !err.empty()) return ReportError(err);
  std::cout << "đã đăng nhập: " << resp.account().display_name() << " ("
            << RoleLabel(resp.account().role()) << ")";
  if (resp.has_expires_at()) std::cout << ", phiên hết hạn lúc " << FormatTime(resp.expires_at());
  std::cout << "\nmã truy cập lưu tại " << path << "\n";
  if (std::getenv("DIENHONG_TOKEN")) {
    std::cerr << "lưu ý: DIENHONG_TOKEN đang được đặt và sẽ được dùng thay cho tệp này\n";
  }
  return 0;
}

int RunLogout(const Context& ctx) {
  Client client(ctx);
  if (client.token().empty()) return ReportError("chưa đăng nhập");
  grpc::ClientContext call;
  client.Prepare(call);
  v1::LogoutResponse resp;
  grpc::Status st = client.auth().Logout(&call, v1::LogoutRequest(), &resp);
  // Remove the local copy even when the server refused: an expired or revoked token is
  // useless, and keeping it would only make the next command fail the same way.
  if (client.token_source() != "DIENHONG_TOKEN") ::unlink(client.token_source().c_str());
  if (!st.ok() && st.error_code() != grpc::StatusCode::UNAUTHENTICATED) {
    return ReportRpcError(st);
  }
  std::cout << "đã đăng xuất\n";
  return 0;
}

int RunWhoAmI(const Context& ctx) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::WhoAmIResponse resp;
  grpc::Status st = client.auth().WhoAmI(&call, v1::WhoAmIRequest(), &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
    return 0;
  }
  std::cout << FormatAccountLine(resp.account()) << "\n";
  if (resp.has_expires_at())
    std::cout << "phiên hết hạn lúc " << FormatTime(resp.expires_at()) << "\n";
  return 0;
}

struct AccountArgs {
  std::string name, display_name, role, pin;
  int64_t council = 0, delegate = 0;
};

int RunAccountCreate(const Context& ctx, const AccountArgs& args) {
  auto role = ParseRole(args.role);
  if (!role)
    return ReportError("--role: không có vai trò \"" + args.role + "\"; dùng " + RoleWords());
  const std::string pin = ObtainPin(args.pin, "Mã PIN cho tài khoản mới: ");
  if (pin.empty())
    return ReportError("thiếu mã PIN: dùng --pin, DIENHONG_PIN hoặc chạy trong terminal");
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::CreateAccountRequest req;
  v1::Account& a = *req.mutable_account();
  a.set_name(args.name);
  a.set_display_name(args.display_name);
  a.set_role(*role);
  a.set_council_id(args.council);
  a.set_delegate_id(args.delegate);
  req.set_pin(pin);
  v1::Account resp;
  grpc::Status st = client.accounts().CreateAccount(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
  } else {
    std::cout << "đã tạo tài khoản: " << FormatAccountLine(resp) << "\n";
  }
  return 0;
}

int RunAccountList(const Context& ctx, int64_t council) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::ListAccountsRequest req;
  req.set_council_id(council);
  v1::ListAccountsResponse resp;
  grpc::Status st = client.accounts().ListAccounts(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  if (ctx.json) {
    PrintJson(resp);
    return 0;
  }
  for (const auto& a : resp.accounts()) std::cout << FormatAccountLine(a) << "\n";
  if (resp.accounts().empty()) std::cout << "(không có tài khoản nào)\n";
  return 0;
}

int RunResetPin(const Context& ctx, int64_t account_id, const std::string& given) {
  const std::string pin = ObtainPin(given, "Mã PIN mới: ");
  if (pin.empty())
    return ReportError("thiếu mã PIN: dùng --pin, DIENHONG_PIN hoặc chạy trong terminal");
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::ResetPinRequest req;
  req.set_account_id(account_id);
  req.set_pin(pin);
  v1::Account resp;
  grpc::Status st = client.accounts().ResetPin(&call, req, &resp);
  if (!st.ok()) return ReportRpcError(st);
  std::cout << "đã đặt lại mã PIN: " << FormatAccountLine(resp) << "\n";
  return 0;
}

constexpr char kPinHelp[] =
    "Mã PIN (tránh dùng: hiện trong danh sách tiến trình; nên dùng DIENHONG_PIN hoặc để "
    "công cụ hỏi)";

}  // namespace

void AddAuthCommands(CLI::App& app, Context& ctx) {
  {
    auto args = std::make_shared<LoginArgs>();
    auto* cmd = app.add_subcommand("login", "Đăng nhập và lưu mã truy cập");
    cmd->add_option("--account", args->account, "Tên đăng nhập")->required();
    cmd->add_option("--pin", args->pin, kPinHelp)->envname("DIENHONG_PIN");
    cmd->callback([&ctx, args] { ctx.action = [&ctx, args] { return RunLogin(ctx, *args); }; });
  }
  app.add_subcommand("logout", "Đăng xuất (thu hồi mã truy cập)")->callback([&ctx] {
    ctx.action = [&ctx] { return RunLogout(ctx); };
  });
  app.add_subcommand("whoami", "Tài khoản đang đăng nhập")->callback([&ctx] {
    ctx.action = [&ctx] { return RunWhoAmI(ctx); };
  });

  auto* account = app.add_subcommand("account", "Quản lý tài khoản (quản trị)");
  account->require_subcommand(1);
  {
    auto args = std::make_shared<AccountArgs>();
    auto* cmd = account->add_subcommand("create", "Tạo tài khoản");
    cmd->add_option("--name", args->name, "Tên đăng nhập (chữ thường, số, . _ -)")->required();
    cmd->add_option("--display-name", args->display_name, "Tên hiển thị, có dấu")->required();
    cmd->add_option("--role", args->role, RoleWords())->required();
    cmd->add_option("--council", args->council, "Hội đồng (0: quản trị mọi hội đồng)")->required();
    cmd->add_option("--delegate", args->delegate, "Đại biểu gắn với tài khoản (vai trò delegate)");
    cmd->add_option("--pin", args->pin, kPinHelp)->envname("DIENHONG_PIN");
    cmd->callback(
        [&ctx, args] { ctx.action = [&ctx, args] { return RunAccountCreate(ctx, *args); }; });
  }
  {
    auto council = std::make_shared<int64_t>(0);
    auto* cmd = account->add_subcommand("list", "Danh sách tài khoản");
    cmd->add_option("--council", *council, "Chỉ một hội đồng");
    cmd->callback([&ctx, council] {
      ctx.action = [&ctx, council] { return RunAccountList(ctx, *council); };
    });
  }
  {
    auto id = std::make_shared<int64_t>(0);
    auto pin = std::make_shared<std::string>();
    auto* cmd = account->add_subcommand("reset-pin", "Đặt lại mã PIN và mở khóa");
    cmd->add_option("account_id", *id, "Số tài khoản")->required();
    cmd->add_option("--pin", *pin, kPinHelp)->envname("DIENHONG_PIN");
    cmd->callback(
        [&ctx, id, pin] { ctx.action = [&ctx, id, pin] { return RunResetPin(ctx, *id, *pin); }; });
  }
}

}  // namespace dienhong::ctl
