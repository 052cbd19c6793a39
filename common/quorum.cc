#include "common/quorum.h"

#include <cstdint>
#include <limits>
#include <string>

#include "common/session_lookup.h"

namespace dienhong {

v1::Fraction DefaultQuorumRule() {
  v1::Fraction f;
  f.set_numerator(2);
  f.set_denominator(3);
  f.set_strict(false);
  return f;
}

Status ValidateFraction(const v1::Fraction& f, const char* field) {
  const std::string name = field;
  if (f.denominator() == 0) {
    return Status::InvalidArgument(name + ": mẫu số của tỷ lệ phải lớn hơn 0");
  }
  if (f.numerator() == 0 || f.numerator() > f.denominator()) {
    // 0 would let a sitting proceed with nobody; above 1 could never be met.
    return Status::InvalidArgument(name +
                                   ": tử số của tỷ lệ phải lớn hơn 0 và không lớn hơn "
                                   "mẫu số (ví dụ 2/3)");
  }
  return Status::Ok();
}

// Edge cases, chosen so that a bad rule fails closed (can never be met) rather than open:
// - base < 0 is treated as 0.
// - denominator 0 (an invalid rule that slipped past ValidateFraction) yields base + 1.
// - base 0: non-strict needs 0, strict needs 1 (nothing is "more than" 0 of nobody).
// - numerator > denominator yields a count above base; the result saturates at INT32_MAX.
// Products are computed in 64-bit unsigned: base < 2^31 and numerator < 2^32, so
// base * numerator + denominator < 2^64 and nothing overflows.
int32_t RequiredCount(int32_t base, const v1::Fraction& rule) {
  constexpr uint64_t kMax = std::numeric_limits<int32_t>::max();
  const uint64_t b = base < 0 ? 0 : static_cast<uint64_t>(base);
  const uint64_t num = rule.numerator();
  const uint64_t den = rule.denominator();
  uint64_t required;
  if (den == 0) {
    required = b + 1;
  } else if (rule.strict()) {
    required = b * num / den + 1;  // smallest c with c * den > b * num
  } else {
    required = (b * num + den - 1) / den;  // smallest c with c * den >= b * num
  }
  return static_cast<int32_t>(required > kMax ? kMax : required);
}

v1::QuorumStatus ComputeQuorum(const v1::SessionState& state, int64_t sitting_id) {
  const int64_t id = sitting_id == 0 ? state.current_sitting_id() : sitting_id;
  v1::QuorumStatus q;
  q.set_sitting_id(id);
  q.set_total_delegates(state.roster_size());
  q.set_required(RequiredCount(state.roster_size(), state.quorum_rule()));
  *q.mutable_rule() = state.quorum_rule();

  const v1::Sitting* sitting = id == 0 ? nullptr : FindSitting(state, id);
  if (sitting == nullptr) return q;

  int32_t present = 0, online = 0, excused = 0;
  // Counted over the roster, not over the records, so a stray record for someone not on
  // the roster cannot push "absent" below zero.
  for (const auto& entry : state.roster()) {
    const v1::AttendanceRecord* r = FindAttendance(*sitting, entry.delegate_id());
    if (r == nullptr) continue;
    switch (r->status()) {
      case v1::ATTENDANCE_STATUS_PRESENT:
        ++present;
        break;
      case v1::ATTENDANCE_STATUS_ONLINE:
        ++online;
        break;
      case v1::ATTENDANCE_STATUS_EXCUSED:
        ++excused;
        break;
      default:
        break;  // ABSENT or unspecified: absent
    }
  }
  q.set_present(present);
  q.set_online(online);
  q.set_excused(excused);
  q.set_absent(state.roster_size() - present - online - excused);
  // A session without delegates never "meets" a quorum, even though 2/3 of 0 is 0: the big
  // screen must not show "đủ số lượng" for an empty hall.
  q.set_met(state.roster_size() > 0 && present + online >= q.required());
  return q;
}

}  // namespace dienhong
