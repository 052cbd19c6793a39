// Questioning and hearings in the pure domain: invitations, questions in the questioner's
// own name, issue groups and their order, the chair's calls as floor turns with the
// council's limits, several questions in one answer, follow-ups and the questioner's
// debate priority, satisfaction, the hearing's panel, conclusions with commitments — and
// every refusal, each of which leaves the state unchanged.
#include "common/interpellation.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/calendar.h"
#include "common/floor.h"
#include "common/respondent_view.h"
#include "test_support.h"

namespace dienhong {
namespace {

using namespace dienhong::testing;  // NOLINT: test helpers

constexpr int64_t kBuilding = 900;  // Giám đốc Sở Xây dựng
constexpr int64_t kDistrict = 901;  // Chủ tịch UBND quận

v1::Command Invite(int64_t account, const std::string& name, const std::string& position,
                   const std::string& agency) {
  v1::Command c;
  v1::Respondent* r = c.mutable_invite_respondent()->mutable_respondent();
  r->set_account_id(account);
  r->set_name(name);
  r->set_position(position);
  r->set_agency(agency);
  return c;
}
v1::Command Submit(int64_t delegate, int64_t respondent, const std::string& text,
                   const std::string& topic = "") {
  v1::Command c;
  c.mutable_submit_question()->set_delegate_id(delegate);
  c.mutable_submit_question()->set_respondent_account_id(respondent);
  c.mutable_submit_question()->set_text(text);
  c.mutable_submit_question()->set_topic(topic);
  return c;
}
v1::Command Group(int64_t id, const std::string& title, std::vector<int64_t> questions) {
  v1::Command c;
  c.mutable_define_question_group()->set_group_id(id);
  c.mutable_define_question_group()->set_title(title);
  for (int64_t q : questions) c.mutable_define_question_group()->add_question_ids(q);
  return c;
}
v1::Command Order(std::vector<int64_t> groups) {
  v1::Command c;
  for (int64_t g : groups) c.mutable_order_question_groups()->add_group_ids(g);
  return c;
}
v1::Command StartGroup(int64_t id) {
  v1::Command c;
  c.mutable_start_question_group()->set_group_id(id);
  return c;
}
v1::Command CallQ(int64_t question, bool follow_up = false) {
  v1::Command c;
  c.mutable_call_questioner()->set_question_id(question);
  c.mutable_call_questioner()->set_follow_up(follow_up);
  return c;
}
v1::Command CallR(int64_t respondent, std::vector<int64_t> questions) {
  v1::Command c;
  c.mutable_call_respondent()->set_respondent_account_id(respondent);
  for (int64_t q : questions) c.mutable_call_respondent()->add_question_ids(q);
  return c;
}
v1::Command Satisfied(int64_t question, int64_t delegate, bool satisfied) {
  v1::Command c;
  c.mutable_record_satisfaction()->set_question_id(question);
  c.mutable_record_satisfaction()->set_delegate_id(delegate);
  c.mutable_record_satisfaction()->set_satisfied(satisfied);
  return c;
}
v1::Command EndTurnCmd() {
  v1::Command c;
  c.mutable_end_turn();
  return c;
}
v1::Command Debate(int64_t delegate, int64_t turn) {
  v1::Command c;
  c.mutable_request_floor()->set_kind(v1::FLOOR_KIND_DEBATE);
  c.mutable_request_floor()->mutable_speaker()->set_delegate_id(delegate);
  c.mutable_request_floor()->set_replies_to_turn_id(turn);
  return c;
}
v1::Commitment Promise(const std::string& what, const std::string& agency, const std::string& due) {
  v1::Commitment k;
  k.set_what(what);
  k.set_agency(agency);
  k.set_due_date(due);
  return k;
}
v1::Command Conclude(int64_t group, const std::string& text,
                     std::vector<v1::Commitment> commitments = {}) {
  v1::Command c;
  c.mutable_record_conclusion()->set_group_id(group);
  c.mutable_record_conclusion()->set_text(text);
  for (auto& k : commitments) *c.mutable_record_conclusion()->add_commitments() = k;
  return c;
}

// A sitting under way (sitting 1 open, item 1 current) with two respondents invited and
// three questions: 1 (delegate 1 -> building), 2 (delegate 2 -> building),
// 3 (delegate 3 -> district).
class Questioning : public TimedHarness {
 public:
  Questioning() : TimedHarness(Stage::kItemCurrent) {
    Do(Invite(kBuilding, "Nguyễn Văn Xây", "Giám đốc Sở Xây dựng", "Sở Xây dựng"));
    Do(Invite(kDistrict, "Trần Thị Quận", "Chủ tịch UBND quận Ba Đình", "UBND quận Ba Đình"));
    Do(Submit(1, kBuilding, "Vì sao chung cư cũ chậm cải tạo?", "Chung cư cũ"));
    Do(Submit(2, kBuilding, "Khi nào xử lý công trình sai phép?"));
    Do(Submit(3, kDistrict, "Vỉa hè bị lấn chiếm đến bao giờ?"));
  }
  const v1::InterpellationState& ip() const { return state().interpellation(); }
  const v1::Question& q(int64_t id) const { return *FindQuestion(state(), id); }
  const v1::Turn& LastTurn() const {
    return state().floor().turns(state().floor().turns_size() - 1);
  }
};

TEST(Interpellation, QuestionsAreTheQuestionersWithRosterNameAndServerTime) {
  Questioning s;
  ASSERT_EQ(s.ip().respondents_size(), 2);
  EXPECT_EQ(s.ip().respondents(0).position(), "Giám đốc Sở Xây dựng");
  ASSERT_EQ(s.ip().questions_size(), 3);
  EXPECT_EQ(s.q(1).delegate_name(), "Đại biểu 1");
  EXPECT_EQ(s.q(1).topic(), "Chung cư cũ");
  EXPECT_EQ(s.q(1).status(), v1::QUESTION_STATUS_SUBMITTED);
  EXPECT_EQ(TimestampMicros(s.q(3).submitted_at()), s.now());
  // Questions may be submitted before the sitting, too.
  Harness draft = At(Stage::kDraft);
  draft.Do(Invite(kBuilding, "Nguyễn Văn Xây", "Giám đốc", "Sở Xây dựng"));
  draft.Do(Submit(4, kBuilding, "Câu hỏi gửi trước kỳ họp"));
  EXPECT_EQ(draft.state.interpellation().questions_size(), 1);
}

TEST(Interpellation, GroupsMoveQuestionsAndKeepTheirOrder) {
  Questioning s;
  s.Do(Group(0, "Chung cư cũ", {2, 1}));
  s.Do(Group(0, "Trật tự đô thị", {3}));
  EXPECT_EQ(s.q(1).group_id(), 1);
  EXPECT_EQ(s.q(3).group_id(), 2);
  EXPECT_EQ(s.ip().groups(0).question_ids(0), 2) << "the order given is the calling order";
  // Question 2 moves to group 2: it leaves group 1.
  s.Do(Group(2, "Trật tự đô thị", {3, 2}));
  EXPECT_EQ(s.q(2).group_id(), 2);
  EXPECT_EQ(s.ip().groups(0).question_ids_size(), 1);
  s.Do(Order({2, 1}));
  EXPECT_EQ(s.ip().groups(0).id(), 2);
  EXPECT_TRUE(s.Try(Order({2, 1}))->empty()) << "the same order again changes nothing";
}

TEST(Interpellation, TheChairRunsAGroupQuestionsAndOneAnswerForSeveralQuestions) {
  Questioning s;
  s.Do(Group(0, "Xây dựng", {1, 2}));
  s.Do(Group(0, "Trật tự đô thị", {3}));
  s.Refused(CallQ(1), StatusCode::kFailedPrecondition,
            "question_id 1: câu hỏi thuộc nhóm vấn đề 1");
  s.Do(StartGroup(1));
  EXPECT_EQ(s.ip().current_group_id(), 1);
  s.Do(CallQ(1));
  const v1::Turn& question_turn = s.LastTurn();
  EXPECT_EQ(question_turn.kind(), v1::FLOOR_KIND_QUESTION);
  EXPECT_EQ(question_turn.speaker().delegate_id(), 1);
  EXPECT_EQ(question_turn.limit_seconds(), 180) << "the council's question limit";
  EXPECT_EQ(question_turn.question_ids(0), 1);
  EXPECT_EQ(s.q(1).status(), v1::QUESTION_STATUS_ASKED);
  s.Refused(CallQ(2), StatusCode::kFailedPrecondition);  // one open turn at a time
  s.Do(EndTurnCmd());
  s.Do(CallQ(2));
  s.Do(EndTurnCmd());
  s.Do(CallR(kBuilding, {1, 2}));
  const v1::Turn& answer = s.LastTurn();
  EXPECT_EQ(answer.kind(), v1::FLOOR_KIND_RESPONDENT_ANSWER);
  EXPECT_EQ(answer.speaker().account_id(), kBuilding);
  EXPECT_EQ(answer.speaker().name(), "Nguyễn Văn Xây");
  EXPECT_EQ(answer.limit_seconds(), 600);
  EXPECT_EQ(answer.question_ids_size(), 2);
  EXPECT_EQ(answer.replies_to_turn_id(), 2) << "the latest question turn";
  EXPECT_EQ(s.q(1).status(), v1::QUESTION_STATUS_ANSWERED);
  EXPECT_EQ(s.q(2).answer_turn_ids(0), answer.id());
  s.Do(EndTurnCmd());
  const int64_t answer_turn = s.LastTurn().id();

  // A follow-up by the questioner, with the follow-up limit.
  s.Do(CallQ(1, /*follow_up=*/true));
  EXPECT_EQ(s.LastTurn().kind(), v1::FLOOR_KIND_FOLLOW_UP);
  EXPECT_EQ(s.LastTurn().limit_seconds(), 60);
  EXPECT_EQ(s.LastTurn().replies_to_turn_id(), answer_turn);
  EXPECT_EQ(s.q(1).question_turn_ids_size(), 2);
  s.Do(EndTurnCmd());

  // Debate on the answer: the questioners (1 and 2) go before delegate 4.
  s.Do(Debate(4, answer_turn));
  s.Do(Debate(2, answer_turn));
  const auto& requests = s.state().floor().requests();
  EXPECT_FALSE(requests.Get(0).priority());
  EXPECT_TRUE(requests.Get(1).priority());
  EXPECT_EQ(s.state().floor().queue(0), requests.Get(1).id());

  // Satisfaction: the questioner only, after the answer.
  s.Refused(Satisfied(1, 2, true), StatusCode::kPermissionDenied, "question_id 1: chỉ đại biểu");
  s.Refused(Satisfied(3, 3, true), StatusCode::kFailedPrecondition, "question_id 3: câu hỏi chờ");
  auto events = s.Do(Satisfied(2, 2, false));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].question_satisfaction_recorded().respondent_account_id(), kBuilding);
  EXPECT_EQ(s.q(2).satisfaction(), v1::SATISFACTION_UNSATISFIED);
  EXPECT_TRUE(s.Try(Satisfied(2, 2, false))->empty()) << "the same verdict again: nothing";
}

TEST(Interpellation, QuestionTurnsUseTheSessionsRules) {
  Questioning s;
  v1::Command rules;
  rules.mutable_set_session_floor_rules()->mutable_rules()->set_question_seconds(120);
  rules.mutable_set_session_floor_rules()->mutable_rules()->set_follow_up_seconds(45);
  s.Do(rules);
  s.Do(CallQ(3));
  EXPECT_EQ(s.LastTurn().limit_seconds(), 120);
  s.Do(EndTurnCmd());
  s.Do(CallR(kDistrict, {3}));
  s.Do(EndTurnCmd());
  s.Do(CallQ(3, true));
  EXPECT_EQ(s.LastTurn().limit_seconds(), 45);
}

TEST(Interpellation, BadInputAndWrongStateChangeNothing) {
  Questioning s;
  using SC = StatusCode;
  // Invitations.
  s.Refused(Invite(0, "A", "B", "C"), SC::kInvalidArgument, "respondent.account_id");
  s.Refused(Invite(902, "A", " ", "C"), SC::kInvalidArgument, "respondent.position: phải ghi rõ");
  s.Refused(Invite(902, "A", "B", ""), SC::kInvalidArgument, "respondent.agency: phải ghi rõ");
  s.Refused(Invite(902, "A", "B", Repeat("x", 501)), SC::kInvalidArgument,
            "respondent.agency: cơ quan");
  // Questions.
  s.Refused(Submit(9, kBuilding, "x"), SC::kNotFound, "delegate_id 9");
  s.Refused(Submit(1, 555, "x"), SC::kNotFound, "respondent_account_id 555");
  s.Refused(Submit(1, kBuilding, "  "), SC::kInvalidArgument, "text: phải ghi rõ");
  s.Refused(Submit(1, kBuilding, Repeat("ă", 4001)), SC::kInvalidArgument, "text: nội dung");
  // Groups.
  s.Refused(Group(0, "", {1}), SC::kInvalidArgument, "title");
  s.Refused(Group(0, "G", {}), SC::kInvalidArgument, "question_ids");
  s.Refused(Group(0, "G", {1, 1}), SC::kInvalidArgument, "question_ids[1] 1");
  s.Refused(Group(0, "G", {7}), SC::kNotFound, "question_ids[0] 7");
  s.Refused(Group(5, "G", {1}), SC::kNotFound, "group_id 5");
  s.Do(Group(0, "G1", {1}));
  s.Do(Group(0, "G2", {2}));
  s.Refused(Order({1}), SC::kInvalidArgument, "group_ids: phải nêu đủ 2");
  s.Refused(Order({1, 1}), SC::kInvalidArgument, "group_ids[1] 1");
  s.Refused(Order({1, 3}), SC::kNotFound, "group_ids[1] 3");
  s.Refused(StartGroup(0), SC::kInvalidArgument, "group_id");
  s.Do(StartGroup(1));
  s.Refused(StartGroup(1), SC::kFailedPrecondition, "group_id 1");
  // Calls.
  s.Refused(CallQ(0), SC::kInvalidArgument, "question_id");
  s.Refused(CallQ(1, true), SC::kFailedPrecondition, "question_id 1: câu hỏi chờ chất vấn");
  s.Refused(CallR(kBuilding, {1}), SC::kFailedPrecondition, "question_ids[0] 1: câu hỏi chưa");
  s.Do(CallQ(1));
  s.Do(EndTurnCmd());
  s.Refused(CallQ(1), SC::kFailedPrecondition, "question_id 1: câu hỏi đã hỏi");
  s.Refused(CallR(kDistrict, {1}), SC::kFailedPrecondition, "question_ids[0] 1: câu hỏi không gửi");
  s.Refused(CallR(kBuilding, {}), SC::kInvalidArgument, "question_ids");
  s.Refused(CallR(kBuilding, {1, 1}), SC::kInvalidArgument, "question_ids[1] 1");
  s.Refused(CallR(777, {1}), SC::kNotFound, "respondent_account_id 777");
  // A moved-on question cannot change group.
  s.Refused(Group(2, "G2", {2, 1}), SC::kFailedPrecondition, "question_ids[1] 1");
  // Calls need an open sitting with a current item.
  s.Do(SuspendCmd(1));
  s.Refused(CallR(kBuilding, {1}), SC::kFailedPrecondition, "Phiên họp 1");
  // Hearing details are for hearings only.
  v1::Command hearing;
  hearing.mutable_set_hearing()->mutable_hearing()->set_issue("x");
  s.Refused(hearing, SC::kFailedPrecondition, "hearing");
  // Question kinds are never requested on the list.
  v1::Command req;
  req.mutable_request_floor()->set_kind(v1::FLOOR_KIND_QUESTION);
  req.mutable_request_floor()->mutable_speaker()->set_delegate_id(1);
  s.Refused(req, SC::kInvalidArgument, "kind: chất vấn");
}

TEST(Interpellation, ConclusionsAssignIdsAndCheckDueDates) {
  Questioning s;
  s.Do(Group(0, "Xây dựng", {1, 2}));
  const std::string today = FormatIsoDate(LocalDayNumber(s.now()));
  const std::string later = FormatIsoDate(LocalDayNumber(s.now()) + 90);
  s.Refused(Conclude(0, " "), StatusCode::kInvalidArgument, "text: phải ghi rõ");
  s.Refused(Conclude(9, "x"), StatusCode::kNotFound, "group_id 9");
  s.Refused(Conclude(1, "x", {Promise("", "Sở", later)}), StatusCode::kInvalidArgument,
            "commitments[0].what");
  s.Refused(Conclude(1, "x", {Promise("a", "", later)}), StatusCode::kInvalidArgument,
            "commitments[0].agency");
  s.Refused(Conclude(1, "x", {Promise("a", "Sở", "2026-02-30")}), StatusCode::kInvalidArgument,
            "commitments[0].due_date: hạn hoàn thành phải là ngày có thật");
  s.Refused(Conclude(1, "x", {Promise("a", "Sở", "2020-01-01")}), StatusCode::kInvalidArgument,
            "commitments[0].due_date: hạn hoàn thành 01/01/2020 đã qua");
  s.Do(Conclude(1, "Sở Xây dựng rà soát chung cư cũ",
                {Promise("Báo cáo rà soát", "Sở Xây dựng", today),
                 Promise("Khởi công cải tạo", "Sở Xây dựng", later)}));
  s.Do(Conclude(0, "Kết luận chung", {Promise("Xử lý lấn chiếm", "UBND quận Ba Đình", later)}));
  ASSERT_EQ(s.ip().conclusions_size(), 2);
  EXPECT_EQ(s.ip().conclusions(1).id(), 2);
  EXPECT_EQ(s.ip().conclusions(1).commitments(0).id(), 3) << "ids run across conclusions";
  EXPECT_EQ(s.ip().conclusions(0).commitments(0).due_date(), today);
  // Not before the session is under way.
  Harness convened = At(Stage::kConvened);
  auto r = convened.Try(Conclude(0, "x"));
  ExpectError(r, StatusCode::kFailedPrecondition, "kỳ họp đã triệu tập");
}

TEST(Interpellation, MoreRefusalsAndRepeatsThatChangeNothing) {
  Questioning s;
  using SC = StatusCode;
  EXPECT_TRUE(
      s.Try(Invite(kBuilding, "Nguyễn Văn Xây", "Giám đốc Sở Xây dựng", "Sở Xây dựng"))->empty())
      << "the same invitation again: nothing";
  s.Do(Invite(kBuilding, "Nguyễn Văn Xây", "Phó Giám đốc Sở Xây dựng", "Sở Xây dựng"));
  EXPECT_EQ(s.ip().respondents_size(), 2) << "a changed invitation replaces the first";
  EXPECT_EQ(s.ip().respondents(0).position(), "Phó Giám đốc Sở Xây dựng");
  s.Refused(Satisfied(9, 1, true), SC::kNotFound, "question_id 9");
  s.Refused(Conclude(0, "x", std::vector<v1::Commitment>(21, Promise("a", "b", "2099-01-01"))),
            SC::kInvalidArgument, "commitments: tối đa 20");
  s.Do(Group(0, "G", {1}));
  s.Do(CloseSittingCmd(1));
  s.Refused(StartGroup(1), SC::kFailedPrecondition, "chưa có phiên họp nào đang mở");
  s.Refused(CallQ(1), SC::kFailedPrecondition, "question_id 1: câu hỏi thuộc nhóm vấn đề 1");
  // A closed session refuses everything, questions included.
  s.Do(CloseSessionCmd());
  s.Refused(Submit(1, kBuilding, "muộn"), SC::kFailedPrecondition, "kỳ họp đã bế mạc");
}

TEST(Interpellation, OldRulesWithoutQuestionLimitsTakeTheDefaults) {
  v1::SessionState state;
  v1::FloorRules old = DefaultFloorRules();
  old.clear_question_seconds();
  old.clear_follow_up_seconds();
  old.clear_written_answer_days();
  *state.mutable_floor()->mutable_rules() = old;
  const v1::FloorRules rules = EffectiveFloorRules(state);
  EXPECT_EQ(TurnLimitSeconds(rules, v1::FLOOR_KIND_QUESTION, false), 180);
  EXPECT_EQ(TurnLimitSeconds(rules, v1::FLOOR_KIND_FOLLOW_UP, false), 60);
  EXPECT_EQ(rules.written_answer_days(), 30);
  v1::FloorRules bad;
  bad.set_written_answer_days(400);
  auto r = NormalizeFloorRules(bad, "rules");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(StartsWith(r.status().message(), "rules.written_answer_days"))
      << r.status().message();
}

v1::Command HearingCmd(int64_t chair, std::vector<int64_t> members) {
  v1::Command c;
  v1::Hearing* h = c.mutable_set_hearing()->mutable_hearing();
  h->set_issue("Quản lý đất công");
  h->set_panel_chair_delegate_id(chair);
  for (int64_t m : members) h->add_panel_member_ids(m);
  h->add_agencies("Sở Tài nguyên và Môi trường");
  v1::HearingDocument* d = h->add_documents();
  d->set_title("Báo cáo giải trình");
  d->set_uri("docs/bc-giai-trinh.pdf");
  return c;
}

TEST(Hearing, PanelOfAChairAndThreeToFiveMembersOnlyPanelAsks) {
  Harness h;
  v1::Command create = CreateCmd();
  create.mutable_create_session()->set_kind(v1::SESSION_KIND_EXPLANATION_HEARING);
  *create.mutable_create_session()->mutable_roster() = Roster(8);
  h.Do(create);
  auto refused = [&](const v1::Command& c, StatusCode code, const std::string& prefix) {
    const std::string before = h.state.SerializeAsString();
    ExpectError(h.Try(c), code, prefix);
    EXPECT_EQ(h.state.SerializeAsString(), before);
  };
  refused(HearingCmd(1, {2, 3}), StatusCode::kInvalidArgument, "hearing.panel_member_ids: phiên");
  refused(HearingCmd(1, {2, 3, 4, 5, 6, 7}), StatusCode::kInvalidArgument,
          "hearing.panel_member_ids");
  refused(HearingCmd(1, {2, 3, 1}), StatusCode::kInvalidArgument, "hearing.panel_member_ids[2] 1");
  refused(HearingCmd(1, {2, 3, 99}), StatusCode::kNotFound, "hearing.panel_member_ids[2] 99");
  refused(HearingCmd(99, {2, 3, 4}), StatusCode::kNotFound, "delegate_id 99");
  v1::Command bad_digest = HearingCmd(1, {2, 3, 4});
  bad_digest.mutable_set_hearing()->mutable_hearing()->mutable_documents(0)->set_digest("md5:1");
  refused(bad_digest, StatusCode::kInvalidArgument, "hearing.documents[0].digest");
  v1::Command no_agency = HearingCmd(1, {2, 3, 4});
  no_agency.mutable_set_hearing()->mutable_hearing()->clear_agencies();
  refused(no_agency, StatusCode::kInvalidArgument, "hearing.agencies: mời từ 1 đến 20");
  v1::Command twice = HearingCmd(1, {2, 3, 4});
  twice.mutable_set_hearing()->mutable_hearing()->add_agencies(" Sở Tài nguyên và Môi trường ");
  refused(twice, StatusCode::kInvalidArgument, "hearing.agencies[1]: cơ quan");
  v1::Command no_issue = HearingCmd(1, {2, 3, 4});
  no_issue.mutable_set_hearing()->mutable_hearing()->set_issue(" ");
  refused(no_issue, StatusCode::kInvalidArgument, "hearing.issue: phải ghi rõ");
  h.Do(HearingCmd(1, {2, 3, 4}));
  EXPECT_EQ(h.state.interpellation().hearing().panel_member_ids_size(), 3);
  EXPECT_TRUE(h.Try(HearingCmd(1, {2, 3, 4}))->empty()) << "the same hearing again: nothing";
  h.Do(Invite(kBuilding, "Lê Văn Đất", "Giám đốc Sở Tài nguyên và Môi trường",
              "Sở Tài nguyên và Môi trường"));
  refused(Submit(6, kBuilding, "x"), StatusCode::kPermissionDenied, "delegate_id 6");
  h.Do(Submit(2, kBuilding, "Vì sao đất công bị lấn chiếm?"));
  h.Do(Submit(1, kBuilding, "Chủ tọa hỏi"));
  EXPECT_EQ(h.state.interpellation().questions_size(), 2);
}

TEST(RespondentView, OthersQuestionsKeepOnlyTheirShape) {
  Questioning s;
  s.Do(Group(0, "G", {3}));
  v1::SessionState view = s.state();
  RedactStateForRespondent(view, kDistrict);
  const v1::Question& mine = *FindQuestion(view, 3);
  const v1::Question& other = *FindQuestion(view, 1);
  EXPECT_EQ(mine.text(), "Vỉa hè bị lấn chiếm đến bao giờ?");
  EXPECT_EQ(mine.delegate_id(), 3);
  EXPECT_TRUE(other.text().empty());
  EXPECT_TRUE(other.topic().empty());
  EXPECT_EQ(other.delegate_id(), 0);
  EXPECT_EQ(other.respondent_account_id(), kBuilding);
  EXPECT_EQ(other.status(), v1::QUESTION_STATUS_SUBMITTED);

  // Events: the same rule, so a respondent folds the same view from either.
  auto submitted = s.Try(Submit(4, kBuilding, "Bí mật với quận"));
  ASSERT_TRUE(submitted.ok());
  v1::Event e = submitted.value()[0];
  // As the server stamps it: the questioner's account is the event's actor.
  e.mutable_actor()->set_account_id(55);
  e.mutable_actor()->set_role(v1::ROLE_DELEGATE);
  e.mutable_actor()->set_display_name("Phạm Thị Hỏi");
  EXPECT_TRUE(EventNeedsRedaction(e, kDistrict));
  EXPECT_FALSE(EventNeedsRedaction(e, kBuilding));
  v1::Event theirs = e;
  EXPECT_FALSE(RedactEventForRespondent(theirs, kBuilding));
  EXPECT_EQ(theirs.actor().display_name(), "Phạm Thị Hỏi");
  EXPECT_TRUE(RedactEventForRespondent(e, kDistrict));
  EXPECT_TRUE(e.question_submitted().question().text().empty());
  EXPECT_EQ(e.question_submitted().question().id(), 4);
  // Issue 14, item 15: the actor named the questioner of another respondent's question.
  EXPECT_EQ(e.actor().account_id(), 0);
  EXPECT_EQ(e.actor().display_name(), "");
  EXPECT_EQ(e.actor().role(), v1::ROLE_DELEGATE) << "that a delegate asked is public";
  v1::Event verdict;
  verdict.mutable_question_satisfaction_recorded()->set_respondent_account_id(kBuilding);
  verdict.mutable_question_satisfaction_recorded()->set_satisfaction(v1::SATISFACTION_SATISFIED);
  verdict.mutable_actor()->set_account_id(55);
  verdict.mutable_actor()->set_display_name("Phạm Thị Hỏi");
  EXPECT_TRUE(RedactEventForRespondent(verdict, kDistrict));
  EXPECT_EQ(verdict.actor().account_id(), 0);
  EXPECT_EQ(verdict.actor().display_name(), "");
  v1::Event group_event = s.Try(Group(1, "G", {3, 1})).value()[0];
  EXPECT_FALSE(RedactEventForRespondent(group_event, kDistrict)) << "groups carry no text";
}

TEST(Calendar, IsoDatesAndVietnamsDay) {
  EXPECT_EQ(ParseIsoDate("1970-01-01"), 0);
  EXPECT_EQ(FormatIsoDate(*ParseIsoDate("2026-12-31")), "2026-12-31");
  EXPECT_EQ(FormatIsoDate(*ParseIsoDate("2028-02-29")), "2028-02-29");
  for (const char* bad : {"2026-02-29", "2026-04-31", "2026-13-01", "2026-1-01", "26-01-01",
                          "2026/01/01", "", "2026-01-0a", "1969-12-31"}) {
    EXPECT_FALSE(ParseIsoDate(bad).has_value()) << bad;
  }
  // 2026-11-22 17:00 UTC is already 23 November in Hà Nội.
  const int64_t utc_17h = (*ParseIsoDate("2026-11-22") * 86400 + 17 * 3600) * kSecond;
  EXPECT_EQ(FormatIsoDate(LocalDayNumber(utc_17h)), "2026-11-23");
  EXPECT_EQ(FormatIsoDate(LocalDayNumber(utc_17h - kSecond)), "2026-11-22");
}

}  // namespace
}  // namespace dienhong
