// Vietnamese names of the API's enums that more than one component shows to people (the
// server's error messages, dienhongctl's output). The Qt client has its own, translatable
// labels (qsTr); these are the untranslated Vietnamese originals.
//
// Thread-safety: pure functions returning static strings.
#pragma once

#include "dienhong/v1/council.pb.h"

namespace dienhong {

// e.g. "Thư ký kỳ họp"; "Không xác định" for an unknown value.
const char* RoleLabel(v1::Role role);

}  // namespace dienhong
