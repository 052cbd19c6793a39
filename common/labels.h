// Vietnamese names of the API's enums that more than one component shows to people (the
// server's error messages, dienhongctl's output). The Qt client has its own, translatable
// labels (qsTr); these are the untranslated Vietnamese originals.
//
// Thread-safety: pure functions returning static strings.
#pragma once

#include "dienhong/v1/council.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

// e.g. "Thư ký kỳ họp"; "Không xác định" for an unknown value.
const char* RoleLabel(v1::Role role);

// e.g. "Kỳ họp thường lệ", "Tờ trình", "có mặt" (session and sitting statuses:
// common/session_lookup.h).
const char* SessionKindLabel(v1::SessionKind kind);
const char* AgendaItemKindLabel(v1::AgendaItemKind kind);
const char* AttendanceStatusLabel(v1::AttendanceStatus status);

}  // namespace dienhong
