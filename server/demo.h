// The demo council and the first administrator: what a fresh database gets so that the
// README's first command shows a working system at once.
//
// Thread-safety: call once at start-up, before serving.
#pragma once

#include <string>

#include "common/status.h"
#include "server/server_core.h"

namespace dienhong {

// Account "admin" (global administrator) with the given PIN.
Status CreateBootstrapAdmin(ServerCore& core, const std::string& pin);

// A ward council with 30 delegates, accounts for every role (PIN 123456, documented as
// demo-only in the README), and a convened thematic session with two sittings.
Status SeedDemo(ServerCore& core);

}  // namespace dienhong
