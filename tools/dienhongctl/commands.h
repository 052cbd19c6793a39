// Registration of dienhongctl's subcommands. Each Add*Commands adds its subcommands to
// the app; when one is chosen, its CLI11 callback stores the work in ctx.action, which
// main() runs after parsing (so no RPC is made for a command line that does not parse).
//
// Thread-safety: called once from main().
#pragma once

#include <CLI/CLI.hpp>

#include "dienhong/v1/session_service.pb.h"
#include "tools/dienhongctl/client.h"

namespace dienhong::ctl {

void AddAuthCommands(CLI::App& app, Context& ctx);        // login, logout, whoami, account
void AddCouncilCommands(CLI::App& app, Context& ctx);     // council, delegates
void AddSessionCommands(CLI::App& app, Context& ctx);     // session, sitting, item
void AddAttendanceCommands(CLI::App& app, Context& ctx);  // checkin, attendance, quorum
void AddLiveCommands(CLI::App& app, Context& ctx);        // tail
void AddVerifyCommands(CLI::App& app, Context& ctx);      // verify (offline; --export)
void AddFloorCommands(CLI::App& app, Context& ctx);       // floor (commands_floor.cc)
void AddVotingCommands(CLI::App& app, Context& ctx);      // poll (commands_voting.cc)
void AddExportCommands(CLI::App& app, Context& ctx);      // export (commands_export.cc)
void AddDocumentCommands(CLI::App& app, Context& ctx);    // doc (commands_documents.cc)
// question, hearing, conclusion, commitment (commands_interpellation.cc)
void AddInterpellationCommands(CLI::App& app, Context& ctx);

// Prints what a command appended ("#12 ...: mở phiên họp 1") and returns 0.
int PrintCommandReply(const v1::CommandReply& reply);

// Runs one mutating call answered by a CommandReply, with a fresh request_id (so that
// gRPC's own retries, or the server's, can never apply it twice). `call_rpc` is
// (Client&, grpc::ClientContext*, const Request&, v1::CommandReply*) -> grpc::Status.
template <typename Request, typename Call>
int RunCommand(const Context& ctx, Request& req, Call call_rpc) {
  req.set_request_id(NewRequestId());
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::CommandReply reply;
  grpc::Status st = call_rpc(client, &call, req, &reply);
  if (!st.ok()) return ReportRpcError(st);
  return PrintCommandReply(reply);
}

}  // namespace dienhong::ctl
