#include "tools/dienhongctl/format.h"

#include "tools/dienhongctl/format_documents.h"
#include "tools/dienhongctl/format_floor.h"
#include "tools/dienhongctl/format_interpellation.h"
#include "tools/dienhongctl/format_voting.h"
#include "tools/dienhongctl/names.h"
#include "tools/dienhongctl/time_text.h"

namespace dienhong::ctl {
namespace {

std::string Quoted(const std::string& s) { return "“" + s + "”"; }

const v1::Sitting* FindSitting(const v1::SessionState& s, int64_t id) {
  for (const auto& sitting : s.sittings()) {
    if (sitting.id() == id) return &sitting;
  }
  return nullptr;
}

const v1::AgendaItem* FindItem(const v1::SessionState& s, int64_t id) {
  for (const auto& item : s.agenda()) {
    if (item.id() == id) return &item;
  }
  return nullptr;
}

std::string SittingRef(const v1::SessionState& s, int64_t id) {
  std::string out = "phiên họp " + std::to_string(id);
  if (const v1::Sitting* sitting = FindSitting(s, id); sitting && !sitting->title().empty()) {
    out += " " + Quoted(sitting->title());
  }
  return out;
}

std::string ItemRef(const v1::SessionState& s, int64_t id) {
  std::string out = "mục " + std::to_string(id);
  if (const v1::AgendaItem* item = FindItem(s, id); item && !item->title().empty()) {
    out += " " + Quoted(item->title());
  }
  return out;
}

std::string Plural(int n, const char* noun) { return std::to_string(n) + " " + noun; }

}  // namespace

std::string DelegateName(const v1::SessionState& state, int64_t delegate_id) {
  for (const auto& r : state.roster()) {
    if (r.delegate_id() == delegate_id && !r.full_name().empty()) return r.full_name();
  }
  return "đại biểu #" + std::to_string(delegate_id);
}

std::string FormatActor(const v1::Actor& actor) {
  if (actor.account_id() == 0) return "hệ thống";
  std::string name = actor.display_name().empty()
                         ? "tài khoản #" + std::to_string(actor.account_id())
                         : actor.display_name();
  return name + " (" + RoleLabel(actor.role()) + ")";
}

std::string FormatFraction(const v1::Fraction& f) {
  const std::string frac = std::to_string(f.numerator()) + "/" + std::to_string(f.denominator());
  return f.strict() ? "trên " + frac : "từ " + frac + " trở lên";
}

std::string DescribeEvent(const v1::Event& e, const v1::SessionState& s) {
  switch (e.body_case()) {
    case v1::Event::kSessionCreated: {
      const auto& c = e.session_created();
      return "tạo " + std::string(SessionKindLabel(c.kind())) + " " + Quoted(c.title()) + " (" +
             Plural(c.agenda_size(), "mục chương trình") + ", " +
             Plural(c.sittings_size(), "phiên họp") + ")";
    }
    case v1::Event::kAgendaItemAdded: {
      const auto& item = e.agenda_item_added().item();
      return "thêm mục " + std::to_string(item.id()) +
             " vào chương trình: " + AgendaItemKindLabel(item.kind()) + " " + Quoted(item.title());
    }
    case v1::Event::kSittingAdded: {
      const auto& sitting = e.sitting_added().sitting();
      std::string out =
          "thêm phiên họp " + std::to_string(sitting.id()) + " " + Quoted(sitting.title());
      if (sitting.has_planned_start()) {
        out += ", dự kiến " + FormatTime(sitting.planned_start()).substr(0, 16);
      }
      return out;
    }
    case v1::Event::kSessionConvened: {
      const auto& c = e.session_convened();
      return "triệu tập kỳ họp: " + Plural(c.roster_size(), "đại biểu") + ", túc số " +
             FormatFraction(c.quorum_rule());
    }
    case v1::Event::kSittingOpened:
      return "mở " + SittingRef(s, e.sitting_opened().sitting_id());
    case v1::Event::kSittingSuspended: {
      std::string out = "tạm dừng " + SittingRef(s, e.sitting_suspended().sitting_id());
      if (!e.sitting_suspended().reason().empty()) {
        out += " (lý do: " + e.sitting_suspended().reason() + ")";
      }
      return out;
    }
    case v1::Event::kSittingResumed:
      return "tiếp tục " + SittingRef(s, e.sitting_resumed().sitting_id());
    case v1::Event::kSittingClosed:
      return "kết thúc " + SittingRef(s, e.sitting_closed().sitting_id());
    case v1::Event::kSessionClosed:
      return "bế mạc kỳ họp";
    case v1::Event::kAgendaItemStarted: {
      const auto& st = e.agenda_item_started();
      return std::string(st.reopened() ? "quay lại " : "bắt đầu ") + ItemRef(s, st.item_id());
    }
    case v1::Event::kAgendaItemCompleted:
      return "xong " + ItemRef(s, e.agenda_item_completed().item_id());
    case v1::Event::kAttendanceRecorded: {
      const auto& a = e.attendance_recorded();
      std::string out = std::string(a.correction() ? "sửa điểm danh: " : "điểm danh: ") +
                        DelegateName(s, a.delegate_id()) + " — " +
                        AttendanceStatusLabel(a.status());
      if (!a.reason().empty()) out += " (lý do: " + a.reason() + ")";
      return out;
    }
    case v1::Event::kCouncilCreated:
      return "tạo hội đồng " + Quoted(e.council_created().council().name());
    case v1::Event::kQuorumRuleChanged:
      return "đổi quy tắc túc số của hội đồng " +
             std::to_string(e.quorum_rule_changed().council_id()) + " thành " +
             FormatFraction(e.quorum_rule_changed().quorum());
    case v1::Event::kDelegateAdded:
      return "thêm đại biểu " + e.delegate_added().delegate().full_name();
    case v1::Event::kAccountCreated:
      return "tạo tài khoản " + e.account_created().account().name();
    case v1::Event::kAccountPinReset:
      return "đặt lại mã PIN của tài khoản #" + std::to_string(e.account_pin_reset().account_id());
    case v1::Event::kPollCreated:
    case v1::Event::kPollOpened:
    case v1::Event::kVoteCast:
    case v1::Event::kPollClosed:
    case v1::Event::kPollCancelled:
    case v1::Event::kPollResultsPublished:
      return DescribePollEvent(e, s);  // format_voting.cc
    case v1::Event::kFloorRequested:
    case v1::Event::kFloorRequestWithdrawn:
    case v1::Event::kFloorRequestRemoved:
    case v1::Event::kFloorRequestMoved:
    case v1::Event::kFloorListClosed:
    case v1::Event::kFloorListOpened:
    case v1::Event::kTurnStarted:
    case v1::Event::kTurnEnded:
    case v1::Event::kTurnOverran:
    case v1::Event::kTurnExtended:
    case v1::Event::kTurnPaused:
    case v1::Event::kTurnResumed:
    case v1::Event::kFloorRulesChanged:
    case v1::Event::kCouncilFloorRulesChanged:
      return DescribeFloorEvent(e, s);  // format_floor.cc
    case v1::Event::kRespondentInvited:
    case v1::Event::kQuestionSubmitted:
    case v1::Event::kQuestionGroupDefined:
    case v1::Event::kQuestionGroupsOrdered:
    case v1::Event::kQuestionGroupStarted:
    case v1::Event::kQuestionSatisfactionRecorded:
    case v1::Event::kHearingSet:
    case v1::Event::kConclusionRecorded:
    case v1::Event::kCommitmentFulfilled:
    case v1::Event::kCommitmentExtended:
    case v1::Event::kWrittenAnswerSubmitted:
      return DescribeInterpellationEvent(e, s);  // format_interpellation.cc
    case v1::Event::kDocumentAdded:
    case v1::Event::kDocumentVersionAdded:
    case v1::Event::kDocumentOriginalAttached:
    case v1::Event::kDocumentPublished:
    case v1::Event::kDocumentsOrdered:
    case v1::Event::kDocumentWithdrawn:
    case v1::Event::kDocumentReceiptRecorded:
    case v1::Event::kDossierRulesChanged:
    case v1::Event::kDossierOverridden:
    case v1::Event::kDocumentPageShown:
      return DescribeDocumentEvent(e, s);  // format_documents.cc
    case v1::Event::kCouncilDossierRulesChanged:
      return "đổi quy định về hồ sơ tài liệu của hội đồng " +
             std::to_string(e.council_dossier_rules_changed().council_id());
    case v1::Event::BODY_NOT_SET:
      break;
  }
  return "sự kiện chưa biết (máy chủ mới hơn công cụ này?)";
}

std::string FormatEventLine(const v1::Event& e, const v1::SessionState& s) {
  return "#" + std::to_string(e.seq()) + " " + FormatTime(e.recorded_at()) + " " +
         FormatActor(e.actor()) + ": " + DescribeEvent(e, s);
}

std::string FormatQuorum(const v1::QuorumStatus& q) {
  const int participants = q.present() + q.online();
  std::string out = "túc số";
  if (q.sitting_id() != 0) out += " phiên họp " + std::to_string(q.sitting_id());
  out += ": " + std::to_string(participants) + "/" + std::to_string(q.total_delegates()) +
         " đại biểu tham dự (có mặt " + std::to_string(q.present()) + ", trực tuyến " +
         std::to_string(q.online()) + ", vắng có lý do " + std::to_string(q.excused()) + ", vắng " +
         std::to_string(q.absent()) + "), cần " + std::to_string(q.required()) + " — " +
         (q.met() ? "đủ túc số" : "chưa đủ túc số");
  return out;
}

std::string FormatCouncilLine(const v1::Council& c) {
  std::string level = c.level_label().empty() ? CouncilLevelLabel(c.level()) : c.level_label();
  std::string out = std::to_string(c.id()) + "  " + c.name() + " — " + level + ", nhiệm kỳ " +
                    std::to_string(c.term_start_year()) + "–" + std::to_string(c.term_end_year());
  if (c.parent_id() != 0) out += ", trực thuộc hội đồng " + std::to_string(c.parent_id());
  if (c.has_quorum()) out += ", túc số " + FormatFraction(c.quorum());
  return out;
}

std::string FormatDelegateLine(const v1::Delegate& d) {
  std::string out = std::to_string(d.id()) + "  " + d.full_name();
  if (!d.title().empty()) out += " — " + d.title();
  if (!d.delegate_group().empty()) out += "; " + d.delegate_group();
  if (d.committees_size() > 0) {
    out += "; ";
    for (int i = 0; i < d.committees_size(); ++i) out += (i ? ", " : "") + d.committees(i);
  }
  if (!d.seat().empty()) out += "; ghế " + d.seat();
  return out;
}

std::string FormatSessionSummaryLine(const v1::SessionSummary& s) {
  return std::to_string(s.session_id()) + "  " + s.title() + " — " + SessionKindLabel(s.kind()) +
         ", " + SessionStatusLabel(s.status()) + " (hội đồng " + std::to_string(s.council_id()) +
         ")";
}

std::string FormatAccountLine(const v1::Account& a) {
  std::string out = std::to_string(a.id()) + "  " + a.name() + " — " + a.display_name() + " (" +
                    RoleLabel(a.role()) + ")";
  out += a.council_id() == 0 ? ", mọi hội đồng" : ", hội đồng " + std::to_string(a.council_id());
  if (a.delegate_id() != 0) out += ", đại biểu " + std::to_string(a.delegate_id());
  if (a.has_locked_until()) out += ", bị khóa đến " + FormatTime(a.locked_until());
  return out;
}

std::string FormatSessionState(const v1::SessionState& s) {
  std::string out;
  out += std::string(SessionKindLabel(s.kind())) + " " + Quoted(s.title()) + " (số " +
         std::to_string(s.session_id()) + ")\n";
  out += "Hội đồng: " + s.council_name() + " (" + std::to_string(s.council_id()) + ")\n";
  if (!s.place().empty()) out += "Địa điểm: " + s.place() + "\n";
  out += "Trạng thái: " + std::string(SessionStatusLabel(s.status())) + "\n";
  if (s.has_quorum_rule()) out += "Túc số: " + FormatFraction(s.quorum_rule()) + "\n";
  out += "Đại biểu: " + std::to_string(s.roster_size()) + "\n";
  out += "Phiên họp:\n";
  for (const auto& sitting : s.sittings()) {
    out += "  " + std::to_string(sitting.id()) + ". " + sitting.title() + " — " +
           SittingStatusLabel(sitting.status());
    if (sitting.has_planned_start()) {
      out += ", dự kiến " + FormatTime(sitting.planned_start()).substr(0, 16);
    }
    if (sitting.id() == s.current_sitting_id()) out += "  ◀ hiện tại";
    out += "\n";
  }
  out += "Chương trình:\n";
  for (const auto& item : s.agenda()) {
    out += "  " + std::to_string(item.id()) + ". [" + AgendaItemKindLabel(item.kind()) + "] " +
           item.title();
    if (!item.presenter().empty()) out += " — " + item.presenter();
    if (item.planned_minutes() > 0) out += " (" + std::to_string(item.planned_minutes()) + " phút)";
    out += " — " + std::string(AgendaItemStatusLabel(item.status()));
    if (item.id() == s.current_item_id()) out += "  ◀ hiện tại";
    out += "\n";
    for (const auto& doc : item.documents()) {
      out += "       tài liệu: " + doc.title();
      if (!doc.uri().empty()) out += " <" + doc.uri() + ">";
      out += "\n";
    }
  }
  out += "Sự kiện cuối: #" + std::to_string(s.last_seq());
  return out;
}

}  // namespace dienhong::ctl
