#include "common/session_lookup.h"

#include <algorithm>

namespace dienhong {

const v1::Sitting* FindSitting(const v1::SessionState& state, int64_t sitting_id) {
  for (const auto& s : state.sittings()) {
    if (s.id() == sitting_id) return &s;
  }
  return nullptr;
}

v1::Sitting* FindSitting(v1::SessionState& state, int64_t sitting_id) {
  for (auto& s : *state.mutable_sittings()) {
    if (s.id() == sitting_id) return &s;
  }
  return nullptr;
}

const v1::AgendaItem* FindItem(const v1::SessionState& state, int64_t item_id) {
  for (const auto& item : state.agenda()) {
    if (item.id() == item_id) return &item;
  }
  return nullptr;
}

v1::AgendaItem* FindItem(v1::SessionState& state, int64_t item_id) {
  for (auto& item : *state.mutable_agenda()) {
    if (item.id() == item_id) return &item;
  }
  return nullptr;
}

const v1::RosterEntry* FindRosterEntry(const v1::SessionState& state, int64_t delegate_id) {
  for (const auto& entry : state.roster()) {
    if (entry.delegate_id() == delegate_id) return &entry;
  }
  return nullptr;
}

const v1::AttendanceRecord* FindAttendance(const v1::Sitting& sitting, int64_t delegate_id) {
  for (const auto& record : sitting.attendance()) {
    if (record.delegate_id() == delegate_id) return &record;
  }
  return nullptr;
}

const v1::Sitting* ActiveSitting(const v1::SessionState& state) {
  for (const auto& s : state.sittings()) {
    if (s.status() == v1::SITTING_STATUS_OPEN || s.status() == v1::SITTING_STATUS_SUSPENDED) {
      return &s;
    }
  }
  return nullptr;
}

int64_t MaxItemId(const v1::SessionState& state) {
  int64_t max_id = 0;
  for (const auto& item : state.agenda()) max_id = std::max(max_id, item.id());
  return max_id;
}

int64_t MaxSittingId(const v1::SessionState& state) {
  int64_t max_id = 0;
  for (const auto& s : state.sittings()) max_id = std::max(max_id, s.id());
  return max_id;
}

std::string SessionStatusLabel(v1::SessionStatus status) {
  switch (status) {
    case v1::SESSION_STATUS_DRAFT:
      return "đang chuẩn bị";
    case v1::SESSION_STATUS_CONVENED:
      return "đã triệu tập";
    case v1::SESSION_STATUS_IN_PROGRESS:
      return "đang họp";
    case v1::SESSION_STATUS_CLOSED:
      return "đã bế mạc";
    default:
      return "chưa được tạo";
  }
}

std::string SittingStatusLabel(v1::SittingStatus status) {
  switch (status) {
    case v1::SITTING_STATUS_PLANNED:
      return "chưa mở";
    case v1::SITTING_STATUS_OPEN:
      return "đang mở";
    case v1::SITTING_STATUS_SUSPENDED:
      return "đang tạm dừng";
    case v1::SITTING_STATUS_CLOSED:
      return "đã đóng";
    default:
      return "không rõ trạng thái";
  }
}

}  // namespace dienhong
