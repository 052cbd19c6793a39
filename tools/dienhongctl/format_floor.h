// Text of floor events, the request list and the statistics for dienhongctl (tail,
// floor list, floor stats). Names come from the SessionState the caller keeps.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>

#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/floor.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::ctl {

// The description of a floor event ("đăng ký phát biểu: Trần Thị B (số 3)"); empty for
// other events.
std::string DescribeFloorEvent(const v1::Event& event, const v1::SessionState& state);

// The open turns and the waiting list of the current item, several lines; `now_micros`
// gives the remaining time of running turns.
std::string FormatFloorList(const v1::SessionState& state, int64_t now_micros);

// Statistics, several lines.
std::string FormatFloorStatistics(const v1::FloorStatistics& stats);

// "7 phút", "2 phút 30 giây", "45 giây".
std::string FormatDuration(int64_t seconds);

}  // namespace dienhong::ctl
