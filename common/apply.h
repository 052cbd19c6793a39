// Apply: the fold of a session's event stream. The server and every client apply the same
// events with this same function, so their SessionState cannot disagree.
//
// Apply trusts its input: events were accepted by Decide before they were logged. It
// never fails; an event that does not fit the state (which would mean a bug or a corrupt
// log) is applied as far as it makes sense.
//
// Thread-safety: a pure function over its arguments.
#pragma once

#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

// Folds `event` into `state` and sets state.last_seq = event.seq().
void Apply(v1::SessionState& state, const v1::Event& event);

}  // namespace dienhong
