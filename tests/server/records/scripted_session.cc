#include "tests/server/records/scripted_session.h"

#include <future>
#include <vector>

#include "common/apply.h"
#include "common/decide.h"
#include "common/vote_rules.h"
#include "common/voting.h"
#include "server/store/log_writer.h"

namespace dienhong::records::testing {
namespace {

// 2025-07-12 01:00:00 UTC = 08:00 in Hà Nội.
constexpr int64_t kStartMicros = 1'752'282'000'000'000;
constexpr int64_t kSecond = 1'000'000;

constexpr int64_t kSecretary = 7, kChair = 3, kRespondent = 900;

class Script {
 public:
  Script(const std::string& db_path) : clock_(kStartMicros), writer_(db_path, clock_) {
    state_.set_session_id(kScriptedSessionId);
  }

  Status Start() { return writer_.Start(); }

  // Decides as `account` (with `role`), writes the events, applies them, then lets
  // `seconds` pass.
  Status Do(const v1::Command& command, int64_t seconds = 10, int64_t account = kSecretary,
            v1::Role role = v1::ROLE_SECRETARY, const std::string& name = "Thư ký") {
    CommandContext ctx;
    ctx.actor.set_account_id(account);
    ctx.actor.set_role(role);
    ctx.actor.set_display_name(name);
    ctx.now_micros = clock_.NowMicros();
    DH_ASSIGN_OR_RETURN(std::vector<v1::Event> events, Decide(state_, command, ctx));
    if (!events.empty()) {
      std::promise<Status> written;
      store::AppendRequest request;
      request.events = std::move(events);
      request.done = [&written](const Status& s, const std::vector<v1::Event>&) {
        written.set_value(s);
      };
      for (const v1::Event& e : writer_.Stage(std::move(request))) Apply(state_, e);
      DH_RETURN_IF_ERROR(written.get_future().get());
    }
    clock_.Advance(seconds * kSecond);
    return Status::Ok();
  }
  Status Chair(const v1::Command& command, int64_t seconds = 10) {
    return Do(command, seconds, kChair, v1::ROLE_CHAIR, "Chủ tọa Trần Văn Chính");
  }
  Status Delegate(int64_t delegate, const v1::Command& command, int64_t seconds = 5) {
    return Do(command, seconds, 100 + delegate, v1::ROLE_DELEGATE, "Đại biểu");
  }

  const v1::SessionState& state() const { return state_; }
  void Stop() { writer_.Stop(); }

 private:
  ManualClock clock_;
  store::LogWriter writer_;
  v1::SessionState state_;
};

v1::RosterEntry Delegate(int64_t id, const char* name, const char* title, const char* group) {
  v1::RosterEntry e;
  e.set_delegate_id(id);
  e.set_full_name(name);
  e.set_title(title);
  e.set_delegate_group(group);
  e.set_seat("A" + std::to_string(id));
  return e;
}

std::vector<v1::RosterEntry> Roster() {
  return {Delegate(1, "Nguyễn Thị Hồng", "Phó Chủ tịch HĐND", "Tổ 1"),
          Delegate(2, "Lê Văn Dũng", "Trưởng ban Kinh tế – Ngân sách", "Tổ 1"),
          Delegate(3, "Phạm Thị Thu Hương", "", "Tổ 2"), Delegate(4, "Hoàng Đức Thắng", "", "Tổ 2"),
          Delegate(5, "Vũ Ngọc Ánh", "", "Tổ 3")};
}

v1::Fraction TwoThirds() {
  v1::Fraction f;
  f.set_numerator(2);
  f.set_denominator(3);
  return f;
}

v1::Command Create() {
  v1::Command c;
  v1::CreateSession* b = c.mutable_create_session();
  b->set_council_id(3);
  b->set_council_name("Hội đồng nhân dân Phường Ba Đình");
  b->set_title("Kỳ họp thứ năm, Hội đồng nhân dân phường khóa I");
  b->set_kind(v1::SESSION_KIND_REGULAR);
  b->set_place("Hà Nội");
  *b->mutable_quorum_rule() = TwoThirds();
  for (const auto& d : Roster()) *b->add_roster() = d;
  auto item = [b](const char* title, v1::AgendaItemKind kind, const char* presenter = "") {
    v1::AgendaItem* i = b->add_agenda();
    i->set_title(title);
    i->set_kind(kind);
    i->set_presenter(presenter);
  };
  item("Khai mạc kỳ họp", v1::AGENDA_ITEM_KIND_OPENING);
  item("Tờ trình dự toán ngân sách phường năm 2026", v1::AGENDA_ITEM_KIND_SUBMISSION,
       "Chủ tịch UBND phường");
  item("Chất vấn về trật tự đô thị", v1::AGENDA_ITEM_KIND_INTERPELLATION);
  item("Biểu quyết thông qua nghị quyết", v1::AGENDA_ITEM_KIND_VOTE);
  v1::Sitting* first = b->add_sittings();
  first->set_title("Phiên khai mạc sáng 12/7");
  // Planned for 09:00: the dossier deadline (7 days for a regular session) is 5 July, so
  // every paper the script sends on the 12th is late by 7 days.
  first->mutable_planned_start()->set_seconds(kStartMicros / kSecond + 3600);
  b->add_sittings()->set_title("Phiên chất vấn chiều 12/7");
  return c;
}

v1::Command Convene() {
  v1::Command c;
  for (const auto& d : Roster()) *c.mutable_convene_session()->add_roster() = d;
  *c.mutable_convene_session()->mutable_quorum_rule() = TwoThirds();
  return c;
}

v1::Command Sitting(int64_t id, bool open) {
  v1::Command c;
  if (open)
    c.mutable_open_sitting()->set_sitting_id(id);
  else
    c.mutable_close_sitting()->set_sitting_id(id);
  return c;
}
v1::Command CheckIn(int64_t d, v1::AttendanceStatus s = v1::ATTENDANCE_STATUS_PRESENT) {
  v1::Command c;
  c.mutable_check_in()->set_delegate_id(d);
  c.mutable_check_in()->set_status(s);
  return c;
}
v1::Command Mark(int64_t sitting, int64_t d, v1::AttendanceStatus s, const char* reason) {
  v1::Command c;
  c.mutable_record_attendance()->set_sitting_id(sitting);
  c.mutable_record_attendance()->set_delegate_id(d);
  c.mutable_record_attendance()->set_status(s);
  c.mutable_record_attendance()->set_reason(reason);
  return c;
}
v1::Command Current(int64_t item) {
  v1::Command c;
  c.mutable_set_current_item()->set_item_id(item);
  return c;
}
v1::Command Complete(int64_t item) {
  v1::Command c;
  c.mutable_complete_item()->set_item_id(item);
  return c;
}
v1::Command Ask(int64_t d, v1::FloorKind kind, const char* topic, int64_t replies_to = 0) {
  v1::Command c;
  c.mutable_request_floor()->set_kind(kind);
  c.mutable_request_floor()->mutable_speaker()->set_delegate_id(d);
  c.mutable_request_floor()->set_topic(topic);
  c.mutable_request_floor()->set_replies_to_turn_id(replies_to);
  return c;
}
v1::Command RespondentAsks(int64_t replies_to) {
  v1::Command c;
  c.mutable_request_floor()->set_kind(v1::FLOOR_KIND_RESPONDENT_ANSWER);
  c.mutable_request_floor()->mutable_speaker()->set_account_id(kRespondent);
  c.mutable_request_floor()->mutable_speaker()->set_name("Đỗ Minh Tuấn");
  c.mutable_request_floor()->set_replies_to_turn_id(replies_to);
  return c;
}
v1::Command Grant() {
  v1::Command c;
  c.mutable_grant_floor();
  return c;
}
v1::Command GrantChairSelf() {
  v1::Command c;
  c.mutable_grant_floor()->set_chair_self(true);
  c.mutable_grant_floor()->mutable_chair()->set_account_id(kChair);
  c.mutable_grant_floor()->mutable_chair()->set_name("Trần Văn Chính");
  return c;
}
v1::Command End() {
  v1::Command c;
  c.mutable_end_turn();
  return c;
}
v1::Command Interrupt(const char* reason) {
  v1::Command c;
  c.mutable_interrupt_turn()->set_reason(reason);
  return c;
}
v1::Command Overrun(int64_t turn) {
  v1::Command c;
  c.mutable_record_turn_overrun()->set_turn_id(turn);
  return c;
}

v1::Command CreatePoll(const char* title, v1::PollKind kind, int64_t item,
                       const char* question = "") {
  v1::Command c;
  if (*question != 0) c.mutable_create_poll()->mutable_poll()->add_questions()->set_title(question);
  c.mutable_create_poll()->mutable_poll()->set_title(title);
  c.mutable_create_poll()->mutable_poll()->set_kind(kind);
  c.mutable_create_poll()->mutable_poll()->set_item_id(item);
  return c;
}
// --- Documents (tài liệu) ---
std::string Digest(char c) { return "sha256:" + std::string(64, c); }
v1::StoredFile File(char c, int64_t size, const char* type, const char* name) {
  v1::StoredFile f;
  f.set_digest(Digest(c));
  f.set_size_bytes(size);
  f.set_media_type(type);
  f.set_file_name(name);
  return f;
}
constexpr const char* kPdf = "application/pdf";
v1::Command AddPaper(int64_t item, v1::DocumentKind kind, const char* title, const char* number,
                     char digest, bool confidential = false) {
  v1::Command c;
  v1::Document* d = c.mutable_add_document()->mutable_document();
  d->set_item_id(item);
  d->set_kind(kind);
  d->set_title(title);
  d->set_number(number);
  d->set_issued_on("2025-07-01");
  d->set_issuer("UBND phường Ba Đình");
  d->set_confidential(confidential);
  if (!confidential)
    *d->add_versions()->mutable_pdf() = File(digest, 245'760, kPdf, "tai-lieu.pdf");
  return c;
}
v1::Command NewVersion(int64_t doc, char digest) {
  v1::Command c;
  c.mutable_add_document_version()->set_document_id(doc);
  *c.mutable_add_document_version()->mutable_version()->mutable_pdf() =
      File(digest, 251'904, kPdf, "du-thao-nghi-quyet-v2.pdf");
  return c;
}
v1::Command PublishPaper(int64_t doc) {
  v1::Command c;
  c.mutable_publish_document()->set_document_id(doc);
  return c;
}
v1::Command Receipt(int64_t doc, int32_t version, int64_t d, v1::DocumentReceiptKind kind) {
  v1::Command c;
  c.mutable_record_document_receipt()->set_document_id(doc);
  c.mutable_record_document_receipt()->set_version(version);
  c.mutable_record_document_receipt()->set_delegate_id(d);
  c.mutable_record_document_receipt()->set_kind(kind);
  return c;
}
// The chair opens a poll on an item whose dossier is late, confirming with a reason.
v1::Command OpenOverriding(int64_t poll, const char* reason) {
  v1::Command c;
  c.mutable_open_poll()->set_poll_id(poll);
  c.mutable_open_poll()->set_dossier_override_reason(reason);
  return c;
}

v1::Command PollCmd(int64_t poll, int what) {
  v1::Command c;
  if (what == 0) c.mutable_open_poll()->set_poll_id(poll);
  if (what == 1) c.mutable_publish_poll_results()->set_poll_id(poll);
  return c;
}
v1::Ballot Choose(int32_t choice) {
  v1::Ballot b;
  b.add_marks()->set_question_id(1);
  b.mutable_marks(0)->add_choice_ids(choice);
  return b;
}
v1::Command Cast(int64_t poll, int64_t d, int32_t choice) {
  v1::Command c;
  c.mutable_cast_vote()->set_poll_id(poll);
  c.mutable_cast_vote()->set_delegate_id(d);
  *c.mutable_cast_vote()->mutable_ballot() = Choose(choice);
  return c;
}

// The ballot box's part at close, done by hand: named votes (open) or the tally (secret).
v1::Command Close(const v1::SessionState& state, int64_t poll,
                  const std::vector<std::pair<int64_t, int32_t>>& votes) {
  v1::Command c;
  c.mutable_close_poll()->set_poll_id(poll);
  const v1::Poll* p = voting::FindPoll(state, poll);
  if (p->visibility() == v1::POLL_VISIBILITY_SECRET) {
    v1::PollTally tally = voting::EmptyTally(*p);
    for (const auto& [d, choice] : votes) voting::AddBallot(*p, Choose(choice), tally);
    *c.mutable_close_poll()->mutable_tally() = tally;
  } else {
    for (const auto& [d, choice] : votes) {
      v1::NamedVote* v = c.mutable_close_poll()->add_named();
      v->set_delegate_id(d);
      *v->mutable_ballot() = Choose(choice);
    }
  }
  return c;
}

// --- Interpellation (chất vấn) ---
v1::Command Invite() {
  v1::Command c;
  v1::Respondent* r = c.mutable_invite_respondent()->mutable_respondent();
  r->set_account_id(kRespondent);
  r->set_name("Đỗ Minh Tuấn");
  r->set_position("Chủ tịch UBND phường");
  r->set_agency("UBND phường Ba Đình");
  return c;
}
v1::Command SubmitQuestion(int64_t d, const char* text, const char* topic) {
  v1::Command c;
  c.mutable_submit_question()->set_delegate_id(d);
  c.mutable_submit_question()->set_respondent_account_id(kRespondent);
  c.mutable_submit_question()->set_text(text);
  c.mutable_submit_question()->set_topic(topic);
  return c;
}
v1::Command DefineGroup() {
  v1::Command c;
  c.mutable_define_question_group()->set_title("Trật tự đô thị");
  c.mutable_define_question_group()->add_question_ids(1);
  c.mutable_define_question_group()->add_question_ids(2);
  return c;
}
v1::Command StartGroup() {
  v1::Command c;
  c.mutable_start_question_group()->set_group_id(1);
  return c;
}
v1::Command CallQuestioner(int64_t q) {
  v1::Command c;
  c.mutable_call_questioner()->set_question_id(q);
  return c;
}
v1::Command CallRespondent(int64_t q) {
  v1::Command c;
  c.mutable_call_respondent()->set_respondent_account_id(kRespondent);
  c.mutable_call_respondent()->add_question_ids(q);
  return c;
}
v1::Command Satisfaction(int64_t q, int64_t d, bool satisfied) {
  v1::Command c;
  c.mutable_record_satisfaction()->set_question_id(q);
  c.mutable_record_satisfaction()->set_delegate_id(d);
  c.mutable_record_satisfaction()->set_satisfied(satisfied);
  return c;
}
v1::Command Conclude() {
  v1::Command c;
  c.mutable_record_conclusion()->set_group_id(1);
  c.mutable_record_conclusion()->set_text(
      "Đề nghị UBND phường ra quân lập lại trật tự vỉa hè trên các tuyến phố chính.");
  v1::Commitment* k = c.mutable_record_conclusion()->add_commitments();
  k->set_what("Hoàn thành lập lại trật tự vỉa hè phố Đội Cấn và Liễu Giai");
  k->set_agency("UBND phường Ba Đình");
  k->set_due_date("2025-09-30");
  return c;
}

Status Run(Script& s, const ScriptOptions& options) {
  DH_RETURN_IF_ERROR(s.Do(Create(), 600));
  DH_RETURN_IF_ERROR(s.Do(Convene(), 600));
  // The dossier: a submission (with its DOCX original), a draft resolution sent twice
  // (version 1 replaced by version 2), a confidential paper handed out on paper, and the
  // delegates' receipts.
  constexpr auto kReceived = v1::DOCUMENT_RECEIPT_KIND_RECEIVED;
  constexpr auto kOpened = v1::DOCUMENT_RECEIPT_KIND_OPENED;
  DH_RETURN_IF_ERROR(
      s.Do(AddPaper(2, v1::DOCUMENT_KIND_SUBMISSION,
                    "Tờ trình về dự toán ngân sách phường năm 2026", "45/TTr-UBND", 'a'),
           30));
  {
    v1::Command c;
    c.mutable_attach_original()->set_document_id(1);
    c.mutable_attach_original()->set_version(1);
    *c.mutable_attach_original()->mutable_original() =
        File('b', 48'213, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "to-trinh-45.docx");
    DH_RETURN_IF_ERROR(s.Do(c, 30));
  }
  DH_RETURN_IF_ERROR(s.Do(PublishPaper(1), 60));
  DH_RETURN_IF_ERROR(
      s.Do(AddPaper(4, v1::DOCUMENT_KIND_DRAFT_RESOLUTION,
                    "Dự thảo Nghị quyết về dự toán ngân sách phường năm 2026", "", 'c'),
           30));
  DH_RETURN_IF_ERROR(s.Do(PublishPaper(2), 60));
  DH_RETURN_IF_ERROR(s.Delegate(1, Receipt(2, 1, 1, kReceived)));
  DH_RETURN_IF_ERROR(s.Do(NewVersion(2, 'd'), 30));
  DH_RETURN_IF_ERROR(s.Do(PublishPaper(2), 60));
  DH_RETURN_IF_ERROR(
      s.Do(AddPaper(2, v1::DOCUMENT_KIND_REPORT,
                    "Báo cáo kết quả thanh tra ngân sách (tài liệu mật)", "12/BC-TTr", 'e', true),
           30));
  DH_RETURN_IF_ERROR(s.Do(PublishPaper(3), 60));
  DH_RETURN_IF_ERROR(s.Delegate(1, Receipt(1, 1, 1, kReceived)));
  DH_RETURN_IF_ERROR(s.Delegate(1, Receipt(1, 1, 1, kOpened)));
  DH_RETURN_IF_ERROR(s.Delegate(2, Receipt(2, 2, 2, kReceived)));
  DH_RETURN_IF_ERROR(s.Delegate(1, Receipt(2, 2, 1, kReceived)));
  DH_RETURN_IF_ERROR(s.Delegate(1, Receipt(2, 2, 1, kOpened)));
  DH_RETURN_IF_ERROR(s.Delegate(1, Receipt(2, 2, 1, kOpened)));  // a retry: nothing logged
  // Questions are put in writing before the session opens.
  DH_RETURN_IF_ERROR(s.Do(Invite(), 600));
  DH_RETURN_IF_ERROR(s.Delegate(
      3, SubmitQuestion(3, "Vì sao tình trạng lấn chiếm vỉa hè phố Đội Cấn kéo dài?", "Vỉa hè"),
      600));
  DH_RETURN_IF_ERROR(s.Delegate(
      1, SubmitQuestion(1, "Lộ trình xử lý bãi xe trái phép ở Liễu Giai?", "Bãi xe"), 600));
  DH_RETURN_IF_ERROR(s.Do(DefineGroup(), 1200));
  // Sitting 1.
  DH_RETURN_IF_ERROR(s.Chair(Sitting(1, true), 30));
  DH_RETURN_IF_ERROR(s.Delegate(1, CheckIn(1)));
  DH_RETURN_IF_ERROR(s.Delegate(2, CheckIn(2)));
  DH_RETURN_IF_ERROR(s.Delegate(3, CheckIn(3, v1::ATTENDANCE_STATUS_ONLINE)));
  DH_RETURN_IF_ERROR(s.Delegate(4, CheckIn(4)));
  DH_RETURN_IF_ERROR(s.Do(Mark(1, 5, v1::ATTENDANCE_STATUS_EXCUSED, "Đi công tác tại Đà Nẵng")));
  DH_RETURN_IF_ERROR(s.Chair(Current(1), 300));
  DH_RETURN_IF_ERROR(s.Chair(Current(2), 60));
  // Turn 1: over the 7-minute limit (the clock records the overrun), then ended.
  DH_RETURN_IF_ERROR(
      s.Delegate(2, Ask(2, v1::FLOOR_KIND_CONTRIBUTION, "Về nguồn thu ngân sách"), 20));
  DH_RETURN_IF_ERROR(s.Chair(Grant(), 420));
  DH_RETURN_IF_ERROR(s.Do(Overrun(1), 75, 0, v1::ROLE_UNSPECIFIED, "Đồng hồ phiên họp"));
  DH_RETURN_IF_ERROR(s.Chair(End(), 15));
  // Turn 2: a respondent answers turn 1.
  DH_RETURN_IF_ERROR(s.Do(RespondentAsks(1), 10, kRespondent, v1::ROLE_RESPONDENT, "Đỗ Minh Tuấn"));
  DH_RETURN_IF_ERROR(s.Chair(Grant(), 240));
  DH_RETURN_IF_ERROR(s.Chair(End(), 30));
  // Turn 3: cut short by the chair.
  DH_RETURN_IF_ERROR(s.Delegate(4, Ask(4, v1::FLOOR_KIND_CONTRIBUTION, "Chi thường xuyên"), 10));
  DH_RETURN_IF_ERROR(s.Chair(Grant(), 95));
  DH_RETURN_IF_ERROR(s.Chair(Interrupt("Hết thời gian của nội dung"), 60));
  {
    v1::Command c;
    c.mutable_suspend_sitting()->set_sitting_id(1);
    c.mutable_suspend_sitting()->set_reason("Nghỉ giải lao");
    DH_RETURN_IF_ERROR(s.Chair(c, 900));
    v1::Command r;
    r.mutable_resume_sitting()->set_sitting_id(1);
    DH_RETURN_IF_ERROR(s.Chair(r, 30));
  }
  DH_RETURN_IF_ERROR(s.Chair(Current(4), 30));
  // An open resolution vote: the record names who chose what.
  DH_RETURN_IF_ERROR(s.Chair(CreatePoll("Thông qua Nghị quyết về dự toán ngân sách phường năm 2026",
                                        v1::POLL_KIND_RESOLUTION, 4)));
  DH_RETURN_IF_ERROR(s.Chair(
      OpenOverriding(1, "Nghị quyết phải thông qua tại kỳ họp này để kịp giao dự toán năm 2026"),
      5));
  DH_RETURN_IF_ERROR(s.Delegate(1, Cast(1, 1, 1)));
  DH_RETURN_IF_ERROR(s.Delegate(2, Cast(1, 2, 1)));
  DH_RETURN_IF_ERROR(s.Delegate(4, Cast(1, 4, 2)));
  DH_RETURN_IF_ERROR(s.Chair(Close(s.state(), 1, {{1, 1}, {2, 1}, {4, 2}})));
  DH_RETURN_IF_ERROR(s.Chair(PollCmd(1, 1), 60));
  // A secret confidence vote: the record has the tally only.
  DH_RETURN_IF_ERROR(s.Chair(CreatePoll("Bỏ phiếu tín nhiệm đối với Chủ tịch UBND phường",
                                        v1::POLL_KIND_CONFIDENCE_VOTE, 4,
                                        "Nguyễn Văn Bình — Chủ tịch UBND phường")));
  DH_RETURN_IF_ERROR(
      s.Chair(OpenOverriding(2, "Bỏ phiếu tín nhiệm theo đề nghị của Thường trực"), 5));
  DH_RETURN_IF_ERROR(s.Delegate(2, Cast(2, 2, 2)));
  DH_RETURN_IF_ERROR(s.Delegate(1, Cast(2, 1, 1)));
  DH_RETURN_IF_ERROR(s.Delegate(4, Cast(2, 4, 1)));
  DH_RETURN_IF_ERROR(s.Chair(Close(s.state(), 2, {{2, 2}, {1, 1}, {4, 1}})));
  DH_RETURN_IF_ERROR(s.Chair(Complete(4), 30));
  DH_RETURN_IF_ERROR(s.Chair(Sitting(1, false), 3 * 3600));

  // Sitting 2.
  DH_RETURN_IF_ERROR(s.Chair(Sitting(2, true), 30));
  for (int d = 1; d <= 5; ++d) DH_RETURN_IF_ERROR(s.Delegate(d, CheckIn(d)));
  // A secretary's correction: delegate 5 left for the hospital.
  DH_RETURN_IF_ERROR(s.Do(Mark(2, 5, v1::ATTENDANCE_STATUS_EXCUSED, "Về sớm vì lý do sức khỏe")));
  DH_RETURN_IF_ERROR(s.Chair(Current(3), 30));
  DH_RETURN_IF_ERROR(
      s.Delegate(3, Ask(3, v1::FLOOR_KIND_CONTRIBUTION, "Lấn chiếm vỉa hè, lòng đường"), 10));
  DH_RETURN_IF_ERROR(s.Chair(Grant(), 200));
  DH_RETURN_IF_ERROR(s.Chair(End(), 10));
  DH_RETURN_IF_ERROR(s.Delegate(1, Ask(1, v1::FLOOR_KIND_DEBATE, "", 4), 10));
  DH_RETURN_IF_ERROR(s.Chair(Grant(), 150));
  DH_RETURN_IF_ERROR(s.Chair(End(), 10));
  for (int i = 0; i < options.extra_rounds; ++i) {
    const int64_t d = 1 + i % 4;
    DH_RETURN_IF_ERROR(s.Delegate(d, Ask(d, v1::FLOOR_KIND_CONTRIBUTION, "Ý kiến bổ sung"), 5));
    DH_RETURN_IF_ERROR(s.Chair(Grant(), 60));
    DH_RETURN_IF_ERROR(s.Chair(End(), 5));
  }
  // The questioning: two questions of one group, answers, satisfaction, a conclusion.
  DH_RETURN_IF_ERROR(s.Chair(StartGroup(), 10));
  DH_RETURN_IF_ERROR(s.Chair(CallQuestioner(1), 150));
  DH_RETURN_IF_ERROR(s.Chair(End(), 10));
  DH_RETURN_IF_ERROR(s.Chair(CallQuestioner(2), 120));
  DH_RETURN_IF_ERROR(s.Chair(End(), 10));
  DH_RETURN_IF_ERROR(s.Chair(CallRespondent(1), 300));
  DH_RETURN_IF_ERROR(s.Chair(End(), 10));
  DH_RETURN_IF_ERROR(s.Chair(CallRespondent(2), 240));
  DH_RETURN_IF_ERROR(s.Chair(End(), 10));
  DH_RETURN_IF_ERROR(s.Delegate(3, Satisfaction(1, 3, false), 10));
  DH_RETURN_IF_ERROR(s.Delegate(1, Satisfaction(2, 1, true), 10));
  DH_RETURN_IF_ERROR(s.Chair(Conclude(), 60));
  DH_RETURN_IF_ERROR(s.Chair(GrantChairSelf(), 120));
  DH_RETURN_IF_ERROR(s.Chair(End(), 10));
  DH_RETURN_IF_ERROR(s.Chair(
      CreatePoll("Biểu quyết về chương trình giám sát năm 2026", v1::POLL_KIND_RESOLUTION, 3)));
  {
    v1::Command c;
    c.mutable_cancel_poll()->set_poll_id(3);
    c.mutable_cancel_poll()->set_reason("Chuyển sang kỳ họp sau");
    DH_RETURN_IF_ERROR(s.Chair(c, 30));
  }
  DH_RETURN_IF_ERROR(s.Chair(Complete(3), 30));
  DH_RETURN_IF_ERROR(s.Chair(Sitting(2, false), 60));
  v1::Command close;
  close.mutable_close_session();
  return s.Chair(close, 0);
}

}  // namespace

Result<int64_t> WriteScriptedSession(const std::string& db_path, const ScriptOptions& options) {
  Script script(db_path);
  DH_RETURN_IF_ERROR(script.Start());
  Status status = Run(script, options);
  script.Stop();
  DH_RETURN_IF_ERROR(status);
  return script.state().last_seq();
}

}  // namespace dienhong::records::testing
