#include "server/voting/ballot_box.h"

#include <google/protobuf/util/message_differencer.h>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <chrono>
#include <thread>
#include <vector>

#include "common/vote_rules.h"
#include "common/voting.h"
#include "server/auth/sodium_once.h"
#include "server/store/schema.h"

namespace dienhong {
namespace {

using store::internal::SqliteError;
using store::internal::Stmt;

constexpr size_t kBallotKeyBytes = 16;

// The whole secret_ballots table rewritten in primary-key order (session, poll, random
// key) into fresh pages, the old b-tree dropped. With secure_delete on, every page the
// old table freed is zeroed, and pages allocated for the new one start zeroed; the new
// layout depends only on the set of keys, never on the order in which ballots arrived.
constexpr char kRewriteBallots[] = R"sql(
PRAGMA secure_delete = ON;
CREATE TABLE secret_ballots_new (
  session_id INTEGER NOT NULL,
  poll_id    INTEGER NOT NULL,
  ballot_key BLOB NOT NULL,
  ballot     BLOB NOT NULL,
  PRIMARY KEY (session_id, poll_id, ballot_key)
) WITHOUT ROWID;
INSERT INTO secret_ballots_new (session_id, poll_id, ballot_key, ballot)
  SELECT session_id, poll_id, ballot_key, ballot FROM secret_ballots
  ORDER BY session_id, poll_id, ballot_key;
DROP TABLE secret_ballots;
ALTER TABLE secret_ballots_new RENAME TO secret_ballots;
)sql";

Status Step(sqlite3* db, Stmt& stmt, const char* what) {
  int rc = stmt.Step();
  if (rc != SQLITE_DONE) return SqliteError(db, rc, what);
  return Status::Ok();
}

Status InsertParticipation(sqlite3* db, int64_t session, int64_t poll, int64_t delegate,
                           const std::string* named_ballot) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "INSERT INTO poll_participation (session_id, "
                                               "poll_id, delegate_id, ballot) VALUES (?, ?, ?, ?)"));
  stmt.BindInt64(1, session);
  stmt.BindInt64(2, poll);
  stmt.BindInt64(3, delegate);
  if (named_ballot != nullptr) {
    stmt.BindBlob(4, *named_ballot);
  } else {
    stmt.BindNull(4);
  }
  int rc = stmt.Step();
  if ((rc & 0xff) == SQLITE_CONSTRAINT) {
    // The domain refuses a second vote first; reaching this means a bug, and the
    // database refuses it too.
    return Status::AlreadyExists("delegate_id " + std::to_string(delegate) +
                                 ": đại biểu đã có phiếu trong biểu quyết " +
                                 std::to_string(poll) + " (ràng buộc của cơ sở dữ liệu)");
  }
  if (rc != SQLITE_DONE) return SqliteError(db, rc, "recording participation");
  return Status::Ok();
}

Status UpdateNamed(sqlite3* db, int64_t session, int64_t poll, int64_t delegate,
                   const std::string& ballot) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "UPDATE poll_participation SET ballot = ? WHERE "
                                               "session_id = ? AND poll_id = ? AND delegate_id = ?"));
  stmt.BindBlob(1, ballot);
  stmt.BindInt64(2, session);
  stmt.BindInt64(3, poll);
  stmt.BindInt64(4, delegate);
  DH_RETURN_IF_ERROR(Step(db, stmt, "changing a vote"));
  if (sqlite3_changes(db) != 1) {
    return Status::Internal("changing the vote of delegate " + std::to_string(delegate) +
                            ": no earlier vote is recorded");
  }
  return Status::Ok();
}

Status InsertSecret(sqlite3* db, int64_t session, int64_t poll, const std::string& key,
                    const std::string& ballot) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "INSERT INTO secret_ballots (session_id, poll_id, "
                                               "ballot_key, ballot) VALUES (?, ?, ?, ?)"));
  stmt.BindInt64(1, session);
  stmt.BindInt64(2, poll);
  stmt.BindBlob(3, key);
  stmt.BindBlob(4, ballot);
  return Step(db, stmt, "storing a secret ballot");
}

Result<int64_t> CountParticipation(sqlite3* db, int64_t session, int64_t poll) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "SELECT count(*) FROM poll_participation WHERE "
                                               "session_id = ? AND poll_id = ?"));
  stmt.BindInt64(1, session);
  stmt.BindInt64(2, poll);
  int rc = stmt.Step();
  if (rc != SQLITE_ROW) return SqliteError(db, rc, "counting participation");
  return stmt.ColumnInt64(0);
}

// Counts the poll's secret ballots as stored.
Result<v1::PollTally> CountSecret(sqlite3* db, int64_t session, const v1::Poll& poll) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "SELECT ballot FROM secret_ballots WHERE "
                                               "session_id = ? AND poll_id = ?"));
  stmt.BindInt64(1, session);
  stmt.BindInt64(2, poll.id());
  v1::PollTally tally = voting::EmptyTally(poll);
  int rc;
  while ((rc = stmt.Step()) == SQLITE_ROW) {
    v1::Ballot ballot;
    std::string_view bytes = stmt.ColumnBytes(0);
    if (!ballot.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())) ||
        !voting::ValidateBallot(poll, ballot).ok()) {
      return Status::Internal("a stored secret ballot of poll " + std::to_string(poll.id()) +
                              " is unreadable or invalid");
    }
    voting::AddBallot(poll, ballot, tally);
  }
  if (rc != SQLITE_DONE) return SqliteError(db, rc, "reading secret ballots");
  return tally;
}

Status DeleteSecret(sqlite3* db, int64_t session, int64_t poll) {
  DH_RETURN_IF_ERROR(store::Exec(db, "PRAGMA secure_delete = ON"));
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "DELETE FROM secret_ballots WHERE session_id = ? "
                                               "AND poll_id = ?"));
  stmt.BindInt64(1, session);
  stmt.BindInt64(2, poll);
  return Step(db, stmt, "destroying the ballots of a cancelled poll");
}

void ComposeSideEffect(store::AppendRequest& request, std::function<Status(sqlite3*)> mine) {
  auto previous = std::move(request.side_effects);
  request.side_effects = [previous = std::move(previous), mine = std::move(mine)](sqlite3* db) {
    if (previous) DH_RETURN_IF_ERROR(previous(db));
    return mine(db);
  };
}

}  // namespace

BallotBox::BallotBox(std::string db_path) : db_path_(std::move(db_path)) {}
BallotBox::~BallotBox() = default;

Status BallotBox::Start() {
  auth::EnsureSodium();
  DH_ASSIGN_OR_RETURN(sqlite3 * raw, store::OpenDatabase(db_path_));
  {
    std::lock_guard lock(db_mu_);
    db_.reset(raw);
  }
  return TruncateWal();
}

Status BallotBox::TruncateWal() {
  std::lock_guard lock(db_mu_);
  if (!db_) return Status::FailedPrecondition("ballot box not started");
  int rc = SQLITE_OK;
  for (int attempt = 0; attempt < 3; ++attempt) {
    int log_frames = -1, checkpointed = -1;
    rc = sqlite3_wal_checkpoint_v2(db_.get(), "main", SQLITE_CHECKPOINT_TRUNCATE, &log_frames,
                                   &checkpointed);
    if (rc == SQLITE_OK) return Status::Ok();
    if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  spdlog::warn("WAL checkpoint after a secret poll did not complete ({}); it is retried at the "
               "next close and at start-up",
               sqlite3_errstr(rc));
  return SqliteError(db_.get(), rc, "truncating the WAL");
}

Result<BallotBox::Box*> BallotBox::GetLocked(int64_t session_id, const v1::Poll& poll) {
  auto key = std::make_pair(session_id, poll.id());
  auto it = boxes_.find(key);
  if (it != boxes_.end()) return &it->second;
  Box box;
  box.secret = poll.visibility() == v1::POLL_VISIBILITY_SECRET;
  box.tally = voting::EmptyTally(poll);
  {
    std::lock_guard lock(db_mu_);
    if (!db_) return Status::FailedPrecondition("ballot box not started");
    if (box.secret) {
      DH_ASSIGN_OR_RETURN(box.tally, CountSecret(db_.get(), session_id, poll));
    } else {
      DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db_.get(),
                                                   "SELECT delegate_id, ballot FROM "
                                                   "poll_participation WHERE session_id = ? AND "
                                                   "poll_id = ?"));
      stmt.BindInt64(1, session_id);
      stmt.BindInt64(2, poll.id());
      int rc;
      while ((rc = stmt.Step()) == SQLITE_ROW) {
        std::string_view bytes = stmt.ColumnBytes(1);
        v1::Ballot ballot;
        if (!ballot.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
          return Status::Internal("an open poll's stored ballot is unreadable");
        }
        box.named[stmt.ColumnInt64(0)] = std::move(ballot);
      }
      if (rc != SQLITE_DONE) return SqliteError(db_.get(), rc, "reading named ballots");
    }
  }
  return &boxes_.emplace(key, std::move(box)).first->second;
}

Status BallotBox::Prepare(const v1::SessionState& working, v1::Command& command) {
  if (!command.has_close_poll()) return Status::Ok();
  v1::ClosePoll& close = *command.mutable_close_poll();
  // Only the server fills these, never a request.
  close.clear_tally();
  close.clear_named();
  const v1::Poll* poll = voting::FindPoll(working, close.poll_id());
  if (poll == nullptr || poll->status() != v1::POLL_STATUS_OPEN) return Status::Ok();
  std::lock_guard lock(mu_);
  DH_ASSIGN_OR_RETURN(Box * box, GetLocked(working.session_id(), *poll));
  if (box->secret) {
    *close.mutable_tally() = box->tally;
  } else {
    for (const auto& [delegate, ballot] : box->named) {
      v1::NamedVote* v = close.add_named();
      v->set_delegate_id(delegate);
      *v->mutable_ballot() = ballot;
    }
  }
  return Status::Ok();
}

void BallotBox::Stage(const v1::SessionState& working, const v1::Command& command,
                      store::AppendRequest& request) {
  const int64_t session = working.session_id();
  for (const v1::Event& e : request.events) {
    if (e.has_vote_cast() && command.has_cast_vote()) {
      const v1::Poll* poll = voting::FindPoll(working, e.vote_cast().poll_id());
      if (poll == nullptr) continue;
      const int64_t poll_id = poll->id();
      const int64_t delegate = e.vote_cast().delegate_id();
      const bool changed = e.vote_cast().changed();
      std::string ballot = command.cast_vote().ballot().SerializeAsString();
      std::lock_guard lock(mu_);
      auto box = GetLocked(session, *poll);
      if (!box.ok()) {
        // Fail the write rather than lose the ballot.
        ComposeSideEffect(request, [s = box.status()](sqlite3*) { return s; });
        continue;
      }
      if ((*box)->secret) {
        voting::AddBallot(*poll, command.cast_vote().ballot(), (*box)->tally);
        std::string key(kBallotKeyBytes, '\0');
        randombytes_buf(key.data(), key.size());
        ComposeSideEffect(request, [session, poll_id, delegate, key = std::move(key),
                                    ballot = std::move(ballot)](sqlite3* db) {
          DH_RETURN_IF_ERROR(InsertParticipation(db, session, poll_id, delegate, nullptr));
          return InsertSecret(db, session, poll_id, key, ballot);
        });
      } else {
        (*box)->named[delegate] = command.cast_vote().ballot();
        ComposeSideEffect(request, [session, poll_id, delegate, changed,
                                    ballot = std::move(ballot)](sqlite3* db) {
          if (changed) return UpdateNamed(db, session, poll_id, delegate, ballot);
          return InsertParticipation(db, session, poll_id, delegate, &ballot);
        });
      }
    } else if (e.has_poll_closed() || e.has_poll_cancelled()) {
      const int64_t poll_id =
          e.has_poll_closed() ? e.poll_closed().poll_id() : e.poll_cancelled().poll_id();
      const v1::Poll* poll = voting::FindPoll(working, poll_id);
      if (poll == nullptr) continue;
      const bool secret = poll->visibility() == v1::POLL_VISIBILITY_SECRET;
      if (e.has_poll_closed()) {
        const v1::PollTally tally = e.poll_closed().result().tally();
        ComposeSideEffect(request, [session, poll = *poll, tally, secret](sqlite3* db) -> Status {
          DH_ASSIGN_OR_RETURN(int64_t voters, CountParticipation(db, session, poll.id()));
          if (voters != tally.ballots()) {
            return Status::Internal("close of poll " + std::to_string(poll.id()) + ": " +
                                    std::to_string(voters) + " participation rows but " +
                                    std::to_string(tally.ballots()) + " ballots in the tally");
          }
          if (!secret) return Status::Ok();
          DH_ASSIGN_OR_RETURN(v1::PollTally stored, CountSecret(db, session, poll));
          if (!google::protobuf::util::MessageDifferencer::Equals(stored, tally)) {
            return Status::Internal("close of poll " + std::to_string(poll.id()) +
                                    ": the stored secret ballots do not add up to the tally; "
                                    "the result is not published");
          }
          return store::Exec(db, kRewriteBallots);
        });
      } else if (secret) {
        ComposeSideEffect(request, [session, poll_id](sqlite3* db) -> Status {
          DH_RETURN_IF_ERROR(DeleteSecret(db, session, poll_id));
          return store::Exec(db, kRewriteBallots);
        });
      }
      auto previous = std::move(request.done);
      request.done = [this, session, poll_id, secret, previous = std::move(previous)](
                         const Status& s, const std::vector<v1::Event>& events) {
        if (s.ok()) {
          {
            std::lock_guard lock(mu_);
            boxes_.erase({session, poll_id});
          }
          // Before the reply: once the chair sees the poll closed, the WAL is empty.
          if (secret) (void)TruncateWal();
        }
        if (previous) previous(s, events);
      };
    }
  }
}

void BallotBox::Reset(int64_t session_id) {
  std::lock_guard lock(mu_);
  for (auto it = boxes_.begin(); it != boxes_.end();) {
    it = it->first.first == session_id ? boxes_.erase(it) : std::next(it);
  }
}

}  // namespace dienhong
