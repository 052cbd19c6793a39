#include "common/labels.h"

namespace dienhong {

const char* RoleLabel(v1::Role role) {
  switch (role) {
    case v1::ROLE_ADMINISTRATOR:
      return "Quản trị";
    case v1::ROLE_SECRETARY:
      return "Thư ký kỳ họp";
    case v1::ROLE_CHAIR:
      return "Chủ tọa";
    case v1::ROLE_DELEGATE:
      return "Đại biểu";
    case v1::ROLE_RESPONDENT:
      return "Người trả lời chất vấn";
    case v1::ROLE_DISPLAY:
      return "Màn hình lớn";
    case v1::ROLE_OBSERVER:
      return "Quan sát viên";
    default:
      return "Không xác định";
  }
}

const char* SessionKindLabel(v1::SessionKind kind) {
  switch (kind) {
    case v1::SESSION_KIND_REGULAR:
      return "Kỳ họp thường lệ";
    case v1::SESSION_KIND_THEMATIC:
      return "Kỳ họp chuyên đề";
    case v1::SESSION_KIND_EXTRAORDINARY:
      return "Kỳ họp bất thường";
    case v1::SESSION_KIND_EXPLANATION_HEARING:
      return "Phiên giải trình";
    case v1::SESSION_KIND_STANDING_COMMITTEE:
      return "Phiên họp Thường trực HĐND";
    case v1::SESSION_KIND_CONFERENCE:
      return "Hội nghị";
    default:
      return "Chưa rõ loại";
  }
}

const char* AgendaItemKindLabel(v1::AgendaItemKind kind) {
  switch (kind) {
    case v1::AGENDA_ITEM_KIND_REPORT:
      return "Báo cáo";
    case v1::AGENDA_ITEM_KIND_SUBMISSION:
      return "Tờ trình";
    case v1::AGENDA_ITEM_KIND_DRAFT_RESOLUTION:
      return "Dự thảo nghị quyết";
    case v1::AGENDA_ITEM_KIND_DISCUSSION:
      return "Thảo luận";
    case v1::AGENDA_ITEM_KIND_INTERPELLATION:
      return "Chất vấn";
    case v1::AGENDA_ITEM_KIND_VOTE:
      return "Biểu quyết";
    case v1::AGENDA_ITEM_KIND_OPENING:
      return "Khai mạc";
    case v1::AGENDA_ITEM_KIND_CLOSING:
      return "Bế mạc";
    case v1::AGENDA_ITEM_KIND_OTHER:
      return "Khác";
    default:
      return "Chưa rõ loại";
  }
}

const char* AttendanceStatusLabel(v1::AttendanceStatus status) {
  switch (status) {
    case v1::ATTENDANCE_STATUS_PRESENT:
      return "có mặt";
    case v1::ATTENDANCE_STATUS_ONLINE:
      return "tham dự trực tuyến";
    case v1::ATTENDANCE_STATUS_EXCUSED:
      return "vắng có lý do";
    case v1::ATTENDANCE_STATUS_ABSENT:
      return "vắng không có lý do";
    default:
      return "chưa điểm danh";
  }
}

}  // namespace dienhong
