#include "common/followup.h"

#include "common/calendar.h"
#include "common/floor.h"
#include "common/interpellation.h"
#include "common/validation.h"

namespace dienhong {
namespace {

std::string Id(int64_t id) { return std::to_string(id); }

v1::CommitmentRecord* MutableRecord(v1::FollowUpBook& book, int64_t session_id,
                                    int64_t commitment_id) {
  for (auto& r : *book.mutable_commitments()) {
    if (r.session_id() == session_id && r.commitment_id() == commitment_id) return &r;
  }
  v1::CommitmentRecord* r = book.add_commitments();
  r->set_session_id(session_id);
  r->set_commitment_id(commitment_id);
  return r;
}

std::string DueInForce(const v1::Commitment& c, const v1::CommitmentRecord* record) {
  if (record != nullptr && record->extensions_size() > 0) {
    return record->extensions(record->extensions_size() - 1).new_due_date();
  }
  return c.due_date();
}

Result<const v1::Commitment*> OpenCommitment(const v1::SessionState& session,
                                             const v1::FollowUpBook& book, int64_t id) {
  if (id <= 0) return Status::InvalidArgument("commitment_id: chưa chọn cam kết");
  const v1::Commitment* c = FindCommitment(session, id);
  if (c == nullptr) {
    return Status::NotFound("commitment_id " + Id(id) + ": kỳ họp " + Id(session.session_id()) +
                            " không có cam kết này");
  }
  const v1::CommitmentRecord* r = FindCommitmentRecord(book, session.session_id(), id);
  if (r != nullptr && r->has_fulfilled()) {
    return Status::FailedPrecondition("commitment_id " + Id(id) +
                                      ": cam kết đã được ghi nhận hoàn thành");
  }
  return c;
}

int64_t ClosingDay(const v1::SessionState& session) {
  return LocalDayNumber(TimestampMicros(session.closed_at()));
}

}  // namespace

bool ApplyFollowUp(v1::FollowUpBook& book, const v1::Event& e) {
  switch (e.body_case()) {
    case v1::Event::kCommitmentFulfilled: {
      const auto& b = e.commitment_fulfilled();
      *MutableRecord(book, b.session_id(), b.commitment_id())->mutable_fulfilled() = b;
      return true;
    }
    case v1::Event::kCommitmentExtended: {
      const auto& b = e.commitment_extended();
      *MutableRecord(book, b.session_id(), b.commitment_id())->add_extensions() = b;
      return true;
    }
    case v1::Event::kWrittenAnswerSubmitted:
      *book.add_written_answers() = e.written_answer_submitted();
      return true;
    default:
      return false;
  }
}

const v1::CommitmentRecord* FindCommitmentRecord(const v1::FollowUpBook& book, int64_t session_id,
                                                 int64_t commitment_id) {
  for (const auto& r : book.commitments()) {
    if (r.session_id() == session_id && r.commitment_id() == commitment_id) return &r;
  }
  return nullptr;
}

const v1::WrittenAnswerSubmitted* FindWrittenAnswer(const v1::FollowUpBook& book,
                                                    int64_t session_id, int64_t question_id) {
  for (const auto& a : book.written_answers()) {
    if (a.session_id() == session_id && a.question_id() == question_id) return &a;
  }
  return nullptr;
}

Result<v1::Event> DecideCommitmentDone(const v1::SessionState& session,
                                       const v1::FollowUpBook& book, int64_t commitment_id,
                                       const std::string& evidence, const std::string& document,
                                       int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Commitment* c, OpenCommitment(session, book, commitment_id));
  v1::Event e;
  v1::CommitmentFulfilled* b = e.mutable_commitment_fulfilled();
  b->set_session_id(session.session_id());
  b->set_commitment_id(c->id());
  DH_ASSIGN_OR_RETURN(*b->mutable_evidence(),
                      CleanParagraphs(evidence, "evidence", kMaxEvidenceChars, true,
                                      "kết quả thực hiện (căn cứ hoàn thành)"));
  DH_ASSIGN_OR_RETURN(*b->mutable_document(), CleanText(document, "document", kMaxShortTextChars,
                                                        false, "số hiệu văn bản"));
  *b->mutable_at() = MicrosTimestamp(now);
  return e;
}

Result<v1::Event> DecideCommitmentExtension(const v1::SessionState& session,
                                            const v1::FollowUpBook& book, int64_t commitment_id,
                                            const std::string& new_due_date,
                                            const std::string& reason, int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Commitment* c, OpenCommitment(session, book, commitment_id));
  const std::string current =
      DueInForce(*c, FindCommitmentRecord(book, session.session_id(), c->id()));
  const auto due = ParseIsoDate(Trim(new_due_date));
  if (!due) {
    return Status::InvalidArgument(
        "new_due_date: hạn mới phải là ngày có thật, dạng YYYY-MM-DD "
        "(đang là «" +
        new_due_date + "»)");
  }
  if (*due <= *ParseIsoDate(current)) {
    return Status::InvalidArgument("new_due_date: hạn mới " + FormatVietnameseDate(*due) +
                                   " phải sau hạn đang áp dụng " + VietnameseDateFromIso(current));
  }
  if (*due < LocalDayNumber(now)) {
    return Status::InvalidArgument("new_due_date: hạn mới " + FormatVietnameseDate(*due) +
                                   " đã qua");
  }
  v1::Event e;
  v1::CommitmentExtended* b = e.mutable_commitment_extended();
  b->set_session_id(session.session_id());
  b->set_commitment_id(c->id());
  b->set_previous_due_date(current);
  b->set_new_due_date(FormatIsoDate(*due));
  DH_ASSIGN_OR_RETURN(*b->mutable_reason(),
                      CleanText(reason, "reason", kMaxReasonChars, true, "lý do gia hạn"));
  *b->mutable_at() = MicrosTimestamp(now);
  return e;
}

Result<v1::Event> DecideWrittenAnswer(const v1::SessionState& session, const v1::FollowUpBook& book,
                                      int64_t question_id, int64_t respondent_account_id,
                                      const std::string& text, const std::string& document,
                                      int64_t now) {
  if (question_id <= 0) return Status::InvalidArgument("question_id: chưa chọn câu hỏi");
  const v1::Question* q = FindQuestion(session, question_id);
  if (q == nullptr) {
    return Status::NotFound("question_id " + Id(question_id) + ": kỳ họp " +
                            Id(session.session_id()) + " không có câu hỏi này");
  }
  if (q->respondent_account_id() != respondent_account_id) {
    return Status::PermissionDenied("question_id " + Id(question_id) +
                                    ": câu hỏi không gửi tới tài khoản này");
  }
  if (!CarriesOver(session, *q)) {
    return Status::FailedPrecondition(
        "question_id " + Id(question_id) +
        ": chỉ trả lời bằng văn bản câu hỏi chưa được trả lời hoặc đại biểu chưa hài lòng, "
        "sau khi kỳ họp bế mạc");
  }
  if (FindWrittenAnswer(book, session.session_id(), question_id) != nullptr) {
    return Status::FailedPrecondition("question_id " + Id(question_id) +
                                      ": câu hỏi đã được trả lời bằng văn bản");
  }
  v1::Event e;
  v1::WrittenAnswerSubmitted* b = e.mutable_written_answer_submitted();
  b->set_session_id(session.session_id());
  b->set_question_id(question_id);
  b->set_respondent_account_id(respondent_account_id);
  DH_ASSIGN_OR_RETURN(*b->mutable_text(), CleanParagraphs(text, "text", kMaxWrittenAnswerChars,
                                                          true, "nội dung trả lời"));
  DH_ASSIGN_OR_RETURN(*b->mutable_document(), CleanText(document, "document", kMaxShortTextChars,
                                                        false, "số hiệu văn bản"));
  *b->mutable_at() = MicrosTimestamp(now);
  return e;
}

v1::CommitmentStatus DeriveCommitmentStatus(const v1::CommitmentRecord* record,
                                            const std::string& due_date_in_force, int64_t today) {
  if (record != nullptr && record->has_fulfilled()) return v1::COMMITMENT_STATUS_DONE;
  const auto due = ParseIsoDate(due_date_in_force);
  if (due && *due < today) return v1::COMMITMENT_STATUS_OVERDUE;
  if (record != nullptr && record->extensions_size() > 0) return v1::COMMITMENT_STATUS_EXTENDED;
  return v1::COMMITMENT_STATUS_OPEN;
}

std::vector<v1::CommitmentView> CommitmentViews(const v1::SessionState& session,
                                                const v1::FollowUpBook& book, int64_t today) {
  std::vector<v1::CommitmentView> out;
  for (const auto& conclusion : session.interpellation().conclusions()) {
    const v1::QuestionGroup* group = FindQuestionGroup(session, conclusion.group_id());
    for (const auto& c : conclusion.commitments()) {
      v1::CommitmentView v;
      v.set_council_id(session.council_id());
      v.set_session_id(session.session_id());
      v.set_session_title(session.title());
      v.set_conclusion_id(conclusion.id());
      v.set_group_id(conclusion.group_id());
      if (group != nullptr) v.set_group_title(group->title());
      *v.mutable_commitment() = c;
      const v1::CommitmentRecord* record = FindCommitmentRecord(book, session.session_id(), c.id());
      v.set_due_date(DueInForce(c, record));
      v.set_status(DeriveCommitmentStatus(record, v.due_date(), today));
      if (record != nullptr) {
        if (record->has_fulfilled()) *v.mutable_fulfilled() = record->fulfilled();
        *v.mutable_extensions() = record->extensions();
      }
      out.push_back(std::move(v));
    }
  }
  return out;
}

std::vector<v1::CarriedOverQuestion> CarriedOverQuestions(const v1::SessionState& session,
                                                          const v1::FollowUpBook& book,
                                                          int64_t today) {
  std::vector<v1::CarriedOverQuestion> out;
  if (session.status() != v1::SESSION_STATUS_CLOSED) return out;
  const int64_t due = ClosingDay(session) + EffectiveFloorRules(session).written_answer_days();
  for (const auto& q : session.interpellation().questions()) {
    if (!CarriesOver(session, q)) continue;
    v1::CarriedOverQuestion c;
    c.set_council_id(session.council_id());
    c.set_session_id(session.session_id());
    c.set_session_title(session.title());
    *c.mutable_question() = q;
    if (const v1::Respondent* r = FindRespondent(session, q.respondent_account_id())) {
      *c.mutable_respondent() = *r;
    }
    c.set_written_answer_due_date(FormatIsoDate(due));
    const v1::WrittenAnswerSubmitted* a = FindWrittenAnswer(book, session.session_id(), q.id());
    if (a != nullptr) *c.mutable_written_answer() = *a;
    c.set_overdue(a == nullptr && due < today);
    out.push_back(std::move(c));
  }
  return out;
}

const char* CommitmentStatusLabel(v1::CommitmentStatus status) {
  switch (status) {
    case v1::COMMITMENT_STATUS_OPEN:
      return "đang thực hiện";
    case v1::COMMITMENT_STATUS_DONE:
      return "đã hoàn thành";
    case v1::COMMITMENT_STATUS_OVERDUE:
      return "quá hạn";
    case v1::COMMITMENT_STATUS_EXTENDED:
      return "đã gia hạn";
    default:
      return "không rõ";
  }
}

}  // namespace dienhong
