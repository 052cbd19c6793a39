#include "common/calendar.h"

#include <cstdio>

namespace dienhong {
namespace {

bool Digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
}

int64_t LocalDayNumber(int64_t micros) {
  const int64_t seconds = micros / 1000000 + kVietnamUtcOffsetSeconds;
  return seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
}

std::optional<int64_t> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const std::string_view ys = text.substr(0, 4), ms = text.substr(5, 2), ds = text.substr(8, 2);
  if (!Digits(ys) || !Digits(ms) || !Digits(ds)) return std::nullopt;
  const int64_t y = std::stoi(std::string(ys));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(ms)));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(ds)));
  if (y < 1970 || m < 1 || m > 12 || d < 1) return std::nullopt;
  const int64_t day = DaysFromCivil(y, m, d);
  // A day past the month's end (31 April, 29 February 2026) comes back as another month.
  int64_t y2 = 0;
  unsigned m2 = 0, d2 = 0;
  CivilFromDays(day, y2, m2, d2);
  if (y2 != y || m2 != m || d2 != d) return std::nullopt;
  return day;
}

std::string FormatIsoDate(int64_t day_number) {
  int64_t y = 0;
  unsigned m = 0, d = 0;
  CivilFromDays(day_number, y, m, d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

std::string FormatVietnameseDate(int64_t day_number) {
  int64_t y = 0;
  unsigned m = 0, d = 0;
  CivilFromDays(day_number, y, m, d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04lld", d, m, static_cast<long long>(y));
  return buf;
}

std::string VietnameseDateFromIso(std::string_view iso) {
  const std::optional<int64_t> day = ParseIsoDate(iso);
  return day ? FormatVietnameseDate(*day) : std::string(iso);
}

}  // namespace dienhong
