// Times as the session record writes them. Councils sit in Việt Nam, on UTC+7 all year
// (no daylight saving since 1975), so a fixed offset is exact and every export of the
// same log reads the same whatever the machine's TZ.
//
// Thread-safety: pure functions.
#pragma once

#include <google/protobuf/timestamp.pb.h>

#include <string>

namespace dienhong::records {

// "2025-07-12T08:00:00+07:00"; "" for an unset timestamp (0).
std::string IsoTime(const google::protobuf::Timestamp& ts);
std::string IsoTimeMicros(int64_t micros);

// From an IsoTime string: "08:00 ngày 12/7/2025", "08:00", "ngày 12 tháng 7 năm 2025";
// "" when `iso` is empty or not of that form.
std::string HallDateTime(const std::string& iso);
std::string HallClock(const std::string& iso);
std::string LongDate(const std::string& iso);

// "7 phút 5 giây", "45 giây", "0 giây".
std::string DurationText(int64_t seconds);

}  // namespace dienhong::records
