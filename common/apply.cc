#include "common/apply.h"

#include <algorithm>

#include "common/documents.h"
#include "common/floor.h"
#include "common/interpellation.h"
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

void SetRules(v1::FloorState& floor, const v1::FloorRules& rules) {
  *floor.mutable_rules() = rules;
  floor.set_rules_version(floor.rules_version() + 1);
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
  if (b.has_floor_rules()) SetRules(*s.mutable_floor(), b.floor_rules());
  if (b.has_dossier_rules()) *s.mutable_documents()->mutable_rules() = b.dossier_rules();
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

void RemoveFromQueue(v1::FloorState& floor, int64_t request_id) {
  auto* queue = floor.mutable_queue();
  for (int i = 0; i < queue->size(); ++i) {
    if (queue->Get(i) == request_id) {
      queue->erase(queue->begin() + i);
      return;
    }
  }
}

// The floor's events. Returns false for any other event.
bool ApplyFloor(v1::SessionState& s, const v1::Event& e) {
  // Floor bodies are fields 40-59 of Event.body (events.proto); anything else must not
  // even create an empty FloorState.
  if (e.body_case() < v1::Event::kFloorRequested || e.body_case() > 59) return false;
  v1::FloorState& floor = *s.mutable_floor();
  switch (e.body_case()) {
    case v1::Event::kFloorRequested: {
      const auto& b = e.floor_requested();
      *floor.add_requests() = b.request();
      auto* queue = floor.mutable_queue();
      const int index = std::clamp(b.queue_index(), 0, queue->size());
      queue->Add(b.request().id());
      std::rotate(queue->begin() + index, queue->end() - 1, queue->end());
      return true;
    }
    case v1::Event::kFloorRequestWithdrawn: {
      const int64_t id = e.floor_request_withdrawn().request_id();
      if (auto* r = FindFloorRequest(floor, id)) r->set_status(v1::FLOOR_REQUEST_STATUS_WITHDRAWN);
      RemoveFromQueue(floor, id);
      return true;
    }
    case v1::Event::kFloorRequestRemoved: {
      const auto& b = e.floor_request_removed();
      if (auto* r = FindFloorRequest(floor, b.request_id())) {
        r->set_status(v1::FLOOR_REQUEST_STATUS_REMOVED);
        r->set_reason(b.reason());
      }
      RemoveFromQueue(floor, b.request_id());
      return true;
    }
    case v1::Event::kFloorRequestMoved:
      *floor.mutable_queue() = e.floor_request_moved().queue();
      return true;
    case v1::Event::kFloorListClosed:
      floor.set_list_closed(true);
      return true;
    case v1::Event::kFloorListOpened:
      floor.set_list_closed(false);
      return true;
    case v1::Event::kTurnStarted: {
      const v1::Turn& turn = e.turn_started().turn();
      *floor.add_turns() = turn;
      LinkTurnToQuestions(s, turn);
      if (turn.request_id() != 0) {
        if (auto* r = FindFloorRequest(floor, turn.request_id())) {
          r->set_status(v1::FLOOR_REQUEST_STATUS_GRANTED);
          r->set_turn_id(turn.id());
        }
        RemoveFromQueue(floor, turn.request_id());
      }
      return true;
    }
    case v1::Event::kTurnEnded: {
      const auto& b = e.turn_ended();
      if (auto* t = FindTurn(floor, b.turn_id())) {
        *t->mutable_ended_at() = b.ended_at();
        t->set_interrupted(b.interrupted());
        t->set_end_reason(b.reason());
        t->set_spoken_micros(b.spoken_micros());
        if (t->has_paused_at()) {
          t->set_paused_micros(t->paused_micros() +
                               std::max<int64_t>(0, TimestampMicros(b.ended_at()) -
                                                        TimestampMicros(t->paused_at())));
          t->clear_paused_at();
        }
      }
      return true;
    }
    case v1::Event::kTurnOverran:
      if (auto* t = FindTurn(floor, e.turn_overran().turn_id())) {
        t->set_overrun_at_limit_seconds(e.turn_overran().limit_seconds());
      }
      return true;
    case v1::Event::kTurnExtended:
      if (auto* t = FindTurn(floor, e.turn_extended().turn_id())) {
        t->set_extended_seconds(t->extended_seconds() + e.turn_extended().seconds());
        t->set_limit_seconds(e.turn_extended().new_limit_seconds());
      }
      return true;
    case v1::Event::kTurnPaused:
      if (auto* t = FindTurn(floor, e.turn_paused().turn_id())) {
        *t->mutable_paused_at() = e.turn_paused().at();
      }
      return true;
    case v1::Event::kTurnResumed:
      if (auto* t = FindTurn(floor, e.turn_resumed().turn_id())) {
        t->set_paused_micros(t->paused_micros() + e.turn_resumed().paused_micros());
        t->clear_paused_at();
      }
      return true;
    case v1::Event::kFloorRulesChanged:
      *floor.mutable_rules() = e.floor_rules_changed().rules();
      floor.set_rules_version(e.floor_rules_changed().version());
      return true;
    default:
      return false;
  }
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
      if (event.session_convened().has_floor_rules()) {
        SetRules(*state.mutable_floor(), event.session_convened().floor_rules());
      }
      if (event.session_convened().has_dossier_rules()) {
        *state.mutable_documents()->mutable_rules() = event.session_convened().dossier_rules();
      }
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
      // A new item starts with an open list (docs/floor.md).
      if (state.has_floor()) state.mutable_floor()->set_list_closed(false);
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
      // Questioning (common/apply_interpellation.cc), documents (apply_documents.cc) or
      // the floor; registry stream bodies do not concern a session.
      if (!ApplyInterpellation(state, event) && !ApplyDocuments(state, event)) {
        ApplyFloor(state, event);
      }
      break;
  }
  state.set_last_seq(event.seq());
}

}  // namespace dienhong
