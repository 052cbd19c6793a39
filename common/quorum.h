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
int32_t RequiredCount(int32_t base, const v1::Fraction& rule);

// Quorum of one sitting of `state`; sitting_id 0 means the current sitting. Total =
// roster size; participants = PRESENT + ONLINE. Returns an all-zero status with
// total_delegates and required filled in when the sitting is unknown.
v1::QuorumStatus ComputeQuorum(const v1::SessionState& state, int64_t sitting_id);

}  // namespace dienhong
