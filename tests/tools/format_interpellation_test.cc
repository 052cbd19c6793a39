// dienhongctl's Vietnamese text for questioning events, the question list, conclusions,
// commitments and carried-over questions.
#include "tools/dienhongctl/format_interpellation.h"

#include <gtest/gtest.h>

#include "common/apply.h"
#include "tools/dienhongctl/format.h"

namespace dienhong::ctl {
namespace {

v1::SessionState WithRespondentAndQuestions() {
  v1::SessionState s;
  v1::Event invited;
  auto* r = invited.mutable_respondent_invited()->mutable_respondent();
  r->set_account_id(900);
  r->set_name("Nguyễn Văn Xây");
  r->set_position("Giám đốc Sở Xây dựng");
  r->set_agency("Sở Xây dựng");
  Apply(s, invited);
  for (int64_t id : {1, 2}) {
    v1::Event e;
    auto* q = e.mutable_question_submitted()->mutable_question();
    q->set_id(id);
    q->set_delegate_id(id);
    q->set_delegate_name(id == 1 ? "Trần Thị Bích" : "Lê Văn Cường");
    q->set_respondent_account_id(900);
    q->set_text("Câu hỏi " + std::to_string(id));
    q->set_status(v1::QUESTION_STATUS_SUBMITTED);
    Apply(s, e);
  }
  v1::Event grouped;
  auto* g = grouped.mutable_question_group_defined()->mutable_group();
  g->set_id(1);
  g->set_title("Chung cư cũ");
  g->add_question_ids(2);
  Apply(s, grouped);
  return s;
}

TEST(FormatInterpellationTest, EventsReadAsVietnamese) {
  const v1::SessionState s = WithRespondentAndQuestions();
  v1::Event e;
  e.mutable_question_submitted()->mutable_question()->set_id(3);
  e.mutable_question_submitted()->mutable_question()->set_delegate_name("Trần Thị Bích");
  e.mutable_question_submitted()->mutable_question()->set_respondent_account_id(900);
  EXPECT_EQ(DescribeEvent(e, s),
            "phiếu chất vấn số 3: Trần Thị Bích hỏi Nguyễn Văn Xây (Giám đốc Sở Xây dựng)");
  v1::Event verdict;
  verdict.mutable_question_satisfaction_recorded()->set_question_id(1);
  verdict.mutable_question_satisfaction_recorded()->set_satisfaction(v1::SATISFACTION_UNSATISFIED);
  EXPECT_EQ(DescribeEvent(verdict, s), "câu hỏi số 1: người hỏi chưa hài lòng");
  v1::Event extended;
  extended.mutable_commitment_extended()->set_session_id(4);
  extended.mutable_commitment_extended()->set_commitment_id(2);
  extended.mutable_commitment_extended()->set_new_due_date("2027-03-31");
  EXPECT_EQ(DescribeEvent(extended, s), "cam kết 2 của kỳ họp 4 gia hạn đến 31/03/2027");
}

TEST(FormatInterpellationTest, QuestionListByGroupThenUngrouped) {
  const v1::SessionState s = WithRespondentAndQuestions();
  v1::ListQuestionsResponse list;
  *list.mutable_questions() = s.interpellation().questions();
  const std::string text = FormatQuestionList(s, list);
  const auto group = text.find("Nhóm vấn đề 1 “Chung cư cũ”");
  const auto ungrouped = text.find("Chưa xếp nhóm");
  ASSERT_NE(group, std::string::npos) << text;
  ASSERT_NE(ungrouped, std::string::npos) << text;
  EXPECT_LT(group, text.find("Lê Văn Cường"));
  EXPECT_LT(ungrouped, text.find("Trần Thị Bích")) << "question 1 is not grouped";
  EXPECT_NE(text.find("“Câu hỏi 2”"), std::string::npos);
}

TEST(FormatInterpellationTest, CommitmentAndCarriedOverLines) {
  v1::CommitmentView v;
  v.set_session_id(3);
  v.mutable_commitment()->set_id(2);
  v.mutable_commitment()->set_what("Cải tạo chung cư cũ");
  v.mutable_commitment()->set_agency("Sở Xây dựng");
  v.mutable_commitment()->set_due_date("2026-12-31");
  v.set_due_date("2026-12-31");
  v.set_status(v1::COMMITMENT_STATUS_OVERDUE);
  EXPECT_EQ(FormatCommitmentLine(v),
            "[quá hạn] hạn 31/12/2026 — Sở Xây dựng: Cải tạo chung cư cũ (kỳ họp 3, cam kết 2)");
  v1::CarriedOverQuestion c;
  c.set_session_id(3);
  c.mutable_question()->set_id(5);
  c.mutable_question()->set_delegate_name("Trần Thị Bích");
  c.mutable_respondent()->set_name("Nguyễn Văn Xây");
  c.mutable_respondent()->set_position("Giám đốc Sở Xây dựng");
  c.set_written_answer_due_date("2026-12-22");
  c.set_overdue(true);
  EXPECT_EQ(FormatCarriedOverLine(c),
            "kỳ họp 3, câu hỏi 5 — Trần Thị Bích hỏi Nguyễn Văn Xây (Giám đốc Sở Xây dựng): hạn "
            "trả lời bằng văn bản 22/12/2026, QUÁ HẠN");
}

}  // namespace
}  // namespace dienhong::ctl
