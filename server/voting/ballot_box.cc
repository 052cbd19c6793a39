#include "server/voting/ballot_box.h"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <google/protobuf/util/message_differencer.h>

#include <algorithm>
#include <vector>

#include "common/vote_rules.h"
#include "common/voting.h"
#include "server/auth/sodium_once.h"

namespace dienhong {
namespace {

constexpr size_t kBallotKeyBytes = 16;

// Counts stored secret ballots (bytes, as the store keeps them) into a tally.
Result<v1::PollTally> TallySecret(const std::vector<std::string>& stored, const v1::Poll& poll) {
  v1::PollTally tally = voting::EmptyTally(poll);
  for (const std::string& bytes : stored) {
    v1::Ballot ballot;
    if (!ballot.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())) ||
        !voting::ValidateBallot(poll, ballot).ok()) {
      return Status::Internal("a stored secret ballot of poll " + std::to_string(poll.id()) +
                              " is unreadable or invalid");
    }
    voting::AddBallot(poll, ballot, tally);
  }
  return tally;
}

void ComposeSideEffect(store::AppendRequest& request, std::function<Status(sqlite3*)> mine) {
  auto previous = std::move(request.side_effects);
  request.side_effects = [previous = std::move(previous), mine = std::move(mine)](sqlite3* db) {
    if (previous) DH_RETURN_IF_ERROR(previous(db));
    return mine(db);
  };
}

}  // namespace

BallotBox::BallotBox(std::string db_path, store::Env* env)
    : db_path_(std::move(db_path)), env_(env != nullptr ? env : store::Env::Default()) {}
BallotBox::~BallotBox() = default;

Status BallotBox::Start() {
  auth::EnsureSodium();
  DH_ASSIGN_OR_RETURN(table_, store::BallotTable::Open(db_path_, env_));
  return TruncateWal();
}

Status BallotBox::TruncateWal() {
  if (!table_) return Status::FailedPrecondition("ballot box not started");
  Status s = table_->TruncateWal();
  if (!s.ok()) {
    spdlog::warn("WAL checkpoint after a secret poll did not complete ({}); it is retried at "
                 "the next close and at start-up",
                 s.message());
  }
  return s;
}

Result<BallotBox::Box*> BallotBox::GetLocked(int64_t session_id, const v1::Poll& poll) {
  auto key = std::make_pair(session_id, poll.id());
  auto it = boxes_.find(key);
  if (it != boxes_.end()) return &it->second;
  Box box;
  box.secret = poll.visibility() == v1::POLL_VISIBILITY_SECRET;
  box.tally = voting::EmptyTally(poll);
  if (!table_) return Status::FailedPrecondition("ballot box not started");
  if (box.secret) {
    DH_ASSIGN_OR_RETURN(std::vector<std::string> stored,
                        table_->SecretBallots(session_id, poll.id()));
    DH_ASSIGN_OR_RETURN(box.tally, TallySecret(stored, poll));
  } else {
    DH_ASSIGN_OR_RETURN(auto named, table_->NamedBallots(session_id, poll.id()));
    for (const auto& [delegate, bytes] : named) {
      v1::Ballot ballot;
      if (!ballot.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
        return Status::Internal("an open poll's stored ballot is unreadable");
      }
      box.named[delegate] = std::move(ballot);
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
          DH_RETURN_IF_ERROR(
              store::InsertParticipation(db, session, poll_id, delegate, nullptr));
          return store::InsertSecretBallot(db, session, poll_id, key, ballot);
        });
      } else {
        (*box)->named[delegate] = command.cast_vote().ballot();
        ComposeSideEffect(request, [session, poll_id, delegate, changed,
                                    ballot = std::move(ballot)](sqlite3* db) {
          if (changed) return store::UpdateNamedBallot(db, session, poll_id, delegate, ballot);
          return store::InsertParticipation(db, session, poll_id, delegate, &ballot);
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
          DH_ASSIGN_OR_RETURN(int64_t voters, store::CountParticipation(db, session, poll.id()));
          if (voters != tally.ballots()) {
            return Status::Internal("close of poll " + std::to_string(poll.id()) + ": " +
                                    std::to_string(voters) + " participation rows but " +
                                    std::to_string(tally.ballots()) + " ballots in the tally");
          }
          if (!secret) return Status::Ok();
          DH_ASSIGN_OR_RETURN(std::vector<std::string> ballots,
                              store::ReadSecretBallots(db, session, poll.id()));
          DH_ASSIGN_OR_RETURN(v1::PollTally stored, TallySecret(ballots, poll));
          if (!google::protobuf::util::MessageDifferencer::Equals(stored, tally)) {
            return Status::Internal("close of poll " + std::to_string(poll.id()) +
                                    ": the stored secret ballots do not add up to the tally; "
                                    "the result is not published");
          }
          return store::RewriteSecretBallots(db);
        });
      } else if (secret) {
        ComposeSideEffect(request, [session, poll_id](sqlite3* db) -> Status {
          DH_RETURN_IF_ERROR(store::DeleteSecretBallots(db, session, poll_id));
          return store::RewriteSecretBallots(db);
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
          // Before the reply: once the chair sees the poll closed, the WAL is empty. If
          // it could not be emptied, Finish turns the reply into an error and a repeat
          // of the command retries (Resume).
          if (secret) {
            Status truncated = TruncateWal();
            std::lock_guard lock(mu_);
            if (truncated.ok()) {
              unfinished_.erase({session, poll_id});
            } else {
              unfinished_[{session, poll_id}] = truncated.message();
            }
          }
        }
        if (previous) previous(s, events);
      };
    }
  }
}

namespace {

// The poll a close or cancel command names, or 0.
int64_t ClosedPoll(const v1::Command& command) {
  if (command.has_close_poll()) return command.close_poll().poll_id();
  if (command.has_cancel_poll()) return command.cancel_poll().poll_id();
  return 0;
}

Status PrivacyStepFailed(int64_t poll, const std::string& cause) {
  return Status::Unavailable(
      "Biểu quyết kín " + std::to_string(poll) +
      " đã kết thúc và kết quả đã được ghi, nhưng máy chủ chưa xóa được dấu vết thứ tự bỏ "
      "phiếu trong nhật ký ghi (WAL) của cơ sở dữ liệu (" +
      cause +
      "). Hãy gửi lại lệnh đóng (hoặc hủy) biểu quyết này để hoàn tất bước bảo mật; nếu ổ "
      "đĩa đầy, giải phóng dung lượng trước.");
}

}  // namespace

Status BallotBox::Finish(int64_t session_id, const v1::Command& command) {
  const int64_t poll = ClosedPoll(command);
  if (poll == 0) return Status::Ok();
  std::lock_guard lock(mu_);
  auto it = unfinished_.find({session_id, poll});
  if (it == unfinished_.end()) return Status::Ok();
  return PrivacyStepFailed(poll, it->second);
}

std::optional<Status> BallotBox::Resume(int64_t session_id, const v1::Command& command) {
  const int64_t poll = ClosedPoll(command);
  if (poll == 0) return std::nullopt;
  {
    std::lock_guard lock(mu_);
    if (unfinished_.find({session_id, poll}) == unfinished_.end()) return std::nullopt;
  }
  Status truncated = TruncateWal();
  std::lock_guard lock(mu_);
  if (!truncated.ok()) {
    unfinished_[{session_id, poll}] = truncated.message();
    return PrivacyStepFailed(poll, truncated.message());
  }
  unfinished_.erase({session_id, poll});
  return Status::Ok();
}

void BallotBox::AddVoters(const v1::SessionState& state, Voters& voters) {
  for (const v1::Poll& poll : state.polls()) {
    auto& list = voters[{state.session_id(), poll.id()}];
    list.assign(poll.voted().begin(), poll.voted().end());
  }
}

Result<std::vector<std::string>> BallotBox::CheckParticipation(const Voters& voters) {
  if (!table_) return Status::FailedPrecondition("ballot box not started");
  DH_ASSIGN_OR_RETURN(auto stored, table_->Participation());
  std::vector<std::string> problems;
  auto describe = [](int64_t session, int64_t poll, const std::vector<int64_t>& in_log,
                     const std::vector<int64_t>& in_table) {
    return "biểu quyết " + std::to_string(poll) + " của kỳ họp " + std::to_string(session) +
           ": sổ sự kiện ghi " + std::to_string(in_log.size()) +
           " người đã bỏ phiếu nhưng bảng poll_participation có " +
           std::to_string(in_table.size()) +
           " (một sự kiện bỏ phiếu đã bị xóa khỏi sổ, hoặc bảng đã bị sửa)";
  };
  for (const auto& [key, rows] : stored) {
    auto it = voters.find(key);
    std::vector<int64_t> in_log = it == voters.end() ? std::vector<int64_t>{} : it->second;
    std::sort(in_log.begin(), in_log.end());
    if (in_log != rows) problems.push_back(describe(key.first, key.second, in_log, rows));
  }
  for (const auto& [key, in_log] : voters) {
    if (!in_log.empty() && stored.find(key) == stored.end()) {
      problems.push_back(describe(key.first, key.second, in_log, {}));
    }
  }
  return problems;
}

void BallotBox::Reset(int64_t session_id) {
  std::lock_guard lock(mu_);
  for (auto it = boxes_.begin(); it != boxes_.end();) {
    it = it->first.first == session_id ? boxes_.erase(it) : std::next(it);
  }
}

}  // namespace dienhong
