// Human-readable Vietnamese text for what dienhongctl prints: one line per event of the
// live stream, the quorum line, and the summaries of councils, delegates and sessions.
//
// Names (delegates, sittings, items) are looked up in the SessionState the caller keeps,
// so an event line reads "điểm danh: Trần Thị B — có mặt" rather than "delegate 17".
//
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "dienhong/v1/council.pb.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"
#include "dienhong/v1/session_service.pb.h"

namespace dienhong::ctl {

// "#12 2026-11-22 15:40:03 Nguyễn Văn A (Chủ tọa): mở phiên họp 1 “Phiên khai mạc”".
// `state` should already include the event (titles of items it adds are then known).
std::string FormatEventLine(const v1::Event& event, const v1::SessionState& state);

// Only the part after the colon: "mở phiên họp 1 “Phiên khai mạc”".
std::string DescribeEvent(const v1::Event& event, const v1::SessionState& state);

// "Nguyễn Văn A (Chủ tọa)", or "hệ thống" for the server itself.
std::string FormatActor(const v1::Actor& actor);

// "túc số phiên họp 1: 21/30 đại biểu tham dự (có mặt 19, trực tuyến 2, vắng có lý do 3,
// vắng 6), cần 20 — đủ túc số".
std::string FormatQuorum(const v1::QuorumStatus& q);

// "2/3" / "trên 1/2" / "từ 2/3 trở lên".
std::string FormatFraction(const v1::Fraction& f);

// One line per council / delegate / session summary / account, for list commands.
std::string FormatCouncilLine(const v1::Council& c);
std::string FormatDelegateLine(const v1::Delegate& d);
std::string FormatSessionSummaryLine(const v1::SessionSummary& s);
std::string FormatAccountLine(const v1::Account& a);

// Multi-line overview of a session for `session show`.
std::string FormatSessionState(const v1::SessionState& s);

// Name of a delegate from the roster, or "đại biểu #17" when unknown.
std::string DelegateName(const v1::SessionState& state, int64_t delegate_id);

}  // namespace dienhong::ctl
