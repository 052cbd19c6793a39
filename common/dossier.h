// The dossier checklist (hồ sơ của từng nội dung): for an agenda item, each paper the
// council's rules require, and whether it was sent on time, late (by how many days) or
// not at all; and the dossier rules themselves (their defaults and their validation).
//
// "Sent" is the first publication of the paper to the delegates (a draft upload is not
// sent). The deadline is a Vietnamese calendar day (UTC+7): the day of the session's
// planned opening (the earliest planned_start among its sittings) minus N days, N taken
// from the rules by the session's kind. A paper published on or before that day, at any
// hour, is on time, so "exactly N days before" is on time; the day after is one day late.
// With no planned opening, or N = 0, there is no deadline and any published paper is on
// time.
//
// Decide uses ForItem for the gate on OpenPoll (common/decide_voting.cc); the server,
// the clients and the records use it to show the checklist, so all agree.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/document.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

// Our defaults, NOT verified against the 2025 law or any council's rules of procedure;
// the secretariat checks them against the council's own rules and changes them
// (docs/documents.md): 7 days before a regular session, 3 before any other; a draft-
// resolution item needs a submission, a draft resolution and a verification report; a
// submission item a submission; a vote item a draft resolution.
v1::DossierRules DefaultDossierRules();

// Checks rules given by a client (`field` is the request path, e.g. "rules"): days
// between 0 and 90, each item kind at most once, document kinds named and not repeated.
// Returns them cleaned (requirements without any required paper dropped).
Result<v1::DossierRules> NormalizeDossierRules(const v1::DossierRules& rules,
                                               const std::string& field);

// The session's rules: its own copy, or the defaults for a session logged before it had
// one.
v1::DossierRules SessionDossierRules(const v1::SessionState& state);

// The earliest planned_start of the session's sittings, microseconds; nullopt when no
// sitting has one.
std::optional<int64_t> PlannedOpeningMicros(const v1::SessionState& state);

// The deadline as a day number (days since 1970-01-01, Vietnam calendar), or nullopt when
// there is none (no planned opening, or the rule for this session kind is 0).
std::optional<int64_t> DeadlineDay(const v1::SessionState& state);

// Days after the deadline day of a paper published at `published_micros` (Vietnam
// calendar): 0 when on time or when there is no deadline. For a version's own date in the
// records and lists; the checklist counts a paper from its first publication.
int32_t DaysLate(const v1::SessionState& state, int64_t published_micros);

// The checklist of one agenda item (item_id 0 or an unknown id: no requirements, so an
// empty, complete checklist). Lines follow the order of the rule's required kinds. Among
// several papers of a required kind, the one sent first counts; withdrawn drafts never do.
v1::DossierChecklist ForItem(const v1::SessionState& state, int64_t item_id);

// The checklists of every agenda item, in agenda order.
std::vector<v1::DossierChecklist> ForSession(const v1::SessionState& state);

// What is wrong, one line per defect in Vietnamese, e.g. "Báo cáo thẩm tra: thiếu",
// "Tờ trình: gửi muộn 2 ngày (hạn 05/07/2025)". Empty when complete.
std::vector<std::string> Defects(const v1::DossierChecklist& checklist);

}  // namespace dienhong
