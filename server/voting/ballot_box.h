// BallotBox: where ballots live between a vote and the poll's close, outside the event
// log. It is the session engine's CommandHook (server/command_hook.h).
//
// For every VoteCast it adds, in the SAME transaction as the event:
//   - a poll_participation row (session, poll, delegate): its PRIMARY KEY is the
//     database's guard of one vote per delegate per poll; for an OPEN poll the row also
//     holds the named ballot;
//   - for a SECRET poll, a secret_ballots row keyed by 16 random bytes (libsodium), with
//     no delegate and no time; the VoteCast event itself carries participation only.
// It keeps, in memory, what closing needs: per open poll the named ballots, per secret
// poll only the counts (never which ballot came from whom). On close (the chair's or the
// clock's ClosePoll) it fills the command with those counts or names (Prepare), and the
// close's transaction (Stage) re-counts the secret ballots from the table and refuses to
// commit if they differ from the tally or from the participation count; then it rewrites
// the whole secret_ballots table in key order with secure_delete on (so neither row order
// nor freed pages keep the order of casting), and once the close is durable truncates the
// WAL (so no older page image survives there). A cancelled secret poll's ballots are
// destroyed the same way. See docs/voting.md for what this does and does not protect.
//
// Nothing here ever logs a ballot.
//
// Thread-safety: all methods may be called from any thread.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include "server/command_hook.h"
#include "server/store/sqlite_util.h"

namespace dienhong {

class BallotBox final : public CommandHook {
 public:
  explicit BallotBox(std::string db_path);
  ~BallotBox() override;

  // Opens the box's own connection (after the log writer created the schema) and
  // truncates the WAL once, in case a crash came between a close and its checkpoint.
  Status Start();

  Status Prepare(const v1::SessionState& working, v1::Command& command) override;
  void Stage(const v1::SessionState& working, const v1::Command& command,
             store::AppendRequest& request) override;
  void Reset(int64_t session_id) override;

  // PRAGMA wal_checkpoint(TRUNCATE), retried for a while when readers hold the WAL.
  Status TruncateWal();

 private:
  struct Box {
    bool secret = false;
    v1::PollTally tally;                    // secret polls: counts only
    std::map<int64_t, v1::Ballot> named;    // open polls: delegate -> ballot
  };
  // The poll's box, loaded from the committed tables on first use in this process.
  // Requires mu_.
  Result<Box*> GetLocked(int64_t session_id, const v1::Poll& poll);

  const std::string db_path_;
  std::mutex mu_;
  std::map<std::pair<int64_t, int64_t>, Box> boxes_;  // guarded by mu_
  std::mutex db_mu_;
  store::internal::DbHandle db_;  // guarded by db_mu_
};

}  // namespace dienhong
