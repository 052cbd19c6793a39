// Decide for the session as a whole: creation, agenda and sitting planning, convening,
// closing.
#include <string>

#include "common/decide_internal.h"
#include "common/floor.h"
#include "common/quorum.h"
#include "common/session_lookup.h"
#include "common/validation.h"

namespace dienhong::decide_internal {
namespace {

// Agenda and sittings may still be added once the session is under way: councils amend
// their programme during a session (bổ sung chương trình), and extra sittings get
// scheduled when discussion runs long. Only a closed session is frozen, and Decide has
// already refused that.
Status CheckPlanningAllowed(const v1::SessionState& state) {
  switch (state.status()) {
    case v1::SESSION_STATUS_DRAFT:
    case v1::SESSION_STATUS_CONVENED:
    case v1::SESSION_STATUS_IN_PROGRESS:
      return Status::Ok();
    default:
      return Status::FailedPrecondition("kỳ họp " + SessionStatusLabel(state.status()) +
                                        ": không thể bổ sung chương trình");
  }
}

Status ValidateSessionHeader(const v1::CreateSession& cmd, std::string* title) {
  *title = Trim(cmd.title());
  if (title->empty()) {
    return Status::InvalidArgument("title: tên kỳ họp không được để trống");
  }
  if (Utf8Length(*title) > kMaxSessionTitleChars) {
    return Status::InvalidArgument("title: tên kỳ họp dài quá " +
                                   std::to_string(kMaxSessionTitleChars) + " ký tự");
  }
  if (cmd.kind() == v1::SESSION_KIND_UNSPECIFIED || !v1::SessionKind_IsValid(cmd.kind())) {
    return Status::InvalidArgument(
        "kind: chưa chọn loại kỳ họp (thường lệ, chuyên đề, bất thường, giải trình, ...)");
  }
  if (cmd.council_id() <= 0) {
    return Status::InvalidArgument("council_id: chưa chọn hội đồng nhân dân");
  }
  if (Utf8Length(cmd.council_name()) > kMaxShortTextChars) {
    return Status::InvalidArgument("council_name: tên hội đồng dài quá " +
                                   std::to_string(kMaxShortTextChars) + " ký tự");
  }
  if (Utf8Length(cmd.place()) > kMaxShortTextChars) {
    return Status::InvalidArgument("place: địa điểm dài quá " + std::to_string(kMaxShortTextChars) +
                                   " ký tự");
  }
  DH_RETURN_IF_ERROR(ValidateFraction(cmd.quorum_rule(), "quorum_rule"));
  return ValidateRoster(cmd.roster(), "roster");
}

}  // namespace

Result<Events> CreateSession(const v1::SessionState& state, const v1::CreateSession& cmd) {
  std::string title;
  DH_RETURN_IF_ERROR(ValidateSessionHeader(cmd, &title));
  v1::FloorRules floor_rules = DefaultFloorRules();
  if (cmd.has_floor_rules()) {
    DH_ASSIGN_OR_RETURN(floor_rules, NormalizeFloorRules(cmd.floor_rules(), "floor_rules"));
  }

  v1::Event e;
  v1::SessionCreated* body = e.mutable_session_created();
  body->set_council_id(cmd.council_id());
  body->set_council_name(Trim(cmd.council_name()));
  body->set_title(std::move(title));
  body->set_kind(cmd.kind());
  body->set_place(Trim(cmd.place()));
  *body->mutable_quorum_rule() = cmd.quorum_rule();
  *body->mutable_roster() = cmd.roster();
  *body->mutable_floor_rules() = std::move(floor_rules);
  for (int i = 0; i < cmd.agenda_size(); ++i) {
    DH_ASSIGN_OR_RETURN(
        *body->add_agenda(),
        NormalizeAgendaItem(cmd.agenda(i), "agenda[" + std::to_string(i) + "]", i + 1));
  }
  for (int i = 0; i < cmd.sittings_size(); ++i) {
    DH_ASSIGN_OR_RETURN(
        *body->add_sittings(),
        NormalizeSitting(cmd.sittings(i), "sittings[" + std::to_string(i) + "]", i + 1));
  }
  Events events;
  events.push_back(std::move(e));
  return events;
}

Result<Events> AddAgendaItem(const v1::SessionState& state, const v1::AddAgendaItem& cmd) {
  DH_RETURN_IF_ERROR(CheckPlanningAllowed(state));
  v1::Event e;
  DH_ASSIGN_OR_RETURN(*e.mutable_agenda_item_added()->mutable_item(),
                      NormalizeAgendaItem(cmd.item(), "item", MaxItemId(state) + 1));
  Events events;
  events.push_back(std::move(e));
  return events;
}

Result<Events> AddSitting(const v1::SessionState& state, const v1::AddSitting& cmd) {
  DH_RETURN_IF_ERROR(CheckPlanningAllowed(state));
  v1::Event e;
  DH_ASSIGN_OR_RETURN(*e.mutable_sitting_added()->mutable_sitting(),
                      NormalizeSitting(cmd.sitting(), "sitting", MaxSittingId(state) + 1));
  Events events;
  events.push_back(std::move(e));
  return events;
}

Result<Events> ConveneSession(const v1::SessionState& state, const v1::ConveneSession& cmd) {
  if (state.status() != v1::SESSION_STATUS_DRAFT) {
    return Status::FailedPrecondition("kỳ họp " + SessionStatusLabel(state.status()) +
                                      ": chỉ triệu tập được kỳ họp đang chuẩn bị");
  }
  DH_RETURN_IF_ERROR(ValidateFraction(cmd.quorum_rule(), "quorum_rule"));
  // An empty roster is a state of the council, not a typo in the request: the
  // administrator has to add delegates first.
  if (cmd.roster().empty()) {
    return Status::FailedPrecondition(
        "roster: hội đồng chưa có đại biểu: thêm đại biểu trước khi triệu tập kỳ họp");
  }
  DH_RETURN_IF_ERROR(ValidateRoster(cmd.roster(), "roster"));
  v1::FloorRules floor_rules = DefaultFloorRules();
  if (cmd.has_floor_rules()) {
    DH_ASSIGN_OR_RETURN(floor_rules, NormalizeFloorRules(cmd.floor_rules(), "floor_rules"));
  }

  v1::Event e;
  *e.mutable_session_convened()->mutable_floor_rules() = std::move(floor_rules);
  *e.mutable_session_convened()->mutable_roster() = cmd.roster();
  *e.mutable_session_convened()->mutable_quorum_rule() = cmd.quorum_rule();
  Events events;
  events.push_back(std::move(e));
  return events;
}

Result<Events> CloseSession(const v1::SessionState& state, const v1::CloseSession& /*cmd*/) {
  if (state.status() != v1::SESSION_STATUS_CONVENED &&
      state.status() != v1::SESSION_STATUS_IN_PROGRESS) {
    return Status::FailedPrecondition("kỳ họp " + SessionStatusLabel(state.status()) +
                                      ": chỉ bế mạc được kỳ họp đã triệu tập");
  }
  if (const v1::Sitting* active = ActiveSitting(state)) {
    return Status::FailedPrecondition(SittingName(*active) + " " +
                                      SittingStatusLabel(active->status()) +
                                      ": đóng phiên họp đó trước khi bế mạc kỳ họp");
  }
  Events events;
  CompleteCurrentItem(state, events);
  v1::Event e;
  e.mutable_session_closed();
  events.push_back(std::move(e));
  return events;
}

}  // namespace dienhong::decide_internal
