// Decide for sittings: PLANNED -> OPEN <-> SUSPENDED -> CLOSED, at most one sitting OPEN
// or SUSPENDED at a time. A closed sitting is never reopened: its minutes are final; the
// secretary adds a new sitting instead.
//
// The current agenda item is left alone when a sitting is suspended or closed: a
// discussion that runs over into the next sitting (common for chất vấn) continues there
// as the same item, without a completed/started pair in the log.
#include <string>

#include "common/decide_internal.h"
#include "common/session_lookup.h"
#include "common/validation.h"

namespace dienhong::decide_internal {
namespace {

Status WrongSittingStatus(const v1::Sitting& sitting, const std::string& what_to_do) {
  return Status::FailedPrecondition("sitting_id " + std::to_string(sitting.id()) + ": " +
                                    SittingName(sitting) + " " +
                                    SittingStatusLabel(sitting.status()) + ": " + what_to_do);
}

}  // namespace

Result<Events> OpenSitting(const v1::SessionState& state, const v1::OpenSitting& cmd) {
  if (state.status() == v1::SESSION_STATUS_DRAFT) {
    return Status::FailedPrecondition(
        "kỳ họp chưa được triệu tập: triệu tập kỳ họp trước khi mở phiên họp");
  }
  DH_ASSIGN_OR_RETURN(const v1::Sitting* sitting, LookupSitting(state, cmd.sitting_id()));
  if (sitting->status() != v1::SITTING_STATUS_PLANNED) {
    const char* hint = sitting->status() == v1::SITTING_STATUS_CLOSED
                           ? "phiên họp đã đóng không mở lại được; hãy thêm phiên họp mới"
                           : "phiên họp này đã được mở";
    return WrongSittingStatus(*sitting, hint);
  }
  if (const v1::Sitting* active = ActiveSitting(state)) {
    return Status::FailedPrecondition(SittingName(*active) + " " +
                                      SittingStatusLabel(active->status()) +
                                      ": đóng phiên họp đó trước khi mở phiên khác");
  }
  v1::Event e;
  e.mutable_sitting_opened()->set_sitting_id(sitting->id());
  Events events;
  events.push_back(std::move(e));
  return events;
}

Result<Events> SuspendSitting(const v1::SessionState& state, const v1::SuspendSitting& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::Sitting* sitting, LookupSitting(state, cmd.sitting_id()));
  if (sitting->status() != v1::SITTING_STATUS_OPEN) {
    return WrongSittingStatus(*sitting, "chỉ tạm dừng được phiên họp đang mở");
  }
  DH_ASSIGN_OR_RETURN(std::string reason,
                      CleanText(cmd.reason(), "reason", kMaxReasonChars, false, "lý do tạm dừng"));
  v1::Event e;
  e.mutable_sitting_suspended()->set_sitting_id(sitting->id());
  e.mutable_sitting_suspended()->set_reason(std::move(reason));
  Events events;
  events.push_back(std::move(e));
  return events;
}

Result<Events> ResumeSitting(const v1::SessionState& state, const v1::ResumeSitting& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::Sitting* sitting, LookupSitting(state, cmd.sitting_id()));
  if (sitting->status() != v1::SITTING_STATUS_SUSPENDED) {
    return WrongSittingStatus(*sitting, "chỉ tiếp tục được phiên họp đang tạm dừng");
  }
  v1::Event e;
  e.mutable_sitting_resumed()->set_sitting_id(sitting->id());
  Events events;
  events.push_back(std::move(e));
  return events;
}

Result<Events> CloseSitting(const v1::SessionState& state, const v1::CloseSitting& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::Sitting* sitting, LookupSitting(state, cmd.sitting_id()));
  if (sitting->status() != v1::SITTING_STATUS_OPEN &&
      sitting->status() != v1::SITTING_STATUS_SUSPENDED) {
    return WrongSittingStatus(*sitting, "chỉ đóng được phiên họp đang mở hoặc đang tạm dừng");
  }
  // A vote belongs to its sitting (eligibility is the sitting's attendance): closing the
  // sitting under it would leave ballots that no one can cast or count in that sitting.
  for (const auto& poll : state.polls()) {
    if (poll.status() == v1::POLL_STATUS_OPEN) {
      return Status::FailedPrecondition(
          "sitting_id " + std::to_string(sitting->id()) + ": đang biểu quyết (biểu quyết số " +
          std::to_string(poll.id()) + "); kết thúc hoặc hủy biểu quyết trước khi đóng phiên họp");
    }
  }
  v1::Event e;
  e.mutable_sitting_closed()->set_sitting_id(sitting->id());
  Events events;
  events.push_back(std::move(e));
  return events;
}

}  // namespace dienhong::decide_internal
