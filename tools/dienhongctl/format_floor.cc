#include "tools/dienhongctl/format_floor.h"

#include "common/floor.h"
#include "tools/dienhongctl/time_text.h"

namespace dienhong::ctl {
namespace {

std::string SpeakerName(const v1::Speaker& s) {
  if (!s.name().empty()) return s.name();
  if (s.delegate_id() != 0) return "đại biểu #" + std::to_string(s.delegate_id());
  return "tài khoản #" + std::to_string(s.account_id());
}

std::string RequestRef(const v1::SessionState& state, int64_t id) {
  const v1::FloorRequest* r = FindFloorRequest(state.floor(), id);
  std::string out = "yêu cầu số " + std::to_string(id);
  if (r != nullptr) out += " của " + SpeakerName(r->speaker());
  return out;
}

std::string TurnRef(const v1::SessionState& state, int64_t id) {
  const v1::Turn* t = FindTurn(state.floor(), id);
  std::string out = "lượt " + std::to_string(id);
  if (t != nullptr) out += " (" + SpeakerName(t->speaker()) + ")";
  return out;
}

std::string RequestLine(const v1::FloorRequest& r) {
  std::string out = "số " + std::to_string(r.id()) + " — " + SpeakerName(r.speaker()) + ", " +
                    FloorKindLabel(r.kind());
  if (r.kind() == v1::FLOOR_KIND_PRESENTATION) {
    out += " thứ " + std::to_string(r.presentation_order());
  }
  if (r.replies_to_turn_id() != 0) out += " về lượt " + std::to_string(r.replies_to_turn_id());
  if (r.priority()) out += " (ưu tiên: người hỏi ban đầu)";
  if (!r.topic().empty()) out += " “" + r.topic() + "”";
  return out;
}

}  // namespace

std::string FormatDuration(int64_t seconds) {
  if (seconds < 0) seconds = 0;
  const int64_t m = seconds / 60, s = seconds % 60;
  if (m == 0) return std::to_string(s) + " giây";
  if (s == 0) return std::to_string(m) + " phút";
  return std::to_string(m) + " phút " + std::to_string(s) + " giây";
}

std::string DescribeFloorEvent(const v1::Event& e, const v1::SessionState& s) {
  switch (e.body_case()) {
    case v1::Event::kFloorRequested: {
      const auto& r = e.floor_requested().request();
      return std::string(r.kind() == v1::FLOOR_KIND_PRESENTATION ? "đăng ký tham luận: "
                                                                   : "đăng ký phát biểu: ") +
             RequestLine(r) + ", vị trí " + std::to_string(e.floor_requested().queue_index() + 1) +
             " trong danh sách";
    }
    case v1::Event::kFloorRequestWithdrawn:
      return "rút " + RequestRef(s, e.floor_request_withdrawn().request_id());
    case v1::Event::kFloorRequestRemoved:
      return "gỡ " + RequestRef(s, e.floor_request_removed().request_id()) +
             " khỏi danh sách (lý do: " + e.floor_request_removed().reason() + ")";
    case v1::Event::kFloorRequestMoved:
      return "chuyển " + RequestRef(s, e.floor_request_moved().request_id()) + " lên vị trí " +
             std::to_string(e.floor_request_moved().position());
    case v1::Event::kFloorListClosed:
      return "khóa danh sách đăng ký phát biểu";
    case v1::Event::kFloorListOpened:
      return "mở lại danh sách đăng ký phát biểu";
    case v1::Event::kTurnStarted: {
      const auto& t = e.turn_started().turn();
      if (t.kind() == v1::FLOOR_KIND_CHAIR) {
        return "chủ tọa phát biểu (lượt " + std::to_string(t.id()) + ")";
      }
      std::string out = "mời " + SpeakerName(t.speaker()) + " " + FloorKindLabel(t.kind());
      if (t.later_speech()) out += " lần sau";
      out += " (lượt " + std::to_string(t.id()) + ", tối đa " + FormatDuration(t.limit_seconds()) +
             ", bắt đầu " + FormatTime(t.started_at()).substr(11, 8) + ")";
      return out;
    }
    case v1::Event::kTurnEnded: {
      const auto& b = e.turn_ended();
      std::string out = std::string(b.interrupted() ? "ngắt lời " : "kết thúc ") +
                        TurnRef(s, b.turn_id()) + " sau " +
                        FormatDuration(b.spoken_micros() / 1000000);
      if (!b.reason().empty()) out += " (lý do: " + b.reason() + ")";
      return out;
    }
    case v1::Event::kTurnOverran:
      return TurnRef(s, e.turn_overran().turn_id()) + " đã quá thời gian " +
             FormatDuration(e.turn_overran().limit_seconds()) + " (vẫn tiếp tục)";
    case v1::Event::kTurnExtended:
      return "thêm " + FormatDuration(e.turn_extended().seconds()) + " cho " +
             TurnRef(s, e.turn_extended().turn_id()) + ", tổng cộng " +
             FormatDuration(e.turn_extended().new_limit_seconds());
    case v1::Event::kTurnPaused:
      return "tạm dừng đồng hồ " + TurnRef(s, e.turn_paused().turn_id());
    case v1::Event::kTurnResumed:
      return "tiếp tục đồng hồ " + TurnRef(s, e.turn_resumed().turn_id());
    case v1::Event::kFloorRulesChanged: {
      const auto& b = e.floor_rules_changed();
      const auto& r = b.rules();
      std::string out = "nội quy phát biểu (phiên bản " + std::to_string(b.version()) +
                        "): lần đầu " + FormatDuration(r.first_speech_seconds()) + ", lần sau " +
                        FormatDuration(r.later_speech_seconds()) + ", tranh luận " +
                        FormatDuration(r.debate_seconds()) + ", tối đa " +
                        std::to_string(r.max_open_turns()) + " người cùng lúc";
      if (!b.reason().empty()) out += " (lý do: " + b.reason() + ")";
      return out;
    }
    case v1::Event::kCouncilFloorRulesChanged:
      return "đổi nội quy phát biểu của hội đồng " +
             std::to_string(e.council_floor_rules_changed().council_id());
    default:
      return "";
  }
}

std::string FormatFloorList(const v1::SessionState& s, int64_t now_micros) {
  const v1::FloorState& floor = s.floor();
  std::string out;
  for (const auto& t : floor.turns()) {
    if (!TurnOpen(t)) continue;
    out += "Đang phát biểu: lượt " + std::to_string(t.id()) + " — " + SpeakerName(t.speaker()) +
           ", " + FloorKindLabel(t.kind());
    const int64_t spoken = SpokenMicros(t, now_micros) / 1000000;
    out += ", đã nói " + FormatDuration(spoken);
    if (t.limit_seconds() > 0) {
      const int64_t left = t.limit_seconds() - spoken;
      out += left >= 0 ? ", còn " + FormatDuration(left) : ", quá " + FormatDuration(-left);
    }
    if (t.has_paused_at()) out += " (đang tạm dừng)";
    out += "\n";
  }
  out += std::string("Danh sách đăng ký") + (floor.list_closed() ? " (đã khóa)" : "") + ":\n";
  int position = 0;
  for (int64_t id : floor.queue()) {
    const v1::FloorRequest* r = FindFloorRequest(floor, id);
    if (r == nullptr || r->item_id() != s.current_item_id()) continue;
    out += "  " + std::to_string(++position) + ". " + RequestLine(*r) + "\n";
  }
  if (position == 0) out += "  (chưa có ai đăng ký cho nội dung đang tiến hành)\n";
  return out;
}

std::string FormatFloorStatistics(const v1::FloorStatistics& st) {
  std::string out = "Thống kê phát biểu";
  if (st.item_id() != 0) out += ", nội dung " + std::to_string(st.item_id());
  if (st.sitting_id() != 0) out += ", phiên họp " + std::to_string(st.sitting_id());
  out += ": " + std::to_string(st.total_turns()) + " lượt, " +
         FormatDuration(st.total_seconds()) + "\n";
  for (const auto& sp : st.speakers()) {
    out += "  " + SpeakerName(sp.speaker());
    if (!sp.speaker().delegate_group().empty()) out += " (" + sp.speaker().delegate_group() + ")";
    out += ": " + std::to_string(sp.turns()) + " lượt, " + FormatDuration(sp.seconds());
    if (sp.overruns() > 0) out += ", quá giờ " + std::to_string(sp.overruns()) + " lần";
    out += "\n";
  }
  out += "Theo tổ đại biểu:\n";
  for (const auto& g : st.groups()) {
    out += "  " + (g.delegate_group().empty() ? std::string("(ngoài tổ)") : g.delegate_group()) +
           ": " + std::to_string(g.speakers()) + " người, " + std::to_string(g.turns()) +
           " lượt, " + FormatDuration(g.seconds()) + "\n";
  }
  out += "Chưa phát biểu trong kỳ họp (" + std::to_string(st.not_yet_spoken_size()) + "):";
  for (int i = 0; i < st.not_yet_spoken_size(); ++i) {
    out += (i ? ", " : " ") + SpeakerName(st.not_yet_spoken(i));
  }
  return out;
}

}  // namespace dienhong::ctl
