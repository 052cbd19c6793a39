// CommandHook: the one extension point of the session engine's write path, for
// server-side components that own data which must NOT be in the event log or the session
// state but must be written atomically with it. Its only implementation is the ballot box
// of voting (server/voting/ballot_box.h): a secret ballot's choice is kept out of the
// hash-chained VoteCast event and written, in the same transaction, to a table of its own.
//
// The engine calls the hook for every command of an existing session, under that
// session's mutex (so calls for one session are serialized, in decide order):
//   1. Prepare(working, command) before Decide: fill server-owned data into the command
//      (the ballot box's tally when a poll is closed, by the chair or by the clock). An
//      error refuses the command.
//   2. Stage(working, command, request) after Decide accepted the command with at least
//      one event, before the request is staged: add side effects (composing with any
//      already there) and wrap `done` (calling the previous one). `working` is the state
//      BEFORE the command's events.
//   4. Finish(session_id, command) once the command's events are durable and published,
//      before the reply (on the log writer's thread): a step the reply depends on that
//      cannot be part of the transaction (the WAL checkpoint that erases the casting order
//      of a secret poll's ballots). An error becomes the reply, although the events stay
//      committed; sending the same command again retries the step (Resume).
//   0. Resume(session_id, command) first, outside the session's mutex: when the command
//      repeats one whose Finish failed, the hook retries that step and returns the reply
//      (OK: answered with the session's current position, no new event); nullopt runs the
//      command as usual.
//   3. Reset(session_id) when the engine rebuilds the session's working state from its
//      committed state after a failed commit (no write of the session is in flight then):
//      drop anything derived from staged, now lost, commands.
// Decide stays pure: everything the hook adds is either an input (Prepare) or a side
// effect that Decide's events do not depend on.
//
// Thread-safety: called concurrently for different sessions; implementations guard
// their own state.
#pragma once

#include <cstdint>
#include <optional>

#include "common/status.h"
#include "dienhong/v1/commands.pb.h"
#include "dienhong/v1/session.pb.h"
#include "server/store/log_writer.h"

namespace dienhong {

class CommandHook {
 public:
  virtual ~CommandHook() = default;
  virtual Status Prepare(const v1::SessionState& working, v1::Command& command) = 0;
  virtual void Stage(const v1::SessionState& working, const v1::Command& command,
                     store::AppendRequest& request) = 0;
  virtual void Reset(int64_t session_id) = 0;
  virtual Status Finish(int64_t /*session_id*/, const v1::Command& /*command*/) {
    return Status::Ok();
  }
  virtual std::optional<Status> Resume(int64_t /*session_id*/, const v1::Command& /*command*/) {
    return std::nullopt;
  }
};

}  // namespace dienhong
