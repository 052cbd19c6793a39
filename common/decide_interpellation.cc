// Decide for questioning (chất vấn) and explanation hearings (giải trình): invitations,
// written questions, issue groups, the chair's calls (turns on the floor, through
// BeginCalledTurn so the floor's limits and checks apply), satisfaction, the hearing's
// panel and the conclusions with their commitments. Rules: docs/interpellation.md.
//
// Who asks is never taken from the request: the server fills SubmitQuestion.delegate_id
// and RecordSatisfaction.delegate_id from the caller's account, and the respondent's
// name from theirs.
#include <set>
#include <string>

#include "common/calendar.h"
#include "common/decide_internal.h"
#include "common/floor.h"
#include "common/interpellation.h"
#include "common/quotas.h"
#include "common/session_lookup.h"
#include "common/validation.h"

namespace dienhong::decide_internal {
namespace {

constexpr int kMinPanelMembers = 3;
constexpr int kMaxPanelMembers = 5;
constexpr int kMaxAgencies = 20;
constexpr int kMaxCommitments = 20;

Events One(v1::Event e) {
  Events events;
  events.push_back(std::move(e));
  return events;
}

std::string Id(int64_t id) { return std::to_string(id); }

Result<const v1::Question*> LookupQuestion(const v1::SessionState& state, int64_t id,
                                           const std::string& field) {
  if (id <= 0) return Status::InvalidArgument(field + ": chưa chọn câu hỏi chất vấn");
  const v1::Question* q = FindQuestion(state, id);
  if (q == nullptr) {
    return Status::NotFound(field + " " + Id(id) + ": không có câu hỏi chất vấn này trong kỳ họp");
  }
  return q;
}

Result<const v1::QuestionGroup*> LookupGroup(const v1::SessionState& state, int64_t id) {
  if (id <= 0) return Status::InvalidArgument("group_id: chưa chọn nhóm vấn đề");
  const v1::QuestionGroup* g = FindQuestionGroup(state, id);
  if (g == nullptr) {
    return Status::NotFound("group_id " + Id(id) + ": không có nhóm vấn đề này trong kỳ họp");
  }
  return g;
}

Result<const v1::Respondent*> LookupRespondent(const v1::SessionState& state, int64_t account_id,
                                               const std::string& field) {
  if (account_id <= 0) return Status::InvalidArgument(field + ": chưa chọn người trả lời");
  const v1::Respondent* r = FindRespondent(state, account_id);
  if (r == nullptr) {
    return Status::NotFound(field + " " + Id(account_id) +
                            ": người này chưa được mời trả lời chất vấn / giải trình tại kỳ họp");
  }
  return r;
}

std::string GroupName(const v1::QuestionGroup& g) {
  return "nhóm vấn đề " + Id(g.id()) + " «" + g.title() + "»";
}

v1::Speaker QuestionerSpeaker(const v1::SessionState& state, const v1::Question& q) {
  v1::Speaker s;
  s.set_delegate_id(q.delegate_id());
  s.set_name(q.delegate_name());
  if (const v1::RosterEntry* e = FindRosterEntry(state, q.delegate_id())) {
    s.set_name(e->full_name());
    s.set_delegate_group(e->delegate_group());
  }
  return s;
}

bool OnPanel(const v1::Hearing& hearing, int64_t delegate_id) {
  if (hearing.panel_chair_delegate_id() == delegate_id) return true;
  for (int64_t m : hearing.panel_member_ids()) {
    if (m == delegate_id) return true;
  }
  return false;
}

Result<Events> InviteRespondent(const v1::SessionState& state, const v1::InviteRespondent& cmd) {
  const v1::Respondent& in = cmd.respondent();
  if (in.account_id() <= 0) {
    return Status::InvalidArgument("respondent.account_id: chưa chọn tài khoản người trả lời");
  }
  v1::Respondent r;
  r.set_account_id(in.account_id());
  DH_ASSIGN_OR_RETURN(*r.mutable_name(),
                      CleanText(in.name(), "respondent.name", kMaxShortTextChars, true, "họ tên"));
  DH_ASSIGN_OR_RETURN(*r.mutable_position(),
                      CleanText(in.position(), "respondent.position", kMaxShortTextChars, true,
                                "chức vụ (ví dụ «Giám đốc Sở Xây dựng»)"));
  DH_ASSIGN_OR_RETURN(*r.mutable_agency(),
                      CleanText(in.agency(), "respondent.agency", kMaxShortTextChars, true,
                                "cơ quan (ví dụ «Sở Xây dựng»)"));
  if (const v1::Respondent* existing = FindRespondent(state, r.account_id())) {
    if (existing->SerializeAsString() == r.SerializeAsString()) return Events{};
  } else if (state.interpellation().respondents_size() >= kMaxRespondentsPerSession) {
    return Status::ResourceExhausted("respondent: kỳ họp đã mời " +
                                     Id(state.interpellation().respondents_size()) +
                                     " người trả lời, tối đa " + Id(kMaxRespondentsPerSession));
  }
  v1::Event e;
  *e.mutable_respondent_invited()->mutable_respondent() = std::move(r);
  return One(std::move(e));
}

Result<Events> SubmitQuestion(const v1::SessionState& state, const v1::SubmitQuestion& cmd,
                              int64_t now) {
  DH_RETURN_IF_ERROR(CheckOnRoster(state, cmd.delegate_id()));
  DH_RETURN_IF_ERROR(
      LookupRespondent(state, cmd.respondent_account_id(), "respondent_account_id").status());
  v1::Question q;
  DH_ASSIGN_OR_RETURN(*q.mutable_text(), CleanParagraphs(cmd.text(), "text", kMaxQuestionChars,
                                                         true, "nội dung câu hỏi"));
  DH_ASSIGN_OR_RETURN(*q.mutable_topic(),
                      CleanText(cmd.topic(), "topic", kMaxTopicChars, false, "chủ đề"));
  DH_RETURN_IF_ERROR(
      CheckQuestionQuota(state, cmd.delegate_id(), Utf8Length(q.text()) + Utf8Length(q.topic())));
  const v1::InterpellationState& ip = state.interpellation();
  if (state.kind() == v1::SESSION_KIND_EXPLANATION_HEARING && ip.has_hearing() &&
      !OnPanel(ip.hearing(), cmd.delegate_id())) {
    return Status::PermissionDenied(
        "delegate_id " + Id(cmd.delegate_id()) +
        ": chỉ chủ tọa và thành viên phiên giải trình mới đặt câu hỏi tại phiên này");
  }
  q.set_id(ip.questions_size() + 1);
  q.set_delegate_id(cmd.delegate_id());
  q.set_delegate_name(FindRosterEntry(state, cmd.delegate_id())->full_name());
  q.set_respondent_account_id(cmd.respondent_account_id());
  q.set_status(v1::QUESTION_STATUS_SUBMITTED);
  *q.mutable_submitted_at() = MicrosTimestamp(now);
  v1::Event e;
  *e.mutable_question_submitted()->mutable_question() = std::move(q);
  return One(std::move(e));
}

Result<Events> DefineQuestionGroup(const v1::SessionState& state,
                                   const v1::DefineQuestionGroup& cmd) {
  v1::QuestionGroup group;
  if (cmd.group_id() != 0) {
    DH_ASSIGN_OR_RETURN(const v1::QuestionGroup* existing, LookupGroup(state, cmd.group_id()));
    group = *existing;
    group.clear_question_ids();
  } else if (state.interpellation().groups_size() >= kMaxQuestionGroups) {
    return Status::ResourceExhausted("group_id: kỳ họp đã có " +
                                     Id(state.interpellation().groups_size()) +
                                     " nhóm vấn đề, tối đa " + Id(kMaxQuestionGroups));
  } else {
    group.set_id(state.interpellation().groups_size() + 1);
  }
  DH_ASSIGN_OR_RETURN(*group.mutable_title(),
                      CleanText(cmd.title(), "title", kMaxShortTextChars, true, "tên nhóm vấn đề"));
  if (cmd.question_ids_size() == 0) {
    return Status::InvalidArgument("question_ids: nhóm vấn đề phải có ít nhất một câu hỏi");
  }
  std::set<int64_t> seen;
  for (int i = 0; i < cmd.question_ids_size(); ++i) {
    const std::string field = "question_ids[" + Id(i) + "]";
    DH_ASSIGN_OR_RETURN(const v1::Question* q, LookupQuestion(state, cmd.question_ids(i), field));
    if (!seen.insert(q->id()).second) {
      return Status::InvalidArgument(field + " " + Id(q->id()) + ": câu hỏi được nêu hai lần");
    }
    if (q->group_id() != 0 && q->group_id() != group.id() &&
        q->status() != v1::QUESTION_STATUS_SUBMITTED) {
      return Status::FailedPrecondition(field + " " + Id(q->id()) +
                                        ": câu hỏi đã được hỏi trong nhóm vấn đề " +
                                        Id(q->group_id()) + ", không chuyển nhóm được");
    }
    group.add_question_ids(q->id());
  }
  if (const v1::QuestionGroup* existing = FindQuestionGroup(state, group.id())) {
    if (existing->SerializeAsString() == group.SerializeAsString()) return Events{};
  }
  v1::Event e;
  *e.mutable_question_group_defined()->mutable_group() = std::move(group);
  return One(std::move(e));
}

Result<Events> OrderQuestionGroups(const v1::SessionState& state,
                                   const v1::OrderQuestionGroups& cmd) {
  const auto& groups = state.interpellation().groups();
  if (cmd.group_ids_size() != groups.size()) {
    return Status::InvalidArgument("group_ids: phải nêu đủ " + Id(groups.size()) +
                                   " nhóm vấn đề, mỗi nhóm một lần (đang nêu " +
                                   Id(cmd.group_ids_size()) + ")");
  }
  std::set<int64_t> seen;
  bool same = true;
  for (int i = 0; i < cmd.group_ids_size(); ++i) {
    const int64_t id = cmd.group_ids(i);
    if (FindQuestionGroup(state, id) == nullptr) {
      return Status::NotFound("group_ids[" + Id(i) + "] " + Id(id) +
                              ": không có nhóm vấn đề này trong kỳ họp");
    }
    if (!seen.insert(id).second) {
      return Status::InvalidArgument("group_ids[" + Id(i) + "] " + Id(id) +
                                     ": nhóm vấn đề được nêu hai lần");
    }
    same = same && groups.Get(i).id() == id;
  }
  if (same) return Events{};
  v1::Event e;
  *e.mutable_question_groups_ordered()->mutable_group_ids() = cmd.group_ids();
  return One(std::move(e));
}

Result<Events> StartQuestionGroup(const v1::SessionState& state, const v1::StartQuestionGroup& cmd,
                                  int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::QuestionGroup* g, LookupGroup(state, cmd.group_id()));
  if (ActiveSitting(state) == nullptr) {
    return Status::FailedPrecondition(
        "chưa có phiên họp nào đang mở: chủ tọa điều hành nhóm vấn đề trong phiên họp");
  }
  if (state.interpellation().current_group_id() == g->id()) {
    return Status::FailedPrecondition("group_id " + Id(g->id()) + ": " + GroupName(*g) +
                                      " đang được điều hành rồi");
  }
  v1::Event e;
  e.mutable_question_group_started()->set_group_id(g->id());
  *e.mutable_question_group_started()->mutable_at() = MicrosTimestamp(now);
  return One(std::move(e));
}

Result<Events> CallQuestioner(const v1::SessionState& state, const v1::CallQuestioner& cmd,
                              int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Question* q,
                      LookupQuestion(state, cmd.question_id(), "question_id"));
  const std::string field = "question_id " + Id(q->id());
  if (q->group_id() != 0 && q->group_id() != state.interpellation().current_group_id()) {
    return Status::FailedPrecondition(field + ": câu hỏi thuộc " +
                                      GroupName(*FindQuestionGroup(state, q->group_id())) +
                                      ", nhóm này chưa được chủ tọa điều hành");
  }
  int64_t replies_to = 0;
  if (cmd.follow_up()) {
    if (q->status() != v1::QUESTION_STATUS_ANSWERED) {
      return Status::FailedPrecondition(field + ": câu hỏi " + QuestionStatusLabel(q->status()) +
                                        "; chỉ hỏi thêm sau khi đã được trả lời");
    }
    replies_to = q->answer_turn_ids(q->answer_turn_ids_size() - 1);
  } else if (q->status() != v1::QUESTION_STATUS_SUBMITTED) {
    return Status::FailedPrecondition(field + ": câu hỏi " + QuestionStatusLabel(q->status()) +
                                      "; muốn hỏi tiếp thì dùng hỏi thêm (follow_up)");
  }
  DH_ASSIGN_OR_RETURN(v1::Event e, BeginCalledTurn(state, QuestionerSpeaker(state, *q),
                                                   cmd.follow_up() ? v1::FLOOR_KIND_FOLLOW_UP
                                                                   : v1::FLOOR_KIND_QUESTION,
                                                   field, {q->id()}, replies_to, now));
  return One(std::move(e));
}

Result<Events> CallRespondent(const v1::SessionState& state, const v1::CallRespondent& cmd,
                              int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Respondent* r, LookupRespondent(state, cmd.respondent_account_id(),
                                                                "respondent_account_id"));
  if (cmd.question_ids_size() == 0) {
    return Status::InvalidArgument("question_ids: chọn (các) câu hỏi người trả lời sẽ trả lời");
  }
  std::set<int64_t> seen;
  std::vector<int64_t> ids;
  int64_t replies_to = 0;
  for (int i = 0; i < cmd.question_ids_size(); ++i) {
    const std::string field = "question_ids[" + Id(i) + "]";
    DH_ASSIGN_OR_RETURN(const v1::Question* q, LookupQuestion(state, cmd.question_ids(i), field));
    if (!seen.insert(q->id()).second) {
      return Status::InvalidArgument(field + " " + Id(q->id()) + ": câu hỏi được nêu hai lần");
    }
    if (q->respondent_account_id() != r->account_id()) {
      return Status::FailedPrecondition(field + " " + Id(q->id()) + ": câu hỏi không gửi tới " +
                                        r->name());
    }
    if (q->status() == v1::QUESTION_STATUS_SUBMITTED) {
      return Status::FailedPrecondition(field + " " + Id(q->id()) +
                                        ": câu hỏi chưa được đại biểu nêu tại phiên họp");
    }
    for (int64_t t : q->question_turn_ids()) replies_to = std::max(replies_to, t);
    ids.push_back(q->id());
  }
  v1::Speaker speaker;
  speaker.set_account_id(r->account_id());
  speaker.set_name(r->name());
  DH_ASSIGN_OR_RETURN(v1::Event e, BeginCalledTurn(state, speaker, v1::FLOOR_KIND_RESPONDENT_ANSWER,
                                                   "respondent_account_id " + Id(r->account_id()),
                                                   std::move(ids), replies_to, now));
  return One(std::move(e));
}

Result<Events> RecordSatisfaction(const v1::SessionState& state, const v1::RecordSatisfaction& cmd,
                                  int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Question* q,
                      LookupQuestion(state, cmd.question_id(), "question_id"));
  if (cmd.delegate_id() == 0 || cmd.delegate_id() != q->delegate_id()) {
    return Status::PermissionDenied("question_id " + Id(q->id()) +
                                    ": chỉ đại biểu đặt câu hỏi mới ghi nhận mức độ hài lòng");
  }
  if (q->status() != v1::QUESTION_STATUS_ANSWERED) {
    return Status::FailedPrecondition("question_id " + Id(q->id()) + ": câu hỏi " +
                                      QuestionStatusLabel(q->status()) +
                                      "; chỉ ghi nhận sau khi đã được trả lời");
  }
  const v1::Satisfaction s =
      cmd.satisfied() ? v1::SATISFACTION_SATISFIED : v1::SATISFACTION_UNSATISFIED;
  if (q->satisfaction() == s) return Events{};
  v1::Event e;
  e.mutable_question_satisfaction_recorded()->set_question_id(q->id());
  e.mutable_question_satisfaction_recorded()->set_satisfaction(s);
  e.mutable_question_satisfaction_recorded()->set_respondent_account_id(q->respondent_account_id());
  *e.mutable_question_satisfaction_recorded()->mutable_at() = MicrosTimestamp(now);
  return One(std::move(e));
}

Result<Events> SetHearing(const v1::SessionState& state, const v1::SetHearing& cmd) {
  if (state.kind() != v1::SESSION_KIND_EXPLANATION_HEARING) {
    return Status::FailedPrecondition(
        "hearing: chỉ phiên giải trình (SESSION_KIND_EXPLANATION_HEARING) mới có đoàn giải trình");
  }
  const v1::Hearing& in = cmd.hearing();
  v1::Hearing h;
  DH_ASSIGN_OR_RETURN(
      *h.mutable_issue(),
      CleanParagraphs(in.issue(), "hearing.issue", kMaxIssueChars, true, "vấn đề giải trình"));
  if (in.panel_chair_delegate_id() <= 0) {
    return Status::InvalidArgument(
        "hearing.panel_chair_delegate_id: chưa chọn chủ tọa phiên giải trình");
  }
  DH_RETURN_IF_ERROR(CheckOnRoster(state, in.panel_chair_delegate_id()));
  h.set_panel_chair_delegate_id(in.panel_chair_delegate_id());
  const int members = in.panel_member_ids_size();
  if (members < kMinPanelMembers || members > kMaxPanelMembers) {
    return Status::InvalidArgument("hearing.panel_member_ids: phiên giải trình có từ " +
                                   Id(kMinPanelMembers) + " đến " + Id(kMaxPanelMembers) +
                                   " thành viên (đang có " + Id(members) + ")");
  }
  std::set<int64_t> seen{in.panel_chair_delegate_id()};
  for (int i = 0; i < members; ++i) {
    const int64_t id = in.panel_member_ids(i);
    const std::string field = "hearing.panel_member_ids[" + Id(i) + "]";
    if (id <= 0 || FindRosterEntry(state, id) == nullptr) {
      return Status::NotFound(field + " " + Id(id) +
                              ": đại biểu không có trong danh sách đại biểu của kỳ họp");
    }
    if (!seen.insert(id).second) {
      return Status::InvalidArgument(field + " " + Id(id) +
                                     ": đại biểu đã có trong đoàn (hoặc là chủ tọa)");
    }
    h.add_panel_member_ids(id);
  }
  if (in.agencies_size() < 1 || in.agencies_size() > kMaxAgencies) {
    return Status::InvalidArgument("hearing.agencies: mời từ 1 đến " + Id(kMaxAgencies) +
                                   " cơ quan giải trình");
  }
  std::set<std::string> agencies;
  for (int i = 0; i < in.agencies_size(); ++i) {
    const std::string field = "hearing.agencies[" + Id(i) + "]";
    DH_ASSIGN_OR_RETURN(std::string a,
                        CleanText(in.agencies(i), field, kMaxShortTextChars, true, "tên cơ quan"));
    if (!agencies.insert(a).second) {
      return Status::InvalidArgument(field + ": cơ quan «" + a + "» được nêu hai lần");
    }
    h.add_agencies(std::move(a));
  }
  if (in.documents_size() > kMaxDocumentsPerItem) {
    return Status::InvalidArgument("hearing.documents: tối đa " + Id(kMaxDocumentsPerItem) +
                                   " tài liệu");
  }
  for (int i = 0; i < in.documents_size(); ++i) {
    const std::string field = "hearing.documents[" + Id(i) + "]";
    v1::HearingDocument* d = h.add_documents();
    DH_ASSIGN_OR_RETURN(*d->mutable_title(),
                        CleanText(in.documents(i).title(), field + ".title", kMaxDocumentTitleChars,
                                  true, "tên tài liệu"));
    DH_ASSIGN_OR_RETURN(*d->mutable_uri(), CleanText(in.documents(i).uri(), field + ".uri",
                                                     kMaxUriChars, false, "địa chỉ tài liệu"));
    if (!IsValidDigest(in.documents(i).digest())) {
      return Status::InvalidArgument(field + ".digest: phải có dạng sha256:<64 chữ số hex>");
    }
    d->set_digest(in.documents(i).digest());
  }
  if (state.interpellation().has_hearing() &&
      state.interpellation().hearing().SerializeAsString() == h.SerializeAsString()) {
    return Events{};
  }
  v1::Event e;
  *e.mutable_hearing_set()->mutable_hearing() = std::move(h);
  return One(std::move(e));
}

Result<Events> RecordConclusion(const v1::SessionState& state, const v1::RecordConclusion& cmd,
                                int64_t now) {
  if (state.status() != v1::SESSION_STATUS_IN_PROGRESS) {
    return Status::FailedPrecondition("kỳ họp " + SessionStatusLabel(state.status()) +
                                      ": kết luận được ghi khi kỳ họp đang diễn ra");
  }
  v1::Conclusion c;
  if (cmd.group_id() != 0) {
    DH_ASSIGN_OR_RETURN(const v1::QuestionGroup* g, LookupGroup(state, cmd.group_id()));
    c.set_group_id(g->id());
  }
  DH_ASSIGN_OR_RETURN(*c.mutable_text(), CleanParagraphs(cmd.text(), "text", kMaxConclusionChars,
                                                         true, "nội dung kết luận"));
  if (cmd.commitments_size() > kMaxCommitments) {
    return Status::InvalidArgument("commitments: tối đa " + Id(kMaxCommitments) +
                                   " cam kết cho một kết luận");
  }
  const int64_t today = LocalDayNumber(now);
  int64_t next_id = MaxCommitmentId(state);
  for (int i = 0; i < cmd.commitments_size(); ++i) {
    const v1::Commitment& in = cmd.commitments(i);
    const std::string field = "commitments[" + Id(i) + "]";
    v1::Commitment* k = c.add_commitments();
    DH_ASSIGN_OR_RETURN(
        *k->mutable_what(),
        CleanParagraphs(in.what(), field + ".what", kMaxCommitmentChars, true, "nội dung cam kết"));
    DH_ASSIGN_OR_RETURN(*k->mutable_agency(),
                        CleanText(in.agency(), field + ".agency", kMaxShortTextChars, true,
                                  "cơ quan chịu trách nhiệm"));
    const auto due = ParseIsoDate(Trim(in.due_date()));
    if (!due) {
      return Status::InvalidArgument(field + ".due_date: hạn hoàn thành phải là ngày có thật, " +
                                     "dạng YYYY-MM-DD (đang là «" + in.due_date() + "»)");
    }
    if (*due < today) {
      return Status::InvalidArgument(field + ".due_date: hạn hoàn thành " +
                                     FormatVietnameseDate(*due) + " đã qua (hôm nay là " +
                                     FormatVietnameseDate(today) + ")");
    }
    k->set_due_date(FormatIsoDate(*due));
    k->set_id(++next_id);
  }
  c.set_id(state.interpellation().conclusions_size() + 1);
  *c.mutable_recorded_at() = MicrosTimestamp(now);
  v1::Event e;
  *e.mutable_conclusion_recorded()->mutable_conclusion() = std::move(c);
  return One(std::move(e));
}

}  // namespace

Result<Events> DecideInterpellation(const v1::SessionState& state, const v1::Command& command,
                                    int64_t now) {
  switch (command.body_case()) {
    case v1::Command::kInviteRespondent:
      return InviteRespondent(state, command.invite_respondent());
    case v1::Command::kSubmitQuestion:
      return SubmitQuestion(state, command.submit_question(), now);
    case v1::Command::kDefineQuestionGroup:
      return DefineQuestionGroup(state, command.define_question_group());
    case v1::Command::kOrderQuestionGroups:
      return OrderQuestionGroups(state, command.order_question_groups());
    case v1::Command::kStartQuestionGroup:
      return StartQuestionGroup(state, command.start_question_group(), now);
    case v1::Command::kCallQuestioner:
      return CallQuestioner(state, command.call_questioner(), now);
    case v1::Command::kCallRespondent:
      return CallRespondent(state, command.call_respondent(), now);
    case v1::Command::kRecordSatisfaction:
      return RecordSatisfaction(state, command.record_satisfaction(), now);
    case v1::Command::kSetHearing:
      return SetHearing(state, command.set_hearing());
    case v1::Command::kRecordConclusion:
      return RecordConclusion(state, command.record_conclusion(), now);
    default:
      return Status::Internal("DecideInterpellation: lệnh không thuộc chất vấn / giải trình");
  }
}

}  // namespace dienhong::decide_internal
