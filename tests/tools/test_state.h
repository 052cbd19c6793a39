// A small session used by the formatting and live-view tests: 3 delegates, quorum at
// least 2/3, sitting 1 open, two agenda items.
#pragma once

#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::ctl::testing {

inline v1::SessionState SampleState() {
  v1::SessionState s;
  s.set_session_id(7);
  s.set_council_id(1);
  s.set_title("Kỳ họp thứ 12");
  s.set_kind(v1::SESSION_KIND_REGULAR);
  s.set_status(v1::SESSION_STATUS_IN_PROGRESS);
  s.mutable_quorum_rule()->set_numerator(2);
  s.mutable_quorum_rule()->set_denominator(3);
  const char* names[] = {"Nguyễn Văn A", "Trần Thị B", "Lê Văn C"};
  for (int i = 0; i < 3; ++i) {
    auto* r = s.add_roster();
    r->set_delegate_id(i + 1);
    r->set_full_name(names[i]);
  }
  auto* sitting = s.add_sittings();
  sitting->set_id(1);
  sitting->set_title("Phiên khai mạc");
  sitting->set_status(v1::SITTING_STATUS_OPEN);
  s.set_current_sitting_id(1);
  auto* item = s.add_agenda();
  item->set_id(1);
  item->set_title("Khai mạc kỳ họp");
  item->set_kind(v1::AGENDA_ITEM_KIND_OPENING);
  item->set_status(v1::AGENDA_ITEM_STATUS_PENDING);
  s.set_last_seq(10);
  return s;
}

// 2026-11-22 15:40:03 in Việt Nam.
inline v1::Event EventAt(int64_t seq, int64_t account, v1::Role role, const char* name) {
  v1::Event e;
  e.set_stream_id(7);
  e.set_seq(seq);
  e.mutable_recorded_at()->set_seconds(1795336803);
  e.mutable_actor()->set_account_id(account);
  e.mutable_actor()->set_role(role);
  e.mutable_actor()->set_display_name(name);
  return e;
}

inline v1::Event Attendance(int64_t seq, int64_t delegate, v1::AttendanceStatus status) {
  v1::Event e = EventAt(seq, 20, v1::ROLE_SECRETARY, "Phạm Thu D");
  auto* a = e.mutable_attendance_recorded();
  a->set_sitting_id(1);
  a->set_delegate_id(delegate);
  a->set_status(status);
  return e;
}

}  // namespace dienhong::ctl::testing
