#include "server/followup_views.h"

#include <algorithm>

#include "common/calendar.h"
#include "common/followup.h"

namespace dienhong {

int64_t ServerToday(const ServerCore& core) { return LocalDayNumber(core.clock.NowMicros()); }

std::set<std::string> RespondentAgencies(const ServerCore& core, int64_t council_id,
                                         int64_t account_id) {
  std::set<std::string> agencies;
  core.engine.ForEachState(council_id, [&](const v1::SessionState& s) {
    for (const auto& r : s.interpellation().respondents()) {
      if (r.account_id() == account_id) agencies.insert(r.agency());
    }
  });
  return agencies;
}

std::vector<v1::CommitmentView> ListCouncilCommitments(const ServerCore& core, int64_t council_id,
                                                       const v1::ListCommitmentsRequest& filter) {
  const v1::FollowUpBook book = core.followup.Book();
  const int64_t today = ServerToday(core);
  const auto due_limit = ParseIsoDate(filter.due_on_or_before());
  std::vector<v1::CommitmentView> out;
  core.engine.ForEachState(council_id, [&](const v1::SessionState& s) {
    for (auto& v : CommitmentViews(s, book, today)) {
      if (!filter.agency().empty() && v.commitment().agency() != filter.agency()) continue;
      if (due_limit && *ParseIsoDate(v.due_date()) > *due_limit) continue;
      if (filter.status() != v1::COMMITMENT_STATUS_UNSPECIFIED && v.status() != filter.status()) {
        continue;
      }
      out.push_back(std::move(v));
    }
  });
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    // ISO dates sort as text.
    if (a.due_date() != b.due_date()) return a.due_date() < b.due_date();
    if (a.session_id() != b.session_id()) return a.session_id() < b.session_id();
    return a.commitment().id() < b.commitment().id();
  });
  return out;
}

std::vector<v1::CarriedOverQuestion> ListCouncilCarriedOver(const ServerCore& core,
                                                            int64_t council_id,
                                                            int64_t respondent_account_id,
                                                            bool pending_only,
                                                            int64_t except_session) {
  const v1::FollowUpBook book = core.followup.Book();
  const int64_t today = ServerToday(core);
  std::vector<v1::CarriedOverQuestion> out;
  core.engine.ForEachState(council_id, [&](const v1::SessionState& s) {
    if (s.session_id() == except_session) return;
    for (auto& q : CarriedOverQuestions(s, book, today)) {
      if (respondent_account_id != 0 &&
          q.question().respondent_account_id() != respondent_account_id) {
        continue;
      }
      if (pending_only && q.has_written_answer()) continue;
      out.push_back(std::move(q));
    }
  });
  return out;
}

}  // namespace dienhong
