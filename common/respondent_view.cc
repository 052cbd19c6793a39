#include "common/respondent_view.h"

namespace dienhong {

bool RedactQuestionForRespondent(v1::Question& q, int64_t respondent_account_id) {
  if (q.respondent_account_id() == respondent_account_id) return false;
  q.clear_text();
  q.clear_topic();
  q.clear_delegate_id();
  q.clear_delegate_name();
  q.clear_satisfaction();
  q.clear_satisfaction_at();
  return true;
}

void RedactStateForRespondent(v1::SessionState& state, int64_t respondent_account_id) {
  if (!state.has_interpellation()) return;
  for (auto& q : *state.mutable_interpellation()->mutable_questions()) {
    RedactQuestionForRespondent(q, respondent_account_id);
  }
}

bool EventNeedsRedaction(const v1::Event& event, int64_t respondent_account_id) {
  if (event.has_question_submitted()) {
    return event.question_submitted().question().respondent_account_id() != respondent_account_id;
  }
  if (event.has_question_satisfaction_recorded()) {
    return event.question_satisfaction_recorded().respondent_account_id() != respondent_account_id;
  }
  return false;
}

bool RedactEventForRespondent(v1::Event& event, int64_t respondent_account_id) {
  if (!EventNeedsRedaction(event, respondent_account_id)) return false;
  // The actor of a question or a verdict is the questioner: who asked is not theirs to
  // see (that a delegate did is; the role stays).
  event.mutable_actor()->clear_account_id();
  event.mutable_actor()->clear_display_name();
  if (event.has_question_submitted()) {
    RedactQuestionForRespondent(*event.mutable_question_submitted()->mutable_question(),
                                respondent_account_id);
  } else {
    event.mutable_question_satisfaction_recorded()->clear_satisfaction();
    event.mutable_question_satisfaction_recorded()->clear_at();
  }
  return true;
}

}  // namespace dienhong
