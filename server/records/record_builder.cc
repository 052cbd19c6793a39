#include "server/records/record_builder.h"

#include <algorithm>
#include <map>

#include "common/apply.h"
#include "common/floor.h"
#include "common/labels.h"
#include "common/quorum.h"
#include "common/session_lookup.h"
#include "common/vote_rules.h"
#include "server/records/record_documents.h"
#include "server/records/record_interpellation.h"
#include "server/records/record_time.h"
#include "server/store/chain.h"

namespace dienhong::records {
namespace {

// What the final state forgets but the minutes need: every stretch of an item and every
// suspension of a sitting, collected while folding.
struct History {
  std::vector<v1::SessionRecord::AgendaRun> runs;
  std::map<int64_t, std::vector<v1::SessionRecord::Suspension>> suspensions;  // by sitting
  std::map<int64_t, int64_t> conclusion_sittings;  // conclusion id -> sitting
  std::map<int64_t, std::string> override_actors;  // poll id -> who overrode the gate
};

void CloseOpenRuns(History& h, const std::string& at) {
  for (auto& run : h.runs) {
    if (run.ended_at().empty()) run.set_ended_at(at);
  }
}

// Before Apply: `state` is as it was when the event happened.
void Observe(const v1::SessionState& state, const v1::Event& e, History& h) {
  const std::string at = IsoTime(e.recorded_at());
  switch (e.body_case()) {
    case v1::Event::kAgendaItemStarted: {
      // Taking up an item ends whatever was current (its Completed may not be logged).
      CloseOpenRuns(h, at);
      v1::SessionRecord::AgendaRun run;
      run.set_item_id(e.agenda_item_started().item_id());
      if (const v1::AgendaItem* item = FindItem(state, run.item_id())) {
        run.set_title(item->title());
        run.set_kind(AgendaItemKindLabel(item->kind()));
        run.set_presenter(item->presenter());
      }
      run.set_sitting_id(state.current_sitting_id());
      run.set_started_at(at);
      run.set_reopened(e.agenda_item_started().reopened());
      h.runs.push_back(std::move(run));
      break;
    }
    case v1::Event::kAgendaItemCompleted:
      for (auto& run : h.runs) {
        if (run.item_id() == e.agenda_item_completed().item_id() && run.ended_at().empty()) {
          run.set_ended_at(at);
        }
      }
      break;
    case v1::Event::kSittingSuspended: {
      v1::SessionRecord::Suspension s;
      s.set_at(at);
      s.set_reason(e.sitting_suspended().reason());
      h.suspensions[e.sitting_suspended().sitting_id()].push_back(std::move(s));
      break;
    }
    case v1::Event::kSittingResumed: {
      auto& list = h.suspensions[e.sitting_resumed().sitting_id()];
      if (!list.empty() && list.back().resumed_at().empty()) list.back().set_resumed_at(at);
      break;
    }
    case v1::Event::kConclusionRecorded:
      h.conclusion_sittings[e.conclusion_recorded().conclusion().id()] = state.current_sitting_id();
      break;
    case v1::Event::kDossierOverridden: {
      std::string who = e.actor().display_name();
      if (e.actor().role() != v1::ROLE_UNSPECIFIED) {
        who += std::string(who.empty() ? "" : " (") + RoleLabel(e.actor().role()) +
               (who.empty() ? "" : ")");
      }
      h.override_actors[e.dossier_overridden().override().poll_id()] = who;
      break;
    }
    default:
      break;
  }
}

const char* StatusWord(v1::AttendanceStatus s) {
  switch (s) {
    case v1::ATTENDANCE_STATUS_PRESENT:
      return "present";
    case v1::ATTENDANCE_STATUS_ONLINE:
      return "online";
    case v1::ATTENDANCE_STATUS_EXCUSED:
      return "excused";
    default:
      return "absent";
  }
}

std::string FractionText(const v1::Fraction& f) {
  return std::to_string(f.numerator()) + "/" + std::to_string(f.denominator()) +
         " tổng số đại biểu" + (f.strict() ? " (quá)" : "");
}

v1::SessionRecord::Session SessionPart(const v1::SessionState& s) {
  v1::SessionRecord::Session out;
  out.set_id(s.session_id());
  out.set_council_id(s.council_id());
  out.set_council_name(s.council_name());
  out.set_title(s.title());
  out.set_kind(SessionKindLabel(s.kind()));
  out.set_place(s.place());
  out.set_status(SessionStatusLabel(s.status()));
  out.set_created_at(IsoTime(s.created_at()));
  out.set_closed_at(IsoTime(s.closed_at()));
  out.set_total_delegates(s.roster_size());
  out.set_quorum_rule(FractionText(s.quorum_rule()));
  return out;
}

v1::SessionRecord::Sitting SittingPart(const v1::SessionState& s, const v1::Sitting& sitting,
                                       const History& h) {
  v1::SessionRecord::Sitting out;
  out.set_id(sitting.id());
  out.set_title(sitting.title());
  out.set_status(SittingStatusLabel(sitting.status()));
  out.set_opened_at(IsoTime(sitting.opened_at()));
  out.set_closed_at(IsoTime(sitting.closed_at()));
  if (auto it = h.suspensions.find(sitting.id()); it != h.suspensions.end()) {
    for (const auto& sus : it->second) *out.add_suspensions() = sus;
  }
  for (const v1::RosterEntry& d : s.roster()) {
    v1::SessionRecord::Attendance* a = out.add_attendance();
    a->set_delegate_id(d.delegate_id());
    a->set_full_name(d.full_name());
    a->set_title(d.title());
    a->set_delegate_group(d.delegate_group());
    v1::AttendanceStatus status = v1::ATTENDANCE_STATUS_UNSPECIFIED;
    if (const v1::AttendanceRecord* r = FindAttendance(sitting, d.delegate_id())) {
      status = r->status();
      a->set_reason(r->reason());
      a->set_recorded_at(IsoTime(r->recorded_at()));
    }
    a->set_status(StatusWord(status));
    a->set_status_label(AttendanceStatusLabel(
        status == v1::ATTENDANCE_STATUS_UNSPECIFIED ? v1::ATTENDANCE_STATUS_ABSENT : status));
    switch (status) {
      case v1::ATTENDANCE_STATUS_PRESENT:
        out.set_present(out.present() + 1);
        break;
      case v1::ATTENDANCE_STATUS_ONLINE:
        out.set_online(out.online() + 1);
        break;
      case v1::ATTENDANCE_STATUS_EXCUSED:
        out.set_excused(out.excused() + 1);
        break;
      default:
        out.set_absent(out.absent() + 1);
    }
  }
  out.set_quorum_met(ComputeQuorum(s, sitting.id()).met());
  return out;
}

// Per delegate over the sittings that were held (a planned sitting that never opened
// counts for nobody).
void AddAttendanceSummary(const v1::SessionState& s, v1::SessionRecord& record) {
  for (const v1::RosterEntry& d : s.roster()) {
    v1::SessionRecord::AttendanceSummary* sum = record.add_attendance_summary();
    sum->set_delegate_id(d.delegate_id());
    sum->set_full_name(d.full_name());
    for (const v1::SessionRecord::Sitting& sitting : record.sittings()) {
      if (sitting.opened_at().empty()) continue;
      for (const v1::SessionRecord::Attendance& a : sitting.attendance()) {
        if (a.delegate_id() != d.delegate_id()) continue;
        if (a.status() == "present") sum->set_present(sum->present() + 1);
        if (a.status() == "online") sum->set_online(sum->online() + 1);
        if (a.status() == "excused") sum->set_excused(sum->excused() + 1);
        if (a.status() == "absent") sum->set_absent(sum->absent() + 1);
      }
    }
  }
}

std::string Capacity(const v1::SessionState& s, const v1::Turn& t) {
  if (t.kind() == v1::FLOOR_KIND_CHAIR) return RoleLabel(v1::ROLE_CHAIR);
  if (t.speaker().delegate_id() != 0) {
    std::string out = "Đại biểu";
    if (const v1::RosterEntry* d = FindRosterEntry(s, t.speaker().delegate_id())) {
      if (!d->title().empty()) out += ", " + d->title();
      if (!d->delegate_group().empty()) out += ", " + d->delegate_group();
    }
    return out;
  }
  return RoleLabel(v1::ROLE_RESPONDENT);
}

v1::SessionRecord::Turn TurnPart(const v1::SessionState& s, const v1::Turn& t, int64_t now_micros) {
  v1::SessionRecord::Turn out;
  out.set_turn_id(t.id());
  out.set_sitting_id(t.sitting_id());
  out.set_item_id(t.item_id());
  out.set_delegate_id(t.speaker().delegate_id());
  out.set_speaker(t.speaker().name());
  out.set_capacity(Capacity(s, t));
  out.set_kind(FloorKindLabel(t.kind()));
  out.set_started_at(IsoTime(t.started_at()));
  out.set_ended_at(IsoTime(t.ended_at()));
  // A turn still running when the record ends counts up to the last event's time.
  const int64_t spoken =
      (TurnOpen(t) ? SpokenMicros(t, now_micros) : t.spoken_micros()) / 1'000'000;
  out.set_spoken_seconds(spoken);
  out.set_limit_seconds(t.limit_seconds());
  if (t.limit_seconds() > 0 && spoken > t.limit_seconds()) {
    out.set_overrun_seconds(spoken - t.limit_seconds());
  }
  out.set_interrupted(t.interrupted());
  out.set_end_reason(t.end_reason());
  out.set_replies_to_turn_id(t.replies_to_turn_id());
  if (const v1::FloorRequest* r = FindFloorRequest(s.floor(), t.request_id())) {
    out.set_topic(r->topic());
  }
  return out;
}

std::string DelegateName(const v1::SessionState& s, int64_t delegate_id) {
  const v1::RosterEntry* d = FindRosterEntry(s, delegate_id);
  return d != nullptr ? d->full_name() : "Đại biểu #" + std::to_string(delegate_id);
}

v1::SessionRecord::Poll PollPart(const v1::SessionState& s, const v1::Poll& p) {
  v1::SessionRecord::Poll out;
  out.set_poll_id(p.id());
  out.set_title(p.title());
  out.set_kind(voting::KindLabel(p.kind()));
  const bool secret = p.visibility() == v1::POLL_VISIBILITY_SECRET;
  out.set_secret(secret);
  out.set_status(voting::StatusLabel(p.status()));
  out.set_sitting_id(p.sitting_id());
  out.set_item_id(p.item_id());
  out.set_opened_at(IsoTime(p.opened_at()));
  out.set_closed_at(IsoTime(p.closed_at()));
  out.set_rule(voting::RuleText(p.rule()));
  out.set_base(voting::BaseLabel(p.rule().base()));
  out.set_base_count(p.has_result() ? p.result().base_count() : p.base_count());
  out.set_entitled(p.entitled_at_close_size() > 0 ? p.entitled_at_close_size()
                                                  : p.entitled_at_open_size());
  out.set_ballots(p.result().tally().ballots());
  out.set_result(p.result().text());
  out.set_cancel_reason(p.cancel_reason());
  const bool counted = p.has_result() && (p.status() == v1::POLL_STATUS_CLOSED ||
                                          p.status() == v1::POLL_STATUS_PUBLISHED);
  out.set_counted(counted);
  for (const v1::PollQuestion& q : p.questions()) {
    v1::SessionRecord::PollQuestion* rq = out.add_questions();
    rq->set_question_id(q.id());
    rq->set_title(q.title());
    const v1::QuestionTally* tally = nullptr;
    for (const auto& t : p.result().tally().questions()) {
      if (t.question_id() == q.id()) tally = &t;
    }
    for (const v1::PollChoice& c : q.choices()) {
      v1::SessionRecord::Choice* rc = rq->add_choices();
      rc->set_choice_id(c.id());
      rc->set_label(c.label());
      if (tally != nullptr) {
        for (const auto& cc : tally->counts()) {
          if (cc.choice_id() == c.id()) rc->set_count(cc.count());
        }
      }
      // Named lists for open polls only. A secret poll's result carries none, and the
      // record would not show one even if it did.
      if (!secret) {
        for (const v1::NamedVote& nv : p.result().named()) {
          for (const auto& mark : nv.ballot().marks()) {
            if (mark.question_id() != q.id()) continue;
            if (std::find(mark.choice_ids().begin(), mark.choice_ids().end(), c.id()) !=
                mark.choice_ids().end()) {
              rc->add_delegates(DelegateName(s, nv.delegate_id()));
            }
          }
        }
      }
    }
    if (tally != nullptr) rq->set_blank(tally->blank());
    for (const auto& r : p.result().questions()) {
      if (r.question_id() != q.id()) continue;
      rq->set_has_verdict(r.has_verdict());
      rq->set_passed(r.passed());
      rq->set_threshold(r.threshold());
      rq->set_result(r.text());
    }
  }
  if (!secret && counted) {
    for (int64_t d : p.result().not_voted()) out.add_not_voted(DelegateName(s, d));
  }
  return out;
}

Status CheckStream(const std::vector<v1::Event>& events) {
  if (events.empty()) return Status::InvalidArgument("kỳ họp chưa có sự kiện nào trong sổ");
  if (events.front().body_case() != v1::Event::kSessionCreated) {
    return Status::InvalidArgument("sự kiện đầu tiên của kỳ họp không phải là việc tạo kỳ họp");
  }
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].seq() != static_cast<int64_t>(i) + 1) {
      return Status::InvalidArgument("sổ sự kiện của kỳ họp bị hụt ở số " + std::to_string(i + 1));
    }
  }
  return Status::Ok();
}

}  // namespace

Result<v1::SessionRecord> BuildRecord(const std::vector<v1::Event>& events, int64_t sitting_id,
                                      const FoldProgress& progress) {
  DH_RETURN_IF_ERROR(CheckStream(events));
  v1::SessionState state;
  state.set_session_id(events.front().stream_id());
  History history;
  const int64_t total = static_cast<int64_t>(events.size());
  for (int64_t i = 0; i < total; ++i) {
    Observe(state, events[i], history);
    Apply(state, events[i]);
    if (progress && ((i + 1) % 5000 == 0 || i + 1 == total)) progress(i + 1, total);
  }
  if (sitting_id != 0 && FindSitting(state, sitting_id) == nullptr) {
    return Status::InvalidArgument("sitting_id " + std::to_string(sitting_id) +
                                   ": kỳ họp không có phiên họp này");
  }
  const v1::Event& last = events.back();
  const int64_t now_micros = TimestampMicros(last.recorded_at());
  auto in_scope = [sitting_id](int64_t sid) { return sitting_id == 0 || sid == sitting_id; };

  v1::SessionRecord record;
  record.set_schema_version(kRecordSchemaVersion);
  v1::SessionRecord::Coverage* cov = record.mutable_covered();
  cov->set_session_id(state.session_id());
  cov->set_sitting_id(sitting_id);
  cov->set_last_seq(last.seq());
  cov->set_last_log_index(last.log_index());
  cov->set_last_hash(store::ToHex(last.hash()));
  cov->set_last_event_at(IsoTime(last.recorded_at()));
  *record.mutable_session() = SessionPart(state);
  for (const v1::Sitting& sitting : state.sittings()) {
    if (in_scope(sitting.id())) *record.add_sittings() = SittingPart(state, sitting, history);
  }
  AddAttendanceSummary(state, record);
  for (v1::SessionRecord::AgendaRun& run : history.runs) {
    if (in_scope(run.sitting_id())) *record.add_agenda() = std::move(run);
  }
  for (const v1::Turn& t : state.floor().turns()) {
    if (in_scope(t.sitting_id())) *record.add_turns() = TurnPart(state, t, now_micros);
  }
  AddInterpellation(state, sitting_id, history.conclusion_sittings, record);
  for (const v1::Poll& p : state.polls()) {
    // A poll that never opened belongs to no sitting; it is in the whole session's record.
    if (in_scope(p.sitting_id()) || (p.sitting_id() == 0 && sitting_id == 0)) {
      *record.add_polls() = PollPart(state, p);
    }
  }
  AddDocuments(state, sitting_id, history.override_actors, record);
  return record;
}

}  // namespace dienhong::records
