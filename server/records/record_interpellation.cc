#include "server/records/record_interpellation.h"

#include "common/floor.h"
#include "server/records/record_time.h"

namespace dienhong::records {
namespace {

const char* SatisfactionLabel(v1::Satisfaction s) {
  switch (s) {
    case v1::SATISFACTION_SATISFIED:
      return "hài lòng";
    case v1::SATISFACTION_UNSATISFIED:
      return "chưa hài lòng";
    default:
      return "chưa đánh giá";
  }
}

const char* QuestionStatusLabel(v1::QuestionStatus s) {
  switch (s) {
    case v1::QUESTION_STATUS_ASKED:
      return "đã chất vấn";
    case v1::QUESTION_STATUS_ANSWERED:
      return "đã trả lời";
    default:
      return "đã gửi";
  }
}

std::string RespondentText(const v1::InterpellationState& in, int64_t account_id) {
  for (const auto& r : in.respondents()) {
    if (r.account_id() != account_id) continue;
    std::string out = r.name();
    if (!r.position().empty()) out += ", " + r.position();
    if (!r.agency().empty() && r.position().find(r.agency()) == std::string::npos) {
      out += " (" + r.agency() + ")";
    }
    return out;
  }
  return "tài khoản #" + std::to_string(account_id);
}

// The first of `turn_ids` that exists: its sitting and start.
const v1::Turn* FirstTurn(const v1::SessionState& state,
                          const google::protobuf::RepeatedField<int64_t>& turn_ids) {
  for (int64_t id : turn_ids) {
    if (const v1::Turn* t = FindTurn(state.floor(), id)) return t;
  }
  return nullptr;
}

}  // namespace

void AddInterpellation(const v1::SessionState& state, int64_t sitting_id,
                       const std::map<int64_t, int64_t>& conclusion_sittings,
                       v1::SessionRecord& record) {
  const v1::InterpellationState& in = state.interpellation();
  for (const v1::Question& q : in.questions()) {
    const v1::Turn* asked = FirstTurn(state, q.question_turn_ids());
    const v1::Turn* answered = FirstTurn(state, q.answer_turn_ids());
    // A question belongs to the sitting in which it was put; one never asked only to the
    // whole session's record.
    if (sitting_id != 0 && (asked == nullptr || asked->sitting_id() != sitting_id)) continue;
    v1::SessionRecord::Question* out = record.add_questions();
    out->set_question_id(q.id());
    for (const auto& g : in.groups()) {
      if (g.id() == q.group_id()) out->set_group(g.title());
    }
    out->set_delegate_id(q.delegate_id());
    out->set_questioner(q.delegate_name());
    out->set_respondent(RespondentText(in, q.respondent_account_id()));
    out->set_text(q.text());
    if (asked != nullptr) out->set_asked_at(IsoTime(asked->started_at()));
    if (answered != nullptr) out->set_answered_at(IsoTime(answered->started_at()));
    out->set_satisfaction(SatisfactionLabel(q.satisfaction()));
    out->set_status(QuestionStatusLabel(q.status()));
    out->set_note(q.topic());
  }
  for (const v1::Conclusion& c : in.conclusions()) {
    auto it = conclusion_sittings.find(c.id());
    const int64_t in_sitting = it == conclusion_sittings.end() ? 0 : it->second;
    if (sitting_id != 0 && in_sitting != sitting_id) continue;
    v1::SessionRecord::Conclusion* out = record.add_conclusions();
    out->set_conclusion_id(c.id());
    out->set_text(c.text());
    out->set_recorded_at(IsoTime(c.recorded_at()));
    for (const auto& g : in.groups()) {
      if (g.id() == c.group_id()) out->set_group(g.title());
    }
    for (const v1::Commitment& m : c.commitments()) {
      v1::SessionRecord::Commitment* cm = out->add_commitments();
      cm->set_commitment_id(m.id());
      cm->set_conclusion_id(c.id());
      cm->set_what(m.what());
      cm->set_agency(m.agency());
      cm->set_due(m.due_date());
    }
  }
}

}  // namespace dienhong::records
