#include <algorithm>

#include "common/session_lookup.h"
#include "common/voting.h"

namespace dienhong::voting {

const v1::Poll* FindPoll(const v1::SessionState& state, int64_t poll_id) {
  for (const auto& p : state.polls()) {
    if (p.id() == poll_id) return &p;
  }
  return nullptr;
}

v1::Poll* FindPoll(v1::SessionState& state, int64_t poll_id) {
  for (auto& p : *state.mutable_polls()) {
    if (p.id() == poll_id) return &p;
  }
  return nullptr;
}

bool IsEntitled(const v1::SessionState& state, const v1::Poll& poll, int64_t delegate_id) {
  if (FindRosterEntry(state, delegate_id) == nullptr) return false;
  const v1::Sitting* sitting = FindSitting(state, poll.sitting_id());
  if (sitting == nullptr) return false;
  const v1::AttendanceRecord* record = FindAttendance(*sitting, delegate_id);
  if (record == nullptr) return false;
  return record->status() == v1::ATTENDANCE_STATUS_PRESENT ||
         (poll.allow_online() && record->status() == v1::ATTENDANCE_STATUS_ONLINE);
}

std::vector<int64_t> EntitledVoters(const v1::SessionState& state, const v1::Poll& poll) {
  std::vector<int64_t> out;
  for (const auto& r : state.roster()) {
    if (IsEntitled(state, poll, r.delegate_id())) out.push_back(r.delegate_id());
  }
  return out;
}

int64_t ClosesAtMicros(const v1::Poll& poll) {
  if (!poll.has_closes_at()) return 0;
  return poll.closes_at().seconds() * 1000000 + poll.closes_at().nanos() / 1000;
}

bool ApplyVoting(v1::SessionState& s, const v1::Event& e) {
  switch (e.body_case()) {
    case v1::Event::kPollCreated: {
      const v1::Poll& poll = e.poll_created().poll();
      if (v1::Poll* existing = FindPoll(s, poll.id())) {
        *existing = poll;
      } else {
        *s.add_polls() = poll;
      }
      if (poll.revote_of() != 0) {
        if (v1::Poll* source = FindPoll(s, poll.revote_of())) source->set_revoted_by(poll.id());
      }
      return true;
    }
    case v1::Event::kPollOpened: {
      const auto& b = e.poll_opened();
      if (v1::Poll* p = FindPoll(s, b.poll_id())) {
        p->set_status(v1::POLL_STATUS_OPEN);
        p->set_sitting_id(b.sitting_id());
        p->set_roster_size(b.roster_size());
        p->set_base_count(b.base_count());
        *p->mutable_entitled_at_open() = b.entitled();
        *p->mutable_opened_at() = e.recorded_at();
        if (b.has_closes_at()) *p->mutable_closes_at() = b.closes_at();
      }
      return true;
    }
    case v1::Event::kVoteCast: {
      // Participation only: the ballot (open polls) is deliberately not folded.
      const auto& b = e.vote_cast();
      if (v1::Poll* p = FindPoll(s, b.poll_id())) {
        if (std::find(p->voted().begin(), p->voted().end(), b.delegate_id()) == p->voted().end()) {
          p->add_voted(b.delegate_id());
        }
      }
      return true;
    }
    case v1::Event::kPollClosed: {
      const auto& b = e.poll_closed();
      if (v1::Poll* p = FindPoll(s, b.poll_id())) {
        p->set_status(v1::POLL_STATUS_CLOSED);
        *p->mutable_entitled_at_close() = b.entitled();
        *p->mutable_result() = b.result();
        if (p->rule().base() == v1::VOTE_BASE_VOTES_CAST) p->set_base_count(b.result().base_count());
        *p->mutable_closed_at() = e.recorded_at();
      }
      return true;
    }
    case v1::Event::kPollCancelled: {
      const auto& b = e.poll_cancelled();
      if (v1::Poll* p = FindPoll(s, b.poll_id())) {
        p->set_status(v1::POLL_STATUS_CANCELLED);
        p->set_cancel_reason(b.reason());
        *p->mutable_closed_at() = e.recorded_at();
      }
      return true;
    }
    case v1::Event::kPollResultsPublished: {
      if (v1::Poll* p = FindPoll(s, e.poll_results_published().poll_id())) {
        p->set_status(v1::POLL_STATUS_PUBLISHED);
        *p->mutable_published_at() = e.recorded_at();
      }
      return true;
    }
    default:
      return false;
  }
}

bool RedactForLiveStream(v1::Event& event) {
  if (!event.has_vote_cast() || !event.vote_cast().has_ballot()) return false;
  event.mutable_vote_cast()->clear_ballot();
  return true;
}

}  // namespace dienhong::voting
