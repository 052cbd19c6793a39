#include "tools/dienhongctl/names.h"

#include <utility>

namespace dienhong::ctl {
namespace {

template <typename E, size_t N>
std::optional<E> Lookup(const std::pair<std::string_view, E> (&table)[N], std::string_view w) {
  for (const auto& [word, value] : table) {
    if (word == w) return value;
  }
  return std::nullopt;
}

constexpr std::pair<std::string_view, v1::Role> kRoles[] = {
    {"admin", v1::ROLE_ADMINISTRATOR},   {"secretary", v1::ROLE_SECRETARY},
    {"chair", v1::ROLE_CHAIR},           {"delegate", v1::ROLE_DELEGATE},
    {"respondent", v1::ROLE_RESPONDENT}, {"display", v1::ROLE_DISPLAY},
    {"observer", v1::ROLE_OBSERVER},
};
constexpr std::pair<std::string_view, v1::CouncilLevel> kLevels[] = {
    {"province", v1::COUNCIL_LEVEL_PROVINCE},
    {"district", v1::COUNCIL_LEVEL_DISTRICT},
    {"commune", v1::COUNCIL_LEVEL_COMMUNE},
};
constexpr std::pair<std::string_view, v1::SessionKind> kSessionKinds[] = {
    {"regular", v1::SESSION_KIND_REGULAR},
    {"thematic", v1::SESSION_KIND_THEMATIC},
    {"extraordinary", v1::SESSION_KIND_EXTRAORDINARY},
    {"explanation_hearing", v1::SESSION_KIND_EXPLANATION_HEARING},
    {"standing_committee", v1::SESSION_KIND_STANDING_COMMITTEE},
    {"conference", v1::SESSION_KIND_CONFERENCE},
};
constexpr std::pair<std::string_view, v1::AgendaItemKind> kItemKinds[] = {
    {"report", v1::AGENDA_ITEM_KIND_REPORT},
    {"submission", v1::AGENDA_ITEM_KIND_SUBMISSION},
    {"draft_resolution", v1::AGENDA_ITEM_KIND_DRAFT_RESOLUTION},
    {"discussion", v1::AGENDA_ITEM_KIND_DISCUSSION},
    {"interpellation", v1::AGENDA_ITEM_KIND_INTERPELLATION},
    {"vote", v1::AGENDA_ITEM_KIND_VOTE},
    {"opening", v1::AGENDA_ITEM_KIND_OPENING},
    {"closing", v1::AGENDA_ITEM_KIND_CLOSING},
    {"other", v1::AGENDA_ITEM_KIND_OTHER},
};
constexpr std::pair<std::string_view, v1::AttendanceStatus> kAttendance[] = {
    {"present", v1::ATTENDANCE_STATUS_PRESENT},
    {"online", v1::ATTENDANCE_STATUS_ONLINE},
    {"excused", v1::ATTENDANCE_STATUS_EXCUSED},
    {"absent", v1::ATTENDANCE_STATUS_ABSENT},
};

}  // namespace

std::optional<v1::Role> ParseRole(std::string_view w) { return Lookup(kRoles, w); }
std::optional<v1::CouncilLevel> ParseCouncilLevel(std::string_view w) { return Lookup(kLevels, w); }
std::optional<v1::SessionKind> ParseSessionKind(std::string_view w) {
  return Lookup(kSessionKinds, w);
}
std::optional<v1::AgendaItemKind> ParseAgendaItemKind(std::string_view w) {
  return Lookup(kItemKinds, w);
}
std::optional<v1::AttendanceStatus> ParseAttendanceStatus(std::string_view w) {
  return Lookup(kAttendance, w);
}

const char* RoleWords() { return "admin|secretary|chair|delegate|respondent|display|observer"; }
const char* CouncilLevelWords() { return "province|district|commune"; }
const char* SessionKindWords() {
  return "regular|thematic|extraordinary|explanation_hearing|standing_committee|conference";
}
const char* AgendaItemKindWords() {
  return "report|submission|draft_resolution|discussion|interpellation|vote|opening|closing|"
         "other";
}
const char* AttendanceStatusWords() { return "present|online|excused|absent"; }

const char* CouncilLevelLabel(v1::CouncilLevel level) {
  switch (level) {
    case v1::COUNCIL_LEVEL_PROVINCE:
      return "cấp tỉnh";
    case v1::COUNCIL_LEVEL_DISTRICT:
      return "cấp huyện";
    case v1::COUNCIL_LEVEL_COMMUNE:
      return "cấp xã";
    default:
      return "chưa rõ cấp";
  }
}

const char* SessionStatusLabel(v1::SessionStatus status) {
  switch (status) {
    case v1::SESSION_STATUS_DRAFT:
      return "đang chuẩn bị";
    case v1::SESSION_STATUS_CONVENED:
      return "đã triệu tập";
    case v1::SESSION_STATUS_IN_PROGRESS:
      return "đang họp";
    case v1::SESSION_STATUS_CLOSED:
      return "đã bế mạc";
    default:
      return "chưa rõ";
  }
}

const char* SittingStatusLabel(v1::SittingStatus status) {
  switch (status) {
    case v1::SITTING_STATUS_PLANNED:
      return "dự kiến";
    case v1::SITTING_STATUS_OPEN:
      return "đang họp";
    case v1::SITTING_STATUS_SUSPENDED:
      return "tạm dừng";
    case v1::SITTING_STATUS_CLOSED:
      return "đã kết thúc";
    default:
      return "chưa rõ";
  }
}

const char* AgendaItemStatusLabel(v1::AgendaItemStatus status) {
  switch (status) {
    case v1::AGENDA_ITEM_STATUS_PENDING:
      return "chưa đến";
    case v1::AGENDA_ITEM_STATUS_CURRENT:
      return "đang thực hiện";
    case v1::AGENDA_ITEM_STATUS_DONE:
      return "đã xong";
    default:
      return "chưa rõ";
  }
}

}  // namespace dienhong::ctl
