// Reading and writing times as people type and read them in Việt Nam.
//
// Councils sit in Việt Nam, which has used UTC+7 all year since 1975 (no daylight saving),
// so a fixed offset is exact and keeps output independent of the machine's TZ setting:
// a script run on a UTC server prints the same hall times as the secretary's laptop.
//
// Thread-safety: pure functions.
#pragma once

#include <google/protobuf/timestamp.pb.h>

#include <optional>
#include <string>
#include <string_view>

namespace dienhong::ctl {

inline constexpr int kVietnamOffsetMinutes = 7 * 60;

// Parses ISO 8601 "YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM|-HH:MM]" (a space may replace the 'T').
// Without an offset the time is taken as Việt Nam time (UTC+7). nullopt when malformed.
std::optional<google::protobuf::Timestamp> ParseIsoTime(std::string_view text);

// "2026-11-22 15:40:03" at the given offset from UTC.
std::string FormatTime(const google::protobuf::Timestamp& ts,
                       int offset_minutes = kVietnamOffsetMinutes);

}  // namespace dienhong::ctl
