// The voting tables as the store keeps them (schema.cc: poll_participation,
// secret_ballots): the statements the ballot box (server/voting/ballot_box.h) runs as side
// effects of a vote's or a close's transaction, the reads it needs to rebuild a poll's box,
// and the WAL checkpoint that erases the order in which secret ballots were cast.
//
// Ballots are opaque bytes here (serialized v1::Ballot); what they mean, and the check
// that the stored ballots add up to the tally, belongs to the ballot box.
//
// Thread-safety: the free functions run on the writer's connection inside its transaction
// (writer thread only). A BallotTable owns its own connection behind a mutex: its methods
// may be called from any thread.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/result.h"
#include "server/store/env.h"

struct sqlite3;

namespace dienhong::store {

// --- side effects (writer's connection, inside the transaction) ---
// A participation row; `named_ballot` is the ballot of an OPEN poll, nullptr for a secret
// one. A second row for the same delegate is refused (AlreadyExists).
Status InsertParticipation(sqlite3* db, int64_t session, int64_t poll, int64_t delegate,
                           const std::string* named_ballot);
// Replaces the named ballot of an open poll (a changed vote); Internal when none exists.
Status UpdateNamedBallot(sqlite3* db, int64_t session, int64_t poll, int64_t delegate,
                         const std::string& ballot);
// A secret ballot under a random key, with no delegate and no time.
Status InsertSecretBallot(sqlite3* db, int64_t session, int64_t poll, const std::string& key,
                          const std::string& ballot);
Result<int64_t> CountParticipation(sqlite3* db, int64_t session, int64_t poll);
// The poll's secret ballots in key order (never in casting order).
Result<std::vector<std::string>> ReadSecretBallots(sqlite3* db, int64_t session, int64_t poll);
// Destroys a cancelled poll's secret ballots (secure_delete on).
Status DeleteSecretBallots(sqlite3* db, int64_t session, int64_t poll);
// Rewrites the whole secret_ballots table in key order into fresh pages (secure_delete
// on), so neither row order nor freed pages keep the order of casting.
Status RewriteSecretBallots(sqlite3* db);

class BallotTable {
 public:
  // Opens its own connection to the (already created) database through `env`.
  static Result<std::unique_ptr<BallotTable>> Open(const std::string& db_path, Env* env);
  ~BallotTable();
  BallotTable(const BallotTable&) = delete;
  BallotTable& operator=(const BallotTable&) = delete;

  Result<std::vector<std::string>> SecretBallots(int64_t session, int64_t poll);
  // delegate id -> named ballot (open polls).
  Result<std::map<int64_t, std::string>> NamedBallots(int64_t session, int64_t poll);
  // Every (session, poll) -> delegates with a participation row: what the start-up check
  // compares with the voters the event log names.
  Result<std::map<std::pair<int64_t, int64_t>, std::vector<int64_t>>> Participation();

  // PRAGMA wal_checkpoint(TRUNCATE): copies the WAL into the database and empties it, so
  // no older page image (with the order of casting) survives there. Asks the Env first
  // (BeforeDbOp kCheckpoint); retried a few times when readers hold the WAL. Unavailable
  // when it did not complete.
  Status TruncateWal();

 private:
  BallotTable(sqlite3* db, std::string path, Env* env);
  std::mutex mu_;
  sqlite3* db_;  // guarded by mu_
  const std::string path_;
  Env* const env_;
};

}  // namespace dienhong::store
