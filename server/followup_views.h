// The follow-up's cross-session queries for the InterpellationService: commitments and
// carried-over questions of a council, joined from the sessions' committed states and
// the FollowUpLedger's book, with status derived on the server clock's day. Filtering by
// what a respondent may see lives here too, so every list applies the same rule.
//
// Thread-safety: stateless functions over thread-safe parts (ServerCore).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "dienhong/v1/interpellation_service.pb.h"
#include "server/server_core.h"

namespace dienhong {

// Agencies a respondent account was invited for, in any session of the council.
std::set<std::string> RespondentAgencies(const ServerCore& core, int64_t council_id,
                                         int64_t account_id);

// Commitments of the council's sessions matching the request's filters (already
// validated), sorted by due date in force, then session and id.
std::vector<v1::CommitmentView> ListCouncilCommitments(const ServerCore& core, int64_t council_id,
                                                       const v1::ListCommitmentsRequest& filter);

// Carried-over questions of the council's closed sessions other than `except_session`
// (0 = none), addressed to `respondent_account_id` (0 = anyone); `pending_only` drops
// those answered in writing. In session, then question order.
std::vector<v1::CarriedOverQuestion> ListCouncilCarriedOver(const ServerCore& core,
                                                            int64_t council_id,
                                                            int64_t respondent_account_id,
                                                            bool pending_only,
                                                            int64_t except_session = 0);

// Today on the server's clock (Vietnam's calendar day, common/calendar.h).
int64_t ServerToday(const ServerCore& core);

}  // namespace dienhong
