// Decide: the pure decision function of a session. Given the current SessionState and a
// Command, it answers with the events to append, or with the reason the command is
// refused. It does no I/O and reads no clock: everything it needs is in its arguments,
// so the server, the clients and the tests all get the same answer.
//
// Thread-safety: a pure function; safe from any thread.
#pragma once

#include <cstdint>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/commands.pb.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

struct CommandContext {
  // Who issues the command; copied into every event.
  v1::Actor actor;
  // Time of the command, microseconds since the epoch; used for timestamps inside event
  // bodies where needed (the envelope's recorded_at is set by the log writer).
  int64_t now_micros = 0;
};

// Returns the events (body and actor set; log_index, seq, recorded_at and hash left empty)
// that the command produces against `state`, or an error that names the field or rule.
// An empty `state` (session_id 0, status UNSPECIFIED) only accepts create_session; the
// caller sets state.session_id before calling Decide for creation.
Result<std::vector<v1::Event>> Decide(const v1::SessionState& state, const v1::Command& command,
                                      const CommandContext& context);

}  // namespace dienhong
