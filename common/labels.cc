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

}  // namespace dienhong
