// What a respondent (ROLE_RESPONDENT: an invited official) may see of a session: the
// questions addressed to them in full, and of every other question only that it exists
// (id, addressee, group, status, turns) — without its text, topic, questioner or
// satisfaction. The same rule serves GetSession (the state), Subscribe (the snapshot and
// every event) and ListQuestions, so a respondent's client folds the same redacted state
// from a snapshot as from events, and seq numbers stay gapless (events are redacted,
// never dropped). Turns are public: what is said on the floor is said in the open hall.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>

#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

// Clears what `respondent_account_id` may not see of `question`, unless it is addressed
// to them. Returns true when something was cleared.
bool RedactQuestionForRespondent(v1::Question& question, int64_t respondent_account_id);

// The same over every question of a state.
void RedactStateForRespondent(v1::SessionState& state, int64_t respondent_account_id);

// Redacts a QuestionSubmitted addressed to another respondent, and clears the verdict of
// a satisfaction recorded on another respondent's question; in both the actor (the
// questioner's account and name) is cleared too, its role kept. Returns true when
// `event` changed (false: it was theirs, or no question event at all).
bool RedactEventForRespondent(v1::Event& event, int64_t respondent_account_id);

// Whether RedactEventForRespondent would change `event` (to copy only those).
bool EventNeedsRedaction(const v1::Event& event, int64_t respondent_account_id);

}  // namespace dienhong
