// ServerConfig: everything the server is told at start-up, from flags or a config file
// (deploy/dienhong-server.conf shows every key; flags win over the file).
//
// Thread-safety: a value type, read-only after parsing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/result.h"
#include "server/auth/pin_hasher.h"

namespace dienhong {

struct ServerConfig {
  // host:port; port 0 picks a free port (written to port_file).
  std::string listen = "127.0.0.1:50051";
  // SQLite database file; its directory is created if missing.
  std::string database = "var/dienhong.db";
  std::string tls_cert;
  std::string tls_key;
  // Plain-text gRPC is refused on anything but loopback unless this is set.
  bool allow_insecure_remote = false;
  std::string log_level = "info";
  // Where to write the actual port once listening (for scripts and tests).
  std::string port_file;
  int token_ttl_hours = 12;
  auth::HashStrength pin_strength = auth::HashStrength::kInteractive;
  // Seed a demo council, accounts and session when the database is empty.
  bool demo = false;
  // PIN of the "admin" account created on first start (or env DIENHONG_ADMIN_PIN).
  std::string admin_pin;
  int subscriber_queue = 1024;
  // Largest document file accepted by UploadDocument, in MiB. The files live in
  // <directory of --database>/documents (docs/documents.md).
  int max_document_mib = 200;
  // What to do when the start-up check finds the event log altered (a broken hash chain,
  // a snapshot that does not match the chain, ballots the log does not account for):
  // "refuse" (default: do not start) or "read-only" (start, refuse every command that
  // would append to the log, and say why loudly).
  std::string on_broken_chain = "refuse";
  // Failed logins from one source address, over all names, before it must wait growing
  // delays between attempts (auth::ThrottlePolicy::source_free_failures).
  int login_source_failures = 20;
};

// Parses argv (and the --config file it names). When the program should stop instead of
// serving (--help, a bad flag), returns an error whose message is the text to print and
// sets *exit_code (0 for --help).
Result<ServerConfig> ParseServerConfig(int argc, char** argv, int* exit_code);

// True when host:port names a loopback address (127.0.0.0/8, ::1, localhost).
bool IsLoopback(const std::string& listen);

// Checks the combination of settings (TLS files exist, plain text only on loopback, ...).
Status ValidateConfig(const ServerConfig& config);

}  // namespace dienhong
