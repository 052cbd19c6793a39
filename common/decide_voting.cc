// Decide for polls (biểu quyết). The lifecycle is prepared -> open -> closed -> published,
// with cancel (prepared or open) and re-vote (a new poll repeating a cancelled or failed
// one). One poll is open at a time in a session: a tablet shows one ballot.
//
// Secrecy starts here: for a SECRET poll the VoteCast event carries participation only;
// the ballot stays in the command, where the server's ballot box takes it (see
// server/voting/ballot_box.h). Closing needs the ballot box's tally (secret) or named
// votes (open), which the server fills into the ClosePoll command; Decide checks them
// against the participation it knows, so a ballot box that lost or invented a ballot is
// refused rather than published.
#include <algorithm>
#include <set>
#include <string>

#include "common/decide_internal.h"
#include "common/documents.h"
#include "common/dossier.h"
#include "common/session_lookup.h"
#include "common/validation.h"
#include "common/vote_rules.h"
#include "common/voting.h"

namespace dienhong::decide_internal {
namespace {

using voting::FindPoll;

google::protobuf::Timestamp ToTimestamp(int64_t micros) {
  google::protobuf::Timestamp t;
  t.set_seconds(micros / 1000000);
  t.set_nanos(static_cast<int32_t>((micros % 1000000) * 1000));
  return t;
}

std::string PollName(const v1::Poll& p) {
  return "biểu quyết " + std::to_string(p.id()) + " «" + p.title() + "»";
}

Result<const v1::Poll*> LookupPoll(const v1::SessionState& state, int64_t poll_id) {
  if (poll_id <= 0) return Status::InvalidArgument("poll_id: chưa chọn biểu quyết");
  const v1::Poll* p = FindPoll(state, poll_id);
  if (p == nullptr) {
    return Status::NotFound("poll_id " + std::to_string(poll_id) +
                            ": không có biểu quyết này trong kỳ họp");
  }
  return p;
}

Status NotOpen(const v1::Poll& p) {
  switch (p.status()) {
    case v1::POLL_STATUS_PREPARED:
      return Status::FailedPrecondition("poll_id " + std::to_string(p.id()) + ": " + PollName(p) +
                                        " chưa mở");
    case v1::POLL_STATUS_CANCELLED:
      return Status::FailedPrecondition("poll_id " + std::to_string(p.id()) + ": " + PollName(p) +
                                        " đã bị hủy");
    default:
      return Status::FailedPrecondition("poll_id " + std::to_string(p.id()) + ": " + PollName(p) +
                                        " đã kết thúc, không nhận thêm phiếu");
  }
}

int64_t NextPollId(const v1::SessionState& state) {
  int64_t max = 0;
  for (const auto& p : state.polls()) max = std::max(max, p.id());
  return max + 1;
}

Events One(v1::Event e) {
  Events events;
  events.push_back(std::move(e));
  return events;
}

// Whether a closed poll failed (a re-vote is then allowed without cancelling).
bool Failed(const v1::Poll& p) {
  for (const auto& q : p.result().questions()) {
    if (q.has_verdict() && !q.passed()) return true;
    if (q.tied_size() > 0) return true;
  }
  for (int i = 0; i < p.questions_size() && i < p.result().questions_size(); ++i) {
    if (p.kind() == v1::POLL_KIND_ELECTION &&
        p.result().questions(i).elected_size() < p.questions(i).max_choices()) {
      return true;
    }
  }
  return false;
}

Result<Events> CreatePollImpl(const v1::SessionState& state, const v1::CreatePoll& cmd) {
  if (state.status() == v1::SESSION_STATUS_DRAFT) {
    return Status::FailedPrecondition("kỳ họp chưa triệu tập: chưa thể chuẩn bị biểu quyết");
  }
  if (state.polls_size() >= kMaxPollsPerSession) {
    return Status::ResourceExhausted("poll: kỳ họp đã có " + std::to_string(state.polls_size()) +
                                     " cuộc biểu quyết, tối đa " +
                                     std::to_string(kMaxPollsPerSession));
  }
  v1::Poll in = cmd.poll();
  // Server-owned fields are never taken from a request.
  in.set_id(0);
  in.set_revote_of(0);
  DH_ASSIGN_OR_RETURN(*in.mutable_title(), CleanText(in.title(), "poll.title", kMaxPollTitleChars,
                                                     false, "tiêu đề biểu quyết"));
  if (in.questions_size() > kMaxPollQuestions) {
    return Status::InvalidArgument("poll.questions: quá nhiều câu hỏi (tối đa " +
                                   std::to_string(kMaxPollQuestions) + ")");
  }
  for (int i = 0; i < in.questions_size(); ++i) {
    v1::PollQuestion& q = *in.mutable_questions(i);
    const std::string field = "poll.questions[" + std::to_string(i) + "]";
    DH_ASSIGN_OR_RETURN(*q.mutable_title(), CleanText(q.title(), field + ".title",
                                                      kMaxPollTitleChars, false, "câu hỏi"));
    if (q.choices_size() > kMaxChoicesPerQuestion) {
      return Status::InvalidArgument(field + ".choices: tối đa " +
                                     std::to_string(kMaxChoicesPerQuestion) + " lựa chọn");
    }
    for (int j = 0; j < q.choices_size(); ++j) {
      DH_ASSIGN_OR_RETURN(
          *q.mutable_choices(j)->mutable_label(),
          CleanText(q.choices(j).label(), field + ".choices[" + std::to_string(j) + "].label",
                    kMaxChoiceLabelChars, false, "tên lựa chọn"));
    }
  }
  v1::Poll poll = voting::WithDefaults(in);
  v1::Poll clean;
  clean.set_title(poll.title());
  clean.set_kind(poll.kind());
  clean.set_visibility(poll.visibility());
  *clean.mutable_questions() = poll.questions();
  *clean.mutable_rule() = poll.rule();
  clean.set_allow_online(poll.allow_online());
  clean.set_allow_change(poll.allow_change());
  clean.set_countdown_seconds(poll.countdown_seconds());
  clean.set_item_id(poll.item_id());
  DH_RETURN_IF_ERROR(voting::ValidatePoll(clean));
  if (clean.item_id() != 0) {
    DH_ASSIGN_OR_RETURN(const v1::AgendaItem* item, LookupItem(state, clean.item_id()));
    (void)item;
  }
  clean.set_id(NextPollId(state));
  clean.set_status(v1::POLL_STATUS_PREPARED);
  v1::Event e;
  *e.mutable_poll_created()->mutable_poll() = std::move(clean);
  return One(std::move(e));
}

// The dossier gate: a poll on an item whose required papers are missing or were sent late
// opens only when the chair gives a reason, and then the override goes into the log
// (DossierOverridden, before PollOpened) and the minutes. Checked after every other
// reason to refuse, so the chair is not asked for a reason for a poll that cannot open
// anyway.
Result<Events> DossierGate(const v1::SessionState& state, const v1::Poll& p,
                           const v1::OpenPoll& cmd) {
  if (p.item_id() == 0) return Events{};
  const v1::DossierChecklist checklist = ForItem(state, p.item_id());
  if (checklist.complete()) return Events{};
  const std::vector<std::string> defects = Defects(checklist);
  std::string listed;
  for (const auto& d : defects) listed += (listed.empty() ? "" : "; ") + d;
  const v1::AgendaItem* item = FindItem(state, p.item_id());
  const std::string item_name = "nội dung " + std::to_string(p.item_id()) + " «" +
                                (item != nullptr ? item->title() : "") + "»";
  DH_ASSIGN_OR_RETURN(std::string reason,
                      CleanText(cmd.dossier_override_reason(), "dossier_override_reason",
                                kMaxReasonChars, false, "lý do"));
  if (reason.empty()) {
    return Status::FailedPrecondition(
        "dossier_override_reason: hồ sơ của " + item_name + " chưa đầy đủ hoặc gửi muộn (" +
        listed + "). Chủ tọa chỉ mở " + PollName(p) +
        " khi xác nhận mở biểu quyết dù hồ sơ chưa bảo đảm và ghi rõ lý do; lý do được ghi vào "
        "biên bản");
  }
  v1::Event e;
  v1::DossierOverride* o = e.mutable_dossier_overridden()->mutable_override();
  o->set_poll_id(p.id());
  o->set_item_id(p.item_id());
  o->set_reason(std::move(reason));
  for (const auto& d : defects) o->add_defects(d);
  return One(std::move(e));
}

Result<Events> OpenPollImpl(const v1::SessionState& state, const v1::OpenPoll& cmd, int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Poll* p, LookupPoll(state, cmd.poll_id()));
  if (p->status() != v1::POLL_STATUS_PREPARED) {
    if (p->status() == v1::POLL_STATUS_OPEN) {
      return Status::FailedPrecondition("poll_id " + std::to_string(p->id()) + ": " + PollName(*p) +
                                        " đang mở rồi");
    }
    return Status::FailedPrecondition("poll_id " + std::to_string(p->id()) + ": " + PollName(*p) +
                                      " " + voting::StatusLabel(p->status()) + ", không mở lại được");
  }
  const v1::Sitting* sitting = ActiveSitting(state);
  if (sitting == nullptr || sitting->status() != v1::SITTING_STATUS_OPEN) {
    return Status::FailedPrecondition(
        "Chưa có phiên họp nào đang diễn ra (hoặc phiên đang tạm dừng): chỉ mở biểu quyết trong "
        "phiên họp đang diễn ra");
  }
  for (const auto& other : state.polls()) {
    if (other.status() == v1::POLL_STATUS_OPEN) {
      return Status::FailedPrecondition("Đang có " + PollName(other) +
                                        " chưa kết thúc; hãy kết thúc hoặc hủy trước khi mở biểu "
                                        "quyết khác");
    }
  }
  v1::Poll at_open = *p;
  at_open.set_sitting_id(sitting->id());
  const std::vector<int64_t> entitled = voting::EntitledVoters(state, at_open);
  if (entitled.empty()) {
    return Status::FailedPrecondition(
        "Chưa có đại biểu nào điểm danh có mặt trong phiên họp nên chưa thể mở biểu quyết");
  }
  DH_ASSIGN_OR_RETURN(Events events, DossierGate(state, *p, cmd));
  v1::Event e;
  v1::PollOpened* b = e.mutable_poll_opened();
  b->set_poll_id(p->id());
  b->set_sitting_id(sitting->id());
  b->set_roster_size(state.roster_size());
  b->set_base_count(voting::BaseCount(p->rule(), state.roster_size(),
                                      static_cast<int32_t>(entitled.size()), 0));
  for (int64_t id : entitled) b->add_entitled(id);
  if (p->countdown_seconds() > 0) {
    *b->mutable_closes_at() = ToTimestamp(now + int64_t{p->countdown_seconds()} * 1000000);
  }
  events.push_back(std::move(e));
  return events;
}

Result<Events> CastVoteImpl(const v1::SessionState& state, const v1::CastVote& cmd, int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Poll* p, LookupPoll(state, cmd.poll_id()));
  if (p->status() != v1::POLL_STATUS_OPEN) return NotOpen(*p);
  const int64_t closes_at = voting::ClosesAtMicros(*p);
  if (closes_at != 0 && now >= closes_at) {
    return Status::FailedPrecondition("poll_id " + std::to_string(p->id()) + ": " + PollName(*p) +
                                      " đã hết thời gian biểu quyết");
  }
  DH_RETURN_IF_ERROR(CheckOnRoster(state, cmd.delegate_id()));
  if (!voting::IsEntitled(state, *p, cmd.delegate_id())) {
    return Status::FailedPrecondition(
        "delegate_id " + std::to_string(cmd.delegate_id()) +
        ": đại biểu chưa điểm danh " +
        (p->allow_online() ? "(có mặt hoặc trực tuyến)" : "có mặt tại hội trường") +
        " trong phiên họp nên không có quyền biểu quyết lần này");
  }
  DH_RETURN_IF_ERROR(voting::ValidateBallot(*p, cmd.ballot()));
  const bool voted = std::find(p->voted().begin(), p->voted().end(), cmd.delegate_id()) !=
                     p->voted().end();
  if (voted && !p->allow_change()) {
    return Status::AlreadyExists("delegate_id " + std::to_string(cmd.delegate_id()) +
                                 ": đại biểu đã biểu quyết " + PollName(*p) +
                                 "; mỗi đại biểu chỉ có một phiếu");
  }
  v1::Event e;
  v1::VoteCast* b = e.mutable_vote_cast();
  b->set_poll_id(p->id());
  b->set_delegate_id(cmd.delegate_id());
  b->set_changed(voted);
  // The secret ballot never enters the log: the ballot box takes it from the command.
  if (p->visibility() != v1::POLL_VISIBILITY_SECRET) *b->mutable_ballot() = cmd.ballot();
  return One(std::move(e));
}

Result<Events> ClosePollImpl(const v1::SessionState& state, const v1::ClosePoll& cmd, int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Poll* p, LookupPoll(state, cmd.poll_id()));
  if (cmd.by_deadline()) {
    // The clock's command: nothing to do unless the countdown has really ended on a poll
    // that is still open (a late or repeated deadline changes nothing).
    const int64_t closes_at = voting::ClosesAtMicros(*p);
    if (p->status() != v1::POLL_STATUS_OPEN || closes_at == 0 || now < closes_at) return Events{};
  } else if (p->status() != v1::POLL_STATUS_OPEN) {
    return NotOpen(*p);
  }
  const std::set<int64_t> voted(p->voted().begin(), p->voted().end());
  v1::PollTally tally;
  google::protobuf::RepeatedPtrField<v1::NamedVote> named;
  if (p->visibility() == v1::POLL_VISIBILITY_SECRET) {
    if (cmd.named_size() > 0) {
      return Status::Internal("close_poll: bỏ phiếu kín không được có danh sách phiếu theo tên");
    }
    tally = cmd.tally();
    if (tally.questions_size() == 0 && tally.ballots() == 0) tally = voting::EmptyTally(*p);
    DH_RETURN_IF_ERROR(voting::ValidateTally(*p, tally));
    if (tally.ballots() != static_cast<int32_t>(voted.size())) {
      return Status::Internal("close_poll: hòm phiếu có " + std::to_string(tally.ballots()) +
                              " phiếu nhưng " + std::to_string(voted.size()) +
                              " đại biểu đã bỏ phiếu; không công bố kết quả sai lệch");
    }
  } else {
    tally = voting::EmptyTally(*p);
    std::set<int64_t> seen;
    for (const auto& v : cmd.named()) {
      if (!voted.count(v.delegate_id()) || !seen.insert(v.delegate_id()).second) {
        return Status::Internal("close_poll: phiếu của đại biểu " + std::to_string(v.delegate_id()) +
                                " không khớp với danh sách đã biểu quyết");
      }
      DH_RETURN_IF_ERROR(voting::ValidateBallot(*p, v.ballot()));
      voting::AddBallot(*p, v.ballot(), tally);
    }
    if (seen.size() != voted.size()) {
      return Status::Internal("close_poll: thiếu phiếu của " +
                              std::to_string(voted.size() - seen.size()) + " đại biểu đã biểu quyết");
    }
    named = cmd.named();
    std::sort(named.begin(), named.end(), [](const v1::NamedVote& a, const v1::NamedVote& b) {
      return a.delegate_id() < b.delegate_id();
    });
  }
  const int32_t base = p->rule().base() == v1::VOTE_BASE_VOTES_CAST ? tally.ballots() : p->base_count();
  v1::Event e;
  v1::PollClosed* b = e.mutable_poll_closed();
  b->set_poll_id(p->id());
  b->set_by_deadline(cmd.by_deadline());
  const std::vector<int64_t> entitled = voting::EntitledVoters(state, *p);
  for (int64_t id : entitled) b->add_entitled(id);
  v1::PollResult result = voting::ComputeResult(*p, tally, base);
  *result.mutable_named() = std::move(named);
  std::set<int64_t> expected(entitled.begin(), entitled.end());
  expected.insert(p->entitled_at_open().begin(), p->entitled_at_open().end());
  for (int64_t id : expected) {
    if (!voted.count(id)) result.add_not_voted(id);
  }
  *b->mutable_result() = std::move(result);
  return One(std::move(e));
}

Result<Events> CancelPollImpl(const v1::SessionState& state, const v1::CancelPoll& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::Poll* p, LookupPoll(state, cmd.poll_id()));
  DH_ASSIGN_OR_RETURN(const std::string reason, CleanText(cmd.reason(), "reason", kMaxReasonChars,
                                                          true, "lý do hủy biểu quyết"));
  if (p->status() != v1::POLL_STATUS_PREPARED && p->status() != v1::POLL_STATUS_OPEN) {
    return Status::FailedPrecondition("poll_id " + std::to_string(p->id()) + ": " + PollName(*p) +
                                      " " + voting::StatusLabel(p->status()) + ", không hủy được");
  }
  v1::Event e;
  e.mutable_poll_cancelled()->set_poll_id(p->id());
  e.mutable_poll_cancelled()->set_reason(reason);
  return One(std::move(e));
}

Result<Events> PublishImpl(const v1::SessionState& state, const v1::PublishPollResults& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::Poll* p, LookupPoll(state, cmd.poll_id()));
  if (p->status() == v1::POLL_STATUS_PUBLISHED) return Events{};
  if (p->status() != v1::POLL_STATUS_CLOSED) {
    return Status::FailedPrecondition("poll_id " + std::to_string(p->id()) + ": " + PollName(*p) +
                                      " chưa kết thúc nên chưa có kết quả để công bố");
  }
  v1::Event e;
  e.mutable_poll_results_published()->set_poll_id(p->id());
  return One(std::move(e));
}

Result<Events> RevoteImpl(const v1::SessionState& state, const v1::RevotePoll& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::Poll* p, LookupPoll(state, cmd.poll_id()));
  const bool closed =
      p->status() == v1::POLL_STATUS_CLOSED || p->status() == v1::POLL_STATUS_PUBLISHED;
  if (!(p->status() == v1::POLL_STATUS_CANCELLED || (closed && Failed(*p)))) {
    return Status::FailedPrecondition("poll_id " + std::to_string(p->id()) +
                                      ": chỉ biểu quyết lại khi biểu quyết đã bị hủy hoặc không "
                                      "đạt (" + PollName(*p) + " " +
                                      voting::StatusLabel(p->status()) + ")");
  }
  if (p->revoted_by() != 0) {
    return Status::FailedPrecondition("poll_id " + std::to_string(p->id()) +
                                      ": đã có biểu quyết lại số " +
                                      std::to_string(p->revoted_by()));
  }
  v1::Poll next;
  next.set_id(NextPollId(state));
  next.set_title(p->title());
  next.set_kind(p->kind());
  next.set_visibility(p->visibility());
  *next.mutable_questions() = p->questions();
  *next.mutable_rule() = p->rule();
  next.set_allow_online(p->allow_online());
  next.set_allow_change(p->allow_change());
  next.set_countdown_seconds(p->countdown_seconds());
  next.set_item_id(p->item_id());
  next.set_revote_of(p->id());
  next.set_status(v1::POLL_STATUS_PREPARED);
  v1::Event e;
  *e.mutable_poll_created()->mutable_poll() = std::move(next);
  return One(std::move(e));
}

}  // namespace

Result<Events> DecideVoting(const v1::SessionState& state, const v1::Command& command,
                            int64_t now) {
  switch (command.body_case()) {
    case v1::Command::kCreatePoll:
      return CreatePollImpl(state, command.create_poll());
    case v1::Command::kOpenPoll:
      return OpenPollImpl(state, command.open_poll(), now);
    case v1::Command::kCastVote:
      return CastVoteImpl(state, command.cast_vote(), now);
    case v1::Command::kClosePoll:
      return ClosePollImpl(state, command.close_poll(), now);
    case v1::Command::kCancelPoll:
      return CancelPollImpl(state, command.cancel_poll());
    case v1::Command::kPublishPollResults:
      return PublishImpl(state, command.publish_poll_results());
    case v1::Command::kRevotePoll:
      return RevoteImpl(state, command.revote_poll());
    default:
      return Status::Internal("DecideVoting: not a voting command");
  }
}

}  // namespace dienhong::decide_internal
