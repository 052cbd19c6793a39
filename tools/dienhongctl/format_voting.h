// Text of poll events and results for dienhongctl (tail, poll results). A VoteCast line
// never shows a choice, even when the event carries one (the live stream clears it; the
// log of an open poll keeps it, and `poll results` shows the named list after close).
//
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::ctl {

// The description of a poll event ("mở biểu quyết 2 ..."); empty for other events.
std::string DescribePollEvent(const v1::Event& event, const v1::SessionState& state);

// A poll and its result, several lines: rule, counts, verdict, named list (open polls).
std::string FormatPollResult(const v1::Poll& poll, const v1::SessionState& state);

}  // namespace dienhong::ctl
