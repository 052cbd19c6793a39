#include "common/decide.h"

#include <string>

#include "common/decide_internal.h"
#include "common/session_lookup.h"

namespace dienhong {
namespace decide_internal {

Result<const v1::Sitting*> LookupSitting(const v1::SessionState& state, int64_t sitting_id) {
  if (sitting_id <= 0) {
    return Status::InvalidArgument("sitting_id: chưa chọn phiên họp");
  }
  const v1::Sitting* sitting = FindSitting(state, sitting_id);
  if (sitting == nullptr) {
    return Status::NotFound("sitting_id " + std::to_string(sitting_id) +
                            ": không có phiên họp này trong kỳ họp");
  }
  return sitting;
}

Result<const v1::AgendaItem*> LookupItem(const v1::SessionState& state, int64_t item_id) {
  if (item_id <= 0) {
    return Status::InvalidArgument("item_id: chưa chọn nội dung chương trình");
  }
  const v1::AgendaItem* item = FindItem(state, item_id);
  if (item == nullptr) {
    return Status::NotFound("item_id " + std::to_string(item_id) +
                            ": không có nội dung này trong chương trình kỳ họp");
  }
  return item;
}

Status CheckOnRoster(const v1::SessionState& state, int64_t delegate_id) {
  if (delegate_id <= 0) {
    return Status::InvalidArgument("delegate_id: chưa chọn đại biểu");
  }
  if (FindRosterEntry(state, delegate_id) == nullptr) {
    return Status::NotFound("delegate_id " + std::to_string(delegate_id) +
                            ": đại biểu không có trong danh sách đại biểu của kỳ họp");
  }
  return Status::Ok();
}

std::string SittingName(const v1::Sitting& sitting) {
  return "Phiên họp " + std::to_string(sitting.id()) + " «" + sitting.title() + "»";
}

void CompleteCurrentItem(const v1::SessionState& state, Events& events) {
  if (state.current_item_id() == 0) return;
  v1::Event e;
  e.mutable_agenda_item_completed()->set_item_id(state.current_item_id());
  events.push_back(std::move(e));
}

}  // namespace decide_internal

namespace {

using decide_internal::Events;

Result<Events> Dispatch(const v1::SessionState& state, const v1::Command& command, int64_t now) {
  namespace d = decide_internal;
  switch (command.body_case()) {
    case v1::Command::kRequestFloor:
      return d::RequestFloor(state, command.request_floor(), now);
    case v1::Command::kWithdrawFloorRequest:
      return d::WithdrawFloorRequest(state, command.withdraw_floor_request());
    case v1::Command::kRegisterPresentation:
      return d::RegisterPresentation(state, command.register_presentation(), now);
    case v1::Command::kGrantFloor:
      return d::GrantFloor(state, command.grant_floor(), now);
    case v1::Command::kReorderFloorRequest:
      return d::ReorderFloorRequest(state, command.reorder_floor_request());
    case v1::Command::kRemoveFloorRequest:
      return d::RemoveFloorRequest(state, command.remove_floor_request());
    case v1::Command::kCloseFloorList:
      return d::CloseFloorList(state, command.close_floor_list());
    case v1::Command::kOpenFloorList:
      return d::OpenFloorList(state, command.open_floor_list());
    case v1::Command::kEndTurn:
      return d::EndTurn(state, command.end_turn(), now);
    case v1::Command::kInterruptTurn:
      return d::InterruptTurn(state, command.interrupt_turn(), now);
    case v1::Command::kExtendTurn:
      return d::ExtendTurn(state, command.extend_turn());
    case v1::Command::kPauseTurn:
      return d::PauseTurn(state, command.pause_turn(), now);
    case v1::Command::kResumeTurn:
      return d::ResumeTurn(state, command.resume_turn(), now);
    case v1::Command::kSetSessionFloorRules:
      return d::SetSessionFloorRules(state, command.set_session_floor_rules());
    case v1::Command::kRecordTurnOverrun:
      return d::RecordTurnOverrun(state, command.record_turn_overrun(), now);
    case v1::Command::kCreatePoll:
    case v1::Command::kOpenPoll:
    case v1::Command::kCastVote:
    case v1::Command::kClosePoll:
    case v1::Command::kCancelPoll:
    case v1::Command::kPublishPollResults:
    case v1::Command::kRevotePoll:
      return d::DecideVoting(state, command, now);
    case v1::Command::kInviteRespondent:
    case v1::Command::kSubmitQuestion:
    case v1::Command::kDefineQuestionGroup:
    case v1::Command::kOrderQuestionGroups:
    case v1::Command::kStartQuestionGroup:
    case v1::Command::kCallQuestioner:
    case v1::Command::kCallRespondent:
    case v1::Command::kRecordSatisfaction:
    case v1::Command::kSetHearing:
    case v1::Command::kRecordConclusion:
      return d::DecideInterpellation(state, command, now);
    case v1::Command::kAddDocument:
    case v1::Command::kAddDocumentVersion:
    case v1::Command::kAttachOriginal:
    case v1::Command::kPublishDocument:
    case v1::Command::kOrderDocuments:
    case v1::Command::kWithdrawDocument:
    case v1::Command::kRecordDocumentReceipt:
    case v1::Command::kSetDossierRules:
    case v1::Command::kShowDocumentPage:
      return d::DecideDocuments(state, command, now);
    case v1::Command::kCreateSession:
      return d::CreateSession(state, command.create_session());
    case v1::Command::kAddAgendaItem:
      return d::AddAgendaItem(state, command.add_agenda_item());
    case v1::Command::kAddSitting:
      return d::AddSitting(state, command.add_sitting());
    case v1::Command::kConveneSession:
      return d::ConveneSession(state, command.convene_session());
    case v1::Command::kCloseSession:
      return d::CloseSession(state, command.close_session());
    case v1::Command::kOpenSitting:
      return d::OpenSitting(state, command.open_sitting());
    case v1::Command::kSuspendSitting:
      return d::SuspendSitting(state, command.suspend_sitting());
    case v1::Command::kResumeSitting:
      return d::ResumeSitting(state, command.resume_sitting());
    case v1::Command::kCloseSitting:
      return d::CloseSitting(state, command.close_sitting());
    case v1::Command::kSetCurrentItem:
      return d::SetCurrentItem(state, command.set_current_item());
    case v1::Command::kCompleteItem:
      return d::CompleteItem(state, command.complete_item());
    case v1::Command::kCheckIn:
      return d::CheckIn(state, command.check_in());
    case v1::Command::kRecordAttendance:
      return d::RecordAttendance(state, command.record_attendance());
    case v1::Command::BODY_NOT_SET:
      break;
  }
  return Status::InvalidArgument("command: yêu cầu không có nội dung");
}

// Refusals that hold for every command, checked once here rather than in each function.
Status CheckSessionExists(const v1::SessionState& state, const v1::Command& command) {
  if (command.body_case() == v1::Command::BODY_NOT_SET) return Status::Ok();  // Dispatch says
  const bool creating = command.body_case() == v1::Command::kCreateSession;
  if (creating) {
    if (state.status() != v1::SESSION_STATUS_UNSPECIFIED) {
      return Status::FailedPrecondition("kỳ họp " + std::to_string(state.session_id()) +
                                        " đã được tạo rồi");
    }
    if (state.session_id() <= 0) {
      // The caller must allocate the id before deciding: a bug, not a user error.
      return Status::Internal("session_id: chưa cấp mã cho kỳ họp mới");
    }
    return Status::Ok();
  }
  if (state.status() == v1::SESSION_STATUS_UNSPECIFIED) {
    return Status::FailedPrecondition("kỳ họp chưa được tạo");
  }
  if (state.status() == v1::SESSION_STATUS_CLOSED) {
    return Status::FailedPrecondition("kỳ họp đã bế mạc: không thể thay đổi gì thêm");
  }
  return Status::Ok();
}

// Moving on from an item, completing it or closing the sitting ends whatever turn is still
// open first, so that the minutes show when each speaker stopped.
void EndTurnsBeforeItemOrSittingEnds(const v1::SessionState& state, int64_t now, Events& events) {
  bool ending = false;
  for (const auto& e : events) {
    ending = ending || e.has_agenda_item_completed() || e.has_sitting_closed();
  }
  if (!ending) return;
  Events ended;
  decide_internal::EndOpenTurns(state, now, "kết thúc nội dung / phiên họp", ended);
  if (ended.empty()) return;
  ended.insert(ended.end(), std::make_move_iterator(events.begin()),
               std::make_move_iterator(events.end()));
  events = std::move(ended);
}

}  // namespace

Result<std::vector<v1::Event>> Decide(const v1::SessionState& state, const v1::Command& command,
                                      const CommandContext& context) {
  DH_RETURN_IF_ERROR(CheckSessionExists(state, command));
  DH_ASSIGN_OR_RETURN(Events events, Dispatch(state, command, context.now_micros));
  EndTurnsBeforeItemOrSittingEnds(state, context.now_micros, events);
  int64_t seq = state.last_seq();
  for (v1::Event& e : events) {
    e.set_stream_id(state.session_id());
    e.set_seq(++seq);
    *e.mutable_actor() = context.actor;
  }
  return events;
}

}  // namespace dienhong
