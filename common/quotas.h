// Quotas: how much one delegate (or one respondent's account) may add to a session, so
// that no single tablet can grow the state every screen has to receive
// (common/limits.h; docs/security.md, "A delegate pushing limits").
//
// Counted from the state itself (every question and floor request stays in it once made),
// so the quota holds across restarts and needs no separate bookkeeping.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>

#include "common/status.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

// What one speaker has added: written questions, floor requests (withdrawn ones too) and
// the characters typed into them (texts and topics).
struct Contribution {
  int questions = 0;
  int floor_requests = 0;
  size_t chars = 0;
};

// `delegate_id` for a delegate, else `account_id` (a respondent).
Contribution ContributionOf(const v1::SessionState& state, int64_t delegate_id, int64_t account_id);

// ResourceExhausted naming the limit when one more question of `chars` characters would
// pass kMaxQuestionsPerDelegate or kMaxTypedCharsPerDelegate.
Status CheckQuestionQuota(const v1::SessionState& state, int64_t delegate_id, size_t chars);

// The same for one more floor request with a topic of `chars` characters.
Status CheckFloorRequestQuota(const v1::SessionState& state, int64_t delegate_id,
                              int64_t account_id, size_t chars);

}  // namespace dienhong
