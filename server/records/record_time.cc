#include "server/records/record_time.h"

#include <cstdio>
#include <ctime>

namespace dienhong::records {
namespace {

constexpr int64_t kOffsetSeconds = 7 * 3600;

struct Parts {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
};

bool Parse(const std::string& iso, Parts& p) {
  return std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &p.year, &p.month, &p.day, &p.hour,
                     &p.minute, &p.second) == 6;
}

}  // namespace

std::string IsoTimeMicros(int64_t micros) {
  if (micros == 0) return "";
  // Floor division: whole seconds (a record shows no fractions of a second).
  int64_t seconds = micros / 1'000'000;
  if (micros < 0 && micros % 1'000'000 != 0) --seconds;
  const std::time_t local = static_cast<std::time_t>(seconds + kOffsetSeconds);
  std::tm tm{};
  gmtime_r(&local, &tm);
  char buf[80];  // room for any int the fields could hold, so nothing is ever cut
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string IsoTime(const google::protobuf::Timestamp& ts) {
  return IsoTimeMicros(ts.seconds() * 1'000'000 + ts.nanos() / 1000);
}

std::string HallClock(const std::string& iso) {
  Parts p;
  if (!Parse(iso, p)) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", p.hour, p.minute);
  return buf;
}

std::string HallDateTime(const std::string& iso) {
  Parts p;
  if (!Parse(iso, p)) return "";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%02d:%02d ngày %d/%d/%d", p.hour, p.minute, p.day, p.month,
                p.year);
  return buf;
}

std::string LongDate(const std::string& iso) {
  Parts p;
  if (!Parse(iso, p)) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "ngày %d tháng %d năm %d", p.day, p.month, p.year);
  return buf;
}

std::string DurationText(int64_t seconds) {
  if (seconds < 0) seconds = 0;
  const int64_t h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60;
  std::string out;
  if (h > 0) out += std::to_string(h) + " giờ ";
  if (m > 0) out += std::to_string(m) + " phút ";
  if (s > 0 || out.empty()) out += std::to_string(s) + " giây ";
  out.pop_back();
  return out;
}

}  // namespace dienhong::records
