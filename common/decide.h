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

// Returns the events that the command produces against `state`, or an error that names
// the field or rule. Each event has its body, actor (= context.actor), stream_id
// (= state.session_id) and seq set, seq numbering on from state.last_seq (+1, +2, ...), so
// the caller can append them as they are; log_index, recorded_at and hash are left for the
// log writer. Text fields in the bodies are trimmed, and server-assigned fields (item and
// sitting ids, statuses) are filled in.
//
// An empty vector with OK means "nothing to do": the command repeats what the state
// already says (a check-in of a delegate already checked in with that status, a secretary
// recording exactly the existing attendance). The caller appends nothing and answers OK.
//
// An empty `state` (status UNSPECIFIED) only accepts create_session; the caller sets
// state.session_id to the new id before calling Decide for creation (Internal otherwise).
// A CLOSED session refuses every command.
//
// Error codes: InvalidArgument for a malformed request (empty title, missing reason, id 0),
// NotFound for an id the session does not have (sitting, item, delegate not on the roster),
// FailedPrecondition for a valid request in the wrong state. Messages are Vietnamese and
// start with the request field when one is to blame ("sitting_id 7: ...").
Result<std::vector<v1::Event>> Decide(const v1::SessionState& state, const v1::Command& command,
                                      const CommandContext& context);

}  // namespace dienhong
