// Apply for questioning and hearings (see common/interpellation.h).
#include <algorithm>

#include "common/interpellation.h"

namespace dienhong {
namespace {

void RemoveId(google::protobuf::RepeatedField<int64_t>& ids, int64_t id) {
  ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
}

void ApplyGroupDefined(v1::SessionState& s, const v1::QuestionGroup& group) {
  v1::InterpellationState& ip = *s.mutable_interpellation();
  // Questions listed move into the group, out of any other; questions dropped from it
  // become ungrouped.
  for (auto& g : *ip.mutable_groups()) {
    if (g.id() == group.id()) continue;
    for (int64_t q : group.question_ids()) RemoveId(*g.mutable_question_ids(), q);
  }
  for (auto& q : *ip.mutable_questions()) {
    const bool listed = std::find(group.question_ids().begin(), group.question_ids().end(),
                                  q.id()) != group.question_ids().end();
    if (listed) {
      q.set_group_id(group.id());
    } else if (q.group_id() == group.id()) {
      q.set_group_id(0);
    }
  }
  if (v1::QuestionGroup* existing = FindQuestionGroup(s, group.id())) {
    *existing = group;
  } else {
    *ip.add_groups() = group;
  }
}

void ApplyGroupsOrdered(v1::SessionState& s, const v1::QuestionGroupsOrdered& b) {
  v1::InterpellationState& ip = *s.mutable_interpellation();
  google::protobuf::RepeatedPtrField<v1::QuestionGroup> ordered;
  for (int64_t id : b.group_ids()) {
    if (const v1::QuestionGroup* g = FindQuestionGroup(s, id)) *ordered.Add() = *g;
  }
  // Anything the event did not name (a corrupt log) keeps its place at the end.
  for (const auto& g : ip.groups()) {
    if (std::find(b.group_ids().begin(), b.group_ids().end(), g.id()) == b.group_ids().end()) {
      *ordered.Add() = g;
    }
  }
  *ip.mutable_groups() = std::move(ordered);
}

}  // namespace

void LinkTurnToQuestions(v1::SessionState& s, const v1::Turn& turn) {
  for (int64_t id : turn.question_ids()) {
    v1::Question* q = FindQuestion(s, id);
    if (q == nullptr) continue;
    if (turn.kind() == v1::FLOOR_KIND_RESPONDENT_ANSWER) {
      q->add_answer_turn_ids(turn.id());
      q->set_status(v1::QUESTION_STATUS_ANSWERED);
    } else {
      q->add_question_turn_ids(turn.id());
      if (q->status() == v1::QUESTION_STATUS_SUBMITTED) q->set_status(v1::QUESTION_STATUS_ASKED);
    }
  }
}

bool ApplyInterpellation(v1::SessionState& s, const v1::Event& e) {
  v1::InterpellationState* ip = nullptr;
  switch (e.body_case()) {
    case v1::Event::kRespondentInvited: {
      const v1::Respondent& r = e.respondent_invited().respondent();
      ip = s.mutable_interpellation();
      for (auto& existing : *ip->mutable_respondents()) {
        if (existing.account_id() == r.account_id()) {
          existing = r;
          return true;
        }
      }
      *ip->add_respondents() = r;
      return true;
    }
    case v1::Event::kQuestionSubmitted:
      *s.mutable_interpellation()->add_questions() = e.question_submitted().question();
      return true;
    case v1::Event::kQuestionGroupDefined:
      ApplyGroupDefined(s, e.question_group_defined().group());
      return true;
    case v1::Event::kQuestionGroupsOrdered:
      ApplyGroupsOrdered(s, e.question_groups_ordered());
      return true;
    case v1::Event::kQuestionGroupStarted: {
      const auto& b = e.question_group_started();
      s.mutable_interpellation()->set_current_group_id(b.group_id());
      if (v1::QuestionGroup* g = FindQuestionGroup(s, b.group_id())) {
        if (!g->has_started_at()) *g->mutable_started_at() = b.at();
      }
      return true;
    }
    case v1::Event::kQuestionSatisfactionRecorded: {
      const auto& b = e.question_satisfaction_recorded();
      if (v1::Question* q = FindQuestion(s, b.question_id())) {
        q->set_satisfaction(b.satisfaction());
        *q->mutable_satisfaction_at() = b.at();
      }
      return true;
    }
    case v1::Event::kHearingSet:
      *s.mutable_interpellation()->mutable_hearing() = e.hearing_set().hearing();
      return true;
    case v1::Event::kConclusionRecorded:
      *s.mutable_interpellation()->add_conclusions() = e.conclusion_recorded().conclusion();
      return true;
    default:
      return false;
  }
}

}  // namespace dienhong
