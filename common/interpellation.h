// Questioning and hearings as pure functions over a SessionState: lookups by id, and
// which questions carry over. Decide (decide_interpellation.cc), Apply, the follow-up
// (common/followup.h) and the server's list RPCs all use these, so they cannot disagree.
// docs/interpellation.md explains the rules to people.
//
// Thread-safety: pure functions; pointers point into the argument (see session_lookup.h).
#pragma once

#include <cstdint>

#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

const v1::Question* FindQuestion(const v1::SessionState& state, int64_t question_id);
v1::Question* FindQuestion(v1::SessionState& state, int64_t question_id);
const v1::QuestionGroup* FindQuestionGroup(const v1::SessionState& state, int64_t group_id);
v1::QuestionGroup* FindQuestionGroup(v1::SessionState& state, int64_t group_id);
// The invited respondent with this account, or nullptr.
const v1::Respondent* FindRespondent(const v1::SessionState& state, int64_t account_id);
// The commitment of any conclusion with this id (and its conclusion), or nullptr.
const v1::Commitment* FindCommitment(const v1::SessionState& state, int64_t commitment_id,
                                     const v1::Conclusion** conclusion = nullptr);
// Largest commitment id in the session's conclusions, 0 when none.
int64_t MaxCommitmentId(const v1::SessionState& state);

// Apply's part for the questioning events (Event.body 120-139); returns false for any
// other event. TurnStarted is the floor's, but a turn with question_ids also moves its
// questions on (ASKED / ANSWERED): LinkTurnToQuestions, called by Apply for it.
bool ApplyInterpellation(v1::SessionState& state, const v1::Event& event);
void LinkTurnToQuestions(v1::SessionState& state, const v1::Turn& turn);

// Whether a question carries over to the council's next session: the session is CLOSED
// and the question was never answered, or its questioner recorded being unsatisfied.
bool CarriesOver(const v1::SessionState& state, const v1::Question& question);

// "chờ chất vấn", "đã hỏi", "đã trả lời" for messages shown to people.
const char* QuestionStatusLabel(v1::QuestionStatus status);

}  // namespace dienhong
