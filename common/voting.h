// Voting in the session fold: Apply for the poll events, the poll lookups Decide and the
// server share, the countdown deadlines, and the live-stream redaction. The rules
// themselves (defaults, tallies, verdicts) are in common/vote_rules.h.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <vector>

#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::voting {

const v1::Poll* FindPoll(const v1::SessionState& state, int64_t poll_id);
v1::Poll* FindPoll(v1::SessionState& state, int64_t poll_id);

// True for the six poll events; false (and nothing done) for any other.
// Apply never stores a VoteCast's ballot: until the poll closes the state (and thus every
// snapshot a client receives) holds participation only.
bool ApplyVoting(v1::SessionState& state, const v1::Event& event);

// Whether `delegate_id` may vote in `poll` right now: on the roster and checked in to the
// poll's sitting as PRESENT (or ONLINE when the poll allows it).
bool IsEntitled(const v1::SessionState& state, const v1::Poll& poll, int64_t delegate_id);
// Every entitled delegate, in roster order.
std::vector<int64_t> EntitledVoters(const v1::SessionState& state, const v1::Poll& poll);

// Microseconds since the epoch of a poll's countdown end; 0 when it has none.
int64_t ClosesAtMicros(const v1::Poll& poll);

// What the live stream may carry of an event: a VoteCast loses its ballot (an open poll's
// named choices are released in PollClosed; a secret poll's VoteCast never has one).
// Returns true when the event was changed (its hash then no longer matches its body:
// verify the log itself, not the live stream).
bool RedactForLiveStream(v1::Event& event);

}  // namespace dienhong::voting
