// Internals of Decide (decide.cc), one function per command, grouped by subject in
// decide_session.cc, decide_sitting.cc, decide_agenda.cc, decide_attendance.cc,
// decide_floor.cc, decide_voting.cc, decide_interpellation.cc and decide_documents.cc.
// Not part of the public API: include common/decide.h instead.
//
// Each function returns the event bodies only; Decide stamps stream_id, seq and actor on
// all of them in one place. Decide has already refused commands against a session that
// does not exist yet (except create_session) or is CLOSED, so the functions here only
// check the DRAFT / CONVENED / IN_PROGRESS distinctions they care about.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/result.h"
#include "common/status.h"
#include "dienhong/v1/commands.pb.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::decide_internal {

using Events = std::vector<v1::Event>;

// decide_session.cc
Result<Events> CreateSession(const v1::SessionState& state, const v1::CreateSession& cmd);
Result<Events> AddAgendaItem(const v1::SessionState& state, const v1::AddAgendaItem& cmd);
Result<Events> AddSitting(const v1::SessionState& state, const v1::AddSitting& cmd);
Result<Events> ConveneSession(const v1::SessionState& state, const v1::ConveneSession& cmd);
Result<Events> CloseSession(const v1::SessionState& state, const v1::CloseSession& cmd);

// decide_sitting.cc
Result<Events> OpenSitting(const v1::SessionState& state, const v1::OpenSitting& cmd);
Result<Events> SuspendSitting(const v1::SessionState& state, const v1::SuspendSitting& cmd);
Result<Events> ResumeSitting(const v1::SessionState& state, const v1::ResumeSitting& cmd);
Result<Events> CloseSitting(const v1::SessionState& state, const v1::CloseSitting& cmd);

// decide_agenda.cc
Result<Events> SetCurrentItem(const v1::SessionState& state, const v1::SetCurrentItem& cmd);
Result<Events> CompleteItem(const v1::SessionState& state, const v1::CompleteItem& cmd);

// decide_attendance.cc
Result<Events> CheckIn(const v1::SessionState& state, const v1::CheckIn& cmd);
Result<Events> RecordAttendance(const v1::SessionState& state, const v1::RecordAttendance& cmd);

// decide_floor.cc (`now` is CommandContext.now_micros, the server's clock)
Result<Events> RequestFloor(const v1::SessionState& state, const v1::RequestFloor& cmd,
                            int64_t now);
Result<Events> WithdrawFloorRequest(const v1::SessionState& state,
                                    const v1::WithdrawFloorRequest& cmd);
Result<Events> RegisterPresentation(const v1::SessionState& state,
                                    const v1::RegisterPresentation& cmd, int64_t now);
Result<Events> GrantFloor(const v1::SessionState& state, const v1::GrantFloor& cmd, int64_t now);
Result<Events> ReorderFloorRequest(const v1::SessionState& state,
                                   const v1::ReorderFloorRequest& cmd);
Result<Events> RemoveFloorRequest(const v1::SessionState& state, const v1::RemoveFloorRequest& cmd);
Result<Events> CloseFloorList(const v1::SessionState& state, const v1::CloseFloorList& cmd);
Result<Events> OpenFloorList(const v1::SessionState& state, const v1::OpenFloorList& cmd);
Result<Events> EndTurn(const v1::SessionState& state, const v1::EndTurn& cmd, int64_t now);
Result<Events> InterruptTurn(const v1::SessionState& state, const v1::InterruptTurn& cmd,
                             int64_t now);
Result<Events> ExtendTurn(const v1::SessionState& state, const v1::ExtendTurn& cmd);
Result<Events> PauseTurn(const v1::SessionState& state, const v1::PauseTurn& cmd, int64_t now);
Result<Events> ResumeTurn(const v1::SessionState& state, const v1::ResumeTurn& cmd, int64_t now);
Result<Events> SetSessionFloorRules(const v1::SessionState& state,
                                    const v1::SetSessionFloorRules& cmd);
Result<Events> RecordTurnOverrun(const v1::SessionState& state, const v1::RecordTurnOverrun& cmd,
                                 int64_t now);
// TurnStarted for a turn the chair calls directly (no request on the list): a question,
// follow-up or answer (decide_interpellation.cc). Same checks as a grant: a sitting open,
// an item current, room under max_open_turns, the speaker not already speaking (`field`
// names the request field that chose the speaker). The limit is the rules' for `kind`.
Result<v1::Event> BeginCalledTurn(const v1::SessionState& state, const v1::Speaker& speaker,
                                  v1::FloorKind kind, const std::string& field,
                                  std::vector<int64_t> question_ids, int64_t replies_to_turn_id,
                                  int64_t now);
// TurnEnded for every open turn (reason e.g. "kết thúc nội dung"): an item or sitting
// does not end with someone still holding the floor in the log.
void EndOpenTurns(const v1::SessionState& state, int64_t now, const std::string& reason,
                  Events& events);

// decide_interpellation.cc: every questioning / hearing command (invite, submit, group,
// order, start group, call questioner / respondent, satisfaction, hearing, conclusion),
// dispatched on command.body_case().
Result<Events> DecideInterpellation(const v1::SessionState& state, const v1::Command& command,
                                    int64_t now);

// decide_voting.cc: every voting command (create/open/cast/close/cancel/publish/revote
// poll), dispatched on command.body_case(); `now` as above.
Result<Events> DecideVoting(const v1::SessionState& state, const v1::Command& command, int64_t now);

// decide_documents.cc: every document command (add, version, original, publish, order,
// withdraw, receipt, dossier rules, page on screen), dispatched on command.body_case();
// `now` stamps uploaded_at / created_at.
Result<Events> DecideDocuments(const v1::SessionState& state, const v1::Command& command,
                               int64_t now);

// --- helpers shared by the files above (decide.cc) ------------------------------------

// The sitting named by `sitting_id` (request field "sitting_id"): InvalidArgument for 0,
// NotFound for an id the session does not have.
Result<const v1::Sitting*> LookupSitting(const v1::SessionState& state, int64_t sitting_id);

// Same for agenda items (request field "item_id").
Result<const v1::AgendaItem*> LookupItem(const v1::SessionState& state, int64_t item_id);

// Same for delegates on the session's roster (request field "delegate_id").
Status CheckOnRoster(const v1::SessionState& state, int64_t delegate_id);

// "Phiên họp 2 «Phiên khai mạc»": how a sitting is named in messages.
std::string SittingName(const v1::Sitting& sitting);

// AgendaItemCompleted for the current item, if there is one: closing a session or moving
// to another item ends the current one first, so the log never has two CURRENT items.
void CompleteCurrentItem(const v1::SessionState& state, Events& events);

}  // namespace dienhong::decide_internal
