#include "common/deadlines.h"

#include "common/floor.h"
#include "common/voting.h"

namespace dienhong {

std::vector<Deadline> PendingDeadlines(const v1::SessionState& state) {
  std::vector<Deadline> deadlines;
  // Floor: a running turn with a limit whose overrun is not yet recorded at that limit.
  // A pause removes the deadline (TurnDeadlineMicros is 0), a resume or an extension
  // moves it: the key stays, the time changes.
  for (const auto& turn : state.floor().turns()) {
    const int64_t at = TurnDeadlineMicros(turn);
    if (at == 0 || turn.overrun_at_limit_seconds() >= turn.limit_seconds()) continue;
    Deadline d;
    d.at_micros = at;
    d.command.mutable_record_turn_overrun()->set_turn_id(turn.id());
    d.key = "turn-overrun:" + std::to_string(turn.id());
    deadlines.push_back(std::move(d));
  }
  // Voting: an open poll with a countdown closes itself at its end (ClosePoll by_deadline;
  // the server fills in the ballot box's tally as for the chair's close).
  for (const auto& poll : state.polls()) {
    const int64_t at = voting::ClosesAtMicros(poll);
    if (poll.status() != v1::POLL_STATUS_OPEN || at == 0) continue;
    Deadline d;
    d.at_micros = at;
    d.command.mutable_close_poll()->set_poll_id(poll.id());
    d.command.mutable_close_poll()->set_by_deadline(true);
    d.key = "poll-close:" + std::to_string(poll.id());
    deadlines.push_back(std::move(d));
  }
  return deadlines;
}

}  // namespace dienhong
