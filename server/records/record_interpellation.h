// The interpellation part of the session record: questions and answers with the
// questioner's satisfaction, conclusions and their commitments.
//
// Everything comes from the folded SessionState.interpellation (docs/interpellation.md):
// a question's times are those of its floor turns (asked: the first question turn;
// answered: the first answer turn), and it belongs to the sitting in which it was asked.
// A conclusion belongs to the sitting that was current when it was recorded, which the
// builder notes while folding (`conclusion_sittings`). Commitments are as concluded:
// what happened to them later is followed up on the registry stream, not in the minutes.
//
// Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <map>

#include "dienhong/v1/records.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::records {

// Adds questions and conclusions of `state` (of sitting `sitting_id`; 0 = all) to `record`.
// `conclusion_sittings`: conclusion id -> the sitting current when it was recorded.
void AddInterpellation(const v1::SessionState& state, int64_t sitting_id,
                       const std::map<int64_t, int64_t>& conclusion_sittings,
                       v1::SessionRecord& record);

}  // namespace dienhong::records
