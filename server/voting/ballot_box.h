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
// The WAL truncation is the privacy step of a secret poll's close: when it fails (a full
// disk, an I/O error), the close is committed but its reply is an error (Finish) that says
// so, and sending ClosePoll (or CancelPoll) again retries only the truncation (Resume)
// until it succeeds. So a chair who saw "closed" knows the casting order is gone.
//
// Nothing here ever logs a ballot.
//
// Thread-safety: all methods may be called from any thread.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "server/command_hook.h"
#include "server/store/ballot_table.h"
#include "server/store/env.h"

namespace dienhong {

class BallotBox final : public CommandHook {
 public:
  // `env`: the file system of the database (nullptr: store::Env::Default()).
  explicit BallotBox(std::string db_path, store::Env* env = nullptr);
  ~BallotBox() override;

  // Opens the box's own connection (after the log writer created the schema) and
  // truncates the WAL once, in case a crash came between a close and its checkpoint.
  Status Start();

  Status Prepare(const v1::SessionState& working, v1::Command& command) override;
  void Stage(const v1::SessionState& working, const v1::Command& command,
             store::AppendRequest& request) override;
  void Reset(int64_t session_id) override;
  Status Finish(int64_t session_id, const v1::Command& command) override;
  std::optional<Status> Resume(int64_t session_id, const v1::Command& command) override;

  // The start-up check of the voting tables against the log (server.cc): every
  // participation row must be a vote the log records (Poll.voted), and every recorded
  // vote must have its row. `Voters` is (session, poll) -> delegates as the log says.
  using Voters = std::map<std::pair<int64_t, int64_t>, std::vector<int64_t>>;
  static void AddVoters(const v1::SessionState& state, Voters& voters);
  // One line per poll that disagrees (empty when all agree).
  Result<std::vector<std::string>> CheckParticipation(const Voters& voters);

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
  store::Env* const env_;
  std::mutex mu_;
  std::map<std::pair<int64_t, int64_t>, Box> boxes_;  // guarded by mu_
  // Secret polls closed or cancelled whose WAL truncation failed -> why.
  std::map<std::pair<int64_t, int64_t>, std::string> unfinished_;  // guarded by mu_
  std::unique_ptr<store::BallotTable> table_;         // set by Start(), then constant
};

}  // namespace dienhong
