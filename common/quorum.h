// Quorum and fraction rules: pure arithmetic over counts, shared by the server (GetQuorum,
// live status), the client (quorum panel) and later the vote rules.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>

#include "common/status.h"
#include "dienhong/v1/council.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

// The default quorum: at least two thirds of all delegates.
v1::Fraction DefaultQuorumRule();

// Checks that a fraction is usable as a rule: denominator > 0, 0 < numerator <= denominator.
// `field` names the request field in the error message.
Status ValidateFraction(const v1::Fraction& f, const char* field);

// The smallest count c (0 <= c) such that c meets the rule against `base`:
// strict: c > base*num/den; otherwise c >= base*num/den. Exact integer arithmetic.
// Example: base 95, at least 2/3 -> 64. Base 95, more than 1/2 -> 48.
// Base 0: non-strict 0, strict 1. An invalid rule fails closed: denominator 0 gives
// base + 1, numerator > denominator gives more than base (saturating at INT32_MAX).
int32_t RequiredCount(int32_t base, const v1::Fraction& rule);

// Quorum of one sitting of `state`; sitting_id 0 means the current sitting. Total =
// roster size; participants = PRESENT + ONLINE (EXCUSED does not count: the base is ALL
// delegates). Absent = everyone on the roster who is neither present, online nor excused.
// `met` is false for an empty roster even though the required count is then 0.
// Returns an all-zero status with sitting_id, total_delegates, required and rule filled in
// when the sitting is unknown (or sitting_id is 0 and none is current).
v1::QuorumStatus ComputeQuorum(const v1::SessionState& state, int64_t sitting_id);

}  // namespace dienhong
