// The interpellation part of the session record: questions and answers with the
// questioner's satisfaction, conclusions and their commitments.
//
// Interpellation (issue 5) is being built in parallel; its events (events.proto 120-149)
// are not on main yet, so this adds nothing for now and the minutes say "Không có".
// When they land, this is the one place that reads them (from the folded state).
//
// Thread-safety: pure function.
#pragma once

#include <cstdint>

#include "dienhong/v1/records.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::records {

// Adds questions and conclusions of `state` (of sitting `sitting_id`; 0 = all) to `record`.
void AddInterpellation(const v1::SessionState& state, int64_t sitting_id,
                       v1::SessionRecord& record);

}  // namespace dienhong::records
