// Decide for the agenda: which item the chair is on. At most one item is CURRENT; moving
// to another item completes the current one in the same decision, so the log always
// shows when each item ended.
#include <string>

#include "common/decide_internal.h"
#include "common/session_lookup.h"

namespace dienhong::decide_internal {

Result<Events> SetCurrentItem(const v1::SessionState& state, const v1::SetCurrentItem& cmd) {
  // Proceedings happen only while a sitting is open: a suspended sitting is a recess.
  const v1::Sitting* active = ActiveSitting(state);
  if (active == nullptr) {
    return Status::FailedPrecondition(
        "chưa có phiên họp nào đang mở: mở phiên họp trước khi chuyển nội dung chương trình");
  }
  if (active->status() != v1::SITTING_STATUS_OPEN) {
    return Status::FailedPrecondition(SittingName(*active) +
                                      " đang tạm dừng: tiếp tục phiên họp trước khi chuyển "
                                      "nội dung chương trình");
  }
  DH_ASSIGN_OR_RETURN(const v1::AgendaItem* item, LookupItem(state, cmd.item_id()));
  if (item->status() == v1::AGENDA_ITEM_STATUS_CURRENT || state.current_item_id() == item->id()) {
    return Status::FailedPrecondition("item_id " + std::to_string(item->id()) +
                                      ": nội dung này đang được tiến hành");
  }
  Events events;
  CompleteCurrentItem(state, events);
  v1::Event e;
  e.mutable_agenda_item_started()->set_item_id(item->id());
  e.mutable_agenda_item_started()->set_reopened(item->status() == v1::AGENDA_ITEM_STATUS_DONE);
  events.push_back(std::move(e));
  return events;
}

// Allowed whether or not a sitting is open: an item carried over a closed sitting can be
// marked done between sittings without opening one just for that.
Result<Events> CompleteItem(const v1::SessionState& state, const v1::CompleteItem& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::AgendaItem* item, LookupItem(state, cmd.item_id()));
  if (item->status() != v1::AGENDA_ITEM_STATUS_CURRENT) {
    return Status::FailedPrecondition("item_id " + std::to_string(item->id()) +
                                      ": chỉ kết thúc được nội dung đang tiến hành");
  }
  v1::Event e;
  e.mutable_agenda_item_completed()->set_item_id(item->id());
  Events events;
  events.push_back(std::move(e));
  return events;
}

}  // namespace dienhong::decide_internal
