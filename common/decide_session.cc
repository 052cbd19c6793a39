// Decide for the session as a whole: creation, agenda and sitting planning, convening,
// closing.
#include <string>

#include "common/decide_internal.h"
#include "common/dossier.h"
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

// The header's texts cleaned (common/text.h) into `out`.
Status ValidateSessionHeader(const v1::CreateSession& cmd, v1::SessionCreated* out) {
  DH_ASSIGN_OR_RETURN(*out->mutable_title(),
                      CleanText(cmd.title(), "title", kMaxSessionTitleChars, true, "tên kỳ họp"));
  if (cmd.kind() == v1::SESSION_KIND_UNSPECIFIED || !v1::SessionKind_IsValid(cmd.kind())) {
    return Status::InvalidArgument(
        "kind: chưa chọn loại kỳ họp (thường lệ, chuyên đề, bất thường, giải trình, ...)");
  }
  if (cmd.council_id() <= 0) {
    return Status::InvalidArgument("council_id: chưa chọn hội đồng nhân dân");
  }
  DH_ASSIGN_OR_RETURN(
      *out->mutable_council_name(),
      CleanText(cmd.council_name(), "council_name", kMaxShortTextChars, false, "tên hội đồng"));
  DH_ASSIGN_OR_RETURN(*out->mutable_place(),
                      CleanText(cmd.place(), "place", kMaxShortTextChars, false, "địa điểm"));
  DH_RETURN_IF_ERROR(ValidateFraction(cmd.quorum_rule(), "quorum_rule"));
  if (cmd.agenda_size() > kMaxAgendaItems) {
    return Status::InvalidArgument("agenda: tối đa " + std::to_string(kMaxAgendaItems) +
                                   " nội dung chương trình (đang có " +
                                   std::to_string(cmd.agenda_size()) + ")");
  }
  if (cmd.sittings_size() > kMaxSittings) {
    return Status::InvalidArgument("sittings: tối đa " + std::to_string(kMaxSittings) +
                                   " phiên họp (đang có " + std::to_string(cmd.sittings_size()) +
                                   ")");
  }
  return ValidateRoster(cmd.roster(), "roster");
}

}  // namespace

Result<Events> CreateSession(const v1::SessionState& state, const v1::CreateSession& cmd) {
  v1::Event e;
  v1::SessionCreated* body = e.mutable_session_created();
  DH_RETURN_IF_ERROR(ValidateSessionHeader(cmd, body));
  v1::FloorRules floor_rules = DefaultFloorRules();
  if (cmd.has_floor_rules()) {
    DH_ASSIGN_OR_RETURN(floor_rules, NormalizeFloorRules(cmd.floor_rules(), "floor_rules"));
  }

  v1::DossierRules dossier_rules = DefaultDossierRules();
  if (cmd.has_dossier_rules()) {
    DH_ASSIGN_OR_RETURN(dossier_rules, NormalizeDossierRules(cmd.dossier_rules(), "dossier_rules"));
  }

  body->set_council_id(cmd.council_id());
  body->set_kind(cmd.kind());
  *body->mutable_quorum_rule() = cmd.quorum_rule();
  *body->mutable_roster() = cmd.roster();
  *body->mutable_floor_rules() = std::move(floor_rules);
  *body->mutable_dossier_rules() = std::move(dossier_rules);
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
  if (state.agenda_size() >= kMaxAgendaItems) {
    return Status::ResourceExhausted("item: kỳ họp đã có " + std::to_string(state.agenda_size()) +
                                     " nội dung chương trình, tối đa " +
                                     std::to_string(kMaxAgendaItems));
  }
  v1::Event e;
  DH_ASSIGN_OR_RETURN(*e.mutable_agenda_item_added()->mutable_item(),
                      NormalizeAgendaItem(cmd.item(), "item", MaxItemId(state) + 1));
  Events events;
  events.push_back(std::move(e));
  return events;
}

Result<Events> AddSitting(const v1::SessionState& state, const v1::AddSitting& cmd) {
  DH_RETURN_IF_ERROR(CheckPlanningAllowed(state));
  if (state.sittings_size() >= kMaxSittings) {
    return Status::ResourceExhausted("sitting: kỳ họp đã có " +
                                     std::to_string(state.sittings_size()) + " phiên họp, tối đa " +
                                     std::to_string(kMaxSittings));
  }
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

  v1::DossierRules dossier_rules = DefaultDossierRules();
  if (cmd.has_dossier_rules()) {
    DH_ASSIGN_OR_RETURN(dossier_rules, NormalizeDossierRules(cmd.dossier_rules(), "dossier_rules"));
  }

  v1::Event e;
  *e.mutable_session_convened()->mutable_floor_rules() = std::move(floor_rules);
  *e.mutable_session_convened()->mutable_dossier_rules() = std::move(dossier_rules);
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
