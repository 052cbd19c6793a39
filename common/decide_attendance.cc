// Decide for attendance (điểm danh), recorded per sitting. Delegates check themselves in
// while a sitting is open; secretaries record or correct anyone's attendance in any sitting
// that has opened, including after it closed (minutes get corrected afterwards).
//
// Repeating what is already recorded is a no-op that returns no events: tablets re-send
// check-ins after a Wi-Fi drop, and the log should not fill with duplicates.
#include <string>

#include "common/decide_internal.h"
#include "common/session_lookup.h"
#include "common/validation.h"

namespace dienhong::decide_internal {
namespace {

Events Recorded(int64_t sitting_id, int64_t delegate_id, v1::AttendanceStatus status,
                std::string reason, bool correction) {
  v1::Event e;
  v1::AttendanceRecorded* body = e.mutable_attendance_recorded();
  body->set_sitting_id(sitting_id);
  body->set_delegate_id(delegate_id);
  body->set_status(status);
  body->set_reason(std::move(reason));
  body->set_correction(correction);
  Events events;
  events.push_back(std::move(e));
  return events;
}

// The sitting a secretary's record goes to: the one named, or the active one for 0.
Result<const v1::Sitting*> TargetSitting(const v1::SessionState& state, int64_t sitting_id) {
  if (sitting_id == 0) {
    const v1::Sitting* active = ActiveSitting(state);
    if (active == nullptr) {
      return Status::FailedPrecondition(
          "sitting_id: không có phiên họp nào đang mở; hãy chọn phiên họp cần ghi điểm danh");
    }
    return active;
  }
  DH_ASSIGN_OR_RETURN(const v1::Sitting* sitting, LookupSitting(state, sitting_id));
  if (sitting->status() == v1::SITTING_STATUS_PLANNED) {
    return Status::FailedPrecondition("sitting_id " + std::to_string(sitting_id) + ": " +
                                      SittingName(*sitting) +
                                      " chưa mở: chỉ điểm danh được phiên họp đã mở");
  }
  return sitting;
}

}  // namespace

Result<Events> CheckIn(const v1::SessionState& state, const v1::CheckIn& cmd) {
  v1::AttendanceStatus status = cmd.status();
  if (status == v1::ATTENDANCE_STATUS_UNSPECIFIED) status = v1::ATTENDANCE_STATUS_PRESENT;
  if (status != v1::ATTENDANCE_STATUS_PRESENT && status != v1::ATTENDANCE_STATUS_ONLINE) {
    return Status::InvalidArgument(
        "status: đại biểu tự điểm danh chỉ chọn được có mặt hoặc tham dự trực tuyến");
  }
  const v1::Sitting* active = ActiveSitting(state);
  if (active == nullptr) {
    return Status::FailedPrecondition(
        "chưa có phiên họp nào đang mở: chờ chủ tọa khai mạc phiên họp rồi điểm danh");
  }
  if (active->status() != v1::SITTING_STATUS_OPEN) {
    return Status::FailedPrecondition(SittingName(*active) +
                                      " đang tạm dừng: điểm danh khi phiên họp tiếp tục, hoặc "
                                      "nhờ thư ký ghi điểm danh");
  }
  DH_RETURN_IF_ERROR(CheckOnRoster(state, cmd.delegate_id()));

  const v1::AttendanceRecord* existing = FindAttendance(*active, cmd.delegate_id());
  if (existing != nullptr && existing->status() == status) return Events{};
  // A delegate the secretary marked absent or excused who then turns up is simply present
  // now: that is an arrival, not a correction of the record.
  return Recorded(active->id(), cmd.delegate_id(), status, "", /*correction=*/false);
}

Result<Events> RecordAttendance(const v1::SessionState& state, const v1::RecordAttendance& cmd) {
  if (cmd.status() == v1::ATTENDANCE_STATUS_UNSPECIFIED ||
      !v1::AttendanceStatus_IsValid(cmd.status())) {
    return Status::InvalidArgument(
        "status: chưa chọn tình trạng tham dự (có mặt, trực tuyến, vắng có lý do, vắng)");
  }
  DH_ASSIGN_OR_RETURN(std::string reason,
                      CleanText(cmd.reason(), "reason", kMaxReasonChars, false, "lý do"));
  if (cmd.status() == v1::ATTENDANCE_STATUS_EXCUSED && reason.empty()) {
    return Status::InvalidArgument("reason: vắng có lý do thì phải ghi rõ lý do vắng");
  }
  DH_RETURN_IF_ERROR(CheckOnRoster(state, cmd.delegate_id()));
  DH_ASSIGN_OR_RETURN(const v1::Sitting* sitting, TargetSitting(state, cmd.sitting_id()));

  const v1::AttendanceRecord* existing = FindAttendance(*sitting, cmd.delegate_id());
  if (existing != nullptr && existing->status() == cmd.status() && existing->reason() == reason) {
    return Events{};
  }
  return Recorded(sitting->id(), cmd.delegate_id(), cmd.status(), std::move(reason),
                  /*correction=*/existing != nullptr);
}

}  // namespace dienhong::decide_internal
