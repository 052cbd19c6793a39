// Decide for the floor: requests, the chair's control of the list and of turns, the
// session's rules of procedure, and the server clock's overrun records. Ordering and
// limits are in common/floor.h; docs/floor.md explains them to people.
//
// Times in the bodies (requested_at, started_at, ended_at, pauses, overrun) are the
// command's now_micros: the server sets it from its own clock, so every client shows the
// same countdown and the deadlines can be re-checked here.
#include <algorithm>
#include <string>

#include "common/decide_internal.h"
#include "common/floor.h"
#include "common/interpellation.h"
#include "common/quotas.h"
#include "common/session_lookup.h"
#include "common/validation.h"

namespace dienhong::decide_internal {
namespace {

constexpr int32_t kMaxExtensionSeconds = 3600;

Events One(v1::Event e) {
  Events events;
  events.push_back(std::move(e));
  return events;
}

std::string RequestName(int64_t id) { return "yêu cầu phát biểu số " + std::to_string(id); }
std::string TurnName(int64_t id) { return "lượt phát biểu số " + std::to_string(id); }

// The item requests and grants are about: the current one, while a sitting is open or
// suspended (requests may be made during a break; grants need the sitting open).
Result<int64_t> CurrentItem(const v1::SessionState& state, bool need_open, const char* what) {
  const v1::Sitting* active = ActiveSitting(state);
  if (active == nullptr) {
    return Status::FailedPrecondition(std::string("chưa có phiên họp nào đang mở: ") + what +
                                      " khi phiên họp đang diễn ra");
  }
  if (need_open && active->status() != v1::SITTING_STATUS_OPEN) {
    return Status::FailedPrecondition(SittingName(*active) + " đang tạm dừng: " + what +
                                      " khi phiên họp tiếp tục");
  }
  if (state.current_item_id() == 0) {
    return Status::FailedPrecondition(
        std::string("chưa có nội dung chương trình nào đang tiến hành: ") + what +
        " khi chủ tọa chuyển sang một nội dung");
  }
  return state.current_item_id();
}

const char* RequestStatusText(v1::FloorRequestStatus status) {
  switch (status) {
    case v1::FLOOR_REQUEST_STATUS_WAITING:
      return "đang chờ";
    case v1::FLOOR_REQUEST_STATUS_GRANTED:
      return "đã được trao lời";
    case v1::FLOOR_REQUEST_STATUS_WITHDRAWN:
      return "đã được rút";
    case v1::FLOOR_REQUEST_STATUS_REMOVED:
      return "đã bị gỡ khỏi danh sách";
    default:
      return "không rõ trạng thái";
  }
}

// The waiting request named by `id` (request field "request_id").
Result<const v1::FloorRequest*> WaitingRequest(const v1::SessionState& state, int64_t id) {
  if (id <= 0) return Status::InvalidArgument("request_id: chưa chọn yêu cầu phát biểu");
  const v1::FloorRequest* r = FindFloorRequest(state.floor(), id);
  if (r == nullptr) {
    return Status::NotFound("request_id " + std::to_string(id) +
                            ": không có yêu cầu phát biểu này trong kỳ họp");
  }
  if (r->status() != v1::FLOOR_REQUEST_STATUS_WAITING) {
    return Status::FailedPrecondition("request_id " + std::to_string(id) + ": " + RequestName(id) +
                                      " " + RequestStatusText(r->status()));
  }
  return r;
}

// The open turn named by `id`, or the only open turn for 0 (request field "turn_id").
Result<const v1::Turn*> OpenTurn(const v1::SessionState& state, int64_t id) {
  const v1::FloorState& floor = state.floor();
  if (id == 0) {
    const v1::Turn* only = nullptr;
    int open = 0;
    for (const auto& t : floor.turns()) {
      if (TurnOpen(t)) {
        only = &t;
        ++open;
      }
    }
    if (open == 0) return Status::FailedPrecondition("turn_id: không có ai đang phát biểu");
    if (open > 1) {
      return Status::InvalidArgument("turn_id: đang có " + std::to_string(open) +
                                     " lượt phát biểu; hãy chọn lượt cần thao tác");
    }
    return only;
  }
  if (id < 0) return Status::InvalidArgument("turn_id: số lượt phát biểu không hợp lệ");
  const v1::Turn* t = FindTurn(floor, id);
  if (t == nullptr) {
    return Status::NotFound("turn_id " + std::to_string(id) +
                            ": không có lượt phát biểu này trong kỳ họp");
  }
  if (!TurnOpen(*t)) {
    return Status::FailedPrecondition("turn_id " + std::to_string(id) + ": " + TurnName(id) +
                                      " đã kết thúc");
  }
  return t;
}

// How many waiting requests `speaker` has of `kind` on `item_id`.
int WaitingOfKind(const v1::FloorState& floor, const v1::Speaker& speaker, v1::FloorKind kind,
                  int64_t item_id) {
  int n = 0;
  for (int64_t id : floor.queue()) {
    const v1::FloorRequest* r = FindFloorRequest(floor, id);
    if (r != nullptr && r->kind() == kind && r->item_id() == item_id &&
        SameSpeaker(r->speaker(), speaker)) {
      ++n;
    }
  }
  return n;
}

Status CheckRoomOnList(const v1::SessionState& state, const v1::FloorRules& rules,
                       const v1::Speaker& speaker, v1::FloorKind kind, int64_t item_id) {
  const int same = WaitingOfKind(state.floor(), speaker, kind, item_id);
  if (same >= rules.max_waiting_per_kind()) {
    return Status::FailedPrecondition("kind: " + speaker.name() + " đã có " + std::to_string(same) +
                                      " đăng ký " + FloorKindLabel(kind) +
                                      " đang chờ cho nội dung này (nội quy cho phép " +
                                      std::to_string(rules.max_waiting_per_kind()) + ")");
  }
  if (state.floor().queue_size() >= rules.max_waiting()) {
    return Status::FailedPrecondition("danh sách đăng ký phát biểu đã đủ " +
                                      std::to_string(rules.max_waiting()) + " người chờ");
  }
  return Status::Ok();
}

v1::Event Requested(const v1::SessionState& state, v1::FloorRequest request, int64_t now) {
  request.set_id(state.floor().requests_size() + 1);
  request.set_status(v1::FLOOR_REQUEST_STATUS_WAITING);
  // Decide gives the only event of this command seq last_seq + 1.
  request.set_requested_seq(state.last_seq() + 1);
  *request.mutable_requested_at() = MicrosTimestamp(now);
  v1::Event e;
  e.mutable_floor_requested()->set_queue_index(QueueInsertIndex(state.floor(), request));
  *e.mutable_floor_requested()->mutable_request() = std::move(request);
  return e;
}

// Whether `speaker` (a delegate) asked one of the questions `turn` covers.
bool AsksAnyOf(const v1::SessionState& state, const v1::Speaker& speaker, const v1::Turn& turn) {
  if (speaker.delegate_id() == 0) return false;
  for (int64_t id : turn.question_ids()) {
    const v1::Question* q = FindQuestion(state, id);
    if (q != nullptr && q->delegate_id() == speaker.delegate_id()) return true;
  }
  return false;
}

v1::Speaker DelegateSpeaker(const v1::RosterEntry& entry) {
  v1::Speaker s;
  s.set_delegate_id(entry.delegate_id());
  s.set_name(entry.full_name());
  s.set_delegate_group(entry.delegate_group());
  return s;
}

Status CheckRoomForTurn(const v1::FloorState& floor, const v1::FloorRules& rules) {
  const int open = CountedOpenTurns(floor);
  if (open >= rules.max_open_turns()) {
    return Status::FailedPrecondition(
        "đang có " + std::to_string(open) + " lượt phát biểu; nội quy cho phép tối đa " +
        std::to_string(rules.max_open_turns()) +
        " lượt cùng lúc: kết thúc lượt đang phát biểu trước khi trao lời");
  }
  return Status::Ok();
}

// `field` names the request field that chose the speaker.
Status CheckNotSpeaking(const v1::FloorState& floor, const v1::Speaker& speaker,
                        const std::string& field) {
  for (const auto& t : floor.turns()) {
    if (TurnOpen(t) && SameSpeaker(t.speaker(), speaker)) {
      return Status::FailedPrecondition(field + ": " + speaker.name() + " đang phát biểu (" +
                                        TurnName(t.id()) + ")");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<v1::Event> BeginCalledTurn(const v1::SessionState& state, const v1::Speaker& speaker,
                                  v1::FloorKind kind, const std::string& field,
                                  std::vector<int64_t> question_ids, int64_t replies_to_turn_id,
                                  int64_t now) {
  DH_ASSIGN_OR_RETURN(int64_t item_id, CurrentItem(state, true, "mời phát biểu"));
  const v1::FloorState& floor = state.floor();
  const v1::FloorRules rules = EffectiveFloorRules(state);
  DH_RETURN_IF_ERROR(CheckRoomForTurn(floor, rules));
  DH_RETURN_IF_ERROR(CheckNotSpeaking(floor, speaker, field));
  v1::Turn turn;
  turn.set_id(floor.turns_size() + 1);
  turn.set_item_id(item_id);
  turn.set_sitting_id(ActiveSitting(state)->id());
  *turn.mutable_started_at() = MicrosTimestamp(now);
  turn.set_kind(kind);
  *turn.mutable_speaker() = speaker;
  turn.set_replies_to_turn_id(replies_to_turn_id);
  turn.set_limit_seconds(TurnLimitSeconds(rules, kind, false));
  turn.set_warning_seconds(rules.warning_seconds() < turn.limit_seconds() ? rules.warning_seconds()
                                                                          : 0);
  for (int64_t id : question_ids) turn.add_question_ids(id);
  v1::Event e;
  *e.mutable_turn_started()->mutable_turn() = std::move(turn);
  return e;
}

Result<Events> RequestFloor(const v1::SessionState& state, const v1::RequestFloor& cmd,
                            int64_t now) {
  const v1::FloorKind kind = cmd.kind();
  if (kind == v1::FLOOR_KIND_UNSPECIFIED || !v1::FloorKind_IsValid(kind) ||
      kind == v1::FLOOR_KIND_CHAIR) {
    return Status::InvalidArgument(
        "kind: chọn loại đăng ký: phát biểu, tranh luận, kiến nghị về thủ tục hoặc trả lời");
  }
  if (kind == v1::FLOOR_KIND_PRESENTATION) {
    return Status::InvalidArgument(
        "kind: tham luận do thư ký đăng ký trước theo thứ tự (RegisterPresentation)");
  }
  if (kind == v1::FLOOR_KIND_QUESTION || kind == v1::FLOOR_KIND_FOLLOW_UP) {
    return Status::InvalidArgument(
        "kind: chất vấn và hỏi thêm do chủ tọa mời theo phiếu chất vấn (CallQuestioner)");
  }
  v1::Speaker speaker;
  if (cmd.speaker().delegate_id() != 0) {
    DH_RETURN_IF_ERROR(CheckOnRoster(state, cmd.speaker().delegate_id()));
    speaker = DelegateSpeaker(*FindRosterEntry(state, cmd.speaker().delegate_id()));
    if (kind == v1::FLOOR_KIND_RESPONDENT_ANSWER) {
      return Status::InvalidArgument(
          "kind: đăng ký trả lời dành cho người trả lời chất vấn / giải trình, không dành cho "
          "đại biểu");
    }
  } else {
    if (cmd.speaker().account_id() <= 0) {
      return Status::InvalidArgument("speaker: chưa rõ người đăng ký phát biểu");
    }
    if (kind != v1::FLOOR_KIND_RESPONDENT_ANSWER) {
      return Status::InvalidArgument(
          "kind: người không phải đại biểu chỉ đăng ký được trả lời (respondent_answer)");
    }
    speaker.set_account_id(cmd.speaker().account_id());
    DH_ASSIGN_OR_RETURN(*speaker.mutable_name(),
                        CleanText(cmd.speaker().name(), "speaker.name", kMaxPersonNameChars, false,
                                  "họ tên người phát biểu"));
  }
  DH_ASSIGN_OR_RETURN(std::string topic,
                      CleanText(cmd.topic(), "topic", kMaxTopicChars, false, "nội dung"));
  DH_RETURN_IF_ERROR(CheckFloorRequestQuota(state, speaker.delegate_id(), speaker.account_id(),
                                            Utf8Length(topic)));
  DH_ASSIGN_OR_RETURN(int64_t item_id, CurrentItem(state, false, "đăng ký phát biểu"));
  if (state.floor().list_closed() && kind != v1::FLOOR_KIND_POINT_OF_ORDER) {
    return Status::FailedPrecondition(
        "chủ tọa đã khóa danh sách đăng ký phát biểu; chỉ còn nhận kiến nghị về thủ tục");
  }

  v1::FloorRequest request;
  request.set_kind(kind);
  request.set_item_id(item_id);
  request.set_topic(std::move(topic));
  const int64_t replies_to = cmd.replies_to_turn_id();
  if (kind == v1::FLOOR_KIND_DEBATE && replies_to == 0) {
    return Status::InvalidArgument(
        "replies_to_turn_id: tranh luận phải nêu lượt phát biểu được tranh luận");
  }
  if (replies_to != 0) {
    if (kind != v1::FLOOR_KIND_DEBATE && kind != v1::FLOOR_KIND_RESPONDENT_ANSWER) {
      return Status::InvalidArgument(
          "replies_to_turn_id: chỉ tranh luận hoặc trả lời mới nêu lượt phát biểu trước");
    }
    const v1::Turn* answered = FindTurn(state.floor(), replies_to);
    if (replies_to < 0 || answered == nullptr) {
      return Status::NotFound("replies_to_turn_id " + std::to_string(replies_to) +
                              ": không có lượt phát biểu này trong kỳ họp");
    }
    if (answered->item_id() != item_id) {
      return Status::FailedPrecondition("replies_to_turn_id " + std::to_string(replies_to) +
                                        ": lượt phát biểu đó thuộc nội dung khác");
    }
    if (SameSpeaker(answered->speaker(), speaker)) {
      return Status::FailedPrecondition("replies_to_turn_id " + std::to_string(replies_to) +
                                        ": không tranh luận với chính lượt phát biểu của mình");
    }
    request.set_replies_to_turn_id(replies_to);
    // The original questioner: the named turn answered this speaker's earlier turn, or
    // one of the written questions it answered is theirs.
    if (kind == v1::FLOOR_KIND_DEBATE) {
      bool original_questioner = false;
      if (answered->replies_to_turn_id() != 0) {
        const v1::Turn* original = FindTurn(state.floor(), answered->replies_to_turn_id());
        original_questioner = original != nullptr && SameSpeaker(original->speaker(), speaker);
      }
      original_questioner = original_questioner || AsksAnyOf(state, speaker, *answered);
      request.set_priority(original_questioner);
    }
  }
  const v1::FloorRules rules = EffectiveFloorRules(state);
  DH_RETURN_IF_ERROR(CheckRoomOnList(state, rules, speaker, kind, item_id));
  *request.mutable_speaker() = std::move(speaker);
  return One(Requested(state, std::move(request), now));
}

Result<Events> WithdrawFloorRequest(const v1::SessionState& state,
                                    const v1::WithdrawFloorRequest& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::FloorRequest* r, WaitingRequest(state, cmd.request_id()));
  if (!SameSpeaker(r->speaker(), cmd.speaker())) {
    return Status::PermissionDenied("request_id " + std::to_string(r->id()) +
                                    ": chỉ người đăng ký mới rút được đăng ký của mình");
  }
  v1::Event e;
  e.mutable_floor_request_withdrawn()->set_request_id(r->id());
  return One(std::move(e));
}

Result<Events> RegisterPresentation(const v1::SessionState& state,
                                    const v1::RegisterPresentation& cmd, int64_t now) {
  int64_t item_id = cmd.item_id();
  if (item_id == 0) {
    item_id = state.current_item_id();
    if (item_id == 0) {
      return Status::InvalidArgument(
          "item_id: chưa có nội dung nào đang tiến hành; hãy chọn nội dung của tham luận");
    }
  } else {
    DH_RETURN_IF_ERROR(LookupItem(state, item_id).status());
  }
  DH_RETURN_IF_ERROR(CheckOnRoster(state, cmd.delegate_id()));
  if (cmd.order() <= 0) {
    return Status::InvalidArgument("order: thứ tự tham luận phải từ 1 trở lên");
  }
  DH_ASSIGN_OR_RETURN(std::string topic,
                      CleanText(cmd.topic(), "topic", kMaxTopicChars, false, "tên tham luận"));
  const v1::Speaker speaker = DelegateSpeaker(*FindRosterEntry(state, cmd.delegate_id()));
  DH_RETURN_IF_ERROR(CheckRoomOnList(state, EffectiveFloorRules(state), speaker,
                                     v1::FLOOR_KIND_PRESENTATION, item_id));
  v1::FloorRequest request;
  request.set_kind(v1::FLOOR_KIND_PRESENTATION);
  *request.mutable_speaker() = speaker;
  request.set_item_id(item_id);
  request.set_presentation_order(cmd.order());
  request.set_topic(std::move(topic));
  return One(Requested(state, std::move(request), now));
}

Result<Events> GrantFloor(const v1::SessionState& state, const v1::GrantFloor& cmd, int64_t now) {
  DH_ASSIGN_OR_RETURN(int64_t item_id, CurrentItem(state, true, "trao lời"));
  const v1::FloorState& floor = state.floor();
  const v1::FloorRules rules = EffectiveFloorRules(state);
  v1::Turn turn;
  turn.set_id(floor.turns_size() + 1);
  turn.set_item_id(item_id);
  turn.set_sitting_id(ActiveSitting(state)->id());
  *turn.mutable_started_at() = MicrosTimestamp(now);

  if (cmd.chair_self()) {
    if (cmd.request_id() != 0) {
      return Status::InvalidArgument(
          "request_id: chủ tọa tự phát biểu thì không chọn yêu cầu phát biểu");
    }
    if (cmd.chair().account_id() <= 0) {
      return Status::InvalidArgument("chair: chưa rõ tài khoản chủ tọa");
    }
    for (const auto& t : floor.turns()) {
      if (TurnOpen(t) && t.kind() == v1::FLOOR_KIND_CHAIR) {
        return Status::FailedPrecondition("chủ tọa đang phát biểu (" + TurnName(t.id()) + ")");
      }
    }
    turn.set_kind(v1::FLOOR_KIND_CHAIR);
    turn.mutable_speaker()->set_account_id(cmd.chair().account_id());
    DH_ASSIGN_OR_RETURN(
        *turn.mutable_speaker()->mutable_name(),
        CleanText(cmd.chair().name(), "chair.name", kMaxPersonNameChars, false, "họ tên chủ tọa"));
    v1::Event e;
    *e.mutable_turn_started()->mutable_turn() = std::move(turn);
    return One(std::move(e));
  }

  DH_RETURN_IF_ERROR(CheckRoomForTurn(floor, rules));
  const v1::FloorRequest* request = nullptr;
  if (cmd.request_id() == 0) {
    for (int64_t id : floor.queue()) {
      const v1::FloorRequest* r = FindFloorRequest(floor, id);
      if (r != nullptr && r->item_id() == item_id) {
        request = r;
        break;
      }
    }
    if (request == nullptr) {
      return Status::FailedPrecondition(
          "không còn ai đăng ký phát biểu về nội dung đang tiến hành");
    }
  } else {
    DH_ASSIGN_OR_RETURN(request, WaitingRequest(state, cmd.request_id()));
    if (request->item_id() != item_id) {
      return Status::FailedPrecondition(
          "request_id " + std::to_string(request->id()) + ": yêu cầu này đăng ký cho nội dung " +
          std::to_string(request->item_id()) + ", không phải nội dung đang tiến hành");
    }
  }
  DH_RETURN_IF_ERROR(
      CheckNotSpeaking(floor, request->speaker(), "request_id " + std::to_string(request->id())));
  turn.set_request_id(request->id());
  turn.set_kind(request->kind());
  *turn.mutable_speaker() = request->speaker();
  turn.set_replies_to_turn_id(request->replies_to_turn_id());
  turn.set_later_speech(request->kind() == v1::FLOOR_KIND_CONTRIBUTION &&
                        IsLaterSpeech(floor, request->speaker(), item_id));
  turn.set_limit_seconds(TurnLimitSeconds(rules, request->kind(), turn.later_speech()));
  turn.set_warning_seconds(rules.warning_seconds() < turn.limit_seconds() ? rules.warning_seconds()
                                                                          : 0);
  v1::Event e;
  *e.mutable_turn_started()->mutable_turn() = std::move(turn);
  return One(std::move(e));
}

Result<Events> ReorderFloorRequest(const v1::SessionState& state,
                                   const v1::ReorderFloorRequest& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::FloorRequest* r, WaitingRequest(state, cmd.request_id()));
  const v1::FloorState& floor = state.floor();
  // The item's own list, and the slots its requests occupy in the whole queue.
  std::vector<int64_t> list;
  std::vector<int> slots;
  for (int i = 0; i < floor.queue_size(); ++i) {
    const v1::FloorRequest* q = FindFloorRequest(floor, floor.queue(i));
    if (q != nullptr && q->item_id() == r->item_id()) {
      list.push_back(q->id());
      slots.push_back(i);
    }
  }
  if (cmd.position() < 1 || cmd.position() > static_cast<int32_t>(list.size())) {
    return Status::InvalidArgument("position: vị trí phải từ 1 đến " + std::to_string(list.size()));
  }
  auto at = std::find(list.begin(), list.end(), r->id());
  if (at - list.begin() + 1 == cmd.position()) return Events{};  // already there
  list.erase(at);
  list.insert(list.begin() + (cmd.position() - 1), r->id());
  v1::Event e;
  v1::FloorRequestMoved* body = e.mutable_floor_request_moved();
  body->set_request_id(r->id());
  body->set_position(cmd.position());
  *body->mutable_queue() = floor.queue();
  for (size_t k = 0; k < slots.size(); ++k) body->set_queue(slots[k], list[k]);
  return One(std::move(e));
}

Result<Events> RemoveFloorRequest(const v1::SessionState& state,
                                  const v1::RemoveFloorRequest& cmd) {
  DH_ASSIGN_OR_RETURN(std::string reason,
                      CleanText(cmd.reason(), "reason", kMaxReasonChars, true, "lý do gỡ"));
  DH_ASSIGN_OR_RETURN(const v1::FloorRequest* r, WaitingRequest(state, cmd.request_id()));
  v1::Event e;
  e.mutable_floor_request_removed()->set_request_id(r->id());
  e.mutable_floor_request_removed()->set_reason(std::move(reason));
  return One(std::move(e));
}

Result<Events> CloseFloorList(const v1::SessionState& state, const v1::CloseFloorList&) {
  if (state.floor().list_closed()) {
    return Status::FailedPrecondition("danh sách đăng ký phát biểu đã khóa rồi");
  }
  DH_RETURN_IF_ERROR(CurrentItem(state, false, "khóa danh sách").status());
  v1::Event e;
  e.mutable_floor_list_closed();
  return One(std::move(e));
}

Result<Events> OpenFloorList(const v1::SessionState& state, const v1::OpenFloorList&) {
  if (!state.floor().list_closed()) {
    return Status::FailedPrecondition("danh sách đăng ký phát biểu đang mở");
  }
  v1::Event e;
  e.mutable_floor_list_opened();
  return One(std::move(e));
}

v1::Event EndedEvent(const v1::Turn& turn, int64_t now, bool interrupted, std::string reason) {
  v1::Event e;
  v1::TurnEnded* b = e.mutable_turn_ended();
  b->set_turn_id(turn.id());
  *b->mutable_ended_at() = MicrosTimestamp(now);
  b->set_interrupted(interrupted);
  b->set_reason(std::move(reason));
  b->set_spoken_micros(SpokenMicros(turn, now));
  return e;
}

Result<Events> EndTurn(const v1::SessionState& state, const v1::EndTurn& cmd, int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Turn* t, OpenTurn(state, cmd.turn_id()));
  return One(EndedEvent(*t, now, false, ""));
}

Result<Events> InterruptTurn(const v1::SessionState& state, const v1::InterruptTurn& cmd,
                             int64_t now) {
  DH_ASSIGN_OR_RETURN(std::string reason,
                      CleanText(cmd.reason(), "reason", kMaxReasonChars, true, "lý do ngắt lời"));
  DH_ASSIGN_OR_RETURN(const v1::Turn* t, OpenTurn(state, cmd.turn_id()));
  return One(EndedEvent(*t, now, true, std::move(reason)));
}

Result<Events> ExtendTurn(const v1::SessionState& state, const v1::ExtendTurn& cmd) {
  if (cmd.seconds() < 1 || cmd.seconds() > kMaxExtensionSeconds) {
    return Status::InvalidArgument("seconds: thời gian thêm phải từ 1 đến " +
                                   std::to_string(kMaxExtensionSeconds) + " giây");
  }
  DH_ASSIGN_OR_RETURN(const v1::Turn* t, OpenTurn(state, cmd.turn_id()));
  if (t->limit_seconds() <= 0) {
    return Status::FailedPrecondition("turn_id " + std::to_string(t->id()) + ": " +
                                      TurnName(t->id()) + " không giới hạn thời gian");
  }
  v1::Event e;
  e.mutable_turn_extended()->set_turn_id(t->id());
  e.mutable_turn_extended()->set_seconds(cmd.seconds());
  e.mutable_turn_extended()->set_new_limit_seconds(t->limit_seconds() + cmd.seconds());
  return One(std::move(e));
}

Result<Events> PauseTurn(const v1::SessionState& state, const v1::PauseTurn& cmd, int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Turn* t, OpenTurn(state, cmd.turn_id()));
  if (t->has_paused_at()) {
    return Status::FailedPrecondition("turn_id " + std::to_string(t->id()) + ": " +
                                      TurnName(t->id()) + " đang tạm dừng rồi");
  }
  v1::Event e;
  e.mutable_turn_paused()->set_turn_id(t->id());
  *e.mutable_turn_paused()->mutable_at() = MicrosTimestamp(now);
  return One(std::move(e));
}

Result<Events> ResumeTurn(const v1::SessionState& state, const v1::ResumeTurn& cmd, int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Turn* t, OpenTurn(state, cmd.turn_id()));
  if (!t->has_paused_at()) {
    return Status::FailedPrecondition("turn_id " + std::to_string(t->id()) + ": " +
                                      TurnName(t->id()) + " không tạm dừng");
  }
  v1::Event e;
  e.mutable_turn_resumed()->set_turn_id(t->id());
  *e.mutable_turn_resumed()->mutable_at() = MicrosTimestamp(now);
  e.mutable_turn_resumed()->set_paused_micros(
      std::max<int64_t>(0, now - TimestampMicros(t->paused_at())));
  return One(std::move(e));
}

Result<Events> SetSessionFloorRules(const v1::SessionState& state,
                                    const v1::SetSessionFloorRules& cmd) {
  DH_ASSIGN_OR_RETURN(v1::FloorRules rules, NormalizeFloorRules(cmd.rules(), "rules"));
  DH_ASSIGN_OR_RETURN(std::string reason,
                      CleanText(cmd.reason(), "reason", kMaxReasonChars, false, "lý do"));
  if (state.floor().has_rules() &&
      rules.SerializeAsString() == state.floor().rules().SerializeAsString()) {
    return Events{};  // the same rules again: nothing changes
  }
  v1::Event e;
  v1::FloorRulesChanged* b = e.mutable_floor_rules_changed();
  *b->mutable_rules() = std::move(rules);
  b->set_version(state.floor().rules_version() + 1);
  b->set_reason(std::move(reason));
  return One(std::move(e));
}

Result<Events> RecordTurnOverrun(const v1::SessionState& state, const v1::RecordTurnOverrun& cmd,
                                 int64_t now) {
  // Issued by the server clock: anything not due (any more) is simply nothing to do.
  const v1::Turn* t = FindTurn(state.floor(), cmd.turn_id());
  if (t == nullptr) return Events{};
  const int64_t deadline = TurnDeadlineMicros(*t);
  if (deadline == 0 || now < deadline || t->overrun_at_limit_seconds() >= t->limit_seconds()) {
    return Events{};
  }
  v1::Event e;
  e.mutable_turn_overran()->set_turn_id(t->id());
  e.mutable_turn_overran()->set_limit_seconds(t->limit_seconds());
  *e.mutable_turn_overran()->mutable_at() = MicrosTimestamp(deadline);
  return One(std::move(e));
}

void EndOpenTurns(const v1::SessionState& state, int64_t now, const std::string& reason,
                  Events& events) {
  for (const auto& t : state.floor().turns()) {
    if (TurnOpen(t)) events.push_back(EndedEvent(t, now, false, reason));
  }
}

}  // namespace dienhong::decide_internal
