// Deadlines: the commands a session's own clock must issue (a speaking turn running over
// its limit, a poll closing at its countdown's end). The server owns the clock: after
// every commit it asks PendingDeadlines() what is due and when, and runs each command as
// the server itself (account 0) when its time comes. Decide() checks the time again, so a
// deadline that fires late or twice, or for something already over, changes nothing.
//
// Thread-safety: a pure function.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dienhong/v1/commands.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

struct Deadline {
  // When to run the command, microseconds since the epoch.
  int64_t at_micros = 0;
  v1::Command command;
  // Identifies the deadline so that it is scheduled once however often it is reported,
  // e.g. "turn-overrun:12". A new `at_micros` for the same key replaces the old one.
  std::string key;
};

// Every deadline the state implies right now (empty when nothing is timed).
std::vector<Deadline> PendingDeadlines(const v1::SessionState& state);

}  // namespace dienhong
