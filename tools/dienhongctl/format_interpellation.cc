#include "tools/dienhongctl/format_interpellation.h"

#include "common/calendar.h"
#include "common/followup.h"
#include "common/interpellation.h"
#include "tools/dienhongctl/format.h"

namespace dienhong::ctl {
namespace {

std::string Id(int64_t id) { return std::to_string(id); }

std::string RespondentName(const v1::SessionState& s, int64_t account_id) {
  const v1::Respondent* r = FindRespondent(s, account_id);
  if (r == nullptr) return "tài khoản #" + Id(account_id);
  return r->name() + " (" + r->position() + ")";
}

std::string QuestionLine(const v1::SessionState& s, const v1::Question& q) {
  std::string out = "  số " + Id(q.id()) + " — ";
  out += q.delegate_name().empty() ? std::string("(không gửi tới bạn)") : q.delegate_name();
  out += " hỏi " + RespondentName(s, q.respondent_account_id()) + ": ";
  out += std::string(QuestionStatusLabel(q.status()));
  if (q.satisfaction() == v1::SATISFACTION_SATISFIED) out += ", hài lòng";
  if (q.satisfaction() == v1::SATISFACTION_UNSATISFIED) out += ", chưa hài lòng";
  if (!q.topic().empty()) out += " [" + q.topic() + "]";
  if (!q.text().empty()) out += "\n      “" + q.text() + "”";
  return out + "\n";
}

std::string Ids(const google::protobuf::RepeatedField<int64_t>& ids) {
  std::string out;
  for (int64_t id : ids) out += (out.empty() ? "" : ", ") + Id(id);
  return out;
}

}  // namespace

std::string DescribeInterpellationEvent(const v1::Event& e, const v1::SessionState& s) {
  switch (e.body_case()) {
    case v1::Event::kRespondentInvited: {
      const auto& r = e.respondent_invited().respondent();
      return "mời " + r.name() + " (" + r.position() + ", " + r.agency() + ") trả lời";
    }
    case v1::Event::kQuestionSubmitted: {
      const auto& q = e.question_submitted().question();
      const std::string who = q.delegate_name().empty() ? "một đại biểu" : q.delegate_name();
      return "phiếu chất vấn số " + Id(q.id()) + ": " + who + " hỏi " +
             RespondentName(s, q.respondent_account_id());
    }
    case v1::Event::kQuestionGroupDefined: {
      const auto& g = e.question_group_defined().group();
      return "nhóm vấn đề " + Id(g.id()) + " “" + g.title() + "”: câu hỏi " + Ids(g.question_ids());
    }
    case v1::Event::kQuestionGroupsOrdered:
      return "thứ tự các nhóm vấn đề: " + Ids(e.question_groups_ordered().group_ids());
    case v1::Event::kQuestionGroupStarted: {
      const v1::QuestionGroup* g = FindQuestionGroup(s, e.question_group_started().group_id());
      return "bắt đầu nhóm vấn đề " + Id(e.question_group_started().group_id()) +
             (g != nullptr ? " “" + g->title() + "”" : "");
    }
    case v1::Event::kQuestionSatisfactionRecorded: {
      const auto& b = e.question_satisfaction_recorded();
      const char* verdict = b.satisfaction() == v1::SATISFACTION_SATISFIED     ? "hài lòng"
                            : b.satisfaction() == v1::SATISFACTION_UNSATISFIED ? "chưa hài lòng"
                                                                               : "đã ghi nhận";
      return "câu hỏi số " + Id(b.question_id()) + ": người hỏi " + verdict;
    }
    case v1::Event::kHearingSet:
      return "phiên giải trình: “" + e.hearing_set().hearing().issue() + "”, " +
             Id(e.hearing_set().hearing().panel_member_ids_size()) + " thành viên";
    case v1::Event::kConclusionRecorded: {
      const auto& c = e.conclusion_recorded().conclusion();
      std::string out = "kết luận số " + Id(c.id());
      if (c.group_id() != 0) out += " (nhóm vấn đề " + Id(c.group_id()) + ")";
      return out + ", " + Id(c.commitments_size()) + " cam kết";
    }
    case v1::Event::kCommitmentFulfilled:
      return "cam kết " + Id(e.commitment_fulfilled().commitment_id()) + " của kỳ họp " +
             Id(e.commitment_fulfilled().session_id()) + " đã hoàn thành";
    case v1::Event::kCommitmentExtended:
      return "cam kết " + Id(e.commitment_extended().commitment_id()) + " của kỳ họp " +
             Id(e.commitment_extended().session_id()) + " gia hạn đến " +
             VietnameseDateFromIso(e.commitment_extended().new_due_date());
    case v1::Event::kWrittenAnswerSubmitted:
      return "trả lời bằng văn bản câu hỏi " + Id(e.written_answer_submitted().question_id()) +
             " của kỳ họp " + Id(e.written_answer_submitted().session_id());
    default:
      return "";
  }
}

std::string FormatQuestionList(const v1::SessionState& s, const v1::ListQuestionsResponse& list) {
  std::string out;
  auto listed = [&](const v1::Question& q) {
    for (const auto& mine : list.questions()) {
      if (mine.id() == q.id()) return true;
    }
    return false;
  };
  for (const auto& g : s.interpellation().groups()) {
    std::string lines;
    for (int64_t id : g.question_ids()) {
      for (const auto& q : list.questions()) {
        if (q.id() == id) lines += QuestionLine(s, q);
      }
    }
    if (lines.empty()) continue;
    out += "Nhóm vấn đề " + Id(g.id()) + " “" + g.title() + "”";
    if (g.id() == s.interpellation().current_group_id()) out += " — đang điều hành";
    out += "\n" + lines;
  }
  std::string ungrouped;
  for (const auto& q : list.questions()) {
    if (q.group_id() == 0 && listed(q)) ungrouped += QuestionLine(s, q);
  }
  if (!ungrouped.empty()) out += "Chưa xếp nhóm\n" + ungrouped;
  if (list.questions().empty()) out += "Chưa có câu hỏi chất vấn.\n";
  if (!list.carried_over().empty()) {
    out += "Chuyển từ kỳ họp trước (chờ trả lời bằng văn bản)\n";
    for (const auto& c : list.carried_over()) out += "  " + FormatCarriedOverLine(c) + "\n";
  }
  return out;
}

std::string FormatConclusions(const v1::SessionState& s,
                              const google::protobuf::RepeatedPtrField<v1::Conclusion>& list) {
  if (list.empty()) return "Chưa có kết luận.\n";
  std::string out;
  for (const auto& c : list) {
    out += "Kết luận số " + Id(c.id());
    if (const v1::QuestionGroup* g = FindQuestionGroup(s, c.group_id())) {
      out += " — nhóm vấn đề “" + g->title() + "”";
    }
    out += "\n  " + c.text() + "\n";
    for (const auto& k : c.commitments()) {
      out += "  cam kết " + Id(k.id()) + ": " + k.what() + " — " + k.agency() + ", hạn " +
             VietnameseDateFromIso(k.due_date()) + "\n";
    }
  }
  return out;
}

std::string FormatCommitmentLine(const v1::CommitmentView& v) {
  std::string out = std::string("[") + CommitmentStatusLabel(v.status()) + "] hạn " +
                    VietnameseDateFromIso(v.due_date()) + " — " + v.commitment().agency() + ": " +
                    v.commitment().what() + " (kỳ họp " + Id(v.session_id()) + ", cam kết " +
                    Id(v.commitment().id()) + ")";
  if (v.has_fulfilled()) out += "; kết quả: " + v.fulfilled().evidence();
  if (!v.extensions().empty()) {
    out += "; gia hạn từ " + VietnameseDateFromIso(v.commitment().due_date()) + ": " +
           v.extensions(v.extensions_size() - 1).reason();
  }
  return out;
}

std::string FormatCarriedOverLine(const v1::CarriedOverQuestion& c) {
  std::string out = "kỳ họp " + Id(c.session_id()) + ", câu hỏi " + Id(c.question().id()) + " — " +
                    c.question().delegate_name() + " hỏi " + c.respondent().name() + " (" +
                    c.respondent().position() + "): hạn trả lời bằng văn bản " +
                    VietnameseDateFromIso(c.written_answer_due_date());
  if (c.has_written_answer()) {
    out += ", đã trả lời";
    if (!c.written_answer().document().empty()) out += " (" + c.written_answer().document() + ")";
  } else if (c.overdue()) {
    out += ", QUÁ HẠN";
  }
  return out;
}

}  // namespace dienhong::ctl
