// Read-only (and, for Apply, mutable) lookups into a SessionState by id, plus the
// Vietnamese labels of statuses used in error messages. Shared by Decide, Apply and the
// quorum rules so that "which sitting is active" has one definition.
//
// Thread-safety: pure functions; the pointers returned point into the argument and live
// as long as it is not modified structurally (no add/remove of repeated elements).
#pragma once

#include <cstdint>
#include <string>

#include "dienhong/v1/session.pb.h"

namespace dienhong {

const v1::Sitting* FindSitting(const v1::SessionState& state, int64_t sitting_id);
v1::Sitting* FindSitting(v1::SessionState& state, int64_t sitting_id);

const v1::AgendaItem* FindItem(const v1::SessionState& state, int64_t item_id);
v1::AgendaItem* FindItem(v1::SessionState& state, int64_t item_id);

const v1::RosterEntry* FindRosterEntry(const v1::SessionState& state, int64_t delegate_id);

const v1::AttendanceRecord* FindAttendance(const v1::Sitting& sitting, int64_t delegate_id);

// The sitting that is OPEN or SUSPENDED, or nullptr. Looked up by status rather than
// trusted from current_sitting_id so that Decide's "at most one active sitting" rule holds
// even for a state folded from an imperfect log.
const v1::Sitting* ActiveSitting(const v1::SessionState& state);

// Largest id among the agenda items / sittings, 0 when there are none. New ids are
// max + 1 rather than size + 1 so that ids stay unique even if one were ever removed.
int64_t MaxItemId(const v1::SessionState& state);
int64_t MaxSittingId(const v1::SessionState& state);

// "đang chuẩn bị", "đã triệu tập", ... for messages shown to people.
std::string SessionStatusLabel(v1::SessionStatus status);
std::string SittingStatusLabel(v1::SittingStatus status);

}  // namespace dienhong
