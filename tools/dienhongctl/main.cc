// dienhongctl: the command-line client of the Diên Hồng server, for administrators,
// secretaries and scripts. Wiring only: global options here, subcommands in
// commands_*.cc, the pure parts (CSV, session files, event lines) in dienhongctl_lib.
#include <CLI/CLI.hpp>
#include <iostream>

#include "tools/dienhongctl/commands.h"
#include "tools/dienhongctl/safe_output.h"

int main(int argc, char** argv) {
  using namespace dienhong::ctl;
  // Text from the server is printed, never interpreted by the terminal (issue 14, item 19).
  // Standard error keeps '\r' for the export's progress line.
  SafeOutput safe_out(std::cout, "\n\t");
  SafeOutput safe_err(std::cerr, "\n\t\r");
  Context ctx;
  CLI::App app{"dienhongctl — công cụ dòng lệnh của hệ thống Diên Hồng", "dienhongctl"};
  // Global options may also follow the subcommand: `dienhongctl session list --json`.
  app.fallthrough();
  app.require_subcommand(1);
  app.add_option("--server", ctx.server, "Địa chỉ máy chủ host:port")
      ->envname("DIENHONG_SERVER")
      ->capture_default_str();
  app.add_option("--token-file", ctx.token_file,
                 "Tệp lưu mã truy cập (mặc định $XDG_STATE_HOME/dienhong/token)");
  app.add_flag("--json", ctx.json, "Xuất JSON cho các lệnh list/show");
  app.add_flag("--tls", ctx.tls, "Dùng TLS với chứng chỉ gốc của hệ thống");
  app.add_option("--ca-file", ctx.ca_file, "Chứng chỉ gốc PEM cho TLS")->check(CLI::ExistingFile);

  AddAuthCommands(app, ctx);
  AddCouncilCommands(app, ctx);
  AddSessionCommands(app, ctx);
  AddAttendanceCommands(app, ctx);
  AddLiveCommands(app, ctx);
  AddVerifyCommands(app, ctx);
  AddVotingCommands(app, ctx);
  AddExportCommands(app, ctx);
  AddFloorCommands(app, ctx);
  AddInterpellationCommands(app, ctx);
  AddDocumentCommands(app, ctx);

  CLI11_PARSE(app, argc, argv);
  return ctx.action ? ctx.action() : 0;
}
