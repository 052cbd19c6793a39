// Calendar days for due dates (commitments, written answers): "YYYY-MM-DD" in Vietnam's
// time zone (UTC+7 all year, no daylight saving), so "overdue" means the same day for the
// server, every client and the tests whatever the machine's zone.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dienhong {

inline constexpr int64_t kVietnamUtcOffsetSeconds = 7 * 3600;

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar,
// independent of the C library's time zone state): day number <-> year, month, day.
int64_t DaysFromCivil(int64_t year, unsigned month, unsigned day);
void CivilFromDays(int64_t day_number, int64_t& year, unsigned& month, unsigned& day);

// Day number (days since 1970-01-01) of the Vietnamese calendar day at `micros` since the
// Unix epoch.
int64_t LocalDayNumber(int64_t micros);

// Day number of an exact "YYYY-MM-DD" (years 1970-9999, a real day of that month), or
// nullopt.
std::optional<int64_t> ParseIsoDate(std::string_view text);

// "YYYY-MM-DD" of a day number: for the wire, the CSV and JSON records and the log.
std::string FormatIsoDate(int64_t day_number);

// "dd/mm/yyyy" of a day number: how Vietnamese text writes a date (the minutes, messages,
// screens).
std::string FormatVietnameseDate(int64_t day_number);

// An ISO date ("YYYY-MM-DD") as "dd/mm/yyyy"; anything else unchanged (an empty date stays
// empty).
std::string VietnameseDateFromIso(std::string_view iso);

}  // namespace dienhong
