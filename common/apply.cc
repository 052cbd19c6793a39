#include "common/apply.h"

#include "common/session_lookup.h"
#include "common/voting.h"

namespace dienhong {
namespace {

// Replaces the element with the same id, or appends: an id seen twice (a bug or a
// corrupt log) must not leave two items with one id behind.
template <typename T>
void Upsert(google::protobuf::RepeatedPtrField<T>& list, const T& value) {
  for (T& existing : list) {
    if (existing.id() == value.id()) {
      existing = value;
      return;
    }
  }
  *list.Add() = value;
}

void ApplyCreated(v1::SessionState& s, const v1::Event& e) {
  const v1::SessionCreated& b = e.session_created();
  s.set_session_id(e.stream_id());
  s.set_council_id(b.council_id());
  s.set_council_name(b.council_name());
  s.set_title(b.title());
  s.set_kind(b.kind());
  s.set_place(b.place());
  *s.mutable_quorum_rule() = b.quorum_rule();
  *s.mutable_roster() = b.roster();
  *s.mutable_agenda() = b.agenda();
  *s.mutable_sittings() = b.sittings();
  s.set_status(v1::SESSION_STATUS_DRAFT);
  *s.mutable_created_at() = e.recorded_at();
}

void ApplySittingOpened(v1::SessionState& s, const v1::Event& e) {
  const int64_t id = e.sitting_opened().sitting_id();
  if (v1::Sitting* sitting = FindSitting(s, id)) {
    sitting->set_status(v1::SITTING_STATUS_OPEN);
    if (!sitting->has_opened_at()) *sitting->mutable_opened_at() = e.recorded_at();
  }
  s.set_current_sitting_id(id);
  s.set_status(v1::SESSION_STATUS_IN_PROGRESS);
}

void SetSittingStatus(v1::SessionState& s, int64_t id, v1::SittingStatus status) {
  if (v1::Sitting* sitting = FindSitting(s, id)) sitting->set_status(status);
}

void ApplySittingClosed(v1::SessionState& s, const v1::Event& e) {
  const int64_t id = e.sitting_closed().sitting_id();
  if (v1::Sitting* sitting = FindSitting(s, id)) {
    sitting->set_status(v1::SITTING_STATUS_CLOSED);
    *sitting->mutable_closed_at() = e.recorded_at();
  }
  if (s.current_sitting_id() == id) s.set_current_sitting_id(0);
}

void ApplyItemStarted(v1::SessionState& s, const v1::Event& e) {
  const int64_t id = e.agenda_item_started().item_id();
  if (v1::AgendaItem* item = FindItem(s, id)) {
    item->set_status(v1::AGENDA_ITEM_STATUS_CURRENT);
    // started_at keeps the first start; a reopened item's history is in the log.
    if (!item->has_started_at()) *item->mutable_started_at() = e.recorded_at();
  }
  s.set_current_item_id(id);
}

void ApplyItemCompleted(v1::SessionState& s, const v1::Event& e) {
  const int64_t id = e.agenda_item_completed().item_id();
  if (v1::AgendaItem* item = FindItem(s, id)) {
    item->set_status(v1::AGENDA_ITEM_STATUS_DONE);
    *item->mutable_ended_at() = e.recorded_at();
  }
  if (s.current_item_id() == id) s.set_current_item_id(0);
}

void ApplyAttendance(v1::SessionState& s, const v1::Event& e) {
  const v1::AttendanceRecorded& b = e.attendance_recorded();
  v1::Sitting* sitting = FindSitting(s, b.sitting_id());
  if (sitting == nullptr) return;
  v1::AttendanceRecord* record = nullptr;
  for (auto& r : *sitting->mutable_attendance()) {
    if (r.delegate_id() == b.delegate_id()) record = &r;
  }
  if (record == nullptr) record = sitting->add_attendance();
  record->set_delegate_id(b.delegate_id());
  record->set_status(b.status());
  record->set_reason(b.reason());
  *record->mutable_recorded_at() = e.recorded_at();
  record->set_recorded_by(e.actor().account_id());
}

}  // namespace

void Apply(v1::SessionState& state, const v1::Event& event) {
  switch (event.body_case()) {
    case v1::Event::kSessionCreated:
      ApplyCreated(state, event);
      break;
    case v1::Event::kAgendaItemAdded:
      Upsert(*state.mutable_agenda(), event.agenda_item_added().item());
      break;
    case v1::Event::kSittingAdded:
      Upsert(*state.mutable_sittings(), event.sitting_added().sitting());
      break;
    case v1::Event::kSessionConvened:
      state.set_status(v1::SESSION_STATUS_CONVENED);
      *state.mutable_roster() = event.session_convened().roster();
      *state.mutable_quorum_rule() = event.session_convened().quorum_rule();
      break;
    case v1::Event::kSittingOpened:
      ApplySittingOpened(state, event);
      break;
    case v1::Event::kSittingSuspended:
      SetSittingStatus(state, event.sitting_suspended().sitting_id(), v1::SITTING_STATUS_SUSPENDED);
      break;
    case v1::Event::kSittingResumed:
      SetSittingStatus(state, event.sitting_resumed().sitting_id(), v1::SITTING_STATUS_OPEN);
      state.set_current_sitting_id(event.sitting_resumed().sitting_id());
      break;
    case v1::Event::kSittingClosed:
      ApplySittingClosed(state, event);
      break;
    case v1::Event::kAgendaItemStarted:
      ApplyItemStarted(state, event);
      break;
    case v1::Event::kAgendaItemCompleted:
      ApplyItemCompleted(state, event);
      break;
    case v1::Event::kAttendanceRecorded:
      ApplyAttendance(state, event);
      break;
    case v1::Event::kSessionClosed:
      state.set_status(v1::SESSION_STATUS_CLOSED);
      *state.mutable_closed_at() = event.recorded_at();
      state.set_current_sitting_id(0);
      break;
    case v1::Event::kPollCreated:
    case v1::Event::kPollOpened:
    case v1::Event::kVoteCast:
    case v1::Event::kPollClosed:
    case v1::Event::kPollCancelled:
    case v1::Event::kPollResultsPublished:
      voting::ApplyVoting(state, event);  // common/apply_voting.cc
      break;
    default:
      break;  // registry stream bodies do not concern a session
  }
  state.set_last_seq(event.seq());
}

}  // namespace dienhong
