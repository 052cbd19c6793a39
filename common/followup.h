// The follow-up (theo dõi đến cùng): what happens to commitments and carried-over
// questions after their session, as pure functions. Its events live on the registry
// stream (a closed session accepts nothing more, and the standing committee follows
// commitments across sessions); FollowUpBook is their fold. Views join a session's
// state (what was concluded / asked) with the book (what happened since) and derive the
// status from a day number (common/calendar.h) — the server passes its clock's day, the
// tests a day of their choosing. docs/interpellation.md.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/interpellation.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

// Folds a follow-up event (CommitmentFulfilled / CommitmentExtended /
// WrittenAnswerSubmitted); returns false (and changes nothing) for any other event.
bool ApplyFollowUp(v1::FollowUpBook& book, const v1::Event& event);

const v1::CommitmentRecord* FindCommitmentRecord(const v1::FollowUpBook& book, int64_t session_id,
                                                 int64_t commitment_id);
const v1::WrittenAnswerSubmitted* FindWrittenAnswer(const v1::FollowUpBook& book,
                                                    int64_t session_id, int64_t question_id);

// Decisions: the event body to append, or why not. `session` is the commitment's or
// question's session; `now` the server's clock. Errors name the request field.
// A commitment reported done (evidence required); refused when already done.
Result<v1::Event> DecideCommitmentDone(const v1::SessionState& session,
                                       const v1::FollowUpBook& book, int64_t commitment_id,
                                       const std::string& evidence, const std::string& document,
                                       int64_t now);
// A new due date (after the one in force), with a reason; refused when already done.
Result<v1::Event> DecideCommitmentExtension(const v1::SessionState& session,
                                            const v1::FollowUpBook& book, int64_t commitment_id,
                                            const std::string& new_due_date,
                                            const std::string& reason, int64_t now);
// A written answer by `respondent_account_id` to a question of theirs that carries over
// (CarriesOver); refused when already answered in writing.
Result<v1::Event> DecideWrittenAnswer(const v1::SessionState& session, const v1::FollowUpBook& book,
                                      int64_t question_id, int64_t respondent_account_id,
                                      const std::string& text, const std::string& document,
                                      int64_t now);

// Status of a commitment on day `today`: DONE when fulfilled; otherwise OVERDUE when the
// due date in force is before today; otherwise EXTENDED when it was moved; else OPEN.
v1::CommitmentStatus DeriveCommitmentStatus(const v1::CommitmentRecord* record,
                                            const std::string& due_date_in_force, int64_t today);

// Every commitment of the session's conclusions, with follow-up and status on `today`.
std::vector<v1::CommitmentView> CommitmentViews(const v1::SessionState& session,
                                                const v1::FollowUpBook& book, int64_t today);

// Every question of the session that carries over, with its written-answer due date (the
// closing day + the session's written_answer_days), any written answer, and whether it is
// overdue on `today`. Empty while the session is not closed.
std::vector<v1::CarriedOverQuestion> CarriedOverQuestions(const v1::SessionState& session,
                                                          const v1::FollowUpBook& book,
                                                          int64_t today);

const char* CommitmentStatusLabel(v1::CommitmentStatus status);

}  // namespace dienhong
