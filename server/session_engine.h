// SessionEngine: runs commands against sessions (the write path of the design).
//
// For each command: under the session's mutex, Decide() against the session's working
// state; stage the events with the log writer (which stamps log_index and hash at once);
// fold them into the working state; release the mutex. When the writer reports the batch
// durable, the events are published to the session's feed (committed state, ring, and
// the fan-out to live subscribers, which runs on its own thread) and only then is the
// caller answered. Commands of one session are thus decided one at a time but their
// commits overlap, and many sessions' commands share one fsync (group commit).
//
// If a commit fails, the session's working state is rebuilt from its committed state once
// every write in flight for it has resolved; until then its commands get UNAVAILABLE.
//
// Idempotency: a command with a request id is remembered (in memory, and in the log's
// UNIQUE idempotency_key column); a repeat returns the first reply (replayed = true), and
// a repeat that arrives while the first is still in flight waits for it. The key carries
// a digest of the command (server/idempotency_key.h): the same request id with another
// command is refused with ALREADY_EXISTS naming request_id, whether the first is in
// memory, in flight or only in the log.
//
// Timed commands (a turn running over, a poll's countdown) are issued by the server itself
// through the Scheduler, as Decide's pure PendingDeadlines() says after each commit.
//
// A CommandHook (server/command_hook.h; the ballot box of secret polls) may fill
// server-owned data into a command before Decide and add same-transaction side effects
// after it. The live feed never carries a VoteCast's ballot (voting::RedactForLiveStream):
// the engine publishes redacted copies; replies carry the events as committed.
//
// Thread-safety: all methods may be called from any thread; `done` callbacks run on the
// log writer's thread (or inline for refusals) and must not block.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/clock.h"
#include "common/decide.h"
#include "common/result.h"
#include "dienhong/v1/session_service.pb.h"
#include "server/command_hook.h"
#include "server/live/session_feed.h"
#include "server/scheduler.h"
#include "server/store/log_reader.h"
#include "server/store/log_writer.h"

namespace dienhong {

struct EngineOptions {
  // Events kept per session for resuming subscribers without a snapshot.
  size_t ring_capacity = 4096;
  // A snapshot of a session is saved after this many events since the last one.
  int64_t snapshot_every = 1000;
  // Where the feeds fan events out to their subscribers (empty: inline, before the reply).
  FanoutPost fanout;
};

class SessionEngine {
 public:
  using Done = std::function<void(Result<v1::CommandReply>)>;

  // `scheduler` (optional) runs the session clock's commands (see common/deadlines.h).
  SessionEngine(store::LogWriter& writer, std::unique_ptr<store::LogReader> reader,
                const Clock& clock, EngineOptions options = {}, Scheduler* scheduler = nullptr);

  // Installs the hook (see command_hook.h). Call before Load() and before any command;
  // the hook must outlive the engine.
  void SetCommandHook(CommandHook* hook) { hook_ = hook; }

  // Rebuilds every session from its latest snapshot (only one bound to the hash chain,
  // store/snapshots.h) plus the events after it.
  Status Load();

  // From now on every command is refused with FailedPrecondition(reason): the start-up
  // check found the log altered and the operator chose to serve it read-only. Call
  // before serving.
  void SetReadOnly(std::string reason) { read_only_reason_ = std::move(reason); }

  // Creates a session (command.create_session) with the next free id.
  void Create(const v1::Command& command, const CommandContext& context,
              const std::string& idempotency_key, Done done);

  // Runs a command against an existing session.
  void Execute(int64_t session_id, const v1::Command& command, const CommandContext& context,
               const std::string& idempotency_key, Done done);

  // The committed state of a session.
  Result<v1::SessionState> State(int64_t session_id) const;
  // Council of a session (for authorization before anything else is read).
  Result<int64_t> CouncilOf(int64_t session_id) const;
  std::vector<v1::SessionSummary> List(int64_t council_id) const;
  // Runs `read` on the committed state of every session of `council_id` (0 = all), in id
  // order, without copying the states (SessionFeed::ReadState: `read` must be quick).
  void ForEachState(int64_t council_id,
                    const std::function<void(const v1::SessionState&)>& read) const;
  Result<std::shared_ptr<SessionFeed>> Feed(int64_t session_id) const;

  // Ends every live stream (server shutdown).
  void CloseFeeds(const Status& status);

 private:
  struct Session;
  struct PendingCommand;

  std::shared_ptr<Session> Find(int64_t session_id) const;
  void Run(const std::shared_ptr<Session>& session, const v1::Command& command,
           const CommandContext& context, const std::string& key, Done done);
  // Returns true when the key was seen (the reply is delivered or will be); false when the
  // caller should run the command (the key is then registered as pending).
  bool ClaimKey(const std::string& key, const Done& done);
  void ResolveKey(const std::string& key, const Result<v1::CommandReply>& reply);
  // Schedules the session's pending deadlines (after every commit and on load) and
  // cancels those that are no longer pending.
  void ArmDeadlines(const std::shared_ptr<Session>& session);
  // After a failed commit, once nothing of the session is in flight: the working state
  // from the committed one. Requires session.mu.
  void RebuildLocked(Session& session);

  store::LogWriter& writer_;
  std::unique_ptr<store::LogReader> reader_;  // guarded by keys_mu_ (used for key lookups)
  const Clock& clock_;
  EngineOptions options_;
  Scheduler* scheduler_;
  CommandHook* hook_ = nullptr;
  std::string read_only_reason_;  // set before serving, then constant

  mutable std::shared_mutex sessions_mu_;
  std::map<int64_t, std::shared_ptr<Session>> sessions_;  // guarded by sessions_mu_
  int64_t next_session_id_ = 1;                           // guarded by create_mu_
  std::mutex create_mu_;

  std::mutex keys_mu_;
  // By scope ("<account>:<request id>", without the digest), guarded by keys_mu_.
  std::unordered_map<std::string, std::shared_ptr<PendingCommand>> keys_;
};

}  // namespace dienhong
