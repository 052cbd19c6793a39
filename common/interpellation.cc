#include "common/interpellation.h"

#include <algorithm>

namespace dienhong {
namespace {

template <typename List>
auto FindById(List& list, int64_t id) -> decltype(&*list.begin()) {
  for (auto& x : list) {
    if (x.id() == id) return &x;
  }
  return nullptr;
}

}  // namespace

const v1::Question* FindQuestion(const v1::SessionState& state, int64_t question_id) {
  return FindById(state.interpellation().questions(), question_id);
}
v1::Question* FindQuestion(v1::SessionState& state, int64_t question_id) {
  return FindById(*state.mutable_interpellation()->mutable_questions(), question_id);
}
const v1::QuestionGroup* FindQuestionGroup(const v1::SessionState& state, int64_t group_id) {
  return FindById(state.interpellation().groups(), group_id);
}
v1::QuestionGroup* FindQuestionGroup(v1::SessionState& state, int64_t group_id) {
  return FindById(*state.mutable_interpellation()->mutable_groups(), group_id);
}

const v1::Respondent* FindRespondent(const v1::SessionState& state, int64_t account_id) {
  if (account_id == 0) return nullptr;
  for (const auto& r : state.interpellation().respondents()) {
    if (r.account_id() == account_id) return &r;
  }
  return nullptr;
}

const v1::Commitment* FindCommitment(const v1::SessionState& state, int64_t commitment_id,
                                     const v1::Conclusion** conclusion) {
  for (const auto& c : state.interpellation().conclusions()) {
    for (const auto& k : c.commitments()) {
      if (k.id() == commitment_id) {
        if (conclusion != nullptr) *conclusion = &c;
        return &k;
      }
    }
  }
  return nullptr;
}

int64_t MaxCommitmentId(const v1::SessionState& state) {
  int64_t max = 0;
  for (const auto& c : state.interpellation().conclusions()) {
    for (const auto& k : c.commitments()) max = std::max(max, k.id());
  }
  return max;
}

bool CarriesOver(const v1::SessionState& state, const v1::Question& question) {
  if (state.status() != v1::SESSION_STATUS_CLOSED) return false;
  return question.status() != v1::QUESTION_STATUS_ANSWERED ||
         question.satisfaction() == v1::SATISFACTION_UNSATISFIED;
}

const char* QuestionStatusLabel(v1::QuestionStatus status) {
  switch (status) {
    case v1::QUESTION_STATUS_SUBMITTED:
      return "chờ chất vấn";
    case v1::QUESTION_STATUS_ASKED:
      return "đã hỏi, chờ trả lời";
    case v1::QUESTION_STATUS_ANSWERED:
      return "đã trả lời";
    default:
      return "không rõ trạng thái";
  }
}

}  // namespace dienhong
